"""The edge: one document read in a forked child under a time limit (`guard.py`), so that a file
which makes a reader loop or crash costs one line on stderr, never the whole run. Every failure
becomes a `Failed` with one line of reason."""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

from scrutiny.document import UnreadableDocument
from scrutiny.guard import LimitError, cores, run_limited, run_limited_each


class Failed(Exception):
    """A document that could not be done; `reason` is one line for a person."""

    def __init__(self, reason: str):
        self.reason = " ".join(str(reason).split()) or "failed"
        super().__init__(self.reason)


def _debug() -> bool:
    return os.environ.get("SCRUTINY_DEBUG", "") not in ("", "0")


def _in_child(fn: Callable[[str], Any], path: str) -> Any:
    """Runs in the forked child: check the file, run `fn`, turn every exception into a picklable `Failed`."""
    try:
        _check(Path(path))
        return fn(path)
    except Failed:
        raise
    except UnreadableDocument as exc:
        raise Failed(exc.reason) from None
    except OSError as exc:
        raise Failed(exc.strerror or str(exc)) from None
    except MemoryError:  # the guard says it in one line, with the limit
        raise
    except Exception as exc:
        if _debug():
            traceback.print_exc()
        raise Failed(f"internal error: {type(exc).__name__}: {exc}") from None


# The reader module a file of each known extension needs (a .txt or .md may hold HTML); `preload`
# imports only these for a batch. A misnamed file still reads: its child imports its reader itself.
_READER_BY_SUFFIX = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".txt": "html",
    ".md": "html",
}


def preload(paths: Iterable[Path] | None = None) -> None:
    """Import the reader and extractor modules once, in the parent, before a batch.

    Readers may import their libraries lazily; in a forked child that import would be paid
    again by every child (ingest forks one per document). Done here, every child inherits the
    loaded modules. Given the batch's `paths`, the readers of formats it has no file of are left
    out (python-docx alone costs about 60 ms of a batch of PDFs); a file of an unknown extension
    loads them all.
    The modules are then frozen out of the garbage collector: else the first full collection in
    each child walks every object inherited, and copies each page it touches (about 10% of a
    batch's time). Garbage is collected first, so that nothing already unreachable is kept for good.
    """
    import scrutiny.extract
    import scrutiny.readers

    skipped: set[str] = set()
    if paths is not None:
        wanted = {_READER_BY_SUFFIX.get(path.suffix.lower(), "") for path in paths}
        if "" not in wanted:
            skipped = set(_READER_BY_SUFFIX.values()) - wanted
    for package in (scrutiny.readers, scrutiny.extract):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if package is scrutiny.readers and info.name.rsplit(".", 1)[1].split("_")[0] in skipped:
                continue  # scrutiny.readers.docx and docx_numbering for a batch without a DOCX
            with suppress(Exception):  # a broken module fails its documents, in the child, one line each
                importlib.import_module(info.name)
    gc.collect()
    gc.freeze()


def max_bytes() -> float:
    """The largest file opened: $SCRUTINY_MAX_MB megabytes (2**20 bytes), else the readers' own limit."""
    from scrutiny.readers import sniff

    return sniff.max_bytes()


def _check(path: Path) -> None:
    """`Failed` for a file not worth reading (`sniff.check_file`): missing, a folder, empty, too large
    or of a format no reader takes."""
    from scrutiny.readers import sniff

    try:
        sniff.check_file(path, max_bytes())
    except UnreadableDocument as exc:
        raise Failed(exc.reason) from None


def _failure(exc: Exception) -> Failed:
    """What went wrong with a document, as the `Failed` to report."""
    if isinstance(exc, Failed):
        return exc
    if isinstance(exc, (LimitError, UnreadableDocument)):
        return Failed(exc.reason)
    if isinstance(exc, OSError):
        return Failed(exc.strerror or str(exc))
    return Failed(f"internal error: {type(exc).__name__}: {exc}")  # the edge: never a traceback


def run_one(fn: Callable[[str], Any], path: Path, timeout: float | None) -> Any:
    """`fn(path)` in a child under `timeout` seconds, or `Failed` with the reason."""
    try:
        return run_limited(_in_child, fn, str(path), seconds=timeout)
    except Exception as exc:
        raise _failure(exc) from None


def run_each(fn: Callable[[str], Any], paths: list[Path], timeout: float | None) -> Iterator[Any]:
    """`run_one(fn, path, timeout)` for each path, as many at once as there are cores, in order:
    each its value, or its `Failed`."""
    items = [str(path) for path in paths]
    for outcome in run_limited_each(partial(_in_child, fn), items, timeout, min(cores(), len(items))):
        try:
            yield outcome.get()
        except Exception as exc:
            yield _failure(exc)
