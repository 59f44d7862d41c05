#!/usr/bin/env python3
"""Writes the blind set's Word and PDF papers from the text below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), and each gold file names the sha256 of the bytes it was written for.

    .venv/bin/python tests/corpus/blind/build.py
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

# --------------------------------------------------------------------------------------------------
# Word papers


def kilbrannan_community_council(path: Path) -> None:
    """A Scottish community council's minutes: sederunt, police report, matters arising in prose,
    correspondence, planning, and "AP:" lines after the paragraphs they belong to."""
    doc = docx.Document()
    paragraph(doc, "KILBRANNAN & DALRIACH COMMUNITY COUNCIL", True, 14)
    paragraph(
        doc,
        "Minutes of the Ordinary Meeting held in Dalriach Village Hall on Monday 11th November 2024 "
        "at 7.30pm",
        True,
    )
    doc.add_paragraph(
        "Sederunt: Fiona MacAulay (Chair), Iain Drummond (Vice Chair), Morag Lennie (Secretary), "
        "Callum Reid (Treasurer), Shona Baird, Alasdair Munro, Kirsty Gow"
    )
    doc.add_paragraph(
        "In attendance: Cllr Euan Paterson (Strathlorn Council), PC Gregor Tait (Police Scotland), "
        "5 members of the public"
    )
    doc.add_paragraph("Apologies: Cllr Jean Rennie, Ruaridh Boyd")
    paragraph(doc, "1. Welcome and Apologies", True)
    doc.add_paragraph("The Chair welcomed all present. Apologies were noted as above.")
    paragraph(doc, "2. Declarations of Interest", True)
    doc.add_paragraph("None.")
    paragraph(doc, "3. Police Report", True)
    doc.add_paragraph(
        "PC Tait presented the report for October. Six crimes were recorded in the area, including two "
        "thefts of fuel from farm premises at Achnacarra. Speeding had been reported on the B8024 near "
        "Dalriach Primary School, and Road Policing officers will carry out speed checks at school "
        "times during November. Residents are reminded to lock outbuildings and to report anything "
        "suspicious on 101."
    )
    doc.add_paragraph(
        "A member asked about the abandoned car on Shore Road. PC Tait said it had been reported to "
        "Strathlorn Council for removal last week. PC Tait will look into whether the mobile police "
        "office could visit Kilbrannan once a month."
    )
    paragraph(doc, "4. Minutes of Previous Meeting", True)
    doc.add_paragraph(
        "The minutes of the meeting of 14th October 2024 were approved: proposed Shona Baird, seconded "
        "Alasdair Munro."
    )
    paragraph(doc, "5. Matters Arising", True)
    doc.add_paragraph(
        "Bus shelter at Kilbrannan pier – Cllr Paterson reported that the council has ordered a "
        "replacement shelter, to be fitted in January."
    )
    doc.add_paragraph(
        "Grit bin at Manse Brae – ID asked the roads department to refill it and this has been done."
    )
    doc.add_paragraph(
        "Community council website – KG has still to hear back from the web host about transferring "
        "the domain name."
    )
    paragraph(doc, "6. Correspondence", True)
    doc.add_paragraph(
        "Strathlorn Council – consultation on the proposed Local Development Plan 3, closing on 20th "
        "December. It was agreed that the Community Council would respond, concentrating on housing "
        "land at Kilbrannan."
    )
    doc.add_paragraph("AP: ML to draft the response and circulate it to members by 6th December.")
    doc.add_paragraph(
        "Scottish Water – notice of planned works at Dalriach water treatment works in January. Noted."
    )
    doc.add_paragraph("Letter from a resident about dog fouling on the shore path.")
    doc.add_paragraph("AP: FMacA to reply to the resident.")
    paragraph(doc, "7. Planning", True)
    doc.add_paragraph("24/01873/PP – Erection of dwellinghouse, Plot 3, Torran Road – no objection.")
    doc.add_paragraph(
        "24/01911/PP – Extension to feed barge, Loch Brannan fish farm – members were concerned about "
        "the visual impact and noise at night. It was agreed to submit an objection."
    )
    doc.add_paragraph("AP: ML to submit the objection by 22nd November.")
    paragraph(doc, "8. Treasurer's Report", True)
    doc.add_paragraph(
        "CR reported a balance of £2,614.08 at 31st October 2024. The administration grant of £520 has "
        "been received from Strathlorn Council and the electricity bill for the Christmas lights (£86) "
        "has been paid. The Community Council approved a grant of £150 to the Dalriach Gala Committee. "
        "Callum will bring a draft budget for 2025/26 to the next meeting."
    )
    paragraph(doc, "9. Councillor's Report", True)
    doc.add_paragraph(
        "Cllr Paterson reported on the council's budget consultation. Strathlorn Council is proposing "
        "to close the Kilbrannan recycling point; he hoped to secure a stay of execution. He will ask "
        "officers for the winter gritting routes map and forward it to the Secretary."
    )
    paragraph(doc, "10. AOCB", True)
    doc.add_paragraph(
        "Christmas tree at the pier – Alasdair offered to collect the tree from Forestry and Land "
        "Scotland on 30th November."
    )
    doc.add_paragraph(
        "Iain suggested a community litter pick in the spring. To be brought back to the January meeting."
    )
    paragraph(doc, "Date of Next Meeting", True)
    doc.add_paragraph("Monday 13th January 2025 at 7.30pm in Kilbrannan Church Hall.")
    doc.save(path)


def corriswell_accountability_board(path: Path) -> None:
    """A PCC accountability board: attendance as a table, the action log reviewed in a table, narrative, and
    an action schedule (ITEM | ACTION | OWNER | TIMESCALE) at the end."""
    doc = docx.Document()
    paragraph(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CORRISWELL", True, 13)
    paragraph(doc, "ACCOUNTABILITY BOARD", True, 13)
    doc.add_paragraph(
        "Minutes of the meeting held on Tuesday 28 January 2025 at 10:00, Conference Room 2, Police "
        "Headquarters, Brannock Road, Corriswell"
    )
    paragraph(doc, "Present", True)
    ruled_table(
        doc,
        [
            ["Name", "Role", "Initials"],
            ["Andrea Halewood", "Police and Crime Commissioner (Chair)", "PCC"],
            ["Martin Oyelaran", "Chief Constable", "CC"],
            ["Helen Strachan", "Deputy Chief Constable", "DCC"],
            ["Paul Venning", "Assistant Chief Constable, Crime and Operations", "ACC C&O"],
            ["Neil Garside", "Chief Executive, OPCC", "CEx"],
            ["Gemma Lyle", "Chief Finance Officer, OPCC", "CFO OPCC"],
            ["Robert Amos", "Director of Finance, Corriswell Police", "DoF"],
            ["Siân Everett", "Head of Policy, OPCC (minutes)", "SE"],
        ],
    )
    doc.add_paragraph("Apologies: Colin Ware, Deputy Police and Crime Commissioner")
    doc.add_heading("1. Welcome, introductions and apologies", level=2)
    doc.add_paragraph("The PCC welcomed those present. Apologies were received from the Deputy PCC.")
    doc.add_heading("2. Minutes of the previous meeting and action log", level=2)
    doc.add_paragraph(
        "The minutes of the meeting held on 26 November 2024 were agreed as an accurate record. The "
        "action log was reviewed:"
    )
    ruled_table(
        doc,
        [
            ["Ref", "Action", "Owner", "Update", "Status"],
            [
                "AB/24/31",
                "Provide a breakdown of 101 call abandonment by hour of day",
                "DCC",
                "Presented under item 4 of this meeting",
                "Complete",
            ],
            [
                "AB/24/33",
                "Report on the rural crime team's first six months",
                "ACC C&O",
                "Deferred to the March Board at the ACC's request",
                "Deferred",
            ],
            [
                "AB/24/34",
                "Share the draft precept consultation questions with the force",
                "CEx",
                "Shared 2 December",
                "Closed",
            ],
            [
                "AB/24/35",
                "Update on the vetting backlog recovery plan",
                "DCC",
                "Backlog down to 212 cases; plan on track; further update in March",
                "Ongoing",
            ],
            [
                "AB/24/36",
                "Confirm the capital slippage on fleet replacement",
                "DoF",
                "Not yet received",
                "Overdue",
            ],
        ],
    )
    doc.add_heading("3. Chief Constable's update", level=2)
    doc.add_paragraph(
        "The Chief Constable updated the Board on significant events since the last meeting, including "
        "the policing of the flooding in the Lower Corris valley. The force will continue Operation "
        "Sentinel against county lines drug supply through the spring. He informed the Board that the "
        "national framework on violence against women and girls had been updated in December."
    )
    doc.add_heading("4. Performance: contact management", level=2)
    doc.add_paragraph(
        "The DCC presented the contact management report. 91% of 999 calls were answered within ten "
        "seconds; 101 abandonment had fallen to 14%. The breakdown by hour of day showed abandonment "
        "peaking between 17:00 and 20:00. The PCC asked that the next report also show abandonment "
        "for the online chat channel, which the DCC agreed."
    )
    doc.add_paragraph(
        "The ACC C&O undertook to brief the PCC's victims lead separately on the change to the crime "
        "recording rules for stalking."
    )
    doc.add_heading("5. Finance: Quarter 3 budget monitoring", level=2)
    doc.add_paragraph(
        "The DoF presented the Q3 budget monitoring report, which forecast an underspend of £1.2m, "
        "largely from police staff vacancies. Overtime was forecast to exceed budget by £0.6m. The PCC "
        "approved the transfer of £400,000 of the forecast underspend to the Estates reserve. The DoF "
        "would provide the PCC with a breakdown of overtime spend by department."
    )
    doc.add_heading("6. Precept 2025/26", level=2)
    doc.add_paragraph(
        "The CFO OPCC summarised the results of the precept consultation (2,114 responses, 58% in "
        "support of an increase). The PCC confirmed her decision to propose a precept increase of £14 "
        "for a Band D property to the Police and Crime Panel on 6 February 2025."
    )
    doc.add_heading("7. HMICFRS PEEL inspection", level=2)
    doc.add_paragraph(
        "The DCC presented the force's response to the PEEL inspection report, which graded the force "
        "'adequate' in six areas and identified two areas for improvement, on vetting and on custody. "
        "The Board noted the report. The PCC suggested that the force consider publishing the findings "
        "of its stop and search scrutiny panel."
    )
    doc.add_heading("8. Any other business", level=2)
    doc.add_paragraph("None. The next meeting will be held on Tuesday 25 March 2025 at 10:00.")
    paragraph(doc, "ACTION SCHEDULE", True)
    ruled_table(
        doc,
        [
            ["ITEM", "ACTION", "OWNER", "TIMESCALE"],
            [
                "4",
                "Next contact management report to include abandonment for the online chat channel",
                "DCC",
                "March 2025 Board",
            ],
            ["5", "Breakdown of overtime spend by department to the PCC", "DoF", "End of February 2025"],
            [
                "5",
                "Transfer of £400,000 to the Estates reserve to be made in the ledger",
                "CFO OPCC / DoF",
                "31 January 2025",
            ],
            [
                "7",
                "Publish the PCC's response to the PEEL report on the OPCC website",
                "CEx",
                "Within 56 days",
            ],
            [
                "7",
                "Progress against the two areas for improvement (vetting, custody) to come to the Board",
                "DCC / ACC C&O",
                "Q1 2025/26",
            ],
        ],
    )
    doc.save(path)


def merrow_brook_friends(path: Path) -> None:
    """A Friends group's committee notes as a Word table, the initials of whoever acts in the right-hand column."""
    doc = docx.Document()
    paragraph(doc, "Friends of Merrow Brook Local Nature Reserve", True, 14)
    paragraph(doc, "Committee meeting – 4 March 2025 – 7.30pm at Holly's house, 9 Weir Close")
    paragraph(doc, "Present:", True)
    for line in (
        "Holly Brennan (HB) – chair",
        "Tariq Anwar (TA) – treasurer",
        "Jen Coombes (JC) – secretary",
        "Pete Lund (PL) – work party leader",
        "Ruth Okonedo (RO)",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph("Apologies: Mick Fenn (MF)")
    ruled_table(
        doc,
        [
            ["", "Notes", "Action"],
            ["1", "Notes of the 14 January meeting agreed.", ""],
            [
                "2",
                (
                    "Matters arising. Bird boxes: PL put up the 12 new boxes in February – done. Bank signatories: "
                    "paperwork with the bank, still waiting. Footbridge handrail: reported to the borough council in "
                    "January; the council says repair is scheduled for April."
                ),
                "",
            ],
            [
                "3",
                (
                    "Treasurer's report. Balance £1,962.15. Membership renewals 63 so far (was 71 last year). TA "
                    "suggested putting subs up to £8; not agreed, stays at £6. Reminder email to members who have "
                    "not renewed."
                ),
                "TA",
            ],
            [
                "4",
                (
                    "Work parties. February work party cleared the willow by the dipping platform, 14 volunteers. "
                    "Next: Sat 22 March (hedge laying, north boundary) and Sat 26 April (balsam pull). Borough "
                    "rangers will be coppicing the hazel in the east copse themselves in March. Book the tool trailer "
                    "from the Conservation Volunteers for 22 March."
                ),
                "PL",
            ],
            [
                "5",
                (
                    "Water quality. RO reported the Riverfly survey results for February: scores down at the outfall "
                    "site. Agreed to report the low score to the Environment Agency and ask them to check the outfall."
                ),
                "RO",
            ],
            [
                "6",
                (
                    "Events. Spring wildflower walk Sun 11 May – agreed to go ahead, led by Jen. Posters for the walk "
                    "to the library and the community centre by mid-April. Dawn chorus walk – would be nice to do one "
                    "next year."
                ),
                "JC",
            ],
            [
                "7",
                (
                    "Funding. Agreed to apply to the borough's Community Green Fund for a new interpretation board "
                    "(up to £2,000). Application by 31 March."
                ),
                "HB / TA",
            ],
            [
                "8",
                (
                    "AOB. PCSO Nadia Ferris told HB the police will be patrolling the reserve more at weekends after "
                    "the fires last summer. Next meeting 6 May 2025, 7.30pm, at the Scout hut."
                ),
                "",
            ],
        ],
    )
    doc.save(path)


# --------------------------------------------------------------------------------------------------
# PDF papers: Courier lines down the page, with a running header and footer on every page

PDF_TOP, PDF_BOTTOM, PDF_LEADING, PDF_SIZE, PDF_WRAP = 740, 70, 12, 10, 84
PAGE_BREAK = "<<page>>"


def _pdf(text: str, header: str, footer: str, wrap: int = PDF_WRAP, right: str = "") -> bytes:
    """The paper's lines set in Courier down the pages, wrapped; '**' opens a bold line, PAGE_BREAK a new page,
    and a line ending in '>>XX' sets XX in a right-hand column beside the line's first row. Each page has
    `header` at its top and `footer` (with '{n}' for the page number) at its foot."""
    pages, page, y = [], Page(), PDF_TOP
    for raw in textwrap.dedent(text).strip("\n").splitlines():
        if raw == PAGE_BREAK:
            pages.append(page)
            page, y = Page(), PDF_TOP
            continue
        bold = raw.startswith("**")
        raw, _, side = raw.removeprefix("**").partition(">>")
        for k, line in enumerate(textwrap.wrap(raw, wrap) or [""]):
            if y < PDF_BOTTOM:
                pages.append(page)
                page, y = Page(), PDF_TOP
            if line:
                page.text(50, y, line, PDF_SIZE, bold)
            if side and k == 0:
                page.text(520, y, side.strip(), PDF_SIZE, True)
            y -= PDF_LEADING
    pages.append(page)
    for n, p in enumerate(pages, 1):
        if header:
            p.text(50, 770, header, 8)
        p.text(50, 40, footer.format(n=n), 8)
    return make_pdf(pages)


MARLBURY = """
    **MARLBURY COUNTY COUNCIL

    **MINUTES of a meeting of the Marlbury County Council held in the Council Chamber, County Hall, Marlbury on Thursday, 20 February 2025 at 10.00 am

    PRESENT: Mrs P A Wakeling (Chairman), Mr D J Hesketh (Vice-Chairman), Mr R Abernethy, Mrs S Baptiste, Mr T Carvell, Ms J Danvers, Mr K Ellery, Mrs M Fothergill, Mr G Halloran, Mrs E Ingleby, Mr P Jardine, Ms N Kaur, Mr L Maddox, Mrs C Nettleton, Mr B Okafor, Mrs A Pemberton, Mr S Quayle, Mr H Rix, Mrs V Sandhu and Mr W Tolland

    IN ATTENDANCE: Mr A Grierson (Chief Executive), Mrs F Lomax (Director of Law and Governance), Mr I Whitcombe (Corporate Director of Finance) and Ms R Venn (Democratic Services Manager)

    UNRESTRICTED ITEMS

    **112. Apologies for Absence
    The Democratic Services Manager reported apologies from Mr N Brough, Mrs H Cawley and Mr O Pritchard.

    **113. Declarations of Interests by Members in items on the Agenda for this Meeting
    Mr Carvell declared an Other Significant Interest in item 119 as a director of Marlbury Community Transport Ltd and left the Chamber during the debate on that item.

    **114. Minutes of the meeting held on 12 December 2024
    RESOLVED that the minutes of the meeting held on 12 December 2024 are correctly recorded and that they be signed by the Chairman.

    **115. Chairman's Announcements
    (1) The Chairman congratulated the Marlbury Fire and Rescue Service crews who had been recognised at the national Fire Service Awards.
    (2) The Chairman informed Members of the death of former County Councillor Dennis Pryor, who had represented Hatchmere from 1989 to 2009. Members stood in silence in his memory.
    (3) The Chairman announced that Democratic Services would arrange a seminar for all Members on the English Devolution White Paper in March.

    **116. Questions
    In accordance with Procedure Rule 1.17, three questions were asked and replies given. A record of all questions put and answers given at the meeting is available online.
    Question 1: Mr Okafor asked the Cabinet Member for Highways and Transport how many potholes had been repaired in the current financial year. Mr Ellery replied that 14,206 potholes had been repaired to the end of January. In a supplementary question Mr Okafor asked when Hatchmere Road would be resurfaced. Mr Ellery undertook to provide Mr Okafor with a written answer setting out the programme for Hatchmere Road.
    Question 2: Mrs Sandhu asked the Leader how many children in care were placed outside the county. Mr Rix replied that 212 children, or 24%, were placed outside Marlbury, and that the figure had fallen by 19 since April.
    <<page>>
    Question 3: Ms Kaur asked the Cabinet Member for Community Safety what the Council was doing about the loss of PCSO posts in rural areas. Mrs Pemberton replied that the Council had made representations to the Police and Crime Commissioner about the reductions and would continue to press the case for rural neighbourhood policing.

    **117. Revenue and Capital Budget 2025/26 and Medium Term Financial Plan 2025-28
    (1) Mr Rix moved and Mrs Pemberton seconded the recommendations set out in paragraph 9 of the report.
    (2) Ms Danvers moved and Mr Jardine seconded the following amendment: "to reduce the corporate contingency by £600,000 and use the sum to keep open the Eastley and Barwick youth centres".
    (3) Following the debate, a recorded vote was taken on the amendment. For (6); Against (14); Abstain (0). The amendment was LOST.
    (4) The substantive motion was put to the vote. For (15); Against (5); Abstain (0). The motion was CARRIED, and it was
    RESOLVED that:
    (1) the revenue budget requirement of £812.4m for 2025/26 be approved;
    (2) the county council element of the council tax for a Band D property be set at £1,702.35 for 2025/26, an increase of 4.99%;
    (3) the capital programme 2025-28 as set out in Appendix C be approved;
    (4) the Corporate Director of Finance be authorised to make technical adjustments to the budget following the final local government finance settlement.

    **118. Treasury Management Strategy 2025/26
    Mr Rix moved and Mr Hesketh seconded the recommendations in the report. Mr Abernethy asked about the Council's exposure to money market funds. The Corporate Director of Finance agreed to circulate a briefing note on the Council's investments to all Members.
    RESOLVED that the Treasury Management Strategy 2025/26, including the prudential indicators, be approved.

    **119. Motion for Time Limited Debate - Rural Bus Services
    Mr Maddox moved and Mrs Nettleton seconded the following motion:
    "This Council:
    (1) recognises the importance of supported bus routes to residents of rural Marlbury;
    (2) asks the Cabinet Member for Highways and Transport to bring a review of supported bus routes to the Cabinet by July 2025;
    (3) calls on the Government to restore the Bus Service Improvement Plan funding for Marlbury to its 2023/24 level."
    Following the debate the motion was put to the vote and CARRIED, and it was RESOLVED accordingly.

    **120. Motion - 20mph Default Speed Limit in Villages
    Mr Jardine moved and Ms Danvers seconded a motion asking the Cabinet to adopt a default 20mph limit in all villages. Following the debate the motion was put to the vote and LOST.
    <<page>>
    **121. Report of the Council's Representative on the Police and Crime Panel
    Mr Quayle reported on the Panel's meeting of 6 February 2025, at which the Commissioner's proposed precept had been supported. The Police and Crime Panel had recommended that the Commissioner publish a rural crime strategy. The report was noted.

    **122. Appointments to Committees
    RESOLVED that Mrs Ingleby be appointed to the Governance and Audit Committee in place of Mr Brough.

    **123. Date of Next Meeting
    The Annual Meeting of the County Council will be held on Thursday 15 May 2025 at 10.00 am.

    The meeting closed at 3.40 pm.
"""

ASHGROVE = """
    **FRIENDS OF ASHGROVE CEMETERY
    **Committee Meeting - Tuesday 8th October, 7pm at the Lodge

    Present: Maureen Heap (chair), Dev Patel (treasurer), Sally Quint (secretary), Jonty Rhodes, Aileen Moss, Gareth Lowe
    Apologies: Bernie Whitlock, Fran Ocheing

    **1. Minutes of last meeting (10th Sept)
    Agreed.

    **2. Matters arising
    - Bench plaque for Eric: DP collected it from the engravers and it's now fitted.
    - Noticeboard lock: still broken, Gareth hasn't been able to get the right part. Carried forward.
    - Insurance: Sally renewed with the same insurer, £212.
    - Fallen yew branch by the chapel: SQ has emailed bereavement services twice, no reply yet.

    **3. Treasurer's report
    Dev reported the balance at 30 Sept 2024 was £3,487.22 in the current account plus £1,150 in the grave restoration fund. The open day brought in £426. The small grant application to the heritage fund was unsuccessful. Dev suggested moving to an online bank account - people weren't keen so left as it is.
    Action: Dev to get the accounts to the independent examiner by end of November.

    **4. Work parties
    Jonty said the September work party cleared the ivy from Section C; 11 volunteers came. Next work parties Sat 19th Oct and Sat 16th Nov, 10am-1pm. Bereavement services will be strimming the main paths in October (their job, not ours).
    Two pairs of loppers are broken. Agreed to spend up to £60 on replacements.
    Action: JR to buy new loppers.
    Aileen asked if the Community Payback team could come in to do the heavy clearance by the north wall - Gareth has a contact there.
    Action - GL to ask.

    **5. Events
    Heritage open day (14th Sept) went well, about 140 visitors. Thanks to everyone who helped.
    Halloween lantern walk Sat 26th Oct: Sally has done the risk assessment; we need 6 stewards. Maureen to ring round for stewards.
    Remembrance: agreed to lay a wreath on the war graves on Sunday 10th Nov. Maureen will order the wreath.
    Christmas social: Aileen hopes to book the Fox and Hounds for a meal in December.

    **6. Research group
    Gareth reported 37 more graves transcribed and the WW1 page on the website updated. A booklet for guided tours was mentioned - maybe next year.

    **7. AOB
    PCSO Kirsty told Sally at the open day that there has been some drug litter by the back gate; the police will include the cemetery in their patrols. The back gate lock is broken too.
    Action: SQ to report the broken back gate lock to the council.

    Next meeting: Tuesday 12th November, 7pm, at the Lodge.
"""

HARROWDEN = """
    **HARROWDEN RURAL SAFER NEIGHBOURHOOD PANEL

    **Meeting to be held on Wednesday 19 June 2024 at 7.00pm, Harrowden Memorial Hall

    Panel members: Graham Siddall (Chair), Lesley Crane, Owen Baptiste, Farida Haque, Nick Tranter, Sgt Claire Moxon (Harrowden Rural SNT), Cllr Val Pennock (ward member)

    **AGENDA
    1. Welcome and apologies
    2. Notes of the meeting held on 20 March 2024 (attached)
    3. Progress on actions (attached)
    4. Police update and crime figures
    5. Setting the panel's priorities for July to September
    6. Any other business
    7. Date of next meeting

    Enquiries: Alison Beck, Panel Co-ordinator, Harrowden Parish Office
    <<page>>
    **HARROWDEN RURAL SAFER NEIGHBOURHOOD PANEL
    **Notes of the meeting held on Wednesday 20 March 2024, 7.00pm, Harrowden Memorial Hall

    Present: Graham Siddall (GS, Chair), Lesley Crane (LC), Owen Baptiste (OB), Farida Haque (FH), Sgt Claire Moxon (CM), PCSO Ryan Dale (RD), Cllr Val Pennock (VP)
    In attendance: Alison Beck (AB, Panel Co-ordinator), 9 residents
    Apologies: Nick Tranter

    **>>Action by
    1. Notes of 17 January 2024 agreed.

    2. Police update. Sgt Moxon reported 41 crimes in the quarter, down from 52. Thefts of quad bikes and trailers from farms remain the main concern; the rural crime team will continue to visit farms to give security advice. Two arrests had been made for the theft of catalytic converters in Ashby Parva.

    3. Speeding in Harrowden village. Residents raised speeding on Main Street again. The Speedwatch group has done 14 sessions since January. Sgt Moxon to arrange for the road safety camera van to visit Main Street during April.>>CM
    Cllr Pennock to ask the county council whether a vehicle-activated sign can be funded from the highways budget.>>VP

    4. Anti-social behaviour at the playing field. Residents reported young people gathering at the pavilion on Friday nights and some damage to the benches. PCSO Dale to visit the youth club and speak to the leader.>>RD
    Lesley Crane suggested the pavilion lights be left on at night; the parish council is responsible and it was felt this was not for the panel.

    5. Priorities. The panel agreed its priorities for April to June: speeding on Main Street, rural theft, and ASB at the playing field.

    6. AOB. Owen Baptiste hoped that the Neighbourhood Watch scheme could be revived in Lower Harrowden. Alison Beck to put a notice about the panel's priorities in the parish magazine.>>AB
    <<page>>
    **Item 3 - Progress on actions from 20 March 2024

    Camera van on Main Street (CM): van attended on 9 and 23 April; 31 speeding offences recorded - complete.
    Vehicle-activated sign (VP): county council has said there is no funding this year; VP to raise again in the autumn - not progressed.
    Visit to the youth club (RD): PCSO Dale visited on 5 April and again on 10 May - complete.
    Parish magazine notice (AB): in the May issue - complete.
"""


def marlbury_county_council(path: Path) -> None:
    path.write_bytes(
        _pdf(
            MARLBURY,
            "Marlbury County Council - 20 February 2025",
            "Page {n}                                            Chairman's initials ......",
        )
    )


def ashgrove_friends(path: Path) -> None:
    path.write_bytes(_pdf(ASHGROVE, "", "FoAC committee minutes - October 2024 - page {n}"))


def harrowden_pack(path: Path) -> None:
    path.write_bytes(
        _pdf(HARROWDEN, "Harrowden Rural Safer Neighbourhood Panel - 19 June 2024", "{n}", wrap=72)
    )


PAPERS = {
    "kilbrannan-dalriach-community-council-2024-11-11.docx": kilbrannan_community_council,
    "corriswell-pcc-accountability-board-2025-01-28.docx": corriswell_accountability_board,
    "friends-of-merrow-brook-2025-03-04.docx": merrow_brook_friends,
    "marlbury-county-council-2025-02-20.pdf": marlbury_county_council,
    "friends-of-ashgrove-cemetery-2024-10-08.pdf": ashgrove_friends,
    "harrowden-safer-neighbourhood-panel-pack-2024-06-19.pdf": harrowden_pack,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
