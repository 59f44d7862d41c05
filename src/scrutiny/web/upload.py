"""Ingesting one uploaded file: saved to a private temporary folder, read and extracted in a child
process under a time limit, written to the store in one transaction (`store.batch.write`).

The file is checked as the CLI and the batch ingest check theirs (`sniff.check_file`). The web
server runs threads, so the child is not forked from it (a lock held by another thread would stay
held in the child): `guard.run_forkserver` starts it from a `forkserver`, a small single-threaded
process started once with the readers and extractors already imported, so each upload still
starts in milliseconds. A file that makes a reader loop is killed at the limit (SCRUTINY_TIMEOUT
seconds, default 60; 0 reads in the server's own process), one that crashes it costs only the
child. Whatever goes wrong is an `UploadRefused(reason, status)`, the same reasons the CLI gives.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from scrutiny.document import UnreadableDocument
from scrutiny.guard import ChildCrashed, LimitError, TimedOut, reason_of, run_forkserver
from scrutiny.readers import sniff
from scrutiny.store.batch import Failure, write
from scrutiny.store.db import session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import Prepared
from scrutiny.store.queries.documents import document_id_of

DEFAULT_TIMEOUT = 60.0
CHUNK = 1 << 20
_PRELOAD = ["scrutiny.web.upload", "scrutiny.store.prepare", "scrutiny.readers", "scrutiny.extract"]


class UploadRefused(Exception):
    def __init__(self, reason: str, status: int = 422):
        self.reason, self.status = reason, status
        super().__init__(reason)


@dataclass
class Stored:
    status: str  # "added", or "exists" (the same bytes were stored before: nothing written)
    document_id: int
    name: str
    meetings: int = 0
    actions: int = 0
    decisions: int = 0
    replaced: int = 0


def max_bytes() -> float:
    """The largest upload read: $SCRUTINY_MAX_MB megabytes, else the readers' own limit (100 MB)."""
    return sniff.max_bytes()


def time_limit() -> float:
    try:
        return float(os.environ.get("SCRUTINY_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def safe_name(filename: str | None) -> str:
    """The uploaded file's own name, without any folder, reduced to safe characters."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = re.sub(r"[^\w.\- ()]+", "_", base).strip(" .") or "upload"
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[:110] + dot + ext[:8]) if dot else base[:120]
    return base


def _save(stream: BinaryIO, target: Path, limit: float) -> str:
    """Write the upload to `target`, refused once past `limit` (never written whole), then checked
    as every file to read is (`sniff.check_file`); its sha256."""
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:
        while block := stream.read(CHUNK):
            size += len(block)
            if size > limit:
                raise UploadRefused(sniff.too_large(limit), status=413)
            digest.update(block)
            out.write(block)
    try:
        sniff.check_file(target, limit)
    except UnreadableDocument as exc:
        raise UploadRefused(exc.reason) from None
    return digest.hexdigest()


def _prepare(path: str) -> Prepared:  # runs in the child process
    """`prepare(path)`, a reader's refusal raised as a `LimitError`, which pickles back whole."""
    from scrutiny.store.prepare import prepare

    try:
        return prepare(path)
    except UnreadableDocument as exc:
        raise LimitError(exc.reason) from None


def prepare_limited(path: Path, seconds: float) -> Prepared:
    """`prepare(path)` in a child from the forkserver, killed after `seconds`; `UploadRefused` on failure."""
    try:
        return run_forkserver(_prepare, str(path), seconds=seconds, preload=_PRELOAD)
    except TimedOut as exc:
        raise UploadRefused(f"{exc.reason} (see SCRUTINY_TIMEOUT)") from None
    except ChildCrashed:
        raise UploadRefused("the reader crashed on this file") from None
    except Exception as exc:
        raise UploadRefused(reason_of(exc)[:300]) from None


def ingest_upload(engine: Engine, stream: BinaryIO, filename: str | None, uploader: str) -> Stored:
    """Store the uploaded file (read from `stream`) once, by sha256, in one transaction."""
    name = safe_name(filename)
    folder = Path(tempfile.mkdtemp(prefix="scrutiny-upload-"))
    try:
        path = folder / name
        sha = _save(stream, path, max_bytes())
        with session_scope(engine) as session:
            known = document_id_of(session, sha)
        if known is not None:
            return Stored("exists", known, name)
        prepared = prepare_limited(path, time_limit())
        result: Outcome | Failure = write(engine, prepared, source=f"uploaded by {uploader}: {name}")
        if isinstance(result, Failure):
            raise UploadRefused(result.reason)
        return Stored(
            result.status,
            result.document_id,
            name,
            result.meetings,
            result.actions,
            result.decisions,
            result.replaced,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
