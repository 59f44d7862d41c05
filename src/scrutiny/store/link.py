"""The register at work in the store: updates linked to their actions, owners to people.

`link_document` runs inside each document's ingest transaction, after its rows are written:

- every update the document reported (`action_updates`) is linked to the action it reports on
  by `register.matching` (by ref first, then by wording), among the actions of the same body
  (`register.bodies.same_body`, so "P&R" is the Performance and Resources Board) given out at
  an earlier meeting; the match's confidence is kept, and the link adds an `update` event to
  the action's history (the status reported, on the meeting's day, with the document, page and
  passage). An update that matches nothing keeps `action_id` NULL and is listed for review
  (`for_review`), never dropped;
- papers arrive in any order: when a document gives out actions, the updates of the same body
  from later meetings that one of them might answer (the same ref, or close words) are matched
  again against all the body's actions, so minutes ingested after the papers that report on
  them are still linked, and a closer action found later takes the link over; the result does
  not depend on the order of ingest;
- every action whose history changed gets its current status again from the history
  (`events.status_on`).

Each update is compared only with the actions it could match at all (`_Near`: the same ref, or
two content words in common), and everything is read and written in a few statements for the
whole document, so linking a log of thousands of actions costs about as much as reading it.

The owners of a document's actions are resolved at ingest, from the record alone, by the writer
(`ingest.plan`, each distinct owner once per meeting); `resolve_action_owners` below does it for
an action a person edited.

Nothing here runs for a document already stored (the ingest stops at its sha256), so a
re-ingest changes nothing; and the matching is a function of what is stored, so running it
again links nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session

from scrutiny.register.bodies import same_body
from scrutiny.register.matching import OWNER_BOOST, TEXT_THRESHOLD, Candidate, Match, Update, match_update
from scrutiny.register.people import Person as Attendee
from scrutiny.register.people import resolve_distinct
from scrutiny.register.refs import ref_key, ref_parts, ref_score
from scrutiny.register.similarity import content_words, text_similarity
from scrutiny.store import models as m
from scrutiny.store.events import status_on

# session.info key: actions whose history a document changed other than through the links made
# here (a corrected version of minutes took update events away, or kept a paired action with
# what people recorded on it), so that their status is worked out again.
TOUCHED = "scrutiny.link.touched"
# session.info key: updates linked to the actions of a meeting a corrected version replaced.
RELINK = "scrutiny.link.relink"
CHUNK = 5_000  # ids per IN (...) list: SQLite allows 32,766 bound values in one statement

_METHOD_NOTE = {"ref": "matched by ref", "text": "matched by wording"}
T = TypeVar("T")


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    """`ids` in lists of at most `size`, sorted, for IN (...) clauses of any length."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


@dataclass
class LinkOutcome:
    linked: int = 0  # updates (of this document or later ones) now linked
    unmatched: int = 0  # updates of this document left for review
    changed: int = 0  # updates whose link was made, moved or removed by this run


@dataclass
class _Body:
    id: int
    name: str
    organisation: str | None


@dataclass
class _Candidate:
    meeting_id: int
    date: dt.date | None
    candidate: Candidate

    @property
    def ref(self) -> str | None:
        return self.candidate.ref

    @property
    def text(self) -> str:
        return self.candidate.text


@dataclass
class _Update:
    """An update row as the linker reads and changes it."""

    id: int
    meeting_id: int
    document_id: int
    ref: str | None
    text: str | None
    status: str | None
    action_id: int | None
    match_confidence: float | None
    evidence_text: str | None
    evidence_page: int | None


@dataclass
class _Event:
    id: int
    action_id: int
    update_id: int


_UPDATE_COLUMNS = (
    m.ActionUpdate.id,
    m.ActionUpdate.meeting_id,
    m.ActionUpdate.document_id,
    m.ActionUpdate.ref,
    m.ActionUpdate.text,
    m.ActionUpdate.status,
    m.ActionUpdate.action_id,
    m.ActionUpdate.match_confidence,
    m.ActionUpdate.evidence_text,
    m.ActionUpdate.evidence_page,
)


class _Near(Generic[T]):
    """Actions indexed by their ref's numbers and by their content words, so that an update is
    compared only with those it could match at all: `register.matching` links by a ref with a
    score above 0 (the same `ref_key`) or by words, which need two content words in common
    (`text_similarity` is 0 otherwise). Linking is then near-linear, not every update against
    every action."""

    def __init__(self, items: Sequence[T], ref: Callable[[T], str | None], text: Callable[[T], str | None]):
        self.items = items
        self._by_ref: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(items):
            key = ref_key(ref(item))
            if key:
                self._by_ref[key].append(i)
            for word in content_words(text(item) or ""):
                self._by_word[word].append(i)

    def near(self, ref: str | None, text: str | None) -> list[T]:
        """The items an update of this ref and text could be matched to, in their order."""
        found: set[int] = set()
        key = ref_key(ref)
        if key:
            found.update(self._by_ref.get(key, ()))
        if text:
            shared = Counter(i for word in content_words(text) for i in self._by_word.get(word, ()))
            found.update(i for i, n in shared.items() if n >= 2)
        return [self.items[i] for i in sorted(found)]


def link_document(session: Session, doc: m.Document, now: dt.datetime | None = None) -> LinkOutcome:
    """Link the updates and refresh the statuses that `doc` touched, in a few statements whatever
    the number of its actions and updates."""
    session.flush()
    session.expire_all()  # the ingest wrote rows in bulk: read every collection afresh
    now = now or dt.datetime.now(dt.UTC)
    outcome = LinkOutcome()
    touched: set[int] = set(session.info.pop(TOUCHED, ()))
    relink: set[int] = set(session.info.pop(RELINK, ()))
    linker = _Linker(session, _bodies(session), now)
    of_document = select(m.Action.id).where(m.Action.document_id == doc.id).scalar_subquery()

    # The updates whose link this document may change: its own; those on its actions (a
    # corrected version may reword them) or on the actions it dropped; and the updates of the
    # same body at its meetings' dates or later that one of its actions might answer (only
    # those: an action that fits an update neither by ref nor by words cannot change its match).
    own = linker.updates(m.ActionUpdate.document_id == doc.id)
    updates = {u.id: u for u in own}
    relink |= set(session.scalars(select(m.ActionUpdate.id).where(m.ActionUpdate.action_id.in_(of_document))))
    for part in chunks(relink - set(updates)):
        updates.update((u.id, u) for u in linker.updates(m.ActionUpdate.id.in_(part)))
    given: dict[int, list[_Given]] = defaultdict(list)
    for row in session.execute(
        select(m.Action.id, m.Action.meeting_id, m.Action.ref, m.Action.text).where(
            m.Action.document_id == doc.id
        )
    ):
        given[row.meeting_id].append(_Given(row.id, row.ref, row.text))
    meetings = session.execute(
        select(m.Meeting.id, m.Meeting.body_id, m.Meeting.date).where(m.Meeting.document_id == doc.id)
    ).all()
    for meeting_id, body_id, date in meetings:
        if body_id is None or not given.get(meeting_id):
            continue
        others = select(m.Meeting.id).where(
            m.Meeting.body_id.in_(linker.alike(body_id)), m.Meeting.id != meeting_id
        )
        if date is not None:
            others = others.where((m.Meeting.date > date) | m.Meeting.date.is_(None))
        later = [u for u in linker.updates(m.ActionUpdate.meeting_id.in_(others)) if u.id not in updates]
        if later:
            index = _Near(given[meeting_id], lambda a: a.ref, lambda a: a.text)
            updates.update(
                (u.id, u) for u in later if any(might_answer(u, a) for a in index.near(u.ref, u.text))
            )

    own_ids = {u.id for u in own}
    linker.load_events(doc.id, set(updates) - own_ids)
    for u in sorted(updates.values(), key=lambda u: u.id):
        match = linker.match(u)
        if linker.apply(u, match, touched):
            outcome.changed += 1
        if match is not None:
            outcome.linked += 1
        elif u.id in own_ids:
            outcome.unmatched += 1
    linker.save()
    refresh_statuses(session, touched)
    return outcome


@dataclass
class _Given:
    id: int
    ref: str | None
    text: str


def might_answer(u: _Update, action: _Given) -> bool:
    """Whether `u` could be matched to `action` at all: the same ref, or words close enough
    (`register.matching`'s own tests, without the dates and bodies it checks as well)."""
    if ref_parts(u.ref) and ref_score(u.ref, action.ref) > 0:
        return True
    return bool(u.text) and text_similarity(u.text, action.text) + OWNER_BOOST >= TEXT_THRESHOLD


def refresh_statuses(session: Session, action_ids: Iterable[int]) -> None:
    """Set each action's status from its history again (`events.status_on`), reading the
    histories in one query per few thousand actions and writing only the statuses that changed."""
    changed = []
    for part in chunks(action_ids):
        histories: dict[int, list] = defaultdict(list)
        for event in session.execute(
            select(
                m.ActionEvent.id,
                m.ActionEvent.action_id,
                m.ActionEvent.status,
                m.ActionEvent.at,
                m.ActionEvent.source,
                m.ActionEvent.created_at,
                m.ActionEvent.evidence_text,
            ).where(m.ActionEvent.action_id.in_(part))
        ):
            histories[event.action_id].append(event)
        for action_id, status in session.execute(
            select(m.Action.id, m.Action.status).where(m.Action.id.in_(part))
        ):
            now = status_on(histories[action_id])
            if now != status:
                changed.append({"id": action_id, "status": now})
    if changed:
        session.execute(update(m.Action), changed)


def _bodies(session: Session) -> dict[int, _Body]:
    rows = session.execute(
        select(m.Body.id, m.Body.name, m.Organisation.name).outerjoin(
            m.Organisation, m.Organisation.id == m.Body.organisation_id
        )
    )
    return {i: _Body(i, name, org) for i, name, org in rows}


def _alike(bodies: dict[int, _Body], body_id: int) -> list[int]:
    """The bodies that are the same as `body_id`, written differently; itself first."""
    me = bodies[body_id]
    return [body_id] + [
        b.id
        for b in bodies.values()
        if b.id != body_id and same_body(me.name, b.name, me.organisation, b.organisation)
    ]


class _Linker:
    """Matches updates against the actions of their body, loaded and indexed once per body, and
    keeps the changes to write them together at the end."""

    def __init__(self, session: Session, bodies: dict[int, _Body], now: dt.datetime):
        self.session, self.bodies, self.now = session, bodies, now
        self._candidates: dict[frozenset[int], _Near[_Candidate]] = {}
        self._meetings: dict[int, tuple[int | None, dt.date | None]] = {}
        self._alike: dict[int, list[int]] = {}
        self._events: dict[int, list[_Event]] = defaultdict(list)  # by update id
        self._changed: dict[int, _Update] = {}  # updates whose link or confidence changed
        self._gone: list[int] = []  # events to delete
        self._confidence: list[dict] = []  # events whose confidence changed
        self._new: list[dict] = []  # events to add

    def alike(self, body_id: int) -> list[int]:
        if body_id not in self._alike:
            self._alike[body_id] = _alike(self.bodies, body_id)
        return self._alike[body_id]

    def updates(self, where: ColumnElement[bool]) -> list[_Update]:
        """The updates `where` selects, with their meetings' bodies and dates remembered."""
        rows = self.session.execute(
            select(*_UPDATE_COLUMNS, m.Meeting.body_id, m.Meeting.date)
            .join(m.Meeting, m.Meeting.id == m.ActionUpdate.meeting_id)
            .where(where)
            .order_by(m.ActionUpdate.id)
        )
        out = []
        for row in rows:
            *fields, body_id, date = row
            u = _Update(*fields)
            self._meetings[u.meeting_id] = (body_id, date)
            out.append(u)
        return out

    def load_events(self, document_id: int, others: set[int]) -> None:
        """The events the updates considered have made so far: those of this document's own
        updates, and of the others by id."""
        own = select(m.ActionUpdate.id).where(m.ActionUpdate.document_id == document_id).scalar_subquery()
        wheres = [m.ActionEvent.update_id.in_(own)] + [m.ActionEvent.update_id.in_(p) for p in chunks(others)]
        for where in wheres:
            for event_id, action_id, update_id in self.session.execute(
                select(m.ActionEvent.id, m.ActionEvent.action_id, m.ActionEvent.update_id)
                .where(where)
                .order_by(m.ActionEvent.id)
            ):
                assert update_id is not None  # selected by update
                self._events[update_id].append(_Event(event_id, action_id, update_id))

    def candidates(self, body_ids: list[int]) -> _Near[_Candidate]:
        key = frozenset(body_ids)
        if key not in self._candidates:
            rows = self.session.execute(
                select(
                    m.Action.id,
                    m.Action.ref,
                    m.Action.text,
                    m.Action.due,
                    m.Meeting.id,
                    m.Meeting.date,
                    m.Meeting.body_id,
                )
                .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
                .where(m.Meeting.body_id.in_(body_ids))
                .order_by(m.Action.id)
            )
            found = []
            for action_id, ref, text, due, meeting_id, date, body_id in rows:
                assert body_id is not None  # selected by body
                body = self.bodies[body_id]
                candidate = Candidate(
                    id=action_id,
                    body=body.name,
                    meeting_date=date,
                    ref=ref,
                    text=text,
                    due=due,
                    organisation=body.organisation,
                )
                found.append(_Candidate(meeting_id, date, candidate))
            self._candidates[key] = _Near(found, lambda c: c.ref, lambda c: c.text)
        return self._candidates[key]

    def match(self, u: _Update) -> Match | None:
        """The action `u` reports on: one of its body's, given out at an earlier meeting."""
        body_id, date = self._meetings[u.meeting_id]
        if body_id is None or not (u.ref or u.text):
            return None
        body = self.bodies[body_id]
        update = Update(
            body=body.name,
            meeting_date=date,
            ref=u.ref,
            text=u.text,
            status=u.status,
            organisation=body.organisation,
        )
        # Not the update's own meeting: minutes report there on what earlier meetings gave out,
        # and numbering that restarts each meeting must not turn a new "Action 1" complete.
        earlier = [
            c.candidate
            for c in self.candidates(self.alike(body_id)).near(u.ref, u.text)
            if c.meeting_id != u.meeting_id and not (date and c.date and c.date >= date)
        ]
        return match_update(update, earlier)

    def apply(self, u: _Update, match: Match | None, touched: set[int]) -> bool:
        """Note `match` on `u` and its event on the action; False when it was already so."""
        events = self._events.get(u.id, [])
        if (
            match is not None
            and u.action_id == match.action_id
            and [e.action_id for e in events] == [match.action_id]
        ):
            if u.match_confidence != match.confidence:
                u.match_confidence = match.confidence
                self._changed[u.id] = u
                self._confidence.append({"id": events[0].id, "confidence": match.confidence})
            return False
        if match is None and u.action_id is None and not events:
            return False
        for event in events:
            touched.add(event.action_id)
            self._gone.append(event.id)
        if u.action_id is not None:
            touched.add(u.action_id)
        self._changed[u.id] = u
        if match is None:
            u.action_id, u.match_confidence = None, None
            return True
        action_id = match.action_id
        assert isinstance(action_id, int)  # the candidates' ids are the actions' row ids
        u.action_id, u.match_confidence = action_id, match.confidence
        self._new.append(
            {
                "action_id": action_id,
                "status": u.status,
                "note": _METHOD_NOTE.get(match.method),
                "at": self._meetings[u.meeting_id][1],
                "document_id": u.document_id,
                "update_id": u.id,
                "source": "update",
                "confidence": match.confidence,
                "created_at": self.now,
                "evidence_text": u.evidence_text,
                "evidence_page": u.evidence_page,
            }
        )
        touched.add(action_id)
        return True

    def save(self) -> None:
        """Write the changes `apply` noted: a few statements for all of them."""
        s = self.session
        for part in chunks(self._gone):
            s.execute(delete(m.ActionEvent).where(m.ActionEvent.id.in_(part)))
        if self._changed:
            s.execute(
                update(m.ActionUpdate),
                [
                    {"id": u.id, "action_id": u.action_id, "match_confidence": u.match_confidence}
                    for u in self._changed.values()
                ],
            )
        if self._confidence:
            s.execute(update(m.ActionEvent), self._confidence)
        if self._new:
            s.execute(insert(m.ActionEvent.__table__), self._new)  # the table: one executemany


# -- owners


def resolve_action_owners(session: Session, actions: list[m.Action]) -> int:
    """Each owner of `actions` resolved against its meeting's attendance to a person of the
    meeting's body (found, or made for an attendee known only by role); how many were."""
    by_meeting: dict[int, list[m.Action]] = defaultdict(list)
    for action in actions:
        by_meeting[action.meeting_id].append(action)
    resolved = 0
    for meeting_id, group in by_meeting.items():
        meeting = session.get(m.Meeting, meeting_id)
        rows = list(
            session.scalars(
                select(m.Attendance)
                .where(m.Attendance.meeting_id == meeting_id)
                .order_by(m.Attendance.position)
            )
        )
        attendees = [Attendee(a.name, a.role, a.initials, id=a.id) for a in rows]
        by_id: dict[Hashable, m.Attendance] = {a.id: a for a in rows}
        named = resolve_distinct((o.owner for a in group for o in a.owners), attendees) if attendees else {}
        for action in group:
            for owner in action.owners:
                found = named.get(owner.owner)
                if found is None:
                    owner.person_id = None
                    continue
                row = by_id[found.person.id]
                if row.person_id is None:
                    person = _person_for(session, meeting.body_id if meeting else None, row)
                    row.person_id = person.id if person else None
                owner.person_id = row.person_id
                resolved += row.person_id is not None
    session.flush()
    return resolved


def _person_for(session: Session, body_id: int | None, row: m.Attendance) -> m.Person | None:
    """The body's person for an attendee the ingest gave none (known only by role)."""
    if body_id is None or not (row.name or row.initials or row.role):
        return None
    query = select(m.Person).where(m.Person.body_id == body_id)
    if row.name:
        query = query.where(m.Person.name == row.name)
    elif row.initials:
        query = query.where(m.Person.name.is_(None), m.Person.initials == row.initials)
    else:
        query = query.where(m.Person.name.is_(None), m.Person.initials.is_(None), m.Person.role == row.role)
    person = session.scalars(query.order_by(m.Person.id)).first()
    if person is None:
        person = m.Person(name=row.name, initials=row.initials, role=row.role, body_id=body_id)
        session.add(person)
        session.flush()
    return person


# -- review


@dataclass
class ReviewRow:
    """An update that matched no action: for a person to link or dismiss."""

    id: int
    meeting_id: int
    meeting_date: dt.date | None
    body: str | None
    ref: str | None
    text: str | None
    status: str | None
    document_id: int
    document: str
    page: int | None


def for_review(
    session: Session, body_id: int | None = None, limit: int | None = 100, offset: int = 0
) -> list[ReviewRow]:
    """The updates left unmatched, latest meeting first."""
    query = (
        select(m.ActionUpdate, m.Meeting.date, m.Body.name, m.Document.name)
        .join(m.Meeting, m.Meeting.id == m.ActionUpdate.meeting_id)
        .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
        .join(m.Document, m.Document.id == m.ActionUpdate.document_id)
        .where(m.ActionUpdate.action_id.is_(None))
    )
    if body_id is not None:
        query = query.where(m.Meeting.body_id == body_id)
    query = query.order_by(m.Meeting.date.desc(), m.ActionUpdate.id).limit(limit).offset(offset)
    return [
        ReviewRow(
            u.id, u.meeting_id, date, body, u.ref, u.text, u.status, u.document_id, doc, u.evidence_page
        )
        for u, date, body, doc in session.execute(query)
    ]
