"""A layer check: the web runs no SQL of its own. Every read of the store is a function of
`store.queries` (where `store.visibility`'s rule is applied) and every change a person makes
one of `store.edits` (of a user or a session, `store.users`), so that the CLI, the outputs and
the web read and change the store alike."""

from __future__ import annotations

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "scrutiny" / "web"

SQL = re.compile(
    r"(?<![\w.])(select|insert|update|delete|text|exists|union)\("  # a statement or clause built here
    r"|\.execute\(|\.where\("  # one run, or narrowed, here
    r"|^from sqlalchemy(\.sql|\.dialects)?[\w.]* import",  # anything of SQLAlchemy but the Session, Engine
    re.MULTILINE,
)
ALLOWED = re.compile(r"^from sqlalchemy(\.orm)? import (Engine|Session)(, (Engine|Session))?$", re.MULTILINE)


def sql_in(path: Path) -> list[str]:
    text = ALLOWED.sub("", path.read_text(encoding="utf-8"))
    return [found.group(0) for found in SQL.finditer(text)]


def test_the_web_runs_no_sql_of_its_own():
    found = {p.relative_to(WEB).as_posix(): sql_in(p) for p in sorted(WEB.rglob("*.py"))}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_check_finds_sql():
    sample = WEB / "pages.py"
    assert sql_in(sample) == []
    assert SQL.search("rows = session.execute(select(m.Action.id))")
    assert SQL.search("from sqlalchemy import func")
    assert not SQL.search("context.update(form=form)")
    assert not SQL.search("render_text(text, hidden)")
