#!/usr/bin/env python3
"""Writes the last set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/last/build.py

Three PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them.
Three PDFs are Word files written with python-docx and converted by LibreOffice
(`soffice --headless --convert-to pdf`). Two papers are Word files written with python-docx. The HTML and
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
from corpus.papers import chromium_pdf, html_page, libreoffice_pdf, paragraph, ruled_table, write_missing


def _page_css(head: str, foot_left: str, foot_right: str, font: str, size: str = "10.5pt") -> str:
    return f"""
    @page {{
      size: A4; margin: 20mm 18mm 22mm 18mm;
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #444; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-right {{ content: "{foot_right}" counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.35; color: #111; }}
    h1 {{ font-size: 15pt; margin: 0 0 4pt 0; }}
    h2 {{ font-size: 12pt; margin: 12pt 0 4pt 0; }}
    h3 {{ font-size: 10.5pt; margin: 10pt 0 3pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 5pt 0 9pt 0; }}
    th, td {{ border: 0.5pt solid #333; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; text-align: left; }}
    th {{ background: #e4e4e4; }}
    .pb {{ break-before: page; }}
    """


# --- 1. Larkhaven PCC: an accountability board's minutes with an action schedule ----------------------------

LARKHAVEN = """
<style>
 .meta td { border: none; padding: 1pt 4pt 1pt 0; font-size: 10pt; }
 .att td, .att th { font-size: 9.5pt; }
 .off { text-align: center; font-weight: bold; font-size: 9pt; letter-spacing: 1pt; }
 h3 .n { display: inline-block; width: 9mm; }
</style>
<p class="off">OFFICIAL</p>
<p style="font-size:11pt;margin:0">Office of the Police and Crime Commissioner for Larkhaven</p>
<h1>Accountability Board - Minutes</h1>
<table class="meta">
<tr><td><b>Date:</b></td><td>Tuesday 11 February 2025</td></tr>
<tr><td><b>Time:</b></td><td>10:00 - 12:15</td></tr>
<tr><td><b>Venue:</b></td><td>Conference Room 2, Larkhaven Police Headquarters, Mill Street, Dunbarrow</td></tr>
</table>
<table class="att">
<tr><th style="width:34%">Name</th><th style="width:50%">Role</th><th style="width:16%">Initials</th></tr>
<tr><td colspan="3"><b>Present</b></td></tr>
<tr><td>Helen Marchbank</td><td>Police and Crime Commissioner (Chair)</td><td>HM</td></tr>
<tr><td>Owen Teague</td><td>Deputy Police and Crime Commissioner</td><td>OT</td></tr>
<tr><td>Patrick Leary</td><td>Chief Constable</td><td>CC</td></tr>
<tr><td>Sian Morrow</td><td>Deputy Chief Constable</td><td>DCC</td></tr>
<tr><td>Gemma Foulds</td><td>Chief Executive, OPCC</td><td>GF</td></tr>
<tr><td>Nathan Quaile</td><td>Chief Finance Officer, OPCC</td><td>NQ</td></tr>
<tr><td colspan="3"><b>In attendance</b></td></tr>
<tr><td>Ravi Doshi</td><td>Superintendent, Neighbourhood Policing (item 5)</td><td>RD</td></tr>
<tr><td>Lucy Penberthy</td><td>Board Officer (minutes)</td><td></td></tr>
<tr><td colspan="3"><b>Apologies</b></td></tr>
<tr><td>Mark Haldane</td><td>Assistant Chief Constable</td><td>ACC</td></tr>
</table>

<h3><span class="n">1.</span>Welcome and apologies</h3>
<p>The Commissioner welcomed everyone to the meeting. Apologies were received from the Assistant Chief Constable.</p>

<h3><span class="n">2.</span>Minutes of the previous meeting and action log</h3>
<p>The minutes of the meeting held on 10 December 2024 were agreed as an accurate record.</p>
<p>The Board reviewed the action log:</p>
<p>Action 41/24 (ACC to confirm the roll-out date of body-worn video for PCSOs): roll-out began on 20 January;
complete.</p>
<p>Action 43/24 (GF to publish the review of complaints handling): publication delayed while legal advice is
taken; carried forward to the March meeting.</p>
<p>Action 44/24 (DCC to provide 999 call abandonment figures by hour of the day): provided with the papers for
this meeting; closed.</p>
<p>Action 45/24 (NQ to report capital slippage by scheme): in progress, and due at the March meeting.</p>

<h3><span class="n">3.</span>Police and Crime Plan performance - quarter 3 2024/25</h3>
<p>The DCC presented the quarter 3 report. Residential burglary was down 9% on the same quarter of the previous
year, but shoplifting had risen by 21%, most of it in Dunbarrow and Kelsey town centres. The force already
publishes its monthly crime figures for each neighbourhood on its website. In answer to the Deputy
Commissioner, the DCC said that the average attendance time for emergency calls in rural areas was 17 minutes,
against 11 minutes in the towns.</p>
<p>The Commissioner asked for more detail on the rise in shoplifting, which the DCC agreed to provide. The DCC also
agreed that repeat victims of anti-social behaviour would be shown in future quarterly reports.</p>
<p>The Board noted the report.</p>

<h3><span class="n">4.</span>Budget monitoring - quarter 3</h3>
<p>The Chief Finance Officer reported a projected underspend of £1.2m, mainly from police staff vacancies. The
Board agreed that £400,000 of the underspend be transferred to the estates reserve at the year end. The final
outturn will be brought to the Board in May.</p>

<h3><span class="n">5.</span>Neighbourhood policing</h3>
<p>Superintendent Doshi outlined the new structure of the neighbourhood teams, which takes effect on 1 April.
Operation Harrier, a month of high-visibility patrols in Dunbarrow town centre, will start on 3 March.
Superintendent Doshi offered to arrange for the Commissioner to join one of the patrols if she wished. The
Deputy Commissioner suggested that PCSOs carry naloxone; the Chief Constable said that this was being considered
nationally, and the suggestion was not pursued. The Chief Constable will write to the town and parish councils
setting out the new structure.</p>

<h3><span class="n">6.</span>Victims' services commissioning</h3>
<p>The Chief Executive explained that the retender of the victims' referral service had been delayed by the
national review of victims' funding. It was agreed to extend the contract with Larkhaven Victim Care by six
months to 30 September 2025, and the Chief Executive would notify the provider this week.</p>

<h3><span class="n">7.</span>Any other business</h3>
<p>The Commissioner reported that she had written to the Home Secretary about the review of the police funding
formula. The Chief Executive will circulate the draft refresh of the Police and Crime Plan to Board members by 28
February. The Board Officer would find a date in April for a half-day session on the estates strategy.</p>

<h3><span class="n">8.</span>Date of next meeting</h3>
<p>Tuesday 11 March 2025, 10:00, Conference Room 2.</p>

<h2 class="pb">Action schedule - Accountability Board 11 February 2025</h2>
<table>
<tr><th style="width:8%">ITEM</th><th style="width:56%">ACTION</th><th style="width:16%">OWNER</th><th style="width:20%">TIMESCALE</th></tr>
<tr><td>3</td><td>Provide a breakdown of the rise in shoplifting by town centre</td><td>DCC</td><td>March 25</td></tr>
<tr><td>3</td><td>Include repeat victims of anti-social behaviour in the quarterly performance report</td><td>DCC / GF</td><td>June 25</td></tr>
<tr><td>4</td><td>Report the final outturn for 2024/25 to the Board</td><td>NQ</td><td>May 2025</td></tr>
<tr><td>5</td><td>Write to town and parish councils setting out the new neighbourhood team structure</td><td>CC</td><td>End of February</td></tr>
<tr><td>6</td><td>Notify Larkhaven Victim Care of the six-month extension</td><td>GF</td><td>14/02/25</td></tr>
</table>
"""


def larkhaven_board(path: Path) -> None:
    css = _page_css(
        "OFFICIAL",
        "Larkhaven OPCC - Accountability Board minutes 11.02.25",
        "Page ",
        "'Liberation Sans', Arial, sans-serif",
    )
    path.write_bytes(chromium_pdf(html_page("Accountability Board minutes", css, LARKHAVEN, lang="en-GB")))


# --- 2. Fellgate Police and Crime Panel: an agenda pack with minutes, actions report and work programme -------

FELLGATE = """
<style>
 .cover { text-align: center; margin-top: 30mm; }
 .cover h1 { font-size: 20pt; }
 .mins .no { font-weight: bold; display: inline-block; width: 10mm; }
 .res { margin-left: 10mm; }
 .ai { text-align: right; font-size: 9pt; }
</style>
<div class="cover">
<p>Fellgate Police and Crime Panel</p>
<h1>Agenda</h1>
<p>Thursday, 19 June 2025 at 10.00 am<br>Committee Room 1, Fellgate Civic Centre, Station Road, Fellgate</p>
</div>
<p style="margin-top:14mm"><b>Membership:</b> Councillors Janet Holroyd (Chair), Simon Arkwright (Vice-Chair), Nadia
Farooq, Craig Bellerby, Ruth Penrose, Kevin Oddie, Marion Lund, Gary Speight and Alison Beck; Independent Members
Victor Ashdown and Pauline Greaves.</p>
<p><b>Contact:</b> Daniel Whitworth, Scrutiny Officer, Fellgate Council</p>
<h2>Agenda</h2>
<table>
<tr><th style="width:8%">Item</th><th style="width:72%">Title</th><th style="width:20%">Pages</th></tr>
<tr><td>1</td><td>Apologies for absence and substitutions</td><td></td></tr>
<tr><td>2</td><td>Declarations of interest</td><td></td></tr>
<tr><td>3</td><td>Minutes of the meeting held on 20 March 2025</td><td>3 - 6</td></tr>
<tr><td>4</td><td>Public questions</td><td></td></tr>
<tr><td>5</td><td>Actions arising from previous meetings</td><td>7</td></tr>
<tr><td>6</td><td>Police and Crime Plan 2025-2029 (final plan)</td><td>to follow</td></tr>
<tr><td>7</td><td>Commissioner's update report</td><td>to follow</td></tr>
<tr><td>8</td><td>Complaints against the Commissioner</td><td>to follow</td></tr>
<tr><td>9</td><td>Work programme 2025/26</td><td>8</td></tr>
</table>

<p class="ai pb">Agenda Item 3</p>
<h2>FELLGATE POLICE AND CRIME PANEL</h2>
<p><b>MINUTES of the meeting held on Thursday, 20 March 2025 at 10.00 am in Committee Room 1, Fellgate Civic
Centre</b></p>
<p><b>Present:</b> Councillor Janet Holroyd (Chair); Councillors Simon Arkwright, Nadia Farooq, Craig Bellerby,
Ruth Penrose, Marion Lund, Gary Speight and Trevor Ingham (substitute for Councillor Kevin Oddie); Independent
Member Victor Ashdown.</p>
<p><b>Also present:</b> Jonathan Kerslake (Police and Crime Commissioner), Hannah Moffat (Chief Executive, OPCC),
Daniel Whitworth (Scrutiny Officer).</p>
<p><b>Apologies:</b> Councillor Kevin Oddie, Councillor Alison Beck and Independent Member Pauline Greaves.</p>

<div class="mins">
<h3><span class="no">41</span>APOLOGIES AND SUBSTITUTIONS</h3>
<p>Apologies were received as listed above. Councillor Ingham attended as substitute for Councillor Oddie.</p>
<h3><span class="no">42</span>DECLARATIONS OF INTEREST</h3>
<p>There were no declarations of interest.</p>
<h3><span class="no">43</span>MINUTES</h3>
<p>RESOLVED: That the minutes of the meeting held on 6 February 2025 be approved as a correct record.</p>
<h3><span class="no">44</span>PUBLIC QUESTIONS</h3>
<p>Mr Graham Tolley asked how many of the calls made to 101 in January had been answered within ten minutes. The
Commissioner replied that 71% had been answered within ten minutes, against 64% a year earlier. Mr Tolley asked a
supplementary question about calls abandoned at night, to which the Commissioner could not give a figure at the
meeting; the Chair undertook to send Mr Tolley a written reply.</p>
<h3><span class="no">45</span>COMMISSIONER'S UPDATE REPORT</h3>
<p>The Commissioner presented his report. He had already appointed Dr Miriam Yates as Fellgate's first Victims'
Champion, and the new custody suite at Brayton had opened on 3 March. Councillor Speight asked how long firearms
licence renewals were taking; the Commissioner said that the force's backlog had been reduced but that he did not
have the current figures, and he agreed to provide the Panel with the number of licences awaiting renewal.
Councillor Farooq suggested that the Commissioner hold his public meetings in the evenings; the Commissioner said
that he would consider it, but no commitment was made.</p>
<p>RESOLVED: That the report be noted.</p>
<h3><span class="no">46</span>POLICE AND CRIME PLAN 2025-2029 - CONSULTATION DRAFT</h3>
<p>The Chief Executive introduced the consultation draft of the Commissioner's new Police and Crime Plan, which had
five priorities. Members welcomed the priority on violence against women and girls but felt that the plan said
too little about rural crime and road safety.</p>
<p>RESOLVED: That</p>
<p class="res">(1) the Panel's comments on the draft plan, as set out in the discussion, be submitted to the
Commissioner by 4 April 2025;</p>
<p class="res">(2) a task group of Councillors Arkwright, Penrose and Ingham be set up to examine how the plan's
priorities will be measured, reporting to the Panel in September; and</p>
<p class="res">(3) the Panel considers the final plan at its meeting on 19 June 2025.</p>
<h3><span class="no">47</span>COMPLAINTS AGAINST THE COMMISSIONER</h3>
<p>The Scrutiny Officer reported that one complaint had been received since the last meeting and had been resolved
informally.</p>
<p>RESOLVED: That the report be noted.</p>
<h3><span class="no">48</span>WORK PROGRAMME</h3>
<p>RESOLVED: That the work programme be agreed, with the addition of an item on road safety cameras for the
September meeting.</p>
<h3><span class="no">49</span>DATE OF NEXT MEETING</h3>
<p>Thursday, 19 June 2025 at 10.00 am.</p>
</div>
<p style="margin-top:8mm">Chair ........................................</p>

<p class="ai pb">Agenda Item 5</p>
<h2>Actions arising from previous meetings</h2>
<p><b>Report of the Scrutiny Officer</b></p>
<p>The table below shows progress on the actions the Panel agreed at its meetings on 6 February and 20 March
2025.</p>
<table>
<tr><th style="width:9%">Minute</th><th style="width:12%">Meeting</th><th style="width:30%">Action</th>
<th style="width:13%">Responsible</th><th style="width:24%">Response</th><th style="width:12%">Status</th></tr>
<tr><td>33</td><td>06/02/25</td><td>Provide response times for rural wards</td><td>OPCC</td>
<td>Circulated to members on 3 March 2025.</td><td>Completed</td></tr>
<tr><td>36</td><td>06/02/25</td><td>Write to the Home Office about the referendum limit for the precept</td><td>Chair</td>
<td>Letter sent on 14 February; a reply is awaited.</td><td>Ongoing</td></tr>
<tr><td>44</td><td>20/03/25</td><td>Written reply to Mr Tolley on calls abandoned at night</td><td>Chair</td>
<td>Reply sent on 2 April 2025.</td><td>Completed</td></tr>
<tr><td>45</td><td>20/03/25</td><td>Number of firearms licences awaiting renewal</td><td>Commissioner</td>
<td>The force is checking the figures; expected in July.</td><td>In progress</td></tr>
<tr><td>46(2)</td><td>20/03/25</td><td>Task group on measuring the plan's priorities</td><td>Scrutiny Officer</td>
<td>First meeting held on 24 April; report to the September meeting.</td><td>On track</td></tr>
</table>
<p><b>Recommendation:</b> That the Panel notes the progress on its actions.</p>

<p class="ai pb">Agenda Item 9</p>
<h2>Work programme 2025/26</h2>
<table>
<tr><th style="width:22%">Meeting</th><th style="width:56%">Item</th><th style="width:22%">Type</th></tr>
<tr><td>18 September 2025</td><td>Road safety cameras</td><td>Scrutiny</td></tr>
<tr><td>18 September 2025</td><td>Report of the Police and Crime Plan task group</td><td>Task group</td></tr>
<tr><td>18 September 2025</td><td>Commissioner's Annual Report 2024/25</td><td>Statutory</td></tr>
<tr><td>27 November 2025</td><td>Handling of complaints about police officers</td><td>Scrutiny</td></tr>
<tr><td>5 February 2026</td><td>Proposed precept 2026/27</td><td>Statutory</td></tr>
</table>
"""


def fellgate_pack(path: Path) -> None:
    css = _page_css(
        "Fellgate Police and Crime Panel - 19 June 2025",
        "",
        "Page ",
        "'DejaVu Serif', Georgia, serif",
        "10pt",
    )
    path.write_bytes(chromium_pdf(html_page("Agenda pack 19 June 2025", css, FELLGATE, lang="en-GB")))


# --- 3. Caldermouth joint audit committee: printed minutes ----------------------------------------------------

CALDERMOUTH = """
<style>
 .min { display: grid; grid-template-columns: 26mm auto; column-gap: 2mm; }
 .min .no { font-weight: bold; padding-top: 10pt; font-size: 9.5pt; }
 .act { font-weight: bold; }
 ul { margin: 0 0 6pt 0; }
</style>
<p style="text-align:center;font-size:12pt"><b>POLICE AND CRIME COMMISSIONER FOR CALDERMOUTH<br>AND CALDERMOUTH
CONSTABULARY</b></p>
<p style="text-align:center;font-size:13pt"><b>JOINT AUDIT COMMITTEE</b></p>
<p style="text-align:center">Minutes of the meeting held on Thursday 5 December 2024 at 2.00 pm<br>in Room 3,
OPCC, Harbour Street, Caldermouth</p>
<p>Independent members present were Alan Kershaw (Chair), Priya Varma and Sheila Aske. Also attending were Joanne
Rudd (Chief Finance Officer, OPCC), Colin Brierley (Director of Finance, Caldermouth Constabulary), Becky Lowe
(Head of Internal Audit, Hollins Audit Partnership), Martin Cray (Engagement Lead, Tulloch Whitfield LLP) and Anna
Pyle (Governance Officer, OPCC). Dermot Quinlan had sent his apologies.</p>

<div class="min"><div class="no">JAC/24/28</div><div>
<h3>Apologies and declarations of interest</h3>
<p>Apologies were noted from Dermot Quinlan. There were no declarations of interest.</p></div></div>

<div class="min"><div class="no">JAC/24/29</div><div>
<h3>Minutes of the meeting on 26 September 2024 and action tracker</h3>
<p>RESOLVED: That the minutes of the meeting held on 26 September 2024 be approved.</p>
<p>The Committee reviewed its action tracker:</p>
<table>
<tr><th style="width:9%">No.</th><th style="width:36%">Action</th><th style="width:11%">Owner</th><th style="width:34%">Update</th><th style="width:10%">RAG</th></tr>
<tr><td>24/12</td><td>Refresh the fraud risk assessment</td><td>DoF</td><td>Complete - on this agenda (JAC/24/32).</td><td>Green</td></tr>
<tr><td>24/14</td><td>Circulate the updated gifts and hospitality register</td><td>CFO</td><td>Circulated on 14 October. Complete.</td><td>Green</td></tr>
<tr><td>24/15</td><td>Report on the timetable for the 2023/24 audit opinion</td><td>EA</td><td>Opinion now expected before the February backstop; work under way.</td><td>Amber</td></tr>
<tr><td>24/16</td><td>Arrange a cyber security briefing for members</td><td>DoF</td><td>Was due in November; not yet arranged. Overdue.</td><td>Red</td></tr>
</table></div></div>

<div class="min"><div class="no">JAC/24/30</div><div>
<h3>Internal audit progress report</h3>
<p>Ms Lowe reported that four of the nine audits in the 2024/25 plan had been completed. Two had been given
limited assurance: overtime payments and the handling of seized property. Members were concerned that the
management response on seized property did not give dates for the work.</p>
<p class="act">ACTION: Director of Finance to attend the March meeting to present the management response to the
seized property audit.</p>
<p>RESOLVED: That the internal audit progress report be noted.</p></div></div>

<div class="min"><div class="no">JAC/24/31</div><div>
<h3>External audit update</h3>
<p>Mr Cray presented the annual audit letter for 2023/24. He reported that the firm's own national quality review
had been completed and that the results had been published in November. The opinion on the 2023/24 statements is
expected before the statutory backstop date in February.</p>
<p>RESOLVED: That the external audit update be noted.</p></div></div>

<div class="min"><div class="no">JAC/24/32</div><div>
<h3>Fraud risk assessment</h3>
<p>The Director of Finance presented the refreshed fraud risk assessment, which now covered procurement cards and
the new duty management system.</p>
<p>RESOLVED: That the refreshed fraud risk assessment be approved.</p>
<p class="act">ACTION: Governance Officer to add the fraud risk assessment to the Committee's annual cycle of
business.</p></div></div>

<div class="min"><div class="no">JAC/24/33</div><div>
<h3>Treasury management mid-year review</h3>
<p>The Chief Finance Officer confirmed that the OPCC places surplus cash only with UK banks rated A or above and
with the Debt Management Office. Mrs Aske asked whether the Commissioner could lend to other local authorities;
the Chief Finance Officer explained that this was allowed by the strategy but had not been needed this year, and
the Committee did not take the idea further.</p>
<p>RESOLVED: That the Committee recommends to the Police and Crime Commissioner that the treasury management
mid-year review 2024/25 be approved.</p></div></div>

<div class="min"><div class="no">JAC/24/34</div><div>
<h3>Corporate risk registers</h3>
<p>Members discussed the two risk registers. The Chief Finance Officer would bring the revised OPCC risk register,
with a new risk on the Emergency Services Network, to the next meeting. Ms Varma offered to share her experience
of writing risk appetite statements with officers if that would be helpful.</p>
<p>RESOLVED: That the corporate risk registers be noted.</p></div></div>

<div class="min"><div class="no">JAC/24/35</div><div>
<h3>Work programme 2025</h3>
<p>RESOLVED: That the Committee's work programme for 2025 be agreed, as follows:</p>
<ul>
<li>13 March 2025 - Internal audit plan 2025/26</li>
<li>13 March 2025 - Draft annual governance statements</li>
<li>12 June 2025 - Draft statements of accounts 2024/25</li>
<li>12 June 2025 - Annual internal audit opinion</li>
</ul></div></div>

<div class="min"><div class="no">JAC/24/36</div><div>
<h3>Private meeting with the auditors</h3>
<p>The independent members met the internal and external auditors without officers present. There was nothing to
report.</p></div></div>

<div class="min"><div class="no">JAC/24/37</div><div>
<h3>Date of next meeting</h3>
<p>Thursday 13 March 2025 at 2.00 pm, Room 3, OPCC, Harbour Street, Caldermouth.</p></div></div>
<p style="margin-top:10mm">The meeting closed at 4.05 pm.</p>
"""


def caldermouth_jac(path: Path) -> None:
    css = _page_css(
        "Joint Audit Committee 05/12/2024",
        "Caldermouth OPCC and Constabulary",
        "",
        "Arial, 'Liberation Sans', sans-serif",
        "10pt",
    )
    path.write_bytes(chromium_pdf(html_page("JAC minutes 5 December 2024", css, CALDERMOUTH, lang="en-GB")))


# --- Word helpers ---------------------------------------------------------------------------------------------


def _footer(doc: docx.document.Document, text: str) -> None:
    foot = doc.sections[0].footer.paragraphs[0]
    foot.text = text
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER


# --- 4. Upper Tolbridge Parish Council: Word minutes exported to PDF by LibreOffice ---------------------------

TOLBRIDGE = [
    ("25/001 Apologies", ["Apologies were received from Cllr Neil Whitcombe (work commitments)."]),
    (
        "25/002 Declarations of interest",
        [
            "Cllr Bassi declared an interest in item 25/007 as an allotment tenant and took no part in that item."
        ],
    ),
    (
        "25/003 Minutes",
        ["RESOLVED: that the minutes of the meeting held on 9 December 2024 be signed as a true record."],
    ),
    (
        "25/004 Police report",
        [
            "PCSO Nolan reported eleven crimes in the parish in December, including two thefts of tools from vans "
            "in Mill Lane. Speedwatch volunteers had carried out six sessions since November. The neighbourhood "
            "team holds a beat surgery outside the village shop on the first Saturday of each month. Asked about "
            "speeding on Mill Lane, PCSO Nolan said she would find out whether the safety camera van could visit "
            "Mill Lane in the spring.",
        ],
    ),
    (
        "25/005 Matters arising",
        [
            "24/142 Dog bin at The Green: installed by the District Council on 9 December.",
            "24/144 Overhanging hedge, Church Lane: the landowner has been written to twice; no reply yet.",
            "24/147 Defibrillator pads: replacement pads ordered, awaiting delivery.",
            "24/150 Christmas lights: the electrician's safety report is still outstanding.",
        ],
    ),
    (
        "25/006 District Councillor's report",
        [
            "Cllr Ruddock reported that the District Council had opened its budget consultation, which closes on "
            "7 February, and that the garden waste charge would rise to £52. He will chase County Highways about "
            "the flooding at Tolbridge Ford.",
        ],
    ),
    (
        "25/007 Allotments",
        [
            "The Clerk reported that the water charges for the allotments had risen by 18%. RESOLVED: that "
            "allotment rents rise to £38 per plot from 1 October 2025.",
            "The Clerk to write to all tenants giving notice of the increase. ACTION: Clerk",
        ],
    ),
    (
        "25/008 Precept 2025/26",
        [
            "Proposed by Cllr Ayling, seconded by Cllr Cale and RESOLVED unanimously: that the precept for "
            "2025/26 be £24,650, an increase of 3.8%.",
            "The precept demand to be submitted to the District Council. ACTION: Clerk (by 31 Jan)",
        ],
    ),
    (
        "25/009 Planning",
        [
            "24/04211/HOU, 3 Mill Cottages, single-storey rear extension: no objection.",
            "24/04290/FUL, Land at Ford Farm, erection of two dwellings: the Council objects, because the access "
            "onto the B4417 is on a blind bend and the site floods. Letter of objection to be drafted. "
            "ACTION: TG / Clerk",
            "The District's approval of 24/03877/HOU (Rose Cottage) was noted.",
        ],
    ),
    (
        "25/010 Finance",
        [
            "RESOLVED: that the payments listed below be approved. The bank reconciliation to 31 December was noted.",
        ],
    ),
    (
        "25/011 Highways and footpaths",
        [
            "The stile on Footpath 7 at Hollow Field is broken; Cllr Cale will report it to the County's rights of "
            "way team. A resident suggested a 20mph limit through the village; councillors felt the County would "
            "not support it at present and no further action was taken.",
        ],
    ),
    (
        "25/012 Correspondence",
        ["The County's winter gritting leaflet and the CPRE newsletter were noted."],
    ),
    (
        "25/013 Items for the next agenda",
        [
            "Annual Parish Meeting arrangements; flooding at Tolbridge Ford; defibrillator training for residents.",
        ],
    ),
    ("25/014 Date of next meeting", ["Monday 10 February 2025 at 7.30pm in the Memorial Hall."]),
]


def tolbridge_pc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    head = doc.sections[0].header.paragraphs[0]
    head.text = "Upper Tolbridge Parish Council"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(doc, "Signed ............................ Chairman          Date ....................")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("UPPER TOLBRIDGE PARISH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.add_run(
        "Minutes of the meeting of the Parish Council held on Monday 13 January 2025 at 7.30pm in the "
        "Memorial Hall, Upper Tolbridge"
    ).bold = True
    doc.add_paragraph(
        "Present: Cllrs Margaret Fenn (Chair), Robert Ayling, Kiran Bassi, Thomas Greenhow and Judith Cale."
    )
    doc.add_paragraph(
        "In attendance: Susan Petty (Clerk), District Cllr Ian Ruddock, PCSO Amy Nolan (for item 25/004) and "
        "three members of the public."
    )
    for title, paras in TOLBRIDGE:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
        if title.startswith("25/010"):
            ruled_table(
                doc,
                [
                    ["Payee", "Details", "Amount"],
                    ["S Petty", "Clerk's salary, January", "£612.40"],
                    ["HMRC", "PAYE", "£153.10"],
                    ["Tolbridge Memorial Hall", "Hall hire, January", "£24.00"],
                    ["Greenway Grounds Ltd", "Verge cutting, December", "£180.00"],
                ],
            )
            doc.add_paragraph("")
    doc.add_paragraph("The meeting closed at 9.05pm.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 5. Meadowcroft Residents' Association: Word minutes exported to PDF --------------------------------------


def meadowcroft_ra(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _footer(doc, "Meadowcroft Residents' Association - committee minutes")
    paragraph(doc, "Meadowcroft Residents' Association", True, 16)
    paragraph(doc, "Committee meeting, Wednesday 18 September 2024, 7pm, Meadowcroft Community Centre", True)
    doc.add_paragraph(
        "Present: Joan Bracewell (Chair) JB, Steve Hartigan (Secretary) SH, Rukhsana Malik (Treasurer) RM, "
        "Colin Dyer CD, Eileen Foy EF"
    )
    doc.add_paragraph("Also present: PC Darren Oakes (ward officer), Cllr Hannah Lyle (ward councillor)")
    doc.add_paragraph("Apologies: Bob Tennant")
    paragraph(doc, "1. Welcome and apologies", True)
    doc.add_paragraph("Joan welcomed everyone, especially PC Oakes, who has taken over the ward this month.")
    paragraph(doc, "2. Minutes of the last meeting (17 July)", True)
    doc.add_paragraph("Agreed as correct.")
    paragraph(doc, "3. Actions from the July meeting", True)
    ruled_table(
        doc,
        [
            ["Action", "Who", "Update"],
            ["Ask the council to cut back the trees on Linnet Walk", "SH", "Done - cut back in August"],
            ["Get quotes for a new noticeboard", "RM", "Two quotes in, third awaited"],
            ["Invite the housing association to the AGM", "JB", "Still to do"],
            ["Leaflet Wren Close about the street party", "CD", "Not needed - street party cancelled"],
        ],
    )
    paragraph(doc, "4. Police update", True)
    doc.add_paragraph(
        "PC Oakes said the main problem is off-road bikes on the playing fields. The team has done two days of "
        "action with the council's ASB team and seized one bike. He will let Steve know the dates of the next "
        "ward panel meetings so they can go in the newsletter. He offered to run a property-marking session at "
        "the centre if the committee wanted one. The committee agreed to ask for a session in November. "
        "Action: EF"
    )
    paragraph(doc, "5. Treasurer's report", True)
    doc.add_paragraph(
        "Balance £1,842.16. The hall hire invoice for the summer is still unpaid and will be paid this week. "
        "Action: RM"
    )
    paragraph(doc, "6. Ward councillor", True)
    doc.add_paragraph(
        "Cllr Lyle said the council has approved new play equipment for Meadowcroft Park, to be installed in the "
        "spring. She will find out whether the dropped kerbs on Linnet Walk are in this year's programme."
    )
    paragraph(doc, "7. AGM", True)
    doc.add_paragraph("It was agreed to hold the AGM on Wednesday 20 November at 7pm.")
    doc.add_paragraph("Book the hall and draft the agenda. Action: SH")
    doc.add_paragraph("Everyone to deliver AGM flyers on their own streets. Action: All - by 10/11")
    paragraph(doc, "8. Any other business", True)
    doc.add_paragraph(
        "Eileen said the Co-op is removing its cash machine at the end of October. Colin suggested a litter pick, "
        "but nobody was free in October so it was left until the spring. Rukhsana will put the noticeboard quotes "
        "to the next meeting."
    )
    paragraph(doc, "Next committee meeting: Wednesday 16 October 2024, 7pm, Community Centre", True)
    path.write_bytes(libreoffice_pdf(doc))


# --- 6. Kirkhallam OPCC: corporate governance board notes in Word, exported to PDF ----------------------------


def kirkhallam_cgb(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL - Kirkhallam Office of the Police and Crime Commissioner"
    _footer(doc, "Corporate Governance Board - notes of 29 April 2025")
    paragraph(doc, "Corporate Governance Board", True, 15)
    doc.add_paragraph("Notes of the meeting held on 29 April 2025 at 13:30, Meeting Room 4, Kirkhallam House")
    ruled_table(
        doc,
        [
            ["Name", "Role", "Initials", "Attendance"],
            ["Rachel Dunmore", "Chief Executive, OPCC (Chair)", "RD", "Present"],
            ["Ewan Carvell", "Chief Finance Officer, OPCC", "EC", "Present"],
            ["Siobhan Pell", "Director of Corporate Services, Kirkhallam Police", "SP", "Present"],
            ["Toby Marsh", "Head of Governance, OPCC", "TM", "Present"],
            ["Angela Frew", "Information Governance Manager (item 4)", "AF", "In attendance"],
            ["Liam Grady", "Head of Estates, Kirkhallam Police", "LG", "Apologies"],
        ],
    )
    paragraph(doc, "1. Welcome and apologies", True)
    doc.add_paragraph("RD welcomed members. Apologies from LG.")
    paragraph(doc, "2. Notes of the meeting on 25 March 2025", True)
    doc.add_paragraph("The notes were agreed.")
    paragraph(doc, "3. Action log", True)
    doc.add_paragraph(
        "The Board reviewed the action log (below); the new actions from this meeting are added to it."
    )
    ruled_table(
        doc,
        [
            ["Ref", "Action", "Owner", "Due", "Update", "RAG"],
            [
                "CGB-19",
                "Update the scheme of delegation for the new procurement thresholds",
                "TM",
                "Mar 25",
                "Approved by the PCC on 14 April.",
                "Complete",
            ],
            [
                "CGB-21",
                "Review the OPCC's retention schedule",
                "AF",
                "Apr 25",
                "Draft prepared; presented under item 4.",
                "Amber",
            ],
            [
                "CGB-22",
                "Confirm the insurance renewal terms for the fleet",
                "SP",
                "Apr 25",
                "Insurers have asked for more claims data; renewal terms not yet confirmed.",
                "Red - overdue",
            ],
            [
                "CGB-23",
                "Commission an internal audit of the OPCC grants process",
                "EC",
                "Jun 25",
                "Scoping meeting held 10 April.",
                "Amber",
            ],
            [
                "CGB-24",
                "Publish the register of interests for 2025/26",
                "TM",
                "May 25",
                "Two returns outstanding; moved to June.",
                "Deferred",
            ],
            ["CGB-25", "Circulate the revised retention schedule for comment", "AF", "16 May 25", "", "New"],
            ["CGB-26", "Report the outcome of the fleet insurance renewal", "SP", "Next meeting", "", "New"],
            [
                "CGB-27",
                "Draft a data-sharing agreement with the Violence Reduction Unit",
                "TM / AF",
                "Jun 25",
                "",
                "New",
            ],
        ],
    )
    paragraph(doc, "4. Information governance", True)
    doc.add_paragraph(
        "AF presented the draft retention schedule. The force already applies the national retention rules to "
        "custody records, and the OPCC schedule follows them. The Board approved the draft schedule, subject to "
        "comments from members. In answer to EC, AF said that 92% of subject access requests had been answered "
        "within the month allowed."
    )
    paragraph(doc, "5. Governance framework review", True)
    doc.add_paragraph(
        "TM summarised the annual review of the joint corporate governance framework. The updated framework will be "
        "put to the PCC for approval at her decision meeting on 13 May. SP suggested that the Board meet every six "
        "weeks; members preferred to keep monthly meetings."
    )
    paragraph(doc, "6. Risk", True)
    doc.add_paragraph(
        "The Board agreed to add a new risk on the end of the contract for the legacy HR system in March 2026. EC "
        "would draft the risk description and scoring for the register before the next meeting."
    )
    paragraph(doc, "7. Any other business", True)
    doc.add_paragraph(
        "EC reported that the external auditor had issued an unqualified opinion on the 2023/24 accounts on 11 April."
    )
    doc.add_paragraph("Date of next meeting: 27 May 2025, 13:30, Meeting Room 4.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Aldermoor PCC: a record of decisions and forward plan in Word -----------------------------------------


def aldermoor_decisions(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    paragraph(doc, "Police and Crime Commissioner for Aldermoor", False, 11)
    paragraph(doc, "Public Decision Meeting - Record of Decisions", True, 16)
    doc.add_paragraph(
        "Tuesday 4 March 2025, 2.00pm, Council Chamber, Aldermoor Police Headquarters, Quayside, Penmoor"
    )
    doc.add_paragraph(
        "Present: Gareth Pimlott, Police and Crime Commissioner; Deborah Asante, Chief Executive; Martin Lowry, "
        "Chief Finance Officer; Assistant Chief Constable Philippa Rowe (for the Chief Constable); Karl Nyberg, "
        "Head of Estates (for decision 2025/013)."
    )
    paragraph(doc, "Progress on earlier decisions", True, 12)
    ruled_table(
        doc,
        [
            ["Decision", "Subject", "Progress"],
            [
                "2024/046",
                "Mobile data terminals for response officers",
                "Roll-out finished in February. Complete.",
            ],
            ["2025/004", "Vehicles for the rural crime team", "Vehicles delivered; livery being fitted."],
            [
                "2024/051",
                "Relocation of the victims' hub",
                "Postponed until the autumn while the lease is agreed.",
            ],
        ],
    )
    paragraph(doc, "Decisions", True, 12)
    entries = [
        (
            "Decision 2025/011 - Community Safety Fund 2025/26",
            "The Commissioner approved grants totalling £486,000 to 31 organisations, as listed in Annex A. The "
            "Chief Finance Officer will make the first quarterly payments in April. Organisations that were "
            "unsuccessful may apply again in the autumn round.",
        ),
        (
            "Decision 2025/012 - Custody healthcare contract",
            "The Commissioner approved the award of the custody healthcare contract to Medway Forensic Care Ltd for "
            "three years from 1 July 2025, at a cost of £1.9m a year. The Chief Constable had already consulted the "
            "custody staff on the new arrangements.",
        ),
        (
            "Decision 2025/013 - Disposal of the former police house, Harnley",
            "The Commissioner approved the sale of the former police house at 2 Station Road, Harnley, on the open "
            "market. The Head of Estates will instruct selling agents.",
        ),
        (
            "Decision 2025/014 - Firearms licensing fees",
            "The proposed increase in fees for firearms licensing was deferred to the April decision meeting, "
            "pending the Home Office's guidance on the new fee levels.",
        ),
    ]
    for title, text in entries:
        paragraph(doc, title, True)
        doc.add_paragraph(text)
    paragraph(doc, "Actions arising", True, 12)
    for text in [
        "1. Chief Executive to publish the decision records on the OPCC website by 11 March.",
        "2. Chief Finance Officer to write to the unsuccessful applicants to the Community Safety Fund, with "
        "feedback, by 21 March.",
        "3. ACC Rowe to report on the first three months of the new custody healthcare contract - October 2025.",
    ]:
        doc.add_paragraph(text)
    paragraph(doc, "Forward plan of key decisions", True, 12)
    ruled_table(
        doc,
        [
            ["Decision meeting", "Subject", "Lead officer"],
            ["1 April 2025", "Firearms licensing fees", "Chief Finance Officer"],
            ["1 April 2025", "Police and Crime Plan annual refresh", "Chief Executive"],
            ["6 May 2025", "Estates strategy 2025-2030", "Head of Estates"],
            ["3 June 2025", "Commissioning of domestic abuse perpetrator programmes", "Chief Executive"],
        ],
    )
    doc.add_paragraph(
        "The next public decision meeting will be held on Tuesday 1 April 2025 at 2.00pm in the Council Chamber."
    )
    doc.save(path)


# --- 8. Auchtermuir Community Council: minutes in Word --------------------------------------------------------


def auchtermuir_cc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Auchtermuir Community Council")
    r.bold = True
    r.font.size = Pt(15)
    c = doc.add_paragraph(
        "Minutes of the meeting held in Auchtermuir Village Hall on Monday 24th February 2025 at 7.30pm"
    )
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Present: Fiona Macrae (Convener), Iain Urquhart (Secretary), Morag Bain (Treasurer), Alasdair Munro, "
        "Kirsty Dow"
    )
    doc.add_paragraph(
        "In attendance: Cllr Duncan Rennie (Highland Council, ward councillor), PC Lewis Cairns (Police Scotland), "
        "5 members of the public"
    )
    doc.add_paragraph("Apologies: Hamish Gow")
    items = [
        ("1. Welcome", ["The Convener welcomed everyone and thanked PC Cairns for coming."]),
        (
            "2. Police report",
            [
                "PC Cairns reported 14 incidents in the area since January, including two thefts from sheds at "
                "Croftend and a road traffic collision on the A836. Officers have carried out speed checks on the "
                "A836 at Kirkton on four occasions. PC Cairns undertook to get figures on thefts from sheds across "
                "the ward for the next meeting.",
            ],
        ),
        (
            "3. Minutes of the previous meeting",
            ["The minutes of 27th January were approved, proposed by AM and seconded by KD."],
        ),
        (
            "4. Matters arising",
            [
                "Grit bins: refilled by the Council in late January. Closed.",
                "School path burn: IU chased the Council again; still no date for the clearance. Ongoing.",
                "Website: AM reported the new site is live.",
            ],
        ),
        (
            "5. Councillor's report",
            [
                "Cllr Rennie reported that the Council had set its budget on 20th February, with council tax up by "
                "8%. He will raise the state of the Glen road with the area roads manager. Asked about the school "
                "roll, he said the primary had 41 pupils this session.",
            ],
        ),
        (
            "6. Planning",
            [
                "25/00312/FUL, erection of a house at Croftend: no objection.",
                "25/00350/FUL, battery storage site at Mains of Auchtermuir: it was agreed to object because of the "
                "construction traffic on the single-track road. Action - IU to send the objection (by 7th March)",
            ],
        ),
        (
            "7. Treasurer's report",
            [
                "The balance stands at £3,214.50. A grant of £500 from the Ben Ardle wind farm fund has been "
                "received. It was agreed to pay the website hosting invoice of £96.",
            ],
        ),
        (
            "8. Community resilience",
            [
                "The list of resilience volunteers needs bringing up to date after the January storm. Action - MB",
                "KD suggested buying a generator for the hall; this will be looked at only if the hall committee "
                "applies for funding.",
            ],
        ),
        (
            "9. AOCB",
            [
                "A resident asked about the closure of the bank branch in Thurso Road; members noted that the "
                "community council had already written to the bank in December. It was agreed that the Convener "
                "would write to the Health Board about the reduced opening hours of the GP surgery.",
            ],
        ),
        ("10. Date of next meeting", ["Monday 31st March 2025 at 7.30pm, Auchtermuir Village Hall."]),
    ]
    for title, paras in items:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
    doc.save(path)


PAPERS = {
    "larkhaven-opcc-accountability-board-2025-02-11.pdf": larkhaven_board,
    "fellgate-police-and-crime-panel-agenda-pack-2025-06-19.pdf": fellgate_pack,
    "caldermouth-joint-audit-committee-2024-12-05.pdf": caldermouth_jac,
    "upper-tolbridge-parish-council-2025-01-13.pdf": tolbridge_pc,
    "meadowcroft-residents-association-2024-09-18.pdf": meadowcroft_ra,
    "kirkhallam-opcc-corporate-governance-board-2025-04-29.pdf": kirkhallam_cgb,
    "aldermoor-pcc-public-decision-meeting-2025-03-04.docx": aldermoor_decisions,
    "auchtermuir-community-council-2025-02-24.docx": auchtermuir_cc,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
