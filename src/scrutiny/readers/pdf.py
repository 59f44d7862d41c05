"""PDF reader: the text layer through pypdfium2, rebuilt into headings, paragraphs and tables.

pdfium hands us text "rects": runs of characters on one line in one style, found in C and so
fast. Runs are grouped into lines and lines into paragraphs; tables come from the ruling lines a
word processor draws round its cells, or else from columns that stay aligned over several lines.
Running headers and footers, the lines that repeat at the top or bottom of at least half the
pages, are dropped.
"""

from __future__ import annotations

import bisect
import ctypes
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from scrutiny.document import Document, DocumentBuilder, UnreadableDocument
from scrutiny.exempt import running_marking
from scrutiny.readers import pdf_tables
from scrutiny.readers.pdf_layout import (
    Line,
    Para,
    Run,
    Table,
    classify,
    group_lines,
    paragraphs,
    typical_leading,
)

NO_TEXT = "no text layer (scanned image?); OCR it first"
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_PAGE_NUMBER = re.compile(r"\bpage\b|^\W*\d+\W*$|\d+\s*(?:of|/)\s*\d+")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_CHROME_LINES = 3  # lines at the top and at the bottom of a page that may be running chrome
_CHROME_ROUNDS = 2  # chrome within chrome: an enclosed paper's page numbers inside the pack's own footer


@dataclass
class _Page:
    """One page's runs in reading order, split into tables and the text flowing round them."""

    number: int
    flow: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chars: int = 0
    damaged: bool = False


def read_pdf(data: bytes, path: Path, sha256: str) -> Document:
    """Read a PDF's text layer; raises `UnreadableDocument` for encrypted, corrupt or image-only files."""
    pdf = _open(data, path)
    try:
        pages = [_read_page(pdf, index) for index in range(len(pdf))]
        title = (pdf.get_metadata_value("Title") or "").strip() or None
        if not any(page.chars for page in pages):
            raise UnreadableDocument(path, _why_no_text(pages, data))
    finally:
        pdf.close()
    markings = _running_markings(pages)
    _drop_running_chrome(pages)
    builder = DocumentBuilder(path.name, sha256, "pdf")
    for marking in markings:
        builder.add("paragraph", marking, page=1)
    _emit(builder, pages)
    if not builder.doc.blocks:
        raise UnreadableDocument(path, NO_TEXT)
    return builder.finish(pages=len(pages), title=title)


def _open(data: bytes, path: Path) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableDocument(path, "encrypted (password protected)") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnreadableDocument(path, "encrypted with an unsupported security handler") from None
        raise UnreadableDocument(path, "corrupt or truncated PDF") from None
    if len(pdf) == 0:
        pdf.close()
        raise UnreadableDocument(path, "corrupt or truncated PDF (no pages)")
    return pdf


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _Page:
    """One page's runs, tables and flow; a page pdfium cannot load reads as empty and damaged."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return _Page(number=index + 1, damaged=True)
    try:
        textpage = page.get_textpage()
        try:
            result = _Page(number=index + 1, chars=textpage.count_chars())
            runs = _runs(textpage) if result.chars else []
            if runs:
                result.tables, runs = pdf_tables.ruled_tables(page, textpage, runs)
                result.flow = group_lines(runs)
            return result
        finally:
            textpage.close()
    finally:
        page.close()


def _why_no_text(pages: list[_Page], data: bytes) -> str:
    """A PDF without text is damaged if a page failed or the file is cut short, else a scan."""
    if any(page.damaged for page in pages) or b"%%EOF" not in data[-2048:]:
        return "corrupt or truncated PDF"
    return NO_TEXT


def _runs(textpage: pdfium.PdfTextPage) -> list[Run]:
    """pdfium's text rects, each with its text, font size, weight and baseline.

    Work line by line of the page text: a line's rects and their first characters come from
    counting rects over character ranges, which is cheap, where asking for the text inside each
    box or the character at each point costs a pass over the whole page.
    """
    raw = textpage.raw
    page_text = textpage.get_text_range()
    style = _Styles(raw)
    box = tuple(ctypes.c_double() for _ in range(4))
    has_control = _CONTROL.search(page_text) is not None  # mostly not: then no run needs cleaning
    char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex
    runs = []
    for t0, t1 in _line_spans(page_text):
        c0 = char_index(raw, t0)
        c1 = char_index(raw, t1 - 1) + 1
        if c0 < 0 or c1 <= c0:
            continue
        rects = _line_rects(raw, c0, c1, box)
        bounds = [t0, *(_text_index(raw, start, t0) for start, _ in rects[1:]), t1]
        for (start, (x0, y0, x1, y1)), a, b in zip(rects, bounds, bounds[1:]):
            # pdfium gives a hyphen a line broke at as U+FFFE: it is the text's own ("SPB-041", "switch-on")
            text = _CONTROL.sub("", page_text[a:b].replace("\ufffe", "-")) if has_control else page_text[a:b]
            if text.strip():
                size, bold, base, family = style(start)
                runs.append(Run(x0, y0, x1, y1, text, size or y1 - y0, bold, base or y0, family))
    return runs


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) text indices of each line of pdfium's page text."""
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_COUNT_RECTS, _GET_RECT = pdfium_c.FPDFText_CountRects, pdfium_c.FPDFText_GetRect
_CHAR_BOX = pdfium_c.FPDFText_GetCharBox
_FONT_SIZE, _FONT_INFO = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetFontInfo
_CHAR_ORIGIN = pdfium_c.FPDFText_GetCharOrigin


def _line_rects(
    raw: object, c0: int, c1: int, box: tuple[ctypes.c_double, ...]
) -> list[tuple[int, tuple[float, float, float, float]]]:
    """The rects of characters c0..c1 (one line), each with the index of its first character."""
    left, bottom, right, top = box
    count_rects, get_rect = _COUNT_RECTS, _GET_RECT  # bound once: this runs for every line
    boxes = []
    for j in range(count_rects(raw, c0, c1 - c0)):
        if get_rect(raw, j, left, top, right, bottom):
            boxes.append((left.value, bottom.value, right.value, top.value))
    starts = [c0]
    for j in range(1, len(boxes)):  # rect j starts at the first character that makes j + 1 rects
        at = _first_char_right_of(raw, starts[-1] + 1, c1, boxes[j][0], box)  # usually where rect j starts
        if (
            starts[-1] < at < c1
            and count_rects(raw, c0, at - c0 + 1) == j + 1
            and count_rects(raw, c0, at - c0) == j
        ):
            starts.append(at)
            continue
        lo, hi = starts[-1] + 1, c1 - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if count_rects(raw, c0, mid - c0 + 1) >= j + 1:
                hi = mid
            else:
                lo = mid + 1
        starts.append(lo)
    return list(zip(starts, boxes))


def _first_char_right_of(raw: object, lo: int, hi: int, x: float, box: tuple[ctypes.c_double, ...]) -> int:
    """The first of characters lo..hi whose box starts at or right of `x`, by bisection (a line's
    characters run left to right), or hi; cheap, where pdfium's char-at-point scans the whole page."""
    left, right, bottom, top = box
    while lo < hi:
        mid = (lo + hi) // 2
        if _CHAR_BOX(raw, mid, left, right, bottom, top) and left.value >= x - 0.01:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _text_index(raw: object, char_index: int, default: int) -> int:
    index = pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, char_index)
    return index if index >= 0 else default


class _Styles:
    """Font size, boldness and baseline of a character; font names are looked at once each."""

    def __init__(self, raw: object):
        self.raw = raw
        self.name, self.flags = ctypes.create_string_buffer(128), ctypes.c_int()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.bold: dict[tuple[bytes, int], bool] = {}
        self.family: dict[bytes, str] = {}

    def __call__(self, index: int) -> tuple[float, bool, float, str]:
        raw = self.raw
        size = _FONT_SIZE(raw, index)
        _FONT_INFO(raw, index, self.name, 128, self.flags)
        font = (self.name.value, self.flags.value)
        bold = self.bold.get(font)
        if bold is None:
            bold = self.bold[font] = bool(
                _BOLD_NAME.search(font[0].decode("latin-1")) or font[1] & _FORCE_BOLD
            )
        family = self.family.get(font[0])
        if family is None:
            family = self.family[font[0]] = _family(font[0].decode("latin-1"))
        base = self.y.value if _CHAR_ORIGIN(raw, index, self.x, self.y) else 0.0
        return round(size, 1), bold, base, family


# "ABCDEF+Calibri-BoldItalic", "Arial,Bold", "LiberationSans-Italic": the typeface is the name less its subset
# prefix and its weight or style
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE_SUFFIX = re.compile(
    r"[-,](?:bold|italic|oblique|regular|roman|book|medium|light|semibold|black|mt|ps)+.*$", re.I
)


def _family(name: str) -> str:
    return _STYLE_SUFFIX.sub("", _SUBSET.sub("", name))


def _key(text: str) -> str:
    """Running chrome compared without spacing, and with page numbers as "#" ("Page 2 of 4")."""
    key = " ".join(text.split())
    return re.sub(r"\d+", "#", key) if _PAGE_NUMBER.search(key.lower()) else key


def _drop_running_chrome(pages: list[_Page]) -> None:
    """Remove lines repeated at one height near the top or bottom of half the pages (and of two or more), or
    of two pages running; then once more, for what sat inside that chrome (a paper's own page number above
    the pack's footer)."""
    if len(pages) < 2:
        for page in pages:  # one page: nothing repeats, but a footer says what it is ("Minutes – … – Page 1")
            page.flow = [
                line for line in page.flow if line not in page.flow[-1:] or not _PAGE_FOOTER.search(line.text)
            ]
        return
    for _ in range(_CHROME_ROUNDS):
        _drop_chrome_once(pages)


_PAGE_FOOTER = re.compile(r"(?:^|\s[–—-]\s|\s)page\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)


def _drop_chrome_once(pages: list[_Page]) -> None:
    seen: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for page in pages:
        for line in {id(line): line for line in _edge_lines(page)}.values():
            seen[_key(line.text)].append((page.number, line.base))
    needed = max(2, math.ceil(len(pages) / 2))
    chrome = {key: heights for key, places in seen.items() if (heights := _repeated_heights(places, needed))}
    paired = {
        (number, key)
        for key, places in seen.items()
        if _names_or_numbers(key)
        for number in _paired(places, _is_title(key))
    }
    for k, page in enumerate(pages):
        edge = {id(line) for line in _edge_lines(page)}
        if k == 0:  # the first page's running header often names the body: keep it once
            edge -= {id(line) for line in page.flow[:_CHROME_LINES] if _is_title(line.text)}
        page.flow = [
            line
            for line in page.flow
            if id(line) not in edge
            or not (_repeats(line, chrome) or (page.number, _key(line.text)) in paired)
        ]


def _names_or_numbers(key: str) -> bool:
    """Chrome of a part of a pack (an enclosed paper's own header and page numbers) is a page number or a
    line of words; a short line ("Noted.") at one place on two pages is more likely the minutes' own."""
    return "#" in key or len(key.split()) >= 3


def _paired(places: list[tuple[int, float]], title: bool) -> set[int]:
    """The pages of `places` (page, height) that share a height, within 3 points, with the page before or
    after: a running header or page number of one paper in a pack, on too few pages to be the pack's. A
    title is kept on the first page of its run, where it heads its paper (the minutes of a second meeting)."""
    at = sorted(places)
    pages: set[int] = set()
    for (one, high), (other, low) in pairwise(at):
        if other == one + 1 and abs(high - low) <= 3:
            pages |= {other} if title and one not in pages else {one, other}
    return pages


def _running_markings(pages: list[_Page]) -> list[str]:
    """Protective markings ("OFFICIAL-SENSITIVE") in the headers or footers of two pages or more (the
    last line of a lone page): they mark the whole document, so they are kept once, at the top, when
    the running chrome is dropped (`exempt` reads a marking at the head as marking everything)."""
    found: dict[str, set[int]] = defaultdict(set)
    for page in pages:
        for line in _edge_lines(page) if len(pages) > 1 else page.flow[-1:]:
            if (marking := running_marking(line.text)) is not None:
                found[marking].add(page.number)
    return [marking for marking, on in found.items() if len(on) >= min(2, len(pages))]


_MARKING = re.compile(
    r"\b(?:official|sensitive|restricted|protect(?:ively)?|marked|confidential|draft)\b", re.I
)


def _is_title(text: str) -> bool:
    """A running header worth keeping once: words naming something, not a page number or marking."""
    return len(text.split()) >= 3 and "#" not in _key(text) and not _MARKING.search(text)


def _repeated_heights(places: list[tuple[int, float]], needed: int) -> list[float]:
    """The heights (sorted) of the `places` (page, height) of one line that `needed` pages or more
    share within 3 points.

    A window slides over the places sorted by height, counting the pages inside it, so a line
    on every page of a long document costs a sort, not a comparison of every pair of pages.
    """
    if len({number for number, _ in places}) < needed:
        return []
    ordered = sorted(places, key=lambda place: place[1])
    inside: Counter[int] = Counter()  # page -> its places within 3 points of the current one
    heights: list[float] = []
    low = high = 0
    for _, base in ordered:
        while high < len(ordered) and ordered[high][1] <= base + 3:
            inside[ordered[high][0]] += 1
            high += 1
        while ordered[low][1] < base - 3:
            inside[ordered[low][0]] -= 1
            if not inside[ordered[low][0]]:
                del inside[ordered[low][0]]
            low += 1
        if len(inside) >= needed:
            heights.append(base)
    return heights


def _repeats(line: Line, chrome: dict[str, list[float]]) -> bool:
    heights = chrome.get(_key(line.text), [])
    at = bisect.bisect_left(heights, line.base - 3)
    return at < len(heights) and heights[at] <= line.base + 3


def _edge_lines(page: _Page) -> list[Line]:
    """The lines where running headers and footers sit: the first and last few of the page."""
    return page.flow[:_CHROME_LINES] + page.flow[-_CHROME_LINES:]


@dataclass
class _Placed:
    """A block in reading order, with the pages it starts and ends on."""

    first: int
    block: Para | Table
    last: int


def _emit(builder: DocumentBuilder, pages: list[_Page]) -> None:
    """Lay out every page, join what runs across page breaks, and append the blocks in order."""
    leading = typical_leading(page.flow for page in pages)
    laid_out = [(page.number, _layout(page, leading)) for page in pages]
    classify(
        [item for _, items in laid_out for item in items if isinstance(item, Para)],
        _body_size(pages),
        _body_family(pages),
    )
    placed: list[_Placed] = []
    for number, items in laid_out:
        for i, item in enumerate(items):
            previous = placed[-1] if placed else None
            if i == 0 and previous and previous.last == number - 1 and previous.block.carries_on(item):
                previous.block.absorb(item)
                previous.last = number
            else:
                placed.append(_Placed(number, item, number))
    for entry in placed:
        if isinstance(entry.block, Table):
            builder.add_table(entry.block.rows, page=entry.first)
        else:
            builder.add(entry.block.kind, entry.block.text, page=entry.first, level=entry.block.level)


def _layout(page: _Page, leading: float) -> list[Para | Table]:
    """A page's tables and paragraphs, top to bottom."""
    tables, flow = pdf_tables.aligned_tables(page.flow, leading)
    items: list[Para | Table] = [*page.tables, *tables, *paragraphs(flow, _text_right(flow), leading)]
    return sorted(items, key=lambda item: -item.top)


def _text_right(flow: list[Line]) -> float:
    """Where the body's lines end at the right: the furthest a line of the body's size reaches (a running header
    in smaller type set further right would make every full line look short)."""
    sizes = Counter(round(line.size) for line in flow)
    body = sizes.most_common(1)[0][0] if sizes else 0
    return max((line.x1 for line in flow if round(line.size) == body), default=0.0)


def _body_family(pages: list[_Page]) -> str:
    """The typeface most of the text is set in."""
    families: Counter[str] = Counter()
    for page in pages:
        for line in page.flow:
            for run in line.runs:
                families[run.family] += len(run.text)
    return families.most_common(1)[0][0] if families else ""


def _body_size(pages: list[_Page]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.flow:
            for run in line.runs:
                sizes[round(run.size * 2) / 2] += len(run.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0
