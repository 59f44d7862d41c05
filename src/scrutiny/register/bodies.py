"""Whether two meetings were of the same body, when papers write its name differently.

"The Performance and Resources board", "Performance and Resources Board" and "P&R" are one
body; "Kingsmere Police and Crime Panel" is the "Police and Crime Panel" of a Kingsmere
organisation. The organisation is often missing, so it can only ever tell bodies apart, never
join them: two different places with the same board name are two bodies.
"""

from __future__ import annotations

from functools import lru_cache

from scrutiny.register.glossary import expand_body, normalise

# Words that say what kind of organisation it is, not which one.
_GENERIC = frozenset(
    {
        "office",
        "of",
        "the",
        "police",
        "and",
        "crime",
        "commissioner",
        "commissioners",
        "fire",
        "rescue",
        "for",
        "constabulary",
        "force",
        "opcc",
        "opfcc",
        "pcc",
        "pfcc",
        "service",
        "services",
        "county",
        "council",
        "authority",
        "joint",
        "mayor",
        "mayors",
        "in",
        "on",
    }
)


_BODY_NOUNS = frozenset({"board", "panel", "committee", "group", "forum", "meeting", "sub-committee"})


@lru_cache(maxsize=4096)
def body_name(body: str | None) -> str:
    """A body's name for comparison: acronyms expanded, lower case, no "the", no punctuation,
    and no "meeting" after a body's noun ("Strategic Policing Board meeting")."""
    name = normalise(expand_body(body)) if body else ""
    words = name.split()
    if len(words) > 2 and words[-1] == "meeting" and words[-2] in _BODY_NOUNS:
        name = " ".join(words[:-1])
    return name


@lru_cache(maxsize=4096)
def places(organisation: str | None) -> frozenset[str]:
    """The words of an organisation's name that say which one it is ("essex", "north yorkshire")."""
    if not organisation:
        return frozenset()
    return frozenset(w for w in normalise(organisation).split() if w not in _GENERIC)


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a <= b or b <= a


@lru_cache(maxsize=16384)
def same_body(
    body_a: str | None, body_b: str | None, org_a: str | None = None, org_b: str | None = None
) -> bool:
    """True when both name the same body; an unknown body is the same as nothing. Cached: the
    store asks about the same few bodies for every pair of update and action."""
    a, b = body_name(body_a), body_name(body_b)
    if not a or not b:
        return False
    place_a, place_b = places(org_a), places(org_b)
    if a != b:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if not longer.endswith(" " + shorter):
            return False
        prefix = places(longer[: -len(shorter)])  # "kingsmere police and crime panel"
        if not prefix:
            return False
        if longer == a:
            place_a = place_a | prefix
        else:
            place_b = place_b | prefix
    return _compatible(place_a, place_b)
