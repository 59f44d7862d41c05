"""People named in attendance or owning actions: the listing with how many meetings name them,
one person with their meetings and actions, the counts the people index shows, and the people
with an e-mail address and the public actions they own (for the reminders)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries.actions import ActionBrief, action_briefs, history_after, status_counts
from scrutiny.store.queries.filters import body_ids
from scrutiny.store.queries.meetings import MeetingItem, meeting_item, meeting_query
from scrutiny.store.queries.paging import total_of


@dataclass
class PersonRow:
    id: int
    name: str | None
    initials: str | None
    role: str | None
    body: str | None
    meetings: int  # meetings whose attendance names them


def people_query(
    session: Session, body: str | None = None, name: str | None = None, *, restricted: bool = False
) -> Any:
    """The people listing, unordered: people named in attendance with how many meetings name them; `name`
    matches part of a name or the initials. Unless `restricted`, only those the public may see
    (`visibility.people`), with the meetings of public papers counted. The CLI and the web list from it."""
    attended_ = (
        select(func.count(m.Attendance.id))
        .where(m.Attendance.person_id == m.Person.id, v.attendance(restricted))
        .scalar_subquery()
    )
    query = (
        select(m.Person, m.Body.name, attended_)
        .outerjoin(m.Body, m.Body.id == m.Person.body_id)
        .where(v.people(restricted))
    )
    if body:
        query = query.where(m.Person.body_id.in_(body_ids(session, body) or [-1]))
    if name:
        who = name.strip().lower()
        query = query.where(
            or_(func.lower(m.Person.name).like(f"%{who}%"), func.lower(m.Person.initials) == who)
        )
    return query


def people_rows(session: Session, query: Any) -> list[PersonRow]:
    """The rows of a people listing, by body then name."""
    ordered = query.order_by(m.Body.name, m.Person.name, m.Person.id)
    return [PersonRow(p.id, p.name, p.initials, p.role, b, n or 0) for p, b, n in session.execute(ordered)]


def list_people(
    session: Session,
    body: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
    *,
    restricted: bool = False,
) -> list[PersonRow]:
    """People named in attendance, by body then name (`people_query`)."""
    return people_rows(
        session, people_query(session, body, name, restricted=restricted).limit(limit).offset(offset)
    )


def people(
    session: Session,
    sees_restricted: bool,
    body: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> tuple[list[PersonRow], int]:
    """People named in attendance, by body then name, with how many meetings name them (those the
    viewer may see), and how many match in all."""
    query = people_query(session, body, name, restricted=sees_restricted)
    total = total_of(session, query.with_only_columns(m.Person.id))
    return people_rows(session, query.limit(limit).offset(offset)), total


@dataclass
class PersonDetail:
    id: int
    name: str | None
    initials: str | None
    role: str | None
    body_id: int | None
    body: str | None
    meeting_list: list[MeetingItem] = field(default_factory=list)  # attended (or sent apologies)
    action_list: list[ActionBrief] = field(default_factory=list)  # owned, as resolved by the register


def person(session: Session, person_id: int, sees_restricted: bool, limit: int = 200) -> PersonDetail | None:
    """One person with the meetings that name them and the actions they own, as far as the
    caller may see them; None when there is none or the caller may not see them."""
    p = session.scalar(select(m.Person).where(m.Person.id == person_id, v.people(sees_restricted)))
    if p is None:
        return None
    body_name = session.scalar(select(m.Body.name).where(m.Body.id == p.body_id)) if p.body_id else None
    attended_ = select(m.Attendance.meeting_id).where(m.Attendance.person_id == p.id)
    rows = session.execute(
        meeting_query(sees_restricted)
        .where(m.Meeting.id.in_(attended_))
        .order_by(m.Meeting.date.is_(None), m.Meeting.date.desc(), m.Meeting.id)
        .limit(limit)
    ).all()
    owned = select(m.ActionOwner.action_id).where(m.ActionOwner.person_id == p.id)
    return PersonDetail(
        p.id,
        p.name,
        p.initials,
        p.role,
        p.body_id,
        body_name,
        meeting_list=[meeting_item(r) for r in rows],
        action_list=action_briefs(session, m.Action.id.in_(owned), sees_restricted)[:limit],
    )


@dataclass
class AttendedRow:
    meeting_id: int
    date: dt.date | None
    body: str | None
    attendance: str
    role: str | None


def attended(session: Session, person_id: int, sees_restricted: bool) -> list[AttendedRow]:
    """The meetings the person attended (or sent apologies to) that the viewer may see."""
    query = (
        select(m.Attendance, m.Meeting.date, m.Body.name)
        .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .where(m.Attendance.person_id == person_id, v.meetings(sees_restricted))
        .order_by(m.Meeting.date.desc(), m.Meeting.id)
    )
    return [
        AttendedRow(a.meeting_id, date, body, a.attendance, a.role)
        for a, date, body in session.execute(query)
    ]


def owned_action_ids(session: Session, person_id: int, sees_restricted: bool, limit: int = 200) -> list[int]:
    """The actions this person owns that the viewer may see, earliest due first (undated last)."""
    query = (
        select(m.Action.id)
        .join(m.ActionOwner, m.ActionOwner.action_id == m.Action.id)
        .where(m.ActionOwner.person_id == person_id, v.actions(sees_restricted))
        .order_by(m.Action.due_date.is_(None), m.Action.due_date, m.Action.id)
        .distinct()
        .limit(limit)
    )
    return list(session.scalars(query))


def actions_per_person(
    session: Session, person_ids: list[int], sees_restricted: bool, day: dt.date
) -> dict[int, tuple[int, int, int]]:
    """Of each person's owned actions the viewer may see: how many, how many open, how many overdue."""
    if not person_ids:
        return {}
    settled = not history_after(session, day)
    n, is_open, is_late, _ = status_counts(day, settled)
    owned = (
        select(m.ActionOwner.person_id, m.ActionOwner.action_id)
        .where(m.ActionOwner.person_id.in_(person_ids))
        .distinct()
        .subquery()
    )
    query = (
        select(owned.c.person_id, n, is_open, is_late)
        .select_from(owned)
        .join(m.Action, m.Action.id == owned.c.action_id)
        .where(v.actions(sees_restricted))
        .group_by(owned.c.person_id)
    )
    return {i: (t or 0, o or 0, late or 0) for i, t, o, late in session.execute(query)}


def visible_bodies_of_people(
    session: Session, person_ids: list[int], sees_restricted: bool
) -> dict[int, int]:
    """Each person's body, where the viewer may see it (`visibility.bodies`): for links."""
    if not person_ids:
        return {}
    query = (
        select(m.Person.id, m.Person.body_id)
        .join(m.Body, m.Body.id == m.Person.body_id)
        .where(m.Person.id.in_(person_ids), v.bodies(sees_restricted))
    )
    return {i: b for i, b in session.execute(query) if b is not None}


# --- the reminders ------------------------------------------------------------------------------

_ADDRESSED = (m.Person.email.is_not(None), m.Person.email != "")


def addressed_owners(session: Session) -> list[tuple[m.Person, m.Action]]:
    """(person, action) for each public action owned by a person with an e-mail address, by address
    then due date: never a restricted action, whoever is reminded."""
    query = (
        select(m.Person, m.Action)
        .join(m.ActionOwner, m.ActionOwner.person_id == m.Person.id)
        .join(m.Action, m.Action.id == m.ActionOwner.action_id)
        .where(*_ADDRESSED, v.actions(False))
        .order_by(m.Person.email, m.Action.due_date, m.Action.id)
    )
    return [(person, action) for person, action in session.execute(query)]


def people_with_address(session: Session) -> int:
    """How many people have an e-mail address to be reminded at."""
    return session.scalar(select(func.count()).select_from(m.Person).where(*_ADDRESSED)) or 0
