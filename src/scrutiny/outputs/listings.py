"""The listings as the command line gives them: the register in its order (overdue first), the
evidence of its actions for JSON, and where each search hit sits. A Python caller gets the same
rows as `scrutiny actions` and `scrutiny search` print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrutiny.outputs.rows import Place
from scrutiny.store import models as m
from scrutiny.store.queries import ActionFilter, ActionRow, list_actions
from scrutiny.store.search import Hit

PAGE = 1000  # rows fetched at once when listing everything


def _pages(session: Session, f: ActionFilter, as_of: dt.date, limit: int | None) -> list[ActionRow]:
    """Actions in due order, `limit` of them (None: all, fetched a page at a time)."""
    if limit is not None and limit <= PAGE:
        return list_actions(session, f, as_of=as_of, limit=limit)
    rows: list[ActionRow] = []
    while limit is None or len(rows) < limit:
        size = PAGE if limit is None else min(PAGE, limit - len(rows))
        page = list_actions(session, f, as_of=as_of, limit=size, offset=len(rows))
        rows.extend(page)
        if len(page) < size:
            break
    return rows


def register_rows(session: Session, f: ActionFilter, as_of: dt.date, limit: int | None) -> list[ActionRow]:
    """The register: the overdue actions first (the longest overdue first), then the others by
    due date, the undated last; `limit` rows at most (None: all)."""
    if f.overdue_on is not None:
        return _pages(session, f, as_of, limit)
    overdue = _pages(session, replace(f, overdue_on=as_of), as_of, limit)
    if limit is not None and len(overdue) >= limit:
        return overdue[:limit]
    # The due-ordered listing holds the overdue ones too: `limit` of it leaves enough of the rest.
    rest = [r for r in _pages(session, f, as_of, limit) if not r.overdue]
    rows = overdue + rest
    return rows if limit is None else rows[:limit]


def evidence_of(session: Session, ids: list[int]) -> dict[int, tuple[str | None, int | None]]:
    """Action id → the passage it was read from and its page (for actions already listed, so
    already judged visible to the caller)."""
    out: dict[int, tuple[str | None, int | None]] = {}
    for start in range(0, len(ids), PAGE):
        chunk = ids[start : start + PAGE]
        query = select(m.Action.id, m.Action.evidence_text, m.Action.evidence_page).where(
            m.Action.id.in_(chunk)
        )
        for action_id, text, page in session.execute(query):
            out[action_id] = (text, page)
    return out


def places_of(session: Session, hits: Sequence[Hit]) -> dict[tuple[str, int], Place]:
    """(kind, id) → `Place` (body, meeting date, ref) for the meetings, actions and decisions among `hits`."""
    wanted = {
        kind: sorted({h.id for h in hits if h.kind == kind}) for kind in ("meeting", "action", "decision")
    }
    out: dict[tuple[str, int], Place] = {}
    if wanted["meeting"]:
        query = (
            select(m.Meeting.id, m.Body.name, m.Meeting.date)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(m.Meeting.id.in_(wanted["meeting"]))
        )
        for key, body, date in session.execute(query):
            out[("meeting", key)] = Place(body, date)
    for kind, model in (("action", m.Action), ("decision", m.Decision)):
        if not wanted[kind]:
            continue
        ref = m.Action.ref if model is m.Action else m.Decision.item
        query = (
            select(model.id, m.Body.name, m.Meeting.date, ref)
            .join(m.Meeting, m.Meeting.id == model.meeting_id)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(model.id.in_(wanted[kind]))
        )
        for key, body, date, label in session.execute(query):
            out[(kind, key)] = Place(body, date, label if kind == "action" else None)
    return out
