"""`store.edits`: every change a person makes, on SQLite and PostgreSQL. Each records what it
should (the action, the event of its history with who, when and why, the search entry as the
ingest writes it) and nothing at all when it is refused or fails half way."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from scrutiny.store import edits
from scrutiny.store import models as m
from scrutiny.store.db import session_scope
from scrutiny.store.edits import EditError, change_action, set_action_restricted, set_document_restricted
from scrutiny.store.prepare import prepare
from scrutiny.store.queries import actions as action_q
from scrutiny.store.search import action_text

from .helpers import store_all, table_counts, write_minutes


@pytest.fixture
def action_id(engine, tmp_path) -> int:
    """One stored action: "JB to circulate the report on case 1", due 2019-01-30, open."""
    store_all(engine, [prepare(write_minutes(tmp_path, 1))])
    with session_scope(engine) as s:
        return s.scalars(select(m.Action.id)).one()


def search_text(session, action_id: int) -> str:
    return session.scalars(
        select(m.SearchEntry.text).where(m.SearchEntry.kind == "action", m.SearchEntry.ref_id == action_id)
    ).one()


def snapshot(engine, action_id: int) -> tuple:
    """Everything a change of the action may write."""
    with session_scope(engine) as s:
        a = s.get(m.Action, action_id)
        events = [(e.source, e.status, e.note, e.actor) for e in a.events]
        owners = [(o.owner, o.person_id) for o in a.owners]
        return (a.status, a.due, a.due_date, a.due_text, owners, events, search_text(s, action_id))


def test_the_ingest_writes_an_actions_search_text_as_a_change_does(engine, action_id):
    with session_scope(engine) as s:
        a = s.get(m.Action, action_id)
        written = action_text(a.ref, a.text, [o.owner for o in a.owners], a.due_text)
        assert search_text(s, action_id) == written
        assert "JB" in written and "circulate the report on case 1" in written


def test_a_change_of_status_is_an_event_with_who_when_and_why(engine, action_id):
    """As `scrutiny action ID --set-status Completed --note … --by j.smith --as-of 2019-03-01` records it."""
    with session_scope(engine, write=True) as s:
        change = change_action(
            s, action_id, "j.smith", status="Completed", note="  sent on\n1 March ", at=dt.date(2019, 3, 1)
        )
    assert (change.previous_status, change.status) == ("open", "complete")
    with session_scope(engine) as s:
        a = s.get(m.Action, action_id)
        assert a.status == "complete"
        event = s.get(m.ActionEvent, change.event_id)
        assert (event.action_id, event.source, event.actor) == (action_id, "person", "j.smith")
        assert (event.status, event.note, event.at) == ("complete", "sent on 1 March", dt.date(2019, 3, 1))
        assert event.created_at is not None


def test_a_note_alone_changes_no_status(engine, action_id):
    with session_scope(engine, write=True) as s:
        change = change_action(s, action_id, "j.smith", note="asked again")
    assert (change.previous_status, change.status) == ("open", "open")
    with session_scope(engine) as s:
        event = s.get(m.ActionEvent, change.event_id)
        assert (event.status, event.note, event.at) == (None, "asked again", dt.date.today())


def test_new_owners_are_resolved_said_in_the_history_and_searchable(engine, action_id):
    with session_scope(engine, write=True) as s:
        change = change_action(s, action_id, "eddie", owners=["JB", " Margaret  Coyle ", "JB", ""])
    with session_scope(engine) as s:
        a = s.get(m.Action, action_id)
        assert [o.owner for o in a.owners] == ["JB", "Margaret Coyle"]
        assert all(o.person_id is not None for o in a.owners)  # both named in the attendance
        assert s.get(m.ActionEvent, change.event_id).note == "owners: JB → JB, Margaret Coyle"
        assert search_text(s, action_id) == action_text(a.ref, a.text, ["JB", "Margaret Coyle"], a.due_text)


def test_a_new_due_date_replaces_the_written_one(engine, action_id):
    with session_scope(engine, write=True) as s:
        before = s.get(m.Action, action_id).due
        change = change_action(s, action_id, "eddie", due="2019-04", note="extended")
    with session_scope(engine) as s:
        a = s.get(m.Action, action_id)
        assert (a.due, a.due_date, a.due_text) == ("2019-04", dt.date(2019, 4, 30), None)
        assert s.get(m.ActionEvent, change.event_id).note == f"due: {before} → 2019-04; extended"
        assert search_text(s, action_id) == action_text(a.ref, a.text, ["JB"], None)
    with session_scope(engine, write=True) as s:
        change_action(s, action_id, "eddie", due="")
    with session_scope(engine) as s:
        assert s.get(m.Action, action_id).due_date is None


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"status": "finished"}, "unknown status 'finished'"),
        ({"owners": ["MC"], "due": "next spring"}, "not a due date: 'next spring'"),
        ({"owners": [f"O{i}" for i in range(21)]}, "at most 20 owners"),
        ({"status": "complete", "note": "x" * 2001}, "the note is too long"),
        ({"owners": ["JB"]}, "nothing to change"),
        ({}, "nothing to change"),
    ],
)
def test_a_refused_change_writes_nothing(engine, action_id, change, reason):
    before, counts = snapshot(engine, action_id), table_counts(engine)
    with session_scope(engine, write=True) as s, pytest.raises(EditError) as refused:
        change_action(s, action_id, "eddie", **change)
    assert refused.value.reason.startswith(reason)
    assert snapshot(engine, action_id) == before
    assert table_counts(engine) == counts


def test_a_change_that_fails_half_way_leaves_nothing_half_written(engine, action_id, monkeypatch):
    before, counts = snapshot(engine, action_id), table_counts(engine)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(edits, "record_change", broken)  # after the owners, due and search entry
    with session_scope(engine, write=True) as s:
        with pytest.raises(RuntimeError):
            change_action(s, action_id, "eddie", owners=["MC"], due="2019-06-30", status="complete")
        assert [o.owner for o in s.get(m.Action, action_id).owners] == ["JB"]  # the caller goes on
    assert snapshot(engine, action_id) == before
    assert table_counts(engine) == counts


def test_no_such_action(engine, action_id):
    with session_scope(engine, write=True) as s, pytest.raises(LookupError):
        change_action(s, action_id + 1000, "eddie", status="complete")


def test_marking_an_action_restricted_takes_its_search_entry_with_it(engine, action_id):
    generation = action_q._GENERATION[0]
    with session_scope(engine, write=True) as s:
        assert set_action_restricted(s, action_id, True) is True
        assert set_action_restricted(s, action_id, True) is False  # already so: nothing changes
    assert action_q._GENERATION[0] > generation  # the register's remembered totals are dropped
    with session_scope(engine) as s:
        assert s.get(m.Action, action_id).restricted
        entry = s.scalars(
            select(m.SearchEntry).where(m.SearchEntry.kind == "action", m.SearchEntry.ref_id == action_id)
        ).one()
        assert entry.restricted
    with session_scope(engine, write=True) as s:
        assert set_action_restricted(s, action_id, False) is True
    with session_scope(engine) as s:
        assert not s.get(m.Action, action_id).restricted


def test_marking_a_document_restricted_marks_everything_read_from_it(engine, action_id):
    with session_scope(engine) as s:
        document_id = s.get(m.Action, action_id).document_id
    with session_scope(engine, write=True) as s:
        assert set_document_restricted(s, document_id, True) > 0
    with session_scope(engine) as s:
        assert s.get(m.Document, document_id).restricted
        for model in (m.Action, m.Decision, m.SearchEntry):
            assert all(s.scalars(select(model.restricted))), model
    with session_scope(engine, write=True) as s:  # back to the ingest's marking: no Part II here
        set_document_restricted(s, document_id, False)
    with session_scope(engine) as s:
        for model in (m.Action, m.Decision, m.Item, m.SearchEntry):
            assert not any(s.scalars(select(model.restricted))), model


def test_marking_what_is_not_there(engine, action_id):
    with session_scope(engine, write=True) as s:
        with pytest.raises(LookupError):
            set_action_restricted(s, action_id + 1000, True)
        with pytest.raises(LookupError):
            set_document_restricted(s, 10_000, True)


def test_people_are_made_from_rows_then_found_by_name_or_initials_in_any_case(engine):
    rows = [
        {" Name ": "Jane Brown", "Initials": "JB", "Body": "Stourland Panel", "EMAIL": ""},
        {"name": "", "initials": "XX"},  # no name: passed over
    ]
    with session_scope(engine, write=True) as s:
        assert edits.import_people(s, rows) == (1, 0)
        assert edits.import_people(s, [{"name": "jb", "role": "CFO", "body": "stourland"}]) == (0, 1)
    with session_scope(engine) as s:
        (jane,) = edits.people_called(s, "JANE BROWN", "panel")
        assert (jane.name, jane.initials, jane.role, jane.email) == ("Jane Brown", "JB", "CFO", None)
        assert s.get(m.Body, jane.body_id).name == "Stourland Panel"
        assert edits.people_called(s, "jb", "another body") == []


def test_an_email_address_is_set_checked_and_removed(engine):
    with session_scope(engine, write=True) as s:
        edits.import_people(s, [{"name": "Jane Brown"}])
        jane = edits.people_called(s, "Jane Brown")[0]
        assert edits.set_email(s, jane.id, " jb@example.org ").email == "jb@example.org"
        with pytest.raises(EditError, match="not an e-mail address"):
            edits.set_email(s, jane.id, "jane at example.org")
        assert edits.set_email(s, jane.id, "").email is None
        with pytest.raises(LookupError):
            edits.set_email(s, jane.id + 1000, "jb@example.org")
