"""An action's status over time, and whether it is overdue on a given day.

Each paper that mentions an action states a status at a meeting, so the history is a list of
events ordered by meeting date and then by their order in the record; the latest stated
status is the current one. Overdue is worked out, never just copied: past the due date and
neither complete nor closed on the day asked about, unless a deferral names a later date
(`scrutiny.words.is_overdue`, the one rule every layer uses).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date

from scrutiny.register.dates import as_date
from scrutiny.words import STATUSES, due_date, is_overdue, overdue_days


@dataclass(frozen=True)
class StatusEvent:
    """A status stated at a meeting: the action's own row when given out, or a later update.

    `deferred_to` is the new due date (ISO, any precision) when the event defers the action to
    one; `evidence` is the passage that says so; `id` is the caller's key (an update row)."""

    date: date | str | None
    seq: int = 0
    status: str | None = None
    deferred_to: str | None = None
    evidence: str | None = None
    id: Hashable = None


@dataclass(frozen=True)
class StatusChange:
    """A step in an action's history: the status it moved to, from what, and the event."""

    status: str
    previous: str | None
    event: StatusEvent


def ordered(events: Sequence[StatusEvent], as_of: date | str | None = None) -> list[StatusEvent]:
    """Events by date then sequence (undated ones first, as nothing says when they were);
    with `as_of`, only those dated on or before it."""
    cutoff = as_date(as_of)
    kept = [e for e in events if cutoff is None or (as_date(e.date) or date.min) <= cutoff]
    return sorted(kept, key=lambda e: (as_date(e.date) or date.min, e.seq))


def _stated(event: StatusEvent) -> str | None:
    status = (event.status or "").strip().lower()
    return status if status in STATUSES else None


def history(events: Sequence[StatusEvent], as_of: date | str | None = None) -> list[StatusChange]:
    """The changes of status, each with the event that gave it; repeats of a status are not changes."""
    changes: list[StatusChange] = []
    current: str | None = None
    for event in ordered(events, as_of):
        status = _stated(event)
        if status and status != current:
            changes.append(StatusChange(status, current, event))
            current = status
    return changes


def current_status(events: Sequence[StatusEvent], as_of: date | str | None = None) -> str | None:
    """The latest stated status (on or before `as_of` if given); None when none was ever stated."""
    changes = history(events, as_of)
    return changes[-1].status if changes else None


def deferred_to(events: Sequence[StatusEvent], as_of: date | str | None = None) -> str | None:
    """The date the latest deferral that names one moved the action to: the due date from then
    on, whatever status later papers state."""
    latest: str | None = None
    for event in ordered(events, as_of):
        if event.deferred_to and due_date(event.deferred_to):
            latest = event.deferred_to
    return latest


@dataclass(frozen=True)
class ActionState:
    """Where an action stands on a day: what the register shows beside it."""

    status: str | None
    due: str | None
    overdue: bool
    overdue_days: int | None
    changes: tuple[StatusChange, ...]


def state(due: str | None, events: Sequence[StatusEvent], as_of: date | str | None = None) -> ActionState:
    """An action's status, due date (moved by any deferral), and overdue flag on `as_of`
    (default today), from its own due date and its history up to that day."""
    day = as_date(as_of) or date.today()
    changes = tuple(history(events, day))
    status = changes[-1].status if changes else None
    moved = deferred_to(events, day)
    return ActionState(
        status=status,
        due=moved or due,
        overdue=is_overdue(due, status, day, moved),
        overdue_days=overdue_days(due, status, day, moved),
        changes=changes,
    )
