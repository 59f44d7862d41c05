"""`scrutiny export actions|meetings|decisions --format csv|json|ics`: the register as data, over
`outputs.export`. Restricted (Part II) material is left out unless `--include-restricted` is given."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

import typer

from scrutiny.cli.common import (
    Stop,
    database_option,
    fail,
    parse_day,
    restricted_option,
    store_session,
    write_stdout,
)


class ExportKind(str, Enum):
    actions = "actions"
    meetings = "meetings"
    decisions = "decisions"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    ics = "ics"


def export_command(
    kind: ExportKind = typer.Argument(
        ..., case_sensitive=False, help="What to export: actions, meetings or decisions."
    ),
    fmt: ExportFormat = typer.Option(
        ExportFormat.csv,
        "--format",
        "-f",
        case_sensitive=False,
        help="csv (a header row), json (meetings in the extraction contract's shape) or ics (actions only).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE instead of standard output."
    ),
    include_restricted: bool = restricted_option(),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE", help="The day overdue is judged on (default today)."
    ),
    base_url: str = typer.Option(
        "http://127.0.0.1:8000",
        "--base-url",
        metavar="URL",
        help="Where the dashboard is served: calendar entries link back to URL/actions/ID.",
    ),
    database: str | None = database_option(),
) -> None:
    """Export actions, meetings or decisions as CSV, JSON or (actions) an iCalendar of due dates."""
    from scrutiny.outputs.export import export

    try:
        if fmt is ExportFormat.ics and kind is not ExportKind.actions:
            raise Stop("--format", "ics is for actions only (one calendar entry per due date)")
        day = parse_day(as_of, "--as-of") or dt.date.today()
        with store_session(database) as session:
            data = export(
                session, kind.value, fmt.value, restricted=include_restricted, as_of=day, base_url=base_url
            )
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if output is None:
        write_stdout(data.decode("utf-8"))
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise fail(output, f"cannot write: {exc.strerror or exc}") from None
