#!/usr/bin/env python3
"""Writes the holdout set's Word and PDF papers from the text below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), and each gold file names the sha256 of the bytes it was written for.

    .venv/bin/python tests/corpus/holdout/build.py

The PDFs are set in Courier by tests/readers/pdfgen.py. A line of the texts below may be:
  **text            a bold line
  <<page>>          a new page
  <<cols 9 40 ...>> the widths (in characters) of the table whose rows follow
  | a | b | c |     a row of that table, its cells wrapped inside their columns, ruled above and below
  text >>> XY       a paragraph with "XY" at the right margin beside its first line (an Action column)
Every page carries the paper's running header and footer ({n} and {total} are page numbers).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: the PDF writer of the reader tests
from corpus.papers import paragraph, ruled_table, write_missing
from readers.pdfgen import Page, make_pdf

PDF_LEFT, PDF_TOP, PDF_BOTTOM, PDF_LEADING, PDF_SIZE, PDF_WRAP = 50, 742, 70, 12, 10, 84
CHAR = 6.0  # Courier at 10 points
MARGIN_WRAP, MARGIN_X = 72, 512


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def _pdf(text: str, header: str, footer: str) -> bytes:
    """The paper's lines set down the pages as the module docstring says, with a running header and footer."""
    pages: list[list[tuple[float, float, str, bool]]] = [[]]
    y = PDF_TOP
    cols: list[int] = []

    def room(lines: int) -> None:
        nonlocal y
        if y - lines * PDF_LEADING < PDF_BOTTOM:
            pages.append([])
            y = PDF_TOP

    for raw in textwrap.dedent(text).strip("\n").splitlines():
        if raw == "<<page>>":
            pages.append([])
            y = PDF_TOP
            continue
        if raw.startswith("<<cols "):
            cols = [int(w) for w in raw[7:-2].split()]
            continue
        if raw.startswith("|"):
            cells = [c.strip() for c in raw.strip().strip("|").split("|")]
            bold = cells[0].startswith("**")
            cells[0] = cells[0].removeprefix("**")
            wrapped = [_wrap(c, w - 1) or [""] for c, w in zip(cells, cols)]
            height = max(len(w) for w in wrapped)
            room(height + 1)
            pages[-1].append((-1, y + PDF_LEADING - 3, "", False))  # a rule above the row
            x = PDF_LEFT
            for lines, width in zip(wrapped, cols):
                for i, line in enumerate(lines):
                    pages[-1].append((x, y - i * PDF_LEADING, line, bold))
                x += width * CHAR
            y -= height * PDF_LEADING
            pages[-1].append((-1, y + PDF_LEADING - 3, "", False))
            y -= 4
            continue
        bold = raw.startswith("**")
        raw = raw.removeprefix("**")
        margin = None
        if raw.startswith(">>> "):
            raw, margin = "", raw[4:]
        elif " >>> " in raw:
            raw, margin = raw.split(" >>> ")
        lines = _wrap(raw, MARGIN_WRAP if margin else PDF_WRAP) or [""]
        for i, line in enumerate(lines):
            room(1)
            if line:
                pages[-1].append((PDF_LEFT, y, line, bold))
            if margin and i == 0:
                pages[-1].append((MARGIN_X, y, margin, True))
            y -= PDF_LEADING
    out = []
    for n, ops in enumerate(pages, 1):
        page = Page()
        if header:
            page.text(PDF_LEFT, 768, header.format(n=n, total=len(pages)), 8)
        for x, yy, line, bold in ops:
            if x < 0:
                page.rule(PDF_LEFT, yy, PDF_LEFT + PDF_WRAP * CHAR, yy)
            else:
                page.text(x, yy, line, PDF_SIZE, bold)
        page.text(PDF_LEFT, 36, footer.format(n=n, total=len(pages)), 8)
        out.append(page)
    return make_pdf(out)


# --- A PCC accountability board: attendance as prose, the action log reviewed in prose, new actions in a
# --- "No. | Action | Lead | Target date | RAG" table; running header and footer.

RAVENSMOOR = """
    **RAVENSMOOR POLICE AND CRIME COMMISSIONER
    **ACCOUNTABILITY BOARD

    Minutes of the meeting held on Tuesday 8 April 2025 at 10:00 in the Conference Room, Ravensmoor Police Headquarters, Saltergate, Ravensmoor.

    The meeting was chaired by the Police and Crime Commissioner, Gwen Arkwright, who was joined by the Deputy Police and Crime Commissioner, Martin Oduya, and, from the Office of the Police and Crime Commissioner (OPCC), by the Chief Executive, Felicity Namwar, and the Chief Finance Officer, Declan Roper. Ravensmoor Police were represented by Chief Constable Andrew Tenby, Deputy Chief Constable Helen Marchbank and Assistant Chief Constable Ravi Lall. Susan Orme, the force's Director of Finance, attended for item 5. The minutes were taken by Josie Caddick, OPCC Governance Officer. Apologies were received from Carl Threlfall, OPCC Head of Commissioning.

    **1. Welcome, apologies and declarations of interest
    The Commissioner welcomed everyone and noted the apologies above. There were no declarations of interest. The Commissioner reminded the Board that the minutes of this meeting would be published on the OPCC website, with any exempt information removed.

    **2. Minutes of the previous meeting (11 February 2025)
    The minutes of the meeting held on 11 February 2025 were agreed as an accurate record, subject to correcting the spelling of the Harlsey custody suite in item 6.

    **3. Action log
    The Board went through the open actions on the log in turn.

    Action 2024/41 (firearms licensing backlog): ACC Lall reported that the backlog of applications had fallen from 612 in November to 340, and that the four additional licensing staff had now started. The action was closed.

    Action 2025/03 (analysis of stop and search of under-18s): the DCC said that the analysis was finished but had not yet been considered by the force's independent scrutiny panel, which next meets in May. It would come to the June Board instead, and the action was carried forward.

    Action 2025/05 (revised complaints review leaflet): the Chief Executive confirmed that the leaflet had been published on 3 March in print and online. Complete.

    Action 2025/06 (costs of the vehicle fleet replacement): remains open; the Director of Finance would present the costs under item 5.

    **4. Performance: neighbourhood policing and response times
    The Chief Constable presented the quarterly performance report for October to December 2024. Emergency attendance within 15 minutes in urban areas was 81.2% against the force's own target of 85%; in rural areas 78.9% of emergencies were attended within 20 minutes. The Chief Constable explained that the new shift pattern introduced in January had not yet bedded in, and that officers would continue to be deployed to the night-time economy in Ravensmoor town centre on Friday and Saturday nights throughout the spring.

    The Commissioner asked for rural response times to be broken down by neighbourhood area, as residents of the upland wards had raised concerns at her public meetings in Kildwick and Thrush Gill. The Chief Constable undertook to provide the breakdown by the next Board.

    The Deputy Commissioner asked how many PCSO posts were vacant. The DCC replied that there were 14 vacancies against an establishment of 118 and that a recruitment campaign had closed in March with 96 applicants. The Deputy Commissioner hoped the force would be able to restore PCSO numbers in the upland wards before the summer visitor season.

    **5. Finance: provisional outturn 2024/25 and fleet replacement
    Susan Orme presented the provisional revenue outturn, an underspend of £1.14m, mainly on police staff pay because of vacancies. The CFO noted that the figure would remain provisional until the accounts were closed at the end of May. He would share the provisional outturn report with the Police and Crime Panel's finance working group by 30 April.

    On the fleet, Ms Orme explained that the cost of replacing the 46 response vehicles due for renewal had risen by 18% since the capital programme was set. The Board agreed that the replacement should be phased over the two financial years 2025/26 and 2026/27, and that the Director of Finance and the OPCC CFO should prepare a revised capital programme for the Commissioner's approval.

    The Commissioner said that she intended to raise the capital grant settlement with the Minister for Policing at the national PCC conference.

    **6. Violence against women and girls
    ACC Lall introduced the six-monthly update on the VAWG delivery plan. Reports of stalking had risen by 22% on the previous year, which the force attributed partly to better recording. The number of Stalking Protection Orders applied for had doubled. The Board noted the update.

    The Chief Executive proposed a joint OPCC and force communications campaign on stalking ahead of the summer and would circulate a draft plan to Board members.

    **7. HMICFRS PEEL inspection: improvement plan
    DCC Marchbank reported on the force's response to the PEEL inspection published in January, in which investigating crime had been graded as requiring improvement. HMICFRS had recommended that the force improve the supervision of volume crime investigations within six months. The force has drawn up an improvement plan with 23 actions, overseen by the DCC's Investigation Standards Board. The Commissioner asked that progress against the improvement plan come to this Board every quarter.

    **8. Any other business
    The Deputy Commissioner mentioned that the OPCC's youth engagement fund had received 37 applications, which the grants panel would assess in May. The Commissioner suggested that the Board might hold a future meeting at the new Harlsey custody suite once it opens; this was left for another time.

    **9. Date of next meeting
    Tuesday 3 June 2025 at 10:00, Conference Room, Ravensmoor Police Headquarters.

    **Actions agreed at this meeting
    <<cols 9 39 17 13 6>>
    | **No. | Action | Lead | Target date | RAG |
    | 2025/11 | Breakdown of rural emergency response times by neighbourhood area | CC | By the next Board | New |
    | 2025/12 | Share the provisional outturn report with the Panel's finance working group | OPCC CFO | 30.04.25 | New |
    | 2025/13 | Revised capital programme for the fleet replacement, phased over 2025/26 and 2026/27, for the Commissioner's approval | Director of Finance / OPCC CFO | 31.05.25 | New |
    | 2025/14 | Circulate a draft plan for the joint summer stalking communications campaign | OPCC Chief Executive | w/c 14 April | New |
    | 2025/15 | Quarterly report to the Board on progress against the PEEL improvement plan | DCC | End of Q2 | New |
"""


def ravensmoor_board(path: Path) -> None:
    path.write_bytes(
        _pdf(
            RAVENSMOOR,
            "OFFICIAL" + " " * 96 + "Ravensmoor OPCC",
            "Accountability Board - 8 April 2025 - minutes (approved)" + " " * 60 + "Page {n} of {total}",
        )
    )


# --- A PCC performance board (Word): the date without a year in its heading, attendance in a table with
# --- initials, an action log "Ref | Owner | Action | Update | Status", "Action by:" lines, two owners.


def kelderby_performance_board(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Office of the Police and Crime Commissioner for Kelderby", True, 13)
    paragraph(doc, "PERFORMANCE BOARD", True, 15)
    paragraph(doc, "Minutes – Tuesday 26 November, 14:00–16:30", True)
    paragraph(doc, "Kelderby Police Headquarters, Carr Lane, Kelderby – Meeting Room 4")
    paragraph(doc, "Present", True)
    ruled_table(
        doc,
        [
            ["Name", "Role", "Initials"],
            ["Nadia Fensome", "Police and Crime Commissioner (Chair)", "NF"],
            ["Gareth Lyle", "Chief Executive, OPCC", "GL"],
            ["Priya Sandhu", "Treasurer, OPCC", "PS"],
            ["Owen Castell", "Chief Constable", "OC"],
            ["Miriam Holt", "Deputy Chief Constable", "MH"],
            ["Stuart Abbey", "Assistant Chief Constable (Local Policing)", "SA"],
            ["Colette Raines", "Head of Performance, Kelderby Constabulary", "CR"],
        ],
    )
    doc.add_paragraph(
        "In attendance: Ellen Farrow, OPCC Business Support Officer (notes). "
        "Apologies: Ben Whitlow, OPCC Policy Officer."
    )
    doc.add_heading("1. Apologies and declarations of interest", level=2)
    doc.add_paragraph("Apologies as above. No interests were declared.")
    doc.add_heading("2. Minutes of the meeting held on 24 September 2024 and action log", level=2)
    doc.add_paragraph(
        "The minutes of 24 September 2024 were approved. The Board reviewed the action log; the "
        "position against each open action is recorded below."
    )
    ruled_table(
        doc,
        [
            ["Ref", "Owner", "Action", "Update", "Status"],
            [
                "PB/24/17",
                "DCC",
                "Report on the rise in detected shoplifting and the use of community resolutions",
                "Report taken under item 5 of this meeting",
                "Complete",
            ],
            [
                "PB/24/19",
                "Treasurer",
                "Confirm the ring-fenced grant allocation for Safer Streets round 6",
                "Home Office allocation still awaited; chased on 12 November",
                "Open",
            ],
            [
                "PB/24/20",
                "ACC (LP)",
                "Pilot of the Right Care Right Person protocol in the east district",
                "Pilot began 4 November; evaluation expected February",
                "In progress",
            ],
            [
                "PB/24/21",
                "CEx / CC",
                "Joint letter to health partners on the mental health concordat",
                "Superseded by the regional agreement signed in October",
                "Closed",
            ],
            [
                "PB/24/22",
                "Head of Performance",
                "Add a victim satisfaction measure to the performance dashboard",
                "On hold until the new survey provider is in place in April",
                "On hold",
            ],
        ],
    )
    doc.add_heading("3. Performance dashboard – Quarter 2", level=2)
    doc.add_paragraph(
        "CR presented the dashboard for July to September. Total recorded crime was 3.1% lower than "
        "in the same quarter last year; residential burglary was down 11% and vehicle crime down "
        "6%, while recorded shoplifting rose by 19%. The charge rate for all crime stood at 7.4%."
    )
    doc.add_paragraph(
        "NF asked why the charge rate for domestic abuse offences remained below the regional "
        "average. MH explained that a higher share of victims withdrew support for prosecution in "
        "Kelderby than elsewhere, and that the force was reviewing its use of evidence-led "
        "prosecutions. The Chief Constable added that officers would continue to prioritise arrest "
        "enquiries for wanted domestic abuse suspects through Operation Hearth. MH agreed to bring a "
        "deep dive on domestic abuse outcomes to the January meeting."
    )
    doc.add_paragraph("Action by: MH – January Board")
    doc.add_paragraph(
        "PS asked whether the dashboard could show trends over three years rather than one. CR said "
        "this was already available in the appendix and would remain there."
    )
    doc.add_heading("4. Contact management", level=2)
    doc.add_paragraph(
        "SA reported that the average wait for a 101 call was 7 minutes 40 seconds, against 9 "
        "minutes 10 seconds in the previous quarter, and that 92% of 999 calls were answered within "
        "ten seconds. NF asked how many callers who abandoned a 101 call were called back; SA said "
        "the figure was 64% and that it was reported monthly to the force's contact board."
    )
    doc.add_paragraph(
        "The contact centre is forecasting an underspend of around £90,000 this year. The Treasurer "
        "and the DCC would look together at whether the underspend could fund the proposed webchat "
        "pilot, and report back before the budget is set."
    )
    doc.add_paragraph("Action by: PS / MH – end of December")
    doc.add_heading("5. Shoplifting and retail crime", level=2)
    doc.add_paragraph(
        "MH presented the report requested at the September meeting (PB/24/17). Of 1,406 "
        "shoplifting offences recorded in the half year, 21% had been charged or summonsed and 9% "
        "resolved by a community resolution. The Board noted the report and thanked the retail "
        "crime team for their work over the summer."
    )
    doc.add_paragraph(
        "NF hoped that the Kelderby Business Crime Reduction Partnership would extend its radio scheme "
        "to the retail parks on the ring road. It was agreed that the Chief Executive would write to "
        "the Partnership offering OPCC match funding of up to £15,000 for the extension."
    )
    doc.add_paragraph("Action by: GL – 13 Dec")
    doc.add_heading("6. Any other business", level=2)
    doc.add_paragraph(
        "OC told the Board that the force's rural crime team had been shortlisted for a national "
        "policing award, with the result to be announced in February. GL suggested that some future "
        "meetings could be held at the eastern divisional headquarters; members preferred to keep "
        "meeting at headquarters."
    )
    doc.add_heading("7. Date of next meeting", level=2)
    doc.add_paragraph("Tuesday 28 January 2025, 14:00, Kelderby Police Headquarters.")
    doc.save(path)


# --- A PCC board's agenda pack: the agenda, the previous meeting's minutes (narrative promises by the ACC,
# --- DCC and OPCC officers) and the action log "Ref | Owner | Action | Update | Status", then a forward plan.

ULLERBY = """
    **ULLERBY POLICE AND CRIME COMMISSIONER
    **STRATEGIC POLICING AND RESOURCES BOARD

    **Agenda

    Tuesday 17 June 2025, 2.00pm
    Council Room, Ullerby House, Priory Walk, Ullerby

    Members: Jonathan Sayle, Police and Crime Commissioner (Chair); Chief Constable Rachel Dunmore; Deputy Chief Constable Mark Ebdon; Assistant Chief Constable Fiona Whitcombe; Tessa Kidd, OPCC Chief Executive; Imran Qadir, OPCC Chief Finance Officer; Louise Penhale, OPCC Director of Commissioning

    1. Apologies and declarations of interest
    2. Minutes of the meeting held on 15 April 2025
    3. Action log
    4. Estates strategy: Ullerby Central police station
    5. Serious violence duty: year two funding
    6. Quarter 4 finance and performance
    7. Forward plan
    8. Any other business

    Papers for items 4 to 6 are to follow. Contact: Gemma Rowntree, Governance Officer, OPCC.
    <<page>>
    **ULLERBY POLICE AND CRIME COMMISSIONER
    **STRATEGIC POLICING AND RESOURCES BOARD

    **Minutes of the meeting held on Tuesday 15 April 2025, 2.00pm, Council Room, Ullerby House

    Present: Jonathan Sayle, Police and Crime Commissioner (Chair); Deputy Chief Constable Mark Ebdon (for the Chief Constable); Assistant Chief Constable Fiona Whitcombe; Tessa Kidd, OPCC Chief Executive; Imran Qadir, OPCC Chief Finance Officer; Louise Penhale, OPCC Director of Commissioning.
    In attendance: Gemma Rowntree, Governance Officer (minutes).
    Apologies: Chief Constable Rachel Dunmore.

    **1. Apologies and declarations of interest
    The apologies of the Chief Constable were noted. No interests were declared.

    **2. Minutes of the meeting held on 18 February 2025
    The minutes were approved as a correct record.

    **3. Action log
    The Board went through the action log. All actions from February had been completed except SRB/25/04 (custody healthcare contract: options for re-procurement), which remains open and is covered under item 5.

    **4. Neighbourhood policing model
    ACC Whitcombe presented the proposal to move from 14 to 11 neighbourhood policing teams, aligned with the district council boundaries, from October. Response officers would continue to cover the rural east from Haxby Moor station. The Commissioner asked how the change would be explained to town and parish councils. ACC Whitcombe said she would write to every town and parish council before the consultation opened in May, and would bring the consultation results to the Board in July.

    The Board endorsed the proposal for consultation.

    **5. Custody healthcare contract
    Louise Penhale reported that the custody healthcare contract with Medivance expires in March 2026. The Board approved a one-year extension, to March 2027, to allow a joint procurement with the neighbouring forces. The Director of Commissioning undertook to draft the collaboration agreement with the other two OPCCs by the end of June.

    **6. Overtime and budget monitoring
    Imran Qadir reported that police officer overtime had exceeded its budget by £410,000 in 2024/25, mainly because of the mutual aid provided during the summer. The DCC explained that overtime was authorised by superintendents and above and was now reviewed weekly. The Commissioner asked for a breakdown of overtime by department; the DCC agreed to provide it to the Chief Finance Officer within six weeks.

    The Commissioner noted that he would raise the cost of mutual aid with the National Police Chiefs' Council.

    **7. Any other business
    Tessa Kidd reported that the OPCC had been reaccredited under the Customer Service Excellence standard. The Commissioner thanked the team.

    Next meeting: 17 June 2025.
    <<page>>
    **Item 3 - Action log (as at 9 June 2025)

    <<cols 11 8 26 29 10>>
    | **Ref | Owner | Action | Update | Status |
    | SRB/25/04 | DoC | Custody healthcare contract: options for re-procurement | Extension to March 2027 approved 15 April; see SRB/25/10 | Closed |
    | SRB/25/08 | ACC | Write to all town and parish councils about the neighbourhood policing consultation | Letters sent 6 May | Complete |
    | SRB/25/09 | ACC | Neighbourhood policing consultation results to the Board | Consultation closes 30 June; results to the July Board | In progress |
    | SRB/25/10 | DoC | Draft the collaboration agreement for the joint custody healthcare procurement | Draft with the other OPCCs' legal advisers; slipped to end of July | Amber |
    | SRB/25/11 | DCC | Breakdown of officer overtime by department to the CFO | Not yet received | Overdue |

    **Item 7 - Forward plan

    <<cols 20 64>>
    | **Meeting | Item |
    | 22 July 2025 | Neighbourhood policing consultation: results and recommendations |
    | 22 July 2025 | Annual report of the Commissioner 2024/25 (draft) |
    | 16 September 2025 | Custody healthcare joint procurement: business case |
    | 16 September 2025 | Medium term financial plan 2026/27 to 2029/30 |
"""


def ullerby_pack(path: Path) -> None:
    path.write_bytes(
        _pdf(
            ULLERBY,
            "Ullerby OPCC - Strategic Policing and Resources Board - 17 June 2025",
            "Published under the OPCC's publication scheme" + " " * 64 + "{n}",
        )
    )


# --- A police and crime panel's printed ModernGov minutes (PDF): questions to the Commissioner,
# --- "RESOLVED that (1) ... (2) ...", a recommendation to the Commissioner, a work programme.

FALLOWMERE = """
    **FALLOWMERE POLICE AND CRIME PANEL

    MINUTES of a meeting of the Fallowmere Police and Crime Panel held in the Council Chamber, County Hall, Fallowmere on Thursday, 13 February 2025 at 10.00 am.

    Present: Councillor Patricia Wenlock (Chairman), Councillor Idris Bevan (Vice-Chairman), Councillors Ken Ashurst, Marion Falk, Lee Gorringe, Nasreen Hadi, Simon Kettleborough and Jo Pendle; Independent Members Colin Ferrier and Anita Rowe.

    Also present: Harriet Mowbray (Police and Crime Commissioner), Dean Cassidy (Chief Executive, OPCC), Kate Lavers (Chief Finance Officer, OPCC) and Chief Constable Peter Oakes.

    Officers: Rhodri Evans (Panel Lead Officer) and Sunita Lal (Democratic Services Officer).

    **45 Apologies and substitutions
    Apologies were received from Councillor Graham Pike; Councillor Jo Pendle attended as his substitute.

    **46 Declarations of interest
    Councillor Falk declared a non-pecuniary interest in minute 49 as a close family member is a serving officer with Fallowmere Police.

    **47 Minutes of the previous meeting
    RESOLVED that the minutes of the meeting held on 28 November 2024 be approved as a correct record and signed by the Chairman.

    Arising from minute 38, the Panel Lead Officer confirmed that the Commissioner's written response on the retention of special constables had been circulated to members on 9 December 2024.

    **48 Public questions
    One public question had been received, from Mr Alan Birtles, about speeding on the A614 at Chelby. The Commissioner's written response was read out. Mr Birtles asked a supplementary question about the number of visits by the mobile safety camera van in the last year. The Commissioner said she did not have the figures with her and would provide a written reply, to be published on the Panel's web pages.

    **49 Proposed police precept 2025/26
    The Commissioner presented her proposal to increase the police element of the council tax by £14.00 for a Band D property, to £287.44, an increase of 5.12%. She explained that the increase would fund 32 additional neighbourhood officers and the replacement of the force's command and control system. The Chief Finance Officer set out the medium term financial plan and the planned use of reserves.

    In response to a question from Councillor Kettleborough, the Chief Finance Officer confirmed that general reserves would fall to 3.1% of net revenue expenditure by 2027/28, which remained within the Commissioner's reserves strategy. Councillor Ashurst asked how the additional officers would be distributed; the Chief Constable said that they would be allocated using the force's demand model, and that rural districts would receive at least a third.

    Councillor Hadi hoped that the Commissioner would continue to lobby the Home Office for a fairer funding formula for rural forces. The Commissioner undertook to share the force's workforce plan with Panel members once it had been agreed with the Chief Constable.

    Having considered the proposal, it was
    RESOLVED that
    (1) the Panel supports the Commissioner's proposed precept of £287.44 for a Band D property for 2025/26;
    (2) the Panel recommends to the Commissioner that she publishes, alongside the precept, a plain-language summary of how the additional income will be spent on neighbourhood policing; and
    (3) the Panel's report on the proposed precept be sent to the Commissioner by 17 February 2025, as the regulations require.
    (Voting: 8 for, 1 against, 1 abstention.)
    <<page>>
    **50 Questions to the Commissioner
    Councillor Gorringe asked about the closure of the front counter at Thurnby police station. The Commissioner explained that the counter had received fewer than six visitors a day, and that new community contact points would open in Thurnby and Aldby libraries in April. Councillor Gorringe asked that members be told the opening hours of the new contact points; the Chief Executive said that he would circulate them to the Panel after the meeting.

    Councillor Ashurst asked whether the force would take part in the national pilot of drone-first response. The Chief Constable said that the force had applied and expected to hear in March.

    Councillor Bevan asked about the Commissioner's attendance at the regional rural crime forum. The Commissioner said that she had attended in January and had raised the theft of farm machinery with the other Commissioners.

    **51 Complaints against the Commissioner
    The Panel Lead Officer reported that no complaints had been received since the last meeting.
    RESOLVED that the report be noted.

    **52 Work programme
    The Panel considered its work programme for the rest of the municipal year.
    RESOLVED that the work programme be agreed, with the addition of an item on the Commissioner's estates strategy at the meeting on 19 June 2025.

    The work programme as agreed:
    20 March 2025 - Police and Crime Plan: annual delivery report
    20 March 2025 - Victims' Code compliance
    19 June 2025 - Commissioner's Annual Report 2024/25
    19 June 2025 - Estates strategy

    **53 Date of next meeting
    The next meeting will be held on Thursday 20 March 2025 at 10.00 am.

    The meeting closed at 12.35 pm.

    Chairman
"""


def fallowmere_panel(path: Path) -> None:
    path.write_bytes(_pdf(FALLOWMERE, "", "Chairman's initials ..........." + " " * 60 + "{n}"))


# --- A Scottish community council (Word): "Sederunt", matters arising in prose, "Action – JB" lines.


def glenarrick_community_council(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "GLENARRICK AND STRATHLOY COMMUNITY COUNCIL", True, 14)
    paragraph(
        doc,
        "Minutes of the meeting held on Monday 10th February 2025 at 7.30pm in Glenarrick Public Hall",
        True,
    )
    paragraph(doc, "Sederunt", True)
    doc.add_paragraph(
        "Jean Buchanan (JB, Chair), Alasdair Munro (AM, Vice-Chair), Morag Sinclair (MS, Secretary), "
        "Callum Reid (CR, Treasurer), Eilidh Fraser (EF), Duncan MacLeod (DM)."
    )
    doc.add_paragraph(
        "In attendance: Cllr Graham Tulloch (Strathmoran Council, ward councillor); PC Ross Kerr "
        "(Police Scotland); 4 members of the public."
    )
    doc.add_paragraph("Apologies: Fiona Grant, Cllr Ann Stoddart.")
    paragraph(doc, "1. Welcome and apologies", True)
    doc.add_paragraph("JB welcomed everyone, in particular PC Kerr on his first visit. Apologies as above.")
    paragraph(doc, "2. Minutes of previous meeting", True)
    doc.add_paragraph("The minutes of 13th January 2025 were approved. Proposed AM, seconded CR.")
    paragraph(doc, "3. Matters arising", True)
    doc.add_paragraph(
        "Bus shelter at Strathloy road end: the Council has confirmed it will be replaced in the "
        "spring; MS had chased again on 3rd February. Grit bins: the two new bins at Kirkbrae have "
        "been installed and filled. Defibrillator at the hall: the pads have been replaced – done. "
        "Letter to Scottish Water about the burst main at Bridgend: no reply yet; MS will follow "
        "it up."
    )
    paragraph(doc, "4. Police report", True)
    doc.add_paragraph(
        "PC Kerr reported 14 incidents in the area since the last meeting, including two thefts of "
        "diesel from farm yards and one road traffic collision on the B8120 with minor injuries. "
        "Officers will continue to carry out speed checks on the B8120 through the village. He asked "
        "residents to report suspicious vehicles at night by calling 101. EF asked whether the "
        "police could attend the school's road safety week; PC Kerr said he would speak to the head "
        "teacher and arrange a visit."
    )
    paragraph(doc, "5. Ward councillor's report", True)
    doc.add_paragraph(
        "Cllr Tulloch reported that the Council's budget would be set on 27th February and that a "
        "council tax rise of around 8% was expected. The Council had resurfaced the Glen Road in "
        "January. He hoped the Council would keep the Glenarrick recycling point open but could "
        "give no assurance. Cllr Tulloch agreed to find out when the Kirkbrae footpath repairs are "
        "scheduled."
    )
    paragraph(doc, "6. Planning", True)
    doc.add_paragraph(
        "25/00114/FUL – erection of a house and garage, plot 2, Achnacarry Road. No objections raised "
        "by members. 25/00131/FUL – change of use of the former bank to a café, Main Street: members "
        "supported the application and agreed to write in support."
    )
    doc.add_paragraph("Action – MS")
    paragraph(doc, "7. Treasurer's report", True)
    doc.add_paragraph(
        "CR reported a balance of £2,318.42 in the main account and £4,950 in the windfarm community "
        "fund account. The grant of £600 to the Glenarrick Gala was paid in January. The community "
        "council's insurance renewal of £212.60 falls due in March; it was agreed to renew with the "
        "same insurer."
    )
    doc.add_paragraph("Action – CR to arrange renewal before 31st March")
    paragraph(doc, "8. Correspondence", True)
    doc.add_paragraph(
        "A letter from the Strathmoran Council community planning team about the locality plan "
        "consultation, closing 14th March. DM offered to draft a response for members to comment "
        "on. An invitation to the Council's community council forum on 20th March; JB and AM will "
        "attend. The Scottish Community Councils' Association newsletter had been circulated by email."
    )
    doc.add_paragraph("Action – DM (draft response by 28th Feb)")
    paragraph(doc, "9. AOCB", True)
    doc.add_paragraph(
        "EF raised the condition of the path to the old pier. It was suggested that a work party "
        "might clear it in the summer, but no date was set. AM reported that the hall committee had "
        "repainted the main hall."
    )
    paragraph(doc, "10. Date of next meeting", True)
    doc.add_paragraph("Monday 10th March 2025 at 7.30pm, Glenarrick Public Hall.")
    doc.save(path)


# --- A Friends group's minutes (PDF): informal, an Action column of initials at the right margin, an
# --- "Action -" note, running footer.

TOLLEY = """
    **FRIENDS OF TOLLEY WOOD
    **Minutes of the committee meeting, Tuesday 15th October 2024, 7pm, Scout Hut, Mill Road

    Present: Hazel Penrice (Chair), Tom Ashby (Treasurer), Kirsty Lowe (Secretary), Dev Patel, Margaret Oyelaran, Bill Cardew
    Apologies: Sue Fanshawe, Nick Oduya (Woodland Officer, Marlcombe Borough Council)

    >>> Action
    **1. Minutes of the last meeting (10th September)
    Agreed as correct. Matters arising: the new noticeboard at the Mill Road entrance has been put up by BC and DP. The request for a bin at the Hollow Lane gate is still with the Council; Nick is chasing it. The bird box survey results came back and 31 of the 40 boxes were used this year.

    **2. Treasurer's report
    TA said the balance is £1,872.16. The £250 grant from Marlcombe in Bloom has come in. Membership renewals are due in January; 58 members at present. TA to send renewal reminders by email in early December. >>> TA

    **3. Winter work parties
    Work parties will be on the first Sunday of each month, November to March, 10am-12.30. Main jobs: coppicing hazel in compartment 3, clearing holly from the glade, and repairing the boardwalk by the pond. The Council has agreed to deliver timber for the boardwalk. HP will draw up a rota of leaders and circulate it by the end of October. >>> HP
    MO asked about insurance for volunteers using bow saws: our policy covers hand tools but not chainsaws, so chainsaw work stays with the Council's contractors.
    KL to put the work party dates on the website and Facebook page. >>> KL

    **4. Ash dieback
    DP reported that the Council's tree team had surveyed the wood in September and marked 22 ash trees for felling along the paths this winter. The paths will be closed on some weekdays while the work is carried out. Members were sorry to lose the trees but understood the safety reasons. We hope the Council will replant with native species. DP will ask Nick Oduya for the felling dates so they can go on the noticeboards. >>> DP

    **5. Events
    The fungus walk on 5th October was well attended (27 people) and raised £64 in donations. Dawn chorus walk in May: MO will contact the county bird club about a leader. >>> MO
    It was suggested we could hold a Christmas wreath-making session; no one felt able to organise it this year.

    **6. AOB
    BC mentioned that dog fouling near the play area has got worse. The Council's dog warden service has been told. KL said the Scout Hut will go up to £15 a session from January; agreed to carry on using it.
    Action - KL to book the hut for 2025 meetings.

    Next meeting: Tuesday 14th January 2025, 7pm, Scout Hut.
"""


def tolley_wood(path: Path) -> None:
    path.write_bytes(_pdf(TOLLEY, "", "FoTW committee minutes 15/10/24" + " " * 68 + "page {n}"))


PAPERS = {
    "ravensmoor-pcc-accountability-board-2025-04-08.pdf": ravensmoor_board,
    "kelderby-opcc-performance-board-2024-11-26.docx": kelderby_performance_board,
    "ullerby-pcc-strategic-policing-and-resources-board-pack-2025-06-17.pdf": ullerby_pack,
    "fallowmere-police-and-crime-panel-2025-02-13.pdf": fallowmere_panel,
    "glenarrick-strathloy-community-council-2025-02-10.docx": glenarrick_community_council,
    "friends-of-tolley-wood-2024-10-15.pdf": tolley_wood,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
