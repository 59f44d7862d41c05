"""The Atom feed of a body's new actions and decisions: valid Atom 1.0, restricted never in it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope

from .helpers import SECRETS, build_store, client, sign_in

NS = {"a": "http://www.w3.org/2005/Atom"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    url, _ = build_store(tmp_path_factory.mktemp("feeds"))
    engine = connect(url)
    with session_scope(engine) as session:
        bodies = {b.name.lower(): b.id for b in session.scalars(select(m.Body))}
    engine.dispose()
    return url, bodies


def body_id(bodies: dict[str, int], word: str) -> int:
    return next(i for name, i in bodies.items() if word in name)


def parse(response) -> ET.Element:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def test_feed_is_atom_with_the_bodys_public_actions_and_decisions(store):
    url, bodies = store
    panel = body_id(bodies, "panel")
    root = parse(client(url).get(f"/bodies/{panel}/feed.atom"))
    for tag in ("id", "title", "updated"):
        assert (root.findtext(f"a:{tag}", namespaces=NS) or "").strip(), tag
    assert root.findtext("a:id", namespaces=NS).endswith(f"/bodies/{panel}/feed.atom")
    assert "panel" in root.findtext("a:title", namespaces=NS).lower()
    assert root.find("a:author/a:name", NS) is not None
    entries = root.findall("a:entry", NS)
    titles = [e.findtext("a:title", namespaces=NS) for e in entries]
    assert sum(t.startswith("Action:") for t in titles) == 2
    assert sum(t.startswith("Decision:") for t in titles) == 1
    ids = set()
    for e in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert (e.findtext(f"a:{tag}", namespaces=NS) or "").strip(), tag
        assert e.find("a:link", NS).get("href").startswith("https://testserver/")
        ids.add(e.findtext("a:id", namespaces=NS))
    assert len(ids) == len(entries)
    knife = next(
        e for e in entries if "circulate the knife crime report" in e.findtext("a:title", namespaces=NS)
    )
    assert "/actions/" in knife.find("a:link", NS).get("href")
    assert "JB" in knife.findtext("a:summary", namespaces=NS)


def test_restricted_never_in_the_feed_even_signed_in(store):
    url, bodies = store
    panel = body_id(bodies, "panel")
    anonymous = client(url).get(f"/bodies/{panel}/feed.atom")
    signed = client(url)
    sign_in(signed, "ada")
    for response in (anonymous, signed.get(f"/bodies/{panel}/feed.atom")):
        parse(response)
        assert not any(s in response.text for s in SECRETS)


def test_a_body_known_only_from_restricted_papers_has_no_feed(store):
    url, bodies = store
    secret = body_id(bodies, "velmorth")
    response = client(url).get(f"/bodies/{secret}/feed.atom")
    assert response.status_code == 404
    assert not any(s in response.text for s in SECRETS)
    assert client(url).get("/bodies/999999/feed.atom").status_code == 404


def test_feed_of_a_body_with_public_papers_only(store):
    url, bodies = store
    board = body_id(bodies, "board")
    root = parse(client(url).get(f"/bodies/{board}/feed.atom"))
    assert len(root.findall("a:entry", NS)) == 3


def test_the_body_page_links_its_feed(store):
    url, bodies = store
    panel = body_id(bodies, "panel")
    page = client(url).get(f"/bodies/{panel}")
    assert page.status_code == 200 and f'href="/bodies/{panel}/feed.atom"' in page.text
