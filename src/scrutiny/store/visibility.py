"""Who may see what: the one rule for restricted (Part II, exempt, OFFICIAL-SENSITIVE) material.

Every reader of the store asks here — the web's pages and API, the CLI's listings, the exports,
the report, the feeds and the reminders — given one thing about its caller, `sees_restricted`:
True for a signed-in user of the web, or for a command given `--include-restricted`; False for
everyone else. For the public:

- a document marked restricted (as a whole: OFFICIAL-SENSITIVE on every page, or by an editor)
  is not there, and neither is anything read from it: its meetings, attendance, updates,
  forward plan, search entries; nor a body or person known only from such documents;
- actions, decisions, agenda items and search entries marked `restricted` (found in a Part II
  section at ingest, or marked by an editor) are not there;
- inside a public document, the text of each Part II section, and the passage of each record
  marked restricted, is withheld (`withheld_spans`, `Redactor`), and a record that quotes such a
  passage as its evidence (an update reported in private, a forward-plan entry) is left out.

The conditions are SQLAlchemy expressions, so the rule is applied in the query and never by
filtering afterwards (a page of 50 is 50 the viewer may see, and totals count only those).

Why the flag alone decides for actions, decisions, items and search entries: the ingest marks
every record of a document restricted as a whole (`prepare.is_restricted`), and so does
`edits.set_document_restricted`; keeping to the flag lets the register count 200,000
actions from an index (`ix_actions_due_date_status_restricted`) without reading the table. The
records without a flag (meetings, attendance, updates, forward plan) are judged by their document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store.detail import ActionDetail
from scrutiny.store.detail import action_detail as _action_detail
from scrutiny.store.prepare import find, restricted_spans

Span = tuple[int, int]
WITHHELD = "[Part II: exempt information withheld]"  # in place of a Part II section, in the API's text


# --- conditions, one per entity ---------------------------------------------------------------


def flagged(model: Any, sees_restricted: bool) -> ColumnElement[bool]:
    """A row of `model` (one with a `restricted` column) that the caller may see."""
    return true() if sees_restricted else model.restricted.is_(False)


def documents(sees_restricted: bool) -> ColumnElement[bool]:
    """A document the caller may see: for the public, one not marked restricted."""
    return flagged(m.Document, sees_restricted)


def public_documents() -> ColumnElement[bool]:
    """The documents anyone may see (for queries that join `documents`)."""
    return m.Document.restricted.is_(False)


def of_public_document(column: Any) -> ColumnElement[bool]:
    """`column` (a document id) names a public document. Few documents are restricted, so this is
    a short NOT IN, with no join; a null id (a person's change, say) names none and passes."""
    restricted = select(m.Document.id).where(m.Document.restricted.is_(True))
    return column.is_(None) | column.not_in(restricted)


def from_document(column: Any, sees_restricted: bool) -> ColumnElement[bool]:
    """A row read from the document `column` names that the caller may see."""
    return true() if sees_restricted else of_public_document(column)


def actions(sees_restricted: bool) -> ColumnElement[bool]:
    return flagged(m.Action, sees_restricted)


def decisions(sees_restricted: bool) -> ColumnElement[bool]:
    return flagged(m.Decision, sees_restricted)


def items(sees_restricted: bool) -> ColumnElement[bool]:
    return flagged(m.Item, sees_restricted)


def meetings(sees_restricted: bool) -> ColumnElement[bool]:
    """A meeting the caller may see: one whose paper is (a meeting has no flag of its own)."""
    return from_document(m.Meeting.document_id, sees_restricted)


def attendance(sees_restricted: bool) -> ColumnElement[bool]:
    """A line of attendance the caller may see: one of a meeting they may see."""
    if sees_restricted:
        return true()
    hidden = select(m.Meeting.id).where(m.Meeting.document_id.in_(_restricted_documents()))
    return m.Attendance.meeting_id.not_in(hidden)


def updates(sees_restricted: bool) -> ColumnElement[bool]:
    """An update the caller may see: read from a document they may see, and not about an action
    they may not. Whether its passage lies in a Part II section is for `Redactor.hides_passage`."""
    if sees_restricted:
        return true()
    hidden_actions = select(m.Action.id).where(m.Action.restricted.is_(True))
    return of_public_document(m.ActionUpdate.document_id) & (
        m.ActionUpdate.action_id.is_(None) | m.ActionUpdate.action_id.not_in(hidden_actions)
    )


def forward_plan(sees_restricted: bool) -> ColumnElement[bool]:
    return from_document(m.ForwardPlanEntry.document_id, sees_restricted)


def search_entries(sees_restricted: bool) -> ColumnElement[bool]:
    """A search entry the caller may see: not marked, and of a document they may see (a meeting's
    entry carries no mark of its own: its document decides)."""
    if sees_restricted:
        return true()
    return m.SearchEntry.restricted.is_(False) & of_public_document(m.SearchEntry.document_id)


def bodies(sees_restricted: bool) -> ColumnElement[bool]:
    """A body the caller may see: for the public, one with a meeting in a public paper (a body
    known only from restricted papers is not shown: its name may say what they are about)."""
    if sees_restricted:
        return true()
    public_meeting = select(m.Meeting.id).where(
        m.Meeting.body_id == m.Body.id, of_public_document(m.Meeting.document_id)
    )
    return public_meeting.exists()


def people(sees_restricted: bool) -> ColumnElement[bool]:
    """A person the caller may see: for the public, one named in the attendance of a meeting of a
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


def _restricted_documents() -> Select[int]:
    return select(m.Document.id).where(m.Document.restricted.is_(True))


# --- search hits --------------------------------------------------------------------------------

H = TypeVar("H")


def hits(session: Session, found: Sequence[H], sees_restricted: bool) -> list[H]:
    """Search hits (`store.search.Hit`, each with `document_id`) the caller may see: `search`
    leaves out the entries marked restricted; this leaves out those of restricted documents too
    (a meeting's entry is not marked: its document is)."""
    if sees_restricted or not found:
        return list(found)
    wanted = {h.document_id for h in found}  # type: ignore[attr-defined]
    hidden = set(
        session.scalars(
            select(m.Document.id).where(m.Document.id.in_(wanted), m.Document.restricted.is_(True))
        )
    )
    return [h for h in found if h.document_id not in hidden]  # type: ignore[attr-defined]


# --- passages of a public document -----------------------------------------------------------


def locate(text: str, passage: str | None) -> Span | None:
    """Where `passage` lies in `text` (start, end), ignoring differences of whitespace (and a table
    row as the search index joins its cells, " | "); None if absent."""
    if not passage or not passage.strip():
        return None
    at = text.find(passage)
    if at >= 0:
        return at, at + len(passage)
    words = passage.split()
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if found:
        return found.start(), found.end()
    cells = [c.strip() for c in passage.split(" | ")]
    if len(cells) > 1:
        found = re.search(r"\s+".join(r"\s+".join(re.escape(w) for w in c.split()) for c in cells if c), text)
        if found:
            return found.start(), found.end()
    return None


def merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def withheld_spans(session: Session, doc: m.Document) -> list[Span]:
    """The parts of `doc`'s text the public must not see, merged and in order: all of it for a
    restricted document; else its Part II sections (the ingest's rule, `prepare.restricted_spans`)
    and the passages of its records marked restricted (by the ingest or by an editor)."""
    text = doc.text or ""
    if doc.restricted:
        return [(0, len(text))] if text else []
    spans = list(restricted_spans(text))
    passages: list[str | None] = []
    passages += session.scalars(
        select(m.Action.evidence_text).where(m.Action.document_id == doc.id, m.Action.restricted.is_(True))
    )
    passages += session.scalars(
        select(m.Decision.evidence_text).where(
            m.Decision.document_id == doc.id, m.Decision.restricted.is_(True)
        )
    )
    passages += session.scalars(
        select(m.Item.evidence_text)
        .join(m.Meeting, m.Meeting.id == m.Item.meeting_id)
        .where(m.Meeting.document_id == doc.id, m.Item.restricted.is_(True))
    )
    passages += session.scalars(
        select(m.SearchEntry.text).where(
            m.SearchEntry.document_id == doc.id,
            m.SearchEntry.kind == "passage",
            m.SearchEntry.restricted.is_(True),
        )
    )
    for passage in passages:
        found = locate(text, passage)
        if found:
            spans.append(found)
    return merge(spans)


class Redactor:
    """For a caller who may not see restricted material: which documents are restricted, and which
    passages of the public ones are withheld (`withheld_spans`). Does nothing for one who may;
    each document is read once."""

    def __init__(self, session: Session, sees_restricted: bool):
        self.session = session
        self.active = not sees_restricted
        self._docs: dict[int, tuple[bool, str, list[Span]]] = {}

    def _doc(self, document_id: int) -> tuple[bool, str, list[Span]]:
        if document_id not in self._docs:
            doc = self.session.get(m.Document, document_id)
            if doc is None:
                self._docs[document_id] = (True, "", [])
            else:
                text = doc.text or ""
                spans = [] if doc.restricted else withheld_spans(self.session, doc)
                self._docs[document_id] = (bool(doc.restricted), text, spans)
        return self._docs[document_id]

    def hides_document(self, document_id: int | None) -> bool:
        return self.active and document_id is not None and self._doc(document_id)[0]

    def hides_passage(self, document_id: int | None, passage: str | None) -> bool:
        """Whether `passage` of the document is withheld: the document is restricted, or the
        passage lies in one of its withheld spans (or cannot be placed in a document that has one)."""
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
        """The document's text with each withheld span replaced by WITHHELD, and how many were."""
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


# --- one action in full -----------------------------------------------------------------------


def action_detail(
    session: Session, action_id: int, sees_restricted: bool, as_of: dt.date | None = None
) -> ActionDetail | None:
    """One action in full (`store.detail.action_detail`), or None when there is none or the caller
    may not see it (so that its existence is not revealed either); for the public, passages from
    withheld spans and restricted documents are left out of its history and sources, and so are
    the paths the documents came from."""
    allowed = session.scalar(
        select(m.Action.id).where(
            m.Action.id == action_id,
            actions(sees_restricted),
            from_document(m.Action.document_id, sees_restricted),
        )
    )
    if allowed is None:
        return None
    detail = _action_detail(session, action_id, as_of)
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
