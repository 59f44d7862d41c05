"""`scrutiny action ID`: one action with its history and sources, and `--set-status`, through the
command line as a user runs it, on SQLite and PostgreSQL. The store holds the January and
February minutes of `test_register_link` (February reports "01/24: Complete")."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from scrutiny import cli
from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope

from .helpers import FEBRUARY, JANUARY, ingest, paper

runner = CliRunner()


@pytest.fixture
def store(engine, db_url, tmp_path):
    ingest(engine, paper(tmp_path, "jan", JANUARY, ""), paper(tmp_path, "feb", FEBRUARY))
    with session_scope(engine) as s:
        ids = dict(s.execute(select(m.Action.ref, m.Action.id)).all())
    return db_url, ids


def run(*args: str):
    return runner.invoke(cli.app, list(args))


def test_an_action_with_its_history_and_sources(store):
    url, ids = store
    result = run("action", str(ids["01/24"]), "--database", url, "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    for expected in (
        f"Action {ids['01/24']}: Performance and Resources Board",
        "meeting of 2024-01-10",
        "provide the monthly overtime forecast",
        "JB: Jane Brown (JB), Chief Finance Officer, OPCC",
        "2024-03-31",
        "no (as of 2024-06-01)",
        "given out at this meeting",
        "matched by ref",
        "confidence 1.00",
        "“01/24: Complete”",
        "jan.txt",
        "feb.txt",
    ):
        assert expected in out, expected


def test_the_json_has_every_field(store):
    url, ids = store
    result = run("action", str(ids["02/24"]), "--database", url, "--format", "json", "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["ref"], data["status"], data["due"], data["overdue"], data["overdue_days"]) == (
        "02/24",
        "in_progress",
        "2024-04-30",
        True,
        32,
    )
    assert data["body"] == "Performance and Resources Board"
    assert data["owners"] == [
        {
            "owner": "IM",
            "person_id": data["owners"][0]["person_id"],
            "name": "Ian Mottram",
            "initials": "IM",
            "role": "Head of Contact Management",
        }
    ]
    assert [(h["date"], h["status"], h["source"], h["document"]) for h in data["history"]] == [
        ("2024-01-10", "open", "extracted", "jan.txt"),
        ("2024-02-14", "in_progress", "update", "feb.txt"),
    ]
    assert data["history"][1]["evidence"] == "02/24: Ongoing" and data["history"][1]["confidence"] == 1.0
    sources = [(x["document"], x["what"]) for x in data["sources"]]
    assert sources == [("jan.txt", "given out"), ("feb.txt", "update")]


def test_set_status_records_a_persons_change(store, monkeypatch):
    url, ids = store
    action_id = str(ids["02/24"])
    result = run(
        "action", action_id, "--database", url, "--set-status", "Complete", "--note", "rota agreed",
        "--by", "j.smith", "--as-of", "2024-03-01", "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "complete" and data["overdue"] is False
    last = data["history"][-1]
    assert (last["date"], last["status"], last["source"], last["actor"], last["note"]) == (
        "2024-03-01",
        "complete",
        "person",
        "j.smith",
        "rota agreed",
    )
    # a note alone, by $USER, today; the table says what was recorded
    monkeypatch.setenv("USER", "a.clerk")
    result = run("action", action_id, "--database", url, "--note", "chased by email")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"Recorded on action {action_id}: a note, by a.clerk")
    assert "person: a.clerk" in result.stdout and "chased by email" in result.stdout
    with session_scope_for(url) as s:
        action = s.get(m.Action, int(action_id))
        assert action.status == "complete"
        people = [(e.source, e.actor) for e in action.events][-2:]
        assert people == [("person", "j.smith"), ("person", "a.clerk")]


@contextmanager
def session_scope_for(url: str):
    engine = connect(url)
    try:
        with session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "args,message",
    [
        (["999999"], "scrutiny: action 999999: no such action"),
        (["999999", "--set-status", "closed"], "scrutiny: action 999999: no such action"),
        (["abc"], "scrutiny: action abc: not an action number"),
        (["{id}", "--set-status", "finished"], "scrutiny: --set-status: unknown status 'finished'"),
        (["{id}", "--as-of", "31/03/2024"], "scrutiny: --as-of: not a date: '31/03/2024'"),
        (["{id}", "--by", "j.smith"], "scrutiny: --by: says who made a change"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(store, args, message):
    url, ids = store
    args = [a.replace("{id}", str(ids["01/24"])) for a in args]
    result = run("action", *args, "--database", url)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    with session_scope_for(url) as s:  # nothing was recorded
        assert not s.scalars(select(m.ActionEvent).where(m.ActionEvent.source == "person")).all()


def test_no_database_is_made_to_show_an_action(tmp_path):
    missing = tmp_path / "nothing.db"
    result = run("action", "1", "--database", f"sqlite:///{missing}")
    assert result.exit_code == 2
    assert "no database here yet" in result.stderr and not missing.exists()
