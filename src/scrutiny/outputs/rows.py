"""The store's listing rows as plain dicts: the fields of every CSV and JSON listing of actions,
meetings, decisions, people and search hits (the CLI's, the exports' and the dashboard's alike)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from scrutiny.store.queries import ActionRow, MeetingRow, PersonRow
from scrutiny.store.queries.hits import SearchHit
from scrutiny.store.queries.meetings import DecisionRow

ACTION_FIELDS = (
    "id",
    "body",
    "meeting_date",
    "ref",
    "text",
    "owners",
    "due",
    "due_text",
    "status",
    "overdue",
    "days_overdue",
    "restricted",
    "document",
)


def iso(day: dt.date | None) -> str | None:
    """A day as JSON and CSV write it; None stays None."""
    return day.isoformat() if day else None


def days_overdue(row: ActionRow, as_of: dt.date) -> int | None:
    """Days past the due date on `as_of` for an overdue action, 0 for any other; None for one
    overdue with no due date to count from (a paper called it overdue)."""
    if not row.overdue:
        return 0
    if row.due_date is None:
        return None
    return max(0, (as_of - row.due_date).days)


def action_dict(
    row: ActionRow, as_of: dt.date, evidence: tuple[str | None, int | None] | None = None
) -> dict:
    """One action for JSON (with `evidence` when given: the passage and its page)."""
    out: dict[str, Any] = {
        "id": row.id,
        "body": row.body,
        "meeting_date": iso(row.meeting_date),
        "ref": row.ref,
        "text": row.text,
        "owners": list(row.owners),
        "due": row.due,
        "due_text": row.due_text,
        "status": row.status,
        "overdue": row.overdue,
        "days_overdue": days_overdue(row, as_of),
        "restricted": row.restricted,
        "document": row.document,
    }
    if evidence is not None:
        out["evidence"] = {"text": evidence[0], "page": evidence[1]}
    return out


def action_csv_row(row: ActionRow, as_of: dt.date) -> dict:
    """One action for CSV: the JSON fields without evidence; owners joined by '; ', booleans as true/false."""
    d = action_dict(row, as_of)
    d["owners"] = "; ".join(row.owners)
    d["overdue"] = "true" if row.overdue else "false"
    d["restricted"] = "true" if row.restricted else "false"
    return {k: "" if d[k] is None else d[k] for k in ACTION_FIELDS}


def hit_dict(hit: SearchHit) -> dict:
    return {
        "kind": hit.kind,
        "id": hit.id,
        "body": hit.body,
        "meeting_date": iso(hit.meeting_date),
        "ref": hit.ref,
        "document_id": hit.document_id,
        "document": hit.document,
        "page": hit.page,
        "snippet": hit.snippet,
        "score": round(hit.score, 4),
    }


def meeting_dict(row: MeetingRow) -> dict:
    return {
        "id": row.id,
        "date": iso(row.date),
        "body": row.body,
        "organisation": row.organisation,
        "venue": row.venue,
        "actions": row.actions,
        "decisions": row.decisions,
        "document": row.document,
    }


def decision_dict(row: DecisionRow) -> dict:
    return {
        "id": row.id,
        "body": row.body,
        "meeting_date": iso(row.meeting_date),
        "item": row.item,
        "text": row.text,
        "restricted": row.restricted,
        "document": row.document,
    }


def person_dict(row: PersonRow) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "initials": row.initials,
        "role": row.role,
        "body": row.body,
        "meetings": row.meetings,
    }
