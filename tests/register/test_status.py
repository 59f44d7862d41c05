"""status.py: the latest stated status wins; overdue is worked out on a given day (the rule itself:
tests/test_words.py)."""

from __future__ import annotations

from datetime import date

from scrutiny.register.status import (
    ActionState,
    StatusChange,
    StatusEvent,
    current_status,
    deferred_to,
    history,
    ordered,
    state,
)

# JPB/24/03 "Review the force's approach to children missing from care homes", due 2024-03.
GIVEN = StatusEvent("2024-01-16", 0, "open", evidence="JPB/24/03 ... DCC ... March 24 ... Open", id="a1")
SLIPPED = StatusEvent("2024-05-14", 2, "overdue", evidence="Overdue: review delayed by vacancies", id="u1")
ON_TRACK = StatusEvent("2024-05-14", 1, "in_progress", evidence="In progress", id="u0")
DEFERRED = StatusEvent(
    "2024-07-09", 0, "deferred", deferred_to="2024-09", evidence="Deferred to September", id="u2"
)
DONE = StatusEvent("2024-09-17", 0, "complete", evidence="Complete: presented at item 5", id="u3")


def test_events_in_date_then_sequence_order() -> None:
    events = [DONE, SLIPPED, GIVEN, ON_TRACK, DEFERRED]
    assert [e.id for e in ordered(events)] == ["a1", "u0", "u1", "u2", "u3"]
    assert [e.id for e in ordered(events, as_of="2024-05-14")] == ["a1", "u0", "u1"]


def test_the_latest_stated_status_wins() -> None:
    events = [DONE, SLIPPED, GIVEN, ON_TRACK, DEFERRED]
    assert current_status(events) == "complete"
    assert current_status(events, as_of=date(2024, 6, 1)) == "overdue"  # seq 2 after seq 1 on the day
    assert current_status(events, as_of="2024-01-01") is None
    # an update that states no status changes nothing
    silent = StatusEvent("2024-10-01", 0, None, evidence="Verbal update given")
    assert current_status([GIVEN, DONE, silent]) == "complete"
    assert current_status([]) is None


def test_history_keeps_each_change_with_its_evidence() -> None:
    repeat = StatusEvent("2024-06-11", 0, "overdue", evidence="Still overdue")
    changes = history([GIVEN, ON_TRACK, SLIPPED, repeat, DEFERRED, DONE])
    assert [(c.previous, c.status, c.event.id) for c in changes] == [
        (None, "open", "a1"),
        ("open", "in_progress", "u0"),
        ("in_progress", "overdue", "u1"),
        ("overdue", "deferred", "u2"),
        ("deferred", "complete", "u3"),
    ]
    assert changes[3] == StatusChange("deferred", "overdue", DEFERRED)
    assert changes[3].event.evidence == "Deferred to September"


def test_unknown_status_words_are_not_statuses() -> None:
    assert current_status([GIVEN, StatusEvent("2024-02-01", 0, "Propose closure")]) == "open"
    assert current_status([StatusEvent("2024-02-01", 0, "Complete")]) == "complete"


def test_deferred_to_is_the_latest_deferral_that_names_a_date() -> None:
    later = StatusEvent("2024-08-01", 0, "in_progress")
    again = StatusEvent("2024-09-17", 0, "deferred", deferred_to="2024-12")
    unnamed = StatusEvent("2024-10-01", 0, "deferred", deferred_to="next meeting")
    assert deferred_to([GIVEN, DEFERRED, later]) == "2024-09"  # the new date stands after later updates
    assert deferred_to([GIVEN, DEFERRED, later, again, unnamed]) == "2024-12"
    assert deferred_to([GIVEN, DEFERRED], as_of="2024-07-01") is None


def test_state_on_a_day() -> None:
    events = [GIVEN, ON_TRACK, SLIPPED, DEFERRED, DONE]
    on_may = state("2024-03", events, "2024-05-20")
    assert on_may == ActionState("overdue", "2024-03", True, 50, on_may.changes)
    assert [c.status for c in on_may.changes] == ["open", "in_progress", "overdue"]
    on_august = state("2024-03", events, date(2024, 8, 1))
    assert (on_august.status, on_august.due, on_august.overdue, on_august.overdue_days) == (
        "deferred",
        "2024-09",
        False,
        0,
    )
    on_october = state("2024-03", events, "2024-10-01")
    assert (on_october.status, on_october.overdue, on_october.overdue_days) == ("complete", False, 0)
