"""Every change a person makes to the store, one function each, used by the web, its API and the
command line alike: an action's status, owners or due date, with a note (`change_action`); what
is restricted (`set_action_restricted`, `set_document_restricted`); the people reminders go to,
one by one (`set_email`) or from a list (`import_people`). The dashboard's users and their
sessions are changed in `store.users`.

Each works in the caller's write session and is all or nothing: what it was given is checked
before anything is written, and the writes run in a savepoint, so a refusal or a failure leaves
nothing half written (the caller's transaction goes on, as the page that shows the refusal
needs). A refusal is an `EditError` (one line for a person; the API answers 422, the command line
one line on stderr); no such record is a `LookupError` (404).

`change_action` records every change as one `person` event of the action's history, with the
person as actor, the day it took effect and a note saying what changed ("owners: IM → IM, BJH;
due: 2024-03 → 2024-04-30") followed by the person's own note; the status is set from the
history (`store.events.record_change`), so it survives every re-ingest. Owners and due date are
changed on the action itself, and its search entry is written again as the ingest writes it
(`search.action_text`); a corrected version of the minutes ingested later sets them from the
paper again (the history keeps the person's change).

`set_document_restricted` marks a whole document (and so everything read from it) restricted,
or gives it back to the marking found at ingest (its Part II sections only);
`set_action_restricted` marks one action. The search entries follow in the same transaction,
so the public listings, pages and search never show what was marked.

`set_email` and `import_people` give people their e-mail addresses (and names, initials, roles)
for `outputs.remind`; a person is found by name or initials in any case (`people_called`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import event, func, or_, select, update
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store.events import record_change
from scrutiny.store.link import resolve_action_owners
from scrutiny.store.prepare import find, restricted_spans
from scrutiny.store.queries.actions import changed_markings
from scrutiny.store.search import action_text
from scrutiny.words import UnknownStatus, due_date, parse_status

MAX_NOTE = 2000
MAX_OWNERS = 20


class EditError(Exception):
    """A change refused; `reason` is one line for a person."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def parse_due(value: str) -> str | None:
    """A due date as the store keeps it ("2024", "2024-03" or "2024-03-31"); "" clears it."""
    text = value.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) or due_date(text) is None:
        raise EditError(f"not a due date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return text


def clean_owners(owners: list[str]) -> list[str]:
    """The owners as they should be written: spaces squashed, blanks and repeats left out."""
    out: list[str] = []
    for owner in owners:
        name = " ".join((owner or "").split())
        if name and name not in out:
            out.append(name)
    if len(out) > MAX_OWNERS:
        raise EditError(f"at most {MAX_OWNERS} owners")
    return out


def clean_note(note: str | None) -> str | None:
    """The note on one line, or None when there is none; `EditError` when it is too long."""
    text = " ".join(note.split()) if note and note.strip() else None
    if text and len(text) > MAX_NOTE:
        raise EditError(f"the note is too long (at most {MAX_NOTE} characters)")
    return text


@dataclass
class Change:
    """What `change_action` recorded: the event, and the action's status before and after it."""

    event_id: int
    previous_status: str
    status: str


def change_action(
    session: Session,
    action_id: int,
    actor: str,
    status: str | None = None,
    note: str | None = None,
    owners: list[str] | None = None,
    due: str | None = None,
    at: dt.date | None = None,
) -> Change:
    """Record what `actor` changed on the action (any of status, owners, due, with a note) as one
    event of its history, effective `at` (today); `due` "" clears the due date. `EditError` when
    a value is refused or nothing would change."""
    action = session.get(m.Action, action_id)
    if action is None:
        raise LookupError(f"no action {action_id}")
    try:
        new_status = parse_status(status) if status is not None and status.strip() else None
    except UnknownStatus as exc:
        raise EditError(str(exc)) from None
    note = clean_note(note)
    said: list[str] = []
    before = [o.owner for o in action.owners]
    wanted = clean_owners(owners) if owners is not None else before
    if wanted != before:
        said.append(f"owners: {', '.join(before) or 'none'} → {', '.join(wanted) or 'none'}")
    wanted_due = parse_due(due) if due is not None else action.due
    if wanted_due != action.due:
        said.append(f"due: {action.due or 'none'} → {wanted_due or 'none'}")
    if new_status is None and not said and note is None:
        raise EditError("nothing to change: give a status, owners, a due date or a note")
    previous = action.status
    with session.begin_nested():
        if wanted != before:
            action.owners.clear()
            session.flush()
            action.owners.extend(m.ActionOwner(position=i, owner=o) for i, o in enumerate(wanted))
            session.flush()
            resolve_action_owners(session, [action])
        if wanted_due != action.due:
            action.due, action.due_date, action.due_text = wanted_due, due_date(wanted_due), None
        if said:
            _reindex_action(session, action)
        text = "; ".join(said + ([note] if note else [])) or None
        event = record_change(session, action, new_status, actor=actor, note=text, at=at)
    return Change(event.id, previous, action.status)


def _reindex_action(session: Session, action: m.Action) -> None:
    """The action's search entry after its owners or due date changed, as the ingest writes it."""
    words = action_text(action.ref, action.text, [o.owner for o in action.owners], action.due_text)
    session.execute(
        update(m.SearchEntry)
        .where(m.SearchEntry.kind == "action", m.SearchEntry.ref_id == action.id)
        .values(text=words)
    )


# --- restriction ------------------------------------------------------------------------------------


def _after_commit(session: Session) -> None:
    """Once the marking is committed, the totals counted before it are forgotten (`queries.actions`)."""
    event.listen(session, "after_commit", lambda _session: changed_markings(), once=True)


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _passages_quoting(session: Session, document_id: int, evidence: str | None) -> list[m.SearchEntry]:
    """The document's passage entries that hold `evidence`, or that it holds (a table row's cells)."""
    quote = _squash(evidence)
    if not quote:
        return []
    out = []
    for entry in session.scalars(
        select(m.SearchEntry).where(m.SearchEntry.document_id == document_id, m.SearchEntry.kind == "passage")
    ):
        text = _squash(entry.text)
        cells = [_squash(c) for c in entry.text.split(" | ") if c.strip()]
        if text and (quote in text or text in quote or any(len(c) > 20 and c in quote for c in cells)):
            out.append(entry)
    return out


def set_action_restricted(session: Session, action_id: int, restricted: bool) -> bool:
    """Mark one action restricted (or not): its search entry, and the passages of its document that
    quote it, with it (a passage in a Part II section stays restricted). Whether anything changed."""
    action = session.get(m.Action, action_id)
    if action is None:
        raise LookupError(f"no action {action_id}")
    if action.restricted == restricted:
        return False
    action.restricted = restricted
    _after_commit(session)
    session.execute(
        update(m.SearchEntry)
        .where(m.SearchEntry.kind == "action", m.SearchEntry.ref_id == action.id)
        .values(restricted=restricted)
    )
    doc = session.get(m.Document, action.document_id)
    spans = restricted_spans(doc.text or "") if doc is not None else []
    for entry in _passages_quoting(session, action.document_id, action.evidence_text):
        if restricted:
            entry.restricted = True
        elif doc is not None and not doc.restricted:
            at = find(doc.text, entry.text.split(" | ")[0])
            entry.restricted = (at is None and bool(spans)) or any(a <= (at or 0) < b for a, b in spans)
    session.flush()
    return True


def set_document_restricted(session: Session, document_id: int, restricted: bool) -> int:
    """Mark the document restricted, with every record read from it and its search entries; or,
    with `restricted` False, give each back the marking of its Part II sections. How many rows changed."""
    doc = session.get(m.Document, document_id)
    if doc is None:
        raise LookupError(f"no document {document_id}")
    doc.restricted = restricted
    _after_commit(session)
    spans = restricted_spans(doc.text or "")

    def in_part_ii(passage: str | None, unplaced: bool = False) -> bool:
        if restricted:
            return True
        if not spans or not passage:
            return False
        at = find(doc.text, passage)
        return unplaced if at is None else any(start <= at < end for start, end in spans)

    changed = 0
    meeting_ids = list(session.scalars(select(m.Meeting.id).where(m.Meeting.document_id == doc.id)))
    rows: list = []
    rows += session.scalars(select(m.Action).where(m.Action.document_id == doc.id))
    rows += session.scalars(select(m.Decision).where(m.Decision.document_id == doc.id))
    rows += session.scalars(select(m.Item).where(m.Item.meeting_id.in_(meeting_ids or [-1])))
    flags: dict[tuple[str, int], bool] = {}
    for row in rows:
        flag = in_part_ii(row.evidence_text)
        if row.restricted != flag:
            row.restricted = flag
            changed += 1
        if isinstance(row, m.Action):
            flags[("action", row.id)] = flag
        elif isinstance(row, m.Decision):
            flags[("decision", row.id)] = flag
    for entry in session.scalars(select(m.SearchEntry).where(m.SearchEntry.document_id == doc.id)):
        if entry.kind == "passage":  # a table row's passage joins its cells: place it by its first one
            flag = in_part_ii(entry.text.split(" | ")[0], unplaced=True)
        else:
            flag = flags.get((entry.kind, entry.ref_id), restricted)
        if entry.restricted != flag:
            entry.restricted = flag
            changed += 1
    session.flush()
    return changed


# --- people's addresses -----------------------------------------------------------------------------


def people_called(session: Session, name: str, body: str | None = None) -> list[m.Person]:
    """People whose name (or initials) is `name`, any case; of bodies whose name holds `body` if given."""
    who = name.strip().lower()
    query = select(m.Person).where(
        or_(func.lower(m.Person.name) == who, func.lower(m.Person.initials) == who)
    )
    if body:
        query = query.join(m.Body, m.Body.id == m.Person.body_id).where(
            func.lower(m.Body.name).contains(body.strip().lower())
        )
    return list(session.scalars(query.order_by(m.Person.id)))


def clean_email(value: str) -> str | None:
    """An e-mail address as it is kept, None for "" (no address); `EditError` when it is not one."""
    address = value.strip()
    if address and ("@" not in address or " " in address):
        raise EditError(f"not an e-mail address: {value!r}")
    return address or None


def set_email(session: Session, person_id: int, email: str) -> m.Person:
    """Give the person the e-mail address `email` ("" removes it), for the reminders."""
    person = session.get(m.Person, person_id)
    if person is None:
        raise LookupError(f"no person {person_id}")
    person.email = clean_email(email)
    session.flush()
    return person


def _body_id(session: Session, name: str | None) -> int | None:
    """The body of this name (any case), made if there is none yet; None for no name."""
    if not name or not name.strip():
        return None
    body = session.scalars(select(m.Body).where(func.lower(m.Body.name) == name.strip().lower())).first()
    if body is None:
        body = m.Body(name=name.strip())
        session.add(body)
        session.flush()
    return body.id


def import_people(session: Session, rows: Iterable[Mapping[str | None, str | None]]) -> tuple[int, int]:
    """Create or update people from rows with the keys name, initials, role, body, email (any case,
    as a CSV's header gives them); (created, updated). A person is matched by name or initials (any
    case), within the bodies whose name contains `body` when it is given (someone known only by the
    row's initials too); every match is updated. A row without a name is passed over."""
    created = updated = 0
    for raw in rows:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        name = row.get("name", "")
        if not name:
            continue
        people = people_called(session, name, row.get("body") or None)
        if row.get("initials"):  # the papers may give someone only as initials
            people += [
                p
                for p in people_called(session, row["initials"], row.get("body") or None)
                if p not in people and (p.name is None or p.name.lower() == name.lower())
            ]
        if not people:
            people = [m.Person(name=name, body_id=_body_id(session, row.get("body")))]
            session.add(people[0])
            created += 1
        else:
            updated += len(people)
        for person in people:
            person.name = person.name or name
            for key in ("initials", "role", "email"):
                if row.get(key):
                    setattr(person, key, row[key])
    session.flush()
    return created, updated
