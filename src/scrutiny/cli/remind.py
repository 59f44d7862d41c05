"""`scrutiny remind`: e-mail each owner with an address a digest of their public actions overdue,
due that day and due within a week (`outputs.remind`); `--dry-run` prints them instead."""

from __future__ import annotations

import datetime as dt

import typer

from scrutiny.cli.common import Stop, database_option, fail, parse_day, store_session


def remind_command(
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="DAY", help="The day reminded of (YYYY-MM-DD or today; default today)."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the messages instead of sending them."),
    database: str | None = database_option(),
) -> None:
    """Send each owner with an e-mail address a digest of their public actions overdue, due that day and due within a week."""
    from scrutiny.outputs.remind import SmtpSettings, digests, message, readable, send, send_failure
    from scrutiny.store.queries.people import people_with_address

    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        try:
            settings = SmtpSettings.from_env()
        except ValueError as exc:
            raise Stop("settings", str(exc)) from None
        with store_session(database) as session:
            messages = [message(d, day, settings.sender) for d in digests(session, day)]
            addressed = people_with_address(session)
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    reminders = f"{len(messages)} reminder{'' if len(messages) == 1 else 's'}"
    if not messages:
        if not addressed:
            why = (
                "no one has an e-mail address yet; add them with `scrutiny people-set NAME --email ADDRESS` "
                "or `scrutiny people-import people.csv` (columns name, initials, role, body, email)"
            )
        else:
            why = (
                f"none of the {addressed} {'person' if addressed == 1 else 'people'} with an e-mail address "
                f"has a public action overdue or due by {(day + dt.timedelta(days=7)).isoformat()}"
            )
        typer.echo(f"scrutiny: 0 reminders: {why}.", err=True)
        return
    if dry_run:
        for k, msg in enumerate(messages):
            typer.echo(("\n" + "─" * 72 + "\n\n" if k else "") + readable(msg), nl=False)
        typer.echo(f"{reminders} not sent (--dry-run).", err=True)
        return
    try:
        send(messages, settings)
    except Exception as exc:
        raise fail(
            f"SMTP server {settings.address}",
            f"cannot send: {send_failure(exc)} (set SCRUTINY_SMTP_HOST and SCRUTINY_SMTP_PORT; "
            "--dry-run prints the reminders instead)",
        ) from None
    typer.echo(f"{reminders} sent through {settings.address}.", err=True)
