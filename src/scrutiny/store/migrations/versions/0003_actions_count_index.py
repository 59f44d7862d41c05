"""An index that lets the register count its actions (all, overdue, public only) without
reading the table: (due_date, status, restricted).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_actions_due_date_status_restricted", "actions", ["due_date", "status", "restricted"])


def downgrade() -> None:
    op.drop_index("ix_actions_due_date_status_restricted", table_name="actions")
