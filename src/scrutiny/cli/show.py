"""Rich renderings for people: a record, a document as the reader sees it, a list of actions.

Everything here works on plain values (the record's JSON dict, a `Document`) and never
interprets document text as Rich markup: square brackets in board papers stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from scrutiny.document import Document

NONE = Text("—", style="dim")


def cell(value: Any) -> Text:
    """A table cell: text as written, lists joined, None as a dim dash."""
    if value is None or value == "" or value == []:
        return NONE.copy()
    if isinstance(value, (list, tuple)):
        return Text(", ".join(str(v) for v in value))
    return Text(str(value))


# Column widths where a column's natural width would squeeze the text of an action or decision.
# Free text takes the room left by the short columns (which keep their natural width).
_RATIOS = {
    "Action": 5,
    "Decision": 5,
    "Update": 5,
    "Title": 5,
    "Document": 2,
    "Owners": 2,
    "Due": 2,
    "Name": 2,
    "Role": 3,
    "Body": 2,
}


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, expand=True)
    for name in columns:
        table.add_column(name, overflow="fold", ratio=_RATIOS.get(name), no_wrap=name in ("Meeting", "Date"))
    return table


def _due(action: dict) -> Text:
    due, written = action.get("due"), action.get("due_text")
    if due and written and written != due:
        return Text.assemble(due, (f" ({written})", "dim"))
    return cell(due or written)


def meeting_renderables(meeting: dict) -> list:
    """The panels and tables for one meeting of a record."""
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold")
    header.add_column()
    for label, key in (
        ("Body", "body"),
        ("Organisation", "organisation"),
        ("Date", "date"),
        ("Time", "start_time"),
        ("Venue", "venue"),
    ):
        header.add_row(label, cell(meeting.get(key)))
    out: list = [
        Panel(header, title=Text(meeting.get("body") or "Meeting"), title_align="left", expand=False)
    ]

    if meeting.get("attendees"):
        t = _table("Attendees", ["Name", "Role", "Initials", "Attendance"])
        for a in meeting["attendees"]:
            t.add_row(
                cell(a.get("name")), cell(a.get("role")), cell(a.get("initials")), cell(a.get("attendance"))
            )
        out.append(t)
    if meeting.get("items"):
        t = _table("Items", ["No.", "Title"])
        for i in meeting["items"]:
            t.add_row(cell(i.get("number")), cell(i.get("title")))
        out.append(t)
    if meeting.get("actions"):
        t = _table("Actions", ["Ref", "Item", "Action", "Owners", "Due", "Status"])
        for a in meeting["actions"]:
            t.add_row(
                cell(a.get("ref")),
                cell(a.get("item")),
                cell(a.get("text")),
                cell(a.get("owners")),
                _due(a),
                cell(a.get("status")),
            )
        out.append(t)
    if meeting.get("decisions"):
        t = _table("Decisions", ["Item", "Decision"])
        for d in meeting["decisions"]:
            t.add_row(cell(d.get("item")), cell(d.get("text")))
        out.append(t)
    if meeting.get("action_updates"):
        t = _table("Updates on earlier actions", ["Ref", "Update", "Status"])
        for u in meeting["action_updates"]:
            t.add_row(cell(u.get("ref")), cell(u.get("text")), cell(u.get("status")))
        out.append(t)
    return out


def record_renderable(record: dict) -> Group:
    """A whole extraction record (the JSON dict) for a person to read."""
    source = record.get("source", {})
    meetings = record.get("meetings") or []
    parts: list = [
        Text.assemble(
            (source.get("name", "?"), "bold"),
            f"  {source.get('format', '?')}  ",
            (f"sha256 {source.get('sha256', '')[:12]}…", "dim"),
        )
    ]
    if not meetings:
        parts.append(Text("No meeting found.", style="yellow"))
    for meeting in meetings:
        parts.extend(meeting_renderables(meeting))
    if record.get("forward_plan"):
        t = _table("Forward plan", ["Date", "Body", "Title"])
        for f in record["forward_plan"]:
            t.add_row(cell(f.get("date")), cell(f.get("body")), cell(f.get("title")))
        parts.append(t)
    return Group(*parts)


def _paragraphs(paragraphs: list[str]) -> Text:
    """A cell's paragraphs, one per line; where there are several, each starts with a dim ¶."""
    if len(paragraphs) < 2:
        return Text("\n".join(paragraphs))
    text = Text()
    for n, para in enumerate(paragraphs):
        text.append(("\n" if n else "") + "¶ ", style="dim")
        text.append(para)
    return text


def document_renderables(doc: Document) -> Iterable:
    """Each block of a document with its kind and page; tables show every cell's paragraphs."""
    yield Text.assemble(
        (doc.name, "bold"),
        f"  {doc.format}  ",
        (
            f"{len(doc.blocks)} blocks, {doc.pages if doc.pages is not None else 'no'} pages, "
            f"{len(doc.text)} characters",
            "dim",
        ),
    )
    if doc.title:
        yield Text.assemble(("title: ", "dim"), doc.title)
    for n, block in enumerate(doc.blocks, 1):
        label = block.kind + (f" {block.level}" if block.level is not None else "")
        page = f"p.{block.page}" if block.page is not None else "p.—"
        head = Text(f"[{n}] {label} · {page} · {block.start}–{block.end}", style="cyan")
        if block.kind == "table" and block.rows:
            width = max(len(row) for row in block.rows)
            table = Table(box=box.SQUARE, show_header=False, show_lines=True, expand=False)
            for _ in range(width):
                table.add_column(overflow="fold")
            for row in block.rows:
                cells = [_paragraphs(c.paragraphs) for c in row]
                table.add_row(*(cells + [Text("")] * (width - len(cells))))
            yield Group(head, table)
        else:
            yield Group(head, Text(block.text))


def actions_table(rows: list[dict]) -> Table:
    """All the actions of a corpus, one row each: document, meeting date and the action."""
    t = _table("Actions", ["Document", "Meeting", "Ref", "Action", "Owners", "Due", "Status"])
    previous = None
    for r in rows:
        a = r["action"]
        first = r["document"] != previous
        if first and previous is not None:
            t.add_section()
        previous = r["document"]
        t.add_row(
            cell(r["document"]) if first else Text(""),
            cell(r.get("date")),
            cell(a.get("ref")),
            cell(a.get("text")),
            cell(a.get("owners")),
            _due(a),
            cell(a.get("status")),
        )
    return t


def err_console() -> Console:
    return Console(stderr=True)
