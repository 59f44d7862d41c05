#!/usr/bin/env python3
"""Writes the wide set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/wide/build.py

Three PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them.
Three PDFs are Word files written with python-docx and converted by LibreOffice
(`soffice --headless --convert-to pdf`), as a clerk's "Save as PDF" does. Two papers are Word files written
with python-docx. The web page, the text files and the Markdown file are kept as they are, beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: what the corpora's build scripts share
from corpus.papers import (
    chromium_pdf,
    html_page,
    libreoffice_pdf,
    page_css,
    paragraph,
    ruled_table,
    write_missing,
)


def _widths(doc: docx.document.Document, cm: list[float]) -> None:
    """Sets the columns of the last table of `doc` to the widths a clerk drags them to."""
    table = doc.tables[-1]
    table.autofit = False
    for column, width in zip(table.columns, cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _footer(doc: docx.document.Document, text: str) -> None:
    para = doc.sections[0].footer.paragraphs[0]
    para.text = text
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in para.runs:
        run.font.size = Pt(8)


# --- 1. Kings Oxley Parish Council: a clerk's Word minutes, "87/24" numbers, saved as PDF ---------------------


def kings_oxley_pc(path: Path) -> None:
    doc = docx.Document()
    _footer(doc, "Kings Oxley Parish Council – minutes 14.10.24 – Chairman's initials ……")
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run("KINGS OXLEY PARISH COUNCIL")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(
        "Minutes of the Meeting of the Parish Council held in the Reading Room, Church Lane, Kings Oxley on "
        "Monday 14th October 2024 at 7.30pm"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Present: Cllrs D. Fairclough (Chairman), P. Maddox (Vice-Chairman), R. Ingham, S. Trevelyan, "
        "J. Okafor and H. Lusk."
    )
    doc.add_paragraph(
        "In attendance: Mrs A. Brindle (Clerk & RFO), County Cllr G. Whitcombe (from 7.50pm), PCSO Tamsin Rowe "
        "and three members of the public."
    )
    minutes = [
        (
            "83/24 Apologies for absence",
            [
                "Apologies were received from Cllr M. Sedley (family commitment) and District Cllr V. Ambrose "
                "(another meeting). Both were accepted."
            ],
        ),
        (
            "84/24 Declarations of interest",
            [
                "Cllr Okafor declared a non-pecuniary interest in item 91/24(b) as a neighbour of the applicant."
            ],
        ),
        (
            "85/24 Minutes",
            [
                "It was resolved to approve the minutes of the meeting held on 9th September 2024 as a true "
                "record, and the Chairman signed them."
            ],
        ),
        (
            "86/24 Matters arising from the last meeting",
            [
                "a) Bus shelter, Oxley Green (minute 71/24) – the glazing has been replaced by the contractor. "
                "Complete.",
                "b) Dog bin at Pitts Lane (minute 72/24) – the District Council has still not confirmed a date "
                "for installation. The Clerk will chase.",
                "c) Village sign (minute 74/24) – Cllr Maddox has obtained one quotation for repainting, of "
                "£340; a second is awaited.",
                "d) Defibrillator pads – replaced on 23rd September. No further action.",
            ],
        ),
        (
            "87/24 Public participation",
            [
                "A resident of Mill Row raised the speed of traffic on the B4190 near the school. Members noted "
                "that a Speedwatch group had been talked about before and hoped that volunteers might come "
                "forward this time.",
                "A second resident asked when the footpath at Hollow Way would be cleared. The Clerk explained "
                "that this is a County Council responsibility and that it had already been reported.",
            ],
        ),
        (
            "88/24 Police report",
            [
                "PCSO Rowe reported four crimes in the parish since the last meeting, including a theft of tools "
                "from a van in Station Road. The neighbourhood team will be carrying out speed checks in Church "
                "Lane during the October half term. PCSO Rowe offered to attend a Speedwatch training evening if "
                "a group is ever set up."
            ],
        ),
        (
            "89/24 County and District Councillors' reports",
            [
                "County Cllr Whitcombe reported that the resurfacing of Back Lane is programmed for the week of "
                "4th November. He agreed to ask Highways whether the faded SLOW markings by the school could be "
                "repainted at the same time."
            ],
        ),
        (
            "90/24 Finance",
            [
                "a) It was resolved to approve the following payments:",
                "TABLE",
                "b) The bank reconciliation to 30th September had been checked and was signed by Cllr Ingham.",
                "c) Budget 2025/26: the Clerk will circulate a draft budget to members before the November "
                "meeting. As always, the precept is set at the January meeting.",
            ],
        ),
        (
            "91/24 Planning",
            [
                "a) 24/01832/HH – 6 Manor Close – single-storey rear extension. No objection.",
                "b) 24/01877/FUL – Land east of Pitts Lane – erection of two dwellings. Cllr Okafor left the "
                "room. After discussion it was resolved to object on the grounds of access onto a single-track "
                "lane and the loss of hedgerow. Clerk to submit the comments by 25th October.",
                "c) Decisions notified by the District Council: 24/01540/HH, 3 Church Lane – approved.",
            ],
        ),
        (
            "92/24 Highways and footpaths",
            [
                "The pothole outside the Forge has reappeared for the third time. A letter will be sent to "
                "Highways asking for a permanent repair rather than another patch.",
                "Cllr Trevelyan reported that the fingerpost at the Hollow Way junction is leaning badly; he "
                "will straighten it himself once the ground is softer.",
            ],
        ),
        (
            "93/24 Playing field",
            [
                "The annual RoSPA inspection report was received. Two low-risk items were noted: a worn seat on "
                "the cradle swing and a loose bolt on the zip wire. It was resolved that Cllr Lusk and the Clerk "
                "arrange for both to be repaired before the end of November.",
                "Members felt that a new bench near the gate might be welcome, but this was not taken further.",
            ],
        ),
        (
            "94/24 Remembrance Sunday",
            [
                "The wreath has been ordered. The service will be held at the War Memorial at 10.50am on Sunday "
                "10th November, and the Chairman will lay the wreath on behalf of the Council."
            ],
        ),
        (
            "95/24 Correspondence",
            [
                "a) Letter from Oxley Green WI asking for a litter bin at the bus shelter – to be considered at "
                "the November meeting.",
                "b) Thank-you card from the family of the late Mr E. Poulter. Noted.",
            ],
        ),
        ("96/24 Date of next meeting", ["Monday 11th November at 7.30pm in the Reading Room."]),
    ]
    for title, paras in minutes:
        paragraph(doc, title, True)
        for text in paras:
            if text == "TABLE":
                ruled_table(
                    doc,
                    [
                        ["Payee", "Details", "Amount"],
                        ["A. Brindle", "Clerk's salary, September", "£612.40"],
                        ["HMRC", "PAYE and NI", "£153.10"],
                        ["Oxley Village Hall", "Room hire", "£45.00"],
                        ["Greenway Grounds Ltd", "Grass cutting, September", "£480.00"],
                    ],
                )
            else:
                doc.add_paragraph(text)
    doc.add_paragraph("The meeting closed at 9.12pm.")
    doc.add_paragraph("Signed ……………………………… Chairman        Date ………………")
    path.write_bytes(libreoffice_pdf(doc))


# --- 2. Wellsby Marsh Town Council: a committee's Word minutes, attendance in table cells -----------------------


def wellsby_marsh_tc(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "WELLSBY MARSH TOWN COUNCIL", True, 14)
    paragraph(doc, "PLANNING AND HIGHWAYS COMMITTEE", True, 12)
    doc.add_paragraph(
        "Minutes of the meeting held at the Guildhall, Quay Street, Wellsby Marsh on Monday 3 February 2025, "
        "commencing at 6.30 pm"
    )
    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [
        (
            "Present",
            "Cllr Ruth Penhaligon (Chair), Cllr Idris Vaughan, Cllr Bernadette Cole, Cllr Tom Ashworth, "
            "Cllr Nadia Qureshi",
        ),
        ("Officers", "Liam Forsyth, Deputy Town Clerk; Kerry Mounsey, Committee Clerk"),
        ("Apologies", "Cllr Oliver Drage (work commitment), Cllr Sian Hebden (unwell)"),
        ("Absent", "Cllr Kit Farrow"),
    ]
    for r, (label, text) in enumerate(rows):
        table.cell(r, 0).text = label
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
        table.cell(r, 1).text = text
    minutes = [
        (
            "PH 61.  Minutes of the previous meeting",
            ["The minutes of the meeting held on 6 January 2025 were confirmed and signed by the Chair."],
        ),
        (
            "PH 62.  Progress on previous resolutions",
            [
                "• PH 48 – Request to the County Council for a 20mph limit in Chapel Street: the County has "
                "acknowledged the request and will put it to its March programme board. Ongoing.",
                "• PH 52 – Replacement of the Quay Street noticeboard: installed on 24 January. Closed.",
                "• PH 55 – Objection to the advertisement consent at the former Swan Inn: the District Council "
                "refused the application. Action completed.",
                "• PH 57 – Survey of cycle racks in the town centre: put back to the April meeting owing to "
                "staff absence.",
            ],
        ),
        (
            "PH 63.  Planning applications",
            [
                "25/0041/HOU, 14 Gull Terrace – rear dormer window. RESOLVED: no objection.",
                "25/0057/FUL, Marsh Road Garage – change of use to three flats. RESOLVED: to object, on the "
                "grounds of insufficient parking and the loss of a local employment site. ACTION: Deputy Town "
                "Clerk to submit the Committee's comments to the District Council.",
                "25/0063/LBC, The Old Customs House – replacement windows. Members could not form a view without "
                "the heritage statement. RESOLVED to defer comment until the statement is published, and to ask "
                "the District Council for an extension of time.",
            ],
        ),
        (
            "PH 64.  Highways matters",
            [
                "(a) Harbour Hill parking. A letter from residents was received. The Chair reported that she had "
                "already raised the matter with the County's parking team in December and had been told that a "
                "review of the whole town was due in 2026. Members felt that a residents' parking scheme would "
                "be worth exploring once that review begins. ACTION: DTC to reply to the residents explaining "
                "the position.",
                "(b) Blocked gully at the foot of Ropewalk – reported online by Cllr Cole on 28 January "
                "(ref. HW-88213).",
                "(c) Grit bins. Cllr Ashworth will check the four bins on the Marsh estate and report "
                "any that need refilling. ACTION: TA",
            ],
        ),
        (
            "PH 65.  Neighbourhood Plan – Regulation 14 consultation",
            [
                "The Committee considered the draft response prepared by Cllr Vaughan. It was proposed by Cllr "
                "Vaughan, seconded by Cllr Qureshi and RESOLVED that the response be approved with the amendment "
                "to paragraph 4.2 agreed at the meeting, and submitted before the consultation closes. "
                "ACTION: Committee Clerk – by 14 Feb",
            ],
        ),
        (
            "PH 66.  Street naming – land off Saltings Lane",
            [
                "The District Council has invited suggestions for the names of two new streets. Members "
                "suggested Oyster Row and Tern Close, in keeping with the rest of the estate. RESOLVED that these "
                "two names be put forward to the District Council.",
            ],
        ),
        (
            "PH 67.  Items for information",
            [
                "The County's winter service plan was noted. The Town Mayor will attend the opening of the new "
                "footbridge at Eastmarsh on 21 February.",
            ],
        ),
        ("PH 68.  Date of next meeting", ["Monday 3 March 2025 at 6.30 pm, the Guildhall."]),
    ]
    for title, paras in minutes:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_paragraph("The meeting closed at 8.05 pm.")
    doc.save(path)


# --- 3. Balmacarn Community Council: a secretary's Word minutes, "Action: XX" at paragraph ends ----------------


def balmacarn_cc(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "BALMACARN COMMUNITY COUNCIL", True, 13)
    doc.add_paragraph(
        "Minutes of the ordinary meeting held in Balmacarn Church Hall on Monday 10th March 2025 at 7.15pm"
    )
    doc.add_paragraph(
        "Present: Elspeth Munro (Chair) EM, Donald Ferguson (Vice-Chair) DF, Catriona Baird (Secretary) CB, "
        "Hamish Rennie (Treasurer) HR, Ailsa Kerr AK, Gregor Sim GS"
    )
    doc.add_paragraph(
        "Also present: Cllr Morven Tait (Strathaird Council, Ward 7), Sgt Neil Urquhart (Police Scotland), "
        "4 members of the public"
    )
    doc.add_paragraph("Apologies: Fraser MacInnes, Cllr Iain Boyd")
    sections = [
        ("1. Welcome and apologies", ["The Chair welcomed everyone. Apologies as above."]),
        (
            "2. Minutes of 10th February",
            ["Approved: proposed by DF, seconded by AK."],
        ),
        (
            "3. Matters arising",
            [
                "Defibrillator cabinet – HR reported that the electrician finally came on 3rd March and the "
                "cabinet is now live. Closed.",
                "Grit bin at Mill Brae – still not delivered despite two requests to the Council. Cllr Tait said "
                "she would take it up with the roads manager. Action: Cllr Tait",
                "Website – GS has moved the site to the new host; the old domain expires in May. Ongoing.",
                "Letter to the ferry company about the winter timetable – no reply as yet.",
            ],
        ),
        (
            "4. Police report",
            [
                "Sgt Urquhart reported 11 incidents in the area since the last meeting, mostly road traffic "
                "matters on the main road. Officers will be running a speeding operation on the Shore Road "
                "during the Easter holidays. A resident asked about cars parked on the pavement outside the "
                "shop; Sgt Urquhart said he would look into whether a letter drop to the flats would help. "
                "Members thanked him for coming.",
            ],
        ),
        (
            "5. Councillor's report",
            [
                "Cllr Tait reported that the Council set its budget on 27th February with an 8% council tax "
                "rise. The Shore Road resurfacing has been brought forward to June. She hoped the public toilets "
                "at the pier would reopen for Easter but could not promise it.",
            ],
        ),
        (
            "6. Treasurer's report",
            [
                "HR reported a balance of £3,412.18 in the main account and £1,050.00 in the Floral Fund. The "
                "annual grant of £640 from the Council has been received. The year's accounts are to go to the "
                "independent examiner once the March bank statement arrives. Action: HR",
                "It was agreed to pay £85 for the hall hire for the year (proposed EM, seconded GS).",
            ],
        ),
        (
            "7. Planning",
            [
                "25/00411/FUL – erection of a boathouse at Camas Beag. Members agreed to make no comment.",
                "25/00460/PPP – four houses at Achadh Mor. Concerns about drainage were raised and it was agreed "
                "that the community council would object on drainage grounds. The Secretary will draft the "
                "representation and send it round members by email before the closing date. Action: CB",
            ],
        ),
        (
            "8. Spring clean",
            [
                "The litter pick will be on Saturday 5th April, meeting at the pier at 10am. AK has already "
                "collected pickers and bags from the Council depot. More volunteers would be welcome. DF offered "
                "to put a notice in the shop window. Action: DF",
            ],
        ),
        (
            "9. AOCB",
            [
                "A member of the public asked whether the community council could support a bid for a community "
                "bus. It was agreed to put this on the April agenda.",
                "GS suggested a Facebook page for the community council; members were not keen.",
            ],
        ),
        ("10. Date of next meeting", ["Monday 14th April 2025, 7.15pm, Church Hall."]),
    ]
    for title, paras in sections:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_paragraph("Catriona Baird, Secretary")
    doc.save(path)


# --- 6. Friends of Mistle Park: committee minutes in a Word table with an Action column, saved as PDF --------


def friends_of_mistle_park(path: Path) -> None:
    doc = docx.Document()
    _footer(doc, "Friends of Mistle Park – registered charity no. 1190427")
    paragraph(doc, "Friends of Mistle Park – Committee Meeting", True, 14)
    doc.add_paragraph("Wednesday 2 April 2025, 7pm, The Bowls Pavilion")
    doc.add_paragraph(
        "Present: Jo Barraclough (Chair) JB, Ken Oduya (Treasurer) KO, Priya Lal (Secretary) PL, Martin Gorst "
        "MG, Sue Whitlow SW"
    )
    doc.add_paragraph("Also: Dan Etchells (Park Ranger, Mistlebrook Borough Council) DE")
    doc.add_paragraph("Apologies: Fran Cottle, Alan Reece")
    ruled_table(
        doc,
        [
            ["", "Item", "Action"],
            ["1", "Minutes of 5 March – agreed as a true record.", ""],
            [
                "2",
                "Matters arising. Memorial benches – both are in and the plaques fixed (done). Pond fencing – the "
                "Council's contractor has not been back; DE to check with the contract manager. Bulb planting – "
                "done in March, 600 bulbs planted.",
                "DE",
            ],
            [
                "3",
                "Treasurer. Balance £1,286.40. £150 received from the Co-op community fund. KO paid the "
                "insurance renewal (£212) in March. Agreed that KO would buy replacement loppers and gloves for "
                "the Tuesday work party, up to £120.",
                "KO",
            ],
            [
                "4",
                "Easter trail – Saturday 19 April, 10am–1pm. SW has already printed the trail sheets. JB offered "
                "to ask the bakery on Station Parade for hot cross buns. MG to sort out the gazebo and tables. "
                "PL will put the poster up on the noticeboards by the tennis courts.",
                "JB / MG",
            ],
            [
                "5",
                "Ranger's update. DE said the Council will be cutting back the laurel along the north path in "
                "the week of 14 April, and the play area resurfacing is booked for May. He suggested the Friends "
                "might like to adopt a flower bed by the bandstand – to be discussed next time.",
                "",
            ],
            [
                "6",
                "Funding bid. PL has drafted the Awards for All bid for the wildflower meadow. Everyone to send "
                "comments on the draft to PL.",
                "All – by 16/4",
            ],
            [
                "7",
                "AOB. Litter at the skate park: MG wondered whether a second bin would help, but nobody was sure "
                "the Council would empty it, so it was left for now. KO reminded everyone that subs are due.",
                "",
            ],
            ["8", "Next meeting – Wednesday 7 May, 7pm, Bowls Pavilion.", ""],
        ],
    )
    _widths(doc, [1.0, 13.0, 2.6])
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Otterdale County Council: a scrutiny committee's printed ModernGov-style minutes ------------------------

OTTERDALE = """
<style>
 .pdp { font-size: 9pt; color: #444; border-bottom: 0.5pt solid #444; margin-bottom: 10pt; }
 .min { display: grid; grid-template-columns: 14mm 1fr; column-gap: 4mm; margin-top: 9pt; }
 .min .n { font-weight: bold; }
 .min .t { font-weight: bold; text-transform: uppercase; }
 .res { margin-left: 6mm; }
</style>
<p class="pdp">Public Document Pack</p>
<h1>OTTERDALE COUNTY COUNCIL</h1>
<p><b>Minutes of a meeting of the Communities and Place Overview and Scrutiny Committee held at County Hall,
Otterbridge on Thursday, 23 January 2025 at 10.00 am</b></p>
<p><b>Present:</b> Councillor A Hargreaves (Chairman); Councillors B Lomax (Vice-Chairman), C Pennington,
D Akhtar, E Rowntree, F Sowerby and G Tindall (substitute)</p>
<p><b>Also in attendance:</b> Councillor H Marwood (Cabinet Member for Communities and Highways)</p>
<p><b>Officers:</b> J Oyelaran (Director of Place), K Fell (Head of Highways Operations) and L Gutteridge
(Scrutiny Officer)</p>

<div class="min"><div class="n">41</div><div class="t">Apologies for absence and substitutions</div></div>
<p>Apologies for absence were received from Councillor M Hinchliffe. Councillor G Tindall attended as his
substitute.</p>

<div class="min"><div class="n">42</div><div class="t">Declarations of interest</div></div>
<p>Councillor Pennington declared a non-registrable interest in minute 45 as a trustee of Otterdale Citizens
Advice, and took part in the discussion.</p>

<div class="min"><div class="n">43</div><div class="t">Minutes</div></div>
<p class="res">RESOLVED &ndash; That the minutes of the meeting held on 21 November 2024 be confirmed as a correct
record and signed by the Chairman.</p>

<div class="min"><div class="n">44</div><div class="t">Progress on previous recommendations</div></div>
<p>The Scrutiny Officer reported on the Committee's earlier recommendations:</p>
<p class="res">(a) minute 30 (winter gritting routes) &ndash; the Cabinet accepted the recommendation on 10 December
2024 and the revised routes are in place; completed;</p>
<p class="res">(b) minute 33(b) (library opening hours consultation) &ndash; the consultation closes on 14 February;
outstanding;</p>
<p class="res">(c) minute 36 (flood resilience grant scheme) &ndash; the report has been moved to the March meeting at
the request of the Cabinet Member.</p>
<p class="res">RESOLVED &ndash; That the progress be noted.</p>

<div class="min"><div class="n">45</div><div class="t">Household Support and Cost of Living Response</div></div>
<p>The Director of Place presented the report, which set out the use made of the Household Support Fund and the
network of 64 warm spaces across the county this winter. Members asked about take-up of the warm spaces scheme
in rural areas. The Director undertook to circulate a breakdown of warm spaces visits by district before the
next meeting. Councillor Akhtar hoped that the scheme could continue beyond March, but accepted that this
depended on the government's funding settlement.</p>
<p class="res">RESOLVED &ndash; That (a) the report be noted; (b) the Cabinet be recommended to continue the warm
spaces grants in 2025/26, subject to funding being confirmed; and (c) a further report on take-up be brought to
the Committee in June 2025.</p>

<div class="min"><div class="n">46</div><div class="t">Highways Maintenance &ndash; Pothole Performance</div></div>
<p>The Head of Highways Operations reported that 14,200 potholes had been repaired since April, 87% of them
within the target time. The Council had already taken delivery of two new patching machines. Councillor
Rowntree asked why repairs in the Fellside area took longer; Mr Fell said that he would provide the repair
times for the Fellside parishes to Councillor Rowntree. The Cabinet Member said that he would be making
representations to the Department for Transport on the level of the highways maintenance grant.</p>
<p class="res">RESOLVED &ndash; That the Committee (a) notes the performance; and (b) asks the Head of Highways
Operations to include parish-level repair times in future quarterly reports.</p>

<div class="min"><div class="n">47</div><div class="t">Work Programme 2024/25</div></div>
<p>The Committee considered its work programme for the rest of the municipal year.</p>
<p class="res">RESOLVED &ndash; That the work programme be agreed, with the addition of an item on rural bus
services at the April meeting.</p>
<p>The work programme as agreed:</p>
<table>
<tr><th style="width:28%">Meeting</th><th>Item</th></tr>
<tr><td>20 March 2025</td><td>Flood resilience grant scheme</td></tr>
<tr><td>20 March 2025</td><td>Library opening hours &ndash; outcome of consultation</td></tr>
<tr><td>24 April 2025</td><td>Rural bus services</td></tr>
<tr><td>24 April 2025</td><td>Community Safety Partnership annual report</td></tr>
</table>

<div class="min"><div class="n">48</div><div class="t">Date of next meeting</div></div>
<p>Thursday, 20 March 2025 at 10.00 am, County Hall, Otterbridge.</p>
<p style="margin-top:18pt">The meeting closed at 12.25 pm</p>
<p>Chairman</p>
"""


def otterdale_cc(path: Path) -> None:
    css = page_css(
        "Communities and Place O&S Committee – 23 January 2025", "Page ", "Arial, 'Liberation Sans'"
    )
    path.write_bytes(chromium_pdf(html_page("Minutes", css, OTTERDALE)))


# --- 8. Barrowmoss Police and Crime Panel: printed minutes with the precept, an actions table ----------------

BARROWMOSS = """
<style>
 .att td, .att th { font-size: 9pt; }
 h2 { border-bottom: 0.5pt solid #999; }
</style>
<h1>BARROWMOSS POLICE AND CRIME PANEL</h1>
<p><b>Minutes of the meeting held on Wednesday 5 February 2025 at 1.30 pm in Committee Room 2, Shire Hall,
Castleby</b></p>
<table class="att">
<tr><th style="width:45%">Member</th><th>Authority</th></tr>
<tr><td>Cllr Rhona Pilkington (Chair)</td><td>Castleby City Council</td></tr>
<tr><td>Cllr Graham Ostler (Vice-Chair)</td><td>Moss Valley District Council</td></tr>
<tr><td>Cllr Harjit Bains</td><td>Barrowmoss County Council</td></tr>
<tr><td>Cllr Anne-Marie Quigley</td><td>Fellbeck Borough Council</td></tr>
<tr><td>Cllr Stuart Nettleton</td><td>Barrowmoss County Council</td></tr>
<tr><td>Victor Amadi</td><td>Independent co-opted member</td></tr>
<tr><td>Lorna Haigh</td><td>Independent co-opted member</td></tr>
</table>
<p><b>In attendance:</b> Philippa Garside (Police and Crime Commissioner), Dominic Hartley (Chief Executive,
OPCC), Yvonne Clegg (Chief Finance Officer, OPCC), Superintendent Amir Shah (Barrowmoss Police) and Helen Dyer
(Panel Secretariat).</p>
<p><b>Apologies:</b> Cllr Bryony Teale (Moss Valley District Council).</p>

<h2>1. Apologies and substitutes</h2>
<p>Apologies were noted as above. There were no substitutes.</p>

<h2>2. Declarations of interest</h2>
<p>None.</p>

<h2>3. Minutes of the meeting held on 27 November 2024</h2>
<p>The minutes were agreed as a correct record.</p>

<h2>4. Actions from previous meetings</h2>
<table>
<tr><th style="width:13%">Ref</th><th style="width:35%">Action</th><th>Update</th><th style="width:13%">Status</th></tr>
<tr><td>PCP/24/19</td><td>Commissioner to provide the number of officers trained in Right Care, Right Person</td>
<td>Provided to members by email on 9 December</td><td>Complete</td></tr>
<tr><td>PCP/24/21</td><td>OPCC to share the victims' services commissioning timetable</td>
<td>To be published with the new victims' strategy in March</td><td>Open</td></tr>
<tr><td>PCP/24/22</td><td>Secretariat to arrange an informal briefing on the estates strategy</td>
<td>Briefing arranged for 3 March 2025</td><td>In progress</td></tr>
</table>

<h2>5. Proposed Police Precept 2025/26</h2>
<p>The Commissioner presented her proposal to increase the police element of the council tax for a Band D
property by &pound;14, to &pound;291.45, an increase of 5.05%. The Chief Finance Officer explained that even with
this increase the budget required &pound;2.3m of savings in 2025/26. The public consultation had drawn 2,140
responses, 58% of them in support.</p>
<p>Mr Amadi asked how the savings would fall on neighbourhood policing. The Commissioner undertook to provide the
Panel with the Chief Constable's assessment of the impact of the savings on neighbourhood teams.</p>
<p>Cllr Bains moved that the precept be vetoed. There was no seconder and the motion fell.</p>
<p>Following a vote (6 in favour, 1 against) it was</p>
<p><b>RESOLVED:</b> (a) That the Panel supports the proposed precept of &pound;291.45 for a Band D property for
2025/26 without qualification; (b) That the Panel's report on the precept be sent to the Commissioner by
8 February 2025.</p>

<h2>6. Police and Crime Plan &ndash; performance monitoring, quarter 3</h2>
<p>The Chief Executive presented the report. Cllr Quigley asked why 999 answer times had worsened in December.
Superintendent Shah explained that the force was recruiting 20 call handlers and that answer times had
recovered in January. The Commissioner said that she would ask the force to include rural crime figures by
district in the quarterly report.</p>
<p><b>RESOLVED:</b> That the report be noted.</p>

<h2>7. Complaints against the Commissioner</h2>
<p>The Secretariat reported that no complaints had been received since the last meeting.</p>

<h2>8. Work programme</h2>
<table>
<tr><th style="width:28%">Meeting</th><th>Item</th></tr>
<tr><td>18 June 2025</td><td>Commissioner's Annual Report 2024/25</td></tr>
<tr><td>18 June 2025</td><td>Victims' services recommissioning</td></tr>
<tr><td>24 September 2025</td><td>Road safety partnership</td></tr>
</table>
<p>Members asked the Secretariat to arrange a visit to the force control room.</p>
<p><b>RESOLVED:</b> That the work programme be approved.</p>

<h2>9. Date of next meeting</h2>
<p>Wednesday 18 June 2025 at 1.30 pm, Shire Hall, Castleby.</p>

<h2>Actions arising from this meeting</h2>
<table>
<tr><th style="width:13%">Ref</th><th>Action</th><th style="width:18%">Owner</th><th style="width:18%">By</th></tr>
<tr><td>PCP/25/01</td><td>Chief Constable's assessment of the impact of the savings on neighbourhood teams</td>
<td>PCC</td><td>June meeting</td></tr>
<tr><td>PCP/25/02</td><td>Rural crime figures by district in the quarterly performance report</td>
<td>PCC</td><td>September meeting</td></tr>
<tr><td>PCP/25/03</td><td>Arrange a visit to the force control room</td><td>Panel Secretariat</td>
<td>July 2025</td></tr>
</table>
"""


def barrowmoss_pcp(path: Path) -> None:
    css = page_css("Barrowmoss Police and Crime Panel – 5 February 2025", "", "'DejaVu Serif', serif", "10pt")
    path.write_bytes(chromium_pdf(html_page("Barrowmoss PCP minutes", css, BARROWMOSS)))


# --- 9. Hexley OPCC Strategic Assurance Board: Word notes with an action log (RAG words), saved as PDF ---------


def hexley_sab(path: Path) -> None:
    doc = docx.Document()
    _footer(doc, "OFFICIAL – Hexley OPCC Strategic Assurance Board notes")
    paragraph(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR HEXLEY", True, 11)
    paragraph(doc, "Strategic Assurance Board – Notes", True, 14)
    ruled_table(
        doc,
        [
            ["Date", "Tuesday 24 June 2025"],
            ["Time", "14:00 – 16:00"],
            ["Venue", "Conference Room B, Hexley Police HQ, Ridgeway"],
        ],
    )
    ruled_table(
        doc,
        [
            ["Name", "Role", "Initials"],
            ["Present", "", ""],
            ["Caroline Weekes", "Police and Crime Commissioner (Chair)", "CW"],
            ["Julian Asante", "Chief Constable", "JA"],
            ["Bethan Rowlands", "Deputy Chief Constable", "BR"],
            ["Stephen Coker", "OPCC Chief Executive", "SC"],
            ["Marianne Tooth", "OPCC Chief Finance Officer", "MT"],
            ["In attendance", "", ""],
            ["Kwame Hollis", "Director of Finance, Hexley Police", "KH"],
            ["Apologies", "", ""],
            ["Ruth Ellery", "ACC Local Policing", "RE"],
        ],
    )
    _widths(doc, [5.0, 9.0, 2.0])
    paragraph(doc, "1. Welcome, apologies and declarations", True)
    doc.add_paragraph("CW welcomed members. Apologies from RE. No declarations.")
    paragraph(doc, "2. Notes of the meeting of 22 April 2025", True)
    doc.add_paragraph("The notes were agreed as accurate.")
    paragraph(doc, "3. Action log", True)
    ruled_table(
        doc,
        [
            ["No.", "Action", "Owner", "Due", "RAG / status", "Update"],
            [
                "SAB 25/04",
                "Review the terms of reference of the out-of-court resolutions scrutiny panel",
                "BR",
                "May 25",
                "GREEN – Complete",
                "New terms of reference adopted 14 May.",
            ],
            [
                "SAB 25/06",
                "Business case for body-worn video replacement",
                "KH",
                "June 25",
                "AMBER",
                "Business case drafted; awaiting procurement advice. Revised date July.",
            ],
            [
                "SAB 25/07",
                "Report on rural crime team staffing",
                "RE",
                "June 25",
                "RED",
                "Not received. Overdue.",
            ],
            [
                "SAB 25/08",
                "Publish the Board's notes within 10 working days",
                "SC",
                "Ongoing",
                "GREEN",
                "Standing action – being done each time.",
            ],
            [
                "SAB 25/09",
                "Refresh the joint corporate risk register",
                "MT / KH",
                "Sept 25",
                "On hold",
                "Paused until the new risk management system is in.",
            ],
        ],
    )
    _widths(doc, [2.0, 5.0, 1.5, 1.6, 2.4, 4.5])
    paragraph(doc, "4. Finance – provisional outturn 2024/25", True)
    doc.add_paragraph(
        "MT reported a provisional underspend of £0.9m across the group. The PCC agreed that £600k be transferred "
        "to the estates reserve. SC would confirm the transfer in a formal decision notice for the website. KH "
        "will bring the capital slippage analysis to the September Board."
    )
    paragraph(doc, "5. Neighbourhood policing review", True)
    doc.add_paragraph(
        "BR presented the interim findings of the review, which recommend merging the Eastmere and Ridgeway "
        "neighbourhood teams. The PCC said she would want to see the outcome of the consultation with parish "
        "councils before any decision. JA confirmed that the force would not act until the review's final report "
        "in October. BR to share the interim findings with the OPCC team. JA will write to the Home Office about "
        "the neighbourhood policing uplift guarantee."
    )
    paragraph(doc, "6. Scheme of governance", True)
    doc.add_paragraph(
        "The revised scheme of consent was approved, subject to the minor drafting changes tabled."
    )
    paragraph(doc, "7. Complaints", True)
    doc.add_paragraph(
        "SC noted that complaint reviews by the OPCC were being completed within 28 days in 94% of cases. SC to "
        "report the year's review outcomes to the Board in the annual complaints report."
    )
    paragraph(doc, "8. AOB", True)
    doc.add_paragraph(
        "The PCC will host a public 'Your Say' event in Hexley on 9 July. BR offered to circulate the HMICFRS "
        "inspection letter if members wanted it."
    )
    paragraph(doc, "9. Date of next meeting", True)
    doc.add_paragraph("Tuesday 23 September 2025, 14:00, Conference Room B.")
    paragraph(doc, "New actions", True)
    ruled_table(
        doc,
        [
            ["No.", "Action", "Owner", "Due"],
            ["SAB 25/10", "Capital slippage analysis to the September Board", "KH", "Sept Board"],
            [
                "SAB 25/11",
                "Share the interim neighbourhood review findings with the OPCC team",
                "BR",
                "04/07/25",
            ],
            ["SAB 25/12", "Update the reserves strategy to reflect the estates transfer", "MT", "Next Board"],
            ["SAB 25/13", "Annual complaints report, with review outcomes", "SC", "Dec 25"],
        ],
    )
    _widths(doc, [2.2, 10.0, 1.8, 2.6])
    path.write_bytes(libreoffice_pdf(doc))


# --- 11. Stourmere Joint Audit Committee: minutes in running text with a summary of actions ---------------------

STOURMERE = """
<style>
 h2 { font-size: 10.5pt; margin: 11pt 0 3pt 0; }
 .ref { display: inline-block; width: 24mm; }
</style>
<p style="margin:0;font-size:9.5pt">Police and Crime Commissioner for Stourmere and Chief Constable of Stourmere Police</p>
<h1>Joint Audit Committee</h1>
<p><b>Minutes of the meeting held on Wednesday 16 April 2025 at 10.00, by Microsoft Teams</b></p>
<p>Members: Dr Kathryn Oakes (Chair), Mr Rupert Lyle, Ms Farah Siddiqui and Mr Owain Pritchard. Also present:
Mr Gareth Doyle (PCC Chief Finance Officer), Ms Imogen Tarrant (Force Director of Finance), Ms Lucy Brannigan
(Head of Internal Audit, Shirewell Audit Partnership), Mr Paul Eames (Engagement Lead, Thackeray Dunn LLP) and
Mrs June Kitson (Secretary). Apologies were received from Mr Desmond Fry (Chief Constable's Staff Officer).</p>

<h2><span class="ref">JAC/25/10</span>Apologies and declarations of interest</h2>
<p>Apologies as above. No interests were declared.</p>

<h2><span class="ref">JAC/25/11</span>Minutes of the meeting of 29 January 2025</h2>
<p>The minutes were approved as a correct record.</p>

<h2><span class="ref">JAC/25/12</span>Action log</h2>
<p>The Secretary reported that action JAC/24/38 (cyber security training figures) had been completed and the
figures circulated on 12 February. Action JAC/24/41, the review of the gifts and hospitality register, was in
progress and would be reported in July. Action JAC/25/03 (treasury management benchmarking) had been carried
forward to July, as the benchmarking club had not met.</p>

<h2><span class="ref">JAC/25/13</span>Internal audit progress report</h2>
<p>Ms Brannigan reported that 11 of the 14 planned audits were complete. The fleet management audit gave limited
assurance. Members asked when the management actions would be put in place; Ms Tarrant said they were due by
September and that she would bring an update on them to the July meeting. The Committee noted the report.</p>

<h2><span class="ref">JAC/25/14</span>Internal audit plan 2025/26</h2>
<p>RESOLVED: That the Internal Audit Plan 2025/26 be approved, subject to the addition of a review of the new
duty management system.</p>

<h2><span class="ref">JAC/25/15</span>External audit &ndash; audit plan 2024/25</h2>
<p>Mr Eames presented the audit plan. The backstop date for the 2024/25 accounts is 27 February 2026. Mr Lyle
asked about the increase in the fee. Mr Eames said that the fee was set by PSAA and that he would share the fee
scale with members. The Committee noted the audit plan.</p>

<h2><span class="ref">JAC/25/16</span>Joint strategic risk register</h2>
<p>Ms Siddiqui suggested that the ICT resilience risk be scored higher; Mr Doyle said that the scoring had been
reviewed by the Executive Board the week before and remained right, and the register was left as it stood. It
was agreed that the Chair would meet the Chief Constable's risk lead to discuss the format of the register.</p>

<h2><span class="ref">JAC/25/17</span>Draft Annual Governance Statements</h2>
<p>Mr Doyle presented the draft statements of the Commissioner and the Chief Constable. Members to send any
comments to Mr Doyle by 2 May 2025.</p>

<h2><span class="ref">JAC/25/18</span>Committee self-assessment</h2>
<p>The results of the self-assessment were discussed. The Committee agreed to hold a training session on the
CIPFA position statement in the autumn.</p>

<h2><span class="ref">JAC/25/19</span>Date of next meeting</h2>
<p>Wednesday 16 July 2025 at 10.00, Stourmere Police Headquarters, Wyvern House.</p>

<h2>Summary of actions</h2>
<table>
<tr><th style="width:13%">Ref</th><th style="width:13%">Minute</th><th>Action</th><th style="width:20%">Owner</th>
<th style="width:16%">Due</th></tr>
<tr><td>JAC/25/04</td><td>JAC/25/13</td><td>Update on the fleet management audit actions</td>
<td>Force Director of Finance</td><td>July 2025</td></tr>
<tr><td>JAC/25/05</td><td>JAC/25/15</td><td>Share the PSAA fee scale with members</td><td>External Audit</td>
<td>30 April 2025</td></tr>
<tr><td>JAC/25/06</td><td>JAC/25/16</td><td>Meet the Chief Constable's risk lead on the format of the risk
register</td><td>Chair</td><td>Before July meeting</td></tr>
</table>
"""


def stourmere_jac(path: Path) -> None:
    css = page_css("Joint Audit Committee 16.04.25", "", "'Liberation Sans', Arial, sans-serif")
    path.write_bytes(chromium_pdf(html_page("JAC minutes", css, STOURMERE)))


PAPERS = {
    "kings-oxley-parish-council-2024-10-14.pdf": kings_oxley_pc,
    "wellsby-marsh-town-council-planning-and-highways-committee-2025-02-03.docx": wellsby_marsh_tc,
    "balmacarn-community-council-2025-03-10.docx": balmacarn_cc,
    "friends-of-mistle-park-2025-04-02.pdf": friends_of_mistle_park,
    "otterdale-county-council-communities-and-place-scrutiny-2025-01-23.pdf": otterdale_cc,
    "barrowmoss-police-and-crime-panel-2025-02-05.pdf": barrowmoss_pcp,
    "hexley-opcc-strategic-assurance-board-2025-06-24.pdf": hexley_sab,
    "stourmere-joint-audit-committee-2025-04-16.pdf": stourmere_jac,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
