"""Ingesting many files: read and extracted in parallel children, written one document per transaction.

The parent hashes each file first, so a document already stored costs no extraction at all, and a
second copy of one in this batch waits for the first: it is "already stored" once the first copy
is, and is read in its turn if the first copy failed (nothing is reported stored that is not).
Children do the reading; the parent alone writes, each document in its own transaction, so a run
killed at any moment leaves only whole documents, and the next run skips exactly those. Every
failure (unreadable, timed out, crashed, refused by the database) is kept with its file and reason
while the batch goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from scrutiny.document import UnreadableDocument
from scrutiny.guard import ForkPool, cores, reason_of
from scrutiny.readers import text_name
from scrutiny.readers.sniff import check_file
from scrutiny.store import models as m
from scrutiny.store.db import Locked, optimize, retry_locked, session_scope
from scrutiny.store.ingest import Outcome, plan, refusal, store
from scrutiny.store.prepare import Prepared, prepare


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class Summary:
    added: int = 0  # documents written by this run
    unchanged: int = 0  # documents already in the store (by sha256): nothing written
    replaced: int = 0  # stored meetings taken over by a corrected version
    meetings: int = 0
    actions: int = 0
    decisions: int = 0
    failures: list[Failure] = field(default_factory=list)

    def count(self, result: Outcome | Failure) -> None:
        if isinstance(result, Failure):
            self.failures.append(result)
        elif result.status == "exists":
            self.unchanged += 1
        else:
            self.added += 1
            self.replaced += result.replaced
            self.meetings += result.meetings
            self.actions += result.actions
            self.decisions += result.decisions


def default_workers() -> int:
    """The cores this process may use."""
    return cores()


def _prepare_or_reason(path: str) -> Prepared | Failure:
    """In the child: the prepared document, or the one-line reason it could not be read or is
    refused (too many records: the child says so rather than send the parent all of them)."""
    try:
        prepared = prepare(path)
    except MemoryError:
        raise  # the runner says it in one line, with the limit, once the reader's frames are gone
    except Exception as exc:
        return Failure(path, reason_of(exc))
    return Failure(path, reason) if (reason := refusal(prepared)) else prepared


def _check(path: Path, max_bytes: float | None) -> str:
    """The sha256 of the file's bytes, or `UnreadableDocument` for a file not worth reading
    (`sniff.check_file`)."""
    check_file(path, max_bytes)
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stored(engine: Engine, sha256: str) -> int | None:
    with session_scope(engine) as session:
        return session.scalar(select(m.Document.id).where(m.Document.sha256 == sha256))


def write(engine: Engine, prepared: Prepared, source: str) -> Outcome | Failure:
    """One document in one transaction; a database error fails this document only. Its rows are
    worked out first (`ingest.plan`), so the transaction holds the write lock only to write them;
    a writer that finds the database locked waits and tries again (`db.retry_locked`)."""
    reason = refusal(prepared)
    if reason:
        return Failure(prepared.path, reason)

    def transaction() -> Outcome:
        with session_scope(engine, write=True) as session:
            return store(session, planned, source=source)

    try:
        planned = plan(prepared)
        return retry_locked(transaction)
    except Locked as exc:
        return Failure(prepared.path, f"could not be stored: {exc}")
    except Exception as exc:
        message = " ".join(str(exc).split())[:300]
        return Failure(prepared.path, f"could not be stored: {type(exc).__name__}: {message}")


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    workers: int | None = None,
    timeout: float | None = 60.0,
    max_bytes: float | None = None,
    on_result: Callable[[Path, Outcome | Failure], None] | None = None,
) -> Summary:
    """Ingest every file of `paths`; `on_result(path, outcome or failure)` after each one."""
    summary = Summary()

    def done(path: Path, result: Outcome | Failure) -> None:
        summary.count(result)
        if on_result is not None:
            on_result(path, result)

    queue = list(paths)
    # sha256 → the files of this batch with those bytes, waiting while the first copy is read and
    # written: they are "already stored" only once it is; if it fails, the next copy is tried.
    copies: dict[str, list[Path]] = {}
    with ForkPool[tuple[Path, str]](workers or default_workers(), timeout) as pool:
        while queue or pool.running:
            while queue and pool.has_room():
                path = queue.pop(0)
                try:
                    sha = _check(path, max_bytes)
                except UnreadableDocument as exc:
                    done(path, Failure(str(path), exc.reason))
                    continue
                except OSError as exc:
                    done(path, Failure(str(path), exc.strerror or str(exc)))
                    continue
                if sha in copies:
                    copies[sha].append(path)
                    continue
                known = _stored(engine, sha)
                if known is not None:
                    done(path, Outcome("exists", known))
                    continue
                copies[sha] = []
                pool.submit((path, sha), _prepare_or_reason, str(path))
            for finished in pool.wait():
                path, sha = finished.key
                result = finished.value if finished.ok else Failure(str(path), finished.reason)
                if isinstance(result, Prepared):
                    result = write(engine, result, source=text_name(str(path.resolve())))
                done(path, result)
                waiting = copies.pop(sha)
                if isinstance(result, Outcome):
                    for copy in waiting:
                        done(copy, Outcome("exists", result.document_id))
                else:
                    queue[:0] = waiting
    if summary.added:
        optimize(engine)
    return summary
