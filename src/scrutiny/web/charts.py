"""Charts drawn on the server as inline SVG: no JavaScript, readable by a screen reader.

`monthly_bars` draws actions raised and closed per month as pairs of bars. The SVG is an image
with a name and a description (`role="img"`, `<title>`, `<desc>` saying what it shows and the
busiest month); the page puts the same figures in a table beside it for anyone who cannot see
the chart. Every text in the SVG is escaped.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from markupsafe import Markup, escape

RAISED_COLOUR = "#1d70b8"  # GOV.UK blue
CLOSED_COLOUR = "#0f7a52"  # GOV.UK green
AXIS_COLOUR = "#505a5f"
GRID_COLOUR = "#cecece"
TEXT_COLOUR = "#0b0c0c"


class MonthFigures(Protocol):
    year: int
    month: int
    raised: int
    closed: int


@dataclass(frozen=True)
class Layout:
    left: int = 44
    right: int = 12
    top: int = 34
    bottom: int = 44
    group: int = 34  # width of one month
    height: int = 180  # plot height
    min_width: int = 720


def nice_max(value: int) -> int:
    """A round axis top at or above `value`: 1, 2, 5 or 10 times a power of ten (at least 4)."""
    if value <= 4:
        return 4
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover


def ticks(top: int, count: int = 4) -> list[int]:
    step = top / count
    return [round(step * i) for i in range(count + 1)]


def month_label(year: int, month: int) -> str:
    return f"{calendar.month_name[month]} {year}"


def describe(months: Sequence[MonthFigures]) -> str:
    """One or two plain sentences for the chart's <desc>."""
    if not months:
        return "No actions have been raised or closed yet."
    first, last = months[0], months[-1]
    raised = sum(m.raised for m in months)
    closed = sum(m.closed for m in months)
    busiest = max(months, key=lambda m: (m.raised, m.year, m.month))
    text = (
        f"From {month_label(first.year, first.month)} to {month_label(last.year, last.month)}, "
        f"{raised:,} actions were raised and {closed:,} were closed."
    )
    if busiest.raised:
        text += f" Most were raised in {month_label(busiest.year, busiest.month)} ({busiest.raised:,})."
    return text


def monthly_bars(
    months: Sequence[MonthFigures], title: str, chart_id: str = "chart", layout: Layout = Layout()
) -> Markup:
    """Raised (blue) and closed (green) bars per month, with a y axis, month labels and a legend."""
    ids = {"title": f"{chart_id}-title", "desc": f"{chart_id}-desc"}
    L = layout
    if months:  # spread few months over the minimum width
        L = replace(L, group=max(L.group, min(72, (L.min_width - L.left - L.right) // len(months))))
    plot_w = max(L.min_width - L.left - L.right, L.group * max(1, len(months)))
    width = L.left + plot_w + L.right
    height = L.top + L.height + L.bottom
    top = nice_max(max([m.raised for m in months] + [m.closed for m in months] + [0]))
    scale = L.height / top
    base = L.top + L.height
    parts: list[str] = [
        f'<svg class="app-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{ids["title"]} {ids["desc"]}" '
        f'preserveAspectRatio="xMinYMin meet" font-family="arial, sans-serif" font-size="12">',
        f'<title id="{ids["title"]}">{escape(title)}</title>',
        f'<desc id="{ids["desc"]}">{escape(describe(months))}</desc>',
    ]
    for value in ticks(top):  # grid and y axis labels
        y = base - value * scale
        parts.append(
            f'<line x1="{L.left}" x2="{L.left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID_COLOUR}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{L.left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT_COLOUR}">{value:,}</text>'
        )
    bar = min(24, (L.group - 10) / 2)
    for i, mf in enumerate(months):
        x0 = L.left + i * L.group + (L.group - 2 * bar) / 2
        for j, (value, colour, what) in enumerate(
            ((mf.raised, RAISED_COLOUR, "raised"), (mf.closed, CLOSED_COLOUR, "closed"))
        ):
            h = value * scale
            parts.append(
                f'<rect x="{x0 + j * bar:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                f"<title>{escape(month_label(mf.year, mf.month))}: {value:,} {what}</title></rect>"
            )
        cx = x0 + bar
        parts.append(
            f'<text x="{cx:.1f}" y="{base + 16}" text-anchor="middle" fill="{TEXT_COLOUR}">'
            f"{calendar.month_abbr[mf.month]}</text>"
        )
        if i == 0 or mf.month == 1:
            parts.append(
                f'<text x="{cx:.1f}" y="{base + 32}" text-anchor="middle" fill="{AXIS_COLOUR}">{mf.year}</text>'
            )
    parts.append(
        f'<line x1="{L.left}" x2="{L.left + plot_w}" y1="{base}" y2="{base}" stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    # legend, top left
    parts.append(f'<rect x="{L.left}" y="8" width="12" height="12" fill="{RAISED_COLOUR}"/>')
    parts.append(f'<text x="{L.left + 18}" y="18" fill="{TEXT_COLOUR}">Raised</text>')
    parts.append(f'<rect x="{L.left + 80}" y="8" width="12" height="12" fill="{CLOSED_COLOUR}"/>')
    parts.append(f'<text x="{L.left + 98}" y="18" fill="{TEXT_COLOUR}">Closed</text>')
    if not months:
        parts.append(
            f'<text x="{L.left + plot_w / 2:.1f}" y="{L.top + L.height / 2:.1f}" text-anchor="middle" '
            f'fill="{AXIS_COLOUR}">No actions yet</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
