"""How alike an update's words are to an action's, ignoring the words every update shares.

An update restates its action in other words and adds progress ("The briefing on stalking
protection orders had been circulated on 2 February and the action was closed"), so status
words, filler and word endings are taken out before comparing, and a short update that
shares one or two words with a long action does not count as a restatement of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    """
a an the of on to and or for in by with at from into onto as that this these those it its their there
be been being is are was were will would should could can may might has have had do does did not no
so than then until up out about after before over under any all each which who what when where
to be per via also further
""".split()
)
# Words that report progress rather than say what the task was.
_PROGRESS = frozenset(
    """
action actions update updates updated complete completed completion close closed closure propose
proposed ongoing progress remain remains remained open opened defer deferred carried carry forward
overdue delayed delay now still done achieved see agenda item report reported reporting verbal
request requested awaited awaiting expected due
""".split()
)
# Endings taken off so that "circulate" meets "circulated" and "review" meets "reviews".
_SUFFIXES = ("ations", "ation", "ings", "ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset[str]:
    """The stemmed words of a text that say what it is about."""
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and w not in _PROGRESS)


@lru_cache(maxsize=16384)
def _joined(words: frozenset[str]) -> str:
    return " ".join(sorted(words))


def text_similarity(update: str | None, action: str | None) -> float:
    """Similarity in [0, 1] of an update's text to an action's: a blend of rapidfuzz's token set
    ratio (does one restate the other?) and token sort ratio (how much is left over?); 0 when
    they share fewer than two content words, as one shared word is no evidence."""
    a, b = content_words(update or ""), content_words(action or "")
    if len(a & b) < 2:
        return 0.0
    sa, sb = _joined(a), _joined(b)
    return (0.6 * fuzz.token_set_ratio(sa, sb) + 0.4 * fuzz.token_sort_ratio(sa, sb)) / 100
