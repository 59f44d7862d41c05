"""A meeting written up by a volunteer (issue 8): the heading that looks back on last time's promises in words no
form names, the list of who is to do what before the next meeting, a day printed without its month under a byline
that says when the post went up, a title in sentence case naming the body; and a log entry read by two rules
reported once. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.extract.updates import reviews_earlier
from scrutiny.readers import read

from ._build import findable

_POST = """# Kestle Down Neighbourhood News

## Community safety meeting - Thursday 7th

*Posted on 14 October 2021 by Arthur (minutes secretary)*

Eighteen of us came to the scout hut, with PC Dana Holt from the rural policing team.

### How did last month's asks go?

- Fly-tipping in Quarry Lane - the council cleared it the week after. Sorted.
- Letter to the bus operator about the late-night service - posted, still waiting to hear.
- Speed signs for the school - nobody has done anything. Still outstanding.

### Parking on the green

Residents are fed up with vans parked on the verge. PC Holt said she would have a word with the owners.

### Jobs before next time

- Arthur - chase the bus operator again
- Nell - book the hall for the Christmas social

### Next meeting

Thursday 11th November, 7pm, scout hut.
"""


@pytest.fixture
def post(tmp_path: Path):
    path = tmp_path / "kestle-down.md"
    path.write_text(_POST, encoding="utf-8")
    doc = read(path)
    return doc, extract(doc)


@pytest.mark.parametrize(
    ("heading", "reviews"),
    [
        ("How did last month's asks go?", True),
        ("What happened to the promises made last time", True),
        ("Requests still outstanding", True),
        ("Follow-ups since March", True),
        ("Actions brought forward", True),
        ("Minutes of the last meeting", False),  # the minutes, not the tasks
        ("Actions arising", False),  # this meeting's own
        ("Actions carried forward to the next meeting", False),
        ("New actions since the last meeting was cancelled and the long heading goes on", False),
    ],
)
def test_a_heading_looks_back_on_earlier_tasks_by_its_words(heading, reviews):
    assert reviews_earlier(heading) is reviews


def test_the_promises_looked_back_on_are_updates_each_with_its_status(post):
    doc, record = post
    meeting = record.meetings[0]
    found = {u.text.split(" - ")[0]: u.status for u in meeting.action_updates}
    assert found == {
        "Fly-tipping in Quarry Lane": "complete",
        "Letter to the bus operator about the late-night service": "in_progress",
        "Speed signs for the school": "open",
    }
    assert all(u.evidence and findable(u.evidence.text, doc.text) for u in meeting.action_updates)


def test_a_list_of_jobs_before_next_time_holds_marked_actions(post):
    _, record = post
    listed = [(a.owners, a.text) for a in record.meetings[0].actions if a.ref is None][:2]
    assert listed == [
        (["Arthur"], "chase the bus operator again"),
        (["Nell"], "book the hall for the Christmas social"),
    ]


def test_a_day_without_its_month_is_the_last_such_day_before_the_post_went_up(post):
    _, record = post
    held, following = record.meetings
    assert (held.date, following.date) == ("2021-10-07", "2021-11-11")
    assert held.body == following.body == "Community Safety Meeting"


def test_a_titled_write_up_has_its_headings_as_items(post):
    _, record = post
    assert [i.title for i in record.meetings[0].items][:2] == [
        "How did last month's asks go?",
        "Parking on the green",
    ]


def test_a_log_entry_read_as_a_log_line_and_as_a_review_entry_is_one_update(tmp_path):
    path = tmp_path / "log.txt"
    path.write_text(
        "ESTATES BOARD\n\nAction log - meeting of 6 February 2019, 14:00, Tannery House\n\n"
        "Attendees: Karen Dunmore, Commissioner (KD); Rachel Gee, Head of Estates (RG)\n\n"
        "Actions from earlier meetings\n\n"
        "44/18: estates disposals list to be published - RG. On hold until the estates strategy is agreed.\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [(u.ref, u.status) for u in meeting.action_updates] == [("44/18", "deferred")]


_RESIDENTS = """# Alder Park Residents' Association

**Wednesday 23 April 2025, 7pm, the Community Room, Alder House**

Committee: Sue Lamb (chair), Mike Obi (secretary), Jo Hart (treasurer)

## Parking on Linden Way

Since January the council has painted double yellow lines on the bend, which was our action 3 from last time.

## Dog fouling on the green

Jo wrote to the council's enforcement team as we agreed in January, and an officer has visited twice.

## Streetlight by the garages

Still not fixed even though it has been reported twice (action 5 from January).

## Action points

1. Mike – photos of the verge parking on Linden Way to the council's parking team.
2. Ann-Marie – survey results for the summer newsletter (by 31 May).
3. Sue: thanks for the cake
"""


def test_residents_notes_report_on_their_numbered_actions_in_passing_and_list_new_ones_by_name(tmp_path):
    """No heading reviews last time's actions: a report names the action it was ("which was our action 3 from last
    time", "(action 5 from January)") or what was agreed ("as we agreed in January"). The numbered "Action points"
    are entries, named owner first, a job written as its object alone among them; the headings are the items."""
    path = tmp_path / "alder-park-2025-04-23.md"
    path.write_text(_RESIDENTS, encoding="utf-8")
    (meeting,) = extract(read(path)).meetings
    assert [(u.ref, u.status) for u in meeting.action_updates] == [
        ("3", "complete"),
        (None, "complete"),
        ("5", "open"),
    ]
    assert [(a.owners, a.due) for a in meeting.actions] == [(["Mike"], None), (["Ann-Marie"], "2025-05-31")]
    assert [i.title for i in meeting.items] == [
        "Parking on Linden Way",
        "Dog fouling on the green",
        "Streetlight by the garages",
        "Action points",
    ]


def test_a_paragraph_under_what_has_happened_since_reports_on_every_matter_it_names(tmp_path):
    """Under "What's happened since January", a paragraph whose last sentence alone would read as a report on its
    own ("No news on the CCTV …: Roy is still waiting …") reports on every matter it names, plainly said ones too
    ("the letters … went out in February", "Dawn did the bike marking")."""
    path = tmp_path / "pellham-2010-03-16.md"
    path.write_text(
        """# Pellham Police Liaison Group

## Meeting notes - Tuesday 16th

*Posted on 19 March 2010 by Roy*

### What's happened since January

Sgt Clough said the letters to the van owners went out in February, as we asked in January. The youth shelter
idea is still with the parish council. Dawn did the bike marking at the school in February. No news on the CCTV
for the car park: Roy is still waiting to hear from the district council.
""",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert sorted((" ".join(u.text.split()[:2]), u.status) for u in meeting.action_updates) == [
        ("Dawn did", "complete"),
        ("No news", "open"),
        ("Sgt Clough", "complete"),
        ("The youth", "in_progress"),
    ]


def test_a_groups_months_meeting_written_up_has_its_headings_as_items_not_its_numbered_lists():
    """ "Police liaison group – March meeting" calls the post a meeting's record: its headings are its items, and a
    numbered list of priorities under one is no run of items."""
    from scrutiny.document import DocumentBuilder

    builder = DocumentBuilder("pellham.md", "0" * 64, "md")
    for kind, text in [
        ("heading", "Pellham Matters"),
        ("heading", "Police liaison group – March meeting"),
        ("paragraph", "The group met on Tuesday 16th March 2010 in the Reading Room."),
        ("heading", "The figures"),
        ("paragraph", "There were three burglaries since January."),
        ("heading", "Priorities"),
        ("list_item", "1. Parking near the school at home time"),
        ("list_item", "2. Speeding on Mill Hill"),
        ("heading", "Next meeting"),
        ("paragraph", "Tuesday 18th May 2010."),
    ]:
        builder.add(kind, text)
    (meeting, *_) = extract(builder.finish()).meetings
    assert [i.title for i in meeting.items] == ["The figures", "Priorities", "Next meeting"]
