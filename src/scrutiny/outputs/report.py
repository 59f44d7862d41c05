"""The "actions arising and their status" report a Police and Crime Panel asks for.

`build_report` reads the store once into a `Report` (plain dataclasses: a title, the day it is
as of, a summary row per meeting, then each meeting's actions with their owners, due date,
status and latest update with its source); `to_markdown`, `to_html` and `to_docx` render that
same content. Public by default, by the one rule (`store.visibility.action_detail`): Part II
(restricted) actions, and actions of restricted documents, are left out, and an update read from
a Part II passage keeps its status but not its words, unless `include_restricted` asks for everything.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from scrutiny.store.detail import ActionDetail
from scrutiny.store.queries import ActionFilter, list_actions
from scrutiny.store.visibility import action_detail  # the one rule: Part II passages withheld
from scrutiny.words import STATUS_LABELS

if TYPE_CHECKING:
    from docx.table import Table

SUMMARY_HEADERS = ("Meeting", "Actions", "Open", "In progress", "Complete/closed", "Overdue")
ACTION_HEADERS = ("Ref", "Action", "Owner(s)", "Due", "Status", "Latest update")


@dataclass
class ReportAction:
    id: int
    ref: str | None
    text: str
    owners: list[str]
    due: str | None
    status: str
    overdue: bool
    overdue_days: int | None
    restricted: bool
    update: str | None  # the latest update, "" when none beyond the meeting itself
    update_source: str | None  # "document, p. N" or "recorded by NAME"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status.replace("_", " ").capitalize())

    @property
    def overdue_label(self) -> str:
        """ "OVERDUE – N days" (or just "OVERDUE" when only a paper says so); "" when not overdue."""
        if not self.overdue:
            return ""
        if self.overdue_days:
            return f"OVERDUE – {self.overdue_days} day{'s' if self.overdue_days != 1 else ''}"
        return "OVERDUE"

    @property
    def status_text(self) -> str:
        return f"{self.status_label} ({self.overdue_label})" if self.overdue else self.status_label

    @property
    def update_text(self) -> str:
        if not self.update and not self.update_source:
            return "—"
        parts = [self.update or ""]
        if self.update_source:
            recorded = self.update_source.startswith(("recorded", "minutes"))
            parts.append(f"({self.update_source})" if recorded else f"(source: {self.update_source})")
        return " ".join(p for p in parts if p)


@dataclass
class ReportMeeting:
    id: int
    body: str | None
    date: dt.date | None
    document: str
    actions: list[ReportAction] = field(default_factory=list)

    @property
    def heading(self) -> str:
        day = self.date.strftime("%-d %B %Y") if self.date else "undated"
        return f"{self.body or 'Unknown body'} – {day}"

    def counts(self) -> tuple[int, int, int, int, int]:
        """(actions, open, in progress, complete or closed, overdue)."""
        a = self.actions
        return (
            len(a),
            sum(x.status in ("open", "overdue", "deferred") for x in a),
            sum(x.status == "in_progress" for x in a),
            sum(x.status in ("complete", "closed") for x in a),
            sum(x.overdue for x in a),
        )


@dataclass
class Report:
    title: str
    as_of: dt.date
    scope: str  # which body and meeting dates
    meetings: list[ReportMeeting]
    include_restricted: bool

    def summary_rows(self) -> list[tuple[str, ...]]:
        rows = [(mt.heading, *map(str, mt.counts())) for mt in self.meetings]
        totals = [sum(mt.counts()[i] for mt in self.meetings) for i in range(5)]
        rows.append(("Total", *map(str, totals)))
        return rows

    @property
    def subtitle(self) -> str:
        note = "" if self.include_restricted else " Part II (exempt) items are not included."
        return f"Status as of {self.as_of.strftime('%-d %B %Y')}. {self.scope}.{note}"


def _source(document: str | None, page: int | None) -> str | None:
    if not document:
        return None
    return f"{document}, p. {page}" if page else document


def _report_action(detail: ActionDetail) -> ReportAction:
    owners = [o.name or o.owner for o in detail.owners]
    latest = None
    for event in detail.history:
        if event.source in ("update", "person"):
            latest = event
    if latest is None:  # its meeting's paper, named above the table, is its only word
        update = "No update since the meeting"
        source = f"minutes, p. {detail.page}" if detail.page else None
    else:
        day = latest.date.isoformat() if latest.date else ""
        what = STATUS_LABELS.get(latest.status, latest.status) if latest.status else None
        said = latest.evidence if latest.source == "update" else latest.note  # the paper's words
        text = "; ".join(p for p in (what, said if said != what else None) if p)
        update = f"{day}: {text}" if day and text else day or text
        if latest.source == "update":
            source = _source(latest.document, latest.page)
        else:
            source = f"recorded by {latest.actor}" if latest.actor else "recorded in the register"
    return ReportAction(
        id=detail.id,
        ref=detail.ref,
        text=detail.text,
        owners=owners,
        due=detail.due_date.isoformat() if detail.due_date else (detail.due or detail.due_text),
        status=detail.status,
        overdue=detail.overdue,
        overdue_days=detail.overdue_days,
        restricted=detail.restricted,
        update=update,
        update_source=source,
    )


def build_report(
    session: Session,
    *,
    body: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    as_of: dt.date | None = None,
    include_restricted: bool = False,
) -> Report:
    """The report's content: each matching meeting (date order) with its actions."""
    day = as_of or dt.date.today()
    f = ActionFilter(body=body, meeting_from=since, meeting_to=until, restricted=include_restricted)
    rows = list_actions(session, f, as_of=day, order="meeting", limit=None)
    meetings: dict[int, ReportMeeting] = {}
    for row in rows:
        detail = action_detail(session, row.id, include_restricted, day)
        if detail is None:  # e.g. an action of a restricted document, for the public
            continue
        meeting = meetings.setdefault(
            row.meeting_id, ReportMeeting(row.meeting_id, row.body, row.meeting_date, row.document)
        )
        meeting.actions.append(_report_action(detail))
    ordered = sorted(  # date order, any undated meeting last
        meetings.values(), key=lambda mt: (mt.date is None, mt.date or dt.date.min, mt.body or "", mt.id)
    )
    bodies = sorted({mt.body for mt in ordered if mt.body})
    title = "Actions arising and their status"
    if body and len(bodies) == 1:
        title = f"{bodies[0]}: {title.lower()}"
    scope = []
    if not bodies:
        scope.append("No actions match")
    elif body or len(bodies) == 1:
        scope.append(f"{'Body' if len(bodies) == 1 else 'Bodies'}: {', '.join(bodies)}")
    else:
        scope.append(f"All bodies ({len(bodies)})")
    if since or until:
        scope.append(
            "meetings "
            + (f"from {since.isoformat()} " if since else "")
            + (f"to {until.isoformat()}" if until else "")
        )
    return Report(title, day, "; ".join(s.strip() for s in scope), ordered, include_restricted)


# --- Markdown -------------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    text = " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("<", "&lt;") or " "  # no markup from the papers reaches a renderer


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[str]], escape: bool = True) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(_md_cell(c) if escape else c for c in row) + " |" for row in rows]
    return lines


def _action_cells(a: ReportAction) -> tuple[str, ...]:
    owners = ", ".join(a.owners) or "—"
    return (a.ref or "", a.text, owners, a.due or "—", a.status_text, a.update_text)


def to_markdown(report: Report) -> str:
    out = [f"# {report.title}", "", _md_cell(report.subtitle), "", "## Summary", ""]
    out += _md_table(SUMMARY_HEADERS, report.summary_rows())
    for mt in report.meetings:
        out += ["", f"## {_md_cell(mt.heading)}", "", f"Source: {_md_cell(mt.document)}", ""]
        rows = []
        for a in mt.actions:
            cells = [_md_cell(c) for c in _action_cells(a)]
            if a.overdue:  # the label is ours: bold, not escaped
                cells[4] = f"{a.status_label} (**{a.overdue_label}**)"
            rows.append(cells)
        out += _md_table(ACTION_HEADERS, rows, escape=False)
    if not report.meetings:
        out += ["", "No actions match."]
    return "\n".join(out) + "\n"


# --- HTML -----------------------------------------------------------------------------------------

CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2em; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.num { text-align: right; }
td.due, .overdue { white-space: nowrap; }
.overdue { color: #a00; font-weight: bold; }
tr.total td { font-weight: bold; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  @page { size: A4 landscape; margin: 15mm; }
  h2 { page-break-after: avoid; }
  table { page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #e8e8e8 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def to_html(report: Report) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(report.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{e(report.title)}</h1>",
        f"<p>{e(report.subtitle)}</p>",
        "<h2>Summary</h2>",
        '<table class="summary">',
        "<thead><tr>" + "".join(f'<th scope="col">{e(h)}</th>' for h in SUMMARY_HEADERS) + "</tr></thead>",
        "<tbody>",
    ]
    rows = report.summary_rows()
    for i, row in enumerate(rows):
        cls = ' class="total"' if i == len(rows) - 1 else ""
        cells = f'<th scope="row">{e(row[0])}</th>' + "".join(f'<td class="num">{e(c)}</td>' for c in row[1:])
        out.append(f"<tr{cls}>{cells}</tr>")
    out += ["</tbody>", "</table>"]
    for mt in report.meetings:
        out += [
            "<section>",
            f"<h2>{e(mt.heading)}</h2>",
            f"<p>Source: {e(mt.document)}</p>",
            '<table class="actions">',
            "<thead><tr>" + "".join(f'<th scope="col">{e(h)}</th>' for h in ACTION_HEADERS) + "</tr></thead>",
            "<tbody>",
        ]
        for a in mt.actions:
            ref, text, owners, due, _, update = _action_cells(a)
            status = e(a.status_label)
            if a.overdue:
                status += f' <strong class="overdue">{e(a.overdue_label)}</strong>'
            cls = ' class="overdue-row"' if a.overdue else ""
            due_cell = f'<td class="due">{e(due)}</td>'
            out.append(
                f"<tr{cls}><td>{e(ref)}</td><td>{e(text)}</td><td>{e(owners)}</td>{due_cell}"
                f"<td>{status}</td><td>{e(update)}</td></tr>"
            )
        out += ["</tbody>", "</table>", "</section>"]
    if not report.meetings:
        out.append("<p>No actions match.</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- DOCX -----------------------------------------------------------------------------------------


SUMMARY_WIDTHS = (4.0, 1.2, 1.2, 1.2, 1.2, 1.2)  # inches, of the 10 between a landscape A4's margins
ACTION_WIDTHS = (0.7, 3.3, 1.3, 1.0, 1.4, 2.3)


def to_docx(report: Report, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)  # A4 landscape
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    doc.core_properties.title = report.title
    doc.add_heading(report.title, level=0)
    doc.add_paragraph(report.subtitle)
    doc.add_heading("Summary", level=1)

    def table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float]) -> Table:
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        t.autofit = False
        header = t.rows[0]
        repeat = OxmlElement("w:tblHeader")  # the header row again on each page the table runs to
        repeat.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(repeat)
        for cell, h in zip(header.cells, headers):
            shade = OxmlElement("w:shd")
            shade.set(qn("w:val"), "clear")
            shade.set(qn("w:fill"), "E8E8E8")
            cell._tc.get_or_add_tcPr().append(shade)
            cell.paragraphs[0].add_run(h).bold = True
        for row in rows:
            cells = t.add_row().cells
            for cell, value in zip(cells, row):
                cell.text = value
        for column, width in zip(t.columns, widths):  # the grid, which LibreOffice reads
            column.width = Inches(width)
        for row in t.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Inches(width)
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
        return t

    summary = table(SUMMARY_HEADERS, report.summary_rows(), SUMMARY_WIDTHS)
    for cell in summary.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for mt in report.meetings:
        doc.add_heading(mt.heading, level=1)
        doc.add_paragraph(f"Source: {mt.document}")
        t = table(ACTION_HEADERS, [], ACTION_WIDTHS)
        for a in mt.actions:
            cells = t.add_row().cells  # type: ignore[no-untyped-call]  # python-docx leaves add_row unannotated
            for cell, width in zip(cells, ACTION_WIDTHS):
                cell.width = Inches(width)
            ref, text, owners, due, _, update = _action_cells(a)
            for cell, value in zip(cells, (ref, text, owners, due, None, update)):
                p = cell.paragraphs[0]
                if value is None:
                    p.add_run(a.status_label).font.size = Pt(9)
                    if a.overdue:
                        p.add_run(" ")
                        run = p.add_run(a.overdue_label)
                        run.bold = True
                        run.font.size = Pt(9)
                        run.font.color.rgb = RGBColor(0xAA, 0x00, 0x00)
                else:
                    p.add_run(value).font.size = Pt(9)
    if not report.meetings:
        doc.add_paragraph("No actions match.")
    doc.save(str(path))


FORMATS = ("docx", "html", "md")


def write_report(report: Report, fmt: str, path: Path) -> None:
    if fmt == "docx":
        to_docx(report, path)
    elif fmt == "html":
        path.write_text(to_html(report), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_markdown(report), encoding="utf-8")
    else:  # pragma: no cover - the CLI's choice forbids it
        raise ValueError(f"unknown format {fmt!r}")
