"""Signing in and out: `GET /sign-in` (the form), `POST /sign-in`, `POST /sign-out`.

A successful sign-in starts a new session: a row in the store (`users.start_session`) whose
random token the signed cookie holds as `{"sid": token}` (what `access.current_viewer` looks up
on every request), and a new CSRF token; then it redirects (303) to `next` (a path of this site
only) or `/`. A wrong name or password gets the form again with one generic error (status 401)
that does not say which was wrong. Too many attempts for the name or from the address
(`store/throttle.py`) get the form with "Too many sign-in attempts; try again in N minutes" (status
429, with Retry-After), whether or not the name is a user's. Signing out ends the session in the
store, so a copy of the cookie is worth nothing after it. Both POSTs need the session's CSRF
token (`csrf.py`), as every form does.

The form is the template `sign_in.html`, rendered with `viewer`, `csrf_token` (the token
itself), `error` (None or the message), `name` (as typed) and `next`.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from scrutiny.store import throttle
from scrutiny.store.db import session_scope
from scrutiny.store.users import authenticate, end_session, get_user, start_session
from scrutiny.web.access import SESSION_ID, Viewer, public
from scrutiny.web.csrf import check_csrf, csrf_token, new_csrf_token
from scrutiny.web.templating import render

router = APIRouter(include_in_schema=False)

WRONG = "The name or password is not right"


def safe_next(target: str | None) -> str:
    """`target` when it is a path of this site ("/actions?page=2"), else "/": never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    if any(ord(ch) < 32 for ch in target):
        return "/"
    return target


def sign_in_session(request: Request, token: str) -> None:
    """Start a new cookie session holding the store's session `token`: nothing of the anonymous
    session is kept but a new CSRF token."""
    request.session.clear()
    request.session[SESSION_ID] = token
    new_csrf_token(request)


def sign_out_session(request: Request) -> None:
    """End the session in the store (a replayed cookie is anonymous) and clear the cookie."""
    token = request.session.get(SESSION_ID)
    if isinstance(token, str):
        with session_scope(request.app.state.engine, write=True) as session:
            end_session(session, token)
    request.session.clear()


def client_address(request: Request) -> str:
    """The client's address: the proxy's, unless a trusted proxy named the client (app.py)."""
    return request.client.host if request.client else ""


def sign_in_page(
    request: Request,
    viewer: Viewer,
    error: str | None = None,
    name: str = "",
    next: str = "/",
    code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    """The sign-in form, `sign_in.html` (never cached: see headers.py)."""
    context = {"csrf_token": csrf_token(request), "error": error, "name": name, "next": next}
    return render(request, viewer, "sign_in.html", context, status_code=code, headers=headers)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, next: str = "/", viewer: Viewer = Depends(public)) -> Response:
    return sign_in_page(request, viewer, next=safe_next(next))


@router.post("/sign-in", dependencies=[Depends(check_csrf)])
def sign_in(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
    viewer: Viewer = Depends(public),
) -> Response:
    target = safe_next(next)
    typed = name.strip()
    unauthorised = status.HTTP_401_UNAUTHORIZED
    if not (typed and password):  # no password is checked: nothing to count
        return sign_in_page(request, viewer, WRONG, name=typed, next=target, code=unauthorised)
    engine, address = request.app.state.engine, client_address(request)
    with session_scope(engine, write=True) as session:  # counted and committed before the check
        wait = throttle.attempt(session, typed, address)
    if wait is not None:
        return sign_in_page(
            request,
            viewer,
            throttle.message(wait),
            name=typed,
            next=target,
            code=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": throttle.retry_after(wait)},
        )
    with session_scope(engine) as session:  # a rehash, rarely, is its only write
        user = authenticate(session, typed, password)
        user_id = user.id if user is not None else None
    token = None
    if user_id is not None:
        with session_scope(engine, write=True) as session:
            throttle.succeeded(session, typed, address)
            previous = request.session.get(SESSION_ID)
            if isinstance(previous, str):  # signing in again, perhaps as someone else: that one ends
                end_session(session, previous)
            found = get_user(session, typed)
            if found is not None and found.id == user_id:  # not removed in the meantime
                token = start_session(session, found)
    if token is None:
        return sign_in_page(request, viewer, WRONG, name=typed, next=target, code=unauthorised)
    sign_in_session(request, token)
    return RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)


@router.post("/sign-out", dependencies=[Depends(check_csrf)])
def sign_out(request: Request, viewer: Viewer = Depends(public)) -> Response:
    sign_out_session(request)
    return RedirectResponse("/", status_code=status.HTTP_303_SEE_OTHER)
