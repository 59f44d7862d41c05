"""`scrutiny extract` (a document's record: JSON, a table, or NAME.json files) and `scrutiny read`
(a document as the reader sees it).

Every document is read and extracted in a forked child under a time limit (`run.py`), so a file
that makes a reader loop or crash costs one line on stderr, never the whole run:

    scrutiny: FILE: reason

and exit status 2 (in a batch, at the end, after the other files were done). The readers and
extractors are imported in the child, or by `preload` before a batch; Rich only when a table or
a progress bar is drawn.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import typer

from scrutiny.cli.common import (
    DEFAULT_TIMEOUT,
    EXIT_FAILED,
    fail,
    may_draw,
    progress,
    say_failed,
    stderr_console,
    stdout_console,
    timeout_option,
    to_json,
    write_stdout,
)
from scrutiny.cli.files import Batch, collect, output_names
from scrutiny.cli.run import Failed, preload, run_each, run_one

if TYPE_CHECKING:
    from rich.progress import TaskID

    from scrutiny.document import Document


class OutputFormat(str, Enum):
    json = "json"
    table = "table"


def read(path: str) -> Document:
    """`scrutiny.readers.read`, imported when a document is first read, not when the CLI starts."""
    from scrutiny.readers import read as read_document

    return read_document(path)


def _extract_path(path: str) -> dict:
    from scrutiny.extract import extract

    return extract(read(path)).to_dict()


def _extract_json(path: str) -> str:
    """The record as the JSON written out: encoded in the child, where a batch has cores to spare."""
    return to_json(_extract_path(path))


def _read_path(path: str) -> Document:
    return read(path)


def _write_json(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def extract_command(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Documents, or folders searched recursively."
    ),
    fmt: OutputFormat = typer.Option(
        OutputFormat.json,
        "--format",
        "-f",
        case_sensitive=False,
        help="json: the extraction record; table: for a person.",
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", file_okay=False, help="Write one NAME.json per document into this folder."
    ),
    timeout: float = timeout_option(),
) -> None:
    """Extract the record of each document: JSON on stdout, a table, or NAME.json files in --out."""
    batch = collect(files)
    several = len(files) > 1 or any(f.is_dir() for f in files)
    if out is None:
        if several:
            print("scrutiny: several documents: use --out DIR to write one NAME.json each", file=sys.stderr)
            raise typer.Exit(EXIT_FAILED)
        _extract_single(files[0], fmt, timeout)
        return
    _extract_batch(batch, out, fmt, timeout, with_bar=several)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EXTRACT_OPTIONS = {"--out": "out", "-o": "out", "--format": "fmt", "-f": "fmt", "--timeout": "timeout"}


def plain_extract(argv: list[str]) -> Callable[[], None] | None:
    """`extract_command` with its arguments, for an `extract` command line of files and options spelt
    plainly (`--out DIR` or `-o DIR`, `--format json|table` or `-f …`, `--timeout 30`, each once),
    read here because Typer would import pydantic and build a validator per parameter: 80 ms of
    every run, more than pdfium takes over thirty pages. None for anything else (help, `--out=DIR`,
    a value to check or refuse), which Typer reads and answers as ever."""
    if not argv or argv[0] != "extract":
        return None
    files: list[Path] = []
    options: dict[str, str] = {}
    args = iter(argv[1:])
    for arg in args:
        if arg and not arg.startswith("-"):
            files.append(Path(arg))
            continue
        name, value = _EXTRACT_OPTIONS.get(arg), next(args, "")
        if name is None or name in options or not value or value.startswith("-"):
            return None
        options[name] = value
    fmt = options.get("fmt", "json").lower()
    timeout = options.get("timeout", os.environ.get("SCRUTINY_TIMEOUT", str(DEFAULT_TIMEOUT)))
    out = Path(options["out"]) if "out" in options else None
    if not files or fmt not in ("json", "table") or not _PLAIN_NUMBER.fullmatch(timeout):
        return None
    if out is not None and out.exists() and not out.is_dir():
        return None  # Typer says why
    return partial(extract_command, files, OutputFormat(fmt), out, float(timeout))


def _extract_single(path: Path, fmt: OutputFormat, timeout: float) -> None:
    try:
        record = run_one(_extract_path, path, timeout)
        text = to_json(record) if fmt is OutputFormat.json else _record_table(record)
    except Failed as exc:
        raise fail(path, exc.reason) from None
    except Exception as exc:  # the edge: rendering went wrong
        raise fail(path, f"internal error: {type(exc).__name__}: {exc}") from None
    write_stdout(text)


def _record_table(record: dict) -> str:
    """The record as a person reads it (Rich tables), as text for stdout."""
    from scrutiny.cli.show import record_renderable

    console = stdout_console()
    with console.capture() as capture:
        console.print(record_renderable(record))
    return capture.get()


def _extract_batch(batch: Batch, out: Path, fmt: OutputFormat, timeout: float, with_bar: bool) -> None:
    failed: list[tuple[str, str]] = list(batch.missing)
    for missing, reason in batch.missing:
        say_failed(missing, reason)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(out, f"cannot create the output folder: {exc.strerror or exc}") from None
    names = output_names(batch.jobs)
    if len(batch.jobs) > 1:
        preload(job.path for job in batch.jobs)
    written = 0
    with progress(stderr_console()) if with_bar and may_draw() else _NoProgress() as bar:
        above = None if isinstance(bar, _NoProgress) else bar
        task = bar.add_task("extracting", total=len(batch.jobs), name="")
        bar.update(task, name=batch.jobs[0].path.name if batch.jobs else "")
        bar.refresh()
        for k, result in enumerate(run_each(_extract_json, [job.path for job in batch.jobs], timeout)):
            job, name = batch.jobs[k], names[k]
            try:
                if isinstance(result, Failed):
                    raise result
                _write_json(out / name, result)
                if fmt is OutputFormat.table:
                    write_stdout(_record_table(json.loads(result)))
                written += 1
            except Failed as exc:
                failed.append((job.display, exc.reason))
                say_failed(job.display, exc.reason, above)
            except Exception as exc:  # the edge: writing or rendering went wrong
                reason = (
                    f"{exc.strerror}"
                    if isinstance(exc, OSError) and exc.strerror
                    else f"internal error: {exc}"
                )
                failed.append((job.display, reason))
                say_failed(job.display, reason, above)
            bar.advance(task)
            if k + 1 < len(batch.jobs):
                bar.update(task, name=batch.jobs[k + 1].path.name)
            bar.refresh()
    total = len(batch.jobs) + len(batch.missing)
    if with_bar or failed:
        summary = f"scrutiny: {total} document{'s' if total != 1 else ''}: {written} written to {out}"
        print(summary + (f", {len(failed)} failed" if failed else ""), file=sys.stderr)
    if failed:
        raise typer.Exit(EXIT_FAILED)


class _NoProgress:
    """Stands in for a Progress when no bar is drawn (and Rich is not loaded for one)."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *args: Any, **kwargs: Any) -> TaskID:
        return cast("TaskID", 0)

    def update(self, *args: Any, **kwargs: Any) -> None:
        pass

    def advance(self, *args: Any, **kwargs: Any) -> None:
        pass

    def refresh(self) -> None:
        pass


def read_command(
    file: Path = typer.Argument(..., metavar="FILE", help="One document."),
    timeout: float = timeout_option(),
) -> None:
    """Show a document as the reader sees it: every block with its kind and page, tables cell by cell."""
    from scrutiny.cli.show import document_renderables

    try:
        doc = run_one(_read_path, file, timeout)
        console = stdout_console()
        with console.capture() as capture:
            for renderable in document_renderables(doc):
                console.print(renderable)
        text = capture.get()
    except Failed as exc:
        raise fail(file, exc.reason) from None
    except Exception as exc:  # the edge
        raise fail(file, f"internal error: {type(exc).__name__}: {exc}") from None
    write_stdout(text)
