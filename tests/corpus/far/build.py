#!/usr/bin/env python3
"""Writes the far set's papers from the sources below, so what they say can be read and reviewed here.
Only missing papers are written: a Word file saved again differs in its bytes (zip timestamps), a PDF
printed again differs too (its creation date), and each gold file names the sha256 of the bytes it was
written for.

    .venv/bin/python tests/corpus/far/build.py

PDFs are printed either by LibreOffice from a Word file built with python-docx
(`soffice --headless --convert-to pdf`), or by headless Chromium from HTML; Word papers are written with
python-docx; the text, Markdown and HTML papers are written as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: what the corpora's build scripts share
from corpus.papers import chromium_pdf, html_page, libreoffice_pdf, paragraph, ruled_table, write_missing

# --- shared mechanics ----------------------------------------------------------------------------------------


def _page_field(paragraph_) -> None:
    """A PAGE field at the end of a paragraph, as Word's "Insert page number" writes it."""
    run = paragraph_.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _furniture(doc: docx.document.Document, head: str, foot: str, size: int = 8) -> None:
    """A running header and a footer that ends in the page number."""
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp.runs:
        run.font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.add_run(foot).font.size = Pt(size)
    _page_field(fp)


def _base_font(doc: docx.document.Document, name: str = "Arial", size: int = 11) -> None:
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)


def _lines(doc: docx.document.Document, text: str) -> None:
    """Paragraphs from a block of text: a blank line between paragraphs; **x** at the start is bold."""
    for block in text.strip("\n").split("\n\n"):
        block = " ".join(line.strip() for line in block.splitlines())
        if block.startswith("**") and "**" in block[2:]:
            head, rest = block[2:].split("**", 1)
            p = doc.add_paragraph()
            p.add_run(head).bold = True
            if rest:
                p.add_run(rest)
        else:
            doc.add_paragraph(block)


def _widths(doc: docx.document.Document, cms: list[float]) -> None:
    """Column widths for the last table, as a clerk drags them in Word."""
    table = doc.tables[-1]
    table.autofit = False
    for column, cm in zip(table.columns, cms):
        column.width = Cm(cm)
    for row in table.rows:
        for cell, cm in zip(row.cells, cms):
            cell.width = Cm(cm)


def _text(path: Path, text: str) -> None:
    path.write_text(text.lstrip("\n"), encoding="utf-8")


def _css(
    head: str, foot_left: str = "", font: str = "Arial, Helvetica, sans-serif", size: str = "11pt"
) -> str:
    return f"""
    @page {{
      size: A4; margin: 22mm 18mm 22mm 18mm;
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #444; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.35; }}
    h1 {{ font-size: 15pt; margin: 0 0 4pt 0; }}
    h2 {{ font-size: 12pt; margin: 14pt 0 4pt 0; }}
    h3 {{ font-size: 11pt; margin: 10pt 0 3pt 0; }}
    p {{ margin: 0 0 7pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }}
    th, td {{ border: 0.6pt solid #333; padding: 3pt 5pt; vertical-align: top; font-size: 10pt; text-align: left; }}
    th {{ background: #e6e6e6; }}
    .pb {{ break-before: page; }}
    """


# --- 1. Wrenhallow Parish Council: minutes, printed to PDF by LibreOffice from Word ------------------------

WRENHALLOW = """
**24/113  Apologies for absence**

Apologies were received and accepted from Cllr S. Wyatt (work commitments). Cllr N. Tapp was absent.

**24/114  Declarations of interest**

Cllr Farrant declared a non-pecuniary interest in item 24/121(c) as a trustee of the Recreation Ground Charity. No requests for dispensations had been received.

**24/115  Minutes of the previous meeting**

The minutes of the meeting held on 9th September 2024, having been circulated, were taken as read. Proposed Cllr Ockley, seconded Cllr Lisle and RESOLVED that the minutes be approved as a true record and signed by the Chairman.

**24/116  Public participation**

A resident of Mill Lane raised the condition of the footway outside Nos. 12–20, where tree roots have lifted the surface. The Clerk reported that the defect had already been logged on the County's online reporting tool in August. The Clerk to chase the County highways team for a date for the repair.

A second resident asked whether the Council would consider a bench at the top of Church Hill. The Chairman explained that under the Council's memorial bench policy the cost is met by a sponsor, and that if the resident wished to come forward as a sponsor the Clerk could send the application form. The resident said she would think about it.

**24/117  Police report**

PCSO Linnet reported seven crimes in the parish in September, including two thefts of catalytic converters in Orchard Way and a shed break-in at the allotments. Officers had carried out speed enforcement on the B2140 on three occasions and would continue to do so through the autumn. She reminded residents to mark tools and bicycles with the property marking kits given out at the June fete.

Cllr Quested asked whether the police could attend the allotment society's November meeting. PCSO Linnet agreed to let the Clerk know whether she could attend once the rota was published.

**24/118  County and District Councillors' reports**

County Cllr Jessop reported that the County's consultation on the Local Transport Plan closes on 15th November. He had already raised the parish's concerns about heavy goods vehicles using Hollow Lane with the Cabinet Member for Highways. He offered to arrange a site meeting with the County's freight officer. It was agreed to accept the offer, and the Clerk will liaise with Cllr Jessop on possible dates. Cllr Jessop left the meeting at 8.05pm.

**24/119  Planning**

(a) 24/01872/HOU – 3 Pound Close, single-storey rear extension. RESOLVED to raise no objection.

(b) 24/01903/FUL – Land east of Hollow Farm, erection of two agricultural buildings. Members were concerned at the scale of the buildings and the increase in lorry movements on Hollow Lane. Proposed Cllr Bowditch, seconded Cllr Farrant; 5 in favour, 1 abstention. RESOLVED to object to the application. The Clerk to submit the Council's comments before the deadline of 21st October.

(c) Decisions notified: 24/01544/HOU – The Granary, Back Lane – approved. Noted.

**24/120  Finance**

(a) The schedule of payments below was presented. Proposed Cllr Lisle, seconded Cllr Quested, carried unanimously: RESOLVED that the payments totalling £1,944.82 be approved.
"""

WRENHALLOW_PAYMENTS = [
    ["Payee", "Details", "Amount"],
    ["K. Merriday", "Clerk's salary, October (net)", "£812.40"],
    ["HMRC", "PAYE/NI, October", "£203.10"],
    ["Wrenhallow Village Hall", "Hall hire, October meeting", "£28.00"],
    ["Greenline Grounds Ltd", "Grass cutting, September (2 cuts)", "£763.32"],
    ["Playsafe Supplies", "Bin liners and sundries", "£138.00"],
]

WRENHALLOW_2 = """
(b) The bank reconciliation to 30th September 2024 was checked against the statements and signed by Cllr Lisle.

(c) The Clerk reported that the external auditor's report and certificate for 2023/24 had been received with no matters raised. The notice of conclusion of audit has been published on the website and the noticeboard.

(d) Budget 2025/26: it was agreed that the Finance Working Group (Cllrs Lisle and Ockley with the Clerk) would meet before the November meeting to prepare a draft budget and precept for the Council to consider.

**24/121  Recreation ground and open spaces**

(a) The annual play area inspection report had been received. Two items were rated medium risk: worn chains on the cradle swing and a loose bolt on the springer. Cllr Bowditch had tightened the bolt the following day. Proposed Cllr Quested, seconded Cllr Ockley and RESOLVED to accept the quotation of £186.00 from Playsafe Supplies to replace the swing chains. Clerk to place the order.

(b) The contractor will cut the boundary hedge in November, as in previous years.

(c) Recreation Ground Charity. Cllr Farrant, having declared an interest, took no part. The Council, acting as sole trustee, approved the charity's accounts for the year ended 31st March 2024. The Clerk will file the annual return with the Charity Commission before the deadline of 31st January 2025.

**24/122  Correspondence**

Letter from the Rural Community Council about its community buildings survey – already circulated to members by email.

Email from a resident about dog fouling on the footpath to Lower Ridding. Cllr Ockley would speak to the dog warden at the District Council about extra patrols, and the Clerk to order two further "bag it and bin it" signs for the stiles.

Letter from the MP's office acknowledging the Council's letter on rural bus services. Noted.

**24/123  Remembrance Sunday**

Arrangements for Sunday 10th November were noted. The wreath has been ordered and the road closure notice received from the District Council.

**24/124  Date of next meeting**

Monday 11th November 2024 at 7.30pm in Wrenhallow Village Hall.

The meeting closed at 8.52pm.
"""


def wrenhallow_minutes(path: Path) -> None:
    doc = docx.Document()
    _base_font(doc, "Arial", 11)
    _furniture(doc, "Wrenhallow Parish Council – October 2024", "Chairman's initials ………      Page ")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("WRENHALLOW PARISH COUNCIL")
    run.bold = True
    run.font.size = Pt(15)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(
        "Minutes of the Ordinary Meeting of the Parish Council held on Monday 14th October 2024 at 7.30pm "
        "in Wrenhallow Village Hall"
    ).bold = True
    _lines(
        doc,
        """
**Present: **Cllr P. Stannard (Chairman), Cllr J. Ockley (Vice-Chairman), Cllr M. Farrant, Cllr D. Lisle, Cllr H. Quested and Cllr R. Bowditch.

**In attendance: **Mrs K. Merriday (Clerk and RFO), County Cllr T. Jessop (to 8.05pm), PCSO A. Linnet and four members of the public.
""",
    )
    _lines(doc, WRENHALLOW)
    ruled_table(doc, WRENHALLOW_PAYMENTS)
    _lines(doc, WRENHALLOW_2)
    doc.add_paragraph()
    doc.add_paragraph("Signed ……………………………… Chairman          Date ………………………")
    path.write_bytes(libreoffice_pdf(doc))


# --- 2. Drumlarach and Inchbeg Community Council: minutes, Word ---------------------------------------------

DRUMLARACH = [
    (
        "1. Welcome and apologies",
        """
The Chair welcomed members, Cllr McIver, PC Rennie and six members of the public. Apologies are noted above.
""",
        None,
    ),
    (
        "2. Declarations of interest",
        """
Calum Fraser declared an interest in item 7 as a director of the Inchbeg Hall Company and left the room for that item.
""",
        None,
    ),
    (
        "3. Minutes of the meeting of 2 December 2024",
        """
The minutes were approved, proposed by Morag Dunbar and seconded by Euan Petrie.
""",
        None,
    ),
    (
        "4. Matters arising",
        """
4.1 Grit bins. The bins at Kirkton Brae and at the school gate were refilled by the council's roads team before Christmas. The bin at the Ardcluan road end is still missing, although the roads team was asked in December to replace it. IB to chase the roads team again.

4.2 Defibrillator. GL reported that the defibrillator cabinet at the Inchbeg shop has been installed and the unit registered on The Circuit. This action is complete.

4.3 Path signage at Creag Dhubh. The landowner has not replied to the letter sent in December. Carried forward to the March meeting.
""",
        "IB",
    ),
    (
        "5. Police Scotland report",
        """
PC Rennie reported 11 calls in the area over December and January, most of them road-related during the snow. Diesel had been stolen from a farm at Balnacraig on 14 January and enquiries are continuing. Police Scotland will hold a rural crime drop-in at the Inchbeg Hall on Saturday 22 February.

A resident asked about speeding through Kirkton. PC Rennie said that a speed check would be carried out when resources allowed. Asked whether a community speedwatch group could be set up, he explained the position in Scotland and said he would send the Secretary details of the road safety volunteer scheme.
""",
        None,
    ),
    (
        "6. Ward councillor's report",
        """
Cllr McIver reported that the council's budget consultation is open until 28 February. She has already written to the Cabinet Secretary about the repeated closures of the A-road for landslip works. She will find out from the roads department when the resurfacing of the C1084 is programmed and report back to the next meeting.
""",
        None,
    ),
    (
        "7. Inchbeg Hall – application to the community benefit fund",
        """
The Hall Company has applied for £1,500 towards repairs to the hall roof. After discussion it was agreed to award £1,200, the balance to be sought from the Hall Company's own reserves. Proposed Alasdair Munro, seconded Isla Brodie. The Treasurer to make the payment once the contractor's invoice is received.
""",
        "Treasurer",
    ),
    (
        "8. Planning",
        """
25/00144/FUL, erection of house at Tigh na Bruaich: noted; no comments were made.

Glenraskie wind farm extension (scoping consultation): members were concerned at the height of the proposed turbines and their visibility from the glen. It was agreed that the Secretary would submit a response objecting to the tip height, by the consultation deadline of 14 February.
""",
        "IB – by 14 Feb",
    ),
    (
        "9. Treasurer's report",
        """
The general account stands at £4,812.33 and the community benefit account at £18,406.10. The council's annual administration grant has been received. The report was noted.
""",
        None,
    ),
    (
        "10. Correspondence",
        """
Scottish Water: notice of planned works at the Inchbeg treatment works in March. Noted.

Invitation to the area Community Council Forum on 12 March. Any member wishing to attend should let the Secretary know.
""",
        None,
    ),
    (
        "11. AOCB",
        """
Morag Dunbar raised the litter at the lay-by at Allt na Coille. It was agreed to hold a community litter pick on Saturday 29 March. MD will organise it and ask the council for bags and litter pickers.
""",
        "MD",
    ),
    (
        "12. Date of next meeting",
        """
Monday 3 March 2025 at 7pm in Inchbeg Church Hall.
""",
        None,
    ),
]


def drumlarach_minutes(path: Path) -> None:
    doc = docx.Document()
    _base_font(doc, "Calibri", 11)
    _furniture(doc, "Drumlarach & Inchbeg CC", "Draft – subject to approval at the next meeting          ")
    paragraph(doc, "Drumlarach and Inchbeg Community Council", bold=True, size=14)
    paragraph(
        doc, "Minutes of the meeting held in Inchbeg Church Hall on Monday 3 February 2025 at 7pm", bold=True
    )
    _lines(
        doc,
        """
**Present: **Fiona Carmichael (FC, Chair), Alasdair Munro (AM, Vice Chair), Isla Brodie (IB, Secretary), Graeme Lennox (GL, Treasurer), Morag Dunbar (MD), Calum Fraser (CF), Euan Petrie (EP)

**In attendance: **Cllr Shona McIver (ward councillor), PC Duncan Rennie (Police Scotland), 6 members of the public

**Apologies: **Kirsty Auld (KA), Cllr Neil Baird
""",
    )
    table = doc.add_table(rows=1, cols=2)
    table.columns[0].width = Cm(14)
    table.columns[1].width = Cm(3)
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text = "", "Action"
    hdr[1].paragraphs[0].runs[0].bold = True
    for title, body, action in DRUMLARACH:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(14), Cm(3)
        cells[0].paragraphs[0].add_run(title).bold = True
        for block in body.strip().split("\n\n"):
            cells[0].add_paragraph(" ".join(block.split()))
        if action:
            cells[1].paragraphs[0].text = action
    doc.add_paragraph()
    doc.add_paragraph("Minutes taken by Isla Brodie, Secretary. drumlarachinchbegcc@example.org")
    doc.save(path)


# --- 3. Ballinacorr Joint Policing Committee: minutes as text taken from a PDF ------------------------------

BALLINACORR = """
MINUTES OF PROCEEDINGS AT MEETING OF BALLINACORR JOINT POLICING COMMITTEE HELD IN THE
COUNCIL CHAMBER, ARAS AN CHONTAE, BALLINACORR ON MONDAY, 7TH OCTOBER, 2024 AT 3.00 P.M.

IN THE CHAIR:      Councillor P. Garvey

MEMBERS:           Councillors M. Breen, T. Devane, L. Fitzgibbon, C. O'Mahony,
                   J. Quirke and R. Stack

OIREACHTAS
MEMBERS:           D. Furlong, T.D.

COMMUNITY
REPRESENTATIVES:   Ms. N. Halloran (Public Participation Network),
                   Mr. F. Geraghty (Castletown Community Alert)

AN GARDA
SIOCHANA:          Chief Superintendent (Mr. T. Hanrahan), Superintendent
                   (Ms. R. Cleary), Inspector (Mr. E. Lonergan)

OFFICIALS:         Director of Services (Mr. K. Mulqueen), Administrative Officer
                   (Ms. A. Dowd), Road Safety Officer (Mr. C. Lyons)

APOLOGIES:         Councillor S. Nolan, Senator B. Keogh

--------------------------------------------------------------------------------------------

1. MINUTES

Circulated, copy of Minutes of Joint Policing Committee Meeting held on 17th June, 2024:

Proposed by Councillor J. Quirke
Seconded by Councillor R. Stack
And Resolved:
"That the Minutes of the Joint Policing Committee Meeting held on 17th June, 2024, be
approved and adopted."


2. MATTERS ARISING

Further to the matter raised at the June meeting, Councillor T. Devane asked about the
CCTV scheme for Kilbrack village. The Director of Services confirmed that the application
for funding under the Community CCTV Grant Aid Scheme had been submitted to the Department
of Justice in August and that a decision is awaited.

The Administrative Officer confirmed that the contact list for the Community Alert groups
in the county had been updated and circulated to members in July, as agreed at the last
meeting.


3. CHIEF SUPERINTENDENT'S REPORT

The Chief Superintendent presented his report for the period January to August, 2024,
which had been circulated. He stated that burglaries were down 12% on the same period
last year and that there had been significant drugs seizures in Ballinacorr town and
Castletown under Operation Tara. Roads policing remains a priority and there have been
six fatal collisions in the Division to date this year. Gardai will continue
high-visibility patrols in Ballinacorr town centre over the Christmas period.

In reply to Councillor C. O'Mahony, the Chief Superintendent stated that the Garda
station in Castletown is open to the public from 10.00 a.m. to 1.00 p.m. daily and that
there are no plans to change those hours.

                                                                          Page 1 of 3
Ballinacorr JPC 07.10.2024

Councillor T. Devane requested a breakdown of drink-driving detections by Garda District
for the year to date. The Chief Superintendent said that he would provide the figures to
members before the next meeting.

D. Furlong, T.D. stated that he would be raising the need for additional Garda resources
in the Division with the Minister for Justice.

The Chairperson thanked the Chief Superintendent for his report.


4. LOCAL COMMUNITY SAFETY PARTNERSHIP

The Administrative Officer outlined the provisions of the Policing, Security and Community
Safety Act, 2024, under which the Joint Policing Committee will be replaced by a Local
Community Safety Partnership. Members discussed the membership of the new partnership and
the need for continuity of the Community Alert groups. It was agreed that the
Administrative Officer would circulate the Department's guidance on Local Community Safety
Partnerships to all members.


5. ANTI-SOCIAL BEHAVIOUR AT RIVERSIDE PARK

Councillor M. Breen raised ongoing anti-social behaviour at Riverside Park, Ballinacorr,
including damage to the new playground. The Superintendent stated that the area is
included in the evening patrol plan. Following discussion it was agreed that the Council's
Community Section would convene a meeting with An Garda Siochana and the Youth Service and
bring a report to the next meeting of the Committee.


6. PRESENTATION - ROAD SAFETY

Mr. C. Lyons, Road Safety Officer, gave a presentation on the draft Road Safety Action Plan
2025-2029. Ms. N. Halloran asked about speed limits outside rural schools; Mr. Lyons said
that the review of speed limits on local roads had been completed and that the new limits
would come into force in February. A copy of the presentation will be circulated to members.


7. PUBLIC MEETING

It was agreed that the Committee's annual public meeting be held in Castletown Community
Centre in November, on a date to be agreed by the Chairperson and the Director of Services.

                                                                          Page 2 of 3
Ballinacorr JPC 07.10.2024

8. ANY OTHER BUSINESS

Councillor C. O'Mahony raised illegal dumping on the bog road at Derrylea. The Director of
Services stated that the Environment Section operates camera surveillance at known dumping
sites, and that the bog road has been on that schedule since the spring.


9. DATE OF NEXT MEETING

The next meeting of the Joint Policing Committee will be held on Monday, 9th December, 2024
at 3.00 p.m. in the Council Chamber.


This concluded the business of the meeting.


SIGNED: ___________________________          SIGNED: ___________________________
        CATHAOIRLEACH                                RUNAI

                                                                          Page 3 of 3
"""


def ballinacorr_minutes(path: Path) -> None:
    _text(path, BALLINACORR)


# --- 4. Ashmarsh Police and Crime Panel: printed minutes, PDF printed by Chromium --------------------------

ASHMARSH = """
<p style="text-align:center"><b>ASHMARSH POLICE AND CRIME PANEL</b></p>
<p style="text-align:center">MINUTES of a meeting of the Ashmarsh Police and Crime Panel held in the Council Chamber,
Ashmarsh Civic Centre, Wharf Road, Eldersby on <b>Thursday, 16 January 2025 at 10.30 am</b></p>

<p><b>PRESENT:</b> Councillor Gillian Ruddock (Chair), Councillor Haroon Qadri (Vice-Chair), Councillors Bernard Achterberg,
Penny Cullimore, Stephen Dawlish, Lorraine Ibbotson, Mark Northcott and Yvonne Pelham-Ward; Mr Clive Ashdown and
Ms Rehana Mistry (Independent Co-opted Members)</p>
<p><b>ALSO PRESENT:</b> Sarah Kenward (Police and Crime Commissioner), Dominic Frayne (Chief Executive, OPCC), Alison Tugwell
(Chief Finance Officer, OPCC), Assistant Chief Constable Ryan Okafor (Ashmarsh Constabulary), Neil Sawtell (Panel Scrutiny
Officer) and Julie Marchbank (Democratic Services Officer)</p>

<h3>31. APOLOGIES AND SUBSTITUTES</h3>
<p>Apologies for absence were received from Councillor Terence Bullock and Councillor Anne Marie Foyle. There were no
substitutes.</p>

<h3>32. DECLARATIONS OF INTEREST</h3>
<p>Councillor Lorraine Ibbotson declared a personal interest as a volunteer with a victims' support charity that receives
a grant from the Commissioner.</p>

<h3>33. MINUTES OF THE PREVIOUS MEETING</h3>
<p><b>RESOLVED</b> that the minutes of the meeting held on 14 November 2024 be confirmed as a correct record and signed by
the Chair.</p>

<h3>34. PUBLIC QUESTIONS</h3>
<p>Mr Keith Gorringe of Fenside asked what the Commissioner was doing about emergency response times in the Fenside
villages, which he said were the worst in the county. The Commissioner replied that she holds the Chief Constable to
account for response times at her monthly accountability meeting and that the rural target had been met in eight of the
last twelve months. As Mr Gorringe's supplementary question asked for figures for each village, the Commissioner agreed
to send him a written reply.</p>
<p>A question from Ms Amelia Thorne about the closure of the Eldersby front counter was answered by the Commissioner at the
meeting; the counter will open on Saturdays from March.</p>

<h3>35. PROPOSED POLICE PRECEPT 2025/26</h3>
<p>The Commissioner presented her proposal to increase the police element of the council tax by £14.00 for a Band D
property in 2025/26, with the report of the Chief Finance Officer on the robustness of the estimates and the adequacy of
reserves. She explained that the proposal would protect the 140 neighbourhood officers funded from the 2023/24 and 2024/25
increases and fund a second rural crime team. The Chief Finance Officer confirmed that reserves would remain above the
minimum of 3% of net revenue expenditure throughout the medium-term plan.</p>
<p>Members asked about the results of the precept consultation, in which 54% of 2,310 respondents had supported an increase
of up to £14, and about the assumptions on the pay award. The Chief Finance Officer undertook to circulate the reserves
strategy 2025&ndash;2029 to members (see action A20).</p>
<p>Following a vote (8 for, 1 against, 1 abstention) it was</p>
<p><b>RESOLVED</b> that:</p>
<p>(1) the Panel supports the Commissioner's proposed precept of £14.00 for a Band D property in 2025/26;</p>
<p>(2) the Panel's report on the proposed precept be sent to the Commissioner by 7 February 2025; and</p>
<p>(3) the Commissioner be requested to bring a report on the outcomes delivered by the 2024/25 precept investment in
neighbourhood policing to the Panel's meeting in June 2025.</p>

<h3>36. POLICE AND CRIME PLAN &ndash; PERFORMANCE REPORT, QUARTER 2</h3>
<p>The Chief Executive introduced the performance report for July to September 2024. Members noted the fall in the
number of rural crime outcomes and asked whether this varied between policing districts. ACC Okafor said that a new rural
crime coordinator had been appointed in October and that the Constabulary's own rural crime plan was being refreshed.
The Chief Executive agreed to provide a breakdown of rural crime outcomes by district (action A21).</p>
<p>Councillor Cullimore asked about 101 waiting times. ACC Okafor explained that the average wait had fallen to 4 minutes
12 seconds after the introduction of the call-back facility in September.</p>
<p><b>RESOLVED</b> that the report be noted.</p>

<h3>37. COMPLAINTS AGAINST THE COMMISSIONER</h3>
<p>The Democratic Services Officer reported that one complaint had been received since the last meeting and had been
resolved informally. <b>RESOLVED</b> that the report be noted.</p>

<h3>38. ACTIONS ARISING AND WORK PROGRAMME</h3>
<p>The Panel considered the schedule of actions arising from previous meetings, as set out below.</p>
<table>
<tr><th>No.</th><th>Meeting</th><th>Action</th><th>Responsible</th><th>Update</th><th>Status</th></tr>
<tr><td>A14</td><td>19.09.24</td><td>Circulate the breakdown of 101 call abandonment rates by district</td><td>OPCC Chief Executive</td><td>Circulated to members 2 October 2024</td><td>Complete</td></tr>
<tr><td>A15</td><td>19.09.24</td><td>Arrange a visit for members to the Force Control Room</td><td>Panel Scrutiny Officer</td><td>Visit booked for 27 February 2025; places still available</td><td>In progress</td></tr>
<tr><td>A16</td><td>14.11.24</td><td>Provide data on the use of stop and search on under-18s, by ethnicity</td><td>Commissioner</td><td>Data requested from the Constabulary; expected in March</td><td>Open</td></tr>
<tr><td>A17</td><td>14.11.24</td><td>Include commissioning outcomes for violence against women and girls services in the annual report</td><td>Commissioner</td><td>Will be included in the annual report to the June meeting</td><td>Ongoing</td></tr>
<tr><td>A18</td><td>14.11.24</td><td>Share the Panel's complaints protocol with the new Monitoring Officer</td><td>Democratic Services Officer</td><td>Done 20 November 2024</td><td>Complete</td></tr>
</table>
<p>The Chair asked that an item on the Commissioner's estates strategy be added to the work programme.</p>
<p><b>RESOLVED</b> that (1) the actions arising be noted and actions A14 and A18 be removed from the schedule; and (2) the work
programme be agreed, subject to the addition of the estates strategy.</p>

<h3>39. DATE OF NEXT MEETING</h3>
<p>Thursday, 6 March 2025 at 10.30 am, Council Chamber, Ashmarsh Civic Centre.</p>

<h3 class="pb">ACTIONS ARISING FROM THIS MEETING</h3>
<table>
<tr><th>No.</th><th>Minute</th><th>Action</th><th>By whom</th><th>By when</th></tr>
<tr><td>A19</td><td>34</td><td>Send a written reply to Mr Gorringe giving emergency response times for each of the Fenside villages</td><td>Commissioner</td><td>Within 14 days</td></tr>
<tr><td>A20</td><td>35</td><td>Circulate the reserves strategy 2025&ndash;2029 to Panel members</td><td>OPCC Chief Finance Officer</td><td>31 January 2025</td></tr>
<tr><td>A21</td><td>36</td><td>Provide a breakdown of rural crime outcomes by policing district</td><td>OPCC Chief Executive</td><td>March 2025</td></tr>
<tr><td>A22</td><td>38</td><td>Update the work programme to include the Commissioner's estates strategy</td><td>Panel Scrutiny Officer</td><td>Next meeting</td></tr>
</table>

<p style="margin-top:30pt">The meeting closed at 12.48 pm.</p>
<p>CHAIR ……………………………………</p>
"""


def ashmarsh_minutes(path: Path) -> None:
    css = _css("Ashmarsh Police and Crime Panel – 16 January 2025", "Minutes subject to confirmation")
    path.write_bytes(chromium_pdf(html_page("Ashmarsh Police and Crime Panel – Minutes", css, ASHMARSH)))


# --- 5. Hollowmere OPCC Accountability Board: notes and action log, Word -------------------------------------

HOLLOWMERE_ATTEND = [
    ["Present", ""],
    ["Gareth Pennock (GP)", "Police and Crime Commissioner (Chair)"],
    ["Louise Ambler (LA)", "Chief Executive, OPCC"],
    ["Martin Oduya (MO)", "Chief Finance Officer, OPCC"],
    ["Joanna Leck (JL)", "Head of Performance and Scrutiny, OPCC"],
    ["Rachel Tennant (RT)", "Chief Constable"],
    ["Simon Haverley (SH)", "Deputy Chief Constable"],
    ["Priya Nandra (PN)", "Assistant Chief Constable (Operations)"],
    ["Colin Brayshaw (CB)", "Director of Finance, Hollowmere Police"],
    ["In attendance", ""],
    ["Supt Wendy Arkwright (WA)", "Head of Contact Management (item 4)"],
    ["Tom Whiteley (TW)", "Governance Officer, OPCC (notes)"],
    ["Apologies", ""],
    ["Daniel Oyelaran (DO)", "Assistant Chief Constable (Crime)"],
]

HOLLOWMERE_NOTES = """
**1. Introductions and apologies**

GP welcomed members. Apologies were received from DO; PN would cover crime matters.

**2. Notes of the meeting held on 21 January 2025 and action log**

The notes were agreed as an accurate record. The action log was reviewed (see the table at the end of these notes). The Board agreed to close AB24/31, AB25/03 and AB25/04. On AB25/05, CB apologised that the costed proposal for a second custody nurse contract had not been ready and said it would be presented in April.

**3. Force performance – quarter 3**

RT presented the quarter 3 performance report. All-crime volumes were 4% lower than the same period last year; charge rates had risen to 7.9%. GP asked about the 72 rape investigations that had been open for longer than twelve months. PN explained the role of the new investigative review team and agreed to provide a breakdown by investigative stage (AB25/06).

GP asked that the quarterly report show three-year trend lines. RT agreed to ask the performance team to add three-year trend lines from the quarter 4 report onwards.

**4. Call handling and 101**

WA joined the meeting. 999 answer times were within the national standard in each month of the quarter. The 101 abandonment rate had fallen from 31% to 19% following the recruitment of 24 call handlers in the autumn; a further intake starts in April. The force has already introduced a call-back option during peak hours. The 101 improvement plan milestones will be circulated to the Board (AB25/07). RT offered to give the Police and Crime Panel a briefing on the 101 improvements if GP thought it helpful; GP did not think that necessary at this stage. WA left the meeting.

**5. Vetting and professional standards**

SH reported that 412 vetting renewals were overdue, largely because of the national backlog in checks. GP said he would continue to raise the national vetting delays through the APCC. SH will report on the renewal backlog with a trajectory to clear it (AB25/08). LA would arrange for the OPCC's Ethics Committee to review the anonymised misconduct outcomes for 2024 at its June meeting.

**6. Finance – revenue and capital monitoring, month 10**

CB reported a forecast revenue underspend of £1.1m, mainly from police staff vacancies, and slippage of £3.4m in the capital programme. MO noted that the OPCC and force forecasts of year-end reserves differed by £0.6m; MO and CB to meet to reconcile the two forecasts before the 2025/26 budget is finalised. GP approved the virement of £240,000 from the estates revenue budget to the custody healthcare contract. The draft capital programme for 2025/26 to 2028/29 is to be brought to the PCC for approval (AB25/09).

**7. Any other business**

LA reported that the joint OPCC and force review of referrals to the victims' service would begin in April; its scope is still to be agreed (AB25/10). The Home Office's provisional funding settlement had been circulated to members by email on 5 March.

**8. Date of next meeting**

Tuesday 20 May 2025, 10.00am, Conference Room 1, Force Headquarters, Marlow Road, Hollowmere.
"""

HOLLOWMERE_LOG = [
    ["Ref", "Action", "Owner", "Due", "Status / update"],
    [
        "AB24/31",
        "Provide the PCC with an analysis of repeat missing children episodes by care home",
        "ACC Ops",
        "Jan 2025",
        "Complete – analysis shared with the OPCC 12/02/25. Closed.",
    ],
    [
        "AB24/35",
        "Review the force's use of overtime in custody",
        "DoF",
        "Mar 25",
        "Ongoing – interim findings given at item 6; full report to the May Board.",
    ],
    [
        "AB25/02",
        "Confirm the go-live date of the new online crime reporting portal",
        "DCC",
        "18/03/25",
        "Deferred to the May Board, pending the supplier's testing.",
    ],
    [
        "AB25/03",
        "Share the revised stop and search scrutiny terms of reference",
        "OPCC CEx",
        "28/02/25",
        "Closed – superseded by the national guidance issued in February.",
    ],
    [
        "AB25/04",
        "Provide 101 abandonment data by hour of day",
        "ACC Ops",
        "Mar 25",
        "Complete – presented at item 4. Closed.",
    ],
    [
        "AB25/05",
        "Present a costed proposal for a second custody nurse contract",
        "DoF",
        "18/03/25",
        "Overdue – to be presented in April.",
    ],
    [
        "AB25/06",
        "Provide a breakdown of the rape investigations open for more than twelve months, by investigative stage",
        "ACC Ops (for ACC Crime)",
        "20/05/25",
        "New",
    ],
    [
        "AB25/07",
        "Circulate the 101 improvement plan milestones to Board members",
        "ACC Ops",
        "4 April",
        "New",
    ],
    [
        "AB25/08",
        "Report on the vetting renewal backlog, with a trajectory to clear it",
        "DCC",
        "May Board",
        "New",
    ],
    [
        "AB25/09",
        "Bring the draft capital programme 2025/26 – 2028/29 to the PCC for approval",
        "DoF / OPCC CFO",
        "End of Q1",
        "New",
    ],
    [
        "AB25/10",
        "Agree the scope of the joint review of referrals to the victims' service",
        "OPCC CEx & DCC",
        "TBC",
        "New",
    ],
]


def hollowmere_board(path: Path) -> None:
    doc = docx.Document()
    _base_font(doc, "Arial", 10)
    _furniture(doc, "OFFICIAL", "Hollowmere OPCC – Accountability Board notes – 18 March 2025          Page ")
    paragraph(doc, "Office of the Police and Crime Commissioner for Hollowmere", bold=True, size=12)
    paragraph(doc, "ACCOUNTABILITY BOARD", bold=True, size=14)
    paragraph(doc, "Notes of the meeting held on Tuesday 18 March 2025, 10.00am – 12.30pm")
    paragraph(doc, "Conference Room 1, Force Headquarters, Marlow Road, Hollowmere")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for name, role in HOLLOWMERE_ATTEND:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, role
        if not role:
            cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    _lines(doc, HOLLOWMERE_NOTES)
    doc.add_page_break()
    paragraph(doc, "ACTION LOG – updated 18 March 2025", bold=True, size=12)
    ruled_table(doc, HOLLOWMERE_LOG)
    _widths(doc, [1.8, 6.2, 2.6, 1.9, 4.5])
    doc.save(path)


# --- 6. Caddon Vale PCC Strategic Board: action log carried over several meetings, PDF by LibreOffice --------

CADDON_OPEN = [
    ["Ref", "Raised", "Action", "Owner", "Due", "Status", "Update"],
    [
        "SB/24/19",
        "14/11/24",
        "Develop a performance framework for the Serious Violence Duty with the community safety partnerships",
        "ACC Local Policing",
        "Mar 25\nRevised: Jul 25",
        "Ongoing",
        "21/01: draft framework shared with CSPs.\n11/03: partner sign-off delayed by two CSPs.\n13/05: revised completion date of July given.",
    ],
    [
        "SB/25/04",
        "21/01/25",
        "Explore options for a joint control room with the Fire and Rescue Service",
        "DCC",
        "Jul 25",
        "Deferred",
        "13/05: deferred pending the outcome of the national review of fire governance.",
    ],
    [
        "SB/25/06",
        "11/03/25",
        "Produce a communications plan for publishing the precept consultation results",
        "OPCC Head of Comms",
        "Apr 25",
        "Overdue",
        "13/05: draft awaited; now expected early June.",
    ],
    [
        "SB/25/07",
        "11/03/25",
        "Review Domestic Abuse Matters training completion rates by department",
        "ACC Crime",
        "May 25",
        "Complete",
        "13/05: completion 91%; reported at item 4. Propose close.",
    ],
    [
        "SB/25/08",
        "11/03/25",
        "Confirm the funding position for the Cadets scheme in 2025/26",
        "OPCC CFO",
        "Apr 25",
        "Open",
        "13/05: no update.",
    ],
    [
        "SB/25/09",
        "13/05/25",
        "Provide a cost-benefit analysis of the proposed expansion of the drone capability",
        "ACC Operations",
        "Sept 25",
        "Open",
        "",
    ],
    [
        "SB/25/10",
        "13/05/25",
        "Circulate the HMICFRS PEEL improvement plan with RAG ratings to Board members",
        "Head of Strategic Planning",
        "30/05/25",
        "Open",
        "",
    ],
    [
        "SB/25/11",
        "13/05/25",
        "Agree terms of reference for a joint review of custody healthcare",
        "OPCC CEx / DCC",
        "End of Q2",
        "Open",
        "",
    ],
    [
        "SB/25/12",
        "13/05/25",
        "Present the draft delivery plan for the Police and Crime Plan",
        "OPCC Chief Executive",
        "Next Board (15 July 2025)",
        "Open",
        "",
    ],
    [
        "SB/25/13",
        "13/05/25",
        "Share the final Force Management Statement with the OPCC",
        "Head of Strategic Planning",
        "16/05/25",
        "Complete",
        "Shared 15/05/25.",
    ],
]

CADDON_CLOSED = [
    ["Ref", "Raised", "Action", "Owner", "Closed", "Note"],
    [
        "SB/24/21",
        "14/11/24",
        "Report the outcome of the fleet electrification pilot",
        "Dir. Estates & Fleet",
        "21/01/25",
        "Reported to the January Board.",
    ],
    [
        "SB/25/01",
        "21/01/25",
        "Benchmark the officer-to-population ratio against the most similar group of forces",
        "Head of Strategic Planning",
        "11/03/25",
        "Presented to the March Board.",
    ],
]


def _landscape(doc: docx.document.Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))


def caddon_vale_log(path: Path) -> None:
    doc = docx.Document()
    _base_font(doc, "Arial", 9)
    _landscape(doc)
    _furniture(
        doc, "OFFICIAL", "Caddon Vale PCC – Strategic Board action log – version 13.05.25          Page "
    )
    paragraph(doc, "Police and Crime Commissioner for Caddon Vale", bold=True, size=12)
    paragraph(doc, "STRATEGIC BOARD – ACTION LOG", bold=True, size=14)
    doc.add_paragraph(
        "Updated following the Board meeting of 13 May 2025. Actions are listed with the date of the meeting at which "
        "they were raised; updates are dated with the meeting at which they were given. Actions reported complete are "
        "moved to the closed list once the Board has agreed to close them."
    )
    paragraph(doc, "Open actions", bold=True)
    ruled_table(doc, CADDON_OPEN)
    _widths(doc, [2.0, 1.7, 7.0, 3.3, 2.6, 1.9, 7.0])
    doc.add_paragraph()
    paragraph(doc, "Closed actions (for information)", bold=True)
    ruled_table(doc, CADDON_CLOSED)
    _widths(doc, [2.0, 1.7, 9.0, 3.3, 2.0, 7.5])
    doc.add_paragraph()
    doc.add_paragraph(
        "Next meeting of the Strategic Board: Tuesday 15 July 2025, 2.00pm, OPCC Boardroom, Caddon House."
    )
    doc.add_paragraph("Queries about this log to the OPCC Governance Team.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Sedding Green Police Liaison Group: notes posted on a residents' blog, Markdown ---------------------

SEDDING = """
---
layout: post
title: "Police Liaison Group &#8211; notes of the March meeting"
date: 2011-03-29 21:14:05
category: community-safety
author: rfeather
---

Notes of the Sedding Green Police Liaison Group meeting held on Tuesday 22 March at the Methodist Hall, Bellfounder Street.

Sgt Colin Meakin and PCSO Abi Tranter from the Sedding Green Safer Neighbourhood Team met about 14 residents. The meeting was chaired by Rosalind Feather (Sedding Green Residents' Forum). Apologies were received from our ward councillor, Dennis Orme, and from Paul Yelland of Neighbourhood Watch.

<!--more-->

### Matters from last time

The broken street light on Tanner's Walk that we asked to be reported in January has now been repaired.

The request for a dropped kerb outside the post office is still with the council's highways team, who have not yet given a date. Cllr Orme's office will be asked to chase it.

### Ward priorities for April to June

Sgt Meakin went through the results of the priorities survey. After a show of hands the meeting agreed that the three priorities for the next quarter will be (1) burglary from sheds and garages, (2) parking around St Aidan's school at drop-off and pick-up times and (3) street drinking at the Bellfounder precinct.

### Burglary

There were nine burglaries in the ward between January and March, six of them from sheds and garages in the streets backing onto the railway. The team has been doing extra patrols along the railway path in the evenings and will carry on doing so. Abi said she would be happy to run a property marking session if enough residents were interested, but nobody put their name down on the night.

### Parking at St Aidan's

Residents described cars parked on the zig-zags and across driveways. The police cannot be outside the school every day, but Sgt Meakin will ask the council's parking enforcement team to visit at school times over the next month. Rosalind will write to the head teacher asking for parents to be reminded about considerate parking in the school newsletter.

### Street drinking at the precinct

This has improved since the alcohol control zone came in last year. The team will keep patrolling the precinct on Friday and Saturday evenings. A resident asked whether the zone could be extended to the recreation ground; Sgt Meakin answered that the zone is set by the council, and that the police had already given their support to extending it when the council consulted last year.

The Residents' Forum has written to our MP about the proposal to close the front counter at Sedding Green police station.

### Action points

* Sgt Meakin – parking enforcement visits at St Aidan's
* Rosalind – letter to St Aidan's head teacher
* Abi – email the new ward panel contact sheet to everyone who signed in tonight
* Paul Yelland – put the priorities on the Neighbourhood Watch noticeboards

### Next meeting

Tuesday 21 June, 7.30pm, Methodist Hall. All residents welcome.

*Posted by Rosalind Feather*
"""


def sedding_green_notes(path: Path) -> None:
    _text(path, SEDDING)


# --- 8. Friends of Pryor's Meadow: committee minutes, PDF printed by Chromium -----------------------------

PRYORS_ROWS = [
    (
        "1",
        "Welcome and apologies",
        "<p>JA welcomed everyone, including Marcus Dean, the council's ranger for the meadow. Apologies from Tessa Quayle.</p>",
        "",
    ),
    (
        "2",
        "Minutes of 12 February and matters arising",
        "<p>The minutes were agreed and signed.</p>"
        "<p>Bird boxes: the twelve boxes made at the January work party have been put up along the hedge line &ndash; done.</p>"
        "<p>Memorial bench plaque: the engraver has the wording but the plaque will not be ready until May. Still in hand.</p>"
        "<p>Noticeboard at the Station Road gate: OB has repainted it and replaced the perspex.</p>",
        "",
    ),
    (
        "3",
        "Treasurer's report",
        "<p>PK reported a balance of £2,964.18, including £1,150 of the ward grant that is restricted to the pond project. "
        "Membership stands at 117 households. Subscriptions are due on 1 April; PK will send renewal reminders by email.</p>",
        "PK",
    ),
    (
        "4",
        "Work parties",
        "<p>The March work party cleared bramble from the pond margin; 14 volunteers came. Work parties continue on the "
        "second Saturday of each month. Marcus will check whether the council can supply a skip for the April work party. "
        "Risk assessments for each work party to be reviewed by LS before the April session.</p>",
        "LS",
    ),
    (
        "5",
        "Funding bid – pond restoration",
        "<p>NF has drafted a bid to the Lottery's community fund for £9,800 for the second phase of the pond restoration. "
        "Agreed that the bid be submitted, subject to the council's written consent as landowner. Marcus to obtain the "
        "council's consent letter. NF to submit the bid by 30 April.</p>",
        "Marcus / NF",
    ),
    (
        "6",
        "Events",
        "<p>Bioblitz, Saturday 14 June: the county recorders' group has agreed to lead the bird and moth surveys. "
        "LS and OB to prepare the publicity and book the gazebo from the community centre. "
        "Dawn chorus walk, Sunday 4 May, led by JA as in previous years.</p>",
        "LS, OB",
    ),
    (
        "7",
        "Ranger's update",
        "<p>Marcus reported that the council will cut the hay meadow in late July and that the ash trees along the "
        "brook were surveyed in March; two will be felled for safety in the autumn. The council has already replaced the "
        "broken bin at the Elm Lane entrance.</p>",
        "",
    ),
    (
        "8",
        "Any other business",
        "<p>Dog fouling near the play area was raised. It was noted that the council's dog warden patrols the meadow. "
        "OB offered to draft a polite notice for the noticeboard if it was felt to be needed later in "
        "the summer.</p>",
        "",
    ),
    ("9", "Date of next meeting", "<p>Wednesday 11 June 2025, 7.00pm, Meadow Pavilion.</p>", ""),
]


def pryors_meadow_minutes(path: Path) -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td><b>{title}</b>{body}</td><td>{action}</td></tr>"
        for n, title, body, action in PRYORS_ROWS
    )
    body = f"""
<h1>Friends of Pryor's Meadow</h1>
<p><b>Minutes of the committee meeting, 9 April 2025</b><br>Meadow Pavilion, 7.00pm</p>
<p><b>Present:</b> Judith Ambrose (JA, Chair), Peter Kettle (PK, Treasurer), Naomi Fairhurst (NF, Secretary),
Owen Bracegirdle (OB), Lily Sandhu (LS)<br>
<b>Also present:</b> Marcus Dean (Ranger, Countryside Service)<br>
<b>Apologies:</b> Tessa Quayle (TQ)</p>
<table>
<colgroup><col style="width:6%"><col style="width:78%"><col style="width:16%"></colgroup>
<tr><th>No.</th><th>Item</th><th>Action</th></tr>
{rows}
</table>
<p>Meeting closed 8.55pm.</p>
"""
    css = _css(
        "Friends of Pryor's Meadow", "Registered charity no. 1187xxx", font="Georgia, serif", size="10.5pt"
    )
    path.write_bytes(chromium_pdf(html_page("Friends of Pryor's Meadow – committee minutes", css, body)))


# --- 9. Penistowe Borough Council Community Safety Scrutiny Committee: minutes and work programme, PDF -------

PENISTOWE = """
<p><b>PENISTOWE BOROUGH COUNCIL</b></p>
<h1>Community Safety Scrutiny Committee</h1>
<p>Minutes of a meeting of the Community Safety Scrutiny Committee held on Tuesday, 26 November 2024 at 6.30 pm in
Committee Room 2, Penistowe Town Hall</p>

<p><b>Present:</b> Councillors Deborah Ainsworth (Chair), Kevin Lumb (Vice-Chair), Farah Chaudhry, Martin Gledhill,
Sian Hollis, Patrick Mounsey and Janet Weatherall</p>
<p><b>Officers:</b> Lucy Brammall (Head of Community Safety), Adrian Thewlis (Licensing Manager), Graham Pickles (Scrutiny
Officer)</p>
<p><b>Also in attendance:</b> Chief Inspector Nadia Rehman (District Commander, Penistowe), Councillor Roy Firth (Cabinet
Member for Communities)</p>
<p><b>Apologies:</b> Councillor Bryony Skelton</p>

<h2>CS.21 Declarations of interest</h2>
<p>None.</p>

<h2>CS.22 Minutes</h2>
<p><b>Resolved:</b> That the minutes of the meeting held on 24 September 2024 be approved as a correct record.</p>

<h2>CS.23 Community Safety Partnership Plan – mid-year review</h2>
<p>The Head of Community Safety presented the mid-year review of the Penistowe Community Safety Partnership Plan
2024&ndash;2027. Anti-social behaviour reports were 9% lower than in the same period of 2023, but reports of
neighbour disputes had risen. The partnership had launched a new mediation service in August and 38 cases had been
referred.</p>
<p>Members asked about the spread of anti-social behaviour across wards. The Head of Community Safety undertook to
circulate ward-level figures for the first six months of the year to all members of the Committee.</p>
<p>Councillor Hollis asked whether the mediation service could take self-referrals. The Head of Community Safety confirmed
that it already does, through the council's website and the contact centre.</p>
<p>Chief Inspector Rehman said that the police will run a high-visibility operation in the town centre over the
Christmas period, as in previous years, and that the Penistowe neighbourhood teams were now at full establishment.</p>
<p><b>Resolved:</b></p>
<p>(1) That the mid-year review be noted.</p>
<p>(2) That the Committee supports the continuation of the mediation service beyond March 2025.</p>

<h2>CS.24 Night-time economy and licensing</h2>
<p>The Licensing Manager reported on the work of the joint licensing and police visits to late-night premises. Forty-two
visits had been carried out since June; three reviews of premises licences had been requested by the police.</p>
<p>The Committee discussed the Street Angels scheme. Councillor Mounsey suggested that the council might fund
radios for the volunteers. The Cabinet Member said that he would be happy to look at that if the scheme's trustees
asked for help, but no request had been made.</p>
<p>It was agreed that a task and finish group of three members (Councillors Lumb, Chaudhry and Weatherall) be set up to
review the council's approach to the night-time economy, with terms of reference to be drafted by the Scrutiny Officer
for the next meeting.</p>
<p><b>Resolved:</b> That the report be noted and a task and finish group be established as above.</p>

<h2>CS.25 Fly-tipping enforcement</h2>
<p>Deferred to the meeting on 28 January 2025 at the request of the service, as the enforcement figures for quarter 2
were not yet available.</p>

<h2>CS.26 Work programme 2024/25</h2>
<p>The Scrutiny Officer presented the Committee's work programme, attached as an appendix. The Chair asked that a report
on the use of Public Spaces Protection Orders be added for March.</p>
<p><b>Resolved:</b> That the work programme be approved, with the addition of the Public Spaces Protection Orders
report.</p>

<p>The meeting closed at 8.20 pm.</p>

<h2 class="pb">Appendix – Community Safety Scrutiny Committee work programme 2024/25</h2>
<table>
<tr><th>Meeting</th><th>Item</th><th>Lead</th><th>Purpose</th></tr>
<tr><td>28 January 2025</td><td>Fly-tipping enforcement: performance and use of fixed penalties</td><td>Head of Environmental Services</td><td>Performance scrutiny</td></tr>
<tr><td>28 January 2025</td><td>Night-time economy task and finish group: terms of reference</td><td>Scrutiny Officer</td><td>Approval</td></tr>
<tr><td>28 January 2025</td><td>Domestic abuse safe accommodation duty: annual update</td><td>Head of Community Safety</td><td>Assurance</td></tr>
<tr><td>18 March 2025</td><td>Public Spaces Protection Orders: use and review</td><td>Head of Community Safety</td><td>Policy review</td></tr>
<tr><td>18 March 2025</td><td>Community Safety Partnership Plan: year-end position</td><td>Head of Community Safety</td><td>Performance scrutiny</td></tr>
<tr><td>29 April 2025</td><td>CCTV control room: annual report</td><td>CCTV Manager</td><td>Assurance</td></tr>
<tr><td>29 April 2025</td><td>Scrutiny annual report 2024/25</td><td>Scrutiny Officer</td><td>Approval</td></tr>
</table>
<p>Items may be added or moved at the Chair's discretion. Contact: Graham Pickles, Scrutiny Officer.</p>
"""


def penistowe_scrutiny(path: Path) -> None:
    css = _css("Community Safety Scrutiny Committee", "Penistowe Borough Council")
    path.write_bytes(
        chromium_pdf(html_page("Community Safety Scrutiny Committee – 26 November 2024", css, PENISTOWE))
    )


# --- 10. Mardlebury Town Council: agenda pack with the previous minutes, PDF printed by LibreOffice ---------

MARDLEBURY_AGENDA = """
**1. Apologies for absence** – to receive and consider apologies.

**2. Declarations of interest** – to receive declarations of interest in items on this agenda.

**3. Public session** – up to 15 minutes for members of the public to address the Council.

**4. Minutes** – to approve the minutes of the Full Council meeting held on 17 February 2025 (attached).

**5. Progress on actions** – to receive the Town Clerk's report on actions from previous meetings (attached).

**6. Mayor's announcements**

**7. Finance** – (a) to approve the schedule of payments for March; (b) to approve the internal audit plan for 2025/26.

**8. Annual Town Meeting** – to note the arrangements for the meeting on 23 April 2025.

**9. CCTV upgrade** – to consider the two quotations received for replacing the town centre cameras.

**10. Planning Committee** – to receive the minutes of the meeting held on 3 March 2025.

**11. Grant applications** – to consider applications from Mardlebury Carnival Committee and the Pengarrow Foodbank.

**12. Date of next meeting** – Monday 14 April 2025 at 7.00pm.
"""

MARDLEBURY_MINUTES = """
**Present: **Cllr Jenifer Rowse (Town Mayor, in the chair), Cllr Michael Treloar (Deputy Mayor), Cllr Alan Hosking, Cllr Bridget Kitto, Cllr Sam Olver, Cllr Eleanor Penhale, Cllr Graham Trudgeon, Cllr Nicola Vosper, Cllr Dean Williams, Cllr Petra Yeo, Cllr Ruth Carlyon.

**In attendance: **Andrew Pengelly (Town Clerk), Hayley Crebo (Deputy Town Clerk), PC Mark Polglase (Mardlebury Neighbourhood Team) and five members of the public.

**FC/25/014  Apologies for absence**

Apologies were received and accepted from Cllr Oliver Hendra (holiday) and Cllr Lynne Tamblyn (illness).

**FC/25/015  Declarations of interest**

Cllr Olver declared an interest in FC/25/020 as a neighbour of the skatepark.

**FC/25/016  Public session**

A resident asked what the repair of the Christmas lights had cost. The Town Clerk answered that the repairs had cost £1,240, met from the lighting budget.

A representative of Mardlebury in Bloom asked for the Council's help with watering the hanging baskets this summer. The Deputy Town Clerk would meet the group to agree a watering rota.

**FC/25/017  Minutes**

RESOLVED that the minutes of the meeting held on 20 January 2025 be approved and signed as a correct record.

**FC/25/018  Mayor's announcements**

The Mayor reported on her attendance at the Holocaust Memorial Day service and the opening of the new surgery in Chapel Street. Noted.

**FC/25/019  Finance**

(a) RESOLVED that the schedule of payments for February, totalling £18,377.54, be approved.

(b) Three quotations for internal audit had been obtained. Proposed Cllr Kitto, seconded Cllr Penhale: RESOLVED to appoint Aldgate Audit Services as internal auditor for 2025/26 at a fee of £875. The Town Clerk to write to confirm the appointment.

**FC/25/020  Skatepark refurbishment**

Cllr Olver, having declared an interest, left the room. Four tenders had been received and evaluated by the Amenities Working Group. Proposed Cllr Treloar, seconded Cllr Hosking, carried by 9 votes to 1: RESOLVED that the tender from Concrete Waves Ltd in the sum of £46,500 be accepted, funded from the earmarked skatepark reserve and the section 106 contribution. The Town Clerk will notify the unsuccessful bidders. The Town Clerk will also arrange a pre-start meeting with the contractor. Cllr Olver returned to the meeting.

**FC/25/021  CCTV**

PC Polglase reported that the town centre cameras had helped in fourteen arrests since April. The police will continue to review footage for the Neighbourhood Team's shoplifting operation. Only one quotation for the camera upgrade had been received. It was agreed to defer a decision on the upgrade to the March meeting, when a second quotation should be available.

**FC/25/022  Annual Town Meeting**

RESOLVED that the Annual Town Meeting be held on Wednesday 23 April 2025 at 7.00pm in the Corn Exchange. The Mayor would invite the chair of the Mardlebury Youth Forum to speak at it.

**FC/25/023  Correspondence**

A letter from Mardlebury Rugby Club thanking the Council for its grant was noted. An email from the Environment Agency about the testing of the flood sirens had already been answered by the Town Clerk.

**FC/25/024  Date of next meeting**

Monday 17 March 2025 at 7.00pm in the Council Chamber.

The meeting closed at 8.41pm.
"""

MARDLEBURY_REPORT = """
This report sets out progress on the actions recorded at recent meetings of the Council.

Watering rota (FC/25/016). The Deputy Town Clerk met Mardlebury in Bloom on 26 February and a rota for the summer has been agreed. Complete.

Internal auditor (FC/25/019). The appointment of Aldgate Audit Services was confirmed in writing on 19 February. Complete.

Skatepark refurbishment (FC/25/020). The unsuccessful bidders were notified on 20 February. The pre-start meeting with Concrete Waves Ltd is booked for 2 April and works are programmed to begin on 28 April. In progress.

CCTV upgrade (FC/25/021). A second quotation was received on 7 March and both are reported at item 9 of this agenda. Complete.

Damaged bollard, Market Square (FC/24/151). The County Council has not yet replaced the bollard, despite three reminders since December. Still open.

Annual Town Meeting speaker (FC/25/022). The chair of the Mardlebury Youth Forum has accepted the Mayor's invitation. Complete.

Andrew Pengelly, Town Clerk
"""


def _section_footer(section, text: str) -> None:
    section.footer.is_linked_to_previous = False
    section.header.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.add_run(text).font.size = Pt(8)
    _page_field(fp)
    section.header.paragraphs[0].text = ""


def mardlebury_pack(path: Path) -> None:
    doc = docx.Document()
    _base_font(doc, "Verdana", 10)
    _section_footer(doc.sections[0], "Mardlebury Town Council – Agenda – Full Council 17 March 2025 – page ")
    paragraph(doc, "MARDLEBURY TOWN COUNCIL", bold=True, size=16)
    doc.add_paragraph(
        "The Corn Exchange, Market Place, Mardlebury   ·   01632 960 418   ·   clerk@mardlebury-tc.example"
    )
    doc.add_paragraph("To: All Members of the Town Council")
    doc.add_paragraph(
        "You are hereby summoned to attend the meeting of the FULL COUNCIL to be held in the Council Chamber, The Corn "
        "Exchange, Market Place, Mardlebury on Monday 17 March 2025 at 7.00pm, for the purpose of transacting the "
        "business set out below."
    )
    doc.add_paragraph("Andrew Pengelly, Town Clerk          11 March 2025")
    paragraph(doc, "AGENDA", bold=True, size=13)
    _lines(doc, MARDLEBURY_AGENDA)
    doc.add_paragraph(
        "Members of the public are welcome to attend. The meeting may be recorded under the Openness of Local Government "
        "Bodies Regulations 2014."
    )

    _section_footer(doc.add_section(), "Full Council minutes – 17.02.25 – page ")
    paragraph(doc, "Item 4", bold=True)
    paragraph(doc, "MARDLEBURY TOWN COUNCIL", bold=True, size=13)
    paragraph(
        doc,
        "Minutes of the meeting of the Full Council held in the Council Chamber, The Corn Exchange at 7.00pm",
        bold=True,
    )
    _lines(doc, MARDLEBURY_MINUTES)
    doc.add_paragraph("Signed ………………………… Town Mayor      Date …………………")

    _section_footer(doc.add_section(), "Full Council 17 March 2025 – Item 5 – page ")
    paragraph(doc, "Item 5", bold=True)
    paragraph(doc, "Town Clerk's report: progress on actions from previous meetings", bold=True, size=12)
    _lines(doc, MARDLEBURY_REPORT)
    path.write_bytes(libreoffice_pdf(doc))


# --- 11. Thistlecombe Police and Crime Panel: a committee system's meeting page, HTML ----------------------

THISTLECOMBE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Agenda and minutes - Thistlecombe Police and Crime Panel, Thursday, 12th December, 2024 10.00 am</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
</head>
<body>
<div id="skiplinks"><a href="#content">Skip to main content</a></div>
<header class="site-header">
  <a href="/" class="logo"><img src="/images/logo.png" alt="Thistlecombe County Council"></a>
  <nav><ul><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li>
  <li><a href="/council">Council and democracy</a></li><li><a href="/search">Search</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">Committees</a> &gt;
<a href="/mgCommitteeDetails.aspx?ID=311">Thistlecombe Police and Crime Panel</a> &gt; Agenda and minutes</div>
<main id="content">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<p class="mgSubTitleTxt">Thistlecombe Police and Crime Panel - Thursday, 12th December, 2024 10.00 am</p>
<ul class="mgActionList">
<li><a href="/mgIssueHistoryHome.aspx">Issue history</a></li>
<li><a href="/mgAttendance.aspx?ID=4417">Attendance details</a></li>
<li><a href="/ieListDocuments.aspx?CId=311&amp;MId=4417&amp;Ver=4">Printed minutes</a> <span class="pdficon">pdf icon</span> PDF 214 KB</li>
</ul>
<p class="mgLabel">Venue: Council Chamber, County Hall, Abbeygate, Thistlecombe TC1 4RW</p>
<p class="mgLabel">Contact: Rebecca Hindmarsh, Democratic Services Officer, 01632 960 771</p>

<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>48.</p></td><td>
<p class="mgSubItemTitleTxt">Apologies for absence and substitutions</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>Apologies were received from Councillor Victor Lusk and from Mr Idris Penrose (Independent Member). Councillor
Hazel Morrow attended as substitute for Councillor Lusk.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>49.</p></td><td>
<p class="mgSubItemTitleTxt">Declarations of interest</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>There were no declarations of interest.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>50.</p></td><td>
<p class="mgSubItemTitleTxt">Minutes of the previous meeting <span class="pdficon">pdf icon</span> PDF 135 KB</p>
<p>To confirm the minutes of the meeting held on 3 October 2024.</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p><strong>RESOLVED:</strong> That the minutes of the meeting held on 3 October 2024 be confirmed as a correct record.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>51.</p></td><td>
<p class="mgSubItemTitleTxt">Public questions</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>No public questions had been received.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>52.</p></td><td>
<p class="mgSubItemTitleTxt">Commissioner's update report <span class="pdficon">pdf icon</span> PDF 402 KB</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>The Police and Crime Commissioner, Alun Rutherford, presented his update. He highlighted the launch of the rural and
wildlife crime team in September, the opening of the new custody suite at Harbourside and the award of &pound;1.2m of Safer
Streets funding to the coastal towns.</p>
<p>In response to questions from members:</p>
<ul>
<li>The Commissioner explained that the Harbourside front counter had closed because footfall had fallen below ten
visitors a day, and that the public could use the front counter at Abbeygate police station.</li>
<li>Asked about prosecutions for wildlife crime, the Commissioner undertook to provide members with the number of
wildlife crime prosecutions for 2023/24.</li>
<li>The Commissioner said that he would continue to press the Policing Minister for a fairer funding formula for rural
forces.</li>
</ul>
<p><strong>RESOLVED:</strong> That the update report be noted.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>53.</p></td><td>
<p class="mgSubItemTitleTxt">Police and Crime Plan performance report &ndash; quarter 2 <span class="pdficon">pdf icon</span> PDF 1 MB</p>
<p class="mgSubItemTitleTxt">Additional documents:</p>
<ul><li><a href="#">Appendix A - performance scorecard Q2 <span class="pdficon">pdf icon</span> PDF 380 KB</a></li></ul>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>The OPCC Head of Policy, Mairead Colley, introduced the report. Members welcomed the improvement in 999 answer times
but expressed concern at the fall in victim satisfaction to 68%. Councillor Strachan asked whether satisfaction varied by
type of crime. The Head of Policy agreed to include victim satisfaction broken down by crime type in the quarter 3
report.</p>
<p><strong>Action:</strong> Head of Policy, OPCC &ndash; by February 2025.</p>
<p><strong>RESOLVED:</strong> That the performance report be noted.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>54.</p></td><td>
<p class="mgSubItemTitleTxt">Precept setting process and timetable 2025/26 <span class="pdficon">pdf icon</span> PDF 88 KB</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>The Panel's Lead Officer, Owen Stroud, outlined the statutory process for the review of the Commissioner's proposed
precept.</p>
<p><strong>RESOLVED:</strong> That</p>
<ol>
<li>the precept timetable be noted;</li>
<li>a precept working group of the Chair, the Vice-Chair and Councillor Ashok Varma be established to meet the
Commissioner's Chief Finance Officer in January 2025; and</li>
<li>the Commissioner's proposed precept be considered at the meeting on 6 February 2025.</li>
</ol>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>55.</p></td><td>
<p class="mgSubItemTitleTxt">Complaints against the Commissioner <span class="pdficon">pdf icon</span> PDF 71 KB</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>No complaints had been received since the last meeting. <strong>RESOLVED:</strong> That the report be noted.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>56.</p></td><td>
<p class="mgSubItemTitleTxt">Work programme <span class="pdficon">pdf icon</span> PDF 64 KB</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p><strong>RESOLVED:</strong> That the work programme be noted, subject to a report on the Commissioner's estates strategy
being added for the April 2025 meeting.</p>
<p><a href="#">Share this item</a></p>
</td></tr>

<tr><td class="mgItemNumberCell"><p>57.</p></td><td>
<p class="mgSubItemTitleTxt">Date of next meeting</p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<p>Thursday, 6 February 2025 at 10.00 am in the Council Chamber, County Hall.</p>
<p><a href="#">Share this item</a></p>
</td></tr>
</table>

<h2 class="mgSectionTitle">Attendance details</h2>
<div class="mgAttendance">
<p><strong>Present:</strong> Councillor Moira Strachan (Chair), Councillor Ewan Gatiss (Vice-Chair), Councillors Ashok Varma,
Hazel Morrow (substitute), Lionel Pascoe, Bethan Rees-Tudor and Carl Winstanley; Mrs Sheila Dunmore (Independent Member)</p>
<p><strong>Also present:</strong> Alun Rutherford (Police and Crime Commissioner), Mairead Colley (Head of Policy, OPCC),
Owen Stroud (Lead Officer to the Panel), Rebecca Hindmarsh (Democratic Services Officer)</p>
<p><strong>Apologies:</strong> Councillor Victor Lusk, Mr Idris Penrose</p>
</div>
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li>
<li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Thistlecombe County Council. Powered by Modern.Gov</p>
</footer>
</body>
</html>
"""


def thistlecombe_page(path: Path) -> None:
    path.write_text(THISTLECOMBE, encoding="utf-8")


# --- 12. Coppice Lane and Millfield Residents' Association: committee minutes, Markdown --------------------

COPPICE = """
# Coppice Lane & Millfield Residents' Association

## Minutes of the committee meeting held on Tuesday 21 January 2025

7.30pm at 14 Coppice Lane (by kind permission of Bob and Janet Harrold)

**Present:** Sue Whitcroft (Chair), Bob Harrold (Treasurer), Anjali Mehta (Secretary), Trevor Dunning, Kath Loveday, Imran Sheikh

**Apologies:** Janet Harrold, Derek Pollitt

### 1. Actions from the last meeting (26 November)

| Action | Who | Update |
|---|---|---|
| Report the blocked gully at the Millfield Road junction to the council | AM | Reported; the council cleared it on 9 December. Done |
| Get quotes for printing the spring newsletter | KL | Two quotes obtained – see item 4. Done |
| Find out whether the allotment society will host the summer picnic | TD | No reply yet from the allotment society – pending |
| Speak to Redbrook Homes about construction traffic on Coppice Lane | SW | Met the site manager on 10 December; deliveries now avoid the school run. Closed |

### 2. Treasurer's report

Bob reported a balance of £1,286.40. 143 households have paid their 2025 subscription so far. Bob will bank the cash subscriptions handed in at the meeting.

### 3. Planning

Redbrook Homes have applied for approval of the details of phase 2 (24/3311/REM). The committee agreed to object, on the loss of the hedgerow along Millfield Road and the position of the new access. Residents who wish to object individually can do so on the council's planning portal until 7 February.

**Action:** AM – draft the objection and circulate it to the committee by 31 January, before it is sent.

### 4. Spring newsletter

Two quotes had been received. Agreed to accept Inkwell Print's quote of £212 for 600 copies. The copy deadline is 21 February.

**Action:** KL – place the printing order once the copy is final.

### 5. Speeding on Millfield Road

Imran reported the results of the council's speed indicator device: an average of 34mph in the 30mph limit, with the highest speeds between 7 and 9am. The association has already written to our county councillor asking for a 20mph limit near the shops. At the last public meeting the neighbourhood sergeant said his team would carry out more speed checks.

**Action:** IS – contact the neighbourhood policing team about Community Speedwatch training for volunteers.

### 6. Spring litter pick

Agreed to hold the litter pick on Saturday 15 March, meeting at 10am at the Millfield shops. Sue will borrow litter pickers and bags from the council's Clean Team.

### 7. Any other business

Trevor raised the idea of a defibrillator at the Millfield shops and offered to look into the cost if there was support; members felt that the one at the Coppice Lane surgery was close enough.

### 8. Date of next meeting

Tuesday 18 March 2025, 7.30pm, 14 Coppice Lane.

*Minutes: Anjali Mehta, Secretary*
"""


def coppice_lane_minutes(path: Path) -> None:
    _text(path, COPPICE)


PAPERS: dict[str, Callable[[Path], None]] = {
    "wrenhallow-parish-council-2024-10-14.pdf": wrenhallow_minutes,
    "drumlarach-inchbeg-community-council-2025-02-03.docx": drumlarach_minutes,
    "ballinacorr-joint-policing-committee-2024-10-07.txt": ballinacorr_minutes,
    "ashmarsh-police-and-crime-panel-2025-01-16.pdf": ashmarsh_minutes,
    "hollowmere-opcc-accountability-board-2025-03-18.docx": hollowmere_board,
    "caddon-vale-pcc-strategic-board-action-log-2025-05-13.pdf": caddon_vale_log,
    "sedding-green-police-liaison-group-2011-03-22.md": sedding_green_notes,
    "friends-of-pryors-meadow-2025-04-09.pdf": pryors_meadow_minutes,
    "penistowe-community-safety-scrutiny-committee-2024-11-26.pdf": penistowe_scrutiny,
    "mardlebury-town-council-agenda-pack-2025-03-17.pdf": mardlebury_pack,
    "thistlecombe-police-and-crime-panel-2024-12-12.html": thistlecombe_page,
    "coppice-lane-millfield-residents-association-2025-01-21.md": coppice_lane_minutes,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
