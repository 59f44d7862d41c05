"""`scrutiny ingest PATH...`: read, extract and store documents, each once (by sha256), over
`store.batch.ingest_paths`, with a progress bar and one line per document that failed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from scrutiny.cli.common import (
    EXIT_FAILED,
    database_option,
    fail,
    one_line,
    plural,
    printable,
    progress,
    say_failed,
    stderr_console,
    stdout_console,
    timeout_option,
)
from scrutiny.cli.files import collect, expand, unique
from scrutiny.cli.run import max_bytes, preload


def ingest_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...", help="Files, folders (searched recursively) or globs."
    ),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Documents read at once; default the number of cores."
    ),
    database: str | None = database_option(),
    timeout: float = timeout_option(),
) -> None:
    """Read, extract and store documents: each once (by sha256), one transaction per document."""
    from sqlalchemy.engine import make_url

    from scrutiny.store.batch import Failure, default_workers, ingest_paths
    from scrutiny.store.db import connect, database_url

    expanded, missing = expand(paths)
    batch = collect(expanded, skip_non_papers=True)
    missing += batch.missing
    files = unique(batch.jobs)
    url = database_url(database)
    try:
        engine = connect(url)
    except Exception as exc:  # the edge: a bad URL, a server that is down, a file we cannot write
        shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
        raise fail(shown, f"cannot open the database: {one_line(exc)}") from None
    for name, reason in missing:
        say_failed(name, reason)
    if len(files) > 1:
        preload()
    with progress(stderr_console()) as bar:
        task = bar.add_task("ingesting", total=len(files), name="")

        def on_result(path: Path, result: Any) -> None:
            if isinstance(result, Failure):
                say_failed(path, result.reason, bar)
            bar.update(task, advance=1, name=path.name)
            bar.refresh()

        summary = ingest_paths(
            engine,
            files,
            workers=workers or default_workers(),
            timeout=timeout,
            max_bytes=max_bytes(),
            on_result=on_result,
        )
    engine.dispose()
    failures = [(name, reason) for name, reason in missing] + [(f.path, f.reason) for f in summary.failures]
    done = summary.added + summary.unchanged
    line = (
        f"{plural(done, 'document')} ({summary.added} added, {summary.unchanged} already stored): "
        f"{plural(summary.meetings, 'meeting')}, {plural(summary.actions, 'action')}, "
        f"{plural(summary.decisions, 'decision')}"
    )
    if summary.replaced:
        line += f"; {plural(summary.replaced, 'meeting')} replaced by a corrected version"
    if failures:
        line += f"; {len(failures)} failed"
    console = stdout_console()
    console.print(line, markup=False, soft_wrap=True)
    if batch.skipped:
        shown = ", ".join(printable(path) for path in batch.skipped)
        console.print(f"  skipped, not papers: {shown}", markup=False, soft_wrap=True)
    for name, reason in failures:
        console.print(f"  failed: {printable(name)}: {printable(reason)}", markup=False, soft_wrap=True)
    if failures:
        raise typer.Exit(EXIT_FAILED)
