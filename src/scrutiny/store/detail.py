"""One action in full: what it is, who owns it, where it stands, its history and its sources.

`action_detail` reads one action with everything `scrutiny action ID` shows: the meeting that
gave it out, its owners as written with the people they were resolved to, its due date, its
current status and whether it is overdue on a day (the register's rule, `register.status.state`),
every event of its history in order (each with the document, page and passage it came from, or
who recorded it), and the documents it was read from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrutiny.register.status import state
from scrutiny.store import models as m
from scrutiny.store.events import ordered, status_events


@dataclass
class OwnerDetail:
    owner: str  # as written
    person_id: int | None = None
    name: str | None = None
    initials: str | None = None
    role: str | None = None


@dataclass
class EventDetail:
    id: int
    date: dt.date | None
    status: str | None  # None: a note, no change of status
    source: str  # extracted, update or person
    actor: str | None  # who, when a person recorded it
    note: str | None
    confidence: float | None  # of the update's link to this action
    document_id: int | None
    document: str | None
    page: int | None
    evidence: str | None
    recorded_at: dt.datetime | None = None


@dataclass
class SourceDetail:
    document_id: int
    document: str
    format: str
    path: str | None  # the path or URL it was ingested from
    what: str  # "given out" or "update"
    meeting_date: dt.date | None
    page: int | None
    evidence: str | None


@dataclass
class ActionDetail:
    id: int
    ref: str | None
    item: str | None
    text: str
    body: str | None
    organisation: str | None
    meeting_id: int
    meeting_date: dt.date | None
    document_id: int
    document: str
    owners: list[OwnerDetail]
    due: str | None
    due_date: dt.date | None
    due_text: str | None
    status: str  # the current status
    as_of: dt.date
    overdue: bool  # on `as_of`
    overdue_days: int | None  # 0 when not overdue; None when overdue only by a paper's word
    restricted: bool
    page: int | None
    evidence: str | None
    history: list[EventDetail] = field(default_factory=list)
    sources: list[SourceDetail] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-ready values: dates as ISO strings."""
        return _plain(asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def action_detail(session: Session, action_id: int, as_of: dt.date | None = None) -> ActionDetail | None:
    """The action `action_id` in full, overdue judged on `as_of` (today); None if there is none."""
    action = session.get(m.Action, action_id)
    if action is None:
        return None
    day = as_of or dt.date.today()
    meeting = action.meeting
    body = meeting.body
    document_ids = {action.document_id} | {e.document_id for e in action.events if e.document_id}
    documents = {d.id: d for d in session.scalars(select(m.Document).where(m.Document.id.in_(document_ids)))}
    people = {
        p.id: p
        for p in session.scalars(
            select(m.Person).where(m.Person.id.in_({o.person_id for o in action.owners if o.person_id}))
        )
    }
    owners = []
    for o in action.owners:
        person = people.get(o.person_id) if o.person_id else None
        owners.append(
            OwnerDetail(
                o.owner,
                o.person_id,
                person.name if person else None,
                person.initials if person else None,
                person.role if person else None,
            )
        )
    events = ordered(action.events)
    now = state(action.due, status_events(events), day)
    history = [
        EventDetail(
            id=e.id,
            date=e.at,
            status=e.status,
            source=e.source,
            actor=e.actor,
            note=e.note,
            confidence=e.confidence,
            document_id=e.document_id,
            document=documents[e.document_id].name if e.document_id in documents else None,
            page=e.evidence_page,
            evidence=e.evidence_text,
            recorded_at=e.created_at,
        )
        for e in events
    ]
    doc = documents[action.document_id]
    sources = [
        SourceDetail(
            doc.id,
            doc.name,
            doc.format,
            doc.source,
            "given out",
            meeting.date,
            action.evidence_page,
            action.evidence_text,
        )
    ]
    seen = {(doc.id, action.evidence_page, action.evidence_text)}
    for e in events:
        if e.source != "update" or e.document_id not in documents:
            continue
        key = (e.document_id, e.evidence_page, e.evidence_text)
        if key in seen:
            continue
        seen.add(key)
        d = documents[e.document_id]
        sources.append(
            SourceDetail(d.id, d.name, d.format, d.source, "update", e.at, e.evidence_page, e.evidence_text)
        )
    return ActionDetail(
        id=action.id,
        ref=action.ref,
        item=action.item,
        text=action.text,
        body=body.name if body else None,
        organisation=body.organisation.name if body and body.organisation else None,
        meeting_id=meeting.id,
        meeting_date=meeting.date,
        document_id=doc.id,
        document=doc.name,
        owners=owners,
        due=action.due,
        due_date=action.due_date,
        due_text=action.due_text,
        status=action.status,
        as_of=day,
        overdue=now.overdue,
        overdue_days=now.overdue_days,
        restricted=action.restricted,
        page=action.evidence_page,
        evidence=action.evidence_text,
        history=history,
        sources=sources,
    )
