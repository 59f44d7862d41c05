"""Every read of the store, one module per entity, each with `store.visibility`'s rule applied in
its queries: the CLI's listings, the web's pages and API, the exports, the report, the feeds and
the reminders read here.

    actions.py     the register (filters, order, pages), its count, overdue as a condition
    meetings.py    the meetings listing; one meeting with its attendance, agenda and records;
                   many meetings' records and every decision, for the exports
    documents.py   the documents listing; one document with its text and records
    bodies.py      bodies with their counts; one body with its meetings and people; its feed
    people.py      the people listing; one person with their meetings and actions; the
                   owners a reminder goes to
    overview.py    the dashboard's totals, per body, per owner and per month
    hits.py        full-text search results with the place of each record
    filters.py, paging.py, tables.py   a body's name, a listing's total, rows per table

The commands' listings are re-exported here.
"""

from __future__ import annotations

from scrutiny.store.queries.actions import (
    ActionFilter,
    ActionRow,
    Order,
    count_actions,
    history_after,
    list_actions,
    overdue_on,
)
from scrutiny.store.queries.filters import body_ids
from scrutiny.store.queries.meetings import MeetingRow, list_meetings
from scrutiny.store.queries.people import PersonRow, list_people, people_query, people_rows
from scrutiny.store.queries.tables import counts

__all__ = [
    "ActionFilter",
    "ActionRow",
    "MeetingRow",
    "Order",
    "PersonRow",
    "body_ids",
    "count_actions",
    "counts",
    "history_after",
    "list_actions",
    "list_meetings",
    "list_people",
    "overdue_on",
    "people_query",
    "people_rows",
]
