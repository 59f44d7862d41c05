"""The listings' shared text filter: part of a body's name, any case."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrutiny.store import models as m


def body_ids(session: Session, name: str) -> list[int]:
    """Bodies whose name contains `name`, ignoring case."""
    pattern = f"%{name.lower()}%"
    return list(session.scalars(select(m.Body.id).where(func.lower(m.Body.name).like(pattern))))
