"""Tables on a PDF page: from the ruling lines drawn round cells, or from aligned columns of text.

Word and LibreOffice draw cell borders as thin path objects; their crossings give the grid, and
each run of text falls in the cell that holds it. Borderless tables are found from lines whose
runs stand apart in columns that line up over several lines.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from scrutiny.readers.pdf_layout import (
    Line,
    Run,
    Table,
    group_lines,
    is_bullet,
    paragraphs,
    read_box,
    split_line,
    typical_leading,
)

_THIN = 3.0  # a path thinner than this (points) is a rule
_TOL = 2.0  # rules this close count as touching, or as one
_MAX_OBJECTS = 20_000  # past this a page is a drawing, not a board paper: skip its rules
_MAX_RULES = 400


@dataclass
class _Rule:
    """A horizontal (pos = y) or vertical (pos = x) rule from lo to hi along its length."""

    pos: float
    lo: float
    hi: float


@dataclass
class _Grid:
    """Column edges left to right, row edges top to bottom, and the vertical rules drawn."""

    xs: list[float]
    ys: list[float]
    verticals: list[_Rule]

    def holds(self, run: Run) -> bool:
        x, y = (run.x0 + run.x1) / 2, (run.y0 + run.y1) / 2
        return self.xs[0] - 1 <= x <= self.xs[-1] + 1 and self.ys[-1] - 1 <= y <= self.ys[0] + 1

    def ruled_at(self, x: float, y: float) -> bool:
        return any(
            abs(rule.pos - x) <= _TOL and rule.lo - _TOL <= y <= rule.hi + _TOL for rule in self.verticals
        )


def ruled_tables(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, runs: list[Run]
) -> tuple[list[Table], list[Run]]:
    """Tables drawn with ruling lines, and the runs left outside them."""
    horizontals, verticals = _rules(page)
    if not horizontals or not verticals:
        return [], runs
    tables = []
    for grid in _grids(horizontals, verticals):
        inside = [run for run in runs if grid.holds(run)]
        table = _fill(grid, inside, textpage)
        if table:
            tables.append(table)
            taken = {id(run) for run in inside}
            runs = [run for run in runs if id(run) not in taken]
    return tables, runs


def _rules(page: pdfium.PdfPage) -> tuple[list[_Rule], list[_Rule]]:
    """Thin path objects, and the straight edges of small paths, as horizontal and vertical rules."""
    horizontals: list[_Rule] = []
    verticals: list[_Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    if count > _MAX_OBJECTS:
        return [], []
    for i in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        if height <= _THIN < width:
            horizontals.append(_Rule((bottom.value + top.value) / 2, left.value, right.value))
        elif width <= _THIN < height:
            verticals.append(_Rule((left.value + right.value) / 2, bottom.value, top.value))
        elif width > _THIN and height > _THIN:
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if segments in (4, 5):  # a rectangle: a cell's box or its shading
                x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
                horizontals += [_Rule(y0, x0, x1), _Rule(y1, x0, x1)]
                verticals += [_Rule(x0, y0, y1), _Rule(x1, y0, y1)]
            elif segments <= 16:
                _edges(obj, horizontals, verticals)
        if len(horizontals) + len(verticals) > _MAX_RULES:
            return [], []
    return horizontals, verticals


def _edges(obj: object, horizontals: list[_Rule], verticals: list[_Rule]) -> None:
    """The straight axis-aligned edges of a small path (a cell box or a shaded cell)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    start = current = (0.0, 0.0)
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = (
            matrix.a * x.value + matrix.c * y.value + matrix.e,
            matrix.b * x.value + matrix.d * y.value + matrix.f,
        )
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            _edge(current, point, horizontals, verticals)
        current = point
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            _edge(current, start, horizontals, verticals)
            current = start


def _edge(
    a: tuple[float, float], b: tuple[float, float], horizontals: list[_Rule], verticals: list[_Rule]
) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y1 - y0) <= 1 and abs(x1 - x0) > _THIN:
        horizontals.append(_Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= 1 and abs(y1 - y0) > _THIN:
        verticals.append(_Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _merge(rules: list[_Rule]) -> list[_Rule]:
    """Collinear rules that touch or overlap as one (a row border is often drawn cell by cell)."""
    merged: list[_Rule] = []
    for rule in sorted(rules, key=lambda rule: (round(rule.pos), rule.lo)):
        last = merged[-1] if merged else None
        if last and abs(last.pos - rule.pos) <= 1 and rule.lo <= last.hi + _TOL:
            last.hi = max(last.hi, rule.hi)
        else:
            merged.append(_Rule(rule.pos, rule.lo, rule.hi))
    return merged


def _grids(horizontals: list[_Rule], verticals: list[_Rule]) -> list[_Grid]:
    """Groups of rules that cross one another, each as a grid of at least two columns."""
    horizontals, verticals = _merge(horizontals), _merge(verticals)
    parent = list(range(len(horizontals) + len(verticals)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # verticals by position, so each horizontal looks only at those within its span
    by_pos = sorted(range(len(verticals)), key=lambda j: verticals[j].pos)
    positions = [verticals[j].pos for j in by_pos]
    for i, h in enumerate(horizontals):
        first = bisect.bisect_left(positions, h.lo - _TOL)
        for j in by_pos[first : bisect.bisect_right(positions, h.hi + _TOL)]:
            v = verticals[j]
            if v.lo - _TOL <= h.pos <= v.hi + _TOL:
                root, other = find(i), find(j + len(horizontals))
                if root != other:
                    parent[other] = root
    groups: dict[int, tuple[list[_Rule], list[_Rule]]] = defaultdict(lambda: ([], []))
    for i, h in enumerate(horizontals):
        groups[find(i)][0].append(h)
    for j, v in enumerate(verticals, start=len(horizontals)):
        groups[find(j)][1].append(v)
    grids = []
    for hs, vs in groups.values():
        if not hs or not vs:
            continue
        xs = _cluster([v.pos for v in vs] + [min(h.lo for h in hs), max(h.hi for h in hs)])
        ys = _cluster([h.pos for h in hs] + [min(v.lo for v in vs), max(v.hi for v in vs)])[::-1]
        if len(xs) >= 3 and len(ys) >= 2:
            grids.append(_Grid(xs, ys, vs))
    return grids


def _cluster(values: list[float]) -> list[float]:
    """Sorted positions with near-duplicates (double rules, rule ends) merged."""
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= _TOL * 2:
            continue
        out.append(value)
    return out


def _fill(grid: _Grid, runs: list[Run], textpage: pdfium.PdfTextPage) -> Table | None:
    """Put each run in its cell; a grid with text in fewer than two columns is not a table."""
    cells: dict[tuple[int, int], list[Run]] = defaultdict(list)
    downward = [-y for y in grid.ys]
    for run in runs:
        for piece in _split(run, grid, textpage):
            row = bisect.bisect_right(downward, -(piece.y0 + piece.y1) / 2) - 1
            col = bisect.bisect_right(grid.xs, piece.x0 + 1) - 1
            cells[min(max(row, 0), len(grid.ys) - 2), min(max(col, 0), len(grid.xs) - 2)].append(piece)
    columns = sorted({col for _, col in cells})
    if len(columns) < 2:
        return None
    lines = {key: group_lines(found) for key, found in cells.items()}
    leading = typical_leading(lines.values())
    rights = {
        col: max(line.x1 for (_, c), found in lines.items() if c == col for line in found) for col in columns
    }
    rows = [
        [
            [para.text for para in paragraphs(lines.get((row, col), []), rights[col], leading, cell=True)]
            for col in columns
        ]
        for row in range(len(grid.ys) - 1)
    ]
    return Table(rows=[row for row in rows if any(row)], top=grid.ys[0])


def _split(run: Run, grid: _Grid, textpage: pdfium.PdfTextPage) -> list[Run]:
    """A run that crosses a drawn column rule, cut at the rule (pdfium can merge adjacent cells)."""
    y = (run.y0 + run.y1) / 2
    cuts = [x for x in grid.xs[1:-1] if run.x0 + _TOL < x < run.x1 - _TOL and grid.ruled_at(x, y)]
    if not cuts:
        return [run]
    edges = [run.x0, *cuts, run.x1]
    pieces = []
    for a, b in itertools.pairwise(edges):
        text = read_box(textpage, a, run.y0, b, run.y1)
        if text.strip():
            pieces.append(Run(a, run.y0, b, run.y1, text, run.size, run.bold, run.base))
    return pieces


def aligned_tables(lines: list[Line], leading: float) -> tuple[list[Table], list[Line]]:
    """Borderless tables: two or more lines split into columns that line up. Returns tables, other lines."""
    tables, flow = [], []
    i = 0
    while i < len(lines):
        found = _aligned_from(lines, i, leading)
        if found:
            table, i = found
            tables.append(table)
        else:
            flow.append(lines[i])
            i += 1
    return tables, flow


def _aligned_from(lines: list[Line], start: int, leading: float) -> tuple[Table, int] | None:
    first = split_line(lines[start])
    if (
        len(first) < 2
        or is_bullet(first[0].text)
        or (len(first) == 2 and _ITEM_NUMBER.match(first[0].text.strip()))
    ):
        return (
            None  # "•<tab>Ruth Harcourt, …", "1.<tab>MINUTES OF THE OCTOBER MEETING": a list set with a tab
        )
        # ("2.1<tab>The minutes …", a minute's paragraphs numbered by item, are read as a table: their wrapped lines hang)
    starts = [segment.x0 for segment in first]
    members = [(lines[start], first, list(range(len(first))))]
    end = start + 1
    while end < len(lines):
        above, line = lines[end - 1], lines[end]
        if above.base - line.base > 2.5 * leading * line.size:
            break
        segments = _at_columns(split_line(line), starts)
        columns = _columns(segments, starts)
        if columns is None:
            break
        members.append((line, segments, columns))
        end += 1
    if sum(1 for _, segments, _ in members if len(segments) > 1) < 2:
        return None
    return _aligned_table(members, starts, leading), end


_CELL_GAP = 2.0  # points: a cell's text ends this far before the next column at least
_CENTRED_EMS = 1.5  # a centred cell's text may begin this many ems left of where the column's first began
_ITEM_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]$")
_LIST_NUMBER = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]|\d{1,3}(?:\.\d{1,2})+\.?)$", re.I)
_CELL_GAP_EMS = (
    0.5  # a run at a column's start after a gap this wide (wider than a space) begins the next cell
)


def _at_columns(segments: list[Line], starts: list[float]) -> list[Line]:
    """Segments cut again where a run begins a column of the table: a cell's text wrapped close to the next
    column ("… phased over 2025/26" then "Finance / OPCC") stands apart by less than a line's usual gap."""
    out: list[Line] = []
    for segment in segments:
        parts: list[list[Run]] = [[segment.runs[0]]]
        for previous, run in zip(segment.runs, segment.runs[1:]):
            begins = any(previous.x1 < x - _CELL_GAP and abs(run.x0 - x) <= 4 for x in starts)
            numbered = _LIST_NUMBER.match(
                "".join(r.text for r in parts[-1]).strip()
            )  # "3." hanging: a list, not cells
            if begins and not numbered and run.x0 - previous.x1 > _CELL_GAP_EMS * run.size:
                parts.append([run])
            else:
                parts[-1].append(run)
        out.extend([Line(part) for part in parts] if len(parts) > 1 else [segment])
    return out


def _columns(segments: list[Line], starts: list[float]) -> list[int] | None:
    """The column of each segment, or None if one strays across a column edge."""
    columns: list[int] = []
    for segment in segments:
        col = max((k for k, x in enumerate(starts) if x - 4 <= segment.x0), default=None)
        if (
            col is not None
            and col + 1 < len(starts)
            and segment.x1 > starts[col + 1] - 2
            and segment.x0 >= starts[col + 1] - _CENTRED_EMS * segment.size
            and not (columns and columns[-1] >= col + 1)
        ):
            col += 1  # "AF / RM" centred in a narrow Action column begins a little left of where "RM" did
        if (
            col is None
            or (col + 1 < len(starts) and segment.x1 > starts[col + 1] - 2)
            or (columns and col <= columns[-1])
        ):
            return None
        columns.append(col)
    return columns


def _aligned_table(
    members: list[tuple[Line, list[Line], list[int]]], starts: list[float], leading: float
) -> Table:
    """Lines of a borderless table into rows: a row starts with text in the first column (unless that
    text carries on a sentence in lower case), or after a wider gap than the line pitch."""
    rows: list[list[list[Line]]] = []
    above: Line | None = None
    for line, segments, columns in members:
        gap = above.base - line.base if above else 0.0
        starts_row = 0 in columns and not segments[0].text[:1].islower()
        if (
            above is None
            or starts_row
            or (len(segments) > 1 and gap > leading * line.size + max(1.2, 0.12 * line.size))
        ):
            rows.append([[] for _ in starts])
        for segment, col in zip(segments, columns):
            rows[-1][col].append(segment)
        above = line
    rights = [max((seg.x1 for row in rows for seg in row[col]), default=0.0) for col in range(len(starts))]
    cells = [
        [
            [para.text for para in paragraphs(cell, rights[col], leading, cell=True)] if cell else []
            for col, cell in enumerate(row)
        ]
        for row in rows
    ]
    return Table(rows=cells, top=members[0][0].top)
