#!/usr/bin/env python3
"""Writes the unseen set's Word and PDF papers from the text below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), and each gold file names the sha256 of the bytes it was written for.

    .venv/bin/python tests/corpus/unseen/build.py

The PDFs are laid out as a word processor prints them: running headers and footers on every page,
numbered paragraphs with a hanging indent, ruled tables whose cells wrap, and (for one paper) an Action
column at the right margin holding the initials of whoever is to act on the paragraph beside it.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: the PDF writer of the reader tests
from corpus.papers import paragraph, ruled_table, write_missing
from readers.pdfgen import Page, make_pdf

CHAR = 0.6  # Courier's advance, as a share of the font size


class Sheet:
    """Lines laid down the pages of a PDF, with a running header and footer drawn on each page once the
    number of pages is known."""

    def __init__(
        self,
        chrome: Callable[[Page, int, int], None],
        size: float = 9.5,
        leading: float = 12.0,
        top: float = 735,
        bottom: float = 72,
    ):
        self.chrome, self.size, self.leading, self.top, self.bottom = chrome, size, leading, top, bottom
        self.pages: list[Page] = []
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, lines: int) -> None:
        if self.y - (lines - 1) * self.leading < self.bottom:
            self.new_page()

    def chars(self, width_pt: float) -> int:
        return int(width_pt / (CHAR * self.size))

    def gap(self, share: float = 0.7) -> None:
        self.y -= self.leading * share

    def line(self, text: str, x: float = 50, bold: bool = False) -> None:
        self.need(1)
        if text:
            self.page.text(x, self.y, text, self.size, bold)
        self.y -= self.leading

    def para(
        self,
        text: str,
        x: float = 50,
        right: float = 562,
        bold: bool = False,
        number: str | None = None,
        number_x: float = 50,
        margin: str | None = None,
        margin_x: float = 500,
    ) -> None:
        """A wrapped paragraph; `number` hangs to its left, `margin` (an owner's initials) sits in the
        right-hand column beside its first line."""
        lines = textwrap.wrap(text, self.chars(right - x)) or [""]
        self.need(min(len(lines), 2))
        for i, line in enumerate(lines):
            self.need(1)
            if i == 0 and number:
                self.page.text(number_x, self.y, number, self.size, bold)
            if i == 0 and margin:
                self.page.text(margin_x, self.y, margin, self.size, True)
            self.page.text(x, self.y, line, self.size, bold)
            self.y -= self.leading
        self.gap(0.5)

    def pairs(self, rows: list[tuple[str, str]], x: float = 50, x2: float = 215) -> None:
        """Two columns without rules (a name, then a role), as attendance is often set."""
        for left, right in rows:
            lines = textwrap.wrap(right, self.chars(562 - x2)) or [""]
            self.need(len(lines))
            self.page.text(x, self.y, left, self.size)
            for line in lines:
                self.page.text(x2, self.y, line, self.size)
                self.y -= self.leading

    def table(self, columns: list[float], rows: list[list[str]], right: float = 562) -> None:
        """A ruled table: `columns` are the left edges of its columns; the first row is the header, in bold."""
        edges = [*columns, right]
        for r, row in enumerate(rows):
            cells = [
                textwrap.wrap(text, self.chars(edges[c + 1] - edges[c] - 8), break_long_words=False) or [""]
                for c, text in enumerate(row)
            ]
            height = max(len(c) for c in cells)
            self.need(height + 1)
            top = self.y + self.leading - 3
            for c, lines in enumerate(cells):
                for i, line in enumerate(lines):
                    self.page.text(edges[c] + 4, self.y - i * self.leading, line, self.size, r == 0)
            self.y -= height * self.leading
            bottom = self.y + self.leading - 5
            self.page.rule(edges[0], top, right, top)
            self.page.rule(edges[0], bottom, right, bottom)
            for edge in edges:
                self.page.rule(edge, top, edge, bottom)
            self.y -= 4
        self.gap(0.6)

    def pdf(self) -> bytes:
        for n, page in enumerate(self.pages, 1):
            self.chrome(page, n, len(self.pages))
        return make_pdf(self.pages)


# --- Tarnwick: a PCC accountability board (PDF from Word), an action log reviewed, an action schedule ---


def tarnwick_accountability_board(path: Path) -> None:
    def chrome(page: Page, n: int, total: int) -> None:
        page.text(510, 765, "OFFICIAL", 8, True)
        page.text(50, 40, "Tarnwick OPCC Accountability Board - Minutes - 19.11.2024", 7.5)
        page.text(480, 40, f"Page {n} of {total}", 7.5)

    s = Sheet(chrome)
    for line in (
        "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR TARNWICK",
        "ACCOUNTABILITY BOARD",
        "MINUTES OF THE MEETING HELD ON TUESDAY 19 NOVEMBER 2024 AT 10:00",
        "COMMITTEE ROOM 2, GREYSTONE HOUSE, TARNWICK",
    ):
        s.line(line, bold=True)
    s.gap()
    s.line("PRESENT:", bold=True)
    s.pairs(
        [
            ("Bernard J Holloway", "Police and Crime Commissioner (BJH) - Chair"),
            ("Marian Atherley", "Chief Executive, OPCC (MA)"),
            ("Colin Rudge", "Chief Finance Officer, OPCC (CR)"),
            ("Dawn Pilkington", "Chief Constable (CC)"),
            ("Stephen Marr", "Deputy Chief Constable (DCC)"),
            ("Priya Nandra", "Assistant Chief Constable (ACC)"),
            ("Karen Oduya", "Director of Finance, Tarnwick Police (KO)"),
        ]
    )
    s.gap()
    s.line("IN ATTENDANCE:", bold=True)
    s.pairs(
        [
            ("Lewis Brace", "Policy Officer, OPCC (minutes)"),
            ("Supt Graham Fell", "Head of Contact Management (item 5 only)"),
        ]
    )
    s.gap()
    s.line("APOLOGIES:", bold=True)
    s.pairs([("Hannah Siddall", "Head of Communications, OPCC")])
    s.gap()

    def item(title: str) -> None:
        s.gap(0.3)
        s.line(title, bold=True)
        s.gap(0.3)

    def n(num: str, text: str) -> None:
        s.para(text, x=85, number=num)

    item("1.   INTRODUCTIONS AND APOLOGIES")
    n(
        "1.1",
        "The PCC welcomed those present. Apologies were noted from Hannah Siddall. There were no declarations "
        "of interest.",
    )
    item("2.   MINUTES OF THE PREVIOUS MEETING AND ACTION LOG")
    n(
        "2.1",
        "The minutes of the meeting held on 17 September 2024 were agreed as an accurate record, subject to the "
        "correction of the figure for police staff vacancies at minute 4.2 from 118 to 181.",
    )
    n("2.2", "The action log was reviewed and updated as follows:")
    for entry in (
        "21/24: Breakdown of rural crime by district to be circulated. DCC, October 24. Complete - circulated to "
        "Board members on 4 October.",
        "23/24: Options paper on the replacement of body worn video. DCC, November 24. Ongoing - the national "
        "procurement framework is still to be confirmed; paper now expected January 25.",
        "24/24: Revised complaints review leaflet to be published. MA, October 24. Complete.",
        "25/24: 101 call abandonment recovery plan to be reported to the Board. Supt Fell, November 24. Complete - "
        "see item 5.",
        "26/24: Estates strategy 2025-2030 to come to the Board. KO, November 24. Deferred to March 25 at the "
        "request of the Chief Constable.",
    ):
        s.para(entry, x=110, number="-", number_x=92)
    n("2.3", "There were no other matters arising.")
    item("3.   PERFORMANCE AGAINST THE POLICE AND CRIME PLAN - QUARTER 2 2024/25")
    n(
        "3.1",
        "The DCC presented the quarter 2 performance report. Total recorded crime had fallen by 3.2% compared "
        "with the same period last year, largely because of reductions in theft of and from motor vehicles. "
        "Violence with injury had risen by 4.1%, with the increase concentrated in the night-time economy of "
        "Tarnwick town centre and Ellerby.",
    )
    n(
        "3.2",
        "The PCC asked what was being done to address the rise. The DCC explained that Operation Nightjar had "
        "been launched on 4 October and that officers would continue to patrol both town centres on Friday and "
        "Saturday nights until the new year, supported by licensing officers and by street marshals funded "
        "through the Safer Streets programme.",
    )
    n(
        "3.3",
        "The PCC asked for a breakdown of violence with injury by licensed premises, so that the OPCC could "
        "discuss the figures with the two licensing authorities.",
    )
    n(
        "3.4",
        "The Chief Executive reminded the Board that the PCC had written to the Minister for Policing on "
        "1 November about the rural element of the funding formula; a reply was awaited.",
    )
    n(
        "3.5",
        "Positive outcome rates for residential burglary had improved to 9.8%. The CC attributed this to the "
        "dedicated burglary team established in April. The report was noted.",
    )
    item("4.   FINANCE - REVENUE AND CAPITAL MONITORING, QUARTER 2")
    n(
        "4.1",
        "KO presented the report. The revenue budget was forecast to overspend by £1.3m, mainly because of "
        "overtime linked to Operation Nightjar and to mutual aid provided to other forces in August. Capital "
        "slippage of £4.6m was forecast, chiefly on the refurbishment of Ellerby custody suite, where the main "
        "contractor had gone into administration.",
    )
    n(
        "4.2",
        "The CFO asked that future monitoring reports break overtime down by cause, distinguishing planned "
        "operations, mutual aid and backfill for sickness. KO agreed to do so from the next report.",
    )
    n(
        "4.3",
        "The PCC approved the virement of £250,000 from the estates reserve to the fleet budget, as set out at "
        "paragraph 6 of the report.",
    )
    n(
        "4.4",
        "The PCC said he hoped the Home Office would confirm the pensions grant before Christmas, so that the "
        "budget could be finalised in good time for the Police and Crime Panel.",
    )
    item("5.   CONTACT MANAGEMENT - 101 PERFORMANCE")
    n(
        "5.1",
        "Supt Fell presented an update on the 101 recovery plan. The abandonment rate had fallen from 31% in "
        "June to 18% in October following the introduction of a call-back facility and the recruitment of "
        "fourteen additional call handlers. Average time to answer was now 3 minutes 50 seconds.",
    )
    n(
        "5.2",
        "The PCC asked whether the web chat service could be staffed at weekends. Supt Fell said that weekend "
        "web chat had been trialled in 2023 and had been little used; the resource was better deployed on the "
        "telephones.",
    )
    n(
        "5.3",
        "It was agreed that a further update on 101 performance, including the effect of the winter demand "
        "plan, would be brought to the Board in March 2025.",
    )
    item("6.   HMICFRS PEEL INSPECTION - AREAS FOR IMPROVEMENT")
    n(
        "6.1",
        "The ACC reported that of the nine areas for improvement identified in the 2023 PEEL inspection, the "
        "force assessed five as complete and four as in progress. HMICFRS would revisit in the spring.",
    )
    n(
        "6.2",
        "The PCC asked that the force's evidence for closing each area for improvement be shared with the OPCC "
        "before it is submitted to HMICFRS.",
    )
    n(
        "6.3",
        "MA remarked that some offices published their trackers on the PCC's website. No decision was taken "
        "on this.",
    )
    item("7.   ANY OTHER BUSINESS")
    n(
        "7.1",
        "The CC informed the Board that the force had submitted its bid to round six of the Safer Streets Fund "
        "on 8 November.",
    )
    n(
        "7.2",
        "The Chief Executive would circulate the timetable for consultation on the refreshed Police and Crime "
        "Plan to Board members.",
    )
    n("7.3", "Date of next meeting: Tuesday 21 January 2025 at 10:00, Committee Room 2, Greystone House.")
    s.gap()
    s.line("ACTION SCHEDULE", bold=True)
    s.gap(0.4)
    s.table(
        [50, 92, 360, 450],
        [
            ["ITEM", "ACTION", "OWNER", "TIMESCALE"],
            [
                "3.3",
                "Provide a breakdown of violence with injury by licensed premises to the OPCC",
                "DCC",
                "December 24",
            ],
            [
                "4.2",
                "Future monitoring reports to show overtime by cause (planned operations, mutual aid, backfill)",
                "KO",
                "January 25 Board",
            ],
            [
                "5.3",
                "Further update on 101 performance, including the winter demand plan",
                "Supt Fell",
                "March 25",
            ],
            [
                "6.2",
                "Share the force's evidence for closing each area for improvement with the OPCC before submission "
                "to HMICFRS",
                "ACC",
                "Ongoing",
            ],
        ],
    )
    path.write_bytes(s.pdf())


# --- Morlaston: a PCC Performance and Resources Board (Word), "AP14 -" with "Owner: ... Due: ..." lines ---


def _cells_table(doc: docx.document.Document, rows: list[list[str]]) -> None:
    """A ruled table whose cells hold several lines (one paragraph each), the first row in bold."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _action(doc: docx.document.Document, head: str, labels: list[str]) -> None:
    """A numbered action in bold, then its labelled lines ("Owner: ...", "Due: ...")."""
    p = doc.add_paragraph()
    p.add_run(head).bold = True
    for label in labels:
        doc.add_paragraph(label)


def morlaston_pr_board(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Office of the Police and Crime Commissioner for Morlaston", False, 10)
    paragraph(doc, "Performance and Resources Board", True, 16)
    paragraph(doc, "Minutes", True, 13)
    doc.add_paragraph(
        "Date: 4 March 2025\tTime: 14:00 – 16:30\nLocation: Conference Room, Morlaston Police HQ, "
        "Sandgate Road"
    )
    _cells_table(
        doc,
        [
            ["Present", "In attendance", "Apologies"],
            [
                "Alison Crewe, Police and Crime Commissioner (Chair)\nJames Otway, Deputy PCC\nCC Robert Haines\n"
                "DCC Fiona Leckie\nT/ACC Mark Dunmore",
                "Sarah Bellingham, OPCC Chief Executive\nNeil Parfitt, OPCC Chief Finance Officer\nAngela Moss, Director "
                "of Resources, Morlaston Police\nTom Vickery, Head of Fleet and Estates (item 5)\nJo Marsh, OPCC Business "
                "Support (notes)",
                "Anil Gupta, Head of Strategic Planning",
            ],
        ],
    )
    doc.add_heading("1. Welcome and apologies", level=2)
    doc.add_paragraph(
        "The Commissioner welcomed members to the meeting. Apologies were noted as above. T/ACC "
        "Dunmore was welcomed to his first Board in his temporary role."
    )
    doc.add_heading("2. Minutes of 14 January 2025 and progress on actions", level=2)
    doc.add_paragraph("The minutes of the meeting held on 14 January 2025 were approved as a true record.")
    doc.add_paragraph("Progress on the actions from previous meetings was reported as follows:")
    for line in (
        "AP7 – review of the custody healthcare contract – complete. The contract extension was signed on "
        "12 February.",
        "AP9 – options for the Ellmore front counter – in progress; public engagement runs until 31 March.",
        "AP10 – analysis of response times in rural beats – presented under item 3; closed.",
        "AP11 – Board to receive the force's workforce plan – deferred to May at the force's request.",
        "AP12 – CFO to confirm the reserves strategy to the Joint Audit Committee – complete.",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("3. Performance report – quarter 3 2024/25", level=2)
    doc.add_paragraph(
        "The DCC presented the quarter 3 performance report. Emergency response times in rural beats "
        "had averaged 19 minutes 40 seconds against the 20 minute standard, and 11 minutes 5 seconds in "
        "urban beats. Positive outcomes for serious acquisitive crime remained below the most similar "
        "group average. Repeat victimisation for domestic abuse had fallen for the third quarter running."
    )
    doc.add_paragraph(
        "The Commissioner asked why the Ellmore district continued to lag behind the others. The DCC "
        "said that two long-standing vacancies on the Ellmore response team had been filled in January "
        "and that an improvement should be seen in quarter 4."
    )
    doc.add_paragraph(
        "The Deputy PCC suggested that the force could use parish newsletters to promote online "
        "reporting. No action was agreed."
    )
    _action(
        doc,
        "AP13 – Provide a breakdown of rural response times by beat for the last 12 months, showing "
        "vacancy levels alongside.",
        ["Owner: DCC", "Due: 22 April 2025"],
    )
    doc.add_heading("4. Finance – 2025/26 budget and medium term financial strategy", level=2)
    doc.add_paragraph(
        "The CFO reported that the Police and Crime Panel had supported the proposed precept of "
        "£14.95 for a Band D property at its meeting on 6 February. The revenue budget for 2025/26 was "
        "£214.6m, with savings of £3.9m required in 2026/27 and a further £5.2m in 2027/28."
    )
    doc.add_paragraph(
        "The Board endorsed the 2025/26 revenue budget of £214.6m and the medium term financial "
        "strategy as presented."
    )
    doc.add_paragraph(
        "The Commissioner would continue to press the Home Office for a fairer funding settlement for "
        "rural forces through the APCC."
    )
    _action(
        doc,
        "AP14 – Circulate the final capital programme 2025/26 to 2028/29 to Board members, including "
        "slippage brought forward from 2024/25.",
        ["Owner: CFO (OPCC) / Director of Resources\tDue: 31 March 2025"],
    )
    doc.add_heading("5. Estates and fleet", level=2)
    doc.add_paragraph(
        "The Head of Fleet and Estates presented an update on the electric vehicle pilot. Twelve "
        "vehicles were in service and charging points had been installed at four sites. Early data "
        "showed running costs 38% below those of the diesel equivalents, although downtime for repairs "
        "was higher. The Commissioner asked that the business case for the next phase come back to the "
        "Board before any commitment was made."
    )
    _action(
        doc,
        "AP15 – Business case for phase 2 of the electric vehicle pilot to come to P&R before any "
        "commitment is made.",
        ["Owner: Head of Fleet and Estates", "Due: P&R July"],
    )
    doc.add_paragraph(
        "The Board approved the disposal of the former Netherby police house, subject to the valuation "
        "set out in the confidential appendix."
    )
    doc.add_heading("6. Strategic risk register", level=2)
    doc.add_paragraph(
        "The Chief Executive introduced the strategic risk register. Members discussed risk SR4 (ICT "
        "resilience) following the two outages of the command and control system in January. It was "
        "agreed that SR4 be raised from amber to red. The Chief Executive undertook to arrange a "
        "briefing on the ICT resilience risk for the Deputy PCC before the next meeting."
    )
    doc.add_paragraph(
        "SR7 (recruitment of detectives) remained amber; the force's detective academy had taken its "
        "second intake of 24 trainees in February."
    )
    doc.add_heading("7. Any other business", level=2)
    doc.add_paragraph("None.")
    doc.add_paragraph("Next meeting: Tuesday 13 May 2025, 14:00, Conference Room, Morlaston Police HQ.")
    doc.save(path)


# --- Quillbridge: a Corporate Governance Board (Word), running-prose attendance, an "Actions" bullet list ---


def quillbridge_cgb(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR QUILLBRIDGE", True, 12)
    paragraph(doc, "CORPORATE GOVERNANCE BOARD", True, 12)
    paragraph(doc, "Tuesday 7 May 2024, 09:30, Meeting Room 4, Pennant House")
    doc.add_paragraph(
        "Present: Gareth Lowry (Police and Crime Commissioner, Chair), Helen Stroud (Chief Executive, "
        "CE), Paul Amberley (Chief Finance Officer, CFO), DCC Nadia Firth (DCC), ACC Owen Briggs (ACC), "
        "Rebecca Tull (Head of Communications, HoC). Also present: Ian Meadows (Internal Audit, Tiller "
        "& Co) for item 4, and Chloe Dent (minutes). Apologies: Chief Constable Martin Shaw."
    )
    paragraph(doc, "1. Apologies and declarations of interest", True)
    doc.add_paragraph("Apologies as above. None declared.")
    paragraph(doc, "2. Minutes of the last meeting (12 March 2024) and matters arising", True)
    doc.add_paragraph("The minutes of 12 March 2024 were agreed.")
    doc.add_paragraph(
        "Matters arising: the report on the use of force data had been circulated to members on "
        "26 March. Action 2 (review of the OPCC's complaints handling): partially complete – the "
        "remaining recommendations would be reported in July. Action 4 (publication of the decision "
        "log): completed in April. Action 5 (records retention schedule): not yet started, now "
        "overdue; the CE apologised and explained that the post of information manager had been vacant "
        "since February."
    )
    paragraph(doc, "3. Police complaints and vetting", True)
    doc.add_paragraph(
        "The ACC reported that the vetting backlog had fallen from 412 cases in January to 188. The "
        "force will continue to prioritise the vetting of new recruits ahead of renewals. The PCC "
        "asked that the figures be shared with the OPCC every month until the backlog had cleared. The "
        "ACC would bring a short paper on the vetting appeals process to the July meeting."
    )
    doc.add_paragraph(
        "The CE noted that complaint reviews handled by the OPCC had risen to 61 in the year, with "
        "eleven upheld."
    )
    paragraph(doc, "4. Internal audit progress", True)
    doc.add_paragraph(
        "Ian Meadows presented the internal audit progress report. Three reports had been finalised "
        "since March: fleet management (reasonable assurance), seized property (reasonable assurance) "
        "and payroll (limited assurance). The Board recommended that the Joint Audit Committee "
        "consider the limited assurance opinion on payroll at its June meeting. The Board noted the "
        "report."
    )
    paragraph(doc, "5. Scheme of governance", True)
    doc.add_paragraph(
        "The CFO presented the revised scheme of delegation, updated for the new financial "
        "regulations. The Board agreed the revised scheme in principle, subject to the Joint Audit "
        "Committee's comments."
    )
    paragraph(doc, "6. Code of ethics and joint ethics panel", True)
    doc.add_paragraph(
        "The DCC proposed a joint ethics panel for the force and the OPCC, with independent members "
        "drawn from the community. It was agreed that a joint ethics panel should be established. "
        "The CE would circulate the draft information sharing protocol that the panel would work under."
    )
    paragraph(doc, "7. Transparency", True)
    doc.add_paragraph(
        "The HoC reported that the gifts and hospitality register had been updated to the end of "
        "March and was ready to publish. The PCC wondered whether the register could be published in "
        "a searchable format in future."
    )
    paragraph(doc, "8. Any other business", True)
    doc.add_paragraph(
        "The HoC reported that the PCC's annual report had been presented to the Police and Crime "
        "Panel on 18 April. Next meeting: Tuesday 9 July 2024, 09:30, Pennant House."
    )
    paragraph(doc, "Actions", True)
    for line in (
        "CE — circulate the draft protocol — by 20/05/24",
        "Monthly vetting figures to OPCC – ACC – ongoing",
        "CFO: revised scheme of delegation to JAC, 25 June",
        "Publish the updated gifts and hospitality register (HoC, end of May)",
        "DCC / CE – agree terms of reference for the joint ethics panel – by the July CGB",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.save(path)


# --- Drayfield: PDF minutes with an Action column at the right margin ---


def drayfield_strategic_policing_board(path: Path) -> None:
    def chrome(page: Page, n: int, total: int) -> None:
        page.text(50, 765, "Drayfield Police and Crime Commissioner - Strategic Policing Board", 7.5)
        page.text(420, 765, "10 September 2024 - OFFICIAL", 7.5)
        page.rule(50, 758, 562, 758)
        page.text(280, 40, f"{n}", 8)

    s = Sheet(chrome, size=9.5)
    s.line("STRATEGIC POLICING BOARD", x=200, bold=True)
    s.line("Minutes of the meeting held on Tuesday 10 September 2024, 10:00 - 12:30", x=110)
    s.line("Board Room, Drayfield OPCC, Kingsmead House", x=170)
    s.gap()
    s.line("Present:", bold=True)
    s.pairs(
        [
            ("Ruth Calloway (RC)", "Police and Crime Commissioner - Chair"),
            ("Ben Ashdown (BA)", "Deputy Police and Crime Commissioner"),
            ("Imran Qureshi (IQ)", "Chief Constable"),
            ("Louise Fenn (LF)", "Deputy Chief Constable"),
            ("Peter Goodwin (PG)", "Assistant Chief Constable"),
            ("Maggie Rook (MR)", "Chief Executive, OPCC"),
            ("Derek Stavely (DS)", "Chief Finance Officer, OPCC"),
            ("Joanne Pike (JP)", "Director of Finance, Drayfield Police"),
        ]
    )
    s.gap(0.5)
    s.line("In attendance:", bold=True)
    s.pairs([("Tim Cawley (TC)", "Head of Analysis, Drayfield Police"), ("Nia Powell", "Board Secretary")])
    s.gap(0.5)
    s.line("Apologies:", bold=True)
    s.pairs([("Claire Whitby (CW)", "Head of Partnerships, OPCC")])
    s.gap()
    s.line("Minute", x=50, bold=True)
    s.page.text(500, s.y + s.leading, "Action", s.size, True)
    s.page.rule(50, s.y + 3, 562, s.y + 3)
    s.gap(0.3)

    def item(title: str) -> None:
        s.line(title, bold=True)

    def n(num: str, text: str, who: str | None = None) -> None:
        s.para(text, x=85, right=480, number=num, margin=who)

    item("1. Welcome and apologies")
    n("1.1", "RC welcomed members to the meeting. Apologies were received from CW.")
    item("2. Minutes of the previous meeting and actions")
    n("2.1", "The minutes of the meeting held on 9 July 2024 were approved as a correct record.")
    n(
        "2.2",
        "Action 5 (knife crime hotspot analysis) - complete. Action 6 (briefing for the Commissioner on stalking "
        "protection orders) - complete. Action 7 (review of neighbourhood policing structures) remains open "
        "and is expected at the November Board.",
    )
    item("3. Neighbourhood policing")
    n(
        "3.1",
        "LF presented the report on neighbourhood policing. The force had 312 neighbourhood officers and 148 "
        "PCSOs in post, against an establishment of 330 and 160. Abstraction to response duties had averaged "
        "14% over the summer, rising to 22% in the coastal district in August.",
    )
    n(
        "3.2",
        "RC asked for the abstraction rates of neighbourhood officers in each district to be reported to the "
        "Board quarterly from the next meeting.",
        "LF",
    )
    n(
        "3.3",
        "BA said that parish councils in the north of the county had complained about the closure of the "
        "Hartleigh front counter. IQ said the decision had been made in 2023 after public consultation and "
        "would not be revisited.",
    )
    item("4. Serious violence duty")
    n(
        "4.1",
        "MR reported that the strategic needs assessment had been agreed by the specified authorities. The "
        "serious violence grant for 2024/25 was £412,000, of which £150,000 remained to be allocated.",
    )
    n(
        "4.2",
        "It was agreed that the OPCC would convene a workshop with the five community safety partnerships in "
        "October to agree the allocation of the remaining grant.",
        "MR",
    )
    item("5. Budget monitoring - month 4")
    n(
        "5.1",
        "JP presented the month 4 budget monitoring report. A net underspend of £0.4m was forecast, with "
        "police staff vacancies offsetting overtime pressures. The capital programme was on track.",
    )
    n(
        "5.2",
        "DS to provide the Commissioner with a note on the reserves position ahead of the precept "
        "consultation.",
        "DS",
    )
    n("5.3", "The Board approved the carry forward of £120,000 of the Safer Streets underspend into 2025/26.")
    item("6. Performance - quarter 1 2024/25")
    n(
        "6.1",
        "TC presented the quarter 1 performance summary. Domestic abuse related crime had risen by 6%, "
        "although the arrest rate had improved to 41%. Satisfaction of victims of burglary was 84%.",
    )
    n(
        "6.2",
        "TC and PG to produce a joint analysis of repeat victims of domestic abuse for the November meeting.",
        "TC / PG",
    )
    n(
        "6.3",
        "IQ said that officers would continue to carry out high-visibility patrols of the coastal resorts "
        "through September, funded from the summer policing budget.",
    )
    item("7. Any other business")
    n("7.1", "RC thanked TC, who leaves the force in October, for his work on the performance framework.")
    n("7.2", "Date of next meeting: Tuesday 12 November 2024, 10:00, Board Room, Drayfield OPCC.")
    path.write_bytes(s.pdf())


# --- Ostley: a police and crime panel's printed ModernGov minutes (PDF) ---


def ostley_panel(path: Path) -> None:
    def chrome(page: Page, n: int, total: int) -> None:
        if n > 1:
            page.text(50, 765, "Ostley Police and Crime Panel - 3 October 2024", 8)
        page.text(290, 40, f"- {n} -", 8)
        page.text(430, 55, "Chair's initials .........", 7.5)

    s = Sheet(chrome, size=10, leading=12.5)
    s.line("OSTLEY POLICE AND CRIME PANEL", x=200, bold=True)
    s.gap()
    s.para(
        "MINUTES of a meeting of the Ostley Police and Crime Panel held at County Hall, Ostley on Thursday, "
        "3 October 2024."
    )
    s.para(
        "PRESENT: Councillor M Farrow (Chair), Councillor J Ainsworth (Vice-Chair), Councillors P Hendry, "
        "S Okafor, R Lytton, D Whitlam and T Brennan; Mr K Aldous and Mrs F Ng (Independent Co-opted Members)."
    )
    s.para(
        "ALSO PRESENT: Mr C Vance (Police and Crime Commissioner), Ms A Yeats (Chief Executive, OPCC) and "
        "Mr L Grady (Chief Finance Officer, OPCC)."
    )
    s.para("OFFICERS: Mrs P Sowerby (Panel Support Officer) and Mr D Quayle (Legal Adviser).")
    s.para("The meeting commenced at 10.00 am and concluded at 12.35 pm.")
    s.gap()

    def minute(num: str, title: str, paras: list[str]) -> None:
        s.gap(0.3)
        s.line(f"{num}.   {title}", bold=True)
        for text in paras:
            s.para(text, x=86)

    minute(
        "21",
        "APOLOGIES AND SUBSTITUTIONS",
        ["An apology for absence was received from Councillor G Ridley. There were no substitutions."],
    )
    minute(
        "22",
        "DECLARATIONS OF INTEREST",
        [
            "Councillor Lytton declared a non-pecuniary interest in minute 25 as a trustee of Ostley Victim Support."
        ],
    )
    minute(
        "23",
        "MINUTES",
        [
            "RESOLVED that the minutes of the meeting held on 18 July 2024 be approved as a correct record and signed "
            "by the Chair."
        ],
    )
    minute(
        "24",
        "CONFIRMATION HEARING - PROPOSED APPOINTMENT OF DEPUTY POLICE AND CRIME COMMISSIONER",
        [
            "The Panel considered the report of the Panel Support Officer on the Commissioner's proposal to appoint "
            "Ms Rachel Dunne as Deputy Police and Crime Commissioner. Ms Dunne attended and answered members' "
            "questions about her experience in victim services, her political independence and the time she would "
            "give to the role.",
            "In answer to a question from Councillor Brennan, the Commissioner confirmed that the post would be paid "
            "at £58,000 a year, as set out in the report, and that no other candidates had been considered.",
            "It was proposed by Councillor Hendry, seconded by Councillor Okafor and, on being put to the vote, "
            "carried that the appointment be supported.",
            "RESOLVED that (1) the Panel supports the appointment of Ms Rachel Dunne as Deputy Police and Crime "
            "Commissioner; (2) the Chair write to the Commissioner informing him of the Panel's recommendation.",
        ],
    )
    minute(
        "25",
        "POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT 2023/24",
        [
            "The Commissioner introduced his annual report for 2023/24, the second year of the Police and Crime Plan "
            "2022-2025. He highlighted the opening of the Ostley Sexual Assault Referral Centre, the recruitment of "
            "96 additional officers and the reduction of the 101 waiting time to under four minutes.",
            "In answer to a question from Mr Aldous, the Commissioner confirmed that the audit of compliance with the "
            "Victims' Code had been completed in July and would be published with the force's response.",
            "Members suggested that future annual reports could include the outcomes of commissioned victim services "
            "as well as the amounts spent. The Commissioner noted the suggestion.",
            "RESOLVED that (1) the Annual Report 2023/24 be noted; (2) the Panel's comments, as set out in the minute "
            "above, be sent to the Commissioner by the Panel Support Officer within 14 days.",
        ],
    )
    minute(
        "26",
        "PANEL ARRANGEMENTS - RULES OF PROCEDURE",
        [
            "The Legal Adviser presented proposed amendments to the Panel's rules of procedure on public questions.",
            "Councillor Whitlam proposed, and Councillor Lytton seconded, that the rules of procedure be amended so "
            "that public questions may be submitted up to three clear working days before a meeting. On being put to "
            "the vote the motion was carried (7 for, 1 against, 1 abstention).",
            "An amendment proposed by Councillor Brennan, that the deadline be five clear working days, was not "
            "seconded and fell.",
        ],
    )
    minute(
        "27",
        "WORK PROGRAMME",
        [
            "The Panel considered its work programme for the remainder of 2024/25. The item on the Panel's annual "
            "report on complaints against the Commissioner was deferred, to be brought back to the next meeting. The "
            "Chief Executive (OPCC) undertook to circulate the draft refresh of the Police and Crime Plan to members "
            "before the December meeting.",
            "RESOLVED that the work programme be agreed, subject to the Budget Scrutiny Working Group meeting being "
            "moved to 16 January 2025.",
            "The next meeting will be held on Thursday 5 December 2024 at 10.00 am.",
        ],
    )
    s.gap()
    s.line("CHAIR", x=400)
    path.write_bytes(s.pdf())


# --- Kettlewick: a panel's agenda pack holding the previous minutes, an actions report and a work programme ---


def kettlewick_pack(path: Path) -> None:
    labels = {3: "Agenda Item 4", 7: "Agenda Item 5", 9: "Agenda Item 8"}

    def chrome(page: Page, n: int, total: int) -> None:
        label = next((v for k, v in sorted(labels.items(), reverse=True) if n >= k), None)
        if label and n in labels:
            page.text(470, 765, label, 9, True)
        page.text(285, 36, f"Page {n}", 8)

    s = Sheet(chrome, size=10, leading=12.5)
    s.line("KETTLEWICK POLICE AND CRIME PANEL", x=180, bold=True)
    s.line("AGENDA", x=270, bold=True)
    s.gap()
    s.pairs(
        [
            ("Date:", "Thursday, 12 June 2025"),
            ("Time:", "2.00 pm"),
            ("Venue:", "Committee Room A, Kettlewick Guildhall, Market Square, Kettlewick KW1 2GH"),
        ],
        x2=120,
    )
    s.gap()
    s.para(
        "Membership: Councillors Alan Pritchard (Chair), Bev Oyelaran (Vice-Chair), Colin Mayhew, Denise "
        "Ruddock, Eamon Tierney, Frances Quint and George Ashworth; Independent Members: Helen Yarrow and "
        "Ian Stobart."
    )
    s.para(
        "Contact: Joanna Fleet, Scrutiny Officer, tel 01632 960471, email scrutiny@kettlewick.example.gov.uk"
    )
    s.gap()
    s.line("Part 1 - items to be considered in public", bold=True)
    s.gap(0.4)
    for num, text in (
        ("1.", "Election of Chair and Vice-Chair for 2025/26"),
        ("2.", "Apologies for absence"),
        ("3.", "Declarations of interest"),
        ("4.", "Minutes of the meeting held on 20 March 2025 (Pages 3 - 6)"),
        ("5.", "Actions arising from previous meetings (Pages 7 - 8)"),
        ("6.", "Police and Crime Commissioner's Annual Report 2024/25"),
        ("7.", "Commissioner's update on the Police and Crime Plan"),
        ("8.", "Work programme 2025/26 (Page 9)"),
        ("9.", "Date of next meeting - Thursday 18 September 2025"),
    ):
        s.para(text, x=80, number=num)
    s.gap()
    s.para(
        "Filming and recording: members of the public may film or record the meeting in accordance with the "
        "Council's protocol, a copy of which is available from the Scrutiny Officer."
    )
    s.new_page()  # page 2: the blank reverse of the agenda
    s.line("This page is intentionally left blank", x=200)
    s.new_page()  # pages 3-6: the minutes
    s.line("KETTLEWICK POLICE AND CRIME PANEL", x=180, bold=True)
    s.gap(0.4)
    s.para(
        "Minutes of the meeting held on Thursday, 20 March 2025 at 2.00 pm in Committee Room A, Kettlewick "
        "Guildhall",
        bold=True,
    )
    s.para(
        "Present: Councillor Alan Pritchard (Chair); Councillors Bev Oyelaran, Colin Mayhew, Eamon Tierney, "
        "Frances Quint and Wasim Haq; Helen Yarrow (Independent Member)"
    )
    s.para(
        "Also present: Shona Lindqvist (Police and Crime Commissioner), Martin Keble (Chief Executive, OPCC), "
        "Chief Superintendent Rob Dyer (Kettlewick Police)"
    )
    s.para("Officers: Joanna Fleet (Scrutiny Officer), Kiran Bassi (Legal Services)")
    s.para("Apologies: Councillors Denise Ruddock and George Ashworth; Ian Stobart")

    def minute(num: str, title: str, paras: list[str]) -> None:
        s.gap(0.3)
        s.line(f"{num}   {title}", bold=True)
        for text in paras:
            s.para(text, x=80)

    minute(
        "45",
        "Apologies for absence",
        [
            "Apologies were received as recorded above. Councillor Haq attended as substitute for Councillor Ruddock."
        ],
    )
    minute("46", "Declarations of interest", ["There were no declarations of interest."])
    minute(
        "47",
        "Minutes of the meeting held on 6 February 2025",
        ["The minutes of the meeting held on 6 February 2025 were agreed as a correct record."],
    )
    minute(
        "48",
        "Public questions",
        [
            "One question had been received, from Mr Neville Strand, about the reduced opening hours of the Brinkley "
            "police station front desk. The Commissioner replied that the front desk would remain open three days a "
            "week and that the change was an operational decision of the Chief Constable. Mr Strand asked a "
            "supplementary question about parking enforcement outside the station, which the Chair ruled was not a "
            "matter for the Panel."
        ],
    )
    minute(
        "49",
        "Commissioner's performance report - quarter 3 2024/25",
        [
            "The Commissioner presented the quarter 3 performance report. Councillor Quint asked about the charge "
            "rate for rape offences. Ch Supt Dyer said the rate had risen to 8.1% and that the force would continue "
            "its joint work with the Crown Prosecution Service under Operation Soteria. Councillor Tierney asked how "
            "many rape investigations had been open for more than a year; the Commissioner agreed to provide the "
            "figures.",
            "ACTION: Commissioner to provide the number of rape investigations open for longer than 12 months.",
            "RESOLVED: That the report be noted.",
        ],
    )
    minute(
        "50",
        "Commissioner's estates strategy",
        [
            "The Commissioner outlined proposals to co-locate neighbourhood teams with the fire and rescue service at "
            "four sites over the next three years, releasing £1.2m from the sale of surplus buildings. Members asked "
            "that the Panel be consulted before any station was closed. The Commissioner said the timing of any "
            "closure would be a matter for the Chief Constable, but that she would keep the Panel informed.",
            "Members also asked to see how calls for service were handled before the estates changes took effect.",
            "ACTION: Scrutiny Officer to arrange a visit to the force control room for Panel members before the summer "
            "recess.",
            "ACTION: OPCC to circulate the list of the four proposed co-location sites, with timescales.",
        ],
    )
    minute(
        "51",
        "Work programme",
        [
            "Members expressed concern at the one-year funding settlement and hoped that the Government would return "
            "to multi-year settlements for policing.",
            "RESOLVED: That the work programme be agreed, with the addition of a report on the estates strategy "
            "consultation at the September meeting.",
        ],
    )
    minute(
        "52",
        "Date of next meeting",
        ["The Panel noted that its next meeting would be held on Thursday 12 June 2025 at 2.00 pm."],
    )
    s.gap()
    s.line("The meeting closed at 4.10 pm.", x=80)
    s.line("Chair", x=400)
    while len(s.pages) < 6:
        s.new_page()
        s.line("This page is intentionally left blank", x=200)
    s.new_page()  # pages 7-8: the actions report
    s.line("KETTLEWICK POLICE AND CRIME PANEL - 12 JUNE 2025", x=130, bold=True)
    s.line("ACTIONS ARISING FROM PREVIOUS MEETINGS", x=170, bold=True)
    s.line("Report of the Scrutiny Officer", x=200)
    s.gap()
    s.para("Purpose of the report", bold=True)
    s.para(
        "1. To update the Panel on progress against the actions arising from its previous meetings. Actions "
        "reported as complete at this meeting will be removed from the list."
    )
    s.para("Recommendation", bold=True)
    s.para("2. That the Panel notes the progress set out in the table below.")
    s.para("Actions arising", bold=True)
    s.table(
        [50, 110, 165, 320, 415],
        [
            ["Ref", "Meeting", "Action", "Lead", "Progress"],
            [
                "PCP 24/19",
                "21 Nov 2024",
                "Provide a breakdown of the Commissioner's grants to community safety partnerships",
                "OPCC",
                "Complete. Circulated to members on 10 January 2025.",
            ],
            [
                "PCP 25/03",
                "6 Feb 2025",
                "Report on the outcome of the precept consultation by district",
                "OPCC",
                "Complete. Included in the annual report (item 6).",
            ],
            [
                "PCP 25/04",
                "6 Feb 2025",
                "Briefing for members on the new stalking advocacy service",
                "OPCC Head of Commissioning",
                "Not yet started - scheduled for the autumn once the service has run for six months.",
            ],
            [
                "PCP 25/07",
                "20 Mar 2025",
                "Provide the number of rape investigations open for longer than 12 months",
                "Commissioner",
                "In progress. Force analysts are validating the data; expected by the end of June.",
            ],
            [
                "PCP 25/08",
                "20 Mar 2025",
                "Arrange a visit to the force control room",
                "Scrutiny Officer",
                "Complete. Visit held on 14 May 2025; six members attended.",
            ],
            [
                "PCP 25/09",
                "20 Mar 2025",
                "Circulate the list of proposed co-location sites",
                "OPCC",
                "Overdue. The OPCC awaits the fire service's agreement to publish the sites.",
            ],
        ],
    )
    s.para("Background papers: none.")
    s.para("Contact officer: Joanna Fleet, Scrutiny Officer")
    while len(s.pages) < 8:
        s.new_page()
        s.line("This page is intentionally left blank", x=200)
    s.new_page()  # pages 9-10: the work programme
    s.line("KETTLEWICK POLICE AND CRIME PANEL", x=180, bold=True)
    s.line("WORK PROGRAMME 2025/26", x=215, bold=True)
    s.gap()
    s.para(
        "The work programme is reviewed at each meeting. Items may be added at the request of members or the "
        "Commissioner, subject to the Chair's agreement."
    )
    s.table(
        [50, 160, 420],
        [
            ["Meeting", "Item", "Lead"],
            ["18 September 2025", "Estates strategy - outcome of consultation", "Commissioner"],
            ["18 September 2025", "Police and Crime Plan - quarter 1 performance", "Commissioner"],
            ["4 December 2025", "Victim services commissioning", "OPCC Head of Commissioning"],
            ["4 December 2025", "Complaints against the Commissioner - annual report", "Scrutiny Officer"],
            ["5 February 2026", "Proposed precept 2026/27", "Commissioner"],
            ["19 March 2026", "Police and Crime Plan - quarter 3 performance", "Commissioner"],
        ],
    )
    s.para("Items considered in 2024/25 are listed in the Panel's annual report.")
    path.write_bytes(s.pdf())


# --- Aldercott: a panel's work programme (Word table), with completed items and unscheduled ones ---


def aldercott_work_programme(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "ALDERCOTT POLICE AND CRIME PANEL", True, 14)
    paragraph(doc, "Agenda item 9 – 19 June 2025", True)
    paragraph(doc, "Work Programme 2025/26", True, 13)
    paragraph(doc, "Report of the Panel's Lead Officer")
    doc.add_paragraph(
        "1. The Panel is asked to consider and agree its work programme for 2025/26, set out in the "
        "table below. The programme reflects the Panel's statutory functions and the topics members "
        "identified at the planning session held on 24 April 2025."
    )
    doc.add_paragraph(
        "2. The Commissioner has been consulted on the timing of the statutory items. The precept "
        "meeting must take place by 8 February 2026; a reserve date of 19 February 2026 is held in "
        "case the Panel vetoes the proposed precept."
    )
    doc.add_paragraph(
        "3. Recommendation: That the Panel agrees the work programme, subject to any amendments."
    )
    ruled_table(
        doc,
        [
            ["Meeting date", "Item", "Purpose", "Lead officer"],
            [
                "19 June 2025",
                "PCC Annual Report 2024/25",
                "Statutory review and report",
                "OPCC Chief Executive",
            ],
            [
                "19 June 2025",
                "Complaints against the PCC – annual summary",
                "For information",
                "Lead Officer",
            ],
            [
                "11 September 2025",
                "Police and Crime Plan performance – quarter 1",
                "Scrutiny",
                "OPCC Head of Performance",
            ],
            [
                "11 September 2025",
                "Rural and wildlife crime",
                "Focused scrutiny",
                "Ch Supt, Rural Operations",
            ],
            [
                "27 November 2025",
                "Victim services and the Victims' Code",
                "Focused scrutiny",
                "OPCC Head of Commissioning",
            ],
            ["5 February 2026", "Proposed precept 2026/27", "Statutory review", "OPCC Chief Finance Officer"],
            [
                "19 March 2026",
                "Police and Crime Plan performance – quarter 3",
                "Scrutiny",
                "OPCC Head of Performance",
            ],
        ],
    )
    paragraph(doc, "Items to be scheduled", True)
    ruled_table(
        doc,
        [
            ["Item", "Notes"],
            ["Use of drones by the force", "Date to be confirmed with the force"],
            [
                "Collaboration with Aldercott Fire and Rescue Service",
                "After the Home Office review has reported",
            ],
        ],
    )
    paragraph(doc, "Items considered in 2024/25", True)
    ruled_table(
        doc,
        [
            ["Meeting date", "Item", "Outcome"],
            ["20 June 2024", "PCC Annual Report 2023/24", "Report made to the PCC"],
            ["26 September 2024", "Confirmation hearing – Chief Constable", "Appointment supported"],
            ["6 February 2025", "Proposed precept 2025/26", "Precept supported"],
        ],
    )
    doc.add_paragraph("Contact: Marcus Delaney, Lead Officer, Aldercott Police and Crime Panel.")
    paragraph(doc, "Last updated: 2 June 2025", False, 8)
    doc.save(path)


PAPERS = {
    "tarnwick-pcc-accountability-board-2024-11-19.pdf": tarnwick_accountability_board,
    "morlaston-pcc-performance-and-resources-board-2025-03-04.docx": morlaston_pr_board,
    "quillbridge-opcc-corporate-governance-board-2024-05-07.docx": quillbridge_cgb,
    "drayfield-strategic-policing-board-2024-09-10.pdf": drayfield_strategic_policing_board,
    "ostley-police-and-crime-panel-2024-10-03.pdf": ostley_panel,
    "kettlewick-police-and-crime-panel-agenda-pack-2025-06-12.pdf": kettlewick_pack,
    "aldercott-police-and-crime-panel-work-programme-2025-26.docx": aldercott_work_programme,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
