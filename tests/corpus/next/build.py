#!/usr/bin/env python3
"""Writes the next set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/next/build.py

Three PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them:
proportional fonts, ruled tables, a running header and a page footer set in the page's margin boxes. Three
PDFs are Word files written with python-docx and converted by LibreOffice (`soffice --headless --convert-to
pdf`), as a clerk's "Save as PDF" makes them. Two papers are Word files written with python-docx. The HTML and
the intermediate Word files live only here and in a temporary folder while a paper is made.
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
    paragraph,
    ruled_table,
    word_field,
    write_missing,
)


def _page_css(head: str, foot_left: str, foot_right: str, font: str, size: str = "10.5pt") -> str:
    return f"""
    @page {{
      size: A4; margin: 22mm 19mm 22mm 19mm;
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #555; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-right {{ content: "{foot_right}" counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.38; color: #111; }}
    h1 {{ font-size: 15pt; margin: 0 0 3pt 0; }}
    h2 {{ font-size: 12pt; margin: 13pt 0 4pt 0; }}
    h3 {{ font-size: 10.5pt; margin: 11pt 0 3pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    ul, ol {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 5pt 0 9pt 0; }}
    th, td {{ border: 0.5pt solid #444; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; text-align: left; }}
    th {{ background: #e4e4e4; }}
    .pb {{ break-before: page; }}
    """


def _footer_page_of(doc: docx.document.Document, left: str = "") -> None:
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{left}Page ")
    word_field(foot.add_run(), "PAGE")
    foot.add_run(" of ")
    word_field(foot.add_run(), "NUMPAGES")


def _runs(doc: docx.document.Document, parts: list[tuple[str, str]], indent: float | None = None) -> None:
    """A paragraph of runs; each part is (style, text) with style "" plain, "b" bold, "i" italic."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    for style, text in parts:
        run = p.add_run(text)
        run.bold = "b" in style
        run.italic = "i" in style


def _widths(table, widths: tuple) -> None:
    table.autofit = False
    for row in table.rows:
        for c, width in enumerate(widths):
            row.cells[c].width = width


# --- 1. Corrowby Police and Crime Panel: printed ModernGov minutes (Chromium) ----------------------------------

CORROWBY = """
<style>
 .min { display: grid; grid-template-columns: 12mm auto; column-gap: 3mm; }
 .min .no { font-weight: bold; padding-top: 11pt; }
 .res { margin-left: 8mm; }
 .act { font-weight: bold; margin-left: 8mm; }
</style>
<p style="text-align:right;font-size:9pt">Public Document Pack</p>
<p style="text-align:center;font-size:13pt"><b>CORROWBY POLICE AND CRIME PANEL</b></p>
<p style="text-align:center">Minutes of a meeting of the Corrowby Police and Crime Panel held on Thursday, 26th June,
2025 at 10.00 am in Committee Room 2, County Hall, Corrowby</p>

<p><b>Present:</b> Councillors Helen Marsh (Chair), Dev Rattan (Vice-Chair), Gillian Avery, Martin Coyle, Shona
Pryce, Tom Ellery and Rebecca Quinlan; Independent Co-opted Members Graham Whitley and Dr Anjali Bose</p>
<p><b>Also present:</b> Alison Fairweather (Police and Crime Commissioner), Jonathan Kerr (Chief Executive, OPCC)
and Stuart Leng (Chief Finance Officer, OPCC)</p>
<p><b>Officers:</b> Nadia Quayle (Panel Support Officer) and Owen Brice (Legal Adviser to the Panel)</p>
<p><b>Apologies:</b> Councillor Peter Dunmore</p>

<div class="min"><div class="no">1</div><div>
<h3>Election of Chair and Vice-Chair for 2025/26</h3>
<p><b>RESOLVED</b> that Councillor Helen Marsh be elected Chair and Councillor Dev Rattan be elected Vice-Chair of
the Panel for the municipal year 2025/26.</p></div></div>

<div class="min"><div class="no">2</div><div>
<h3>Apologies and Substitutes</h3>
<p>Apologies were received from Councillor Peter Dunmore. There were no substitutes.</p></div></div>

<div class="min"><div class="no">3</div><div>
<h3>Declarations of Interest</h3>
<p>None.</p></div></div>

<div class="min"><div class="no">4</div><div>
<h3>Minutes of the Previous Meeting</h3>
<p><b>RESOLVED</b> that the minutes of the meeting held on 20 March 2025 be confirmed as a correct record.</p>
</div></div>

<div class="min"><div class="no">5</div><div>
<h3>Action Tracker</h3>
<p>The Panel Support Officer introduced the action tracker. Members were told that:</p>
<ul>
<li>PCP/25/03: the Commissioner's written explanation of the use of the budget resilience reserve had been
circulated to members on 4 April, and the action could be closed;</li>
<li>PCP/25/05: the members' briefing on rural and wildlife crime had been arranged for 17 July;</li>
<li>PCP/25/06: the stop and search figures broken down by ethnicity and district were still awaited from the
force;</li>
<li>PCP/24/19: the visit to the force control room had been postponed to the autumn at the force's request.</li>
</ul>
<p>Councillor Coyle asked why the stop and search figures had taken three months. The Chief Executive of the OPCC
said that the force was changing its records system and that he would chase the figures with the Deputy Chief
Constable before the end of July.</p>
<p><b>RESOLVED</b> that the action tracker be noted.</p></div></div>

<div class="min"><div class="no">6</div><div>
<h3>Public Questions</h3>
<p>Mrs Carol Bentham asked why the front counter at Wyvering police station now opened only on two mornings a
week. The Commissioner replied that fewer than eight people a day had used it, and that the force's online and
telephone services were open at all hours. She would send Mrs Bentham the footfall figures on which the
decision had been based. She added that she would be glad to meet the residents' group in Wyvering if they
wished to invite her.</p></div></div>

<div class="min"><div class="no">7</div><div>
<h3>Police and Crime Commissioner's Annual Report 2024/25</h3>
<p>The Commissioner presented her draft Annual Report, which described progress against the four priorities of
the Police and Crime Plan. The force already publishes its 101 call answering times each month on its website,
and members welcomed the fall in the average wait from nine minutes to under four.</p>
<p>Dr Bose asked for the victim satisfaction figures to be shown district by district. The Chief Executive of the
OPCC undertook to provide members with the breakdown of victim satisfaction by district. Councillor Avery asked
whether the report could say more about the work with young people; the Commissioner agreed to add a section on
the youth diversion scheme to the final version.</p>
<p><b>RESOLVED</b> that</p>
<p class="res">(a) the draft Annual Report 2024/25 be noted; and</p>
<p class="res">(b) the Panel's report on the draft Annual Report, reflecting the comments made at the meeting, be
sent to the Commissioner by 11 July 2025.</p></div></div>

<div class="min"><div class="no">8</div><div>
<h3>Police and Crime Plan Performance - Quarter 4 2024/25</h3>
<p>The Chief Executive of the OPCC presented the quarterly performance report. Burglary had fallen by 9% over the
year; shoplifting had risen by 21%, and the force had started Operation Tillmouth with town centre retailers in
February. In answer to Councillor Ellery, the Commissioner said that all 42 of the additional officers funded by
the 2024/25 precept were now in post.</p>
<p>Councillor Pryce asked that future performance reports show the charge rate for rape offences alongside the
national average.</p>
<p class="act">Action PCP/25/08: OPCC Chief Executive to include the rape charge rate and the national average in
the quarterly performance report from quarter 1.</p>
<p class="act">Action PCP/25/09: Panel Support Officer to circulate the Home Office's revised guidance on police and
crime panels to members.</p>
<p><b>RESOLVED</b> that the performance report be noted.</p></div></div>

<div class="min"><div class="no">9</div><div>
<h3>Work Programme 2025/26</h3>
<p>The Panel considered its work programme. Members asked for an item on the force's estates strategy, which the
Commissioner expected to approve in the autumn.</p>
<p><b>RESOLVED</b> that the work programme be agreed, with the addition of an item on the estates strategy at the
meeting on 18 September 2025.</p></div></div>

<div class="min"><div class="no">10</div><div>
<h3>Date of Next Meeting</h3>
<p>Thursday, 18th September, 2025 at 10.00 am in Committee Room 2, County Hall.</p></div></div>

<p>The meeting closed at 12.14 pm.</p>
<p style="margin-top:18pt">Chair ..............................................</p>
"""


def corrowby_panel(path: Path) -> None:
    css = _page_css(
        "Police and Crime Panel - 26 June 2025",
        "Corrowby Police and Crime Panel",
        "Page ",
        "'Liberation Sans', Arial, sans-serif",
    )
    path.write_bytes(chromium_pdf(html_page("Minutes - Police and Crime Panel", css, CORROWBY, lang="en-GB")))


# --- 2. Tannerdale Joint Audit Committee: an agenda pack with the previous minutes, a progress table, a work plan --

TANNERDALE = """
<style>
 .cover { text-align: center; margin-top: 30mm; }
 .cover h1 { font-size: 20pt; }
 .item { font-size: 9pt; text-align: right; color: #333; }
 .np { display: grid; grid-template-columns: 9mm auto; }
 .ac { text-align: right; font-weight: bold; }
</style>
<div class="cover">
<p style="font-size:12pt">Tannerdale Police and Crime Commissioner and Chief Constable of Tannerdale Police</p>
<h1>Joint Audit Committee</h1>
<p style="font-size:12pt">Tuesday 15 July 2025, 2.00pm</p>
<p>Meeting Room 3, Tannerdale Police Headquarters, Highgate, Tannerdale</p>
</div>
<p style="margin-top:16mm"><b>Committee members:</b> Rachel Oduya (Chair), Martin Felling, Susan Ashdown, Graham
Petty (independent members)</p>
<p><b>Contact:</b> Lorna Haig, Governance Officer, OPCC - jac@tannerdale-pcc.gov.uk</p>

<h2 class="pb">Agenda</h2>
<table>
<tr><th style="width:7%">Item</th><th style="width:63%">Subject</th><th style="width:30%">Page</th></tr>
<tr><td>1</td><td>Apologies for absence</td><td></td></tr>
<tr><td>2</td><td>Declarations of interest</td><td></td></tr>
<tr><td>3</td><td>Minutes of the meeting held on 22 April 2025</td><td>3</td></tr>
<tr><td>4</td><td>Progress on actions</td><td>5</td></tr>
<tr><td>5</td><td>Payroll audit - management response</td><td>verbal</td></tr>
<tr><td>6</td><td>Internal audit progress report</td><td>to follow</td></tr>
<tr><td>7</td><td>Annual governance statements 2024/25 (draft)</td><td>to follow</td></tr>
<tr><td>8</td><td>Committee work plan 2025/26</td><td>6</td></tr>
<tr><td>9</td><td>Exclusion of the press and public</td><td></td></tr>
<tr><td>10</td><td>Strategic risk registers (exempt)</td><td>to follow</td></tr>
</table>

<p class="item pb">Item 3</p>
<h2>Joint Audit Committee - minutes of the meeting held on Tuesday 22 April 2025 at 2.00pm, Meeting Room 3,
Tannerdale Police Headquarters</h2>
<p><b>Present:</b> Rachel Oduya (Chair), Martin Felling, Susan Ashdown</p>
<p><b>In attendance:</b> Kevin Marwood (Chief Executive, OPCC), Philippa Dane (Chief Finance Officer, OPCC), Neil
Sadler (Chief Finance Officer, Tannerdale Police), Adele Rook (Head of Internal Audit, Kellow Audit Services), Ben
Yarrow (Engagement Lead, external audit), Lorna Haig (Governance Officer, minutes)</p>

<h3>1. Apologies</h3>
<div class="np"><div>1.1</div><div><p>Apologies were received from Graham Petty.</p></div></div>

<h3>2. Declarations of interest</h3>
<div class="np"><div>2.1</div><div><p>There were no declarations.</p></div></div>

<h3>3. Minutes of 21 January 2025 and matters arising</h3>
<div class="np"><div>3.1</div><div><p>The minutes of the meeting held on 21 January 2025 were agreed as a true record.</p></div></div>
<div class="np"><div>3.2</div><div><p>Minute 6 (fleet insurance claims): Mr Sadler reported that the backlog of insurance claims had now been
cleared. Action A9, the review of the gifts and hospitality entries of chief officers, remains outstanding and
will be reported in July.</p></div></div>

<h3>4. Internal audit progress report</h3>
<div class="np"><div>4.1</div><div><p>Ms Rook presented the progress report. Five of the seven audits in the 2024/25 plan were complete. The
payroll audit had given limited assurance, with two high priority findings about overtime claims approved without
a second check. Members were concerned that the management response had not yet been agreed, and Mr Sadler would
invite the force's Head of HR to attend the July meeting to present it.</p></div></div>
<div class="np"><div>4.2</div><div><p>The Committee noted the report.</p></div></div>
<p class="ac">Action: Head of Internal Audit to add a follow-up review of payroll controls to the 2025/26 plan.</p>

<h3>5. Internal audit plan 2025/26</h3>
<div class="np"><div>5.1</div><div><p>Ms Rook presented the draft plan of 210 days. Mr Felling suggested an audit of the drone unit; Ms Rook
explained that the unit had been audited in 2023 and the suggestion was not taken further.</p></div></div>
<div class="np"><div>5.2</div><div><p>The Committee approved the internal audit plan for 2025/26.</p></div></div>

<h3>6. Risk management</h3>
<div class="np"><div>6.1</div><div><p>Mr Marwood presented the OPCC's risk register. The force reviews its strategic risk register every quarter
at its Chief Officer Group. The revised risk appetite statement had been discussed with the Commissioner, and Mr
Marwood will circulate it to members by 30 May.</p></div></div>

<h3>7. Any other business</h3>
<div class="np"><div>7.1</div><div><p>The Chair said she had written to the Minister for Local Government about the delays in the publication
of audited accounts across the public sector. Members agreed to hold a training session on the Statement of
Accounts before the July meeting.</p></div></div>

<h3>8. Date of next meeting</h3>
<div class="np"><div>8.1</div><div><p>Tuesday 15 July 2025 at 2.00pm.</p></div></div>

<p class="item pb">Item 4</p>
<h2>Progress on actions</h2>
<p>Report of the Governance Officer. The table shows each open action and its position at 4 July 2025. RAG: Green
- complete; Amber - in progress; Red - past its target date.</p>
<table>
<tr><th style="width:6%">Ref</th><th style="width:10%">Raised</th><th style="width:28%">Action</th><th style="width:12%">Owner</th>
<th style="width:10%">Target</th><th style="width:24%">Progress</th><th style="width:10%">RAG</th></tr>
<tr><td>A9</td><td>21/01/25</td><td>Review the gifts and hospitality entries of chief officers</td><td>OPCC CEx</td><td>April 2025</td>
<td>Review completed in May; findings reported to the Ethics Panel on 3 June.</td><td>Green</td></tr>
<tr><td>A12</td><td>21/01/25</td><td>Report on the cost of the new enterprise resource planning system</td><td>Force CFO</td><td>July 2025</td>
<td>The supplier has revised its quotation; report now expected in October.</td><td>Amber</td></tr>
<tr><td>A14</td><td>22/04/25</td><td>Add a follow-up review of payroll controls to the 2025/26 plan</td><td>Head of IA</td><td>July 2025</td>
<td>Added to the plan as a quarter 3 review.</td><td>Green</td></tr>
<tr><td>A15</td><td>22/04/25</td><td>Invite the force's Head of HR to present the payroll management response</td><td>Force CFO</td><td>July 2025</td>
<td>Head of HR attending for item 5.</td><td>Green</td></tr>
<tr><td>A16</td><td>22/04/25</td><td>Circulate the revised risk appetite statement</td><td>OPCC CEx</td><td>30/05/25</td>
<td>Not yet circulated; awaiting the Commissioner's sign-off.</td><td>Red</td></tr>
<tr><td>A17</td><td>22/04/25</td><td>Training session on the Statement of Accounts</td><td>OPCC CFO</td><td>July 2025</td>
<td>Held on 1 July; slides sent to members.</td><td>Green</td></tr>
</table>
<p>The Committee is asked to note the progress made.</p>

<p class="item pb">Item 8</p>
<h2>Committee work plan 2025/26</h2>
<table>
<tr><th style="width:20%">Meeting</th><th style="width:55%">Item</th><th style="width:25%">Presented by</th></tr>
<tr><td>14 October 2025</td><td>Annual governance statements 2024/25 (final)</td><td>OPCC CEx / Force CFO</td></tr>
<tr><td>14 October 2025</td><td>External audit annual report 2024/25</td><td>External audit</td></tr>
<tr><td>14 October 2025</td><td>Enterprise resource planning system - cost report</td><td>Force CFO</td></tr>
<tr><td>20 January 2026</td><td>Treasury management strategy 2026/27</td><td>OPCC CFO</td></tr>
<tr><td>20 January 2026</td><td>Review of the Committee's effectiveness</td><td>Chair</td></tr>
</table>
"""


def tannerdale_pack(path: Path) -> None:
    css = _page_css(
        "Joint Audit Committee - 15 July 2025",
        "Tannerdale OPCC and Tannerdale Police",
        "Page ",
        "'DejaVu Sans', Verdana, sans-serif",
        "9.5pt",
    )
    path.write_bytes(chromium_pdf(html_page("JAC agenda pack 15 July 2025", css, TANNERDALE, lang="en-GB")))


# --- 3. Kelsholt PCC: a public accountability meeting's notes, with the forward plan of key decisions ---------

KELSHOLT = """
<style>
 .band { background: #1f3a5f; color: #fff; padding: 6pt 8pt; margin-bottom: 8pt; }
 .band p { margin: 0; }
 .meta td { border: none; padding: 1pt 4pt; font-size: 10pt; }
 h3 { color: #1f3a5f; border-bottom: 0.5pt solid #1f3a5f; }
</style>
<div class="band"><p style="font-size:9pt">OFFICIAL</p>
<p style="font-size:15pt"><b>Kelsholt Police and Crime Commissioner</b></p>
<p style="font-size:12pt">Public Accountability Meeting - Notes</p></div>
<table class="meta">
<tr><td style="width:18%"><b>Date:</b></td><td>Tuesday 20 May 2025</td></tr>
<tr><td><b>Time:</b></td><td>14:00 - 16:05</td></tr>
<tr><td><b>Venue:</b></td><td>The Corn Exchange, Market Square, Holtby (and live-streamed)</td></tr>
</table>
<table>
<tr><th style="width:35%">Attendee</th><th>Role</th></tr>
<tr><td>Ian Carrow</td><td>Police and Crime Commissioner (Chair)</td></tr>
<tr><td>Chief Constable Michelle Stroud</td><td>Kelsholt Constabulary</td></tr>
<tr><td>Deputy Chief Constable Raymond Oakes</td><td>Kelsholt Constabulary</td></tr>
<tr><td>Fiona Leckie</td><td>Chief Executive, OPCC</td></tr>
<tr><td>Hamish Tate</td><td>Head of Performance, OPCC (notes)</td></tr>
</table>

<h3>Agenda item 1 - Introductions</h3>
<p>The Commissioner welcomed the Chief Constable and the members of the public watching online.</p>

<h3>Agenda item 2 - Updates from the previous meeting (18 March 2025)</h3>
<ol>
<li>25/07 - Chief Constable to publish the force's response times for emergency calls by district. Published on
the force website on 14 April. Complete.</li>
<li>25/08 - DCC to report on the take-up of the domestic abuse body-worn video policy. Audit of 300 incidents
under way; findings due in June. In progress.</li>
<li>25/09 - Chief Executive to arrange a public meeting in Easterby about the closure of the police office. Carried
forward to the July meeting because of the pre-election period.</li>
</ol>
<p>The Commissioner also asked about the fleet telematics review which he had requested in January; the Chief
Constable said that the contract had now been signed and the devices would be fitted by the autumn.</p>

<h3>Agenda item 3 - Neighbourhood policing</h3>
<p>The Chief Constable described the new neighbourhood model, which had come into effect on 1 April. The force will
deploy fourteen additional PCSOs to town centres over the summer, and every ward now had a named officer. The
Commissioner was concerned about response times in the rural east of the county, where the average attendance time
for emergencies was 19 minutes. The Deputy Chief Constable agreed to bring a breakdown of rural response times to
the July meeting, with the actions the force would take to bring them down.</p>

<h3>Agenda item 4 - Violence against women and girls</h3>
<p>The Deputy Chief Constable reported that the force had completed the national VAWG framework self-assessment in
April. The Commissioner asked that the force share the self-assessment with the OPCC's Victims' Board; the Chief
Constable agreed.</p>

<h3>Agenda item 5 - Questions from the public</h3>
<p>Eleven questions had been received in advance. Mr Kevin Harte asked whether speed cameras would be placed on the
A1097 at Little Ousby. The Chief Constable replied that camera sites were chosen by the Safety Camera Partnership on
the basis of collision data, and that Little Ousby had been assessed in February and did not meet the criteria. Ms
Joy Ferris asked about the force's use of facial recognition. The Chief Constable said the force had no plans to
use live facial recognition this year and offered to arrange a visit to the control room for Ms Ferris if she
would find it helpful. The remaining questions and answers will be published on the Commissioner's website within
ten working days.</p>

<h3>Agenda item 6 - Decisions</h3>
<p>The Commissioner confirmed his decision to approve the Community Safety Fund grants for 2025/26, totalling
£412,000 to 23 organisations (Decision 2025/014). The Commissioner also approved the force's Police and Crime
Plan delivery plan for 2025/26.</p>

<h3>Actions from this meeting</h3>
<table>
<tr><th style="width:10%">No.</th><th style="width:56%">Action</th><th style="width:18%">Owner</th><th style="width:16%">Due</th></tr>
<tr><td>25/10</td><td>Breakdown of rural emergency response times, with the force's plan to reduce them</td><td>DCC</td><td>July meeting</td></tr>
<tr><td>25/11</td><td>Share the VAWG framework self-assessment with the Victims' Board</td><td>Chief Constable</td><td>30/06/25</td></tr>
<tr><td>25/12</td><td>Publish the answers to the public questions on the PCC website</td><td>OPCC</td><td>03/06/25</td></tr>
</table>

<p><b>Next meeting:</b> Tuesday 15 July 2025, 14:00, Kelsholt Police Headquarters, Ousby Road.</p>

<h2 class="pb">Forward Plan of Key Decisions - June to September 2025</h2>
<p>The Commissioner publishes the key decisions he expects to take in the coming months. Decisions are recorded
on the Decisions page of the website once they are made.</p>
<table>
<tr><th style="width:8%">Ref</th><th style="width:52%">Decision</th><th style="width:20%">Expected date</th><th style="width:20%">Contact</th></tr>
<tr><td>2025/015</td><td>Award of the contract for victims' services from April 2026</td><td>24 June 2025</td><td>Chief Executive</td></tr>
<tr><td>2025/016</td><td>Sale of the former Easterby police office</td><td>15 July 2025</td><td>Chief Finance Officer</td></tr>
<tr><td>2025/017</td><td>Treasury management outturn report 2024/25</td><td>15 July 2025</td><td>Chief Finance Officer</td></tr>
<tr><td>2025/018</td><td>Violence Reduction Unit funding allocations 2025/26</td><td>16 September 2025</td><td>Head of Commissioning</td></tr>
</table>
"""


def kelsholt_notes(path: Path) -> None:
    css = _page_css(
        "OFFICIAL",
        "Kelsholt OPCC - Public Accountability Meeting 20 May 2025",
        "",
        "'Liberation Serif', 'Times New Roman', serif",
        "10.5pt",
    )
    path.write_bytes(
        chromium_pdf(html_page("Public Accountability Meeting 20 May 2025", css, KELSHOLT, lang="en-GB"))
    )


# --- 4. Thackmoor Town Council: full council minutes in Word, printed to PDF by LibreOffice ---------------------


def _minute(doc: docx.document.Document, number: str, title: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    run = p.add_run(f"{number}\t{title.upper()}")
    run.bold = True


def _action_line(doc: docx.document.Document, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(text).bold = True


def thackmoor_council(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    _footer_page_of(doc, "Thackmoor Town Council – 14 April 2025 – ")
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("THACKMOOR TOWN COUNCIL").bold = True
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(
        "Minutes of the Meeting of the Town Council held on Monday 14 April 2025 at 7.00pm in the Assembly Room, "
        "Thackmoor Town Hall"
    )
    doc.add_paragraph(
        "PRESENT: Councillors J Holroyd (Town Mayor, in the Chair), A Pratt (Deputy Mayor), S Wren, K Bassey, "
        "L Ormerod, D Fenton, M Reeve and T Castle."
    )
    doc.add_paragraph(
        "IN ATTENDANCE: Mrs E Garside (Town Clerk), Mr R Pike (Deputy Clerk), PCSO Lauren Dunn (Thackmoor Safer "
        "Neighbourhood Team, for minute TC25/047) and four members of the public."
    )
    _minute(doc, "TC25/041", "Apologies for absence")
    doc.add_paragraph("Apologies were received and accepted from Councillors P Varley and N Ahmed.")
    _minute(doc, "TC25/042", "Declarations of interest")
    doc.add_paragraph(
        "Councillor Fenton declared an interest in minute TC25/049 as a trustee of Thackmoor in Bloom."
    )
    _minute(doc, "TC25/043", "Public participation")
    doc.add_paragraph(
        "A resident of Mill Walk complained that the hedge along the footpath to the station had not been cut back "
        "and now blocked half the path. The Town Clerk will write to the landowner asking for the hedge to be cut "
        "before the nesting season ends. A second resident asked whether the bandstand would be repainted this "
        "year; the Town Mayor replied that the work was in this year's budget and was booked for June."
    )
    _minute(doc, "TC25/044", "Minutes")
    doc.add_paragraph(
        "RESOLVED that the minutes of the meeting of the Town Council held on 10 March 2025 be approved and signed "
        "by the Town Mayor as a correct record."
    )
    _minute(doc, "TC25/045", "Outstanding items")
    doc.add_paragraph("The Town Clerk presented the schedule of items outstanding from earlier meetings:")
    ruled_table(
        doc,
        [
            ["Minute", "Subject", "Position at 14 April"],
            [
                "TC24/187",
                "Bus shelter, Station Road",
                "Letter sent to the County Council on 18 March; no reply yet.",
            ],
            ["TC25/019", "Replacement bench, Abbey Green", "Installed on 2 April."],
            [
                "TC25/031",
                "Defibrillator cabinet, Low Street",
                "Quotation from the electrician still awaited.",
            ],
            [
                "TC25/033",
                "Twinning visit to Sainte-Avoye",
                "Postponed to 2026 at the request of the twin town.",
            ],
        ],
    )
    doc.add_paragraph("RESOLVED that the schedule be noted.")
    _minute(doc, "TC25/046", "Town Clerk's report")
    doc.add_paragraph(
        "The Clerk reported that the letter to the Highways Authority about the potholes in Kiln Lane had been sent "
        "and that the Authority had promised an inspection. It was noted that the two new litter bins for the "
        "Market Place had been ordered and would be fitted in May. Members were told that the grant application to "
        "the Lottery for the play area at Castle Fields had been unsuccessful; the Clerk will look for other "
        "sources of funding and report to the June meeting."
    )
    _minute(doc, "TC25/047", "Police report")
    doc.add_paragraph(
        "PCSO Dunn reported 37 crimes in the town in March, including six thefts from vehicles in the Riverside car "
        "park. The Safer Neighbourhood Team will continue its Friday evening patrols of the skate park through the "
        "summer. Councillor Castle asked whether the car park's lighting contributed to the thefts; PCSO Dunn said "
        "she would raise the lighting with the District Council's car parks manager."
    )
    _minute(doc, "TC25/048", "Planning applications")
    doc.add_paragraph("25/0412/FUL – Two-storey extension, 14 Orchard Rise. RESOLVED: no objection.")
    doc.add_paragraph(
        "25/0420/FUL – Change of use of the former Drovers Arms to six flats. RESOLVED to object on the grounds of "
        "the loss of the town's last public house and the lack of parking."
    )
    _minute(doc, "TC25/049", "Finance")
    doc.add_paragraph(
        "RESOLVED that the payments listed in the schedule for March 2025, totalling £18,462.30, be approved."
    )
    doc.add_paragraph(
        "RESOLVED to accept the quotation of £2,340 from Greenway Grounds Ltd for the summer hanging baskets. "
        "The Deputy Clerk to place the order."
    )
    _action_line(doc, "ACTION: Deputy Clerk")
    _minute(doc, "TC25/050", "Annual Town Meeting")
    doc.add_paragraph(
        "RESOLVED that the Annual Town Meeting be held on Wednesday 7 May 2025 at 7.00pm in the Assembly Room. The "
        "Town Clerk to publicise the meeting on the noticeboards, the website and in the Thackmoor Herald. "
        "Councillor Bassey would invite the head teacher of Thackmoor Academy to speak about the school's new "
        "sports hall."
    )
    _action_line(doc, "ACTION: Town Clerk")
    _minute(doc, "TC25/051", "VE Day 80 commemoration")
    doc.add_paragraph(
        "RESOLVED to spend up to £500 on bunting and a beacon for the commemoration on Thursday 8 May. Councillors "
        "Pratt and Wren to organise the lighting of the beacon on Castle Hill. Councillor Ormerod said that, if "
        "members wished, she would ask the Scouts whether they would help on the evening."
    )
    _action_line(doc, "ACTION: Cllrs Pratt and Wren")
    _minute(doc, "TC25/052", "Correspondence")
    doc.add_paragraph(
        "A letter from the MP about the consultation on the future of Thackmoor Magistrates' Court was noted. The "
        "Council has already responded to the consultation."
    )
    _minute(doc, "TC25/053", "Date of next meeting")
    doc.add_paragraph(
        "The Annual Meeting of the Town Council will be held on Monday 12 May 2025 at 7.00pm in the Assembly Room."
    )
    doc.add_paragraph("The meeting closed at 8.41pm.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 5. Penrock and St Aldyth Neighbourhood Policing Panel: notes in Word, printed to PDF by LibreOffice --------

PENROCK_UPDATES = [
    (
        "Action 1",
        " – Speed watch training for volunteers. PCSO Hale confirmed the training took place on 8 February and seven "
        "volunteers are now trained. Complete.",
    ),
    (
        "Action 2",
        " – Report the broken street light in Tregarn Close to the Council. Reported; the Council has logged the "
        "fault but no date for the repair yet. Ongoing.",
    ),
    (
        "Action 3",
        " – Courier fraud leaflets for the library and the surgery. Done – 200 leaflets delivered.",
    ),
    (
        "Action 4",
        " – Speak to Penrock Primary about parking at drop-off time. No progress because the head teacher has been "
        "away. Carried forward.",
    ),
    (
        "Action 5",
        " – Invite the Neighbourhood Watch coordinator. She could not come tonight and has been invited to the May "
        "meeting instead.",
    ),
]

PENROCK_ACTIONS = [
    ["No.", "Action", "Who", "By"],
    [
        "1",
        "Find out whether the mobile police station can visit the Thursday market",
        "Sgt Trewin",
        "May meeting",
    ],
    [
        "2",
        "Put the new priorities on the Panel's Facebook page and the library noticeboard",
        "DM",
        "14 March",
    ],
    ["3", "Draw up the Speed Watch rota for Chapel Hill", "PCSO Hale / RB", "31 March"],
    [
        "4",
        "Speak to Penrock Primary about parking at drop-off time (carried forward)",
        "Sgt Trewin",
        "May meeting",
    ],
]


def penrock_panel(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    head = section.header.paragraphs[0]
    head.text = "Penrock and St Aldyth Neighbourhood Policing Panel"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer_page_of(doc)
    paragraph(doc, "NOTES OF MEETING", True, 15)
    doc.add_paragraph("Wednesday 5 March 2025, 7pm, St Aldyth Church Hall")
    paragraph(doc, "Present", True)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Name", "Representing"),
        ("Diane Moyle (DM) – Chair", "Penrock residents"),
        ("Roger Bray (RB)", "Community Speed Watch"),
        ("Eileen Pascoe (EP)", "St Aldyth Parish Council"),
        ("Yusuf Kaya (YK)", "Penrock Traders' Association"),
        ("Sgt Colin Trewin", "Penrock Neighbourhood Team"),
        ("PCSO Amy Hale", "Penrock Neighbourhood Team"),
    ]
    for c, text in enumerate(rows[0]):
        table.cell(0, c).text = text
        table.cell(0, c).paragraphs[0].runs[0].bold = True
    for name, org in rows[1:]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, org
    _widths(table, (Cm(7.5), Cm(9.0)))
    doc.add_paragraph()
    doc.add_paragraph("Apologies: Cllr Martin Tonkin (ward councillor); Sheila Roscoe (SR).")
    paragraph(doc, "1. Welcome", True)
    doc.add_paragraph("DM welcomed everyone and thanked the church for the use of the hall.")
    paragraph(doc, "2. Updates from previous meeting (15 January)", True)
    for label, rest in PENROCK_UPDATES:
        _runs(doc, [("b", label), ("", rest)], indent=0.6)
    paragraph(doc, "3. Police update", True)
    doc.add_paragraph(
        "Sgt Trewin gave the figures for January and February: 54 crimes, down from 61 in the same months last year. "
        "There were four shed burglaries in St Aldyth in February, and two men have been charged. Operation Cragside "
        "against off-road bikes on the old tramway will carry on through the spring. YK asked whether the front "
        "counter at Penrock police station would reopen; Sgt Trewin said there were no plans to reopen it. Members "
        "asked whether the mobile police station could come to the Thursday market, and Sgt Trewin said he would find "
        "out."
    )
    paragraph(doc, "4. Panel priorities, March to May", True)
    doc.add_paragraph(
        "Members voted on the priorities for the next three months. The Panel agreed the following priorities: "
        "off-road bikes on the old tramway; speeding on Chapel Hill; and shed and garage burglaries in St Aldyth. DM "
        "will put the new priorities on the Panel's Facebook page and the library noticeboard."
    )
    paragraph(doc, "5. Community Speed Watch", True)
    doc.add_paragraph(
        "RB said the seven trained volunteers were keen to start. It was agreed that sessions would be held on "
        "Tuesday and Saturday mornings on Chapel Hill. PCSO Hale and RB will draw up a rota."
    )
    paragraph(doc, "6. Any other business", True)
    doc.add_paragraph(
        "EP said the footpath from Church Lane to the school was badly overgrown, and she will contact the parish "
        "council's footpaths warden about it. YK said the traders already pay for a private security patrol on "
        "Friday and Saturday nights. Members asked whether the Panel could have a stall at the St Aldyth Fete in "
        "June; it was agreed to decide at the May meeting."
    )
    paragraph(doc, "ACTIONS", True)
    ruled_table(doc, PENROCK_ACTIONS)
    doc.add_paragraph()
    doc.add_paragraph("Next meeting: Wednesday 7 May 2025, 7pm, St Aldyth Church Hall.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 6. Tarrow Vale OPCC Corporate Governance Board: minutes in Word, printed to PDF by LibreOffice ------------

TARROW_REVIEW = [
    ["Ref", "Action", "Owner", "RAG", "Comment"],
    [
        "CG/24/18",
        "Refresh the OPCC's information asset register",
        "Head of Governance",
        "COMPLETE",
        "Register refreshed and signed off by the SIRO on 12 February.",
    ],
    [
        "CG/25/01",
        "Review the contract register for contracts expiring in 2025/26",
        "CFO",
        "GREEN",
        "On track; review half done, to be finished by the end of March.",
    ],
    [
        "CG/25/02",
        "Publish the register of interests of the PCC and Deputy PCC",
        "Head of Governance",
        "COMPLETE",
        "Published on the website on 20 January.",
    ],
    [
        "CG/25/03",
        "Bring a revised lone working procedure for OPCC staff",
        "Chief Executive",
        "AMBER",
        "Draft with the staff forum; consultation ends 14 March. Now due at the April Board.",
    ],
    [
        "CG/25/04",
        "Report on FOI requests answered late in quarter 3",
        "Head of Governance",
        "RED",
        "Not started; overdue because of staff absence.",
    ],
]

TARROW_NEW = [
    ["Ref", "New action", "Owner", "Due"],
    ["CG/25/05", "Amend and publish the whistleblowing policy", "Head of Governance", "14/03/25"],
    [
        "CG/25/06",
        "Send the revised scheme of corporate governance to the Joint Audit Committee",
        "Chief Executive",
        "March JAC",
    ],
    ["CG/25/07", "Complete the FOI late response report", "Head of Governance", "Next Board"],
]


def tarrow_board(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    head = section.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _footer_page_of(doc, "Corporate Governance Board minutes – ")
    paragraph(doc, "Office of the Police and Crime Commissioner for Tarrow Vale", False, 10)
    paragraph(doc, "Corporate Governance Board – Minutes", True, 15)
    ruled_table(
        doc,
        [
            ["Date", "Time", "Location", "Chair"],
            [
                "Thursday 27 February 2025",
                "10:00 – 11:45",
                "Conference Room, Tarrow House, Levenbridge",
                "Chief Executive",
            ],
        ],
    )
    doc.add_paragraph()
    ruled_table(
        doc,
        [
            ["Name", "Role", "Attendance"],
            ["Nicola Farrant", "Chief Executive (Chair)", "Present"],
            ["Julian Aske", "Chief Finance Officer", "Present"],
            ["Priya Doshi", "Head of Governance", "Present"],
            ["Ewan McBride", "Head of Commissioning", "Apologies"],
            ["Claire Sturgess", "Force Head of Legal Services", "Present"],
            ["Tom Kealey", "Governance Assistant (minutes)", "In attendance"],
        ],
    )
    paragraph(doc, "1. Welcome and apologies", True, 11)
    doc.add_paragraph("The Chair welcomed members. Apologies were received from Ewan McBride.")
    paragraph(doc, "2. Minutes of the last meeting (9 January 2025)", True, 11)
    doc.add_paragraph("The minutes were agreed as accurate.")
    paragraph(doc, "3. Review of actions", True, 11)
    ruled_table(doc, TARROW_REVIEW)
    doc.add_paragraph(
        "The Board agreed that CG/24/18 and CG/25/02 be closed. On CG/25/04, the Head of Governance said the report "
        "would be ready for the next Board."
    )
    paragraph(doc, "4. Policies for approval", True, 11)
    doc.add_paragraph(
        "4.1 The Gifts and Hospitality Policy was approved without amendment. The policy is reviewed every two years "
        "and the register is published quarterly."
    )
    doc.add_paragraph(
        "4.2 The Whistleblowing Policy was approved subject to the addition of the contact details of the force's "
        "Professional Standards Department."
    )
    doc.add_paragraph(
        "4.3 The Records Retention Schedule was deferred to the April Board, as the force's own schedule has not yet "
        "been agreed."
    )
    paragraph(doc, "5. Scheme of corporate governance", True, 11)
    doc.add_paragraph(
        "The Chief Finance Officer presented the revised scheme of consent and delegation. The Board agreed that the "
        "revised scheme be referred to the Joint Audit Committee in March for comment before the Commissioner signs "
        "it. Claire Sturgess said the force's legal team would check the delegations to the Chief Constable against "
        "the Policing Protocol Order."
    )
    paragraph(doc, "6. Complaints and information requests – quarter 3", True, 11)
    doc.add_paragraph(
        "The Head of Governance reported 31 complaint reviews in quarter 3, of which 4 were upheld, and 58 FOI "
        "requests. The force had already moved its complaints triage into the Professional Standards Department in "
        "January. The Chief Executive would ask the Commissioner whether he wished to publish the review outcomes "
        "each quarter."
    )
    paragraph(doc, "7. Any other business", True, 11)
    doc.add_paragraph(
        "The Chief Finance Officer reminded members that the annual declarations of interest are due by 31 March. "
        "No other business."
    )
    paragraph(doc, "New actions", True, 11)
    ruled_table(doc, TARROW_NEW)
    doc.add_paragraph()
    doc.add_paragraph("Date of next meeting: Thursday 24 April 2025, 10:00, Conference Room, Tarrow House.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Craigmoss Community Council: minutes in Word -----------------------------------------------------------


def craigmoss_cc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Craigmoss and Burnfoot Community Council")
    r.bold, r.font.size = True, Pt(14)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Minutes of the meeting held in Craigmoss Village Hall on Monday 12th May 2025 at 7.30pm")
    _runs(
        doc,
        [
            ("b", "Present: "),
            (
                "",
                "Moira Galbraith (Chair), Alasdair Munro (Secretary), Kirsty Baird (Treasurer), Euan Lindsay, Ruth Cowie",
            ),
        ],
    )
    _runs(
        doc,
        [
            ("b", "In attendance: "),
            ("", "Cllr Fraser Dunlop (ward councillor), PC Gemma Laing (Police Scotland), 3 residents"),
        ],
    )
    _runs(doc, [("b", "Apologies: "), ("", "Hugh Tennant, Cllr Ailsa Moffat")])
    paragraph(doc, "1. Minutes of the previous meeting", True)
    doc.add_paragraph(
        "The minutes of 14 April were approved, proposed by Euan Lindsay and seconded by Ruth Cowie."
    )
    paragraph(doc, "2. Matters arising", True)
    doc.add_paragraph(
        "Item 6 of 14 April (bus shelter at Burnfoot): the Secretary reported that the letter to the Council's "
        "public transport team had been sent on 22 April. A reply is awaited."
    )
    doc.add_paragraph(
        "Grit bin at Kirk Brae – members were told that the roads department had refilled the bin and repaired its "
        "lid."
    )
    doc.add_paragraph(
        "It was noted that the path condition survey with the Ranger Service had been put off until June because "
        "of the ranger's leave."
    )
    doc.add_paragraph(
        "Christmas lights – Kirsty reported that the quote from Lumen Displays is still outstanding; she will chase "
        "it."
    )
    paragraph(doc, "3. Police report", True)
    doc.add_paragraph(
        "PC Laing reported 11 crimes in the area in April, among them two thefts of quad bikes from farms near "
        "Burnfoot. Officers are carrying out rural patrols with the farm watch scheme. Residents raised parking on "
        "the pavement outside Craigmoss Primary at pick-up time; PC Laing undertook to look at it with the school's "
        "head teacher and report back at the June meeting. She added that the Inspector would be happy to attend a "
        "future meeting if the community council wished."
    )
    paragraph(doc, "4. Councillor's report", True)
    doc.add_paragraph(
        "Cllr Dunlop said the Council's budget included £60,000 for resurfacing the B7089 between Craigmoss and "
        "Burnfoot this summer. He will find out the dates of the work and let the Secretary know."
    )
    paragraph(doc, "5. Planning", True)
    doc.add_paragraph(
        "Windyknowe wind farm extension (25/00317/S36): members discussed the application for six further turbines. "
        "It was agreed to submit an objection on the grounds of the visual impact on the Kirk Brae conservation "
        "area. Alasdair to draft and send the objection before the 30 May deadline."
    )
    _runs(doc, [("b", "ACTION: AM")])
    paragraph(doc, "6. Treasurer's report", True)
    doc.add_paragraph(
        "The balance at 30 April was £3,412.18. The annual accounts were approved, proposed by Moira Galbraith and "
        "seconded by Euan Lindsay, and will be sent to the Council's community council liaison officer."
    )
    _runs(doc, [("b", "ACTION: KB")])
    paragraph(doc, "7. AOCB", True)
    doc.add_paragraph(
        "Ruth asked about a bench in memory of the late Jean Ross at the Burnfoot play park; the family have offered "
        "to pay for it. Ruth will ask the Council's parks team for permission. Euan said the Gala committee has "
        "already booked the pipe band for 21 June."
    )
    doc.add_paragraph("Date of next meeting: Monday 9th June 2025 at 7.30pm, Craigmoss Village Hall.")
    doc.save(path)


# --- 8. Elmsworth Police and Crime Panel: the actions and work programme report in Word ------------------------

ELMSWORTH_ACTIONS = [
    ["Ref", "Meeting", "Action", "Responsible", "Progress"],
    [
        "PCP/25/03",
        "6 Feb 2025",
        "Provide the Panel with the force's plan for reducing the number of officers on restricted duties.",
        "OPCC Chief Executive",
        "14/03/25 – requested from the force.\n02/06/25 – plan received and circulated to members on 2 June. "
        "Completed.",
    ],
    [
        "PCP/25/07",
        "6 Feb 2025",
        "Arrange a members' visit to the new custody suite at Harrowgate Road.",
        "Panel Officer",
        "10/04/25 – visit booked for 20 May.\n21/05/25 – visit postponed by the force because of a staffing "
        "shortage; a new date is being sought.",
    ],
    [
        "PCP/25/11",
        "17 Apr 2025",
        "Share the results of the 2025 public confidence survey when published.",
        "OPCC Chief Executive",
        "The survey closed on 30 June; results are being analysed and will be shared in October.",
    ],
    [
        "PCP/25/12",
        "17 Apr 2025",
        "Write to the Home Office about the delay to the funding formula review.",
        "Chair",
        "Letter sent 28 April. Reply received 9 July and circulated. Action complete.",
    ],
    [
        "PCP/25/14",
        "19 Jun 2025",
        "Report the number of complaints against the Commissioner in 2024/25 and how they were handled.",
        "Legal Adviser",
        "Not yet started. Outstanding.",
    ],
    [
        "PCP/25/15",
        "19 Jun 2025",
        "Add the victims' code compliance audit to the work programme.",
        "Panel Officer",
        "Added for the meeting on 13 November 2025 (see Appendix B). Closed.",
    ],
]

ELMSWORTH_PROGRAMME = [
    ["Meeting", "Item", "Purpose"],
    ["13 November 2025", "Police and Crime Plan performance – quarter 2", "Scrutiny"],
    ["13 November 2025", "Victims' code compliance audit", "Scrutiny"],
    ["13 November 2025", "Public confidence survey 2025 results", "Information"],
    ["29 January 2026", "Proposed precept 2026/27", "Statutory – review and report"],
    ["29 January 2026", "Medium term financial plan 2026/27 to 2029/30", "Scrutiny"],
    ["19 March 2026", "Complaints against the Commissioner – annual report", "Scrutiny"],
]


def elmsworth_report(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    paragraph(doc, "ELMSWORTH POLICE AND CRIME PANEL", True, 13)
    doc.add_paragraph("Date: 11 September 2025")
    doc.add_paragraph("Agenda item 6")
    paragraph(doc, "Actions and Work Programme", True, 14)
    doc.add_paragraph("Report of the Panel Officer")
    paragraph(doc, "1. Purpose", True)
    doc.add_paragraph(
        "1.1 This report updates the Panel on the actions agreed at its previous meetings and sets out the draft work "
        "programme for the rest of 2025/26."
    )
    paragraph(doc, "2. Recommendations", True)
    doc.add_paragraph("2.1 That the Panel:")
    doc.add_paragraph("(a) notes the progress on actions set out in Appendix A; and")
    doc.add_paragraph(
        "(b) agrees the work programme set out in Appendix B, subject to any changes it wishes to make."
    )
    paragraph(doc, "3. Progress on actions", True)
    doc.add_paragraph(
        "3.1 Appendix A lists the actions that were open at the last meeting, with each update dated. Two actions "
        "from the meeting of 19 June 2025 were completed at that meeting and are not listed."
    )
    doc.add_paragraph(
        "3.2 Outstanding items: the Chair's letter to the Commissioner asking for the Panel to be consulted on the "
        "estates strategy (PCP/25/13) was sent on 23 June, and the Commissioner has agreed to bring the strategy to "
        "the Panel before she approves it."
    )
    paragraph(doc, "4. Work programme", True)
    doc.add_paragraph(
        "4.1 The draft work programme (Appendix B) includes the Panel's statutory business for the year and the "
        "items members asked for at the June meeting. The estates strategy will be added once the Commissioner "
        "confirms when it will be ready."
    )
    paragraph(doc, "Contact officer: Samira Lowe, Panel Officer, 01632 960 414", False, 9)
    doc.add_page_break()
    paragraph(doc, "Appendix A – Action log", True, 12)
    ruled_table(doc, ELMSWORTH_ACTIONS)
    doc.add_paragraph()
    paragraph(doc, "Appendix B – Work programme 2025/26", True, 12)
    ruled_table(doc, ELMSWORTH_PROGRAMME)
    doc.save(path)


PAPERS = {
    "corrowby-police-and-crime-panel-2025-06-26.pdf": corrowby_panel,
    "tannerdale-joint-audit-committee-pack-2025-07-15.pdf": tannerdale_pack,
    "kelsholt-pcc-public-accountability-meeting-2025-05-20.pdf": kelsholt_notes,
    "thackmoor-town-council-2025-04-14.pdf": thackmoor_council,
    "penrock-neighbourhood-policing-panel-2025-03-05.pdf": penrock_panel,
    "tarrow-vale-opcc-corporate-governance-board-2025-02-27.pdf": tarrow_board,
    "craigmoss-community-council-2025-05-12.docx": craigmoss_cc,
    "elmsworth-police-and-crime-panel-actions-and-work-programme-2025-09-11.docx": elmsworth_report,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
