"""Engines and sessions for the store, from `SCRUTINY_DATABASE_URL` (default `sqlite:///scrutiny.db`).

SQLite is tuned for several processes writing one file: WAL (readers never wait for the
writer), a long busy timeout, foreign keys on, and `BEGIN IMMEDIATE` for write sessions, so a
transaction takes the write lock before it reads what it will change and two ingests can never
interleave inside one document. A writer that still finds the database locked tries again
(`retry_locked`) a few times before it gives up with one clear line. PostgreSQL is used as it
comes (psycopg 3).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

if TYPE_CHECKING:
    from alembic.config import Config

ENV = "SCRUTINY_DATABASE_URL"
DEFAULT_URL = "sqlite:///scrutiny.db"
BUSY_TIMEOUT_MS = 120_000
LOCK_TRIES = 5  # a writer locked out this many times (each after waiting the busy timeout) gives up
LOCK_PAUSE = 1.0  # seconds before the second try, doubled before each next one
# PostgreSQL's "try again" errors: serialization failure, deadlock, lock not available.
_PG_RETRY = {"40001", "40P01", "55P03"}
T = TypeVar("T")
_sleep = time.sleep  # between two tries; the tests put their own here to act in between
MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATE_LOCK = 7_301_907  # pg_advisory_xact_lock key: one migration at a time


def database_url(url: str | None = None) -> str:
    """`url`, else $SCRUTINY_DATABASE_URL, else a `scrutiny.db` file in the working folder."""
    return url or os.environ.get(ENV) or DEFAULT_URL


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine for `url` (see `database_url`), SQLite tuned as the module says, a writer waiting
    up to `busy_timeout_ms` for the write lock; no migration."""
    parsed = make_url(database_url(url))
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(parsed, pool_pre_ping=True)
        event.listen(engine, "handle_error", _unreachable)
        return engine
    in_memory = parsed.database in (None, "", ":memory:")
    if in_memory:  # one connection, or every checkout would see a new, empty database
        engine = create_engine(parsed, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(parsed, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(
        dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry
    ) -> None:  # pragma: no branch
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")  # WAL: durable against a killed process
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


class Unreachable(OperationalError):
    """A database server that could not be connected to. Still the driver's `OperationalError` to
    SQLAlchemy, but said in one line for a person: where, and why (no traceback, no link):
    `cannot connect to the database server at 127.0.0.1:5432: connection refused (is it running there, and
    accepting TCP/IP connections?)`."""

    def __init__(self, reason: str, orig: BaseException):
        super().__init__(None, None, orig)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def unreachable_reason(url: str | URL, exc: BaseException) -> str:
    """Why the server of `url` (a URL or `URL`) could not be connected to, from the driver's error, in one line."""
    parsed = make_url(url) if isinstance(url, str) else url
    where = (
        f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        if parsed.get_backend_name() == "postgresql"
        else (parsed.host or "localhost")
    )
    original = getattr(exc, "orig", None) or exc
    lines = [" ".join(line.split()) for line in str(original).splitlines() if line.strip()]
    first = lines[0] if lines else type(original).__name__
    first = re.sub(r"^connection failed:\s*", "", first)
    first = re.sub(r'^connection to server at "[^"]*"(?: \([^)]*\))?, port \d+ failed:\s*', "", first)
    first = re.sub(r"^connection to server on socket \"[^\"]*\" failed:\s*", "", first)
    first = re.sub(r"^FATAL:\s*", "", first)
    hint = " ".join(lines[1:])
    reason = first[:1].lower() + first[1:] if first[:2] != first[:2].upper() else first
    if hint:
        reason += (
            f" ({hint[:1].lower() + hint[1:].rstrip('?.')}?)"
            if hint.endswith("?")
            else f" ({hint.rstrip('.')})"
        )
    return f"cannot connect to the database server at {where}: {reason}"


def _unreachable(context: ExceptionContext) -> None:
    """`handle_error`: a connection that could not be made is `Unreachable`, said in one line."""
    if context.connection is None and isinstance(context.sqlalchemy_exception, OperationalError):
        url = context.engine.url if context.engine is not None else None
        if url is not None:
            raise Unreachable(unreachable_reason(url, context.original_exception), context.original_exception)


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take SQLite's write lock at BEGIN."""
    return engine.execution_options(write=True)


def connect(url: str | None = None, migrate: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine with the schema brought up to date (`alembic upgrade head`) on first use. Opening
    waits out another writer like a write does: SQLite answers "database is locked" at once, without
    its busy timeout, to a connection that would turn a database another process is opening to WAL."""
    engine = make_engine(url, busy_timeout_ms)
    if migrate:
        retry_locked(lambda: upgrade(engine))
    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:
            return None


def upgrade(engine: Engine) -> None:
    """`alembic upgrade head`, in one transaction that holds the write lock, so two processes
    starting on a fresh database migrate it once; a no-op (one read) when already at head."""
    from alembic import command

    if current_revision(engine) == head_revision():
        return
    cfg = _alembic_config()
    with writer(engine).connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATE_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def optimize(engine: Engine) -> None:
    """After a batch of writes: let SQLite refresh the planner's statistics where they are stale
    (`PRAGMA optimize`), so the listings keep choosing their indexes. PostgreSQL's autovacuum does this."""
    if not is_sqlite(engine):
        return

    def run() -> None:
        with writer(engine).begin() as conn:
            conn.exec_driver_sql("PRAGMA optimize")

    with suppress(Locked):  # only statistics: the next batch refreshes them
        retry_locked(run)


@contextmanager
def session_scope(engine: Engine, write: bool = False) -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back if it raises."""
    with Session(writer(engine) if write else engine, expire_on_commit=False) as session, session.begin():
        yield session


class Locked(Exception):
    """The database stayed locked by another writer through every try (`retry_locked`)."""


def is_locked(exc: BaseException) -> bool:
    """Whether `exc` says another writer holds the lock (SQLite "database is locked" / busy, or
    PostgreSQL's serialization, deadlock and lock-not-available errors): worth trying again."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(original, sqlite3.OperationalError):
        return "locked" in str(original) or "busy" in str(original)
    return getattr(original, "sqlstate", None) in _PG_RETRY


def retry_locked(work: Callable[[], T], tries: int = LOCK_TRIES, pause: float = LOCK_PAUSE) -> T:
    """`work()` (one whole transaction), run again after a pause, doubled each time, while the
    database is locked by another writer; `Locked` after `tries` tries, other errors at once."""
    attempt, waited = 1, 0.0
    while True:
        started = time.monotonic()
        try:
            return work()
        except DBAPIError as exc:
            waited += time.monotonic() - started
            if not is_locked(exc):
                raise
            if attempt >= tries:
                raise Locked(
                    f"the database stayed locked by another writer ({tries} tries over {waited:.0f} s); "
                    "nothing of it was written: run the ingest again"
                ) from exc
        delay = pause * 2 ** (attempt - 1)
        _sleep(delay)
        waited += delay
        attempt += 1
