"""Word-overlap similarity, used to tell a repeated task from a new one."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8192)
def words(text: str) -> Counter[str]:
    """The lower-case words of a text, counted; cached because the same texts are compared often."""
    return Counter(_WORD.findall(text.lower()))


@lru_cache(maxsize=8192)
def _size(text: str) -> int:
    return sum(words(text).values())


def dice(a: str | None, b: str | None) -> float:
    """Sørensen–Dice overlap of the lower-case words of two texts (1.0 for identical bags)."""
    a, b = a or "", b or ""
    total = _size(a) + _size(b)
    return 2 * sum((words(a) & words(b)).values()) / total if total else 1.0


def near_duplicate(a: str, b: str, threshold: float = 0.9) -> bool:
    """dice(a, b) >= threshold, skipping the count when the lengths alone rule it out."""
    sa, sb = _size(a), _size(b)
    if sa + sb and 2 * min(sa, sb) / (sa + sb) < threshold:
        return False
    return dice(a, b) >= threshold
