"""Whatever the bytes, `read()` returns a `Document` or raises `UnreadableDocument`, and soon."""

from __future__ import annotations

import io
import time
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrutiny.document import Document, UnreadableDocument
from scrutiny.readers import read

from .helpers import FIXTURES, assert_spans

EXTENSIONS = st.sampled_from([".pdf", ".docx", ".html", ".txt", ".md", ".bin", ""])
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _docx_seed() -> bytes:
    document = docx.Document()
    document.add_heading("Strategic Policing Board", level=1)
    document.add_paragraph("Action: CFO to circulate the savings plan.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Ref"
    table.rows[1].cells[1].text = "Circulate the plan"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SEEDS = {
    "pdf": (FIXTURES / "action_table_borderless.pdf").read_bytes(),
    "docx": _docx_seed(),
    "html": b"<!DOCTYPE html><html><head><title>Panel</title></head><body><main><h1>Minutes</h1>"
    b"<table><tr><td><p>24.</p></td><td><h2>Budget</h2><p>RESOLVED: noted.</p></td></tr></table>"
    b"<ul><li>One</li></ul>"
    b"</main></body></html>",
    "txt": b"# Board\n\nITEM\tACTION\tOWNER\n1\t<p>Circulate</p>\tCFO\n\n\tto members\t\n| a | b |\n",
}


def check(tmp_path: Path, data: bytes, ext: str) -> None:
    path = tmp_path / f"input{ext}"
    path.write_bytes(data)
    start = time.monotonic()
    try:
        doc = read(path)
    except UnreadableDocument as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        assert isinstance(doc, Document) and doc.blocks
        assert_spans(doc)
    assert time.monotonic() - start < 5


@FUZZ
@given(data=st.binary(max_size=3000), ext=EXTENSIONS)
def test_random_bytes(tmp_path, data, ext):
    check(tmp_path, data, ext)


@FUZZ
@given(kind=st.sampled_from(sorted(SEEDS)), fraction=st.floats(0, 1), ext=EXTENSIONS)
def test_truncated_files(tmp_path, kind, fraction, ext):
    seed = SEEDS[kind]
    check(tmp_path, seed[: int(len(seed) * fraction)], ext)


@FUZZ
@given(
    kind=st.sampled_from(sorted(SEEDS)),
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
    ext=EXTENSIONS,
)
def test_damaged_files(tmp_path, kind, edits, ext):
    data = bytearray(SEEDS[kind])
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    check(tmp_path, bytes(data), ext)
