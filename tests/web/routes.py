"""The app's routes as they are served, and the guards each depends on: what the meta-tests of
the guards and of security walk."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import FastAPI

from scrutiny.web import access

EXEMPT_PATHS = {
    "/api/docs",
    "/api/openapi.json",
    "/docs/oauth2-redirect",
    "/api/docs/oauth2-redirect",
    "/static",
}
CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


def route_contexts(app: FastAPI) -> Iterator:
    """Every route as served: FastAPI ≥ 0.16x includes routers lazily, older ones copy the routes."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # pragma: no cover - an older FastAPI
        yield from app.routes
        return
    yield from iter_route_contexts(app.routes)


def served(app: FastAPI) -> list:
    return [r for r in route_contexts(app) if getattr(r, "path", None) not in EXEMPT_PATHS]


def calls(dependant) -> Iterator:
    """Every callable in a dependant's tree."""
    for dep in dependant.dependencies:
        if dep.call is not None:
            yield dep.call
        yield from calls(dep)


def is_guard(call) -> bool:
    return call is access.public or getattr(call, "required_role", None) in access.ROLES


def guards_of(route) -> set:
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return set()
    return {call for call in calls(dependant) if is_guard(call)}
