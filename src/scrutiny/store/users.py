"""The dashboard's users: names, roles and argon2 password hashes, in the store's `users` table,
and their sessions, in `user_sessions`.

`scrutiny user add|set-role|set-password|sign-out|remove` (cli/users.py), the sign-in route
(web/auth.py) and every request's viewer (web/access.py) are thin layers over these functions,
the one place a user or a session is changed or looked up. A password is never stored or
logged: only its argon2id hash (the argon2-cffi defaults, rehashed on sign-in when those defaults
change). Names are unique without regard to case ("J.Smith" and "j.smith" are one user) and
signing in ignores case too.

A session is a row, not only a cookie: the signed cookie carries a random token whose sha256 is
stored with the user's id and an expiry (`SESSION_DAYS`, as the cookie's Max-Age). Every request
looks the token up (`session_user`), so signing out (that session), a new password (every session
of the user), `scrutiny user sign-out` and a removal (every session, with the user's row) end a
session at once, even for someone who kept a copy of the cookie; a user removed and added again
is a new row, with no session. A change of role keeps the sessions: the role is read from the
user's row on every request, so it applies at once anyway.

Every function works in the caller's session (one transaction); a refusal is a `UserError`
with one line for a person.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from functools import lru_cache
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m

ROLES = m.USER_ROLES
MIN_PASSWORD = 8  # characters
MAX_NAME = 100
SESSION_DAYS = 14  # a session ends this long after signing in (the cookie's Max-Age is the same)


class UserError(Exception):
    """A user could not be added, changed or removed; `reason` is one line for a person."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to verify against when no user has the name, so that a wrong name costs as long as
    a wrong password and the timing does not say which names exist."""
    return _hasher().hash("not anyone's password")


def hash_password(password: str) -> str:
    """The argon2id hash of `password` (salted; the parameters are kept in the hash)."""
    return _hasher().hash(password)


def check_name(name: str) -> str:
    """`name` stripped, or `UserError` when it is empty, too long or holds control characters."""
    name = (name or "").strip()
    if not name:
        raise UserError("a user needs a name")
    if len(name) > MAX_NAME:
        raise UserError(f"the name is too long (at most {MAX_NAME} characters)")
    if any((ch.isspace() and ch != " ") or not ch.isprintable() for ch in name):
        raise UserError("the name may not hold tabs, new lines or control characters")
    return name


def check_role(role: str) -> str:
    """`role` in lower case, or `UserError` when it is not one of ROLES."""
    key = (role or "").strip().lower()
    if key not in ROLES:
        raise UserError(f"unknown role {role!r} (one of: {', '.join(ROLES)})")
    return key


def check_password(password: str) -> str:
    if password is None or len(password) < MIN_PASSWORD:
        raise UserError(f"the password is too short (at least {MIN_PASSWORD} characters)")
    return password


def get_user(session: Session, name: str) -> m.User | None:
    """The user of this name (any case), or None."""
    key = (name or "").strip().lower()
    if not key:
        return None
    return session.scalars(select(m.User).where(func.lower(m.User.name) == key).order_by(m.User.id)).first()


def list_users(session: Session) -> list[m.User]:
    return list(session.scalars(select(m.User).order_by(func.lower(m.User.name))))


def add_user(session: Session, name: str, password: str, role: str = "viewer") -> m.User:
    """A new user; `UserError` if the name is taken (in any case), the role unknown or the password short."""
    name, role = check_name(name), check_role(role)
    check_password(password)
    existing = get_user(session, name)
    if existing is not None:
        raise UserError(f"there is already a user called {existing.name!r}")
    user = m.User(
        name=name,
        password_hash=hash_password(password),
        role=role,
        created_at=dt.datetime.now(dt.UTC),
    )
    session.add(user)
    session.flush()
    return user


def set_role(session: Session, name: str, role: str) -> tuple[m.User, str]:
    """Give the user `role`; the user and the role they had."""
    role = check_role(role)
    user = get_user(session, name)
    if user is None:
        raise UserError(f"no user called {name!r}")
    before, user.role = user.role, role
    session.flush()
    return user, before


def set_password(session: Session, name: str, password: str) -> m.User:
    """Give the user a new password and end every session they have: whoever knew the old one
    (and signed in with it) is signed out."""
    check_password(password)
    user = get_user(session, name)
    if user is None:
        raise UserError(f"no user called {name!r}")
    user.password_hash = hash_password(password)
    end_sessions(session, user)
    return user


def remove_user(session: Session, name: str) -> m.User:
    """Remove the user; the changes they recorded keep their name in the history."""
    user = get_user(session, name)
    if user is None:
        raise UserError(f"no user called {name!r}")
    session.delete(user)  # and their sessions with them
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> m.User | None:
    """The user when `password` is theirs, else None (the same for an unknown name, in about the
    same time). A hash made with older argon2 parameters is replaced by a current one."""
    user = get_user(session, name)
    hasher = _hasher()
    try:
        hasher.verify(user.password_hash if user else _dummy_hash(), password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
        session.flush()
    return user


# --- sessions -------------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives back the UTC it was given without its zone."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(session: Session, user: m.User) -> str:
    """A new session for `user`: the token for the cookie (only its hash is stored). Expired
    sessions of anyone are deleted on the way, so the table holds only live ones."""
    now = _now()
    session.execute(delete(m.UserSession).where(m.UserSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        m.UserSession(
            user_id=user.id,
            token_hash=_token_hash(token),
            created_at=now,
            expires_at=now + dt.timedelta(days=SESSION_DAYS),
        )
    )
    session.flush()
    return token


def session_user(session: Session, token: str) -> m.User | None:
    """The user whose live session `token` is, or None (unknown, ended or expired)."""
    row = session.scalars(select(m.UserSession).where(m.UserSession.token_hash == _token_hash(token))).first()
    if row is None or _utc(row.expires_at) <= _now():
        return None
    return row.user


def end_session(session: Session, token: str) -> None:
    """End the session `token` (signing out): its cookie, replayed, is anonymous."""
    session.execute(delete(m.UserSession).where(m.UserSession.token_hash == _token_hash(token)))


def end_sessions(session: Session, user: m.User) -> int:
    """End every session of `user`; how many there were."""
    deleted = delete(m.UserSession).where(m.UserSession.user_id == user.id)
    result = cast(CursorResult[Any], session.execute(deleted))  # a DELETE's result: its cursor's
    session.flush()
    return result.rowcount or 0


def sign_out_user(session: Session, name: str) -> tuple[m.User, int]:
    """End every session of the user `name` (a lost laptop, a shared cookie); the user and how
    many sessions ended."""
    user = get_user(session, name)
    if user is None:
        raise UserError(f"no user called {name!r}")
    return user, end_sessions(session, user)
