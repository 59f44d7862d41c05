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
- each owner of the document's actions as written ("BJH", "DCC", "Roger Hirst") is resolved
  against the attendance of the action's meeting (`register.people.resolve_owner`) to a person
  of that body;
- every action whose history changed gets its current status again from the history
  (`events.refresh_status`).

Nothing here runs for a document already stored (the ingest stops at its sha256), so a
re-ingest changes nothing; and the matching is a function of what is stored, so running it
again links nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scrutiny.register.bodies import same_body
from scrutiny.register.matching import OWNER_BOOST, TEXT_THRESHOLD, Candidate, Match, Update, match_update
from scrutiny.register.refs import ref_parts, ref_score
from scrutiny.register.similarity import text_similarity
from scrutiny.register.people import Person as Attendee
from scrutiny.register.people import resolve_owner
from scrutiny.store import models as m
from scrutiny.store.events import refresh_status

# session.info key: actions whose update events a corrected version of minutes took away
# (ingest._Writer._clear fills it), so that their status is worked out again.
TOUCHED = "scrutiny.link.touched"
# session.info key: updates linked to the actions of a meeting a corrected version replaced.
RELINK = "scrutiny.link.relink"

_METHOD_NOTE = {"ref": "matched by ref", "text": "matched by wording"}


@dataclass
class LinkOutcome:
    linked: int = 0  # updates (of this document or later ones) now linked
    unmatched: int = 0  # updates of this document left for review
    changed: int = 0  # updates whose link was made, moved or removed by this run
    owners_resolved: int = 0


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


def link_document(session: Session, doc: m.Document, now: dt.datetime | None = None) -> LinkOutcome:
    """Link the updates, resolve the owners and refresh the statuses that `doc` touched."""
    session.flush()
    session.expire_all()  # the ingest deleted rows in bulk: read every collection afresh
    now = now or dt.datetime.now(dt.timezone.utc)
    outcome = LinkOutcome()
    touched: set[int] = set(session.info.pop(TOUCHED, ()))
    relink: set[int] = set(session.info.pop(RELINK, ()))
    meetings = list(session.scalars(select(m.Meeting).where(m.Meeting.document_id == doc.id)))
    actions = list(session.scalars(select(m.Action).where(m.Action.document_id == doc.id)))
    outcome.owners_resolved = resolve_action_owners(session, actions)
    linker = _Linker(session, _bodies(session), now)

    # The updates whose link this document may change: its own; those on its actions (a
    # corrected version may reword them) or on the actions it dropped; and the updates of the
    # same body at its meetings' dates or later that one of its actions might answer (only
    # those: an action that fits an update neither by ref nor by words cannot change its match).
    own = list(
        session.scalars(
            select(m.ActionUpdate).where(m.ActionUpdate.document_id == doc.id).order_by(m.ActionUpdate.id)
        )
    )
    updates = {u.id: u for u in own}
    ids = [a.id for a in actions]
    if ids:
        relink |= set(session.scalars(select(m.ActionUpdate.id).where(m.ActionUpdate.action_id.in_(ids))))
    for update_id in sorted(relink - set(updates)):
        u = session.get(m.ActionUpdate, update_id)
        if u is not None:
            updates[u.id] = u
    for meeting in meetings:
        given = [a for a in actions if a.meeting_id == meeting.id]
        if meeting.body_id is None or not given:
            continue
        query = (
            select(m.ActionUpdate)
            .join(m.Meeting, m.Meeting.id == m.ActionUpdate.meeting_id)
            .where(m.Meeting.body_id.in_(linker.alike(meeting.body_id)), m.Meeting.id != meeting.id)
        )
        if meeting.date is not None:
            query = query.where(or_(m.Meeting.date > meeting.date, m.Meeting.date.is_(None)))
        for u in session.scalars(query.order_by(m.ActionUpdate.id)):
            if u.id not in updates and any(might_answer(u, a) for a in given):
                updates[u.id] = u

    own_ids = {u.id for u in own}
    for u in sorted(updates.values(), key=lambda u: u.id):
        match = linker.match(u)
        if linker.apply(u, match, touched):
            outcome.changed += 1
        if match is not None:
            outcome.linked += 1
        elif u.id in own_ids:
            outcome.unmatched += 1

    for action_id in sorted(touched | set(ids)):
        action = session.get(m.Action, action_id)
        if action is not None:
            refresh_status(action)
    session.flush()
    return outcome


def might_answer(u: m.ActionUpdate, action: m.Action) -> bool:
    """Whether `u` could be matched to `action` at all: the same ref, or words close enough
    (`register.matching`'s own tests, without the dates and bodies it checks as well)."""
    if ref_parts(u.ref) and ref_score(u.ref, action.ref) > 0:
        return True
    return bool(u.text) and text_similarity(u.text, action.text) + OWNER_BOOST >= TEXT_THRESHOLD


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
    """Matches updates against the actions of their body, loaded once per body."""

    def __init__(self, session: Session, bodies: dict[int, _Body], now: dt.datetime):
        self.session, self.bodies, self.now = session, bodies, now
        self._candidates: dict[frozenset[int], list[_Candidate]] = {}
        self._meetings: dict[int, tuple[int | None, dt.date | None]] = {}
        self._alike: dict[int, list[int]] = {}

    def alike(self, body_id: int) -> list[int]:
        if body_id not in self._alike:
            self._alike[body_id] = _alike(self.bodies, body_id)
        return self._alike[body_id]

    def _meeting(self, meeting_id: int) -> tuple[int | None, dt.date | None]:
        if meeting_id not in self._meetings:
            row = self.session.execute(
                select(m.Meeting.body_id, m.Meeting.date).where(m.Meeting.id == meeting_id)
            ).one()
            self._meetings[meeting_id] = (row[0], row[1])
        return self._meetings[meeting_id]

    def candidates(self, body_ids: list[int]) -> list[_Candidate]:
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
            self._candidates[key] = [
                _Candidate(
                    meeting_id,
                    date,
                    Candidate(
                        id=action_id,
                        body=self.bodies[body_id].name,
                        meeting_date=date,
                        ref=ref,
                        text=text,
                        due=due,
                        organisation=self.bodies[body_id].organisation,
                    ),
                )
                for action_id, ref, text, due, meeting_id, date, body_id in rows
            ]
        return self._candidates[key]

    def match(self, u: m.ActionUpdate) -> Match | None:
        """The action `u` reports on: one of its body's, given out at an earlier meeting."""
        body_id, date = self._meeting(u.meeting_id)
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
            for c in self.candidates(self.alike(body_id))
            if c.meeting_id != u.meeting_id and not (date and c.date and c.date >= date)
        ]
        return match_update(update, earlier)

    def apply(self, u: m.ActionUpdate, match: Match | None, touched: set[int]) -> bool:
        """Store `match` on `u` and its event on the action; False when it was already so."""
        events = list(self.session.scalars(select(m.ActionEvent).where(m.ActionEvent.update_id == u.id)))
        if match is not None and u.action_id == match.action_id and [e.action_id for e in events] == [
            match.action_id
        ]:
            if u.match_confidence != match.confidence:
                u.match_confidence = events[0].confidence = match.confidence
            return False
        if match is None and u.action_id is None and not events:
            return False
        for event in events:
            touched.add(event.action_id)
            self.session.delete(event)
            self.session.expire(self.session.get(m.Action, event.action_id), ["events"])
        if u.action_id is not None:
            touched.add(u.action_id)
        if match is None:
            u.action_id, u.match_confidence = None, None
            return True
        action = self.session.get(m.Action, match.action_id)
        u.action_id, u.match_confidence = match.action_id, match.confidence
        _, date = self._meeting(u.meeting_id)
        action.events.append(
            m.ActionEvent(
                status=u.status,
                note=_METHOD_NOTE.get(match.method),
                at=date,
                document_id=u.document_id,
                update_id=u.id,
                source="update",
                confidence=match.confidence,
                created_at=self.now,
                evidence_text=u.evidence_text,
                evidence_page=u.evidence_page,
            )
        )
        touched.add(action.id)
        return True


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
        by_id = {a.id: a for a in rows}
        for action in group:
            for owner in action.owners:
                found = resolve_owner(owner.owner, attendees) if attendees else None
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
