"""Standalone reports: a paper written for a meeting records no meeting of its own.

Its numbered sections ("1. Purpose of the report") are not agenda items; the one item it has
is itself, under the title and agenda number it gives.
"""

from __future__ import annotations

import re

from scrutiny.document import Block
from scrutiny.extract.dates import find_dates
from scrutiny.extract.header import ORGANISATION, find_body
from scrutiny.extract.text import is_shouting, title_case, verbatim
from scrutiny.record import Evidence, Item

SIGNS = re.compile(
    r"^\s*(?:report\s+(?:of|to|by|author)\b|purpose\s+of\s+(?:the\s+|this\s+)?report\b|agenda\s+item(?:\s+no\.?)?\s*:|"
    r"issues?\s+for\s+consideration\b|executive\s+summary\b|recommendations?\s*:|title\s*(?:of\s+report)?\s*:|"
    r"status\s*:\s*for\s+(?:information|decision|noting))",
    re.I | re.M,
)
_LABEL = re.compile(
    r"^\s*(?P<label>agenda\s+item(?:\s+no\.?)?|item(?:\s+no\.?)?|title(?:\s+of\s+report)?|report\s+title|subject)\s*:\s*(?P<value>.+)$",
    re.I | re.M,
)


def is_report(blocks: list[Block]) -> bool:
    """True when the opening of the paper reads as a report to a meeting, not its minutes."""
    opening = "\n".join(b.text for b in blocks[:20] if b.kind != "table")
    if re.search(r"^\s*(?:minutes|notes|present|attendees|apologies)\b", opening, re.I | re.M):
        return False
    return len(SIGNS.findall(opening)) >= 1


def report_item(blocks: list[Block]) -> Item | None:
    """The agenda item a report is for: its labelled title and number, or its first title line."""
    number = title = None
    page = blocks[0].page if blocks else None
    for block in blocks[:15]:
        for m in _LABEL.finditer(block.text):
            label, value = m.group("label").lower(), verbatim(m.group("value"))
            if label.startswith(("agenda", "item")) and not number:
                number = value.strip(" .:")
            elif not title:
                title = value
    if not title:
        for block in blocks[:12]:
            for line in block.text.split("\n"):
                line = line.strip()
                if (
                    not line
                    or find_dates(line)
                    or ORGANISATION.search(line)
                    or find_body(line)
                    or len(line.split()) > 10
                ):
                    continue
                if (block.kind == "heading" or is_shouting(line)) and not SIGNS.match(line):
                    title = title_case(line)
                    break
            if title:
                break
    if not title:
        return None
    return Item(number=number, title=title, evidence=Evidence(title, page))
