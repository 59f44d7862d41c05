"""`scrutiny meetings`: the meetings stored, latest first, over `store.queries.list_meetings`
(meetings of restricted papers only with `--include-restricted`)."""

from __future__ import annotations

import typer

from scrutiny.cli.common import (
    ListFormat,
    Stop,
    database_option,
    effective_limit,
    fail,
    format_option,
    limit_option,
    parse_day,
    plural,
    print_json,
    render,
    restricted_option,
    store_session,
)


def meetings_command(
    body: str | None = typer.Option(
        None, "--body", "-b", help="Only this body's meetings (part of its name, any case)."
    ),
    date_from: str | None = typer.Option(
        None, "--from", metavar="DATE", help="Only meetings on or after DATE."
    ),
    date_to: str | None = typer.Option(None, "--to", metavar="DATE", help="Only meetings on or before DATE."),
    limit: int | None = limit_option("At most N meetings (default 100 in a table, all in JSON); 0 for all."),
    fmt: ListFormat = format_option(ListFormat.table, "table: for a person; json: a list of objects."),
    include_restricted: bool = restricted_option(),
    database: str | None = database_option(),
) -> None:
    """The meetings stored, latest first, with how many actions and decisions each gave."""
    from scrutiny.cli.listing_show import meetings_table
    from scrutiny.outputs.rows import meeting_dict
    from scrutiny.store.queries import list_meetings

    try:
        start, end = parse_day(date_from, "--from"), parse_day(date_to, "--to")
        with store_session(database) as session:
            rows = list_meetings(
                session,
                body,
                start,
                end,
                limit=effective_limit(limit, fmt is ListFormat.table),
                restricted=include_restricted,
            )
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if fmt is ListFormat.json:
        print_json([meeting_dict(r) for r in rows])
    elif rows:
        render(meetings_table(rows), plural(len(rows), "meeting"))
    else:
        render("No meetings match.")
