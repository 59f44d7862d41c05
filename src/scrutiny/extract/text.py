"""Small text helpers shared by the extractors: sentences, case, clean-up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from scrutiny.words import POLICING_ACRONYMS

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)]?\s+(?=[A-Z0-9(\"“‘])")
_OPENS = re.compile(
    r"(?:The|A|An|It|This|These|He|She|They|We|There|Members)\s"
)  # words that open a sentence
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Insp|Supt|Ch|Det|Sgt|No|St|Co|Ltd|Man|Acc|e\.g|i\.e|etc|approx|para|p)\.$", re.I
)
_SMALL_WORDS = {"and", "of", "the", "for", "to", "in", "on", "at", "a", "an", "with", "by", "&"}
_ACRONYM_KEEP = re.compile(r"^(?:[A-Z]{2,6}s?|[A-Z]&[A-Z]|HMICFRS)$")
_KNOWN_ACRONYMS = POLICING_ACRONYMS | {
    "AGS",
    "CSP",
    "FLU",
    "II",
    "III",
    "ISVA",
    "JAC",
    "NHS",
    "OCG",
    "P&R",
    "PEEL",
    "RASSO",
    "UK",
    "VAWG",
}


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """Split prose into sentences, keeping abbreviations such as "Ch. Insp" together (cached: several
    extractors read the same passage)."""
    out: list[str] = []
    buf = ""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[pos : m.start()]
        pos = m.end()
        buf = f"{buf} {piece}" if buf else piece
        if _ABBREVIATIONS.search(buf.rstrip()) and not (
            buf.rstrip().endswith("etc.") and _OPENS.match(text, pos)
        ):
            continue  # "… key actions etc. An update …": "etc." ends a sentence when one plainly starts after it
        out.append(buf.strip())
        buf = ""
    rest = text[pos:]
    buf = f"{buf} {rest}" if buf else rest
    if buf.strip():
        out.append(buf.strip())
    return tuple(out)


def squash(text: str) -> str:
    """One line, single spaces, no soft hyphenation from wrapped lines ("govern-\\nance")."""
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=8192)
def verbatim(text: str) -> str:
    """Whitespace collapsed and nothing else changed: evidence must stay findable in the source (cached:
    every extractor flattens the same passages)."""
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def title_case(text: str) -> str:
    """ "PERFORMANCE AND RESOURCES BOARD" -> "Performance and Resources Board"; mixed case kept."""
    if not is_shouting(text):
        return text
    words = []
    for i, word in enumerate(text.split()):
        if word.upper() in _KNOWN_ACRONYMS:
            words.append(word.upper())
        elif i and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def strip_prefix(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub("", text, count=1).strip()


def clean_entry(text: str) -> str:
    """Trim list bullets, numbering like "a)" and stray punctuation from a list entry."""
    text = re.sub(r"^\s*(?:[-•*▪●·]|\(?[a-z]\)|\(?[ivx]+\)|\(\d{1,2}\))\s+(?:[Tt]hat\s+)?", "", text)
    return text.strip(" \t;,")


# A minute numbered with full stops, as some town councils print them: "TC.24.104"
DOTTED_MINUTE = r"[A-Z]{1,5}\.\d{2}\.\d{2,3}"


class Gated:
    """A pattern tried only on a text holding one of the words (in lower case) it cannot match without: a
    substring test is many times cheaper than a regex scan, and most sentences hold none of them."""

    def __init__(self, pattern: re.Pattern[str], *words: str) -> None:
        self.pattern, self.words = pattern, words

    def _may(self, text: str) -> bool:
        low = text.lower()
        return any(word in low for word in self.words)

    def search(self, text: str, *at: int) -> re.Match[str] | None:
        return self.pattern.search(text, *at) if self._may(text) else None

    def match(self, text: str, *at: int) -> re.Match[str] | None:
        return self.pattern.match(text, *at) if self._may(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may(text) else iter(())
