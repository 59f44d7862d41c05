"""Whole papers whose agenda items are written in shapes our samples do not show (issue 8): headings with no
number at all, sub-items "(i)" under a minute, a minute number with its title in capitals run into the minute,
and lists of people that must not be read as headings. The papers are invented."""

from __future__ import annotations

from pathlib import Path

from ._build import first_meeting


def _items(tmp_path: Path, text: str, name: str = "minutes.txt") -> list[tuple]:
    meeting = first_meeting(tmp_path, text, name)
    return [(i.number, i.title) for i in meeting.items]


def test_unnumbered_headings_are_the_items_when_nothing_is_numbered(tmp_path):
    assert _items(
        tmp_path,
        """Ashcombe Parish Council

Minutes of the meeting held on 13 February 2024

Present: Cllrs Ball, Cope and Dale

Minutes of the last meeting

The minutes were approved as a true record and signed by the chair.

Village green

The grass cutting contract was discussed and the clerk will seek three quotes.
""",
    ) == [(None, "Minutes of the last meeting"), (None, "Village green")]


def test_one_short_line_alone_is_not_a_layout_of_headings(tmp_path):
    assert (
        _items(
            tmp_path,
            """Ashcombe Parish Council

Minutes of the meeting held on 13 February 2024

Present: Cllrs Ball, Cope and Dale

Village green

The grass cutting contract was discussed and the clerk will seek three quotes.
""",
        )
        == []
    )


def test_a_list_of_people_wrapped_over_lines_is_not_a_run_of_headings(tmp_path):
    assert (
        _items(
            tmp_path,
            """Minutes of the Audit Committee, 24 September 2024

PRESENT: Dave Rook (Chairman), Councillors

Amy Cole, Ben Dale, Cara Eames and

Dan Ford (Audit Commission)

Eve Gray (Head of Finance), Fred

Hale (Democratic Services)

This note forms part of the minutes of the meeting of the Audit Committee held that evening.
""",
        )
        == []
    )


def test_sub_items_under_a_minute_and_a_title_in_capitals_run_into_its_minute(tmp_path):
    assert _items(
        tmp_path,
        """Ashcombe Parish Council

Minutes of the Parish Council meeting held on February 13, 2024 at 7:30 pm

Present: Cllr Amy Ball (Chair), Councillor Bob Cope, Cllr Cat Dale

39/24 Apologies for absence

None.

41/24 Highways

(i) Potholes on Mill Lane

The clerk reported that the potholes had been logged with the county council.

(ii) Speed signs

Noted.

(a) That the report be noted.

42/24 FINANCE The clerk reported a balance of £5,000 and the payments listed were approved.
""",
    ) == [
        ("39/24", "Apologies for absence"),
        ("41/24", "Highways"),
        ("41/24 (i)", "Potholes on Mill Lane"),
        ("41/24 (ii)", "Speed signs"),
        ("42/24", "FINANCE"),
    ]


def test_printed_minutes_numbered_by_the_councils_running_count_or_a_committee_code(tmp_path):
    council = _items(
        tmp_path,
        (
            "NORTHSHIRE COUNTY COUNCIL\n\nMINUTES of a meeting of the County Council held in the Council Chamber, County "
            "Hall, Northtown on Thursday, 13 March 2025.\n\nPRESENT: Mrs S Vale (Chairman), Mr R Abbott, Mr J Barr\n\n"
            "112. Apologies\nThe General Counsel reported apologies from Mr T Lee.\n\n"
            "113. Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record\n"
            "RESOLVED that the minutes are correctly recorded.\n\n"
            "114. Pay Policy Statement\nRESOLVED that the Pay Policy Statement be agreed.\n"
        ),
    )
    assert [number for number, _ in council] == ["112", "113", "114"]
    committee = _items(
        tmp_path,
        (
            "HAVERLEY TOWN COUNCIL\n\nMinutes of the meeting of the Environment Committee held on Wednesday 5 June 2024 at "
            "7.00pm\n\nPresent: Cllr A Fox (Chair), Cllr B Gray\n\nENV/24/10 Apologies\nApologies from Cllr G Lowe.\n\n"
            "ENV/24/11 Allotments\nThe waiting list now stands at 34.\n"
        ),
        name="env.txt",
    )
    assert committee == [("ENV/24/10", "Apologies"), ("ENV/24/11", "Allotments")]


def test_coded_minute_numbers_with_their_minute_run_in_after_a_dash(tmp_path):
    found = _items(
        tmp_path,
        (
            "# Westbrook Town Council\n\n## Minutes of the Full Council meeting held on Monday 10 March 2025 at 7.00pm\n\n"
            "**Present:** Councillors P. Allen (Mayor), R. Baines, C. Doyle\n\n"
            "**FC/25/031 Apologies for absence** – Cllrs L. Ives (illness) and M. Jordan (work). Apologies were accepted.\n\n"
            "**FC/25/034 Public participation** – A resident asked about the footpath. The Town Clerk will report it.\n\n"
            "**FC/25/037 Events** – Members discussed the VE Day celebrations.\n"
        ),
        name="westbrook-tc-2025-03-10.md",
    )
    assert found == [
        ("FC/25/031", "Apologies for absence"),
        ("FC/25/034", "Public participation"),
        ("FC/25/037", "Events"),
    ]


def test_an_agendas_long_title_on_a_line_of_its_own_is_an_item(tmp_path):
    found = _items(
        tmp_path,
        (
            "WESTSHIRE COUNTY COUNCIL\n\nMINUTES of a meeting of the County Council held in the Council Chamber on "
            "Thursday, 20 March 2025.\n\nPRESENT: Mr J Black (Chairman), Mrs A Brown\n\n"
            "46. Declarations of Interests\n\nThere were no declarations of interest.\n\n"
            "47. Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record\n\n"
            "RESOLVED that the minutes are correctly recorded.\n\n"
            "48. Questions\n\nSix questions were asked and replies given.\n"
        ),
        name="westshire-2025-03-20.txt",
    )
    assert [number for number, _ in found] == ["46", "47", "48"]
