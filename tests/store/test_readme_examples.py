"""The README's example of the register finds what it promises in the bundled samples."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from scrutiny.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_the_overdue_owner_example_finds_actions(samples_engine):
    example = re.search(r"`scrutiny actions (--overdue --owner \S+)`", README)
    assert example, "the README has no `scrutiny actions --overdue --owner …` example"
    url = samples_engine.url.render_as_string(hide_password=False)
    args = example.group(1).split()
    result = CliRunner().invoke(app, ["actions", *args, "--format", "json", "--database", url])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(row["overdue"] for row in rows), (
        f"`scrutiny actions {example.group(1)}` finds nothing"
    )
