"""What the web shows, read with the restriction rule applied: for the JSON API and the pages.

Every function takes `sees_restricted` (`Viewer.sees_restricted`: True for a signed-in user),
and the rule itself is `store.visibility`'s (the one every reader of the store uses): when it is
False, restricted material is left out **in the query** (never filtered afterwards), and the
passages of Part II sections are withheld (`visibility.Redactor`).

A record asked for by id that the viewer may not see is None, exactly as one that does not
exist (the API answers 404 for both), so its existence is not revealed either.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.detail import ActionDetail
from scrutiny.store.queries import ActionFilter, PersonRow, body_ids, count_actions, people_query, people_rows
from scrutiny.store.search import Hit, search

# --- pages of results ----------------------------------------------------------------------------


def total_of(session: Session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


# --- actions -------------------------------------------------------------------------------------

COUNT_CACHE = True  # bench/web_speed.py --no-cache turns it off
_GENERATION = [0]  # bumped by every change of a marking (`edits.py`), which writes no event
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
    """`queries.count_actions`, remembered until the store changes: counting the overdue of
    200,000 actions reads ~100,000 index entries, and every page of the register asks again."""
    if not COUNT_CACHE:
        return count_actions(session, f)
    key = (str(session.get_bind().url), repr(f), _store_version(session))
    if key in _counts:
        _counts.move_to_end(key)
        return _counts[key]
    total = _counts[key] = count_actions(session, f)
    while len(_counts) > _COUNTS_KEPT:
        _counts.popitem(last=False)
    return total


def action(
    session: Session, action_id: int, sees_restricted: bool, as_of: dt.date | None = None
) -> ActionDetail | None:
    """One action in full, or None when there is none or the viewer may not see it; for the
    public, passages of Part II sections and restricted documents withheld (`visibility.action_detail`)."""
    return v.action_detail(session, action_id, sees_restricted, as_of)


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


def action_briefs(session: Session, condition, sees_restricted: bool) -> list[ActionBrief]:
    """The actions meeting `condition` (e.g. of one meeting), in their order in the papers."""
    actions = list(
        session.scalars(
            select(m.Action)
            .where(condition, v.actions(sees_restricted))
            .order_by(m.Action.meeting_id, m.Action.position, m.Action.id)
        )
    )
    owners: dict[int, list[str]] = {}
    if actions:
        for action_id, owner in session.execute(
            select(m.ActionOwner.action_id, m.ActionOwner.owner)
            .where(m.ActionOwner.action_id.in_([a.id for a in actions]))
            .order_by(m.ActionOwner.action_id, m.ActionOwner.position)
        ):
            owners.setdefault(action_id, []).append(owner)
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


# --- meetings ------------------------------------------------------------------------------------


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


def _meeting_query(sees_restricted: bool):
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


def _meeting_item(row) -> MeetingItem:
    mt, body, org, doc, actions, decisions = row
    return MeetingItem(
        mt.id, mt.date, mt.body_id, body, org, mt.venue, mt.document_id, doc, actions or 0, decisions or 0
    )


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
    query = _meeting_query(sees_restricted)
    if body:
        query = query.where(m.Meeting.body_id.in_(body_ids(session, body) or [-1]))
    if body_id is not None:
        query = query.where(m.Meeting.body_id == body_id)
    if date_from:
        query = query.where(m.Meeting.date >= date_from)
    if date_to:
        query = query.where(m.Meeting.date <= date_to)
    total = total_of(session, query.with_only_columns(m.Meeting.id))
    query = query.order_by(m.Meeting.date.is_(None), m.Meeting.date.desc(), m.Meeting.id)
    rows = session.execute(query.limit(limit).offset(offset)).all()
    return [_meeting_item(r) for r in rows], total


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


def meeting(session: Session, meeting_id: int, sees_restricted: bool) -> MeetingDetail | None:
    """One meeting: who attended, its agenda, the actions given out, the decisions taken and the
    updates reported on earlier actions, as far as the viewer may see them."""
    row = session.execute(_meeting_query(sees_restricted).where(m.Meeting.id == meeting_id)).first()
    if row is None:
        return None
    base = _meeting_item(row)
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
    decisions = [
        DecisionItem(d.id, d.item, d.text, d.restricted, d.document_id, d.evidence_page, d.evidence_text)
        for d in session.scalars(
            select(m.Decision)
            .where(m.Decision.meeting_id == mt.id, v.decisions(sees_restricted))
            .order_by(m.Decision.position)
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
        decision_list=decisions,
        updates=updates,
    )


# --- documents -----------------------------------------------------------------------------------


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


def _document_query(sees_restricted: bool):
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
        _meeting_query(sees_restricted)
        .where(m.Meeting.document_id == doc.id)
        .order_by(m.Meeting.position, m.Meeting.id)
    ).all()
    decisions = [
        DecisionItem(d.id, d.item, d.text, d.restricted, d.document_id, d.evidence_page, d.evidence_text)
        for d in session.scalars(
            select(m.Decision)
            .where(m.Decision.document_id == doc.id, v.decisions(sees_restricted))
            .order_by(m.Decision.meeting_id, m.Decision.position)
        )
    ]
    plan = [
        ForwardPlanItem(f.date, f.body, f.title, f.evidence_page)
        for f in session.scalars(
            select(m.ForwardPlanEntry)
            .where(m.ForwardPlanEntry.document_id == doc.id)
            .order_by(m.ForwardPlanEntry.position)
        )
        if not r.hides_passage(doc.id, f.evidence_text or f.title)
    ]
    return DocumentDetail(
        *row,
        sha256=doc.sha256,
        source=doc.source if sees_restricted else None,
        text=text,
        withheld=withheld,
        meeting_list=[_meeting_item(mr) for mr in meeting_rows],
        action_list=action_briefs(session, m.Action.document_id == doc.id, sees_restricted),
        decision_list=decisions,
        forward_plan=plan,
    )


# --- bodies and people ---------------------------------------------------------------------------


@dataclass
class BodyItem:
    id: int
    name: str
    organisation: str | None
    meetings: int
    actions: int  # that the viewer may see


def _body_query(sees_restricted: bool):
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
    p = session.scalar(select(m.Person).where(m.Person.id == person_id, v.people(sees_restricted)))
    if p is None:
        return None
    body_name = session.scalar(select(m.Body.name).where(m.Body.id == p.body_id)) if p.body_id else None
    attended = select(m.Attendance.meeting_id).where(m.Attendance.person_id == p.id)
    rows = session.execute(
        _meeting_query(sees_restricted)
        .where(m.Meeting.id.in_(attended))
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
        meeting_list=[_meeting_item(r) for r in rows],
        action_list=action_briefs(session, m.Action.id.in_(owned), sees_restricted)[:limit],
    )


# --- search --------------------------------------------------------------------------------------


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
                .where(and_(model.id.in_(wanted[kind])))
            ):
                out[(kind, key)] = (name, day, label if kind == "action" else None)
    return out
