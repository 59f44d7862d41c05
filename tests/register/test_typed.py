"""The one reading of a typed day that every edge shares (a status: tests/test_words.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from scrutiny.register.typed import day


def test_days():
    assert day("2024-03-31") == dt.date(2024, 3, 31) and day("today") == dt.date.today() and day("  ") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        day("31/03/2024")
