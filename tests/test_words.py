"""scrutiny.words: the statuses, how a person may write one, and the one overdue rule."""

from __future__ import annotations

import subprocess
import sys
import typing
from datetime import date

import pytest

from scrutiny.words import (
    DONE,
    OPEN,
    STATUS_LABELS,
    STATUS_ORDER,
    STATUSES,
    Status,
    UnknownStatus,
    due_date,
    is_overdue,
    overdue_days,
    parse_status,
    parse_statuses,
)


def test_one_status_list():
    assert typing.get_args(Status) == STATUSES
    assert set(STATUS_LABELS) == set(STATUS_ORDER) == set(STATUSES) == set(OPEN) | set(DONE)
    assert not set(OPEN) & set(DONE)


@pytest.mark.parametrize(
    "text, name",
    [
        ("In progress", "in_progress"),
        ("in-progress", "in_progress"),
        ("in_progress", "in_progress"),
        ("inprogress", "in_progress"),
        ("ongoing", "in_progress"),
        ("done", "complete"),
        ("Completed", "complete"),
        ("COMPLETE", "complete"),
        (" closed ", "closed"),
        ("Deferred", "deferred"),
        ("overdue", "overdue"),
    ],
)
def test_statuses_as_people_write_them(text, name):
    assert parse_status(text) == name


def test_an_unknown_status_says_the_choices():
    with pytest.raises(
        ValueError, match=r"^unknown status 'finished-ish' \(one of: open, in_progress, complete"
    ) as e:
        parse_status(" finished-ish ")
    assert isinstance(e.value, UnknownStatus) and e.value.given == "finished-ish"


def test_statuses_comma_separated_each_once():
    assert parse_statuses(["In progress", "in-progress,COMPLETE", "done", " closed ", ","]) == [
        "in_progress",
        "complete",
        "closed",
    ]
    assert parse_statuses(None) == []
    with pytest.raises(UnknownStatus, match="'finished'"):
        parse_statuses(["open,finished"])


def test_importing_the_words_loads_neither_the_store_nor_the_matcher():
    code = "import sys, scrutiny.words; print(sorted(m for m in ('sqlalchemy', 'rapidfuzz', 'scrutiny.register') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "due, last_day",
    [
        ("2024", date(2024, 12, 31)),
        ("2024-03", date(2024, 3, 31)),
        ("2024-02", date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 28)),
        ("2024-03-22", date(2024, 3, 22)),
        (" 2024-06 ", date(2024, 6, 30)),
        ("TBC", None),
        ("2024-13", None),
        ("2024-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_due_date_is_the_last_day_of_the_period(due: str | None, last_day: date | None) -> None:
    assert due_date(due) == last_day
    if last_day:
        assert due_date(last_day) == last_day


@pytest.mark.parametrize(
    "status, due, as_of, overdue, days",
    [
        ("open", "2024-03", "2024-04-01", True, 1),
        ("open", "2024-03", "2024-03-31", False, 0),  # due on the day is not yet overdue
        ("in_progress", "2024-03-22", "2024-05-14", True, 53),
        ("overdue", "2024", "2024-06-30", False, 0),  # the paper said so, but the year is not out
        ("complete", "2024-03", "2024-12-01", False, 0),
        ("closed", "2023-12", "2024-12-01", False, 0),
        ("Closed", "2023-12", "2024-12-01", False, 0),
        (None, "2024-01-31", "2024-02-01", True, 1),
        ("open", None, "2030-01-01", False, 0),  # no due date, nothing to be late for
        ("overdue", None, "2024-06-01", True, None),  # the paper's own word, no date to count from
        ("open", "TBC", "2030-01-01", False, 0),
    ],
)
def test_overdue(status: str | None, due: str | None, as_of: str, overdue: bool, days: int | None) -> None:
    assert is_overdue(due, status, as_of) is overdue
    assert overdue_days(due, status, as_of) == days


def test_a_deferral_to_a_date_ahead_is_not_overdue() -> None:
    assert not is_overdue("2024-03", "deferred", "2024-07-09", deferred_to="2024-09")
    assert is_overdue("2024-03", "deferred", "2024-10-01", deferred_to="2024-09")
    assert overdue_days("2024-03", "deferred", "2024-10-01", deferred_to="2024-09") == 1
    # deferred with no date given: still late against the due date it had
    assert is_overdue("2024-03", "deferred", "2024-07-09")


def test_as_of_defaults_to_today() -> None:
    assert is_overdue("2000-01", "open")
    assert not is_overdue("2999-01", "open")
    assert overdue_days("2999-01", "open") == 0


@pytest.mark.parametrize("as_of", [date(2024, 3, 31), date(2024, 4, 1), date(2025, 1, 1)])
@pytest.mark.parametrize("status", [None, "open", "in_progress", "overdue", "deferred", "complete", "closed"])
def test_a_stored_due_date_and_the_same_date_as_written_agree(status, as_of):
    """The store passes `actions.due_date` (a date), the register a due date as written: one answer."""
    assert is_overdue(date(2024, 3, 31), status, as_of) == is_overdue("2024-03", status, as_of)
    assert overdue_days(date(2024, 3, 31), status, as_of) == overdue_days("2024-03", status, as_of)
