"""Who is asking, and what they may see: the one place the restriction rule lives.

Every route depends on exactly one guard from this module — `public` (anyone; restricted
material filtered out unless the visitor is signed in) or `require_role(...)` (signed-in
users of at least that role). `tests/web/test_guards.py` walks every route of the app and
fails when one has neither, so the rule cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from fastapi import Depends, HTTPException, Request, status

Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "editor", "admin")
SESSION_ID = "sid"  # where the signed cookie keeps the store's session token (auth.py)


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
    """The viewer whose session the signed cookie names, looked up in the store on every request
    (`users.session_user`): a session ended by signing out, a new password or the user's
    removal is anonymous at once, and a changed role applies at once."""
    token = request.session.get(SESSION_ID) if "session" in request.scope else None
    if not isinstance(token, str) or not token:
        return Viewer()
    from scrutiny.store.db import session_scope
    from scrutiny.store.users import session_user

    with session_scope(request.app.state.engine) as session:
        user = session_user(session, token)
        name, role = (user.name, user.role) if user is not None else (None, None)
    if role not in ROLES:
        return Viewer()
    return Viewer(name=name, role=role)


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
