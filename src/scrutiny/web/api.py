"""The JSON API under `/api/`, documented by OpenAPI at `/api/docs`.

Reading (anyone; `access.public`): the action register with the CLI's filters, one action with
its history and sources, meetings, documents (with their text), bodies, people, search. The
restriction rule is the pages' own (`store.visibility`): without a session, restricted records are left
out of every query and a restricted record asked for by id is 404, as one that does not exist.

Changing (signed-in editors; `require_role("editor")` and the session's CSRF token, sent in
the `X-CSRF-Token` header by scripts, which get it from `GET /api/session`): a change of an
action's status, owners or due date, recorded with the user as actor; an uploaded paper,
ingested as `scrutiny ingest` would; the restricted marking of a document or an action.

Lists answer `{"items": [...], "total": N, "page": P, "per_page": N, "pages": N}`. Every answer
matches the published schema (`tests/web/test_schemathesis.py` checks it): numbers are bounded
(pages, ids within 64 bits), a refused argument is FastAPI's 422 (`detail`: a list of
`{loc, msg, type}`), and times carry their offset (UTC), as RFC 3339 date-times must.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, BeforeValidator, Field
from sqlalchemy import Engine

from scrutiny import words
from scrutiny.register import typed
from scrutiny.store.db import session_scope
from scrutiny.store.detail import ActionDetail
from scrutiny.store.edits import EditError, change_action, set_action_restricted, set_document_restricted
from scrutiny.store.queries import ActionFilter, ActionRow, PersonRow, list_actions
from scrutiny.store.queries import bodies as body_q
from scrutiny.store.queries import documents as document_q
from scrutiny.store.queries import hits as hit_q
from scrutiny.store.queries import meetings as meeting_q
from scrutiny.store.queries import people as people_q
from scrutiny.store.queries.actions import count_actions_cached
from scrutiny.store.visibility import action_detail
from scrutiny.web.access import Viewer, public, require_role
from scrutiny.web.csrf import HEADER, check_csrf, csrf_token

router = APIRouter(prefix="/api")

EDITOR = require_role("editor")  # one guard object, so a route naming it twice runs it once
MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000  # beyond any store's last page, and (page - 1) * per_page fits SQLite's integers
MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's largest integer: a larger id is refused, not a 500

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="how many match in all")
    page: int
    per_page: int
    pages: int


class ActionPage(Page[ActionRow]):
    as_of: dt.date = Field(description="the day `overdue` is judged on")
    sort: str


class Problem(BaseModel):
    detail: str


Responses = dict[int | str, dict[str, Any]]  # a route's documented answers besides its own

NOT_FOUND: Responses = {
    404: {"model": Problem, "description": "No such record (or not one the public may see)"}
}
REFUSED: Responses = {
    400: {"model": Problem, "description": "The body could not be parsed"},
    401: {"model": Problem, "description": "Not signed in"},
    403: {"model": Problem, "description": "Not an editor, or no valid CSRF token"},
}

PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1 for the first page")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"rows a page (at most {MAX_PER_PAGE})")]
RecordId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _engine(request: Request) -> Engine:
    return request.app.state.engine


def _page(items: list, total: int, page: int, per_page: int, **extra: object) -> dict:
    return {
        "items": items,
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": max(1, -(-total // per_page)),
        **extra,
    }


def invalid(loc: tuple[str, ...], message: str, value: object = None) -> RequestValidationError:
    """A 422 in the shape of FastAPI's own, which the schema promises: `detail` a list of errors,
    here one, at `loc` (`("query", "to")`, `("body",)`)."""
    return RequestValidationError([{"type": "value_error", "loc": loc, "msg": message, "input": value}])


def parse_day(value: str | None, name: str) -> dt.date | None:
    """An ISO date (`2024-03-31`) or `today`; 422 naming the parameter otherwise."""
    try:
        return typed.day(value)
    except ValueError as exc:
        raise invalid(("query", name), f"{name}: {exc}", value) from None


def parse_statuses(values: list[str] | None) -> list[str]:
    """`status` filters as `scrutiny.words.parse_statuses` reads them; 422 naming the one refused."""
    try:
        return list(words.parse_statuses(values))
    except words.UnknownStatus as exc:
        raise invalid(("query", "status"), f"status: {exc}", exc.given) from None


def utc(moment: dt.datetime) -> dt.datetime:
    """The store writes UTC but SQLite gives it back without its zone: say so, so the JSON carries
    an offset (RFC 3339, OpenAPI's date-time); an aware time (PostgreSQL) is only moved to UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _with_utc(detail: ActionDetail) -> ActionDetail:
    history = [
        e if e.recorded_at is None else replace(e, recorded_at=utc(e.recorded_at)) for e in detail.history
    ]
    return replace(detail, history=history)


def _not_found(what: str, number: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"no {what} {number}")


# --- the session ---------------------------------------------------------------------------------


class SessionUser(BaseModel):
    name: str
    role: str


class SessionInfo(BaseModel):
    user: SessionUser | None = Field(description="null when not signed in")
    csrf_token: str = Field(
        description=f"send it in the {HEADER} header (or a csrf_token form field) to change anything"
    )


@router.get("/session", response_model=SessionInfo, tags=["session"])
def session_info(request: Request, response: Response, viewer: Viewer = Depends(public)) -> dict:
    """Who is signed in, and the CSRF token this session's changes must carry."""
    response.headers["Cache-Control"] = "no-store"
    user = {"name": viewer.name, "role": viewer.role} if viewer.signed_in else None
    return {"user": user, "csrf_token": csrf_token(request)}


# --- actions -------------------------------------------------------------------------------------


@router.get("/actions", response_model=ActionPage, tags=["actions"])
def actions(
    request: Request,
    body: Annotated[str | None, Query(description="part of a body's name, any case")] = None,
    owner: Annotated[
        str | None, Query(description="an owner as written (BJH), or a person's name or initials")
    ] = None,
    status_: Annotated[
        list[str] | None,
        Query(
            alias="status",
            description="open, in_progress, complete, closed, deferred, overdue; repeat or comma-separate",
        ),
    ] = None,
    overdue: Annotated[bool, Query(description="only actions overdue on as_of")] = False,
    as_of: Annotated[
        str | None, Query(description="the day overdue is judged on: YYYY-MM-DD or today (default)")
    ] = None,
    due_before: Annotated[str | None, Query(description="only actions due on or before this day")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="only actions of meetings on or after this day")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="only actions of meetings on or before this day")
    ] = None,
    sort: Annotated[
        Literal["due", "meeting", "id"],
        Query(description="due: earliest due first, undated last; meeting: latest meeting first"),
    ] = "due",
    page: PageNumber = 1,
    per_page: PerPage = 50,
    viewer: Viewer = Depends(public),
) -> dict:
    """The action register, one page at a time, with the filters of `scrutiny actions`."""
    day = parse_day(as_of, "as_of") or dt.date.today()
    f = ActionFilter(
        body=body,
        owner=owner,
        status=parse_statuses(status_),
        overdue_on=day if overdue else None,
        due_before=parse_day(due_before, "due_before"),
        meeting_from=parse_day(date_from, "from"),
        meeting_to=parse_day(date_to, "to"),
        restricted=viewer.sees_restricted,
    )
    with session_scope(_engine(request)) as session:
        rows = list_actions(session, f, as_of=day, order=sort, limit=per_page, offset=(page - 1) * per_page)
        total = count_actions_cached(session, f)
    return _page(rows, total, page, per_page, as_of=day, sort=sort)


@router.get("/actions/{action_id}", response_model=ActionDetail, responses=NOT_FOUND, tags=["actions"])
def action(
    request: Request,
    action_id: RecordId,
    as_of: Annotated[str | None, Query(description="the day overdue is judged on (default today)")] = None,
    viewer: Viewer = Depends(public),
) -> ActionDetail:
    """One action: owners resolved to people, due, status, overdue, its history and its sources."""
    day = parse_day(as_of, "as_of")
    with session_scope(_engine(request)) as session:
        detail = action_detail(session, action_id, viewer.sees_restricted, day)
    if detail is None:
        raise _not_found("action", action_id)
    return _with_utc(detail)


def _written_day(value: object) -> object:
    """A day comes as text (YYYY-MM-DD): a number, which pydantic would read as a Unix time, is refused."""
    if isinstance(value, int | float):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


class ActionChange(BaseModel):
    status: str | None = Field(None, description="open, in_progress, complete, closed, deferred or overdue")
    note: str | None = Field(None, description="why; alone, a note without a change", max_length=2000)
    owners: list[str] | None = Field(None, description="the owners as they should be written (replaces them)")
    due: str | None = Field(None, description='the new due date: YYYY-MM-DD, YYYY-MM or YYYY; "" clears it')
    as_of: Annotated[dt.date | None, BeforeValidator(_written_day)] = Field(
        None, description="the day the change took effect (default today)"
    )


class ChangeResult(BaseModel):
    event_id: int
    previous_status: str
    action: ActionDetail


@router.post(
    "/actions/{action_id}/status",
    response_model=ChangeResult,
    responses={**NOT_FOUND, **REFUSED},
    dependencies=[Depends(EDITOR), Depends(check_csrf)],
    tags=["actions"],
)
def change_status(
    request: Request,
    action_id: RecordId,
    change: ActionChange,
    viewer: Viewer = Depends(EDITOR),
) -> dict:
    """Record a change an editor made: status (and/or owners, due date) with a note. It goes into
    the action's history with the editor's name, the day it took effect and when it was recorded."""
    assert viewer.name is not None
    with session_scope(_engine(request), write=True) as session:
        found = action_detail(session, action_id, viewer.sees_restricted)
        if found is None:
            raise _not_found("action", action_id)
        try:
            made = change_action(
                session,
                action_id,
                viewer.name,
                status=change.status,
                note=change.note,
                owners=change.owners,
                due=change.due,
                at=change.as_of,
            )
        except EditError as exc:
            raise invalid(("body",), exc.reason) from None
    with session_scope(_engine(request)) as session:
        detail = action_detail(session, action_id, viewer.sees_restricted)
    assert detail is not None  # found above; a change does not hide an action from its editor
    return {"event_id": made.event_id, "previous_status": made.previous_status, "action": _with_utc(detail)}


class Marking(BaseModel):
    restricted: bool = Field(strict=True, description='true: for signed-in users only (not 1 or "yes")')


class MarkingResult(BaseModel):
    id: int
    restricted: bool
    changed: int = Field(description="rows whose marking changed")


@router.post(
    "/actions/{action_id}/restricted",
    response_model=MarkingResult,
    responses={**NOT_FOUND, **REFUSED},
    dependencies=[Depends(EDITOR), Depends(check_csrf)],
    tags=["actions"],
)
def mark_action(
    request: Request,
    action_id: RecordId,
    marking: Marking,
    viewer: Viewer = Depends(EDITOR),
) -> dict:
    """Mark one action restricted (exempt, sensitive) or public."""
    with session_scope(_engine(request), write=True) as session:
        try:
            changed = set_action_restricted(session, action_id, marking.restricted)
        except LookupError:
            raise _not_found("action", action_id) from None
    return {"id": action_id, "restricted": marking.restricted, "changed": int(changed)}


# --- meetings ------------------------------------------------------------------------------------


@router.get("/meetings", response_model=Page[meeting_q.MeetingItem], tags=["meetings"])
def meetings(
    request: Request,
    body: Annotated[str | None, Query(description="part of a body's name, any case")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="meetings on or after this day")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="meetings on or before this day")] = None,
    page: PageNumber = 1,
    per_page: PerPage = 50,
    viewer: Viewer = Depends(public),
) -> dict:
    """Meetings, latest first, with how many actions and decisions each gave."""
    start, end = parse_day(date_from, "from"), parse_day(date_to, "to")
    with session_scope(_engine(request)) as session:
        rows, total = meeting_q.meetings(
            session, viewer.sees_restricted, body, start, end, limit=per_page, offset=(page - 1) * per_page
        )
    return _page(rows, total, page, per_page)


@router.get(
    "/meetings/{meeting_id}", response_model=meeting_q.MeetingDetail, responses=NOT_FOUND, tags=["meetings"]
)
def meeting(request: Request, meeting_id: RecordId, viewer: Viewer = Depends(public)) -> Any:
    """One meeting: attendance, agenda, actions given out, decisions, updates on earlier actions."""
    with session_scope(_engine(request)) as session:
        found = meeting_q.meeting(session, meeting_id, viewer.sees_restricted)
    if found is None:
        raise _not_found("meeting", meeting_id)
    return found


# --- documents -----------------------------------------------------------------------------------


@router.get("/documents", response_model=Page[document_q.DocumentItem], tags=["documents"])
def documents(
    request: Request,
    name: Annotated[str | None, Query(description="part of the file name or title, any case")] = None,
    page: PageNumber = 1,
    per_page: PerPage = 50,
    viewer: Viewer = Depends(public),
) -> dict:
    """The documents stored, the latest ingested first."""
    with session_scope(_engine(request)) as session:
        rows, total = document_q.documents(
            session, viewer.sees_restricted, name, limit=per_page, offset=(page - 1) * per_page
        )
    return _page([replace(r, ingested_at=utc(r.ingested_at)) for r in rows], total, page, per_page)


@router.get(
    "/documents/{document_id}",
    response_model=document_q.DocumentDetail,
    responses=NOT_FOUND,
    tags=["documents"],
)
def document(request: Request, document_id: RecordId, viewer: Viewer = Depends(public)) -> Any:
    """One document: its metadata, its text (Part II sections withheld from the public) and the
    meetings, actions, decisions and forward plan read from it."""
    with session_scope(_engine(request)) as session:
        found = document_q.document(session, document_id, viewer.sees_restricted)
    if found is None:
        raise _not_found("document", document_id)
    return replace(found, ingested_at=utc(found.ingested_at))


@dataclass
class UploadResult:
    status: str  # added, or exists (the same bytes were stored before)
    document_id: int
    name: str
    meetings: int
    actions: int
    decisions: int
    replaced: int


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "PDF, DOCX, HTML, TXT or MD",
                        },
                        "csrf_token": {"type": "string", "description": f"or the {HEADER} header"},
                    },
                }
            }
        },
    }
}


@router.post(
    "/documents",
    response_model=UploadResult,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": UploadResult, "description": "Already stored (the same bytes): nothing written"},
        **REFUSED,
        413: {"model": Problem, "description": "Too large"},
        422: {
            "description": "Not readable, or refused by the database: the reason",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}},
        },
    },
    dependencies=[Depends(EDITOR), Depends(check_csrf)],
    openapi_extra=UPLOAD_BODY,
    tags=["documents"],
)
async def upload(request: Request, response: Response, viewer: Viewer = Depends(EDITOR)) -> Any:
    """Ingest an uploaded paper as `scrutiny ingest` does: read and extracted (in a child process,
    under the time limit), stored once by sha256 in one transaction, the register updated."""
    from scrutiny.web.upload import UploadRefused, ingest_upload, max_bytes

    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes() + 65536:
        raise HTTPException(413, f"too large (the limit is {max_bytes() / 2**20:g} MB, see SCRUTINY_MAX_MB)")
    form = await request.form()
    file = form.get("file")
    if file is None or isinstance(file, str):
        raise invalid(("body", "file"), "file: no file uploaded (a multipart form with the field 'file')")
    assert viewer.name is not None  # an editor is signed in
    try:
        stored = await run_in_threadpool(
            ingest_upload, _engine(request), file.file, file.filename, viewer.name
        )
    except UploadRefused as exc:
        if exc.status == 422:
            raise invalid(("body", "file"), f"{file.filename}: {exc.reason}") from None
        raise HTTPException(exc.status, f"{file.filename}: {exc.reason}") from None
    if stored.status == "exists":
        response.status_code = status.HTTP_200_OK
    return UploadResult(**vars(stored))


@router.post(
    "/documents/{document_id}/restricted",
    response_model=MarkingResult,
    responses={**NOT_FOUND, **REFUSED},
    dependencies=[Depends(EDITOR), Depends(check_csrf)],
    tags=["documents"],
)
def mark_document(
    request: Request,
    document_id: RecordId,
    marking: Marking,
    viewer: Viewer = Depends(EDITOR),
) -> dict:
    """Mark a whole document restricted (everything read from it with it), or give it back the
    marking found at ingest (its Part II sections only)."""
    with session_scope(_engine(request), write=True) as session:
        try:
            changed = set_document_restricted(session, document_id, marking.restricted)
        except LookupError:
            raise _not_found("document", document_id) from None
    return {"id": document_id, "restricted": marking.restricted, "changed": changed}


# --- bodies, people, search ------------------------------------------------------------------------


@router.get("/bodies", response_model=Page[body_q.BodyItem], tags=["bodies and people"])
def bodies(
    request: Request, page: PageNumber = 1, per_page: PerPage = MAX_PER_PAGE, viewer: Viewer = Depends(public)
) -> dict:
    """Every board, panel and committee, by name, with its counts of meetings and actions."""
    with session_scope(_engine(request)) as session:
        rows, total = body_q.bodies(
            session, viewer.sees_restricted, limit=per_page, offset=(page - 1) * per_page
        )
    return _page(rows, total, page, per_page)


@router.get(
    "/bodies/{body_id}", response_model=body_q.BodyDetail, responses=NOT_FOUND, tags=["bodies and people"]
)
def body(request: Request, body_id: RecordId, viewer: Viewer = Depends(public)) -> Any:
    """One body: its latest meetings and the people its attendance names."""
    with session_scope(_engine(request)) as session:
        found = body_q.body(session, body_id, viewer.sees_restricted)
    if found is None:
        raise _not_found("body", body_id)
    return found


@router.get("/people", response_model=Page[PersonRow], tags=["bodies and people"])
def people(
    request: Request,
    body: Annotated[str | None, Query(description="part of a body's name, any case")] = None,
    name: Annotated[str | None, Query(description="part of a name, or the initials")] = None,
    page: PageNumber = 1,
    per_page: PerPage = 100,
    viewer: Viewer = Depends(public),
) -> dict:
    """People named in attendance, by body then name, with how many meetings name them."""
    with session_scope(_engine(request)) as session:
        rows, total = people_q.people(
            session, viewer.sees_restricted, body, name, limit=per_page, offset=(page - 1) * per_page
        )
    return _page(rows, total, page, per_page)


@router.get(
    "/people/{person_id}",
    response_model=people_q.PersonDetail,
    responses=NOT_FOUND,
    tags=["bodies and people"],
)
def person(request: Request, person_id: RecordId, viewer: Viewer = Depends(public)) -> Any:
    """One person: the meetings that name them and the actions they own."""
    with session_scope(_engine(request)) as session:
        found = people_q.person(session, person_id, viewer.sees_restricted)
    if found is None:
        raise _not_found("person", person_id)
    return found


class SearchResult(BaseModel):
    query: str
    hits: list[hit_q.SearchHit]


@router.get("/search", response_model=SearchResult, tags=["search"])
def find(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='words and "quoted phrases", all required; OR between two terms',
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    viewer: Viewer = Depends(public),
) -> dict:
    """Meetings, actions, decisions and passages matching `q`, best first, matched words between « »."""
    with session_scope(_engine(request)) as session:
        try:
            hits = hit_q.find_hits(session, q, viewer.sees_restricted, limit=limit)
        except Exception as exc:  # a query the database refuses
            reason = " ".join(str(exc).split())[:200]
            raise invalid(("query", "q"), f"q: search failed: {reason}", q) from None
    return {"query": q, "hits": hits}
