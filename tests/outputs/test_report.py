"""`scrutiny report actions`: the actions arising and their status, as DOCX, HTML and Markdown.

A small store is ingested once for the module from three short TXT minutes written here (a panel
with a Part II action; a board, and its next meeting, whose Part II item says an action is under
way); one action is marked complete as a person would. Each format
is then written through the command line and read back with its own reader.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from scrutiny import cli
from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope
from scrutiny.store.events import record_change

PANEL = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Apologies

Apologies were received from Cllr Pat Green.

2. Knife crime report

The Panel noted the report on knife crime & violence in the night-time economy.

ACTION: JB to circulate the knife crime & "county lines" report to all members by 31 March 2024

ACTION: MC to publish the victims' code compliance figures by 30 June 2024

RESOLVED: That the knife crime report be noted.

3. PART II – EXEMPT ITEM

ACTION: JB to brief members on the Millbrook property sale by 15 April 2024
"""

BOARD = """\
STOURLAND PERFORMANCE AND RESOURCES BOARD

Minutes of the meeting held on 10 January 2024 at 14:00, Room G12, Stourland Police Headquarters

Present: Ian Marsh (IM), Margaret Coyle (MC)

1. Contact management

The Board discussed 101 call abandonment.

Action 01/24: IM to provide monthly 101 abandonment rates by hour of day by 29 February 2024.

Action 02/24: MC to review the estates strategy by 31 December 2024.

RESOLVED: That the contact management update be noted.
"""

BOARD_LATER = """\
STOURLAND PERFORMANCE AND RESOURCES BOARD

Minutes of the meeting held on 14 February 2024 at 14:00, Room G12, Stourland Police Headquarters

Present: Ian Marsh (IM), Margaret Coyle (MC)

1. Action Log

The Board reviewed its action log.

2. PART II – EXEMPT ITEM

The Board heard about the Millbrook property sale.

- 02/24: Ongoing, awaiting the Millbrook valuation
"""

KNIFE, VICTIMS, MILLBROOK = "knife crime", "victims' code", "Millbrook"
ABANDONMENT, ESTATES = "abandonment rates", "estates strategy"
AS_OF = "2024-05-01"  # knife crime is 31 days overdue; abandonment was done on 20 February

runner = CliRunner()


def invoke(*args):
    return runner.invoke(cli.app, [str(a) for a in args], env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("report")
    papers = folder / "papers"
    papers.mkdir()
    (papers / "panel-2024-03-12.txt").write_text(PANEL, encoding="utf-8")
    (papers / "board-2024-01-10.txt").write_text(BOARD, encoding="utf-8")
    (papers / "board-2024-02-14.txt").write_text(BOARD_LATER, encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    result = invoke("ingest", papers, "--database", url, "--workers", "1")
    assert result.exit_code == 0, result.stdout + result.stderr
    engine = connect(url)
    with session_scope(engine, write=True) as session:
        action = session.scalars(select(m.Action).where(m.Action.text.contains(ABANDONMENT))).one()
        record_change(
            session, action, "complete", actor="tester", note="Rates published", at=dt.date(2024, 2, 20)
        )
    engine.dispose()
    return url


def report(store: str, tmp_path: Path, fmt: str, *args) -> Path:
    out = tmp_path / f"report.{fmt}"
    result = invoke(
        "report", "actions", "--database", store, "--as-of", AS_OF, "--format", fmt, "--output", out, *args
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    assert out.exists()
    return out


# --- DOCX -----------------------------------------------------------------------------------------


def docx_tables(path: Path) -> list[list[list[str]]]:
    import docx

    document = docx.Document(str(path))
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def test_docx_opens_and_holds_the_rows(store, tmp_path):
    import docx

    path = report(store, tmp_path, "docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == "Actions arising and their status"
    # a heading per meeting, in date order: the board in January, then the panel in March
    meeting_headings = [h for h in headings if "2024" in h]
    assert meeting_headings == [
        "Stourland Performance and Resources Board – 10 January 2024",
        "Stourland Police and Crime Panel – 12 March 2024",
    ]
    summary, board, panel = docx_tables(path)
    assert summary[0] == ["Meeting", "Actions", "Open", "In progress", "Complete/closed", "Overdue"]
    assert summary[1][1:] == ["2", "0", "1", "1", "0"]  # board: estates in progress, abandonment complete
    assert summary[2][1:] == ["2", "2", "0", "0", "1"]  # panel: knife crime overdue, Part II left out
    assert summary[-1] == ["Total", "4", "2", "1", "1", "1"]
    assert board[0] == ["Ref", "Action", "Owner(s)", "Due", "Status", "Latest update"]
    assert len(board) == 3 and len(panel) == 3
    done = next(r for r in board if ABANDONMENT in r[1])
    assert done[0] == "01/24"
    assert done[3] == "2024-02-29"
    assert done[4] == "Complete"
    assert "Rates published" in done[5] and "recorded by tester" in done[5]
    going = next(r for r in board if ESTATES in r[1])
    assert going[4] == "In progress"  # from the February board's Part II item: its status, not its words
    assert going[5] == "2024-02-14: In progress (source: board-2024-02-14.txt)"
    late = next(r for r in panel if KNIFE in r[1])
    assert "OVERDUE – 31 days" in late[4]
    assert late[3] == "2024-03-31"
    assert late[5] == "No update since the meeting"  # TXT minutes have no pages
    assert not any(MILLBROOK in cell for table in (board, panel) for row in table for cell in row)


def test_docx_with_restricted(store, tmp_path):
    path = report(store, tmp_path, "docx", "--include-restricted")
    summary, board, panel = docx_tables(path)
    assert any(MILLBROOK in r[1] for r in panel)
    going = next(r for r in board if ESTATES in r[1])
    assert "awaiting the Millbrook valuation" in going[5]
    assert summary[-1][1] == "5"


# --- HTML -----------------------------------------------------------------------------------------


class Tables(HTMLParser):
    """The text of each table cell, and the text of the whole page."""

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def test_html_parses_escapes_and_prints(store, tmp_path):
    path = report(store, tmp_path, "html")
    source = path.read_text(encoding="utf-8")
    assert "knife crime &amp; &quot;county lines&quot; report" in source
    assert "@media print" in source
    parser = Tables()
    parser.feed(source)
    assert {"table", "thead", "tbody", "th", "td", "h1", "h2"} <= set(parser.tags)
    summary, _, panel = parser.tables
    assert summary[-1] == ["Total", "4", "2", "1", "1", "1"]
    late = next(r for r in panel if KNIFE in r[1])
    assert 'knife crime & "county lines" report' in late[1]
    assert "OVERDUE – 31 days" in late[4]
    assert MILLBROOK not in "".join(parser.text)
    assert MILLBROOK in report(store, tmp_path, "html", "--include-restricted").read_text(encoding="utf-8")


def test_html_escapes_markup_in_the_papers():
    from scrutiny.outputs.report import Report, ReportAction, ReportMeeting, to_html

    action = ReportAction(
        1,
        "A<1>",
        "<script>alert(1)</script>",
        ["O'Brien & Co"],
        "2024-01-01",
        "open",
        True,
        3,
        False,
        "<b>late</b>",
        "x<y>.pdf, p. 2",
    )
    meeting = ReportMeeting(1, "Panel <Board>", dt.date(2024, 1, 1), "m.pdf", [action])
    page = to_html(Report("Title & <more>", dt.date(2024, 1, 4), "Body: Panel", [meeting], False))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>" not in page and "Panel &lt;Board&gt;" in page and "O&#x27;Brien &amp; Co" in page
    parser = Tables()
    parser.feed(page)
    assert parser.tables[1][1][1] == "<script>alert(1)</script>"
    assert "OVERDUE – 3 days" in parser.tables[1][1][4]


# --- Markdown -------------------------------------------------------------------------------------


def test_markdown_has_the_tables(store, tmp_path):
    text = report(store, tmp_path, "md").read_text(encoding="utf-8")
    assert text.startswith("# Actions arising and their status")
    assert "| Meeting | Actions | Open | In progress | Complete/closed | Overdue |" in text
    assert "| Total | 4 | 2 | 1 | 1 | 1 |" in text
    assert "| Ref | Action | Owner(s) | Due | Status | Latest update |" in text
    assert text.index("10 January 2024") < text.index("12 March 2024", text.index("## Stourland"))
    late = next(line for line in text.splitlines() if KNIFE in line and line.startswith("|"))
    assert "**OVERDUE – 31 days**" in late
    assert len(late.split(" | ")) == 6  # no stray pipes
    assert MILLBROOK not in text
    assert MILLBROOK in report(store, tmp_path, "md", "--include-restricted").read_text(encoding="utf-8")


# --- choosing -------------------------------------------------------------------------------------


def test_body_and_meeting_dates_narrow_it(store, tmp_path):
    text = report(store, tmp_path, "md", "--body", "panel").read_text(encoding="utf-8")
    assert KNIFE in text and ABANDONMENT not in text
    january = report(store, tmp_path, "md", "--since", "2024-01-01", "--until", "2024-02-01")
    text = january.read_text(encoding="utf-8")
    assert ABANDONMENT in text and KNIFE not in text
    text = report(store, tmp_path, "md", "--body", "no such body").read_text(encoding="utf-8")
    assert "No actions match." in text


def test_bad_input_is_one_line(store, tmp_path):
    out = tmp_path / "r.md"
    result = invoke("report", "actions", "--database", store, "-f", "md", "-o", out, "--since", "March")
    assert result.exit_code == 2
    assert "--since" in result.stderr and "not a date" in result.stderr
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = invoke("report", "actions", "--database", missing, "--format", "md", "--output", out)
    assert result.exit_code == 2 and "no database here yet" in result.stderr
    assert not (tmp_path / "none.db").exists() and not out.exists()


# --- LibreOffice ----------------------------------------------------------------------------------

CONVERTERS = shutil.which("soffice") and shutil.which("pdftoppm")


@pytest.mark.skipif(not CONVERTERS, reason="LibreOffice (soffice) or pdftoppm absent")
def test_docx_converts_in_libreoffice(store, tmp_path):
    path = report(store, tmp_path, "docx")
    profile = tmp_path / "lo-profile"  # its own profile: no clash with a LibreOffice already running
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    pages = list(tmp_path.glob("page*.png"))
    assert pages and pages[0].read_bytes().startswith(b"\x89PNG")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "OVERDUE" in text and MILLBROOK not in text
