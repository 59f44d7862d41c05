"""An action's status history: its current status is that of its latest event.

The register (`scrutiny.register`) may order history more cleverly; the store only needs a
sound default so that every action always has a current status, and a way to record a change
made by a person, which no re-ingest may lose.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from scrutiny.store import models as m


def _order(event: m.ActionEvent) -> tuple:
    at = event.at or dt.date.min
    created = event.created_at.replace(tzinfo=None) if event.created_at else dt.datetime.min
    return (at, created, event.id or 0)


def refresh_status(action: m.Action) -> str:
    """Set `action.status` from its latest event that has a status (by day, then entry order)."""
    with_status = [e for e in action.events if e.status]
    action.status = max(with_status, key=_order).status if with_status else "open"
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
    if status is not None and status not in m.STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(m.STATUSES)}")
    now = dt.datetime.now(dt.timezone.utc)
    event = m.ActionEvent(
        status=status, note=note, at=at or now.date(), actor=actor, source="person", created_at=now
    )
    action.events.append(event)
    session.flush()
    refresh_status(action)
    return event
