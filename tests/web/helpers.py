"""A small store for the web's tests, with restricted material planted in it, and clients.

Three papers are ingested through the real pipeline (prepare → write):

- panel minutes whose Part II section holds an action and a decision (the words `SECRETS`
  appear nowhere else);
- board minutes, all public, into whose text, action, decision and venue `SCRIPT`
  (`<script>alert(1)</script>`) is then written directly (the text reader drops tags itself);
- a sensitive report that an editor marked restricted as a whole (`set_document_restricted`):
  its meeting, body, people, action and decision are all restricted.

Users: `vera` (viewer), `eddie` (editor), `ada` (admin); every password is `PASSWORD`.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.edits import set_document_restricted
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare
from scrutiny.store.users import add_user

with warnings.catch_warnings():  # Starlette's notice about httpx; the client works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
SCRIPT = "<script>alert(1)</script>"
BASE = "https://testserver"  # the session cookie is Secure: the client must speak https

# how the sample panel minutes open: the papers of the web tests go on from here
PANEL_OPENING = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Apologies

Apologies were received from Cllr Pat Green.

2. Knife crime report

The Panel noted the report on knife crime in the night-time economy.

ACTION: JB to circulate the knife crime report to all members by 31 March 2024

"""
PANEL = (
    PANEL_OPENING
    + """\
ACTION: MC to publish the victims' code compliance figures by 30 June 2024

RESOLVED: That the knife crime report be noted.

3. PART II – EXEMPT ITEM

The Panel discussed the Millbrook property sale in private session.

ACTION: JB to brief members on the Millbrook property sale by 15 April 2024

RESOLVED: That the Quarrington settlement be approved.
"""
)

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

SENSITIVE = """\
OFFICIAL-SENSITIVE

VELMORTH COVERT TASKING GROUP

Minutes of the meeting held on 5 February 2024 at 09:00, Briefing Room Zanthorpe

Present: Orla Fitzwarren (OF), Dermot Ashcombe (DA)

1. Operation Zephyrine

ACTION: OF to review the Zephyrine informant handling by 31 March 2024

RESOLVED: That Operation Zephyrine continue.
"""

# Words that appear only in restricted material: none may reach a visitor without a session.
SECRETS = (
    "Millbrook",
    "Quarrington",
    "Zephyrine",
    "Velmorth",
    "Zanthorpe",
    "Fitzwarren",
    "Ashcombe",
    "Covert Tasking",
)


@lru_cache(maxsize=8)
def app_for(url: str):
    """One app per store (building one costs more than the requests of a test): each client keeps
    its own cookies, so its own session."""
    from scrutiny.web.app import create_app

    return create_app(url, secret="test-secret-key", https_only=True)


def client(url: str) -> TestClient:
    return TestClient(app_for(url), base_url=BASE, follow_redirects=False)


def build_store(folder: Path) -> tuple[str, dict[str, int]]:
    """The store described above; its URL and the ids of the documents by name."""
    url = f"sqlite:///{folder / 'web.db'}"
    engine = connect(url)
    ids = {}
    for name, text in (
        ("panel-2024-03-12.txt", PANEL),
        ("board-2024-01-10.txt", BOARD),
        ("velmorth-2024-02-05.txt", SENSITIVE),
    ):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        outcome = write(engine, prepare(path), source=str(path))
        assert isinstance(outcome, Outcome), outcome
        ids[name] = outcome.document_id
    with session_scope(engine, write=True) as session:
        board = ids["board-2024-01-10.txt"]
        doc = session.get(m.Document, board)
        doc.text += f"\nA member quoted the web page, which read {SCRIPT} where the chart was.\n"
        for action in session.scalars(select(m.Action).where(m.Action.document_id == board)):
            action.text += f" {SCRIPT}"
        for decision in session.scalars(select(m.Decision).where(m.Decision.document_id == board)):
            decision.text += f" {SCRIPT}"
        for meeting in session.scalars(select(m.Meeting).where(m.Meeting.document_id == board)):
            meeting.venue = f"Room G12 {SCRIPT}"
        session.add(
            m.SearchEntry(
                kind="passage", ref_id=board, document_id=board, page=None, text=f"quoted {SCRIPT} chart"
            )
        )
        set_document_restricted(session, ids["velmorth-2024-02-05.txt"], True)
        add_user(session, "vera", PASSWORD, "viewer")
        add_user(session, "eddie", PASSWORD, "editor")
        add_user(session, "ada", PASSWORD, "admin")
    engine.dispose()
    return url, ids


def token(c: TestClient) -> str:
    """The session's CSRF token (made, with the session cookie, on first use)."""
    r = c.get("/api/session")
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def sign_in(c: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the form, as a browser does; the new session's CSRF token."""
    r = c.post("/sign-in", data={"name": name, "password": password, "csrf_token": token(c), "next": "/"})
    assert r.status_code == 303, (r.status_code, r.text[:500])
    info = c.get("/api/session").json()
    assert info["user"]["name"] == name
    return info["csrf_token"]
