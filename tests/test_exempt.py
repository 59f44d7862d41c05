"""The grammar of exempt and private markings (`scrutiny.exempt`), on a corpus of the ways papers mark
them (`exempt_corpus`): each variant is written as a real file of each format it lists (TXT, DOCX
through python-docx, HTML, PDF through tests/readers/pdfgen), read back by the real reader, and
every block of it must be restricted exactly as the variant says, judged on `doc.text`.
"""

from __future__ import annotations

import math
import re
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import docx
import pytest
from exempt_corpus import VARIANTS, Variant
from readers.pdfgen import Page, make_pdf

from scrutiny.exempt import Span, exempt_spans, running_marking
from scrutiny.readers import read


@dataclass
class Unit:
    """A block of a variant (or a row of its table), with whether it must be restricted."""

    kind: str  # heading | paragraph | row | chrome
    lines: list[str]
    restricted: bool
    table: int | None = None  # rows of one table share a number

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def parse(variant: Variant) -> list[Unit]:
    units: list[Unit] = []
    tables = 0
    for raw in variant.body.splitlines():
        flag, kind, text = raw[0], raw[1], raw[3:]
        if kind == "+":
            units[-1].lines.append(text)
            continue
        if kind == "|":
            table = units[-1].table if units and units[-1].kind == "row" else (tables := tables + 1)
            units.append(Unit("row", text.split(" | "), flag == "!", table))
            continue
        units.append(Unit({"#": "heading", "^": "chrome", " ": "paragraph"}[kind], [text], flag == "!"))
    return units


def _groups(units: list[Unit]) -> list[list[Unit]]:
    """The body's blocks: each unit alone, a table's rows together; the running chrome left out."""
    out: list[list[Unit]] = []
    for u in units:
        if u.kind == "chrome":
            continue
        if u.kind == "row" and out and out[-1][0].kind == "row" and out[-1][0].table == u.table:
            out[-1].append(u)
        else:
            out.append([u])
    return out


def write_txt(units: list[Unit], path: Path) -> None:
    blocks = []
    for group in _groups(units):
        if group[0].kind == "row":
            blocks.append("\n".join("\t".join(u.lines) for u in group))
        else:
            blocks.append("\n".join(group[0].lines))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def write_docx(units: list[Unit], path: Path) -> None:
    document = docx.Document()
    for u in units:
        if u.kind == "chrome":
            document.sections[0].header.paragraphs[0].text = u.text
    for group in _groups(units):
        first = group[0]
        if first.kind == "row":
            table = document.add_table(rows=len(group), cols=len(first.lines))
            for r, u in enumerate(group):
                for c, cell in enumerate(u.lines):
                    table.cell(r, c).text = cell
        elif first.kind == "heading":
            document.add_heading(first.text, level=2)
        else:
            paragraph = document.add_paragraph()
            for i, line in enumerate(first.lines):
                run = paragraph.add_run(line)
                if i < len(first.lines) - 1:
                    run.add_break()  # a line break inside the paragraph: a wrapped line
    document.save(str(path))


def write_html(units: list[Unit], path: Path) -> None:
    body = []
    for group in _groups(units):
        first = group[0]
        if first.kind == "row":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in u.lines) + "</tr>" for u in group
            )
            body.append(f"<table>{rows}</table>")
        elif first.kind == "heading":
            body.append(f"<h2>{escape(first.text)}</h2>")
        else:
            body.append("<p>" + "<br>\n".join(escape(line) for line in first.lines) + "</p>")
    chrome = "".join(f"<p>{escape(u.text)}</p>" for u in units if u.kind == "chrome")
    path.write_text(
        "<!doctype html><html><head><title>Minutes</title></head><body>"
        '<nav><a href="/">Home</a></nav>'
        f"<main>{''.join(body)}</main><footer>{chrome}<p>© Stourland OPCC</p></footer></body></html>",
        encoding="utf-8",
    )


def write_pdf(units: list[Unit], path: Path) -> None:
    """Courier at 11pt: a body line is at most 66 characters (wrapped as a word processor would);
    blocks with paragraph spacing between them; with running chrome, the blocks spread over three
    pages, the chrome at the foot of each ("Page 1 of 3" numbered)."""
    groups = _groups(units)
    chrome = [u.text for u in units if u.kind == "chrome"]
    per_page = math.ceil(len(groups) / 3) if chrome else len(groups)
    chunks = [groups[i : i + per_page] for i in range(0, len(groups), per_page)]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        page, y = Page(), 740.0
        for group in chunk:
            first = group[0]
            lines = [w for line in first.lines for w in textwrap.wrap(line, 66)]
            page.lines(72, y, lines, bold=first.kind == "heading")
            y -= 13 * len(lines) + 20  # paragraph spacing: wider than the line pitch
        for text in chrome:
            page.text(72, 40, re.sub(r"Page 1 of \d+", f"Page {number} of {len(chunks)}", text))
        pages.append(page)
    path.write_bytes(make_pdf(pages))


WRITERS: dict[str, Callable[[list[Unit], Path], None]] = {
    "txt": write_txt,
    "docx": write_docx,
    "html": write_html,
    "pdf": write_pdf,
}


def locate(text: str, unit: Unit, pos: int) -> tuple[int, int]:
    """Where the unit's words are in the text, from `pos` on, whatever the spacing between them."""
    words = unit.text.split()
    found = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, pos)
    assert found is not None, f"{unit.text!r} not found in the text as read:\n{text[pos:]}"
    return found.start(), found.end()


def check(variant: Variant, fmt: str, folder: Path, spans_of: Callable[[str], list[Span]]) -> None:
    """Write the variant as `fmt`, read it, and compare every block with the spans found."""
    units = parse(variant)
    path = folder / f"{variant.id}.{fmt}"
    WRITERS[fmt](units, path)
    text = read(path).text
    spans = spans_of(text)
    hidden = bytearray(len(text))
    for span in spans:
        hidden[span.start : span.end] = b"\x01" * (span.end - span.start)
    wrong, pos = [], 0
    for unit in units:
        if unit.kind == "chrome":
            continue
        start, end = locate(text, unit, pos)
        pos = end
        marks = {hidden[i] for i in range(start, end) if not text[i].isspace()}
        if marks != {1 if unit.restricted else 0}:
            wrong.append(("should be restricted: " if unit.restricted else "should be public: ") + unit.text)
    reasons = "\n".join(f"  [{s.start}:{s.end}] {s.reason}" for s in spans)
    assert not wrong, f"{variant.why}\n" + "\n".join(wrong) + f"\nspans:\n{reasons}\ntext:\n{text}"
    if variant.whole:
        assert [(s.start, s.end) for s in spans] == [(0, len(text))], reasons
    assert all(s.reason for s in spans)


CASES = [pytest.param(v, f, id=f"{v.id}-{f}") for v in VARIANTS for f in v.formats]


@pytest.mark.parametrize(("variant", "fmt"), CASES)
def test_marking_variant(variant: Variant, fmt: str, tmp_path: Path) -> None:
    check(variant, fmt, tmp_path, exempt_spans)


def test_the_corpus_is_broad():
    """At least 30 ways of marking, through every reader, with the issue's two findings among them."""
    assert len(VARIANTS) >= 30 and len({v.id for v in VARIANTS}) == len(VARIANTS)
    assert {"txt", "docx", "html", "pdf"} <= {f for v in VARIANTS for f in v.formats}
    assert {"wrapped-part-1-of-schedule-12a", "item-part-ii-schedule-paragraph"} <= {v.id for v in VARIANTS}


# -- reasons, and when the grammar is unsure ---------------------------------------------------------


def test_each_span_says_why_and_quotes_its_heading():
    heading = "ITEM 7 – EXEMPT – Estates disposal (paragraph 3)"
    text = f"1. Minutes\n\nAgreed.\n\n{heading}\n\nSold.\n\nPART I\n\n8. AOB\n"
    [span] = exempt_spans(text)
    assert span.certain
    assert "exempt item (Schedule 12A paragraph 3)" in span.reason
    assert f"“{heading}”" in span.reason


def test_a_section_without_an_end_runs_to_the_end_and_is_unsure():
    text = "1. Minutes\n\nAgreed.\n\n7. PART II – EXEMPT ITEM\n\nSold.\n\n8. Any other business\n\nNone."
    [span] = exempt_spans(text)
    assert (span.start, span.end) == (text.index("7. PART II"), len(text))
    assert not span.certain and "no end found" in span.reason


def test_a_mention_is_unsure_and_a_heading_is_certain():
    mention = "4. Custody\n\nThe report contained exempt information.\n\n5. AOB\n\nNone."
    [span] = exempt_spans(mention)
    assert not span.certain and mention[span.start : span.end].startswith("The report contained")


def test_a_long_heading_is_quoted_shortened():
    heading = "PART II – Disposal of the former divisional headquarters at Harbour Road with its land"
    [span] = exempt_spans(heading + " and buildings")
    assert f"“{heading} an…”" in span.reason


# -- running headers and footers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
        ("Official Sensitive – Commercial", "OFFICIAL-SENSITIVE"),
        ("Minutes 05/12/23 – OFFICIAL-SENSITIVE      Page 2 of 3", "OFFICIAL-SENSITIVE"),
        ("RESTRICTED      Page 4", "RESTRICTED"),
        ("Private and confidential", "Private and confidential"),
        ("OFFICIAL", None),
        ("Accountability and Scrutiny Meeting notes – 05/12/23 – OFFICIAL      Page 1 of 3", None),
        ("Restricted duties policy review", None),
        ("Private hire licensing", None),
    ],
)
def test_running_marking(line: str, marking: str | None):
    assert running_marking(line) == marking


# -- linear time --------------------------------------------------------------------------------------


def test_time_is_linear_in_the_text():
    """Text built to make a backtracking rule slow: one huge line of marking words, thousands of
    markings, starts and ends on short lines. Reading 4x the text takes about 4x the time."""
    chunk = (
        "exempt public part 2 of confidential private paragraph " * 2000
        + "\n"
        + "\n".join(
            f"{i}. PART II – EXEMPT ITEM\nOFFICIAL-SENSITIVE\nThe report is exempt.\nAppendix B is exempt.\n"
            f"Part 1 of Schedule 12A\nPART I\nOFFICIAL\n| a\tb\texempt\n"
            for i in range(2000)
        )
    )

    def seconds(text: str) -> float:
        began = time.perf_counter()
        exempt_spans(text)
        return time.perf_counter() - began

    small, large = seconds(chunk), seconds(chunk * 4)
    assert large < 10 * small + 0.5, (small, large)
