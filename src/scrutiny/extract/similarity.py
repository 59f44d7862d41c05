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


def dice(a: str | None, b: str | None) -> float:
    """Sørensen–Dice overlap of the lower-case words of two texts (1.0 for identical bags)."""
    wa, wb = words(a or ""), words(b or "")
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 1.0
