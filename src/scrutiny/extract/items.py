"""Agenda items: numbered headings ("3. Budget monitoring – Quarter 3"), in order.

Numbered paragraphs of minutes ("2.1 The minutes of …") are not items: an item's title is
short and reads as a heading, not a sentence. Committee systems also spread an item over
several blocks: a heading with "(Item 3)" under it (ModernGov's printed minutes), or a number on
a line of its own with the title below it (ModernGov's meeting pages, and tables read flat).
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrutiny.document import Block, Cell
from scrutiny.extract.attendance import label_of
from scrutiny.extract.commitment import is_due
from scrutiny.extract.dates import find_dates
from scrutiny.extract.owners import looks_like_owner
from scrutiny.extract.passages import Passage
from scrutiny.extract.text import DOTTED_MINUTE, is_shouting, verbatim
from scrutiny.record import Evidence, Item

# Panel minutes number their minutes by year: "21/24 Apologies for Absence", a committee's code before it: "ENV/24/11"
MINUTE_NUMBER = re.compile(
    r"^\s*(?:[Mm]inute\s+(?:[Nn]o\.?\s*)?)?(?P<num>(?:(?:19|20)\d\d/\d{1,2}/\d{1,3}|\d{1,3}/\d{2,4}|[A-Z]{1,5}/?\d{2,4}/\d{1,4}"
    rf"|{DOTTED_MINUTE})"
    r"(?:\s?\((?:[a-h]|[ivx]{1,4})\))?)\.?\s+(?:[–—-]\s+)?"  # "Minute 14/52 – Planning"
    r"(?P<title>[A-Z].*)$"
)  # "40/24 (a) Rural crime": a sub-item; "2015/04/03 Estates strategy": a board's year, meeting and item
# "3. Title", "4a Title", "7) Title", "2.1 Title"; a Markdown conversion escapes the dot ("3\. Title")
# and a PDF's text may lose the space after it ("3.Title")
NUMBERED = re.compile(
    r"^\s*(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?|minute\s+no\.?\s*)?(?P<num>\d{1,2}[a-z]?|\d{3}(?=\\?[.)]\s)|[lI](?=\.)|\d{1,2}\.\d{1,2}[a-z]?|(?-i:X{0,2}(?:IX|IV|V?I{1,3}|V|X))(?=[.)]))"
    r"(?:\\?[.)](?=[A-Z(])|\\?[.):]?\s+)(?P<title>\S.*)$",
    re.I,
)
# a heading of the paper's own may carry a council's running minute number: "## 112 Precept"
NUMBERED_HEADING = re.compile(r"^\s*(?P<num>\d{3})[.)]?\s+(?P<title>[A-Z].*)$")
_NOT_TITLE = re.compile(
    r"^(?:that\b|the\s+\w+\s+(?:was|were|is|are|had|has)\b|(?:resolved|agreed|noted|decision)\W*$)", re.I
)
# What an agenda prints after a title and is no part of it: "(Pages 31 - 190)", "(Item 4)", "PDF 135 KB"
_TITLE_FURNITURE = re.compile(
    r"\s*(?:\(\s*pages?\s+\d+(?:\s*-\s*\d+)?\s*\)|\(\s*(?:agenda\s+)?item\s+\w+(?:\.\w+)?\s*\)"
    r"|\(\s*(?:(?:paper|report|papers|notes?)\s+)?(?:attached|enclosed|to\s+follow|circulated|verbal(?:\s+(?:report|update))?)\s*\)"
    r"|(?:pdf\s+icon\s*)?\bpdf\s+[\d.]+\s*[km]b)",
    re.I,
)


def _unfurnished(text: str) -> str:
    """`text` without agenda furniture; the pattern is tried only where a bracket or "pdf" is (most titles hold none)."""
    return _TITLE_FURNITURE.sub("", text) if "(" in text or "pdf" in text.lower() else text


_CAPITALS_THEN_POINTS = re.compile(r"^(?P<title>[A-Z][A-Z0-9’'&,/ -]{2,}?)\s+\(?[a-h]\)\s+\S.*$")
_RECORD_VERDICT = re.compile(
    r"(?<=\d)\s+(?:agreed|approved|accepted|confirmed)(?:\s+(?:and\s+)?signed)?$", re.I
)
MAX_TITLE_WORDS = 14
MAX_AGENDA_TITLE_WORDS = (
    25  # an agenda's title kept in printed minutes, on a line of its own with its minute number
)
_TELLS = re.compile(r"\b(?:was|were|is|are|had|has|have|said|reported|agreed|noted|asked|will|would)\b", re.I)
_RUNNING = re.compile(
    rf"^(?:\d{{3}}|\S+/\d+|{DOTTED_MINUTE})$"
)  # a council's running minute number: "114", "21/24", "ENV/24/11"
# A title run in with its minute in capitals: "3. ACCEPTANCE OF APOLOGIES There were none."
_CAPITAL_WORD = re.compile(r"^(?:[A-Z0-9][A-Z0-9’'&\-/]*[,:]?|&|–|-)$")
_SENTENCE_WORD = re.compile(r"^(?:[A-Z][a-z]|\(?(?:[ivx]{1,4}|[a-h])[.)]$)")  # "There …", or a sub-item "i."
MIN_RUN_IN_LETTERS = 5  # a lone capitalised word shorter than this is an acronym ("PCC Smith said")
MAX_RUN_IN_TITLE_WORDS = 20  # capitals mark where a title ends, so it may be longer than a plain one
MIN_RUN_IN_WORDS = 3  # capitals this long are a heading even when the minute opens in lower case


def item_heading(passage: Passage) -> Item | None:
    """The agenda item a heading or short numbered line opens, if it is one (a fresh Item each call: callers keep
    and change it)."""
    if passage.kind not in ("heading", "paragraph", "list_item"):
        return None
    found = _item_heading(passage.text, passage.kind, passage.page, passage.item)
    if found is None:
        return None
    evidence = Evidence(found.evidence.text, found.evidence.page) if found.evidence else None
    return Item(number=found.number, title=found.title, evidence=evidence)


@lru_cache(maxsize=4096)
def _item_heading(text: str, kind: str, page: int | None, item: str | None) -> Item | None:
    """item_heading on what it reads of a passage (cached: segments, header and walk each ask it of every block)."""
    passage = Passage(text, page, item, kind)
    first = passage.text.strip().split("\n")[0].lstrip(" ,.;:~")
    found = _numbered(first, passage.kind)
    if found is None:
        return _sub_item(first, passage)
    number, title = found
    cut = _before_minute(title)
    run_in = (
        cut != title.strip()
    )  # "15/44 Police report: No police representative attended. …": its minute runs on
    title = cut
    titled = _title(number, title, passage) or _title(
        number, _run_in_title(title), passage, MAX_RUN_IN_TITLE_WORDS
    )
    alone = "\n" not in passage.text.strip() and not _TELLS.search(
        title
    )  # a line of its own that tells nothing
    if titled is None and (_RUNNING.match(number) or alone) and not title.rstrip().endswith("."):
        # printed minutes keep the agenda's long titles: "114. Minutes of the meeting held on 13 February 2025 and,
        # if in order, to be approved as a correct record"
        titled = _title(number, title, passage, MAX_AGENDA_TITLE_WORDS)
    if titled is None:
        return None
    if (
        len(passage.text.strip().split("\n")) > 1
        and passage.kind != "heading"
        and len(first) > 90
        and not (_RUNNING.match(number) and first.endswith(titled))
        and not (run_in and MINUTE_NUMBER.match(first))
    ):
        return None
    return Item(number=number, title=titled, evidence=Evidence(verbatim(first), passage.page))


# a sub-item under the item it belongs to: "(i) Potholes on Mill Lane", "ii) Speed signs", "(b) Rose Cottage"
SUB_ITEM = re.compile(r"^\s*(?:\((?P<b>[ivx]{1,4}|[a-h])\)|(?P<r>[ivx]{1,4}|[a-h])\))\s+(?P<title>[A-Z].*)$")
MAX_SUB_TITLE_WORDS = 8  # a sub-item's title is short; a longer lettered line is a clause of a resolution


# a Roman-numbered point under an item with its minute run in: "iii. Northwold School Parking Cllr Ames and …"
SUB_ITEM_RUN_IN = re.compile(r"^\s*(?P<r>[ivx]{1,4})\.\s+(?P<title>[A-Z].*)$")


def _sub_item(first: str, passage: Passage) -> Item | None:
    """A lettered or Roman-numbered heading under an item ("(i) Potholes on Mill Lane" in minute 41/24), numbered
    after it as "41/24 (i)"; only a short title with no full stop, on a line of its own, or one whose minute is
    run in after it where a sentence plainly begins ("ii. Play area reports The reports were …")."""
    run_in = SUB_ITEM_RUN_IN.match(first)
    if run_in and passage.item and "\n" not in passage.text.strip():
        head = _before_minute(run_in.group("title"))
        cut = head != run_in.group("title").strip()
        point = _title(passage.item, head, Passage(first, passage.page, None, "heading")) if cut else None
        if point:
            parent = re.sub(r"\s*\([a-z]{1,4}\)$", "", passage.item)
            return Item(
                number=f"{parent} ({run_in.group('r')})",
                title=point,
                evidence=Evidence(verbatim(first), passage.page),
            )
    m = SUB_ITEM.match(first)
    if not m or not passage.item or "\n" in passage.text.strip():
        return None
    title = _title(
        passage.item, m.group("title"), Passage(first, passage.page, None, "heading"), MAX_SUB_TITLE_WORDS
    )
    if not title or m.group("title").rstrip().endswith(
        (".", ":")
    ):  # "(c) … advised of the following:" leads a list
        return None
    parent = re.sub(r"\s*\([a-z]{1,4}\)$", "", passage.item)  # "(ii)" after "41/24 (i)" belongs to 41/24
    number = f"{parent} ({m.group('b') or m.group('r')})"
    return Item(number=number, title=title, evidence=Evidence(verbatim(first), passage.page))


# the first point of an item run on after its title: "12. PARISH FACILITIES i. Play area – the swings …"
_FIRST_POINT = re.compile(r"^\s*(?:\((?P<b>i|a)\)|(?P<r>i|a)[.)])\s+(?P<title>[A-Z].*)$")


def first_sub_item(heading: Item) -> Item | None:
    """The first sub-item written on its parent's line ("12. PARISH FACILITIES i. Play area – …" opens 12 (i));
    only the first, "i" or "a", and only a short title cut where its minute begins, as the points after it are."""
    line = heading.evidence.text if heading.evidence else ""
    at = line.find(heading.title)
    m = _FIRST_POINT.match(line[at + len(heading.title) :]) if at >= 0 and heading.number else None
    if not m:
        return None
    head = _before_minute(m.group("title"))
    if head == m.group("title").strip():
        return None
    title = _title(heading.number or "", head, Passage(line, None, None, "heading"), MAX_SUB_TITLE_WORDS)
    if not title:
        return None
    return Item(
        number=f"{heading.number} ({m.group('b') or m.group('r')})", title=title, evidence=heading.evidence
    )


def runs_on(item: Item) -> bool:
    """The minute goes on after the title on the heading's line ("14. TREES Clerk to chase …"):
    that line is prose of the item too, not only its heading."""
    line = _unfurnished(item.evidence.text).rstrip(" .:–-") if item.evidence else ""
    return bool(line) and not line.endswith(item.title)


# a short title closed by a full stop, all the line holds, that reports nothing done ("Dog bin installed.")
_STOPPED_TITLE = re.compile(r"(?:(?![\w’'-]+ed\b)[\w’'&-]+\s+){0,4}(?![\w’'-]+ed\b)[\w’'&-]+\.")


def _numbered(first: str, kind: str) -> tuple[str, str] | None:
    """The number and the rest of a line that starts with an item or minute number."""
    m = NUMBERED.match(first) or (NUMBERED_HEADING.match(first) if kind == "heading" else None)
    minute = MINUTE_NUMBER.match(first)
    if minute and (
        kind == "heading"
        or is_shouting(minute.group("title"))
        or (len(minute.group("title").split()) <= 10 and not first.endswith("."))
        or _STOPPED_TITLE.fullmatch(
            minute.group("title")
        )  # "14/064 Matters arising." over its lettered entries
        or _run_in_title(minute.group("title"))  # "42/24 FINANCE The clerk reported …"
        # "FC/25/037 Events – Members discussed …" (a plain "15/20 Dog bin – the Clerk has …" under matters
        # arising reports on an earlier minute)
        or _before_minute(minute.group("title")) != minute.group("title").strip()
    ):
        m = minute
    elif not m:
        return None
    dates = find_dates(first)
    if dates and dates[0][1] == 0:
        return None  # "02 February 2018 09:30" is a date line, not item 02
    number = m.group("num")
    return "1" if number in ("l", "I") else number, m.group("title")  # a scanned "1." reads as "l." or "I."


def _title(number: str, text: str | None, passage: Passage, limit: int = MAX_TITLE_WORDS) -> str | None:
    """`text` as an item's title, or None when it reads as a sentence of the minutes."""
    if not text:
        return None
    title = _unfurnished(verbatim(text)).strip(" :–-")
    title = _CAPITALS_THEN_POINTS.sub(
        r"\g<title>", title
    )  # "FINANCE a) Bank balance …": the title, not its points
    title = _RECORD_VERDICT.sub("", title)  # "Notes of 17 January 2024 agreed": the title, not what was done
    title = _APPLICATION_AFTER.sub("", title)  # "PLANNING 25/01123/FUL - …": the first application's
    words = title.split()
    if not words or len(words) > limit or _NOT_TITLE.match(title):
        return None
    fields = re.split(r"\s[–—-]\s+", title)
    if (
        len(fields) >= 3
        and looks_like_owner(fields[-2].strip())
        and is_due(fields[-1].strip(" ."), None, None)
    ):
        return None  # "A/24/05 Youth outreach on Friday nights – PN – July 2024": an action's entry, owner and date
    if not (title[0].isupper() or title[0].isdigit()):
        return None
    dated = find_dates(title)
    if not re.search(r"[A-Za-z]{2}", title) or (
        dated and dated[0][1] == 0 and dated[0][2] >= len(title.rstrip(". "))
    ):
        return None  # "Agenda item 9 – 19 June 2025": the day a paper goes to, not what the item is
    listed = passage.kind == "list_item" and not title.endswith(
        "."
    )  # an agenda's sub-item: "5.1 Performance report"
    if "." in number and not (
        passage.kind == "heading" or is_shouting(title) or listed or number.endswith(".0")
    ):
        return None  # "2.1 The minutes …" is a paragraph of the minutes, not an item
    if title.endswith(".") and not is_shouting(title) and len(words) > 6:
        return None
    return title.rstrip(".")


# a planning application's reference, and what follows it, after a title: "PLANNING 25/01123/FUL - Erection …"
_APPLICATION_AFTER = re.compile(r"(?<=\S)\s+\d{2,4}/\d{3,6}/[A-Z]{2,5}\b.*$")
# the minute after a title and a colon: a sentence, a name, or "None"; not the rest of an agenda title ("to approve …")
_MINUTE_AFTER_COLON = re.compile(
    r"^(?P<title>[^:.]{3,80}?)\s*:\s+(?P<minute>(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|None|Nil|No|The|There|It)\b.*|"
    r"\((?:[a-h]|i{1,3}|iv)\)\s.*|.*[a-z]\.|"  # "Finance: (a) The following payments …": its lettered points
    # "Book sale: to be held on 12th March. PJ to book the hall. Action: PJ": a sentence then more
    r"[^.]*[a-z]\.\s+[A-Z].*|"
    # "Book sale: PJ to book the hall for 12th March": someone's task
    r"(?:[A-Z][\w.'’-]*\s+){1,3}to\s+[a-z]{2,}\b.*|"
    # "Date of next meeting: Wednesday 10th September 2014 at 7.30pm.": a day
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)\b.*)$"
)


# a standing item told as what was done with it: "Minutes of the meeting held on 6th May were approved."
_STANDING_DONE = re.compile(
    r"^(?P<title>(?:the\s+)?(?:minutes|accounts|apologies|payments|correspondence|declarations?)\b[^.;:]{0,80}?)\s+"
    r"(?:was|were|had\s+been|have\s+been)\s+(?:\w+ed|read|taken|made|given|signed)\b.*$",
    re.IGNORECASE,
)


# the minute after a title and a full stop or a dash: "Finance. The Clerk presented …", "Planning – the Council …"
_MINUTE_AFTER_STOP = re.compile(
    r"^(?P<title>[^.:–—]{3,120}?)(?:\.\s+(?=[A-Z])|\s+[–—-]\s+"
    r"|\s+(?=(?:The|It|There|This|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|PC|PCSO|Members|All|None|No|Nil)\s))"  # "Correspondence The Clerk read …"
    r"(?P<minute>(?:\S+\s+)+.*\.|(?:None|Nil|N/?A)\.)$"  # "Declarations of interest – None."
)
_POINT = re.compile(
    r"^\(?(?:[ivx]{1,4}|[a-h])\)?$"
)  # "HIGHWAYS i. The new kerbs …": a point's letter, not a title's end
_SAYS = re.compile(
    r"\b(?:\w+ed|said|was|were|is|are|had|has|will|would|did)\b", re.IGNORECASE
)  # a clause, not a title


def _before_minute(text: str) -> str:
    """A numbered title without the minute run in after its colon, full stop or dash: "Apologies: Cllr M Dean" ->
    "Apologies", "Finance. The Clerk presented the accounts." -> "Finance", "Planning – the Council considered …" ->
    "Planning"; "Finance: to approve payments" and "Budget – Quarter 3" stay whole, as does a sentence."""
    text = text.strip()
    m = _MINUTE_AFTER_COLON.match(text) if ":" in text else None
    if m and len(m.group("title").split()) <= MAX_UNNUMBERED_WORDS:
        return m.group("title")
    m = _STANDING_DONE.match(text)
    if m:
        return m.group("title")
    m = (
        _MINUTE_AFTER_STOP.match(text) if text.endswith(".") else None
    )  # its minute ends the text with a full stop
    title = m.group("title") if m else ""
    words = title.split()
    if (
        m
        and len(words) <= MAX_TITLE_WORDS
        and not _SAYS.search(" ".join(words[1:]))
        and not _POINT.match(words[-1])
        and not _GOES_ON.search(title)
    ):  # "Review Of The Year The Chair …": a title in capitals goes on
        return title
    return text


def _run_in_title(text: str) -> str | None:
    """The capitals that open a minute run in with its heading: "TREES Clerk to chase …" -> "TREES"."""
    words = text.split()
    head: list[str] = []
    for word in words:
        if not _CAPITAL_WORD.match(word):
            break
        head.append(word)
        if word.endswith(":"):
            break
    if not head or len(head) == len(words):
        return None
    # "WELCOME AND APOLOGIES MS welcomed everyone": the minute opens with who, by initials
    by_initials = (
        len(head) >= 2 and bool(re.fullmatch(r"[A-Z]{2,3}", head[-1])) and words[len(head)][:1].islower()
    )
    if by_initials:
        head.pop()
    aside = re.match(
        r"\([^()]{1,60}\)", " ".join(words[len(head) :])
    )  # "DECLARATIONS OF INTEREST (for items on the Agenda)"
    if aside and len(head) >= MIN_RUN_IN_WORDS and not head[-1].endswith(":"):
        head += aside.group().split()
        if len(head) == len(words):
            return None
    if len(head) == 1 and sum(c.isalpha() for c in head[0]) < MIN_RUN_IN_LETTERS:
        return None
    ends = head[-1].endswith(":")
    if not (by_initials or _SENTENCE_WORD.match(words[len(head)]) or ends or len(head) >= MIN_RUN_IN_WORDS):
        return None  # "HMICFRS report was …": a sentence that opens with an acronym
    return " ".join(head).rstrip(",:")


# ModernGov's printed minutes put the agenda number under the minute's heading: "(Item 3)"
ITEM_MARKER = re.compile(r"^\(\s*item\s+(?P<num>\d{1,2}[a-z]?(?:\.\d{1,2})?)\s*\)$", re.I)
# An item number on a line of its own: "4.", "3a)", "Item 7"; a bare "12" may be a page number
LONE_NUMBER = re.compile(r"^(?P<word>item\s+)?(?P<num>\d{1,2}[a-z]?(?:\.\d{1,2})?)(?P<mark>[.)])?$", re.I)
# Page furniture of committee web pages: never a title, a venue or a name
FURNITURE = re.compile(
    r"^(?:share\s+this\s+item|additional\s+documents:?|view\s+directions"
    r"|view\s+the\s+(?:decision|reasons)\b.*"
    r"|(?:pdf\s+icon\s*)?(?:pdf|docx?|html)\s+[\d.]+\s*[km]b|(?:pdf|word)\s+icon|print\s+this\s+page)$",
    re.I,
)
# The label a committee page puts before an item's minute: "Minutes:", "Decision:"
MINUTE_LABEL = re.compile(r"^(?:minutes?|decisions?|resolved|recommendations?)\s*:$", re.I)
MINUTES_LABEL = re.compile(r"^minutes?\s*:$", re.I)  # carries nothing of the minute (a "Decision:" label may)
FURNITURE_LOOKAHEAD = 4  # furniture blocks allowed between an item's number and its title
LABEL_LOOKAHEAD = 8  # blocks after a title within which a bare number's "Minutes:" label must come
MAX_SPREAD_TITLE_WORDS = 40  # a heading marked "(Item 3)" may be a decision's long title


def is_furniture(text: str) -> bool:
    """A committee web page's link or label round an item ("Share this item", "PDF 135 KB")."""
    return bool(FURNITURE.match(verbatim(text)))


# "2 comments", "Leave a Reply", "Comments are closed": a blog post's readers' comments follow, not the meeting's record
_COMMENTS = re.compile(
    r"^\W*(?:\d+\s+(?:comments?|responses?|replies)|(?:leave|post|add)\s+a\s+(?:reply|comment)|"
    r"comments\s+(?:are\s+)?closed)\W*$",
    re.I,
)


def before_comments(blocks: list[Block]) -> list[Block]:
    """A web page's blocks up to its readers' comments, which record nothing of the meeting."""
    end = next(
        (
            i
            for i, b in enumerate(blocks)
            if b.kind != "table" and len(b.text) < 40 and _COMMENTS.match(b.text)
        ),
        len(blocks),
    )
    return blocks[:end]


def spread_items(blocks: list[Block], title: str | None = None) -> tuple[dict[int, Item], set[int]]:
    """Items laid out over several blocks, by the index of the block holding the title, and the
    indices of the blocks that only carry an item's number or its "Minutes:" label (not prose).

    A heading followed by "(Item 3)" is item 3 (or the minute number printed before it); a lone
    number ("4.") followed, past any page furniture, by a short title is item 4. A bare number
    ("4") counts only when a "Minutes:" label follows the title, as a page number would not.
    """
    out: dict[int, Item] = {}
    parts: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind == "table":
            continue
        text = verbatim(block.text)
        marker = ITEM_MARKER.match(text)
        if marker and i and blocks[i - 1].kind != "table" and i - 1 not in out:
            found = _marked(blocks[i - 1], marker.group("num"))
            if found:
                out[i - 1] = found
                parts.add(i)
            continue
        lone = LONE_NUMBER.match(text)
        if lone:
            j = _after_furniture(blocks, i + 1)
            if j is None or j in out or LONE_NUMBER.match(verbatim(blocks[j].text)):
                continue
            title = _title(lone.group("num"), blocks[j].text.split("\n")[0], _as_heading(blocks[j]))
            label = _label(blocks, j + 1)
            if title and (lone.group("mark") or lone.group("word") or label is not None):
                out[j] = Item(number=lone.group("num"), title=title, evidence=Evidence(title, blocks[j].page))
                parts.add(i)
                if label is not None and MINUTES_LABEL.match(verbatim(blocks[label].text)):
                    parts.add(label)
    for i, (whole, lines) in _wrapped_titles(blocks, out):
        out[i], parts = whole, parts | lines
    out.update(_capital_headings(blocks, out, parts))
    if not out:
        out = unnumbered_items(blocks, title)
    return out, parts


_PAGE_AFTER = re.compile(
    r"\s+\d{1,3}$"
)  # an agenda's page number after a title: "Annual complaints report 9"
_MONTH_OPENS = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
MAX_WRAPPED_LINES = 2  # lines an agenda title wraps over in a pack's index


def _wrapped_titles(blocks: list[Block], taken: dict[int, Item]) -> list[tuple[int, tuple[Item, set[int]]]]:
    """Numbered titles a PDF wrapped over the lines after them ("3. Minutes of the meeting held on 24 September 2009
    and notes of 3" / "the Joint session with the Committee held on 24" / "September 2009"): the title whole, without
    the page number printed after its first line, and the lines it took."""
    out = []
    for i, block in enumerate(blocks):
        if i in taken or block.kind not in ("paragraph", "list_item") or not NUMBERED.match(block.text):
            continue
        found = item_heading(Passage(block.text, block.page, None, block.kind))
        if found is None or "\n" in block.text.strip():
            continue
        title = found.title
        lines: set[int] = set()
        for j in range(i + 1, min(i + 1 + MAX_WRAPPED_LINES, len(blocks))):
            text, core = blocks[j].text.strip(), _PAGE_AFTER.sub("", title)
            if (
                blocks[j].kind != "paragraph"
                or blocks[j].page != block.page
                or "\n" in text
                or text.endswith(".")
                or len(text.split()) > MAX_UNNUMBERED_WORDS * 2
                or NUMBERED.match(text)
            ):
                break
            if _GOES_ON.search(core) or text[:1].islower():
                title = f"{core} {text}"
            elif title[-1:].isdigit() and _MONTH_OPENS.match(text) and lines:
                title = f"{title} {text}"  # "… held on 24" / "September 2009"
            else:
                break
            lines.add(j)
        if lines:
            out.append((i, (Item(number=found.number, title=title, evidence=found.evidence), lines)))
    return out


# what a line in capitals between numbered items carries when it is no heading of business: a date or a sum (a
# running header, a row of accounts), a label, an aside, the actions section
_NOT_CAPITAL_HEADING = re.compile(
    r"[:(£$@_]|\d|\baction|\b(?:committee|board|panel|council|cabinet|partnership)\b"  # a running header
    r"|\bitems\b|\b(?:resolved|agreed|noted|carried|proposed|seconded|recommended|unanimously)\b",  # a section, a vote
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?\b")  # "DATES FOR MEETINGS IN 2022", "ACCOUNTS 2008/09"


def _capital_headings(blocks: list[Block], taken: dict[int, Item], parts: set[int]) -> dict[int, Item]:
    """Unnumbered headings in capitals among a paper's numbered items ("OPEN SESSION", "DATES FOR MEETINGS IN
    2022"): items too, after the first numbered one; not a running header naming the body, a date, a sum or a
    line a title wrapped onto."""
    first = next((i for i, b in enumerate(blocks) if i in taken or numbers_an_item(b)), None)
    if first is None:
        return {}
    out = {}
    for i in range(first + 1, len(blocks)):
        block, text = blocks[i], verbatim(blocks[i].text).strip(" *#")
        words = text.split()
        if (
            i in taken
            or i in parts
            or block.kind not in ("heading", "paragraph")
            or "\n" in text
            or not 2 <= len(words) <= MAX_UNNUMBERED_WORDS
            or not is_shouting(text)
            or text.endswith(".")
        ):
            continue
        if _NOT_CAPITAL_HEADING.search(_YEARS.sub("", text)) or label_of(text) or numbers_an_item(block):
            continue
        if _GOES_ON.search(blocks[i - 1].text.rstrip()) or i + 1 >= len(blocks):
            continue  # "… CAUSED BY THE RESIGNATION OF" / "COUNCILLOR LIAM GALVIN": a title wrapped
        out[i] = Item(number=None, title=text, evidence=Evidence(text, block.page))
    return out


# "1. Mike – photos of …", "2) Terry: report …": a numbered entry naming who, then what in small letters
_OWNER_ENTRY = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:[–—:]|\s-)\s+[a-z]")
MAX_UNNUMBERED_WORDS = 8  # a heading that numbers nothing is a short line: "Police update", "Litter pick"
MIN_UNNUMBERED = 2  # one short line may be anything; a paper laid out in headings has several
MAX_TITLE_COMMAS = 2  # "Planning, Highways and Footpaths" is a title; a line with more commas is a list
_GOES_ON = re.compile(r"(?:,|\band|\bor|\bof|\bthe|&|\()$", re.I)  # a line that stops mid-sentence
_LISTS_REACH = 15  # blocks within which a record's attendance lists come


def unnumbered_items(blocks: list[Block], title: str | None = None) -> dict[int, Item]:
    """The headings of a paper that numbers none of its items ("Police update" over its minute), after its
    attendance lists, by block index; none when any item is numbered, or nobody is listed as attending and
    neither its opening nor its `title` (a web page's or post's) calls it a meeting's notes. A
    heading marked up as one counts at its shallowest level ("### Antisocial behaviour", not "#### Notes"
    under it); a plain short line counts when prose follows it."""
    # a numbered list ("1. Mike – photos …") numbers entries, not items, where the headings are marked up as such
    headed = any(b.kind == "heading" for b in blocks)
    if any(
        numbers_an_item(b)
        for b in blocks
        if not (headed and (b.kind == "list_item" or _OWNER_ENTRY.match(b.text)))
    ):
        return {}
    labelled = [
        i
        for i, b in enumerate(blocks[:_LISTS_REACH])
        if b.kind != "table" and label_of(b.text.split("\n")[0])
    ]
    named = next((i for i, b in enumerate(blocks[:_LISTS_REACH]) if _names_record(b)), None)
    if named is None and title and _names_record(Block(kind="heading", text=title)):
        named = -1  # the title above the paper
    if not labelled and named is None:
        return {}  # a report, a decision notice or a plan has headings too, but no one attended it
    lettered = _lettered_items(blocks, labelled[-1] if labelled else named or 0)
    if lettered:
        return lettered
    if labelled:
        marked = any(
            b.kind == "heading" for b in blocks[labelled[-1] + 1 :]
        )  # run-in titles under headings are points
        listed = {w.lower() for i in labelled for w in re.findall(r"[\w'’-]+", blocks[i].text)}
        found = {
            i: b
            for i, b in enumerate(blocks)
            if i > labelled[-1]
            and (_heads(blocks, i) or (not marked and _run_in_heading(b, listed) is not None))
        }
    else:  # notes that say who came in prose: only what is marked up as a heading
        found = {
            i: b
            for i, b in enumerate(blocks)
            if i > (named or 0) and b.kind == "heading" and _heads(blocks, i)
        }
    levels = [b.level or 0 for b in found.values() if b.kind == "heading"]
    top = min(levels) if levels else None
    found = {i: b for i, b in found.items() if b.kind != "heading" or (b.level or 0) == top}
    if len(found) < MIN_UNNUMBERED:
        return {}
    items = {
        i: Item(
            number=None,
            title=_run_in_heading(b) or _heading_text(b),
            evidence=Evidence(verbatim(b.text), b.page),
        )
        for i, b in found.items()
    }
    apologies = _APOLOGIES_RUN_IN.match(blocks[labelled[-1]].text) if labelled else None
    if apologies and any(
        _run_in_heading(b) for b in found.values()
    ):  # business run in after colons begins with them
        items[labelled[-1]] = Item(
            number=None,
            title=apologies.group("title"),
            evidence=Evidence(verbatim(blocks[labelled[-1]].text), blocks[labelled[-1]].page),
        )
    return dict(sorted(items.items()))


_APOLOGIES_RUN_IN = re.compile(r"^\W*(?P<title>apologies(?:\s+for\s+absence)?)\s*:\s*", re.IGNORECASE)


# an item lettered as a paper letters its business when it numbers none: "a) Matters arising", "(b) Police report"
LETTERED_ITEM = re.compile(r"^\s*\(?(?P<letter>[a-z])[.)]\s+(?P<title>[A-Z].*)$")


def _lettered_items(blocks: list[Block], start: int) -> dict[int, Item]:
    """Items lettered a, b, c … in turn after the attendance lists, each a short title on a line of its own; none
    unless there are two or more and the letters run from "a" without a gap (points of a minute skip about)."""
    found: dict[int, Item] = {}
    for i, block in enumerate(blocks[start + 1 :], start + 1):
        lines = block.text.strip().split("\n")
        m = LETTERED_ITEM.match(lines[0]) if block.kind != "table" else None
        if not m:
            continue
        if m.group("letter") != chr(ord("a") + len(found)):
            return {}
        title = _title(m.group("letter"), m.group("title"), _as_heading(block), MAX_UNNUMBERED_WORDS)
        if title is None or title.endswith(".") or m.group("title").rstrip().endswith("."):
            return {}
        found[i] = Item(
            number=m.group("letter"), title=title, evidence=Evidence(verbatim(lines[0]), block.page)
        )
    return found if len(found) >= MIN_UNNUMBERED else {}


# a title that calls the paper a meeting's record: "Meeting Notes: Police Liaison Meeting", "Notes of the Group's meeting"
_RECORD_TITLE = re.compile(
    r"\b(?:minutes|notes)\s+(?:of|from)\s+(?:the\s+|a\s+|our\s+)?(?:[\w'’&-]+\s+){0,5}?"
    r"(?:meeting|forum|group|committee|panel|board|council|partnership)\b|\bmeeting\s+(?:notes|minutes)\b|"
    # a body's month's meeting: "Police liaison group – March meeting"
    r"\b(?:group|panel|forum|committee|association|partnership|network)\s*[-–—:,]\s*(?:[A-Z][a-z]+\s+)?meeting\b|"
    # a meeting and its day: "Police liaison meeting - Tuesday 17th", "Residents' meeting held on 4 March"
    r"\bmeeting\s*(?:[-–—:,]|\bheld\s+on\b|\bon\b)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3})",
    re.IGNORECASE,
)
_RECORD_TITLE_WORDS = 30  # a title, or a web page's front matter holding it, is short


def _names_record(block: Block) -> bool:
    """A short block that calls the paper a meeting's notes or minutes: it has items though nobody is listed."""
    return (
        block.kind != "table"
        and len(block.text.split()) <= _RECORD_TITLE_WORDS
        and bool(_RECORD_TITLE.search(block.text))
    )


def numbers_an_item(block: Block) -> bool:
    if block.kind == "table":
        return bool(table_items(block))
    return item_heading(Passage(block.text, block.page, None, block.kind)) is not None


def _heading_text(block: Block) -> str:
    return verbatim(block.text).strip(" :*#")


# a title run in with its minute after a colon: "Minutes of the last Meeting: Mr Bee proposed they be adopted."
_RUN_IN = re.compile(r"^(?P<title>[A-Z][^:.;]{2,60}?)\s*:\s+(?P<rest>[A-Z0-9].*)$")
# what a colon follows that is no title: a field of an entry, a speaker, a post
_FIELD = re.compile(
    r"^(?:actions?|resolved|resolution|agreed|decisions?|proposed|seconded|notes?|noted|date|time|venue|location|place|"
    r"owner|due|status|update|response|outcome|answer|question|q|a|reply|comments?|result|votes?|recommendations?|"
    r"the\s+\w+|(?:the\s+)?(?:chair|chairman|clerk|treasurer|secretary)|(?:cllr|councillor|mr|mrs|ms|miss|dr|pc|pcso|sgt)\b.*)$",
    re.IGNORECASE,
)


def _run_in_heading(block: Block, speakers: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The title a line opens with before a colon and its minute ("Planning: Two applications were …"), in a paper
    whose items are unnumbered headings; None when the line is not one, or names someone the lists name
    (`speakers`, their words in lower case): "Jane Rowe: The bins are …" is who spoke."""
    m = (
        _RUN_IN.match(block.text.strip())
        if block.kind == "paragraph" and "\n" not in block.text.strip()
        else None
    )
    if not m:
        return None
    title = m.group("title").strip(" *")
    words = title.split()
    if len(words) > MAX_UNNUMBERED_WORDS or _FIELD.match(title) or label_of(block.text) or find_dates(title):
        return None
    if _GOES_ON.search(title) or all(w.lower() in speakers for w in re.findall(r"[\w'’-]+", title)):
        return None
    return title


def _heads(blocks: list[Block], i: int) -> bool:
    """Block `i` is a heading over prose: marked up as a heading, or a short line of its own over a longer one
    or a sentence, that reads as a title, not a sentence, a label or a date."""
    block = blocks[i]
    text = _heading_text(block)
    words = text.split()
    if block.kind not in ("heading", "paragraph") or "\n" in block.text.strip() or not words:
        return False
    if len(words) > MAX_UNNUMBERED_WORDS or not text[0].isupper() or text.endswith((".", ",", ";")):
        return False
    if ":" in text or label_of(text) or find_dates(text) or is_furniture(text) or _NOT_TITLE.match(text):
        return False
    if text.count("(") != text.count(")") or text.count(",") >= MAX_TITLE_COMMAS or _GOES_ON.search(text):
        return False  # a line of a list wrapped over paragraphs: "Makin, Henry Nelless, Peter Southgate and"
    before = blocks[i - 1] if i else None
    if before is not None and before.kind != "table" and _GOES_ON.search(before.text.rstrip()):
        return False
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if (
        after is None
        or (after.kind == "heading" and block.kind != "heading")
        or re.match(r"^\s*[a-z(]", after.text)
    ):
        return False
    prose = after.text.rstrip().endswith((".", "!", "?")) or len(after.text.split()) > len(words)
    return block.kind == "heading" or prose


def _as_heading(block: Block) -> Passage:
    return Passage(block.text, block.page, None, "heading")


def _marked(block: Block, marker_number: str) -> Item | None:
    """The item a heading above "(Item N)" opens, numbered as printed: its minute number if it has one."""
    first = verbatim(block.text.strip().split("\n")[0])
    found = _numbered(first, "heading")
    number, text = found if found else (marker_number, first)
    title = _title(number, text, _as_heading(block), MAX_SPREAD_TITLE_WORDS)
    return Item(number=number, title=title, evidence=Evidence(first, block.page)) if title else None


def _after_furniture(blocks: list[Block], start: int) -> int | None:
    """The first block from `start` that is not page furniture, if it comes soon enough."""
    for j in range(start, min(start + FURNITURE_LOOKAHEAD + 1, len(blocks))):
        if blocks[j].kind == "table":
            return None
        if not is_furniture(blocks[j].text):
            return j
    return None


def _label(blocks: list[Block], start: int) -> int | None:
    """The index of the "Minutes:" or "Decision:" label that soon follows an item's title, if any."""
    for j in range(start, min(start + LABEL_LOOKAHEAD, len(blocks))):
        if blocks[j].kind != "table" and MINUTE_LABEL.match(verbatim(blocks[j].text)):
            return j
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10}


def major(number: str) -> int:
    """An item number's leading whole number: "7" of "7.1", 2 of "II"; 0 when it has none."""
    m = re.match(r"\d+", number)
    if m:
        return int(m.group())
    if not re.fullmatch(r"[IVX]+", number):
        return 0
    values = [_ROMAN[c] for c in number]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def in_order(previous: Item | None, item: Item) -> bool:
    """Items run upwards; a number far below the last one is a list inside the text."""
    if previous is None or previous.number is None or item.number is None:
        return True
    return major(item.number) >= major(previous.number)


_NUMBER_HEAD = re.compile(r"^(?:agenda\s+)?(?:item|no\.?|number|ref)(?:\s+no\.?)?$", re.I)
_TITLE_HEAD = re.compile(r"^(?:title|business|subject|report|agenda\s+item|description|item)$", re.I)
# "3", "3a", "7.1", or a council's running minute number ("35/25", "PC/24/101")
_CELL_NUMBER = re.compile(r"^(?:\d{1,2}[a-z]?(?:\.\d{1,2})?|\d{1,3}/\d{2,4}|[A-Z]{1,4}/\d{2}/\d{1,3})$")
_PAGES = re.compile(r"^\(?\s*(?:pages?\s+)?\d+(?:\s*-\s*\d+)?\s*\)?$", re.I)
MAX_AGENDA_COLUMNS = 3  # number, title and pages: a wider table with numbered rows is a log


def table_items(block: Block) -> list[Item] | None:
    """An agenda laid out as a table (Item | Title | Pages); None when the table is not one.

    The table may have no header row when every row is an item number, a title and at most a
    page reference, the numbers running upwards (an agenda's list of business printed as a grid).
    Printed minutes laid out the same way hold each minute below its title, in the title's cell: the
    title is then that cell's first paragraph (see `table_minutes`).
    """
    out = []
    for number, cell in _agenda_rows(block):
        text = cell.paragraphs[0] if _minuted(cell) else verbatim(cell.text)
        title = _unfurnished(text).strip()
        if title:
            out.append(Item(number=number, title=title, evidence=Evidence(text, block.page)))
    return out or None


def table_minutes(block: Block) -> list[Passage]:
    """The minute below each title of printed minutes laid out as a table ("61 | APOLOGIES FOR ABSENCE / Apologies
    were received from …"): a passage a paragraph, under its item."""
    return [
        Passage(paragraph, block.page, number, "paragraph", block)
        for number, cell in _agenda_rows(block)
        if _minuted(cell)
        for paragraph in cell.paragraphs[1:]
    ]


def _minuted(cell: Cell) -> bool:
    """A title cell that holds its minute too: a short first paragraph, then more."""
    paragraphs = [p for p in cell.paragraphs if p.strip()]
    return len(paragraphs) > 1 and len(paragraphs[0].split()) <= MAX_SPREAD_TITLE_WORDS


def _agenda_rows(block: Block) -> list[tuple[str, Cell]]:
    """(number, title cell) of each row of a table laid out as an agenda; none when the table is not one."""
    rows = block.rows or []
    if not rows:
        return []
    header = [c.text.strip().rstrip(":") for c in rows[0]]
    number_col = next((i for i, h in enumerate(header) if _NUMBER_HEAD.match(h)), None)
    title_col = next((i for i, h in enumerate(header) if _TITLE_HEAD.match(h) and i != number_col), None)
    if number_col is not None and title_col is not None and len(rows) >= 2:
        body = rows[1:]
    elif _headerless_agenda(rows):
        number_col, title_col, body = 0, 1, rows
    else:
        return []
    return [
        (number, row[title_col])
        for row in body
        if max(number_col, title_col) < len(row)
        and _CELL_NUMBER.match(number := row[number_col].text.strip().rstrip(".)"))
    ]


def _headerless_agenda(rows: list[list[Cell]]) -> bool:
    """Rows of "3. | Minutes of the last meeting | (Pages 1 - 14)", the numbers running upwards."""
    if len(rows) < 2 or any(not 2 <= len(row) <= MAX_AGENDA_COLUMNS for row in rows):
        return False
    last: Item | None = None
    for row in rows:
        number = row[0].text.strip().rstrip(".)")
        pages = [c.text.strip() for c in row[2:] if c.text.strip()]
        if not _CELL_NUMBER.match(number) or not all(_PAGES.match(p) for p in pages):
            return False
        first = row[1].text.split("\n")[0]
        title = _title(number, first, Passage(row[1].text, None, None, "heading"), MAX_SPREAD_TITLE_WORDS)
        item = Item(number=number, title=title or "")
        if not title or not in_order(last, item) or (last and item.number == last.number):
            return False
        last = item
    return True
