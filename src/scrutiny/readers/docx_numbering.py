"""Word's automatic numbering, rendered: "1.", "2.1", "(a)" are not in a paragraph's text but
in numbering definitions, and minutes number their items that way. Counting them as Word does
gives the item numbers back."""

from __future__ import annotations

import re

from docx.oxml.ns import qn
from lxml.etree import _Element as Element  # type: ignore[import-untyped]  # python-docx's XML elements

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str | None:
    formats = {
        "decimal": str(n),
        "decimalZero": f"{n:02d}",
        "lowerLetter": _letters(n),
        "upperLetter": _letters(n).upper(),
        "lowerRoman": _roman(n),
        "upperRoman": _roman(n).upper(),
    }
    return formats.get(fmt)


def _val(element: Element, tag: str) -> str | None:
    found = element.find(qn(tag)) if element is not None else None
    return found.get(qn("w:val")) if found is not None else None


class Numbering:
    """Counters for every list of one document, advanced paragraph by paragraph in reading order."""

    def __init__(self, document: Element):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = self._levels(node)
        for num in root.findall(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId") or "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl")) or 0)
                start = _val(override, "w:startOverride")
                if start and start.isdigit() and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
            self.levels[num.get(qn("w:numId"))] = levels

    @staticmethod
    def _levels(node: Element) -> dict[int, tuple[str, str, int]]:
        out = {}
        for lvl in node.findall(qn("w:lvl")):
            start = _val(lvl, "w:start") or "1"
            out[int(lvl.get(qn("w:ilvl")) or 0)] = (
                _val(lvl, "w:numFmt") or "decimal",
                _val(lvl, "w:lvlText") or "",
                int(start) if start.isdigit() else 1,
            )
        return out

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The number Word shows for the next paragraph of list `num_id` at level `ilvl` ("3.", "2.1")."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none") or not text:
            return None

        def part(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            level_fmt, _, level_start = levels.get(k, ("decimal", "", 1))
            return _format(counters.get(k, level_start), level_fmt) or ""

        return re.sub(r"%([1-9])", part, text).strip() or None
