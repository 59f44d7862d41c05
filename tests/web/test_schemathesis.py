"""The API's contract: Schemathesis generates requests from the published OpenAPI document
(`/api/openapi.json`) and checks every answer against it, in-process through the ASGI app.

The store holds the bundled samples plus a paper of our own whose Part II section gives an action
naming `Quorndale` (the word appears nowhere else). Two runs over every operation:

- anonymous: no server error; status codes, content types and bodies as the schema says; input
  the schema forbids refused (4xx); and `Quorndale` in no response;
- signed in as an editor (the session cookie and the CSRF token), so the changes are made and
  restricted records shown, on a copy of the store: a marking lifted there cannot reach the first run.

Deterministic (a fixed seed, derandomized, no example database) and small (a few examples a
phase and operation, some 1,400 requests), so CI runs the same requests each time, in seconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from scrutiny.cli.files import find_documents
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare
from scrutiny.store.users import add_user
from scrutiny.web.app import create_app

from .helpers import BASE, PASSWORD, app_for, client, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SECRET = "Quorndale"
PLANTED = """\
ASHBY POLICE AND CRIME PANEL

Minutes of the meeting held on 9 April 2024 at 10:00, Council Chamber, Ashby

Present: Cllr Nia Lowe (Chair) (NL), Ravi Patel, Police and Crime Commissioner (RP)

1. Road safety

ACTION: RP to publish the road casualty figures by 31 May 2024

2. PART II – EXEMPT ITEM

ACTION: NL to brief members on the Quorndale custody review by 30 April 2024
"""

CONFIG = {
    "seed": 20240409,
    "generation": {"mode": "all", "max-examples": 8, "deterministic": True, "database": "none"},
    "phases": {"stateful": {"enabled": False}},
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


def restricted_stays_hidden(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> None:
    """The planted Part II action never reaches a visitor without a session."""
    assert SECRET not in response.text, f"restricted text in {case.method} {case.formatted_path}"


class Stores(NamedTuple):
    anonymous: str  # the URL of the store the anonymous run reads
    editor: str  # of the copy the editor changes


def _build(path: Path) -> str:
    url = f"sqlite:///{path}"
    planted = path.parent / "ashby-panel-2024-04-09.txt"
    planted.write_text(PLANTED, encoding="utf-8")
    engine = connect(url)
    papers = [p for p in find_documents(SAMPLES) if not p.name.upper().startswith("README.")]
    for paper in [planted, *papers]:
        outcome = write(engine, prepare(paper), source=str(paper))
        assert isinstance(outcome, Outcome), outcome
    with session_scope(engine, write=True) as session:
        add_user(session, "eddie", PASSWORD, "editor")
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> Stores:
    """The samples and the planted paper, ingested once; a copy for the editor."""
    folder = tmp_path_factory.mktemp("contract")
    url = _build(folder / "anonymous.db")
    with closing(sqlite3.connect(folder / "anonymous.db")) as db:
        db.execute("VACUUM INTO ?", (str(folder / "editor.db"),))
    return Stores(url, f"sqlite:///{folder / 'editor.db'}")


@pytest.fixture(scope="module")
def editor_session(stores) -> Iterator[dict]:
    """The editor's session cookie and CSRF header, from signing in through the form."""
    with client(stores.editor) as c:
        csrf = sign_in(c, "eddie")
        yield {"cookies": dict(c.cookies), "headers": {"X-CSRF-Token": csrf}}


def test_the_planted_action_is_stored_and_shown_only_to_the_signed_in(stores, editor_session):
    """What makes `restricted_stays_hidden` worth running: the word is there to be found."""
    with client(stores.anonymous) as anonymous, client(stores.editor) as editor:
        editor.cookies.update(editor_session["cookies"])
        for c, sees in ((editor, True), (anonymous, False)):
            found = c.get("/api/search", params={"q": SECRET}).json()["hits"]
            actions = c.get("/api/actions", params={"body": "ashby", "per_page": 200}).json()["items"]
            assert bool(found) is sees and any(SECRET in a["text"] for a in actions) is sees


# The document as served; the requests go to the app over each store (`app=`), which fixtures
# build when the tests run (`schemathesis.pytest.from_fixture` fails under pytest 9).
SCHEMA = schemathesis.openapi.from_asgi(
    "/api/openapi.json", create_app("sqlite://"), config=schemathesis.Config.from_dict(CONFIG)
)


@SCHEMA.parametrize()
def test_anonymous(case, stores):
    response = case.call(base_url=BASE, app=app_for(stores.anonymous))
    case.validate_response(response, checks=[*CHECKS, restricted_stays_hidden])


@SCHEMA.parametrize()
def test_editor(case, stores, editor_session):
    response = case.call(base_url=BASE, app=app_for(stores.editor), **editor_session)
    case.validate_response(response, checks=CHECKS)
