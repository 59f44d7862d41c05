"""What the corpora's build scripts share: Word tables and paragraphs set as clerks set them, and the
writing of only the papers that are missing (a Word file saved again differs in its bytes, and each gold
file names the sha256 of the bytes it was written for)."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def ruled_table(doc: docx.document.Document, rows: list[list[str]]) -> None:
    """A ruled Word table whose first row is its header, in bold."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def word_field(run, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) inside `run`."""
    begin, text, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def paragraph(doc: docx.document.Document, text: str, bold: bool = False, size: int | None = None) -> None:
    """A paragraph of one run, bold or in a larger size as a heading typed by hand is."""
    run = doc.add_paragraph().add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def write_missing(papers: dict[str, Callable[[Path], None]], folder: Path) -> None:
    """Writes each paper of `papers` that `folder` does not hold yet."""
    for name, build in papers.items():
        path = folder / name
        if not path.exists():
            build(path)
            print("wrote", name)


CHROMIUM = "/usr/bin/chromium"
SOFFICE = "/usr/bin/soffice"


def libreoffice_pdf(doc: docx.document.Document) -> bytes:
    """The Word document saved and printed to PDF by LibreOffice, as a clerk's "Save as PDF" does (a profile of its
    own, so that a running LibreOffice does not hold the conversion up)."""
    with tempfile.TemporaryDirectory(prefix="paper-") as tmp:
        src = Path(tmp) / "minutes.docx"
        doc.save(src)
        subprocess.run(
            [
                SOFFICE,
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
                *("--convert-to", "pdf", "--outdir", tmp, str(src)),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(tmp) / "minutes.pdf").read_bytes()


def chromium_pdf(html: str) -> bytes:
    """The page printed to PDF by headless Chromium, with no browser header or footer, as a web page is saved."""
    with tempfile.TemporaryDirectory(prefix="paper-") as tmp:
        src, out = Path(tmp) / "paper.html", Path(tmp) / "paper.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                f"--print-to-pdf={out}",
                "--no-pdf-header-footer",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return out.read_bytes()


def html_page(title: str, css: str, body: str, lang: str = "en") -> str:
    """A paper's web page: its title, its style sheet and its body, ready to print."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{css}</style></head><body>\n{body}\n</body></html>\n"
    )


def page_css(head: str, foot: str, font: str, size: str = "10.5pt") -> str:
    """An A4 page for Chromium to print: a running head at the top right, the foot and page number centred below,
    the body's type, headings and ruled tables (the edge and wide sets' papers)."""
    return f"""
    @page {{
      size: A4; margin: 18mm 17mm 20mm 17mm;
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #555; }}
      @bottom-center {{ content: "{foot}" counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.35; color: #111; }}
    h1 {{ font-size: 15pt; margin: 0 0 4pt 0; }}
    h2 {{ font-size: 12pt; margin: 12pt 0 4pt 0; }}
    h3 {{ font-size: 10.5pt; margin: 10pt 0 3pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 5pt 0 9pt 0; }}
    th, td {{ border: 0.5pt solid #333; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; text-align: left; }}
    th {{ background: #e6e6e6; }}
    """
