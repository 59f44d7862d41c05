"""HTML reader (selectolax/lexbor): the page's main content as headings, paragraphs, lists and tables.

Site chrome goes first: navigation, banners, footers, forms, breadcrumbs, scripts, skip links.
A table whose cells hold headings or runs of paragraphs is page layout, not data (committee
systems such as ModernGov lay out agenda items that way), so its cells become ordinary blocks,
with an item-number cell put in front of the heading beside it ("24. Police and Crime Plan").
"""

from __future__ import annotations

import contextlib
import ctypes
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from scrutiny.document import BlockKind, Document, DocumentBuilder
from scrutiny.exempt import running_marking

_DROP = (
    "script, style, noscript, template, nav, aside, svg, iframe, object, button, select, textarea, "
    "[role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true], [hidden]"
)
_ROOTS = ("main", "[role=main]", "#content", "#main-content", "#maincontent", "article")
_CHROME_NAME = re.compile(
    r"breadcrumb|cookie|skip-?link|masthead|(?:top|left|side|sub|site)-?nav|navbar|site-?search", re.I
)
_BLOCK = set(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form header hgroup hr html legend li main menu ol p "
    "pre section summary table tbody td tfoot th thead tr ul".split()
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LISTS = {"ul", "ol", "menu", "dir"}
_ITEM_NUMBER = re.compile(r"^(?:item\s+)?\d{1,3}[a-z]?(?:\.\d{1,3})*[.)]?$", re.I)  # "24.", "3a", "7.1"
# Past this depth a page is flattened before it is parsed, as browsers do (Blink stops nesting at
# 512): the parser checks the open elements for each new block, so deep nesting costs it the
# square of the page's length (200,000 nested divs: minutes).
MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])[^>]*>")
# Elements that open nothing to close: void ones, and those whose end tag may be left out.
_UNNESTED = set(
    "area base br col embed hr img input link meta source track wbr "
    "p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption head body html rb rt rp".split()
)


@dataclass(slots=True)
class _Event:
    """A block found while walking: heading, paragraph or list item (text), or table (rows)."""

    kind: BlockKind
    text: str = ""
    level: int | None = None
    rows: list[list[list[str]]] | None = None


def read_html(text: str, path: Path, sha256: str) -> Document:
    """Read an HTML page's main content into a `Document`; `<title>` becomes the title."""
    title, markings, events = _walk(text)
    _give_back_freed_memory()
    builder = DocumentBuilder(path.name, sha256, "html")
    for marking in markings:
        builder.add("paragraph", marking)
    for event in events:
        if event.kind == "table":
            builder.add_table(event.rows or [])
        else:
            builder.add(event.kind, event.text, level=event.level)
    return builder.finish(title=title or None)


def _walk(text: str) -> tuple[str, list[str], list[_Event]]:
    """The page's title, protective markings and blocks. The parsed tree (many times the size of
    the page) is gone when this returns, before the `Document` is built from the blocks."""
    try:
        tree = LexborHTMLParser(_flatten(text))
    except SelectolaxError:  # lexbor takes any text; it fails only when it cannot get memory
        raise MemoryError from None
    title_node = tree.css_first("title")
    title = " ".join(title_node.text(deep=True).split()) if title_node else ""
    skip_target = _skip_target(tree)
    markings = _drop_chrome(tree)
    root = _content_root(tree, skip_target)
    events: list[_Event] = []
    if root is not None:
        _Walker(events.append).walk(root)
    return title, markings, events


def _give_back_freed_memory() -> None:
    """Return the freed tree's memory to the system (glibc keeps it otherwise, and the `Document`'s
    small objects cannot reuse it), so a long page's peak is its tree or its document, not both."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the memory is only reused later
        ctypes.CDLL(None).malloc_trim(0)


def _flatten(text: str) -> str:
    """`text` with the tags nested past `MAX_DEPTH` taken out; a block's tag becomes a `<br>`,
    so its text still stands apart. Tags are counted as written: end tags left out only ever
    make the depth seem greater, and the cost of that is a flatter page, not a lost word."""
    cuts: list[tuple[int, int, str]] = []
    depth = 0
    for tag in _TAG.finditer(text):
        name = tag.group(2).lower()
        if name in _UNNESTED:
            continue
        if not tag.group(1):
            depth += 1
        if depth > MAX_DEPTH:
            cuts.append((tag.start(), tag.end(), "<br>" if name in _BLOCK else ""))
        if tag.group(1):
            depth = max(0, depth - 1)
    if not cuts:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, replacement in cuts:
        parts += (text[pos:start], replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _drop_chrome(tree: LexborHTMLParser) -> list[str]:
    """Remove what every page of the site repeats round the content; return the protective markings
    ("OFFICIAL-SENSITIVE") it held, which mark the whole page and so are kept, at the top."""
    doomed = list(tree.css(_DROP))
    for node in tree.css("header, footer"):
        if not _inside(node, {"main", "article"}):
            doomed.append(node)
    for node in tree.css("form"):
        if not node.css_first("main, article, h1, h2, table"):
            doomed.append(node)
    for node in tree.css("[class], [id]"):
        if _CHROME_NAME.search(f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"):
            doomed.append(node)
    for node in tree.css("a"):
        if node.text(deep=True).strip().lower().startswith("skip to"):
            doomed.append(node)
    markings: list[str] = []
    for node in doomed:
        if node.parent is not None:
            for line in node.text(deep=True, separator="\n").splitlines():
                if (marking := running_marking(line)) is not None and marking not in markings:
                    markings.append(marking)
            node.decompose()
    return markings


def _inside(node: LexborNode, tags: set[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _skip_target(tree: LexborHTMLParser) -> LexborNode | None:
    """The element a "Skip to content" link jumps to: the page's own idea of where content starts."""
    for link in tree.css("a[href^='#']"):
        if link.text(deep=True).strip().lower().startswith("skip to"):
            target = (link.attributes.get("href") or "#")[1:]
            for node in tree.css("[id]"):
                if target and node.attributes.get("id") == target:
                    return node
    return None


def _content_root(tree: LexborHTMLParser, skip_target: LexborNode | None) -> LexborNode | None:
    """`<main>` or its like, else the skip link's target, else a lone `<article>`, else the body."""
    for selector in _ROOTS:
        found = tree.css(selector)
        if selector == "article" and skip_target is not None:
            return skip_target
        if len(found) == 1 or (found and selector != "article"):
            return found[0]
    return skip_target or tree.body or tree.root


@dataclass(slots=True)
class _State:
    """Where a walk's blocks go and the block being gathered: the page's own, or a table cell's."""

    emit: Callable[[_Event], None]
    buffer: list[str] = field(default_factory=list)
    kind: BlockKind = "paragraph"
    level: int | None = None
    depth: int = 0  # lists open round the current node


_Frame = tuple[Iterator[Any], Callable[[], None] | None]  # children still to visit, what to do after them


class _Walker:
    """Walks a subtree, gathering inline text into the current block and emitting blocks in order.

    The walk keeps its own stack rather than recursing, so elements nested any depth cost no
    more than flat ones (Python's recursion limit would stop at about a thousand).
    """

    def __init__(self, emit: Callable[[_Event], None]) -> None:
        self.state = _State(emit)
        self.outer: list[_State] = []  # the walks round the table cell being walked
        self.stack: list[_Frame] = []

    def walk(self, root: LexborNode) -> None:
        self._enter(root)
        while self.stack:
            children, after = self.stack[-1]
            child = next(children, None)
            if child is None:
                self.stack.pop()
                if after is not None:
                    after()
            elif isinstance(child, tuple):
                self._cell(*child)
            else:
                self._node(child)
        self._flush()

    def _enter(self, node: LexborNode, after: Callable[[], None] | None = None) -> None:
        self.stack.append((node.iter(include_text=True), after))

    def _node(self, node: LexborNode) -> None:
        tag, state = node.tag, self.state
        if tag == "-text":
            state.buffer.append((node.text_content or "").replace("\n", " ").replace("\r", " "))
        elif tag == "br":
            state.buffer.append("\n")
        elif tag in _HEADINGS:
            self._flush()
            self._emit(_Event("heading", inline_text(node), int(tag[1])))
        elif tag == "table":
            self._flush()
            self._table(node)
        elif tag == "li":
            self._list_item(node)
        elif tag == "pre":
            self._flush()
            state.buffer.append(node.text(deep=True) or "")
            self._flush()
        elif tag in _BLOCK:
            self._flush()
            opens_list = tag in _LISTS
            state.depth += opens_list

            def after() -> None:
                state.depth -= opens_list
                self._flush()

            self._enter(node, after)
        elif tag is not None and not tag.startswith("-") and tag != "_comment":
            self._enter(node)

    def _list_item(self, node: LexborNode) -> None:
        self._flush()
        state = self.state
        outer = state.kind, state.level
        state.kind, state.level = "list_item", max(state.depth, 1)

        def after() -> None:
            self._flush()
            state.kind, state.level = outer

        self._enter(node, after)

    def _flush(self) -> None:
        """The gathered inline text as blocks of the current kind, one per line break."""
        state = self.state
        text, state.buffer = "".join(state.buffer), []
        for line in text.split("\n"):
            line = " ".join(line.split())
            if line:
                self._emit(_Event(state.kind, line, state.level))

    def _emit(self, event: _Event) -> None:
        if event.text or event.rows:
            self.state.emit(event)

    def _table(self, node: LexborNode) -> None:
        """Walk each cell as a page of its own, then emit the table, or its cells if it is layout."""
        grid: list[list[tuple[LexborNode, list[_Event]]]] = [[] for _ in _rows(node)]
        cells = ((row, cell) for row, tr in zip(grid, _rows(node)) for cell in _cells(tr))

        def after() -> None:
            if _is_layout(grid):
                for row in grid:
                    self._layout_row(row)
            else:
                self._emit(_Event("table", rows=_data_rows(grid)))

        self.stack.append((cells, after))

    def _cell(self, row: list[tuple[LexborNode, list[_Event]]], cell: LexborNode) -> None:
        events: list[_Event] = []
        self.outer.append(self.state)
        self.state = _State(events.append)

        def after() -> None:
            self._flush()
            self.state = self.outer.pop()
            row.append((cell, events))

        self._enter(cell, after)

    def _layout_row(self, row: list[tuple[LexborNode, list[_Event]]]) -> None:
        """A layout row's cells as blocks; a lone item number joins the heading in the next cell."""
        if all(cell.tag == "th" for cell, _ in row):
            return
        prefix = ""
        for _, events in row:
            if len(events) == 1 and events[0].kind == "paragraph" and _ITEM_NUMBER.match(events[0].text):
                prefix = events[0].text
                continue
            for event in events:
                if prefix and event.kind == "heading":
                    event.text, prefix = f"{prefix} {event.text}", ""
                elif prefix:
                    self._emit(_Event("paragraph", prefix))
                    prefix = ""
                self._emit(event)
        if prefix:
            self._emit(_Event("paragraph", prefix))


def inline_text(node: LexborNode) -> str:
    """A node's text on one line; a `<br>` counts as a space, not as nothing."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br":
            parts.append(" ")
    return " ".join("".join(parts).split())


def _rows(table: LexborNode) -> list[LexborNode]:
    """The table's own rows, not those of tables nested in its cells."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(grand for grand in child.iter() if grand.tag == "tr")
    return rows


def _cells(row: LexborNode) -> list[LexborNode]:
    return [cell for cell in row.iter() if cell.tag in ("td", "th")]


def _is_layout(grid: list[list[tuple[LexborNode, list[_Event]]]]) -> bool:
    """Cells holding headings, or (in a narrow table) several paragraphs, are page layout."""
    width = max((len(row) for row in grid), default=0)
    for row in grid:
        for _, events in row:
            if any(event.kind == "heading" for event in events):
                return True
            if width <= 2 and sum(event.kind == "paragraph" for event in events) >= 3:
                return True
    return False


def _data_rows(grid: list[list[tuple[LexborNode, list[_Event]]]]) -> list[list[list[str]]]:
    """Rows of cells of paragraphs; a cell spanning rows leaves empty cells below it."""
    rows: list[list[list[str]]] = []
    pending: dict[int, int] = {}  # grid column -> rows still covered by a rowspan above
    for row in grid:
        out: list[list[str]] = []
        col = 0
        for cell, events in row:
            while pending.get(col, 0) > 0:
                pending[col] -= 1
                out.append([])
                col += 1
            out.append(_paragraphs(events))
            span, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for c in range(col, col + span):
                if down > 1:
                    pending[c] = down - 1
            col += span
        rows.append(out)
    return rows


def _paragraphs(events: list[_Event]) -> list[str]:
    """A cell's paragraphs: each block's text, nested tables' cells in reading order."""
    out: list[str] = []
    for event in events:
        if event.rows is not None:
            out.extend(p for row in event.rows for cell in row for p in cell)
        else:
            out.append(event.text)
    return out


def _span(cell: LexborNode, name: str) -> int:
    value = (cell.attributes.get(name) or "1").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1
