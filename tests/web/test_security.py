"""Security: no answer reaches restricted material without a session; CSRF and roles hold; HTML
in the papers is escaped, never rendered.

Every GET route the app serves (the API, sign-in and the pages, found by walking the routes as
the guard meta-test does) is requested without a session, with each path parameter filled by
every id of its kind and with the filters and queries that would find the planted material; the
words planted in Part II sections and in a document marked restricted (helpers.SECRETS) must
appear in no answer. Signed in, the same material is there (so the plant is real).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select

from scrutiny.store import models as m
from scrutiny.web import access

from .helpers import BASE, PASSWORD, SCRIPT, SECRETS, build_store, client, sign_in, token
from .routes import CHANGING, guards_of, served

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Words beside the secrets in every restricted record, and nowhere in the public papers: a search
# for a secret echoes the query, so its hits are recognised by these.
COMPANIONS = ("property sale", "settlement", "informant", "Briefing Room", "Orla", "Dermot", "Tasking")
QUERIES = [*SECRETS, *COMPANIONS, "knife", "review", "PART II", "exempt", "Operation", "sale", "Stourland"]
FILTERS = [
    {},
    {"per_page": "200"},
    {"page": "2", "per_page": "1"},
    {"overdue": "true", "as_of": "2024-07-01"},
    {"status": "open"},
    {"sort": "meeting"},
    {"sort": "id"},
    {"owner": "JB"},
    {"owner": "OF"},
    {"owner": "Orla Fitzwarren"},
    {"body": "Velmorth"},
    {"body": "Panel"},
    {"name": "Fitzwarren"},
    {"name": "O"},
    {"from": "2024-02-01", "to": "2024-02-28"},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("security"))


@pytest.fixture(scope="module")
def url(store):
    return store[0]


@pytest.fixture(scope="module")
def ids(url) -> dict[str, list[int]]:
    """Every id of every kind, and a few that do not exist."""
    engine = create_engine(url)
    with engine.connect() as conn:
        out = {
            kind: [*sorted(conn.scalars(select(model.id))), 999]
            for kind, model in (
                ("action", m.Action),
                ("meeting", m.Meeting),
                ("document", m.Document),
                ("body", m.Body),
                ("person", m.Person),
                ("decision", m.Decision),
                ("user", m.User),
            )
        }
    engine.dispose()
    out["any"] = sorted(set(itertools.chain(*out.values())))
    return out


@pytest.fixture(scope="module")
def anonymous(url):
    with client(url) as c:
        yield c


@pytest.fixture(scope="module")
def viewer(url):
    with client(url) as c:
        sign_in(c, "vera")
        yield c


def kind_of(param: str) -> str:
    for kind in ("action", "meeting", "document", "body", "person", "decision", "user"):
        if param.startswith(kind) or (kind == "person" and param.startswith("people")):
            return kind
    if param in ("doc_id", "doc"):
        return "document"
    return "any"


def paths(route, ids) -> Iterator[str]:
    """The route's path with its parameters filled by every id of their kind."""
    template = route.path
    params = re.findall(r"{(\w+)(?::\w+)?}", template)
    if not params:
        yield template
        return
    for values in itertools.product(*(ids[kind_of(p)] for p in params)):
        path = template
        for p, v in zip(params, values):
            path = re.sub(rf"{{{p}(?::\w+)?}}", str(v), path)
        yield path


def requests_for(route, ids) -> Iterator[tuple[str, dict]]:
    for path in paths(route, ids):
        yield path, {}
        if "{" in route.path or route.path.endswith((".csv", "/session", "/sign-in")):
            continue
        if "search" in route.path:  # search: every query
            for q in QUERIES:
                yield path, {"q": q}
        else:  # listings: every filter
            for f in FILTERS[1:]:
                yield path, f


def leaks(body: str, params: dict) -> list[str]:
    given = " ".join(str(v) for v in params.values())
    return [s for s in (*SECRETS, *COMPANIONS) if s in body and s not in given]


def get_routes(app) -> list:
    return [r for r in served(app) if "GET" in (getattr(r, "methods", None) or ())]


def test_every_get_route_is_crawled(anonymous, ids):
    routes = {r.path for r in get_routes(anonymous.app)}
    assert {
        "/api/actions",
        "/api/actions/{action_id}",
        "/api/search",
        "/api/documents/{document_id}",
    } <= routes


def test_no_answer_without_a_session_holds_restricted_material(anonymous, ids):
    seen, failures = 0, []
    for route in get_routes(anonymous.app):
        for path, params in requests_for(route, ids):
            r = anonymous.get(path, params=params)
            seen += 1
            assert r.status_code < 500, (path, params, r.status_code)
            found = leaks(r.text, params)
            if found:
                failures.append(f"{path} {params}: {found}")
            if "html" in r.headers.get("content-type", ""):  # and the planted tag is escaped
                assert not unescaped(r.text), (path, params)
    assert seen > 200
    assert not failures, "restricted material reached a visitor without a session:\n" + "\n".join(failures)


def unescaped(html: str) -> bool:
    return SCRIPT in html or re.search(r"<script>\s*alert", html) is not None


def test_restricted_records_by_id_are_404(anonymous):
    for path in (
        "/api/actions/3",  # Part II action
        "/api/actions/6",  # the restricted document's action
        "/api/meetings/3",  # the restricted document's meeting
        "/api/documents/3",  # the restricted document
        "/api/people/7",  # named only in the restricted document
        "/api/bodies/3",  # known only from it
    ):
        r = anonymous.get(path)
        assert r.status_code == 404, (path, r.status_code)
        assert r.json() == anonymous.get(path.rsplit("/", 1)[0] + "/999").json() | {
            "detail": r.json()["detail"]
        }


def test_a_public_document_has_its_part_ii_withheld(anonymous):
    doc = anonymous.get("/api/documents/1").json()
    assert "Knife crime report" in doc["text"] and doc["withheld"] == 1
    assert "[Part II: exempt information withheld]" in doc["text"]
    assert "Millbrook" not in doc["text"] and "Quarrington" not in doc["text"]
    assert [a["id"] for a in doc["action_list"]] == [1, 2]
    assert [d["id"] for d in doc["decision_list"]] == [1]


def test_listings_count_only_what_the_visitor_may_see(anonymous, viewer):
    assert anonymous.get("/api/actions").json()["total"] == 4
    assert viewer.get("/api/actions").json()["total"] == 6
    panel = anonymous.get("/api/meetings/1").json()
    assert panel["actions"] == 2 and panel["decisions"] == 1
    assert [i["title"] for i in panel["items"]] == ["Apologies", "Knife crime report"]
    assert anonymous.get("/api/meetings").json()["total"] == 2
    assert anonymous.get("/api/documents").json()["total"] == 2
    assert anonymous.get("/api/bodies").json()["total"] == 2


def test_signed_in_users_see_the_planted_material(viewer):
    """The plant is real: a session reveals every secret the crawl looked for."""
    texts = [
        viewer.get("/api/actions", params={"per_page": 200}).text,
        viewer.get("/api/documents/1").text,
        viewer.get("/api/documents/3").text,
        viewer.get("/api/meetings/3").text,
        viewer.get("/api/people", params={"per_page": 200}).text,
        viewer.get("/api/search", params={"q": "property sale"}).text,
        viewer.get("/api/search", params={"q": "settlement"}).text,
    ]
    for secret in SECRETS:
        assert any(secret in t for t in texts), secret
    assert viewer.get("/api/documents/1").json()["withheld"] == 0
    assert viewer.get("/api/actions/3").json()["restricted"] is True


def test_changing_routes_refuse_visitors_without_a_session(anonymous, ids):
    csrf = token(anonymous)  # a valid token of the anonymous session: the guard must stop them
    for route in served(anonymous.app):
        methods = set(getattr(route, "methods", None) or ()) & CHANGING
        guards = guards_of(route)
        if not methods or access.public in guards:
            continue
        for path in itertools.islice(paths(route, ids), 3):
            for method in methods:
                r = anonymous.request(method, path, headers={"X-CSRF-Token": csrf}, json={"status": "closed"})
                assert r.status_code == 401, (method, path, r.status_code, r.text[:200])
                assert not leaks(r.text, {})
    assert viewer_status_unchanged(anonymous)


def viewer_status_unchanged(c) -> bool:
    return all(a["status"] == "open" for a in c.get("/api/actions", params={"per_page": 200}).json()["items"])


# --- CSRF and roles -----------------------------------------------------------------------------


@pytest.fixture()
def editor(url):
    with client(url) as c:
        yield c, sign_in(c, "eddie")


def test_a_change_without_the_token_is_refused(editor):
    c, _ = editor
    r = c.post("/api/actions/1/status", json={"status": "in_progress", "note": "no token"})
    assert r.status_code == 403 and "reload the page" in r.json()["detail"]


def test_a_change_with_a_wrong_token_is_refused(editor, url):
    c, good = editor
    for wrong in ("x" * 43, good[:-1] + ("A" if good[-1] != "A" else "B"), ""):
        r = c.post("/api/actions/1/status", json={"status": "in_progress"}, headers={"X-CSRF-Token": wrong})
        assert r.status_code == 403, wrong
    with client(url) as other:  # another session's token is not this session's
        theirs = sign_in(other, "ada")
    r = c.post("/api/actions/1/status", json={"status": "in_progress"}, headers={"X-CSRF-Token": theirs})
    assert r.status_code == 403
    assert c.get("/api/actions/1").json()["status"] == "open"


def test_a_change_with_the_right_token_is_accepted(editor):
    c, good = editor
    r = c.post(
        "/api/actions/2/status",
        json={"status": "in_progress", "note": "with the token"},
        headers={"X-CSRF-Token": good},
    )
    assert r.status_code == 200, r.text
    last = r.json()["action"]["history"][-1]
    assert last["actor"] == "eddie" and last["status"] == "in_progress" and last["source"] == "person"


def test_a_form_post_carries_the_token_in_its_field(url):
    with client(url) as c:
        good = sign_in(c, "vera")
        assert c.post("/sign-out", data={"csrf_token": "wrong"}).status_code == 403
        assert c.get("/api/session").json()["user"]["name"] == "vera"
        r = c.post("/sign-out", data={"csrf_token": good})
        assert r.status_code == 303 and c.get("/api/session").json()["user"] is None


def test_sign_in_itself_needs_the_token(url):
    with client(url) as c:
        r = c.post("/sign-in", data={"name": "eddie", "password": PASSWORD})
        assert r.status_code == 403
        assert c.get("/api/session").json()["user"] is None


def test_the_token_changes_at_sign_in(url):
    with client(url) as c:
        before = token(c)
        after = sign_in(c, "eddie")
        assert after != before
        r = c.post("/api/actions/1/status", json={"note": "old token"}, headers={"X-CSRF-Token": before})
        assert r.status_code == 403


def test_a_viewer_cannot_change_an_action(url):
    with client(url) as c:
        good = sign_in(c, "vera")
        for path, body in (
            ("/api/actions/1/status", {"status": "closed"}),
            ("/api/actions/1/restricted", {"restricted": True}),
            ("/api/documents/1/restricted", {"restricted": True}),
        ):
            r = c.post(path, json=body, headers={"X-CSRF-Token": good})
            assert r.status_code == 403 and r.json()["detail"] == "needs the editor role", path
        r = c.post("/api/documents", files={"file": ("x.txt", b"hello")}, headers={"X-CSRF-Token": good})
        assert r.status_code == 403
        assert c.get("/api/actions/1").json()["status"] == "open"


def test_an_editor_and_an_admin_can(url):
    for name, status in (("eddie", "complete"), ("ada", "open")):
        with client(url) as c:
            good = sign_in(c, name)
            r = c.post("/api/actions/5/status", json={"status": status}, headers={"X-CSRF-Token": good})
            assert r.status_code == 200, r.text
            assert r.json()["action"]["status"] == status


def test_the_session_cookie_is_httponly_secure_and_lax(url):
    with client(url) as c:
        r = c.get("/api/session")
        cookie = r.headers["set-cookie"].lower()
        assert "scrutiny_session=" in cookie
        assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie
        assert "vera" not in cookie and PASSWORD not in cookie
    assert BASE.startswith("https://")


# --- HTML in the papers ---------------------------------------------------------------------------


def test_html_in_the_papers_is_escaped_on_every_page(url, ids):
    """Every HTML answer to a signed-in user (who sees the most; the crawl above checks the
    visitors' answers): the planted tag is never sent as markup."""
    escaped, pages = 0, 0
    with client(url) as c:
        sign_in(c, "ada")
        for route in get_routes(c.app):
            if route.path.startswith("/api/"):  # JSON: see test_the_api_answers_json_never_html
                continue
            for path, params in itertools.islice(requests_for(route, ids), 12):
                r = c.get(path, params=params)
                if "html" not in r.headers.get("content-type", ""):
                    continue
                pages += 1
                assert not unescaped(r.text), (path, params)
                escaped += "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
        html_routes = [
            r for r in get_routes(c.app) if not r.path.startswith("/api/") and r.path != "/sign-in"
        ]
    assert pages > 0
    if html_routes:  # the pages show the board's records: the escaped tag must be on some of them
        assert escaped > 0


def test_the_sign_in_form_escapes_what_was_typed(url):
    with client(url) as c:
        r = c.post("/sign-in", data={"name": SCRIPT, "password": "wrong password", "csrf_token": token(c)})
        assert r.status_code == 401
        assert SCRIPT not in r.text and "&lt;script&gt;" in r.text


def test_the_api_answers_json_never_html(anonymous):
    for path in ("/api/actions/4", "/api/documents/2", "/api/meetings/2", "/api/search?q=chart"):
        r = anonymous.get(path)
        assert r.headers["content-type"].startswith("application/json"), path
        assert SCRIPT in r.json().__repr__() or "alert" in r.text  # kept as data, as written


def test_a_part_ii_title_is_not_found_by_search(tmp_path, monkeypatch):
    """A Part II item whose title names its business: the title is as restricted as the item."""
    from . import helpers

    monkeypatch.setattr(
        helpers, "PANEL", helpers.PANEL.replace("PART II – EXEMPT ITEM", "PART II – Millbrook land (exempt)")
    )
    url, _ = helpers.build_store(tmp_path)
    with client(url) as c:
        assert "Millbrook" not in c.get("/api/meetings/1").text  # the agenda leaves it out
        assert c.get("/api/search", params={"q": "Millbrook"}).json()["hits"] == []


# --- the headers of every response ------------------------------------------------------------------


def csp_of(r) -> dict[str, str]:
    directives = (part.strip().split(None, 1) for part in r.headers["content-security-policy"].split(";"))
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives}


def assert_secure_headers(r) -> None:
    csp = csp_of(r)
    assert csp["frame-ancestors"] == "'none'" and csp["object-src"] == "'none'"
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'" and csp["default-src"] == "'self'"
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"


ANSWERS = [
    ("/", 200),
    ("/actions", 200),
    ("/sign-in", 200),
    ("/api/actions", 200),
    ("/api/session", 200),
    ("/api/docs", 200),
    ("/api/openapi.json", 200),
    ("/static/app.css", 200),
    ("/static/swagger-ui/swagger-ui.css", 200),
    ("/no-such-page", 404),
    ("/api/no-such-thing", 404),
    ("/static/no-such-file.css", 404),
    ("/api/actions/999", 404),
]


@pytest.mark.parametrize("path,code", ANSWERS)
def test_every_answer_carries_the_security_headers(anonymous, viewer, path, code):
    for c in (anonymous, viewer):
        r = c.get(path)
        assert r.status_code == code, (path, r.status_code)
        assert_secure_headers(r)


def test_an_unhandled_error_carries_them_too(tmp_path):
    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    app = create_app(f"sqlite:///{tmp_path / 'boom.db'}", secret="x")

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c:
        r = c.get("/boom")
        assert r.status_code == 500 and r.text == "Internal Server Error"
        assert_secure_headers(r)


def test_what_depends_on_the_signed_in_user_is_never_cached(anonymous, viewer):
    for path in ("/", "/actions", "/actions/3", "/api/actions", "/api/actions/3", "/static/app.css"):
        r = viewer.get(path)
        assert r.status_code == 200 and r.headers["cache-control"] == "no-store", path
    assert anonymous.get("/sign-in").headers["cache-control"] == "no-store"
    assert "no-store" not in anonymous.get("/static/app.css").headers.get("cache-control", "")


def test_an_answer_setting_a_cookie_is_never_cached(url):
    with client(url) as c:
        r = c.get("/api/session")  # makes the session (its CSRF token): sets the cookie
        assert "set-cookie" in r.headers and r.headers["cache-control"] == "no-store"
        r = c.post("/sign-in", data={"name": "vera", "password": PASSWORD, "csrf_token": token(c)})
        assert r.status_code == 303 and "set-cookie" in r.headers and r.headers["cache-control"] == "no-store"


def inline_code(html: str) -> list[str]:
    """Script or style written in the page itself, which the CSP would block."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            names = {name for name, _ in attrs}
            if (tag == "script" and "src" not in names) or tag == "style":
                found.append(f"<{tag}> without src")
            found.extend(f"{tag} {name}=" for name in names if name == "style" or name.startswith("on"))
            found.extend(
                f"{tag} {name}={value}"
                for name, value in attrs
                if name in ("href", "src", "action") and (value or "").lower().startswith("javascript:")
            )

    Finder().feed(html)
    return found


def test_no_template_holds_inline_script_or_style():
    from scrutiny.web.templating import TEMPLATES

    for template in sorted(TEMPLATES.glob("*.html")):
        text = template.read_text(encoding="utf-8")
        assert not inline_code(text), (template.name, inline_code(text))


def test_no_page_holds_inline_script_or_style(viewer, ids):
    pages = 0
    for route in get_routes(viewer.app):
        if route.path.startswith("/api/") and route.path != "/api/docs":
            continue
        for path, params in itertools.islice(requests_for(route, ids), 3):
            r = viewer.get(path, params=params)
            if "html" in r.headers.get("content-type", ""):
                pages += 1
                assert not inline_code(r.text), (path, inline_code(r.text))
    assert pages > 10


# --- the Secure flag behind a TLS proxy -------------------------------------------------------------


def cookie_behind(url: str, trusted: str, proxy: str, proto: str | None) -> str:
    """The session cookie set for a visitor whom `proxy` forwards (over plain http to the app,
    which by itself would not insist on Secure), when the app trusts `trusted`."""
    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    app = create_app(url, secret="x", https_only=False, forwarded_allow_ips=trusted)
    headers = {"X-Forwarded-Proto": proto} if proto else {}
    with TestClient(app, base_url="http://testserver", client=(proxy, 40000), headers=headers) as c:
        return c.get("/api/session").headers["set-cookie"].lower()


def is_secure(cookie: str) -> bool:
    return "secure" in [part.strip() for part in cookie.split(";")]


def test_the_cookie_is_secure_behind_a_trusted_tls_proxy(url):
    assert is_secure(cookie_behind(url, "10.0.0.1", "10.0.0.1", "https"))
    assert is_secure(cookie_behind(url, "10.0.0.0/8", "10.1.2.3", "https"))
    assert not is_secure(cookie_behind(url, "10.0.0.1", "10.0.0.1", "http"))  # a plain http visitor
    assert not is_secure(cookie_behind(url, "10.0.0.1", "10.0.0.1", None))


def test_an_untrusted_proxy_is_not_believed(url):
    assert not is_secure(cookie_behind(url, "10.0.0.1", "192.0.2.66", "https"))
    assert not is_secure(cookie_behind(url, "", "10.0.0.1", "https"))


def test_the_setting_names_the_trusted_proxies(url, monkeypatch):
    monkeypatch.setenv("SCRUTINY_FORWARDED_ALLOW_IPS", "10.9.9.9")
    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    app = create_app(url, secret="x", https_only=False)
    with TestClient(app, base_url="http://testserver", client=("10.9.9.9", 1)) as c:
        r = c.get("/api/session", headers={"X-Forwarded-Proto": "https"})
        assert is_secure(r.headers["set-cookie"].lower())


# --- /api/docs from the package -----------------------------------------------------------------------


def references(html: str) -> list[str]:
    return re.findall(r'\b(?:src|href)="([^"]*)"', html)


def test_the_api_docs_call_no_other_host(anonymous):
    r = anonymous.get("/api/docs")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert_secure_headers(r)
    found = references(r.text)
    assert any(u.endswith("swagger-ui-bundle.js") for u in found) and any(u.endswith(".css") for u in found)
    for ref in found:
        assert ref.startswith("/") and not ref.startswith("//"), ref  # this site only
        asset = anonymous.get(ref)
        assert asset.status_code == 200 and asset.content, ref
    started = anonymous.get("/static/api-docs.js").text
    assert "SwaggerUIBundle(" in started and "://" not in started and "validatorUrl: null" in started
    spec = re.search(r'data-openapi-url="([^"]+)"', r.text).group(1)
    assert anonymous.get(spec).json()["info"]["title"] == "scrutiny"
