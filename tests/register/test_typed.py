"""The one reading of a typed status or day that every edge shares."""

from __future__ import annotations

import datetime as dt

import pytest

from scrutiny.register.typed import day, status_name


@pytest.mark.parametrize("text, name", [("In progress", "in_progress"), ("in-progress", "in_progress"),
                                        ("done", "complete"), ("Completed", "complete"), ("ongoing", "in_progress"),
                                        ("CLOSED", "closed")])
def test_status_names_as_people_type_them(text, name):
    assert status_name(text) == name


def test_an_unknown_status_says_the_choices():
    with pytest.raises(ValueError, match="one of: open, in_progress"):
        status_name("finished-ish")


def test_days():
    assert day("2024-03-31") == dt.date(2024, 3, 31) and day("today") == dt.date.today() and day("  ") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        day("31/03/2024")
