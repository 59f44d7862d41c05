"""The sign-in throttle: after too many attempts for one account, or from one client address,
further attempts are refused for a while, a longer while after each further failure.

An account (the name typed, any case) may have `ACCOUNT_LIMIT` failed attempts and an address
`ADDRESS_LIMIT` (an office behind one address holds many people); beyond that an attempt is
refused, without its password being checked, until `FIRST_DELAY` after the last attempt, then
twice that after the next, and so on up to `MAX_DELAY`. A key with no attempt for `FORGET`
starts afresh; signing in forgives the account (and takes the successful attempt off the
address). An unknown name is counted exactly as a user's name is, and the password of an
admitted attempt is always checked (against a dummy hash when no user has the name), so neither
the answers nor their timing say which names exist.

The counts are kept in the store (`sign_in_throttle`), not in the server's memory: several
server processes (`uvicorn --workers`, or several machines) share one count, and a restart
does not reset it. An attempt is counted before its password is checked, in a transaction that
locks the key's row, so many attempts sent at once cannot all slip in before the first is
counted. The keys are sha256 digests, so the table never holds what someone typed in the name
field (sometimes a password). A client's address is the one the request came from, or the one
a trusted proxy names (`SCRUTINY_FORWARDED_ALLOW_IPS`, see web/app.py): behind a proxy that is not
trusted, every visitor has the proxy's address and shares its limit.

The trade-off: anyone may hold an account's sign-in back for up to `MAX_DELAY` by typing wrong
passwords for it; they can never get in by trying many.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from scrutiny.store import models as m

ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
FIRST_DELAY = dt.timedelta(minutes=1)
MAX_DELAY = dt.timedelta(minutes=15)
FORGET = dt.timedelta(hours=1)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _digest(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}\0{value}".encode("utf-8", "surrogatepass")).hexdigest()


def account_key(name: str) -> str:
    return _digest("account", name.strip().lower())


def address_key(address: str) -> str:
    return _digest("address", address)


def delay(attempts: int, limit: int) -> dt.timedelta:
    """How long after the last attempt the next is refused, once `attempts` reached `limit`."""
    if attempts < limit:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** min(attempts - limit, 16), MAX_DELAY)


def _locked_row(session: Session, key: str) -> m.SignInThrottle:
    """The key's row, made if need be, locked for this transaction (SQLite: the write session
    holds the database's write lock already; PostgreSQL: FOR UPDATE)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    new = insert(m.SignInThrottle).values(key=key, attempts=0, last_at=now())
    session.execute(new.on_conflict_do_nothing(index_elements=["key"]))
    locked = select(m.SignInThrottle).where(m.SignInThrottle.key == key).with_for_update()
    return session.scalars(locked).one()


def attempt(session: Session, name: str, address: str) -> dt.timedelta | None:
    """Count an attempt to sign in as `name` from `address` and None; or, when either has had too
    many, count nothing and say how long to wait. Run it in a write session of its own, committed
    before the password is checked."""
    session.execute(delete(m.SignInThrottle).where(m.SignInThrottle.last_at < now() - FORGET))  # forgotten
    rows = [
        (_locked_row(session, account_key(name)), ACCOUNT_LIMIT),
        (_locked_row(session, address_key(address)), ADDRESS_LIMIT),
    ]
    when = now()  # read once the rows are locked: every attempt before this one is counted in them
    held = [
        _utc(row.last_at) + delay(row.attempts, limit) - when for row, limit in rows if row.attempts >= limit
    ]
    wait = max(held, default=dt.timedelta(0))
    if wait > dt.timedelta(0):
        return wait
    for row, _ in rows:
        row.attempts += 1
        row.last_at = when
    return None


def succeeded(session: Session, name: str, address: str) -> None:
    """The attempt signed in: the account starts afresh, and the address is not charged for it."""
    session.execute(delete(m.SignInThrottle).where(m.SignInThrottle.key == account_key(name)))
    row = session.get(m.SignInThrottle, address_key(address))
    if row is not None and row.attempts > 0:
        row.attempts -= 1


def message(wait: dt.timedelta) -> str:
    """What a person is told: whole minutes, rounded up."""
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    return f"Too many sign-in attempts; try again in {minutes} minute{'s' if minutes != 1 else ''}"


def retry_after(wait: dt.timedelta) -> str:
    """The Retry-After header's value: whole seconds, rounded up."""
    return str(max(1, math.ceil(wait.total_seconds())))
