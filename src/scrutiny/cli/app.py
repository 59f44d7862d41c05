"""The `scrutiny` Typer app: the root command and every command group, registered in one place.

Start-up is part of every command's cost, so importing this loads Typer and the command modules
alone: each command imports the readers, the store, the web or Rich when it runs.
`tests/cli/test_cli.py` checks what `import scrutiny.cli` loads.
"""

from __future__ import annotations

import sys
from typing import Any

import typer

from scrutiny import __version__
from scrutiny.cli import (
    actions,
    demo,
    export,
    extract,
    ingest,
    meetings,
    people,
    remind,
    report,
    search,
    serve,
    users,
)
from scrutiny.cli.usage import Group


class _App(typer.Typer):
    """The `scrutiny` command; run as a program, a plain `scrutiny extract` goes straight to its
    function (`extract.plain_extract`), every other command line through Typer."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        command = None if args or kwargs else extract.plain_extract(sys.argv[1:])
        if command is None:
            return super().__call__(*args, **kwargs)
        try:
            command()
        except typer.Exit as exc:
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            sys.exit(130)  # as Typer ends on Ctrl-C
        sys.exit(0)


app = _App(
    name="scrutiny",
    help="Read police-governance papers and extract meetings, actions and decisions with their evidence.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=Group,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutiny {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool | None = typer.Option(
        None, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Read police-governance papers and extract meetings, actions and decisions with their evidence."""


# A document's record, and the document as the reader sees it.
app.command("extract")(extract.extract_command)
app.command("read")(extract.read_command)
# Documents into the store, and the demo over the bundled samples.
app.command("ingest")(ingest.ingest_command)
# The register: actions, one action (and a change a person records), search, meetings, people.
app.command("actions")(actions.actions_command)
app.command("search")(search.search_command)
app.command("meetings")(meetings.meetings_command)
app.command("people")(people.people_command)
app.command("demo")(demo.demo_command)
app.command("action")(actions.action_command)
# The web dashboard and API, and who may sign in.
app.command("serve")(serve.serve_command)
app.add_typer(users.user_app, name="user")
# Data others can reuse, reports to send out, reminders to owners and their addresses.
app.command("export")(export.export_command)
app.add_typer(report.report_app, name="report")
app.command("remind")(remind.remind_command)
app.command("people-import")(people.people_import_command)
app.command("people-set")(people.people_set_command)
