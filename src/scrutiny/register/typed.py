"""What a person types for a status or a day, read once for every edge (CLI options, API
parameters, web forms); each edge turns the `ValueError` into its own kind of refusal."""
from __future__ import annotations

import datetime as dt

STATUSES = ("open", "in_progress", "complete", "closed", "deferred", "overdue")
_ALIASES = {"completed": "complete", "done": "complete", "inprogress": "in_progress", "ongoing": "in_progress"}


def status_name(text: str) -> str:
    """"In progress", "in-progress", "done" → the stored name; `ValueError` saying the choices."""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    key = _ALIASES.get(key, _ALIASES.get(key.replace("_", ""), key))
    if key not in STATUSES:
        raise ValueError(f"unknown status {text.strip()!r} (one of: {', '.join(STATUSES)})")
    return key


def day(text: str | None) -> dt.date | None:
    """An ISO date or `today`; None for nothing; `ValueError` saying the form wanted."""
    if text is None or not text.strip():
        return None
    if text.strip().lower() == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, e.g. 2024-03-31)") from None
