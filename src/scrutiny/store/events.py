"""An action's status history: its current status follows the register's rule.

Each event states a status (or none: a note) on a day. The register (`scrutiny.register.status`)
orders them by day and takes the latest stated status as the current one. Events of one day are
ordered by where they come from, then by when they were written: the meeting that gave the
action out, then the updates a paper reported, then what a person recorded; so a corrected
version of the minutes, re-ingested later, never overrides a person's change of the same day.
A change a person records is kept through every re-ingest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from scrutiny.register.status import StatusEvent, current_status
from scrutiny.store import models as m
from scrutiny.words import parse_status

SOURCE_RANK = {"extracted": 0, "update": 1, "person": 2}  # within one day, the later wins


def _key(event: m.ActionEvent) -> tuple:
    created = event.created_at.replace(tzinfo=None) if event.created_at else dt.datetime.min
    return (event.at or dt.date.min, SOURCE_RANK.get(event.source, 3), created, event.id or 0)


def ordered(events: Iterable[m.ActionEvent]) -> list[m.ActionEvent]:
    """Events in the order of the history: by day, then source, then entry."""
    return sorted(events, key=_key)


def status_events(events: Iterable[m.ActionEvent]) -> list[StatusEvent]:
    """The stored events as the register's `StatusEvent`s, `id` the event's row id."""
    return [
        StatusEvent(date=e.at, seq=seq, status=e.status, evidence=e.evidence_text, id=e.id)
        for seq, e in enumerate(ordered(events))
    ]


def status_on(events: Iterable[m.ActionEvent], as_of: dt.date | None = None) -> str:
    """The status the history gives (on `as_of`, if given); "open" when none was ever stated."""
    return current_status(status_events(events), as_of) or "open"


def refresh_status(action: m.Action) -> str:
    """Set `action.status` from its history: the latest stated status, person-made ones included."""
    action.status = status_on(action.events)
    return action.status


def record_change(
    session: Session,
    action: m.Action,
    status: str | None,
    actor: str,
    note: str | None = None,
    at: dt.date | None = None,
) -> m.ActionEvent:
    """A status change (or a note, with `status` None) made by a person, effective `at` (today)."""
    if status is not None:
        status = parse_status(status)
    now = dt.datetime.now(dt.UTC)
    event = m.ActionEvent(
        status=status, note=note, at=at or now.date(), actor=actor, source="person", created_at=now
    )
    action.events.append(event)
    session.flush()
    refresh_status(action)
    return event
