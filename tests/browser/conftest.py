"""Fixtures for the browser tests: a store of the samples plus one paper with a Part II item,
an editor, the dashboard served by uvicorn on a free loopback port, and Debian's Chromium
driven by Playwright (no browser is downloaded: `executable_path` is the system's Chromium).

The store, the server and the browser last for this package only (scope "package"), so that no
child process of Playwright's outlives it into the other tests (tests/test_bad_input.py checks
that the process has no children left).

Without Chromium or Playwright the browser tests skip with the reason; under CI (CI=true) they
fail instead, so CI can never pass by silently skipping them (`.ci/chromium` installs the browser).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .support import (
    CHROMIUM_ARGS,
    EDITOR,
    EDITOR_PASSWORD,
    PAPER,
    PAPER_NAME,
    PUBLIC_ACTION,
    RESTRICTED_ACTION,
    SAMPLES,
    Site,
    chromium_path,
    fail_without_browser,
)

# --- the store and the server ----------------------------------------------------------------


def _build_store(folder: Path) -> str:
    from scrutiny.cli.files import find_documents
    from scrutiny.store.batch import ingest_paths
    from scrutiny.store.db import connect

    papers = folder / "papers"
    papers.mkdir()
    (papers / PAPER_NAME).write_text(PAPER, encoding="utf-8")
    paths = [p for p in find_documents(SAMPLES) if not p.name.upper().startswith("README.")]
    url = f"sqlite:///{folder / 'store.db'}"
    engine = connect(url)
    summary = ingest_paths(engine, [*paths, papers / PAPER_NAME], workers=2)
    assert not summary.failures, summary.failures
    _add_editor(url)
    engine.dispose()
    return url


def _add_editor(url: str) -> None:
    """The editor the tests sign in as, made as `scrutiny user add` makes one."""
    from scrutiny.store import users
    from scrutiny.store.db import connect, session_scope

    engine = connect(url)
    with session_scope(engine, write=True) as session:
        users.add_user(session, EDITOR, EDITOR_PASSWORD, role="editor")
    engine.dispose()


def _known_ids(url: str) -> dict[str, int]:
    """Ids of the records each page test opens: the planted actions, and a sample's meeting,
    document, body and person that have something to show."""
    from sqlalchemy import func, select

    from scrutiny.store import models as m
    from scrutiny.store.db import connect, session_scope

    engine = connect(url)
    ids: dict[str, int] = {}
    with session_scope(engine) as session:

        def action(words: str) -> m.Action:
            return session.scalars(select(m.Action).where(m.Action.text.contains(words))).one()

        restricted, public = action(RESTRICTED_ACTION), action(PUBLIC_ACTION)
        assert restricted.restricted and not public.restricted
        owner = next((o.person_id for o in restricted.owners if o.person_id is not None), None)
        assert owner is not None, "the Part II action's owner (AT) was not resolved to a person"
        ids["restricted_owner"] = owner
        ids.update(
            restricted_action=restricted.id,
            public_action=public.id,
            paper=public.document_id,
            paper_meeting=public.meeting_id,
            paper_body=public.meeting.body_id,
        )
        # the sample meeting with the most actions, and its body, document and a resolved owner
        busiest = session.execute(
            select(m.Action.meeting_id, func.count())
            .where(m.Action.restricted.is_(False), m.Action.document_id != public.document_id)
            .group_by(m.Action.meeting_id)
            .order_by(func.count().desc(), m.Action.meeting_id)
            .limit(1)
        ).one()[0]
        meeting = session.get(m.Meeting, busiest)
        ids.update(meeting=meeting.id, document=meeting.document_id, body=meeting.body_id)
        person = session.scalars(
            select(m.ActionOwner.person_id)
            .join(m.Action, m.Action.id == m.ActionOwner.action_id)
            .where(m.ActionOwner.person_id.is_not(None), m.Action.restricted.is_(False))
            .order_by(m.ActionOwner.id)
            .limit(1)
        ).first()
        assert person is not None, "no action owner was resolved to a person in the samples"
        ids["person"] = person
    engine.dispose()
    return ids


@pytest.fixture(scope="package")
def site(tmp_path_factory) -> Iterator[Site]:
    """The dashboard over the store, served by uvicorn in a background thread on 127.0.0.1."""
    import uvicorn

    from scrutiny.web.app import create_app

    database_url = _build_store(tmp_path_factory.mktemp("browser"))
    ids = _known_ids(database_url)
    app = create_app(database_url, secret="browser-tests-" + "x" * 32, https_only=False)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield Site(url=f"http://127.0.0.1:{port}", database_url=database_url, ids=ids)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.engine.dispose()


# --- the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser():
    fail_without_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(site, browser):
    """A fresh browser context (no cookies): an anonymous visitor until a test signs in."""
    ctx = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    ctx.set_default_timeout(10_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()
