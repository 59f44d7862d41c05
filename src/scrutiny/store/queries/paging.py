"""A listing's total: how many rows its query matches in all, whatever page is shown."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def total_of(session: Session, query: Any) -> int:
    """How many rows `query` gives, its order and page left out."""
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
