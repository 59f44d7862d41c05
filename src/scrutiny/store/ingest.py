"""Writing one extracted document into the store, in the caller's single transaction.

Idempotent by the sha256 of the file's bytes: a document already stored is left alone.

One meeting of a body on a day is one row, whichever papers speak of it. A meeting that a
document only names or announces ("Date of next meeting: 9 July") is stored only if no paper
stored so far has that meeting. A meeting a document records (attendance, actions, decisions
or updates) takes over the stored row of that body and date: a corrected version of the minutes
replaces the attendance, items, decisions and updates, and pairs its actions with the old ones
(by ref, else by wording) to update them in place, so an action keeps its id, and with it every
status change a person recorded. An old action the new version no longer has is dropped,
unless a person recorded something on it.

Cost: whatever depends on the record alone (restricted flags, due dates, statuses, search text,
each distinct owner resolved once per meeting) is worked out by `plan` before the transaction;
the transaction, which holds the write lock, then reads the few rows it needs and writes each
table of a meeting in one statement, so a log of 22,000 actions takes a few dozen statements,
not six per action. A document of more than SCRUTINY_MAX_RECORDS records is refused whole.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import delete, exists, insert, select, text, update
from sqlalchemy.orm import Session

from scrutiny.extract.similarity import words
from scrutiny.record import Action as RecordAction
from scrutiny.record import Evidence
from scrutiny.record import Meeting as RecordMeeting
from scrutiny.register.people import Person as Attendee
from scrutiny.register.people import Resolution, resolve_distinct
from scrutiny.register.status import StatusEvent, current_status
from scrutiny.store import models as m
from scrutiny.store.link import RELINK, TOUCHED, chunks, link_document
from scrutiny.store.prepare import Prepared
from scrutiny.store.queries.actions import owners_of
from scrutiny.store.search import action_text, index_entries
from scrutiny.words import due_date

_WRITE_LOCK = 7_301_908  # PostgreSQL: documents are written one at a time, as on SQLite
_SAME_WORDING = 0.6
MAX_RECORDS_ENV = "SCRUTINY_MAX_RECORDS"
MAX_RECORDS = 50_000  # records of one document (meetings, attendees, items, actions, ...) stored at most

# Called inside the transaction after a document is written and the register has linked its
# updates (`link.link_document`).
AFTER_STORE: list[Callable[[Session, m.Document], None]] = []


@dataclass
class Outcome:
    """What storing one document did; `status` is `added` or `exists` (nothing was written)."""

    status: str
    document_id: int
    meetings: int = 0
    actions: int = 0
    decisions: int = 0
    replaced: int = 0  # meetings taken over from an earlier version


def max_records() -> int:
    """$SCRUTINY_MAX_RECORDS, else MAX_RECORDS."""
    value = os.environ.get(MAX_RECORDS_ENV, "").strip()
    return int(value) if value else MAX_RECORDS


def count_records(prepared: Prepared) -> int:
    """The rows the document's record would become: meetings and everything in them, the forward plan."""
    return len(prepared.record.forward_plan) + sum(
        1 + len(x.attendees) + len(x.items) + len(x.actions) + len(x.decisions) + len(x.action_updates)
        for x in prepared.record.meetings
    )


def refusal(prepared: Prepared) -> str | None:
    """Why a document is too big to store (one line), or None. Refused whole, never cut short: a
    register that silently kept the first N actions would look complete and not be."""
    n, limit = count_records(prepared), max_records()
    if n > limit:
        return f"too many records ({n:,} > {limit:,}, see {MAX_RECORDS_ENV}): nothing of it was stored"
    return None


# -- what can be worked out before the write transaction opens


@dataclass
class _ActionPlan:
    record: RecordAction
    restricted: bool
    due_date: dt.date | None
    status: str  # the status its own meeting gives it
    owners: list[str]  # as written, blanks left out
    search: str


@dataclass
class _MeetingPlan:
    record: RecordMeeting
    body: str | None
    organisation: str | None
    day: dt.date | None
    items_restricted: list[bool]
    decisions_restricted: list[bool]
    actions: list[_ActionPlan]
    named: dict[str, int | None]  # each owner as written → the attendee (position) it names, or None


@dataclass
class Plan:
    """A document's rows worked out from its record alone (no database), so that the write
    transaction, which holds the write lock, does nothing but read the few rows it must and write."""

    prepared: Prepared
    meetings: list[_MeetingPlan]
    passages_restricted: list[bool]
    restricted: bool = False  # the document as a whole (OFFICIAL-SENSITIVE on every page, say)


def plan(prepared: Prepared) -> Plan:
    """The document's rows: restricted flags, due dates, statuses, search text, owners resolved to
    attendees (each distinct owner once per meeting)."""
    spans = prepared.restricted_spans()

    def restricted(evidence: Evidence | None) -> bool:
        return bool(spans) and evidence is not None and prepared.is_restricted(evidence.text, spans)

    def action_plan(a: RecordAction) -> _ActionPlan:
        owners = [o for o in a.owners if o and o.strip()]
        return _ActionPlan(
            record=a,
            restricted=restricted(a.evidence),
            due_date=due_date(a.due),
            status=current_status([StatusEvent(date=None, status=a.status)]) or "open",
            owners=owners,
            search=action_text(a.ref, a.text, owners, a.due_text),
        )

    meetings = []
    for record in prepared.record.meetings:
        actions = [action_plan(a) for a in record.actions]
        attendees = [Attendee(a.name, a.role, a.initials, id=i) for i, a in enumerate(record.attendees)]
        found = resolve_distinct((o for a in actions for o in a.owners), attendees) if attendees else {}
        meetings.append(
            _MeetingPlan(
                record=record,
                body=_clean(record.body),
                organisation=_clean(record.organisation),
                day=parse_day(record.date),
                items_restricted=[restricted(i.evidence) for i in record.items],
                decisions_restricted=[restricted(d.evidence) for d in record.decisions],
                actions=actions,
                named={o: _position(r) for o, r in found.items()},
            )
        )
    passages = [any(start <= p.start < end for start, end in spans) for p in prepared.passages]
    return Plan(prepared, meetings, passages, restricted=prepared.marked_as_a_whole())


# -- the write transaction


def store(session: Session, plan: Plan, source: str | None = None, now: dt.datetime | None = None) -> Outcome:
    """Write the planned document (its record and passages) unless its sha256 is already stored."""
    prepared = plan.prepared
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})
    found = session.scalar(select(m.Document.id).where(m.Document.sha256 == prepared.sha256))
    if found is not None:
        return Outcome("exists", found)
    now = now or dt.datetime.now(dt.UTC)
    doc = m.Document(
        sha256=prepared.sha256,
        name=prepared.name,
        format=prepared.format,
        pages=prepared.pages,
        title=prepared.title,
        source=source if source is not None else prepared.path,
        ingested_at=now,
        text=prepared.text,
        restricted=plan.restricted,
    )
    session.add(doc)
    session.flush()
    writer = _Writer(session, plan, doc, now)
    outcome = Outcome("added", doc.id)
    for position, meeting in enumerate(plan.meetings):
        writer.meeting(meeting, position, outcome)
    writer.forward_plan()
    writer.passages()
    link_document(session, doc, now)  # the register: updates to actions, statuses
    for hook in AFTER_STORE:
        hook(session, doc)
    return outcome


def parse_day(value: str | None) -> dt.date | None:
    """An ISO date ("2024-03-05"), or None for anything else."""
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def substantive(meeting: RecordMeeting) -> bool:
    """A meeting the document records (attendance, actions, decisions or updates), not one it only names."""
    return bool(meeting.attendees or meeting.actions or meeting.decisions or meeting.action_updates)


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


class _OldAction(NamedTuple):
    """A stored action of a meeting a corrected version replaces."""

    id: int
    ref: str | None
    text: str
    due_text: str | None
    evidence_page: int | None
    restricted: bool
    document_id: int
    kept_by_person: bool  # a person recorded something on it: never dropped


PersonKey = tuple[str, str]


def _person_key(name: str | None, initials: str | None, role: str | None) -> PersonKey | None:
    """How a body's person is known: by name, else by initials, else (known only by role) by role."""
    if name:
        return ("name", name)
    if initials:
        return ("initials", initials)
    return ("role", role) if role else None


class _Writer:
    """The rows of one document, written in bulk (a statement per table and meeting, not per row);
    keeps the search entries to add."""

    def __init__(self, session: Session, plan: Plan, doc: m.Document, now: dt.datetime):
        self.session, self.plan, self.doc, self.now = session, plan, doc, now
        self.search: list[dict] = []
        self._people: dict[int, dict[PersonKey, m.Person]] = {}

    @staticmethod
    def _ev(evidence: Evidence | None) -> dict:
        return {
            "evidence_text": evidence.text if evidence else None,
            "evidence_page": evidence.page if evidence else None,
        }

    def _entry(
        self,
        kind: str,
        ref_id: int,
        body: str,
        page: int | None,
        restricted: bool = False,
        document_id: int | None = None,
    ) -> None:
        if body.strip():
            self.search.append(
                {
                    "kind": kind,
                    "ref_id": ref_id,
                    "document_id": document_id or self.doc.id,
                    "page": page,
                    "text": body,
                    "restricted": restricted,
                }
            )

    def _insert_many(self, model: type[m.Base], rows: list[dict]) -> None:
        """Insert `rows` in one executemany (batched by the driver). Into the table, not the ORM
        entity, which would split the rows wherever a value is None; and without RETURNING, which
        SQLite could only give row by row in order (`_ids` reads the ids back instead)."""
        if rows:
            self.session.execute(insert(model.__table__), rows)

    def _ids(self, model: type[m.Decision | m.Action], meeting: m.Meeting) -> dict[int, int]:
        """The ids of this document's rows of `model` at `meeting`, by position."""
        rows = self.session.execute(
            select(model.position, model.id).where(
                model.meeting_id == meeting.id, model.document_id == self.doc.id
            )
        )
        return dict(rows.all())

    # -- bodies and people

    def body(self, name: str | None, organisation: str | None) -> m.Body | None:
        if not name:
            return None
        org = None
        if organisation:
            org = self.session.scalar(select(m.Organisation).where(m.Organisation.name == organisation))
            if org is None:
                org = m.Organisation(name=organisation)
                self.session.add(org)
                self.session.flush()
        query = select(m.Body).where(m.Body.name == name)
        query = (
            query.where(m.Body.organisation_id == org.id)
            if org
            else query.where(m.Body.organisation_id.is_(None))
        )
        body = self.session.scalar(query)
        if body is None:
            body = m.Body(name=name, organisation_id=org.id if org else None)
            self.session.add(body)
            self.session.flush()
        return body

    def people(self, body: m.Body) -> dict[PersonKey, m.Person]:
        """The body's people by `_person_key`, read once per body."""
        if body.id not in self._people:
            known: dict[PersonKey, m.Person] = {}
            for p in self.session.scalars(
                select(m.Person).where(m.Person.body_id == body.id).order_by(m.Person.id)
            ):
                key = _person_key(p.name, p.initials, p.role)
                if key is not None:
                    known.setdefault(key, p)
            self._people[body.id] = known
        return self._people[body.id]

    def person(
        self, body: m.Body | None, name: str | None, initials: str | None, role: str | None, by_role: bool
    ) -> m.Person | None:
        """The body's person of this name (or, nameless, these initials; or with `by_role`, known
        only by this role); new ones are added unflushed."""
        name, initials, role = _clean(name), _clean(initials), _clean(role)
        key = _person_key(name, initials, role if by_role else None)
        if body is None or key is None:
            return None
        known = self.people(body)
        person = known.get(key)
        if person is None:
            person = known[key] = m.Person(name=name, initials=initials, role=role, body_id=body.id)
            self.session.add(person)
        elif key[0] != "role":
            person.initials = person.initials or initials
            person.role = role or person.role
        return person

    # -- a meeting and its records

    def meeting(self, plan: _MeetingPlan, position: int, outcome: Outcome) -> None:
        record = plan.record
        body = self.body(plan.body, plan.organisation)
        row, had_substance = self._stored_version(body, plan.day)
        if row is not None and not substantive(record):
            return  # only named here (a "date of next meeting"): that meeting is stored already
        fields = dict(
            body_id=body.id if body else None,
            date=plan.day,
            start_time=record.start_time,
            venue=record.venue,
            document_id=self.doc.id,
            position=position,
            **self._ev(record.evidence),
        )
        old_actions: list[_OldAction] = []
        if row is None:
            row = m.Meeting(**fields)
            self.session.add(row)
            self.session.flush()
        else:
            old_actions = self._clear(row)
            for key, value in fields.items():
                setattr(row, key, value)
            outcome.replaced += had_substance
        outcome.meetings += 1
        people = self.attendance(row, plan, body)
        items = self.items(row, plan)
        outcome.decisions += self.decisions(row, plan)
        self.updates(row, record)
        outcome.actions += self.actions(row, plan, people, old_actions)
        words = [
            body.name if body else "",
            record.organisation or "",
            record.date or "",
            record.venue or "",
            *items,
        ]
        self._entry(
            "meeting",
            row.id,
            " · ".join(w for w in words if w),
            record.evidence.page if record.evidence else None,
        )

    def _stored_version(self, body: m.Body | None, day: dt.date | None) -> tuple[m.Meeting | None, bool]:
        """The stored meeting of the same body and date from another document, and whether it has
        substance; one with substance (minutes) is preferred to one only named or announced."""
        if body is None or day is None:
            return None, False
        candidates = self.session.scalars(
            select(m.Meeting)
            .where(m.Meeting.body_id == body.id, m.Meeting.date == day, m.Meeting.document_id != self.doc.id)
            .order_by(m.Meeting.id)
        ).all()
        for meeting in candidates:
            if self._has_substance(meeting.id):
                return meeting, True
        return (candidates[0], False) if candidates else (None, False)

    def _has_substance(self, meeting_id: int) -> bool:
        for table in (m.Attendance, m.Action, m.Decision, m.ActionUpdate):
            if (
                self.session.scalar(select(table.id).where(table.meeting_id == meeting_id).limit(1))
                is not None
            ):
                return True
        return False

    def _clear(self, meeting: m.Meeting) -> list[_OldAction]:
        """Remove what the new version replaces; return the old actions for pairing."""
        s = self.session
        of_meeting = select(m.Action.id).where(m.Action.meeting_id == meeting.id).scalar_subquery()
        decisions = select(m.Decision.id).where(m.Decision.meeting_id == meeting.id).scalar_subquery()
        by_person = exists().where(m.ActionEvent.action_id == m.Action.id, m.ActionEvent.source == "person")
        actions = [
            _OldAction(*row)
            for row in s.execute(
                select(
                    m.Action.id,
                    m.Action.ref,
                    m.Action.text,
                    m.Action.due_text,
                    m.Action.evidence_page,
                    m.Action.restricted,
                    m.Action.document_id,
                    by_person,
                )
                .where(m.Action.meeting_id == meeting.id)
                .order_by(m.Action.position)
            )
        ]
        s.execute(
            delete(m.SearchEntry).where(
                ((m.SearchEntry.kind == "meeting") & (m.SearchEntry.ref_id == meeting.id))
                | ((m.SearchEntry.kind == "decision") & m.SearchEntry.ref_id.in_(decisions))
                | ((m.SearchEntry.kind == "action") & m.SearchEntry.ref_id.in_(of_meeting))
            )
        )
        linked = s.scalars(
            select(m.ActionUpdate.action_id).where(
                m.ActionUpdate.meeting_id == meeting.id, m.ActionUpdate.action_id.is_not(None)
            )
        )
        s.info.setdefault(TOUCHED, set()).update(linked)  # their status is worked out again
        reporting = s.scalars(  # updates on these actions, which the new version may drop
            select(m.ActionUpdate.id).where(m.ActionUpdate.action_id.in_(of_meeting))
        )
        s.info.setdefault(RELINK, set()).update(reporting)
        for table in (m.Attendance, m.Item, m.Decision, m.ActionUpdate):  # an update's events go with it
            s.execute(delete(table).where(table.meeting_id == meeting.id))
        return actions

    def attendance(self, meeting: m.Meeting, plan: _MeetingPlan, body: m.Body | None) -> list[int | None]:
        """Write the attendance; the person each attendee is (by position), an attendee known only
        by role becoming one when an owner names them."""
        attendees = plan.record.attendees
        named = set(plan.named.values())
        people = [
            self.person(body, a.name, a.initials, a.role, by_role=i in named) for i, a in enumerate(attendees)
        ]
        self.session.flush()  # the new people's ids
        ids = [p.id if p else None for p in people]
        self._insert_many(
            m.Attendance,
            [
                dict(
                    meeting_id=meeting.id,
                    person_id=ids[position],
                    position=position,
                    name=a.name,
                    role=a.role,
                    initials=a.initials,
                    attendance=a.attendance,
                    **self._ev(a.evidence),
                )
                for position, a in enumerate(attendees)
            ],
        )
        return ids

    def items(self, meeting: m.Meeting, plan: _MeetingPlan) -> list[str]:
        """Write the agenda; the titles of its public items (the meeting's search entry must not
        name Part II business)."""
        record = plan.record
        self._insert_many(
            m.Item,
            [
                dict(
                    meeting_id=meeting.id,
                    position=position,
                    number=item.number,
                    title=item.title,
                    restricted=restricted,
                    **self._ev(item.evidence),
                )
                for position, (item, restricted) in enumerate(zip(record.items, plan.items_restricted))
            ],
        )
        return [i.title for i, restricted in zip(record.items, plan.items_restricted) if not restricted]

    def decisions(self, meeting: m.Meeting, plan: _MeetingPlan) -> int:
        decisions = plan.record.decisions
        self._insert_many(
            m.Decision,
            [
                dict(
                    meeting_id=meeting.id,
                    document_id=self.doc.id,
                    position=position,
                    item=d.item,
                    text=d.text,
                    restricted=restricted,
                    **self._ev(d.evidence),
                )
                for position, (d, restricted) in enumerate(zip(decisions, plan.decisions_restricted))
            ],
        )
        ids = self._ids(m.Decision, meeting) if decisions else {}
        for position, (d, restricted) in enumerate(zip(decisions, plan.decisions_restricted)):
            self._entry(
                "decision", ids[position], d.text, d.evidence.page if d.evidence else None, restricted
            )
        return len(decisions)

    def updates(self, meeting: m.Meeting, record: RecordMeeting) -> None:
        self._insert_many(
            m.ActionUpdate,
            [
                dict(
                    meeting_id=meeting.id,
                    document_id=self.doc.id,
                    position=position,
                    ref=u.ref,
                    text=u.text,
                    status=u.status,
                    **self._ev(u.evidence),
                )
                for position, u in enumerate(record.action_updates)
            ],
        )

    def actions(
        self, meeting: m.Meeting, plan: _MeetingPlan, people: list[int | None], old: list[_OldAction]
    ) -> int:
        """Write the meeting's actions with their owners (resolved to people) and first event; an
        action of the replaced version keeps its row (and what people recorded on it)."""
        pairs = pair_actions(old, [a.record for a in plan.actions])
        rows = []
        for position, a in enumerate(plan.actions):
            rows.append(
                dict(
                    meeting_id=meeting.id,
                    document_id=self.doc.id,
                    position=position,
                    ref=a.record.ref,
                    item=a.record.item,
                    text=a.record.text,
                    due=a.record.due,
                    due_date=a.due_date,
                    due_text=a.record.due_text,
                    status=a.status,
                    restricted=a.restricted,
                    **self._ev(a.record.evidence),
                )
            )
        self._insert_many(m.Action, [row for i, row in enumerate(rows) if i not in pairs])
        kept = [pairs[i].id for i in sorted(pairs)]
        if kept:  # the same action in the corrected version: its owners and first event are made anew
            self.session.execute(update(m.Action), [{"id": pairs[i].id, **rows[i]} for i in sorted(pairs)])
            for part in chunks(kept):
                self.session.execute(delete(m.ActionOwner).where(m.ActionOwner.action_id.in_(part)))
                self.session.execute(
                    delete(m.ActionEvent).where(
                        m.ActionEvent.action_id.in_(part), m.ActionEvent.source == "extracted"
                    )
                )
            self.session.info.setdefault(TOUCHED, set()).update(kept)  # their history has more than this
        by_position = self._ids(m.Action, meeting) if rows else {}
        ids = [by_position[position] for position in range(len(rows))]
        self._insert_many(
            m.ActionOwner,
            [
                {
                    "action_id": row_id,
                    "position": i,
                    "owner": owner,
                    "person_id": _person(plan, people, owner),
                }
                for row_id, a in zip(ids, plan.actions)
                for i, owner in enumerate(a.owners)
            ],
        )
        self._insert_many(
            m.ActionEvent,
            [
                dict(
                    action_id=row_id,
                    status=a.record.status or "open",
                    note="given out at this meeting",
                    at=meeting.date,
                    document_id=self.doc.id,
                    source="extracted",
                    created_at=self.now,
                    **self._ev(a.record.evidence),
                )
                for row_id, a in zip(ids, plan.actions)
            ],
        )
        for row_id, a in zip(ids, plan.actions):
            page = a.record.evidence.page if a.record.evidence else None
            self._entry("action", row_id, a.search, page, a.restricted)
        paired = set(kept)
        unpaired = [action for action in old if action.id not in paired]
        owners = owners_of(self.session, [a.id for a in unpaired if a.kept_by_person])
        gone = []
        for action in unpaired:
            if action.kept_by_person:
                self._entry(
                    "action",
                    action.id,
                    action_text(action.ref, action.text, owners.get(action.id, []), action.due_text),
                    action.evidence_page,
                    action.restricted,
                    action.document_id,
                )
            else:
                gone.append(action.id)
        for part in chunks(gone):  # their owners and events go with them (ON DELETE CASCADE)
            self.session.execute(delete(m.Action).where(m.Action.id.in_(part)))
        return len(plan.actions)

    # -- the rest of the document

    def forward_plan(self) -> None:
        self._insert_many(
            m.ForwardPlanEntry,
            [
                dict(
                    document_id=self.doc.id,
                    position=position,
                    date=parse_day(entry.date),
                    body=entry.body,
                    title=entry.title,
                    **self._ev(entry.evidence),
                )
                for position, entry in enumerate(self.plan.prepared.record.forward_plan)
            ],
        )

    def passages(self) -> None:
        for p, restricted in zip(self.plan.prepared.passages, self.plan.passages_restricted):
            self._entry("passage", self.doc.id, p.text, p.page, restricted)
        index_entries(self.session, self.search)


def _position(found: Resolution | None) -> int | None:
    """The position in its meeting's attendance of the attendee an owner names: the id `plan` gave it."""
    if found is None:
        return None
    assert isinstance(found.person.id, int)
    return found.person.id


def _person(plan: _MeetingPlan, people: list[int | None], owner: str) -> int | None:
    """The person an owner as written names at the meeting, if one."""
    attendee = plan.named.get(owner)
    return people[attendee] if attendee is not None else None


def pair_actions(old: list[_OldAction], new: list[RecordAction]) -> dict[int, _OldAction]:
    """Which stored action each new action (by position) is a version of: same ref, else the
    closest wording (at least 0.6 word overlap), each old action used once."""
    pairs: dict[int, _OldAction] = {}
    by_ref: dict[str, deque[int]] = defaultdict(deque)
    for j, o in enumerate(old):
        if o.ref:
            by_ref[o.ref.strip().lower()].append(j)
    used: set[int] = set()
    for i, a in enumerate(new):
        if a.ref and by_ref.get(a.ref.strip().lower()):
            j = by_ref[a.ref.strip().lower()].popleft()
            pairs[i] = old[j]
            used.add(j)
    # The same words (a score of 1, which the closest-first pairing below would take first): by
    # their bag of words, the last new one with the last old one, as that pairing would.
    same: dict[tuple, list[int]] = defaultdict(list)
    for j, o in enumerate(old):
        if j not in used:
            same[_bag(o.text)].append(j)
    for i in reversed(range(len(new))):
        if i not in pairs and same.get(_bag(new[i].text)):
            j = same[_bag(new[i].text)].pop()
            pairs[i] = old[j]
            used.add(j)
    free = [o for j, o in enumerate(old) if j not in used]
    todo = [i for i in range(len(new)) if i not in pairs]
    scored = sorted(
        ((score, todo[i], j) for score, i, j in _alike([new[i].text for i in todo], [o.text for o in free])),
        reverse=True,
    )
    taken: set[int] = set()
    for _score, i, j in scored:
        if i in pairs or j in taken:
            continue
        pairs[i] = free[j]
        taken.add(j)
    return pairs


def _alike(
    news: list[str], olds: list[str], threshold: float = _SAME_WORDING
) -> Iterator[tuple[float, int, int]]:
    """(dice, i, j) for each pair of texts news[i], olds[j] whose word overlap is at least
    `threshold`, without comparing every pair: two bags of words that close share one of the
    rarer words at the head of each (prefix filtering), so only pairs that do are compared."""
    if not news or not olds:
        return
    bags = [_tokens(t) for t in news], [_tokens(t) for t in olds]
    frequency = Counter(token for side in bags for bag in side for token in bag)
    least = threshold / (2 - threshold)  # the overlap, as a share of one bag, that the threshold needs

    def head(bag: list[tuple[str, int]]) -> list[tuple[str, int]]:
        ranked = sorted(bag, key=lambda token: (frequency[token], token))
        return ranked[: len(ranked) - math.ceil(least * len(ranked) - 1e-9) + 1]

    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j, bag in enumerate(bags[1]):
        for token in head(bag):
            index[token].append(j)
    empty = [j for j, bag in enumerate(bags[1]) if not bag]  # two texts without words are alike
    sets = [frozenset(bag) for bag in bags[1]]
    for i, bag in enumerate(bags[0]):
        if not bag:
            yield from ((1.0, i, j) for j in empty)
            continue
        mine = frozenset(bag)
        for j in {j for token in head(bag) for j in index.get(token, ())}:
            score = 2 * len(mine & sets[j]) / (len(mine) + len(sets[j]))  # `dice`, on the token sets
            if score >= threshold:
                yield score, i, j


def _bag(text: str) -> tuple[tuple[str, int], ...]:
    """The words of `text` with their counts, as a key: equal for two texts whose `dice` is 1."""
    return tuple(sorted(words(text).items()))


def _tokens(text: str) -> list[tuple[str, int]]:
    """The words of `text` as a set: the k-th repeat of a word is a token of its own, as `dice` counts."""
    return [(w, k) for w, n in words(text).items() for k in range(n)]
