"""Ingest: the samples stored whole, each document once, one transaction per document, and a
corrected version of minutes replacing the old records without losing what people recorded."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scrutiny.store import models as m
from scrutiny.store.batch import Failure, ingest_paths, write
from scrutiny.store.db import session_scope
from scrutiny.store.events import record_change
from scrutiny.store.ingest import Outcome, _Writer, parse_day
from scrutiny.store.prepare import prepare, restricted_spans
from scrutiny.words import STATUSES, due_date

from .conftest import SAMPLES, sample_paths
from .helpers import expected_by_sha, store_all, stored_by_sha, table_counts, write_minutes


def test_the_samples_are_stored_whole(engine, prepared_samples):
    outcomes = store_all(engine, prepared_samples)
    assert all(o.status == "added" for o in outcomes)
    expected = {
        p.sha256: (
            len(p.record.meetings),
            sum(len(x.actions) for x in p.record.meetings),
            sum(len(x.decisions) for x in p.record.meetings),
        )
        for p in prepared_samples
    }
    assert stored_by_sha(engine) == expected
    with session_scope(engine) as s:
        # every action has its owners and its first status event, with the evidence it came from
        for action in s.scalars(select(m.Action)):
            assert action.events and action.events[0].source == "extracted"
            assert action.evidence_text
            assert action.status in STATUSES
        assert s.scalar(select(func.count()).select_from(m.Document).where(m.Document.text == "")) == 0
        # Part II of the Greyholm minutes is restricted, the rest is not
        restricted = s.scalars(select(m.Decision.text).where(m.Decision.restricted)).all()
        assert any("Millbrook" in t for t in restricted)
        assert all("Millbrook" in t for t in restricted)


def test_a_second_ingest_changes_nothing(engine, prepared_samples):
    store_all(engine, prepared_samples)
    before = table_counts(engine)
    again = [write(engine, p, source=p.path) for p in prepared_samples]
    assert all(isinstance(o, Outcome) and o.status == "exists" for o in again)
    assert table_counts(engine) == before


def test_batch_ingest_of_the_samples_twice(engine):
    paths = sample_paths()
    first = ingest_paths(engine, paths, workers=2, timeout=60)
    assert first.failures == [] and first.added == len(paths)
    before = table_counts(engine)
    second = ingest_paths(engine, paths, workers=2, timeout=60)
    assert (second.added, second.unchanged, second.failures) == (0, len(paths), [])
    assert table_counts(engine) == before
    assert stored_by_sha(engine) == expected_by_sha(paths)


def test_a_failure_mid_document_leaves_nothing_of_it(engine, tmp_path, monkeypatch):
    papers = [write_minutes(tmp_path, k) for k in range(4)]
    store_all(engine, [prepare(papers[0])])
    before = table_counts(engine)
    real = _Writer.passages

    def broken(self):  # after the meetings, actions and decisions were flushed
        if self.doc.name == papers[2].name:
            raise RuntimeError("disk on fire")
        real(self)

    monkeypatch.setattr(_Writer, "passages", broken)
    result = write(engine, prepare(papers[2]), source=str(papers[2]))
    assert isinstance(result, Failure) and "disk on fire" in result.reason
    assert table_counts(engine) == before

    summary = ingest_paths(engine, papers, workers=2, timeout=60)
    assert (summary.added, summary.unchanged) == (2, 1)
    assert [(f.path, f.reason) for f in summary.failures] == [
        (str(papers[2]), "could not be stored: RuntimeError: disk on fire")
    ]
    assert set(stored_by_sha(engine)) == set(expected_by_sha([papers[0], papers[1], papers[3]]))


def test_a_copy_is_already_stored_only_once_its_first_copy_is(engine, tmp_path, monkeypatch):
    from scrutiny.store import batch

    first = write_minutes(tmp_path, 1)
    copy = tmp_path / "copy-of-panel-0001.txt"
    copy.write_bytes(first.read_bytes())
    real, calls = batch.store, []

    def fails_once(session, planned, source=None):  # the parent's write of the first copy fails
        calls.append(source)
        if len(calls) == 1:
            raise RuntimeError("disk full")
        return real(session, planned, source=source)

    monkeypatch.setattr(batch, "store", fails_once)
    results: dict[str, Outcome | Failure] = {}
    summary = ingest_paths(
        engine, [first, copy], workers=2, timeout=60, on_result=lambda p, r: results.setdefault(p.name, r)
    )
    assert calls == [str(first.resolve()), str(copy.resolve())]
    assert (summary.added, summary.unchanged) == (1, 0)  # the copy was stored, not "already stored"
    assert [(f.path, f.reason) for f in summary.failures] == [
        (str(first), "could not be stored: RuntimeError: disk full")
    ]
    assert isinstance(results[copy.name], Outcome) and results[copy.name].status == "added"
    assert set(stored_by_sha(engine)) == set(expected_by_sha([first]))

    # stored now: a third copy in a later batch, and a fourth in the same one, are already stored
    third, fourth = tmp_path / "third.txt", tmp_path / "fourth.txt"
    third.write_bytes(first.read_bytes())
    fourth.write_bytes(first.read_bytes())
    again = ingest_paths(engine, [third, fourth], workers=2, timeout=60)
    assert (again.added, again.unchanged, again.failures) == (0, 2, [])


def test_copies_in_one_batch_wait_for_the_first_and_name_its_document(engine, tmp_path):
    papers = [write_minutes(tmp_path, k) for k in range(2)]
    copies = []
    for k, paper in enumerate(papers):
        copies.append(tmp_path / f"copy-{k}.txt")
        copies[-1].write_bytes(paper.read_bytes())
    results: dict[str, Outcome | Failure] = {}
    summary = ingest_paths(
        engine,
        [*papers, *copies],
        workers=3,
        timeout=60,
        on_result=lambda p, r: results.setdefault(p.name, r),
    )
    assert (summary.added, summary.unchanged, summary.failures) == (2, 2, [])
    for paper, copy in zip(papers, copies):
        original, duplicate = results[paper.name], results[copy.name]
        assert isinstance(original, Outcome) and isinstance(duplicate, Outcome)
        assert (original.status, duplicate.status) == ("added", "exists")
        assert duplicate.document_id == original.document_id
    assert table_counts(engine)["documents"] == 2


def test_every_failure_is_reported_and_the_batch_goes_on(engine, tmp_path, monkeypatch):
    import scrutiny.store.batch as batch

    good = [write_minutes(tmp_path, k) for k in range(4)]
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    slow, crash = write_minutes(tmp_path, 90), write_minutes(tmp_path, 91)
    real = batch.prepare

    def flaky(path):  # runs in the forked child
        if path == str(slow):
            time.sleep(30)
        if path == str(crash):
            os._exit(9)
        return real(path)

    monkeypatch.setattr(batch, "prepare", flaky)
    paths = [good[0], garbage, good[1], empty, tmp_path / "missing.txt", slow, good[2], crash, good[3]]
    reasons = {}
    summary = ingest_paths(
        engine, paths, workers=2, timeout=1.5, on_result=lambda p, r: reasons.setdefault(p.name, r)
    )
    assert summary.added == 4
    failed = {Path(f.path).name: f.reason for f in summary.failures}
    assert set(failed) == {"garbage.pdf", "empty.txt", "missing.txt", slow.name, crash.name}
    assert failed["empty.txt"] == "empty file"
    assert failed["missing.txt"] == "no such file"
    assert failed[slow.name] == "timed out after 1.5 s"
    assert failed[crash.name].startswith("crashed")
    assert failed["garbage.pdf"]
    assert all(isinstance(reasons[p.name], Outcome) for p in good)
    assert table_counts(engine)["documents"] == 4


def _corrected(path: Path, tmp_path: Path) -> Path:
    text = path.read_text(encoding="utf-8")
    assert "with the staffing level in each hour" in text
    fixed = text.replace(
        "with the staffing level in each hour", "with the staffing level in each hour of the day"
    )
    out = tmp_path / f"corrected-{path.name}"
    out.write_text(fixed, encoding="utf-8")
    return out


def test_a_corrected_version_replaces_the_records_and_keeps_peoples_changes(engine, tmp_path):
    original = SAMPLES / "stourland-performance-resources-board-2024-02-14.txt"
    first = prepare(original)
    store_all(engine, [first])
    with session_scope(engine, write=True) as s:
        action = s.scalars(select(m.Action).where(m.Action.ref == "01/24")).one()
        action_id, meeting_id = action.id, action.meeting_id
        record_change(s, action, "complete", actor="j.smith", note="data sent on 1 March")
        assert action.status == "complete"
    before = table_counts(engine)

    corrected = prepare(_corrected(original, tmp_path))
    [outcome] = store_all(engine, [corrected])
    assert outcome.status == "added" and outcome.replaced == 1
    after = table_counts(engine)
    assert after["documents"] == before["documents"] + 1
    for table in (
        "meetings",
        "actions",
        "action_owners",
        "decisions",
        "action_updates",
        "attendance",
        "items",
    ):
        assert after[table] == before[table], table
    with session_scope(engine) as s:
        action = s.get(m.Action, action_id)
        assert action.meeting_id == meeting_id
        assert action.text.endswith("in each hour of the day")
        assert action.document_id == outcome.document_id
        assert [e.source for e in action.events] == ["person", "extracted"]
        person = action.events[0]
        assert (person.actor, person.status, person.note) == ("j.smith", "complete", "data sent on 1 March")
        assert action.status == "complete"
        meeting = s.get(m.Meeting, meeting_id)
        assert meeting.document_id == outcome.document_id
        hits = s.scalars(
            select(m.SearchEntry.text).where(
                m.SearchEntry.kind == "action", m.SearchEntry.ref_id == action_id
            )
        ).all()
        assert len(hits) == 1 and "of the day" in hits[0]
    # the first version again: known by its sha256, nothing changes
    assert write(engine, first, source=str(original)).status == "exists"
    assert table_counts(engine) == after


def test_a_dropped_action_goes_unless_a_person_recorded_on_it(engine, tmp_path):
    base = write_minutes(tmp_path, 1)
    store_all(engine, [prepare(base)])
    with session_scope(engine, write=True) as s:
        action = s.scalars(select(m.Action)).one()
        record_change(s, action, None, actor="a.clerk", note="chased by email")
        kept_id = action.id
    text = base.read_text(encoding="utf-8").replace(
        "ACTION: JB to circulate the report on case 1 by", "Noted:"
    )
    text = text.replace(
        "RESOLVED:", "ACTION: MC to write to the Home Office about case 1 by 30 April 2019\n\nRESOLVED:"
    )
    other = tmp_path / "fixed.txt"
    other.write_text(text, encoding="utf-8")
    store_all(engine, [prepare(other)])
    with session_scope(engine) as s:
        texts = sorted(s.scalars(select(m.Action.text)).all())
        assert len(texts) == 2
        assert [e.actor for e in s.get(m.Action, kept_id).events] == [None, "a.clerk"]


def test_one_meeting_row_whichever_papers_name_it(engine, prepared_samples):
    """A later copy of minutes that also name the next meeting: the minutes replace the stored
    meeting, and the next meeting, already stored, is not stored twice."""
    store_all(engine, prepared_samples)
    before = table_counts(engine)
    named = next(p for p in prepared_samples if len(p.record.meetings) > 1 and p.record.meetings[0].actions)
    later = dataclasses.replace(named, sha256="0" * 64)
    [outcome] = store_all(engine, [later])
    assert (outcome.replaced, outcome.meetings) == (1, 1)
    after = table_counts(engine)
    for table in ("meetings", "actions", "decisions", "action_updates", "attendance"):
        assert after[table] == before[table], table


@pytest.mark.parametrize(
    "due,day",
    [
        ("2024", "2024-12-31"),
        ("2024-02", "2024-02-29"),
        ("2024-03-22", "2024-03-22"),
        ("TBC", None),
        (None, None),
    ],
)
def test_due_date_is_the_last_day_of_the_period(due, day):
    assert due_date(due) == parse_day(day)


def test_part_two_runs_to_part_one():
    text = "1. Minutes\n\nAgreed.\n\n7. PART II – EXEMPT ITEM\n\nSecret.\n\nPART I\n\n8. Any other business"
    [(start, end)] = restricted_spans(text)
    assert (
        text[start:end].startswith("7. PART II")
        and "Secret." in text[start:end]
        and "Any other" not in text[start:end]
    )


def test_sensitive_markings_restrict_the_section_they_head():
    from scrutiny.store.prepare import restricted_spans

    text = (
        "1. Welcome\nPublic text.\nOFFICIAL-SENSITIVE\n9. Disposal of the old station\nThe offer was 1.2m.\n"
        "10. Any other business\nCommercially sensitive – not for publication\nThe bid scores.\nOFFICIAL\nPublic again."
    )
    hidden = "".join(text[s:e] for s, e in restricted_spans(text))
    assert "The offer was 1.2m." in hidden and "The bid scores." in hidden
    assert (
        "Public text." not in hidden
        and "Public again." not in hidden
        and "10. Any other business" not in hidden
    )
    note = (
        "2. Finance\nNOTE: elements of this discussion are commercially sensitive and have been redacted.\n"
    )
    assert restricted_spans(note) == []  # a note that something was left out marks nothing
