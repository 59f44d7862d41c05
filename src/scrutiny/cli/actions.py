"""`scrutiny actions` (the action register, overdue first) and `scrutiny action ID` (one action with
its history and sources, and a change a person records).

Thin over `outputs.listings` (the register's rows), `store.visibility` (what the caller may see:
Part II actions and passages only with `--include-restricted`) and `store.edits` (the change a
person records, as the web records it). Whatever stops a command (no such action, an unknown
status, a bad date) is one line:

    scrutiny: action 999: no such action
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

from scrutiny import words
from scrutiny.cli.common import (
    ListFormat,
    Stop,
    database_option,
    effective_limit,
    fail,
    format_option,
    limit_option,
    open_store,
    parse_day,
    parse_statuses,
    plural,
    print_json,
    render,
    restricted_option,
    stdout_console,
    store_session,
    write_stdout,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from scrutiny.store.detail import ActionDetail


class ActionsFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def actions_command(
    body: str | None = typer.Option(
        None, "--body", "-b", help="Only this body's actions (part of its name, any case)."
    ),
    owner: str | None = typer.Option(
        None,
        "--owner",
        "-o",
        help="Only actions with this owner: as written (BJH), or a person's name or initials.",
    ),
    status: list[str] | None = typer.Option(
        None,
        "--status",
        "-s",
        metavar="STATUS",
        help="Only actions in this status: open, in_progress, complete, closed, deferred, overdue (repeat or comma-separate).",
    ),
    overdue: bool = typer.Option(
        False, "--overdue", help="Only actions overdue on --as-of: past due, not complete or closed."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE", help="The day overdue is judged on (default today)."
    ),
    due_before: str | None = typer.Option(
        None, "--due-before", metavar="DATE", help="Only actions due on or before DATE."
    ),
    date_from: str | None = typer.Option(
        None, "--from", metavar="DATE", help="Only actions of meetings on or after DATE."
    ),
    date_to: str | None = typer.Option(
        None, "--to", metavar="DATE", help="Only actions of meetings on or before DATE."
    ),
    limit: int | None = limit_option(),
    fmt: ActionsFormat = format_option(
        ActionsFormat.table, "table: for a person; csv or json: every field (json adds the evidence)."
    ),
    include_restricted: bool = restricted_option(),
    database: str | None = database_option(),
) -> None:
    """The action register: overdue first, then by due date; filters narrow it."""
    from scrutiny.cli.listing_show import actions_table
    from scrutiny.outputs.export import actions_csv
    from scrutiny.outputs.listings import register_rows
    from scrutiny.outputs.rows import action_dict
    from scrutiny.store.queries import ActionFilter, count_actions
    from scrutiny.store.queries.actions import evidence_of

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
        with store_session(database) as session:
            rows = register_rows(session, f, day, effective_limit(limit, fmt is ActionsFormat.table))
            if fmt is ActionsFormat.json:
                evidence = evidence_of(session, [r.id for r in rows])
            elif fmt is ActionsFormat.table:
                total = count_actions(session, f)
                late = total if f.overdue_on else count_actions(session, replace(f, overdue_on=day))
                hidden = (
                    0 if include_restricted else count_actions(session, replace(f, restricted=True)) - total
                )
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if fmt is ActionsFormat.json:
        print_json([action_dict(r, day, evidence.get(r.id, (None, None))) for r in rows])
    elif fmt is ActionsFormat.csv:
        write_stdout(actions_csv(rows, day))
    else:
        summary = f"{plural(total, 'action')}, {late:,} overdue as of {day.isoformat()}"
        if len(rows) < total:
            summary = f"Showing {len(rows):,} of {summary}; --limit 0 shows all"
        if hidden:
            summary += f" ({plural(hidden, 'Part II action')} not shown: --include-restricted)"
        if rows:
            title = f"Action register as of {day.isoformat()}"
            render(actions_table(rows, day, title=title, width=stdout_console().width), summary)
        else:
            render(
                "No actions match."
                + (f" ({hidden:,} Part II not shown: --include-restricted)" if hidden else "")
            )


# --- one action ------------------------------------------------------------------------------------


def parse_status(value: str) -> str:
    """A status as a person types it, as the store holds it; `Stop` when there is no such status."""
    try:
        return words.parse_status(value)
    except words.UnknownStatus as exc:
        raise Stop("--set-status", str(exc)) from None


def parse_id(value: str) -> int:
    """An action's number as `scrutiny actions` shows it (`12`, `#12`); `Stop` for anything else."""
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
    action_id: str = typer.Argument(
        ..., metavar="ID", help="The action's number (the `id` that `scrutiny actions` shows)."
    ),
    database: str | None = database_option(),
    fmt: ListFormat = format_option(ListFormat.table, "table: for a person; json: every field."),
    set_status: str | None = typer.Option(
        None,
        "--set-status",
        metavar="STATUS",
        help="Record a change of status: open, in_progress, complete, closed, deferred or overdue.",
    ),
    note: str | None = typer.Option(
        None, "--note", metavar="TEXT", help="A note with the change; alone, a note without one."
    ),
    by: str | None = typer.Option(None, "--by", metavar="NAME", help="Who made the change (default $USER)."),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="The day a change took effect, and the day overdue is judged on (default today).",
    ),
    include_restricted: bool = restricted_option(),
) -> None:
    """Show one action with its history and sources; --set-status records a change a person made."""
    from scrutiny.cli.action_show import action_renderables, change_line

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
            _detail(
                engine, number, day, include_restricted
            )  # none, or not to be shown: stop before any change
            if status is not None or note is not None:
                previous, event_id = _record(engine, number, status, note, by or default_actor(), day)
            detail = _detail(engine, number, day, include_restricted)
        finally:
            engine.dispose()
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if fmt is ListFormat.json:
        print_json(detail.to_dict())
        return
    renderables: list[Any] = list(action_renderables(detail))
    if status is not None or note is not None:
        renderables.insert(0, change_line(detail, previous, event_id))
    render(*renderables)


def _record(
    engine: Engine, number: int, status: str | None, note: str | None, actor: str, day: dt.date | None
) -> tuple[str, int]:
    """Record the change in one transaction (`store.edits.change_action`); the status before it,
    and the event's id."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.edits import EditError, change_action

    try:
        with session_scope(engine, write=True) as session:
            change = change_action(session, number, actor, status=status, note=note, at=day)
    except LookupError:
        raise Stop(f"action {number}", "no such action") from None
    except EditError as exc:
        raise Stop("--note", exc.reason) from None
    return change.previous_status, change.event_id


def _detail(engine: Engine, number: int, day: dt.date | None, include_restricted: bool) -> ActionDetail:
    """The action as `store.visibility` lets the caller see it (Part II passages withheld)."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.visibility import action_detail

    with session_scope(engine) as session:
        detail = action_detail(session, number, include_restricted, day)
    if detail is None:
        hint = "" if include_restricted else " (a Part II one is shown with --include-restricted)"
        raise Stop(f"action {number}", "no such action" + hint)
    return detail
