"""`scrutiny remind` (e-mail digests to action owners) and owners' addresses:
`scrutiny people-import FILE.csv` and `scrutiny people-set NAME --email ADDRESS`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from scrutiny.register_cli import Stop, _database_option, _stop, open_store, parse_day


def remind_command(
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="DAY", help="The day reminded of (YYYY-MM-DD or today; default today)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the messages instead of sending them."),
    database: Optional[str] = _database_option(),
) -> None:
    """Send each owner with an e-mail address a digest of their public actions overdue, due that day and due within a week."""
    import datetime as dt

    from sqlalchemy.orm import Session

    from scrutiny.outputs.remind import SmtpSettings, digests, message, people_with_address, readable, send, send_failure

    try:
        day = parse_day(as_of, "--as-of") or dt.date.today()
        try:
            settings = SmtpSettings.from_env()
        except ValueError as exc:
            raise Stop("settings", str(exc)) from None
        engine = open_store(database)
        try:
            with Session(engine) as session:
                messages = [message(d, day, settings.sender) for d in digests(session, day)]
                addressed = people_with_address(session)
        finally:
            engine.dispose()
    except Stop as exc:
        raise _stop(exc) from None
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
        raise _stop(
            Stop(
                f"SMTP server {settings.address}",
                f"cannot send: {send_failure(exc)} (set SCRUTINY_SMTP_HOST and SCRUTINY_SMTP_PORT; "
                "--dry-run prints the reminders instead)",
            )
        ) from None
    typer.echo(f"{reminders} sent through {settings.address}.", err=True)


def people_import_command(
    file: Path = typer.Argument(..., metavar="FILE.csv", help="CSV with columns name, initials, role, body, email."),
    database: Optional[str] = _database_option(),
) -> None:
    """Create or update people (and their e-mail addresses) from a CSV file."""
    from sqlalchemy.orm import Session

    from scrutiny.outputs.remind import import_people

    try:
        if not file.is_file():
            raise Stop(str(file), "no such file")
        engine = open_store(database)
        try:
            with Session(engine) as session:
                try:
                    created, updated = import_people(session, file)
                except (ValueError, UnicodeDecodeError) as exc:
                    raise Stop(str(file), str(exc)) from None
                session.commit()
        finally:
            engine.dispose()
    except Stop as exc:
        raise _stop(exc) from None
    typer.echo(f"{created} created, {updated} updated.")


def people_set_command(
    name: str = typer.Argument(..., metavar="NAME", help="The person's name or initials."),
    email: str = typer.Option(..., "--email", metavar="ADDRESS", help="Their e-mail address ('' removes it)."),
    body: Optional[str] = typer.Option(None, "--body", "-b", help="Only the person of this body (part of its name)."),
    database: Optional[str] = _database_option(),
) -> None:
    """Set a person's e-mail address, for `scrutiny remind`."""
    from sqlalchemy.orm import Session

    from scrutiny.outputs.remind import find_people

    try:
        address = email.strip()
        if address and ("@" not in address or " " in address):
            raise Stop("--email", f"not an e-mail address: {email!r}")
        engine = open_store(database)
        try:
            with Session(engine) as session:
                people = find_people(session, name, body)
                if not people:
                    raise Stop(name, "no such person (see `scrutiny people`)")
                if len(people) > 1:
                    raise Stop(name, f"{len(people)} people match; give --body")
                people[0].email = address or None
                session.commit()
        finally:
            engine.dispose()
    except Stop as exc:
        raise _stop(exc) from None
    typer.echo(f"{name}: e-mail {'set' if address else 'removed'}.")


def register(app: typer.Typer) -> None:
    app.command("remind")(remind_command)
    app.command("people-import")(people_import_command)
    app.command("people-set")(people_set_command)
