"""Dates and times as people write them in board papers, resolved against the meeting date.

Meeting dates are full dates ("Tuesday 13th February 2024", "11/09/23", "14.06.2023");
due dates keep the precision written ("March 18" -> "2018-03", "end of Q3" -> a month,
"w/c 4 March" -> a day) and relative ones are resolved against the meeting they came from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# a scanned paper reads a superscript ordinal as a quote mark or a percent sign: 28" February, 21% November
_DAY = r"(?P<day>[0-3]?\d)(?:\s?(?:st|nd|rd|th)\b|\"|”|%)?"  # "8 th": a superscript set apart
_YEAR = (
    r"(?P<year>(?:19|20)\d\d|'?\d\d(?![:.]\d|\s*[–—-]\s*\d))"  # "11 June 10.00", "14 September, 10–12": times
)
_WEEKDAY = (
    r"(?:(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"  # "Monday the 12th of May 2025"
)

# "13th February 2024", "Friday, 2nd February, 2024", "2 Feb 24", "the 14th day of July 2014", "13-Feb-2024"
DAY_MONTH_YEAR = re.compile(
    rf"\b{_WEEKDAY}{_DAY}(?:\s+day)?(?:\s+of)?(?:\s+|-(?=[a-z]{{3}})){_MONTH}(?:,?\s+|(?<=[a-z.])-){_YEAR}\b",
    re.I,
)
# "February 13, 2024"
MONTH_DAY_YEAR = re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# "11/09/23", "14.06.2023", "29-02-2024"
NUMERIC = re.compile(
    r"(?<![\d/.])(?P<day>[0-3]?\d)([/.\-])(?P<month>[01]?\d)\2(?P<year>(?:19|20)?\d\d)(?![\d/])"
)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "March 2024", "Sept 23", "March 18"
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*,?\s*{_YEAR}\b(?![/.]\d)", re.I)
MONTH_ONLY = re.compile(rf"\b{_MONTH}(?![a-z])", re.I)
DAY_MONTH = re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}(?![a-z])", re.I)
QUARTER = re.compile(r"\b(?:end\s+of\s+|by\s+)?(?:q|quarter\s*)(?P<q>[1-4])\b", re.I)
WITHIN = re.compile(
    r"\bwithin\s+(?P<n>\d+|one|two|three|four|six|eight|twelve)\s+(?P<unit>day|week|month)s?\b", re.I
)
TIME = re.compile(
    r"(?<![\d/.£$])(?P<h>[0-2]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?|hrs)?(?![\d/%]|[.,]\d)",
    re.I,
)
NO_DATE = re.compile(
    r"^\W*(tbc|tba|tbd|ongoing|on-going|asap|n/?a|as soon as possible|as required|various|none|-+|–)\W*$",
    re.I,
)
NEXT_MEETING = re.compile(r"\bnext\s+(?:meeting|mtg|board|panel|committee)\b", re.I)
FINANCIAL_YEAR_END = re.compile(
    r"\b(?:end\s+of\s+(?:the\s+)?)?(?:financial|fiscal)\s+year(?:\s+end)?\b|\byear[-\s]end\b", re.I
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12}


def _year(text: str) -> int:
    y = int(text.lstrip("'"))
    return y + 2000 if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_OCR_NUMERIC = re.compile(r"(?<![\w/])[\dlIO]{1,2}[/.][\dlIO]{1,2}[/.][\dlIO]{2,4}(?![\w/])")


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINALS = {
    **{word: k for k, word in enumerate(_UNITS, 1)},
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty{sep}{word}": 20 + k for k, word in enumerate(_UNITS, 1) for sep in ("-", " ")},
    **{f"thirty{sep}first": 31 for sep in ("-", " ")},
}
_ORDINAL_WORD = re.compile(
    r"\b("
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")(?=\s+(?:day\s+)?(?:of\s+)?"
    + _MONTH
    + r")",
    re.IGNORECASE,
)


def _ordinal_digits(text: str) -> str:
    """A day written as a word ("the twelfth of May 2025") as digits padded to the word's length, so spans hold."""
    return _ORDINAL_WORD.sub(lambda m: f"{_ORDINALS[m.group(1).lower()]}th".ljust(len(m.group(1))), text)


def _ocr_digits(text: str) -> str:
    """Scanned papers print 1 as l or I and 0 as O inside numeric dates; same length, so spans hold."""
    return _OCR_NUMERIC.sub(lambda m: m.group().translate(str.maketrans("lIO", "110")), text)


def _weekday_year(printed: date, weekday: int) -> date:
    """A date whose printed weekday falls on it, or, when it does not, the same day a year on or a
    year back if that one does: minutes written over last year's template keep the old year (the
    weekday was written for the meeting). Otherwise the date as printed."""
    if printed.weekday() == weekday:
        return printed
    fits = [
        d
        for d in (_safe_date(printed.year + k, printed.month, printed.day) for k in (1, -1))
        if d and d.weekday() == weekday
    ]
    return fits[0] if len(fits) == 1 else printed


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every full date in `text` with its span, in order of appearance."""
    return list(_find_dates(text))


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[tuple[date, int, int], ...]:
    text = _ordinal_digits(_ocr_digits(text))
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month = m.group("month")
            month_n = (
                MONTHS[month.lower().rstrip(".")] if month.isalpha() or month.endswith(".") else int(month)
            )
            d = _safe_date(_year(m.group("year")), month_n, int(m.group("day")))
            if d and "wd" in m.re.groupindex and m.group("wd"):
                d = _weekday_year(d, _WEEKDAYS.index(m.group("wd").lower()))
            if d:
                found.append((d, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda f: f[1]))


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# "Monday 6 November", "15th April": a meeting date printed without its year
YEARLESS = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(_WEEKDAYS)})day,?\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?![a-z])", re.I
)
# "Tuesday 17th": a blog's meeting named by its weekday and day alone, its month from the day it was posted
MONTHLESS = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)})day,?\s+(?:the\s+)?{_DAY}(?!\s*(?:of\s+)?{_MONTH}|\s*[/.:\d])",
    re.I,
)
MONTHLESS_REACH = 62  # days back from the posting: a write-up goes up within weeks of the meeting
YEAR_SEARCH = 12  # a weekday falls on the same day of the year again within 11 years: look no further


def find_yearless(text: str) -> list[tuple[int, int, int | None, int, int]]:
    """Day-month dates written without a year, outside any full date: (day, month, weekday, start, end)."""
    taken = [(s, e) for _, s, e in find_dates(text)]
    out = []
    for m in YEARLESS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        weekday = _WEEKDAYS.index(m.group("weekday").lower()) if m.group("weekday") else None
        month = MONTHS[m.group("month").lower().rstrip(".")]
        out.append((int(m.group("day")), month, weekday, m.start(), m.end()))
    return out


def place_year(day: int, month: int, weekday: int | None, near: date, after: bool) -> date | None:
    """The year-less date nearest `near` on its side (after the previous meeting, or on or before the day a
    paper was posted) whose weekday, when printed, agrees; None when no year within reach fits."""
    step = 1 if after else -1
    for k in range(YEAR_SEARCH):
        found = _safe_date(near.year + step * k, month, day)
        if found is None or (found <= near if after else found > near):
            continue
        if weekday is None or found.weekday() == weekday:
            return found
    return None


def place_monthless(text: str, posted: date) -> date | None:
    """A day named by weekday and day of the month alone ("Tuesday 17th"): the latest such day on or before the
    day the paper was posted, within reach; None when none fits."""
    for m in MONTHLESS.finditer(text):
        day, weekday = int(m.group("day")), _WEEKDAYS.index(m.group("weekday").lower())
        for back in range(MONTHLESS_REACH + 1):
            found = posted - timedelta(days=back)
            if found.day == day and found.weekday() == weekday:
                return found
    return None


def first_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0][0] if dates else None


def find_time(text: str) -> str | None:
    """The first clock time ("10.00 am", "14:00", "09:30 to 12:30") as 24-hour HH:MM."""
    for _, start, end in find_dates(text):
        text = text[:start] + " " * (end - start) + text[end:]
    if re.search(r"\b(?:12\s*)?noon\b|\bmidday\b", text, re.I) and not re.search(r"\d[:.]\d\d", text):
        return "12:00"
    for m in TIME.finditer(text):
        h, minutes, ampm = int(m.group("h")), m.group("m"), m.group("ampm")
        ampm = ampm if ampm and ampm.lower() != "hrs" else None
        if minutes is None and not ampm:
            continue
        if ampm and ampm[0].lower() == "p" and h < 12:
            h += 12
        if ampm and ampm[0].lower() == "a" and h == 12:
            h = 0
        if h > 23:
            continue
        return f"{h:02d}:{minutes or '00'}"
    return None


def _month_on_or_after(month: int, ref: date) -> int:
    """The year of the next `month` at or after the reference month."""
    return ref.year if month >= ref.month else ref.year + 1


def _quarter_end(q: int, ref: date) -> tuple[int, int]:
    """End month of financial-year quarter q (Q1 April–June … Q4 January–March) at or after ref."""
    fy_start = ref.year if ref.month >= 4 else ref.year - 1
    month = {1: 6, 2: 9, 3: 12, 4: 3}[q]
    year = fy_start + 1 if q == 4 else fy_start
    if (year, month) < (ref.year, ref.month):
        year += 1
    return year, month


_DAY_SLASH_MONTH = re.compile(
    r"^\W*(?:by\s+)?(?P<day>\d{1,2})[/.](?P<month>\d{1,2})\W*$", re.I
)  # a year-less "21/02"


def resolve_due(text: str | None, meeting: date | None, next_meeting: date | None = None) -> str | None:
    """A due expression as ISO at the precision written, or None ("TBC", "ongoing", blank)."""
    if not text or NO_DATE.match(text):
        return None
    dates = find_dates(text)
    if dates:
        return dates[0][0].isoformat()
    m = MONTH_YEAR.search(text)
    if m:
        return f"{_year(m.group('year')):04d}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}"
    if meeting is None:
        return None
    m = WITHIN.search(text)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
        unit = m.group("unit").lower()
        if unit == "month":
            y, mo = divmod(meeting.month - 1 + n, 12)
            return f"{meeting.year + y:04d}-{mo + 1:02d}"
        return (meeting + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    m = DAY_MONTH.search(text)
    if m:
        month = MONTHS[m.group("month").lower().rstrip(".")]
        d = _safe_date(_month_on_or_after(month, meeting), month, int(m.group("day")))
        return d.isoformat() if d else None
    m = _DAY_SLASH_MONTH.search(text)
    if m and 1 <= int(m.group("month")) <= 12:  # "(by 14/03)", "Action: LG (21/02)": the next such day
        month = int(m.group("month"))
        d = _safe_date(_month_on_or_after(month, meeting), month, int(m.group("day")))
        return d.isoformat() if d else None
    m = QUARTER.search(text)
    if m:
        y, mo = _quarter_end(int(m.group("q")), meeting)
        return f"{y:04d}-{mo:02d}"
    if FINANCIAL_YEAR_END.search(text):
        return f"{meeting.year + (1 if meeting.month >= 4 else 0):04d}-03"
    m = MONTH_ONLY.search(text)
    if m and not (m.group("month").lower() == "may" and not re.search(r"\bMay\b", text)):
        month = MONTHS[m.group("month").lower().rstrip(".")]
        return f"{_month_on_or_after(month, meeting):04d}-{month:02d}"
    if NEXT_MEETING.search(text) and next_meeting:
        return next_meeting.isoformat()
    m = re.search(r"\bnext\s+month\b", text, re.I)
    if m:
        y, mo = divmod(meeting.month, 12)
        return f"{meeting.year + y:04d}-{mo + 1:02d}"
    return None
