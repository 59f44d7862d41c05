#!/usr/bin/env python3
"""Writes the reserve set's Word and PDF papers from the text below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), and each gold file names the sha256 of the bytes it was written for.

    .venv/bin/python tests/corpus/reserve/build.py

The PDFs are set in Courier by `tests/readers/pdfgen.py`. The text of a PDF paper is a list of lines with
a little markup of its own:

    <<page>>                     a new page
    **text                       a bold line
    <<table 8,40,16,12,6>>       a ruled table whose columns are that many characters wide; its rows
    a | b | c | d | e            follow, cells split on " | ", each cell wrapped to its column,
    <</table>>                   the first row being the header (in bold)

Each PDF has a page furniture function: what it prints at the top and foot of every page (a running
header, "Page n of N", a Chairman's initials line), given the page's number and the number of pages; the
head is written before the page's text and the foot after it, as word processors write them.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: the PDF writer of the reader tests
from corpus.papers import paragraph, ruled_table, write_missing
from readers.pdfgen import Page, make_pdf

PDF_TOP, PDF_BOTTOM, PDF_LEADING, PDF_SIZE, PDF_WRAP, PDF_LEFT = 740, 70, 12, 10, 84, 50
CHAR = 6.0  # Courier at 10pt: every character is 6pt wide
PAGE_BREAK = "<<page>>"

Furniture = Callable[[Page, Page, int, int], None]  # (head, foot, page number, pages)


class _Setter:
    """Lays lines and ruled tables down pages, starting a new page when one is full."""

    def __init__(self, first_top: float = PDF_TOP) -> None:
        self.pages: list[Page] = []
        self.first_top = first_top
        self.new_page()

    def new_page(self) -> None:
        self.page = Page()
        self.pages.append(self.page)
        self.y = PDF_TOP if len(self.pages) > 1 else self.first_top

    def room(self, height: float) -> None:
        if self.y - height < PDF_BOTTOM:
            self.new_page()

    def line(self, text: str, bold: bool = False, x: float = PDF_LEFT) -> None:
        self.room(PDF_LEADING)
        if text:
            self.page.text(x, self.y, text, PDF_SIZE, bold)
        self.y -= PDF_LEADING

    def table(self, widths: list[int], rows: list[list[str]]) -> None:
        xs = [PDF_LEFT]
        for w in widths:
            xs.append(xs[-1] + (w + 2) * CHAR)
        right = xs[-1]
        for r, row in enumerate(rows):
            cells = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in cells) * PDF_LEADING + 6
            self.room(height)
            top = self.y + PDF_LEADING - 2
            self.page.rule(PDF_LEFT - 3, top, right - 3, top)
            for c, lines in enumerate(cells):
                for i, text in enumerate(lines):
                    if text:
                        self.page.text(xs[c], self.y - i * PDF_LEADING, text, PDF_SIZE, r == 0)
            self.y -= height
            bottom = self.y + PDF_LEADING - 2
            self.page.rule(PDF_LEFT - 3, bottom, right - 3, bottom)
            for x in xs:
                self.page.rule(x - 3, top, x - 3, bottom)
        self.y -= 4


def _pdf(text: str, furniture: Furniture, first_top: float = PDF_TOP) -> bytes:
    """The paper's text set down its pages (see the module's docstring), each page given its furniture."""
    setter = _Setter(first_top)
    lines = textwrap.dedent(text).strip("\n").splitlines()
    i = 0
    while i < len(lines):
        raw = lines[i]
        i += 1
        if raw == PAGE_BREAK:
            setter.new_page()
        elif raw.startswith("<<table "):
            widths = [int(w) for w in raw.removeprefix("<<table ").removesuffix(">>").split(",")]
            rows = []
            while lines[i] != "<</table>>":
                rows.append([cell.strip() for cell in lines[i].split(" | ")])
                i += 1
            i += 1
            setter.table(widths, rows)
        else:
            bold = raw.startswith("**")
            for line in textwrap.wrap(raw.removeprefix("**"), PDF_WRAP) or [""]:
                setter.line(line, bold)
    total = len(setter.pages)
    for n, page in enumerate(setter.pages, 1):
        head, foot = Page(), Page()
        furniture(head, foot, n, total)
        page.ops[:0] = head.ops
        page.ops.extend(foot.ops)
    return make_pdf(setter.pages)


# --- Calderholt: a PCC accountability board, PDF, two columns of text in the header area ---------------

CALDERHOLT = """
    The meeting was chaired by the Police and Crime Commissioner, Andrea Kilbane (PCC). Also present were the Deputy Police and Crime Commissioner, Rhys Tolland (DPCC); from Calderholt Constabulary, Chief Constable Martin Oduya (CC), Deputy Chief Constable Fiona Brereton (DCC) and Assistant Chief Constable Gareth Spall (ACC); and from the OPCC, the Chief Executive, Helen Marsh-Whitby (CEO), the Chief Finance Officer, Desmond Arkwright (CFO), and Leah Crabtree, Policy Officer, who took the minutes. Chief Superintendent Imogen Fairbairn, Head of Custody, attended for item 5. Apologies were received from Paul Ingleby, the Constabulary's Director of Finance.

    **1. Welcome, apologies and declarations of interest
    The PCC welcomed those present. Apologies were noted as above. There were no declarations of interest.

    **2. Minutes of 14 January 2025 and action log
    The minutes of the meeting held on 14 January 2025 were approved as a true record.
    The Board then reviewed the action log. Action 24/31 (DCC: comparison of 101 abandonment rates with the most similar forces): the comparison was circulated to members on 3 February; closed. Action 24/33 (ACC: proposal for a rural crime tasking group): work is under way with the NFU and the county's farm watch schemes, and the ACC expects to bring draft terms of reference to the May Board; remains open. Action 25/01 (CFO: revised capital programme): covered under item 6; complete. Action 25/02 (CEO: Board seminar on the Victims' Code): postponed at the Constabulary's request until after the HMICFRS inspection; deferred to June.
    The Chief Constable mentioned that the Constabulary had already written to every victim of the December series of dwelling burglaries in Ashby Moor to explain the outcome of the investigation.

    **3. Neighbourhood policing and 101 call handling
    The Chief Constable presented the quarterly report. The 101 abandonment rate had fallen to 14.2% in February from 21% in the autumn, and 999 calls answered within ten seconds stood at 91%. The Constabulary will continue to divert non-emergency demand to the online reporting portal and will keep the call handling recruitment campaign open until the summer.
    The PCC asked about attendance times to emergency calls in the rural beats of the north and west, which residents had raised at her public meetings in Hebble Bridge and Marsden Cross. The DCC undertook to provide a breakdown of attendance times for rural beats by district.
    The DPCC suggested that the Constabulary publish its call handling figures monthly on its website. The Chief Constable said the figures were already published every quarter, and no change was agreed.
    The Chief Executive would circulate the draft questionnaire for the Police and Crime Plan consultation to Board members before it went live in April.

    **4. Violence against women and girls
    The ACC reported on the delivery plan. The Operation Harrier pilot, in which specialist officers review every stalking report within 48 hours, had finished in January and its evaluation was being written up by the University of Calderholt. The PCC asked the ACC to share the findings of the evaluation with the OPCC as soon as it is finalised. The Constabulary intends to roll out its Walk and Talk scheme to every district by the summer. The PCC said she would be raising the funding of independent sexual violence advisers with the Minister for Safeguarding when they meet in March.

    **5. Custody and detention
    Chief Superintendent Fairbairn presented the annual custody report. Independent custody visitors had made 42 unannounced visits in the year and raised 17 issues, all of which had been resolved. The Board noted the report. Chief Superintendent Fairbairn and the Chief Executive agreed to review together the form the independent custody visitors use to report their visits, which members felt was too long.

    **6. Finance
    The CFO presented the revised capital programme and the forecast outturn at month 10, an underspend of £0.6m. The Board approved the revised capital programme for 2025/26 of £9.8m. The CFO will report the reserves position at quarter 3 to the Board. The Chief Constable noted that the Home Office had confirmed the pension grant for 2025/26 at the same level as this year.

    **7. Any other business
    The Chief Constable agreed to attend the meeting of the Calderholt Farmers' Forum on 2 April with the DPCC.
    Next meeting: Tuesday 13 May 2025 at 10:00, Elm Court.

    **Actions agreed at this meeting
    <<table 6,36,16,14,5>>
    No. | Action | Lead | Target date | RAG
    25/04 | Breakdown of emergency attendance times for rural beats, by district | DCC | 31.05.25 | New
    25/05 | Share the findings of the Operation Harrier evaluation with the OPCC | ACC | w/c 14 April | New
    25/06 | Review the independent custody visitors' reporting form | Ch Supt Fairbairn / CEO | End of Q2 | New
    25/07 | Reserves position at quarter 3 to the Board | CFO | By the next Board | New
    <</table>>
"""


def _calderholt_furniture(head: Page, foot: Page, n: int, total: int) -> None:
    if n == 1:
        left = [
            "Office of the Police and Crime Commissioner",
            "for Calderholt",
            "Elm Court, Wharf Street",
            "Calderholt CH1 4QT",
        ]
        right = [
            "ACCOUNTABILITY BOARD",
            "Minutes - OFFICIAL",
            "Tuesday 11 March 2025, 10:00",
            "Room 2.14, Elm Court",
        ]
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            head.text(PDF_LEFT, 760 - i * 13, a, 10, i == 0)
            head.text(350, 760 - i * 13, b, 10, i == 0)
        head.rule(PDF_LEFT, 700, 560, 700)
    else:
        head.text(PDF_LEFT, 765, "Calderholt OPCC - Accountability Board - 11 March 2025 (OFFICIAL)", 8)
        head.rule(PDF_LEFT, 758, 560, 758)
    foot.text(PDF_LEFT, 35, "OFFICIAL", 8)
    foot.text(480, 35, f"Page {n} of {total}", 8)


def calderholt_board(path: Path) -> None:
    path.write_bytes(_pdf(CALDERHOLT, _calderholt_furniture, first_top=680))


# --- Lindisfold: a joint audit committee's agenda pack with the previous minutes -------------------------

LINDISFOLD = """
    **LINDISFOLD POLICE AND CRIME COMMISSIONER AND CHIEF CONSTABLE
    **JOINT AUDIT COMMITTEE

    Thursday 20 March 2025 at 10:00
    Committee Room 1, Lindisfold Police Headquarters, Bewick Lane, Lindisfold

    Members of the Committee: Maureen Tasker (Chair), Anil Ghosh, Simon Farraday, Ruth Okafor-Blake (from 1 January 2025)
    Officers invited: Chief Executive (OPCC); Chief Finance Officer (OPCC); Director of Finance (Force); Internal Audit (Tiller & Co); External Audit (Barwell LLP)

    **AGENDA
    1. Apologies and declarations of interest
    2. Minutes of the meeting held on 12 December 2024
    3. Action tracker
    4. Internal audit progress report
    5. Seized property: management update (Head of Property Services)
    6. Internal audit plan 2025/26
    7. External audit plan 2024/25
    8. Work programme
    9. Any other business

    Enquiries about this agenda: Tom Reddish, OPCC Governance Officer
    <<page>>
    **Item 2
    **LINDISFOLD JOINT AUDIT COMMITTEE
    **MINUTES OF THE MEETING HELD ON THURSDAY 12 DECEMBER 2024 AT 10:00, COMMITTEE ROOM 1, LINDISFOLD POLICE HEADQUARTERS

    Present: Maureen Tasker (Chair), Anil Ghosh, Bridget Coyle, Simon Farraday
    In attendance: Keith Lomax (Chief Finance Officer, OPCC), Joanne Pell (Director of Finance, Force), Yusuf Amin (Internal Audit, Tiller & Co), Grace Hanley (External Audit, Barwell LLP), Tom Reddish (Governance Officer, OPCC, minutes)
    Apologies: Martin Quayle (Chief Executive, OPCC)

    **JAC 24/31 Apologies and declarations of interest
    Apologies were received from Martin Quayle. No declarations of interest were made.

    **JAC 24/32 Minutes of 26 September 2024 and action tracker
    The minutes of the meeting held on 26 September 2024 were approved. The Committee reviewed the action tracker. All actions had been completed except JAC/24/09 (follow-up audit of fleet telematics), which remains open; Internal Audit would pick it up in quarter 4.

    **JAC 24/33 Internal audit progress report
    Yusuf Amin presented the progress report. Six audits had been completed since September, two of them with limited assurance: seized property and overtime authorisation. Management had agreed all eight recommendations arising from the two audits, with target dates by the end of March. Members were concerned at the state of the seized property stores, and asked that the Head of Property Services attend the March meeting to explain the progress being made.
    Action by: Joanne Pell - March meeting
    Mr Ghosh suggested that the Committee review overtime at every meeting; the Chair felt that the quarterly progress report was sufficient, and members agreed.

    **JAC 24/34 External audit: annual audit letter 2023/24
    Grace Hanley reported that the audits of the 2023/24 statements of accounts for both corporations sole were complete, with unqualified opinions and no significant weaknesses in value for money arrangements.
    RESOLVED that the annual audit letter be noted.

    **JAC 24/35 Strategic risk registers
    Joanne Pell presented the Force's strategic risk register and Keith Lomax the OPCC's. Members discussed the risks around the replacement command and control system. Joanne Pell would circulate the refreshed strategic risk register once the chief officer team had signed it off in January. Mr Ghosh suggested a deep dive on cyber security risk; the Chair said one was already in the work programme for June.

    **JAC 24/36 Treasury management strategy 2025/26
    Keith Lomax introduced the draft treasury management strategy and the prudential indicators for 2025/26.
    RESOLVED to recommend the treasury management strategy 2025/26 to the Police and Crime Commissioner and the Chief Constable for approval.
    Members asked that the mid-year treasury position be reported in future in the format set out in the CIPFA code.
    Action by: Keith Lomax and Joanne Pell - 31/01/25
    Tom Reddish would arrange a training session on the statements of accounts for members before the June meeting.

    **JAC 24/37 Any other business
    The Chair thanked Bridget Coyle, attending her last meeting after eight years on the Committee. The Committee's meetings for 2025 had been set as 20 March, 19 June, 18 September and 11 December.
    <<page>>
    **Item 3 - Action tracker (as at 10 March 2025)
    <<table 9,24,8,8,17,11>>
    Ref | Action | Owner | Due | Update | Status
    JAC/24/09 | Follow-up audit of fleet telematics | Internal Audit | Q4 | Fieldwork started 3 March; report to June meeting | In progress
    JAC/24/14 | Head of Property Services to attend the March meeting | JP | Mar-25 | On this agenda, item 5 | Complete
    JAC/24/15 | Circulate the refreshed strategic risk register | JP | Jan-25 | Circulated on 21 January | Complete
    JAC/24/16 | Mid-year treasury position in the CIPFA format | KL / JP | 31/01/25 | Delayed by the new CIPFA guidance; now April | Overdue
    JAC/24/17 | Members' training on the statements of accounts | TR | Jun-25 | Booked for 5 June | In progress
    <</table>>

    **Item 8 - Work programme 2025
    19 June 2025 - Draft statements of accounts 2024/25
    19 June 2025 - Cyber security risk: deep dive
    18 September 2025 - Annual governance statements
    11 December 2025 - Treasury management mid-year review
"""


def _lindisfold_furniture(head: Page, foot: Page, n: int, total: int) -> None:
    head.text(PDF_LEFT, 765, "Lindisfold Joint Audit Committee - 20 March 2025", 8)
    foot.text(PDF_LEFT, 35, f"Page {n} of {total}", 8)


def lindisfold_pack(path: Path) -> None:
    path.write_bytes(_pdf(LINDISFOLD, _lindisfold_furniture))


# --- Thrushcombe: a police and crime panel's printed ModernGov minutes -----------------------------------

THRUSHCOMBE = """
    **THRUSHCOMBE POLICE AND CRIME PANEL

    MINUTES of a meeting of the Thrushcombe Police and Crime Panel held at the Council Chamber, County Hall, Thrushcombe on Thursday, 23 January 2025 at 2.00 pm.

    PRESENT: Councillor J Fennimore (Chairman), Councillor R Akhtar (Vice-Chairman), Councillors D Brasher, L Cottam, H Maitland, P O'Riordan and S Wexley, and Mrs A Ledbetter (Independent Co-opted Member).

    ALSO IN ATTENDANCE: Mr G Haverstock (Police and Crime Commissioner), Ms C Yardley (Chief Executive, OPCC) and Mr N Parfitt (Chief Finance Officer, OPCC).

    OFFICERS: Mrs K Dobbs (Panel Scrutiny Officer) and Mr E Lyle (Democratic Services Officer).

    **31 APOLOGIES AND SUBSTITUTES
    Apologies for absence were received from Councillor M Tennant. There were no substitutes.

    **32 DECLARATIONS OF INTEREST
    Councillor Cottam declared a personal interest as a member of the Thrushcombe Fire Authority.

    **33 MINUTES
    RESOLVED that the minutes of the meeting held on 14 November 2024 be approved as a correct record and signed by the Chairman.
    Arising from minute 27, the Scrutiny Officer reported that the Commissioner's response on the rural crime strategy had been received and circulated to members on 2 December.

    **34 PUBLIC QUESTIONS
    One question had been received from Mr D Purslow, about the future of the front counter at Fenby police station. The Commissioner replied that the opening hours of the front counter had been reduced to three days a week from January, in line with the number of visitors, but that there were no plans to close it. The Commissioner offered to meet Mr Purslow if he wished to discuss the matter further.

    **35 QUESTIONS TO THE COMMISSIONER
    (a) Councillor Brasher asked about the running costs of the force's drone unit. The Commissioner replied that the unit cost £412,000 a year, including staff, and had been deployed 1,130 times in 2024, most often to searches for missing people.
    (b) Councillor O'Riordan asked how many investigations into fatal road collisions were outstanding. The Commissioner did not have the figure to hand and undertook to provide a written answer.
    (c) Councillor Wexley asked about the delays to youth court hearings. The Commissioner said he had already written to the Ministry of Justice urging more sitting days for the county's youth courts, and would share any reply with the Panel.
    <<page>>
    **36 PROPOSED PRECEPT 2025/26
    The Chief Finance Officer presented the Commissioner's proposal to increase the police element of the council tax by £14 for a Band D property, to £261.45, the maximum allowed without a referendum. He explained the assumptions about the police grant settlement, pay awards and the savings of £3.1m included in the medium term financial plan. Members asked about the level of reserves, the cost of the new firearms training facility and the number of police officers the budget would fund.
    Councillor Maitland hoped that the increase would be seen in more visible policing in the market towns.
    RESOLVED that
    (1) the proposed precept of £261.45 for a Band D property for 2025/26 be supported;
    (2) the Panel recommends to the Commissioner that he publish a breakdown of how the additional precept income will be spent in each district;
    (3) the Panel's report on the proposed precept be sent to the Commissioner by 31 January 2025.

    **37 POLICE AND CRIME PLAN PERFORMANCE: QUARTER 2
    The Chief Executive introduced the quarter 2 performance report. Members discussed the falling charge rate for rape and the rise in anti-social behaviour in Thrushcombe town centre. The force continues to run its summer Safer Streets operation every year from June.
    RESOLVED that
    (1) the report be noted;
    (2) the Commissioner be asked to bring a report on the outcome rates for violence against women and girls to the April 2025 meeting.

    **38 COMPLAINTS AGAINST THE COMMISSIONER
    The Scrutiny Officer reported that no complaints had been received in the period.
    RESOLVED that the report be noted.

    **39 WORK PROGRAMME
    The Panel considered its work programme for 2025. Councillor Akhtar suggested an item on the use of drones by the police.
    RESOLVED that the work programme be agreed, with the addition of an item on the police use of drones.
    The Scrutiny Officer would circulate the Commissioner's timetable for the draft Annual Report to members.
    Work programme 2025 (as agreed):
    10 April 2025 - Police and Crime Plan performance: quarter 3
    10 April 2025 - Violence against women and girls: outcome rates
    26 June 2025 - Commissioner's Annual Report 2024/25
    26 June 2025 - Police use of drones

    The date of the next meeting is Thursday, 10 April 2025 at 2.00 pm.

    The meeting ended at 4.12 pm.

    CHAIRMAN
"""


def _thrushcombe_furniture(head: Page, foot: Page, n: int, total: int) -> None:
    foot.text(PDF_LEFT, 35, "Chairman's initials ..........", 8)
    foot.text(290, 35, str(n), 8)


def thrushcombe_minutes(path: Path) -> None:
    path.write_bytes(_pdf(THRUSHCOMBE, _thrushcombe_furniture))


# --- Friends of Wyndle Common: a volunteer group's informal committee notes ------------------------------

WYNDLE = """
    **Friends of Wyndle Common - Committee Meeting
    Wednesday 19th February 2025, 7pm, The Wyndle Arms (back room)

    Present: Pauline Wrigley (PW, chair), Jim Dacre (JD, treasurer), Sunita Rao (SR, secretary), Owen Blythe (OB), Hattie Grier (HG)
    Also there: Tom Finch (Borough Council ranger) for item 3
    Apologies: Bernard Oakes (BO)

    **1. Notes of last meeting (15th Jan)
    Agreed as correct.

    **2. Matters arising
    - Bird boxes: all 20 are now up in the copse, thanks to OB and the Scouts. Done.
    - Bench plaque for Mrs Hebden: still waiting for the engraver.
    - Litter pick kit: JD collected the new grabbers and bags from the council depot last week. Done.

    **3. Ranger's update
    Tom said the Borough will be re-seeding the worn area by the car park in April and fencing it off for eight weeks. The ash trees along the bridleway have been surveyed and four will have to come down next winter. Tom will send us the map of the new mowing regime so we can check it against the orchid sites. He suggested we might apply to the Lottery for a boardwalk across the wet meadow, but nobody felt up to a big bid this year.

    **4. Work parties
    Dates agreed: Sat 8th March hedge laying (with the Wyndle Hedgelayers), Sat 12th April path clearing, Sat 10th May balsam pull.
    Action - SR to put the dates on Facebook and the noticeboard.
    HG pointed out the tool store insurance runs out at the end of the month.
    Action - HG to check the tool store insurance before 8th March.

    **5. Finance
    JD reported £1,287.40 in the account after the Christmas raffle (£212). Agreed to spend up to £150 on new gloves and hi-vis vests.
    Action - JD to order gloves and vests.

    **6. Bioblitz, Sat 14th June
    PW has spoken to the Wyndle Naturalists, who will lead the moth trapping and the bat walk. It was agreed PW would draft a poster for the next meeting. OB wondered about inviting the local primary school; to think about.

    **7. AOB
    OB is walking the Pennine Way in May so will miss the May meeting. HG asked if anyone knew who had cut back the willow by the pond - nobody did. PW will ask Tom about it. The notes will go on the website as usual.

    Next meeting: Wednesday 19th March, 7pm, Wyndle Arms.
"""


def _wyndle_furniture(head: Page, foot: Page, n: int, total: int) -> None:
    head.text(PDF_LEFT, 765, "FoWC committee notes", 8)
    foot.text(PDF_LEFT, 35, f"Friends of Wyndle Common - registered charity no. 1187423 - page {n}", 8)


def wyndle_notes(path: Path) -> None:
    path.write_bytes(_pdf(WYNDLE, _wyndle_furniture))


# --- Redmarsh: an OPCC performance board (Word), dated without a year, a schedule with merged cells -------


def _merge_across(table: docx.table.Table, row: int, text: str) -> None:
    """A row of one cell across the whole table, shaded, as a schedule's section heading."""
    cells = table.rows[row].cells
    merged = cells[0].merge(cells[-1])
    merged.text = text
    merged.paragraphs[0].runs[0].bold = True
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "D9D9D9")
    merged._tc.get_or_add_tcPr().append(shading)


def redmarsh_board(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "REDMARSH POLICE AND CRIME COMMISSIONER", True, 14)
    paragraph(doc, "Performance Board – Notes of meeting", True, 13)
    paragraph(doc, "Tuesday 10 December, 14:00 – 16:30")
    paragraph(doc, "Conference Room B, Redmarsh Police Headquarters, Stannard Road, Redmarsh")
    paragraph(doc, "Present", True)
    for who in [
        "Colin Ashdown-Pryce, Police and Crime Commissioner (CAP) – Chair",
        "Nadia Okonkwo, Chief Executive, OPCC (NO)",
        "Peter Buckland, Head of Performance, OPCC (PB)",
        "Sarah Venn, Temporary Chief Constable (CC)",
        "Jonathan Mellor, Assistant Chief Constable (ACC JM)",
        "Ruth Alder, Head of Analysis, Redmarsh Police (RA)",
        "Gemma Strickland, Business Support, OPCC (notes)",
    ]:
        doc.add_paragraph(who, style="List Bullet")
    paragraph(doc, "Apologies", True)
    doc.add_paragraph("Owen Rigby, Deputy Chief Constable", style="List Bullet")

    doc.add_heading("1. Notes of the last meeting and action schedule", level=2)
    doc.add_paragraph(
        "The notes of the meeting held on 8 October 2024 were agreed. The action schedule, updated "
        "with the actions from this meeting, is below."
    )
    rows = [
        ["Ref", "Owner", "Action", "Update", "Status"],
        ["", "", "", "", ""],
        [
            "PB-14",
            "PB",
            "Publish a quarterly performance dashboard on the OPCC website",
            "First dashboard published on 29 November.",
            "Complete",
        ],
        [
            "PB-15",
            "",
            "Compare positive outcome rates for rape offences with the most similar forces",
            "Awaiting the next iQuanta release; now expected February.",
            "Carried forward",
        ],
        [
            "PB-16",
            "ACC JM",
            "Set out the plan for reducing the backlog of domestic abuse suspects wanted for arrest",
            "Plan presented under item 2.",
            "Closed",
        ],
        [
            "PB-17",
            "RA",
            "Ward-level breakdown of shoplifting offences for the Commissioner",
            "Data cleansed; report being drafted.",
            "Amber",
        ],
        ["", "", "", "", ""],
        [
            "PB-18",
            "ACC JM / RA",
            "Crime outcomes report to show community resolutions by crime type",
            "",
            "Open",
        ],
        [
            "PB-19",
            "NO",
            "Write to the Chair of the Road Safety Partnership asking for the evaluation of the Fatal Four campaign",
            "",
            "Open",
        ],
        ["PB-20", "CC", "Vetting backlog figures to come to the February Board", "", "Open"],
    ]
    ruled_table(doc, rows)
    table = doc.tables[-1]
    _merge_across(table, 1, "Actions carried forward from 8 October 2024")
    _merge_across(table, 6, "New actions – 10 December")
    owner = table.cell(2, 1).merge(table.cell(3, 1))  # PB owns PB-14 and PB-15: one cell down two rows
    owner.text = "PB"

    doc.add_heading("2. Crime outcomes", level=2)
    doc.add_paragraph(
        "RA presented the crime outcomes report. The positive outcome rate for all crime was 11.8% "
        "for the year to date, against 10.9% last year. Community resolutions had fallen by a fifth. "
        "The PCC asked that future reports show community resolutions by crime type; ACC Mellor and "
        "RA agreed (PB-18). RA would also share the underlying data with PB before the dashboard is "
        "refreshed in January."
    )
    doc.add_paragraph(
        "ACC Mellor presented the plan for the domestic abuse arrest backlog, which had fallen from "
        "212 to 131 suspects since September. The force continues to hold its weekly outcomes clinic "
        "for investigators. The CC noted that HMICFRS had recommended a review of crime data "
        "integrity, which the force would take forward through its own improvement plan."
    )
    doc.add_heading("3. Road safety", level=2)
    doc.add_paragraph(
        "Killed and seriously injured casualties were 6% down on the previous year. Speed enforcement "
        "operations will continue across the county over the festive period. The PCC wondered whether "
        "average speed cameras on the A614 might be funded from the Safer Roads fund; the Chief "
        "Executive reminded him that the County Council is the highway authority, and the idea was "
        "not pursued."
    )
    doc.add_paragraph(
        "The Chief Executive agreed to write to the Chair of the Road Safety Partnership asking for "
        "the evaluation of the Fatal Four campaign (PB-19). PB would add a road safety measure to the "
        "performance dashboard from the next quarter."
    )
    doc.add_heading("4. Complaints and vetting", level=2)
    doc.add_paragraph(
        "The CC reported that 312 vetting applications were awaiting a decision, mostly for "
        "contractors. The Board asked for the figures to be brought to the February meeting (PB-20). "
        "The PCC informed the Board that he had already written to the Home Office about the cost of "
        "national vetting checks. NO asked whether complaints about OPCC staff were included in the "
        "complaints figures; RA confirmed that they were not, as those are handled by the Panel."
    )
    doc.add_paragraph("The Board agreed the revised timescales for complaint reviews set out in the paper.")
    doc.add_heading("5. Any other business", level=2)
    doc.add_paragraph("None. The PCC thanked Sarah Venn for her first Board as Temporary Chief Constable.")
    doc.add_paragraph("Next meeting: Tuesday 11 February, 14:00, Conference Room B.")
    doc.save(path)


# --- Strathcorran: a Scottish community council's minutes (Word), informal "Action –" lines -------------


def _action(doc: docx.document.Document, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(text).italic = True


def strathcorran_cc(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Strathcorran Community Council", True, 15)
    paragraph(
        doc,
        "Minutes of the meeting held in Strathcorran Village Hall on Monday 3rd March 2025 at 7.30pm",
        True,
    )
    doc.add_paragraph(
        "Sederunt: Morag Lennie (Chair) (ML), Alasdair Kerr (Secretary) (AK), Fiona Drummond "
        "(Treasurer) (FD), Calum Baird (CB), Isla Munro (IM), Euan Rattray (ER)"
    )
    doc.add_paragraph(
        "In attendance: Cllr Niall Gow (Highland Council), PC Shona Petrie (Police Scotland), "
        "four members of the public"
    )
    doc.add_paragraph("Apologies: Donald Sinclair (DS)")
    paragraph(doc, "1. Welcome and apologies", True)
    doc.add_paragraph("ML welcomed everyone, including two new residents from Kirkton. Apologies as above.")
    paragraph(doc, "2. Minutes of the previous meeting", True)
    doc.add_paragraph(
        "The minutes of the meeting held on 3rd February 2025 were approved, proposed by IM and "
        "seconded by CB."
    )
    paragraph(doc, "3. Matters arising", True)
    doc.add_paragraph(
        "Bus shelter at the Kirkton road end: AK had chased the roads department again and been told "
        "the new shelter is on the list for April. Winter gritting of the school brae: this is now "
        "being done first thing in the morning, the community council's letter seemingly having had "
        "an effect. Notice board at the shop: CB has the wood and will fit the new door when the "
        "weather allows. Hall roof: the application to the Beinn Dubh wind farm community fund was "
        "submitted on 20th February and a decision is expected in May."
    )
    paragraph(doc, "4. Police report", True)
    doc.add_paragraph(
        "PC Petrie reported 11 incidents in the area since the last meeting, including two thefts of "
        "diesel from farm tanks and a road traffic collision on the A-road at Achnacloich. Police "
        "Scotland will be running a rural crime awareness event at the mart on 22nd March. ML asked "
        "about parking at the school gate; PC Petrie said officers would attend at drop-off times "
        "when they could. PC Petrie offered to bring the new crime prevention leaflets to the next "
        "meeting if members wanted them."
    )
    paragraph(doc, "5. Councillor's report", True)
    doc.add_paragraph(
        "Cllr Gow reported that Highland Council has agreed to fund the replacement of the Allt Beag "
        "footbridge, with work starting in the summer. The Council's budget was set last week with a "
        "council tax rise of 8%. Cllr Gow will find out whether the 20mph trial is to include "
        "Kirkton."
    )
    paragraph(doc, "6. Planning", True)
    doc.add_paragraph(
        "25/00412/FUL – erection of house, Tigh na Mara, Strathcorran: members had no comments to make."
    )
    doc.add_paragraph(
        "25/00431/FUL – 25m telecoms mast at Cnoc Ban: members raised concerns about the visual "
        "impact from the village and the loch shore. Agreed to object. AK to draft an objection and "
        "circulate it by email before the deadline of 17th March."
    )
    _action(doc, "Action – AK (by 14/03)")
    paragraph(doc, "7. Treasurer's report", True)
    doc.add_paragraph(
        "FD reported a balance of £3,412.17. The £250 donation to the Strathcorran Gala was "
        "approved. FD to pay the hall hire invoice for January to March."
    )
    paragraph(doc, "8. Community resilience plan", True)
    doc.add_paragraph(
        "ER reported that the plan needs updating with the new key holders for the hall and the "
        "generator. It was agreed that ER and IM would update the contact list and circulate it "
        "before the April meeting."
    )
    _action(doc, "Action – ER / IM")
    doc.add_paragraph(
        "ML wondered whether the community council should buy a second generator; it was felt there "
        "was no funding for this at present."
    )
    paragraph(doc, "9. AOCB", True)
    doc.add_paragraph(
        "IM mentioned she is running the Strathcorran hill race in June to raise money for the hall. "
        "A member of the public asked about the state of the old pier; the Chair explained that the "
        "pier is privately owned and the community council cannot act. The minutes will be put on "
        "the community council's Facebook page as usual."
    )
    doc.add_paragraph(
        "CB to ask the school whether the P7 pupils would like to design the header for the new notice board."
    )
    _action(doc, "Action – CB")
    paragraph(doc, "10. Date of next meeting", True)
    doc.add_paragraph("Monday 7th April 2025, 7.30pm, Strathcorran Village Hall.")
    doc.save(path)


PAPERS = {
    "calderholt-pcc-accountability-board-2025-03-11.pdf": calderholt_board,
    "lindisfold-joint-audit-committee-pack-2025-03-20.pdf": lindisfold_pack,
    "thrushcombe-police-and-crime-panel-2025-01-23.pdf": thrushcombe_minutes,
    "friends-of-wyndle-common-2025-02-19.pdf": wyndle_notes,
    "redmarsh-opcc-performance-board-2024-12-10.docx": redmarsh_board,
    "strathcorran-community-council-2025-03-03.docx": strathcorran_cc,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
