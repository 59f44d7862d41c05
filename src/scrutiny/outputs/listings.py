"""The register as the command line gives it: the overdue actions first, then the others by due
date. A Python caller gets the same rows as `scrutiny actions` prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from scrutiny.store.queries import ActionFilter, ActionRow
from scrutiny.store.queries.actions import every_action


def register_rows(session: Session, f: ActionFilter, as_of: dt.date, limit: int | None) -> list[ActionRow]:
    """The register: the overdue actions first (the longest overdue first), then the others by
    due date, the undated last; `limit` rows at most (None: all)."""
    if f.overdue_on is not None:
        return every_action(session, f, as_of, limit)
    overdue = every_action(session, replace(f, overdue_on=as_of), as_of, limit)
    if limit is not None and len(overdue) >= limit:
        return overdue[:limit]
    # The due-ordered listing holds the overdue ones too: `limit` of it leaves enough of the rest.
    rest = [r for r in every_action(session, f, as_of, limit) if not r.overdue]
    rows = overdue + rest
    return rows if limit is None else rows[:limit]
