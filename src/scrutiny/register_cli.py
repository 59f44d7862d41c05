"""The register's read-side commands: `actions`, `search`, `meetings`, `people`, and `demo`.

Thin Typer functions over `store/queries.py` and `store/search.py`; `register(app)` adds them
to the `scrutiny` command (cli.py). The reading commands never make a database: one that does
not exist yet, a bad date or an unknown status is one line on stderr and exit status 2:

    scrutiny: scrutiny.db: no database here yet; run `scrutiny ingest PATH...` first, or give --database

What the public may not see (`store.visibility`: Part II / exempt records and passages, papers
marked restricted as a whole with everything read from them) is left out of every listing
unless `--include-restricted` is given.
`cli.py` is imported inside the functions, so that it may import this module at its end.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from scrutiny import words

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from scrutiny.store.queries import ActionFilter, ActionRow

EXIT_FAILED = 2
TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise; CSV and JSON give all
PAGE = 1000  # rows fetched at once when listing everything
DEMO_DATABASE = "scrutiny-demo.db"

class ActionsFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ListFormat(str, Enum):
    table = "table"
    json = "json"


class Stop(Exception):
    """A one-line reason to stop: `scrutiny: NAME: REASON`, exit status 2."""

    def __init__(self, name: str, reason: str):
        self.name, self.reason = name, reason
        super().__init__(f"{name}: {reason}")


def _stop(exc: Stop) -> typer.Exit:
    from scrutiny.cli import say_failed

    say_failed(exc.name, exc.reason)
    return typer.Exit(EXIT_FAILED)


# --- options shared by the commands -----------------------------------------------------------


def _database_option(
    help: str = "Database URL (default $SCRUTINY_DATABASE_URL, else sqlite:///scrutiny.db).",
):
    return typer.Option(None, "--database", metavar="URL", help=help)


def _format_option(default: Enum, help: str):
    return typer.Option(default, "--format", "-f", case_sensitive=False, help=help)


def _limit_option(help: str = "At most N rows (default 100 in a table, all in CSV or JSON); 0 for all."):
    return typer.Option(None, "--limit", "-n", min=0, metavar="N", help=help)


RESTRICTED_HELP = "Include Part II (exempt) material, which is left out by default."


# --- parsing ------------------------------------------------------------------------------------


def parse_day(value: str | None, option: str) -> dt.date | None:
    """An ISO date (`2024-03-31`) or `today`; a `Stop` naming the option otherwise."""
    from scrutiny.register import typed  # not at the top: it loads the whole register (rapidfuzz)

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


# --- the database -------------------------------------------------------------------------------


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
    """An engine on an existing scrutiny database (brought up to date), or a `Stop` saying why not."""
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
        raise Stop(name, f"cannot open the database: {' '.join(str(exc).split())[:300]}") from None
    if revision is None:
        engine.dispose()
        raise Stop(name, f"not a scrutiny database (no tables yet); {hint}")
    if revision != head_revision():
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise Stop(
                name, f"cannot bring the database up to date: {' '.join(str(exc).split())[:300]}"
            ) from None
    return engine


# --- the register ---------------------------------------------------------------------------------


def _pages(session: Session, f: ActionFilter, as_of: dt.date, limit: int | None) -> list[ActionRow]:
    """Actions in due order, `limit` of them (None: all, fetched a page at a time)."""
    from scrutiny.store.queries import list_actions

    if limit is not None and limit <= PAGE:
        return list_actions(session, f, as_of=as_of, limit=limit)
    rows: list[ActionRow] = []
    while limit is None or len(rows) < limit:
        size = PAGE if limit is None else min(PAGE, limit - len(rows))
        page = list_actions(session, f, as_of=as_of, limit=size, offset=len(rows))
        rows.extend(page)
        if len(page) < size:
            break
    return rows


def register_rows(session: Session, f: ActionFilter, as_of: dt.date, limit: int | None) -> list[ActionRow]:
    """The register: the overdue actions first (the longest overdue first), then the others by
    due date, the undated last; `limit` rows at most (None: all)."""
    if f.overdue_on is not None:
        return _pages(session, f, as_of, limit)
    overdue = _pages(session, replace(f, overdue_on=as_of), as_of, limit)
    if limit is not None and len(overdue) >= limit:
        return overdue[:limit]
    # The due-ordered listing holds the overdue ones too: `limit` of it leaves enough of the rest.
    rest = [r for r in _pages(session, f, as_of, limit) if not r.overdue]
    rows = overdue + rest
    return rows if limit is None else rows[:limit]


def evidence_of(session: Session, ids: list[int]) -> dict[int, tuple[str | None, int | None]]:
    from sqlalchemy import select

    from scrutiny.store import models as m

    out: dict[int, tuple[str | None, int | None]] = {}
    for start in range(0, len(ids), PAGE):
        chunk = ids[start : start + PAGE]
        query = select(m.Action.id, m.Action.evidence_text, m.Action.evidence_page).where(
            m.Action.id.in_(chunk)
        )
        for action_id, text, page in session.execute(query):
            out[action_id] = (text, page)
    return out


def _render(*renderables) -> None:
    """Rich renderables to stdout (colour only on a terminal); a closed pipe stops quietly."""
    from scrutiny.cli import _stdout_console, _write_stdout

    console = _stdout_console()
    with console.capture() as capture:
        for renderable in renderables:
            if isinstance(renderable, str):
                console.print(renderable, markup=False, soft_wrap=True)
            else:
                console.print(renderable)
    _write_stdout(capture.get())


def _width() -> int:
    from scrutiny.cli import _stdout_console

    return _stdout_console().width


def _json(value) -> None:
    from scrutiny.cli import _write_stdout

    _write_stdout(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def actions_command(
    body: Optional[str] = typer.Option(
        None, "--body", "-b", help="Only this body's actions (part of its name, any case)."
    ),
    owner: Optional[str] = typer.Option(
        None,
        "--owner",
        "-o",
        help="Only actions with this owner: as written (BJH), or a person's name or initials.",
    ),
    status: Optional[list[str]] = typer.Option(
        None,
        "--status",
        "-s",
        metavar="STATUS",
        help="Only actions in this status: open, in_progress, complete, closed, deferred, overdue (repeat or comma-separate).",
    ),
    overdue: bool = typer.Option(
        False, "--overdue", help="Only actions overdue on --as-of: past due, not complete or closed."
    ),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", metavar="DATE", help="The day overdue is judged on (default today)."
    ),
    due_before: Optional[str] = typer.Option(
        None, "--due-before", metavar="DATE", help="Only actions due on or before DATE."
    ),
    date_from: Optional[str] = typer.Option(
        None, "--from", metavar="DATE", help="Only actions of meetings on or after DATE."
    ),
    date_to: Optional[str] = typer.Option(
        None, "--to", metavar="DATE", help="Only actions of meetings on or before DATE."
    ),
    limit: Optional[int] = _limit_option(),
    fmt: ActionsFormat = _format_option(
        ActionsFormat.table, "table: for a person; csv or json: every field (json adds the evidence)."
    ),
    include_restricted: bool = typer.Option(False, "--include-restricted", help=RESTRICTED_HELP),
    database: Optional[str] = _database_option(),
) -> None:
    """The action register: overdue first, then by due date; filters narrow it."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.queries import ActionFilter, count_actions

    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        f = ActionFilter(
            body=body,
            owner=owner,
            status=parse_statuses(status),
            overdue_on=day if overdue else None,
            due_before=parse_day(due_before, "--due-before"),
            meeting_from=parse_day(date_from, "--from"),
            meeting_to=parse_day(date_to, "--to"),
            restricted=include_restricted,
        )
        engine = open_store(database)
    except Stop as exc:
        raise _stop(exc) from None
    n = effective_limit(limit, fmt is ActionsFormat.table)
    try:
        with session_scope(engine) as session:
            rows = register_rows(session, f, day, n)
            if fmt is ActionsFormat.json:
                evidence = evidence_of(session, [r.id for r in rows])
            elif fmt is ActionsFormat.table:
                total = count_actions(session, f)
                late = total if f.overdue_on else count_actions(session, replace(f, overdue_on=day))
                hidden = (
                    0 if include_restricted else count_actions(session, replace(f, restricted=True)) - total
                )
    finally:
        engine.dispose()
    if fmt is ActionsFormat.json:
        from scrutiny.outputs.rows import action_dict

        _json([action_dict(r, day, evidence.get(r.id, (None, None))) for r in rows])
    elif fmt is ActionsFormat.csv:
        _write_csv(rows, day)
    else:
        from scrutiny.register_show import actions_table

        summary = f"{_plural(total, 'action')}, {late:,} overdue as of {day.isoformat()}"
        if len(rows) < total:
            summary = f"Showing {len(rows):,} of {summary}; --limit 0 shows all"
        if hidden:
            summary += f" ({_plural(hidden, 'Part II action')} not shown: --include-restricted)"
        if rows:
            title = f"Action register as of {day.isoformat()}"
            _render(actions_table(rows, day, title=title, width=_width()), summary)
        else:
            _render(
                "No actions match."
                + (f" ({hidden:,} Part II not shown: --include-restricted)" if hidden else "")
            )


def _write_csv(rows: list[ActionRow], day: dt.date) -> None:
    from scrutiny.cli import _write_stdout
    from scrutiny.outputs.export import actions_csv

    _write_stdout(actions_csv(rows, day))


# --- search ----------------------------------------------------------------------------------------


def places_of(session: Session, hits) -> dict:
    """(kind, id) → `Place` (body, meeting date, ref) for the meetings, actions and decisions among `hits`."""
    from sqlalchemy import select

    from scrutiny.outputs.rows import Place
    from scrutiny.store import models as m

    wanted = {
        kind: sorted({h.id for h in hits if h.kind == kind}) for kind in ("meeting", "action", "decision")
    }
    out: dict = {}
    if wanted["meeting"]:
        query = (
            select(m.Meeting.id, m.Body.name, m.Meeting.date)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(m.Meeting.id.in_(wanted["meeting"]))
        )
        for key, body, date in session.execute(query):
            out[("meeting", key)] = Place(body, date)
    for kind, model in (("action", m.Action), ("decision", m.Decision)):
        if not wanted[kind]:
            continue
        ref = m.Action.ref if model is m.Action else m.Decision.item
        query = (
            select(model.id, m.Body.name, m.Meeting.date, ref)
            .join(m.Meeting, m.Meeting.id == model.meeting_id)
            .outerjoin(m.Body, m.Body.id == m.Meeting.body_id)
            .where(model.id.in_(wanted[kind]))
        )
        for key, body, date, label in session.execute(query):
            out[(kind, key)] = Place(body, date, label if kind == "action" else None)
    return out


def search_command(
    query: str = typer.Argument(
        ...,
        metavar="QUERY",
        help='Words and "quoted phrases", all required; OR between two terms allows either.',
    ),
    limit: int = typer.Option(20, "--limit", "-n", min=1, metavar="N", help="At most N hits (default 20)."),
    fmt: ListFormat = _format_option(
        ListFormat.table, "table: for a person; json: the hits with their snippets and scores."
    ),
    include_restricted: bool = typer.Option(False, "--include-restricted", help=RESTRICTED_HELP),
    database: Optional[str] = _database_option(),
) -> None:
    """Search meetings, actions, decisions and passages: best first, matches highlighted."""
    from scrutiny.store import visibility
    from scrutiny.store.db import session_scope
    from scrutiny.store.search import search

    try:
        engine = open_store(database)
    except Stop as exc:
        raise _stop(exc) from None
    try:
        with session_scope(engine) as session:
            found = search(session, query, limit=limit, restricted=include_restricted)
            hits = visibility.hits(session, found, include_restricted)
            places = places_of(session, hits)
    except Exception as exc:  # the edge: a query the database refuses
        raise _stop(Stop(query, f"search failed: {' '.join(str(exc).split())[:200]}")) from None
    finally:
        engine.dispose()
    from scrutiny.outputs.rows import hit_dict
    from scrutiny.register_show import hits_table

    if fmt is ListFormat.json:
        _json([hit_dict(h, places.get((h.kind, h.id))) for h in hits])
    elif hits:
        _render(
            hits_table(hits, places, title=f"Search: {query}"), f"{_plural(len(hits), 'hit')}, best first"
        )
    else:
        _render(f"Nothing matches {query!r}.")


# --- meetings and people -------------------------------------------------------------------------


def meetings_command(
    body: Optional[str] = typer.Option(
        None, "--body", "-b", help="Only this body's meetings (part of its name, any case)."
    ),
    date_from: Optional[str] = typer.Option(
        None, "--from", metavar="DATE", help="Only meetings on or after DATE."
    ),
    date_to: Optional[str] = typer.Option(
        None, "--to", metavar="DATE", help="Only meetings on or before DATE."
    ),
    limit: Optional[int] = _limit_option(
        "At most N meetings (default 100 in a table, all in JSON); 0 for all."
    ),
    fmt: ListFormat = _format_option(ListFormat.table, "table: for a person; json: a list of objects."),
    include_restricted: bool = typer.Option(False, "--include-restricted", help=RESTRICTED_HELP),
    database: Optional[str] = _database_option(),
) -> None:
    """The meetings stored, latest first, with how many actions and decisions each gave."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.queries import list_meetings

    try:
        start, end = parse_day(date_from, "--from"), parse_day(date_to, "--to")
        engine = open_store(database)
    except Stop as exc:
        raise _stop(exc) from None
    try:
        with session_scope(engine) as session:
            rows = list_meetings(
                session,
                body,
                start,
                end,
                limit=effective_limit(limit, fmt is ListFormat.table),
                restricted=include_restricted,
            )
    finally:
        engine.dispose()
    from scrutiny.outputs.rows import meeting_dict
    from scrutiny.register_show import meetings_table

    if fmt is ListFormat.json:
        _json([meeting_dict(r) for r in rows])
    elif rows:
        _render(meetings_table(rows), _plural(len(rows), "meeting"))
    else:
        _render("No meetings match.")


def people_command(
    body: Optional[str] = typer.Option(
        None, "--body", "-b", help="Only people of this body (part of its name, any case)."
    ),
    name: Optional[str] = typer.Option(
        None, "--name", help="Only people whose name contains this, or with these initials."
    ),
    limit: Optional[int] = _limit_option(
        "At most N people (default 100 in a table, all in JSON); 0 for all."
    ),
    fmt: ListFormat = _format_option(ListFormat.table, "table: for a person; json: a list of objects."),
    include_restricted: bool = typer.Option(False, "--include-restricted", help=RESTRICTED_HELP),
    database: Optional[str] = _database_option(),
) -> None:
    """The people named in attendance, by body, with their initials, role and meetings attended."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.queries import list_people

    try:
        engine = open_store(database)
    except Stop as exc:
        raise _stop(exc) from None
    try:
        with session_scope(engine) as session:
            rows = list_people(
                session,
                body,
                name,
                limit=effective_limit(limit, fmt is ListFormat.table),
                restricted=include_restricted,
            )
    finally:
        engine.dispose()
    from scrutiny.outputs.rows import person_dict
    from scrutiny.register_show import people_table

    if fmt is ListFormat.json:
        _json([person_dict(r) for r in rows])
    elif rows:
        _render(people_table(rows), _plural(len(rows), "person", "people"))
    else:
        _render("No people match.")


# --- demo --------------------------------------------------------------------------------------------


def _remove_sqlite(file: Path) -> None:
    for path in (file, *(file.with_name(file.name + s) for s in ("-wal", "-shm", "-journal"))):
        path.unlink(missing_ok=True)


def _only_samples(url: str, folder: Path) -> bool:
    """Whether the database at `url` is empty, or holds only documents ingested from `folder`."""
    from sqlalchemy import select

    from scrutiny.store import models as m
    from scrutiny.store.db import current_revision, make_engine, session_scope

    engine = make_engine(url)
    try:
        if current_revision(engine) is None:
            file = sqlite_file(url)
            return file is None or file.stat().st_size == 0
        root = str(folder.resolve())
        with session_scope(engine) as session:
            sources = session.scalars(select(m.Document.source)).all()
        return all(s and (s == root or s.startswith(root + os.sep)) for s in sources)
    except Exception:
        return False
    finally:
        engine.dispose()


def fresh_demo_database(database: str | None, folder: Path) -> str:
    """The URL of an empty database for the demo: `scrutiny-demo.db` here (made anew each run), or
    --database: a SQLite file is made anew if it holds only the samples; anything else must be empty."""
    if database is None:
        file = Path(DEMO_DATABASE)
        _remove_sqlite(file)
        return f"sqlite:///{DEMO_DATABASE}"
    from sqlalchemy.engine import make_url

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
    database: Optional[str] = typer.Option(
        None,
        "--database",
        metavar="URL",
        help=f"Where to build the demo's store (default sqlite:///{DEMO_DATABASE}, made anew each run).",
    ),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", metavar="DATE", help="The day overdue is judged on (default today)."
    ),
    timeout: float = typer.Option(
        60.0,
        "--timeout",
        envvar="SCRUTINY_TIMEOUT",
        min=0,
        metavar="SECONDS",
        help="Time limit for reading and extracting one document; 0 for none.",
    ),
    serve: bool = typer.Option(False, "--serve", help="Then serve the dashboard over the demo's store until Ctrl+C."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="With --serve: the address to listen on."),
    port: int = typer.Option(8000, "--port", "-p", min=1, max=65535, metavar="PORT", help="With --serve: the port."),
) -> None:
    """Ingest the bundled samples into a fresh database and print the register, overdue first;
    with --serve, then serve the dashboard over it."""
    from rich.console import Console

    from scrutiny import cli
    from scrutiny.store.batch import Failure, default_workers, ingest_paths
    from scrutiny.store.db import connect, session_scope
    from scrutiny.store.queries import ActionFilter, count_actions, counts

    folder = cli.samples_dir()
    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        if not folder.is_dir():
            raise Stop(str(folder), "no samples folder here (set SCRUTINY_SAMPLES)")
        paths = [p for p in cli.find_documents(folder) if not p.name.upper().startswith("README.")]
        if not paths:
            raise Stop(str(folder), f"no documents ({' '.join(cli.KNOWN_EXTENSIONS)}) in this folder")
        url = fresh_demo_database(database, folder)
        try:
            engine = connect(url)
        except Exception as exc:
            raise Stop(
                shown_url(url), f"cannot open the database: {' '.join(str(exc).split())[:300]}"
            ) from None
    except Stop as exc:
        raise _stop(exc) from None

    cli.preload()
    err = Console(stderr=True)
    with cli._progress(err) as bar:
        task = bar.add_task("ingesting the samples", total=len(paths), name="")

        def on_result(path: Path, result) -> None:
            if isinstance(result, Failure):
                cli.say_failed(cli._shown(path), result.reason, bar)
            bar.update(task, advance=1, name=path.name)
            bar.refresh()

        summary = ingest_paths(
            engine,
            paths,
            workers=default_workers(),
            timeout=timeout,
            max_bytes=cli.max_bytes(),
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

    from scrutiny.register_show import actions_table

    done = summary.added + summary.unchanged
    line = (
        f"{_plural(done, 'document')}, {_plural(stored['meetings'], 'meeting')}, "
        f"{_plural(stored['actions'], 'action')} ({late:,} overdue as of {day.isoformat()}"
        + (f"; {hidden:,} Part II not shown" if hidden else "")
        + f"), {_plural(stored['decisions'], 'decision')}"
    )
    if summary.failures:
        line += f"; {len(summary.failures)} failed"
    arg = database or f"sqlite:///{DEMO_DATABASE}"
    if sqlite_file(arg) is None:
        arg = "URL"  # never print a password
    hint = f"Stored in {shown_url(url)}: try `{cli.command_name()} actions --database {arg} --overdue`"
    title = f"Action register of the samples as of {day.isoformat()}"
    parts: list = [actions_table(rows, day, title=title, width=_width())] if rows else ["No actions found."]
    _render(*parts, line, hint)
    if serve:
        from scrutiny.web_cli import run_server

        run_server(url, host, port)
    elif summary.failures:
        raise typer.Exit(EXIT_FAILED)


def register(app: typer.Typer) -> None:
    """Add the register's commands to the `scrutiny` app."""
    app.command("actions")(actions_command)
    app.command("search")(search_command)
    app.command("meetings")(meetings_command)
    app.command("people")(people_command)
    app.command("demo")(demo_command)
