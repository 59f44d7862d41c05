"""Whole papers whose agenda items are laid out in shapes the samples do not show (issue 8): unnumbered titles run
in with their minute after a colon, as small parish councils write them. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract.items import item_heading
from scrutiny.extract.passages import Passage

from ._build import first_meeting


def _items(tmp_path: Path, text: str, name: str = "minutes.md") -> list[tuple]:
    meeting = first_meeting(tmp_path, text, name)
    return [(i.number, i.title) for i in meeting.items]


def test_unnumbered_titles_run_in_with_their_minute_after_a_colon(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of Lower Brinkley Parish Council Meeting held in the Village Hall

At 7.30pm on Wednesday 15 October 2025

Those Attending: Mr P Gale (Chairman), Mrs R Holt, Mr T Inch, Mrs C Jory (Clerk), 3 members of the public

Apologies: Were received from Mr J Kemp

Minutes of the last Meeting: Mr T Inch proposed the Minutes be adopted, seconded by Mrs R Holt.

Clerk: reported that the grass cutting contract ends in March.

Planning:

An application for a garden room at 4 Mill Lane was considered. No objection.

Payments for Approval:

The payments listed below were approved.

Next Meeting: Wednesday 19 November 2025 at 7.30pm.
""",
    )
    assert found == [
        (None, "Apologies"),  # business run in after colons begins with the apologies
        (None, "Minutes of the last Meeting"),
        (None, "Planning"),
        (None, "Payments for Approval"),
        (None, "Next Meeting"),
    ]


def test_items_lettered_in_turn_when_none_is_numbered(tmp_path):
    found = _items(
        tmp_path,
        """LINDEN RESIDENTS' LIAISON GROUP

Notes of meeting, 14/7/2009, Linden Library

Attendees: Mary Rose (chair), Tom Stone, PC Vic Webb
Apologies: Sam Tait

a) Matters arising
The bench has been repaired.

b) Police report
PC Webb reported a quiet month. He listed:
(a) two thefts from sheds;
(c) one burglary.

c) Any other business
None.
""",
        name="notes.txt",
    )
    assert found == [("a", "Matters arising"), ("b", "Police report"), ("c", "Any other business")]


def test_lettered_points_that_skip_a_letter_are_no_items(tmp_path):
    found = _items(
        tmp_path,
        """Linden Residents' Liaison Group

Notes of meeting, 14/7/2009

Attendees: Mary Rose (chair), Tom Stone

a) The bench has been repaired and repainted by volunteers from the group

c) The Council has replaced the bin
""",
        name="notes.txt",
    )
    assert found == []


def test_a_numbered_title_without_the_minute_run_in_after_its_colon(tmp_path):
    found = _items(
        tmp_path,
        """Upton Parish Council

Minutes of the Parish Council Meeting held on Wednesday 5th March 2014 in the Village Hall

Present: Cllr J Ames (Chairman), Cllr K Boyd, Cllr L Cole

1. Apologies: Cllr M Dean

2. Police Report: none received.

3. Finance: to approve the payments listed

The payments were approved.
""",
    )
    assert found == [
        ("1", "Apologies"),
        ("2", "Police Report"),
        ("3", "Finance: to approve the payments listed"),
    ]


def test_numbered_titles_cut_where_their_minute_begins(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the Meeting of Oakley Parish Council held on 3 May 2012

Present: Cllr Ann Bee (Chair), Cllr Cal Dee

1\\. Apologies. None received.

2\\. Planning – the Council considered the following applications and raised no objections.

3\\. Finance. The Clerk presented the accounts, which were approved.

**4. Correspondence** The Clerk read a letter from the Highways Authority.

5\\. Budget monitoring – Quarter 3

The Clerk reported spending to date.

6\\. Police Report - PC Smith reported a quiet month.

7\\. The Chair thanked everyone. The meeting closed at 9pm.
""",
    )
    assert found == [
        ("1", "Apologies"),
        ("2", "Planning"),
        ("3", "Finance"),
        ("4", "Correspondence"),
        ("5", "Budget monitoring – Quarter 3"),
        ("6", "Police Report"),
    ]


def test_titles_in_capitals_run_in_with_an_aside_and_at_length(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the Meeting of Oakley Parish Council held on 3 May 2012

Present: Cllr Ann Bee (Chair), Cllr Cal Dee

3\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE There were none.

4\\. MEMBERS’ DECLARATION OF INTERESTS (for items on the Agenda) None declared.

5\\. TO DISCUSS THE BOUNDARY AMENDMENT PROPOSAL FROM THE LOCAL GOVERNMENT BOUNDARY COMMISSION AND RESOLVE ON A RESPONSE It was resolved to keep the boundary.
""",
    )
    assert found == [
        ("3", "ACCEPTANCE OF APOLOGIES FOR ABSENCE"),
        ("4", "MEMBERS’ DECLARATION OF INTERESTS (for items on the Agenda)"),
        (
            "5",
            (
                "TO DISCUSS THE BOUNDARY AMENDMENT PROPOSAL FROM THE LOCAL GOVERNMENT BOUNDARY COMMISSION AND RESOLVE ON A "
                "RESPONSE"
            ),
        ),
    ]


def test_an_agendas_sub_items_listed_under_an_item(tmp_path):
    found = _items(
        tmp_path,
        """# Elmdale Police and Crime Panel

**Notice of meeting and agenda**

**Date:** Thursday 21 November 2024

## Items of business

1. **Apologies for absence**
2. **Commissioner's update**
   - 2.1 Performance against the Police and Crime Plan – Quarter 2
   - 2.2 Complaints and conduct matters – half-year report
3. **Forward work programme**
""",
        name="agenda.md",
    )
    assert found == [
        ("1", "Apologies for absence"),
        ("2", "Commissioner's update"),
        ("2.1", "Performance against the Police and Crime Plan – Quarter 2"),
        ("2.2", "Complaints and conduct matters – half-year report"),
        ("3", "Forward work programme"),
    ]


def test_items_named_agenda_items_or_minutes_by_number(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the meeting of Dunholm Town Council held on 3 May 2012

Present: Cllr Ann Bee (Mayor), Cllr Cal Dee

Agenda Item 1 – Apologies
None.

Agenda Item 2: Minutes
Approved.

Item No. 3 Planning
No objections.

4.0 Any other business
None.

Minute No. 5 Date of next meeting
7 June 2012.
""",
        name="minutes.txt",
    )
    assert found == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Planning"),
        ("4.0", "Any other business"),
        ("5", "Date of next meeting"),
    ]


def test_minutes_numbered_by_the_year_after_the_word_minute(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the meeting of Dunholm Town Council held on 3 May 2024

Present: Cllr Ann Bee (Mayor), Cllr Cal Dee

Minute 12/24 Apologies
None.

Minute No. 13/24 Planning
No objections.
""",
        name="minutes.txt",
    )
    assert found == [("12/24", "Apologies"), ("13/24", "Planning")]


def test_an_agenda_title_wrapped_over_the_lines_after_it(tmp_path):
    found = _items(
        tmp_path,
        """Audit Committee

22 October 2009

1\\. Declarations of interest

2\\. Minutes of the meeting held on 24 September 2009 and notes of 3

the joint session with the General Purposes Committee held on 24

September 2009

3\\. Annual complaints report 9

4\\. Internal audit progress report 23
""",
        name="agenda.md",
    )
    assert found == [
        ("1", "Declarations of interest"),
        (
            "2",
            (
                "Minutes of the meeting held on 24 September 2009 and notes of the joint session with the General Purposes "
                "Committee held on 24 September 2009"
            ),
        ),
        ("3", "Annual complaints report 9"),
        ("4", "Internal audit progress report 23"),
    ]


def test_headings_in_capitals_among_numbered_items(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the meeting of Oakley Parish Council held on 14th July 2009

Present: Cllr A Bee (Chairman), Cllr C Dee

1\\. Apologies for Absence

None.

2\\. Accounts

C.G.M £456.84

The accounts were approved.

OPEN SESSION

A resident asked about the bus shelter.

DATES FOR MEETINGS IN 2010

The meetings will be held on the second Tuesday of each month.

SUMMARY OF ACTIONS ARISING

Clerk to write to the bus company.
""",
    )
    assert found == [
        ("1", "Apologies for Absence"),
        ("2", "Accounts"),
        (None, "OPEN SESSION"),
        (None, "DATES FOR MEETINGS IN 2010"),
    ]


def test_capitals_that_divide_the_paper_or_record_a_vote_are_no_items(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the meeting of Oakley Parish Council held on 14th July 2009

Present: Cllr A Bee (Chairman), Cllr C Dee

1\\. Apologies for Absence

None.

2\\. Precept

The precept was discussed at length by members.

AGREED UNANIMOUSLY

EXEMPT ITEMS

3\\. Staffing

The Clerk's hours were reviewed.
""",
    )
    assert found == [("1", "Apologies for Absence"), ("2", "Precept"), ("3", "Staffing")]


def test_a_speaker_before_a_colon_is_no_title(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of Lower Brinkley Parish Council Meeting held in the Village Hall on 15 October 2025

Those Attending: Mr P Gale (Chairman), Mrs R Holt, Mr T Inch, Mrs C Jory (Clerk)

Minutes of the last Meeting: Mr T Inch proposed the Minutes be adopted.

Holt: The hedge on Mill Lane needs cutting back.

Planning: One application was considered.

Payments for Approval:

The payments listed below were approved.
""",
    )
    assert found == [
        (None, "Minutes of the last Meeting"),
        (None, "Planning"),
        (None, "Payments for Approval"),
    ]


def test_roman_numbered_points_under_an_item_with_their_minute_run_in(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the meeting of Oakley Parish Council held on 7th November 2017

Present: Cllr A Bee (Chairman), Cllr C Dee

11\\. HIGHWAYS The Clerk reported on the following.

ii. Northwold School Parking Cllr Ames and Cllr Shaw met a planning officer on site.

iii. Discuss costings for fitness play equipment and resolve on next steps. Example costings were circulated.

iv. The Clerk reported that the verge had been cut.
""",
    )
    assert found == [
        ("11", "HIGHWAYS"),
        ("11 (ii)", "Northwold School Parking"),
        ("11 (iii)", "Discuss costings for fitness play equipment and resolve on next steps"),
    ]


def test_a_minutes_heading_loses_the_agenda_number_it_carries(tmp_path):
    found = _items(
        tmp_path,
        """AUDIT COMMITTEE

24 SEPTEMBER 2009

PRESENT: Councillors Ann Abbot (Chairman), Bill Carter

1 DECLARATIONS OF INTEREST (Agenda item 1)

None were made.

2 WORK PROGRAMME (Agenda item 7)

The work programme was noted.
""",
    )
    assert found == [("1", "DECLARATIONS OF INTEREST"), ("2", "WORK PROGRAMME")]


def test_a_title_case_title_is_not_cut_inside_itself(tmp_path):
    found = _items(
        tmp_path,
        """Minutes of the Meeting of Oakley Parish Council held on 3 May 2012

Present: Cllr Ann Bee (Chair), Cllr Cal Dee

1\\. Review Of The Year The Chair thanked members for their work.

2\\. Highways The Clerk reported the potholes.
""",
    )
    assert found == [("2", "Highways")]


POST = """---
layout: post
title: "{title}"
date: 2022-03-14
---

Thanks to all who came to the Elm Ward Police Forum at the church hall on Tuesday 8 March 2022. PC Dana Voss and
Cllr Ruth Amis joined us, and I took the notes.

## Speeding on Mill Road

Residents asked for a speed check; PC Voss said she would ask the road safety team.

## Litter in the park

The council has emptied the bins twice a week since January.
"""


def test_a_posts_title_that_calls_it_a_meetings_notes_lets_its_headings_be_items(tmp_path):
    """A post says who came in prose and its title, in front matter, says it is the forum's notes."""
    found = _items(
        tmp_path, POST.format(title="Notes from the Elm Ward Police Forum, 8 March"), "forum-notes.md"
    )
    assert found == [(None, "Speeding on Mill Road"), (None, "Litter in the park")]


def test_a_post_that_is_no_meetings_notes_has_no_items_from_its_headings(tmp_path):
    assert _items(tmp_path, POST.format(title="Spring newsletter"), "newsletter.md") == []


def test_titles_lose_an_attached_note_a_record_verdict_and_points_run_in_after_capitals(tmp_path):
    found = _items(
        tmp_path,
        """# Harrowden Safer Neighbourhood Panel

Notes of the panel meeting, 19 June 2024, Harrowden Library

Present: Sgt Moxon, Helen Shaw (Chair), Tom Webb

1. Notes of 17 January 2024 agreed

2. Progress on actions (attached)

3.4 RESOLVED

4. Any other business
""",
    )
    assert found == [
        ("1", "Notes of 17 January 2024"),
        ("2", "Progress on actions"),
        ("4", "Any other business"),
    ]
    finance = item_heading(
        Passage("8. FINANCE a) Bank balance at 31 March: £11,472.06 b) Payments", None, None, "paragraph")
    )
    assert finance is not None and (finance.number, finance.title) == ("8", "FINANCE")


def test_minute_numbers_with_their_minute_run_in_after_a_dash_or_colon(tmp_path):
    """A parish's minutes, numbered by year, each title run on into its minute: "15/21 Apologies – Cllr K Lowe",
    "15/22 Declarations of interest – None.", "15/25. Planning: 15/0123/FUL …"."""
    found = _items(
        tmp_path,
        """# Ashby Magna Parish Council

Minutes of the Parish Council Meeting held on Monday 9th March 2015 at 7.30pm in the Village Hall

Present: Cllrs T Grant (Chairman), M Hollis, S Patel, R Dunne. Clerk: Mrs J Orme.

**15/21 Apologies** – Cllr K Lowe (work).

**15/22 Declarations of interest** – None.

15/24 Police report – PC Dale reported two thefts from vans on Main Street.

15/25. Planning: 15/0123/FUL, Rose Cottage, single-storey extension. No objection.

**15/26 Finance**

The following payments were approved: Clerk's salary £212.40.
""",
    )
    assert found == [
        ("15/21", "Apologies"),
        ("15/22", "Declarations of interest"),
        ("15/24", "Police report"),
        ("15/25", "Planning"),
        ("15/26", "Finance"),
    ]


PARISH_2015 = """# WETHERBY MAGNA PARISH COUNCIL

Minutes of the Meeting held in the Reading Room on Tuesday 14th April 2015 at 7.30pm

**Present:** Cllr P Rowe (Chairman), Cllr A Sims, Cllr B Tate. Mrs E Webb (Clerk). County Cllr F Young. 3 members of the public.

**15/40 Apologies for absence:** Cllr G Zane (holiday).

**15/43 Matters arising:**

15/22 Street light outside No. 12 Church Lane – repaired on 2nd April.

**15/44 Police report:** No police representative attended. The Clerk read the crime figures for March.

**15/46 Finance:** (a) The following payments were approved: E Webb, salary April, £245.60. (b) The Clerk reported a bank balance of £8,214.33.
"""


def test_a_parish_whose_minutes_run_on_after_their_titles(tmp_path):
    """Standing business titled before a colon is an item, never an action-log entry ("15/40 Apologies for absence:
    Cllr G Zane"); the minute after "Matters arising" is the next item, not an entry of the review; a title before
    its lettered points ("Finance: (a) …") is cut there; a list of those present ends its entries with full stops."""
    meeting = first_meeting(tmp_path, PARISH_2015, "minutes.md")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("15/40", "Apologies for absence"),
        ("15/43", "Matters arising"),
        ("15/44", "Police report"),
        ("15/46", "Finance"),
    ]
    assert meeting.actions == []
    assert [a.name for a in meeting.attendees if a.attendance == "present"] == [
        "P Rowe",
        "A Sims",
        "B Tate",
        "E Webb",
        "F Young",
    ]


def test_the_closing_item_that_gives_the_next_meetings_day_after_its_colon(tmp_path):
    found = _items(
        tmp_path,
        """**WEREFORD PARISH COUNCIL**

**Minutes of the Parish Council Meeting held on Wednesday 9th July 2014 at 7.30pm in the Village Hall**

**Present:** Cllr J Mason (Chairman), Cllr P Reeve

**6. Finance:** The following cheques were approved: K Allen (salary) £210.00.

**7. Date of next meeting:** Wednesday 10th September 2014.
""",
    )
    assert found == [("6", "Finance"), ("7", "Date of next meeting")]


def test_a_minute_number_with_a_dash_before_its_title():
    found = item_heading(Passage("Minute 14/52 – Planning", 1, "14/51", "paragraph"))
    assert found is not None and (found.number, found.title) == ("14/52", "Planning")


def test_a_numbered_title_run_into_a_task_keeps_its_minute(tmp_path):
    """ "4. Book sale: PJ to book the hall for 12th March": the item is "Book sale" and its minute, PJ's task, is read
    (a title that took the whole line would hide it); "Item 5 Raffle: SM to buy the prizes." says the task without
    the item's number and title."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Friends of Hallam Court Library

Minutes of the Committee Meeting held on Tuesday 26th January 2016

Present: Ann Lee (AL), Pat Jones (PJ), Sue Marr (SM)

3. Minutes of the last meeting were approved.

4. Book sale: PJ to book the hall for 12th March

Item 5 Raffle: SM to buy the prizes.
""",
        encoding="utf-8",
    )
    meeting = first_meeting(tmp_path, path.read_text(encoding="utf-8"), "minutes.md")
    assert [(i.number, i.title) for i in meeting.items][-2:] == [("4", "Book sale"), ("5", "Raffle")]
    assert [(a.owners, a.text) for a in meeting.actions] == [
        (["PJ"], "book the hall for 12th March"),
        (["SM"], "SM to buy the prizes."),
    ]


def test_a_minute_number_over_a_short_title_closed_by_a_full_stop_opens_the_item(tmp_path):
    """ "14/064 Matters arising." on a line of its own, its lettered entries below: an item, and they its entries;
    "15/20 Dog bin installed." reports what was done and opens none."""
    meeting = first_meeting(
        tmp_path,
        "# Nether Cawley Parish Council\n\nMinutes of the meeting held on Monday 9th June 2014 in the Village Hall.\n\n"
        "Present: Cllrs A Lambe (Chairman), B Hurst, C Dobbs\n\n"
        "14/063 Minutes. The minutes of the meeting held on 12th May were signed.\n\n"
        "14/064 Matters arising.\n\n"
        "a) Overhanging hedge on Mill Lane - the Clerk wrote to the landowner on 15th May. No reply yet.\n\n"
        "15/20 Dog bin installed.\n\n"
        "14/065 Open forum. A parishioner complained about speeding.\n",
        "minutes.md",
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("14/063", "Minutes"),
        ("14/064", "Matters arising"),
        ("14/065", "Open forum"),
    ]
    assert [(u.ref, u.text.split(" - ")[0], u.status) for u in meeting.action_updates] == [
        (None, "Overhanging hedge on Mill Lane", "open"),
        ("15/20", "15/20 Dog bin installed", "complete"),  # an entry on an earlier minute, by its number
    ]


def test_numbered_owner_first_entries_in_plain_paragraphs_leave_the_marked_up_headings_as_the_items(tmp_path):
    """A write-up printed to PDF keeps its headings but loses its list marks: "1. Mike – photos of …" is an entry of
    the action points, numbered, not an agenda item, so the headings are still the items."""
    from scrutiny.extract import extract

    from ._build import build

    doc = build(
        [
            ("heading", "Alder Park Residents' Association", 1),
            ("heading", "Committee meeting notes – Wednesday 23 April 2025", 1),
            ("paragraph", "Committee: Sue Lamb (chair), Mike Obi (secretary), Jo Hart (treasurer)", 1),
            ("heading", "Parking on Linden Way", 1),
            ("paragraph", "The council has painted double yellow lines on the bend.", 1),
            ("heading", "Action points", 1),
            (
                "paragraph",
                "1. Mike – photos of the verge parking on Linden Way to the council's parking team.",
                1,
            ),
            ("paragraph", "2. Jo – order the two dog fouling signs.", 1),
        ],
        name="alder.pdf",
        fmt="pdf",
        pages=1,
    )
    (meeting,) = extract(doc).meetings
    assert [i.title for i in meeting.items] == ["Parking on Linden Way", "Action points"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1.  WELCOME AND APOLOGIES MS welcomed everyone. Apologies as above.", "WELCOME AND APOLOGIES"),
        ("7.  TREASURER'S REPORT RC reported a balance of GBP 3,412.10 in the bank.", "TREASURER'S REPORT"),
        ("6.  PLANNING 25/01123/FUL - Erection of two holiday pods: no objection.", "PLANNING"),
    ],
)
def test_a_run_in_title_in_capitals_ends_before_the_initials_or_application_its_minute_opens_with(
    line, title
):
    found = item_heading(Passage(line, None, None, "list_item"))
    assert found is not None and found.title == title


def test_numbered_items_stay_items_around_a_heading_in_capitals(tmp_path):
    """An annual meeting then the ordinary one, its items numbered on ("1." … "5.", "ORDINARY MEETING", "6." …):
    the heading in capitals is among numbered items, and the numbered list entries are items, not the entries of
    a write-up laid out under unnumbered headings."""
    found = _items(
        tmp_path,
        """LITTLE PENWICK PARISH COUNCIL

MINUTES OF THE ANNUAL MEETING held on Monday 13th May 2013 in the Village Hall at 7.00pm.

Present:      Cllrs B Ormerod, C Dunnett, F Yeoman

1.  Election of Chairman. Cllr Ormerod was elected Chairman for the year.

2.  Apologies. Cllr R Tilley (on holiday).

ORDINARY MEETING

3.  Police matters. PC Hadfield reported 3 crimes in April.

4.  Matters arising.
    - Salt bin, Church Hill: delivered and filled.
""",
        name="minutes.txt",
    )
    assert [n for n, _ in found] == ["1", "2", None, "3", "4"]
