"""Minutes whose owners stand in an Action column at the right margin, read back as paragraphs.

A PDF's reader sees two columns and gives a table whose rows are the page's lines: a paragraph
wrapped over three lines is three rows, the owner's initials beside the first, and the item
headings sit in rows of their own. Unfolded, each paragraph is one block again, with its owner set
at its end after a wide gap, as a text copy of such minutes writes it, so the items, the sentences
and the margin rule (markers.py) read it like any other paragraph.
"""

from __future__ import annotations

import itertools
import re

from scrutiny.document import Block, Cell
from scrutiny.extract.tables import margin_roles

MARGIN_GAP = "    "  # what sets the owner apart from its paragraph
_ENDS = re.compile(r"[.!?:;]['\"’”)]*$")
_NUMBERED = re.compile(
    r"^\d{1,3}(?:[./]\d{1,3})?[a-z]?[.)]?\s+[A-Z][^.!?]*$"
)  # "2. Fallen tree", "15/31 Playing field"
_HEADING = re.compile(r"^[A-Z][^.!?]*$")  # "AOB", "Any other business": after a finished sentence
_HEADING_WORDS = 8
_PROSE_WORDS = 6  # a line of a paragraph, not a label


def unfold_margins(blocks: list[Block]) -> list[Block]:
    """The blocks with each line-by-line margin table turned back into paragraphs."""
    out: list[Block] = []
    for block in blocks:
        rows = block.rows or []
        if block.kind == "table" and len(rows) > 1 and len(rows[0]) == 2:
            above = _lines_above(out, block)
            joined = _join_above(rows, above)
            if _lines(joined) and margin_roles(joined, lines=True)[0]:
                out.extend(_paragraphs(block, joined[margin_roles(joined, lines=True)[1] :]))
                continue
            if not above and _holds_headings(joined) and margin_roles(joined)[0]:
                out.extend(
                    _paragraphs(block, joined)
                )  # "3. Work parties" in a row of its own: the items go on
                continue
            if above and margin_roles(joined)[0]:  # one paragraph a row, the first begun above the table
                out.append(
                    Block(
                        kind="table",
                        text="\n".join("\t".join(c.text for c in r) for r in joined),
                        page=block.page,
                        start=above[0].start,
                        end=block.end,
                        rows=joined,
                    )
                )
                continue
            out.extend(above)  # not the margin of these paragraphs: they stand as they were
        out.append(block)
    return out


def _lines_above(out: list[Block], table: Block) -> list[Block]:
    """The opening lines of the paragraph a table's first row goes on with, taken from the end of `out`: the
    paragraphs just above on its page that stop mid-sentence (or one, when the row starts in lower case); the
    row itself names its owner, as the reader began the table at the first line with something in the margin."""
    first, owner = ((table.rows or [[Cell([]), Cell([])]])[0] + [Cell([])])[:2]
    if not first.text.strip() or not owner.text.strip():
        return []
    taken: list[Block] = []
    while (
        out
        and out[-1].kind == "paragraph"
        and out[-1].page == table.page
        and "\n" not in out[-1].text
        and len(out[-1].text.split()) >= _PROSE_WORDS
        and (not _ENDS.search(out[-1].text.strip()) or (not taken and first.text.strip()[:1].islower()))
    ):
        taken.insert(0, out.pop())
    return taken


def _join_above(rows: list[list[Cell]], above: list[Block]) -> list[list[Cell]]:
    """The rows with the paragraph's lines from above the table set before its first row's text."""
    if not above:
        return rows
    head = rows[0][0]
    lead = Cell([" ".join([b.text.strip() for b in above] + [head.text.strip()])], above[0].start, head.end)
    return [[lead, *rows[0][1:]], *rows[1:]]


def _lines(rows: list[list[Cell]]) -> bool:
    """Are the rows a page's lines: somewhere a row of prose stops mid-sentence and the next goes on with it
    (not a heading)? A table of one paragraph a row ends its rows with full stops."""
    texts = [row[0].text.strip() for row in rows]
    return any(
        len(a.split()) >= _PROSE_WORDS and not _ENDS.search(a) and b and not _NUMBERED.match(b)
        for a, b in itertools.pairwise(texts)
    )


def _paragraphs(block: Block, rows: list[list[Cell]]) -> list[Block]:
    parts: list[tuple[list[str], list[str]]] = []  # (lines, owners) of each paragraph
    carried: list[str] = []  # the owners beside an item's numbered heading, for the item's first paragraph
    for row in rows:
        text, owner = row[0].text.strip(), row[1].text.strip()
        if not text and not owner:
            continue
        last = parts[-1][0] if parts else None
        finished = last is None or not last or bool(_ENDS.search(last[-1])) or _is_heading(last)
        if owner and text and _is_heading([text]):
            # "45/25 Proposed precept | RM": the margin's cell set level with the item's heading, whole items a
            # row each, names who acts on what the item's text goes on to say
            parts.append(([text], []))
            carried = [owner]
            continue
        heading = (
            not owner
            and len(text.split()) <= _HEADING_WORDS
            and bool(_NUMBERED.match(text) or (finished and _HEADING.match(text)))
        )
        if carried and text and not heading:
            owner, carried = "/".join([*carried, owner] if owner else carried), []
        if finished or heading or not text:
            parts.append(([text] if text else [], [owner] if owner else []))
        elif last is not None:
            last.append(text)
            if owner:
                parts[-1][1].append(owner)
    return [
        Block(
            kind="paragraph",
            text=" ".join(lines) + (f"{MARGIN_GAP}{'/'.join(owners)}" if owners else ""),
            page=block.page,
            start=block.start,
            end=block.end,
        )
        for lines, owners in parts
        if lines
    ]


def _holds_headings(rows: list[list[Cell]]) -> bool:
    """Does a margin table run on past an item's heading, set in a row of its own with nothing in the margin?"""
    return any(
        not row[1].text.strip()
        and _NUMBERED.match(row[0].text.strip())
        and len(row[0].text.split()) <= _HEADING_WORDS
        for row in rows[1:]
    )


def _is_heading(lines: list[str]) -> bool:
    return len(lines) == 1 and bool(_NUMBERED.match(lines[0])) and len(lines[0].split()) <= _HEADING_WORDS
