"""Atom feeds, for people who follow a board: a body's latest actions and decisions.

Newest first (by when their paper was ingested, then by meeting date), as Atom 1.0 (RFC 4287).
A feed reader signs in to nothing, so restricted material is never included, whoever asks
(`store.visibility`'s public rule, in `store.queries.bodies.newest_records`); the web serves it
at /bodies/{id}/feed.atom.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from sqlalchemy.orm import Session

from scrutiny.store.queries.bodies import newest_records

ATOM = "http://www.w3.org/2005/Atom"
FEED_LIMIT = 50  # entries of each kind at most
SUMMARY_WIDTH = 500


@dataclass
class Entry:
    id: str
    title: str
    link: str
    updated: dt.datetime
    summary: str
    category: str


def _utc(value: dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _stamp(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def body_entries(session: Session, body_id: int, base: str) -> list[Entry]:
    """The body's latest public actions and decisions as feed entries, newest first."""
    actions, decisions = newest_records(session, body_id, FEED_LIMIT)
    out: list[Entry] = []
    for action in actions:
        a = action.record
        link = f"{base}/actions/{a.id}"
        who = ", ".join(action.owners) or "not named"
        due = a.due_text or a.due or "no due date"
        meeting = action.meeting_date.isoformat() if action.meeting_date else "an undated meeting"
        state = a.status.replace("_", " ")
        summary = f"Action for {who}, due {due}; status {state}. Agreed at the meeting of {meeting}. {a.text}"
        out.append(
            Entry(link, "Action: " + _short(a.text, 120), link, _utc(action.ingested_at), summary, "action")
        )
    for decision in decisions:
        d = decision.record
        link = f"{base}/meetings/{d.meeting_id}#decision-{d.id}"
        meeting = decision.meeting_date.isoformat() if decision.meeting_date else "an undated meeting"
        summary = f"Decided at the meeting of {meeting}: {d.text}"
        out.append(
            Entry(
                link,
                "Decision: " + _short(d.text, 120),
                link,
                _utc(decision.ingested_at),
                summary,
                "decision",
            )
        )
    out.sort(key=lambda e: e.updated, reverse=True)
    return out


def atom(feed_id: str, title: str, self_link: str, alternate: str, entries: list[Entry]) -> bytes:
    """An Atom 1.0 document."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    updated = max((e.updated for e in entries), default=dt.datetime.now(dt.UTC))
    sub(feed, "updated", _stamp(updated))
    sub(feed, "link", rel="self", type="application/atom+xml", href=self_link)
    sub(feed, "link", rel="alternate", type="text/html", href=alternate)
    author = sub(feed, "author")
    sub(author, "name", "scrutiny")
    sub(feed, "generator", "scrutiny")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", e.id)
        sub(entry, "title", e.title)
        sub(entry, "updated", _stamp(e.updated))
        sub(entry, "link", rel="alternate", type="text/html", href=e.link)
        sub(entry, "category", term=e.category)
        sub(entry, "summary", _short(e.summary, SUMMARY_WIDTH), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def body_atom(session: Session, body_id: int, name: str, base: str) -> bytes:
    """The Atom document of the body's new actions and decisions (`name` its title), linking to `base`."""
    page = f"{base}/bodies/{body_id}"
    return atom(
        f"{page}/feed.atom",
        f"{name}: new actions and decisions",
        f"{page}/feed.atom",
        page,
        body_entries(session, body_id, base),
    )
