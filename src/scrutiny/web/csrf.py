"""Cross-site request forgery: every request that changes something must carry the session's token.

The token is random (32 bytes), made once per session and kept in the signed session cookie
(HttpOnly, SameSite=Lax, Secure; see app.py); signing in replaces it. A state-changing request
(POST, PUT, PATCH, DELETE) is accepted only when it sends the same token back, either

- in a form field named `csrf_token` (HTML forms, urlencoded or multipart), or
- in the header `X-CSRF-Token` (scripts and JSON API clients; `GET /api/session` gives it).

For templates (pages):

    templates.env.globals["csrf_field"] = csrf_field   # then in a form:  {{ csrf_field(request) }}
    templates.env.globals["csrf_token"] = csrf_token   # or:  <input type="hidden" name="csrf_token" value="{{ csrf_token(request) }}">

For routes: depend on `check_csrf` in every route that changes something, beside its guard:

    @router.post("/actions/{action_id}/status", dependencies=[Depends(check_csrf)])
    def change(..., viewer: Viewer = Depends(require_role("editor"))): ...

or once for a whole router: `APIRouter(dependencies=[Depends(check_csrf)])` (GET, HEAD and
OPTIONS pass through untouched). A request without the token, or with another, is refused with
403 before the route runs. `tests/web/test_guards.py` fails when a state-changing route of the
app does not depend on `check_csrf`.
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request, status
from markupsafe import Markup, escape

SESSION_KEY = "csrf"  # where the token lives in request.session
FIELD = "csrf_token"  # the form field
HEADER = "X-CSRF-Token"  # the header, for scripts and API clients
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
REFUSED = "the form has expired or did not come from this site: reload the page and try again"
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _session(request: Request) -> dict | None:
    return request.session if "session" in request.scope else None


def csrf_token(request: Request) -> str:
    """The session's token, made (and the session cookie set) on first use: put it in every form."""
    session = _session(request)
    if session is None:  # pragma: no cover - the app always has the session middleware
        raise RuntimeError("csrf_token needs the session middleware")
    token = session.get(SESSION_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = session[SESSION_KEY] = secrets.token_urlsafe(32)
    return token


def csrf_field(request: Request) -> Markup:
    """The hidden form field carrying the token, ready for a template: `{{ csrf_field(request) }}`."""
    return Markup(f'<input type="hidden" name="{FIELD}" value="{escape(csrf_token(request))}">')


def new_csrf_token(request: Request) -> str:
    """Replace the session's token (done at sign-in and sign-out) and return the new one."""
    session = _session(request)
    if session is None:  # pragma: no cover
        raise RuntimeError("new_csrf_token needs the session middleware")
    session[SESSION_KEY] = secrets.token_urlsafe(32)
    return session[SESSION_KEY]


async def supplied_token(request: Request) -> str | None:
    """The token the request sends: the header, else the form field of a form body."""
    token = request.headers.get(HEADER)
    if token:
        return token
    content_type = request.headers.get("content-type", "").lower()
    if content_type.startswith(_FORMS):
        form = await request.form()  # Starlette keeps the parsed form: the route reads it again for free
        value = form.get(FIELD)
        return value if isinstance(value, str) else None
    return None


async def check_csrf(request: Request) -> None:
    """Dependency: refuse (403) a state-changing request whose token is missing or not the session's."""
    if request.method.upper() in SAFE_METHODS:
        return
    session = _session(request)
    expected = session.get(SESSION_KEY) if session is not None else None
    supplied = await supplied_token(request)
    if (
        not isinstance(expected, str)
        or not supplied
        or not secrets.compare_digest(expected.encode("utf-8"), supplied.encode("utf-8"))
    ):
        raise HTTPException(status.HTTP_403_FORBIDDEN, REFUSED)
