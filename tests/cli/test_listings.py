"""The register's commands: `actions`, `search`, `meetings`, `people`, and `demo` on the samples.

A small store is ingested once for the module from two short TXT minutes written here (a panel
with a Part II item, and a board), and one action is marked complete as a person would; the
tests then read it through the command line, as a user does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from scrutiny.cli import app, serve
from scrutiny.cli.common import parse_statuses
from scrutiny.cli.listing_show import HIGHLIGHT_STYLE, snippet_text
from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope
from scrutiny.store.events import record_change
from scrutiny.store.search import Hit

ROOT = Path(__file__).resolve().parents[2]

PANEL = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Apologies

Apologies were received from Cllr Pat Green.

2. Knife crime report

The Panel noted the report on knife crime in the night-time economy.

ACTION: JB to circulate the knife crime report to all members by 31 March 2024

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

ACTION: IM to provide monthly 101 abandonment rates by hour of day by 29 February 2024

ACTION: MC to review the estates strategy by 31 December 2024

RESOLVED: That the contact management update be noted.
"""

KNIFE, VICTIMS, MILLBROOK = "knife crime report", "victims' code", "Millbrook"
ABANDONMENT, ESTATES = "abandonment rates", "estates strategy"

runner = CliRunner()


def invoke(*args, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200", **(env or {})})


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """The URL of a SQLite store holding the two minutes; the abandonment action is complete."""
    folder = tmp_path_factory.mktemp("register")
    papers = folder / "papers"
    papers.mkdir()
    (papers / "panel-2024-03-12.txt").write_text(PANEL, encoding="utf-8")
    (papers / "board-2024-01-10.txt").write_text(BOARD, encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    result = invoke("ingest", papers, "--database", url, "--workers", "1")
    assert result.exit_code == 0, result.stdout + result.stderr
    engine = connect(url)
    with session_scope(engine, write=True) as session:
        action = session.scalars(select(m.Action).where(m.Action.text.contains(ABANDONMENT))).one()
        record_change(session, action, "complete", actor="tester", at=dt.date(2024, 2, 20))
    engine.dispose()
    return url


def actions(store: str, *args) -> list[dict]:
    result = invoke("actions", "--database", store, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def texts(rows: list[dict]) -> list[str]:
    """Which of the known actions each row is, in order."""
    known = (KNIFE, VICTIMS, MILLBROOK, ABANDONMENT, ESTATES)
    return [next(k for k in known if k in row["text"]) for row in rows]


# --- the register ----------------------------------------------------------------------------


def test_register_is_overdue_first_then_by_due_date(store):
    rows = actions(store, "--as-of", "2024-07-01")
    assert texts(rows) == [KNIFE, VICTIMS, ABANDONMENT, ESTATES]
    assert [r["overdue"] for r in rows] == [True, True, False, False]
    assert [r["days_overdue"] for r in rows] == [92, 1, 0, 0]
    assert rows[2]["status"] == "complete"  # due before the others, but done: never overdue


def test_overdue_as_of_a_day(store):
    assert texts(actions(store, "--overdue", "--as-of", "2024-04-01")) == [KNIFE]
    assert texts(actions(store, "--overdue", "--as-of", "2024-07-01")) == [KNIFE, VICTIMS]
    assert texts(actions(store, "--overdue", "--as-of", "2024-03-01")) == []  # the complete one is not
    assert texts(actions(store, "--overdue", "--as-of", "2025-01-01")) == [KNIFE, VICTIMS, ESTATES]


@pytest.mark.parametrize(
    "args,expected",
    [
        (("--body", "panel"), {KNIFE, VICTIMS}),
        (("--body", "RESOURCES BOARD"), {ABANDONMENT, ESTATES}),
        (("--body", "no such body"), set()),
        (("--owner", "jb"), {KNIFE}),
        (("--owner", "MC"), {VICTIMS, ESTATES}),
        (("--status", "complete"), {ABANDONMENT}),
        (("--status", "open,complete"), {KNIFE, VICTIMS, ABANDONMENT, ESTATES}),
        (("--status", "In progress"), set()),
        (("--due-before", "2024-03-31"), {ABANDONMENT, KNIFE}),
        (("--from", "2024-03-01"), {KNIFE, VICTIMS}),
        (("--to", "2024-01-31"), {ABANDONMENT, ESTATES}),
        (("--owner", "MC", "--from", "2024-02-01", "--to", "2024-12-31"), {VICTIMS}),
    ],
)
def test_filters_narrow_the_register(store, args, expected):
    assert set(texts(actions(store, "--as-of", "2024-07-01", *args))) == expected


def test_limit(store):
    assert texts(actions(store, "--as-of", "2024-07-01", "--limit", "3")) == [KNIFE, VICTIMS, ABANDONMENT]
    assert len(actions(store, "--limit", "0")) == 4


def test_json_carries_the_evidence(store):
    [row] = actions(store, "--owner", "IM")
    assert row["owners"] == ["IM"] and row["due"] == "2024-02-29" and row["meeting_date"] == "2024-01-10"
    assert "Performance and Resources Board" in row["body"] and row["document"] == "board-2024-01-10.txt"
    assert "IM to provide monthly 101 abandonment rates" in row["evidence"]["text"]
    assert row["restricted"] is False


def test_csv_parses(store):
    result = invoke("actions", "--database", store, "--format", "csv", "--as-of", "2024-07-01")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert texts(rows) == [KNIFE, VICTIMS, ABANDONMENT, ESTATES]
    assert rows[0]["overdue"] == "true" and rows[0]["days_overdue"] == "92" and rows[0]["owners"] == "JB"
    assert rows[3]["overdue"] == "false" and rows[3]["due"] == "2024-12-31"
    assert "evidence" not in rows[0]


def test_table_marks_overdue_plainly(store):
    result = invoke("actions", "--database", store, "--as-of", "2024-07-01")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Action register as of 2024-07-01" in out
    assert "92 days" in out and "1 day" in out and out.count("overdue\n") + out.count("overdue ") >= 2
    assert out.index("knife crime") < out.index("victims") < out.index("abandonment") < out.index("estates")
    assert "4 actions, 2 overdue as of 2024-07-01" in out
    assert "1 Part II action not shown" in out
    assert "Millbrook" not in out


def test_table_on_a_narrow_terminal(store):
    result = invoke("actions", "--database", store, "--as-of", "2024-07-01", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    assert all(len(line) <= 80 for line in result.stdout.splitlines()[:-1])
    assert "92 days" in result.stdout and "Stourland Police and Crime Panel" in result.stdout


def test_restricted_actions_are_hidden_by_default(store):
    assert MILLBROOK not in texts(actions(store))
    rows = actions(store, "--include-restricted", "--as-of", "2024-07-01")
    assert texts(rows) == [KNIFE, MILLBROOK, VICTIMS, ABANDONMENT, ESTATES]
    assert [r["restricted"] for r in rows] == [False, True, False, False, False]
    table = invoke("actions", "--database", store, "--include-restricted").stdout
    assert "Millbrook" in table and "[Part II]" in table


# --- search ----------------------------------------------------------------------------------


def test_search_finds_a_phrase_with_highlight(store):
    result = invoke("search", '"knife crime"', "--database", store, "--format", "json")
    assert result.exit_code == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and {"action", "decision"} <= {h["kind"] for h in hits}
    for h in hits:  # the phrase is marked, as one or word by word (SQLite and PostgreSQL differ)
        assert "«knife crime»" in h["snippet"].lower() or "«knife» «crime»" in h["snippet"].lower()
    action = next(h for h in hits if h["kind"] == "action")
    assert "Police and Crime Panel" in action["body"] and action["meeting_date"] == "2024-03-12"
    assert action["document"] == "panel-2024-03-12.txt"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_table(store):
    result = invoke("search", "abandonment", "--database", store)
    assert result.exit_code == 0, result.stderr
    assert "abandonment" in result.stdout and "«" not in result.stdout
    assert "board-2024-01-10.txt" in result.stdout and "hit" in result.stdout
    assert invoke("search", "zebra crossing", "--database", store).stdout.startswith("Nothing matches")


def test_search_leaves_out_part_two(store):
    hidden = json.loads(invoke("search", MILLBROOK, "--database", store, "-f", "json").stdout)
    assert hidden == []
    shown = json.loads(
        invoke("search", MILLBROOK, "--database", store, "-f", "json", "--include-restricted").stdout
    )
    assert shown and all("«Millbrook»" in h["snippet"] for h in shown)


def test_snippet_highlight_style():
    hit = Hit("action", 1, 1, "doc.txt", None, "circulate the «knife» «crime» report [draft]", 1.0)
    text = snippet_text(hit.fragments())
    assert text.plain == "circulate the knife crime report [draft]"
    marked = {text.plain[s.start : s.end] for s in text.spans if s.style == HIGHLIGHT_STYLE}
    assert marked == {"knife", "crime"}


# --- meetings and people ---------------------------------------------------------------------


def test_meetings(store):
    result = invoke("meetings", "--database", store, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["date"] for r in rows] == ["2024-03-12", "2024-01-10"]
    assert (
        "Police and Crime Panel" in rows[0]["body"] and "Performance and Resources Board" in rows[1]["body"]
    )
    assert rows[1]["actions"] == 2 and rows[1]["decisions"] == 1
    assert [
        r["date"]
        for r in json.loads(invoke("meetings", "--database", store, "-f", "json", "--body", "board").stdout)
    ] == ["2024-01-10"]
    assert [
        r["date"]
        for r in json.loads(
            invoke("meetings", "--database", store, "-f", "json", "--from", "2024-02-01").stdout
        )
    ] == ["2024-03-12"]
    assert (
        json.loads(invoke("meetings", "--database", store, "-f", "json", "--to", "2023-12-31").stdout) == []
    )
    table = invoke("meetings", "--database", store).stdout
    assert "Police and Crime Panel" in table and "2 meetings" in table


def test_people(store):
    rows = json.loads(invoke("people", "--database", store, "--format", "json").stdout)
    assert any(r["name"] == "Jane Brown" and r["initials"] == "JB" and r["meetings"] == 1 for r in rows)
    board = json.loads(invoke("people", "--database", store, "-f", "json", "--body", "board").stdout)
    assert board and all("Performance and Resources Board" in r["body"] for r in board)
    assert not any(r["name"] == "Jane Brown" for r in board)
    named = json.loads(invoke("people", "--database", store, "-f", "json", "--name", "marsh").stdout)
    assert [r["initials"] for r in named] == ["IM"]
    assert "Jane Brown" in invoke("people", "--database", store).stdout


# --- errors ------------------------------------------------------------------------------------


def one_line_error(result) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("scrutiny: ")
    return result.stderr


@pytest.mark.parametrize("command", [("actions",), ("search", "knife"), ("meetings",), ("people",)])
def test_a_database_that_does_not_exist_yet(tmp_path, command):
    missing = tmp_path / "nothing.db"
    line = one_line_error(invoke(*command, "--database", f"sqlite:///{missing}"))
    assert "no database here yet" in line and "scrutiny ingest" in line
    assert not missing.exists()  # reading never makes one
    line = one_line_error(invoke(*command, env={"SCRUTINY_DATABASE_URL": f"sqlite:///{missing}"}))
    assert str(missing) in line


def test_an_empty_file_is_not_a_store(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "scrutiny ingest" in one_line_error(invoke("actions", "--database", f"sqlite:///{empty}"))


@pytest.mark.parametrize(
    "args,option",
    [
        (("actions", "--as-of", "2024-13-01"), "--as-of"),
        (("actions", "--due-before", "31/03/2024"), "--due-before"),
        (("actions", "--from", "March"), "--from"),
        (("actions", "--to", "2024-02-30"), "--to"),
        (("meetings", "--from", "yesterday"), "--from"),
    ],
)
def test_bad_dates(store, args, option):
    line = one_line_error(invoke(*args, "--database", store))
    assert line.startswith(f"scrutiny: {option}: not a date: ") and "YYYY-MM-DD" in line


def test_unknown_status(store):
    line = one_line_error(invoke("actions", "--status", "open,finished", "--database", store))
    assert "unknown status 'finished'" in line and "in_progress" in line


def test_status_names():
    assert parse_statuses(["In progress", "in-progress,COMPLETE", "completed", " closed "]) == [
        "in_progress",
        "complete",
        "closed",
    ]


# --- demo --------------------------------------------------------------------------------------


def register_rows(stdout: str) -> list[tuple[int, bool]]:
    """(id, overdue) of each row of the demo's table: a row starts with its id; its status cell
    (the last column) says `overdue` when it is."""
    rows: list[tuple[int, bool]] = []
    for line in stdout.splitlines():
        start = re.match(r"^\s{0,4}(\d+)\s{2,}", line)
        if start:
            rows.append((int(start.group(1)), False))
        elif rows and not line.strip():
            continue
        if rows and re.search(r"\boverdue\s*$", line):
            rows[-1] = (rows[-1][0], True)
    return rows


def test_demo_ingests_the_samples_and_prints_overdue_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = {"SCRUTINY_SAMPLES": str(ROOT / "samples")}
    result = invoke("demo", "--as-of", "2024-06-01", env=env)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "scrutiny-demo.db").exists()  # the default, in the working folder
    rows = register_rows(result.stdout)
    flags = [overdue for _, overdue in rows]
    first_not = flags.index(False)
    assert first_not > 0 and not any(flags[first_not:]), "overdue actions come first"
    summary = re.search(
        r"(\d+) documents, (\d+) meetings, (\d+) actions \((\d+) overdue as of 2024-06-01.*\), (\d+) decisions",
        result.stdout,
    )
    assert summary, result.stdout[-500:]
    assert int(summary.group(4)) == first_not
    assert "scrutiny actions --database sqlite:///scrutiny-demo.db" in result.stdout

    # made anew on each run: the same register, nothing "already stored"
    again = invoke("demo", "--as-of", "2024-06-01", env=env)
    assert again.exit_code == 0, again.stderr
    assert re.search(r"\d+ documents, .*decisions", again.stdout).group(0) == summary.group(0)
    stored = json.loads(
        invoke(
            "actions", "--database", "sqlite:///scrutiny-demo.db", "--as-of", "2024-06-01", "-f", "json"
        ).stdout
    )
    assert [a["id"] for a in stored] == [i for i, _ in register_rows(again.stdout)]  # as `actions` lists it


def test_demo_leaves_another_store_alone(store):
    line = one_line_error(
        invoke("demo", "--database", store, env={"SCRUTINY_SAMPLES": str(ROOT / "samples")})
    )
    assert "holds other documents" in line
    assert len(actions(store)) == 4


def test_demo_serve_hands_the_fresh_store_to_the_server(tmp_path, monkeypatch):
    served = []
    monkeypatch.setattr(serve, "run_server", lambda url, host, port: served.append((url, host, port)))
    db = tmp_path / "d.db"
    result = invoke(
        "demo",
        "--serve",
        "--port",
        "8123",
        "--database",
        f"sqlite:///{db}",
        env={"SCRUTINY_SAMPLES": str(ROOT / "samples")},
    )
    assert result.exit_code == 0, result.stderr
    assert served == [(f"sqlite:///{db}", "127.0.0.1", 8123)] and db.exists()


def test_demo_bad_date(tmp_path):
    one_line_error(invoke("demo", "--as-of", "soon", "--database", f"sqlite:///{tmp_path / 'd.db'}"))


# --- PostgreSQL ----------------------------------------------------------------------------------


def test_the_commands_on_postgresql(tmp_path):
    """The same register and search from a PostgreSQL store (when SCRUTINY_TEST_POSTGRES_URL names one)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    base = os.environ.get("SCRUTINY_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("SCRUTINY_TEST_POSTGRES_URL is not set (CI sets it; .ci/postgres starts a server)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
        assert "no tables yet" in one_line_error(invoke("actions", "--database", url))
        (tmp_path / "panel.txt").write_text(PANEL, encoding="utf-8")
        (tmp_path / "board.txt").write_text(BOARD, encoding="utf-8")
        assert invoke("ingest", tmp_path, "--database", url, "--workers", "1").exit_code == 0
        rows = actions(url, "--as-of", "2024-07-01")
        assert texts(rows) == [ABANDONMENT, KNIFE, VICTIMS, ESTATES]  # nothing marked complete here
        assert [r["overdue"] for r in rows] == [True, True, True, False]
        assert texts(actions(url, "--include-restricted", "--overdue", "--as-of", "2024-04-20")) == [
            ABANDONMENT,
            KNIFE,
            MILLBROOK,
        ]
        hits = json.loads(invoke("search", '"knife crime"', "--database", url, "-f", "json").stdout)
        assert hits and all("«knife" in h["snippet"].lower() for h in hits)
        assert json.loads(invoke("search", MILLBROOK, "--database", url, "-f", "json").stdout) == []
        meetings = json.loads(invoke("meetings", "--database", url, "-f", "json").stdout)
        assert [r["date"] for r in meetings] == ["2024-03-12", "2024-01-10"]
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
