"""The dashboard's index pages (/documents, /bodies, /people) and a document's original file
(/documents/{id}/original), on the web tests' small store (`helpers.build_store`: panel minutes
with a Part II item, public board minutes, a Velmorth paper restricted as a whole).

Each index lists what the viewer may see, with counts, links that resolve and a "showing N of M"
line, a page at a time; anonymous visitors never meet restricted material there. The original
file is served as it was read (same bytes, its type, a Content-Disposition) from where it was
ingested; the public never get the file of a restricted document (404) or of one with Part II
passages (403: the file holds them), and a file moved or changed since is not served (404).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare
from scrutiny.web import pages

from .helpers import SECRETS, build_store, client, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PANEL, BOARD, VELMORTH = "panel-2024-03-12.txt", "board-2024-01-10.txt", "velmorth-2024-02-05.txt"
PANEL_BODY, BOARD_BODY = "Stourland Police and Crime Panel", "Stourland Performance and Resources Board"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("indexes")
    url, ids = build_store(folder)
    return url, ids, folder


@pytest.fixture(scope="module")
def anon(site):
    with client(site[0]) as c:
        yield c


@pytest.fixture(scope="module")
def signed(site):
    with client(site[0]) as c:
        sign_in(c, "vera")
        yield c


def main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def rows(html: str) -> list[str]:
    body = main(html).split('<tbody class="govuk-table__body">', 1)
    return re.findall(r'<tr class="govuk-table__row">(.*?)</tr>', body[1], re.DOTALL) if len(body) > 1 else []


def numbers(row: str) -> list[int]:
    return [int(n) for n in re.findall(r'govuk-table__cell--numeric">(?:<[^>]+>)?(\d+)', row)]


def ids_of(site, model, *conditions) -> list[int]:
    engine = connect(site[0])
    try:
        with session_scope(engine) as session:
            return list(session.scalars(select(model.id).where(*conditions).order_by(model.id)))
    finally:
        engine.dispose()


# --- the index pages ---------------------------------------------------------------------------


def test_the_navigation_leads_to_every_index(anon):
    html = anon.get("/").text
    nav = html[html.index('id="navigation"') : html.index("</ul>", html.index('id="navigation"'))]
    assert re.findall(r'class="govuk-service-navigation__link" href="([^"]+)"', nav) == [
        "/",
        "/actions",
        "/meetings",
        "/bodies",
        "/people",
        "/documents",
        "/search",
        "/sign-in?next=/",
    ]
    for path in ("/bodies", "/people", "/documents"):
        page = anon.get(path).text
        assert re.search(rf'href="{path}" aria-current="page"><strong', page), path
        assert page.count("<h1") == 1 and 'class="govuk-breadcrumbs"' in page
    assert re.search(
        r'href="/people" aria-current="page"', anon.get(f"/people/{ids_of_first_person(anon)}").text
    )


def ids_of_first_person(c) -> int:
    return int(re.search(r'href="/people/(\d+)"', main(c.get("/people").text)).group(1))


def test_documents_lists_the_public_papers_with_their_counts(anon, signed, site):
    _, ids, _ = site
    html = anon.get("/documents").text
    assert "Showing 1 to 2 of 2 documents, the latest read first" in html
    shown = {int(i): row for row in rows(html) for i in re.findall(r'href="/documents/(\d+)"', row)}
    assert set(shown) == {ids[PANEL], ids[BOARD]}
    assert numbers(shown[ids[PANEL]]) == [1, 2]  # a meeting; its two public actions (the Part II one not)
    assert numbers(shown[ids[BOARD]]) == [1, 2]
    assert VELMORTH not in html and not [s for s in SECRETS if s in html]
    seen = signed.get("/documents").text
    assert "of 3 documents" in seen and VELMORTH in seen and "app-restricted" in seen
    signed_rows = {int(i): row for row in rows(seen) for i in re.findall(r'href="/documents/(\d+)"', row)}
    assert numbers(signed_rows[ids[PANEL]]) == [1, 3]
    filtered = anon.get("/documents", params={"name": "board"}).text
    assert "Showing 1 to 1 of 1 document," in filtered and BOARD in filtered and PANEL not in filtered
    assert "No documents match." in anon.get("/documents", params={"name": "velmorth"}).text


def test_bodies_lists_each_body_with_its_meetings_and_actions(anon, signed, site):
    html = anon.get("/bodies").text
    assert "Showing 1 to 2 of 2 bodies, by name" in html
    found = {re.search(r'href="/bodies/\d+">([^<]+)</a>', r).group(1): numbers(r) for r in rows(html)}
    assert list(found) == [BOARD_BODY, PANEL_BODY]
    assert found[PANEL_BODY][:2] == [1, 2]  # meetings, actions the public may see
    assert 'href="/actions?body=Stourland+Police+and+Crime+Panel&amp;overdue=1"' in html
    assert not [s for s in SECRETS if s in html]
    seen = signed.get("/bodies").text
    assert "of 3 bodies" in seen and "Covert Tasking" in seen


def test_people_lists_who_is_named_and_what_they_own(anon, signed):
    html = anon.get("/people").text
    total = int(re.search(r"Showing 1 to \d+ of (\d+) people", html).group(1))
    listed = rows(html)
    assert len(listed) == total and total >= 4
    jane = next(r for r in listed if "Jane Brown" in r)
    assert re.search(r'href="/bodies/\d+">Stourland Police and Crime Panel</a>', jane)
    assert numbers(jane) == [1, 1, 1, 1]  # a meeting; one public action owned, open, overdue
    assert not [s for s in SECRETS if s in html]
    seen = signed.get("/people").text
    assert "Fitzwarren" in seen and "Ashcombe" in seen
    assert numbers(next(r for r in rows(seen) if "Jane Brown" in r)) == [1, 2, 2, 2]  # and the Part II one
    assert "Showing 1 to 1 of 1 person" in anon.get("/people", params={"name": "jane"}).text
    by_body = anon.get("/people", params={"body": "performance"}).text
    assert "Ian Marsh" in by_body and "Jane Brown" not in by_body
    assert "No people match." in anon.get("/people", params={"name": "Fitzwarren"}).text


def test_every_link_of_the_indexes_resolves(anon, signed):
    for c in (anon, signed):
        for path in ("/documents", "/bodies", "/people"):
            hrefs = set(
                re.findall(
                    r'href="(/(?:documents|bodies|people|actions|meetings)[^"#]*)"', main(c.get(path).text)
                )
            )
            assert hrefs, path
            for href in sorted(hrefs):
                r = c.get(href.replace("&amp;", "&"))
                assert r.status_code == 200, (path, href, r.status_code)


def test_long_lists_are_paged(anon, monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    first = anon.get("/documents").text
    assert "Showing 1 to 1 of 2 documents" in first and 'class="govuk-pagination"' in first
    assert 'href="/documents?page=2"' in first
    second = anon.get("/documents?page=2").text
    assert "Showing 2 to 2 of 2 documents" in second and 'rel="prev"' in second
    assert "Showing 2 to 2 of 2 bodies" in anon.get("/bodies?page=2").text
    people = anon.get("/people", params={"body": "stourland", "page": "2"}).text
    assert re.search(r"Showing 2 to 2 of \d+ people", people)
    assert 'href="/people?body=stourland"' in people  # page 1 keeps the filter
    assert "Showing 2 to 2 of 2 documents" in anon.get("/documents?page=99").text  # past the end: the last


# --- the original file --------------------------------------------------------------------------


def test_a_public_papers_original_is_served_as_it_was_read(anon, site):
    _, ids, folder = site
    r = anon.get(f"/documents/{ids[BOARD]}/original")
    assert r.status_code == 200
    assert r.content == (folder / BOARD).read_bytes()
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.headers["content-disposition"] == f"inline; filename=\"{BOARD}\"; filename*=UTF-8''{BOARD}"
    assert r.headers["x-content-type-options"] == "nosniff"
    page = main(anon.get(f"/documents/{ids[BOARD]}").text)
    assert f'href="/documents/{ids[BOARD]}/original">Open the original TXT file</a>' in page
    [action] = ids_of(site, m.Action, m.Action.document_id == ids[BOARD], m.Action.text.contains("101"))
    action_page = main(anon.get(f"/actions/{action}").text)
    assert f'href="/documents/{ids[BOARD]}/original"' in action_page
    assert f'<a class="govuk-link" href="/documents/{ids[BOARD]}">{BOARD}</a>' in action_page


def test_the_original_of_restricted_material_is_refused_to_the_public(anon, signed, site):
    _, ids, folder = site
    withheld = anon.get(f"/documents/{ids[PANEL]}/original")  # public, with a Part II section
    assert withheld.status_code == 403 and "content-disposition" not in withheld.headers
    assert "Only signed-in users may open it" in withheld.text
    assert not [s for s in SECRETS if s in withheld.text]
    page = main(anon.get(f"/documents/{ids[PANEL]}").text)
    assert "/original" not in page and "signed-in users may open it" in page
    [secret_action] = ids_of(site, m.Action, m.Action.text.contains("Millbrook"))
    assert anon.get(f"/actions/{secret_action}").status_code == 404
    hidden = anon.get(f"/documents/{ids[VELMORTH]}/original")  # restricted as a whole
    assert hidden.status_code == 404 and "Page not found" in hidden.text
    assert not [s for s in SECRETS if s in hidden.text]
    for name in (PANEL, VELMORTH):
        r = signed.get(f"/documents/{ids[name]}/original")
        assert r.status_code == 200 and r.content == (folder / name).read_bytes(), name
        assert r.headers["cache-control"] == "no-store"
    assert "Millbrook" in signed.get(f"/documents/{ids[PANEL]}/original").text
    assert f'href="/documents/{ids[PANEL]}/original"' in signed.get(f"/documents/{ids[PANEL]}").text
    assert anon.get("/documents/999999/original").status_code == 404


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A store of a sample PDF and Word file, a text file that is changed after it is read, one
    that is moved away, and one uploaded (which keeps no path)."""
    folder = tmp_path_factory.mktemp("originals")
    url = f"sqlite:///{folder / 'originals.db'}"
    engine = connect(url)
    pdf = next(SAMPLES.glob("wyvernshire-*.pdf"))
    docx = next(SAMPLES.glob("rookvale-*.docx"))
    changed, moved, uploaded = folder / "changed.txt", folder / "moved.txt", folder / "uploaded.txt"
    text = (SAMPLES / "brantwood-strategic-board-notes-2024-10-01.txt").read_text(encoding="utf-8")
    for n, path in enumerate((changed, moved, uploaded)):
        path.write_text(f"{text}\nCopy {n}.\n", encoding="utf-8")
    ids = {}
    for path in (pdf, docx, changed, moved, uploaded):
        source = f"uploaded by eddie: {path.name}" if path == uploaded else str(path)
        outcome = write(engine, prepare(path), source=source)
        assert isinstance(outcome, Outcome), outcome
        ids[path.name] = outcome.document_id
    engine.dispose()
    changed.write_text(text + "\nChanged since.\n", encoding="utf-8")
    moved.rename(folder / "elsewhere.txt")
    with client(url) as c:
        yield c, ids, pdf, docx


def test_a_pdf_opens_in_the_browser_and_a_word_file_is_saved(files):
    c, ids, pdf, docx = files
    r = c.get(f"/documents/{ids[pdf.name]}/original")
    assert r.status_code == 200 and r.content == pdf.read_bytes()
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"].startswith(f'inline; filename="{pdf.name}"')
    r = c.get(f"/documents/{ids[docx.name]}/original")
    assert r.status_code == 200 and r.content == docx.read_bytes()
    assert (
        r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert r.headers["content-disposition"].startswith(f'attachment; filename="{docx.name}"')
    page = main(c.get(f"/documents/{ids[docx.name]}").text)
    assert "Open the original DOCX file</a> (saved to your device)" in page


@pytest.mark.parametrize("name", ["changed.txt", "moved.txt", "uploaded.txt"])
def test_a_file_not_kept_as_it_was_read_is_not_served(files, name):
    c, ids, _, _ = files
    r = c.get(f"/documents/{ids[name]}/original")
    assert r.status_code == 404 and "content-disposition" not in r.headers
    assert "is not kept by the dashboard" in r.text and "Changed since" not in r.text
    page = main(c.get(f"/documents/{ids[name]}").text)
    assert "/original" not in page and "The original file is not kept here" in page


def test_the_file_name_given_is_safe():
    assert (
        pages.content_disposition("inline", "a.pdf") == "inline; filename=\"a.pdf\"; filename*=UTF-8''a.pdf"
    )
    tricky = pages.content_disposition("attachment", 'Café "notes"\r\n/../x.pdf')
    assert tricky == (
        "attachment; filename=\"Caf_ _notes____.._x.pdf\"; filename*=UTF-8''Caf%C3%A9%20%22notes%22___.._x.pdf"
    )
    assert (
        pages.content_disposition("inline", "") == "inline; filename=\"document\"; filename*=UTF-8''document"
    )
