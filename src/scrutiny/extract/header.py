"""A meeting's header: the body, organisation, date, start time and venue a paper opens with,
and the "Date of next meeting" it closes with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from scrutiny.document import Block
from scrutiny.extract.attendance import label_of
from scrutiny.extract.dates import find_dates, find_time, find_yearless, place_monthless, place_year
from scrutiny.extract.text import Gated, squash, title_case

_BODY_NOUN = (  # voluntary bodies too: "Residents' Association", "Civic Society", "Community Safety Partnership"
    r"(?:Board|Panel|Committee|Sub-Committee|Meeting|Group|Forum|Commission|Conference|Session|Assembly|"
    r"Cabinet|Council|Association|Society|Partnership|Network|Alliance|Trust|Watch)"
)
_ALONE = ("Board", "Panel", "Committee", "Cabinet")  # a body one word long: "the Cabinet", "the Board"
_THEN_NOUN = r"(?:\s+(?:Board|Panel|Committee|Sub-Committee|Group|Forum))*"  # "Safer Roads Partnership Board"
BODY = re.compile(
    rf"(?P<body>(?:(?:[A-Z][\w&'’\-]*|and|of|the|for|&)\s+){{0,8}}?{_BODY_NOUN}{_THEN_NOUN})(?![\w-])"
    rf"|(?P<friends>\bFriends\s+of\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:[A-Z][\w&'’\-]*|and|&))*)"  # a voluntary body
)
_NOT_BODY = re.compile(
    r"^(?:the\s+)?(?:minutes|notes|agenda|action\s+log|summary|date|report|meeting|next|previous|last|"
    r"chair|members?|this|that|a|an|held|public|special|extraordinary|joint\s+meeting|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+meeting)\b",
    re.I,
)  # (… nor "March Meeting": the month a meeting was held)
_LEADING = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved|public|the|agenda|and|minutes|notes|action\s+log|of|for|"
    r"meeting|a|an|proceedings|at|to|all|members\s+of)\b[\s:,–-]*)+",
    re.I,
)
ORGANISATION = Gated(
    re.compile(
        r"office\s+of\s+the\s+police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner(?:\s+for\s+[\w\s&'’-]+)?|"
        r"police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner\s+for\s+[\w\s&'’-]+|"
        r"\b(?!the\b|The\b)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+police(?:,\s*fire)?\s+(?:and|&)\s+crime\s+commissioner\b|"
        r"[\w\s&'’-]{2,40}\s(?:police|constabulary)(?=\s*$)",
        re.I,
    ),
    "police",
    "constabulary",
)
LABEL = re.compile(
    r"^\s*(?P<label>date|time|venue|location|place|where|held\s+at)\s*[:\-–]\s*(?P<value>.+)$", re.I
)
# "Date of next meeting", "Our next general meeting:", "The next meeting will be held on"
NEXT_MEETING = re.compile(
    r"\b(?:date\s+(?:and\s+venue\s+)?of\s+(?:the\s+)?next\s+meeting|"
    r"next\s+(?:[\w-]+\s+){0,3}?meeting\s*(?:will\s+be\s+)?(?:is\s+)?(?:held\s+)?(?:on)?|"
    r"(?:^|(?<=[.;]\s))\W*next\s+(?:board|panel|forum|committee|group|session)(?=\W*(?::|–|-|\bis\b|\bon\b)))"
    r"\b[\s:\-–*]*",  # "Next Board: …", also after the sentence before it
    re.I,
)
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


# a name in capitals before a date in mixed case: "CORPORATE PARENTING PANEL – 10 May 2024"
_CAPITALS = re.compile(r"\b[A-Z][A-Z'’&-]+(?:\s+(?:[A-Z][A-Z'’&-]*|&))+\b")


# a body's noun in lower case after its name: "the Eastbury PACT meeting", "Holt Road Residents group"
_LOWER_NOUN = re.compile(r"\b([A-Z][\w'’&-]*)\s+(meeting|group|forum|panel|committee|board)\b")


# a title in sentence case that opens with the body's name: "Police liaison meeting - Tuesday 17th"
_SENTENCE_CASE_TITLE = re.compile(
    r"^(\W*[A-Z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){1,2}\s+(?:meeting|group|forum|panel|committee|board))(?=\s*(?:[-–—:,|]|$))"
)


def find_body(text: str) -> str | None:
    """The board, panel or committee a line names, as the document writes it, without the date."""
    text = _CAPITALS.sub(lambda m: title_case(m.group()), title_case(squash(text)))
    text = _SENTENCE_CASE_TITLE.sub(lambda m: m.group(1).title(), text)
    text = _LOWER_NOUN.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)
    best = None
    for m in BODY.finditer(text):
        if m.group("friends"):
            best = best or m.group("friends")
            continue
        body = _LEADING.sub("", m.group("body")).strip()
        if len(body.split()) == 1 and re.match(r"\s+[A-Z]", text[m.end() :]):
            continue  # "the Board Room", "Cabinet Member": the word names something else
        body = re.sub(  # "Westrigg Police, Fire and Crime Commissioner Performance and Assurance Board": the board
            r"^(?:office\s+of\s+the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:police(?:,\s*fire)?\s+and\s+)?(?:fire\s+and\s+)?crime\s+"
            r"commissioner(?:['’]s|\s+for\s+\w+)?\s+",
            "",
            body,
            flags=re.I,
        )
        if not body or _NOT_BODY.match(body) or (len(body.split()) < 2 and not body.endswith(_ALONE)):
            continue
        if best is None or body_rank(body) < body_rank(best):
            best = body
    return best


def body_rank(body: str) -> int:
    """How surely a name is the body: a board, panel or committee (0) before a council, which may be the
    authority that hosts it (1), before a bare "… Meeting" (2)."""
    last = body.split()[-1]
    return 2 if last == "Meeting" else 1 if last == "Council" else 0


# words that join a place to the time after it: "at the Village Hall from 10am", "…, commencing at 6.00 p.m."
_TIME_LEAD = re.compile(r"[\s,]*\b(?:from|commencing|starting|beginning|between)\b[\s\S]*$", re.I)
# the place written before the date: "held at the Guildhall, Lowbridge on Monday, 12 May 2025"
_PLACE_BEFORE = re.compile(
    r"\b(?:held|meeting)\s+(?:at|in)\s+(?P<place>\S.*?)[\s,]*(?:\bon\b)?\s*(?:\bthe\b)?\s*$", re.I
)


def find_venue(line: str) -> str | None:
    """The place written with a meeting's date and time on the same line, after them or, "held at X on …",
    before them."""
    spans = [(s, e) for _, s, e in find_dates(line)] or [(s, e) for *_, s, e in find_yearless(line)]
    if not spans:
        return None
    return _venue_after(line[spans[0][1] :]) or _venue_before(line[: spans[0][0]])


def _venue_after(rest: str) -> str | None:
    rest = _TIME_RANGE.sub(" ", rest)
    rest = re.split(r"(?<=[a-z0-9])\.(?:\s|$)", squash(rest))[0]
    if not re.match(r"^\s*(?:,|–|-|at\b|in\b|$)", rest, re.I):
        return None
    rest = re.sub(r"^[\s,;:–\-]*(?:(?:at|in|venue)\b[\s,:]*)?", "", rest, flags=re.I)
    return _place(rest)


def _venue_before(head: str) -> str | None:
    m = _PLACE_BEFORE.search(squash(head))
    return _place(m.group("place")) if m else None


def _place(text: str) -> str | None:
    """`text` as a venue, trimmed of the time and its lead-in words; None when nothing of a place is left."""
    text = _TIME_LEAD.sub("", _TIME_RANGE.sub(" ", text)).strip(" ,;:–-.")
    if len(text) < 3 or not re.search(r"[A-Za-z]{2}", text):
        return None
    return title_case(squash(text))


# a line that names only a place: "County Hall, Shireford", "Lesser Hall, Elmstead Institute"
_PLACE_NOUN = re.compile(
    r"\b(?:hall|room|centre|center|library|house|chambers?|church|school|offices?|station|building|institute|"
    r"pavilion|club|hub|lodge|hotel|headquarters|hq|guildhall|online|teams|zoom|virtual(?:ly)?)\b",
    re.I,
)
_PLACE_LINE_WORDS = 10


def _place_line(line: str) -> str | None:
    """A line after the date that holds only the venue: "at the Scout Hut", "held in the Lesser Hall, …", or a
    short line naming a hall or room."""
    said = re.match(r"^\s*(?:held\s+)?(?:in|at)\s+(?=\S)", line, re.I)
    if said and not label_of(line):  # "IN THE CHAIR:" opens a list
        return _place(line[said.end() :])
    if (
        len(line.split()) <= _PLACE_LINE_WORDS
        and _PLACE_NOUN.search(line)
        and not label_of(line)
        and not LABEL.match(line)
        and not find_dates(line)
        and not _SEGMENT_WORD.match(line)
    ):
        return _place(line)
    return None


_SEGMENT_WORD = re.compile(r"^\s*(?:minutes|notes|agenda|action|present|apologies)\b", re.I)


_SEVERAL_LABELS = re.compile(
    r"\s+(?=(?:time|venue|location|place)\s*:)", re.I
)  # "Date: … Time: … Location: …"
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


_WRAP = 3  # a title sentence wrapped over this many lines at most ("… ON FRIDAY, 15TH" / "APRIL, 2016")


# a line about another meeting than this one: "Minutes of the meeting held on 16 January 2024 were agreed",
# "the last meeting on 9 May", "Next meeting: 12 March 2024"
_OTHER_MEETING = re.compile(
    r"\b(?:previous|last|next|future|earlier)\s+(?:\w+\s+)?meeting\b|\bminutes\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}?"
    r"(?:meeting\s+)?(?:held\s+)?(?:on\s+)?(?:the\s+)?\d[^.]*?\b(?:were|was|are|be|had\s+been|having\s+been)\b"
    r"|\bminutes\b.{0,60}\b(?:were|was)\s+(?:approved|agreed|accepted|signed|confirmed|adopted|taken\s+as\s+read)",
    re.I,
)


# the day a paper was sent out, published, posted on a web page or approved, not held: "Despatched: 5 March 2025",
# "Posted on 12 March 2025 by Secretary", "Minutes approved on …"
_NOT_HELD = re.compile(
    r"^\W*(?:(?:date\s+)?(?:despatched|dispatched|issued?|published|circulated|printed|posted|uploaded|added|"
    r"(?:last\s+)?updated)|(?:issue|publication|despatch|dispatch)\s+date|date\s+of\s+(?:publication|issue|despatch|dispatch)"
    r"|(?:minutes\s+)?(?:approved|signed|confirmed))(?:\s+by\s+[\w .’'-]{1,40}?)?\s*(?:on\b|:|–|-)",
    re.IGNORECASE,
)


_POSTED = re.compile(
    r"^\W*posted\b", re.I
)  # "Posted on 20 November 2009 by Maureen": a write-up, after the meeting
_POSTED_REACH = 8  # blocks: the byline sits under the title


def posted_on(blocks: list[Block]) -> date | None:
    """The day a write-up says it was posted, in a byline near its top: it gives a date printed without its year,
    or its month, the day to count back from."""
    for block in blocks[:_POSTED_REACH]:
        line = block.text if block.kind != "table" else ""
        dates = find_dates(line) if _POSTED.match(line) else []
        if dates:
            return dates[0][0]
    return None


def _unmentioned(line: str) -> str:
    """The line with every sentence about another meeting blanked out from where it names it ("… held on
    Tuesday 14 May 2024. Next meeting: 9 July 2024." keeps only the first date), the length kept; a line that
    dates the paper's sending out or approval, whole."""
    if _NOT_HELD.match(line):
        return " " * len(line)
    for m in _OTHER_MEETING.finditer(line):
        end = re.search(r"[.;](?:\s|$)", line[m.end() :])
        stop = m.end() + end.start() if end else len(line)
        line = line[: m.start()] + " " * (stop - m.start()) + line[stop:]
    return line


def _first_date(lines: list[str]) -> tuple[date, int, int] | None:
    """The first full date of the opening lines, also one wrapped across lines: the date, the line it starts
    on and the number of lines it takes."""
    for i, line in enumerate(lines):
        window = lines[i : i + _WRAP]
        dates = find_dates(" ".join(window))
        if dates and dates[0][1] < len(line):
            k = next(k for k in range(1, len(window) + 1) if len(" ".join(window[:k])) >= dates[0][2])
            return dates[0][0], i, k
    return None


def _yearless_date(
    lines: list[str], near: date | None, either_side: bool = False, posted: bool = False
) -> tuple[date, int, int] | None:
    """A date printed without its year ("GENERAL MEETING MONDAY 6 NOVEMBER"), its year from the day the paper
    was posted or filed (on or before it) or, `either_side`, from another date the paper prints (the nearest
    such day), and the weekday printed; when `near` is the day it was `posted`, also one printed without its
    month ("Tuesday 17th")."""
    if near is None:
        return None
    for i, line in enumerate(lines):
        for day, month, weekday, _, _ in find_yearless(line):
            found = (
                _nearest(day, month, weekday, near)
                if either_side
                else place_year(day, month, weekday, near, after=False)
            )
            if found:
                return found, i, 1
    if not posted:
        return None
    for i, line in enumerate(lines):  # "Police liaison meeting - Tuesday 17th", posted on 20 November
        found = place_monthless(line, near)
        if found:
            return found, i, 1
    return None


def by_weekday(lines: list[str]) -> tuple[date, int, int] | None:
    """A year-less date in a paper that gives no year anywhere ("Thursday 12 June"), the last resort: the latest
    such day, up to today, that fell on the weekday printed (the day and weekday recur only every five years or
    more)."""
    today = date.today()
    for i, line in enumerate(lines):
        for day, month, weekday, _, _ in find_yearless(line):
            found = place_year(day, month, weekday, today, after=False) if weekday is not None else None
            if found:
                return found, i, 1
    return None


_DATES_A_MEETING = re.compile(
    r"\bmeeting\s+(?:held\s+)?(?:on|of)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])",
    re.I,
)


def _nearest(day: int, month: int, weekday: int | None, near: date) -> date | None:
    """The day and month nearest `near`, a year either side at most, on the weekday printed."""
    days = [
        d
        for d in (_day(near.year + k, month, day) for k in (-1, 0, 1))
        if d and (weekday is None or d.weekday() == weekday)
    ]
    return min(days, key=lambda d: abs((d - near).days)) if days else None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a year printed alone in a title: "Parish Council Minutes 2024", "MEETINGS 2023"
_LONE_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/.\-])")


def _year_hint(lines: list[str]) -> tuple[date, bool] | None:
    """Where a year-less meeting date finds its year when the paper has no posting or filing date: a year alone
    in a line (the last day of that year, looked back from), else another date the paper prints (looked at
    either side of)."""
    for line in lines:
        m = _LONE_YEAR.search(line)
        if m and not find_dates(line):
            return date(int(m.group(1)), 12, 31), False
    for line in lines:
        dates = find_dates(line)
        if dates:
            return dates[0][0], True
    return None


def _meeting_date(
    lines: list[str], near: date | None, since: date | None = None
) -> tuple[date, int, int] | None:
    """This meeting's date: first from the lines above the attendance lists (the title and the minutes line),
    then from the rest; a full date before a year-less one, which falls after `since` (an earlier meeting the
    same paper records) when there is one."""
    hint = (near, False) if near else _year_hint(lines)  # an earlier meeting's date may give the year
    lines = [_unmentioned(line) for line in lines]
    cut = next((k for k, line in enumerate(lines) if label_of(line)), len(lines))
    found = None
    for part in (lines[:cut], lines):
        found = _first_date(part) or (
            _yearless_after(part, since)
            if since
            else hint and _yearless_date(part, hint[0], either_side=hint[1], posted=near is not None)
        )
        if found:
            return found
    return None


def _yearless_after(lines: list[str], since: date) -> tuple[date, int, int] | None:
    """A year-less date ("Tuesday 1st July") as the first such day after an earlier meeting of the same paper."""
    for i, line in enumerate(lines):
        for day, month, weekday, _, _ in find_yearless(line):
            found = place_year(day, month, weekday, since, after=True)
            if found:
                return found, i, 1
    return None


# a date written year first with slashes or dots in a title: "Notes – 2015/04/03" (a minute number if it opens a line)
_YEAR_FIRST = re.compile(r"(?<=\S)\s*[\s–:,-]\s*((?:19|20)\d\d)([/.])(0?[1-9]|1[0-2])\2([0-3]?\d)(?![\d/.])")


def _year_first(lines: list[str]) -> tuple[date, int, int] | None:
    """The meeting's date when the header writes it year first, not inside a line's minute number."""
    for i, line in enumerate(lines):
        m = _YEAR_FIRST.search(line)
        found = _day(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None
        if found:
            return found, i, 1
    return None


_YEAR_MONTH_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_](0[1-9]|1[0-2])(?![\d])")


def filed_date(name: str) -> date | None:
    """The date a file's name carries ("panel-minutes-2023-11-06.pdf"): a paper's year when it prints none.
    A name with only a month ("pc-minutes-2014-07.md") was filed by that month's end."""
    dates = find_dates(re.sub(r"[_]+", " ", name))
    if dates:
        return dates[0][0]
    month = _YEAR_MONTH_NAME.search(name)
    if not month:
        return None
    year, number = int(month.group(1)), int(month.group(2))
    return date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)


_PROSE_WORDS = 20  # a title, or a minutes line giving the date and place, is shorter than this sentence
_TITLE_OPENS = re.compile(
    r"^\W*(?:draft\s+|confirmed\s+)?(?:minutes|notes|record|agenda|meeting|report)\b", re.I
)


def _is_prose(line: str) -> bool:
    """A sentence of the minutes ("… who also chairs the Cole Park Residents' Association."), not a title."""
    return len(line.split()) > _PROSE_WORDS and not _TITLE_OPENS.match(line)


def read_header(
    lines: list[str],
    title: str | None = None,
    filed: date | None = None,
    since: date | None = None,
    elsewhere: date | None = None,
) -> Header:
    """The meeting a document is about, from its opening lines (and its title, for web pages). A date
    printed in the paper wins over the day it was posted or `filed` (a date in its file name): those only
    give a year, as does `since`, the day of an earlier meeting the same paper records, and last `elsewhere`, a
    date the paper prints further on (the previous minutes', the next meeting's), the nearest such day either side."""
    header = Header()
    titles = [title] if title else []  # a web page's title is the last resort
    candidates = _join_labels(lines) + titles
    in_prose: list[str] = []  # bodies prose names in passing: one may give the title's body its place
    dated_in_prose: str | None = None  # … or, when nothing else names one, the body whose meeting prose dates
    for k, line in enumerate(candidates):
        if label_of(line):
            continue  # an attendance list names where people come from
        found = find_body(line)
        if _is_prose(line):
            in_prose += [found] if found else []
            if found and dated_in_prose is None and _DATES_A_MEETING.search(line):
                dated_in_prose = (
                    found  # "my write-up of the Brackenlow Police Liaison Group meeting on Tuesday 8th"
                )
            continue
        fuller = bool(
            found and header.body and found.endswith(f" {header.body}")
        )  # "Wexcombe Parish Council"
        if k >= len(candidates) - len(titles) and header.body and not fuller:
            found = (
                None  # a web page's title names the body only when the paper does not, or names it in full
            )
        if found and (header.body is None or body_rank(found) < body_rank(header.body) or fuller):
            header.body = found
        if header.organisation is None:
            m = ORGANISATION.search(line)
            if m and (re.match(r"\s*(?:the\s+)?office\s+of", line, re.I) or len(line.split()) <= 12):
                header.organisation = title_case(squash(m.group().strip()))
    header.body = next((b for b in in_prose if header.body and b.endswith(f" {header.body}")), header.body)
    header.body = header.body or dated_in_prose
    date_line = None
    dated = (
        _meeting_date(candidates, filed, since)
        or _year_first(candidates)
        or (_yearless_date(candidates, elsewhere, either_side=True) if elsewhere else None)
    )
    if dated:
        header.date, date_line, taken = dated
        header.evidence = squash(" ".join(candidates[date_line : date_line + taken]))
    for line in candidates:
        m = LABEL.match(line)
        if not m:
            continue
        label, value = m.group("label").lower(), m.group("value").strip()
        if label == "time" and not header.start_time:
            header.start_time = find_time(value)
        elif label in ("venue", "location", "place", "where", "held at") and not header.venue:
            header.venue = _place(value) if _TIME_RANGE.search(value) else value.rstrip(".")
            header.start_time = header.start_time or find_time(value)  # "Held at: The Lodge, 10am–12pm"
    if date_line is not None:
        line = " ".join(candidates[date_line : date_line + taken])
        header.start_time = header.start_time or find_time(line)
        following = candidates[date_line + taken] if date_line + taken < len(candidates) else ""
        if not header.start_time and re.fullmatch(r"[\s\d:.apm–\-tohrs]+", following, re.I):
            header.start_time = find_time(following)  # "09:30 to 12:30" on a line of its own
        if not header.venue:
            header.venue = find_venue(line) or (_place_line(following) if following else None)
    return header


_HEADING_LEAD = 6  # words before "next meeting" in a heading: "8. Date and time of the"
_HEADING_TAIL = 3  # words after "Date of next meeting" when the date is on the line below


_LABEL_ONLY = re.compile(
    r"^\W*(?:minutes|decision|resolved|notes?)\W*$", re.I
)  # a web page's "Minutes:" over the text


def next_meeting(texts: list[str], held: date | None = None) -> Header | None:
    """The "Date of next meeting" a paper gives: its date, time and venue, if it gives a date. A date written
    without its year ("Monday 4 December") is the first such day after the meeting `held`."""
    for i, text in enumerate(texts):
        m = NEXT_MEETING.search(text)
        if not m:
            continue
        tail = text[m.end() :]
        if not find_dates(tail) and not (held and find_yearless(tail)) and i + 1 < len(texts):
            if len(tail.split()) > _HEADING_TAIL or len(text[: m.start()].split()) > _HEADING_LEAD:
                continue  # "… to be brought back to the next meeting. The Chief Executive …": said in passing
            j = i + 1 + (i + 2 < len(texts) and bool(_LABEL_ONLY.match(texts[i + 1])))
            tail = texts[j]  # "Date of next meeting" over the line that gives it (past a "Minutes:" label)
        dates = [
            (d, s, e) for d, s, e in find_dates(tail) if d != held
        ]  # not the meeting itself, in a footer
        if not dates and held:
            placed = (
                (place_year(day, month, weekday, held, after=True), s, e)
                for day, month, weekday, s, e in find_yearless(tail)
            )
            dates = [(d, s, e) for d, s, e in placed if d]
        if not dates:
            continue
        line = squash(tail[: dates[0][1]] + re.split(r"\n\s*\n", tail[dates[0][1] :])[0])
        return Header(
            date=dates[0][0], start_time=find_time(line), venue=find_venue(line), evidence=squash(line)
        )
    return None
