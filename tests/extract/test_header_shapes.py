"""Whole papers whose headers are written in shapes our samples do not show (issue 8): dates in every common
form, a year only in the title or the file name, the previous minutes' date beside this meeting's, a venue
before the date or on a line of its own, a voluntary body named beside the council that hosts it. The papers
are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.readers import read


def _meeting(tmp_path: Path, text: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text(text)
    return extract(read(path)).meetings[0]


def test_a_parish_council_minutes_line_with_weekday_ordinal_time_and_venue(tmp_path):
    m = _meeting(
        tmp_path,
        """MARLOW FEN PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Tuesday 13th February 2024 at 7.30pm in the Village Hall, Marlow Fen

Present: Cllrs P Ashby (Chairman), R Denton, K Farrow and L Gates

1. Apologies for absence
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Marlow Fen Parish Council",
        "2024-02-13",
        "19:30",
        "the Village Hall, Marlow Fen",
    )


def test_a_residents_association_with_a_dash_and_a_short_month_in_capitals(tmp_path):
    m = _meeting(
        tmp_path,
        """Thornbury Residents' Association

MINUTES – 13 FEB 2024

Venue: St Anne's Church Hall, Thornbury
Time: 19:30

Attendees: Alice Brand (Chair), Dev Eastwood
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Thornbury Residents' Association",
        "2024-02-13",
        "19:30",
        "St Anne's Church Hall, Thornbury",
    )


def test_month_first_date_and_a_held_at_label_carrying_a_time_range(tmp_path):
    m = _meeting(
        tmp_path,
        """# Friends of Hollow Park

## Committee meeting, February 13, 2024

Held at: The Lodge, Hollow Park, 10am–12pm

**Present:** Gina Harlow, Ian Jessop
""",
        "notes.md",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Friends of Hollow Park",
        "2024-02-13",
        "10:00",
        "The Lodge, Hollow Park",
    )


def test_the_nth_day_of_a_month_and_a_time_with_dotted_a_m(tmp_path):
    m = _meeting(
        tmp_path,
        """MINUTES OF THE WESTFORD NEIGHBOURHOOD FORUM

held on the 13th day of February 2024 at 10.00 a.m. at Westford Library

PRESENT

Pat Quinn
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Westford Neighbourhood Forum",
        "2024-02-13",
        "10:00",
        "Westford Library",
    )


def test_a_short_numeric_date(tmp_path):
    m = _meeting(
        tmp_path,
        """Hartside Community Council

Minutes of the meeting held on 13.02.24 at 19:00 in Hartside Institute
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Hartside Community Council",
        "2024-02-13",
        "19:00",
        "Hartside Institute",
    )


LIAISON = """KESTON VALE POLICE LIAISON GROUP

Notes of meeting: Tuesday 13 February

Held at Keston Vale Police Station

Present: Inspector Rob Hale, Sgt Amy Ives

The minutes of the meeting held on 16 January 2024 were agreed.
"""


@pytest.mark.parametrize("name", ["notes.txt", "keston-vale-plg-2024-02-13.txt"])
def test_the_previous_minutes_date_is_not_this_meetings_and_gives_a_weekday_its_year(tmp_path, name):
    """Without a year of its own the heading's "Tuesday 13 February" falls in the year of the file name or,
    when there is none, nearest the earlier meeting the paper dates (16 January 2024)."""
    m = _meeting(tmp_path, LIAISON, name)
    assert (m.body, m.date, m.venue) == (
        "Keston Vale Police Liaison Group",
        "2024-02-13",
        "Keston Vale Police Station",
    )


def test_a_year_printed_only_in_the_title(tmp_path):
    m = _meeting(
        tmp_path,
        """Ashcombe Parish Council Minutes 2024

Ordinary meeting, Tuesday 13 February, 7.30 pm

Present: Cllrs Ball, Cope and Dale
""",
    )
    assert (m.date, m.start_time) == ("2024-02-13", "19:30")


def test_the_venue_written_before_the_date_and_a_commencing_time(tmp_path):
    m = _meeting(
        tmp_path,
        """Minutes of the Annual Meeting of Lowbridge Town Council held at the Guildhall, Lowbridge on Monday, 12 May 2025, commencing at 6.00 p.m.

PRESENT: Councillors D Eaves (Mayor), F Gale and H Ince.
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Lowbridge Town Council",
        "2025-05-12",
        "18:00",
        "the Guildhall, Lowbridge",
    )


def test_a_cover_table_of_labels_and_values(tmp_path):
    m = _meeting(
        tmp_path,
        """| | |
|---|---|
| Meeting | Safer Roads Partnership Board |
| Date: | 13 February 2024 |
| Time: | 2pm |
| Venue: | Conference Room 2, Shire Hall |

1. Welcome

The chair welcomed members.
""",
        "minutes.md",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Safer Roads Partnership Board",
        "2024-02-13",
        "14:00",
        "Conference Room 2, Shire Hall",
    )


def test_a_venue_on_a_line_of_its_own_after_the_date_and_no_chair_taken_for_one(tmp_path):
    m = _meeting(
        tmp_path,
        """THE SHIREFORD JOINT COMMITTEE

Tuesday 4 March 2025 at 2.00 pm

County Hall, Shireford

Present: County Councillor Zena Abbot (Chair), County Councillor Bryn Cole
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Shireford Joint Committee",
        "2025-03-04",
        "14:00",
        "County Hall, Shireford",
    )
    chaired = _meeting(
        tmp_path,
        """MINUTES OF PROCEEDINGS OF MEETING OF THE JOINT POLICING COMMITTEE HELD ON 14TH MARCH, 2024 AT 11.00 A.M.

IN THE CHAIR :

Councillor B. Nolan
""",
        "jpc.txt",
    )
    assert (chaired.body, chaired.date, chaired.start_time, chaired.venue) == (
        "Joint Policing Committee",
        "2024-03-14",
        "11:00",
        None,
    )


def test_a_tenants_association_with_the_time_and_room_after_the_date(tmp_path):
    m = _meeting(
        tmp_path,
        """Greenbank Tenants and Residents Association

Minutes of the Committee Meeting – Wednesday 6th November 2024, 7pm, Greenbank Community Room

In attendance: Lee Marsh (Chair), Nina Oakes
""",
    )
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Greenbank Tenants and Residents Association",
        "2024-11-06",
        "19:00",
        "Greenbank Community Room",
    )


def test_a_date_with_hyphens_and_a_short_month(tmp_path):
    m = _meeting(
        tmp_path,
        """Northcote Civic Society

Committee meeting held on 13-Feb-2024 at 19.30 hrs
""",
    )
    assert (m.body, m.date, m.start_time) == ("Northcote Civic Society", "2024-02-13", "19:30")


def test_a_body_named_in_passing_in_the_prose_is_not_the_meetings(tmp_path):
    m = _meeting(
        tmp_path,
        """Minutes of the Ward Panel, 7 March 2023

Sgt Will Yates and PCSO Ann Zeal met with some twenty residents to talk about the new patrol plan; the meeting was chaired by Tara Unwin, who also chairs the Southmead Residents' Association.
""",
    )
    assert (m.body, m.date) == ("Ward Panel", "2023-03-07")


def test_the_next_meetings_date_in_the_opening_lines_is_not_this_meetings(tmp_path):
    meetings = extract(
        read(
            _write(
                tmp_path,
                """Southmead Ward Panel

Updated after the meeting held on Tuesday 7 March 2023. Next meeting: Tuesday 6 June 2023.

1. Welcome
""",
            )
        )
    )
    assert [m.date for m in meetings.meetings] == ["2023-03-07", "2023-06-06"]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "panel.txt"
    path.write_text(text)
    return path
