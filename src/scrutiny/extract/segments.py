"""The meetings a document records: where another meeting's record opens in it (a Panel pack holds
an agenda and the minutes of an earlier meeting), the lines its header is read from, and whether it
is an agenda rather than a record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scrutiny.document import Block
from scrutiny.extract.attendance import label_of
from scrutiny.extract.dates import MONTH_ONLY, find_dates
from scrutiny.extract.header import Header, body_rank, find_body, read_header
from scrutiny.extract.items import item_heading, major, spread_items, table_items
from scrutiny.extract.passages import Passage
from scrutiny.record import Item

_SEGMENT_START = re.compile(
    r"^(?:draft\s+|unconfirmed\s+|confirmed\s+|public\s+)?(?:minutes|notes|agenda|action\s+(?:log|schedule|notes))\b",
    re.I,
)
# … or the body's name first: "Joint Audit Committee - minutes of the meeting held on Tuesday 22 April 2025"
_NAMED_MINUTES = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+(?:(?:and|of|for|the|&)\s+)?){1,8}[–—:-]\s*(?:draft\s+|confirmed\s+)?(?:minutes|notes)\s+of\b",
    re.I,
)
_RUNNING = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.I)  # a page footer repeats the title and date


_KIND_LINES = 6  # a record names its kind of meeting in its opening lines


def kind_of(blocks: list[Block]) -> str | None:
    """The kind of meeting a record's heading names ("Minutes of the Annual General Meeting"), without
    the month it may carry ("the October General Meeting")."""
    for line in lines_of(header_blocks(blocks))[:_KIND_LINES]:
        if _SEGMENT_START.match(line):
            found = find_body(MONTH_ONLY.sub(" ", line))
            if found and body_rank(found) == 2 and len(found.split()) > 1:
                return found
    return None


def lines_of(blocks: list[Block]) -> list[str]:
    """The text lines of blocks; a key-value table ("Date: | 18 July 2024") gives one line a row."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "table" and _header_row(b):
            out.extend(f"{key}: {value}" for key, value in _header_row(b))
        elif b.kind == "table":
            out.extend(f"{key}: {value}" for row in b.rows or [] for key, value in _pairs(row))
        else:
            out.extend(line.strip() for line in b.text.split("\n") if line.strip())
    return out


_DATE_LABEL = re.compile(r"^\W*date\W*$", re.I)


def _header_row(block: Block) -> list[tuple[str, str]]:
    """A cover table laid out in columns, labels over values ("Date | Time | Location" over "Thursday 27 February
    2025 | 10:00 – 11:45 | …"): the pairs; [] when it is not one."""
    rows = block.rows or []
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) < 2:
        return []
    labels = [c.text.strip().rstrip(":") for c in rows[0]]
    if not any(_DATE_LABEL.match(label) for label in labels) or any(
        len(label.split()) > 3 for label in labels
    ):
        return []
    return [
        (label, c.text.strip()) for label, c in zip(labels, rows[1], strict=True) if label and c.text.strip()
    ]


def _is_key_value(row: list) -> bool:
    """A row of a cover-sheet table: a short label ("Date:", "Decision taken at") and its value, or labels and
    values side by side ("Meeting: | Liaison Group | Date: | 14/07/2009")."""
    return bool(_pairs(row))


def _pairs(row: list) -> list[tuple[str, str]]:
    """The labels and values of a cover-sheet row, in pairs; [] when the row is not one."""
    cells = [c.text.strip() for c in row]
    if len(cells) == 2 and 0 < len(cells[0].split()) <= 5 and not cells[0][:1].isdigit():
        return [(cells[0].rstrip(":"), cells[1])]
    if len(cells) in (4, 6) and all(0 < len(k.split()) <= 3 and k.endswith(":") for k in cells[::2]):
        return [(k.rstrip(":"), v) for k, v in zip(cells[::2], cells[1::2], strict=True)]
    filled = [c for c in cells[1:] if c]
    if len(cells) > 2 and _COVER_LABEL.match(cells[0]) and len(filled) == 1:
        return [
            (cells[0].rstrip(":"), filled[0])
        ]  # "Date | | Tuesday 24 June 2025 |": a wide table's cover rows
    return []


_COVER_LABEL = re.compile(r"^(?:date|time|venue|location|place|meeting|chair)\s*:?$", re.I)


_MIN_SEGMENT = 8  # blocks: a meeting's papers are longer than this, so another record starts no sooner
_RECORD_REACH = 6  # blocks after a record's heading within which its attendance list or its first item comes
_TITLE_WORDS = 12  # the body's name that opens a page of enclosed minutes is a short line
_HEADING_WORDS = 25  # a minutes heading longer than this is a sentence of the minutes
_HEADER_REACH = 15  # blocks `_header_blocks` reads a header from
_NAMED_MEETING = re.compile(r"\bmeeting\b|\bheld\b", re.I)
_ENCLOSED = re.compile(r"\b(?:minutes|notes)\b", re.I)  # an agenda item presenting an earlier record


@dataclass
class _Segment:
    """A block range holding one meeting's papers, the day it was held when its header prints none, and
    whether it goes on the sitting of the segment before (a general meeting after the annual one)."""

    start: int
    end: int
    held: date | None = None
    continues: bool = False


@dataclass
class _Opening:
    """Another meeting's record opening: its first block, its header, whether its items number from 1
    again, and whether it is surely another record whatever its date and name (a second list of who
    attended, on a page of its own, after business)."""

    start: int
    header: Header
    restart: bool
    sure: bool


def segments(blocks: list[Block], title: str | None = None, filed: date | None = None) -> list[_Segment]:
    """The meetings a document records, split where another meeting's record opens.

    A record opens with a minutes heading ("Minutes of the meeting held on …") or, on a page of its
    own, with the body's name; either counts only when an attendance list or a first item follows
    soon, so an agenda item "Minutes of the meeting held on 12 June" stays an item of this meeting.
    A record without a date of its own was held the day its sitting began when it follows another
    record and numbers its items from 1 again (a general meeting after the annual one), else on the
    date a pack's agenda gives the minutes it encloses, in the order it lists them.
    """
    spread, _ = spread_items(blocks)  # "Minutes of the meeting held on …" over "(Item 3)" is an item
    head = read_header(lines_of(header_blocks(blocks)), title, filed)
    segments = [_Segment(0, len(blocks), head.date)]
    dates = {head.date} if head.date else set()
    body = head.body
    announced: list[date] = []
    last_item, attended = 0, False  # the current segment's highest item number; whether it lists attendance
    for i, block in enumerate(blocks):
        current = segments[-1]
        opened = None
        # a short record (an annual meeting's elections) may come first, once it has its list and an item
        early = last_item > 0 and attended and i - current.start < _MIN_SEGMENT
        if (i - current.start >= _MIN_SEGMENT or early) and block.kind != "table" and i not in spread:
            opened = _opening(blocks, i, spread, last_item, attended, current.held)
            opened = None if early and opened and not _heads_record(block) else opened
        if opened:
            head, restart = opened.header, opened.restart
            if opened.sure or head.date not in dates or head.body not in (None, body):
                held = head.date or (current.held if restart else announced.pop(0) if announced else None)
                announced = [d for d in announced if d != held]
                current.end = opened.start
                segments.append(_Segment(opened.start, len(blocks), held, restart))
                dates.update([held] if held else [])
                body, last_item, attended = head.body or body, 0, False
        for found in _items_of(block, spread.get(i)):
            last_item = max(last_item, _major(found))
            if not attended and _ENCLOSED.search(found.title):  # an agenda, not a record, encloses minutes
                announced.extend(d for d, _, _ in find_dates(found.title))
        attended = attended or _attends(block)
    return segments


def _opening(
    blocks: list[Block], i: int, spread: dict[int, Item], last_item: int, attended: bool, since: date | None
) -> _Opening | None:
    """Another meeting's record opening at block `i`, if one does; a year-less date in its heading falls after
    `since`, the day of the record before it."""
    block = blocks[i]
    first = block.text.strip().split("\n")[0]
    if len(first.split()) > _HEADING_WORDS or _RUNNING.search(block.text):
        return None
    heading = bool(
        (_SEGMENT_START.match(first) or _NAMED_MINUTES.match(first)) and _NAMED_MEETING.search(first)
    )
    short = len(block.text.split()) <= _TITLE_WORDS
    titled = (
        last_item > 0
        and short
        and _page_opens(blocks, i)
        and bool(_SEGMENT_START.match(first) or find_body(first))
    )
    if not heading and not titled:
        return None
    ahead = range(i + 1, min(i + 1 + _RECORD_REACH, len(blocks)))
    attends = any(_attends(blocks[j]) for j in ahead)
    opening = next((found for j in ahead for found in _items_of(blocks[j], spread.get(j))), None)
    # a record that follows another and numbers its items from 1 again: a second meeting of the sitting
    restart = attended and opening is not None and _major(opening) == 1 and last_item > 1
    if not attends and not restart:
        return None
    start = i - 1 if heading and _names_body(blocks[i - 1]) and blocks[i - 1].page == block.page else i
    header = read_header(lines_of(header_blocks(blocks[start : start + _HEADER_REACH])), since=since)
    return _Opening(start, header, restart, restart or (titled and attends and attended))


def _heads_record(block: Block) -> bool:
    """The block opens with a minutes heading naming a meeting: "Minutes of the Ordinary Meeting … held on …"."""
    first = block.text.strip().split("\n")[0]
    return bool(_SEGMENT_START.match(first) and _NAMED_MEETING.search(first))


def _page_opens(blocks: list[Block], i: int) -> bool:
    """Block `i` is the first of its page: a pack starts each paper it encloses on a page of its own."""
    page, before = blocks[i].page, blocks[i - 1].page
    return page is not None and before is not None and page != before


def _names_body(block: Block) -> bool:
    """A short line that names a body and is no item: the title over a minutes heading."""
    return (
        block.kind != "table"
        and len(block.text.split()) <= _TITLE_WORDS
        and bool(find_body(block.text))
        and not item_heading(Passage(block.text, block.page, None, block.kind))
    )


def _items_of(block: Block, spread: Item | None) -> list[Item]:
    """The agenda items a block opens: a heading, a title spread over blocks, or an agenda table's rows."""
    if spread:
        return [spread]
    if block.kind == "table":
        return table_items(block) or []
    found = item_heading(Passage(block.text, block.page, None, block.kind))
    return [found] if found else []


def _major(item: Item) -> int:
    return major(item.number or "")


def _attends(block: Block) -> bool:
    """The block opens a list of who was there (not of apologies): the sign of a meeting's record."""
    if block.kind == "table":
        return False
    label = label_of(block.text.strip().split("\n")[0])
    return label is not None and label[0] in ("present", "in_attendance")


def header_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks a meeting's header is read from: those before its first item, and, when they print no date,
    the minutes heading after an agenda listed at the top ("AGENDA 1. … 5. …", then "MINUTES of the meeting held
    on …")."""
    out = []
    spread, parts = spread_items(blocks[:_HEADER_REACH])
    for i, block in enumerate(blocks[:_HEADER_REACH]):
        if block.kind == "table" and (
            _header_row(block) or all(_is_key_value(row) for row in block.rows or [])
        ):
            out.append(block)
            continue
        if block.kind == "table" and block.rows and _is_key_value(block.rows[0]):
            out.append(block)  # cover rows ("Date", "Time", "Venue") over the attendance in one table
            break
        if block.kind == "table" or i in spread or i in parts:
            break
        if item_heading(Passage(block.text, block.page, None, block.kind)):
            break
        out.append(block)
    if out and not any(find_dates(b.text) for b in out if b.kind != "table"):
        later = next(
            (
                b
                for b in blocks[len(out) : len(out) + _AGENDA_REACH]
                if b.kind != "table" and _heads_record(b) and find_dates(b.text)
            ),
            None,
        )
        out.extend([later] if later else [])
    return out or blocks[:3]


_AGENDA_REACH = 25  # blocks: an agenda listed above the minutes is no longer than this


# (a ModernGov meeting page's "Agenda and minutes" heading, and its links "Agenda frontsheet", "Agenda reports pack",
# are the page of a meeting held and minuted)
_AGENDA = re.compile(
    r"^\s*(?:agenda(?!\s+(?:and|&)\s+(?:draft\s+)?minutes|\s+frontsheet|\s+reports?\s+pack)|notice\s+of\s+meeting|"
    r"summons)\b",
    re.I,
)
_RECORD = re.compile(
    r"^\s*(?:(?:printed\s+|draft\s+)?minutes|notes|record|present|attendees|apologies|"
    r"agenda\s+(?:and|&)\s+(?:draft\s+)?minutes)\b",
    re.I,
)


def is_agenda(blocks: list[Block]) -> bool:
    """An agenda announces a meeting not yet held: its membership list is not attendance."""
    opening = list(lines_of(header_blocks(blocks) + blocks[:12]))
    return any(_AGENDA.match(t) for t in opening) and not any(_RECORD.match(t) for t in opening)
