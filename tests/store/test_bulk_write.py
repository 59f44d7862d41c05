"""Storing a document costs a fixed number of statements, not some per action; a document over
the record limit is refused whole; a writer locked out waits and tries again; and the indexes
that keep pairing and linking near-linear find exactly what comparing every pair finds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from scrutiny.extract.similarity import dice
from scrutiny.record import Action as RecordAction
from scrutiny.register.matching import Candidate, Update, match_update
from scrutiny.store import db
from scrutiny.store import models as m
from scrutiny.store.batch import Failure, ingest_paths, write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import MAX_RECORDS_ENV, Outcome, _alike, _OldAction, pair_actions
from scrutiny.store.link import _Near
from scrutiny.store.prepare import prepare

from .conftest import BACKENDS, fresh_database
from .helpers import table_counts

HEAD = """\
OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTMERE

PERFORMANCE AND RESOURCES BOARD

MINUTES

{day} 10:00, Room G12, Westmere Police Headquarters

Present

- Jane Brown, Chief Finance Officer, OPCC (JB)
- Ian Mottram, Head of Contact Management (IM)
- Keith Worrall, Deputy Chief Constable (KDW)

"""
TOPICS = ["overtime forecast", "evening shift staffing", "custody CCTV cameras", "vetting backlog"]
PLACES = ["Northgate", "Eastgate", "Kingsholm", "Radley", "Fenby"]


def minutes(folder: Path, n: int) -> Path:
    """January's minutes giving out `n` actions, owned in turn by JB, IM and KDW."""
    lines = [HEAD.format(day="10 January 2024"), "1. Finance", "", "The Board discussed the budget.", ""]
    for k in range(1, n + 1):
        owner = ["JB", "IM", "KDW"][k % 3]
        topic = f"the {TOPICS[k % 4]} for {PLACES[k % 5]} (case {k})"
        lines += [f"Action {k:02d}/24: {owner} to provide {topic} to the OPCC by 31 March 2024.", ""]
    path = folder / f"jan-{n}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def action_log(folder: Path, n: int) -> Path:
    """February's minutes reporting on the `n` actions January gave out, by ref."""
    lines = [HEAD.format(day="14 February 2024"), "1. Action Log", ""]
    lines += [f"- {k:02d}/24: Complete" for k in range(1, n + 1)]
    lines += ["", "2. Any other business", "", "None."]
    path = folder / f"feb-{n}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def statements(engine, path: Path) -> int:
    """The SQL statements storing `path` issued (one per executemany)."""
    prepared = prepare(path)
    count = 0

    def seen(*_args) -> None:
        nonlocal count
        count += 1

    event.listen(engine, "before_cursor_execute", seen)
    try:
        result = write(engine, prepared, source=str(path))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert isinstance(result, Outcome) and result.status == "added", result
    return count


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_statements_do_not_grow_with_the_actions_and_updates(backend, tmp_path):
    counts = {}
    for n in (6, 90):
        folder = tmp_path / str(n)
        folder.mkdir()
        with fresh_database(backend, folder) as url:
            engine = connect(url)
            counts[n] = (statements(engine, minutes(folder, n)), statements(engine, action_log(folder, n)))
            with session_scope(engine) as s:
                owners = s.execute(select(m.ActionOwner.owner, m.ActionOwner.person_id)).all()
                assert len(owners) == n and all(person is not None for _, person in owners)  # resolved
                linked = s.scalar(select(func.count()).where(m.ActionUpdate.action_id.is_not(None)))
                assert linked == n
                assert set(s.scalars(select(m.Action.status))) == {"complete"}
            engine.dispose()
    assert counts[6] == counts[90]


def test_a_document_over_the_record_limit_is_refused_whole(engine, tmp_path, monkeypatch):
    path = minutes(tmp_path, 12)  # a meeting, 3 attendees, an item and 12 actions: 17 records
    monkeypatch.setenv(MAX_RECORDS_ENV, "16")
    reason = "too many records (17 > 16, see SCRUTINY_MAX_RECORDS): nothing of it was stored"
    assert write(engine, prepare(path), source=str(path)) == Failure(str(path), reason)
    summary = ingest_paths(engine, [path], workers=1, timeout=60)  # refused in the reading child
    assert (summary.added, summary.failures) == (0, [Failure(str(path), reason)])
    assert table_counts(engine)["documents"] == 0

    monkeypatch.setenv(MAX_RECORDS_ENV, "17")
    assert ingest_paths(engine, [path], workers=1, timeout=60).added == 1
    assert table_counts(engine)["actions"] == 12


@pytest.fixture
def locked_store(tmp_path):
    """A migrated SQLite store whose writers wait only 50 ms, and another connection holding
    its write lock."""
    path = tmp_path / "store.db"
    engine = connect(f"sqlite:///{path}", busy_timeout_ms=50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield engine, holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()
    engine.dispose()


def test_a_writer_locked_out_tries_again_and_stores(locked_store, tmp_path, monkeypatch):
    engine, holder = locked_store
    pauses = []

    def release(seconds: float) -> None:  # between the first try and the second
        pauses.append(seconds)
        holder.execute("COMMIT")

    monkeypatch.setattr(db, "_sleep", release)
    path = minutes(tmp_path, 3)
    result = write(engine, prepare(path), source=str(path))
    assert isinstance(result, Outcome) and result.status == "added"
    assert pauses == [db.LOCK_PAUSE]
    assert table_counts(engine)["actions"] == 3


def test_a_writer_locked_out_every_time_gives_up_in_one_line(locked_store, tmp_path, monkeypatch):
    engine, holder = locked_store
    pauses: list[float] = []
    monkeypatch.setattr(db, "_sleep", pauses.append)
    path = minutes(tmp_path, 3)
    result = write(engine, prepare(path), source=str(path))
    assert isinstance(result, Failure)
    assert result.reason.startswith(
        f"could not be stored: the database stayed locked by another writer ({db.LOCK_TRIES} tries over "
    )
    assert result.reason.endswith("nothing of it was written: run the ingest again")
    assert pauses == [db.LOCK_PAUSE * 2**i for i in range(db.LOCK_TRIES - 1)]
    holder.execute("ROLLBACK")
    assert table_counts(engine)["documents"] == 0


# -- the indexes find what comparing every pair finds

WORDS = ["custody", "overtime", "forecast", "staffing", "evening", "shifts", "report", "the", "review"]
texts = st.lists(st.sampled_from(WORDS), max_size=7).map(" ".join)
refs = st.sampled_from([None, "01/24", "1/24", "SPB/01/24", "02/24", "Action 2", "2", "1(i)", "ABC"])


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, max_size=8), st.lists(texts, max_size=8))
def test_pairing_by_wording_finds_every_close_pair(news, olds):
    every = {(dice(o, n), i, j) for i, n in enumerate(news) for j, o in enumerate(olds) if dice(o, n) >= 0.6}
    assert set(_alike(news, olds)) == every


def every_pair(old: list[_OldAction], new: list[RecordAction]) -> dict[int, _OldAction]:
    """`pair_actions` as it was written first: every new action against every old one."""
    pairs: dict[int, _OldAction] = {}
    free = list(old)
    for i, a in enumerate(new):
        if a.ref:
            match = next((o for o in free if o.ref and o.ref.strip().lower() == a.ref.strip().lower()), None)
            if match is not None:
                pairs[i] = match
                free.remove(match)
    scored = sorted(
        (
            (dice(o.text, a.text), i, j)
            for i, a in enumerate(new)
            if i not in pairs
            for j, o in enumerate(free)
        ),
        reverse=True,
    )
    used: set[int] = set()
    for score, i, j in scored:
        if score < 0.6:
            break
        if i in pairs or j in used:
            continue
        pairs[i] = free[j]
        used.add(j)
    return pairs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(refs, texts), max_size=9), st.lists(st.tuples(refs, texts), max_size=9))
def test_a_corrected_versions_actions_pair_as_comparing_every_pair_does(old, new):
    stored = [_OldAction(j, r, t, None, None, False, 1, False) for j, (r, t) in enumerate(old)]
    given_out = [RecordAction(ref=r, text=t) for r, t in new]
    assert pair_actions(stored, given_out) == every_pair(stored, given_out)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(refs, texts), max_size=10), refs, texts)
def test_an_update_is_matched_among_its_near_actions_as_among_all(actions, ref, text):
    candidates = [
        Candidate(id=i, body="Board", meeting_date=None, ref=r, text=t) for i, (r, t) in enumerate(actions)
    ]
    update = Update(body="Board", meeting_date=None, ref=ref, text=text)
    near = _Near(candidates, lambda c: c.ref, lambda c: c.text).near(ref, text)
    assert match_update(update, near) == match_update(update, candidates)


def test_opening_a_store_waits_out_another_process_opening_it(tmp_path, monkeypatch):
    """Two ingests starting on one new SQLite file: the one that finds it locked while the other
    turns it to WAL and migrates it tries again, rather than failing "cannot open the database"."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from scrutiny.store import db

    calls: list[int] = []
    real_upgrade = db.upgrade

    def locked_once(engine):
        calls.append(1)
        if len(calls) == 1:
            locked = sqlite3.OperationalError("database is locked")
            raise OperationalError("PRAGMA journal_mode = WAL", {}, locked)
        real_upgrade(engine)

    monkeypatch.setattr(db, "upgrade", locked_once)
    monkeypatch.setattr(db, "_sleep", lambda seconds: None)
    engine = db.connect(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        assert len(calls) == 2
        assert db.current_revision(engine) == db.head_revision()
    finally:
        engine.dispose()
