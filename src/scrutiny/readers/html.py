"""HTML reader (selectolax/lexbor): the page's main content as headings, paragraphs, lists and tables.

Site chrome goes first: navigation, banners, footers, forms, breadcrumbs, scripts, skip links.
A table whose cells hold headings or runs of paragraphs is page layout, not data (committee
systems such as ModernGov lay out agenda items that way), so its cells become ordinary blocks,
with an item-number cell put in front of the heading beside it ("24. Police and Crime Plan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scrutiny.document import Document, DocumentBuilder
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


@dataclass
class _Event:
    """A block found while walking: heading, paragraph or list item (text), or table (rows)."""

    kind: str
    text: str = ""
    level: int | None = None
    rows: list[list[list[str]]] | None = None


def read_html(text: str, path: Path, sha256: str) -> Document:
    """Read an HTML page's main content into a `Document`; `<title>` becomes the title."""
    tree = LexborHTMLParser(text)
    title_node = tree.css_first("title")
    title = " ".join(title_node.text(deep=True).split()) if title_node else ""
    skip_target = _skip_target(tree)
    markings = _drop_chrome(tree)
    root = _content_root(tree, skip_target)
    builder = DocumentBuilder(path.name, sha256, "html")
    for marking in markings:
        builder.add("paragraph", marking)
    for event in _Walker().walk(root).events if root else []:
        if event.kind == "table":
            builder.add_table(event.rows or [])
        else:
            builder.add(event.kind, event.text, level=event.level)
    return builder.finish(title=title or None)


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


class _Walker:
    """Walks a subtree, gathering inline text into the current block and emitting blocks in order."""

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self.buffer: list[str] = []
        self.kind, self.level = "paragraph", None
        self.depth = 0

    def walk(self, node: LexborNode) -> _Walker:
        self._children(node)
        self._flush()
        return self

    def _children(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            self._node(child)

    def _node(self, node: LexborNode) -> None:
        tag = node.tag
        if tag == "-text":
            self.buffer.append((node.text_content or "").replace("\n", " ").replace("\r", " "))
        elif tag == "br":
            self.buffer.append("\n")
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
            self.buffer.append(node.text(deep=True) or "")
            self._flush()
        elif tag in _BLOCK:
            self._flush()
            self.depth += tag in _LISTS
            self._children(node)
            self.depth -= tag in _LISTS
            self._flush()
        elif not tag.startswith("-") and tag != "_comment":
            self._children(node)

    def _list_item(self, node: LexborNode) -> None:
        self._flush()
        outer = self.kind, self.level
        self.kind, self.level = "list_item", max(self.depth, 1)
        self._children(node)
        self._flush()
        self.kind, self.level = outer

    def _flush(self) -> None:
        """The gathered inline text as blocks of the current kind, one per line break."""
        text, self.buffer = "".join(self.buffer), []
        for line in text.split("\n"):
            line = " ".join(line.split())
            if line:
                self._emit(_Event(self.kind, line, self.level))

    def _emit(self, event: _Event) -> None:
        if event.text or event.rows:
            self.events.append(event)

    def _table(self, node: LexborNode) -> None:
        grid = [[(cell, _Walker().walk(cell).events) for cell in _cells(row)] for row in _rows(node)]
        if _is_layout(grid):
            for row in grid:
                self._layout_row(row)
        else:
            self._emit(_Event("table", rows=_data_rows(grid)))

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
    out = []
    for event in events:
        if event.rows is not None:
            out.extend(p for row in event.rows for cell in row for p in cell)
        else:
            out.append(event.text)
    return out


def _span(cell: LexborNode, name: str) -> int:
    value = (cell.attributes.get(name) or "1").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1
