"""Who is asking, and what they may see: the one place the restriction rule lives.

Every route depends on exactly one guard from this module — `public` (anyone; restricted
material filtered out unless the visitor is signed in) or `require_role(...)` (signed-in
users of at least that role). `tests/web/test_guards.py` walks every route of the app and
fails when one has neither, so the rule cannot be forgotten.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

from fastapi import Depends, HTTPException, Request, status

Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "editor", "admin")


@dataclass(frozen=True)
class Viewer:
    """The person behind a request: anonymous (name None) or a signed-in user with a role."""

    name: str | None = None
    role: Role | None = None

    @property
    def signed_in(self) -> bool:
        return self.name is not None

    @property
    def sees_restricted(self) -> bool:
        """Exempt and OFFICIAL-SENSITIVE material is for signed-in users only."""
        return self.signed_in

    def at_least(self, role: Role) -> bool:
        return self.role is not None and ROLES.index(self.role) >= ROLES.index(role)


def current_viewer(request: Request) -> Viewer:
    """The viewer from the signed session cookie, checked against the users table on every request:
    a removed user is anonymous at once, and a changed role applies at once."""
    user = request.session.get("user") if "session" in request.scope else None
    if not (isinstance(user, dict) and user.get("name")):
        return Viewer()
    from scrutiny.store.db import session_scope
    from scrutiny.web.users import get_user

    with session_scope(request.app.state.engine) as session:
        row = get_user(session, user["name"])
        role = row.role if row is not None else None
    if role not in ROLES:
        return Viewer()
    return Viewer(name=user["name"], role=role)


def public(viewer: Viewer = Depends(current_viewer)) -> Viewer:
    """Guard for pages and API routes anyone may read; pass `viewer.sees_restricted` to every query."""
    return viewer


def require_role(role: Role) -> Callable[..., Viewer]:
    """Guard for routes that need a signed-in user of at least `role`."""

    def guard(viewer: Viewer = Depends(current_viewer)) -> Viewer:
        if not viewer.signed_in:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first")
        if not viewer.at_least(role):
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"needs the {role} role")
        return viewer

    guard.required_role = role  # type: ignore[attr-defined]  # read by the guard meta-test
    return guard


GUARDS = (public,)  # with every function made by require_role: the meta-test accepts these
