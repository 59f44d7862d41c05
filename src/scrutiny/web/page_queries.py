"""What the pages read beyond the store's listings: the overview's counts and monthly figures,
the records of one meeting, document, body or person, the index pages' counts, and whether a
document's original file can be opened (`original`).

Every function takes `restricted` (the viewer's `sees_restricted`): False leaves out what the
public may not see, by the one rule (`store.visibility`), as the store's listings do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import threading
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import Select, case, extract, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.queries import ActionFilter, count_actions, history_after, overdue_on
from scrutiny.words import DONE, OPEN


@dataclass
class Totals:
    total: int = 0
    open: int = 0
    overdue: int = 0
    completed: int = 0


def totals(session: Session, restricted: bool, day: dt.date) -> Totals:
    base = ActionFilter(restricted=restricted)
    return Totals(
        total=count_actions(session, base),
        open=count_actions(session, replace(base, status=list(OPEN))),
        overdue=count_actions(session, replace(base, overdue_on=day)),
        completed=count_actions(session, replace(base, status=list(DONE))),
    )


def _visible(query: Select, restricted: bool) -> Select:
    """`query` (of actions) with only the actions the viewer may see."""
    return query.where(v.actions(restricted))


def _counts(day: dt.date, settled: bool):
    is_open = case((m.Action.status.in_(OPEN), 1), else_=0)
    is_late = case((overdue_on(day, settled=settled), 1), else_=0)
    is_done = case((m.Action.status.in_(DONE), 1), else_=0)
    return func.count(m.Action.id), func.sum(is_open), func.sum(is_late), func.sum(is_done)


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
    restricted: bool,
    day: dt.date,
    body_id: int | None = None,
    body_ids: list[int] | None = None,
) -> list[BodyCount]:
    """Actions per body (of `body_id`, or of `body_ids`, or all): all, open, overdue on `day`,
    completed; the most overdue first."""
    settled = not history_after(session, day)
    query = (
        select(m.Body.id, m.Body.name, m.Organisation.name, *_counts(day, settled))
        .select_from(m.Action)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .group_by(m.Body.id, m.Body.name, m.Organisation.name)
    )
    if body_id is not None:
        query = query.where(m.Meeting.body_id == body_id)
    if body_ids is not None:
        query = query.where(m.Meeting.body_id.in_(body_ids or [-1]))
    rows = [
        BodyCount(i, name, org, n or 0, o or 0, late or 0, done or 0)
        for i, name, org, n, o, late, done in session.execute(_visible(query, restricted))
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
    session: Session, restricted: bool, day: dt.date, limit: int = 15
) -> tuple[list[OwnerCount], int]:
    """Actions per owner (a resolved person, else the owner as written), the most overdue and open
    first; `limit` of them, and how many owners there are in all."""
    settled = not history_after(session, day)
    n, is_open, is_late, _ = _counts(day, settled)
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
        .group_by(m.ActionOwner.person_id, func.lower(m.ActionOwner.owner))
    )
    merged: dict[tuple, OwnerCount] = {}
    for person_id, key, written, total, o, late in session.execute(_visible(query, restricted)):
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


def per_month(session: Session, restricted: bool, months: int = 24) -> list[Month]:
    """Actions raised (by the date of the meeting that gave them out) and closed (the day a history
    event made them complete or closed) per month, over the last `months` months that have any."""
    y, mo = extract("year", m.Meeting.date), extract("month", m.Meeting.date)
    raised = (
        select(y, mo, func.count(m.Action.id))
        .select_from(m.Action)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .where(m.Meeting.date.is_not(None))
        .group_by(y, mo)
    )
    ey, em = extract("year", m.ActionEvent.at), extract("month", m.ActionEvent.at)
    closed = (
        select(ey, em, func.count(func.distinct(m.ActionEvent.action_id)))
        .select_from(m.ActionEvent)
        .join(m.Action, m.Action.id == m.ActionEvent.action_id)
        .where(m.ActionEvent.status.in_(DONE), m.ActionEvent.at.is_not(None))
        .group_by(ey, em)
    )
    found: dict[tuple[int, int], Month] = {}
    for year, month, n in session.execute(_visible(raised, restricted)):
        found.setdefault((int(year), int(month)), Month(int(year), int(month))).raised = n
    for year, month, n in session.execute(_visible(closed, restricted)):
        found.setdefault((int(year), int(month)), Month(int(year), int(month))).closed = n
    if not found:
        return []
    last = max(found)
    first = min(found)
    start = _add_months(last, -(months - 1))
    if start < first:
        start = first
    out = []
    key = start
    while key <= last:
        out.append(found.get(key, Month(*key)))
        key = _add_months(key, 1)
    return out


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


def overview(session: Session, restricted: bool, day: dt.date) -> Overview:
    """The overview's figures, worked out once per state of the store, viewer kind and day: on a
    store of 200,000 actions they take seconds, and the page is the one everybody opens first."""
    key = (str(session.get_bind().url), restricted, day, data_version(session))
    found = _OVERVIEWS.get(key)
    if found is not None:
        return found
    owners, owner_count = by_owner(session, restricted, day)
    found = Overview(
        totals(session, restricted, day),
        by_body(session, restricted, day),
        owners,
        owner_count,
        per_month(session, restricted),
    )
    with _OVERVIEW_LOCK:
        for stale in [k for k in _OVERVIEWS if k[:3] == key[:3]]:
            del _OVERVIEWS[stale]
        _OVERVIEWS[key] = found
        while len(_OVERVIEWS) > 16:
            del _OVERVIEWS[next(iter(_OVERVIEWS))]
    return found


def _add_months(key: tuple[int, int], n: int) -> tuple[int, int]:
    index = key[0] * 12 + key[1] - 1 + n
    return index // 12, index % 12 + 1


# -- one meeting, body or person ---------------------------------------------------------------


def restricted_in_meeting(session: Session, meeting_id: int) -> int:
    """How many of the meeting's items and decisions are restricted (to say that some are not shown)."""
    items = select(func.count(m.Item.id)).where(m.Item.meeting_id == meeting_id, m.Item.restricted.is_(True))
    decisions = select(func.count(m.Decision.id)).where(
        m.Decision.meeting_id == meeting_id, m.Decision.restricted.is_(True)
    )
    return (session.scalar(items) or 0) + (session.scalar(decisions) or 0)


@dataclass
class AttendedRow:
    meeting_id: int
    date: dt.date | None
    body: str | None
    attendance: str
    role: str | None


def attended(session: Session, person_id: int, restricted: bool) -> list[AttendedRow]:
    """The meetings the person attended (or sent apologies to) that the viewer may see."""
    query = (
        select(m.Attendance, m.Meeting.date, m.Body.name)
        .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .where(m.Attendance.person_id == person_id, v.meetings(restricted))
        .order_by(m.Meeting.date.desc(), m.Meeting.id)
    )
    return [
        AttendedRow(a.meeting_id, date, body, a.attendance, a.role)
        for a, date, body in session.execute(query)
    ]


def owned_action_ids(session: Session, person_id: int, restricted: bool, limit: int = 200) -> list[int]:
    """The actions this person owns, earliest due first (undated last)."""
    query = (
        select(m.Action.id)
        .join(m.ActionOwner, m.ActionOwner.action_id == m.Action.id)
        .where(m.ActionOwner.person_id == person_id)
        .order_by(m.Action.due_date.is_(None), m.Action.due_date, m.Action.id)
        .distinct()
        .limit(limit)
    )
    return list(session.scalars(_visible(query, restricted)))


def document_records(session: Session, doc: m.Document, restricted: bool) -> dict:
    """The records read from `doc`: its meetings, actions, decisions, updates and forward plan."""
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
        .where(m.Action.document_id == doc.id)
        .order_by(m.Action.meeting_id, m.Action.position)
    )
    decisions = (
        select(m.Decision)
        .where(m.Decision.document_id == doc.id)
        .order_by(m.Decision.meeting_id, m.Decision.position)
    )
    actions = actions.where(v.actions(restricted))
    decisions = decisions.where(v.decisions(restricted))
    updates = list(
        session.scalars(
            select(m.ActionUpdate)
            .where(m.ActionUpdate.document_id == doc.id, v.updates(restricted))
            .order_by(m.ActionUpdate.meeting_id, m.ActionUpdate.position)
        )
    )
    plan = list(
        session.scalars(
            select(m.ForwardPlanEntry)
            .where(m.ForwardPlanEntry.document_id == doc.id)
            .order_by(m.ForwardPlanEntry.position)
        )
    )
    return {
        "meetings": meetings,
        "actions": list(session.scalars(actions)),
        "decisions": list(session.scalars(decisions)),
        "updates": updates,
        "plan": plan,
    }


def body_of(session: Session, body_id: int | None) -> tuple[m.Body, str | None] | None:
    if body_id is None:
        return None
    row = session.execute(
        select(m.Body, m.Organisation.name)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .where(m.Body.id == body_id)
    ).first()
    return (row[0], row[1]) if row else None


def people_by_owner(session: Session, action_ids: list[int]) -> dict[int, list[tuple[str, int | None]]]:
    """Each action's owners as written, with the person each resolved to (for links)."""
    out: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    if not action_ids:
        return out
    for action_id, owner, person_id in session.execute(
        select(m.ActionOwner.action_id, m.ActionOwner.owner, m.ActionOwner.person_id)
        .where(m.ActionOwner.action_id.in_(action_ids))
        .order_by(m.ActionOwner.action_id, m.ActionOwner.position)
    ):
        out[action_id].append((owner, person_id))
    return out


# -- the index pages' counts --------------------------------------------------------------------


def actions_per_document(session: Session, document_ids: list[int], restricted: bool) -> dict[int, int]:
    """How many of each document's actions the viewer may see."""
    if not document_ids:
        return {}
    query = (
        select(m.Action.document_id, func.count(m.Action.id))
        .where(m.Action.document_id.in_(document_ids))
        .group_by(m.Action.document_id)
    )
    return {i: n for i, n in session.execute(_visible(query, restricted))}


def actions_per_person(
    session: Session, person_ids: list[int], restricted: bool, day: dt.date
) -> dict[int, tuple[int, int, int]]:
    """Of each person's owned actions the viewer may see: how many, how many open, how many overdue."""
    if not person_ids:
        return {}
    settled = not history_after(session, day)
    n, is_open, is_late, _ = _counts(day, settled)
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
        .group_by(owned.c.person_id)
    )
    return {i: (t or 0, o or 0, late or 0) for i, t, o, late in session.execute(_visible(query, restricted))}


def visible_bodies_of_people(session: Session, person_ids: list[int], restricted: bool) -> dict[int, int]:
    """Each person's body, where the viewer may see it (`visibility.bodies`): for links."""
    if not person_ids:
        return {}
    query = (
        select(m.Person.id, m.Person.body_id)
        .join(m.Body, m.Body.id == m.Person.body_id)
        .where(m.Person.id.in_(person_ids), v.bodies(restricted))
    )
    return {i: b for i, b in session.execute(query) if b is not None}


# -- a document's original file ------------------------------------------------------------------
#
# The store keeps no copy of a paper's bytes: a document row has the sha256 of the file it was
# read from and `source`, the path it was ingested from (an upload through the web keeps none:
# "uploaded by NAME: FILE"). So the original can be opened only while that file is still where it
# was read from and its bytes are still the ones read (the sha256 is checked on every answer); a
# file moved, changed or on another machine is not served, and the pages link the text instead.

ORIGINAL_MAX_BYTES = 200 * 2**20
ORIGINAL_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "txt": "text/plain",
    "md": "text/markdown",
}
# opened in the browser; the others are saved (an HTML page of another site is never rendered at
# the dashboard's own address)
INLINE_FORMATS = frozenset({"pdf", "txt"})
_CHECKED: dict[tuple[str, str, int, int], bool] = {}  # (sha256, path, size, mtime) → the bytes match
_CHECKED_LOCK = threading.Lock()


@dataclass
class Original:
    """Whether the viewer may open `doc`'s original file: `kept` (and where), `withheld` (a public
    document with Part II or restricted passages, whose file holds them: signed-in users only) or
    `missing` (not where it was read from, or changed since)."""

    state: str
    path: str | None = None
    media_type: str = "application/octet-stream"
    inline: bool = False
    format: str = ""


def _source_file(doc: m.Document) -> tuple[str, int, int] | None:
    """The file `doc` was ingested from, its size and mtime, when there is still a regular file there."""
    if not doc.source:
        return None
    try:
        found = os.stat(doc.source)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode) or found.st_size > ORIGINAL_MAX_BYTES:
        return None
    return doc.source, found.st_size, found.st_mtime_ns


def original_bytes(doc: m.Document) -> bytes | None:
    """The bytes of `doc`'s original file, read now, when they are the ones that were ingested."""
    found = _source_file(doc)
    if found is None:
        return None
    try:
        with open(found[0], "rb") as f:
            data = f.read(ORIGINAL_MAX_BYTES + 1)
    except OSError:
        return None
    ok = len(data) <= ORIGINAL_MAX_BYTES and hashlib.sha256(data).hexdigest() == doc.sha256
    with _CHECKED_LOCK:
        _CHECKED[(doc.sha256, *found)] = ok
        while len(_CHECKED) > 1024:
            del _CHECKED[next(iter(_CHECKED))]
    return data if ok else None


def original(session: Session, doc: m.Document, restricted: bool) -> Original:
    """Whether the viewer (`restricted`: may see restricted material) may open `doc`'s original
    file. `doc` must be one the viewer may see (`visibility.documents`); the public never get the
    file of a document with withheld spans (`visibility.withheld_spans`), which holds them."""
    if not restricted and (doc.restricted or v.withheld_spans(session, doc)):
        return Original("withheld")
    found = _source_file(doc)
    if found is None:
        return Original("missing")
    key = (doc.sha256, *found)
    if key not in _CHECKED and original_bytes(doc) is None:
        return Original("missing")
    if not _CHECKED.get(key):
        return Original("missing")
    fmt = (doc.format or "").lower()
    media_type = ORIGINAL_TYPES.get(fmt, "application/octet-stream")
    return Original("kept", found[0], media_type, fmt in INLINE_FORMATS, fmt)
