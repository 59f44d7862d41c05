"""Agenda items: numbered headings ("3. Budget monitoring – Quarter 3"), in order.

Numbered paragraphs of minutes ("2.1 The minutes of …") are not items: an item's title is
short and reads as a heading, not a sentence.
"""
from __future__ import annotations

import re

from scrutiny.document import Block
from scrutiny.extract.dates import find_dates
from scrutiny.extract.passages import Passage
from scrutiny.extract.text import is_shouting, verbatim
from scrutiny.record import Evidence, Item

# Panel minutes number their minutes by year: "21/24 Apologies for Absence"
MINUTE_NUMBER = re.compile(r"^\s*(?:minute\s+)?(?P<num>\d{1,3}/\d{2,4})\.?\s+(?P<title>[A-Z][^:]*)$")
NUMBERED = re.compile(r"^\s*(?:item\s+)?(?P<num>\d{1,2}[a-z]?|[lI](?=\.)|\d{1,2}\.\d{1,2}[a-z]?)[.):]?\s+(?P<title>\S.*)$", re.I)
_NOT_TITLE = re.compile(r"^(?:that\b|the\s+\w+\s+(?:was|were|is|are|had|has)\b)", re.I)


def item_heading(passage: Passage) -> Item | None:
    """The agenda item a heading or short numbered line opens, if it is one."""
    if passage.kind not in ("heading", "paragraph", "list_item"):
        return None
    first = passage.text.strip().split("\n")[0].lstrip(" ,.;:~")
    m = NUMBERED.match(first)
    minute = MINUTE_NUMBER.match(first)
    if minute and (passage.kind == "heading" or is_shouting(minute.group("title"))
                   or (len(minute.group("title").split()) <= 10 and not first.endswith("."))):
        m = minute
    elif not m:
        return None
    dates = find_dates(first)
    if dates and dates[0][1] == 0:
        return None  # "02 February 2018 09:30" is a date line, not item 02
    number = m.group("num").replace("l", "1").replace("I", "1")
    title = verbatim(m.group("title")).strip(" :–-")
    words = title.split()
    if not words or len(words) > 14 or _NOT_TITLE.match(title) or not (title[0].isupper() or title[0].isdigit()):
        return None
    if "." in number and not (passage.kind == "heading" or is_shouting(title)):
        return None  # "2.1 The minutes …" is a paragraph of the minutes, not an item
    if title.endswith(".") and not is_shouting(title) and len(words) > 6:
        return None
    if len(passage.text.strip().split("\n")) > 1 and passage.kind != "heading" and len(first) > 90:
        return None
    return Item(number=number, title=title.rstrip("."), evidence=Evidence(verbatim(first), passage.page))


def _major(number: str) -> int:
    m = re.match(r"\d+", number)
    return int(m.group()) if m else 0


def in_order(previous: Item | None, item: Item) -> bool:
    """Items run upwards; a number far below the last one is a list inside the text."""
    if previous is None or previous.number is None or item.number is None:
        return True
    return _major(item.number) >= _major(previous.number)


_NUMBER_HEAD = re.compile(r"^(?:agenda\s+)?(?:item|no\.?|number|ref)(?:\s+no\.?)?$", re.I)
_TITLE_HEAD = re.compile(r"^(?:title|business|subject|report|agenda\s+item|description|item)$", re.I)


def table_items(block: Block) -> list[Item] | None:
    """An agenda laid out as a table (Item | Title | Pages); None when the table is not one."""
    rows = block.rows or []
    if len(rows) < 2:
        return None
    header = [c.text.strip().rstrip(":") for c in rows[0]]
    number_col = next((i for i, h in enumerate(header) if _NUMBER_HEAD.match(h)), None)
    title_col = next((i for i, h in enumerate(header) if _TITLE_HEAD.match(h) and i != number_col), None)
    if number_col is None or title_col is None:
        return None
    out = []
    for row in rows[1:]:
        if max(number_col, title_col) >= len(row):
            continue
        number, title = row[number_col].text.strip().strip("."), verbatim(row[title_col].text)
        if title and re.match(r"^\d{1,2}[a-z]?(?:\.\d{1,2})?$", number):
            out.append(Item(number=number, title=title, evidence=Evidence(title, block.page)))
    return out or None
