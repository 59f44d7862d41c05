"""Plain text and Markdown reader, including text converted from PDF with stray HTML tags in it.

Blank lines separate paragraphs, and so does a line break that leaves room for the next word
(wrapped text fills its lines). `#` lines are headings, `- `, `* `, `1. ` lines list items. Lines
holding tabs are table rows (a table carries on over blank lines while its rows keep their
column count; a row with an empty first cell after a break continues the row above, as a page
break in the original splits it); `| a | b |` lines are Markdown tables. Tags are removed but
`<p>`, `<br>` and `<li>` mark paragraph breaks. Every block's words stay in the source's order,
so extracted evidence can be found in the file.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from scrutiny.document import BlockKind, Document, DocumentBuilder, Format

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_LIST = re.compile(r"^([ \t]*)(?:([-*+\u2022])|\d{1,3}[.)])\s+(\S.*)$")
_REF = re.compile(
    r"^(?:\(?[a-z]{1,3}\)|\(\d{1,2}\)|\d+(?:\.\d+)*\.?|[A-Z]{2,}[/\-]\d+\S*)\s"
)  # "(2) RESOLVED …"
_MARKED = re.compile(
    r"^(?:ACTIONS?|Actions?|RESOLVED)\b(?:\s+(?:[Pp]oints?\s+)?[\w/]+)?\s*[:–—-]\s"
)  # "Action 25/1: …"
_TITLE_WORDS = 10  # a numbered line this short with no full stop is an item's title
_LETTERED = re.compile(r"^\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s")
_LOG_REF = re.compile(r"^\d{1,3}/\d{2,4}:\s")  # "01/19: circulate the capital programme …"
_COLUMNS = re.compile(r"\S {3,}\S")  # text laid out in columns with spaces
_COLUMN_INDENT = 4  # spaces: a line indented this far may be a column's text wrapped under itself
_WIDE = re.compile(r"\s{2,}")
_HR = re.compile(r"^(?:[-=_*]\s*){3,}$")
_SETEXT = re.compile(r"^(?:=+|-+)$")
# Double-spaced text: at least this many lines, this share of them followed by one blank line
DOUBLE_SPACED_MIN_LINES = 20
DOUBLE_SPACED_SHARE = 0.6
# a line that opens with its own label, as each of a run of them does: "Panel members: …", "Force attendees: …"
_LABEL_LINE = re.compile(r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}):\s+\S")
_JOINING_END = re.compile(r"(?:,|\b(?:and|or|of|the|to|in|on|at|for|by|with|from|a|an))$", re.I)
_BOLD_LINE = re.compile(r"^(?:\*\*[^*]+\*\*|<(b|strong)>[^<]+</\1>):?$", re.I)
_RULE_ROW = re.compile(r"^[\s|:+=\-]*-[\s|:+=\-]*$")
_BLOCK_TAG = re.compile(r"<\s*(/?)\s*(p|br|li|ol|ul|div|tr|td|th|h[1-6]|table|tbody|thead)\b[^<>]*>", re.I)
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|big|em|font|i|mark|s|small|span|strike|strong|sub|sup|u)\b[^<>]*>", re.I
)
_PIPE = re.compile(r"(?<!\\)\|")
# A Markdown backslash escape ("3\\. Minutes", "\\*"): the writer kept the character from being
# read as markup, so the text holds the character itself (CommonMark: any ASCII punctuation)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# YAML front matter of a blog or static-site post: "---", "key: value" lines, "---" (or "...")
_FRONT_MATTER_REACH = 40  # lines: a closing rule further down is no front matter's
_FRONT_KEY_LINE = re.compile(
    r"^(?:title|date|layout|author|categories|tags|slug|draft)\s*:", re.I
)  # a publisher's key
_FRONT_TITLE = re.compile(r"^title:\s*(['\"]?)(.+?)\1\s*$")
_FRONT_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})\b")


@dataclass
class _Block:
    """A heading, paragraph or list item still gathering its raw lines."""

    kind: BlockKind
    lines: list[str]
    level: int | None = None


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)  # raw cell text


def read_text(text: str, path: Path, sha256: str, fmt: Format) -> Document:
    """Read decoded text (txt or md) into a `Document`; a Markdown `# title` becomes the title."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n")
    builder = DocumentBuilder(path.name, sha256, fmt)
    (title, posted), lines = _front_matter(lines)
    plain = _unescape if fmt == "md" else str
    for item in _parse(lines, _wrap_width(lines)):
        if isinstance(item, _Table):
            builder.add_table([[cell_paragraphs(plain(cell)) for cell in row] for row in item.rows])
            continue
        for kind, piece, level in _pieces(item):
            block = builder.add(kind, plain(piece), level=level)
            if block and fmt == "md" and title is None and kind == "heading" and level == 1:
                title = block.text
    return builder.finish(title=title, posted=posted)


def _front_matter(lines: list[str]) -> tuple[tuple[str | None, date | None], list[str]]:
    """A post's front matter is the publisher's metadata, not the paper: its title is the document's
    title, its date the day it was posted (never the meeting's, though it gives a year), and
    its tags no text to read. The (title, posted) it gives, and the lines after it."""
    none: tuple[str | None, date | None] = (None, None)
    start = next(
        (k for k, line in enumerate(lines) if line.strip(" \t\ufeff")), len(lines)
    )  # past blank lines, a BOM
    if start == len(lines) or lines[start].strip(" \t\ufeff") != "---":
        return none, lines
    end = next(
        (
            k
            for k in range(start + 1, min(len(lines), start + _FRONT_MATTER_REACH))
            if lines[k].strip() in ("---", "...")
        ),
        None,
    )
    if end is None or not any(_FRONT_KEY_LINE.match(line) for line in lines[start + 1 : end]):
        return none, lines
    head = [line.strip() for line in lines[start + 1 : end]]
    titles = [m.group(2) for line in head if (m := _FRONT_TITLE.match(line))]
    days = [m.group(1) for line in head if (m := _FRONT_DATE.match(line))]
    try:
        posted = date.fromisoformat(days[0]) if days else None
    except ValueError:
        posted = None
    return (titles[0] if titles else None, posted), lines[end + 1 :]


def _unescape(text: str) -> str:
    """Markdown's text as a reader sees it: a link or image as its words ("[Original file](https://…)" is
    "Original file"), escaped characters as themselves."""
    return _MD_ESCAPE.sub(r"\1", _MD_LINK.sub(r"\1", text))


def _wrap_width(lines: list[str]) -> int:
    """The width text was wrapped at: the 95th percentile length of long prose lines, else no limit."""
    lengths = sorted(
        len(line.strip())
        for line in lines
        if "\t" not in line and len(line.strip()) >= 40 and not _COLUMNS.search(line.strip())
    )
    if len(lengths) < 3:
        return 10**9
    return lengths[int(0.95 * (len(lengths) - 1))]


def _double_spaced(lines: list[str]) -> bool:
    """Text converted from a PDF a line at a time, with a blank line after every line: there a
    blank line does not end a paragraph, and a sentence goes on over it."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < DOUBLE_SPACED_MIN_LINES:
        return False
    single = sum(
        1 for i in filled if i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip()
    )
    return single >= DOUBLE_SPACED_SHARE * len(filled)


def _goes_on(block: _Block, line: str) -> bool:
    """In double-spaced text, is `line` (after a blank line) the rest of the block's sentence? Only
    when the block's last line has no closing punctuation (a title's "Cllr." is none) and `line` cannot
    start anything new: it begins in lower case, or the last line ended on a comma, a joining word or a
    title ("… on the proposal of Cllr." / "Fogarty, seconded …")."""
    previous, following = block.lines[-1].strip(), line.strip()
    if block.kind == "heading" or _COLUMNS.search(previous):
        return False
    if re.search(r"[.!?:;*]['\"\u2019\u201d)]*$", previous) and not _TITLE_END.search(previous):
        return False
    if _LETTERED.match(following):
        return False  # "a) Dog bin …" opens an entry of its own
    return following[:1].islower() or bool(_JOINING_END.search(previous) or _TITLE_END.search(previous))


_TITLE_END = re.compile(
    r"\b(?:Cllrs?|Mr|Mrs|Ms|Dr|Supt|Insp|Sgt|Rev|St|No)\.$"
)  # "… on the proposal of Cllr."


def _parse(lines: list[str], width: int) -> list[_Block | _Table]:
    out: list[_Block | _Table] = []
    current: _Block | None = None
    double_spaced = _double_spaced(lines)
    after_blank = False
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _GRID_RULE.match(line):
            table, i = _grid_table(lines, i)
            out.append(table)
            current = None
            continue
        if i + 1 < len(lines) and _SIMPLE_RULE.match(lines[i + 1]) and stripped:
            table, i = _simple_table(lines, i)
            out.append(table)
            current = None
            continue
        if _starts_table(line):
            table, i = _table(lines, i)
            out.append(table)
            current = None
            continue
        i += 1
        if stripped and after_blank:
            after_blank = False
            if current and _goes_on(current, line):
                current.lines.append(line.rstrip())
                continue
            current = None
        if not stripped:
            if double_spaced and current and not after_blank:
                after_blank = True  # decided at the next line
            else:
                current, after_blank = None, False
        elif _SETEXT.match(stripped) and current and current.kind == "paragraph" and len(current.lines) == 1:
            current.kind, current.level, current = "heading", 1 if stripped[0] == "=" else 2, None
        elif _HR.match(stripped):
            current = None
        elif heading := _HEADING.match(stripped):
            out.append(_Block("heading", [heading.group(2)], len(heading.group(1))))
            current = None
        elif item := _LIST.match(line):
            current = _Block("list_item", [line.rstrip()], len(item.group(1).expandtabs(4)) // 2 + 1)
            out.append(current)
        elif current and current.kind != "heading" and _continues(current, line, width):
            current.lines.append(line.rstrip())
        elif _BOLD_LINE.match(stripped) and len(stripped) <= 120:
            out.append(_Block("heading", [stripped]))
            current = None
        else:
            current = _Block("paragraph", [line.rstrip()])
            out.append(current)
    return out


def _continues(block: _Block, line: str, width: int) -> bool:
    """Is `line` the wrapped continuation of the block's last line?

    Greedy wrapping fills a line until the next word does not fit, so a line that leaves room
    for the next line's first word ended on purpose. Widths are counted in characters of what
    was set in a proportional font, hence the slack. Lines laid out in columns never join.
    """
    previous = block.lines[-1].strip()
    following = line.strip()
    if block.kind == "list_item" and line[:1] in (" ", "\t"):
        return True
    if _centred_run_on(block.lines[-1], line):
        return True
    if _wraps_its_column(block.lines[-1], line):
        return True
    if _COLUMNS.search(previous) or _COLUMNS.search(following):
        return False
    if previous.endswith("-") and following[:1].islower():
        return True
    if (
        _LETTERED.match(following)
        or _LOG_REF.match(following)
        or following.startswith(("RESOLVED", "AGREED"))
        or (_LABEL_LINE.match(following) and _LABEL_LINE.match(block.lines[-1].strip()))
    ):
        # "15/33 Finance" then "a) It was proposed …", "RESOLVED that …", an action log's "02/19: report on …":
        # an entry starts a block of its own
        return False
    if (
        block.kind == "list_item"
        and len(block.lines) == 1
        and len(previous.split()) <= _TITLE_WORDS
        and following[:1].isupper()
        and not re.search(r"[.!?:;,]$", previous)
    ):
        return False  # "3. Minutes of the last meeting" then "The minutes were approved.": a title, then its minute
    if not re.search(r"[.!?:;]['\"\u2019\u201d)]*$", previous):
        if following[:1].islower():
            return True
    elif _REF.match(following) or _MARKED.match(following):
        return False
    return len(previous) + 1 + len(following.split()[0]) > 0.9 * width


def _centred_run_on(previous: str, line: str) -> bool:
    """A centred title wrapped over two lines ("MINUTES OF MEETING OF BALLYKINVARA JOINT POLICING" over
    "COMMITTEE"): both lines indented about one centre, the first closed by no punctuation."""
    a, b = previous.expandtabs(4), line.expandtabs(4)
    indent_a, indent_b = len(a) - len(a.lstrip()), len(b) - len(b.lstrip())
    if (
        min(indent_a, indent_b) < _CENTRED_INDENT
        or re.search(r"[.:;,]$", a.strip())
        or any(re.search(r"\S\s{3,}\S", text.strip()) for text in (a, b))
    ):
        return False  # (a line of columns is no title)
    centre_a, centre_b = indent_a + len(a.strip()) / 2, indent_b + len(b.strip()) / 2
    return abs(centre_a - centre_b) <= _CENTRE_SLACK and a.strip().isupper() == b.strip().isupper()


_CENTRED_INDENT = 6  # spaces before a centred line
_CENTRE_SLACK = 3  # characters two centred lines' centres may differ by


def _wraps_its_column(previous: str, line: str) -> bool:
    """ "  PEG 25-01  Finalise strategic assessment and circulate for comment" then, indented to that text's column,
    "             (include alcohol admissions data)   SM   21/03/25": a row whose text wrapped in its column,
    its owner and timescale on the second line."""
    indent = len(line) - len(line.lstrip(" "))
    column = re.search(r"\S {2,}(?=\S)", previous)
    return (
        indent >= _COLUMN_INDENT
        and column is not None
        and column.end() == indent
        and not _COLUMNS.search(previous[column.end() :])
        and bool(_COLUMNS.search(line.strip()))
    )


def _pieces(block: _Block) -> list[tuple[BlockKind, str, int | None]]:
    """A block's text as clean blocks: `<p>`, `<br>` and `<li>` inside it start new ones."""
    raw = _join(block.lines)
    bullet = _LIST.match(raw) if block.kind == "list_item" else None
    if bullet and bullet.group(2):
        raw = bullet.group(3)
    out: list[tuple[BlockKind, str, int | None]] = []
    kind: BlockKind
    for tag, piece in _split_tags(raw):
        text = clean(piece)
        if text:
            if tag == "li":
                kind, level = "list_item", block.level if block.kind == "list_item" else 1
            else:
                kind, level = (block.kind, block.level) if not out else ("paragraph", None)
            out.append((kind, text, level))
    return out


def _join(lines: list[str]) -> str:
    """Wrapped lines as one; a word broken by a hyphen at the line end loses only the space."""
    out = ""
    for line in lines:
        line = line.strip()
        if out.endswith("-") and out[-2:-1].isalpha() and line[:1].islower():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def _split_tags(raw: str) -> list[tuple[str, str]]:
    """Text cut at block tags, each piece with the (lower-case) tag that opened it ("" at the start)."""
    pieces, tag, start = [], "", 0
    for match in _BLOCK_TAG.finditer(raw):
        pieces.append((tag, raw[start : match.start()]))
        tag = "" if match.group(1) else match.group(2).lower()
        start = match.end()
    pieces.append((tag, raw[start:]))
    return pieces


# Markdown's emphasis around a phrase: "*Action point: … junction.*", "_Posted on 3 May_" (not "2 * 3", "my_file")
_EMPHASIS = re.compile(
    r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])|(?<![\w_\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![\w_])"
)


def clean(text: str) -> str:
    """Tags out, entities decoded, bold and emphasis markers dropped, spaces collapsed (a wide gap stays two)."""
    text = html.unescape(_TAG.sub(" ", _INLINE_TAG.sub("", text))).replace("**", "")
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return "  ".join(part for part in (" ".join(chunk.split()) for chunk in _WIDE.split(text)) if part)


def cell_paragraphs(raw: str) -> list[str]:
    """A cell's paragraphs: its `<p>`, `<li>` and `<br>` pieces, and text set apart by wide gaps."""
    return [part for _, piece in _split_tags(raw) for part in clean(piece).split("  ") if part.strip()]


def _starts_table(line: str) -> bool:
    """A tab row with at least two filled cells, or a Markdown pipe row."""
    if _is_pipe_row(line):
        return True
    return "\t" in line.strip() and sum(1 for cell in line.split("\t") if clean(cell)) >= 2


def _is_pipe_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and len(_PIPE.findall(stripped)) >= 2


def _cells(line: str, pipe: bool) -> list[str]:
    if not pipe:
        return line.rstrip("\n").split("\t")
    stripped = line.strip()
    stripped = stripped[1:] if stripped.startswith("|") else stripped
    stripped = stripped[:-1] if stripped.endswith("|") and not stripped.endswith("\\|") else stripped
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(stripped)]


def _table(lines: list[str], start: int) -> tuple[_Table, int]:
    """Rows from `start` on; returns the table and the index of the first line after it."""
    pipe = _is_pipe_row(lines[start])
    is_row = _is_pipe_row if pipe else (lambda line: "\t" in line and bool(line.strip()))
    table = _Table()
    width = 0
    i = start
    while i < len(lines):
        line = lines[i]
        if _RULE_ROW.match(line) and line.strip() and ("\t" in line or pipe):
            i += 1
            continue
        if not line.strip():
            after = _next_content(lines, i)
            if (
                after < len(lines)
                and is_row(lines[after])
                and abs(len(_cells(lines[after], pipe)) - width) <= 1
            ):
                i = after
                continue
            break
        if not is_row(line):
            break
        cells = _cells(line, pipe)
        width = max(width, len(cells))
        table.rows.append(cells)  # rows stay as written: the extractor knows a page-broken row
        i += 1
    return table, i


_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")  # a pandoc grid table's border: +-----+------+
_SIMPLE_RULE = re.compile(r"^ *-{3,}(?: +-{3,})+ *$")  # a pandoc simple table's rule under its header


def _grid_table(lines: list[str], start: int) -> tuple[_Table, int]:
    """A grid table: the borders give the columns, and each cell's lines between two borders are its text
    (wrapped lines joined, a blank line between paragraphs)."""
    table = _Table()
    bounds = [k for k, ch in enumerate(lines[start].rstrip()) if ch == "+"]
    cells: list[list[str]] = [[] for _ in bounds[1:]]
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if _GRID_RULE.match(line):
            if any(cells):
                table.rows.append([_cell_text(c) for c in cells])
            cells = [[] for _ in bounds[1:]]
            i += 1
            continue
        if not line.strip().startswith("|"):
            break
        for k, (left, right) in enumerate(itertools.pairwise(bounds)):
            cells[k].append(line[left + 1 : right].strip())
        i += 1
    return table, i


def _simple_table(lines: list[str], start: int) -> tuple[_Table, int]:
    """A simple table: a header line, a rule of dash runs that fixes the columns, rows until a blank line
    (a row whose first column is empty continues the row above)."""
    rule = lines[start + 1]
    runs = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    starts = [left for left, _ in runs] + [10**6]

    def split(line: str) -> list[str]:
        return [line[a:b].strip() for a, b in zip([0, *starts[1:-1]], starts[1:])]

    rows = [[[c] for c in split(lines[start])]]
    i = start + 2
    while i < len(lines) and lines[i].strip() and not _SIMPLE_RULE.match(lines[i]):
        cells = split(lines[i])
        if cells[0] or not rows[1:]:
            rows.append([[c] for c in cells])
        else:
            for k, c in enumerate(cells):
                rows[-1][k].append(c)
        i += 1
    if i < len(lines) and _SIMPLE_RULE.match(lines[i]):
        i += 1  # a closing rule
    return _Table(rows=[[_cell_text(c) for c in row] for row in rows]), i


def _cell_text(lines: list[str]) -> str:
    """A cell's lines as its text: wrapped lines joined, paragraphs (split by blank lines) set apart by a wide gap."""
    paragraphs = " ".join(line if line else "\n" for line in lines).split("\n")
    return "  ".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _next_content(lines: list[str], i: int) -> int:
    """The index of the next line that is neither blank nor a rule row."""
    while i < len(lines) and (not lines[i].strip() or _RULE_ROW.match(lines[i])):
        i += 1
    return i
