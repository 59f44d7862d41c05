"""Helpers for the extraction tests: small in-memory documents and passages."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from scrutiny.document import Block, Document, DocumentBuilder
from scrutiny.extract import extract
from scrutiny.extract.passages import Passage
from scrutiny.readers import read
from scrutiny.record import Meeting

SHA = "0123456789abcdef" * 4


def passage(text: str, kind: str = "paragraph", item: str | None = None, page: int | None = 1) -> Passage:
    return Passage(text=text, page=page, item=item, kind=kind)


def passages(*specs: tuple[str, str], item: str | None = None) -> list[Passage]:
    """`("paragraph", "text")` pairs as passages, in order."""
    return [passage(text, kind, item) for kind, text in specs]


def table(rows: list[list[list[str]]], page: int | None = 1) -> Block:
    """One table block built exactly as the readers build it."""
    builder = DocumentBuilder("t.docx", SHA, "docx")
    block = builder.add_table(rows, page=page)
    assert block is not None
    return block


def tables(*row_sets: list[list[list[str]]]) -> list[Block]:
    """Several table blocks of one document, the n-th on page n (a table split by page breaks)."""
    builder = DocumentBuilder("t.pdf", SHA, "pdf")
    blocks = [builder.add_table(rows, page=i + 1) for i, rows in enumerate(row_sets)]
    assert all(blocks)
    return blocks  # type: ignore[return-value]


def build(
    blocks: list[tuple], name: str = "minutes.docx", fmt: str = "docx", pages: int | None = None
) -> Document:
    """A document from ("heading"|"paragraph"|"list_item", text[, page]) or ("table", rows[, page]) tuples."""
    builder = DocumentBuilder(name, SHA, fmt)  # type: ignore[arg-type]
    for spec in blocks:
        kind, content, page = (*spec, None) if len(spec) == 2 else spec
        if kind == "table":
            builder.add_table(content, page=page)
        else:
            builder.add(kind, content, page=page)
    return builder.finish(pages=pages)


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def findable(evidence: str, document_text: str) -> bool:
    """The evidence's lower-case words occur, contiguously and in order, in the document's."""
    needle, hay = words(evidence), words(document_text)
    if not needle:
        return False
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def decisions_in(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, str]]:
    """The (item, text) of each decision a paper written to `tmp_path` records, each one's evidence found in it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    found = [d for m in extract(doc).meetings for d in m.decisions]
    for decision in found:
        assert decision.evidence and findable(decision.evidence.text, doc.text)
    return [(d.item, d.text) for d in found]


def first_meeting(tmp_path: Path, text: str, name: str) -> Meeting:
    """The first meeting of a paper written to `tmp_path` as `name` (its suffix chooses the reader)."""
    path = tmp_path / name
    path.write_text(text)
    return extract(read(path)).meetings[0]
