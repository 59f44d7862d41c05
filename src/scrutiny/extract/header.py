"""A meeting's header: the body, organisation, date, start time and venue a paper opens with,
and the "Date of next meeting" it closes with."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scrutiny.extract.dates import find_dates, find_time
from scrutiny.extract.text import squash, title_case

_BODY_NOUN = r"(?:Board|Panel|Committee|Sub-Committee|Meeting|Group|Forum|Commission|Conference|Session|Assembly)"
BODY = re.compile(
    rf"(?P<body>(?:(?:[A-Z][\w&'’\-]*|and|of|the|for|&)\s+){{0,8}}?{_BODY_NOUN})(?![\w-])"
)
_NOT_BODY = re.compile(
    r"^(?:the\s+)?(?:minutes|notes|agenda|action\s+log|summary|date|report|meeting|next|previous|last|"
    r"chair|members?|this|that|a|an|held|public|special|extraordinary|joint\s+meeting)\b",
    re.I,
)
_LEADING = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved|public|the|agenda|and|minutes|notes|action\s+log|of|for|"
    r"meeting|a|an)\b[\s:,–-]*)+",
    re.I,
)
ORGANISATION = re.compile(
    r"office\s+of\s+the\s+police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner(?:\s+for\s+[\w\s&'’-]+)?|"
    r"police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner\s+for\s+[\w\s&'’-]+|"
    r"\b(?!the\b|The\b)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner\b|"
    r"[\w\s&'’-]{2,40}\s(?:police|constabulary)(?=\s*$)",
    re.I,
)
LABEL = re.compile(r"^\s*(?P<label>date|time|venue|location|place|where|held\s+at)\s*[:\-–]\s*(?P<value>.+)$", re.I)
NEXT_MEETING = re.compile(r"\b(?:date\s+(?:and\s+venue\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meeting\s*(?:will\s+be\s+)?(?:is\s+)?(?:held\s+)?(?:on)?)\b[\s:\-–]*", re.I)
_CLOCK = r"\d{1,2}(?:[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hrs)?|\s*(?:a\.?m\.?|p\.?m\.?))"
_TIME_RANGE = re.compile(rf"\b(?:at\s+)?{_CLOCK}(?:\s*(?:to|-|–|until)\s*{_CLOCK})?(?=\W|$)", re.I)


@dataclass
class Header:
    body: str | None = None
    organisation: str | None = None
    date: date | None = None
    start_time: str | None = None
    venue: str | None = None
    evidence: str | None = None


def find_body(text: str) -> str | None:
    """The board, panel or committee a line names, as the document writes it, without the date."""
    text = title_case(squash(text))
    best = None
    for m in BODY.finditer(text):
        body = _LEADING.sub("", m.group("body")).strip()
        body = re.sub(
            r"^(?:office\s+of\s+the\s+)?police(?:,\s*fire)?\s+and\s+crime\s+commissioner(?:['’]s|\s+for\s+\w+)?\s+", "", body, flags=re.I
        )
        if not body or _NOT_BODY.match(body) or len(body.split()) < 2 and not body.endswith(("Board", "Panel", "Committee")):
            continue
        if body.split()[-1] == "Meeting" and best:
            continue
        if best is None or (best.split()[-1] == "Meeting" and body.split()[-1] != "Meeting"):
            best = body
    return best


def find_venue(line: str) -> str | None:
    """The place written after a meeting's date and time on the same line, if any."""
    dates = find_dates(line)
    if not dates:
        return None
    rest = _TIME_RANGE.sub(" ", line[dates[0][2]:])
    rest = re.split(r"(?<=[a-z0-9])\.(?:\s|$)", squash(rest))[0]
    if not re.match(r"^\s*(?:,|–|-|at\b|in\b|$)", rest, re.I):
        return None
    rest = re.sub(r"^[\s,;:–\-]*(?:(?:at|in|venue)\b[\s,:]*)?", "", rest, flags=re.I).strip(" ,;:–-.")
    if len(rest) < 3 or not re.search(r"[A-Za-z]{2}", rest):
        return None
    return title_case(rest)


_SEVERAL_LABELS = re.compile(r"\s+(?=(?:time|venue|location|place)\s*:)", re.I)  # "Date: … Time: … Location: …"
_BARE_LABEL = re.compile(r"^\s*(?:date|time|venue|location|place|start\s+time)\s*:?\s*$", re.I)


def _join_labels(lines: list[str]) -> list[str]:
    """A label on a line of its own ("Time", then "10:00am", as web pages lay out <dl>) joins its value."""
    out: list[str] = []
    for line in (part for whole in lines for part in _SEVERAL_LABELS.split(whole) if part.strip()):
        if out and _BARE_LABEL.match(out[-1]):
            out[-1] = f"{out[-1].strip().rstrip(':')}: {line}"
        else:
            out.append(line)
    return out


def read_header(lines: list[str], title: str | None = None) -> Header:
    """The meeting a document is about, from its opening lines (and its title, for web pages)."""
    header = Header()
    candidates = _join_labels(lines) + ([title] if title else [])  # a web page's title is the last resort
    for line in candidates:
        if header.body is None:
            header.body = find_body(line)
        if header.organisation is None:
            m = ORGANISATION.search(line)
            if m and (re.match(r"\s*(?:the\s+)?office\s+of", line, re.I) or len(line.split()) <= 12):
                header.organisation = title_case(squash(m.group().strip()))
    date_line = None
    for i, line in enumerate(candidates):
        if re.search(r"\b(?:previous|last)\s+meeting\b", line, re.I):
            continue
        dates = find_dates(line)
        if dates:
            header.date, date_line = dates[0][0], i
            header.evidence = squash(line)
            break
    for line in candidates:
        m = LABEL.match(line)
        if not m:
            continue
        label, value = m.group("label").lower(), m.group("value").strip()
        if label == "time" and not header.start_time:
            header.start_time = find_time(value)
        elif label in ("venue", "location", "place", "where", "held at") and not header.venue:
            header.venue = value.rstrip(".")
    if date_line is not None:
        line = candidates[date_line]
        header.start_time = header.start_time or find_time(line)
        following = candidates[date_line + 1] if date_line + 1 < len(candidates) else ""
        if not header.start_time and re.fullmatch(r"[\s\d:.apm–\-tohrs]+", following, re.I):
            header.start_time = find_time(following)  # "09:30 to 12:30" on a line of its own
        if not header.venue:
            header.venue = find_venue(line)
            following = candidates[date_line + 1] if date_line + 1 < len(candidates) else ""
            if not header.venue and re.match(r"^\s*(?:in|at)\s+\S", following, re.I):
                header.venue = title_case(re.sub(r"^\s*(?:in|at)\s+", "", following, flags=re.I).strip(" .,"))
    return header


def next_meeting(texts: list[str]) -> Header | None:
    """The "Date of next meeting" a paper gives: its date, time and venue, if it gives a date."""
    for i, text in enumerate(texts):
        m = NEXT_MEETING.search(text)
        if not m:
            continue
        tail = text[m.end():]
        if not find_dates(tail) and i + 1 < len(texts):
            tail = texts[i + 1]
        dates = find_dates(tail)
        if not dates:
            continue
        line = squash(tail[: dates[0][1]] + re.split(r"\n\s*\n", tail[dates[0][1]:])[0])
        return Header(date=dates[0][0], start_time=find_time(line), venue=find_venue(line), evidence=squash(line))
    return None
