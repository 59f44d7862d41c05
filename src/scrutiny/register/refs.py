"""Action references written differently: "SPB/23/009", "SPB 23/009", "Action 44", "44", "01/24"."""

from __future__ import annotations

import re

_PART = re.compile(r"[A-Za-z]+|\d+")
# Words that introduce a number rather than belong to it.
_NOISE = frozenset({"action", "actions", "act", "ref", "reference", "no", "number", "item", "min", "minute"})


def ref_parts(ref: str | None) -> tuple[str, ...]:
    """The letters and numbers of a ref: no leading zeros, no "Action"/"No.", years as two digits."""
    parts: list[str] = []
    for part in _PART.findall(ref or ""):
        if part.isdigit():
            if len(part) == 4 and part.startswith("20"):
                part = part[2:]
            parts.append(str(int(part)))
        elif part.lower() not in _NOISE:
            parts.append(part.upper())
    return tuple(parts)


def _letter_prefix(parts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    i = 0
    while i < len(parts) and not parts[i].isdigit():
        i += 1
    return parts[:i], parts[i:]


def ref_score(a: str | None, b: str | None) -> float:
    """1.0 for the same ref; 0.95 when one leaves out the body's letter code ("23/009" against
    "SPB/23/009"); 0 otherwise, including "1(i)" against "1" (a sub-item is another action)."""
    pa, pb = ref_parts(a), ref_parts(b)
    if not pa or not pb or not any(p.isdigit() for p in pa):
        return 0.0
    if pa == pb:
        return 1.0
    (la, ra), (lb, rb) = _letter_prefix(pa), _letter_prefix(pb)
    if ra == rb and (not la or not lb):
        return 0.95
    return 0.0


def ref_key(ref: str | None) -> tuple[str, ...]:
    """What two refs with a `ref_score` above 0 always share: the parts from the first number on
    (without the body's letter code), so a store can find a ref's candidates by key; () for none."""
    parts = ref_parts(ref)
    if not any(p.isdigit() for p in parts):
        return ()
    return _letter_prefix(parts)[1]
