"""Alembic's environment, run programmatically by `scrutiny.store.db.upgrade`.

The caller passes an open connection, already inside the transaction that holds the write
lock (`config.attributes["connection"]`), so the whole upgrade commits or rolls back at once.
"""

from __future__ import annotations

from alembic import context

from scrutiny.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - `alembic` run by hand: use SCRUTINY_DATABASE_URL
    from scrutiny.store.db import make_engine, writer

    with writer(make_engine()).connect() as connection, connection.begin():
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
