"""Rows per table, for summaries and for the tests' before/after comparisons."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m

TABLES = {
    "documents": m.Document,
    "bodies": m.Body,
    "meetings": m.Meeting,
    "people": m.Person,
    "attendance": m.Attendance,
    "items": m.Item,
    "actions": m.Action,
    "action_owners": m.ActionOwner,
    "action_events": m.ActionEvent,
    "decisions": m.Decision,
    "action_updates": m.ActionUpdate,
    "forward_plan": m.ForwardPlanEntry,
    "search_entries": m.SearchEntry,
}


def counts(session: Session) -> dict[str, int]:
    """Rows per table, by the table's name."""
    return {
        name: session.scalar(select(func.count()).select_from(table)) or 0 for name, table in TABLES.items()
    }
