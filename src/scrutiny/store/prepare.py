"""What a worker hands the writer for one file: the record, plus the document's text and passages.

Runs in a worker process (read + extract are the slow, crash-prone part); the result is plain
picklable data, so the parent can write it to the database in one short transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from scrutiny.document import Document
from scrutiny.exempt import Span, exempt_spans
from scrutiny.record import Record


@dataclass
class Passage:
    """A block of the document (a table gives one passage a row), searchable on its own."""

    text: str
    page: int | None
    start: int


@dataclass
class Prepared:
    path: str
    sha256: str
    name: str
    format: str
    pages: int | None
    title: str | None
    text: str
    record: Record
    passages: list[Passage] = field(default_factory=list)

    @cached_property
    def exempt(self) -> list[Span]:
        """The exempt spans of the text with their reasons, read once (ingest asks several times)."""
        return exempt_spans(self.text)

    def restricted_spans(self) -> list[tuple[int, int]]:
        return [(span.start, span.end) for span in self.exempt]

    def marked_as_a_whole(self) -> bool:
        """Whether the document is certainly exempt or sensitive from its head to its end (say an
        OFFICIAL-SENSITIVE marking at the top, or in the running footer of every page): the
        document itself is then restricted, its meetings and attendance with it."""
        return any(s.certain and s.start == 0 and s.end == len(self.text) for s in self.exempt)

    def is_restricted(self, evidence: str | None, spans: list[tuple[int, int]] | None = None) -> bool:
        """Whether the passage `evidence` lies in a Part II section of the document (any passage
        does, even one that cannot be placed, when the whole text is restricted)."""
        spans = self.restricted_spans() if spans is None else spans
        if spans == [(0, len(self.text))]:
            return True
        if not spans or not evidence:
            return False
        # looked for only where it would be restricted: a document's many records cost a search of
        # its restricted sections each, not of its whole text
        return any(find(self.text, evidence, start, end) is not None for start, end in spans)


def prepare(path: str | Path) -> Prepared:
    """Read and extract one file (raises `UnreadableDocument` as the readers do)."""
    from scrutiny.extract import extract
    from scrutiny.readers import read

    doc = read(path)
    record = extract(doc)
    return Prepared(
        path=str(path),
        sha256=doc.sha256,
        name=doc.name,
        format=doc.format,
        pages=doc.pages,
        title=doc.title,
        text=doc.text,
        record=record,
        passages=passages(doc),
    )


def passages(doc: Document) -> list[Passage]:
    out: list[Passage] = []
    for block in doc.blocks:
        if block.kind == "table" and block.rows:
            for row in block.rows:
                text = " | ".join(cell.text.replace("\n", " ") for cell in row if cell.text.strip())
                if text.strip():
                    out.append(Passage(text=text, page=block.page, start=row[0].start))
        elif block.text.strip():
            out.append(Passage(text=block.text, page=block.page, start=block.start))
    return out


def restricted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that are exempt or sensitive, in order and apart (`exempt.exempt_spans`,
    whose spans also say why)."""
    return [(span.start, span.end) for span in exempt_spans(text)]


def find(text: str, passage: str, start: int = 0, end: int | None = None) -> int | None:
    """Where `passage` starts in `text` (at or after `start`, before `end`), ignoring differences of
    whitespace; None if absent."""
    end = len(text) if end is None else end
    at = text.find(passage, start, end + len(passage))
    if 0 <= at < end:
        return at
    words = passage.split()
    if not words:
        return None
    slack = end + 2 * len(passage) + 64  # room for the passage with its whitespace written otherwise
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, start, slack)
    return m.start() if m and m.start() < end else None
