"""The dashboard's HTML pages through FastAPI's TestClient, on a store of the samples plus two papers
of our own: Quillby panel minutes with a Part II item (the word `Gorsewick` appears only there)
and a `<script>` written into its text and an action, and a Velmorth report an editor marked
restricted as a whole (`Velmorth` and `Zephyrine` appear only there).

Each page answers 200 with what it should show; the register's filters, sorting, pagination and
CSV follow the query string; anonymous visitors never meet restricted material (not in the
register, the CSV, search, a document's text or a meeting; by id it is not found) while a
signed-in user does; text from the papers is escaped; an editor's change goes into the history.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from scrutiny.outputs.rows import ACTION_FIELDS
from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope
from scrutiny.store.queries import ActionFilter, count_actions
from scrutiny.store.queries.overview import Month
from scrutiny.web.charts import monthly_bars, nice_max
from scrutiny.web.pages import Pager
from scrutiny.web.passages import locate, parse_span, render_text

with warnings.catch_warnings():  # Starlette's notice about httpx; the client works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PASSWORD = "a long enough password 7"
SCRIPT = "<script>alert('planted')</script>"
SECRET = "Gorsewick"  # only in the Part II section of the Quillby minutes
SENSITIVE_WORDS = ("Velmorth", "Zephyrine")  # only in the document marked restricted as a whole
PUBLIC_ACTION = "publish the rural crime response times"
RESTRICTED_ACTION = "brief members on the Gorsewick depot disposal"
BODY = "Quillby Police and Crime Panel"

QUILLBY = """\
QUILLBY POLICE AND CRIME PANEL

Minutes of the meeting held on 14 May 2024 at 10:00, Council Chamber, Quillby

Present: Cllr Ann Rowe (Chair) (AR), Tom Pike, Police and Crime Commissioner (TP)

1. Apologies

Apologies were received from Cllr Sam Hale.

2. Rural crime

The Panel noted the report on rural crime.

ACTION: TP to publish the rural crime response times by 30 June 2024

RESOLVED: That the rural crime report be noted.

3. PART II – EXEMPT ITEM

ACTION: AR to brief members on the Gorsewick depot disposal by 15 July 2024

RESOLVED: That the Gorsewick depot sale be approved.
"""

VELMORTH = """\
OFFICIAL-SENSITIVE

VELMORTH TASKING GROUP

Minutes of the meeting held on 5 February 2024 at 09:00, Briefing Room

Present: Orla Zephyrine (OZ), Dermot Ashcombe (DA)

1. Operation Kestrel

ACTION: OZ to review the Velmorth informant handling by 31 March 2024

RESOLVED: That the Velmorth operation continue.
"""


# --- the store and the clients ------------------------------------------------------------------


def _ingest(url: str, folder: Path, with_samples: bool = True) -> dict[str, int]:
    from scrutiny.cli.files import find_documents
    from scrutiny.store.batch import write
    from scrutiny.store.edits import set_document_restricted
    from scrutiny.store.ingest import Outcome
    from scrutiny.store.prepare import prepare
    from scrutiny.store.users import add_user

    papers = folder / "papers"
    papers.mkdir()
    (papers / "quillby-panel-minutes-2024-05-14.txt").write_text(QUILLBY, encoding="utf-8")
    (papers / "velmorth-tasking-2024-02-05.txt").write_text(VELMORTH, encoding="utf-8")
    paths = sorted(papers.iterdir())
    if with_samples:
        paths += [p for p in find_documents(SAMPLES) if not p.name.upper().startswith("README.")]
    engine = connect(url)
    for path in paths:  # in this process: quicker for a few dozen small papers than a pool of workers
        outcome = write(engine, prepare(path), source=str(path))
        assert isinstance(outcome, Outcome), outcome
    ids: dict[str, int] = {}
    with session_scope(engine, write=True) as session:

        def one(model, *conditions):
            return session.scalars(select(model).where(*conditions)).one()

        public = one(m.Action, m.Action.text.contains(PUBLIC_ACTION))
        secret = one(m.Action, m.Action.text.contains(RESTRICTED_ACTION))
        assert secret.restricted and not public.restricted
        doc = session.get(m.Document, public.document_id)
        noted = "The Panel noted the report on rural crime."
        doc.text = doc.text.replace(
            noted, f"{noted}\n\nA member read out {SCRIPT} & <b>this</b> from the web page.", 1
        )
        public.text += f" {SCRIPT}"
        sensitive = one(m.Document, m.Document.name.startswith("velmorth"))
        set_document_restricted(session, sensitive.id, True)
        velmorth_meeting = one(m.Meeting, m.Meeting.document_id == sensitive.id)
        ids.update(
            public=public.id,
            secret=secret.id,
            paper=doc.id,
            meeting=public.meeting_id,
            body=session.get(m.Meeting, public.meeting_id).body_id,
            sensitive=sensitive.id,
            sensitive_meeting=velmorth_meeting.id,
            sensitive_body=velmorth_meeting.body_id,
            sensitive_person=one(m.Person, m.Person.name == "Orla Zephyrine").id,
            owner=public.owners[0].person_id,
        )
        add_user(session, "vic", PASSWORD, "viewer")
        add_user(session, "eddie", PASSWORD, "editor")
    engine.dispose()
    return ids


def make_client(url: str) -> TestClient:
    from scrutiny.web.app import create_app

    app = create_app(url, secret="pages-test-secret", https_only=True)
    return TestClient(app, base_url="https://testserver", follow_redirects=False)


def form_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no csrf_token field in the form"
    return found.group(1)


def sign_in(c: TestClient, name: str) -> None:
    token = form_token(c.get("/sign-in").text)
    r = c.post("/sign-in", data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/"})
    assert r.status_code == 303, (r.status_code, r.text[:300])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, dict[str, int]]:
    folder = tmp_path_factory.mktemp("pages")
    url = f"sqlite:///{folder / 'pages.db'}"
    return url, _ingest(url, folder)


@pytest.fixture(scope="module")
def ids(store) -> dict[str, int]:
    return store[1]


@pytest.fixture(scope="module")
def anon(store) -> TestClient:
    return make_client(store[0])


@pytest.fixture(scope="module")
def signed(store) -> TestClient:
    c = make_client(store[0])
    sign_in(c, "vic")
    return c


def main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def count(url: str, **filters) -> int:
    engine = connect(url)
    try:
        with session_scope(engine) as session:
            return count_actions(session, ActionFilter(**filters))
    finally:
        engine.dispose()


def register_ids(html: str) -> list[int]:
    table = html.split('class="govuk-table app-actions-table"', 1)
    if len(table) < 2:
        return []
    return [
        int(i)
        for i in re.findall(
            r'<td class="govuk-table__cell">\s*<a class="govuk-link" href="/actions/(\d+)"', table[1]
        )
    ]


def shown_total(html: str) -> int:
    found = re.search(r"of ([\d,]+) actions?", html)
    return int(found.group(1).replace(",", "")) if found else 0


# --- the layout ----------------------------------------------------------------------------------


def test_every_page_has_the_govuk_layout(anon, ids):
    for path in (
        "/",
        "/actions",
        f"/actions/{ids['public']}",
        "/meetings",
        f"/meetings/{ids['meeting']}",
        f"/documents/{ids['paper']}",
        f"/bodies/{ids['body']}",
        f"/people/{ids['owner']}",
        "/search?q=crime",
    ):
        r = anon.get(path)
        assert r.status_code == 200, (path, r.status_code)
        html = r.text
        assert '<html lang="en" class="govuk-template">' in html
        assert '<a href="#main-content" class="govuk-skip-link"' in html
        assert 'class="govuk-generic-header__homepage-link app-service-name">scrutiny</a>' in html
        assert "govuk-phase-banner" in html
        assert '<main class="govuk-main-wrapper" id="main-content">' in html
        assert html.count("<h1") == 1, path
        if path != "/":
            assert 'class="govuk-breadcrumbs"' in html, path
        assert "Sign in" in html and "Signed in as" not in html


def test_navigation_marks_the_current_section(anon):
    html = anon.get("/actions?status=open").text
    assert re.search(r'href="/actions" aria-current="page"><strong', html)
    assert 'href="/" aria-current' not in html


def test_pages_render_without_govuk_frontend(anon, monkeypatch, tmp_path):
    from scrutiny.web import templating

    monkeypatch.setattr(templating, "STATIC", tmp_path)  # as if bin/setup had no npm
    html = anon.get("/").text
    assert "govuk-frontend.min.css" not in html and "/static/app.css" in html
    monkeypatch.undo()
    if templating.govuk_installed():
        assert "/static/govuk/govuk-frontend.min.css" in anon.get("/").text


# --- overview --------------------------------------------------------------------------------------


def test_overview_counts_match_the_register(anon, store):
    url, _ = store
    html = main(anon.get("/").text)
    today = dt.date.today()
    numbers = {
        label: int(n.replace(",", ""))
        for n, label in re.findall(
            r'app-stat__number">([\d,]+)</span>\s*<span class="app-stat__label">(\w+)', html
        )
    }
    assert numbers == {
        "open": count(url, status=["open", "in_progress", "deferred", "overdue"], restricted=False),
        "overdue": count(url, overdue_on=today, restricted=False),
        "completed": count(url, status=["complete", "closed"], restricted=False),
    }
    assert f"{count(url, restricted=False)} actions in the register" in html


def test_overview_tables_by_body_and_owner(anon, ids):
    html = main(anon.get("/").text)
    assert '<table class="govuk-table" id="by-body">' in html
    assert f'<a class="govuk-link" href="/bodies/{ids["body"]}">{BODY}</a>' in html
    assert '<table class="govuk-table" id="by-owner">' in html
    assert re.search(r'href="/people/\d+">', html.split('id="by-owner"')[1])


def test_overview_chart_is_accessible_svg_with_a_table(anon):
    html = main(anon.get("/").text)
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="monthly-chart-title monthly-chart-desc"' in svg
    assert '<title id="monthly-chart-title">Actions raised and closed per month</title>' in svg
    assert re.search(
        r'<desc id="monthly-chart-desc">From \w+ \d{4} to \w+ \d{4}, [\d,]+ actions were raised', svg
    )
    assert svg.count("<rect") > 4
    table = html[html.index('id="monthly-table"') :]
    assert "May 2024" in table  # the Quillby meeting's month


# --- the register ----------------------------------------------------------------------------------


def test_register_pages_through_every_public_action(anon, store):
    url, _ = store
    total = count(url, restricted=False)
    first = anon.get("/actions").text
    assert f"Showing 1 to 25 of {total} actions" in first
    seen = register_ids(first)
    assert len(seen) == 25
    assert 'class="govuk-pagination"' in first and 'rel="next"' in first
    page = 2
    while len(seen) < total:
        html = anon.get(f"/actions?page={page}").text
        ids_here = register_ids(html)
        assert ids_here, page
        seen += ids_here
        page += 1
    assert len(seen) == len(set(seen)) == total
    last = anon.get(f"/actions?page={page - 1}").text
    assert 'rel="next"' not in last and 'rel="prev"' in last
    assert register_ids(anon.get("/actions?page=999").text) == ids_here  # past the end: the last page


@pytest.mark.parametrize(
    "query, filters",
    [
        ({"body": "quillby"}, {"body": "quillby"}),
        ({"owner": "TP"}, {"owner": "TP"}),
        ({"status": ["complete"]}, {"status": ["complete"]}),
        ({"status": ["complete", "closed"]}, {"status": ["complete", "closed"]}),
        ({"overdue": "1", "as_of": "2024-07-01"}, {"overdue_on": dt.date(2024, 7, 1)}),
        ({"due_before": "2024-03-31"}, {"due_before": dt.date(2024, 3, 31)}),
        (
            {"from": "2024-05-01", "to": "2024-06-30"},
            {"meeting_from": dt.date(2024, 5, 1), "meeting_to": dt.date(2024, 6, 30)},
        ),
    ],
)
def test_register_filters_as_the_cli(anon, store, query, filters):
    url, _ = store
    r = anon.get("/actions", params=query)
    assert r.status_code == 200
    expected = count(url, restricted=False, **filters)
    assert expected < count(url, restricted=False)
    assert shown_total(r.text) == expected
    assert len(register_ids(r.text)) == min(expected, 25)
    # the form shows the filters back
    for key, value in query.items():
        if key == "status":
            for s in value:
                assert f'value="{s}" checked' in r.text
        elif key == "overdue":
            assert 'name="overdue" type="checkbox" value="1" checked' in r.text
        else:
            assert f'value="{value}"' in r.text


def test_register_status_filter_shows_only_that_status(anon):
    html = main(anon.get("/actions?status=complete").text)
    cells = re.findall(
        r'<strong class="govuk-tag [^"]*">([^<]+)</strong>', html.split("app-actions-table")[1]
    )
    assert cells and set(cells) == {"Complete"}


@pytest.mark.parametrize("written", ["done", "Completed", "COMPLETE"])
def test_register_status_filter_reads_a_status_as_the_api_does(anon, written):
    """The filter once refused "done", which the API took: both read statuses with
    `scrutiny.words.parse_status` now, so they agree on every spelling."""
    page = anon.get(f"/actions?status={written}")
    assert page.status_code == 200
    cells = re.findall(
        r'<strong class="govuk-tag [^"]*">([^<]+)</strong>', main(page.text).split("app-actions-table")[1]
    )
    assert cells and set(cells) == {"Complete"}
    api = anon.get(f"/api/actions?status={written}&per_page=200")
    assert api.status_code == 200 and {a["status"] for a in api.json()["items"]} == {"complete"}


def test_register_status_filter_and_api_refuse_the_same_status(anon):
    assert anon.get("/actions?status=finished").status_code == 400
    assert anon.get("/api/actions?status=finished").status_code == 422


def test_register_sorting(anon, store):
    url, _ = store

    def column(html: str, pattern: str) -> list[str]:
        return re.findall(pattern, html.split("app-actions-table", 1)[1])

    by_meeting = anon.get("/actions?sort=meeting").text
    dates = [
        dt.datetime.strptime(d, "%d %B %Y").date()
        for d in column(by_meeting, r'href="/meetings/\d+">(\d{1,2} \w+ \d{4})</a>')
    ]
    assert len(dates) == 25 and dates == sorted(dates, reverse=True)

    by_status = anon.get("/actions?sort=status&status=complete&status=open").text
    statuses = column(by_status, r'<strong class="govuk-tag govuk-tag--\w+">(Open|Complete)</strong>')
    assert statuses == sorted(statuses, key=["Open", "Complete"].index)
    # the statuses' segments join up across pages
    everything = []
    for page in range(1, 6):
        everything += register_ids(anon.get(f"/actions?sort=status&page={page}").text)
    assert len(everything) == len(set(everything)) == count(url, restricted=False)

    by_due = anon.get("/actions").text
    due_cells = column(by_due, r'<td class="govuk-table__cell app-nowrap">([^<]+)</td>')
    assert due_cells  # earliest first: the first page holds the oldest due dates
    assert "2023" in due_cells[0]


def test_register_refuses_a_bad_date_with_an_error_summary(anon):
    r = anon.get("/actions?as_of=31/02/2024&status=open")
    assert r.status_code == 400
    assert '<div class="govuk-error-summary"' in r.text
    assert '<a href="#as-of">The day overdue is judged on must be a real date' in r.text
    assert 'id="as-of-error"' in r.text and "govuk-input--error" in r.text
    assert "<title>Error: Actions" in r.text
    assert anon.get("/actions?status=bogus").status_code == 400
    assert anon.get("/actions?from=2024-06-01&to=2024-01-01").status_code == 400


def test_register_links_the_csv_of_the_same_view(anon):
    html = anon.get("/actions?body=quillby&status=open&sort=meeting").text
    href = re.search(r'<a class="govuk-link" href="(/actions\.csv[^"]*)" download>Download CSV', html).group(
        1
    )
    query = parse_qs(urlsplit(href.replace("&amp;", "&")).query)
    assert query == {"body": ["quillby"], "status": ["open"], "sort": ["meeting"]}


def test_csv_holds_every_row_of_the_view(anon, store):
    url, _ = store
    r = anon.get("/actions.csv?status=open&status=overdue")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert re.match(
        r'attachment; filename="actions-\d{4}-\d{2}-\d{2}\.csv"', r.headers["content-disposition"]
    )
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0].keys()) == list(ACTION_FIELDS)
    assert len(rows) == count(url, status=["open", "overdue"], restricted=False) > 25
    assert {row["status"] for row in rows} <= {"open", "overdue"}
    quillby = list(csv.DictReader(io.StringIO(anon.get("/actions.csv?body=quillby").text)))
    assert [row["text"] for row in quillby] == [f"{PUBLIC_ACTION} {SCRIPT}"]
    assert anon.get("/actions.csv?due_before=someday").status_code == 400


# --- one action ------------------------------------------------------------------------------------


def test_action_page_shows_owners_due_status_and_history(anon, ids):
    html = main(anon.get(f"/actions/{ids['public']}").text)
    assert f"{PUBLIC_ACTION} &lt;script&gt;" in html
    assert (
        f'<a class="govuk-link" href="/people/{ids["owner"]}">TP</a> (Tom Pike, Police and Crime Commissioner)'
        in html
    )
    assert "30 June 2024" in html
    assert '<strong class="govuk-tag govuk-tag--blue">Open</strong>' in html
    assert f'<a class="govuk-link" href="/meetings/{ids["meeting"]}">{BODY}, 14 May 2024</a>' in html
    history = html[html.index('id="history"') :]
    assert "Minutes of the meeting" in history and "14 May 2024" in history
    assert re.search(rf'href="/documents/{ids["paper"]}\?hl=(\d+)-(\d+)#p-\1">Source passage', history)
    assert "Change this action" not in html  # anonymous: no form


def test_an_overdue_action_is_plainly_marked(anon, ids):
    html = main(anon.get(f"/actions/{ids['public']}").text)  # due 30 June 2024, still open
    assert '<strong class="govuk-tag govuk-tag--red app-overdue">Overdue</strong>' in html
    assert "govuk-warning-text" in html and "days past its due date" in html
    row = re.search(
        rf'<tr class="govuk-table__row app-row--overdue">\s*<td class="govuk-table__cell">\s*<a class="govuk-link" href="/actions/{ids["public"]}"',
        anon.get("/actions?body=quillby").text,
    )
    assert row


def test_the_source_link_opens_the_passage_highlighted(anon, ids):
    html = anon.get(f"/actions/{ids['public']}").text
    href = re.search(r'href="(/documents/\d+\?hl=\d+-\d+#p-(\d+))">Show the passage', html)
    doc = anon.get(href.group(1).split("#")[0]).text
    start = href.group(2)
    marked = re.findall(r'<mark class="app-passage">(.*?)</mark>', doc, re.S)
    assert len(marked) == 1 and PUBLIC_ACTION in marked[0]
    assert doc.count(f'id="p-{start}"') == 1  # the fragment's anchor, once


def test_missing_action_is_a_404_page(anon):
    r = anon.get("/actions/999999")
    assert r.status_code == 404
    assert '<h1 class="govuk-heading-l">Page not found</h1>' in r.text


# --- meetings, documents, bodies, people, search ----------------------------------------------------


def test_meeting_page(anon, ids):
    html = main(anon.get(f"/meetings/{ids['meeting']}").text)
    assert f'<h1 class="govuk-heading-l">{BODY}, 14 May 2024</h1>' in html
    assert "Ann Rowe" in html and "Tom Pike" in html and "Apologies" in html  # attendance
    assert "Rural crime" in html  # an item
    assert PUBLIC_ACTION in html
    assert "The rural crime report be noted." in html  # a decision
    assert re.search(r'<li id="decision-\d+" class="app-decision">', html)


def test_meetings_list_pages(anon):
    html = anon.get("/meetings").text
    assert re.search(r"Showing 1 to 25 of \d+ meetings, latest first", html)
    assert anon.get("/meetings?page=2").status_code == 200
    filtered = anon.get("/meetings?body=quillby").text
    assert "Showing 1 to 1 of 1 meeting," in filtered


def test_document_page_has_anchored_blocks_and_its_records(anon, ids):
    html = main(anon.get(f"/documents/{ids['paper']}").text)
    blocks = re.findall(r'<p class="app-block govuk-body" id="p-(\d+)">', html)
    assert len(blocks) > 5 and blocks[0] == "0"
    engine = connect(anon.app.state.engine.url.render_as_string(hide_password=False))
    with session_scope(engine) as session:
        text = session.get(m.Document, ids["paper"]).text
    engine.dispose()
    for start in map(int, blocks):
        assert not text[start].isspace() and (start == 0 or text[start - 1] == "\n")
    records = html[html.index('id="records-heading"') :]
    assert f'href="/actions/{ids["public"]}"' in records
    assert f'href="/meetings/{ids["meeting"]}"' in records
    assert "In the text" in records


def test_body_and_person_pages(anon, ids):
    body = main(anon.get(f"/bodies/{ids['body']}").text)
    assert f'<h1 class="govuk-heading-l">{BODY}</h1>' in body
    assert f'href="/meetings/{ids["meeting"]}"' in body and "Tom Pike" in body
    assert 'href="/actions?body=Quillby+Police+and+Crime+Panel"' in body
    person = main(anon.get(f"/people/{ids['owner']}").text)
    assert (
        '<h1 class="govuk-heading-l">Tom Pike</h1>' in person
    )  # "Tom Pike, Police and Crime Commissioner (TP)"
    assert "Police and Crime Commissioner" in person and PUBLIC_ACTION in person
    assert f'href="/meetings/{ids["meeting"]}"' in person
    assert anon.get("/bodies/999999").status_code == 404
    assert anon.get("/people/999999").status_code == 404


def test_search_highlights_matches(anon):
    html = main(anon.get("/search", params={"q": "rural crime"}).text)
    assert re.search(r"\d+ results? for “rural crime”", html)
    assert "<mark>rural</mark>" in html.lower() or "<mark>Rural</mark>" in html
    assert re.search(r'<a class="govuk-link" href="/actions/\d+">', html)
    passage = re.search(r'href="(/documents/\d+\?hl=\d+-\d+#p-\d+)"', html)
    assert passage, "a passage hit opens its document at the passage"
    assert anon.get(passage.group(1).split("#")[0]).status_code == 200


def test_search_with_no_query_or_no_hits(anon):
    assert "results-count" not in anon.get("/search").text
    assert "No results for “zzyzzx”" in anon.get("/search?q=zzyzzx").text


# --- restricted material ------------------------------------------------------------------------------


def test_anonymous_visitors_never_see_restricted_material(anon, ids):
    secret_words = (SECRET, *SENSITIVE_WORDS)
    pages = [
        "/",
        "/actions",
        "/actions?body=quillby",
        "/actions?sort=status",
        "/actions?sort=meeting",
        "/actions.csv",
        "/meetings",
        f"/meetings/{ids['meeting']}",
        f"/documents/{ids['paper']}",
        f"/bodies/{ids['body']}",
        f"/people/{ids['owner']}",
        "/search?q=depot",
        "/search?q=informant+handling",
    ]
    for page in range(2, 6):
        pages.append(f"/actions?page={page}")
    for path in pages:
        r = anon.get(path)
        assert r.status_code == 200, path
        for word in secret_words:
            assert word not in r.text, (path, word)
    for word in secret_words:  # searching for them finds nothing (the page only says the words back)
        html = anon.get("/search", params={"q": word}).text
        assert "app-result" not in html and f"No results for “{word}”" in html
        assert html.count(word) == 3  # the title, the search box, the heading


def test_restricted_records_by_id_are_not_found_anonymously(anon, ids):
    for path in (
        f"/actions/{ids['secret']}",
        f"/documents/{ids['sensitive']}",
        f"/meetings/{ids['sensitive_meeting']}",
        f"/bodies/{ids['sensitive_body']}",
        f"/people/{ids['sensitive_person']}",
    ):
        r = anon.get(path)
        assert r.status_code == 404, path
        assert "Page not found" in r.text
        assert all(word not in r.text for word in (SECRET, *SENSITIVE_WORDS))


def test_the_part_ii_section_is_withheld_from_the_documents_text(anon, ids):
    html = main(anon.get(f"/documents/{ids['paper']}").text)
    assert '<p class="app-withheld govuk-body">' in html and "withheld here. Sign in to see it." in html
    assert PUBLIC_ACTION in html  # the public part is there
    hidden = main(anon.get(f"/meetings/{ids['meeting']}").text)
    assert "Exempt or sensitive items and decisions of this meeting are not shown" in hidden


def test_a_signed_in_user_sees_restricted_material(signed, ids):
    listing = signed.get("/actions?body=quillby").text
    assert RESTRICTED_ACTION in listing and "app-restricted" in listing
    assert "Signed in as <strong>vic</strong> (viewer)" in listing
    action = signed.get(f"/actions/{ids['secret']}")
    assert action.status_code == 200 and RESTRICTED_ACTION in action.text
    assert "Change this action" not in action.text  # a viewer may not edit
    doc = signed.get(f"/documents/{ids['paper']}").text
    assert "Gorsewick depot sale" in doc and "app-withheld" not in doc
    for path in (
        f"/documents/{ids['sensitive']}",
        f"/meetings/{ids['sensitive_meeting']}",
        f"/bodies/{ids['sensitive_body']}",
        f"/people/{ids['sensitive_person']}",
    ):
        r = signed.get(path)
        assert r.status_code == 200 and "Velmorth" in r.text, path
    assert "Gorsewick" in signed.get(f"/search?q={SECRET}").text
    rows = list(csv.DictReader(io.StringIO(signed.get("/actions.csv?body=quillby").text)))
    assert {row["restricted"] for row in rows} == {"true", "false"}


# --- escaping -------------------------------------------------------------------------------------------


def test_text_from_the_papers_is_escaped(anon, ids):
    for path in (
        f"/documents/{ids['paper']}",
        f"/actions/{ids['public']}",
        "/actions?body=quillby",
        f"/meetings/{ids['meeting']}",
        "/search?q=%3Cscript%3E+planted",
        "/search?q=rural",
    ):
        html = anon.get(path).text
        assert "<script>alert" not in html, path
        assert "<b>this</b>" not in html, path
    doc = anon.get(f"/documents/{ids['paper']}").text
    assert "&lt;script&gt;alert(&#39;planted&#39;)&lt;/script&gt; &amp; &lt;b&gt;this&lt;/b&gt;" in doc
    echoed = anon.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in echoed and "&lt;script&gt;alert(1)" in echoed


# --- editing ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edit_template(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A store of our two papers only, made once; each editing test changes a copy of it."""
    folder = tmp_path_factory.mktemp("edit")
    ids = _ingest(f"sqlite:///{folder / 'edit.db'}", folder, with_samples=False)
    return folder / "edit.db", ids


@pytest.fixture
def editing(edit_template, tmp_path) -> tuple[TestClient, dict[str, int], str]:
    """A fresh copy of the editing store and an editor's client on it."""
    import shutil

    template, ids = edit_template
    shutil.copyfile(template, tmp_path / "edit.db")  # the engine was disposed: no WAL left beside it
    url = f"sqlite:///{tmp_path / 'edit.db'}"
    c = make_client(url)
    sign_in(c, "eddie")
    return c, ids, url


def test_an_editor_changes_the_status_with_a_note(editing):
    c, ids, _ = editing
    page = c.get(f"/actions/{ids['public']}").text
    assert '<h2 class="govuk-heading-m" id="change">Change this action</h2>' in page
    token = form_token(page.split('id="change"')[1])
    r = c.post(
        f"/actions/{ids['public']}",
        data={
            "status": "in_progress",
            "owners": "TP",
            "due": "2024-06-30",
            "note": "Chased at the briefing",
            "csrf_token": token,
        },
    )
    assert r.status_code == 303 and r.headers["location"] == f"/actions/{ids['public']}?changed=1#history"
    html = main(c.get(r.headers["location"]).text)
    assert "govuk-notification-banner--success" in html
    assert '<strong class="govuk-tag govuk-tag--turquoise">In progress</strong>' in html
    row = re.findall(r"<tr class=\"govuk-table__row\">(.*?)</tr>", html.split('id="history"')[1], re.S)[-1]
    assert "In progress" in row and "Recorded by a person" in row and "eddie" in row
    assert "Chased at the briefing" in row
    today = dt.date.today()
    assert f"{today.day} {today:%B %Y}" in row


def test_an_editor_changes_owners_and_due_date(editing):
    c, ids, _ = editing
    token = form_token(c.get(f"/actions/{ids['public']}").text.split('id="change"')[1])
    r = c.post(
        f"/actions/{ids['public']}",
        data={"owners": "TP; AR", "due": "2024-09-30", "note": "", "csrf_token": token},
    )
    assert r.status_code == 303
    html = main(c.get(f"/actions/{ids['public']}").text)
    assert "30 September 2024" in html and ">AR</a>" in html
    assert "owners: TP → TP, AR; due: 2024-06-30 → 2024-09-30" in html


def test_a_bad_change_is_refused_with_the_form_again(editing):
    c, ids, url = editing
    token = form_token(c.get(f"/actions/{ids['public']}").text.split('id="change"')[1])
    r = c.post(f"/actions/{ids['public']}", data={"due": "next week", "owners": "TP", "csrf_token": token})
    assert r.status_code == 400
    assert '<a href="#due">Not a due date' in r.text and 'value="next week"' in r.text
    r = c.post(f"/actions/{ids['public']}", data={"owners": "TP", "due": "2024-06-30", "csrf_token": token})
    assert r.status_code == 400 and "Nothing to change" in r.text
    engine = connect(url)
    with session_scope(engine) as session:
        assert not session.scalars(select(m.ActionEvent).where(m.ActionEvent.source == "person")).all()
    engine.dispose()


def test_changes_need_the_csrf_token_and_the_editor_role(editing):
    c, ids, url = editing
    action = f"/actions/{ids['public']}"
    assert c.post(action, data={"status": "complete"}).status_code == 403  # no token
    assert c.post(action, data={"status": "complete", "csrf_token": "forged"}).status_code == 403
    viewer = make_client(url)
    sign_in(viewer, "vic")
    token = form_token(viewer.get("/sign-in").text)
    assert viewer.post(action, data={"status": "complete", "csrf_token": token}).status_code == 403
    assert "Change this action" not in viewer.get(action).text
    anonymous = make_client(url)
    token = form_token(anonymous.get("/sign-in").text)
    assert anonymous.post(action, data={"status": "complete", "csrf_token": token}).status_code == 401
    engine = connect(url)
    with session_scope(engine) as session:
        assert session.get(m.Action, ids["public"]).status == "open"
    engine.dispose()


# --- the pieces --------------------------------------------------------------------------------------------


def test_pager_numbers():
    def numbers(page, pages):
        return Pager(page, 10, pages * 10, "/actions").numbers()

    assert numbers(1, 1) == [1]
    assert numbers(1, 4) == [1, 2, 3, 4]
    assert numbers(5, 20) == [1, None, 4, 5, 6, None, 20]
    assert numbers(20, 20) == [1, None, 19, 20]
    assert Pager(1, 25, 0, "/actions").pages == 1
    assert Pager(2, 25, 60, "/actions?body=x").href(2) == "/actions?body=x&page=2"
    assert Pager(2, 25, 60, "/actions").href(1) == "/actions"


def test_chart_escapes_and_scales():
    months = [Month(2024, 1, 3, 0), Month(2024, 2, 0, 0), Month(2024, 3, 12, 5)]
    svg = str(monthly_bars(months, "Raised & <closed>", chart_id="c"))
    assert '<title id="c-title">Raised &amp; &lt;closed&gt;</title>' in svg
    assert "Most were raised in March 2024 (12)" in svg
    assert svg.count("<rect") == 2 * len(months) + 2  # bars and the legend's swatches
    assert "No actions yet" in str(monthly_bars([], "Empty"))
    assert [nice_max(n) for n in (0, 4, 5, 11, 99, 101, 4000)] == [4, 4, 5, 20, 100, 200, 5000]


def test_render_text_withholds_highlights_and_anchors():
    text = "Intro <b>here</b>\n\nACTION: JB to act\n\n3. PART II – EXEMPT ITEM\n\nsecret\n\nPart I\n\nend"
    from scrutiny.store.prepare import restricted_spans

    spans = restricted_spans(text)
    hl = locate(text, "JB  to\nact")
    out = render_text(text, spans, highlight=hl, anchors={6})
    html = "".join(str(b.html) for b in out.blocks)
    assert out.highlighted
    assert 'Intro <span class="app-anchor" id="p-6"></span>&lt;b&gt;here&lt;/b&gt;' in html
    assert '<mark class="app-passage">JB to act</mark>' in html
    assert "secret" not in html and [b.withheld for b in out.blocks].count(True) == 1
    assert not render_text(
        text, spans, highlight=locate(text, "secret")
    ).highlighted  # never inside withheld text
    assert parse_span("3-9", len(text)) == (3, 9)
    assert parse_span("9-3", len(text)) is None and parse_span("0-99999", len(text)) is None
    assert parse_span("x", 10) is None and parse_span(None, 10) is None


def test_the_overview_follows_changes_to_the_store(editing):
    """Its figures are kept per state of the store: a change of status or of marking shows at once."""
    from scrutiny.store.edits import set_action_restricted

    c, ids, url = editing
    anonymous = make_client(url)

    def stats(client) -> dict[str, int]:
        html = client.get("/").text
        found = re.findall(r'app-stat__number">([\d,]+)</span>\s*<span class="app-stat__label">(\w+)', html)
        return {label: int(n) for n, label in found}

    before = stats(anonymous)
    assert f'href="/people/{ids["owner"]}">Tom Pike</a>' in anonymous.get("/").text  # by owner
    token = form_token(c.get(f"/actions/{ids['public']}").text.split('id="change"')[1])
    assert (
        c.post(f"/actions/{ids['public']}", data={"status": "complete", "csrf_token": token}).status_code
        == 303
    )
    after = stats(anonymous)
    assert after["completed"] == before["completed"] + 1 and after["open"] == before["open"] - 1
    engine = connect(url)
    with session_scope(engine, write=True) as session:
        set_action_restricted(session, ids["public"], True)
    engine.dispose()
    assert stats(anonymous)["completed"] == before["completed"]
    assert f'href="/people/{ids["owner"]}">Tom Pike</a>' not in anonymous.get("/").text


def test_an_unknown_address_is_a_page_for_people_and_json_for_the_api(anon):
    page = anon.get("/no-such-page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Page not found" in page.text and '<html lang="en' in page.text
    api = anon.get("/api/no-such-thing")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")
