"""The overview's figures: the register's totals, actions per body and per owner (open, overdue
on a day, completed), and actions raised and closed per month; worked out once per state of the
store (`overview`), as far as the caller may see the actions."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, replace

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries.actions import ActionFilter, count_actions, history_after, status_counts
from scrutiny.words import DONE, OPEN


@dataclass
class Totals:
    total: int = 0
    open: int = 0
    overdue: int = 0
    completed: int = 0


def totals(session: Session, sees_restricted: bool, day: dt.date) -> Totals:
    base = ActionFilter(restricted=sees_restricted)
    return Totals(
        total=count_actions(session, base),
        open=count_actions(session, replace(base, status=list(OPEN))),
        overdue=count_actions(session, replace(base, overdue_on=day)),
        completed=count_actions(session, replace(base, status=list(DONE))),
    )


@dataclass
class BodyCount:
    id: int | None
    name: str | None
    organisation: str | None
    total: int
    open: int
    overdue: int
    completed: int


def by_body(
    session: Session,
    sees_restricted: bool,
    day: dt.date,
    body_id: int | None = None,
    body_ids: list[int] | None = None,
) -> list[BodyCount]:
    """Actions per body (of `body_id`, or of `body_ids`, or all): all, open, overdue on `day`,
    completed; the most overdue first."""
    settled = not history_after(session, day)
    query = (
        select(m.Body.id, m.Body.name, m.Organisation.name, *status_counts(day, settled))
        .select_from(m.Action)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .where(v.actions(sees_restricted))
        .group_by(m.Body.id, m.Body.name, m.Organisation.name)
    )
    if body_id is not None:
        query = query.where(m.Meeting.body_id == body_id)
    if body_ids is not None:
        query = query.where(m.Meeting.body_id.in_(body_ids or [-1]))
    rows = [
        BodyCount(i, name, org, n or 0, o or 0, late or 0, done or 0)
        for i, name, org, n, o, late, done in session.execute(query)
    ]
    rows.sort(key=lambda r: (-r.overdue, -r.open, (r.name or "").lower()))
    return rows


@dataclass
class OwnerCount:
    label: str
    person_id: int | None
    body: str | None
    total: int = 0
    open: int = 0
    overdue: int = 0


def by_owner(
    session: Session, sees_restricted: bool, day: dt.date, limit: int = 15
) -> tuple[list[OwnerCount], int]:
    """Actions per owner (a resolved person, else the owner as written), the most overdue and open
    first; `limit` of them, and how many owners there are in all."""
    settled = not history_after(session, day)
    n, is_open, is_late, _ = status_counts(day, settled)
    query = (
        select(
            m.ActionOwner.person_id,
            func.lower(m.ActionOwner.owner),
            func.min(m.ActionOwner.owner),
            n,
            is_open,
            is_late,
        )
        .select_from(m.ActionOwner)
        .join(m.Action, m.Action.id == m.ActionOwner.action_id)
        .where(v.actions(sees_restricted))
        .group_by(m.ActionOwner.person_id, func.lower(m.ActionOwner.owner))
    )
    merged: dict[tuple, OwnerCount] = {}
    for person_id, key, written, total, o, late in session.execute(query):
        k = ("person", person_id) if person_id is not None else ("owner", key)
        row = merged.setdefault(k, OwnerCount(written, person_id, None))
        row.total += total or 0
        row.open += o or 0
        row.overdue += late or 0
    people = {
        p.id: (p, body)
        for p, body in session.execute(
            select(m.Person, m.Body.name)
            .outerjoin(m.Body, m.Body.id == m.Person.body_id)
            .where(m.Person.id.in_([r.person_id for r in merged.values() if r.person_id is not None] or [-1]))
        )
    }
    for row in merged.values():
        if row.person_id in people:
            person, body = people[row.person_id]
            row.label = person.name or person.initials or row.label
            row.body = body
    ranked = sorted(merged.values(), key=lambda r: (-r.overdue, -r.open, -r.total, r.label.lower()))
    return ranked[:limit], len(ranked)


@dataclass
class Month:
    year: int
    month: int
    raised: int = 0
    closed: int = 0

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


def per_month(session: Session, sees_restricted: bool, months: int = 24) -> list[Month]:
    """Actions raised (by the date of the meeting that gave them out) and closed (the day a history
    event made them complete or closed) per month, over the last `months` months that have any."""
    y, mo = extract("year", m.Meeting.date), extract("month", m.Meeting.date)
    raised = (
        select(y, mo, func.count(m.Action.id))
        .select_from(m.Action)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .where(m.Meeting.date.is_not(None), v.actions(sees_restricted))
        .group_by(y, mo)
    )
    ey, em = extract("year", m.ActionEvent.at), extract("month", m.ActionEvent.at)
    closed = (
        select(ey, em, func.count(func.distinct(m.ActionEvent.action_id)))
        .select_from(m.ActionEvent)
        .join(m.Action, m.Action.id == m.ActionEvent.action_id)
        .where(m.ActionEvent.status.in_(DONE), m.ActionEvent.at.is_not(None), v.actions(sees_restricted))
        .group_by(ey, em)
    )
    found: dict[tuple[int, int], Month] = {}
    for year, month, n in session.execute(raised):
        found.setdefault((int(year), int(month)), Month(int(year), int(month))).raised = n
    for year, month, n in session.execute(closed):
        found.setdefault((int(year), int(month)), Month(int(year), int(month))).closed = n
    if not found:
        return []
    last = max(found)
    first = min(found)
    start = _add_months(last, -(months - 1))
    start = max(start, first)
    out = []
    key = start
    while key <= last:
        out.append(found.get(key, Month(*key)))
        key = _add_months(key, 1)
    return out


def _add_months(key: tuple[int, int], n: int) -> tuple[int, int]:
    index = key[0] * 12 + key[1] - 1 + n
    return index // 12, index % 12 + 1


@dataclass
class Overview:
    totals: Totals
    bodies: list[BodyCount]
    owners: list[OwnerCount]
    owner_count: int
    months: list[Month]


_OVERVIEWS: dict[tuple, Overview] = {}
_OVERVIEW_LOCK = threading.Lock()


def data_version(session: Session) -> tuple:
    """Changes whenever what the overview counts may have: a document stored, an action added or
    dropped, an event recorded (status, owners, due date), an action's restriction changed."""
    return tuple(
        session.execute(
            select(
                select(func.max(m.Document.id)).scalar_subquery(),
                select(func.max(m.ActionEvent.id)).scalar_subquery(),
                select(func.count(m.Action.id)).scalar_subquery(),
                select(func.count(m.Action.id)).where(m.Action.restricted.is_(True)).scalar_subquery(),
            )
        ).one()
    )


def overview(session: Session, sees_restricted: bool, day: dt.date) -> Overview:
    """The overview's figures, worked out once per state of the store, viewer kind and day: on a
    store of 200,000 actions they take seconds, and the page is the one everybody opens first."""
    key = (str(session.get_bind().engine.url), sees_restricted, day, data_version(session))
    found = _OVERVIEWS.get(key)
    if found is not None:
        return found
    owners, owner_count = by_owner(session, sees_restricted, day)
    found = Overview(
        totals(session, sees_restricted, day),
        by_body(session, sees_restricted, day),
        owners,
        owner_count,
        per_month(session, sees_restricted),
    )
    with _OVERVIEW_LOCK:
        for stale in [k for k in _OVERVIEWS if k[:3] == key[:3]]:
            del _OVERVIEWS[stale]
        _OVERVIEWS[key] = found
        while len(_OVERVIEWS) > 16:
            del _OVERVIEWS[next(iter(_OVERVIEWS))]
    return found
