"""What a worker hands the writer for one file: the record, plus the document's text and passages.

Runs in a worker process (read + extract are the slow, crash-prone part); the result is plain
picklable data, so the parent can write it to the database in one short transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scrutiny.document import Document
from scrutiny.record import Record

# A Part II (exempt) section of minutes, held in private: it runs to a "Part I" heading or the end.
_PART_II = re.compile(
    r"(?im)^[ \t]*(?:\d+[.)]?\s*)?(?:part\s+(?:ii|2)\b|exempt\s+item|confidential\s+item|"
    r"(?:exclusion|exempt\s+information)\b.{0,40}\bpublic\b)"
)
_PART_I = re.compile(r"(?im)^[ \t]*(?:\d+[.)]?\s*)?part\s+(?:i|1)\b(?!i)")
# A section marked sensitive ("OFFICIAL-SENSITIVE", "Commercially sensitive – not for publication"):
# it runs to the next plain OFFICIAL marking, the next numbered item, or the end.
_SENSITIVE = re.compile(
    r"(?im)^[ \t]*(?:official[\s\-–—]*sensitive|commercially\s+sensitive|not\s+for\s+publication|"
    r"(?:held\s+)?in\s+private\s+session)\b"
)
_SENSITIVE_END = re.compile(r"(?im)^[ \t]*(?:official[ \t]*$|(?:\d{1,2}|[lI])[.)][ \t]+[A-Z])")


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

    def restricted_spans(self) -> list[tuple[int, int]]:
        return restricted_spans(self.text)

    def is_restricted(self, evidence: str | None, spans: list[tuple[int, int]] | None = None) -> bool:
        """Whether the passage `evidence` lies in a Part II section of the document."""
        spans = self.restricted_spans() if spans is None else spans
        if not spans or not evidence:
            return False
        at = find(self.text, evidence)
        return at is not None and any(start <= at < end for start, end in spans)


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
    """Character spans of `text` under a Part II / exempt-item heading (to the next Part I or the end)
    or a sensitive marking (to the next plain OFFICIAL marking or numbered item, or the end)."""
    spans = _part_ii_spans(text)
    for m in _SENSITIVE.finditer(text):
        heading = re.compile(r"\n[ \t]*\S[^\n]*").search(text, m.end())  # the marked item's own heading
        end_match = _SENSITIVE_END.search(text, heading.end() if heading else m.end())
        spans.append((m.start(), end_match.start() if end_match else len(text)))
    return sorted(spans)


def _part_ii_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _PART_II.search(text, pos)) is not None:
        end_match = _PART_I.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        spans.append((m.start(), end))
        pos = end if end > m.start() else m.end()
        if end == len(text):
            break
    return spans


def find(text: str, passage: str) -> int | None:
    """Where `passage` starts in `text`, ignoring differences of whitespace; None if absent."""
    at = text.find(passage)
    if at >= 0:
        return at
    words = passage.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.start() if m else None
