"""The register in the store: updates in later papers linked to their actions (by ref, then by
wording), kept for review when they match nothing, the status following the history in any
order of ingest, a person's change surviving re-ingests and corrected versions, owners resolved
to the people the attendance names, and overdue as of a day. On SQLite and PostgreSQL.

The papers are three short TXT minutes of one board, written here: January gives out actions
01/24 to 03/24, February reports "01/24: Complete" and "02/24: Ongoing" (and on 07/23, which
no stored paper gave out), March reports on 02/24 in words, without its ref.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import session_scope
from scrutiny.store.events import ordered, record_change, status_on
from scrutiny.store.link import for_review
from scrutiny.store.prepare import prepare
from scrutiny.store.queries import ActionFilter, count_actions, list_actions

from .helpers import FEBRUARY, JANUARY, MARCH, ingest, paper, table_counts

STAFFING = "Review of the staffing of the evening shifts in the contact centre – completed."
CCTV = "Replacement of the custody CCTV cameras at Northgate – ongoing."


@pytest.fixture
def papers(tmp_path: Path) -> dict[str, Path]:
    return {
        "jan": paper(tmp_path, "jan", JANUARY, ""),
        "feb": paper(tmp_path, "feb", FEBRUARY),
        "mar": paper(tmp_path, "mar", MARCH),
    }


def action(s, ref: str) -> m.Action:
    return s.scalars(select(m.Action).where(m.Action.ref == ref)).one()


def update(s, text: str) -> m.ActionUpdate:
    return s.scalars(select(m.ActionUpdate).where(m.ActionUpdate.text == text)).one()


def history(a: m.Action) -> list[tuple]:
    return [(e.at.isoformat() if e.at else None, e.status, e.source) for e in ordered(a.events)]


def links(engine) -> dict[tuple[str | None, str | None], tuple[str | None, float | None]]:
    """Each update (ref, text) with the ref of the action it is linked to, and the confidence."""
    with session_scope(engine) as s:
        refs = dict(s.execute(select(m.Action.id, m.Action.ref)).all())
        return {
            (u.ref, u.text): (refs.get(u.action_id), u.match_confidence)
            for u in s.scalars(select(m.ActionUpdate))
        }


def test_updates_are_linked_by_ref_across_documents(engine, papers):
    ingest(engine, papers["jan"], papers["feb"])
    with session_scope(engine) as s:
        done = update(s, "Complete")
        first = action(s, "01/24")
        assert (done.action_id, done.match_confidence) == (first.id, 1.0)
        assert first.status == "complete"
        assert history(first) == [("2024-01-10", "open", "extracted"), ("2024-02-14", "complete", "update")]
        event = ordered(first.events)[-1]
        feb = s.scalars(select(m.Document).where(m.Document.name == "feb.txt")).one()
        assert (event.document_id, event.update_id, event.confidence) == (feb.id, done.id, 1.0)
        assert event.evidence_text == "01/24: Complete"
        assert event.note == "matched by ref"
        assert action(s, "02/24").status == "in_progress"
        assert action(s, "03/24").status == "open"


def test_an_update_matching_nothing_is_kept_for_review(engine, papers):
    ingest(engine, papers["jan"], papers["feb"])
    with session_scope(engine) as s:
        orphan = update(s, "Closed")
        assert orphan.ref == "07/23" and orphan.action_id is None and orphan.match_confidence is None
        assert s.scalars(select(m.ActionEvent).where(m.ActionEvent.update_id == orphan.id)).all() == []
        review = for_review(s)
        assert [(r.ref, r.status, r.document) for r in review] == [("07/23", "closed", "feb.txt")]
        assert review[0].body == "Performance and Resources Board"


def test_an_update_without_a_ref_is_linked_by_its_words(engine, papers):
    ingest(engine, papers["jan"], papers["mar"])
    with session_scope(engine) as s:
        worded = update(s, STAFFING)
        second = action(s, "02/24")
        assert worded.action_id == second.id
        assert 0.72 <= worded.match_confidence < 1.0
        assert ordered(second.events)[-1].note == "matched by wording"
        assert second.status == "complete"
        assert update(s, CCTV).action_id is None


def test_the_history_follows_the_meeting_dates_in_any_order_of_ingest(engine, papers):
    ingest(engine, papers["mar"], papers["feb"])  # the reports first: nothing to link to yet
    assert all(ref is None for ref, _ in links(engine).values())
    ingest(engine, papers["jan"])  # the minutes that gave the actions out, last
    with session_scope(engine) as s:
        second = action(s, "02/24")
        assert history(second) == [
            ("2024-01-10", "open", "extracted"),
            ("2024-02-14", "in_progress", "update"),
            ("2024-03-13", "complete", "update"),
        ]
        assert second.status == "complete"
        assert action(s, "01/24").status == "complete"
    linked = links(engine)
    assert {key: ref for key, (ref, _) in linked.items()} == {
        ("01/24", "Complete"): "01/24",
        ("02/24", "Ongoing"): "02/24",
        ("07/23", "Closed"): None,
        (None, STAFFING): "02/24",
        (None, CCTV): None,
    }
    assert linked[("01/24", "Complete")][1] == 1.0 and linked[(None, STAFFING)][1] < 1.0


def test_the_same_links_whatever_the_order(db_url, tmp_path, papers):
    from scrutiny.store.db import connect

    results = []
    for k, order in enumerate((("jan", "feb", "mar"), ("mar", "jan", "feb"), ("feb", "mar", "jan"))):
        url = db_url if k == 0 else f"sqlite:///{tmp_path / f'order{k}.db'}"
        engine = connect(url)
        try:
            ingest(engine, *(papers[n] for n in order))
            with session_scope(engine) as s:
                statuses = {a.ref: a.status for a in s.scalars(select(m.Action))}
                histories = {a.ref: history(a) for a in s.scalars(select(m.Action))}
            results.append((links(engine), statuses, histories))
        finally:
            engine.dispose()
    assert results[0] == results[1] == results[2]


def test_a_second_ingest_changes_nothing(engine, papers):
    ingest(engine, *papers.values())
    before = table_counts(engine)
    linked = links(engine)
    for path in papers.values():
        assert write(engine, prepare(path), source=str(path)).status == "exists"
    assert table_counts(engine) == before
    assert links(engine) == linked


def test_a_persons_change_survives_a_reingest_and_corrected_versions(engine, papers, tmp_path):
    ingest(engine, papers["jan"], papers["feb"])
    with session_scope(engine, write=True) as s:
        second = action(s, "02/24")
        second_id = second.id
        record_change(s, second, "complete", actor="j.smith", note="rota agreed", at=dt.date(2024, 2, 20))
        assert second.status == "complete"
    before = table_counts(engine)
    # the same file again: nothing at all
    assert write(engine, prepare(papers["feb"]), source="again").status == "exists"
    assert table_counts(engine) == before
    # a corrected version of February: its updates are replaced and linked again, once each
    ingest(engine, paper(tmp_path, "feb-corrected", FEBRUARY, "No other business was raised."))
    # a corrected version of January: the actions keep their ids, and the events on them
    ingest(engine, paper(tmp_path, "jan-corrected", JANUARY, " and in the control room"))
    after = table_counts(engine)
    for table in ("actions", "action_updates", "action_events", "meetings"):
        assert after[table] == before[table], table
    with session_scope(engine) as s:
        second = s.get(m.Action, second_id)
        assert second.ref == "02/24"
        assert history(second) == [
            ("2024-01-10", "open", "extracted"),
            ("2024-02-14", "in_progress", "update"),
            ("2024-02-20", "complete", "person"),
        ]
        person = next(e for e in second.events if e.source == "person")
        assert (person.actor, person.note) == ("j.smith", "rota agreed")
        assert second.status == "complete"
        docs = {e.source: e.document_id for e in second.events}
        names = dict(s.execute(select(m.Document.id, m.Document.name)).all())
        assert names[docs["extracted"]] == "jan-corrected.txt"
        assert names[docs["update"]] == "feb-corrected.txt"
    # a later paper's word still counts after the person's: March says complete too
    ingest(engine, papers["mar"])
    with session_scope(engine) as s:
        sources = [h[2] for h in history(s.get(m.Action, second_id))]
        assert sources == ["extracted", "update", "person", "update"]


def test_a_person_on_the_same_day_as_a_paper_wins(engine, papers):
    ingest(engine, papers["jan"], papers["feb"])
    with session_scope(engine, write=True) as s:
        first = action(s, "01/24")
        record_change(s, first, "in_progress", actor="j.smith", note="not yet", at=dt.date(2024, 2, 14))
        assert first.status == "in_progress"
        assert status_on(first.events, dt.date(2024, 2, 13)) == "open"


def test_owners_are_resolved_to_the_people_the_attendance_names(engine, papers):
    ingest(engine, papers["jan"])
    with session_scope(engine) as s:
        body = s.scalars(select(m.Body)).one()
        resolved = {}
        for a in s.scalars(select(m.Action)):
            for o in a.owners:
                person = s.get(m.Person, o.person_id) if o.person_id else None
                resolved[o.owner] = (person.name, person.body_id) if person else None
        assert resolved == {
            "JB": ("Jane Brown", body.id),  # by the initials the attendance gives
            "IM": ("Ian Mottram", body.id),
            "DCC": ("Keith Worrall", body.id),  # by the post: Deputy Chief Constable
        }


def test_overdue_follows_the_register_as_of_a_day(engine, papers):
    ingest(engine, papers["jan"], papers["feb"])  # 01/24 complete in Feb; 02/24 in progress
    june = dt.date(2024, 6, 1)

    def overdue(day: dt.date) -> list[str]:
        with session_scope(engine) as s:
            rows = list_actions(s, ActionFilter(overdue_on=day), limit=None)
            assert count_actions(s, ActionFilter(overdue_on=day)) == len(rows)
            assert all(r.overdue for r in rows)
            return [r.ref for r in rows]

    assert overdue(june) == ["03/24", "02/24"]  # earliest due first; 01/24 was completed
    assert overdue(dt.date(2024, 4, 15)) == ["03/24"]  # 02/24 not yet due
    with session_scope(engine, write=True) as s:
        record_change(s, action(s, "02/24"), "complete", actor="j.smith", at=dt.date(2024, 7, 1))
        record_change(s, action(s, "03/24"), "closed", actor="j.smith", at=dt.date(2024, 3, 20))
    assert overdue(june) == ["02/24"]  # complete only from July: overdue in June
    assert overdue(dt.date(2024, 8, 1)) == []
    with session_scope(engine) as s:
        done = ActionFilter(body="performance", status=["complete"], due_before=june)
        rows = list_actions(s, done, as_of=june)
        assert [(r.ref, r.overdue) for r in rows] == [("01/24", False), ("02/24", True)]
        # an action with no due date is overdue only when a paper or a person says so
        third = action(s, "03/24")
    with session_scope(engine, write=True) as s:
        third = s.get(m.Action, third.id)
        third.due, third.due_date = None, None
        record_change(s, third, "overdue", actor="j.smith", at=dt.date(2024, 5, 1))
    assert overdue(june) == ["02/24", "03/24"]  # the dated first, then the undated


def test_an_unknown_status_is_refused(engine, papers):
    ingest(engine, papers["jan"])
    with (
        session_scope(engine, write=True) as s,
        pytest.raises(ValueError, match="unknown status 'finished'"),
    ):
        record_change(s, action(s, "01/24"), "finished", actor="j.smith")


def test_an_earlier_meeting_ingested_later_takes_the_link_it_fits_better(engine, papers, tmp_path):
    """The numbering restarted: October 2023 gave out an 01/24 too. February's "01/24: Complete"
    first links to October's, the only one stored; when January comes, the most recent wins."""
    october = paper(tmp_path, "oct", JANUARY.replace("10 January 2024", "11 October 2023"), "")
    ingest(engine, october, papers["feb"])
    with session_scope(engine) as s:
        old = s.scalars(select(m.Action).where(m.Action.ref == "01/24")).one()
        old_id = old.id
        assert update(s, "Complete").action_id == old_id and old.status == "complete"
    ingest(engine, papers["jan"])
    with session_scope(engine) as s:
        done = update(s, "Complete")
        new = s.get(m.Action, done.action_id)
        assert new.id != old_id and new.meeting.date == dt.date(2024, 1, 10)
        assert done.match_confidence == 0.9  # a ref two actions share is less sure
        old = s.get(m.Action, old_id)
        assert (old.status, [e.source for e in old.events]) == ("open", ["extracted"])
        assert new.status == "complete"
        assert len(s.scalars(select(m.ActionEvent).where(m.ActionEvent.update_id == done.id)).all()) == 1


def test_an_update_on_an_action_a_corrected_version_drops_goes_back_to_review(engine, papers, tmp_path):
    ingest(engine, papers["jan"], papers["feb"])
    dropped = JANUARY.replace(
        "Action 02/24: IM to review the staffing of the evening shifts in the contact centre"
        " by 30 April 2024.\n",
        "",
    )
    ingest(engine, paper(tmp_path, "jan-corrected", dropped, ""))
    with session_scope(engine) as s:
        assert s.scalars(select(m.Action.ref).order_by(m.Action.ref)).all() == ["01/24", "03/24"]
        ongoing = update(s, "Ongoing")
        assert ongoing.action_id is None
        assert s.scalars(select(m.ActionEvent).where(m.ActionEvent.update_id == ongoing.id)).all() == []
        assert {r.ref for r in for_review(s)} == {"02/24", "07/23"}
        assert action(s, "01/24").status == "complete"
