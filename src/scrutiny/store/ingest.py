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
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from scrutiny.extract.similarity import dice
from scrutiny.record import Action as RecordAction
from scrutiny.record import Meeting as RecordMeeting
from scrutiny.store import models as m
from scrutiny.store.events import refresh_status
from scrutiny.store.link import RELINK, TOUCHED, link_document
from scrutiny.store.prepare import Prepared
from scrutiny.store.search import index_entries

_WRITE_LOCK = 7_301_908  # PostgreSQL: documents are written one at a time, as on SQLite
_SAME_WORDING = 0.6

# Called inside the transaction after a document is written and the register has linked its
# updates and resolved its owners (`link.link_document`).
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


def store(
    session: Session, prepared: Prepared, source: str | None = None, now: dt.datetime | None = None
) -> Outcome:
    """Write `prepared` (one document and its record) unless its sha256 is already stored."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})
    found = session.scalar(select(m.Document.id).where(m.Document.sha256 == prepared.sha256))
    if found is not None:
        return Outcome("exists", found)
    now = now or dt.datetime.now(dt.timezone.utc)
    doc = m.Document(
        sha256=prepared.sha256,
        name=prepared.name,
        format=prepared.format,
        pages=prepared.pages,
        title=prepared.title,
        source=source if source is not None else prepared.path,
        ingested_at=now,
        text=prepared.text,
        restricted=prepared.marked_as_a_whole(),  # OFFICIAL-SENSITIVE on every page, say
    )
    session.add(doc)
    session.flush()
    writer = _Writer(session, prepared, doc, now)
    outcome = Outcome("added", doc.id)
    for position, meeting in enumerate(prepared.record.meetings):
        writer.meeting(meeting, position, outcome)
    writer.forward_plan()
    writer.passages()
    session.flush()
    link_document(session, doc, now)  # the register: updates to actions, owners to people, statuses
    for hook in AFTER_STORE:
        hook(session, doc)
    return outcome


def parse_day(value: str | None) -> dt.date | None:
    """An ISO date ("2024-03-05"), or None for anything else."""
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def due_date(due: str | None) -> dt.date | None:
    """The last day of a due date written at any precision: "2024" → 31 Dec, "2024-03" → 31 Mar."""
    if not due:
        return None
    try:
        if re.fullmatch(r"\d{4}", due):
            return dt.date(int(due), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", due):
            year, month = int(due[:4]), int(due[5:])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return parse_day(due)


def substantive(meeting: RecordMeeting) -> bool:
    """A meeting the document records (attendance, actions, decisions or updates), not one it only names."""
    return bool(meeting.attendees or meeting.actions or meeting.decisions or meeting.action_updates)


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


class _Writer:
    """The rows of one document; keeps the restricted spans and the search entries to add."""

    def __init__(self, session: Session, prepared: Prepared, doc: m.Document, now: dt.datetime):
        self.session, self.prepared, self.doc, self.now = session, prepared, doc, now
        self.spans = prepared.restricted_spans()
        self.search: list[dict] = []
        self._people: dict[int, dict[tuple[str | None, str | None], m.Person]] = {}

    def _restricted(self, evidence) -> bool:
        return (
            bool(self.spans)
            and evidence is not None
            and self.prepared.is_restricted(evidence.text, self.spans)
        )

    @staticmethod
    def _ev(evidence) -> dict:
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

    # -- bodies and people

    def body(self, name: str | None, organisation: str | None) -> m.Body | None:
        name, organisation = _clean(name), _clean(organisation)
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

    def people(self, body: m.Body | None) -> dict[tuple[str | None, str | None], m.Person]:
        """The body's people by (name, None), or (None, initials) for those known only so."""
        if body is None:
            return {}
        if body.id not in self._people:
            known: dict[tuple[str | None, str | None], m.Person] = {}
            for p in self.session.scalars(
                select(m.Person).where(m.Person.body_id == body.id).order_by(m.Person.id)
            ):
                known.setdefault((p.name, None) if p.name else (None, p.initials), p)
            self._people[body.id] = known
        return self._people[body.id]

    def person(
        self, body: m.Body | None, name: str | None, initials: str | None, role: str | None
    ) -> m.Person | None:
        """The body's person of this name (or, nameless, these initials); new ones are added unflushed."""
        name, initials, role = _clean(name), _clean(initials), _clean(role)
        if body is None or (not name and not initials):
            return None
        known = self.people(body)
        key = (name, None) if name else (None, initials)
        person = known.get(key)
        if person is None:
            person = known[key] = m.Person(name=name, initials=initials, role=role, body_id=body.id)
            self.session.add(person)
        else:
            person.initials = person.initials or initials
            person.role = role or person.role
        return person

    # -- a meeting and its records

    def meeting(self, record: RecordMeeting, position: int, outcome: Outcome) -> None:
        body = self.body(record.body, record.organisation)
        day = parse_day(record.date)
        row, had_substance = self._stored_version(body, day)
        if row is not None and not substantive(record):
            return  # only named here (a "date of next meeting"): that meeting is stored already
        fields = dict(
            body_id=body.id if body else None,
            date=day,
            start_time=record.start_time,
            venue=record.venue,
            document_id=self.doc.id,
            position=position,
            **self._ev(record.evidence),
        )
        old_actions: list[m.Action] = []
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
        items = self.attendance_and_items(row, record, body)
        outcome.decisions += self.decisions(row, record)
        self.updates(row, record)
        outcome.actions += self.actions(row, record, old_actions)
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

    def _clear(self, meeting: m.Meeting) -> list[m.Action]:
        """Remove what the new version replaces; return the old actions for pairing."""
        s = self.session
        decision_ids = s.scalars(select(m.Decision.id).where(m.Decision.meeting_id == meeting.id)).all()
        actions = list(
            s.scalars(select(m.Action).where(m.Action.meeting_id == meeting.id).order_by(m.Action.position))
        )
        s.execute(
            delete(m.SearchEntry).where(
                ((m.SearchEntry.kind == "meeting") & (m.SearchEntry.ref_id == meeting.id))
                | ((m.SearchEntry.kind == "decision") & m.SearchEntry.ref_id.in_(decision_ids or [-1]))
                | (
                    (m.SearchEntry.kind == "action")
                    & m.SearchEntry.ref_id.in_([a.id for a in actions] or [-1])
                )
            )
        )
        linked = s.scalars(
            select(m.ActionUpdate.action_id).where(
                m.ActionUpdate.meeting_id == meeting.id, m.ActionUpdate.action_id.is_not(None)
            )
        )
        s.info.setdefault(TOUCHED, set()).update(linked)  # their status is worked out again
        reporting = s.scalars(  # updates on these actions, which the new version may drop
            select(m.ActionUpdate.id).where(m.ActionUpdate.action_id.in_([a.id for a in actions] or [-1]))
        )
        s.info.setdefault(RELINK, set()).update(reporting)
        for table in (m.Attendance, m.Item, m.Decision, m.ActionUpdate):  # an update's events go with it
            s.execute(delete(table).where(table.meeting_id == meeting.id))
        return actions

    def attendance_and_items(
        self, meeting: m.Meeting, record: RecordMeeting, body: m.Body | None
    ) -> list[str]:
        people = [self.person(body, a.name, a.initials, a.role) for a in record.attendees]
        self.session.flush()  # the new people's ids
        for position, (a, person) in enumerate(zip(record.attendees, people)):
            self.session.add(
                m.Attendance(
                    meeting_id=meeting.id,
                    person_id=person.id if person else None,
                    position=position,
                    name=a.name,
                    role=a.role,
                    initials=a.initials,
                    attendance=a.attendance,
                    **self._ev(a.evidence),
                )
            )
        titles = []
        for position, item in enumerate(record.items):
            restricted = self._restricted(item.evidence)
            self.session.add(
                m.Item(
                    meeting_id=meeting.id,
                    position=position,
                    number=item.number,
                    title=item.title,
                    restricted=restricted,
                    **self._ev(item.evidence),
                )
            )
            if not restricted:  # the meeting's public search entry must not name Part II business
                titles.append(item.title)
        return titles

    def decisions(self, meeting: m.Meeting, record: RecordMeeting) -> int:
        rows = []
        for position, d in enumerate(record.decisions):
            row = m.Decision(
                meeting_id=meeting.id,
                document_id=self.doc.id,
                position=position,
                item=d.item,
                text=d.text,
                restricted=self._restricted(d.evidence),
                **self._ev(d.evidence),
            )
            rows.append(row)
        self.session.add_all(rows)
        self.session.flush()  # their ids, for the search entries
        for row, d in zip(rows, record.decisions):
            self._entry("decision", row.id, d.text, d.evidence.page if d.evidence else None, row.restricted)
        return len(record.decisions)

    def updates(self, meeting: m.Meeting, record: RecordMeeting) -> None:
        for position, u in enumerate(record.action_updates):
            self.session.add(
                m.ActionUpdate(
                    meeting_id=meeting.id,
                    document_id=self.doc.id,
                    position=position,
                    ref=u.ref,
                    text=u.text,
                    status=u.status,
                    **self._ev(u.evidence),
                )
            )

    def actions(self, meeting: m.Meeting, record: RecordMeeting, old: list[m.Action]) -> int:
        pairs = pair_actions(old, record.actions)
        rows = []
        for position, a in enumerate(record.actions):
            row = pairs.get(position)
            if row is None:
                row = m.Action(meeting_id=meeting.id)
                self.session.add(row)
            else:  # the same action in the corrected version: keep its id and the people's events
                row.owners.clear()
                for event in [e for e in row.events if e.source == "extracted"]:
                    row.events.remove(event)
            row.document_id = self.doc.id
            row.position, row.ref, row.item, row.text = position, a.ref, a.item, a.text
            row.due, row.due_date, row.due_text = a.due, due_date(a.due), a.due_text
            row.restricted = self._restricted(a.evidence)
            row.evidence_text, row.evidence_page = (
                (a.evidence.text, a.evidence.page) if a.evidence else (None, None)
            )
            row.owners.extend(
                m.ActionOwner(position=i, owner=o) for i, o in enumerate(a.owners) if o and o.strip()
            )
            row.events.append(
                m.ActionEvent(
                    status=a.status or "open",
                    note="given out at this meeting",
                    at=meeting.date,
                    document_id=self.doc.id,
                    source="extracted",
                    created_at=self.now,
                    **self._ev(a.evidence),
                )
            )
            refresh_status(row)
            rows.append(row)
        self.session.flush()  # their ids, for the search entries
        for row, a in zip(rows, record.actions):
            words = " · ".join(w for w in (a.ref, a.text, ", ".join(a.owners), a.due_text) if w)
            self._entry("action", row.id, words, a.evidence.page if a.evidence else None, row.restricted)
        kept = set(map(id, pairs.values()))
        for action in old:
            if id(action) in kept:
                continue
            if any(e.source == "person" for e in action.events):
                self._entry(
                    "action",
                    action.id,
                    action.text,
                    action.evidence_page,
                    action.restricted,
                    action.document_id,
                )
            else:
                self.session.delete(action)
        return len(record.actions)

    # -- the rest of the document

    def forward_plan(self) -> None:
        for position, entry in enumerate(self.prepared.record.forward_plan):
            self.session.add(
                m.ForwardPlanEntry(
                    document_id=self.doc.id,
                    position=position,
                    date=parse_day(entry.date),
                    body=entry.body,
                    title=entry.title,
                    **self._ev(entry.evidence),
                )
            )

    def passages(self) -> None:
        for p in self.prepared.passages:
            restricted = any(start <= p.start < end for start, end in self.spans)
            self._entry("passage", self.doc.id, p.text, p.page, restricted)
        index_entries(self.session, self.search)


def pair_actions(old: list[m.Action], new: list[RecordAction]) -> dict[int, m.Action]:
    """Which stored action each new action (by position) is a version of: same ref, else the
    closest wording (at least 0.6 word overlap), each old action used once."""
    pairs: dict[int, m.Action] = {}
    free = list(old)
    for i, a in enumerate(new):
        if a.ref:
            match = next((o for o in free if o.ref and o.ref.strip().lower() == a.ref.strip().lower()), None)
            if match is not None:
                pairs[i] = match
                free.remove(match)
    scored = sorted(
        (
            (dice(o.text, a.text), i, j)
            for i, a in enumerate(new)
            if i not in pairs
            for j, o in enumerate(free)
        ),
        reverse=True,
    )
    used: set[int] = set()
    for score, i, j in scored:
        if score < _SAME_WORDING:
            break
        if i in pairs or j in used:
            continue
        pairs[i] = free[j]
        used.add(j)
    return pairs
