"""Issue 9, findings 1 and 2, end to end: papers ingested through the real pipeline, then asked for
by an anonymous visitor and by a signed-in user.

- Panel minutes whose Part II resolution is wrapped so a line begins "Part 1 of Schedule 12A to the
  Local Government Act 1972": the section runs on to END OF PART II, so its action (Brackwater)
  and decision (Tolliver) are restricted; the old rule ended the section at that line.
- Board minutes marked "Item 2 (Part II) – Exempt information, Schedule 12A paragraph 3".
- A DOCX whose page header says OFFICIAL-SENSITIVE (a header the reader otherwise leaves out):
  the document is restricted as a whole.

A signed-in user sees each restricted section headed by why; the public never sees the why.
"""

from __future__ import annotations

import docx
import pytest
from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare
from scrutiny.store.users import add_user

from .helpers import PANEL_OPENING, PASSWORD, client, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PANEL = (
    PANEL_OPENING
    + """\
RESOLVED: That the knife crime report be noted.

3. PART II – EXEMPT ITEM

RESOLVED: That the press and public be excluded from the meeting for this item
as it involves the likely disclosure of exempt information as defined in
paragraph 3 of
Part 1 of Schedule 12A to the Local Government Act 1972.

The Panel discussed the Brackwater depot sale.

ACTION: MC to brief members on the Brackwater depot sale by 15 April 2024

RESOLVED: That the Tolliver settlement be approved.

END OF PART II

4. Road safety

ACTION: MC to publish the road safety camera figures by 30 June 2024
"""
)

BOARD = """\
STOURLAND PERFORMANCE AND RESOURCES BOARD

Minutes of the meeting held on 9 April 2024 at 14:00, Room G12, Stourland Police Headquarters

Present: Ian Marsh (IM), Margaret Coyle (MC)

Item 1 (Part I) – Contact management

ACTION: IM to publish the 101 abandonment rates by 31 May 2024

Item 2 (Part II) – Exempt information, Schedule 12A paragraph 3

ACTION: IM to renegotiate the Pellworth custody contract by 30 June 2024

Item 3 (Part I) – Finance

ACTION: MC to publish the quarterly budget monitoring by 31 July 2024
"""

SECRETS = ("Brackwater", "Tolliver", "Pellworth", "Heron")


def _marked_docx(path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    document.add_paragraph("STOURLAND COVERT TASKING GROUP")
    document.add_paragraph("Minutes of the meeting held on 6 March 2024 at 09:00, Briefing Room")
    document.add_paragraph("Present: Dermot Ashcombe (DA)")
    document.add_paragraph("1. Operation Heron")
    document.add_paragraph("ACTION: DA to review the Heron informant handling by 31 March 2024")
    document.save(str(path))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exempt")
    url = f"sqlite:///{folder / 'exempt.db'}"
    engine = connect(url)
    (folder / "panel-2024-03-12.txt").write_text(PANEL, encoding="utf-8")
    (folder / "board-2024-04-09.txt").write_text(BOARD, encoding="utf-8")
    _marked_docx(folder / "tasking-2024-03-06.docx")
    ids = {}
    for name in ("panel-2024-03-12.txt", "board-2024-04-09.txt", "tasking-2024-03-06.docx"):
        outcome = write(engine, prepare(folder / name), source=str(folder / name))
        assert isinstance(outcome, Outcome), outcome
        ids[name] = outcome.document_id
    with session_scope(engine, write=True) as session:
        add_user(session, "vera", PASSWORD, "viewer")
        actions = {a.text: a.id for a in session.scalars(select(m.Action))}
    engine.dispose()
    return url, ids, actions


def _action(actions: dict[str, int], words: str) -> int:
    [found] = [i for text, i in actions.items() if words in text]
    return found


def test_the_part_ii_records_are_restricted_at_ingest(store):
    url, _, _ = store
    engine = connect(url)
    with session_scope(engine) as s:
        flags = {a.text: a.restricted for a in s.scalars(select(m.Action))}
        decisions = {d.text: d.restricted for d in s.scalars(select(m.Decision))}
        documents = {d.name: d.restricted for d in s.scalars(select(m.Document))}
    engine.dispose()
    assert {text: flag for text, flag in flags.items() if flag} == {
        next(t for t in flags if "Brackwater" in t): True,
        next(t for t in flags if "Pellworth" in t): True,
        next(t for t in flags if "Heron" in t): True,
    }
    assert decisions[next(t for t in decisions if "Tolliver" in t)]
    assert not decisions[next(t for t in decisions if "knife crime" in t)]
    assert documents == {
        "panel-2024-03-12.txt": False,
        "board-2024-04-09.txt": False,
        "tasking-2024-03-06.docx": True,  # OFFICIAL-SENSITIVE in its page header
    }


def test_anonymous_visitors_see_none_of_it(store):
    url, ids, actions = store
    panel, board, tasking = ids.values()
    with client(url) as c:
        answers = {
            "/api/actions?per_page=200": c.get("/api/actions?per_page=200"),
            "/actions?per_page=200": c.get("/actions?per_page=200"),
            f"/api/documents/{panel}": c.get(f"/api/documents/{panel}"),
            f"/documents/{panel}": c.get(f"/documents/{panel}"),
            f"/documents/{board}": c.get(f"/documents/{board}"),
            "/api/documents": c.get("/api/documents"),
            "/api/meetings": c.get("/api/meetings"),
        }
        for path, r in answers.items():
            assert r.status_code == 200, path
            assert not [w for w in SECRETS if w in r.text], path
            assert "Part II heading" not in r.text and "Schedule 12A paragraph" not in r.text, path
        for word in SECRETS:
            assert c.get("/api/search", params={"q": word}).json()["hits"] == [], word
        for words in ("Brackwater", "Pellworth", "Heron"):
            assert c.get(f"/api/actions/{_action(actions, words)}").status_code == 404
            assert c.get(f"/actions/{_action(actions, words)}").status_code == 404
        assert c.get(f"/documents/{tasking}").status_code == 404
        assert c.get(f"/api/documents/{tasking}").status_code == 404
        # what is public stays public: the items after each section's real end
        listed = answers["/api/actions?per_page=200"].text
        assert "road safety camera figures" in listed and "quarterly budget monitoring" in listed
        assert "Road safety" in answers[f"/documents/{panel}"].text


def test_signed_in_users_see_it_and_why(store):
    url, ids, actions = store
    panel, board, tasking = ids.values()
    with client(url) as c:
        sign_in(c, "vera")
        assert "Brackwater" in c.get(f"/api/actions/{_action(actions, 'Brackwater')}").text
        page = c.get(f"/documents/{panel}").text
        assert "Brackwater" in page and "Tolliver" in page
        assert "Part II heading (Schedule 12A paragraph 3): “3. PART II – EXEMPT ITEM”" in page
        board_page = c.get(f"/documents/{board}").text
        assert (
            "Part II heading (Schedule 12A paragraph 3): “Item 2 (Part II) – Exempt information" in board_page
        )
        tasking_page = c.get(f"/documents/{tasking}").text
        assert (
            "Heron" in tasking_page
            and "OFFICIAL-SENSITIVE marking at the head of the document" in tasking_page
        )
        action_page = c.get(f"/actions/{_action(actions, 'Brackwater')}").text
        assert "Why restricted: Part II heading (Schedule 12A paragraph 3): “3. PART II" in action_page
