"""The JSON API: the register with the CLI's filters and pages, one action with its history,
meetings, documents, bodies, people, search; an editor's changes; an uploaded paper ingested."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import build_store, client, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MINUTES = """\
KELDERBY ETHICS COMMITTEE

Minutes of the meeting held on 4 September 2024 at 10:00, Committee Room 2, Kelderby

Present: Ruth Okafor (Chair) (RO), Tom Hale (TH)

1. Stop and search

ACTION: TH to report the stop and search disproportionality figures by 30 November 2024

RESOLVED: That the stop and search report be noted.

2. PART II – EXEMPT ITEM

ACTION: RO to review the Ashdown vetting appeal by 31 October 2024
"""


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api"))[0]


@pytest.fixture(scope="module")
def anonymous(url):
    with client(url) as c:
        yield c


@pytest.fixture(scope="module")
def editor(url):
    with client(url) as c:
        yield c, sign_in(c, "eddie")


def reasons(r) -> str:
    """The messages of a 422, which is FastAPI's shape: `detail` a list of `{loc, msg, type}`."""
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, list) and all({"loc", "msg", "type"} <= set(e) for e in detail), detail
    return " ".join(e["msg"] for e in detail)


def texts(page: dict) -> list[str]:
    return [row["text"].split(" <script>")[0] for row in page["items"]]


# --- the register ---------------------------------------------------------------------------------


def test_actions_earliest_due_first_with_totals(anonymous):
    page = anonymous.get("/api/actions", params={"as_of": "2024-07-01"}).json()
    assert page["total"] == 4 and page["page"] == 1 and page["pages"] == 1 and page["as_of"] == "2024-07-01"
    assert texts(page) == [
        "provide monthly 101 abandonment rates by hour of day",
        "circulate the knife crime report to all members",
        "publish the victims' code compliance figures",
        "review the estates strategy",
    ]
    first = page["items"][0]
    assert first["owners"] == ["IM"] and first["due"] == "2024-02-29" and first["overdue"] is True
    assert first["body"] == "Stourland Performance and Resources Board" and first["restricted"] is False
    assert page["items"][-1]["overdue"] is False


def test_actions_filters_as_the_cli(anonymous):
    def ids(**params):
        return [a["id"] for a in anonymous.get("/api/actions", params=params).json()["items"]]

    assert ids(overdue="true", as_of="2024-07-01") == [4, 1, 2] or ids(
        overdue="true", as_of="2024-07-01"
    ) == [4, 1]
    assert ids(overdue="true", as_of="2024-04-01") == [4, 1]
    assert ids(body="panel") == [1, 2]
    assert ids(owner="im") == [4] and ids(owner="Ian Marsh") == [4]
    assert ids(due_before="2024-03-31") == [4, 1]
    assert ids(**{"from": "2024-03-01"}) == [1, 2] and ids(to="2024-01-31") == [4, 5]
    assert ids(status="open,in progress") == ids()
    assert ids(status="closed") == []
    assert ids(sort="id") == [1, 2, 4, 5] and ids(sort="meeting") == [1, 2, 4, 5]


def test_actions_pages(anonymous):
    first = anonymous.get("/api/actions", params={"per_page": 3}).json()
    second = anonymous.get("/api/actions", params={"per_page": 3, "page": 2}).json()
    assert first["total"] == second["total"] == 4 and first["pages"] == 2
    assert len(first["items"]) == 3 and len(second["items"]) == 1
    assert {a["id"] for a in first["items"]} | {a["id"] for a in second["items"]} == {1, 2, 4, 5}
    assert anonymous.get("/api/actions", params={"page": 9}).json()["items"] == []


@pytest.mark.parametrize(
    "params,word",
    [
        ({"status": "finished"}, "unknown status"),
        ({"as_of": "1 March"}, "as_of: not a date"),
        ({"from": "2024-13-01"}, "from: not a date"),
        ({"per_page": 1000}, ""),
        ({"page": 0}, ""),
        ({"sort": "owner"}, ""),
    ],
)
def test_actions_bad_arguments_are_422(anonymous, params, word):
    assert word in reasons(anonymous.get("/api/actions", params=params))


@pytest.mark.parametrize(
    "listing,id_name",
    [
        ("actions", "action_id"),
        ("meetings", "meeting_id"),
        ("documents", "document_id"),
        ("bodies", "body_id"),
        ("people", "person_id"),
    ],
)
def test_numbers_past_the_databases_integers_are_422_not_500(anonymous, listing, id_name):
    """Found by Schemathesis: SQLite cannot bind an int past 64 bits (OverflowError, a 500)."""
    r = anonymous.get(f"/api/{listing}", params={"page": 26668312435993395200})
    assert "less than or equal to 1000000" in reasons(r)
    assert "less than or equal" in reasons(anonymous.get(f"/api/{listing}/9223372036854775808"))
    assert anonymous.get(f"/api/{listing}/9223372036854775807").status_code == 404
    paths = anonymous.get("/api/openapi.json").json()["paths"]

    def bounds(path: str, name: str) -> tuple[int, int]:
        (schema,) = [p["schema"] for p in paths[path]["get"]["parameters"] if p["name"] == name]
        return schema["minimum"], schema["maximum"]

    assert bounds(f"/api/{listing}", "page") == (1, 1_000_000)
    assert bounds(f"/api/{listing}", "per_page")[1] == 200
    assert bounds(f"/api/{listing}/{{{id_name}}}", id_name) == (1, 2**63 - 1)


def test_times_carry_their_offset(anonymous):
    """RFC 3339 date-times (OpenAPI's `date-time`) need an offset; the store keeps UTC."""
    for doc in [*anonymous.get("/api/documents").json()["items"], anonymous.get("/api/documents/1").json()]:
        assert doc["ingested_at"].endswith("Z")
        assert dt.datetime.fromisoformat(doc["ingested_at"]).utcoffset() == dt.timedelta(0)


def test_one_action_with_history_and_sources(anonymous):
    a = anonymous.get("/api/actions/4", params={"as_of": "2024-07-01"}).json()
    assert a["overdue"] is True and a["overdue_days"] == 123 and a["as_of"] == "2024-07-01"
    assert a["owners"][0]["owner"] == "IM" and a["owners"][0]["name"] == "Ian Marsh"
    assert a["history"][0]["source"] == "extracted" and a["history"][0]["date"] == "2024-01-10"
    assert a["sources"][0]["document"] == "board-2024-01-10.txt" and a["sources"][0]["path"] is None
    assert "ACTION: IM to provide monthly" in a["evidence"]
    assert anonymous.get("/api/actions/999").status_code == 404


# --- meetings, documents, bodies, people, search -------------------------------------------------------


def test_meetings_latest_first(anonymous):
    page = anonymous.get("/api/meetings").json()
    assert [m["date"] for m in page["items"]] == ["2024-03-12", "2024-01-10"]
    assert page["items"][0]["actions"] == 2 and page["items"][0]["decisions"] == 1
    assert anonymous.get("/api/meetings", params={"body": "board"}).json()["total"] == 1
    assert anonymous.get("/api/meetings", params={"from": "2024-02-01"}).json()["total"] == 1


def test_one_meeting(anonymous):
    mt = anonymous.get("/api/meetings/1").json()
    assert mt["body"] == "Stourland Police and Crime Panel" and mt["start_time"] == "10:00"
    assert [a["name"] for a in mt["attendance"]][:2] == ["Jane Brown", "Margaret Coyle"]
    assert [a["id"] for a in mt["action_list"]] == [1, 2]
    assert [d["text"] for d in mt["decision_list"]] == ["The knife crime report be noted."]
    assert anonymous.get("/api/meetings/999").status_code == 404


def test_documents_and_one_document(anonymous):
    page = anonymous.get("/api/documents").json()
    assert {d["name"] for d in page["items"]} == {"panel-2024-03-12.txt", "board-2024-01-10.txt"}
    assert "text" not in page["items"][0]
    assert anonymous.get("/api/documents", params={"name": "BOARD"}).json()["total"] == 1
    doc = anonymous.get("/api/documents/2").json()
    assert doc["format"] == "txt" and len(doc["sha256"]) == 64 and doc["source"] is None
    assert doc["text"].startswith("STOURLAND PERFORMANCE AND RESOURCES BOARD")
    assert [m["id"] for m in doc["meeting_list"]] == [2] and len(doc["action_list"]) == 2


def test_bodies_and_people(anonymous):
    bodies = anonymous.get("/api/bodies").json()["items"]
    assert [(b["name"], b["meetings"], b["actions"]) for b in bodies] == [
        ("Stourland Performance and Resources Board", 1, 2),
        ("Stourland Police and Crime Panel", 1, 2),
    ]
    body = anonymous.get(f"/api/bodies/{bodies[0]['id']}").json()
    assert [m["date"] for m in body["meeting_list"]] == ["2024-01-10"]
    assert {p["name"] for p in body["people"]} == {"Ian Marsh", "Margaret Coyle"}
    people = anonymous.get("/api/people", params={"name": "marsh"}).json()
    assert people["total"] == 1 and people["items"][0]["initials"] == "IM"
    person = anonymous.get(f"/api/people/{people['items'][0]['id']}").json()
    assert [a["id"] for a in person["action_list"]] == [4] and len(person["meeting_list"]) == 1


def test_search_with_highlights(anonymous):
    result = anonymous.get("/api/search", params={"q": '"knife crime"'}).json()
    assert result["query"] == '"knife crime"' and result["hits"]
    hit = next(h for h in result["hits"] if h["kind"] == "action")
    assert (
        hit["id"] == 1
        and hit["body"] == "Stourland Police and Crime Panel"
        and "«knife crime»" in hit["snippet"].lower()
    )
    assert ["knife crime", True] in [[t.lower(), on] for t, on in hit["fragments"]]
    assert anonymous.get("/api/search", params={"q": "zzzz"}).json()["hits"] == []
    assert anonymous.get("/api/search").status_code == 422


def test_session_info(anonymous):
    info = anonymous.get("/api/session").json()
    assert info["user"] is None and len(info["csrf_token"]) >= 40
    assert anonymous.get("/api/session").json()["csrf_token"] == info["csrf_token"]


def test_openapi_documents_the_api(anonymous):
    spec = anonymous.get("/api/openapi.json").json()
    for path in (
        "/api/actions",
        "/api/actions/{action_id}",
        "/api/actions/{action_id}/status",
        "/api/meetings",
        "/api/documents",
        "/api/bodies",
        "/api/people",
        "/api/search",
    ):
        assert path in spec["paths"], path
    assert "multipart/form-data" in spec["paths"]["/api/documents"]["post"]["requestBody"]["content"]
    assert anonymous.get("/api/docs").status_code == 200


# --- changes by an editor -------------------------------------------------------------------------


def test_status_change_goes_into_the_history(editor):
    c, token = editor
    open_before = c.get("/api/actions", params={"status": "open"}).json()["total"]
    r = c.post(
        "/api/actions/1/status",
        json={"status": "Complete", "note": "circulated on 20 March", "as_of": "2024-03-20"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["previous_status"] == "open" and body["action"]["status"] == "complete"
    last = body["action"]["history"][-1]
    assert (last["actor"], last["status"], last["date"], last["note"]) == (
        "eddie",
        "complete",
        "2024-03-20",
        "circulated on 20 March",
    )
    assert dt.datetime.fromisoformat(last["recorded_at"]).utcoffset() == dt.timedelta(0)
    assert last["recorded_at"].endswith("Z")
    assert c.get("/api/actions/1").json()["status"] == "complete"
    after = c.get("/api/actions", params={"status": "open"}).json()
    assert 1 not in [a["id"] for a in after["items"]] and after["total"] == open_before - 1


def test_owner_and_due_changes(editor):
    c, token = editor
    r = c.post(
        "/api/actions/2/status",
        json={"owners": ["MC", "JB"], "due": "2024-09", "note": "JB helps"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200, r.text
    a = r.json()["action"]
    assert (
        [o["owner"] for o in a["owners"]] == ["MC", "JB"]
        and a["due"] == "2024-09"
        and a["due_date"] == "2024-09-30"
    )
    assert a["status"] == "open"
    assert a["history"][-1]["note"] == "owners: MC → MC, JB; due: 2024-06-30 → 2024-09; JB helps"
    assert [x["id"] for x in c.get("/api/actions", params={"owner": "JB"}).json()["items"]] == [1, 3, 2]


@pytest.mark.parametrize(
    "change,word",
    [
        ({"status": "finished"}, "unknown status"),
        ({"due": "next week"}, "not a due date"),
        ({}, "nothing to change"),
    ],
)
def test_bad_changes_are_422(editor, change, word):
    c, token = editor
    r = c.post("/api/actions/4/status", json=change, headers={"X-CSRF-Token": token})
    assert word in reasons(r)
    assert (
        c.post(
            "/api/actions/999/status", json={"status": "open"}, headers={"X-CSRF-Token": token}
        ).status_code
        == 404
    )


def test_marking_an_action_and_a_document(editor, anonymous):
    c, token = editor
    total = anonymous.get("/api/actions").json()["total"]
    r = c.post("/api/actions/5/restricted", json={"restricted": True}, headers={"X-CSRF-Token": token})
    assert r.json() == {"id": 5, "restricted": True, "changed": 1}
    assert anonymous.get("/api/actions/5").status_code == 404
    assert anonymous.get("/api/actions").json()["total"] == total - 1  # the cached total forgotten
    assert anonymous.get("/api/search", params={"q": "estates"}).json()["hits"] == []
    board = anonymous.get("/api/documents/2").json()
    assert "estates" not in board["text"] and board["withheld"] == 1 and "abandonment" in board["text"]
    c.post("/api/actions/5/restricted", json={"restricted": False}, headers={"X-CSRF-Token": token})
    assert anonymous.get("/api/actions/5").status_code == 200
    assert anonymous.get("/api/actions").json()["total"] == total
    assert anonymous.get("/api/search", params={"q": "estates"}).json()["hits"]
    assert "estates" in anonymous.get("/api/documents/2").json()["text"]
    # the whole panel minutes restricted, then given back their own Part II marking
    r = c.post("/api/documents/1/restricted", json={"restricted": True}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200 and r.json()["changed"] > 0
    assert (
        anonymous.get("/api/documents/1").status_code == 404
        and anonymous.get("/api/meetings/1").status_code == 404
    )
    assert anonymous.get("/api/search", params={"q": "knife"}).json()["hits"] == []
    c.post("/api/documents/1/restricted", json={"restricted": False}, headers={"X-CSRF-Token": token})
    assert anonymous.get("/api/documents/1").json()["withheld"] == 1
    assert anonymous.get("/api/actions/3").status_code == 404  # the Part II action stays restricted
    assert anonymous.get("/api/search", params={"q": "knife"}).json()["hits"]
    assert "Millbrook" not in anonymous.get("/api/search", params={"q": "property sale"}).text


# --- uploads ------------------------------------------------------------------------------------------


def test_an_uploaded_paper_is_ingested_once(editor, anonymous):
    c, token = editor
    files = {"file": ("kelderby-ethics-2024-09-04.txt", MINUTES.encode(), "text/plain")}
    r = c.post("/api/documents", files=files, headers={"X-CSRF-Token": token})
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["status"] == "added" and out["name"] == "kelderby-ethics-2024-09-04.txt"
    assert (out["meetings"], out["actions"], out["decisions"]) == (1, 2, 1)
    doc = c.get(f"/api/documents/{out['document_id']}").json()
    assert doc["source"] == "uploaded by eddie: kelderby-ethics-2024-09-04.txt" and "Ashdown" in doc["text"]
    assert "Ashdown" not in anonymous.get(f"/api/documents/{out['document_id']}").text
    assert anonymous.get("/api/actions", params={"body": "kelderby"}).json()["total"] == 1
    again = c.post("/api/documents", files=files, headers={"X-CSRF-Token": token})
    assert again.status_code == 200 and again.json()["status"] == "exists"
    assert again.json()["document_id"] == out["document_id"]


def test_the_token_may_come_in_the_form(editor):
    c, token = editor
    files = {"file": ("notes.md", b"# Kelderby notes\n\nNothing was agreed.\n", "text/markdown")}
    r = c.post("/api/documents", files=files, data={"csrf_token": token})
    assert r.status_code in (201, 422), r.text  # accepted past the CSRF check
    assert c.post("/api/documents", files=files, data={"csrf_token": "no"}).status_code == 403


@pytest.mark.parametrize(
    "name,data,word",
    [
        ("empty.txt", b"", "empty file"),
        ("broken.pdf", b"%PDF-1.7\n" + b"\x00\x01garbage" * 50, ""),
        ("blank.docx", b"PK\x03\x04 not really a zip", ""),
    ],
)
def test_an_unreadable_upload_is_422_with_the_reason(editor, name, data, word):
    c, token = editor
    r = c.post("/api/documents", files={"file": (name, data)}, headers={"X-CSRF-Token": token})
    assert reasons(r).startswith(f"{name}: ") and word in reasons(r)
    assert r.json()["detail"][0]["loc"] == ["body", "file"]


def test_an_upload_without_a_file_is_422(editor):
    c, token = editor
    r = c.post("/api/documents", data={"other": "x"}, headers={"X-CSRF-Token": token})
    assert "no file" in reasons(r)


def test_an_upload_over_the_limit_is_413(editor, monkeypatch):
    c, token = editor
    monkeypatch.setenv("SCRUTINY_MAX_MB", "0.001")
    r = c.post(
        "/api/documents", files={"file": ("big.txt", b"word " * 1000)}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 413 and "too large" in r.json()["detail"]


@pytest.mark.parametrize(
    "path", ["/api/search?q=stop%00search", "/api/actions?owner=T%00H", "/api/meetings?body=%00"]
)
def test_a_nul_in_the_address_is_422_in_the_apis_shape(anonymous, path):
    """PostgreSQL's text cannot hold NUL (a 500 there); SQLite's can: both stores answer alike."""
    r = anonymous.get(path)
    assert r.status_code == 422
    (error,) = r.json()["detail"]
    assert "NUL" in error["msg"] and error["loc"] == ["query"]


def test_a_nul_in_a_pages_address_is_a_plain_400(anonymous):
    r = anonymous.get("/search?q=stop%00search")
    assert r.status_code == 400 and "NUL" in r.text
    assert r.headers["x-content-type-options"] == "nosniff"  # refused inside the security headers
