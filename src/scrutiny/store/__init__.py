"""The store: documents keyed by the sha256 of their bytes, and every record read from them.

SQLAlchemy 2 models (`models.py`) and Alembic migrations (`migrations/`) serve SQLite (the
default, one file, FTS5 search) and PostgreSQL (tsvector search) from the same code.
`db.connect()` gives an engine with the schema brought up to date; `ingest.py` writes one
document per transaction; `search.py` and `queries/` (one module per entity) read.
"""

from __future__ import annotations

from scrutiny.store.db import DEFAULT_URL, connect, database_url, session_scope

__all__ = ["DEFAULT_URL", "connect", "database_url", "session_scope"]
