"""Actions: the register's listing and count, the overdue condition, short lists for the pages.

Each listing returns plain rows (dataclasses), one page at a time (`limit`, `offset`), built so
that the first page of a register of 200,000 actions comes from an index rather than a scan:
overdue and due-date listings walk `actions.due_date`, owner filters `lower(action_owners.owner)`.
Who may see which action is `store.visibility`'s rule, applied in each query.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, Exists, Select, and_, case, exists, func, or_, select, union
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.events import SOURCE_RANK, status_on
from scrutiny.store.queries.filters import body_ids
from scrutiny.words import DONE, OPEN, is_overdue

Order = Literal["due", "meeting", "id"]
PAGE = 1000  # rows fetched, or ids asked for, at once when listing everything


@dataclass
class ActionRow:
    id: int
    ref: str | None
    text: str
    owners: list[str]
    due: str | None
    due_date: dt.date | None
    due_text: str | None
    status: str
    restricted: bool
    meeting_id: int
    meeting_date: dt.date | None
    body: str | None
    document_id: int
    document: str
    overdue: bool = False  # as of the listing's day


@dataclass
class ActionFilter:
    """Every filter is optional; text filters ignore case (`body` matches part of a name)."""

    body: str | None = None
    owner: str | None = None  # an owner as written ("BJH"), or a person's name or initials
    status: list[str] = field(default_factory=list)
    overdue_on: dt.date | None = None  # only actions overdue on this day (see `overdue_on`)
    due_before: dt.date | None = None  # due on or before this day
    meeting_from: dt.date | None = None
    meeting_to: dt.date | None = None
    restricted: bool = True  # False: only what the public may see (`visibility.actions`)


def _later_event(day: dt.date) -> Exists:
    """The action has a stated status dated after `day`: its status then may not be its status now."""
    e = m.ActionEvent
    return exists().where(e.action_id == m.Action.id, e.at > day, e.status.is_not(None))


def _status_on(day: dt.date) -> ColumnElement[str]:
    """The action's status on `day` from its history, as `events.status_on` orders it (undated
    events first; within a day extracted, update, person; then entry order); "open" if none."""
    e = m.ActionEvent
    at = func.coalesce(e.at, dt.date.min)
    rank = case(SOURCE_RANK, value=e.source, else_=len(SOURCE_RANK))
    latest = (
        select(e.status)
        .where(e.action_id == m.Action.id, e.status.is_not(None), at <= day)
        .order_by(at.desc(), rank.desc(), e.created_at.desc(), e.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, "open")


def history_after(session: Session, day: dt.date) -> bool:
    """Whether any action's history states a status after `day` (one scan of the events)."""
    e = m.ActionEvent
    return session.scalar(select(e.id).where(e.at > day, e.status.is_not(None)).limit(1)) is not None


def overdue_on(day: dt.date, dated: bool | None = None, settled: bool = False) -> ColumnElement[bool]:
    """The register's overdue on `day` (`scrutiny.words.is_overdue`) as a condition: past its due
    date and neither complete nor closed on that day, or with no due date and called overdue.

    The status on the day is the current one unless the history states one after it, so the
    usual case costs one index probe per action; `settled` (no history after the day anywhere,
    see `history_after`) spares even that. `dated` True or False keeps one arm only, so that a
    listing walks `actions.due_date` (or `actions.status`) in order. Deferral dates are not
    stored apart from the due date, so a deferral moves nothing here."""
    if settled:
        past_due = and_(m.Action.due_date < day, m.Action.status.not_in(DONE))
        undated = and_(m.Action.due_date.is_(None), m.Action.status == "overdue")
        return past_due if dated is True else undated if dated is False else or_(past_due, undated)
    later = _later_event(day)
    past_due = and_(
        m.Action.due_date < day,
        or_(
            and_(m.Action.status.not_in(DONE), ~later),
            and_(later, _status_on(day).not_in(DONE)),
        ),
    )
    undated = and_(m.Action.due_date.is_(None), m.Action.status == "overdue", ~later)
    if dated is True:
        return past_due
    if dated is False:
        return undated
    return or_(past_due, undated)


def status_counts(day: dt.date, settled: bool) -> tuple[Any, Any, Any, Any]:
    """Aggregates over a query of actions: how many, how many open, overdue on `day`, done."""
    is_open = case((m.Action.status.in_(OPEN), 1), else_=0)
    is_late = case((overdue_on(day, settled=settled), 1), else_=0)
    is_done = case((m.Action.status.in_(DONE), 1), else_=0)
    return func.count(m.Action.id), func.sum(is_open), func.sum(is_late), func.sum(is_done)


def _filtered(
    session: Session,
    f: ActionFilter,
    by_meeting: bool = False,
    dated: bool | None = None,
    settled: bool = False,
) -> Select:
    query = select(m.Action.id)
    if by_meeting or f.body or f.meeting_from or f.meeting_to:  # else no join: the due-date index leads
        query = query.join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
    if f.body:
        query = query.where(m.Meeting.body_id.in_(body_ids(session, f.body) or [-1]))
    if f.owner:
        who = f.owner.strip().lower()
        owners = union(  # not one OR: each arm uses its own index
            select(m.ActionOwner.action_id).where(func.lower(m.ActionOwner.owner) == who),
            select(m.ActionOwner.action_id)
            .join(m.Person, m.Person.id == m.ActionOwner.person_id)
            .where(or_(func.lower(m.Person.name) == who, func.lower(m.Person.initials) == who)),
        )
        query = query.where(m.Action.id.in_(owners))
    if f.status:
        query = query.where(m.Action.status.in_(f.status))
    if f.overdue_on:
        query = query.where(overdue_on(f.overdue_on, dated, settled))
    if f.due_before:
        query = query.where(m.Action.due_date <= f.due_before)
    if f.meeting_from:
        query = query.where(m.Meeting.date >= f.meeting_from)
    if f.meeting_to:
        query = query.where(m.Meeting.date <= f.meeting_to)
    if not f.restricted:
        query = query.where(v.actions(False))
    return query


def list_actions(
    session: Session,
    filters: ActionFilter | None = None,
    *,
    as_of: dt.date | None = None,
    order: Order = "due",
    limit: int | None = 50,
    offset: int = 0,
) -> list[ActionRow]:
    """One page of actions matching `filters`; `order` "due" puts the earliest due first (undated last)."""
    f = filters or ActionFilter()
    as_of = as_of or f.overdue_on or dt.date.today()
    if order == "due":
        ids = _by_due(session, f, limit, offset)
    else:
        query = _filtered(session, f, by_meeting=order == "meeting")
        if order == "meeting":
            query = query.order_by(m.Meeting.date.desc(), m.Action.position, m.Action.id)
        else:
            query = query.order_by(m.Action.id)
        ids = list(session.scalars(query.limit(limit).offset(offset)))
    return action_rows(session, ids, as_of)


def _by_due(session: Session, f: ActionFilter, limit: int | None, offset: int) -> list[int]:
    """Earliest due first, then the undated: two queries, so that each walks an index in order
    (`ORDER BY due_date IS NULL` would sort every match before the first page)."""
    dated = (
        _filtered(session, f, dated=True)
        .where(m.Action.due_date.is_not(None))
        .order_by(m.Action.due_date, m.Action.id)
    )
    ids = list(session.scalars(dated.limit(limit).offset(offset)))
    if f.due_before or (limit is not None and len(ids) >= limit):
        return ids  # no undated action can match, or the page is full
    skip = 0
    if offset and not ids:
        skip = offset - (
            session.scalar(select(func.count()).select_from(dated.order_by(None).subquery())) or 0
        )
    undated = _filtered(session, f, dated=False).where(m.Action.due_date.is_(None)).order_by(m.Action.id)
    rest = None if limit is None else limit - len(ids)
    return ids + list(session.scalars(undated.limit(rest).offset(max(0, skip))))


def count_actions(session: Session, filters: ActionFilter | None = None) -> int:
    """How many actions match; counting the overdue, the history is read only if it goes past the day."""
    f = filters or ActionFilter()
    settled = f.overdue_on is not None and not history_after(session, f.overdue_on)
    query = _filtered(session, f, settled=settled)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def action_rows(session: Session, ids: list[int], as_of: dt.date) -> list[ActionRow]:
    """Register rows for the actions `ids`, in that order, overdue judged on `as_of`."""
    if not ids:
        return []
    rows = session.execute(
        select(m.Action, m.Meeting.date, m.Body.name, m.Document.name)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .join(m.Document, m.Document.id == m.Action.document_id)
        .where(m.Action.id.in_(ids))
    ).all()
    changed = _changed_since(session, ids, as_of)
    owners = owners_of(session, ids)
    by_id = {
        a.id: ActionRow(
            id=a.id,
            ref=a.ref,
            text=a.text,
            owners=owners.get(a.id, []),
            due=a.due,
            due_date=a.due_date,
            due_text=a.due_text,
            status=a.status,
            restricted=a.restricted,
            meeting_id=a.meeting_id,
            meeting_date=date,
            body=body,
            document_id=a.document_id,
            document=document,
            overdue=is_overdue(a.due_date, changed.get(a.id, a.status), as_of),
        )
        for a, date, body, document in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def every_action(
    session: Session, f: ActionFilter, as_of: dt.date, limit: int | None = None
) -> list[ActionRow]:
    """The actions `f` lets through in due order, `limit` of them (None: all), a page at a time."""
    rows: list[ActionRow] = []
    while limit is None or len(rows) < limit:
        size = PAGE if limit is None else min(PAGE, limit - len(rows))
        page = list_actions(session, f, as_of=as_of, limit=size, offset=len(rows))
        rows.extend(page)
        if len(page) < size:
            break
    return rows


def evidence_of(session: Session, ids: list[int]) -> dict[int, tuple[str | None, int | None]]:
    """Action id → the passage it was read from and its page (for actions already listed, so
    already judged visible to the caller)."""
    out: dict[int, tuple[str | None, int | None]] = {}
    for start in range(0, len(ids), PAGE):
        query = select(m.Action.id, m.Action.evidence_text, m.Action.evidence_page).where(
            m.Action.id.in_(ids[start : start + PAGE])
        )
        for action_id, text, page in session.execute(query):
            out[action_id] = (text, page)
    return out


def owners_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Each of the actions' owners as written, in their order."""
    owners: dict[int, list[str]] = {}
    if not ids:
        return owners
    for action_id, owner in session.execute(
        select(m.ActionOwner.action_id, m.ActionOwner.owner)
        .where(m.ActionOwner.action_id.in_(ids))
        .order_by(m.ActionOwner.action_id, m.ActionOwner.position)
    ):
        owners.setdefault(action_id, []).append(owner)
    return owners


def _changed_since(session: Session, ids: list[int], day: dt.date) -> dict[int, str]:
    """The status on `day` of those of `ids` whose history states a status after it."""
    later = set(
        session.scalars(
            select(m.ActionEvent.action_id)
            .where(
                m.ActionEvent.action_id.in_(ids),
                m.ActionEvent.at > day,
                m.ActionEvent.status.is_not(None),
            )
            .distinct()
        )
    )
    if not later:
        return {}
    events: dict[int, list[m.ActionEvent]] = {}
    for event in session.scalars(select(m.ActionEvent).where(m.ActionEvent.action_id.in_(later))):
        events.setdefault(event.action_id, []).append(event)
    return {i: status_on(evs, day) for i, evs in events.items()}


# --- the register's total, remembered -----------------------------------------------------------

COUNT_CACHE = True  # bench/web_speed.py --no-cache turns it off
_GENERATION = [0]  # bumped by every change of a marking (`store.edits`), which writes no event
_counts: OrderedDict[tuple, int] = OrderedDict()
_COUNTS_KEPT = 512


def changed_markings() -> None:
    """Say that a restricted marking changed (the totals counted before may be wrong now)."""
    _GENERATION[0] += 1


def _store_version(session: Session) -> tuple:
    """What changes whenever an action's count could: every ingest adds a document, every change
    of status, owners or due date an event, every marking bumps the generation (3 index reads)."""
    return (
        session.scalar(select(func.max(m.ActionEvent.id))),
        session.scalar(select(func.max(m.Action.id))),
        session.scalar(select(func.max(m.Document.id))),
        _GENERATION[0],
    )


def count_actions_cached(session: Session, f: ActionFilter) -> int:
    """`count_actions`, remembered until the store changes: counting the overdue of 200,000
    actions reads ~100,000 index entries, and every page of the register asks again."""
    if not COUNT_CACHE:
        return count_actions(session, f)
    key = (str(session.get_bind().engine.url), repr(f), _store_version(session))
    if key in _counts:
        _counts.move_to_end(key)
        return _counts[key]
    total = _counts[key] = count_actions(session, f)
    while len(_counts) > _COUNTS_KEPT:
        _counts.popitem(last=False)
    return total


# --- short lists: the actions of one meeting, document or person --------------------------------


@dataclass
class ActionBrief:
    id: int
    ref: str | None
    item: str | None
    text: str
    owners: list[str]
    due: str | None
    due_text: str | None
    status: str
    restricted: bool
    meeting_id: int
    page: int | None


def action_briefs(session: Session, condition: Any, sees_restricted: bool) -> list[ActionBrief]:
    """The actions meeting `condition` (e.g. of one meeting), in their order in the papers."""
    actions = list(
        session.scalars(
            select(m.Action)
            .where(condition, v.actions(sees_restricted))
            .order_by(m.Action.meeting_id, m.Action.position, m.Action.id)
        )
    )
    owners = owners_of(session, [a.id for a in actions])
    return [
        ActionBrief(
            a.id,
            a.ref,
            a.item,
            a.text,
            owners.get(a.id, []),
            a.due,
            a.due_text,
            a.status,
            a.restricted,
            a.meeting_id,
            a.evidence_page,
        )
        for a in actions
    ]
