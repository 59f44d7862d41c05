"""Runs of PDF text into lines, and lines into paragraphs, headings and list items.

A line break ends a paragraph when the gap below it is wider than the document's line pitch,
when the next line starts a list item or a numbered paragraph, or when the first word of the
next line would have fitted on it: wrapped text fills its line, a forced break leaves room.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from scrutiny.document import BlockKind

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
# bullet glyphs, with the private-use ones Symbol and Wingdings bullets come out as
_BULLETS = "\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2219\u00b7\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_BULLET = re.compile(f"^[{_BULLETS}]\\s*")


def is_bullet(text: str) -> bool:
    """A bullet glyph alone: the first thing on a line of a bulleted list."""
    return len(text.strip()) == 1 and bool(_BULLET.match(text.strip()))


# a list's letter is lower case, or one capital, or a roman numeral: "Co) for item 4" is a word's end wrapped
_LETTER = r"\(?(?:[a-z]{1,3}|[A-Z]|[IVX]{1,4})\)\s"
_MARKER = re.compile(f"^(?:[{_BULLETS}]|{_LETTER}" r"|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s)")
_END = re.compile(r"[.!?:;]['\"\u2019\u201d)]*$")


@dataclass
class Run:
    """A run of characters on one line in one style, as pdfium's text rect gives it."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    bold: bool
    base: float
    family: str = ""  # the typeface without its weight or style: "DejaVuSans", "Calibri Light"


@dataclass
class Line:
    """Runs on one baseline, left to right."""

    runs: list[Run]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    base: float = 0.0
    size: float = 0.0
    bold: bool = False
    family: str = ""
    spaced: bool = False  # the line's text ends in a space: Word's PDFs keep the space a line wrapped at

    def __post_init__(self) -> None:
        runs = self.runs
        if len(runs) == 1:  # most lines: no sorting or joining to do
            run = runs[0]
            self.spaced = run.text[-1:].isspace()
            self.text = " ".join(run.text.split())
            self.x0, self.x1, self.top, self.base, self.size, self.bold, self.family = (
                run.x0,
                run.x1,
                run.y1,
                run.base,
                run.size,
                run.bold,
                run.family,
            )
            return
        runs.sort(key=lambda run: run.x0)
        self.spaced = runs[-1].text[-1:].isspace()
        self.text = _join_runs(runs)
        self.x0, self.base = runs[0].x0, runs[0].base
        self.x1 = max([run.x1 for run in runs])
        self.top = max([run.y1 for run in runs])
        self.size = max([run.size for run in runs])
        self.bold = all(run.bold for run in runs)
        self.family = runs[0].family if all(run.family == runs[0].family for run in runs) else ""


@dataclass
class Para:
    """Consecutive lines that make one heading, paragraph or list item."""

    lines: list[Line]
    right: float
    kind: BlockKind = "paragraph"
    level: int | None = None

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def text(self) -> str:
        texts: list[str] = []
        spaced = any(line.spaced for line in self.lines[:-1])  # its wrapped lines end in spaces
        for k, line in enumerate(self.lines):
            if k and _broken_word(self.lines[k - 1], line, self.right, spaced):
                texts[-1] += line.text  # "abandonmen" / "t" in a narrow column: one word
            else:
                texts.append(line.text)
        text = join_lines(texts)
        return _BULLET.sub("", text) if self.kind == "list_item" else text

    def carries_on(self, other: object) -> bool:
        """Is `other` (first on the next page) the rest of this paragraph?"""
        return (
            isinstance(other, Para)
            and self.kind in ("paragraph", "list_item")
            and other.kind == "paragraph"
            and _same_paragraph(self.lines[-1], other.lines[0], self.right)
            and (not _END.search(self.lines[-1].text) or other.lines[0].text[:1].islower())
        )

    def absorb(self, other: Para | Table) -> None:
        assert isinstance(other, Para)  # as carries_on made sure
        self.lines.extend(other.lines)


@dataclass
class Table:
    """Rows of cells, each cell a list of paragraphs, and where the table starts on its page."""

    rows: list[list[list[str]]]
    top: float
    kind: str = field(default="table", init=False)

    def carries_on(self, other: object) -> bool:
        """Is `other` (first on the next page) the same table, continued?"""
        return isinstance(other, Table) and bool(other.rows) and len(other.rows[0]) == len(self.rows[0])

    def absorb(self, other: Para | Table) -> None:
        """Append a continuation: drop a repeated header row, finish a row split by the page break."""
        assert isinstance(other, Table)  # as carries_on made sure
        rows = list(other.rows)
        if rows and _flat(rows[0]) == _flat(self.rows[0]):
            rows.pop(0)
        if rows and not rows[0][0] and self.rows:
            self.rows[-1] = [_join_cells(a, b) for a, b in zip(self.rows[-1], rows.pop(0))]
        self.rows.extend(rows)


def _flat(row: list[list[str]]) -> list[str]:
    return [" ".join(cell) for cell in row]


def _join_cells(first: list[str], rest: list[str]) -> list[str]:
    """A cell split by a page break: rejoin a sentence cut at the break, keep other paragraphs apart."""
    if first and rest and not _END.search(first[-1]) and rest[0][:1].islower():
        return [*first[:-1], f"{first[-1]} {rest[0]}", *rest[1:]]
    return [*first, *rest]


def read_box(textpage: pdfium.PdfTextPage, x0: float, y0: float, x1: float, y1: float) -> str:
    """The text inside a box, on one line."""
    return one_line(textpage.get_text_bounded(x0, y0, x1, y1))


def one_line(text: str) -> str:
    """pdfium text without its line breaks and control characters."""
    return _CONTROL.sub(
        "", text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\ufffe", "-")
    )


def _join_runs(runs: list[Run]) -> str:
    out = runs[0].text
    for previous, run in itertools.pairwise(runs):
        if run.x0 - previous.x1 > 0.2 * run.size and not out.endswith(" ") and not run.text.startswith(" "):
            out += " "
        out += run.text
    return " ".join(out.split())


# a word's last letter, alone at a line's start ("t", "r's"), not a word of its own ("a")
_FRAGMENT = re.compile(r"^(?!a\b)[a-z](?:['’]s)?(?=[\s,;:]|$)")
# … or a capital after a word in capitals ("OPC" / "C"): a lone capital elsewhere is an initial ("Cllr" / "J Smith")
_CAPITAL_FRAGMENT = re.compile(r"^(?![AI]\b)[A-Z](?=[\s,;:]|$)")


_JOINING_WORDS = frozenset(
    "and or of to for in on at by with from the a an as is are was were be will would that this it".split()
)


def _broken_word(previous: Line, line: Line, right: float, spaced: bool = False) -> bool:
    """Did a narrow column break a word that would not fit, its last letters on the next line ("abandonmen" /
    "t", "OPC" / "C", "communica" / "tions")? The line before ends in a letter and is that word alone, with no
    space after it where the paragraph's other lines end in the space they wrapped at (`spaced`); or it runs to
    the column's edge and the next line opens with a lone letter."""
    if not previous.text[-1:].isalpha():
        return False
    char = (previous.x1 - previous.x0) / max(len(previous.text), 1)
    at_edge = right - previous.x1 <= 0.5 * char
    if spaced and not previous.spaced and " " not in previous.text and right - previous.x1 <= char:
        # a word too long for the column fills a line of its own; "Performance" / "and Assurance" lost its space
        return line.text[:1].islower() and line.text.split()[0].lower() not in _JOINING_WORDS
    capitals = previous.text.split()[-1].isupper() and len(previous.text.split()[-1]) > 1
    return at_edge and bool(_FRAGMENT.match(line.text) or (capitals and _CAPITAL_FRAGMENT.match(line.text)))


def join_lines(lines: list[str]) -> str:
    """Wrapped lines as one string; a word hyphenated at a line end keeps its hyphen but no space ("switch-on",
    "SPB-041")."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith("-") and out[-2:-1].isalnum() and line[:1].isalnum():
            out += line
        else:
            out += " " + line
    return out


def group_lines(runs: list[Run]) -> list[Line]:
    """Runs into lines, top to bottom; a run joins a line when their baselines nearly agree."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda run: (-run.base, run.x0)):
        if lines and abs(lines[-1][0].base - run.base) <= 0.4 * max(run.size, lines[-1][0].size):
            lines[-1].append(run)
        else:
            lines.append([run])
    return [Line(group) for group in lines]


def split_line(line: Line, gap: float | None = None) -> list[Line]:
    """A line cut where runs stand far apart, as the cells of a table row do."""
    gap = gap if gap is not None else max(0.8 * line.size, 6.0)
    parts: list[list[Run]] = [[line.runs[0]]]
    for previous, run in zip(line.runs, line.runs[1:]):
        if run.x0 - previous.x1 > gap:
            parts.append([run])
        else:
            parts[-1].append(run)
    return [Line(part) for part in parts] if len(parts) > 1 else [line]


def paragraphs(
    lines: list[Line], right: float, leading: float | None = None, cell: bool = False
) -> list[Para]:
    """Lines (top to bottom, one column) into paragraphs; `leading` is line pitch over font size. In a table's
    `cell`, a line that opens with a capital after one that ends on a name is an entry of a list, not the name
    going on ("Chief Constable – Mark Ellis" / "Commissioner – Sarah Lowe")."""
    leading = leading or typical_leading([lines])
    paras: list[Para] = []
    for line in lines:
        previous = paras[-1].lines[-1] if paras else None
        listed = (
            cell
            and previous is not None
            and (
                (bool(_ENDS_ON_NAME.search(previous.text)) and line.text[:1].isupper() and " " in line.text)
                or bool(_TITLED.match(line.text))
                or (bool(_ENDS_ON_POST.search(previous.text)) and bool(_NAME_THEN_POST.match(line.text)))
                or (previous.text.endswith(")") and line.text[:1].isupper())
            )
        )
        if (
            previous
            and not listed
            and not _next_number(paras[-1].lines[0].text, line.text)
            and not _outdented(paras[-1].lines, line)
            and _gap_ok(previous, line, leading)
            and _same_paragraph(previous, line, right)
        ):
            paras[-1].lines.append(line)
        else:
            paras.append(Para([line], right))
    return paras


def _outdented(lines: list[Line], line: Line) -> bool:
    """Does `line` start left of a block whose lines all start at one indent (a list item whose bullet a browser
    drew, not wrote: "… the Commissioner's oversight" then "Councillor Ingham asked …" at the margin)? A paragraph
    whose first line alone is indented goes on at the margin, so two lines at the indent are needed to tell."""
    if len(lines) < 2:
        return False
    char = (lines[0].x1 - lines[0].x0) / max(len(lines[0].text), 1)
    indent = lines[-1].x0
    return all(abs(other.x0 - indent) <= char for other in lines[1:]) and line.x0 < indent - 2 * char


_OPENING_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _next_number(first: str, line: str) -> bool:
    """Does `line` open with the number after the one its paragraph opened with ("4. Public questions …" then "5.
    Police and Crime Commissioner's update"): the next entry of a numbered list, however full the line before."""
    a, b = _OPENING_NUMBER.match(first), _OPENING_NUMBER.match(line)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1)


# in a cell of names, one a line: a line opening with a title or rank ("DCC Fiona Leckie"), or after a closing bracket
# ("… Commissioner (Chair)" / "James Otway, Deputy PCC"), is the next entry
_TITLED = re.compile(
    r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|CC|DCC|ACC|T/ACC|T/DCC|Supt|Ch\.?\s*Supt|Insp|Sgt|PCSO)\.?\s+[A-Z]"
)
# … or a name and post a line: "Sarah Bellingham, OPCC Chief Executive" / "Neil Parfitt, OPCC Chief Finance Officer"
_ENDS_ON_POST = re.compile(r"\b[A-Z][\w’'-]*\)?$")
_NAME_THEN_POST = re.compile(r"^[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2},\s+[A-Z(]")
_ENDS_ON_NAME = re.compile(
    r"\s[–—-]\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+$"
)  # "… – Mark Ellis": an entry's holder


_PITCH_SEEN = 3  # times a pitch is seen before it may be the line pitch
_PITCH_SHARE = 0.2  # … and its share of the commonest pitch's count


def typical_leading(groups: Iterable[list[Line]]) -> float:
    """Line pitch over font size: the most common ratio between consecutive lines of a size."""
    ratios: Counter[float] = Counter()
    for lines in groups:
        for above, below in itertools.pairwise(lines):
            if above.size and abs(above.size - below.size) < 0.6:
                ratio = (above.base - below.base) / above.size
                if 0.9 <= ratio <= 2.5:
                    ratios[round(ratio * 40) / 40] += 1
    if not ratios:
        return 1.2
    top = max(ratios.values())
    # the tightest pitch seen often: where most paragraphs are a line each, the commonest pitch is between
    # paragraphs, and the wrapped lines of the longer ones show the line pitch
    least = max(min(_PITCH_SEEN, top), _PITCH_SHARE * top)
    return min(ratio for ratio, count in ratios.items() if count >= least)


def _gap_ok(previous: Line, line: Line, leading: float) -> bool:
    """Is the gap between two lines no wider than the line pitch (paragraph spacing breaks)?"""
    gap = previous.base - line.base
    return 0 < gap <= leading * previous.size + max(1.2, 0.12 * previous.size)


def _same_paragraph(previous: Line, line: Line, right: float) -> bool:
    """Could `line` be the wrapped continuation of `previous`? A line opening with a number or a letter ("25. 18 Feb:
    …") goes on a full line that has not ended its sentence ("… BJH, Jan"); a bullet always opens a paragraph."""
    if abs(previous.size - line.size) > 0.6 or previous.bold != line.bold:
        return False
    word = line.text.split(" ", 1)[0]
    char = (line.x1 - line.x0) / max(len(line.text), 1)
    full = right - previous.x1 <= 1.1 * (len(word) + 1) * char + char
    if _MARKER.match(line.text):
        return (
            full
            and not _BULLET.match(line.text)
            and not _END.search(previous.text)
            and previous.x0 <= line.x0 + 2 * char  # a line of text, not a column's heading at the right
        )
    return full


# prose, whatever its size: more than a line's worth of words closed by a full stop ("Next meeting: Tuesday 9 July
# 2024 at 10am in the Council Chamber."), where the body size was misjudged (a paper mostly small print)
_SENTENCES = re.compile(r"^(?:\S+\s+){8,}\S*[.;]$", re.S)


_LIST_INDENT = (
    12.0  # points right of the text's left edge where a browser sets a list whose bullets print as no text
)
_LIST_ENTRY_WORDS = 16


def _indented_lists(paras: list[Para]) -> None:
    """A browser's bulleted list printed to PDF often keeps no bullet in the text: after a line ending in a colon,
    short one-line paragraphs set in from the text's left edge are its entries."""
    lefts = Counter(round(para.lines[0].x0) for para in paras if para.kind == "paragraph")
    if not lefts:
        return
    left = lefts.most_common(1)[0][0]
    listing = False
    for para in paras:
        entry = (
            para.kind == "paragraph"
            and len(para.lines) == 1
            and para.lines[0].x0 >= left + _LIST_INDENT
            and len(para.text.split()) <= _LIST_ENTRY_WORDS
        )
        if entry and listing:
            para.kind, para.level = "list_item", 1
            continue
        listing = (para.kind in ("paragraph", "list_item") and para.text.rstrip().endswith(":")) or (
            listing and para.kind == "list_item"
        )


_TYPEFACE_HEADING_WORDS = 8  # a line set apart in another typeface is a heading when it is this short


def classify(paras: list[Para], body_size: float, body_family: str = "") -> None:
    """Name each paragraph's kind: larger, all-bold or (short) differently typeset lines are headings, bullets list
    items. Word's heading styles may print in the body's size, in another typeface ("Calibri Light" over "Calibri")."""
    for para in paras:
        text = para.text
        if _BULLET.match(text) or re.match(_LETTER, text):
            para.kind = "list_item"
            para.level = 1
        elif (
            len(para.lines) <= 3
            and len(text) <= 200
            and (
                (para.size >= body_size + 0.4 and not _SENTENCES.search(text))
                or (len(para.lines) == 1 and para.lines[0].bold and not re.search(r"[.,;]$", text))
                or (
                    len(para.lines) == 1
                    and body_family
                    and para.lines[0].family not in ("", body_family)
                    and len(text.split()) <= _TYPEFACE_HEADING_WORDS
                    and not re.search(r"[.,;:]$", text)
                    and para.size >= body_size - 0.4
                )
            )
        ):
            para.kind = "heading"
    _indented_lists(paras)
    sizes = sorted({round(para.size) for para in paras if para.kind == "heading"}, reverse=True)
    for para in paras:
        if para.kind == "heading":
            para.level = sizes.index(round(para.size)) + 1
