"""The register for people: Rich tables (the plain dicts for CSV and JSON are `outputs.rows`).

Works on the store's listing rows (`ActionRow`, `MeetingRow`, `PersonRow`) and search hits.
Document text is never read as Rich markup: square brackets in board papers stay as written.
A search snippet's matched words (between « and ») are shown in bold on a highlight.
"""

from __future__ import annotations

import datetime as dt

from rich import box
from rich.table import Table
from rich.text import Text

from scrutiny.cli.show import cell
from scrutiny.outputs.rows import days_overdue, iso
from scrutiny.store.queries import ActionRow, MeetingRow, PersonRow
from scrutiny.store.queries.hits import SearchHit

TEXT_WIDTH = 140  # characters of an action's text shown in the table; CSV and JSON give it whole
OVERDUE_STYLE = "bold red"
HIGHLIGHT_STYLE = "bold black on yellow"


def _truncate(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _table(title: str | None) -> Table:
    return Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True)


COMPACT_BELOW = 110  # console columns under which the register puts the details under the text


def _status_cell(row: ActionRow, as_of: dt.date) -> Text:
    status = cell(row.status)
    if row.overdue:
        days = days_overdue(row, as_of)
        status.append("\n")
        late = "overdue" if days is None else f"overdue\n{days} day{'' if days == 1 else 's'}"
        status.append_text(Text(late, style=OVERDUE_STYLE))
    return status


def _action_text(row: ActionRow) -> Text:
    text = Text(_truncate(row.text))
    if row.restricted:
        text.append(" [Part II]", style="magenta")
    return text


def actions_table(
    rows: list[ActionRow], as_of: dt.date, title: str | None = "Actions", width: int = 200
) -> Table:
    """The register: one row an action; an overdue one says so in red under its status, with the
    days past due. Under `COMPACT_BELOW` columns the meeting, ref and owners go under the text."""
    t = _table(title)
    t.pad_edge = False
    t.add_column("ID", justify="right", no_wrap=True)
    compact = width < COMPACT_BELOW
    if not compact:
        t.add_column("Meeting", min_width=10, max_width=20, overflow="fold")
        if any(r.ref for r in rows):
            t.add_column("Ref", max_width=12, overflow="fold")
        t.add_column("Action", min_width=20, overflow="fold")
        t.add_column("Owners", max_width=18, overflow="fold")
    else:
        t.add_column("Action", min_width=20, overflow="fold")
    t.add_column("Due", no_wrap=True)
    t.add_column("Status", min_width=9, max_width=11, overflow="fold")
    with_ref = any(r.ref for r in rows)
    for r in rows:
        due = cell(r.due or r.due_text)
        if compact:
            details = [d for d in (iso(r.meeting_date), r.body) if d]
            line = " ".join(details)
            if r.ref:
                line += f" · ref {r.ref}"
            if r.owners:
                line += " · " + ", ".join(r.owners)
            text = _action_text(r)
            if line:
                text.append("\n" + line.lstrip(" ·"), style="dim")
            t.add_row(str(r.id), text, due, _status_cell(r, as_of))
            continue
        meeting = cell(iso(r.meeting_date))
        if r.body:
            meeting.append("\n" + r.body, style="dim")
        cells: list[str | Text] = [str(r.id), meeting, *([cell(r.ref)] if with_ref else [])]
        cells += [_action_text(r), cell(r.owners), due, _status_cell(r, as_of)]
        t.add_row(*cells)
    return t


# --- search ----------------------------------------------------------------------------------


def snippet_text(fragments: list[tuple[str, bool]]) -> Text:
    """A snippet's (text, matched) pieces with each matched word highlighted."""
    text = Text()
    for piece, marked in fragments:
        text.append(" ".join(piece.split("\n")), style=HIGHLIGHT_STYLE if marked else None)
    return text


def hits_table(hits: list[SearchHit], title: str | None) -> Table:
    t = _table(title)
    t.add_column("#", justify="right", no_wrap=True)
    t.add_column("Kind", no_wrap=True)
    t.add_column("Where", min_width=12, max_width=24, overflow="fold")
    t.add_column("Snippet", min_width=24, overflow="fold")
    for n, hit in enumerate(hits, 1):
        where = Text()
        for line in (hit.body, iso(hit.meeting_date), f"ref {hit.ref}" if hit.ref else None):
            if line:
                where.append(line + "\n")
        where.append(hit.document + (f" p.{hit.page}" if hit.page is not None else ""), style="dim")
        kind = hit.kind + (f" {hit.id}" if hit.kind in ("action", "meeting") else "")
        t.add_row(str(n), kind, where, snippet_text(hit.fragments))
    return t


# --- meetings and people ---------------------------------------------------------------------


def meetings_table(rows: list[MeetingRow], title: str | None = "Meetings") -> Table:
    t = _table(title)
    t.add_column("ID", justify="right", no_wrap=True)
    t.add_column("Date", no_wrap=True)
    t.add_column("Body", ratio=3, overflow="fold")
    t.add_column("Organisation", ratio=3, overflow="fold")
    t.add_column("Venue", ratio=3, overflow="fold")
    t.add_column("Actions", justify="right")
    t.add_column("Decisions", justify="right")
    t.add_column("Document", ratio=3, overflow="fold")
    for r in rows:
        t.add_row(
            str(r.id),
            cell(iso(r.date)),
            cell(r.body),
            cell(r.organisation),
            cell(r.venue),
            str(r.actions),
            str(r.decisions),
            cell(r.document),
        )
    return t


def people_table(rows: list[PersonRow], title: str | None = "People") -> Table:
    t = _table(title)
    t.add_column("ID", justify="right", no_wrap=True)
    t.add_column("Name", ratio=3, overflow="fold")
    t.add_column("Initials", no_wrap=True)
    t.add_column("Role", ratio=4, overflow="fold")
    t.add_column("Body", ratio=3, overflow="fold")
    t.add_column("Meetings", justify="right")
    for r in rows:
        t.add_row(str(r.id), cell(r.name), cell(r.initials), cell(r.role), cell(r.body), str(r.meetings))
    return t
