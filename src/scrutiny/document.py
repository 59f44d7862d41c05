"""The reader's output: one `Document` of ordered blocks, whatever the file's format.

Every block knows its page (where the format has pages) and its character span in
`Document.text`, so an extracted record can always point back at the passage it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
Format = Literal["pdf", "docx", "html", "txt", "md"]


class UnreadableDocument(Exception):
    """A file that cannot be read; `reason` is one line a person can act on."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass
class Cell:
    """One table cell: its paragraphs (a cell may hold several) and its span."""

    paragraphs: list[str]
    start: int = 0
    end: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class Block:
    """A heading, paragraph, list item or table, in reading order."""

    kind: BlockKind
    text: str
    page: int | None = None
    start: int = 0
    end: int = 0
    level: int | None = None  # heading level, or list nesting depth
    rows: list[list[Cell]] | None = None  # tables only


@dataclass
class Document:
    """A file as text and blocks; `text` is the blocks' text joined, spans index into it."""

    name: str
    sha256: str
    format: Format
    blocks: list[Block] = field(default_factory=list)
    text: str = ""
    pages: int | None = None
    title: str | None = None
    posted: date | None = (
        None  # the day a post's metadata says it was published: never the meeting's, but its year
    )

    def page_of(self, offset: int) -> int | None:
        """The page holding character `offset`, or None where the format has no pages."""
        for block in self.blocks:
            if block.start <= offset < block.end or offset < block.start:
                return block.page
        return self.blocks[-1].page if self.blocks else None


class DocumentBuilder:
    """Appends blocks and keeps `text` and every span consistent; readers use only this."""

    def __init__(self, name: str, sha256: str, fmt: Format):
        self.doc = Document(name=name, sha256=sha256, format=fmt)
        self._parts: list[str] = []
        self._pos = 0

    def _append(self, text: str) -> tuple[int, int]:
        if self._parts:
            self._parts.append("\n\n")
            self._pos += 2
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        return start, self._pos

    def add(
        self, kind: BlockKind, text: str, page: int | None = None, level: int | None = None
    ) -> Block | None:
        text = text.strip()
        if not text:
            return None
        start, end = self._append(text)
        block = Block(kind=kind, text=text, page=page, start=start, end=end, level=level)
        self.doc.blocks.append(block)
        return block

    def add_table(self, rows: list[list[list[str]]], page: int | None = None) -> Block | None:
        """`rows` of cells of paragraphs; a row is written as its cells joined by tabs."""
        rows = [[[p.strip() for p in cell if p and p.strip()] for cell in row] for row in rows]
        rows = [row for row in rows if any(row)]
        if not rows:
            return None
        lines: list[str] = []
        offsets: list[list[tuple[int, int]]] = []
        pos = 0
        for row in rows:
            spans, parts = [], []
            for cell in row:
                text = "\n".join(cell).replace("\n", " ")
                spans.append((pos, pos + len(text)))
                parts.append(text)
                pos += len(text) + 1  # the tab, or the row's newline
            lines.append("\t".join(parts))
            offsets.append(spans)
        start, end = self._append("\n".join(lines))
        cells = [
            [Cell(paragraphs=cell, start=start + s, end=start + e) for cell, (s, e) in zip(row, spans)]
            for row, spans in zip(rows, offsets)
        ]
        block = Block(kind="table", text="\n".join(lines), page=page, start=start, end=end, rows=cells)
        self.doc.blocks.append(block)
        return block

    def finish(
        self, pages: int | None = None, title: str | None = None, posted: date | None = None
    ) -> Document:
        self.doc.text = "".join(self._parts)
        self.doc.pages = pages
        self.doc.title = title
        self.doc.posted = posted
        return self.doc
