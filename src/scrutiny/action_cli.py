"""`scrutiny action ID`: one action with its history and sources, and a change a person records.

A thin Typer function over `store/detail.py` (what is shown) and `store/events.py` (what is
recorded); `register(app)` adds it to the `scrutiny` command (cli.py). Whatever stops it (no
such action, an unknown status, a bad date, no database) is one line on stderr and exit status 2:

    scrutiny: action 999: no such action

`cli.py` and `register_cli.py` are imported inside the functions, so that cli.py may import
this module at its end.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from enum import Enum
from typing import Optional

import typer

from scrutiny import words
from scrutiny.register_cli import RESTRICTED_HELP, Stop, open_store, parse_day

EXIT_FAILED = 2


class ActionFormat(str, Enum):
    table = "table"
    json = "json"


def parse_status(value: str) -> str:
    """A status as a person types it, as the store holds it; `Stop` when there is no such status."""
    try:
        return words.parse_status(value)
    except words.UnknownStatus as exc:
        raise Stop("--set-status", str(exc)) from None


def parse_id(value: str) -> int:
    try:
        number = int(value.strip().lstrip("#"))
    except ValueError:
        raise Stop(f"action {value}", "not an action number (see `scrutiny actions` for them)") from None
    if number < 1:
        raise Stop(f"action {value}", "not an action number (see `scrutiny actions` for them)")
    return number


def default_actor() -> str:
    """Who is recording a change when --by is not given: $USER, else the login name."""
    user = os.environ.get("USER") or os.environ.get("USERNAME")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def action_command(
    action_id: str = typer.Argument(..., metavar="ID", help="The action's number (the `id` that `scrutiny actions` shows)."),
    database: Optional[str] = typer.Option(
        None, "--database", metavar="URL", help="Database URL (default $SCRUTINY_DATABASE_URL, else sqlite:///scrutiny.db)."
    ),
    fmt: ActionFormat = typer.Option(
        ActionFormat.table, "--format", "-f", case_sensitive=False, help="table: for a person; json: every field."
    ),
    set_status: Optional[str] = typer.Option(
        None, "--set-status", metavar="STATUS", help="Record a change of status: open, in_progress, complete, closed, deferred or overdue."
    ),
    note: Optional[str] = typer.Option(None, "--note", metavar="TEXT", help="A note with the change; alone, a note without one."),
    by: Optional[str] = typer.Option(None, "--by", metavar="NAME", help="Who made the change (default $USER)."),
    as_of: Optional[str] = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="The day a change took effect, and the day overdue is judged on (default today).",
    ),
    include_restricted: bool = typer.Option(False, "--include-restricted", help=RESTRICTED_HELP),
) -> None:
    """Show one action with its history and sources; --set-status records a change a person made."""
    from scrutiny.cli import say_failed

    try:
        number = parse_id(action_id)
        status = parse_status(set_status) if set_status is not None else None
        day = parse_day(as_of, "--as-of")
        if by is not None and status is None and note is None:
            raise Stop("--by", "says who made a change: give --set-status or --note with it")
        if note is not None and not note.strip():
            raise Stop("--note", "empty note")
        engine = open_store(database)
        try:
            _detail(engine, number, day, include_restricted)  # none, or not to be shown: stop before any change
            if status is not None or note is not None:
                previous, event_id = _record(engine, number, status, note, by or default_actor(), day)
            detail = _detail(engine, number, day, include_restricted)
        finally:
            engine.dispose()
    except Stop as exc:
        say_failed(exc.name, exc.reason)
        raise typer.Exit(EXIT_FAILED)
    if fmt is ActionFormat.json:
        from scrutiny.cli import _write_stdout

        _write_stdout(json.dumps(detail.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    from scrutiny.action_show import action_renderables, change_line

    renderables = list(action_renderables(detail))
    if status is not None or note is not None:
        renderables.insert(0, change_line(detail, previous, event_id))
    _render(renderables)


def _record(
    engine, number: int, status: str | None, note: str | None, actor: str, day: dt.date | None
) -> tuple[str, int]:
    """Record the change in one transaction; the status before it, and the event's id."""
    from scrutiny.store import models as m
    from scrutiny.store.db import session_scope
    from scrutiny.store.events import record_change

    with session_scope(engine, write=True) as session:
        action = session.get(m.Action, number)
        if action is None:
            raise Stop(f"action {number}", "no such action")
        previous = action.status
        event = record_change(session, action, status, actor=actor, note=note.strip() if note else None, at=day)
        return previous, event.id


def _detail(engine, number: int, day: dt.date | None, include_restricted: bool):
    """The action as `store.visibility` lets the caller see it (Part II passages withheld)."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.visibility import action_detail

    with session_scope(engine) as session:
        detail = action_detail(session, number, include_restricted, day)
    if detail is None:
        hint = "" if include_restricted else " (a Part II one is shown with --include-restricted)"
        raise Stop(f"action {number}", "no such action" + hint)
    return detail


def _render(renderables: list) -> None:
    from scrutiny.cli import _stdout_console, _write_stdout

    console = _stdout_console()
    with console.capture() as capture:
        for renderable in renderables:
            if isinstance(renderable, str):
                console.print(renderable, markup=False, soft_wrap=True)
            else:
                console.print(renderable)
    _write_stdout(capture.get())


def register(app: typer.Typer) -> None:
    """Add `scrutiny action` to the `scrutiny` app."""
    app.command("action")(action_command)
