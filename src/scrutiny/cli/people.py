"""`scrutiny people` (the people named in attendance) and their e-mail addresses for the reminders:
`scrutiny people-import FILE.csv` and `scrutiny people-set NAME --email ADDRESS`."""

from __future__ import annotations

import csv
from pathlib import Path

import typer

from scrutiny.cli.common import (
    ListFormat,
    Stop,
    database_option,
    effective_limit,
    fail,
    format_option,
    limit_option,
    plural,
    print_json,
    render,
    restricted_option,
    store_session,
)


def people_command(
    body: str | None = typer.Option(
        None, "--body", "-b", help="Only people of this body (part of its name, any case)."
    ),
    name: str | None = typer.Option(
        None, "--name", help="Only people whose name contains this, or with these initials."
    ),
    limit: int | None = limit_option("At most N people (default 100 in a table, all in JSON); 0 for all."),
    fmt: ListFormat = format_option(ListFormat.table, "table: for a person; json: a list of objects."),
    include_restricted: bool = restricted_option(),
    database: str | None = database_option(),
) -> None:
    """The people named in attendance, by body, with their initials, role and meetings attended."""
    from scrutiny.cli.listing_show import people_table
    from scrutiny.outputs.rows import person_dict
    from scrutiny.store.queries import list_people

    try:
        with store_session(database) as session:
            rows = list_people(
                session,
                body,
                name,
                limit=effective_limit(limit, fmt is ListFormat.table),
                restricted=include_restricted,
            )
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if fmt is ListFormat.json:
        print_json([person_dict(r) for r in rows])
    elif rows:
        render(people_table(rows), plural(len(rows), "person", "people"))
    else:
        render("No people match.")


def read_people(file: Path) -> list[dict[str | None, str | None]]:
    """The rows of a people CSV (columns name, initials, role, body, email, any case); `ValueError`
    without a name column, `UnicodeDecodeError` when it is not UTF-8."""
    with open(file, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if "name" not in {(f or "").strip().lower() for f in reader.fieldnames or []}:
            raise ValueError("no 'name' column (columns: name, initials, role, body, email)")
        return list(reader)


def people_import_command(
    file: Path = typer.Argument(
        ..., metavar="FILE.csv", help="CSV with columns name, initials, role, body, email."
    ),
    database: str | None = database_option(),
) -> None:
    """Create or update people (and their e-mail addresses) from a CSV file."""
    from scrutiny.store.edits import import_people

    try:
        if not file.is_file():
            raise Stop(str(file), "no such file")
        with store_session(database, write=True) as session:
            try:
                rows = read_people(file)
            except (ValueError, UnicodeDecodeError) as exc:
                raise Stop(str(file), str(exc)) from None
            created, updated = import_people(session, rows)
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    typer.echo(f"{created} created, {updated} updated.")


def people_set_command(
    name: str = typer.Argument(..., metavar="NAME", help="The person's name or initials."),
    email: str = typer.Option(
        ..., "--email", metavar="ADDRESS", help="Their e-mail address ('' removes it)."
    ),
    body: str | None = typer.Option(
        None, "--body", "-b", help="Only the person of this body (part of its name)."
    ),
    database: str | None = database_option(),
) -> None:
    """Set a person's e-mail address, for `scrutiny remind`."""
    from scrutiny.store.edits import EditError, clean_email, people_called, set_email

    try:
        try:
            address = clean_email(email)
        except EditError as exc:
            raise Stop("--email", exc.reason) from None
        with store_session(database, write=True) as session:
            people = people_called(session, name, body)
            if not people:
                raise Stop(name, "no such person (see `scrutiny people`)")
            if len(people) > 1:
                raise Stop(name, f"{len(people)} people match; give --body")
            set_email(session, people[0].id, email)
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    typer.echo(f"{name}: e-mail {'set' if address else 'removed'}.")
