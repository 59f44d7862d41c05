"""header.py: body, organisation, date, time and venue of a meeting, and the next meeting."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.header import find_body, find_venue, next_meeting, read_header


def test_header_office_body_and_minutes_line_with_time_and_venue():
    h = read_header(
        [
            "Office of the Police and Crime Commissioner for Wexford",
            "Performance and Resources Board",
            "Minutes of the meeting held on Tuesday 13th February 2024 at 10.00 am, Conference Room 2, Wexford Police HQ",
        ]
    )
    assert h.body == "Performance and Resources Board"
    assert h.organisation == "Office of the Police and Crime Commissioner for Wexford"
    assert h.date == date(2024, 2, 13)
    assert h.start_time == "10:00"
    assert h.venue == "Conference Room 2, Wexford Police HQ"
    assert h.evidence == (
        "Minutes of the meeting held on Tuesday 13th February 2024 at 10.00 am, "
        "Conference Room 2, Wexford Police HQ"
    )


def test_header_shouting_title_and_labelled_lines():
    h = read_header(
        [
            "STRATEGIC POLICING BOARD",
            "MINUTES",
            "Date: 14.06.2023",
            "Time: 2pm",
            "Venue: Committee Room 1, County Hall, Ashby",
        ]
    )
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Strategic Policing Board",
        date(2023, 6, 14),
        "14:00",
        "Committee Room 1, County Hall, Ashby",
    )
    assert h.organisation is None


def test_header_panel_named_in_the_minutes_line_venue_after_in():
    h = read_header(
        [
            "Draft Minutes of the Hollinshire Police and Crime Panel",
            "held on 5 October 2023 at 14:00 in Committee Room 3, Ashby Town Hall",
        ]
    )
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Hollinshire Police and Crime Panel",
        date(2023, 10, 5),
        "14:00",
        "Committee Room 3, Ashby Town Hall",
    )


def test_header_location_label_and_numeric_date_after_body():
    h = read_header(["ACCOUNTABILITY BOARD – 11/09/23", "Location: Microsoft Teams"])
    assert (h.body, h.date, h.venue) == ("Accountability Board", date(2023, 9, 11), "Microsoft Teams")


def test_header_venue_on_the_line_after_the_date():
    h = read_header(["Minutes of the Strategic Board", "Held on 4 April 2023", "at Kestrel House, Longford"])
    assert (h.body, h.date, h.venue) == ("Strategic Board", date(2023, 4, 4), "Kestrel House, Longford")


def test_header_organisation_without_office_of():
    h = read_header(
        [
            "Police and Crime Commissioner for Marlshire",
            "Accountability Board",
            "Notes of meeting held on 2nd February 2018, FF41 Brackley Park",
        ]
    )
    assert (h.body, h.organisation, h.date, h.venue) == (
        "Accountability Board",
        "Police and Crime Commissioner for Marlshire",
        date(2018, 2, 2),
        "FF41 Brackley Park",
    )
    assert h.start_time is None


def test_header_time_range_on_the_date_line_gives_the_start():
    h = read_header(
        [
            "Meeting of the Custody Independent Scrutiny Panel",
            "Monday 4 September 2023 10.00am – 12.00pm",
            "Venue: Teams",
        ]
    )
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Custody Independent Scrutiny Panel",
        date(2023, 9, 4),
        "10:00",
        "Teams",
    )


def test_header_from_a_web_page_title():
    h = read_header(
        ["Minutes"], title="Minutes of Police and Crime Panel - Wednesday 11 September 2024 10.30 am"
    )
    assert (h.body, h.date, h.start_time) == ("Police and Crime Panel", date(2024, 9, 11), "10:30")


def test_header_skips_the_previous_meetings_date():
    h = read_header(
        ["Minutes of the previous meeting held on 1 March 2023", "Scrutiny Board", "Date: 4 April 2023"]
    )
    assert h.body == "Scrutiny Board"
    assert h.date == date(2023, 4, 4)


def test_header_time_on_its_own_line_after_the_date():
    h = read_header(
        ["Joint Audit Committee", "Thursday, 7 March 2024", "09:30 to 12:30", "Location: Microsoft Teams"]
    )
    assert (h.date, h.start_time, h.venue) == (date(2024, 3, 7), "09:30", "Microsoft Teams")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("PERFORMANCE AND RESOURCES BOARD", "Performance and Resources Board"),
        ("Draft Minutes of the Hollinshire Police and Crime Panel", "Hollinshire Police and Crime Panel"),
        ("Agenda – Joint Audit Committee – 7 March 2024", "Joint Audit Committee"),
        ("Notes of the Strategic Policing Board held on 4 April 2023", "Strategic Policing Board"),
        ("Minutes of the meeting", None),
        ("Date of next meeting", None),
    ],
)
def test_find_body(line, expected):
    assert find_body(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Tuesday 13 February 2024 at 10.00 am, Conference Room 2, Wexford Police HQ",
            "Conference Room 2, Wexford Police HQ",
        ),
        ("5 October 2023, 2pm – 4pm, at Shire Hall, Ashby", "Shire Hall, Ashby"),
        ("held on 5 October 2023. The Chair welcomed members.", None),
        ("No date on this line, Shire Hall", None),
    ],
)
def test_find_venue(line, expected):
    assert find_venue(line) == expected


def test_next_meeting_on_one_line():
    n = next_meeting(
        [
            "Any other business: none.",
            "Date of next meeting: Tuesday 12 March 2024 at 10.00 am, Conference Room 2",
        ]
    )
    assert (n.date, n.start_time, n.venue) == (date(2024, 3, 12), "10:00", "Conference Room 2")


def test_next_meeting_on_the_line_after_its_heading():
    n = next_meeting(["Date of Next Meeting", "9 May 2024, 2pm, Shire Hall"])
    assert (n.date, n.start_time, n.venue) == (date(2024, 5, 9), "14:00", "Shire Hall")


def test_next_meeting_in_a_sentence():
    n = next_meeting(["The next meeting will be held on 3 July 2024."])
    assert (n.date, n.start_time, n.venue) == (date(2024, 7, 3), None, None)


@pytest.mark.parametrize("texts", [["Next meeting: TBC"], ["Any other business", "None"], []])
def test_no_next_meeting_without_a_date(texts):
    assert next_meeting(texts) is None
