"""Small documents the store's tests write, and the counts they expect back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine, func, select

from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import Prepared, prepare
from scrutiny.store.queries import counts

MINUTES = """\
STOURLAND POLICE AND CRIME PANEL

Minutes of the meeting held on {day} at 10:00, Council Chamber, Stourland

Present: Cllr Jane Brown (Chair), Margaret Coyle, Police and Crime Commissioner

1. Apologies

Apologies were received from Cllr Pat Green.

2. Performance report

The Panel noted the report on case {k}. {extra}

ACTION: JB to circulate the report on case {k} by {due}

RESOLVED: That the report on case {k} be noted.
"""


def write_minutes(folder: Path, k: int, extra: str = "") -> Path:
    """Minutes of meeting `k`: each `k` its own date, so no two are versions of one meeting."""
    day = dt.date(2019, 1, 7) + dt.timedelta(days=3 * k)
    due = day + dt.timedelta(days=20)
    path = folder / f"panel-{k:04d}.txt"
    path.write_text(
        MINUTES.format(k=k, day=f"{day.day} {day:%B %Y}", due=f"{due.day} {due:%B %Y}", extra=extra),
        encoding="utf-8",
    )
    return path


def store_all(engine: Engine, prepared: list[Prepared]) -> list[Outcome]:
    outcomes = []
    for p in prepared:
        result = write(engine, p, source=p.path)
        assert isinstance(result, Outcome), result
        outcomes.append(result)
    return outcomes


def table_counts(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return counts(session)


def expected_by_sha(paths: list[Path]) -> dict[str, tuple[int, int, int]]:
    """(meetings, actions, decisions) each file's record holds, by the sha256 of its bytes."""
    out = {}
    for path in paths:
        record = prepare(path).record
        sha = record.source.sha256
        out[sha] = (
            len(record.meetings),
            sum(len(x.actions) for x in record.meetings),
            sum(len(x.decisions) for x in record.meetings),
        )
    return out


def stored_by_sha(engine: Engine) -> dict[str, tuple[int, int, int]]:
    """(meetings, actions, decisions) stored for each document, by sha256."""

    def per_document(table) -> dict[int, int]:
        rows = session.execute(select(table.document_id, func.count()).group_by(table.document_id))
        return dict(rows.all())

    with session_scope(engine) as session:
        docs = dict(session.execute(select(m.Document.id, m.Document.sha256)).all())
        meetings, actions, decisions = (
            per_document(m.Meeting),
            per_document(m.Action),
            per_document(m.Decision),
        )
    return {sha: (meetings.get(i, 0), actions.get(i, 0), decisions.get(i, 0)) for i, sha in docs.items()}
