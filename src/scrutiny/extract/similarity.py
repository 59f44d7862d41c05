"""Word-overlap similarity, used to tell a repeated task from a new one."""
from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[a-z0-9]+")


def dice(a: str | None, b: str | None) -> float:
    """Sørensen–Dice overlap of the lower-case words of two texts (1.0 for identical bags)."""
    wa, wb = Counter(_WORD.findall((a or "").lower())), Counter(_WORD.findall((b or "").lower()))
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 1.0
