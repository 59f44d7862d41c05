"""Helpers for the reader tests: where the shared evaluation files are, and span checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.document import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
EVAL = SHARED / "eval"


def shared_file(relative: str) -> Path:
    """A file of the shared evaluation set, or skip the test where shared/ is not beside the repo."""
    path = EVAL / relative
    if not path.is_file():
        pytest.skip(f"shared evaluation file not available: {relative}")
    return path


def assert_spans(doc: Document) -> None:
    """Every block and cell span points at its own text in `doc.text`."""
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
        for row in block.rows or []:
            for cell in row:
                assert doc.text[cell.start : cell.end] == " ".join(cell.paragraphs)


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [block.text for block in doc.blocks if kind is None or block.kind == kind]


def table_cells(doc: Document, index: int = 0) -> list[list[list[str]]]:
    """The paragraphs of every cell of the doc's `index`-th table."""
    tables = [block for block in doc.blocks if block.kind == "table"]
    return [[cell.paragraphs for cell in row] for row in tables[index].rows or []]
