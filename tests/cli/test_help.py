"""What a person meets before the command does anything: `--help` in plain words (metavars as a
person writes them, a default said once) and a command used wrongly said in one line, exit status 2.

Every command's help is rendered as a terminal shows it and searched for Typer's own notation
(`<bool>`, `<str>`, `<list[Path]>`, `{FILE...}...`, a lower-case `{kind}`), which must never appear.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.cli.common import command_name
from scrutiny.cli.files import is_not_a_paper

runner = CliRunner()


def walk(command, path=()):
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from walk(sub, (*path, name))


COMMANDS = list(walk(typer.main.get_command(app)))


def help_of(*path: str) -> str:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) or "scrutiny" for p in COMMANDS])
def test_help_has_plain_metavars(path):
    text = help_of(*path)
    assert not re.search(r"<[a-z][\w\[\]|, ]*>", text), text  # <bool>, <str>, <list[Path]>, <int range>
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    assert "{" not in usage and "...}..." not in usage, usage  # {FILE...}..., {kind}, {ID}
    for line in text.splitlines():  # a default said in the help is not said again by Typer
        assert not ("(default" in line and "[default:" in line), line


def test_metavars_name_what_goes_there():
    assert re.search(r"Usage: scrutiny extract \[OPTIONS\] FILE\.\.\.\s", help_of("extract"))
    assert re.search(r"Usage: scrutiny export \[OPTIONS\] KIND\s", help_of("export"))
    export = help_of("export")
    assert re.search(r"KIND\s+actions\|meetings\|decisions", export)
    actions = help_of("actions")
    assert re.search(r"--body\s+-b\s+BODY\s", actions)
    assert re.search(r"--format\s+-f\s+table\|csv\|json\s", actions)
    assert re.search(r"--overdue\s+Only actions overdue", actions)  # a flag takes no value: none shown
    assert re.search(r"--help\s+Show this message", actions)
    assert re.search(r"--workers\s+-w\s+N\s", help_of("ingest"))
    assert re.search(r"--out\s+-o\s+DIR\s", help_of("extract"))
    search = help_of("search")
    assert "(default 20)" in search and "[default: 20]" not in search


def usage_error(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "╭" not in lines[0] and "Traceback" not in result.output
    assert result.stdout == ""
    return lines[0]


def test_a_missing_option_is_one_line():
    line = usage_error("report", "actions", "--format", "docx")
    assert line == "scrutiny: report actions needs --output FILE (see scrutiny report actions --help)"


def test_a_bad_choice_is_one_line():
    line = usage_error("report", "actions", "--format", "pdf", "--output", "x.pdf")
    assert (
        line == "scrutiny: --format: 'pdf' is not one of docx, html, md (see scrutiny report actions --help)"
    )
    assert usage_error("actions", "--format", "xml").startswith(
        "scrutiny: --format: 'xml' is not one of table, csv, json"
    )
    assert usage_error("export", "kinds").startswith(
        "scrutiny: KIND: 'kinds' is not one of actions, meetings, decisions"
    )


def test_other_usage_errors_are_one_line():
    assert usage_error("actions", "--bogus").startswith("scrutiny: no such option: --bogus")
    assert usage_error("actions", "--limit", "many").startswith("scrutiny: --limit: ")
    assert usage_error("action") == "scrutiny: action needs ID (see scrutiny action --help)"
    assert (
        usage_error("user", "set-role", "someone")
        == "scrutiny: user set-role needs ROLE (see scrutiny user set-role --help)"
    )
    assert usage_error("frobnicate").startswith("scrutiny: no such command 'frobnicate'")


def test_usage_error_as_a_program():
    """The console script (not only the test runner) says it in one line, status 2."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from scrutiny.cli import app; app()",
            "report",
            "actions",
            "--format",
            "docx",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "scrutiny: report actions needs --output FILE (see scrutiny report actions --help)"
    ]


def test_no_arguments_still_shows_the_help():
    result = runner.invoke(app, ["report"])
    assert "Usage: scrutiny report" in result.output and "actions" in result.output


def test_the_hint_to_run_again_names_a_command_that_runs(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    program = tmp_path / ".venv" / "bin" / "scrutiny"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(program)])
    monkeypatch.setenv("PATH", "/nonexistent")
    assert command_name() == ".venv/bin/scrutiny"  # as bin/demo runs it: no `scrutiny` on PATH
    monkeypatch.setenv("PATH", str(program.parent))
    assert command_name() == "scrutiny"
    monkeypatch.setattr(sys, "argv", ["pytest"])
    assert command_name() == "scrutiny"


# --- a folder ingest leaves the folder's own paperwork out, and says so


@pytest.mark.parametrize(
    "name,paper",
    [
        ("README.md", False),
        ("readme.txt", False),
        ("LICENSE", False),
        ("LICENCE.txt", False),
        ("LICENSE-MIT.md", False),
        ("CHANGELOG.md", False),
        ("CONTRIBUTING.md", False),
        ("minutes-2024-03-12.txt", True),
        ("changes-to-the-precept-2024.pdf", True),
        ("security-briefing-2024.docx", True),
        ("readmeeting-notes.txt", True),
    ],
)
def test_which_files_are_not_papers(name, paper):
    assert is_not_a_paper(Path(name)) is (not paper)


def test_a_folder_ingest_skips_the_readme_and_says_so(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "README.md").write_text(
        "# These papers\n\nThe minutes of the panel, as published.\n", encoding="utf-8"
    )
    (folder / "LICENSE").write_text("Open Government Licence v3.0\n", encoding="utf-8")
    (folder / "LICENSE.txt").write_text("Open Government Licence v3.0\n", encoding="utf-8")
    (folder / "panel-2024-03-12.txt").write_text(
        "STOURLAND POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 12 March 2024\n\n"
        "1. Report\n\nACTION: JB to circulate the report by 31 March 2024\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--database", db, "--timeout", "0"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 document (1 added")
    assert lines[1] == f"  skipped, not papers: {folder / 'LICENSE.txt'}, {folder / 'README.md'}"
    # named on its own, a README is read like any file
    result = runner.invoke(app, ["ingest", str(folder / "README.md"), "--database", db, "--timeout", "0"])
    assert "skipped" not in result.stdout
