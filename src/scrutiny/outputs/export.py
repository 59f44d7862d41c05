"""The register as data others can reuse: actions, meetings and decisions as CSV, JSON or iCalendar.

Public by default, as the web is to a visitor, by the one rule (`store.visibility`): restricted
(Part II, exempt or sensitive) actions, decisions and items are left out, and so are the meetings
of papers marked restricted as a whole, and the updates reported in a Part II section, unless
`restricted` is True (`scrutiny export --include-restricted`).

- actions: the register's fields (`rows.ACTION_FIELDS`), earliest due first; as ICS, one
  all-day event per action with a due date, with its owners, status, body, meeting and a link back.
- meetings: JSON in the extraction contract's meeting shape (`shared/schema/README.md`) with the
  store's `id` and `document` beside it; CSV one row per meeting with its counts.
- decisions: id, body, meeting date, item, text, restricted, document.

Every CSV scrutiny writes (these, `scrutiny actions --format csv` and the dashboard's
/actions.csv) goes through `csv_text`, which neutralises formulas as OWASP's "CSV Injection"
advises: a text cell starting with = + - @, a tab or a carriage return, or with = + - @ after
leading spaces, gets a single quote in front (`'=HYPERLINK(…)`), which a spreadsheet shows as text
and does not run. OWASP's rule is followed whole, so a text that only looks like a negative number
("-2") gets the quote too; the numbers scrutiny writes itself (ids, counts, days overdue) are
numbers, never the papers' words, and are written as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from scrutiny.outputs.rows import ACTION_FIELDS, action_csv_row, action_dict, decision_dict, iso, meeting_dict
from scrutiny.store.queries import ActionFilter, ActionRow, list_meetings
from scrutiny.store.queries.actions import every_action
from scrutiny.store.queries.meetings import list_decisions, meeting_records

KINDS = ("actions", "meetings", "decisions")
FORMATS = ("csv", "json", "ics")
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
MEETING_FIELDS = (
    "id",
    "date",
    "body",
    "organisation",
    "venue",
    "start_time",
    "actions",
    "decisions",
    "document",
)
DECISION_FIELDS = ("id", "body", "meeting_date", "item", "text", "restricted", "document")
PAGE = 1000  # meetings whose records are read at once


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP: what makes a spreadsheet read a formula


def spreadsheet_safe(text: str) -> str:
    """`text` as a spreadsheet will show but never run: with a leading `'` if it starts with a
    formula character, also after leading whitespace (spreadsheets trim it before reading)."""
    if text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return spreadsheet_safe(value)
    return value


def csv_text(fields: Sequence[str], rows: Iterable[Mapping[str, Any]], header: bool = True) -> str:
    """`rows` as CSV lines (the header first unless `header` is False, for a stream's later
    batches): None empty, booleans true/false, every text made safe for a spreadsheet. The one
    writer of scrutiny's CSV, so no export can forget the formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(fields)
    for row in rows:
        writer.writerow([_cell(row.get(k)) for k in fields])
    return out.getvalue()


# --- actions -------------------------------------------------------------------------------------


def actions_csv(rows: list[ActionRow], as_of: dt.date) -> str:
    return csv_text(ACTION_FIELDS, (action_csv_row(r, as_of) for r in rows))


def actions_json(rows: list[ActionRow], as_of: dt.date) -> list[dict]:
    return [action_dict(r, as_of) for r in rows]


def action_link(base_url: str, action_id: int) -> str:
    return f"{base_url.rstrip('/')}/actions/{action_id}"


def actions_ics(rows: list[ActionRow], as_of: dt.date, base_url: str = DEFAULT_BASE_URL) -> bytes:
    """An iCalendar file: one all-day VEVENT on each dated action's due date."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//scrutiny//actions//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Actions due")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    host = base_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "scrutiny"
    for r in rows:
        if r.due_date is None:
            continue
        link = action_link(base_url, r.id)
        event = Event()
        event.add("uid", f"action-{r.id}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", r.due_date)
        event.add("dtend", r.due_date + dt.timedelta(days=1))
        event.add("summary", r.text)
        status = r.status.replace("_", " ") + (" (overdue)" if r.overdue else "")
        lines = [
            f"Owner{'s' if len(r.owners) != 1 else ''}: {', '.join(r.owners) or 'not named'}",
            f"Status: {status}",
            f"Body: {r.body or 'unknown'}",
            f"Meeting: {iso(r.meeting_date) or 'undated'}",
        ]
        if r.ref:
            lines.append(f"Ref: {r.ref}")
        if r.due_text:
            lines.append(f"Due as written: {r.due_text}")
        lines.append(link)
        event.add("description", "\n".join(lines))
        event.add("url", link)
        event.add("categories", ["restricted" if r.restricted else "public"])
        cal.add_component(event)
    return cal.to_ical()


# --- meetings ------------------------------------------------------------------------------------


def _with_evidence(out: dict, row: Any) -> dict:
    if row.evidence_text:
        out["evidence"] = {"text": row.evidence_text, "page": row.evidence_page}
    return out


def meetings_json(session: Session, restricted: bool) -> list[dict]:
    """Every meeting in the extraction contract's shape, latest first, with its store `id` and `document`."""
    listed = list_meetings(session, limit=None, restricted=restricted)
    out: list[dict] = []
    for start in range(0, len(listed), PAGE):
        page = listed[start : start + PAGE]
        records = meeting_records(session, [row.id for row in page], restricted)
        for row in page:
            r = records[row.id]
            mt = r.meeting
            meeting = {
                "id": mt.id,
                "document": row.document,
                "body": row.body,
                "organisation": row.organisation,
                "date": iso(mt.date),
                "start_time": mt.start_time,
                "venue": mt.venue,
                "attendees": [
                    _with_evidence(
                        {"name": a.name, "role": a.role, "initials": a.initials, "attendance": a.attendance},
                        a,
                    )
                    for a in r.attendees
                ],
                "items": [_with_evidence({"number": i.number, "title": i.title}, i) for i in r.items],
                "actions": [
                    _with_evidence(
                        {
                            "ref": a.ref,
                            "item": a.item,
                            "text": a.text,
                            "owners": r.owners[a.id],
                            "due": a.due,
                            "due_text": a.due_text,
                            "status": a.status,
                        },
                        a,
                    )
                    for a in r.actions
                ],
                "decisions": [_with_evidence({"item": d.item, "text": d.text}, d) for d in r.decisions],
                "action_updates": [
                    _with_evidence({"ref": u.ref, "text": u.text, "status": u.status}, u) for u in r.updates
                ],
            }
            out.append(_with_evidence(meeting, mt))
    return out


def meetings_rows(session: Session, restricted: bool) -> list[dict]:
    """One row per meeting (latest first) with how many of its actions and decisions are shown."""
    return [
        {**meeting_dict(row), "start_time": row.start_time}
        for row in list_meetings(session, limit=None, restricted=restricted)
    ]


def meetings_csv(session: Session, restricted: bool) -> str:
    return csv_text(MEETING_FIELDS, meetings_rows(session, restricted))


# --- decisions -----------------------------------------------------------------------------------


def decisions_rows(session: Session, restricted: bool) -> list[dict]:
    """Every decision, latest meeting first."""
    return [decision_dict(row) for row in list_decisions(session, restricted)]


def decisions_csv(session: Session, restricted: bool) -> str:
    return csv_text(DECISION_FIELDS, decisions_rows(session, restricted))


# --- one entry point -----------------------------------------------------------------------------


def export(
    session: Session,
    kind: str,
    fmt: str,
    *,
    restricted: bool = False,
    as_of: dt.date | None = None,
    base_url: str = DEFAULT_BASE_URL,
) -> bytes:
    """The export of `kind` in `fmt` as bytes (UTF-8 for CSV and JSON); ValueError for ICS of
    other than actions."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    if fmt == "ics" and kind != "actions":
        raise ValueError("ics is for actions only (one event per due date)")
    day = as_of or dt.date.today()
    data: Any
    if kind == "actions":
        rows = every_action(session, ActionFilter(restricted=restricted), day)
        if fmt == "ics":
            return actions_ics(rows, day, base_url)
        if fmt == "csv":
            return actions_csv(rows, day).encode("utf-8")
        data = actions_json(rows, day)
    elif kind == "meetings":
        if fmt == "csv":
            return meetings_csv(session, restricted).encode("utf-8")
        data = meetings_json(session, restricted)
    else:
        if fmt == "csv":
            return decisions_csv(session, restricted).encode("utf-8")
        data = decisions_rows(session, restricted)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
