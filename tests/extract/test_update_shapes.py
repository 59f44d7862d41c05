"""Whole papers that report progress on earlier actions in the shapes real minutes use (issue 8):
numbered actions in prose, matters-arising entries labelled, lettered or bulleted, run-in lists
joined in one paragraph, a clerk's list of jobs done, and an item whose minute says what was done
since the last meeting; and the sentences that are no progress report at all. The papers are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable

HEAD = """Minutes of the meeting of Ashvale Parish Council held on 9 May 2023 at the Village Hall

Present: Cllr P Ormsby (Chair), Cllr T Wren, Cllr L Gadd, Mrs R Fenn (Clerk)

1. Apologies

Apologies were received from Cllr D Marsh.

2. Minutes of the last meeting

The minutes of the meeting held on 4 April 2023 were agreed and signed.

"""


def _updates(tmp_path: Path, body: str, name: str = "minutes.md", head: str = HEAD) -> list[tuple]:
    path = tmp_path / name
    path.write_text(head + body)
    doc = read(path)
    found = [u for m in extract(doc).meetings for u in m.action_updates]
    for update in found:
        assert update.evidence and findable(update.evidence.text, doc.text)
    return [(u.ref, u.text, u.status) for u in found]


def _starts(found: list[tuple], expected: list[tuple]) -> None:
    """The updates found are the expected ones, in any order: each ref, the first words of each text,
    each status."""
    assert len(found) == len(expected), found
    for want_ref, start, want_status in expected:
        hits = [
            (ref, status) for ref, text, status in found if (text or "").lower().startswith(start.lower())
        ]
        assert hits == [(want_ref, want_status)], (start, found)


def test_numbered_actions_reported_in_prose(tmp_path):
    body = """3. Review of the action log

AP7 – review of the custody contract – complete.

Action 2 is partially complete, the first two stations have been visited.

Action 5 remains open.

Action 8 (the speed survey) – on hold until the spring.
"""
    head = HEAD.replace("Ashvale Parish Council", "Ashvale Police Accountability Board")
    _starts(
        _updates(tmp_path, body, head=head),
        [
            ("AP7", "AP7 – review of the custody contract", "complete"),
            ("2", "Action 2 is partially complete", "in_progress"),
            ("5", "Action 5 remains open", "open"),
            ("8", "the speed survey", "deferred"),
        ],
    )


def test_a_numbered_action_followed_by_a_status_phrase(tmp_path):
    body = """3. Review of the action log

Action 2: partially complete, the first two stations have been visited.

Action 3 – pending.
"""
    _starts(
        _updates(tmp_path, body),
        [("2", "Action 2: partially complete", "in_progress"), ("3", "Action 3 – pending", "open")],
    )


def test_matters_arising_as_the_label_of_a_paragraph(tmp_path):
    body = """3. Parish business

Matters arising: the draft lettings policy had been circulated to all members.

Members discussed the state of the car park after the fair.
"""
    _starts(_updates(tmp_path, body), [(None, "the draft lettings policy had been circulated", "complete")])


def test_lettered_entries_under_a_matters_arising_line(tmp_path):
    body = """Matters Arising:

a) Bus stops - the new signs are still awaited from the county.

b) Bench on the Green - now repaired.

c) Speed sign on Mill Road - Clerk to obtain a quote for the next meeting.

d) Pond clearance - on hold until the autumn.

4. Planning

No applications had been received.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Bus stops - the new signs are still awaited", "in_progress"),
            (None, "Bench on the Green - now repaired", "complete"),
            (None, "Pond clearance - on hold", "deferred"),
        ],
    )


def test_labelled_entries_under_actions_from_the_last_meeting(tmp_path):
    body = """3. Actions from the last meeting

Hedge at School Lane: passed on to Highways.

Flooding at Ford Street: Highways have been contacted and a site visit is scheduled for June.

Allotment rents: the invoices were sent out in April.

4. Finance

The accounts were approved.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Hedge at School Lane: passed on to Highways", "in_progress"),
            (None, "Flooding at Ford Street: Highways have been contacted", "in_progress"),
            (None, "Allotment rents: the invoices were sent out", "complete"),
        ],
    )


def test_clerks_report_bullets_of_jobs_done(tmp_path):
    body = """5. Clerk's Report

* Noticeboard removed (CA)
* Litter bin liner ordered at a cost of £13 (Clerk)
* Rangers: FP6 - strim footpath carried out
* Grit bin on Church Hill refilled by the county
* Cemetery gates - quote still awaited

6. Correspondence

A letter from the county about the new bus timetable was noted.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Noticeboard removed", "complete"),
            (None, "Litter bin liner ordered", "complete"),
            (None, "Rangers: FP6 - strim footpath carried out", "complete"),
            (None, "Grit bin on Church Hill refilled", "complete"),
            (None, "Cemetery gates - quote still awaited", "in_progress"),
        ],
    )


def test_run_in_list_joined_with_dashes(tmp_path):
    body = """6. Play areas

ii. Actions following the play area inspection – Bench at the pavilion repaired (TW) – Dog bin sign to be replaced (PENDING: Clerk) – Swing chains ordered at a cost of £40 (Clerk) – Goal posts: it was agreed that the caretaker paint them in the summer.

7. Any other business

None.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Bench at the pavilion repaired", "complete"),
            (None, "Dog bin sign to be replaced", "open"),
            (None, "Swing chains ordered", "complete"),
        ],
    )


def test_run_in_lettered_entries_in_one_paragraph(tmp_path):
    body = """Matters Arising:

c) Street light on Kiln Lane - now fixed.

d) Drains in Mill Road are being investigated e) Lights at the pavilion - the electrician has replaced the timer.

Planning:

No applications.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Street light on Kiln Lane - now fixed", "complete"),
            (None, "Drains in Mill Road are being investigated", "in_progress"),
            (None, "Lights at the pavilion - the electrician has replaced the timer", "complete"),
        ],
    )


def test_a_list_introduced_by_its_status(tmp_path):
    body = """5. Update on work by the rangers

The jobs the rangers carried out are as follows: clearing the ditch at Kiln Lane, strimming footpath FP4. The jobs the rangers were unable to carry out are: repair of the stile at Holt Farm - passed to the landowner; weed spraying on the footpaths - to be done next month.

6. Finance

The accounts were approved.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "clearing the ditch at Kiln Lane", "complete"),
            (None, "strimming footpath FP4", "complete"),
            (None, "repair of the stile at Holt Farm", "in_progress"),
            (None, "weed spraying on the footpaths", "open"),
        ],
    )


def test_an_item_whose_minute_reports_what_was_done_since_the_last_meeting(tmp_path):
    body = """3. Footpath at Kiln Lane

The Clerk had written to Highways following the last meeting and was awaiting a reply.

4. Flooding in Ford Street

The Clerk had written to the Environment Agency and was awaiting a reply.

5. Village sign

The Clerk reported that the village sign had still not been repaired. Cllr Wren would ask the blacksmith again.

6. Grass cutting

Following the last meeting the contractor was asked to cut the verges monthly; this has now been done.

7. Planning

Members discussed the application for a garage at Holt Farm and had no objection.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "The Clerk had written to Highways following the last meeting", "in_progress"),
            (None, "The Clerk had written to the Environment Agency", "in_progress"),
            (None, "The Clerk reported that the village sign had still not been repaired", "open"),
            (None, "Following the last meeting the contractor was asked", "complete"),
        ],
    )


def test_a_paragraph_of_prose_under_matters_arising(tmp_path):
    body = """3. Matters arising

Cllr Wren said that the fence at the playing field still had not been mended. The contractor had been reminded.

4. Police report

PCSO Gill reported two thefts from sheds and a number of calls about speeding.
"""
    _starts(
        _updates(tmp_path, body),
        [(None, "Cllr Wren said that the fence at the playing field still had not", "open")],
    )


def test_statuses_in_the_words_minutes_use(tmp_path):
    body = """3. Progress on actions

Action 3 was still pending.

Action 4 is being dealt with by the Clerk.

Action 6 (the parking survey) – postponed to July.

Action 9 was no longer required.

Action 11 is in abeyance until the budget is set.
"""
    _starts(
        _updates(tmp_path, body),
        [
            ("3", "Action 3 was still pending", "open"),
            ("4", "Action 4 is being dealt with", "in_progress"),
            ("6", "the parking survey", "deferred"),
            ("9", "Action 9 was no longer required", "closed"),
            ("11", "Action 11 is in abeyance", "deferred"),
        ],
    )


def test_new_tasks_and_discussion_under_matters_arising_are_no_updates(tmp_path):
    body = """3. Matters arising

Clerk to write to the bus company about the Sunday timetable.

Members discussed parking near the school at home time.

a) Allotment water supply - Cllr Gadd to find a plumber.

4. Correspondence

A letter from the county was noted.
"""
    assert _updates(tmp_path, body) == []


def test_progress_words_in_an_ordinary_item_are_no_update_without_a_back_reference(tmp_path):
    body = """3. Police report

PCSO Gill said that two sheds had been broken into and a van had been stolen.

4. Finance

The accounts for April have been checked and were approved.
"""
    assert _updates(tmp_path, body) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Actions from the previous meeting",
        "Outstanding matters",
        "Progress on actions",
        "Update on actions undertaken by the warden",
        "Reports on matters from the last meeting",
        "Clerk's update",
        "Report from the Clerk",
        "Action updates",
        "Ongoing matters",
        "Matters carried forward",
    ],
)
def test_headings_that_open_a_review_of_earlier_actions(tmp_path, heading):
    body = f"""3. {heading}

a) Bus shelter - now repainted.

4. Correspondence

None.
"""
    _starts(_updates(tmp_path, body), [(None, "Bus shelter - now repainted", "complete")])


@pytest.mark.parametrize(
    "heading",
    [
        "Actions arising from this meeting",
        "Report on items for the next agenda",
        "Clerk to report back",
        "Correspondence",
    ],
)
def test_headings_that_open_no_review(tmp_path, heading):
    body = f"""3. {heading}

a) Bus shelter - repainted in April.

4. Correspondence

None.
"""
    assert _updates(tmp_path, body) == []


def test_a_matter_set_aside_after_its_report_is_deferred(tmp_path):
    body = """3. Cricket nets

No reply as yet from the school about the nets. Will leave the matter until the new head starts.

Matters Arising:

b) Tennis court - the quotes are still awaited. It was agreed to leave the matter for now.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "No reply as yet from the school", "deferred"),
            (None, "Tennis court - the quotes are still awaited", "deferred"),
        ],
    )


def test_an_item_title_run_on_before_its_sub_entry(tmp_path):
    body = """8. HIGHWAYS i. Village gateway The application to the county for the gateway has been submitted. Quotes for the posts are awaited.

ii. Speeding on Mill Road Members discussed speeding at night.
"""
    _starts(
        _updates(tmp_path, body),
        [
            (None, "Village gateway The application to the county", "complete"),
            (None, "Quotes for the posts are awaited", "in_progress"),
        ],
    )


def test_a_sentence_saying_the_earlier_matters_were_checked_opens_a_review(tmp_path):
    path = tmp_path / "ashby-pc-2014-09-08.md"
    path.write_text(
        "# Minutes of Ashby Parish Council held on Monday 8 September 2014\n\n"
        "## 4. Village matters\n\n"
        "Due to the August break there was no meeting, so previous matters were checked for updates.\n\n"
        "- Village sign – repainted, complete.\n"
        "- Grit bin at the school – still awaited, ongoing.\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [u.status for u in meeting.action_updates] == ["complete", "in_progress"]
