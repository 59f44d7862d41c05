"""`scrutiny remind`: digests sent to a real local SMTP server (aiosmtpd) and read back; a Part II
action never in them; `--dry-run` prints and sends nothing; addresses from `people-import`/`people-set`."""

from __future__ import annotations

import email
import socket
from email import policy

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.store.batch import write
from scrutiny.store.db import connect
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

PANEL = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Knife crime report

The Panel noted the report on knife crime in the night-time economy.

ACTION: JB to circulate the knife crime report to all members by 31 March 2024

ACTION: JB to publish the stop and search figures by 29 March 2024

ACTION: JB to write to the Chief Constable about response times by 5 April 2024

ACTION: MC to publish the victims' code compliance figures by 30 June 2024

RESOLVED: That the knife crime report be noted.

2. PART II – EXEMPT ITEM

The Panel discussed the Millbrook property sale in private session.

ACTION: JB to brief members on the Millbrook property sale by 2 April 2024
"""

runner = CliRunner()


@pytest.fixture()
def store(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'remind.db'}"
    engine = connect(url)
    path = tmp_path / "panel-2024-03-12.txt"
    path.write_text(PANEL, encoding="utf-8")
    outcome = write(engine, prepare(path), source=str(path))
    assert isinstance(outcome, Outcome), outcome
    engine.dispose()
    return url


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def smtp(monkeypatch):
    inbox = Inbox()
    port = free_port()
    controller = aiosmtpd_controller.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SCRUTINY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SCRUTINY_SMTP_PORT", str(port))
    monkeypatch.setenv("SCRUTINY_SMTP_TLS", "none")
    monkeypatch.setenv("SCRUTINY_MAIL_FROM", "panel@stourland.example")
    for var in ("SCRUTINY_SMTP_USER", "SCRUTINY_SMTP_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    yield inbox
    controller.stop()


def run(*args):
    return runner.invoke(app, list(args))


def test_remind_sends_one_digest_per_owner_with_an_address(store, smtp):
    r = run("people-set", "Jane Brown", "--email", "jane.brown@stourland.example", "--database", store)
    assert r.exit_code == 0, r.output
    r = run("remind", "--as-of", "2024-03-31", "--database", store)
    assert r.exit_code == 0, r.output
    assert len(smtp.envelopes) == 1  # MC has no address
    env = smtp.envelopes[0]
    assert env.rcpt_tos == ["jane.brown@stourland.example"]
    assert env.mail_from == "panel@stourland.example"
    msg = email.message_from_bytes(env.content, policy=policy.default)
    assert msg["To"] == "jane.brown@stourland.example"
    assert "2024-03-31" in msg["Subject"] and "1 overdue" in msg["Subject"]
    body = msg.get_content()
    overdue, rest = body.split("Overdue (1)", 1)[1].split("Due today (1)", 1)
    today, week = rest.split("Due in the next 7 days (1)", 1)
    assert "stop and search" in overdue
    assert "knife crime report" in today
    assert "Chief Constable" in week
    assert "Millbrook" not in body and "victims" not in body


def test_dry_run_prints_and_sends_nothing(store, smtp):
    run("people-set", "JB", "--email", "jane.brown@stourland.example", "--database", store)
    r = run("remind", "--as-of", "2024-03-31", "--dry-run", "--database", store)
    assert r.exit_code == 0, r.output
    assert smtp.envelopes == []
    assert "To: jane.brown@stourland.example" in r.stdout
    assert "Chief Constable" in r.stdout and "Millbrook" not in r.stdout


def test_people_import_sets_addresses(store, smtp, tmp_path):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "name,initials,role,body,email\n"
        "Margaret Coyle,MC,Police and Crime Commissioner,,pcc@stourland.example\n"
        "Sam New,SN,Clerk,Stourland Police and Crime Panel,sam@stourland.example\n",
        encoding="utf-8",
    )
    r = run("people-import", str(csv_file), "--database", store)
    assert r.exit_code == 0, r.output
    r = run("remind", "--as-of", "2024-06-25", "--database", store)
    assert r.exit_code == 0, r.output
    rcpts = sorted(t for e in smtp.envelopes for t in e.rcpt_tos)
    assert "pcc@stourland.example" in rcpts
    msg = email.message_from_bytes(
        smtp.envelopes[[e.rcpt_tos[0] for e in smtp.envelopes].index("pcc@stourland.example")].content,
        policy=policy.default,
    )
    assert "victims' code" in msg.get_content()


def test_unknown_person_and_bad_settings_stop(store, monkeypatch):
    r = run("people-set", "Nobody Here", "--email", "x@example.org", "--database", store)
    assert r.exit_code == 2
    monkeypatch.setenv("SCRUTINY_SMTP_TLS", "maybe")
    r = run("remind", "--database", store)
    assert r.exit_code == 2


def test_dry_run_prints_each_digest_as_a_person_reads_it(store, smtp):
    run("people-set", "JB", "--email", "jane.brown@stourland.example", "--database", store)
    run("people-set", "MC", "--email", "pcc@stourland.example", "--database", store)
    r = run("remind", "--as-of", "2024-06-25", "--dry-run", "--database", store)
    assert r.exit_code == 0, r.output
    out = r.stdout
    # no MIME: no encoding headers, no quoted-printable soft breaks or escapes, no folded headers
    assert "Content-Transfer-Encoding" not in out and "MIME-Version" not in out
    assert "=\n" not in out and "=E2" not in out and "=3D" not in out
    assert "Subject: Your actions as of 2024-06-25: 0 overdue, 0 due today, 1 due this week\n" in out
    assert "Dear Margaret Coyle," in out
    assert "- publish the victims' code compliance figures (due 2024-06-30; open)" in out.replace(
        "MC to ", ""
    )
    assert out.count("\nTo: ") == 2 and "─" * 72 in out  # one digest after the other, a rule between
    assert "2 reminders not sent (--dry-run)." in r.stderr


def test_no_server_says_where_it_tried_and_why(store, monkeypatch):
    run("people-set", "JB", "--email", "jane.brown@stourland.example", "--database", store)
    monkeypatch.setenv("SCRUTINY_SMTP_HOST", "127.0.0.1")
    monkeypatch.delenv("SCRUTINY_SMTP_PORT", raising=False)
    monkeypatch.setenv("SCRUTINY_SMTP_TLS", "none")
    from scrutiny.outputs.remind import SmtpSettings

    assert SmtpSettings.from_env().address == "127.0.0.1:25"  # the port is never lost
    port = free_port()  # nothing listens there
    monkeypatch.setenv("SCRUTINY_SMTP_PORT", str(port))
    r = run("remind", "--as-of", "2024-03-31", "--database", store)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"scrutiny: SMTP server 127.0.0.1:{port}: cannot send: connection refused")
    assert "SCRUTINY_SMTP_HOST" in lines[0] and "--dry-run" in lines[0]


def test_default_ports():
    from scrutiny.outputs.remind import SmtpSettings

    assert SmtpSettings.from_env({}).address == "localhost:25"
    assert (
        SmtpSettings.from_env({"SCRUTINY_SMTP_TLS": "starttls", "SCRUTINY_SMTP_HOST": "mail.example"}).address
        == "mail.example:587"
    )
    assert SmtpSettings.from_env({"SCRUTINY_SMTP_TLS": "ssl"}).address == "localhost:465"
    assert SmtpSettings.from_env({"SCRUTINY_SMTP_PORT": "2525"}).address == "localhost:2525"


def test_nobody_with_an_address_says_how_to_add_them(store, smtp):
    r = run("remind", "--as-of", "2024-03-31", "--database", store)
    assert r.exit_code == 0, r.output
    assert smtp.envelopes == []
    assert "no one has an e-mail address yet" in r.stderr
    assert "scrutiny people-set NAME --email ADDRESS" in r.stderr and "scrutiny people-import" in r.stderr
    r = run("people-set", "JB", "--email", "jane.brown@stourland.example", "--database", store)
    r = run("remind", "--as-of", "2023-01-01", "--database", store)  # long before anything is due
    assert "none of the 1 person with an e-mail address has a public action" in r.stderr
