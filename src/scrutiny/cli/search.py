"""`scrutiny search QUERY`: meetings, actions, decisions and passages, best first, over
`store.queries.hits` (the dashboard's search too) with `store.visibility`'s rule (Part II hits
only with `--include-restricted`)."""

from __future__ import annotations

import typer

from scrutiny.cli.common import (
    ListFormat,
    Stop,
    database_option,
    fail,
    format_option,
    one_line,
    plural,
    print_json,
    render,
    restricted_option,
    store_session,
)


def search_command(
    query: str = typer.Argument(
        ...,
        metavar="QUERY",
        help='Words and "quoted phrases", all required; OR between two terms allows either.',
    ),
    limit: int = typer.Option(20, "--limit", "-n", min=1, metavar="N", help="At most N hits (default 20)."),
    fmt: ListFormat = format_option(
        ListFormat.table, "table: for a person; json: the hits with their snippets and scores."
    ),
    include_restricted: bool = restricted_option(),
    database: str | None = database_option(),
) -> None:
    """Search meetings, actions, decisions and passages: best first, matches highlighted."""
    from scrutiny.cli.listing_show import hits_table
    from scrutiny.outputs.rows import hit_dict
    from scrutiny.store.queries.hits import find_hits

    try:
        with store_session(database) as session:
            hits = find_hits(session, query, include_restricted, limit)
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    except Exception as exc:  # the edge: a query the database refuses
        raise fail(query, f"search failed: {one_line(exc, 200)}") from None
    if fmt is ListFormat.json:
        print_json([hit_dict(h) for h in hits])
    elif hits:
        render(hits_table(hits, title=f"Search: {query}"), f"{plural(len(hits), 'hit')}, best first")
    else:
        render(f"Nothing matches {query!r}.")
