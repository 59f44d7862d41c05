"""Meetings: the listing (latest first, with the actions and decisions each gave), one meeting in
full (attendance, agenda, actions, decisions, updates) and the records of many at once for the
exports, and every decision, latest first; as far as the caller may see them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries.actions import ActionBrief, action_briefs, owners_of
from scrutiny.store.queries.filters import body_ids
from scrutiny.store.queries.paging import total_of


@dataclass
class MeetingRow:
    id: int
    date: dt.date | None
    body: str | None
    organisation: str | None
    venue: str | None
    document_id: int
    document: str
    actions: int
    decisions: int
    start_time: str | None = None


@dataclass
class MeetingItem:
    id: int
    date: dt.date | None
    body_id: int | None
    body: str | None
    organisation: str | None
    venue: str | None
    document_id: int
    document: str
    actions: int  # that the viewer may see
    decisions: int


def meeting_query(sees_restricted: bool) -> Select:
    """Meetings the caller may see, each with its body, organisation, document and the counts of
    actions and decisions the caller may see."""
    actions = (
        select(func.count(m.Action.id))
        .where(m.Action.meeting_id == m.Meeting.id, v.actions(sees_restricted))
        .scalar_subquery()
    )
    decisions = (
        select(func.count(m.Decision.id))
        .where(m.Decision.meeting_id == m.Meeting.id, v.decisions(sees_restricted))
        .scalar_subquery()
    )
    return (
        select(m.Meeting, m.Body.name, m.Organisation.name, m.Document.name, actions, decisions)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .join(m.Document, m.Document.id == m.Meeting.document_id)
        .where(v.documents(sees_restricted))
    )


def meeting_item(row: Any) -> MeetingItem:
    mt, body, org, doc, actions, decisions = row
    return MeetingItem(
        mt.id, mt.date, mt.body_id, body, org, mt.venue, mt.document_id, doc, actions or 0, decisions or 0
    )


def _matching(
    session: Session,
    sees_restricted: bool,
    body: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    body_id: int | None = None,
) -> Select:
    query = meeting_query(sees_restricted)
    if body:
        query = query.where(m.Meeting.body_id.in_(body_ids(session, body) or [-1]))
    if body_id is not None:
        query = query.where(m.Meeting.body_id == body_id)
    if date_from:
        query = query.where(m.Meeting.date >= date_from)
    if date_to:
        query = query.where(m.Meeting.date <= date_to)
    return query


def _latest_first(query: Select) -> Select:
    return query.order_by(m.Meeting.date.is_(None), m.Meeting.date.desc(), m.Meeting.id)


def list_meetings(
    session: Session,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = 50,
    offset: int = 0,
    *,
    restricted: bool = False,
) -> list[MeetingRow]:
    """Meetings, latest first, with how many actions and decisions each gave; only those the
    public may see, and only their public actions and decisions, unless `restricted`."""
    query = (
        _latest_first(_matching(session, restricted, body, date_from, date_to)).limit(limit).offset(offset)
    )
    return [
        MeetingRow(mt.id, mt.date, b, o, mt.venue, mt.document_id, d, a or 0, dc or 0, mt.start_time)
        for mt, b, o, d, a, dc in session.execute(query)
    ]


def meetings(
    session: Session,
    sees_restricted: bool,
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    body_id: int | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[MeetingItem], int]:
    """Meetings, latest first, with the counts of actions and decisions the viewer may see; and
    how many meetings match in all."""
    query = _matching(session, sees_restricted, body, date_from, date_to, body_id)
    total = total_of(session, query.with_only_columns(m.Meeting.id))
    rows = session.execute(_latest_first(query).limit(limit).offset(offset)).all()
    return [meeting_item(r) for r in rows], total


@dataclass
class AttendeeItem:
    name: str | None
    role: str | None
    initials: str | None
    attendance: str
    person_id: int | None


@dataclass
class AgendaItem:
    number: str | None
    title: str
    restricted: bool
    page: int | None


@dataclass
class DecisionItem:
    id: int
    item: str | None
    text: str
    restricted: bool
    document_id: int
    page: int | None
    evidence: str | None


@dataclass
class UpdateItem:
    id: int
    ref: str | None
    text: str | None
    status: str | None
    action_id: int | None  # the action it reports on, when the register linked it
    confidence: float | None
    page: int | None
    evidence: str | None


@dataclass
class MeetingDetail(MeetingItem):
    start_time: str | None = None
    page: int | None = None
    evidence: str | None = None
    attendance: list[AttendeeItem] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    action_list: list[ActionBrief] = field(default_factory=list)
    decision_list: list[DecisionItem] = field(default_factory=list)
    updates: list[UpdateItem] = field(default_factory=list)


def decision_items(session: Session, condition: Any, sees_restricted: bool) -> list[DecisionItem]:
    """The decisions meeting `condition` (of one meeting, or one document), in their order."""
    return [
        DecisionItem(d.id, d.item, d.text, d.restricted, d.document_id, d.evidence_page, d.evidence_text)
        for d in session.scalars(
            select(m.Decision)
            .where(condition, v.decisions(sees_restricted))
            .order_by(m.Decision.meeting_id, m.Decision.position)
        )
    ]


@dataclass
class DecisionRow:
    id: int
    body: str | None
    meeting_date: dt.date | None
    item: str | None
    text: str
    restricted: bool
    document: str


def list_decisions(session: Session, sees_restricted: bool) -> list[DecisionRow]:
    """Every decision the caller may see, latest meeting first, each meeting's in their order."""
    query = (
        select(m.Decision, m.Meeting.date, m.Body.name, m.Document.name)
        .join(m.Meeting, m.Meeting.id == m.Decision.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .join(m.Document, m.Document.id == m.Decision.document_id)
        .where(v.decisions(sees_restricted), v.documents(sees_restricted))
        .order_by(m.Meeting.date.is_(None), m.Meeting.date.desc(), m.Decision.meeting_id, m.Decision.position)
    )
    return [
        DecisionRow(d.id, body, date, d.item, d.text, d.restricted, document)
        for d, date, body, document in session.execute(query)
    ]


def meeting(session: Session, meeting_id: int, sees_restricted: bool) -> MeetingDetail | None:
    """One meeting: who attended, its agenda, the actions given out, the decisions taken and the
    updates reported on earlier actions, as far as the viewer may see them."""
    row = session.execute(meeting_query(sees_restricted).where(m.Meeting.id == meeting_id)).first()
    if row is None:
        return None
    base = meeting_item(row)
    mt = row[0]
    r = v.Redactor(session, sees_restricted)
    attendance = [
        AttendeeItem(a.name, a.role, a.initials, a.attendance, a.person_id)
        for a in session.scalars(
            select(m.Attendance).where(m.Attendance.meeting_id == mt.id).order_by(m.Attendance.position)
        )
    ]
    items = [
        AgendaItem(i.number, i.title, i.restricted, i.evidence_page)
        for i in session.scalars(
            select(m.Item)
            .where(m.Item.meeting_id == mt.id, v.items(sees_restricted))
            .order_by(m.Item.position)
        )
    ]
    update_query = select(m.ActionUpdate).where(
        m.ActionUpdate.meeting_id == mt.id, v.updates(sees_restricted)
    )
    updates = [
        UpdateItem(
            u.id, u.ref, u.text, u.status, u.action_id, u.match_confidence, u.evidence_page, u.evidence_text
        )
        for u in session.scalars(update_query.order_by(m.ActionUpdate.position))
        if not r.hides_passage(u.document_id, u.evidence_text or u.text)
    ]
    return MeetingDetail(
        **vars(base),
        start_time=mt.start_time,
        page=mt.evidence_page,
        evidence=r.evidence(mt.document_id, mt.evidence_text),
        attendance=attendance,
        items=items,
        action_list=action_briefs(session, m.Action.meeting_id == mt.id, sees_restricted),
        decision_list=decision_items(session, m.Decision.meeting_id == mt.id, sees_restricted),
        updates=updates,
    )


def restricted_in_meeting(session: Session, meeting_id: int) -> int:
    """How many of the meeting's items and decisions are restricted (to say that some are not shown)."""
    items = select(func.count(m.Item.id)).where(m.Item.meeting_id == meeting_id, m.Item.restricted.is_(True))
    decisions = select(func.count(m.Decision.id)).where(
        m.Decision.meeting_id == meeting_id, m.Decision.restricted.is_(True)
    )
    return (session.scalar(items) or 0) + (session.scalar(decisions) or 0)


# --- many meetings' records at once -------------------------------------------------------------


@dataclass
class MeetingRecords:
    """What a meeting's paper gave that the caller may see, each list in the paper's order."""

    meeting: m.Meeting
    attendees: list[m.Attendance] = field(default_factory=list)
    items: list[m.Item] = field(default_factory=list)
    actions: list[m.Action] = field(default_factory=list)
    owners: dict[int, list[str]] = field(default_factory=dict)  # an action's id → its owners as written
    decisions: list[m.Decision] = field(default_factory=list)
    updates: list[m.ActionUpdate] = field(default_factory=list)


def _by_meeting(session: Session, model: Any, ids: list[int], visible: Any) -> dict[int, list[Any]]:
    """The rows of `model` of these meetings that `visible` lets through, in order, by meeting."""
    query = (
        select(model)
        .where(model.meeting_id.in_(ids or [-1]), visible)
        .order_by(model.meeting_id, model.position, model.id)
    )
    out: dict[int, list[Any]] = {}
    for row in session.scalars(query):
        out.setdefault(row.meeting_id, []).append(row)
    return out


def meeting_records(session: Session, ids: list[int], sees_restricted: bool) -> dict[int, MeetingRecords]:
    """Meeting id → its records, for a page of the meetings the caller may see (`list_meetings`):
    attendance, agenda, actions with their owners, decisions, and the updates not reported in a
    Part II passage."""
    redactor = v.Redactor(session, sees_restricted)
    out = {
        mt.id: MeetingRecords(mt)
        for mt in session.scalars(select(m.Meeting).where(m.Meeting.id.in_(ids or [-1])))
    }
    for meeting_id, rows in _by_meeting(session, m.Attendance, ids, v.attendance(sees_restricted)).items():
        out[meeting_id].attendees = rows
    for meeting_id, rows in _by_meeting(session, m.Item, ids, v.items(sees_restricted)).items():
        out[meeting_id].items = rows
    actions = _by_meeting(session, m.Action, ids, v.actions(sees_restricted))
    owners = owners_of(session, [a.id for rows in actions.values() for a in rows])
    for meeting_id, rows in actions.items():
        out[meeting_id].actions = rows
        out[meeting_id].owners = {a.id: owners.get(a.id, []) for a in rows}
    for meeting_id, rows in _by_meeting(session, m.Decision, ids, v.decisions(sees_restricted)).items():
        out[meeting_id].decisions = rows
    for meeting_id, rows in _by_meeting(session, m.ActionUpdate, ids, v.updates(sees_restricted)).items():
        out[meeting_id].updates = [
            u for u in rows if not redactor.hides_passage(u.document_id, u.evidence_text or u.text)
        ]
    return out
