"""What the commands share: their options, one-line errors, the terminal, and opening the store.

Whatever stops a command (no database yet, a bad date, an unknown status) is one line on stderr
and exit status 2:

    scrutiny: scrutiny.db: no database here yet; run `scrutiny ingest PATH...` first, or give --database

Start-up is part of every command's cost: this module loads Typer and nothing heavy; Rich, the
store and SQLAlchemy are imported by the function that needs them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from scrutiny import words

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

EXIT_FAILED = 2
DEFAULT_TIMEOUT = 60.0
TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise; CSV and JSON give all
RESTRICTED_HELP = "Include Part II (exempt) material, which is left out by default."
DATABASE_HELP = "Database URL (default $SCRUTINY_DATABASE_URL, else sqlite:///scrutiny.db)."


# --- options ------------------------------------------------------------------------------------


class ListFormat(str, Enum):
    """--format of a listing: a table for a person, or JSON."""

    table = "table"
    json = "json"


def database_option(help: str = DATABASE_HELP) -> Any:
    return typer.Option(None, "--database", metavar="URL", help=help)


def format_option(default: Enum, help: str) -> Any:
    return typer.Option(default, "--format", "-f", case_sensitive=False, help=help)


def limit_option(
    help: str = "At most N rows (default 100 in a table, all in CSV or JSON); 0 for all.",
) -> Any:
    return typer.Option(None, "--limit", "-n", min=0, metavar="N", help=help)


def restricted_option() -> Any:
    return typer.Option(False, "--include-restricted", help=RESTRICTED_HELP)


def timeout_option() -> Any:
    return typer.Option(
        DEFAULT_TIMEOUT,
        "--timeout",
        envvar="SCRUTINY_TIMEOUT",
        min=0,
        metavar="SECONDS",
        help="Time limit for reading and extracting one document; 0 for none.",
    )


# --- one line, exit status 2 --------------------------------------------------------------------


class Stop(Exception):
    """A one-line reason to stop: `scrutiny: NAME: REASON`, exit status 2."""

    def __init__(self, name: str, reason: str):
        self.name, self.reason = name, reason
        super().__init__(f"{name}: {reason}")


def fail(name: str | Path, reason: str) -> typer.Exit:
    """Says `scrutiny: NAME: REASON` on stderr; the exit (status 2) to raise."""
    say_failed(name, reason)
    return typer.Exit(EXIT_FAILED)


def one_line(exc: BaseException, width: int = 300) -> str:
    """An exception's message as one line of at most `width` characters."""
    return " ".join(str(exc).split())[:width]


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str | Path) -> str:
    """`text` (a file name) safe for one line of a terminal: control characters escaped as Python
    writes them (a newline as \\n), bytes that were not UTF-8 as \\xNN."""
    return _UNPRINTABLE.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(char) - 0xDC00:02x}"
    return repr(char)[1:-1]


def say_failed(name: str | Path, reason: str, bar: Progress | None = None) -> None:
    """One line on stderr; above the progress bar, unwrapped, while one is shown."""
    line = f"scrutiny: {printable(name)}: {printable(reason)}"
    if bar is not None and getattr(bar, "live", None) is not None and bar.live.is_started:
        bar.console.print(line, soft_wrap=True, markup=False, highlight=False, emoji=False)
    else:
        print(line, file=sys.stderr, flush=True)


# --- parsing --------------------------------------------------------------------------------------


def parse_day(value: str | None, option: str) -> dt.date | None:
    """An ISO date (`2024-03-31`) or `today`; a `Stop` naming the option otherwise."""
    from scrutiny.register import typed

    try:
        return typed.day(value)
    except ValueError as exc:
        raise Stop(option, str(exc)) from None


def parse_statuses(values: list[str] | None) -> list[str]:
    """Status names, each given once or comma-separated, in any case ("In progress" is `in_progress`)."""
    try:
        return list(words.parse_statuses(values))
    except words.UnknownStatus as exc:
        raise Stop("--status", str(exc)) from None


def effective_limit(limit: int | None, table: bool) -> int | None:
    """--limit as given (0 is all); unset: `TABLE_LIMIT` rows in a table, all otherwise."""
    if limit is None:
        return TABLE_LIMIT if table else None
    return limit or None


# --- the terminal ----------------------------------------------------------------------------------


def write_stdout(text: str) -> None:
    """`text` to stdout as UTF-8; a closed pipe (`scrutiny extract … | head`) stops quietly."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(1) from None


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def print_json(value: Any) -> None:
    write_stdout(to_json(value))


def stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def render(*renderables: Any) -> None:
    """Rich renderables (a string as plain text) to stdout, colour only on a terminal."""
    console = stdout_console()
    with console.capture() as capture:
        for renderable in renderables:
            if isinstance(renderable, str):
                console.print(renderable, markup=False, soft_wrap=True)
            else:
                console.print(renderable)
    write_stdout(capture.get())


def may_draw() -> bool:
    """Whether Rich might draw a progress bar on stderr: a terminal, or an environment that says to treat
    it as one (Rich's TTY_COMPATIBLE, FORCE_COLOR). Else the bar would be disabled: Rich (about 30 ms
    to import) is not loaded for it."""
    try:
        return sys.stderr.isatty() or "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ
    except (AttributeError, ValueError):  # no stderr, or a closed one
        return False


def progress(console: Console) -> Progress:
    """A progress bar of documents done, on `console` while it is a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread: documents are forked, and a fork must not copy a held lock.
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=console,
        auto_refresh=False,
        transient=True,
        disable=not console.is_terminal,
    )


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 action`, `1,234 actions`; `many` for a word that is not made plural with an s."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def shown(path: Path) -> str:
    """`path` relative to the working folder when it is under it, for shorter messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def command_name() -> str:
    """How to run this command again from here, for a hint to copy: `scrutiny` when that is what the
    shell finds, else the program as it was run (`.venv/bin/scrutiny`, as `bin/demo` runs it)."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if program is None or program.name != "scrutiny":  # python -m, or a test: the usual name
        return "scrutiny"
    found = shutil.which("scrutiny")
    if found is not None and Path(found).resolve() == program.resolve():
        return "scrutiny"
    return shlex.quote(shown(program))


# --- the store ---------------------------------------------------------------------------------------


def shown_url(url: str) -> str:
    """The database as a person knows it: a SQLite file's path, else the URL without its password."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database, or SQLite in memory)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def open_store(database: str | None) -> Engine:
    """An engine on an existing scrutiny database (brought up to date), or a `Stop` saying why not:
    the reading commands never make a database."""
    from sqlalchemy.engine import make_url

    from scrutiny.store.db import current_revision, database_url, head_revision, make_engine, upgrade

    url = database_url(database)
    name = shown_url(url)
    try:
        make_url(url)
    except Exception:
        raise Stop(
            url, "not a database URL (e.g. sqlite:///scrutiny.db, postgresql+psycopg://USER@HOST/DB)"
        ) from None
    hint = "run `scrutiny ingest PATH...` first, or give --database"
    file = sqlite_file(url)
    if file is not None and not file.exists():
        raise Stop(name, f"no database here yet; {hint}")
    try:
        engine = make_engine(url)
        revision = current_revision(engine)
    except Exception as exc:
        raise Stop(name, f"cannot open the database: {one_line(exc)}") from None
    if revision is None:
        engine.dispose()
        raise Stop(name, f"not a scrutiny database (no tables yet); {hint}")
    if revision != head_revision():
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise Stop(name, f"cannot bring the database up to date: {one_line(exc)}") from None
    return engine


@contextmanager
def store_session(database: str | None, write: bool = False) -> Iterator[Session]:
    """A session on the existing store (`open_store`, so a `Stop` when there is none) in one
    transaction, committed when the block ends (`write`: with the writer's lock); the engine is
    let go after it."""
    from scrutiny.store.db import session_scope

    engine = open_store(database)
    try:
        with session_scope(engine, write=write) as session:
            yield session
    finally:
        engine.dispose()
