#!/usr/bin/env python3
"""How long does `scrutiny ingest` take on one very large action log, and what does storing cost
against reading and extracting it?

    .venv/bin/python bench/ingest_speed.py [--actions 22000] [--keep DIR]

Builds the probe itself: an HTML page of minutes whose attendance lists six people with their
initials and whose action table (ITEM | ACTION | OWNER | TIMESCALE) has --actions rows, each owned
by one of them (about 4 MB for 22,000 actions). Then, in the same run:

  extract   `scrutiny extract FILE --format json`, a whole process: the baseline
  ingest    `scrutiny ingest FILE` into a fresh SQLite store, a whole process (start-up included)
  split     in this process: read + extract (`prepare`) against store (`batch.write`, and the part
            of it before the write transaction), with the SQL statements it issued for the document
  waiting   a second `scrutiny ingest` (of another, small paper) started while the first one
            holds the write lock: it must wait for it and succeed, not fail with "database is locked"

and prints seconds, peak memory (the process and its children) and the ratios ingest/extract
and store/extract. The aim (issue 9) is the whole ingest of 22,000 actions under 5 s.
Not a test: nothing here runs under pytest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SCRUTINY = [sys.executable, "-m", "scrutiny.cli"]
AIM_SECONDS = 5.0

PEOPLE = [
    ("Gillian Forsyth", "GF", "Independent Member (Chair)"),
    ("Anthony Marchetti", "AM", "Independent Member"),
    ("Victoria Lang", "VL", "Chief Executive, OPCC"),
    ("Martin Oakes", "MO", "Chief Finance Officer, OPCC"),
    ("Sian Kettle", "SK", "Director of Finance, Carrickmoor Constabulary"),
    ("Richard Bampton", "RB", "Head of Internal Audit"),
]
VERBS = ["Provide", "Circulate", "Report on", "Arrange a briefing on", "Confirm", "Update", "Review", "Share"]
SUBJECTS = [
    "the vetting risk register",
    "the counter-fraud and corruption policy",
    "the management action plan for the seized property audit",
    "the ERP programme risks and the payroll delay",
    "the trajectory for meeting the national vetting standards",
    "the overtime forecast for the custody suites",
    "the condition survey of the custody estate",
    "the 101 abandonment rates by hour of day",
]
DISTRICTS = [
    "Hexley",
    "Beacon",
    "Stourbridge",
    "Marlow Vale",
    "Eastgate",
    "Kingsholm",
    "Radley",
    "Northgate",
    "Fenby",
    "Ashcombe",
    "Wyke",
]
PARTNERS = [
    "the local authority",
    "the health board",
    "the fire service",
    "the probation service",
    "the youth offending team",
    "victim services",
    "the community safety partnership",
    "the crown prosecution service",
    "the ambulance trust",
    "the housing association",
    "the university",
    "the chamber of commerce",
    "the neighbourhood watch",
]
WHEN = ["March 2025", "30/04/25", "Next meeting", "June 2025", "end of Q4"]


def probe_html(actions: int, day: str = "WEDNESDAY 4 DECEMBER 2024") -> str:
    """Minutes of the meeting on `day` with `actions` rows in its action table, owners by initials."""
    rng = random.Random(actions)
    rows = []
    for i in range(actions):
        # Neighbouring rows differ in at least two of verb, subject, district and partner (pool sizes
        # 8, 8, 11, 13), so the extractor's near-duplicate check keeps every one of them.
        text = (
            f"{VERBS[i % 8]} {SUBJECTS[(i // 8) % 8]} for the {DISTRICTS[i % 11]} district, "
            f"agreed with {PARTNERS[i % 13]} (case {i + 1})"
        )
        owner = rng.choice(PEOPLE)[1]
        rows.append(
            f"<tr><td>{i * 12 // actions + 3}</td><td>{text}</td><td>{owner}</td>"
            f"<td>{rng.choice(WHEN)}</td></tr>"
        )
    present = "\n".join(f"<li>{name} ({ini}) – {role}</li>" for name, ini, role in PEOPLE)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Joint Independent Audit Committee minutes</title></head>
<body><main>
<h1>Carrickmoor Joint Independent Audit Committee</h1>
<p><strong>MINUTES OF THE MEETING HELD ON {day} AT 10:00</strong></p>
<p><strong>Venue:</strong> Training Suite, Carrickmoor Police Headquarters, Beacon Road, Hexley</p>
<p><strong>Present:</strong></p>
<ul>
{present}
</ul>
<h2>1. Apologies and declarations of interest</h2>
<p>There were no apologies and no declarations of interest.</p>
<h2>2. Actions arising</h2>
<table class="actions">
<thead><tr><th>Item</th><th>Action</th><th>Owner</th><th>Timescale</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</main></body></html>
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def run(args: list[str], env: dict[str, str] | None = None) -> Run:
    """A whole process, timed, with its peak memory (its own or its largest child's, by wait4)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, text=True, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, out.read(), err.read())


def fresh(folder: Path, name: str) -> str:
    for suffix in ("", "-wal", "-shm"):
        (folder / f"{name}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{folder / name}"


def in_process_split(path: Path, url: str) -> tuple[float, float, float, int, object]:
    """(read + extract seconds, store seconds, of which planning the rows before the write
    transaction, SQL statements of the store, outcome), in this process."""
    from sqlalchemy import event

    from scrutiny.store.batch import write
    from scrutiny.store.db import connect
    from scrutiny.store.ingest import plan
    from scrutiny.store.prepare import prepare

    engine = connect(url)
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    t0 = time.perf_counter()
    prepared = prepare(path)
    t1 = time.perf_counter()
    plan(prepared)
    planning = time.perf_counter() - t1
    event.listen(engine, "before_cursor_execute", count)
    t2 = time.perf_counter()
    outcome = write(engine, prepared, source=str(path))
    t3 = time.perf_counter()
    event.remove(engine, "before_cursor_execute", count)
    engine.dispose()
    return t1 - t0, t3 - t2, planning, statements, outcome


def locked(db: Path) -> bool:
    """Whether another connection holds the write lock of the SQLite file now."""
    if not db.exists():
        return False
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def waiting_writer(big: Path, small: Path, folder: Path, env: dict[str, str]) -> str:
    """Start ingesting `big`; once it holds the write lock, ingest `small` into the same file."""
    from scrutiny.store.db import connect

    url = fresh(folder, "shared.db")
    connect(url).dispose()  # migrated first: the race is on the documents
    first = subprocess.Popen(
        [*SCRUTINY, "ingest", str(big), "--database", url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    while first.poll() is None and not locked(folder / "shared.db"):
        time.sleep(0.002)
    if first.poll() is not None:
        first.communicate()
        return "waiting writer: not measured (the first ingest ended before it was seen holding the lock)"
    second = run([*SCRUTINY, "ingest", str(small), "--database", url], env=env)
    first_out, first_err = first.communicate()
    verdict = "waited and succeeded" if second.returncode == 0 else f"FAILED (exit {second.returncode})"
    return (
        f"waiting writer: a second ingest started while the first held the write lock {verdict} "
        f"in {second.seconds:.1f} s\n"
        f"  first  (exit {first.returncode}): {first_out.strip() or first_err.strip()[-300:]}\n"
        f"  second (exit {second.returncode}): {second.stdout.strip() or second.stderr.strip()[-300:]}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--actions", type=int, default=22_000, help="rows of the probe's action table (22000)")
    ap.add_argument("--keep", type=Path, help="build the probe and stores in DIR and keep them")
    ap.add_argument("--no-wait", action="store_true", help="skip the second, waiting writer")
    args = ap.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="scrutiny-ingest-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f"probe-{args.actions}.html"
    probe.write_text(probe_html(args.actions), encoding="utf-8")
    small = folder / "probe-small.html"
    small.write_text(probe_html(20, day="WEDNESDAY 11 DECEMBER 2024"), encoding="utf-8")
    env = {**os.environ, "SCRUTINY_TIMEOUT": "600"}
    print(f"probe: {probe} ({probe.stat().st_size / 2**20:.1f} MB, {args.actions} actions)")
    try:
        extract = run([*SCRUTINY, "extract", str(probe), "--format", "json"], env=env)
        if extract.returncode != 0:
            sys.exit(f"bench: extract failed: {extract.stderr.strip()[-500:]}")
        found = extract.stdout.count('"owners"')
        ingest = run([*SCRUTINY, "ingest", str(probe), "--database", fresh(folder, "store.db")], env=env)
        read_extract, store, planning, statements, outcome = in_process_split(
            probe, fresh(folder, "split.db")
        )

        print(
            f"extract (whole process, baseline): {extract.seconds:6.2f} s  peak {extract.peak_mb:5.0f} MB"
            f"  ({found} actions)"
        )
        print(
            f"ingest  (whole process):           {ingest.seconds:6.2f} s  peak {ingest.peak_mb:5.0f} MB"
            f"  exit {ingest.returncode}: {ingest.stdout.strip() or ingest.stderr.strip()[-300:]}"
        )
        print(
            f"  in process: read + extract {read_extract:6.2f} s, store {store:6.2f} s "
            f"({planning:.2f} s of it before the write transaction, so the write lock is held "
            f"about {store - planning:.2f} s; {statements} SQL statements for the document): {outcome}"
        )
        print(f"ratio ingest / extract: {ingest.seconds / extract.seconds:5.2f}")
        print(f"ratio store / (read + extract): {store / read_extract:5.2f}")
        verdict = "met" if ingest.seconds < AIM_SECONDS else "NOT met"
        print(f"aim: the whole ingest under {AIM_SECONDS:g} s: {verdict}")
        if not args.no_wait:
            print(waiting_writer(probe, small, folder, env))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
