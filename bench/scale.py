"""How the store's listings and search hold up on years of papers: p50/p95 latency at scale.

Builds a synthetic store of 20,000 meetings and 200,000 actions (with owners, decisions and
passages to search) through the real migrations, by bulk inserts, then times the queries the
commands and web pages run, each many times with varied arguments:

- the overdue listing, first page, earliest due first (`queries.list_actions`, overdue_on);
- a filtered listing: body + owner + status;
- search (`search.search`), two words from the governance vocabulary, or a rare word.

    .venv/bin/python bench/scale.py                       # SQLite, in a temporary folder
    .venv/bin/python bench/scale.py --postgres URL        # and PostgreSQL, in a schema of its own
    .venv/bin/python bench/scale.py --meetings 2000 --actions 20000 --runs 50   # a quick look

The aim is a p95 under 100 ms for each on SQLite. Not run by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from scrutiny.store import models as m
from scrutiny.store.db import connect, session_scope
from scrutiny.store.queries import ActionFilter, list_actions
from scrutiny.store.search import search

WORDS = """
review report update provide circulate performance budget forecast policing plan victims
commissioner panel board force officers training data analysis response calls abandonment
custody estate vehicles recruitment retention wellbeing complaints misconduct vetting stop
search domestic abuse stalking violence women girls youth diversion burglary robbery fraud
cyber rural crime road safety drones body cameras digital forensics disclosure courts
witness care restorative justice probation prisons partnership community safety council
funding grant precept consultation survey website publication transparency audit risk
register assurance internal external inspection hmicfrs recommendations action plan progress
quarterly monthly annual summary options paper proposal business case procurement contract
supplier tender savings efficiency overtime sickness absence demand workforce neighbourhood
contact centre emergency non-emergency online reporting outcomes charge rates detection
investigation quality standards professional ethics integrity committee scrutiny governance
""".split()
RARE = ["heliotrope", "quincunx", "marmalade", "zeppelin", "obsidian", "tamarisk"]
STATUSES = ["open"] * 8 + ["in_progress"] * 4 + ["complete"] * 5 + ["closed"] * 2 + ["deferred"]
CHUNK = 5_000


def sentence(rng: random.Random, n: int) -> str:
    words = rng.choices(WORDS, k=n)
    if rng.random() < 0.002:
        words[rng.randrange(n)] = rng.choice(RARE)
    return " ".join(words).capitalize()


def build(engine: Engine, meetings: int, actions: int, seed: int = 1) -> None:
    """Fill an empty, migrated store; one transaction per table, inserts in chunks."""
    rng = random.Random(seed)
    places = (
        "Stourland",
        "Kelderby",
        "Fenwold",
        "Greyholm",
        "Lyndale",
        "Oakmarsh",
        "Merrowdale",
        "Tamarford",
        "Kingsmere",
        "Carrickmoor",
    )
    bodies = [
        f"{b} {kind}"
        for b in places
        for kind in (
            "Police and Crime Panel",
            "Performance Board",
            "Audit Committee",
            "Ethics Committee",
            "Strategic Board",
        )
    ]
    owners = [a + b for a in "ABCDEFGHJKLMNPRSTW" for b in "ABCDEFGHJKLMNPRSTW"][:300]
    now = dt.datetime.now(dt.UTC)
    start = dt.date(2014, 1, 1)

    def put(table, rows) -> None:
        with engine.begin() as conn:
            for i in range(0, len(rows), CHUNK):
                conn.execute(insert(table), rows[i : i + CHUNK])

    put(m.Body.__table__, [{"id": i + 1, "name": b, "organisation_id": None} for i, b in enumerate(bodies)])
    put(
        m.Person.__table__,
        [
            {"id": i + 1, "name": f"Person {o}", "initials": o, "role": None, "email": None, "body_id": None}
            for i, o in enumerate(owners)
        ],
    )
    person = {o: i + 1 for i, o in enumerate(owners)}
    docs, meets, entries = [], [], []
    for i in range(1, meetings + 1):
        day = start + dt.timedelta(days=rng.randrange(4000))
        body = rng.randrange(len(bodies)) + 1
        docs.append(
            {
                "id": i,
                "sha256": uuid.uuid4().hex * 2,
                "name": f"minutes-{i}.pdf",
                "format": "pdf",
                "pages": 4,
                "title": None,
                "source": None,
                "ingested_at": now,
                "text": "",
                "restricted": False,
            }
        )
        meets.append(
            {
                "id": i,
                "body_id": body,
                "date": day,
                "document_id": i,
                "position": 0,
                "evidence_text": f"{day:%d %B %Y}",
                "evidence_page": 1,
            }
        )
        entries.append(
            {
                "kind": "meeting",
                "ref_id": i,
                "document_id": i,
                "page": 1,
                "text": f"{bodies[body - 1]} · {day.isoformat()}",
                "restricted": False,
            }
        )
        for p in range(3):
            entries.append(
                {
                    "kind": "passage",
                    "ref_id": i,
                    "document_id": i,
                    "page": p + 1,
                    "text": sentence(rng, 40),
                    "restricted": False,
                }
            )
    put(m.Document.__table__, docs)
    put(m.Meeting.__table__, meets)
    acts, owns, events, decisions = [], [], [], []
    for i in range(1, actions + 1):
        meeting = meets[rng.randrange(meetings)]
        due = meeting["date"] + dt.timedelta(days=rng.randrange(7, 200)) if rng.random() < 0.85 else None
        status = rng.choice(STATUSES)
        words = sentence(rng, 14)
        acts.append(
            {
                "id": i,
                "meeting_id": meeting["id"],
                "document_id": meeting["document_id"],
                "position": 0,
                "ref": f"{i % 100:02d}/{meeting['date']:%y}",
                "item": None,
                "text": words,
                "due": due.isoformat() if due else None,
                "due_date": due,
                "due_text": None,
                "status": status,
                "restricted": False,
                "evidence_text": words,
                "evidence_page": 2,
            }
        )
        for k in range(1 if rng.random() < 0.8 else 2):
            owner = rng.choice(owners)  # most owners resolved to a person, as the register does
            owns.append(
                {
                    "action_id": i,
                    "position": k,
                    "owner": owner,
                    "person_id": person[owner] if rng.random() < 0.7 else None,
                }
            )
        events.append(
            {
                "action_id": i,
                "status": status,
                "at": meeting["date"],
                "document_id": meeting["document_id"],
                "source": "extracted",
                "created_at": now,
            }
        )
        entries.append(
            {
                "kind": "action",
                "ref_id": i,
                "document_id": meeting["document_id"],
                "page": 2,
                "text": words,
                "restricted": False,
            }
        )
    for i in range(1, 2 * meetings + 1):
        meeting = meets[rng.randrange(meetings)]
        words = "The Board agreed " + sentence(rng, 12).lower()
        decisions.append(
            {
                "id": i,
                "meeting_id": meeting["id"],
                "document_id": meeting["document_id"],
                "position": 0,
                "text": words,
                "restricted": False,
            }
        )
        entries.append(
            {
                "kind": "decision",
                "ref_id": i,
                "document_id": meeting["document_id"],
                "page": 3,
                "text": words,
                "restricted": False,
            }
        )
    put(m.Action.__table__, acts)
    put(m.ActionOwner.__table__, owns)
    put(m.ActionEvent.__table__, events)
    put(m.Decision.__table__, decisions)
    put(m.SearchEntry.__table__, entries)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches once, as a running server would be
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)]


def measure(engine: Engine, runs: int, seed: int = 2) -> dict[str, tuple[float, float]]:
    rng = random.Random(seed)
    with session_scope(engine) as s:
        combos = s.execute(
            text(
                "SELECT b.name, o.owner, a.status FROM actions a "
                "JOIN action_owners o ON o.action_id = a.id JOIN meetings mt ON mt.id = a.meeting_id "
                "JOIN bodies b ON b.id = mt.body_id ORDER BY a.id LIMIT 5000"
            )
        ).all()

    def overdue() -> None:
        as_of = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        with session_scope(engine) as s:
            rows = list_actions(s, ActionFilter(overdue_on=as_of), as_of=as_of, limit=50)
            assert rows

    def filtered() -> None:
        body, owner, status = rng.choice(combos)
        with session_scope(engine) as s:
            list_actions(s, ActionFilter(body=body, owner=owner, status=[status]), limit=50)

    def find() -> None:
        query = rng.choice(RARE) if rng.random() < 0.3 else " ".join(rng.sample(WORDS, 2))
        with session_scope(engine) as s:
            search(s, query, limit=20)

    return {
        "overdue listing (first page of 50)": timed(overdue, runs),
        "filtered listing (body + owner + status)": timed(filtered, runs),
        "search (20 hits, snippets)": timed(find, runs),
    }


def run(label: str, engine: Engine, meetings: int, actions: int, runs: int) -> bool:
    t = time.perf_counter()
    build(engine, meetings, actions)
    print(f"{label}: built {meetings:,} meetings and {actions:,} actions in {time.perf_counter() - t:.1f} s")
    ok = True
    for name, (p50, p95) in measure(engine, runs).items():
        flag = "" if p95 < 100 else "  (over 100 ms)"
        ok &= p95 < 100
        print(f"  {name:<42} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms{flag}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20_000)
    parser.add_argument("--actions", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=200, help="timed runs of each query")
    parser.add_argument("--postgres", metavar="URL", help="also on PostgreSQL (postgresql+psycopg://…)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = connect(f"sqlite:///{Path(folder) / 'scale.db'}")
        ok = run("SQLite", engine, args.meetings, args.actions, args.runs)
        engine.dispose()
    if args.postgres:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            sep = "&" if "?" in args.postgres else "?"
            engine = connect(f"{args.postgres}{sep}options=-csearch_path%3D{schema}")
            run("PostgreSQL", engine, args.meetings, args.actions, args.runs)
            engine.dispose()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
