"""One action shown to a person (Rich): its fields, its history and its sources, for `scrutiny action`."""

from __future__ import annotations

from collections.abc import Iterator

from rich.table import Table
from rich.text import Text

from scrutiny.store.detail import ActionDetail, EventDetail, OwnerDetail

_STYLE = {
    "complete": "green",
    "closed": "green",
    "overdue": "bold red",
    "deferred": "yellow",
    "in_progress": "cyan",
}


def _owner(o: OwnerDetail) -> str:
    if o.person_id is None or not (o.name or o.initials or o.role):
        return o.owner
    who = o.name or o.initials or ""
    if o.name and o.initials:
        who += f" ({o.initials})"
    if o.role:
        who = f"{who}, {o.role}" if who else o.role
    return f"{o.owner}: {who}"


def _place(document: str | None, page: int | None) -> str:
    if not document:
        return ""
    return f"{document}, p. {page}" if page else document


def _overdue(d: ActionDetail) -> Text:
    day = d.as_of.isoformat()
    if not d.overdue:
        return Text(f"no (as of {day})")
    if d.overdue_days is None:
        return Text(f"yes, as the papers say (as of {day}; no due date)", style="bold red")
    return Text(
        f"yes, {d.overdue_days} day{'s' if d.overdue_days != 1 else ''} past due (as of {day})",
        style="bold red",
    )


def _source(e: EventDetail) -> str:
    if e.source == "person":
        return f"person: {e.actor}" if e.actor else "person"
    if e.confidence is not None:
        return f"{e.source}\nconfidence {e.confidence:.2f}"
    return e.source


def _details(e: EventDetail) -> Text:
    """The note, then where it came from (document, page) and the passage."""
    text = Text(e.note or "")
    place = _place(e.document, e.page)
    if place:
        text.append(("\n" if text else "") + f"from {place}")
    if e.evidence:
        text.append(("\n" if text else "") + f"“{' '.join(e.evidence.split())}”", style="dim")
    return text


def heading(d: ActionDetail) -> str:
    body = d.body or "unknown body"
    if d.organisation:
        body += f" ({d.organisation})"
    when = f"meeting of {d.meeting_date.isoformat()}" if d.meeting_date else "undated meeting"
    return f"Action {d.id}: {body}, {when}"


def fields(d: ActionDetail) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    if d.ref:
        grid.add_row("Ref", d.ref)
    if d.item:
        grid.add_row("Item", d.item)
    grid.add_row("Action", d.text)
    grid.add_row("Owners", "\n".join(_owner(o) for o in d.owners) or "none named")
    due = d.due_date.isoformat() if d.due_date else (d.due or "none")
    if d.due_text:
        due += f" (“{d.due_text}”)"
    grid.add_row("Due", due)
    grid.add_row("Status", Text(d.status, style=_STYLE.get(d.status, "")))
    grid.add_row("Overdue", _overdue(d))
    if d.restricted:
        grid.add_row("Part II", Text("restricted (exempt): not for the public", style="yellow"))
    return grid


def history_table(d: ActionDetail) -> Table:
    table = Table(title="History", title_justify="left", show_lines=True, expand=False)
    table.add_column("Date", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Source", no_wrap=True)
    table.add_column("Note, document, page and passage", overflow="fold")
    for e in d.history:
        table.add_row(
            e.date.isoformat() if e.date else "",
            Text(e.status or "(note)", style=_STYLE.get(e.status or "", "")),
            _source(e),
            _details(e),
        )
    return table


def sources_table(d: ActionDetail) -> Table:
    table = Table(title="Sources", title_justify="left", show_lines=True, expand=False)
    table.add_column("Document", overflow="fold")
    table.add_column("What", no_wrap=True)
    table.add_column("Meeting", no_wrap=True)
    table.add_column("Page", justify="right", no_wrap=True)
    table.add_column("Passage", overflow="fold")
    for s in d.sources:
        table.add_row(
            s.document,
            s.what,
            s.meeting_date.isoformat() if s.meeting_date else "",
            str(s.page) if s.page else "",
            Text(" ".join(s.evidence.split()), style="dim") if s.evidence else "",
        )
    return table


def action_renderables(d: ActionDetail) -> Iterator:
    yield Text(heading(d), style="bold")
    yield fields(d)
    yield ""
    yield history_table(d)
    yield ""
    yield sources_table(d)


def change_line(d: ActionDetail, previous: str, event_id: int) -> str:
    """What was recorded (the event `event_id`), in one line, above the action."""
    event = next(e for e in d.history if e.id == event_id)
    if event.status:
        what = f"status {event.status}" + (f" (was {previous})" if previous != event.status else "")
    else:
        what = "a note"
    when = event.date.isoformat() if event.date else "undated"
    return f"Recorded on action {d.id}: {what}, by {event.actor}, effective {when}; its status is now {d.status}."
