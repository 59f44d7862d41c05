"""A layer check: the faces (cli/, outputs/, web/) run no SQL of their own. Every read of the
store is a function of `store.queries` (where `store.visibility`'s rule is applied) and every
change a person makes one of `store.edits` (of a user or a session, `store.users`), so that the
command line, the outputs and the web read and change the store alike. No file is an exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "scrutiny"
FACES = ("cli", "outputs", "web")

SQL = re.compile(
    r"(?<![\w.])(?<!def )(select|insert|update|delete|text|exists|union)\("  # a statement or clause made here
    r"|\.(execute|scalars?|query|where)\("  # one run, or narrowed, here
    r"|^\s*from sqlalchemy(\.sql|\.dialects)?[\w.]* import",  # anything of SQLAlchemy but what ALLOWED names
    re.MULTILINE,
)
# A session or an engine passed on to the store, and a database URL checked before it is opened.
ALLOWED = re.compile(
    r"^\s*from sqlalchemy(\.orm|\.engine)? import (Engine|Session|make_url)(, (Engine|Session))?$",
    re.MULTILINE,
)


def sql_in(path: Path) -> list[str]:
    text = ALLOWED.sub("", path.read_text(encoding="utf-8"))
    return [found.group(0) for found in SQL.finditer(text)]


@pytest.mark.parametrize("face", FACES)
def test_a_face_runs_no_sql_of_its_own(face):
    folder = PACKAGE / face
    found = {p.relative_to(PACKAGE).as_posix(): sql_in(p) for p in sorted(folder.rglob("*.py"))}
    assert found, f"no modules under {folder}"
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_check_finds_sql():
    assert sql_in(PACKAGE / "web" / "pages.py") == []
    assert sql_in(PACKAGE / "store" / "queries" / "actions.py") != []
    assert SQL.search("rows = session.execute(select(m.Action.id))")
    assert SQL.search("    sources = session.scalars(q).all()")
    assert SQL.search("session.query(m.Action)")
    assert SQL.search("from sqlalchemy import func")
    assert SQL.search("    from sqlalchemy import select")
    assert not ALLOWED.sub("", "    from sqlalchemy.engine import make_url").strip()
    assert not SQL.search("context.update(form=form)")
    assert not SQL.search("    def update(self, *args: Any) -> None:")
    assert not SQL.search("render_text(text, hidden)")
