"""Dates as the store and the record hold them: `date` objects or ISO strings."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


def as_date(value: date | str | None) -> date | None:
    """A date from a `date` or an ISO string; None when absent or not a full date."""
    if value is None or isinstance(value, date):
        return value
    return _parse(value)


@lru_cache(maxsize=4096)
def _parse(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
