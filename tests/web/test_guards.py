"""The meta-test: every route of the app has exactly one access guard, and every route that
changes something checks the CSRF token; so neither rule can be forgotten by a new route.

It walks every route `create_app()` serves (the API, sign-in, the pages and whatever is added
later), leaving out only FastAPI's own documentation (/api/docs, /api/openapi.json, the OAuth2
redirect) and the static files. A route's guard is `access.public` (anyone, restricted material
filtered by `viewer.sees_restricted`) or a function made by `access.require_role(...)`
(recognised by its `required_role`), anywhere in its tree of dependencies, the router's own
included. A route that is not a FastAPI route at all (a bare Starlette route, another mounted
app) has no dependencies to check, so it fails too.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from fastapi import APIRouter, Depends, FastAPI

from scrutiny.web import access
from scrutiny.web.csrf import check_csrf

from .routes import CHANGING, calls, guards_of, served


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> FastAPI:
    from scrutiny.web.app import create_app

    folder: Path = tmp_path_factory.mktemp("guards")
    return create_app(f"sqlite:///{folder / 'guards.db'}", secret="x")


def label(route) -> str:
    return f"{','.join(sorted(getattr(route, 'methods', None) or ['*']))} {getattr(route, 'path', route)}"


def unguarded(app: FastAPI) -> list[str]:
    """The routes with no guard, or more than one."""
    return [label(r) for r in served(app) if len(guards_of(r)) != 1]


def without_csrf(app: FastAPI) -> list[str]:
    """The routes that change something (or could: no methods named) and do not check the token."""
    out = []
    for r in served(app):
        methods = set(getattr(r, "methods", None) or CHANGING)
        dependant = getattr(r, "dependant", None)
        if methods & CHANGING and (dependant is None or check_csrf not in set(calls(dependant))):
            out.append(label(r))
    return out


def test_the_walk_sees_the_routes(app):
    labels = {label(r) for r in served(app)}
    expected = {
        "GET /api/actions",
        "GET /api/actions/{action_id}",
        "POST /api/actions/{action_id}/status",
        "GET /api/meetings",
        "GET /api/meetings/{meeting_id}",
        "GET /api/documents",
        "GET /api/documents/{document_id}",
        "POST /api/documents",
        "GET /api/bodies",
        "GET /api/people",
        "GET /api/search",
        "GET /sign-in",
        "POST /sign-in",
        "POST /sign-out",
    }
    assert expected <= labels, expected - labels
    assert "GET,HEAD /api/docs" not in labels  # FastAPI's own pages are left out, nothing else


def test_every_route_has_exactly_one_guard(app):
    missing = unguarded(app)
    assert not missing, (
        "routes without exactly one access guard (depend on access.public or access.require_role(...)): "
        f"{missing}"
    )


def test_every_changing_route_checks_the_csrf_token(app):
    missing = without_csrf(app)
    assert not missing, f"routes that change something without Depends(csrf.check_csrf): {missing}"


def test_the_guard_test_catches_a_forgotten_guard(app):
    """The checks above would fail for a new route that forgot its guard or its token."""
    from scrutiny.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        other = create_app("sqlite://", secret="x")
    router = APIRouter()

    @router.get("/forgotten")
    def forgotten() -> dict:
        return {}

    @router.post("/forgotten-token")
    def forgotten_token(viewer: access.Viewer = Depends(access.require_role("editor"))) -> dict:
        return {}

    @router.get("/two-guards")
    def two(
        a: access.Viewer = Depends(access.public), b: access.Viewer = Depends(access.require_role("viewer"))
    ):
        return {}

    guarded = APIRouter(dependencies=[Depends(access.public)])

    @guarded.get("/guarded-by-its-router")
    def by_router() -> dict:
        return {}

    other.include_router(router)
    other.include_router(guarded)
    other.add_route("/bare", lambda request: None)
    missing = unguarded(other)
    assert "GET /forgotten" in missing and "GET /two-guards" in missing
    assert not any("/guarded-by-its-router" in x for x in missing)
    assert any(x.endswith(" /bare") for x in missing)
    assert "POST /forgotten-token" in without_csrf(other)
