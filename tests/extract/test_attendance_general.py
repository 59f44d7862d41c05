"""Whole papers whose attendance lists are laid out as printed minutes converted from PDF lay them out (issue 8): a
line a paragraph, a list wrapped inside a name or a post, posts each followed by their holder in brackets, lists
that close with a full stop, Irish titles ("Deputy", "Senator", "Cathaoirleach"). The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import first_meeting


def _attendees(tmp_path: Path, text: str, name: str = "minutes.md") -> list[tuple]:
    meeting = first_meeting(tmp_path, text, name)
    return [(a.name, a.role, a.attendance) for a in meeting.attendees]


def test_a_joint_policing_committee_whose_lists_end_with_full_stops_and_name_posts_before_holders(tmp_path):
    found = _attendees(
        tmp_path,
        """MINUTES OF PROCEEDINGS OF JOINT POLICING COMMITTEE MEETING OF THE MUNICIPAL

DISTRICT OF BALLYFINN HELD IN THE CIVIC OFFICES, BALLYFINN, ON TUESDAY, 12TH MARCH, 2024, AT 3.00 P.M.

PRESENT IN THE CHAIR:

Councillor P. Dunne, Cathaoirleach.

MEMBERS PRESENT:

Councillors Hale, Ives, Kerr and Lyons.

OFFICIALS IN ATTENDANCE:

Director of Services, Housing, Roads & Planning (Mr T. Quill), Meetings Administrator (Ms R. Vance). Senior Engineer Ballyfinn (Mr. C. Doyle).

Apologies for their inability to attend the meeting had been received from Councillor A. Byrne

and Deputy Ciara Moran, T.D.

1. Adoption of Minutes

The minutes of the meeting held on 14th November, 2023 were adopted.
""",
    )
    assert found == [
        ("P. Dunne", "Cathaoirleach", "present"),
        ("Hale", None, "present"),
        ("Ives", None, "present"),
        ("Kerr", None, "present"),
        ("Lyons", None, "present"),
        ("T. Quill", "Director of Services, Housing, Roads & Planning", "in_attendance"),
        ("R. Vance", "Meetings Administrator", "in_attendance"),
        ("C. Doyle", "Senior Engineer Ballyfinn", "in_attendance"),
        ("A. Byrne", None, "apologies"),
        ("Ciara Moran", "T.D", "apologies"),
    ]


def test_posts_and_holders_wrapped_over_lines_and_a_mayor_between_two_councillors(tmp_path):
    found = _attendees(
        tmp_path,
        """**MINUTES OF PROCEEDINGS OF MEETING OF THE JOINT POLICING COMMITTEE HELD ON**

**14TH** **JUNE, 2023 AT 10.00 A.M.**

**IN THE CHAIR :**

Councillor M. Quirke

**OFFICIALS :**

Chief Executive (Dr. A. Lowry), Senior Executive Officer (Ms. B.

Nolan), Administrative Officer (Mr. S Egan), Administrative

Officer (Mr. D. Fahy), Staff Officer,

(Ms. F. Gill)

**OTHERS :**

Councillor G. Hurley, Mayor and Senator H. Ivers

Ms. J. Kane, Chairperson, The Policing Authority

**1.MINUTES**

The minutes were agreed.
""",
    )
    assert found == [
        ("M. Quirke", None, "present"),
        ("A. Lowry", "Chief Executive", "in_attendance"),
        ("B. Nolan", "Senior Executive Officer", "in_attendance"),
        ("S Egan", "Administrative Officer", "in_attendance"),
        ("D. Fahy", "Administrative Officer", "in_attendance"),
        ("F. Gill", "Staff Officer", "in_attendance"),
        ("G. Hurley", "Mayor", "in_attendance"),
        ("H. Ivers", None, "in_attendance"),
        ("J. Kane", "Chairperson, The Policing Authority", "in_attendance"),
    ]


def test_a_running_list_wrapped_inside_names_and_a_note_after_it(tmp_path):
    found = _attendees(
        tmp_path,
        """AUDIT COMMITTEE

24 SEPTEMBER 2024

PRESENT: Councillors Ann Abbot (Chairman), Bill Carter, Mark

Denning, Carol Evans, Councillors

Fred Gibbs and

Gail Hurst.

Ruth Hale (Director of Finance, Policy and Strategy), Tom Ince (Head of Audit), Mr D Shaw (Head of Risk and Assurance) and

Uma Jolly (Director of Strategy, Policy, Partnerships and Assurance)

This note forms part of the minutes of the Audit Committee meeting held on the same evening.

1. ANNUAL GOVERNANCE REPORT

The Committee noted the report.
""",
    )
    assert [name for name, _, _ in found] == [
        "Ann Abbot",
        "Bill Carter",
        "Mark Denning",
        "Carol Evans",
        "Fred Gibbs",
        "Gail Hurst",
        "Ruth Hale",
        "Tom Ince",
        "D Shaw",
        "Uma Jolly",
    ]


def test_a_list_a_person_a_line_is_not_joined_across_lines(tmp_path):
    found = _attendees(
        tmp_path,
        """Residents' Liaison Group

Notes of the meeting held on 5 May 2024

Present:

Kay Lamb, Chair

Ned Moss, Treasurer

Ola Nunn, Secretary, Westfield Residents

1. Police update

PC Ray gave the update.
""",
    )
    assert found == [
        ("Kay Lamb", "Chair", "present"),
        ("Ned Moss", "Treasurer", "present"),
        ("Ola Nunn", "Secretary, Westfield Residents", "present"),
    ]


NOTES_IN_PROSE = """---
layout: post
title: "Meeting Notes: Residents' Police Liaison Meeting, 9 May"
date: 2023-05-15 21:04:11
---

Sgt Nia Okoro, PC Tom Vale and PCSO Priya Lund met with some 30 residents to talk through the priorities for the ward. Gil Hart, the council's community safety officer, who also chairs the Elm Road Residents Association, chaired the meeting. Future meetings will be chaired by Dr Ros Kent.

### Parking on Elm Road

Residents described cars parked on the pavement near the school at pick-up time.

#### Recommendations

-   The team will patrol at school times for a month.

### Graffiti in the underpass

The underpass was painted over in April but the tags are back.
"""


def test_notes_that_say_in_prose_who_came_and_who_chaired(tmp_path):
    found = _attendees(tmp_path, NOTES_IN_PROSE)
    assert found == [
        ("Nia Okoro", "Sgt", "present"),
        ("Tom Vale", "PC", "present"),
        ("Priya Lund", "PCSO", "present"),
        ("Gil Hart", "Chair", "present"),
    ]


def test_the_headings_of_notes_without_lists_are_their_items(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(NOTES_IN_PROSE)
    (meeting, *_) = extract(read(path)).meetings
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, "Parking on Elm Road"),
        (None, "Graffiti in the underpass"),
    ]


def test_apologies_listed_under_a_numbered_item_and_a_councillor_of_another_tier(tmp_path):
    found = _attendees(
        tmp_path,
        """Minutes of the meeting of Ashby Magna Parish Council held on 8th July 2025

Present: Cllr R Vine - Chairman, Cllr T Ash, Cllr P Rowe.

4 members of the public

1\\. Apologies for Absence accepted from:

Cllr K Lowe

District Councillor Mr. B Dunn, County Councillor Mrs. E Fry.

2\\. Declarations of Interest made:

Cllr Ash declared an interest in item 6.
""",
    )
    assert found == [
        ("R Vine", "Chairman", "present"),
        ("T Ash", None, "present"),
        ("P Rowe", None, "present"),
        ("K Lowe", None, "apologies"),
        ("B Dunn", None, "apologies"),
        ("E Fry", None, "apologies"),
    ]


def test_more_labels_and_lists_run_into_one_line(tmp_path):
    found = _attendees(
        tmp_path,
        """Minutes of the Meeting of Norbury Parish Council held on 3 May 2012
Councillors present: Ann Bee (Chairman), Cal Dee, Eve Fox
Present were: Gus Hale
Officers in attendance: Ian Jay (Clerk)
Apologies for absence were received from Cllrs Kit Lamb and Mo Nunn.
Absent without apologies: Cllr Olly Pike

1. Apologies
As above.
""",
        name="minutes.txt",
    )
    assert found == [
        ("Ann Bee", "Chairman", "present"),
        ("Cal Dee", None, "present"),
        ("Eve Fox", None, "present"),
        ("Gus Hale", None, "present"),
        ("Ian Jay", "Clerk", "in_attendance"),
        ("Kit Lamb", None, "apologies"),
        ("Mo Nunn", None, "apologies"),
        ("Olly Pike", None, "absent"),
    ]


def test_attended_and_apologies_received_on_lines_run_together(tmp_path):
    found = _attendees(
        tmp_path,
        """MINUTES OF THE KESTON RESIDENTS' ASSOCIATION COMMITTEE MEETING
Held on 3rd May 2012 at 8pm at 12 Oak Road

Attended: Rob Sands (Chair), Sue Tate (Secretary), Una Vick
Apologies received: Wes Yule

1. Minutes
Approved.
""",
        name="minutes.txt",
    )
    assert found == [
        ("Rob Sands", "Chair", "present"),
        ("Sue Tate", "Secretary", "present"),
        ("Una Vick", None, "present"),
        ("Wes Yule", None, "apologies"),
    ]


def test_a_substitute_after_apologies_and_a_surname_that_is_a_post(tmp_path):
    found = _attendees(
        tmp_path,
        """CORPORATE PARENTING PANEL

MINUTES of a meeting of the Corporate Parenting Panel held on Tuesday, 10 December 2024.

PRESENT: Mr T Ash (Chairman), Mrs P Birch

IN ATTENDANCE: Mrs C Head (Head of Finance Operations), Mr D Clerk (Democratic Services Officer)

Apologies and Substitutes

Apologies were received from Dylan Jones, Steve Gray and Nina Sayer who was substituted by Rose Hill.
""",
        name="minutes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("T Ash", "present"),
        ("P Birch", "present"),
        ("C Head", "in_attendance"),
        ("D Clerk", "in_attendance"),
        ("Dylan Jones", "apologies"),
        ("Steve Gray", "apologies"),
        ("Nina Sayer", "apologies"),
    ]


def test_people_each_with_their_post_between_semicolons(tmp_path):
    found = _attendees(
        tmp_path,
        """Corporate Governance Board

Minutes of the meeting held on Tuesday 16 July 2024

Present: Amy Whit, Police and Crime Commissioner (AW) (Chair); Lou Kerr, Chief Executive (LK); Dev Orme, Chief Finance Officer (DO)

In attendance: Gail Thorn, Finance Manager (GT); Mo Quail, Estates Adviser, Greyholm Police (MQ) (item 9)

Apologies: Councillor Ann Oddy (Chair), Councillors Pat Venn, Hal Sand and Gwen Toll; Mr Al Kitch

1. Minutes
Agreed.
""",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Amy Whit", "present"),
        ("Lou Kerr", "present"),
        ("Dev Orme", "present"),
        ("Gail Thorn", "in_attendance"),
        ("Mo Quail", "in_attendance"),
        ("Ann Oddy", "apologies"),
        ("Pat Venn", "apologies"),
        ("Hal Sand", "apologies"),
        ("Gwen Toll", "apologies"),
        ("Al Kitch", "apologies"),
    ]


def test_a_rank_before_a_name_with_initials_and_initials_that_are_also_a_rank(tmp_path):
    found = _attendees(
        tmp_path,
        """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR ELMSHIRE

Accountability Meeting – Notes

Date: 05/12/23

Present:
Dina Sutton (DS) – Police and Crime Commissioner (Chair)
Jon Pryce (JP) – Chief Constable

In attendance:
Det Supt Gail Hensley (GH) – Head of Public Protection (items 3 and 4)
Owen Rees (OR) – Policy Officer, OPCC (notes)

1. Introductions
DS opened the meeting.
""",
        name="notes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Dina Sutton", "present"),
        ("Jon Pryce", "present"),
        ("Gail Hensley", "in_attendance"),
        ("Owen Rees", "in_attendance"),
    ]


def test_a_kind_of_member_as_a_lists_label(tmp_path):
    found = _attendees(
        tmp_path,
        """Police and Crime Panel

Minutes of the meeting held on 23 September 2024

Present: Councillor Nia Bhat (Chair), Councillor Rob Ell

Co-opted Independent Members: Dr Ella Fair and Hugh Tenby

Also Present: Gus Lyle (Police and Crime Commissioner)

1. Apologies
None.
""",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Nia Bhat", "present"),
        ("Rob Ell", "present"),
        ("Ella Fair", "present"),
        ("Hugh Tenby", "present"),
        ("Gus Lyle", "in_attendance"),
    ]


def test_apologies_wrapped_after_a_ministers_first_name(tmp_path):
    found = _attendees(
        tmp_path,
        """**MINUTES OF PROCEEDINGS AT MEETING OF THE JOINT POLICING COMMITTEE HELD ON 12TH DECEMBER, 2019**

**IN THE CHAIR :**

Councillor A. Tully

**APOLOGIES :**

J. Sullivan, T.D., W. Dea, Min. Patrick

Donovan, Senator P. Garvey, Councillor M. Rynne

**1.Minutes**

The minutes were adopted.
""",
    )
    assert [n for n, _, _ in found] == [
        "A. Tully",
        "J. Sullivan",
        "W. Dea",
        "Patrick Donovan",
        "P. Garvey",
        "M. Rynne",
    ]


def test_officers_as_labels_and_a_table_of_posts_and_names(tmp_path):
    found = _attendees(
        tmp_path,
        """# Ferndale Residents' Association

## Committee meeting – 4 March 2024

Chair: Ann Bee
Secretary: Cal Dee
Committee: Gus Hale, Ian Jay
Apologies: Mo Nunn

### 1. Minutes of the last meeting

Agreed. Chair: Ann Bee thanked the committee.
""",
    )
    assert found == [
        ("Ann Bee", "Chair", "present"),
        ("Cal Dee", "Secretary", "present"),
        ("Gus Hale", None, "present"),
        ("Ian Jay", None, "present"),
        ("Mo Nunn", None, "apologies"),
    ]
    found = _attendees(
        tmp_path,
        """# Ferndale Accountability Board

Minutes of the meeting held on 4 March 2024

| Role | Name |
| --- | --- |
| Police and Crime Commissioner (Chair) | Ann Bee |
| Chief Constable | Cal Dee |

## 1. Performance

Noted.
""",
    )
    assert [(n, a) for n, _, a in found] == [("Ann Bee", "present"), ("Cal Dee", "present")]


def test_who_came_written_as_sentences_with_a_label_of_their_own(tmp_path):
    found = _attendees(
        tmp_path,
        """Eastfield Neighbourhood Watch

Minutes of the meeting held on 4 March 2024

The meeting was attended by Ann Bee (Chair), Cal Dee, Eve Fox and PC Gus Hale. Apologies were received from Ian Jay.

1. Crime update
PC Hale reported two thefts.
""",
        name="minutes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Ann Bee", "present"),
        ("Cal Dee", "present"),
        ("Eve Fox", "present"),
        ("Gus Hale", "present"),
        ("Ian Jay", "apologies"),
    ]
    found = _attendees(
        tmp_path,
        """Eastfield Neighbourhood Watch

Minutes of the meeting held on 4 March 2024

Those present were: Ann Bee (Chair), Cal Dee and Eve Fox. In attendance were PC Gus Hale and PCSO Kit Lamb.

1. Crime update
PC Hale reported two thefts.
""",
        name="minutes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Ann Bee", "present"),
        ("Cal Dee", "present"),
        ("Eve Fox", "present"),
        ("Gus Hale", "in_attendance"),
        ("Kit Lamb", "in_attendance"),
    ]


def test_apologies_in_a_numbered_item_whose_minute_follows_a_colon_and_the_lists_end_at_the_items(tmp_path):
    found = _attendees(
        tmp_path,
        """Upton Parish Council

Minutes of the Parish Council Meeting held on Wednesday 5th March 2014 in the Village Hall

Present: Cllr J Ames (Chairman), Cllr K Boyd, Cllr L Cole

1. Apologies: Cllr M Dean

2. Police Report: none received.
""",
    )
    assert found == [
        ("J Ames", "Chairman", "present"),
        ("K Boyd", None, "present"),
        ("L Cole", None, "present"),
        ("M Dean", None, "apologies"),
    ]


def test_a_list_grouped_by_whom_its_people_speak_for(tmp_path):
    found = _attendees(
        tmp_path,
        (
            "Farley Quarry Residents' Liaison Group\n\n"
            "Notes of the meeting held on Tuesday 4 June 2024, 6.30pm, Farley Village Hall\n\n"
            "Attendees\n"
            "  Residents: Joan Pike (Chair), Derek Moss, Asha Rai\n"
            "  Hallam Aggregates: Ian Cole (Quarry Manager), Beth Orr (Community Liaison Officer)\n"
            "  Northshire County Council: Tom Reyes (Minerals Officer)\n"
            "Apologies: Sam Lowe (resident)\n\n"
            "1. Notes of the last meeting\nAgreed.\n"
        ),
        name="farley-2024-06-04.txt",
    )
    assert [name for name, *_ in found] == [
        "Joan Pike",
        "Derek Moss",
        "Asha Rai",
        "Ian Cole",
        "Beth Orr",
        "Tom Reyes",
        "Sam Lowe",
    ]


def test_a_table_of_names_posts_and_initials_lists_who_was_there(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Northmarch Accountability Board")
    d.add_paragraph("Minutes of the meeting held on 17 September 2024 at 10:00, Police Headquarters")
    d.add_paragraph("Present:")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("Name", "Role", "Initials"),
            ("Dan Oke", "Police and Crime Commissioner", "PCC"),
            ("Helen Marsh", "Chief Constable", "CC"),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("1. Welcome")
    d.add_paragraph("The Commissioner welcomed everyone.")
    path = tmp_path / "board.docx"
    d.save(str(path))
    (meeting, *_) = extract(read(path)).meetings
    assert [(a.name, a.role, a.initials) for a in meeting.attendees] == [
        ("Dan Oke", "Police and Crime Commissioner", "PCC"),
        ("Helen Marsh", "Chief Constable", "CC"),
    ]


def test_posts_written_before_names_without_titles(tmp_path):
    found = _attendees(
        tmp_path,
        (
            "# Northvale Policing Scrutiny Board\n\nMinutes of the meeting held on 22 October 2024 at 2pm, OPCC Offices\n\n"
            "Present: Police and Crime Commissioner Ruth Lane (Chair); Chief Constable Adam Frost; Deputy Chief Constable "
            "Sam Reed; Head of Performance Dan Mole\n\n1. Welcome\n\nThe Chair welcomed everyone.\n"
        ),
    )
    assert [(name, role) for name, role, _ in found] == [
        ("Ruth Lane", "Police and Crime Commissioner, Chair"),
        ("Adam Frost", "Chief Constable"),
        ("Sam Reed", "Deputy Chief Constable"),
        ("Dan Mole", "Head of Performance"),
    ]


def test_a_post_whose_name_ends_in_two_capitalised_words_is_not_a_person(tmp_path):
    found = _attendees(
        tmp_path,
        (
            "# Northvale Accountability Board\n\nMinutes of the meeting held on 22 October 2024 at 2pm, OPCC Offices\n\n"
            "Present: OPCC Head of Assurance and Statutory Duties; Kate Wren – Audit Manager, Harcourt & Lyle LLP\n\n"
            "1. Welcome\n\nThe Chair welcomed everyone.\n"
        ),
    )
    assert [name for name, *_ in found] == [None, "Kate Wren"]


def test_attending_labels_a_list_of_those_present(tmp_path):
    found = _attendees(
        tmp_path,
        (
            "# Ashby Village Hall Committee\n\nMinutes of the meeting held on 14 May 2024 at "
            "7.30pm\n\nAttending: Ann Lee (Chair), Bob Hart, Cath Moss\n\n1. Finance\n\n"
            "The accounts were approved.\n"
        ),
    )
    assert [(name, attendance) for name, _, attendance in found] == [
        ("Ann Lee", "present"),
        ("Bob Hart", "present"),
        ("Cath Moss", "present"),
    ]


def test_a_scottish_sederunt_lists_those_present(tmp_path):
    found = _attendees(
        tmp_path,
        """# GLENARD COMMUNITY COUNCIL

Minutes of the Ordinary Meeting held in the Village Hall on Monday 11th November 2024 at 7.30pm

Sederunt: Fiona MacAulay (Chair), Iain Drummond, Morag Lennie (Secretary)

Apologies: Ruaridh Boyd

## 1. Police report

PC Tait presented the report.
""",
    )
    assert found == [
        ("Fiona MacAulay", "Chair", "present"),
        ("Iain Drummond", None, "present"),
        ("Morag Lennie", "Secretary", "present"),
        ("Ruaridh Boyd", None, "apologies"),
    ]


def test_attendees_parted_by_semicolons_with_ranks_before_names_and_posts_after_commas(tmp_path):
    found = _attendees(
        tmp_path,
        """# Policing Scrutiny Board

Tuesday 22 October 2024, 13:30

**Attendees**

Commissioner Bethan Colley (Chair); Deputy Commissioner Idris Farrant; Chief Constable Simon Achebe; Deputy Chief Constable Laura Penrose; Assistant Chief Constable Tariq Lund (ACC); Hugh Marlowe, Chief Executive (CEx); Zainab Petty, Chief Finance Officer (CFO)

**Apologies**

Rachel Ingham, Director of Corporate Services

## 1. Introductions

The Commissioner opened the meeting.
""",
    )
    assert found == [
        ("Bethan Colley", "Commissioner, Chair", "present"),
        ("Idris Farrant", "Deputy Commissioner", "present"),
        ("Simon Achebe", "Chief Constable", "present"),
        ("Laura Penrose", "Deputy Chief Constable", "present"),
        ("Tariq Lund", "Assistant Chief Constable", "present"),
        ("Hugh Marlowe", "Chief Executive (CEx)", "present"),
        ("Zainab Petty", "Chief Finance Officer", "present"),
        ("Rachel Ingham", "Director of Corporate Services", "apologies"),
    ]


def test_a_table_of_labels_and_their_lists_in_a_pdf(tmp_path):
    """A board's minutes printed to PDF: "Present:" and "Apologies:" at the left, each beside its list of posts and
    holders, one a line, as a borderless two-column table."""
    from readers.pdfgen import Page, make_pdf  # tests/readers: the PDF writer of the reader tests

    page = Page()
    page.text(72, 740, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR MARSHFORD", bold=True)
    page.text(
        72, 722, "Accountability Board: minutes of the meeting held on Wednesday 5 February 2025 at 10:00"
    )
    page.text(72, 696, "Present:", bold=True)
    page.lines(
        200,
        696,
        [
            "Police and Crime Commissioner – Sarah Lowe",
            "Chief Constable – Mark Ellis",
            "Deputy Chief Constable – Ruth Vane",
        ],
    )  # the first as wide as the column: no name wraps on
    page.text(72, 650, "Apologies:", bold=True)
    page.text(200, 650, "Chief Finance Officer – Anna Price")
    page.text(72, 620, "1. Performance report", bold=True)
    page.text(72, 604, "The Chief Constable presented the report. The Board noted it.")
    path = tmp_path / "minutes.pdf"
    path.write_bytes(make_pdf([page]))
    meeting = extract(read(path)).meetings[0]
    assert [(a.name, a.role, a.attendance) for a in meeting.attendees] == [
        ("Sarah Lowe", "Police and Crime Commissioner", "present"),
        ("Mark Ellis", "Chief Constable", "present"),
        ("Ruth Vane", "Deputy Chief Constable", "present"),
        ("Anna Price", "Chief Finance Officer", "apologies"),
    ]


def test_a_holder_named_by_post_after_another_in_brackets(tmp_path):
    found = _attendees(
        tmp_path,
        """# Fallowdale Police and Crime Panel

Minutes of the meeting held on Thursday 13 February 2025 at 10.00 am, County Hall

Also present: Kate Lavers (Chief Finance Officer, OPCC) and Chief Constable Peter Oakes

1. Apologies

None.
""",
    )
    assert [n for n, _, _ in found] == ["Kate Lavers", "Peter Oakes"]


def test_a_list_its_label_opens_and_sentences_go_on_to_tell(tmp_path):
    found = _attendees(
        tmp_path,
        """KINGSWELL TOWN COUNCIL

MINUTES OF THE MEETING HELD AT THE CORN HALL ON MONDAY 16 SEPTEMBER 2024 AT 7.00PM

PRESENT: The Mayor, Cllr Hilary Voss, presided. Also present were Cllrs Martin Gedge (Deputy Mayor), Anne Colley and Yusuf Osei. Inspector Karen Lusk was in attendance, together with Mr. Peter Fair.

TC.24.101 APOLOGIES
None.
""",
        "minutes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Hilary Voss", "present"),
        ("Martin Gedge", "present"),
        ("Anne Colley", "present"),
        ("Yusuf Osei", "present"),
        ("Karen Lusk", "in_attendance"),
        ("Peter Fair", "in_attendance"),
    ]


def test_who_was_there_told_in_a_posts_sentences(tmp_path):
    found = _attendees(
        tmp_path,
        """# Police Liaison Panel – August meeting write-up

The Fenlow Police Liaison Panel met on Thursday 22nd August 2024 at 7pm in the community centre.

**Who was there:** Bernadette Quill (chair), Frank Dobbie (Residents' Association), Cllr Rob Tindall. From the police we had Sergeant Fiona Mellor and PC Danny Oakes of the Fenlow and Eastfield Safer Neighbourhood Team. Apologies came from Stan Ibbotson.

### Speeding

Residents raised speeding on Hollins Road.
""",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Bernadette Quill", "present"),
        ("Frank Dobbie", "present"),
        ("Rob Tindall", "present"),
        ("Fiona Mellor", "in_attendance"),
        ("Danny Oakes", "in_attendance"),
        ("Stan Ibbotson", "apologies"),
    ]


def test_people_there_for_part_of_the_meeting_once_each_and_no_address(tmp_path):
    found = _attendees(
        tmp_path,
        """# Brackwell Joint Audit Committee

Minutes of the meeting held on Thursday 23 January 2025 at 10.00 am

Present: Linda Hale (Chair), Kerry Anson

In attendance: T/Deputy Chief Constable Sharon Ellery (for item 6), Ian Meadows (Internal Audit) for items 1-3, Councillor Jo Pendle attended as his substitute

Apologies: Kerry Anson

Brackwell Borough Council, Civic Centre, Market Street, Brackwell BD9 2XT
""",
    )
    assert [n for n, _, _ in found] == [
        "Linda Hale",
        "Kerry Anson",
        "Sharon Ellery",
        "Ian Meadows",
        "Jo Pendle",
    ]


def test_a_sederunt_of_names_each_with_initials_and_office_in_brackets(tmp_path):
    found = _attendees(
        tmp_path,
        """# GLENBRAE COMMUNITY COUNCIL

## Minutes of the meeting held on Monday 10th February 2025 at 7.30pm in the hall

## Sederunt

Jean Buchan (JB, Chair), Alasdair Munn (AM, Vice-Chair), Eilidh Fraser (EF), Duncan Macrae (DM).

## 1. Welcome

JB welcomed everyone.
""",
    )
    assert [n for n, _, _ in found] == ["Jean Buchan", "Alasdair Munn", "Eilidh Fraser", "Duncan Macrae"]


def test_who_chaired_and_who_joined_them_told_in_a_sentence(tmp_path):
    found = _attendees(
        tmp_path,
        """RAVENSHOLT POLICE AND CRIME COMMISSIONER

ACCOUNTABILITY BOARD

Minutes of the meeting held on Tuesday 8 April 2025 at 10:00 in the Conference Room, Police Headquarters.

The meeting was chaired by the Police and Crime Commissioner, Gwen Arkell, who was joined by the Deputy Police and Crime Commissioner, Martin Odell, and, from the OPCC, by the Chief Executive, Felicity Nash. Ravensholt Police were represented by Chief Constable Andrew Tenbury.

1. Minutes

The minutes were agreed.
""",
        "minutes.txt",
    )
    assert [n for n, _, _ in found] == ["Gwen Arkell", "Martin Odell", "Felicity Nash", "Andrew Tenbury"]


def test_a_liaison_blogs_opening_prose_says_who_came_who_chaired_and_who_sent_apologies(tmp_path):
    found = _attendees(
        tmp_path,
        """---
title: "Police liaison meeting - notes from 14th October"
date: 2008-10-16 21:47
---

**Westbrook Police Liaison Meeting, Tuesday 14th October**

Held at St Barnabas church hall at 7pm. About 25 residents came along. From the police we had Sgt Mike Delany and PC Ruth Adams from the Castle Fields Safer Neighbourhood Team, and PCSO Lee Farr. Councillor Jim Hark came too. Inspector Walsh sent his apologies as he was at another meeting. Pat Ormond from the residents' association chaired, and I took the notes.

**Crime figures**

Sgt Delany gave the figures for September.
""",
        "post.md",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Mike Delany", "in_attendance"),
        ("Ruth Adams", "in_attendance"),
        ("Lee Farr", "in_attendance"),
        ("Jim Hark", "present"),
        ("Walsh", "apologies"),
        ("Pat Ormond", "present"),
    ]


def test_apologies_reported_in_a_minute_and_a_part_heading_after_the_lists(tmp_path):
    found = _attendees(
        tmp_path,
        """MARLSTOW COUNTY COUNCIL

MINUTES of a meeting of the Marlstow County Council held at County Hall on Thursday, 20 February 2025 at 10.00 am

PRESENT: Mrs P A Wake (Chairman), Mr D J Hess (Vice-Chairman), Mr R Aber

UNRESTRICTED ITEMS

112. Apologies for Absence

The Democratic Services Manager reported apologies from Mr N Brough, Mrs H Cawley and Mr O Pritch.
""",
        "minutes.txt",
    )
    assert [(n, a) for n, _, a in found] == [
        ("P A Wake", "present"),
        ("D J Hess", "present"),
        ("R Aber", "present"),
        ("N Brough", "apologies"),
        ("H Cawley", "apologies"),
        ("O Pritch", "apologies"),
    ]


def test_an_apology_received_and_accepted_and_a_co_opted_member_after_and(tmp_path):
    found = _attendees(
        tmp_path,
        """# Stavenham Town Council

Minutes of the Amenities Committee held on Monday 3 March 2025 at 7pm

Present: Councillor Harriet Blay (Chair), Councillor Neil Vick and Independent Co-opted Member Yvonne Ash

An apology for absence was received and accepted from Cllr V. Ostrow (work commitments).

1. Allotments

The waiting list was noted.
""",
    )
    assert [(n, a) for n, _, a in found] == [
        ("Harriet Blay", "present"),
        ("Neil Vick", "present"),
        ("Yvonne Ash", "present"),
        ("V. Ostrow", "apologies"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Present:- Cllr J Mason (Chair), Cllr P Reeve; Clerk – K Allen",
            [("J Mason", "present"), ("P Reeve", "present"), ("K Allen", "in_attendance")],
        ),
        (
            "Those present: Jean Mason, Peter Reeve, Sue Hunt; apologies from Tom Wells.",
            [
                ("Tom Wells", "apologies"),
                ("Jean Mason", "present"),
                ("Peter Reeve", "present"),
                ("Sue Hunt", "present"),
            ],
        ),
    ],
)
def test_a_label_with_a_dash_after_its_colon_and_apologies_after_the_list(tmp_path, line, expected):
    found = _attendees(
        tmp_path,
        f"# Stoke Ashby Parish Council\n\nMinutes of the meeting held on Monday 13th July 2015\n\n{line}\n\n1. Planning\n\nNone.\n",
    )
    assert [(n, a) for n, _, a in found] == expected


def test_a_person_a_line_with_a_post_and_its_department_or_an_organisation(tmp_path):
    """A joint policing committee's lists, a person a line: "Ms. Ann Doyle, Director of Services, Community and
    Economic Development" is one official, her post and its department; "Mr. Noel Carr, Kilbeg Business Network"
    one member and the body he speaks for."""
    found = _attendees(
        tmp_path,
        """# Kilbeg Joint Policing Committee

Minutes of Meeting held in the Council Chamber on Monday 17th February 2025 at 3.00 p.m.

**Members Present:**

Cllr. Máire Boland (Cathaoirleach)

Mr. Noel Carr, Kilbeg Business Network

**Officials:**

Ms. Ann Doyle, Director of Services, Community and Economic Development

Mr. Fergal Nash, Senior Engineer, Roads and Transportation

**1. Adoption of Minutes**

The minutes were adopted.
""",
    )
    assert found == [
        ("Máire Boland", "Cathaoirleach", "present"),
        ("Noel Carr", "Kilbeg Business Network", "present"),
        ("Ann Doyle", "Director of Services, Community and Economic Development", "in_attendance"),
        ("Fergal Nash", "Senior Engineer, Roads and Transportation", "in_attendance"),
    ]


def test_a_rank_and_its_portfolio_are_a_post_not_a_name(tmp_path):
    """ "ACC Local Policing", "T/Supt Neighbourhoods", "ACC Crime and Operations": a rank and what its holder
    looks after, listed by post alone, as boards of chief officers list them; "ACC Helen Marsh" is a person."""
    found = _attendees(
        tmp_path,
        """# Marlow Vale OPCC Accountability Board

Notes of the meeting held on Wednesday 5 March 2025

Present: Police and Crime Commissioner (Chair); Chief Constable; ACC Helen Marsh

In attendance: Head of Corporate Services; ACC Local Policing; T/Supt Neighbourhoods

Apologies: ACC Crime and Operations; OPCC Head of Performance

## 1. Minutes

The notes of 4 February were agreed.
""",
    )
    assert [(a[0], a[1]) for a in found] == [
        (None, "Police and Crime Commissioner (Chair)"),
        (None, "Chief Constable"),
        ("Helen Marsh", None),
        (None, "Head of Corporate Services"),
        (None, "ACC Local Policing"),
        (None, "T/Supt Neighbourhoods"),
        (None, "ACC Crime and Operations"),
        (None, "OPCC Head of Performance"),
    ]


def test_a_post_then_its_holder_in_brackets(tmp_path):
    """ "Chief Executive OPCC (Paul Dunn)": the post, then who holds it, as "Inspector (Mr J Dee)" is."""
    found = _attendees(
        tmp_path,
        """KESTON POLICE AND CRIME PANEL

Minutes of the meeting held on 12 June 2025

Present: Cllr A Morgan (Chair), Cllr B Patel

Also present: Chief Executive OPCC (Paul Dunn); Head of Finance (Mrs R Vance)

1. WORK PROGRAMME

The work programme was agreed.
""",
    )
    assert [(a[0], a[1]) for a in found][2:] == [
        ("Paul Dunn", "Chief Executive OPCC"),
        ("R Vance", "Head of Finance"),
    ]


def test_apologies_in_a_minute_numbered_by_year_end_the_present_list(tmp_path):
    """ "104/24 Apologies: Cllr K Ward (work) and Cllr M Lee." after the Present line: two apologies, never two more
    members present."""
    found = _attendees(
        tmp_path,
        """# Little Wendham Parish Council

Minutes of the Parish Council Meeting held on Monday 4th November 2024 at 7.30pm in the Village Hall

Present: Cllr P Hart (Chairman), Cllr J Moss. Mrs L Abbot (Clerk).

104/24 Apologies: Cllr K Ward (work) and Cllr M Lee.

105/24 Minutes: agreed.
""",
    )
    assert [(a[0], a[2]) for a in found] == [
        ("P Hart", "present"),
        ("J Moss", "present"),
        ("L Abbot", "present"),
        ("K Ward", "apologies"),
        ("M Lee", "apologies"),
    ]


def test_the_forces_attendees_at_a_panel_of_others_are_in_attendance(tmp_path):
    """An ethics panel lists its members, then "Force attendees:" with their ranks and portfolios: those attend,
    they are not members; "Revd" is a title, not a forename."""
    found = _attendees(
        tmp_path,
        """CARNHOLM POLICE ETHICS PANEL

Notes of the meeting held on Wednesday 9 April 2025, 2pm, Carnholm Police HQ

Panel members: Dr Ruth Ellis (Chair), Mr Omar Haddad, Revd Peter Lowe
Force attendees: Supt Mark Dean (Professional Standards), Ch Insp Amy Cole (Strategy)
Apologies: Ms Lisa Grant

1. Review of actions

None were due.
""",
        name="minutes.txt",
    )
    assert [(a[0], a[2]) for a in found] == [
        ("Ruth Ellis", "present"),
        ("Omar Haddad", "present"),
        ("Peter Lowe", "present"),
        ("Mark Dean", "in_attendance"),
        ("Amy Cole", "in_attendance"),
        ("Lisa Grant", "apologies"),
    ]


def test_a_liaison_groups_running_list_with_where_people_come_from_and_a_crowd(tmp_path):
    """ "…, Rita, Tom from the allotments, and about a dozen residents": Rita and Tom came (Tom from the
    allotments), and a dozen residents are no one by name."""
    found = _attendees(
        tmp_path,
        """# Police liaison meeting - Tuesday 14th October 2008

Present: Sgt Phil Amos, PCSO Jenny Kaur, Maggie (chair), Dave, Rita, Tom from the allotments, and about a dozen residents.

Rita said the alleyway behind the shops is being used for drug dealing.
""",
    )
    assert [(a[0], a[1]) for a in found][-3:] == [
        ("Dave", None),
        ("Rita", None),
        ("Tom", "from the allotments"),
    ]


def test_a_heading_in_capitals_after_the_lists_is_no_one(tmp_path):
    found = _attendees(
        tmp_path,
        """LITTLE PENWICK PARISH COUNCIL

MINUTES OF THE ANNUAL MEETING held on Monday 13th May 2013 in the Village Hall at 7.00pm.

Present:      Cllrs B Ormerod, C Dunnett
Also present: 2 parishioners

ANNUAL MEETING

1.  Election of Chairman. Cllr Ormerod was elected Chairman for the year.
""",
        name="minutes.txt",
    )
    assert [a[0] for a in found] == ["B Ormerod", "C Dunnett"]
