"""Whole `scrutiny ingest` processes: one killed mid-batch, and two writing one SQLite file at once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from scrutiny.store.db import connect

from .helpers import expected_by_sha, stored_by_sha, table_counts, write_minutes

ROOT = Path(__file__).resolve().parents[2]


def start(url: str, *paths: Path, workers: int = 2) -> subprocess.Popen:
    args = [
        sys.executable,
        "-m",
        "scrutiny.cli",
        "ingest",
        *map(str, paths),
        "--workers",
        str(workers),
        "--database",
        url,
    ]
    env = {**os.environ, "SCRUTINY_TIMEOUT": "60"}
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )


def check_consistent(engine) -> None:
    """The database is sound and every document in it is whole."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))


def test_killed_mid_batch_then_run_again(db_url, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    paths = [write_minutes(folder, k, extra=f"Reference {k}.") for k in range(50)]
    expected = expected_by_sha(paths)
    engine = connect(db_url)  # migrated before the race: the kill is what is tested
    proc = start(db_url, folder)
    stored, deadline = 0, time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        stored = table_counts(engine)["documents"]
        if stored >= 4:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    check_consistent(engine)
    half = stored_by_sha(engine)
    assert 4 <= len(half) < len(paths)
    assert all(half[sha] == expected[sha] for sha in half), "a document was stored in part"

    rerun = start(db_url, folder)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.startswith(f"50 documents ({50 - len(half)} added, {len(half)} already stored)"), out
    check_consistent(engine)
    assert stored_by_sha(engine) == expected
    assert table_counts(engine)["documents"] == len(paths)
    engine.dispose()


def test_two_ingests_on_one_sqlite_file_lose_nothing(sqlite_url, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    paths = [write_minutes(folder, k, extra=f"Reference {k}.") for k in range(60)]
    expected = expected_by_sha(paths)
    first, second = start(sqlite_url, *paths[:40]), start(sqlite_url, *paths[20:])  # 20 in common
    results = [p.communicate(timeout=120) for p in (first, second)]
    for proc, (_, err) in zip((first, second), results):
        assert proc.returncode == 0, err
    added = [int(re.search(r"\((\d+) added", out).group(1)) for out, _ in results]
    assert sum(added) == len(paths)
    engine = connect(sqlite_url)
    check_consistent(engine)
    assert stored_by_sha(engine) == expected
    counts = table_counts(engine)
    assert counts["documents"] == counts["meetings"] == counts["actions"] == counts["decisions"] == len(paths)
    engine.dispose()


HOLD_THE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_an_ingest_started_while_another_process_writes_waits_and_stores(sqlite_url, tmp_path):
    paper = write_minutes(tmp_path, 1)
    engine = connect(sqlite_url)  # migrated first: the wait is for the documents' write lock
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, sqlite_url.removeprefix("sqlite:///")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        proc = start(sqlite_url, paper)
        time.sleep(3)  # long enough to have read the paper and to be waiting for the lock
        assert proc.poll() is None, proc.communicate()  # waiting, not failed
        holder.communicate("go\n", timeout=30)
        out, err = proc.communicate(timeout=120)
    finally:
        holder.kill()
    assert proc.returncode == 0, err
    assert out.startswith("1 document (1 added, 0 already stored)"), out
    assert stored_by_sha(engine) == expected_by_sha([paper])
    engine.dispose()


@pytest.mark.parametrize("workers", [1, 3])
def test_the_command_reports_and_goes_on(sqlite_url, tmp_path, workers):
    good = [write_minutes(tmp_path, k) for k in range(3)]
    bad = tmp_path / "minutes.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    proc = start(sqlite_url, good[0], bad, tmp_path / "gone.pdf", *good[1:], workers=workers)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert out.startswith(
        "3 documents (3 added, 0 already stored): 3 meetings, 3 actions, 3 decisions; 2 failed"
    )
    assert f"failed: {bad}: " in out and f"failed: {tmp_path / 'gone.pdf'}: no such file" in out
    assert f"scrutiny: {bad}: " in err
