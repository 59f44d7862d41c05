"""Bodies (boards, panels, committees): the listing with their meetings and actions, one body with
its latest meetings and its people, the open actions a body's page lists, and its newest public
actions and decisions (its feed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries.actions import owners_of
from scrutiny.store.queries.meetings import MeetingItem, meetings
from scrutiny.store.queries.paging import total_of
from scrutiny.store.queries.people import PersonRow
from scrutiny.words import OPEN


@dataclass
class BodyItem:
    id: int
    name: str
    organisation: str | None
    meetings: int
    actions: int  # that the viewer may see


def _body_query(sees_restricted: bool) -> Select:
    meetings_ = (
        select(func.count(m.Meeting.id))
        .where(m.Meeting.body_id == m.Body.id, v.meetings(sees_restricted))
        .scalar_subquery()
    )
    actions = (
        select(func.count(m.Action.id))
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .where(m.Meeting.body_id == m.Body.id, v.actions(sees_restricted))
        .scalar_subquery()
    )
    return (
        select(m.Body.id, m.Body.name, m.Organisation.name, meetings_, actions)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .where(v.bodies(sees_restricted))  # a body known only from restricted papers is not shown
    )


def bodies(
    session: Session, sees_restricted: bool, limit: int | None = None, offset: int = 0
) -> tuple[list[BodyItem], int]:
    """Every board, panel and committee, by name, with its meetings and actions."""
    query = _body_query(sees_restricted)
    total = total_of(session, query.with_only_columns(m.Body.id))
    query = query.order_by(m.Body.name, m.Body.id).limit(limit).offset(offset)
    return [BodyItem(i, n, o, mt or 0, a or 0) for i, n, o, mt, a in session.execute(query)], total


@dataclass
class BodyDetail(BodyItem):
    meeting_list: list[MeetingItem] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)


def body(session: Session, body_id: int, sees_restricted: bool, limit: int = 100) -> BodyDetail | None:
    """One body with its latest `limit` meetings and the people its attendance names."""
    row = session.execute(_body_query(sees_restricted).where(m.Body.id == body_id)).first()
    if row is None:
        return None
    found, _ = meetings(session, sees_restricted, body_id=body_id, limit=limit)
    people_rows = [
        PersonRow(p.id, p.name, p.initials, p.role, row[1], 0)
        for p in session.scalars(
            select(m.Person)
            .where(m.Person.body_id == body_id, v.people(sees_restricted))
            .order_by(m.Person.name, m.Person.id)
        )
    ]
    i, n, o, mt, a = row
    return BodyDetail(i, n, o, mt or 0, a or 0, meeting_list=found, people=people_rows)


def body_of(session: Session, body_id: int | None) -> tuple[m.Body, str | None] | None:
    """The body and its organisation's name, for a page of something the caller may see (a body
    itself, a meeting of it, a person of it)."""
    if body_id is None:
        return None
    row = session.execute(
        select(m.Body, m.Organisation.name)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .where(m.Body.id == body_id)
    ).first()
    return (row[0], row[1]) if row else None


def open_action_ids(session: Session, body_id: int, sees_restricted: bool, limit: int = 100) -> list[int]:
    """The body's open actions the caller may see, earliest due first (undated last)."""
    query = (
        select(m.Action.id)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .where(m.Meeting.body_id == body_id, m.Action.status.in_(OPEN), v.actions(sees_restricted))
        .order_by(m.Action.due_date.is_(None), m.Action.due_date, m.Action.id)
        .limit(limit)
    )
    return list(session.scalars(query))


R = TypeVar("R", m.Action, m.Decision)


@dataclass
class NewRecord(Generic[R]):
    """A public action or decision of a body, with its meeting's date and when its paper came."""

    record: R
    meeting_date: dt.date | None
    ingested_at: dt.datetime | None
    owners: list[str] = field(default_factory=list)  # an action's, as written


def _newest(
    session: Session, model: type[R], visible: ColumnElement[bool], body_id: int, limit: int
) -> list[NewRecord[R]]:
    query = (
        select(model, m.Meeting.date, m.Document.ingested_at)
        .join(m.Meeting, m.Meeting.id == model.meeting_id)
        .join(m.Document, m.Document.id == model.document_id)
        .where(m.Meeting.body_id == body_id, visible, v.documents(False))
        .order_by(m.Document.ingested_at.desc(), m.Meeting.date.desc(), model.position)
        .limit(limit)
    )
    return [NewRecord(row, date, ingested) for row, date, ingested in session.execute(query)]


def newest_records(
    session: Session, body_id: int, limit: int
) -> tuple[list[NewRecord[m.Action]], list[NewRecord[m.Decision]]]:
    """The body's newest `limit` actions and newest `limit` decisions, by when their paper was
    ingested, then by meeting date: only public ones, whoever asks (a feed reader signs in to nothing)."""
    actions = _newest(session, m.Action, v.actions(False), body_id, limit)
    owners = owners_of(session, [n.record.id for n in actions])
    for n in actions:
        n.owners = owners.get(n.record.id, [])
    return actions, _newest(session, m.Decision, v.decisions(False), body_id, limit)
