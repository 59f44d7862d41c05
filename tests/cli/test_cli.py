"""The command line: JSON that meets the contract, tables for people, batches into --out, `read`, `demo`.

Documents are written by the tests themselves (a short TXT minutes, a DOCX made with
python-docx), so nothing here depends on how good the extraction is: only on its shape.
The schema is read from ../shared beside the repository; tests needing it skip without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny import __version__
from scrutiny.cli import app, files
from scrutiny.cli import extract as extract_cli
from scrutiny.cli.common import DEFAULT_TIMEOUT
from scrutiny.document import DocumentBuilder, UnreadableDocument
from scrutiny.extract import extract
from scrutiny.readers import read

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT.parent / "shared" / "schema" / "extraction.schema.json"

MINUTES = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair), Margaret Coyle, Police and Crime Commissioner

1. Apologies

Apologies were received from Cllr Pat Green.

2. Performance report

The Panel noted the report [Q3 position].

ACTION: JB to circulate the report by 31 March 2024

RESOLVED: That the report be noted.
"""

runner = CliRunner()


def invoke(*args: str, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def reader_ready(path: Path) -> None:
    """Skip while the reader for this format is still the skeleton's stub."""
    try:
        read(path)
    except UnreadableDocument as exc:
        if "no reader" in exc.reason:
            pytest.skip(f"reader not written yet: {exc.reason}")


@pytest.fixture
def minutes_txt(tmp_path: Path) -> Path:
    path = tmp_path / "panel-2024-03-12.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


@pytest.fixture
def minutes_docx(tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Performance and Resources Board", level=1)
    d.add_paragraph("Minutes of the meeting held on 14 February 2024, Room G12")
    table = d.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Owner", "Due"]):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text, row[2].text, row[3].text = (
        "01/24",
        "Provide the 101 abandonment rates",
        "IM",
        "March 24",
    )
    row[1].add_paragraph("by hour of day")
    path = tmp_path / "board-2024-02-14.docx"
    d.save(path)
    return path


@pytest.fixture
def schema() -> dict:
    if not SCHEMA.is_file():
        pytest.skip(f"no schema at {SCHEMA} (../shared is not beside this checkout)")
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def validate(record: dict, schema: dict) -> None:
    import jsonschema

    jsonschema.validate(record, schema, cls=jsonschema.Draft202012Validator)


def fake_read(path: str):
    """A stand-in reader: one paragraph per non-blank line of a text file."""
    raw = Path(path).read_bytes()
    b = DocumentBuilder(Path(path).name, hashlib.sha256(raw).hexdigest(), "txt")
    for line in raw.decode("utf-8").splitlines():
        b.add("paragraph", line)
    return b.finish()


# --- options -------------------------------------------------------------------------------


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"scrutiny {__version__}"


def test_help_lists_commands():
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("extract", "read", "demo"):
        assert command in result.stdout


# --- extract --format json -----------------------------------------------------------------


def test_json_is_the_record_and_validates(minutes_txt, schema):
    reader_ready(minutes_txt)
    result = invoke("extract", minutes_txt, "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate(record, schema)
    assert record == json.loads(json.dumps(extract(read(minutes_txt)).to_dict()))
    assert record["source"] == {
        "name": minutes_txt.name,
        "sha256": hashlib.sha256(minutes_txt.read_bytes()).hexdigest(),
        "format": "txt",
    }
    assert result.stderr == ""


def test_json_is_the_default_format_and_keeps_unicode(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_cli, "read", fake_read)
    path = tmp_path / "café-minutes.txt"
    path.write_text(
        "Police and Crime Panel – minutes\nACTION: JB to circulate the report by 31 March 2024\n",
        encoding="utf-8",
    )
    result = invoke("extract", path)
    assert result.exit_code == 0, result.stderr
    assert '"café-minutes.txt"' in result.stdout  # ensure_ascii=False
    assert result.stdout.startswith('{\n  "schema": "scrutiny.extraction/1"')  # indent 2
    record = json.loads(result.stdout)
    assert record["source"]["format"] == "txt"


def test_json_validates_with_a_stand_in_reader(minutes_txt, schema, monkeypatch):
    """The CLI's own path (fork, pickle, print) keeps the record intact, whatever the readers do."""
    monkeypatch.setattr(extract_cli, "read", fake_read)
    result = invoke("extract", minutes_txt)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate(record, schema)
    assert record == json.loads(json.dumps(extract(fake_read(str(minutes_txt))).to_dict()))


def test_action_marker_is_found_once_the_extractor_handles_it(minutes_txt):
    reader_ready(minutes_txt)
    result = invoke("extract", minutes_txt)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    actions = [a for m in record["meetings"] for a in m["actions"]]
    for action in actions:
        assert isinstance(action["text"], str) and isinstance(action["owners"], list)
    if not actions:
        pytest.skip("the extractor finds no action in 'ACTION: JB to …' yet")
    assert any("circulate" in a["text"] for a in actions)


def test_docx_json_validates(minutes_docx, schema):
    reader_ready(minutes_docx)
    result = invoke("extract", minutes_docx)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate(record, schema)
    assert record["source"]["format"] == "docx"
    assert record["source"]["name"] == minutes_docx.name


# --- extract --format table ----------------------------------------------------------------


def test_table_renders(minutes_txt):
    reader_ready(minutes_txt)
    result = invoke("extract", minutes_txt, "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert minutes_txt.name in result.stdout
    assert "Traceback" not in result.output


def test_table_shows_every_part_of_a_record_without_markup():
    from rich.console import Console

    from scrutiny.cli.show import record_renderable

    record = {
        "schema": "scrutiny.extraction/1",
        "source": {"name": "m.pdf", "sha256": "0" * 64, "format": "pdf"},
        "meetings": [
            {
                "body": "Performance and Resources Board",
                "organisation": "OPCC for Stourland",
                "date": "2024-02-14",
                "start_time": "10:00",
                "venue": "Room G12",
                "attendees": [
                    {"name": "Margaret Coyle", "role": "PCC", "initials": "MC", "attendance": "present"}
                ],
                "items": [{"number": "3", "title": "Estates [bold]update[/bold]"}],
                "actions": [
                    {
                        "ref": "03/24",
                        "item": "3",
                        "text": "Options appraisal for Canal Street",
                        "owners": ["LG", "SW"],
                        "due": "2024-06",
                        "due_text": "P&R June",
                        "status": "open",
                    }
                ],
                "decisions": [{"item": "4", "text": "That the virement be approved"}],
                "action_updates": [{"ref": "14/23", "text": "Deferred to April", "status": "deferred"}],
            }
        ],
        "forward_plan": [{"date": "2024-03-13", "body": "P&R Board", "title": "Reserves strategy"}],
    }
    console = Console(width=200, record=True)
    console.print(record_renderable(record))
    text = console.export_text()
    for expected in (
        "Performance and Resources Board",
        "OPCC for Stourland",
        "2024-02-14",
        "10:00",
        "Room G12",
        "Margaret Coyle",
        "Estates [bold]update[/bold]",
        "03/24",
        "Options appraisal",
        "LG, SW",
        "2024-06",
        "P&R June",
        "That the virement be approved",
        "14/23",
        "deferred",
        "Reserves strategy",
        "Attendees",
        "Items",
        "Actions",
        "Decisions",
        "Forward plan",
    ):
        assert expected in text, expected


# --- extract --out -------------------------------------------------------------------------


def test_out_writes_one_json_per_document_of_a_folder(tmp_path, minutes_txt, minutes_docx, monkeypatch):
    monkeypatch.setattr(extract_cli, "read", fake_read)
    folder = tmp_path / "papers"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_text(MINUTES)
    (folder / "2024" / "b.md").write_text(MINUTES)
    (folder / "notes.json").write_text("{}")  # not a document
    (folder / ".hidden.txt").write_text(MINUTES)
    out = tmp_path / "out"
    result = invoke("extract", folder, "--out", out)
    assert result.exit_code == 0, result.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["2024/b.json", "a.json"]
    assert json.loads((out / "a.json").read_text())["source"]["name"] == "a.txt"
    assert "2 written" in result.stderr


def test_out_with_several_files_and_the_same_stem(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_cli, "read", fake_read)
    a, b = tmp_path / "minutes.txt", tmp_path / "minutes.md"
    a.write_text(MINUTES)
    b.write_text(MINUTES)
    out = tmp_path / "out"
    result = invoke("extract", a, b, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["minutes.json", "minutes.md.json"]


def test_out_real_readers(tmp_path, minutes_txt, minutes_docx, schema):
    reader_ready(minutes_txt)
    reader_ready(minutes_docx)
    out = tmp_path / "out"
    result = invoke("extract", minutes_txt, minutes_docx, "--out", out)
    assert result.exit_code == 0, result.stderr
    for stem in (minutes_txt.stem, minutes_docx.stem):
        validate(json.loads((out / f"{stem}.json").read_text()), schema)


def test_single_file_with_out_writes_and_prints_nothing(tmp_path, minutes_txt, monkeypatch):
    monkeypatch.setattr(extract_cli, "read", fake_read)
    out = tmp_path / "out"
    result = invoke("extract", minutes_txt, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert (out / f"{minutes_txt.stem}.json").is_file()
    assert result.stdout == ""


def test_several_files_need_out(tmp_path, minutes_txt):
    other = tmp_path / "other.txt"
    other.write_text(MINUTES)
    result = invoke("extract", minutes_txt, other)
    assert result.exit_code == 2
    assert "--out" in result.stderr
    assert result.stdout == ""


def test_a_folder_needs_out(tmp_path, minutes_txt):
    result = invoke("extract", tmp_path)
    assert result.exit_code == 2
    assert "--out" in result.stderr


# --- read ----------------------------------------------------------------------------------


def test_read_shows_blocks_with_kind_and_page(minutes_txt):
    reader_ready(minutes_txt)
    result = invoke("read", minutes_txt)
    assert result.exit_code == 0, result.stderr
    assert "circulate the report" in result.stdout
    assert any(kind in result.stdout for kind in ("paragraph", "heading", "list_item"))
    assert "p." in result.stdout


def test_read_shows_table_cells(minutes_docx):
    reader_ready(minutes_docx)
    result = invoke("read", minutes_docx)
    assert result.exit_code == 0, result.stderr
    assert "table" in result.stdout
    for text in ("01/24", "abandonment", "by hour of day"):
        assert text in result.stdout


def test_read_with_a_stand_in_reader(minutes_txt, monkeypatch):
    monkeypatch.setattr(extract_cli, "read", fake_read)
    result = invoke("read", minutes_txt)
    assert result.exit_code == 0, result.stderr
    assert "paragraph" in result.stdout
    assert "[Q3 position]" in result.stdout  # document text is not Rich markup


# --- demo ----------------------------------------------------------------------------------


def test_demo_on_a_corpus(tmp_path):
    (tmp_path / "a.txt").write_text(MINUTES)
    (tmp_path / "b.md").write_text(MINUTES)
    (tmp_path / "README.md").write_text(
        "# The samples\n\nACTION: not a paper\n"
    )  # describes, is not a sample
    database = f"sqlite:///{tmp_path / 'demo.db'}"  # the demo's store (tests/cli/test_listings.py has more)
    result = invoke("demo", "--database", database, env={"SCRUTINY_SAMPLES": str(tmp_path)})
    assert result.exit_code == 0, result.stderr
    assert "2 documents" in result.stdout
    assert "action" in result.stdout and "decision" in result.stdout


def test_demo_without_samples(tmp_path):
    result = invoke("demo", env={"SCRUTINY_SAMPLES": str(tmp_path / "none")})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("scrutiny: ")


def test_demo_finds_the_bundled_samples():
    assert files.samples_dir() == ROOT / "samples" or "SCRUTINY_SAMPLES" in os.environ


# --- the installed command -----------------------------------------------------------------


def test_console_script(minutes_txt):
    script = Path(sys.executable).parent / "scrutiny"
    if not script.exists():
        pytest.skip("the scrutiny console script is not installed beside this Python")
    run = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == f"scrutiny {__version__}"


# --- start-up ------------------------------------------------------------------------------

HEAVY = (
    "sqlalchemy",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "rich",
    "rapidfuzz",
    "docx",
    "pypdfium2",
    "scrutiny.store",
    "scrutiny.web",
    "scrutiny.register",
    "scrutiny.readers",
    "scrutiny.extract",
)


def test_starting_the_cli_loads_no_store_web_rich_or_readers():
    """Start-up is paid by every command (bench/extract_speed.py times it): each loads what it uses."""
    code = f"import sys, scrutiny.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == []


def test_extracting_one_document_loads_no_store_or_web(minutes_txt):
    """`scrutiny extract FILE` as a whole process: the readers and extractors, never the store or the web."""
    code = (
        "import sys; from scrutiny.cli import app\n"
        "try:\n    app(['extract', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        f"print(' '.join(m for m in {HEAVY[:6]!r} if m in sys.modules), file=sys.stderr)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(minutes_txt)], capture_output=True, text=True, timeout=60
    )
    assert json.loads(run.stdout)["source"]["name"] == minutes_txt.name
    assert run.stderr.split() == []


# --- `scrutiny extract` read without Typer ------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "a.pdf"],
        ["extract", "a.pdf", "b.txt", "--out", "OUT"],
        ["extract", "-o", "OUT", "a.pdf", "-f", "TABLE", "--timeout", "2.5"],
        ["extract", "a.pdf", "--format", "json", "--timeout", "0"],
    ],
)
def test_a_plain_extract_line_skips_typer(argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SCRUTINY_TIMEOUT", raising=False)
    command = extract_cli.plain_extract(argv)
    assert command is not None
    files, fmt, out, timeout = command.args
    assert files == [Path(a) for a in argv[1:] if a.endswith((".pdf", ".txt"))]
    assert fmt.value == ("table" if "TABLE" in argv else "json")
    assert out == (Path("OUT") if "OUT" in argv else None)
    assert timeout == (float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else DEFAULT_TIMEOUT)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["read", "a.pdf"],
        ["extract"],
        ["extract", "--help"],
        ["extract", "a.pdf", "--out=OUT"],
        ["extract", "a.pdf", "-o", "OUT", "-o", "OUT2"],
        ["extract", "a.pdf", "--format", "yaml"],
        ["extract", "a.pdf", "--timeout", "-1"],
        ["extract", "a.pdf", "--timeout", "1e3"],
        ["extract", "a.pdf", "--out"],
        ["extract", "a.pdf", "--verbose"],
        ["extract", "--", "a.pdf"],
        ["extract", "-"],
        ["extract", ""],
        ["extract", "a.pdf", "--out", "a-file"],
    ],
)
def test_any_other_extract_line_is_left_to_typer(argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-file").write_text("not a folder")
    assert extract_cli.plain_extract(argv) is None


def test_the_timeout_from_the_environment_is_read_as_typer_reads_it(monkeypatch):
    monkeypatch.setenv("SCRUTINY_TIMEOUT", "7")
    assert extract_cli.plain_extract(["extract", "a.pdf"]).args[3] == 7.0
    assert extract_cli.plain_extract(["extract", "a.pdf", "--timeout", "3"]).args[3] == 3.0
    monkeypatch.setenv("SCRUTINY_TIMEOUT", "soon")
    assert extract_cli.plain_extract(["extract", "a.pdf"]) is None


def _as_a_program(args: list[str], typer_reads: bool) -> subprocess.CompletedProcess:
    """`scrutiny ARGS` as its console script runs it (`app()`), or with the arguments handed to Typer."""
    call = "app(sys.argv[1:])" if typer_reads else "app()"
    code = f"import sys; from scrutiny.cli import app; sys.argv[0] = 'scrutiny'; {call}"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


def test_a_plain_extract_does_what_typer_does(minutes_txt, tmp_path):
    missing = tmp_path / "missing.txt"
    for args in (
        ["extract", str(minutes_txt)],
        ["extract", str(minutes_txt), "-f", "table"],
        ["extract", str(minutes_txt), str(missing), "--out", str(tmp_path / "out")],
        ["extract", str(missing)],
        ["extract", str(minutes_txt), str(missing)],
    ):
        plain, typed = _as_a_program(args, typer_reads=False), _as_a_program(args, typer_reads=True)
        assert (plain.returncode, plain.stdout, plain.stderr) == (
            typed.returncode,
            typed.stdout,
            typed.stderr,
        )
    assert plain.returncode == 2 and "use --out DIR" in plain.stderr
