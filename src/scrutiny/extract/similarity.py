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
    if not total:
        return 1.0
    wa, wb = words(a), words(b)
    if len(wb) < len(wa):
        wa, wb = wb, wa
    # the size of the bags' intersection, without building a Counter for it (the hot path of _dedupe)
    common = sum(min(n, wb[w]) for w, n in wa.items() if w in wb)
    return 2 * common / total


def near_duplicate(a: str, b: str, threshold: float = 0.9) -> bool:
    """dice(a, b) >= threshold, skipping the count when the lengths alone rule it out."""
    sa, sb = _size(a), _size(b)
    if sa + sb and 2 * min(sa, sb) / (sa + sb) < threshold:
        return False
    # Each word of one text only adds at least 1 to sa + sb - 2·common, so many such words alone rule
    # the pair out (the set difference is computed in C: most pairs end here).
    if len(words(a).keys() ^ words(b).keys()) > (1 - threshold) * (sa + sb):
        return False
    return dice(a, b) >= threshold


# Words every sentence has: two tasks that share only these are not about the same thing
_FILLER = frozenset(
    "a an the of on to and or for in by with at from into as that this these those it its be been is are was"
    " were will would should could can may has have had not".split()
)


@lru_cache(maxsize=8192)
def content(text: str) -> Counter[str]:
    """The words of a text that say what it is about, counted: filler left out."""
    return Counter({w: n for w, n in words(text).items() if w not in _FILLER})


def content_dice(a: str | None, b: str | None) -> float:
    """Sørensen–Dice overlap of the words that say what two texts are about (filler left out)."""
    ca, cb = content(a or ""), content(b or "")
    total = sum(ca.values()) + sum(cb.values())
    return 2 * sum((ca & cb).values()) / total if total else 0.0
