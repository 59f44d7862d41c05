"""`scrutiny report actions`: the "actions arising and their status" report as DOCX, HTML or Markdown.

The content is built once (`outputs.report.build_report`) and written in the format asked for.
Part II (exempt) actions are left out unless `--include-restricted` is given.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

import typer

from scrutiny.cli.common import Stop, database_option, fail, parse_day, restricted_option, store_session

report_app = typer.Typer(
    name="report",
    help="Reports to send out: the actions arising and their status.",
    no_args_is_help=True,
    add_completion=False,
)


class ReportFormat(str, Enum):
    docx = "docx"
    html = "html"
    md = "md"


@report_app.command("actions")
def report_actions_command(
    fmt: ReportFormat = typer.Option(
        ...,
        "--format",
        "-f",
        case_sensitive=False,
        help="docx (Word), html (prints cleanly) or md (Markdown).",
    ),
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE", help="The file to write."),
    body: str | None = typer.Option(
        None, "--body", "-b", help="Only this body's actions (part of its name, any case)."
    ),
    since: str | None = typer.Option(
        None, "--since", metavar="DATE", help="Only actions of meetings on or after DATE."
    ),
    until: str | None = typer.Option(
        None, "--until", metavar="DATE", help="Only actions of meetings on or before DATE."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DATE", help="The day status and overdue are judged on (default today)."
    ),
    include_restricted: bool = restricted_option(),
    database: str | None = database_option(),
) -> None:
    """The actions arising and their status: a summary table, then each meeting's actions."""
    from scrutiny.outputs.report import build_report, write_report

    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        start = parse_day(since, "--since")
        end = parse_day(until, "--until")
        if output.parent and not output.parent.exists():
            raise Stop(str(output), "no such folder")
        with store_session(database) as session:
            report = build_report(
                session, body=body, since=start, until=end, as_of=day, include_restricted=include_restricted
            )
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    try:
        write_report(report, fmt.value, output)
    except OSError as exc:
        raise fail(output, exc.strerror or str(exc)) from None
    n = sum(len(mt.actions) for mt in report.meetings)
    late = sum(a.overdue for mt in report.meetings for a in mt.actions)
    typer.echo(
        f"wrote {output} ({fmt.value}): {n} action{'s' if n != 1 else ''} from "
        f"{len(report.meetings)} meeting{'s' if len(report.meetings) != 1 else ''}, {late} overdue "
        f"as of {day.isoformat()}"
    )
