"""The dashboard's HTML pages, server-rendered in the GOV.UK Design System's look.

    /                  overview: open, overdue, completed; by body and by owner; raised and closed per month
    /actions           the register: filters as in the CLI, sorting, pagination (/actions.csv: as CSV)
    /actions/{id}      one action: owners, due, status, history linked to its passages; editors change it
    /meetings          meetings, latest first; /meetings/{id} attendance, items, actions, decisions
    /documents         documents, the latest read first, with their meetings and actions (?name=)
    /documents/{id}    a document's text with anchors (`#p-<offset>`), a linked passage highlighted, its records
    /documents/{id}/original   the file it was read from, while that is where it was and unchanged
                       (`originals.original`: the store keeps no copy); not for the public when
                       the document has Part II or restricted passages, which the file holds
    /bodies, /people   every body, every person (?name=, ?body=), with their counts of actions
    /bodies/{id}, /people/{id}, /search?q=

Every route depends on one guard from `access.py`: `public` for the pages anyone may read (each
query is given `viewer.sees_restricted`, and a restricted record asked for by id is not found),
`require_role("editor")` for the change form, which also checks the CSRF token.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from scrutiny.outputs.export import csv_text
from scrutiny.outputs.rows import ACTION_FIELDS, action_csv_row
from scrutiny.store import models as m
from scrutiny.store import visibility as v
from scrutiny.store.db import session_scope
from scrutiny.store.queries import ActionFilter, ActionRow, count_actions, list_actions
from scrutiny.store.queries import bodies as body_q
from scrutiny.store.queries import documents as document_q
from scrutiny.store.queries import hits as hit_q
from scrutiny.store.queries import meetings as meeting_q
from scrutiny.store.queries import overview as overview_q
from scrutiny.store.queries import people as people_q
from scrutiny.store.queries.actions import action_rows
from scrutiny.web import originals
from scrutiny.web.access import Viewer, public, require_role
from scrutiny.web.charts import monthly_bars
from scrutiny.web.csrf import check_csrf
from scrutiny.web.edits import ChangeForm, submit
from scrutiny.web.passages import (
    Passages,
    parse_span,
    render_text,
    restriction_notes,
    restriction_reason,
    withheld_spans,
)
from scrutiny.web.templating import render, templates
from scrutiny.words import STATUS_LABELS, STATUS_ORDER, UnknownStatus, parse_status

__all__ = ["router", "templates"]

router = APIRouter(include_in_schema=False)  # the JSON API under /api/ is what OpenAPI documents

PAGE_SIZE = 25
CSV_BATCH = 1000
SORTS = {"due": "Due date, earliest first", "meeting": "Meeting date, latest first", "status": "Status"}
SEARCH_LIMIT = 50


def db(request: Request) -> Iterator[Session]:
    """A read session on the app's store for one request."""
    with session_scope(request.app.state.engine) as session:
        yield session


def not_found(request: Request, viewer: Viewer, what: str = "page") -> Response:
    return render(
        request,
        viewer,
        "not_found.html",
        {"title": "Page not found", "what": what},
        status_code=status.HTTP_404_NOT_FOUND,
    )


# -- the register's query string ------------------------------------------------------------------


def _day(value: str) -> dt.date | None:
    text = value.strip().lower()
    if text == "today":
        return dt.date.today()
    return dt.date.fromisoformat(text)


@dataclass
class RegisterQuery:
    """The register's filters as the GET form sends them, and what they mean for the store."""

    body: str = ""
    owner: str = ""
    status: list[str] = field(default_factory=list)
    overdue: bool = False
    as_of: str = ""
    due_before: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: str = "due"
    page: int = 1
    day: dt.date = field(default_factory=dt.date.today)
    filters: ActionFilter = field(default_factory=ActionFilter)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def parse(cls, request: Request, restricted: bool) -> RegisterQuery:
        p = request.query_params
        q = cls(
            body=p.get("body", "").strip(),
            owner=p.get("owner", "").strip(),
            overdue=p.get("overdue", "") not in ("", "0", "false"),
            as_of=p.get("as_of", "").strip(),
            due_before=p.get("due_before", "").strip(),
            date_from=p.get("from", "").strip(),
            date_to=p.get("to", "").strip(),
            sort=p.get("sort", "due"),
        )
        for value in p.getlist("status"):
            for part in value.split(","):
                if not part.strip():
                    continue
                try:
                    name = parse_status(part)
                except UnknownStatus as exc:
                    q.errors.append(("status", f"Choose statuses from the list ({exc.given!r} is not one)"))
                    continue
                if name not in q.status:
                    q.status.append(name)
        if q.sort not in SORTS:
            q.errors.append(("sort", "Choose how to sort the actions from the list"))
            q.sort = "due"
        try:
            q.page = max(1, int(p.get("page", "1")))
        except ValueError:
            q.page = 1
        dates: dict[str, dt.date | None] = {}
        labels = {
            "as_of": ("as-of", "The day overdue is judged on"),
            "due_before": ("due-before", "Due on or before"),
            "date_from": ("from", "Meetings from"),
            "date_to": ("to", "Meetings to"),
        }
        for attr, (field_id, label) in labels.items():
            raw = getattr(q, attr)
            try:
                dates[attr] = _day(raw) if raw else None
            except ValueError:
                dates[attr] = None
                q.errors.append((field_id, f"{label} must be a real date, like 2024-03-31"))
        if dates["date_from"] and dates["date_to"] and dates["date_from"] > dates["date_to"]:
            q.errors.append(("to", "Meetings to must be the same as or after meetings from"))
        q.day = dates["as_of"] or dt.date.today()
        q.filters = ActionFilter(
            body=q.body or None,
            owner=q.owner or None,
            status=list(q.status),
            overdue_on=q.day if q.overdue else None,
            due_before=dates["due_before"],
            meeting_from=dates["date_from"],
            meeting_to=dates["date_to"],
            restricted=restricted,
        )
        return q

    def params(self, **changes: str | int) -> list[tuple[str, str]]:
        """The query string of this view (page left out unless changed), for links and the CSV."""
        values = {
            "body": self.body,
            "owner": self.owner,
            "overdue": "1" if self.overdue else "",
            "as_of": self.as_of,
            "due_before": self.due_before,
            "from": self.date_from,
            "to": self.date_to,
            "sort": self.sort if self.sort != "due" else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        out = [(k, v) for k, v in values.items() if v and k != "page"]
        out += [("status", s) for s in self.status]
        if changes.get("page") and int(changes["page"]) > 1:
            out.append(("page", str(changes["page"])))
        return out

    def query_string(self, **changes: str | int) -> str:
        return urlencode(self.params(**changes))

    @property
    def filtered(self) -> bool:
        return bool(
            self.body
            or self.owner
            or self.status
            or self.overdue
            or self.due_before
            or self.date_from
            or self.date_to
        )


@dataclass
class Pager:
    page: int
    size: int
    total: int
    base: str  # the path and query string without `page`

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def first(self) -> int:
        return min(self.total, self.offset + 1)

    @property
    def last(self) -> int:
        return min(self.total, self.offset + self.size)

    def href(self, number: int) -> str:
        sep = "&" if "?" in self.base else "?"
        return self.base if number == 1 else f"{self.base}{sep}page={number}"

    def numbers(self) -> list[int | None]:
        """1 … 4 5 6 … 20: the first, the last and the neighbours of the current page."""
        wanted = {1, self.pages, self.page - 1, self.page, self.page + 1}
        out: list[int | None] = []
        for n in sorted(x for x in wanted if 1 <= x <= self.pages):
            previous = out[-1] if out else None
            if previous is not None and n - previous == 2:
                out.append(previous + 1)  # no ellipsis for one page
            elif previous is not None and n - previous > 2:
                out.append(None)
            out.append(n)
        return out


def register_page(session: Session, q: RegisterQuery, limit: int, offset: int) -> list[ActionRow]:
    """One page of the register in the chosen order."""
    if q.sort != "status":
        order: Literal["meeting", "due"] = "meeting" if q.sort == "meeting" else "due"
        return list_actions(session, q.filters, as_of=q.day, order=order, limit=limit, offset=offset)
    rows: list[ActionRow] = []
    skip = offset
    for name in [s for s in STATUS_ORDER if not q.status or s in q.status]:
        part = replace(q.filters, status=[name])
        n = count_actions(session, part)
        if skip >= n:
            skip -= n
            continue
        rows += list_actions(session, part, as_of=q.day, order="due", limit=limit - len(rows), offset=skip)
        skip = 0
        if len(rows) >= limit:
            break
    return rows


# -- overview ---------------------------------------------------------------------------------------


@router.get("/")
def overview(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    day = dt.date.today()
    figures = overview_q.overview(session, viewer.sees_restricted, day)
    context = {
        "title": "Overview",
        "day": day,
        "totals": figures.totals,
        "bodies": figures.bodies,
        "owners": figures.owners,
        "owner_count": figures.owner_count,
        "months": figures.months,
        "chart": monthly_bars(
            figures.months, "Actions raised and closed per month", chart_id="monthly-chart"
        ),
    }
    return render(request, viewer, "overview.html", context)


# -- the register -----------------------------------------------------------------------------------


@router.get("/actions")
def actions(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    q = RegisterQuery.parse(request, viewer.sees_restricted)
    context: dict = {
        "title": "Actions",
        "q": q,
        "sorts": SORTS,
        "statuses": STATUS_LABELS,
        "errors": q.errors,
    }
    context["breadcrumbs"] = [("Overview", "/"), ("Actions", None)]
    if q.errors:
        context.update(rows=[], pager=None, total=0)
        return render(request, viewer, "actions.html", context, status_code=status.HTTP_400_BAD_REQUEST)
    total = count_actions(session, q.filters)
    base = "/actions" + (f"?{q.query_string()}" if q.query_string() else "")
    pager = Pager(min(q.page, max(1, math.ceil(total / PAGE_SIZE))), PAGE_SIZE, total, base)
    rows = register_page(session, q, PAGE_SIZE, pager.offset)
    csv_href = "/actions.csv" + (f"?{q.query_string()}" if q.query_string() else "")
    overdue_href = "/actions?" + urlencode(q.params(overdue="1"))
    context.update(rows=rows, pager=pager, total=total, csv_href=csv_href, overdue_href=overdue_href)
    return render(request, viewer, "actions.html", context)


@router.get("/actions.csv")
def actions_csv(request: Request, viewer: Viewer = Depends(public)) -> Response:
    """The register's current view (every page of it) as CSV, with the fields of `scrutiny actions -f csv`."""
    q = RegisterQuery.parse(request, viewer.sees_restricted)
    if q.errors:
        return Response(
            "; ".join(message for _, message in q.errors) + "\n", status_code=400, media_type="text/plain"
        )
    engine = request.app.state.engine

    def lines() -> Iterator[str]:
        yield csv_text(ACTION_FIELDS, [])
        offset = 0
        with session_scope(engine) as session:
            while True:
                rows = register_page(session, q, CSV_BATCH, offset)
                yield csv_text(ACTION_FIELDS, (action_csv_row(row, q.day) for row in rows), header=False)
                if len(rows) < CSV_BATCH:
                    break
                offset += CSV_BATCH

    name = f"actions-{q.day.isoformat()}.csv"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=headers)


# -- one action ---------------------------------------------------------------------------------------

SOURCE_LABELS = {
    "extracted": "Minutes of the meeting",
    "update": "Update in later papers",
    "person": "Recorded by a person",
}


def _action_context(session: Session, viewer: Viewer, action_id: int) -> dict | None:
    """Everything the action page shows, or None when the viewer may not see this action
    (`visibility.action_detail` applies the restriction rule, and withholds passages of Part II
    sections)."""
    detail = v.action_detail(session, action_id, viewer.sees_restricted)
    if detail is None:
        return None
    passages = Passages(session, viewer.sees_restricted)
    meeting = session.get(m.Meeting, detail.meeting_id)
    history = []
    for e in detail.history:
        link = passages.link(e.document_id, e.evidence, e.page) if e.document_id and e.evidence else None
        hidden = (
            not viewer.sees_restricted and e.source == "update" and e.evidence is None
        )  # withheld by `visibility.action_detail`
        history.append(
            {"event": e, "source": SOURCE_LABELS.get(e.source, e.source), "link": link, "hidden": hidden}
        )
    sources = []
    for src in detail.sources:
        link = passages.link(src.document_id, src.evidence, src.page) if src.evidence else None
        if link is not None:
            sources.append({"source": src, "link": link})
    restricted = detail.restricted and viewer.sees_restricted
    source = session.get(m.Document, detail.document_id) if restricted else None
    paper = session.get(m.Document, detail.document_id)  # the viewer may see it: `action_detail` says so
    return {
        "a": detail,
        "original": originals.original(session, paper, viewer.sees_restricted) if paper else None,
        "body_id": meeting.body_id if meeting else None,
        "why_restricted": restriction_reason(source.text or "", detail.evidence) if source else None,
        "link": passages.link(detail.document_id, detail.evidence, detail.page) if detail.evidence else None,
        "history": history,
        "sources": sources,
        "form": ChangeForm(owners="; ".join(o.owner for o in detail.owners), due=detail.due or ""),
        "statuses": STATUS_LABELS,
        "title": f"Action {detail.ref or detail.id}",
        "breadcrumbs": [
            ("Overview", "/"),
            ("Actions", "/actions"),
            (f"Action {detail.ref or detail.id}", None),
        ],
    }


@router.get("/actions/{action_id}")
def action_page(
    request: Request, action_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    context = _action_context(session, viewer, action_id)
    if context is None:
        return not_found(request, viewer, "action")
    context["changed"] = request.query_params.get("changed") == "1"
    return render(request, viewer, "action.html", context)


@router.post("/actions/{action_id}", dependencies=[Depends(check_csrf)])
def change_action(
    request: Request,
    action_id: int,
    new_status: str = Form("", alias="status"),
    owners: str = Form(""),
    due: str = Form(""),
    note: str = Form(""),
    viewer: Viewer = Depends(require_role("editor")),
) -> Response:
    """An editor changes the status, owners or due date, with a note: one event in the history
    (`store.edits.change_action`), by them, today; then back to the action's page (303)."""
    form = ChangeForm(new_status.strip(), owners.strip(), due.strip(), note.strip())
    with session_scope(request.app.state.engine, write=True) as session:
        try:
            refused = submit(session, action_id, viewer.name or "", form)
        except LookupError:
            return not_found(request, viewer, "action")
        if refused is not None:
            context = _action_context(session, viewer, action_id) or {}
            context.update(form=form, errors=[(refused.field, refused.message)], changed=False)
            return render(request, viewer, "action.html", context, status_code=status.HTTP_400_BAD_REQUEST)
    return RedirectResponse(f"/actions/{action_id}?changed=1#history", status_code=status.HTTP_303_SEE_OTHER)


# -- meetings -------------------------------------------------------------------------------------------


@router.get("/meetings")
def meetings(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    body = request.query_params.get("body", "").strip()
    page = _page_number(request)
    _, total = meeting_q.meetings(session, viewer.sees_restricted, body=body or None, limit=0)
    base = "/meetings" + (f"?{urlencode({'body': body})}" if body else "")
    pager = Pager(min(page, max(1, math.ceil(total / PAGE_SIZE))), PAGE_SIZE, total, base)
    rows, _ = meeting_q.meetings(
        session, viewer.sees_restricted, body=body or None, limit=PAGE_SIZE, offset=pager.offset
    )
    context = {
        "title": "Meetings",
        "rows": rows,
        "pager": pager,
        "body": body,
        "breadcrumbs": [("Overview", "/"), ("Meetings", None)],
    }
    return render(request, viewer, "meetings.html", context)


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


@router.get("/meetings/{meeting_id}")
def meeting_page(
    request: Request, meeting_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    detail = meeting_q.meeting(session, meeting_id, viewer.sees_restricted)
    if detail is None:
        return not_found(request, viewer, "meeting")
    meeting = session.get(m.Meeting, meeting_id)
    passages = Passages(session, viewer.sees_restricted)
    rows = action_rows(session, [a.id for a in detail.action_list], dt.date.today())
    body = body_q.body_of(session, detail.body_id)
    doc = session.get(m.Document, detail.document_id)
    updates = [
        {"u": u, "link": passages.link(detail.document_id, u.evidence, u.page) if u.evidence else None}
        for u in detail.updates
    ]
    decisions = [
        {"d": d, "link": passages.link(d.document_id, d.evidence, d.page) if d.evidence else None}
        for d in detail.decision_list
    ]
    hidden = 0 if viewer.sees_restricted else meeting_q.restricted_in_meeting(session, meeting_id)
    label = _meeting_label(detail.body, detail.date)
    context = {
        "title": label,
        "meeting": meeting,
        "body": body,
        "doc": doc,
        "attendance": detail.attendance,
        "items": detail.items,
        "decisions": decisions,
        "updates": updates,
        "hidden": hidden,
        "rows": rows,
        "link": passages.link(detail.document_id, detail.evidence, detail.page) if detail.evidence else None,
        "breadcrumbs": [("Overview", "/"), ("Meetings", "/meetings"), (label, None)],
    }
    return render(request, viewer, "meeting.html", context)


def _meeting_label(body: str | None, date: dt.date | None) -> str:
    from scrutiny.web.templating import day

    return f"{body or 'Meeting'}, {day(date)}" if date else (body or "Meeting")


# -- documents -------------------------------------------------------------------------------------------


@router.get("/documents")
def documents(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    """Every document the viewer may see, the latest read first, a page at a time (`?name=` part
    of its file name or title), with how many meetings and actions were read from it."""
    name = request.query_params.get("name", "").strip()[:200]
    page = _page_number(request)
    _, total = document_q.documents(session, viewer.sees_restricted, name or None, limit=0)
    base = "/documents" + (f"?{urlencode({'name': name})}" if name else "")
    pager = Pager(min(page, max(1, math.ceil(total / PAGE_SIZE))), PAGE_SIZE, total, base)
    found, _ = document_q.documents(
        session, viewer.sees_restricted, name or None, limit=PAGE_SIZE, offset=pager.offset
    )
    actions = document_q.actions_per_document(session, [d.id for d in found], viewer.sees_restricted)
    context = {
        "title": "Documents",
        "rows": [{"d": d, "actions": actions.get(d.id, 0)} for d in found],
        "pager": pager,
        "name": name,
        "breadcrumbs": [("Overview", "/"), ("Documents", None)],
    }
    return render(request, viewer, "documents.html", context)


@router.get("/documents/{document_id}")
def document_page(
    request: Request, document_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    doc = document_q.visible_document(session, document_id, viewer.sees_restricted)
    if doc is None:
        return not_found(request, viewer, "document")
    text = doc.text or ""
    hidden = [] if viewer.sees_restricted else withheld_spans(session, doc)
    records = document_q.document_records(session, doc, viewer.sees_restricted)
    passages = Passages(session, viewer.sees_restricted)
    anchors: set[int] = set()

    def linked(items: list[Any]) -> list[dict[str, Any]]:
        out = []
        for r in items:
            text_, page = r.evidence_text, r.evidence_page
            link = passages.link(doc.id, text_, page) if text_ else None
            if text_ and link is None and not viewer.sees_restricted:
                continue  # its passage is withheld
            if link and link.start is not None:
                anchors.add(link.start)
            out.append({"r": r, "link": link})
        return out

    context = {
        "title": doc.title or doc.name,
        "doc": doc,
        "meetings": [
            {"r": mt, "body": body, "link": passages.link(doc.id, mt.evidence_text, mt.evidence_page)}
            for mt, body in records["meetings"]
        ],
        "actions": linked(records["actions"]),
        "decisions": linked(records["decisions"]),
        "updates": linked(records["updates"]),
        "plan": linked(records["plan"]),
        "withheld": bool(hidden),
        "original": originals.original(session, doc, viewer.sees_restricted),
        "breadcrumbs": [("Overview", "/"), ("Documents", "/documents"), (doc.title or doc.name, None)],
    }
    highlight = parse_span(request.query_params.get("hl"), len(text))
    notes = restriction_notes(text) if viewer.sees_restricted else None  # they may quote Part II headings
    rendered = render_text(text, hidden, highlight, anchors, notes)
    context["blocks"] = rendered.blocks
    context["highlighted"] = rendered.highlighted
    return render(request, viewer, "document.html", context)


@router.get("/documents/{document_id}/original")
def document_original(
    request: Request, document_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    """The file the document was read from, as it was read (its sha256 checked): a PDF opens in the
    browser, any other format is saved. Not found for a document the viewer may not see; refused
    (403) to the public for a document whose text has withheld passages (the file holds them)."""
    doc = document_q.visible_document(session, document_id, viewer.sees_restricted)
    if doc is None:
        return not_found(request, viewer, "document")
    found = originals.original(session, doc, viewer.sees_restricted)
    data = originals.original_bytes(doc) if found.state == "kept" else None
    if data is None:
        refused = found.state == "withheld"
        context = {
            "title": "The original file cannot be opened here",
            "doc": doc,
            "state": "withheld" if refused else "missing",
            "breadcrumbs": [
                ("Overview", "/"),
                ("Documents", "/documents"),
                (doc.title or doc.name, f"/documents/{doc.id}"),
                ("Original file", None),
            ],
        }
        code = status.HTTP_403_FORBIDDEN if refused else status.HTTP_404_NOT_FOUND
        return render(request, viewer, "original.html", context, status_code=code)
    headers = {
        "Content-Disposition": content_disposition("inline" if found.inline else "attachment", doc.name)
    }
    return Response(data, media_type=found.media_type, headers=headers)


def content_disposition(kind: str, name: str) -> str:
    """`kind; filename="…"; filename*=UTF-8''…`: the name as it was (RFC 6266), and an ASCII one
    for old clients; no path, quote or control character in either."""
    name = re.sub(r"[\x00-\x1f\x7f/\\]", "_", name or "").strip() or "document"
    plain = re.sub(r'[^\x20-\x7e]|"', "_", name)
    return f"{kind}; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


# -- bodies and people -----------------------------------------------------------------------------------


@router.get("/bodies")
def bodies(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    """Every board, panel and committee the viewer may see, by name, with its meetings and its
    actions: all, open and overdue today."""
    page = _page_number(request)
    _, total = body_q.bodies(session, viewer.sees_restricted, limit=0)
    pager = Pager(min(page, max(1, math.ceil(total / PAGE_SIZE))), PAGE_SIZE, total, "/bodies")
    found, _ = body_q.bodies(session, viewer.sees_restricted, limit=PAGE_SIZE, offset=pager.offset)
    day = dt.date.today()
    counts = {
        c.id: c
        for c in overview_q.by_body(session, viewer.sees_restricted, day, body_ids=[b.id for b in found])
    }
    context = {
        "title": "Bodies",
        "rows": [{"b": b, "counts": counts.get(b.id)} for b in found],
        "pager": pager,
        "day": day,
        "breadcrumbs": [("Overview", "/"), ("Bodies", None)],
    }
    return render(request, viewer, "bodies.html", context)


@router.get("/people")
def people(request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)) -> Response:
    """Every person named in the attendance or owning an action that the viewer may see, by body
    then name (`?name=` part of a name or the initials, `?body=` part of the body's name), with
    the meetings naming them and the actions they own."""
    name = request.query_params.get("name", "").strip()[:200]
    body = request.query_params.get("body", "").strip()[:200]
    page = _page_number(request)
    sees = viewer.sees_restricted
    _, total = people_q.people(session, sees, body=body or None, name=name or None, limit=0)
    query = urlencode([(k, x) for k, x in (("name", name), ("body", body)) if x])
    base = "/people" + (f"?{query}" if query else "")
    pager = Pager(min(page, max(1, math.ceil(total / PAGE_SIZE))), PAGE_SIZE, total, base)
    found, _ = people_q.people(
        session, sees, body=body or None, name=name or None, limit=PAGE_SIZE, offset=pager.offset
    )
    ids = [p.id for p in found]
    day = dt.date.today()
    owned = people_q.actions_per_person(session, ids, sees, day)
    bodies_ = people_q.visible_bodies_of_people(session, ids, sees)
    context = {
        "title": "People",
        "rows": [
            {
                "p": p,
                "label": p.name or p.initials or p.role or f"Person {p.id}",
                "body_id": bodies_.get(p.id),
                "owned": owned.get(p.id, (0, 0, 0)),
            }
            for p in found
        ],
        "pager": pager,
        "name": name,
        "body": body,
        "day": day,
        "breadcrumbs": [("Overview", "/"), ("People", None)],
    }
    return render(request, viewer, "people.html", context)


@router.get("/bodies/{body_id}")
def body_page(
    request: Request, body_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    detail = body_q.body(session, body_id, viewer.sees_restricted)
    found = body_q.body_of(session, body_id)
    if detail is None or found is None:  # none, or known only from restricted papers
        return not_found(request, viewer, "body")
    body, organisation = found
    day = dt.date.today()
    counts = overview_q.by_body(session, viewer.sees_restricted, day, body_id=body.id)
    context = {
        "title": body.name,
        "body": body,
        "organisation": organisation,
        "counts": counts[0] if counts else overview_q.BodyCount(body.id, body.name, organisation, 0, 0, 0, 0),
        "meetings": detail.meeting_list,
        "meeting_count": detail.meetings,
        "people": detail.people,
        "rows": action_rows(session, body_q.open_action_ids(session, body.id, viewer.sees_restricted), day),
        "register_href": "/actions?" + urlencode({"body": body.name}),
        "breadcrumbs": [("Overview", "/"), ("Bodies", "/bodies"), (body.name, None)],
    }
    return render(request, viewer, "body.html", context)


@router.get("/people/{person_id}")
def person_page(
    request: Request, person_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    detail = people_q.person(session, person_id, viewer.sees_restricted)
    if detail is None:  # none, or named only in restricted papers
        return not_found(request, viewer, "person")
    person = session.get(m.Person, person_id)
    assert person is not None  # the query above found them
    body = body_q.body_of(session, person.body_id)
    shown = {mt.id for mt in detail.meeting_list}
    day = dt.date.today()
    name = person.name or person.initials or person.role or f"Person {person.id}"
    context = {
        "title": name,
        "name": name,
        "person": person,
        "body": body,
        "attended": [
            a for a in people_q.attended(session, person.id, viewer.sees_restricted) if a.meeting_id in shown
        ],
        "rows": action_rows(
            session, people_q.owned_action_ids(session, person.id, viewer.sees_restricted), day
        ),
        "breadcrumbs": [("Overview", "/"), ("People", "/people"), (name, None)],
    }
    return render(request, viewer, "person.html", context)


# -- search --------------------------------------------------------------------------------------------------

KIND_LABELS = {"action": "Action", "meeting": "Meeting", "decision": "Decision", "passage": "Passage"}


@router.get("/search")
def search_page(
    request: Request, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    q = request.query_params.get("q", "").strip()[:200]
    results = []
    if q:
        hits = hit_q.find_hits(session, q, viewer.sees_restricted, limit=SEARCH_LIMIT)
        passages = Passages(session, viewer.sees_restricted)
        decision_meetings = hit_q.decision_meetings(session, [h.id for h in hits if h.kind == "decision"])
        for h in hits:
            if h.kind == "action":
                href = f"/actions/{h.id}"
            elif h.kind == "meeting":
                href = f"/meetings/{h.id}"
            elif h.kind == "decision" and h.id in decision_meetings:
                href = f"/meetings/{decision_meetings[h.id]}#decision-{h.id}"
            else:  # a passage: find the snippet's longest piece in the text, to open the document there
                pieces = [p.strip() for p in "".join(t for t, _ in h.fragments).split("…") if p.strip()]
                link = passages.link(h.document_id, max(pieces, key=len) if pieces else None, h.page)
                if link is None:
                    continue
                href = link.href
            results.append({"hit": h, "kind": KIND_LABELS.get(h.kind, h.kind), "href": href})
    context = {
        "title": f"Search: {q}" if q else "Search",
        "q": q,
        "results": results,
        "limit": SEARCH_LIMIT,
        "breadcrumbs": [("Overview", "/"), ("Search", None)],
    }
    return render(request, viewer, "search.html", context)
