"""refs.py: one action number however a paper writes it."""

from __future__ import annotations

import pytest

from scrutiny.register.refs import ref_parts, ref_score


@pytest.mark.parametrize(
    "ref, parts",
    [
        ("SPB/23/009", ("SPB", "23", "9")),
        ("SPB 23/009", ("SPB", "23", "9")),
        ("spb-23-9", ("SPB", "23", "9")),
        ("Action 44", ("44",)),
        ("Action No. 44", ("44",)),
        ("01/24", ("1", "24")),
        ("JIAC/2024/09", ("JIAC", "24", "9")),
        ("1(ii)", ("1", "II")),
        ("", ()),
        (None, ()),
    ],
)
def test_ref_parts(ref: str | None, parts: tuple[str, ...]) -> None:
    assert ref_parts(ref) == parts


@pytest.mark.parametrize(
    "a, b, score",
    [
        ("SPB/23/009", "SPB 23/009", 1.0),
        ("Action 44", "44", 1.0),
        ("01/24", "1/24", 1.0),
        ("JIAC/24/09", "JIAC/2024/9", 1.0),
        ("23/009", "SPB/23/009", 0.95),  # the body's letter code left out
        ("A44", "44", 0.95),
        ("SPB/23/009", "SPB/23/010", 0.0),
        ("SPB/23/009", "FPB/23/009", 0.0),  # another log's code
        ("1(i)", "1", 0.0),  # a sub-item is another action
        ("09/23", "23/09", 0.0),
        ("Action", "Action", 0.0),  # no number, nothing to go on
        (None, "44", 0.0),
    ],
)
def test_ref_score(a: str | None, b: str | None, score: float) -> None:
    assert ref_score(a, b) == score
