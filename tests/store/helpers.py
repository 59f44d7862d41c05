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


# -- the board papers of the register's tests: January gives actions out, February reports on
# them by ref, March by their words

HEAD = """\
OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTMERE

PERFORMANCE AND RESOURCES BOARD

MINUTES

{day} 10:00, Room G12, Westmere Police Headquarters

Present

- Jane Brown, Chief Finance Officer, OPCC (JB)
- Ian Mottram, Head of Contact Management (IM)
{more}
"""

JANUARY = (
    HEAD.format(day="10 January 2024", more="- Keith Worrall, Deputy Chief Constable (KDW)\n")
    + """
1. Finance

The Board discussed overtime in custody{extra}.

Action 01/24: JB to provide the monthly overtime forecast for the custody suites to the OPCC by 31 March 2024.

Action 02/24: IM to review the staffing of the evening shifts in the contact centre by 30 April 2024.

Action 03/24: DCC to write to the Home Office about the special grant claim by 31 March 2024.

Date of next meeting: 14 February 2024
"""
)

FEBRUARY = (
    HEAD.format(day="14 February 2024", more="")
    + """
1. Action Log

- 01/24: Complete
- 02/24: Ongoing
- 07/23: Closed

2. Any other business

{extra}
"""
)

MARCH = (
    HEAD.format(day="13 March 2024", more="")
    + """
1. Matters arising

- Review of the staffing of the evening shifts in the contact centre – completed.
- Replacement of the custody CCTV cameras at Northgate – ongoing.

2. Any other business

None.
"""
)


def paper(folder: Path, name: str, template: str, extra: str = "None.") -> Path:
    path = folder / f"{name}.txt"
    path.write_text(template.replace("{extra}", extra), encoding="utf-8")
    return path


def ingest(engine, *paths: Path) -> None:
    store_all(engine, [prepare(p) for p in paths])
