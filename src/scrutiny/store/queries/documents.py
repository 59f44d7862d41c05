"""Documents: the listing (the latest ingested first), one document in full (its text with Part II
sections withheld from the public, and the records read from it), and the records a page links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries.actions import ActionBrief, action_briefs
from scrutiny.store.queries.meetings import (
    DecisionItem,
    MeetingItem,
    decision_items,
    meeting_item,
    meeting_query,
)
from scrutiny.store.queries.paging import total_of


@dataclass
class DocumentItem:
    id: int
    name: str
    title: str | None
    format: str
    pages: int | None
    ingested_at: dt.datetime
    restricted: bool
    meetings: int


def _document_query(sees_restricted: bool) -> Select:
    meetings_ = (
        select(func.count(m.Meeting.id)).where(m.Meeting.document_id == m.Document.id).scalar_subquery()
    )
    d = m.Document
    return select(d.id, d.name, d.title, d.format, d.pages, d.ingested_at, d.restricted, meetings_).where(
        v.documents(sees_restricted)
    )


def documents(
    session: Session, sees_restricted: bool, name: str | None = None, limit: int | None = 50, offset: int = 0
) -> tuple[list[DocumentItem], int]:
    """Documents, the latest ingested first (their text is not read); and how many in all."""
    query = _document_query(sees_restricted)
    if name:
        pattern = f"%{name.strip().lower()}%"
        query = query.where(
            func.lower(m.Document.name).like(pattern) | func.lower(m.Document.title).like(pattern)
        )
    total = total_of(session, query.with_only_columns(m.Document.id))
    query = query.order_by(m.Document.ingested_at.desc(), m.Document.id.desc()).limit(limit).offset(offset)
    return [DocumentItem(*row) for row in session.execute(query)], total


@dataclass
class ForwardPlanItem:
    date: dt.date | None
    body: str | None
    title: str
    page: int | None


@dataclass
class DocumentDetail(DocumentItem):
    sha256: str = ""
    source: str | None = None  # where it was ingested from: for signed-in users only
    text: str = ""
    withheld: int = 0  # Part II sections replaced by WITHHELD in `text`
    meeting_list: list[MeetingItem] = field(default_factory=list)
    action_list: list[ActionBrief] = field(default_factory=list)
    decision_list: list[DecisionItem] = field(default_factory=list)
    forward_plan: list[ForwardPlanItem] = field(default_factory=list)


def document(session: Session, document_id: int, sees_restricted: bool) -> DocumentDetail | None:
    """One document: its metadata, its text (Part II sections withheld from the public) and the
    records read from it that the viewer may see."""
    row = session.execute(_document_query(sees_restricted).where(m.Document.id == document_id)).first()
    if row is None:
        return None
    doc = session.get(m.Document, document_id)
    assert doc is not None
    r = v.Redactor(session, sees_restricted)
    text, withheld = r.text(doc.id, doc.text or "")
    meeting_rows = session.execute(
        meeting_query(sees_restricted)
        .where(m.Meeting.document_id == doc.id)
        .order_by(m.Meeting.position, m.Meeting.id)
    ).all()
    plan = [
        ForwardPlanItem(f.date, f.body, f.title, f.evidence_page)
        for f in _forward_plan(session, doc.id)
        if not r.hides_passage(doc.id, f.evidence_text or f.title)
    ]
    return DocumentDetail(
        **vars(DocumentItem(*row)),
        sha256=doc.sha256,
        source=doc.source if sees_restricted else None,
        text=text,
        withheld=withheld,
        meeting_list=[meeting_item(mr) for mr in meeting_rows],
        action_list=action_briefs(session, m.Action.document_id == doc.id, sees_restricted),
        decision_list=decision_items(session, m.Decision.document_id == doc.id, sees_restricted),
        forward_plan=plan,
    )


def _forward_plan(session: Session, document_id: int) -> list[m.ForwardPlanEntry]:
    return list(
        session.scalars(
            select(m.ForwardPlanEntry)
            .where(m.ForwardPlanEntry.document_id == document_id)
            .order_by(m.ForwardPlanEntry.position)
        )
    )


def visible_document(session: Session, document_id: int, sees_restricted: bool) -> m.Document | None:
    """The document, or None when there is none or the caller may not see it."""
    return session.scalar(
        select(m.Document).where(m.Document.id == document_id, v.documents(sees_restricted))
    )


def document_id_of(session: Session, sha256: str) -> int | None:
    """The id of the document stored with these bytes (`sha256`), if one is."""
    return session.scalar(select(m.Document.id).where(m.Document.sha256 == sha256))


def document_sources(session: Session) -> list[str | None]:
    """Where each stored document was read from (its path, as given to the ingest): no paper's
    words, so whoever asks (the demo, before it makes its database anew)."""
    return list(session.scalars(select(m.Document.source)))


def document_records(session: Session, doc: m.Document, sees_restricted: bool) -> dict[str, list[Any]]:
    """The records read from `doc` as rows of the store, for the document's page: its meetings
    (with their body's name), actions, decisions, updates and forward plan."""
    meetings = list(
        session.execute(
            select(m.Meeting, m.Body.name)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(m.Meeting.document_id == doc.id)
            .order_by(m.Meeting.position, m.Meeting.id)
        )
    )
    actions = (
        select(m.Action)
        .where(m.Action.document_id == doc.id, v.actions(sees_restricted))
        .order_by(m.Action.meeting_id, m.Action.position)
    )
    decisions = (
        select(m.Decision)
        .where(m.Decision.document_id == doc.id, v.decisions(sees_restricted))
        .order_by(m.Decision.meeting_id, m.Decision.position)
    )
    updates = (
        select(m.ActionUpdate)
        .where(m.ActionUpdate.document_id == doc.id, v.updates(sees_restricted))
        .order_by(m.ActionUpdate.meeting_id, m.ActionUpdate.position)
    )
    return {
        "meetings": meetings,
        "actions": list(session.scalars(actions)),
        "decisions": list(session.scalars(decisions)),
        "updates": list(session.scalars(updates)),
        "plan": _forward_plan(session, doc.id),
    }


def actions_per_document(session: Session, document_ids: list[int], sees_restricted: bool) -> dict[int, int]:
    """How many of each document's actions the viewer may see."""
    if not document_ids:
        return {}
    query = (
        select(m.Action.document_id, func.count(m.Action.id))
        .where(m.Action.document_id.in_(document_ids), v.actions(sees_restricted))
        .group_by(m.Action.document_id)
    )
    return dict(session.execute(query).all())
