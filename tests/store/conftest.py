"""Fixtures for the store's tests: each runs on SQLite (a file in tmp) and, when
SCRUTINY_TEST_POSTGRES_URL names a server (CI always does), on PostgreSQL in a schema of its own.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from scrutiny.store.db import connect
from scrutiny.store.prepare import Prepared, prepare

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PG_ENV = "SCRUTINY_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def sample_paths() -> list[Path]:
    from scrutiny.cli.files import find_documents

    return [p for p in find_documents(SAMPLES) if not p.name.upper().startswith("README.")]


@pytest.fixture(scope="session")
def prepared_samples() -> list[Prepared]:
    """Every sample read and extracted once for the whole session."""
    return [prepare(p) for p in sample_paths()]


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@contextmanager
def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of a new, empty database: a SQLite file in `folder`, or a PostgreSQL schema."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'store.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the store's tests on PostgreSQL (.ci/run sets it)")
        pytest.skip(f"{PG_ENV} is not set (CI sets it; .ci/postgres starts a server)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database's URL on each backend."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def samples_engine(request, tmp_path_factory, prepared_samples) -> Iterator[Engine]:
    """One database per backend holding every sample, shared by the tests that only read."""
    from .helpers import store_all

    with fresh_database(request.param, tmp_path_factory.mktemp("samples")) as url:
        engine = connect(url)
        store_all(engine, prepared_samples)
        yield engine
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = connect(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"
