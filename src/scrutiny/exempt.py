"""Which parts of a paper are exempt or private, read from the ways councils and OPCCs mark them.

A small grammar over a document's plain text, read a line at a time (a table row is one line,
its cells joined by tabs). A line may *start* a restricted span, each start named with why:

- a Part II heading ("7. PART II – EXEMPT ITEM", "Item 2 (Part II) – Exempt information"), an
  exempt, confidential, private or restricted heading ("Exempt item", "Confidential – not for
  publication by virtue of paragraph 3", "Private and confidential", "Closed session"), or the
  exclusion of the press and public: the section runs to a real end;
- a protective marking (OFFICIAL-SENSITIVE, RESTRICTED, SECRET, "Commercially sensitive"): it
  runs to the next plain OFFICIAL marking, or to the item after the one it marks; at the head of
  the paper (where the readers also put a marking found in the running headers or footers) it
  marks the whole document;
- a table row that says exempt: the row, and the item of that number wherever it is minuted;
- prose that mentions exemption ("the panel noted that Appendix B is exempt", "by virtue of
  paragraph 3 of Part 1 of Schedule 12A"): unsure, so its paragraph to the next item heading is
  withheld; when it names an appendix, only its paragraph, and the appendix itself.

The real ends: END OF PART II (or of exempt, confidential, private business), a Part I or public
session heading that is a heading (not a wrapped line beginning "Part 1 of Schedule 12A"), the
meeting resuming in public or the press and public readmitted, an item marked public. A section
with none runs to the end of the text and is flagged unsure, for an editor to check.

Words that only look like markings start nothing: "Restricted duties policy", "Private hire
licensing", "Confidential reporting line", "Vehicles exempt from the charge".

The scan is linear in the text: C-level searches find the few lines that can matter (and the
item headings), and only those are classified, each by regexes over that one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of the text that are restricted, and why (shown to signed-in users)."""

    start: int
    end: int
    reason: str
    certain: bool  # False: read from a mention, or no end was found (it runs to the end of the text)


class Scope(IntEnum):
    """How far a start reaches, weakest first; a stronger start inside an open span widens it."""

    ROW = 1  # the table row
    PARAGRAPH = 2  # the paragraph (a mention that names the appendix it is about)
    ITEM = 3  # to the next item heading
    MARKING = 4  # to a plain OFFICIAL marking, or to the item after the one it heads
    SECTION = 5  # to a real end
    DOCUMENT = 6  # all of it


@dataclass(frozen=True)
class _Start:
    scope: Scope
    label: str
    certain: bool = True


@dataclass
class _Reading:
    """What one line says."""

    start: _Start | None = None
    end: int | None = None  # a real end of a section: where in the line the public text resumes
    official: bool = False  # a plain OFFICIAL marking: ends a marked section
    standalone: bool = False  # the line is only a marking ("OFFICIAL-SENSITIVE", "RESTRICTED – POLICE")
    refs: list[tuple[str, str]] = field(default_factory=list)  # ("appendix", "B"), ("item", "2") said exempt


@dataclass
class _Open:
    start: int
    scope: Scope
    reasons: list[str]
    certain: bool
    until: int | None = None  # where a row or paragraph span ends by itself
    skip: int | None = None  # the heading a standalone marking sits above: it does not end the marking


# -- the words ---------------------------------------------------------------------------------------

_I = re.I
# numbering before a heading: "7.", "7.1", "Item 7 –", "(a)", "iv."
_NUM = (
    r"(?:(?:agenda\s+)?item\s+\d{1,3}[a-z]?[.):]?|\d{1,3}(?:\.\d{1,2})*[.):]?"
    r"|\(?[ivx]{1,5}[.)]|\(?[a-z][.)])?[\s\-–—:]*"
)
_NOUN = (
    r"items?|information|reports?|appendix|appendices|annexe?s?|business|minutes|session|matters?|papers?"
    r"|section|part|under|by\s+virtue|not\s+for|and\s+confidential"
)
_AFTER = rf"(?=\s*(?:$|[-–—:,;(\[/|]|(?:{_NOUN})\b))"  # a marking word ends, or names what it marks
_NOT_PROSE = r"(?!\s*(?:(?:of|to|and|or|in|under|which|that|schedule|paragraph)\b|,))"

_PART_II_HEAD = re.compile(rf"^\W{{0,3}}{_NUM}part\s+(?:ii|2|two)\b(?![\w-]){_NOT_PROSE}", _I)
_PART_II_TAG = re.compile(
    r"[(\[]\s*part\s+(?:ii|2|two)\s*[)\]]"
    r"|\bpart\s+(?:ii|2|two)\s+(?:items?|business|session|agenda|section)\b",
    _I,
)
_PART_I_HEAD = re.compile(rf"^\W{{0,3}}{_NUM}part\s+(?:i|1|one)\b(?![\w-]){_NOT_PROSE}", _I)
_PUBLIC_HEAD = re.compile(
    rf"^\W{{0,3}}{_NUM}(?:(?:public|open)\s+(?:session|part|business|items?|agenda|meeting)\b"
    r"|items?\s+(?:to\s+be\s+)?(?:considered|taken|held)\s+in\s+public\b)",
    _I,
)
_PUBLIC_TAG = re.compile(
    r"[(\[]\s*(?:public|open|part\s+(?:i|1|one))(?:\s+(?:item|session|business|report))?\s*[)\]]"
    r"|[-–—:]\s*(?:public|open)(?:\s+(?:item|session|business|report))?\s*$",
    _I,
)
# "END OF PART II" on its line, or after a full stop where a PDF ran it on into the paragraph above
_END_OF = re.compile(
    r"(?:^\s*|(?<=[.;:!?])\s+)(?P<at>[^\w\s]{0,3}end\s+of\s+(?:the\s+)?"
    r"(?:part\s+(?:ii|2|two)|exempt|confidential|private|restricted|closed"
    r"|(?:official[\s\-–—_]*)?sensitive|not\s+for\s+publication)\b)",
    _I,
)
_SENTENCE_END = re.compile(r"[.;:!?]\s+")
_RESUMED = re.compile(
    r"\b(?:resum|reconven|return|re-?open|re-?enter|came\s+back|moved\s+back)\w*\s+(?:\w+\s+){0,5}?"
    r"(?:in\s+public\b|(?:in(?:to)?|to)\s+(?:public|open)\s+(?:session|meeting|part)\b)"
    r"|\b(?:press|public)\b[^.;]{0,40}?\b(?:re-?admitted|readmitted|returned|re-?joined|invited\s+back"
    r"|allowed\s+back|re-?entered)\b",
    _I,
)
_OFFICIAL = re.compile(
    r"^\W*(?:official|not\s+protectively\s+marked|unclassified)(?:\s*[-–—:]\s*public)?\W*$", _I
)
_SENSITIVE = re.compile(r"\bofficial[\s\-–—_]*sensitive\b", _I)
_COMMERCIAL = re.compile(rf"^\W{{0,3}}{_NUM}commercially\s+(?:sensitive|confidential)\b", _I)
_SECRET = re.compile(r"^\W*(?:top\s+)?secret\W*$", _I)
_EXCLUSION = re.compile(
    r"\bexclu(?:sion|de|ded|ding)\s+(?:of\s+)?(?:the\s+)?(?:press|public|members\s+of\s+the\s+public)\b"
    r"|\b(?:press|public)\s+(?:\w+\s+){0,3}?(?:be|were|was|are|is|being|been)\s+excluded\b",
    _I,
)
_CLOSED = re.compile(
    r"\b(?:closed|private)\s+(?:session|meeting|part\s+of\s+the\s+meeting|business)\b|\bin\s+camera\b"
    r"|\b(?:considered|taken|held)\s+in\s+private\b",
    _I,
)
_MOVED_INTO = re.compile(
    r"\b(?:moved|went|go|going|proceeded|continued)\s+(?:in(?:to)?)\s+(?:closed|private)\b", _I
)
_NOT_FOR_PUBLICATION = re.compile(rf"^\W{{0,3}}{_NUM}not\s+for\s+publication\b", _I)
# prose that mentions exempt material: a paper said to be exempt ("Appendix B is exempt", not "to exempt
# the care sector from …" nor "care leavers who were otherwise exempt"), the statute, private session
_MENTION = re.compile(
    r"\b(?:appendix|appendices|annexe?s?|report|item|information|papers?|document|minutes|part)\b[^.;]{0,60}?"
    r"\b(?:is|are|was|were|be|being|been|remains?|deemed|marked|considered|treated)\s+"
    r"(?:\w+\s+){0,2}?exempt\b"
    r"|\bexempt\s+(?:information|appendi(?:x|ces)|reports?|annexe?s?|items?|minutes|papers?|business)\b"
    r"|\bexempt\s+from\s+(?:publication|disclosure)|\bschedule\s+12\s*a\b"
    r"|\bby\s+virtue\s+of\s+paragraphs?\s+\d"
    r"|\bsection\s+100\s*a\s*\(\s*4|\bnot\s+for\s+publication\b"
    r"|\bpart\s+(?:ii|2|two)\s+(?:items?|business|session|reports?|minutes|appendix)\b"
    r"|\bconfidential\s+(?:information|appendi(?:x|ces)|annexe?s?|reports?|items?|minutes|papers?|business)\b"
    r"|\b(?:closed|private)\s+session\b|\bin\s+private\b",
    _I,
)
# a paper marked for publication: "For publication", as decision records are headed
_FOR_PUBLICATION = re.compile(r"^\W{0,3}for\s+publication\b", _I)
_PARAGRAPH_NO = re.compile(r"\bparagraphs?\s+(\d{1,2})\b", _I)
_APPENDIX = re.compile(
    r"\b(?:appendix|annexe?)\s+((?-i:[A-Z])|\d{1,2})\b"
    r"|\bappendices\s+((?-i:[A-Z]))\s*(?:,|and|&)\s*((?-i:[A-Z]))\b",
    _I,
)
_ANY_APPENDIX_HEAD = re.compile(r"(?im)^[ \t]*(?:appendix|annexe?)\s+((?-i:[A-Z])|\d{1,2})(?![\w-])")
_ITEM_NUMBER = re.compile(r"[ \t]*(?:(?:agenda\s+)?item\s+)?(\d{1,3})", _I)
# an item's heading: "7. Title", "Item 7 – Title", "l. Title" (OCR's 1): ends an item or a marking
_ITEM_HEAD = re.compile(
    r"(?m)^[ \t]*(?:(?:[Aa]genda\s+)?(?:[Ii]tem|ITEM)\s+\d{1,3}[a-z]?[.):]?|(?:\d{1,2}|[lI])[.)])[ \t]+"
    r"(?:[-–—:][ \t]*)?[A-Z(\"'‘“]"
)
_STANDALONE = re.compile(
    r"^\W*(?:official[\s\-–—_]*sensitive|restricted|(?:top\s+)?secret|(?:strictly\s+)?confidential"
    r"|private(?:\s+and\s+confidential)?|exempt|commercially\s+(?:sensitive|confidential)"
    r"|not\s+for\s+publication)"
    r"(?:\s*[-–—:(]\s*[^.]{0,60})?\W*$",
    _I,
)
# a line that can matter: found by one search over the whole text, so most lines are never looked at
_KEYWORDS = (
    r"exempt|\bpart\s+(?:ii|2|two|i|1|one)\b|confidential|private|restricted|sensitive|official|unclassified"
    r"|protectively|secret|publication|schedule\s*12|exclu|closed|public|\bend\s+of|camera|resum|admit"
)
_KEYWORD = re.compile(_KEYWORDS)  # searched in the lower-cased text: several times faster than re.I
_KEYWORD_ANY_CASE = re.compile(_KEYWORDS, _I)
_CONTINUES = re.compile(
    r"(?:\b(?:of|to|the|and|or|in|under|by|a|an|for|with|from|paragraphs?)|[,\-–—(])\s*$", _I
)
_QUOTE = 90


_Flag = tuple[re.Pattern[str], re.Pattern[str] | None, _Start]


def _flag(word: str, scope: Scope, label: str, caps: bool) -> _Flag:
    """The heading forms of a marking word: leading ("Exempt item", "Private and confidential"), in
    brackets ("(Confidential)"), after a dash ("Item 7 – EXEMPT – Estates"); and in capitals within
    a mixed-case heading ("Item 7 EXEMPT Estates disposal")."""
    forms = re.compile(
        rf"^\W{{0,3}}{_NUM}(?:private\s+and\s+|strictly\s+)?{word}\b{_AFTER}"
        rf"|[(\[]\s*(?:strictly\s+)?{word}\s*[)\]]|[-–—:|]\s*{word}\b{_AFTER}",
        _I,
    )
    upper = re.compile(rf"\b{word.upper()}\b") if caps else None
    return forms, upper, _Start(scope, label)


_FLAGS = [
    _flag("exempt", Scope.SECTION, "exempt item", caps=True),
    _flag("confidential", Scope.SECTION, "marked confidential", caps=True),
    _flag("private", Scope.SECTION, "marked private", caps=False),
    _flag("restricted", Scope.MARKING, "RESTRICTED marking", caps=False),
]
_SECTION_NOUN = re.compile(r"(?:items|business|session|section|part|matters)\b", _I)


# -- reading one line --------------------------------------------------------------------------------


def _flat(line: str) -> str:
    return " ".join(line.split())


def _heading_like(flat: str) -> bool:
    """Short, and not a sentence: where a heading's words mean a heading."""
    words = flat.count(" ") + 1
    return len(flat) <= 140 and words <= 20 and (not flat.endswith(".") or words <= 6)


def _with_paragraph(label: str, window: str) -> str:
    """ "exempt item" → "exempt under Schedule 12A paragraph 3" when the line names the paragraph."""
    found = _PARAGRAPH_NO.search(window)
    return f"{label} (Schedule 12A paragraph {found.group(1)})" if found else label


def _heading_start(flat: str, window: str) -> _Start | None:
    """The start a heading-like line makes, if any."""
    if _PART_II_HEAD.search(flat) or _PART_II_TAG.search(flat):
        return _Start(Scope.SECTION, _with_paragraph("Part II heading", window))
    if _SENSITIVE.search(flat):
        return _Start(Scope.MARKING, "OFFICIAL-SENSITIVE marking")
    if _SECRET.search(flat):
        return _Start(Scope.MARKING, "SECRET marking")
    if _COMMERCIAL.search(flat):
        return _Start(Scope.MARKING, "marked commercially sensitive")
    if _NOT_FOR_PUBLICATION.search(flat):
        return _Start(Scope.SECTION, _with_paragraph("not for publication", window))
    has_lower = any(c.islower() for c in flat)
    for forms, upper, start in _FLAGS:
        found = forms.search(flat) or (upper.search(flat) if upper and has_lower else None)
        if found:
            scope = start.scope
            if scope is Scope.MARKING and _SECTION_NOUN.match(flat[found.end() :].lstrip(" -–—:")):
                scope = Scope.SECTION  # "Restricted items": a section, not one item's marking
            label = _with_paragraph(start.label, window) if start.label == "exempt item" else start.label
            return _Start(scope, label)
    if _CLOSED.search(flat):
        return _Start(Scope.SECTION, "private or closed session")
    return None


def _prose_start(flat: str, window: str) -> _Start | None:
    """The start prose makes: the exclusion of the public or a move into private is certain; a
    mention of exemption is not (unsure: its item is withheld)."""
    limit = len(flat)  # a match must begin on this line; the next line only completes a wrapped phrase
    for pattern, start in (
        (_EXCLUSION, _Start(Scope.SECTION, "exclusion of the press and public")),
        (_MOVED_INTO, _Start(Scope.SECTION, "the meeting moved into private session")),
        (_SENSITIVE, _Start(Scope.MARKING, "OFFICIAL-SENSITIVE marking")),
    ):
        found = pattern.search(window)
        if found and found.start() < limit:
            label = _with_paragraph(start.label, window) if pattern is _EXCLUSION else start.label
            return _Start(start.scope, label, start.certain)
    found = _MENTION.search(window)
    if found and found.start() < limit:
        return _Start(Scope.ITEM, _with_paragraph("mentions exempt or private material", window), False)
    return None


def _row_cells(line: str) -> list[str] | None:
    """A table row's cells (two or more beyond a leading number), or None for any other line."""
    if "\t" not in line:
        return None
    cells = [_flat(c) for c in line.split("\t") if c.strip()]
    body = cells[1:] if cells and re.fullmatch(r"(?:item\s+)?\d{1,3}[a-z]?[.):]?", cells[0], _I) else cells
    return cells if len(body) >= 2 else None


def _read_line(line: str, window: str, continued: bool) -> _Reading:
    """What the line says: a start, an end, a plain OFFICIAL marking; and what it declares exempt."""
    reading = _Reading()
    flat = _flat(line)
    if not flat:
        return reading
    cells = _row_cells(line)
    if cells is not None:
        start = next((s for c in cells if _heading_like(c) and (s := _heading_start(c, c))), None)
        start = start or _prose_start(flat, flat)
        if start is not None:
            reading.start = _Start(Scope.ROW, f"table row: {start.label}")
            if re.fullmatch(r"(?:item\s+)?\d{1,3}[a-z]?[.):]?", cells[0], _I):
                reading.refs.append(("item", re.sub(r"\D", "", cells[0])))
            reading.refs += _appendices(flat)
        return reading
    heading = _heading_like(flat) and not continued
    reading.end = _prose_end(line)
    if (
        reading.end is None
        and heading
        and (_PART_I_HEAD.search(flat) or _PUBLIC_HEAD.search(flat) or _PUBLIC_TAG.search(flat))
    ):
        reading.end = 0
    if _OFFICIAL.search(flat):
        reading.official = True
        return reading
    if reading.end is not None:
        return reading
    reading.start = (_heading_start(flat, window) if heading else None) or _prose_start(flat, window)
    if reading.start is not None:
        reading.standalone = bool(_STANDALONE.search(flat))
        reading.refs = _appendices(flat)
    return reading


def _prose_end(line: str) -> int | None:
    """Where in the line a section ends by its words: at "END OF PART II", at the sentence saying the
    meeting resumed in public, at a "For publication" marking; None if it says none of these."""
    found = _END_OF.search(line)
    if found:
        return found.start("at")
    found = _RESUMED.search(line)
    if found:
        return max((s.end() for s in _SENTENCE_END.finditer(line, 0, found.start())), default=0)
    return 0 if _FOR_PUBLICATION.search(line) else None


def _appendices(text: str) -> list[tuple[str, str]]:
    refs = []
    for found in _APPENDIX.finditer(text):
        refs += [("appendix", g) for g in found.groups() if g]
    return refs


def _quote(line: str) -> str:
    flat = _flat(line)
    return flat if len(flat) <= _QUOTE else flat[: _QUOTE - 1] + "…"


# -- the scan ----------------------------------------------------------------------------------------


def _line_at(text: str, pos: int) -> tuple[str, int]:
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return text[pos:end], end


def _next_line(text: str, end: int) -> str:
    """The next non-blank line (its first 300 characters): a wrapped phrase may finish there."""
    pos = end
    while pos < len(text) and pos - end < 20 and text[pos].isspace():
        pos += 1
    stop = text.find("\n", pos, pos + 300)
    return text[pos : stop if stop >= 0 else pos + 300]


def _continued(text: str, pos: int) -> bool:
    """Whether the line at `pos` carries on a sentence from the line before: one ending "of", "to",
    "under" … (across a blank line too, as a PDF may break a paragraph there), or a long line
    without a full stop just above (wrapped prose)."""
    q = pos - 1
    while q >= 0 and pos - q < 40 and text[q].isspace():
        q -= 1
    lo = max(0, q - 200)
    previous = text[max(lo, text.rfind("\n", lo, q + 1) + 1) : q + 1].rstrip()
    blank = text.count("\n", q + 1, pos) > 1
    if _CONTINUES.search(previous):
        return True
    return not blank and len(previous) >= 60 and not previous.endswith(tuple('.:;!?)”"'))


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` begins (after the blank line before it, looking back a little)."""
    blank = text.rfind("\n\n", max(0, pos - 2000), pos)
    return blank + 2 if blank >= 0 else pos


def _head_end(text: str, first_item: int) -> int:
    """The head of the paper: its first lines (five at most) before a sentence or an item heading,
    where a title, the body's name and the paper's marking go."""
    pos, lines = 0, 0
    while pos < first_item and lines < 5:
        line, end = _line_at(text, pos)
        flat = _flat(line)
        if (flat.endswith((".", "!", "?")) and flat.count(" ") >= 3) or len(flat) > 140:
            break
        lines += bool(flat)
        pos = end + 1
    return min(pos, first_item)


def _candidates(text: str) -> list[int]:
    """The starts of the lines holding a word a marking or an end is made of."""
    lower = text.lower()
    keyword, haystack = (_KEYWORD, lower) if len(lower) == len(text) else (_KEYWORD_ANY_CASE, text)
    out, pos = [], 0
    while (found := keyword.search(haystack, pos)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        out.append(start)
        end = text.find("\n", found.end())
        if end < 0:
            break
        pos = end + 1
    return out


def exempt_spans(text: str) -> list[Span]:
    """The restricted spans of `text`, in order and apart, each with its reason."""
    items = [found.start() for found in _ITEM_HEAD.finditer(text)]
    item_set = set(items)
    head_end = _head_end(text, items[0] if items else len(text))
    spans: list[Span] = []
    refs: list[tuple[str, str, str]] = []  # (kind, name, the line that said so)
    current: _Open | None = None

    def close(at: int, unsure: str = "") -> None:
        nonlocal current
        assert current is not None
        if at > current.start:
            reason = "; ".join(dict.fromkeys(current.reasons)) + unsure
            spans.append(Span(current.start, at, reason, current.certain and not unsure))
        current = None

    for pos in sorted(set(_candidates(text)) | item_set):
        if current is not None and current.until is not None and pos >= current.until:
            close(current.until)
        line, end = _line_at(text, pos)
        reading = _read_line(line, f"{_flat(line)} {_flat(_next_line(text, end))}", _continued(text, pos))
        if current is not None and (
            (reading.end is not None and current.scope < Scope.DOCUMENT)
            or (reading.official and current.scope is Scope.MARKING)
            or (pos in item_set and current.scope <= Scope.MARKING and pos != current.skip)
        ):
            close(pos + (reading.end or 0))
        start = reading.start
        if start is None:
            continue
        refs += [(kind, name, line) for kind, name in reading.refs]
        scope = start.scope
        if reading.standalone and pos < head_end and scope >= Scope.MARKING:
            scope = Scope.DOCUMENT
        reason = (
            f"{start.label}: “{_quote(line)}”"
            if scope is not Scope.DOCUMENT
            else (f"{start.label} at the head of the document: “{_quote(line)}”")
        )
        if scope is Scope.DOCUMENT:  # all of it, from the first character
            spans.clear()
            current = _Open(0, scope, [reason], True)
        elif current is None:
            at = _paragraph_start(text, pos) if scope in (Scope.ITEM, Scope.PARAGRAPH) else pos
            current = _Open(max(at, spans[-1].end if spans else 0), scope, [reason], start.certain)
        elif scope > current.scope:
            current.scope, current.until = scope, None
            current.reasons.append(reason)
            current.certain = start.certain
        else:
            continue
        if scope is Scope.ITEM and reading.refs:  # a mention of an exempt appendix: its paragraph only
            current.scope = Scope.PARAGRAPH
            blank = text.find("\n\n", end)
            current.until = len(text) if blank < 0 else blank
        elif scope is Scope.ROW:
            current.until = end
        elif scope is Scope.MARKING and reading.standalone:  # it marks the item headed on the next line
            following = end
            while following < len(text) and text[following].isspace():
                following += 1
            current.skip = text.rfind("\n", 0, following) + 1
    if current is not None:
        if current.until is not None:
            close(min(current.until, len(text)))
        elif current.scope is Scope.DOCUMENT:
            close(len(text))
        else:
            close(len(text), " (no end found: withheld to the end of the document)")
    return _merge(spans + _declared(text, refs, items))


def _declared(text: str, refs: list[tuple[str, str, str]], items: list[int]) -> list[Span]:
    """The appendices and items said to be exempt elsewhere: each from its heading to the next
    appendix heading (or the end), or to the next item heading (or the end). One pass over the
    headings, whatever the number of declarations."""
    said: dict[tuple[str, str], str] = {}
    for kind, name, line in refs:
        said.setdefault((kind, name), line)
    if not said:
        return []
    out: list[Span] = []
    heads = [(found.start(), found.group(1)) for found in _ANY_APPENDIX_HEAD.finditer(text)]
    for k, (at, name) in enumerate(heads):
        line, _ = _line_at(text, at)
        if ("appendix", name) in said and len(_flat(line)) <= 140 and "\t" not in line:
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
            reason = f"Appendix {name}, said to be exempt: “{_quote(said['appendix', name])}”"
            out.append(Span(at, stop, reason, True))
    for k, at in enumerate(items):
        number = _ITEM_NUMBER.match(text, at)
        line, _ = _line_at(text, at)
        if number and ("item", number.group(1)) in said and _row_cells(line) is None:
            stop = items[k + 1] if k + 1 < len(items) else len(text)
            reason = f"item {number.group(1)}, said to be exempt: “{_quote(said['item', number.group(1)])}”"
            out.append(Span(at, stop, reason, True))
    return out


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans as one, their reasons joined (unsure if any part was)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            reason = last.reason if span.reason in last.reason else f"{last.reason}; {span.reason}"
            out[-1] = Span(last.start, max(last.end, span.end), reason, last.certain and span.certain)
        else:
            out.append(span)
    return out


def running_marking(line: str) -> str | None:
    """The protective marking in a running header or footer line ("OFFICIAL-SENSITIVE", "RESTRICTED",
    "Private and confidential"), page numbers aside; None for a plain OFFICIAL or anything else.
    The readers drop running chrome but keep such a marking once, at the top, where it marks the
    whole document."""
    if len(line.split()) > 16:
        return None
    if _SENSITIVE.search(line):
        return "OFFICIAL-SENSITIVE"
    text = re.sub(r"\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?|\b\d+\s*(?:of|/)\s*\d+\b", " ", line, flags=_I)
    for piece in re.split(r"\s{2,}|\t|\s[|•·]\s", text):
        piece = _flat(piece)
        if piece and _STANDALONE.search(piece):
            return piece
    return None
