"""Forward-plan and work-programme entries: what is to come to which meeting, and when."""

from __future__ import annotations

import re
from datetime import date

from scrutiny.document import Block
from scrutiny.extract.dates import find_dates, resolve_due
from scrutiny.extract.header import find_body
from scrutiny.extract.passages import Passage
from scrutiny.extract.text import title_case, verbatim
from scrutiny.record import Evidence, ForwardPlanEntry

ADDED = re.compile(
    r"\badd(?:ed)?\s+to\s+(?:the\s+)?(?P<body>[\w&' ]{0,60}?)\s*forward\s+plan\s*:\s*(?P<rest>.+)", re.I
)
_TO_MEETING = re.compile(
    r"\s+(?:to|for|at)\s+(?:the\s+)?(?P<when>.*?(?:meeting|board|panel|committee)\b.*)$", re.I
)
SECTION = re.compile(
    r"\b(?:forward\s+(?:plan|work\s+programme|agenda)|work\s*programme|future\s+agenda\s+items|annual\s+cycle\s+of\s+business)\b",
    re.I,
)
_DATE_HEAD = re.compile(r"\b(?:date|meeting|month|when)\b", re.I)
_TITLE_HEAD = re.compile(r"\b(?:item|title|topic|subject|report|business|agenda|paper|description)s?\b", re.I)
_BODY_HEAD = re.compile(r"\b(?:body|board|forum|committee|panel)\b", re.I)


def marked_entries(passage: Passage, meeting: date | None) -> list[ForwardPlanEntry]:
    """ "TO BE ADDED TO STRATEGIC BOARD FORWARD PLAN: Budget … to 22 March Strategic Board meeting"."""
    out = []
    for m in ADDED.finditer(verbatim(passage.text)):
        rest = re.split(r"(?<=[a-z0-9)])\.\s", m.group("rest"))[0].rstrip(".")
        body = title_case(m.group("body").strip()) or None
        when = _TO_MEETING.search(rest)
        title, when_text = (rest[: when.start()], when.group("when")) if when else (rest, "")
        due = resolve_due(when_text, meeting) if when_text else None
        if when_text and find_body(when_text):
            body = (
                find_body(
                    re.sub(
                        r"\d+|"
                        + "|".join(
                            (
                                "january",
                                "february",
                                "march",
                                "april",
                                "may",
                                "june",
                                "july",
                                "august",
                                "september",
                                "october",
                                "november",
                                "december",
                            )
                        ),
                        "",
                        when_text,
                        flags=re.I,
                    )
                )
                or body
            )
        out.append(
            ForwardPlanEntry(
                title=title.strip(),
                date=due if due and len(due) == 10 else None,
                body=body,
                evidence=passage.evidence(verbatim(m.group())),
            )
        )
    return out


def table_entries(
    block: Block, in_section: bool, meeting: date | None, body: str | None
) -> list[ForwardPlanEntry] | None:
    """Rows of a forward-plan table (Date | Item …); None when the table is not one."""
    rows = block.rows or []
    if len(rows) < 2:
        return None
    header = [c.text.strip() for c in rows[0]]
    date_col = next((i for i, h in enumerate(header) if _DATE_HEAD.search(h) and len(h) < 30), None)
    title_col = next(
        (i for i, h in enumerate(header) if _TITLE_HEAD.search(h) and i != date_col and len(h) < 40), None
    )
    if date_col is None or title_col is None or not (in_section or SECTION.search(" ".join(header))):
        return None
    body_col = next(
        (i for i, h in enumerate(header) if _BODY_HEAD.search(h) and i not in (date_col, title_col)), None
    )
    out: list[ForwardPlanEntry] = []
    current: str | None = None
    for row in rows[1:]:
        cells = [c.text.strip() for c in row]
        if date_col < len(cells) and cells[date_col]:
            dates = find_dates(cells[date_col])
            current = dates[0][0].isoformat() if dates else None
            if not dates:
                due = resolve_due(cells[date_col], meeting)
                current = due if due and len(due) == 10 else None
        row_body = (
            cells[body_col] if body_col is not None and body_col < len(cells) and cells[body_col] else body
        )
        if title_col >= len(row):
            continue
        for title in row[title_col].paragraphs:
            title = re.sub(r"^\s*(?:[-•*▪]|\d{1,2}[.)])\s*", "", title).strip()
            if title:
                out.append(
                    ForwardPlanEntry(
                        title=title, date=current, body=row_body, evidence=Evidence(title, block.page)
                    )
                )
    return out


_PLAN_LINE = re.compile(r"^(?P<a>.+?)\s+[–—-]\s+(?P<b>.+?)\.?$")
_DATE_FIELD_WORDS = 6  # "Tuesday 4 November 2025": a field this short that is a date says when


def listed_entry(passage: Passage, body: str | None) -> ForwardPlanEntry | None:
    """A line of a forward plan written as a list: "4 November 2025 – Domestic abuse strategy refresh", or the
    title first and its date after the dash; None when neither side is a date alone."""
    text = re.sub(r"^\W+", "", verbatim(passage.text))
    m = _PLAN_LINE.match(text)
    if not m:
        return None
    for when, title in ((m.group("a"), m.group("b")), (m.group("b"), m.group("a"))):
        dates = find_dates(when)
        if dates and len(when.split()) <= _DATE_FIELD_WORDS and not find_dates(title):
            return ForwardPlanEntry(
                title=title.strip(" ."),
                date=dates[0][0].isoformat(),
                body=body,
                evidence=passage.evidence(text),
            )
    return None
