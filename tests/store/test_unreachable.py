"""A database server that cannot be reached is said in one line: which URL (never its password),
and why, without SQLAlchemy's link or the driver's second line."""

from __future__ import annotations

import os
import socket

import pytest
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.store.db import Unreachable, connect, unreachable_reason

runner = CliRunner()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_is_one_line():
    port = closed_port()
    url = f"postgresql+psycopg://scrutiny:s3cret@127.0.0.1:{port}/scrutiny"
    with pytest.raises(Unreachable) as caught:
        connect(url)
    assert isinstance(caught.value, OperationalError)  # still what SQLAlchemy's callers catch
    text = str(caught.value)
    assert text.startswith(f"cannot connect to the database server at 127.0.0.1:{port}: connection refused")
    assert "\n" not in text and "sqlalche.me" not in text and "s3cret" not in text


@pytest.mark.parametrize("command", [["actions"], ["ingest", "README.md"]])
def test_the_commands_say_the_url_without_the_password(command, tmp_path, monkeypatch):
    port = closed_port()
    url = f"postgresql+psycopg://scrutiny:s3cret@127.0.0.1:{port}/scrutiny"
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*command, "--database", url])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith(f"scrutiny: postgresql+psycopg://scrutiny:***@127.0.0.1:{port}/scrutiny: ")
    assert f"cannot connect to the database server at 127.0.0.1:{port}: connection refused" in line
    assert "s3cret" not in line and "sqlalche.me" not in line and "psycopg.OperationalError" not in line


def test_reasons_from_the_driver():
    url = "postgresql+psycopg://u:p@db.example:6432/x"

    class Fake(Exception):
        pass

    refused = Fake(
        'connection failed: connection to server at "10.0.0.5", port 6432 failed: Connection refused\n'
        "\tIs the server running on that host and accepting TCP/IP connections?"
    )
    assert unreachable_reason(url, refused) == (
        "cannot connect to the database server at db.example:6432: connection refused "
        "(is the server running on that host and accepting TCP/IP connections?)"
    )
    password = Fake(
        'connection failed: connection to server at "10.0.0.5", port 6432 failed: '
        'FATAL:  password authentication failed for user "u"'
    )
    assert unreachable_reason(url, password) == (
        'cannot connect to the database server at db.example:6432: password authentication failed for user "u"'
    )
    assert unreachable_reason("postgresql+psycopg://u@h/x", Fake("failed to resolve host 'h'")) == (
        "cannot connect to the database server at h:5432: failed to resolve host 'h'"
    )


def test_a_wrong_password_on_a_real_server():
    base = os.environ.get("SCRUTINY_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("SCRUTINY_TEST_POSTGRES_URL is not set (CI sets it; .ci/postgres starts a server)")
    from sqlalchemy.engine import make_url

    url = make_url(base).set(password="certainly-not-the-password")
    with pytest.raises(OperationalError) as caught:
        connect(url.render_as_string(hide_password=False))
    text = str(caught.value)
    assert "\n" not in text and "sqlalche.me" not in text and "certainly-not" not in text
    assert text.startswith("cannot connect to the database server at ")
