"""What the web shows, read with the restriction rule applied: for the JSON API and the pages.

Every function takes `sees_restricted` (`Viewer.sees_restricted`: True for a signed-in user).
When it is False, restricted material is left out **in the query** (never filtered afterwards):

- actions, decisions, agenda items and search entries marked `restricted` (Part II / exempt
  items, found at ingest; or marked by an editor);
- documents marked `restricted` (all of it: its meetings, records and text), and the meetings
  whose stored version is such a document;
- inside a public document, the text of each Part II section (`prepare.restricted_spans`) is
  replaced by `WITHHELD`, and any passage quoted as evidence from such a section (an update
  reported in private, a forward-plan entry) is dropped (`Redactor`).

A record asked for by id that the viewer may not see is None, exactly as one that does not
exist (the API answers 404 for both), so its existence is not revealed either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store.detail import ActionDetail, action_detail
from scrutiny.store.prepare import find, restricted_spans
from scrutiny.store.queries import ActionFilter, PersonRow, body_ids, count_actions
from scrutiny.store.search import Hit, search

WITHHELD = "[Part II: exempt information withheld]"


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """Where `passage` is in `text` (start, end), whatever the differences of whitespace."""
    at = text.find(passage)
    if at >= 0:
        return at, at + len(passage)
    words = passage.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (found.start(), found.end()) if found else None


def visible(model, sees_restricted: bool) -> ColumnElement[bool]:
    """The condition a row of `model` (with a `restricted` column) must meet to be shown."""
    return true() if sees_restricted else model.restricted.is_(False)


def public_documents() -> ColumnElement[bool]:
    return m.Document.restricted.is_(False)


class Redactor:
    """For a viewer who may not see restricted material: which documents are restricted, and which
    passages of the public ones lie in a Part II section. Does nothing for a signed-in viewer."""

    def __init__(self, session: Session, sees_restricted: bool):
        self.session = session
        self.active = not sees_restricted
        self._docs: dict[int, tuple[bool, str, list[tuple[int, int]]]] = {}

    def _doc(self, document_id: int) -> tuple[bool, str, list[tuple[int, int]]]:
        if document_id not in self._docs:
            row = self.session.execute(
                select(m.Document.restricted, m.Document.text).where(m.Document.id == document_id)
            ).first()
            if row is None:
                self._docs[document_id] = (True, "", [])
            else:
                text = row[1] or ""
                self._docs[document_id] = (bool(row[0]), text, self._spans(document_id, text))
        return self._docs[document_id]

    def _spans(self, document_id: int, text: str) -> list[tuple[int, int]]:
        """The Part II sections of the text, and the passages of the records marked restricted in a
        public section (by an editor), merged."""
        spans = list(restricted_spans(text))
        for model in (m.Action, m.Decision):
            for evidence in self.session.scalars(
                select(model.evidence_text).where(
                    model.document_id == document_id,
                    model.restricted.is_(True),
                    model.evidence_text.is_not(None),
                )
            ):
                found = locate(text, evidence)
                if found is not None and not any(a <= found[0] < b for a, b in spans):
                    spans.append(found)
        spans.sort()
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged

    def hides_document(self, document_id: int | None) -> bool:
        return self.active and document_id is not None and self._doc(document_id)[0]

    def hides_passage(self, document_id: int | None, passage: str | None) -> bool:
        """Whether `passage` of the document is withheld: the document is restricted, or the
        passage lies in one of its Part II sections (or cannot be placed in a document that has one)."""
        if not self.active or document_id is None:
            return False
        restricted, text, spans = self._doc(document_id)
        if restricted:
            return True
        if not spans or not passage:
            return False
        at = find(text, passage)
        return at is None or any(start <= at < end for start, end in spans)

    def evidence(self, document_id: int | None, passage: str | None) -> str | None:
        return None if self.hides_passage(document_id, passage) else passage

    def text(self, document_id: int, text: str) -> tuple[str, int]:
        """The document's text with each Part II section (and each passage of a record marked
        restricted) withheld, and how many were."""
        if not self.active:
            return text, 0
        spans = self._doc(document_id)[2]
        if not spans:
            return text, 0
        out, pos = [], 0
        for start, end in spans:
            out.append(text[pos:start])
            out.append(WITHHELD + ("\n\n" if end < len(text) and text[start:end].endswith("\n") else ""))
            pos = end
        out.append(text[pos:])
        return "".join(out), len(spans)


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
    """One action in full (`store.detail.action_detail`), or None when there is none or the viewer
    may not see it; for the public, passages from Part II sections and restricted documents are
    withheld from its history and sources, and the paths the documents came from are left out."""
    allowed = session.scalar(
        select(m.Action.id)
        .join(m.Document, m.Document.id == m.Action.document_id)
        .where(m.Action.id == action_id, visible(m.Action, sees_restricted))
        .where(true() if sees_restricted else public_documents())
    )
    if allowed is None:
        return None
    detail = action_detail(session, action_id, as_of)
    if detail is None or sees_restricted:
        return detail
    r = Redactor(session, sees_restricted)
    detail.evidence = r.evidence(detail.document_id, detail.evidence)
    history = []
    for e in detail.history:
        if r.hides_document(e.document_id):
            e = replace(e, document_id=None, document=None, page=None, evidence=None)
        else:
            e = replace(e, evidence=r.evidence(e.document_id, e.evidence))
        history.append(e)
    detail.history = history
    detail.sources = [
        replace(s, path=None, evidence=r.evidence(s.document_id, s.evidence))
        for s in detail.sources
        if not r.hides_document(s.document_id)
    ]
    return detail


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
            .where(condition, visible(m.Action, sees_restricted))
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
        .where(m.Action.meeting_id == m.Meeting.id, visible(m.Action, sees_restricted))
        .scalar_subquery()
    )
    decisions = (
        select(func.count(m.Decision.id))
        .where(m.Decision.meeting_id == m.Meeting.id, visible(m.Decision, sees_restricted))
        .scalar_subquery()
    )
    return (
        select(m.Meeting, m.Body.name, m.Organisation.name, m.Document.name, actions, decisions)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Body.organisation_id)
        .join(m.Document, m.Document.id == m.Meeting.document_id)
        .where(true() if sees_restricted else public_documents())
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
    r = Redactor(session, sees_restricted)
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
            .where(m.Item.meeting_id == mt.id, visible(m.Item, sees_restricted))
            .order_by(m.Item.position)
        )
    ]
    decisions = [
        DecisionItem(d.id, d.item, d.text, d.restricted, d.document_id, d.evidence_page, d.evidence_text)
        for d in session.scalars(
            select(m.Decision)
            .where(m.Decision.meeting_id == mt.id, visible(m.Decision, sees_restricted))
            .order_by(m.Decision.position)
        )
    ]
    hidden_actions = select(m.Action.id).where(m.Action.restricted.is_(True)) if not sees_restricted else None
    update_query = select(m.ActionUpdate).where(m.ActionUpdate.meeting_id == mt.id)
    if hidden_actions is not None:
        update_query = update_query.where(
            (m.ActionUpdate.action_id.is_(None)) | m.ActionUpdate.action_id.not_in(hidden_actions)
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
        visible(m.Document, sees_restricted)
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
    r = Redactor(session, sees_restricted)
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
            .where(m.Decision.document_id == doc.id, visible(m.Decision, sees_restricted))
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
        .join(m.Document, m.Document.id == m.Meeting.document_id)
        .where(m.Meeting.body_id == m.Body.id, true() if sees_restricted else public_documents())
        .scalar_subquery()
    )
    actions = (
        select(func.count(m.Action.id))
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .where(m.Meeting.body_id == m.Body.id, visible(m.Action, sees_restricted))
        .scalar_subquery()
    )
    query = select(m.Body.id, m.Body.name, m.Organisation.name, meetings_, actions).outerjoin(
        m.Organisation, m.Organisation.id == m.Body.organisation_id
    )
    if not sees_restricted:  # a body known only from restricted papers is not shown
        public_meeting = (
            select(m.Meeting.id)
            .join(m.Document, m.Document.id == m.Meeting.document_id)
            .where(m.Meeting.body_id == m.Body.id, public_documents())
        )
        query = query.where(public_meeting.exists())
    return query


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
            .where(m.Person.body_id == body_id, _named_in_public(sees_restricted))
            .order_by(m.Person.name, m.Person.id)
        )
    ]
    i, n, o, mt, a = row
    return BodyDetail(i, n, o, mt or 0, a or 0, meeting_list=found, people=people_rows)


def _named_in_public(sees_restricted: bool) -> ColumnElement[bool]:
    """A person the viewer may see: for the public, one named in the attendance of a meeting of a
    public document or owning a public action (not one known only from restricted papers)."""
    if sees_restricted:
        return true()
    attended = (
        select(m.Attendance.id)
        .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
        .join(m.Document, m.Document.id == m.Meeting.document_id)
        .where(m.Attendance.person_id == m.Person.id, public_documents())
    )
    owns = (
        select(m.ActionOwner.id)
        .join(m.Action, m.Action.id == m.ActionOwner.action_id)
        .where(m.ActionOwner.person_id == m.Person.id, m.Action.restricted.is_(False))
    )
    return attended.exists() | owns.exists()


def people(
    session: Session,
    sees_restricted: bool,
    body: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> tuple[list[PersonRow], int]:
    """People named in attendance, by body then name, with how many meetings name them (those the
    viewer may see); `name` matches part of a name or the initials. And how many match in all."""
    attended = (
        select(func.count(m.Attendance.id))
        .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
        .join(m.Document, m.Document.id == m.Meeting.document_id)
        .where(m.Attendance.person_id == m.Person.id, true() if sees_restricted else public_documents())
        .scalar_subquery()
    )
    query = (
        select(m.Person, m.Body.name, attended)
        .outerjoin(m.Body, m.Body.id == m.Person.body_id)
        .where(_named_in_public(sees_restricted))
    )
    if body:
        query = query.where(m.Person.body_id.in_(body_ids(session, body) or [-1]))
    if name:
        who = name.strip().lower()
        query = query.where(
            func.lower(m.Person.name).like(f"%{who}%") | (func.lower(m.Person.initials) == who)
        )
    total = total_of(session, query.with_only_columns(m.Person.id))
    query = query.order_by(m.Body.name, m.Person.name, m.Person.id).limit(limit).offset(offset)
    rows = [PersonRow(p.id, p.name, p.initials, p.role, b, n or 0) for p, b, n in session.execute(query)]
    return rows, total


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
    p = session.scalar(select(m.Person).where(m.Person.id == person_id, _named_in_public(sees_restricted)))
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
    hits: list[Hit] = search(session, query, limit=limit, restricted=sees_restricted)
    if not sees_restricted and hits:
        hidden = set(
            session.scalars(
                select(m.Document.id).where(
                    m.Document.id.in_({h.document_id for h in hits}), m.Document.restricted.is_(True)
                )
            )
        )
        hits = [h for h in hits if h.document_id not in hidden]
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
