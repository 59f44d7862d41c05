"""dates.py: full dates, due expressions resolved against the meeting, clock times."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.dates import find_dates, find_time, find_yearless, first_date, place_year, resolve_due

from ._build import d

# ---------------------------------------------------------------------------------------
# find_dates / first_date: meeting dates in the forms board papers write them
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tuesday 13th February 2024", "2024-02-13"),
        ("Friday, 2nd February, 2024", "2024-02-02"),
        ("held on the 1st of March 2023 at Kestrel House", "2023-03-01"),
        ("2 Feb 24", "2024-02-02"),
        ("February 13, 2024", "2024-02-13"),
        ("11/09/23", "2023-09-11"),  # UK order: day first
        ("14.06.2023", "2023-06-14"),
        ("29-02-2024", "2024-02-29"),
        ("2024-03-05", "2024-03-05"),
        ("Wednesday 6th Sept 2023", "2023-09-06"),
    ],
)
def test_find_dates_reads_each_written_form(text, expected):
    assert [f[0] for f in find_dates(text)] == [d(expected)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3l/07/23", "2023-07-31"),  # a scanned "1" read as "l"
        ("Date of meeting: O4/1O/2O23", "2023-10-04"),  # scanned "0" read as "O"
        ("Minutes 2I/11/2023", "2023-11-21"),  # scanned "1" read as "I"
    ],
)
def test_find_dates_repairs_ocr_digits_in_numeric_dates(text, expected):
    assert [f[0] for f in find_dates(text)] == [d(expected)]


def test_find_dates_ocr_repair_keeps_the_span():
    text = "Meeting held 3l/07/23 at HQ"
    ((found, start, end),) = find_dates(text)
    assert found == date(2023, 7, 31)
    assert text[start:end] == "3l/07/23"


def test_find_dates_gives_spans_and_document_order_across_patterns():
    text = "Minutes of 13/02/2024; the previous meeting was held on 12 December 2023."
    found = find_dates(text)
    assert [f[0] for f in found] == [date(2024, 2, 13), date(2023, 12, 12)]
    assert [text[s:e] for _, s, e in found] == ["13/02/2024", "12 December 2023"]
    assert first_date(text) == date(2024, 2, 13)


@pytest.mark.parametrize("text", ["31/02/2024", "30 February 2024", "Budget 2024/25", "Room 12.4", "£12.50"])
def test_find_dates_rejects_impossible_or_non_dates(text):
    assert find_dates(text) == []
    assert first_date(text) is None


def test_find_dates_ignores_a_month_and_year_without_a_day():
    assert find_dates("Report to the March 2024 Board") == []


# ---------------------------------------------------------------------------------------
# resolve_due: timescales at the precision written, relative ones against the meeting
# ---------------------------------------------------------------------------------------

FEB_2018 = date(2018, 2, 2)
FEB_2024 = date(2024, 2, 13)
OCT_2024 = date(2024, 10, 10)


@pytest.mark.parametrize(
    "text, meeting, expected",
    [
        # full dates keep day precision
        ("16/02/24", FEB_2024, "2024-02-16"),
        ("30th June 2023", FEB_2018, "2023-06-30"),
        ("3l/07/23", FEB_2024, "2023-07-31"),
        # month with a two- or four-digit year keeps month precision
        ("March 18", FEB_2018, "2018-03"),
        ("March 18", None, "2018-03"),
        ("Sept 23", FEB_2024, "2023-09"),
        ("December 2019", FEB_2018, "2019-12"),
        ("June '24", FEB_2024, "2024-06"),
        # a month alone is the next such month at or after the meeting
        ("P&R June", FEB_2018, "2018-06"),
        ("January", date(2023, 11, 15), "2024-01"),
        ("February", FEB_2024, "2024-02"),
        ("end of March", FEB_2024, "2024-03"),
        ("mid-May", FEB_2024, "2024-05"),
        ("May", FEB_2024, "2024-05"),
        # a day and month without a year: the next such day
        ("w/c 4 March", FEB_2024, "2024-03-04"),
        ("21/02", FEB_2024, "2024-02-21"),  # a marker's "(21/02)": day and month, the next such day
        ("by 14/03", FEB_2024, "2024-03-14"),
        ("05/01", FEB_2024, "2025-01-05"),
        ("13/31", FEB_2024, None),  # no thirteenth month: no date
        ("by 1st April", FEB_2024, "2024-04-01"),
        ("31 March", date(2024, 4, 10), "2025-03-31"),
        # financial-year quarters (Q1 April-June ... Q4 January-March)
        ("end of Q3", OCT_2024, "2024-12"),
        ("Q4", OCT_2024, "2025-03"),
        ("by Q2", FEB_2024, "2024-09"),
        ("Q1", OCT_2024, "2025-06"),
        ("Quarter 4", date(2025, 2, 10), "2025-03"),
        ("end of Q3", date(2025, 1, 15), "2025-12"),  # this year's Q3 has ended: the next one
        # within n days / weeks / months of the meeting
        ("within 6 weeks", FEB_2024, "2024-03-26"),
        ("within six weeks", FEB_2024, "2024-03-26"),
        ("within 14 days", FEB_2024, "2024-02-27"),
        ("within two months", date(2024, 11, 13), "2025-01"),
        # end of the financial year: the coming March
        ("end of the financial year", OCT_2024, "2025-03"),
        ("by the end of the financial year", date(2025, 2, 1), "2025-03"),
        ("financial year end", date(2024, 4, 2), "2025-03"),
        ("year-end", date(2024, 5, 1), "2025-03"),
        # next month rolls over the year
        ("next month", date(2024, 12, 3), "2025-01"),
    ],
)
def test_resolve_due(text, meeting, expected):
    assert resolve_due(text, meeting) == expected


def test_within_six_weeks_is_exactly_forty_two_days_after_the_meeting():
    meeting = date(2023, 12, 20)
    due = resolve_due("within 6 weeks", meeting)
    assert due == "2024-01-31"  # across the year end
    assert (date.fromisoformat(due) - meeting).days == 42


@pytest.mark.parametrize("text", ["next meeting", "Next Board", "to the next meeting of the Panel"])
def test_next_meeting_resolves_only_when_its_date_is_given(text):
    assert resolve_due(text, FEB_2024) is None
    assert resolve_due(text, FEB_2024, date(2024, 3, 12)) == "2024-03-12"


@pytest.mark.parametrize(
    "text", ["TBC", "tba", "Ongoing", "on-going", "ASAP", "N/A", "as soon as possible", "–", "", None]
)
def test_no_date_expressions_are_null(text):
    assert resolve_due(text, FEB_2024, date(2024, 3, 12)) is None


@pytest.mark.parametrize(
    "text", ["June", "end of Q3", "within 6 weeks", "end of the financial year", "w/c 4 March"]
)
def test_relative_expressions_need_the_meeting_date(text):
    assert resolve_due(text, None) is None


def test_may_as_a_verb_is_not_a_month():
    assert resolve_due("as the Board may decide", FEB_2024) is None


# ---------------------------------------------------------------------------------------
# find_time
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10.00 am", "10:00"),
        ("2pm", "14:00"),
        ("14:00", "14:00"),
        ("09:30 to 12:30", "09:30"),
        ("at 6.30 p.m.", "18:30"),
        ("12.30pm", "12:30"),
        ("10:00 hrs", "10:00"),
        ("Meeting commenced at 1.30pm", "13:30"),
        ("Wednesday 6 March 2024, 10:00 – 12:00", "10:00"),
        ("Held on 14.06.2023 at 10.30am", "10:30"),
    ],
)
def test_find_time(text, expected):
    assert find_time(text) == expected


@pytest.mark.parametrize(
    "text", ["14.06.2023", "11/09/23", "£12.50", "Room 12", "a 2.5% rise", "25:00", "Item 3.2"]
)
def test_find_time_ignores_dates_money_and_numbers(text):
    assert find_time(text) is None


def test_find_time_reads_noon():
    assert find_time("Thursday 7 March 2024 at 12 noon") == "12:00"


# ---------------------------------------------------------------------------------------
# issue 8: dates printed without a year, and scanned ordinals
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ['THURSDAY, 14" MARCH, 2019', "held on the 14% March, 2019"])
def test_find_dates_reads_a_scanned_ordinal(text):
    assert first_date(text) == date(2019, 3, 14)


def test_find_yearless_skips_full_dates_and_reads_the_weekday():
    found = find_yearless("MONDAY 6 MAY; held 7 May 2024; 9th June")
    assert [f[:3] for f in found] == [(6, 5, 0), (9, 6, None)]


@pytest.mark.parametrize(
    "day, month, weekday, near, after, expected",
    [
        (6, 5, 0, date(2024, 5, 20), False, date(2024, 5, 6)),  # posted a fortnight later
        (28, 12, None, date(2025, 1, 10), False, date(2024, 12, 28)),  # posted in the new year
        (2, 12, 0, date(2024, 11, 4), True, date(2024, 12, 2)),  # the next meeting
        (6, 5, 0, date(2021, 5, 20), False, date(2019, 5, 6)),  # the year whose weekday agrees
    ],
)
def test_place_year(day, month, weekday, near, after, expected):
    assert place_year(day, month, weekday, near, after) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wednesday 2nd March 2004", date(2005, 3, 2)),  # last year's template: the weekday is this year's
        ("Tuesday 2nd March 2004", date(2004, 3, 2)),  # weekday and date agree
        ("Monday 2nd March 2004", date(2004, 3, 2)),  # neither year on nor year back fits: as printed
        ("2nd March 2004", date(2004, 3, 2)),  # no weekday printed
        ("Thursday, March 5, 2019", date(2020, 3, 5)),
    ],
)
def test_a_printed_weekday_that_contradicts_the_year_moves_it_by_one(text, expected):
    assert [d for d, _, _ in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["held on Friday 8 th December 2017 at 10am", "Friday 8th December 2017"])
def test_an_ordinal_set_apart_from_its_day(text):
    """A PDF sets a superscript "th" as a word of its own."""
    assert [d for d, _, _ in find_dates(text)] == [date(2017, 12, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday 11 June, 10.00, Coldharbour House.",
        "11 June 10:30",
        "Monday 3 March 14.30",
        "a coffee morning on Saturday 14th September, 10–12. All welcome.",
    ],
)
def test_a_time_after_a_date_without_a_year_is_no_two_digit_year(text):
    assert find_dates(text) == []


def test_a_two_digit_year_is_still_a_year():
    assert [d for d, *_ in find_dates("Meeting held on 11 June 24")] == [date(2024, 6, 11)]
