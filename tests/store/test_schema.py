"""The migrations build exactly the models' schema, on both backends, once."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from scrutiny.store.db import connect, current_revision, head_revision
from scrutiny.store.models import Base


def _ours(obj, name, type_, reflected, compare_to) -> bool:
    """Leave out what the migration adds for search only (FTS5 tables, the tsvector column)."""
    if type_ == "table" and name and name.startswith("search_fts"):
        return False
    if type_ == "column" and name == "tsv":
        return False
    return not (type_ == "index" and name in ("ix_search_entries_tsv", "ix_action_owners_owner_lower"))


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_match_the_models(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ours, "compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrade_on_first_use_only(db_url):
    engine = connect(db_url)
    assert current_revision(engine) == head_revision()
    names = set(inspect(engine).get_table_names())
    assert {"documents", "meetings", "actions", "action_events", "action_updates", "search_entries"} <= names
    engine.dispose()
    again = connect(db_url)  # at head already: nothing to do
    assert current_revision(again) == head_revision()
    again.dispose()


def test_search_index_exists(engine):
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("SELECT count(*) FROM search_fts")).scalar() == 0
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        else:
            kind = conn.execute(
                text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name = 'search_entries' AND column_name = 'tsv'"
                )
            ).scalar()
            assert kind == "tsvector"
