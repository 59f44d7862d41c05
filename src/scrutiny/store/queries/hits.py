"""Search results for the pages and the API: the full-text hits (`store.search`) the caller may
see, each with the body, meeting date and reference of the record it found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.search import Hit, search


@dataclass
class SearchHit:
    kind: str  # meeting | action | decision | passage
    id: int  # of the meeting, action or decision; of the document for a passage
    document_id: int
    document: str
    page: int | None
    snippet: str  # matched words between « and »
    fragments: list[tuple[str, bool]]  # the snippet as (text, matched) pieces, to mark up safely
    score: float
    body: str | None = None
    meeting_date: dt.date | None = None
    ref: str | None = None


def find_hits(session: Session, query: str, sees_restricted: bool, limit: int = 20) -> list[SearchHit]:
    """The best `limit` hits for `query` (`store.search.search`), restricted entries and the
    entries of restricted documents left out of the query for the public."""
    hits: list[Hit] = v.hits(
        session, search(session, query, limit=limit, restricted=sees_restricted), sees_restricted
    )
    places = _places(session, hits)
    out = []
    for h in hits:
        body_, day, ref = places.get((h.kind, h.id), (None, None, None))
        out.append(
            SearchHit(
                h.kind,
                h.id,
                h.document_id,
                h.document,
                h.page,
                h.snippet,
                h.fragments(),
                float(h.score),
                body_,
                day,
                ref,
            )
        )
    return out


def _places(session: Session, hits: list[Hit]) -> dict[tuple[str, int], tuple]:
    out: dict[tuple[str, int], tuple] = {}
    wanted = {k: sorted({h.id for h in hits if h.kind == k}) for k in ("meeting", "action", "decision")}
    if wanted["meeting"]:
        for key, name, day in session.execute(
            select(m.Meeting.id, m.Body.name, m.Meeting.date)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(m.Meeting.id.in_(wanted["meeting"]))
        ):
            out[("meeting", key)] = (name, day, None)
    for kind, model in (("action", m.Action), ("decision", m.Decision)):
        if wanted[kind]:
            ref = m.Action.ref if model is m.Action else m.Decision.item
            for key, name, day, label in session.execute(
                select(model.id, m.Body.name, m.Meeting.date, ref)
                .join(m.Meeting, m.Meeting.id == model.meeting_id)
                .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
                .where(model.id.in_(wanted[kind]))
            ):
                out[(kind, key)] = (name, day, label if kind == "action" else None)
    return out


def decision_meetings(session: Session, decision_ids: list[int]) -> dict[int, int]:
    """The meeting of each decision, to link a hit to its place on the meeting's page."""
    return dict(
        session.execute(
            select(m.Decision.id, m.Decision.meeting_id).where(m.Decision.id.in_(decision_ids or [-1]))
        ).all()
    )
