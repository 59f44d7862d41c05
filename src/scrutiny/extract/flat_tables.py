"""Tables that text conversion flattened to one cell per line (as `pdftotext` without -layout
writes them): a run of short header lines (Ref, Action, Owner, Status …) and then each row's
cells in turn. They are rebuilt as table blocks, so the table extractor reads them as any other.
"""

from __future__ import annotations

import re

from scrutiny.document import Block, Cell
from scrutiny.extract.dates import find_dates
from scrutiny.extract.owners import looks_like_owner
from scrutiny.extract.tables import _DUE_START, ITEM_NUMBER, _run_split, column_roles

_REF = re.compile(
    r"^(?:[A-Z]{2,5}[/ ]?)?\d{1,3}[/-]\d{2,4}(?:/\d{1,3})?$|^[A-Z]{2,5}/\d{2}/\d{2,3}$|^\d{1,3}$|"
    r"^(?!Q[1-4]$)[A-Z]{1,4}\s?\d{1,3}[a-z]?$"
)  # "AP1", "A 12": a numbered action
_CHROME = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|official(?:[\s-]+sensitive)?|\d+)\s*$", re.I)
_ITEM = re.compile(r"^\s*\d{1,2}[a-z]?[.)]\s+\S")


_ENDS_SENTENCE = re.compile(r"[.!?]$")
_WRAPPED = re.compile(r"\b(?:in|on|the|to|of|and|for|with|by|at|a|an|from|or)$|[-,]$")


def _is_ref(text: str) -> bool:
    return bool(_REF.match(text)) and not find_dates(text)  # "18/10/24" is a date, not a ref


def _short(block: Block) -> bool:
    return (
        block.kind in ("paragraph", "heading") and 0 < len(block.text.split()) <= 4 and "\n" not in block.text
    )


def _header_at(blocks: list[Block], i: int) -> int:
    """The number of header lines starting at i (0 when none): the longest run that reads as a header."""
    run = 0
    while i + run < len(blocks) and _short(blocks[i + run]) and run < 8:
        run += 1
    for width in range(run, 2, -1):
        if len(column_roles([b.text for b in blocks[i : i + width]])) == width:  # every line names a column
            return width
    return 0


def regroup(blocks: list[Block]) -> list[Block]:
    """The blocks with each flattened table replaced by a table block of its rows."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        spaced = _spaced_table(blocks, i)
        if spaced:
            table, i = spaced
            out.append(table)
            continue
        width = _header_at(blocks, i) if _short(blocks[i]) else 0
        if not width:
            out.append(blocks[i])
            i += 1
            continue
        header = blocks[i : i + width]
        rows, i = _rows(blocks, i + width, width, column_roles([b.text for b in header]))
        if not rows:
            out.extend(header)
            continue
        cells = [[Cell([b.text], b.start, b.end) for b in header], *rows]
        first = header[0]
        out.append(
            Block(
                kind="table",
                text="\n".join("\t".join(c.text for c in r) for r in cells),
                page=first.page,
                start=first.start,
                end=blocks[i - 1].end,
                rows=cells,
            )
        )
    return out


def _rows(blocks: list[Block], i: int, width: int, roles: dict[int, str]) -> tuple[list[list[Cell]], int]:
    """Rows anchored on their ref (each row opens with one); lines past the width join the action."""
    rows: list[list[Cell]] = []
    current: list[Block] = []
    while i < len(blocks):
        block = blocks[i]
        text = block.text.strip()
        if block.kind == "table" or _ITEM.match(text):
            break
        if _CHROME.match(text):
            i += 1
            continue
        if _is_ref(text):
            if current:
                rows.append(_fit(current, width, roles))
            current = [block]
        elif current:
            current.append(block)
        else:
            break
        i += 1
        if current and len(current) > width + 3:
            break
    if current:
        rows.append(_fit(current, width, roles))
    return rows, i


def _fit(parts: list[Block], width: int, roles: dict[int, str]) -> list[Cell]:
    """Exactly `width` cells: extra lines belong to the action (the second cell), missing ones are
    empty; an owner line that ran into the timescale below it is split again."""
    cells = [Cell([b.text], b.start, b.end) for b in parts]
    k = len(cells) - 1
    while len(cells) > width and k > 0:  # a wrapped line: the one above stops mid-phrase
        if _WRAPPED.search(cells[k - 1].text) or (
            re.match(r"^[a-z(]", cells[k].text) and not re.search(r"[.!?;:]$", cells[k - 1].text)
        ):
            cells[k - 1 : k + 1] = [
                Cell(cells[k - 1].paragraphs + cells[k].paragraphs, cells[k - 1].start, cells[k].end)
            ]
        k -= 1
    if len(cells) < width and roles.get(len(cells)) == "due" and cells:
        pieces = _run_split(cells[-1].text, 2, _DUE_START)
        if pieces:
            cells[-1:] = [
                Cell([pieces[0]], cells[-1].start, cells[-1].end),
                Cell([pieces[1]], cells[-1].start, cells[-1].end),
            ]
    owner = next((k for k, r in roles.items() if r == "owner"), None)
    if (
        len(cells) == width - 1
        and owner is not None
        and roles.get(owner - 1) == "action"
        and owner - 1 < len(cells)
    ):
        split = _owner_run_in(cells[owner - 1].text)  # "Provide the revised plan Internal Audit Manager"
        if split:
            ran = cells[owner - 1]
            cells[owner - 1 : owner] = [
                Cell([split[0]], ran.start, ran.end),
                Cell([split[1]], ran.start, ran.end),
            ]
    free_text_last = roles.get(width - 1) in ("update", "narrative")
    while len(cells) > width:  # what is left over belongs to the free-text column
        at = width - 1 if free_text_last else 1
        extra = cells.pop(at + 1)
        cells[at] = Cell(cells[at].paragraphs + extra.paragraphs, cells[at].start, extra.end)
    return cells + [Cell([]) for _ in range(width - len(cells))]


# A table a text copy keeps as lines of columns set apart by wide gaps ("ITEM   ACTION   OWNER   TIMESCALE"),
# its wrapped cells on lines of their own below ("       camera")
_GAP = re.compile(r"\s{2,}")
_HEADER_CELL_WORDS = 3
_WRAP_WORDS = 8  # a cell's wrapped words on a line of their own: a few words, not a sentence
_WRAPS = 2  # lines a cell may wrap onto before the table is taken to end


def _gapped(block: Block) -> list[str]:
    return (
        [c for c in _GAP.split(block.text.strip()) if c]
        if block.kind == "paragraph" and "\n" not in block.text
        else []
    )


def _spaced_table(blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The table whose header line is blocks[i], with its rows, and the index after it; None when blocks[i]
    is no such header (three or more short cells, every one naming a column of an action table)."""
    header = _gapped(blocks[i])
    if len(header) < 3 or any(len(c.split()) > _HEADER_CELL_WORDS for c in header):
        return None
    roles = column_roles(header)
    if len(roles) != len(header) or "action" not in roles.values():
        return None
    width, action = len(header), next(k for k, r in roles.items() if r == "action")
    rows: list[list[Cell]] = []
    wraps = 0
    j = i + 1
    while j < len(blocks):
        block, cells = blocks[j], _gapped(blocks[j])
        if 2 <= len(cells) <= width:
            lead = (
                [Cell([])] * (width - len(cells))
                if roles.get(0) in ("item", "ref") and not ITEM_NUMBER.match(cells[0])
                else []
            )
            row = lead + [Cell([c], block.start, block.end) for c in cells]
            rows.append(row + [Cell([]) for _ in range(width - len(row))])
            wraps = 0
        elif (
            len(cells) == 1
            and rows
            and wraps < _WRAPS
            and len(cells[0].split()) <= _WRAP_WORDS
            and not _ENDS_SENTENCE.search(rows[-1][action].text)
        ):
            wrapped = rows[-1][action]
            rows[-1][action] = Cell(
                [*wrapped.paragraphs, cells[0]], wrapped.start, block.end
            )  # evidence: its first line
            wraps += 1
        else:
            break
        j += 1
    if not rows:
        return None
    grid = [[Cell([c], blocks[i].start, blocks[i].end) for c in header], *rows]
    return Block(
        kind="table",
        text="\n".join("\t".join(c.text for c in r) for r in grid),
        page=blocks[i].page,
        start=blocks[i].start,
        end=blocks[j - 1].end,
        rows=grid,
    ), j


_OWNER_RUN_IN_WORDS = 5
_TASK_LEFT = 3  # words the task keeps before an owner taken off its end


def _owner_run_in(text: str) -> tuple[str, str] | None:
    """(task, owner) of a task line the owner's line ran into: the longest run of capitalised words at its
    end that names an owner, with a task of a few words left before it."""
    words = text.split()
    for k in range(min(_OWNER_RUN_IN_WORDS, len(words) - _TASK_LEFT), 0, -1):
        tail = words[-k:]
        if all(w[:1].isupper() or w in ("of", "and", "&") for w in tail) and looks_like_owner(" ".join(tail)):
            return " ".join(words[:-k]), " ".join(tail)
    return None
