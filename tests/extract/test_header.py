"""header.py: body, organisation, date, time and venue of a meeting, and the next meeting."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.header import by_weekday, find_body, find_venue, next_meeting, read_header

from ._build import first_meeting


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


def test_next_meeting_under_a_web_page_minutes_label():
    n = next_meeting(
        [
            "DATE OF NEXT MEETING",
            "Minutes:",
            "Thursday 28 November 2024 at 2.00 pm, Council Chamber, Town Hall.",
        ]
    )
    assert (n.date, n.start_time) == (date(2024, 11, 28), "14:00")


def test_next_board_after_the_sentence_before_it():
    n = next_meeting(["Completed actions leave the log after one meeting. Next Board: 15 July 2025."])
    assert n.date == date(2025, 7, 15)


def test_next_meeting_in_a_sentence():
    n = next_meeting(["The next meeting will be held on 3 July 2024."])
    assert (n.date, n.start_time, n.venue) == (date(2024, 7, 3), None, None)


@pytest.mark.parametrize("texts", [["Next meeting: TBC"], ["Any other business", "None"], []])
def test_no_next_meeting_without_a_date(texts):
    assert next_meeting(texts) is None


# ---------------------------------------------------------------------------------------
# issue 8: headers written in ways our own samples did not show
# ---------------------------------------------------------------------------------------


def test_header_date_wrapped_over_the_title_lines():
    h = read_header(
        [
            "MINUTES OF A MEETING OF THE COMMUNITY SAFETY PANEL HELD AT",
            "THE GUILDHALL, ASHBY, ON WEDNESDAY, 9TH",
            "OCTOBER, 2019 AT 6.00 P.M.",
        ]
    )
    assert (h.body, h.date, h.start_time) == ("Community Safety Panel", date(2019, 10, 9), "18:00")


def test_a_posts_front_matter_date_loses_to_the_printed_date(tmp_path):
    m = first_meeting(
        tmp_path,
        '---\ntitle: "Harbury Parish Council - March meeting"\ndate: "2019-05-02"\ncategories: [minutes]\n---\n\n'
        "Harbury Parish Council - Ordinary Meeting Tuesday 12th March 2019, 7pm, Village Hall\n\n"
        "Present: Cllr A Bell (Chair), Cllr C Dunn.\n",
        "harbury-march.md",
    )
    assert (m.body, m.date) == ("Harbury Parish Council", "2019-03-12")


def test_a_posts_front_matter_gives_the_year_of_a_title_without_one(tmp_path):
    m = first_meeting(
        tmp_path,
        '---\nlayout: post\ntitle: "Notes of the Ward Police Forum from 3 June"\ndate: 2011-06-20\n---\n\n'
        "Sgt Ray Hale met residents to talk through the ward's priorities.\n",
        "ward-forum.md",
    )
    assert (m.body, m.date) == ("Ward Police Forum", "2011-06-03")


def test_header_year_from_the_weekday_and_the_file_name():
    h = read_header(["ELMFIELD COMMUNITY COUNCIL", "GENERAL MEETING TUESDAY 5 MARCH"], filed=date(2024, 3, 5))
    assert (h.body, h.date) == ("Elmfield Community Council", date(2024, 3, 5))


def test_header_no_year_and_nothing_to_take_it_from():
    assert read_header(["GENERAL MEETING 5 MARCH"]).date is None


def test_header_no_year_but_the_weekday_the_latest_such_day_up_to_today():
    """Nothing in the paper gives the year, but "Tuesday 5 March" falls on a Tuesday only every five years or more:
    the latest that did, up to today."""
    today = date.today()
    tuesdays = [
        y
        for y in range(today.year - 11, today.year + 1)
        if date(y, 3, 5) <= today and date(y, 3, 5).weekday() == 1
    ]
    assert by_weekday(["GENERAL MEETING TUESDAY 5 MARCH"]) == (date(tuesdays[-1], 3, 5), 0, 1)
    assert by_weekday(["GENERAL MEETING 5 MARCH"]) is None


def test_header_committee_wins_over_the_council_that_hosts_it():
    h = read_header(["NORTHSHIRE COUNTY COUNCIL", "CABINET", "MINUTES of a meeting of the Cabinet, 4 May 23"])
    assert h.body == "Cabinet"


def test_header_attendance_list_does_not_name_the_body():
    h = read_header(
        [
            "Minutes of the Village Liaison Meeting, 2 May 2012",
            "Present: Ms A Cole (Licensing Officer, Fenwick District Council)",
        ]
    )
    assert h.body == "Village Liaison Meeting"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Held in the Board Room, Mill Street", None),  # a room, not the body
        ("Cabinet Member for Highways", None),
        ("To: All Members of the County Council", "County Council"),
        ("ROAD SAFETY PANEL – 4th March 2024", "Road Safety Panel"),
        ("Minutes of Proceedings of Joint Policing Committee", "Joint Policing Committee"),
        ("Harbury Parish Council Meeting", "Harbury Parish Council"),
    ],
)
def test_find_body_kinds_seen_on_unseen_papers(line, expected):
    assert find_body(line) == expected


def test_next_meeting_without_a_year_follows_the_meeting():
    n = next_meeting(["OUR NEXT GENERAL MEETING: MONDAY 2 DECEMBER at 7 pm in the Hall"], date(2024, 11, 1))
    assert (n.date, n.start_time, n.venue) == (date(2024, 12, 2), "19:00", "the Hall")


def test_next_meeting_named_with_its_body():
    n = next_meeting(["The next Community Council Meeting was set for Monday 3rd of November 2025."])
    assert n.date == date(2025, 11, 3)


def test_the_nth_day_of_a_month_in_a_formal_minutes_line():
    header = read_header(
        [
            "WESTON PARISH COUNCIL",
            "Minutes of the Parish Council Meeting held on the 14th day of July 2014 at 7.30pm "
            "in the Village Hall",
        ]
    )
    assert (header.date, header.start_time) == (date(2014, 7, 14), "19:30")


def test_a_file_named_by_year_and_month_gives_a_yearless_date_its_year():
    from scrutiny.extract.header import filed_date

    assert filed_date("weston-pc-2014-07.md") == date(2014, 7, 31)
    assert filed_date("weston-pc-2014-07-14.md") == date(2014, 7, 14)
    assert filed_date("report-24-00096.pdf") is None
    header = read_header(
        ["Minutes of Weston Parish Council", "Meeting held Monday 14th July at 7.30pm, Village Hall"],
        filed=filed_date("weston-pc-2014-07.md"),
    )
    assert header.date == date(2014, 7, 14)


def test_a_friends_group_is_a_body():
    assert find_body("Friends of Weston Park") == "Friends of Weston Park"
    header = read_header(["Friends of Weston Park", "Committee Meeting – 26th January 2016", "Notes"])
    assert header.body == "Friends of Weston Park"


def test_a_next_meeting_said_in_passing_takes_no_date_from_the_line_after():
    texts = [
        "The item was deferred, to be brought back to the next meeting. The Chief Executive undertook to circulate the plan.",
        "RESOLVED that the work programme be agreed, subject to the working group being moved to 16 January 2025.",
        "The next meeting will be held on Thursday 5 December 2024 at 10.00 am.",
    ]
    found = next_meeting(texts, date(2024, 10, 3))
    assert found is not None and (found.date, found.start_time) == (date(2024, 12, 5), "10:00")


def test_a_next_meeting_heading_takes_its_date_from_the_line_below():
    found = next_meeting(
        ["Date of next meeting", "Tuesday 14 January 2025, 7pm, Church Hall"], date(2024, 11, 5)
    )
    assert found is not None and found.date == date(2025, 1, 14)


def test_a_posts_prose_gives_the_titles_body_its_place(tmp_path):
    m = first_meeting(
        tmp_path,
        '---\ntitle: "Police Liaison Panel – August meeting write-up"\ndate: 2024-08-27\n---\n\n'
        "The Wenlow Police Liaison Panel met on Thursday 22nd August at 7pm in the small hall of Wenlow "
        "Community Centre, with about fifteen residents as well as the regular panel members.\n\n"
        "Rev. Asher said St Michael's is hosting a coffee morning on Saturday 14th September, 10–12.\n",
        "panel-write-up.md",
    )
    assert (m.body, m.date) == ("Wenlow Police Liaison Panel", "2024-08-22")
