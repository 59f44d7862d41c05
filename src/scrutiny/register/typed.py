"""What a person types for a day, read once for every edge (CLI options, API parameters, web
forms); each edge turns the `ValueError` into its own kind of refusal. A status is read by
`scrutiny.words.parse_status`."""

from __future__ import annotations

import datetime as dt


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
