"""`scrutiny demo`: the bundled samples ingested into a fresh database and the register printed,
overdue first; with `--serve`, the dashboard over it (`bin/demo` runs this)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer

from scrutiny.cli.common import (
    EXIT_FAILED,
    Stop,
    command_name,
    fail,
    one_line,
    parse_day,
    plural,
    progress,
    render,
    say_failed,
    shown,
    shown_url,
    sqlite_file,
    stderr_console,
    stdout_console,
    timeout_option,
)
from scrutiny.cli.files import KNOWN_EXTENSIONS, find_documents, samples_dir
from scrutiny.cli.run import max_bytes, preload

DEMO_DATABASE = "scrutiny-demo.db"


def _remove_sqlite(file: Path) -> None:
    for path in (file, *(file.with_name(file.name + s) for s in ("-wal", "-shm", "-journal"))):
        path.unlink(missing_ok=True)


def _only_samples(url: str, folder: Path) -> bool:
    """Whether the database at `url` is empty, or holds only documents ingested from `folder`."""
    from scrutiny.store.db import current_revision, make_engine, session_scope
    from scrutiny.store.queries.documents import document_sources

    engine = make_engine(url)
    try:
        if current_revision(engine) is None:
            file = sqlite_file(url)
            return file is None or file.stat().st_size == 0
        root = str(folder.resolve())
        with session_scope(engine) as session:
            sources = document_sources(session)
        return all(s and (s == root or s.startswith(root + os.sep)) for s in sources)
    except Exception:
        return False
    finally:
        engine.dispose()


def fresh_demo_database(database: str | None, folder: Path) -> str:
    """The URL of an empty database for the demo: `scrutiny-demo.db` here (made anew each run), or
    --database: a SQLite file is made anew if it holds only the samples; anything else must be empty."""
    from sqlalchemy.engine import make_url

    if database is None:
        _remove_sqlite(Path(DEMO_DATABASE))
        return f"sqlite:///{DEMO_DATABASE}"
    try:
        make_url(database)
    except Exception:
        raise Stop(database, "not a database URL (e.g. sqlite:///demo.db)") from None
    file = sqlite_file(database)
    if file is not None and not file.exists():
        return database
    if file is None and make_url(database).get_backend_name() == "sqlite":
        return database  # in memory: always fresh
    if not _only_samples(database, folder):
        raise Stop(
            shown_url(database),
            "holds other documents; the demo needs a database of its own (a new SQLite file, or an empty database)",
        )
    if file is not None:
        _remove_sqlite(file)
    return database


def demo_command(
    database: str | None = typer.Option(
        None,
        "--database",
        metavar="URL",
        help=f"Where to build the demo's store (default sqlite:///{DEMO_DATABASE}, made anew each run).",
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE", help="The day overdue is judged on (default today)."
    ),
    timeout: float = timeout_option(),
    serve: bool = typer.Option(
        False, "--serve", help="Then serve the dashboard over the demo's store until Ctrl+C."
    ),
    host: str = typer.Option(
        "127.0.0.1", "--host", metavar="HOST", help="With --serve: the address to listen on."
    ),
    port: int = typer.Option(
        8000, "--port", "-p", min=1, max=65535, metavar="PORT", help="With --serve: the port."
    ),
) -> None:
    """Ingest the bundled samples into a fresh database and print the register, overdue first;
    with --serve, then serve the dashboard over it."""
    from scrutiny.cli.listing_show import actions_table
    from scrutiny.cli.serve import run_server
    from scrutiny.outputs.listings import register_rows
    from scrutiny.store.batch import Failure, default_workers, ingest_paths
    from scrutiny.store.db import connect, session_scope
    from scrutiny.store.queries import ActionFilter, count_actions, counts

    folder = samples_dir()
    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        if not folder.is_dir():
            raise Stop(str(folder), "no samples folder here (set SCRUTINY_SAMPLES)")
        paths = [p for p in find_documents(folder) if not p.name.upper().startswith("README.")]
        if not paths:
            raise Stop(str(folder), f"no documents ({' '.join(KNOWN_EXTENSIONS)}) in this folder")
        url = fresh_demo_database(database, folder)
        try:
            engine = connect(url)
        except Exception as exc:
            raise Stop(shown_url(url), f"cannot open the database: {one_line(exc)}") from None
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None

    preload()
    with progress(stderr_console()) as bar:
        task = bar.add_task("ingesting the samples", total=len(paths), name="")

        def on_result(path: Path, result: Any) -> None:
            if isinstance(result, Failure):
                say_failed(shown(path), result.reason, bar)
            bar.update(task, advance=1, name=path.name)
            bar.refresh()

        summary = ingest_paths(
            engine,
            paths,
            workers=default_workers(),
            timeout=timeout,
            max_bytes=max_bytes(),
            on_result=on_result,
        )
    public = ActionFilter(restricted=False)
    try:
        with session_scope(engine) as session:
            rows = register_rows(session, public, day, None)
            stored = counts(session)
            late = count_actions(session, replace(public, overdue_on=day))
            hidden = stored["actions"] - count_actions(session, public)
    finally:
        engine.dispose()

    done = summary.added + summary.unchanged
    line = (
        f"{plural(done, 'document')}, {plural(stored['meetings'], 'meeting')}, "
        f"{plural(stored['actions'], 'action')} ({late:,} overdue as of {day.isoformat()}"
        + (f"; {hidden:,} Part II not shown" if hidden else "")
        + f"), {plural(stored['decisions'], 'decision')}"
    )
    if summary.failures:
        line += f"; {len(summary.failures)} failed"
    arg = database or f"sqlite:///{DEMO_DATABASE}"
    if sqlite_file(arg) is None:
        arg = "URL"  # never print a password
    hint = f"Stored in {shown_url(url)}: try `{command_name()} actions --database {arg} --overdue`"
    title = f"Action register of the samples as of {day.isoformat()}"
    parts: list[Any] = (
        [actions_table(rows, day, title=title, width=stdout_console().width)]
        if rows
        else ["No actions found."]
    )
    render(*parts, line, hint)
    if serve:
        run_server(url, host, port)
    elif summary.failures:
        raise typer.Exit(EXIT_FAILED)
