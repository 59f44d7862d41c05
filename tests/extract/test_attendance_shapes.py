"""Whole papers whose attendance is written in shapes our samples do not show (issue 8): several lists run
into one paragraph, reasons for apologies, plural "Cllrs" before a list, an office written as a label, letters
after a name, a post before the person, people in two columns, the public who came but are not named. The
papers are invented."""

from __future__ import annotations

from pathlib import Path

from ._build import first_meeting


def _attendees(tmp_path: Path, text: str, name: str = "minutes.txt") -> list[tuple]:
    meeting = first_meeting(tmp_path, text, name)
    return [(a.name, a.role, a.attendance) for a in meeting.attendees]


def test_lists_run_into_one_paragraph_with_reasons_for_apologies(tmp_path):
    found = _attendees(
        tmp_path,
        """MARLOW FEN PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Tuesday 13th February 2024 at 7.30pm in the Village Hall

Present: Cllrs P Ashby (Chairman), R Denton, K Farrow and L Gates In attendance: Mrs J Hollis (Clerk) and 3 members of the public Apologies: Cllr M Ingram (holiday), Cllr N Jarvis (work commitments) Absent: Cllr O Keele

1. Apologies for absence
""",
    )
    assert found == [
        ("P Ashby", "Chairman", "present"),
        ("R Denton", None, "present"),
        ("K Farrow", None, "present"),
        ("L Gates", None, "present"),
        ("J Hollis", "Clerk", "in_attendance"),
        ("M Ingram", None, "apologies"),
        ("N Jarvis", None, "apologies"),
        ("O Keele", None, "absent"),
    ]


def test_a_community_council_list_without_commas_between_groups_and_a_minute_taker(tmp_path):
    found = _attendees(
        tmp_path,
        """ELMSTEAD COMMUNITY COUNCIL

GENERAL MEETING MONDAY 4 MARCH 2024

Present: Ada Bryce, Cal Dorran, Gus Hale representing Elmstead Allotments, Ida Jarvie and Kit Jarvie (representing Elmstead Heritage Trust) Cllrs Lou Mair and Max Nairn and Ona Pratt (representing Rhys Quinn MSP) In attendance: Pam Rusk, Quin Stott.

Apologies Rab Tully, Cllrs Vass and Wylie, Rhys Quinn MSP, and Tam Young

Minute taker: Cal Dorran

1. MINUTES OF THE FEBRUARY MEETING
""",
    )
    assert found == [
        ("Ada Bryce", None, "present"),
        ("Cal Dorran", "Minute taker", "present"),  # listed once, with the office the label gives
        ("Gus Hale", "representing Elmstead Allotments", "present"),
        ("Ida Jarvie", None, "present"),
        ("Kit Jarvie", "representing Elmstead Heritage Trust", "present"),
        ("Lou Mair", None, "present"),
        ("Max Nairn", None, "present"),
        ("Ona Pratt", "representing Rhys Quinn MSP", "present"),
        ("Pam Rusk", None, "in_attendance"),
        ("Quin Stott", None, "in_attendance"),
        ("Rab Tully", None, "apologies"),
        ("Vass", None, "apologies"),
        ("Wylie", None, "apologies"),
        ("Rhys Quinn", "MSP", "apologies"),
        ("Tam Young", None, "apologies"),
    ]


def test_a_clerk_written_as_a_label_is_in_attendance(tmp_path):
    found = _attendees(
        tmp_path,
        """Minutes of Ashcombe Parish Council, 13 February 2024

Present: Cllr Amy Ball (Chair), Cllr Cat Dale

Clerk: Mrs Joan Eyre

1. Apologies
""",
    )
    assert found == [
        ("Amy Ball", "Chair", "present"),
        ("Cat Dale", None, "present"),
        ("Joan Eyre", "Clerk", "in_attendance"),
    ]


def test_garda_style_lists_with_letters_after_names_and_posts_before_people(tmp_path):
    found = _attendees(
        tmp_path,
        """**MINUTES OF PROCEEDINGS OF MEETING OF THE JOINT POLICING COMMITTEE HELD ON 14TH MARCH, 2024 AT 11.00 A.M.**

**IN THE CHAIR :**

Councillor B. Nolan

**MEMBERS :**

Councillors C. Power, D. Quirke and E. Roche

**OIREACHTAS MEMBERS** :

H. Walsh, T.D., J. Kenny, T.D. and K. Lynch, T.D.

**GARDA NOMINATIONS** :

Chief Superintendent (Mr. L. Moran), Sergeant (Mr. N. Orr)

**ALSO IN ATTENDANCE :**

Superintendent, Northfield District Mr. Paul Quigley; Community Garda Ms Rita Shaw

1. ADOPTION OF MINUTES
""",
        "jpc.md",
    )
    assert found == [
        ("B. Nolan", None, "present"),
        ("C. Power", None, "present"),
        ("D. Quirke", None, "present"),
        ("E. Roche", None, "present"),
        ("H. Walsh", "T.D", "present"),
        ("J. Kenny", "T.D", "present"),
        ("K. Lynch", "T.D", "present"),
        ("L. Moran", "Chief Superintendent", "present"),
        ("N. Orr", "Sergeant", "present"),
        ("Paul Quigley", "Superintendent, Northfield District", "in_attendance"),
        ("Rita Shaw", "Community Garda", "in_attendance"),
    ]


def test_a_running_list_on_a_line_under_its_label_and_posts_without_names(tmp_path):
    found = _attendees(
        tmp_path,
        """Minutes of the Audit Committee held on 5 March 2024

Present:
Councillors Ruth Abel (Chair), Simon Baird and Tess Craig
Mr Uri Dent (Independent Member)

Also present: Val Eames (Chief Finance Officer), Chief Constable

Apologies: Councillor Xavi Gore

1. Declarations of interest
""",
    )
    assert found == [
        ("Ruth Abel", "Chair", "present"),
        ("Simon Baird", None, "present"),
        ("Tess Craig", None, "present"),
        ("Uri Dent", "Independent Member", "present"),
        ("Val Eames", "Chief Finance Officer", "in_attendance"),
        (None, "Chief Constable", "in_attendance"),
        ("Xavi Gore", None, "apologies"),
    ]


def test_members_in_two_columns_and_officers_by_initials(tmp_path):
    found = _attendees(
        tmp_path,
        """Planning Committee, 5 March 2024

Members present

Cllr A Ames (Chairman)          Cllr D Drake
Cllr B Bond                     Cllr E Earl

Officers: Head of Planning (GH), Democratic Services Officer (JK)

1. Minutes
""",
    )
    assert found == [
        ("A Ames", "Chairman", "present"),
        ("D Drake", None, "present"),
        ("B Bond", None, "present"),
        ("E Earl", None, "present"),
        (None, "Head of Planning", "in_attendance"),
        (None, "Democratic Services Officer", "in_attendance"),
    ]


def test_councillor_prefixes_of_every_tier_and_the_public_unnamed(tmp_path):
    found = _attendees(
        tmp_path,
        """Hillcrest Residents' Forum, 5 March 2024

Present: Councillor John Ash, County Councillor Kate Birch, District Cllr Liam Cedar, Dr Mona Dogwood (MD), PCSO Ned Elm

Also in attendance: 2 members of the public

1. Welcome
""",
    )
    assert found == [
        ("John Ash", None, "present"),
        ("Kate Birch", None, "present"),
        ("Liam Cedar", None, "present"),
        ("Mona Dogwood", None, "present"),
        ("Ned Elm", None, "present"),
    ]


def test_a_heading_after_the_lists_is_no_one(tmp_path):
    """Unnumbered minutes: the first heading ends the list, it is not a post."""
    found = _attendees(
        tmp_path,
        """Riverside Residents' Group

Minutes of meeting held 13/02/2024, 7pm, at the Scout Hut

Present: Anna (chair), Bill, Chris, Dina

Apologies: Ed

Police update

PCSO Fry said that burglaries in the area were down on last year and thanked residents for reporting.

Litter pick

The next litter pick will start from the Scout Hut; volunteers were asked to bring gloves.
""",
    )
    assert found == [
        ("Anna", "Chair", "present"),
        ("Bill", None, "present"),
        ("Chris", None, "present"),
        ("Dina", None, "present"),
        ("Ed", None, "apologies"),
    ]


def test_initials_after_a_name_are_its_initials_not_its_name(tmp_path):
    """A Friends group's list writes each member's initials after the name, bare, with or without a bracketed
    post ("Tony Brannigan (Treasurer) TB"): they are initials; letters that are not the name's stay."""
    meeting = first_meeting(
        tmp_path,
        """FRIENDS OF ASHWORTH PARK

Minutes of the Committee Meeting held on Tuesday 9th February 2016 at 7.30pm

Present: Margaret Ellis (Chair) ME, Tony Brannigan (Treasurer) TB, Keith Dobson KD, Ann Walsh AW, Joan Pike MBE

1. Minutes of the last meeting were agreed.
""",
        "notes.txt",
    )
    assert [(a.name, a.role, a.initials) for a in meeting.attendees] == [
        ("Margaret Ellis", "Chair", "ME"),
        ("Tony Brannigan", "Treasurer", "TB"),
        ("Keith Dobson", None, "KD"),
        ("Ann Walsh", None, "AW"),
        ("Joan Pike", "MBE", None),
    ]


def test_present_at_the_meeting_heads_a_list_and_the_note_taker_attends(tmp_path):
    """ "Present at the meeting" heads the list below it; "Notes: Abigail Rose, OPCC Business Support" after the
    apologies is the note-taker, in attendance, not one more apology."""
    found = _attendees(
        tmp_path,
        """# Strategic Policing Board

Minutes of the Board held on Tuesday 18 February 2025

## Present at the meeting

- Ruth Harcourt, Police and Crime Commissioner (RH) – Chair
- Benedict Ogilvie, Chief Constable (BO)

Apologies: ACC Dev Patel (DP). Notes: Abigail Rose, OPCC Business Support.

## 1. Finance

The report was noted.
""",
        "minutes.md",
    )
    assert found == [
        ("Ruth Harcourt", "Police and Crime Commissioner – Chair", "present"),
        ("Benedict Ogilvie", "Chief Constable", "present"),
        ("Abigail Rose", "OPCC Business Support", "in_attendance"),
        ("Dev Patel", None, "apologies"),
    ]


def test_a_partnerships_attendees_set_in_columns_of_name_and_post_with_initials(tmp_path):
    """A community safety partnership's notes set each attendee's name and post in two columns, the initials after
    the post: one person a line, the post theirs ("Dr Hamish Tasker   Public Health (HT)"), a post before a name
    ("Group Manager Phil Atherton"), a rank written short ("Chief Insp")."""
    meeting = first_meeting(
        tmp_path,
        """WHITMOOR COMMUNITY SAFETY PARTNERSHIP

Notes of the meeting held on Tuesday 4 March 2025, 2.00pm - 3.45pm

Attendees:
  Chief Insp Owen Raybould   Neighbourhood Policing, Whitmoor district (OR)
  Group Manager Phil Atherton  Fire and Rescue Service (PA)
  Dr Hamish Tasker           Public Health (HT)
  Carys Venn                 Whitmoor Homes (CV)

1. INTRODUCTIONS
BQ welcomed everyone.
""",
        "notes.txt",
    )
    assert [(a.name, a.initials) for a in meeting.attendees] == [
        ("Owen Raybould", "OR"),
        ("Phil Atherton", "PA"),
        ("Hamish Tasker", "HT"),
        ("Carys Venn", "CV"),
    ]
    assert [a.role for a in meeting.attendees][2:] == ["Public Health", "Whitmoor Homes"]


def test_a_page_footer_run_into_the_apologies_is_nobody(tmp_path):
    found = _attendees(
        tmp_path,
        """# Carrigmoy Joint Policing Committee

Minutes of meeting held on Monday 25th November 2024

**Officials:**

Mr. Enda Carberry, Director of Services

**Apologies:** Cllr. Liam Gaffney, Senator Gráinne Moloney

Carrigmoy JPC – Minutes 25.11.2024 Page 1 of 4

**1. MINUTES**

The minutes were adopted.
""",
        "minutes.md",
    )
    assert [name for name, _, _ in found] == ["Enda Carberry", "Liam Gaffney", "Gráinne Moloney"]


def test_a_line_of_one_person_and_a_department_named_in_capitals_is_one_entry():
    """Words after a post are its department's ("…, Director of Services, Community and Economic Development"), not
    another person's; a second titled name is one."""
    from scrutiny.extract.attendance import _line_entries

    line = "Mr. Enda Carberry, Director of Services, Community and Economic Development"
    assert _line_entries(line) == [line]
    assert _line_entries("Cllr Ann Bee, Vice-Chair, Cllr Carl Dee") == [
        "Cllr Ann Bee – Vice-Chair",
        "Cllr Carl Dee",
    ]
