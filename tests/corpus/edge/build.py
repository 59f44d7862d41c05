#!/usr/bin/env python3
"""Writes the edge set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/edge/build.py

Four PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them.
Three PDFs are Word files written with python-docx and converted by LibreOffice
(`soffice --headless --convert-to pdf`). Two papers are Word files written with python-docx. The HTML and
the intermediate Word files live only here and in a temporary folder while a paper is made.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

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

# --- 1. Kestleigh OPCC: an accountability board's minutes, "AP12 -" entries with Owner/Due lines -------------

KESTLEIGH = """
<style>
 .att td { border: none; border-bottom: 0.3pt solid #999; padding: 1.5pt 4pt; }
 .ap { margin: 2pt 0 8pt 8mm; padding: 3pt 6pt; border-left: 2pt solid #555; }
 .ap p { margin: 0 0 1pt 0; }
 .lbl { display: inline-block; width: 14mm; font-weight: bold; }
</style>
<p style="font-size:10pt;margin:0">Office of the Police and Crime Commissioner for Kestleigh</p>
<h1>ACCOUNTABILITY BOARD</h1>
<p><b>Minutes of the meeting held on Tuesday 20 May 2025 at 09:30 in the Boardroom, Kestleigh Police
Headquarters, Abbey Road, Wetherstow</b></p>
<table class="att">
<tr><td style="width:24%"><b>Present</b></td><td style="width:30%">Rhiannon Coutts</td><td>Police and Crime Commissioner (Chair)</td></tr>
<tr><td></td><td>Tobias Ferrand</td><td>Chief Constable</td></tr>
<tr><td></td><td>Alison Prentice</td><td>Deputy Chief Constable (DCC)</td></tr>
<tr><td></td><td>Marcus Ilsley</td><td>Chief Executive, OPCC (CEO)</td></tr>
<tr><td></td><td>Fiona Dalgleish</td><td>Chief Finance Officer, OPCC (CFO)</td></tr>
<tr><td><b>In attendance</b></td><td>Owen Baptiste</td><td>Chief Superintendent, Head of Contact Management (item 4)</td></tr>
<tr><td></td><td>Priya Saunders</td><td>Governance Officer (minutes)</td></tr>
<tr><td><b>Apologies</b></td><td>Neil Harker</td><td>Assistant Chief Constable</td></tr>
</table>

<h3>1. Apologies and declarations of interest</h3>
<p>Apologies were received from ACC Harker. No interests were declared.</p>

<h3>2. Minutes of 15 April 2025 and review of actions</h3>
<p>The minutes of the meeting held on 15 April 2025 were agreed. The Governance Officer took the Board through
the open actions:</p>
<p>AP7 &ndash; review of the custody healthcare contract &ndash; complete; the revised specification was signed
off on 2 May.</p>
<p>AP9 &ndash; firearms licensing backlog trajectory &ndash; work continuing; the trajectory will form part of the
quarter 1 performance report.</p>
<p>AP10 &ndash; publication of the stop and search scrutiny group's findings &ndash; deferred to June, as the
group does not meet until 4 June.</p>
<p>AP11 &ndash; letter to the Home Office on pension remedy costs &ndash; sent on 28 April; no reply yet.</p>

<h3>3. Performance report &ndash; quarter 4 2024/25</h3>
<p>The DCC presented the report. Vehicle crime had risen by 12% over the year, while serious violence had fallen
by 6%. The force will continue its night-time economy operation in Wetherstow and Bramcote over the summer.
The Commissioner hoped that the rise in vehicle crime would have levelled off by the autumn. Asked whether the
rise was concentrated in any district, the DCC said that she did not have the breakdown with her.</p>
<div class="ap">
<p><b>AP12 &ndash;</b> Provide a breakdown of the rise in vehicle crime by district.</p>
<p><span class="lbl">Owner:</span>DCC</p>
<p><span class="lbl">Due:</span>17 June 2025</p>
</div>
<p>The Board noted the performance report.</p>

<h3>4. Contact management &ndash; 101 and 999 performance</h3>
<p>Chief Superintendent Baptiste reported that 999 calls answered within ten seconds had reached 91% in April.
The new telephony platform goes live on 30 June. The Commissioner suggested that callers waiting on 101 be
offered a text message call-back; the Chief Constable explained that the new platform would not support this
in its first release, and the idea was left there. Would the online reporting form be changed at the same time?
Chief Superintendent Baptiste said that it would not. The Chief Constable undertook to share the findings of
the independent call-handling review with the Board once the review has reported.</p>
<div class="ap">
<p><b>AP13 &ndash;</b> Report on 101 abandonment rates after the telephony upgrade.</p>
<p><span class="lbl">Owner:</span>Ch Supt Baptiste</p>
<p><span class="lbl">Due:</span>September Board</p>
</div>

<h3>5. Provisional outturn 2024/25</h3>
<p>The CFO reported a provisional underspend of &pound;1.1m on the force budget and &pound;42,000 on the OPCC
budget. The Board approved the transfer of &pound;750,000 to the ICT reserve. The Board endorsed the draft
Statement of Accounts for submission to the external auditor by 30 June. Slippage in the capital programme
stood at &pound;3.4m; a fuller report on the slippage would come back to the Board in July. The CFO agreed to
follow up the unpaid invoices from the vehicle leasing contractor with the force's procurement team.</p>

<h3>6. Estates &ndash; Rookby police station</h3>
<p>The CEO reminded the Board that the front counter at Rookby had already closed to the public in 2023. The
Board agreed that the sale of Rookby police station should go ahead on the open market.</p>
<div class="ap">
<p><b>AP14 &ndash;</b> Arrange a public drop-in session in Rookby before the building is marketed.</p>
<p><span class="lbl">Owner:</span>CEO</p>
<p><span class="lbl">Due:</span>end of June</p>
</div>

<h3>7. Any other business</h3>
<p>The Commissioner will speak at the regional Safer Roads conference on 11 June. The Chief Constable reported
that HMICFRS would begin its PEEL inspection fieldwork in the autumn.</p>
<div class="ap">
<p><b>AP15 &ndash;</b> Circulate the draft refresh of the Police and Crime Plan to Board members.</p>
<p><span class="lbl">Owner:</span>CEO</p>
<p><span class="lbl">Due:</span>30/05/25</p>
</div>

<h3>8. Date of next meeting</h3>
<p>Tuesday 15 July 2025 at 09:30, Boardroom, Kestleigh Police Headquarters.</p>
"""


def kestleigh_board(path: Path) -> None:
    css = page_css(
        "OFFICIAL",
        "Kestleigh OPCC Accountability Board 20.05.25 - page ",
        "Arial, 'Liberation Sans', sans-serif",
    )
    path.write_bytes(
        chromium_pdf(html_page("Accountability Board 20 May 2025", css, KESTLEIGH, lang="en-GB"))
    )


# --- 2. Hallamere Police and Crime Panel: agenda pack with the previous minutes, actions and work programme ----

HALLAMERE = """
<style>
 .cover { text-align: center; margin-top: 22mm; }
 .cover h1 { font-size: 22pt; }
 .mn { font-weight: bold; display: inline-block; width: 14mm; }
 .res { margin-left: 10mm; }
 .ai { text-align: right; font-size: 9pt; font-weight: bold; }
</style>
<div class="cover">
<p style="font-size:13pt">Hallamere Police and Crime Panel</p>
<h1>Agenda</h1>
<p>Date: Thursday, 10 July 2025<br>Time: 2.00 pm<br>Venue: Council Chamber, Hallamere Town Hall, Market Place,
Hallamere</p>
</div>
<p style="margin-top:10mm"><b>Members:</b> Councillor Bernard Oakes (Chair), Councillor Yasmin Qadir (Vice-Chair),
Councillors Derek Fulwood, Eileen Marsh, Rupert Tansley, Gwen Hollis, Samir Chowdhury and Ann Pickersgill; Co-opted
Independent Members Leonard Graves and Moira Sheldrake.</p>
<p>Enquiries to Tessa Greenhalgh, Panel Support Officer.</p>
<h2>Business</h2>
<table>
<tr><th style="width:10%">Item</th><th style="width:70%">Subject</th><th style="width:20%">Page</th></tr>
<tr><td>1</td><td>Apologies and substitutes</td><td></td></tr>
<tr><td>2</td><td>Declarations of interest</td><td></td></tr>
<tr><td>3</td><td>Minutes of the meeting held on 8 May 2025</td><td>3</td></tr>
<tr><td>4</td><td>Public questions</td><td></td></tr>
<tr><td>5</td><td>Actions arising</td><td>6</td></tr>
<tr><td>6</td><td>Commissioner's Annual Report 2024/25</td><td>to follow</td></tr>
<tr><td>7</td><td>Serious Violence Duty &ndash; progress</td><td>to follow</td></tr>
<tr><td>8</td><td>Work programme</td><td>7</td></tr>
</table>

<p class="ai pb">Item 3</p>
<h2>HALLAMERE POLICE AND CRIME PANEL</h2>
<p>Minutes of a meeting of the Hallamere Police and Crime Panel held on Thursday, 8 May 2025 at 2.00 pm in the
Council Chamber, Hallamere Town Hall.</p>
<p><b>Present:</b> Councillor Bernard Oakes (in the Chair), Councillors Yasmin Qadir, Derek Fulwood, Eileen Marsh,
Rupert Tansley, Samir Chowdhury and Colin Ridsdale (substitute), and Co-opted Independent Member Leonard Graves.</p>
<p><b>In attendance:</b> Harriet Vane-Lowther (Police and Crime Commissioner), Julian Ashby (Chief Executive,
OPCC), Tessa Greenhalgh (Panel Support Officer).</p>
<p><b>Apologies:</b> Councillors Gwen Hollis and Ann Pickersgill, and Moira Sheldrake.</p>

<h3><span class="mn">14/25</span>APOLOGIES AND SUBSTITUTES</h3>
<p>Apologies were received as recorded above. Councillor Ridsdale attended as substitute for Councillor Hollis.</p>
<h3><span class="mn">15/25</span>DECLARATIONS OF INTEREST</h3>
<p>None.</p>
<h3><span class="mn">16/25</span>MINUTES</h3>
<p>RESOLVED that the minutes of the meeting held on 13 March 2025 be confirmed and signed by the Chair.</p>
<h3><span class="mn">17/25</span>PUBLIC QUESTIONS</h3>
<p>A resident of Cowlam asked why the village's PCSO had been moved to Hallamere town centre. The Commissioner
explained the new deployment model and said that the force had already increased patrols in the rural wards at
weekends. The resident was told that she could raise the matter again at the Commissioner's next public
forum.</p>
<h3><span class="mn">18/25</span>VIOLENCE AGAINST WOMEN AND GIRLS STRATEGY</h3>
<p>The Chief Executive introduced the refreshed strategy. Members asked about arrest rates for domestic abuse
offences and about the waiting list for the perpetrator programme. The Commissioner undertook to provide members
with domestic abuse arrest rates for each district. She also offered to arrange a visit to the force's Safeguarding
Hub if members wished. Councillor Tansley suggested a Panel task group on stalking; the suggestion was not seconded.
A fuller report on the perpetrator programme would come back to the Panel in September.</p>
<p>RESOLVED that</p>
<p class="res">(1) the refreshed Violence Against Women and Girls Strategy be noted; and</p>
<p class="res">(2) the Panel Support Officer send the Panel's comments on the strategy to the Commissioner by 23
May 2025.</p>
<h3><span class="mn">19/25</span>PANEL BUDGET AND HOME OFFICE GRANT</h3>
<p>The Panel Support Officer reported that the Home Office grant for 2025/26 was &pound;71,400, unchanged from the
previous year.</p>
<p>RESOLVED that the Panel's budget for 2025/26 be approved.</p>
<p>The Panel Support Officer would circulate a statement of the Panel's spending in 2024/25 to members before the
July meeting.</p>
<h3><span class="mn">20/25</span>WORK PROGRAMME</h3>
<p>Members discussed the work programme. The Chair asked that the Commissioner's Annual Report be taken in July
rather than September.</p>
<p>RESOLVED that the work programme be approved, subject to the Annual Report moving to the July meeting.</p>
<h3><span class="mn">21/25</span>DATE OF NEXT MEETING</h3>
<p>Thursday, 10 July 2025 at 2.00 pm.</p>
<p style="margin-top:6mm">The meeting closed at 3.50 pm.</p>

<p class="ai pb">Item 5</p>
<h2>Actions arising</h2>
<p>Report of the Panel Support Officer. Purpose: to update members on actions from earlier meetings.</p>
<table>
<tr><th style="width:10%">Minute</th><th style="width:34%">Action</th><th style="width:14%">By</th>
<th style="width:28%">Progress</th><th style="width:14%">Status</th></tr>
<tr><td>52/24</td><td>Commissioner to share the estates strategy consultation responses</td><td>PCC</td>
<td>Shared with members on 2 April 2025.</td><td>Complete</td></tr>
<tr><td>8/25</td><td>Letter to the Chief Constable on the reopening of Cowlam front counter</td><td>Chair</td>
<td>Letter sent; response expected by the end of July.</td><td>Ongoing</td></tr>
<tr><td>10/25</td><td>Briefing for members on the Right Care Right Person model</td><td>OPCC</td>
<td>Moved to after the summer recess at the force's request.</td><td>Deferred</td></tr>
<tr><td>18/25</td><td>Domestic abuse arrest rates by district</td><td>PCC</td>
<td>Not yet received.</td><td>Outstanding</td></tr>
<tr><td>18/25(2)</td><td>Panel's comments on the VAWG strategy to be sent to the Commissioner</td><td>PSO</td>
<td>Sent on 21 May 2025.</td><td>Complete</td></tr>
</table>
<p><b>Recommendation:</b> That the Panel notes the update.</p>

<p class="ai pb">Item 8</p>
<h2>Work programme 2025/26</h2>
<table>
<tr><th style="width:24%">Meeting</th><th style="width:54%">Subject</th><th style="width:22%">Lead</th></tr>
<tr><td>18 September 2025</td><td>Perpetrator programme &ndash; waiting times and outcomes</td><td>OPCC</td></tr>
<tr><td>18 September 2025</td><td>Rural crime and the deployment of PCSOs</td><td>OPCC / Force</td></tr>
<tr><td>13 November 2025</td><td>Handling of complaints against the Commissioner</td><td>Panel Support Officer</td></tr>
<tr><td>13 November 2025</td><td>Right Care Right Person &ndash; members' briefing</td><td>OPCC</td></tr>
<tr><td>5 February 2026</td><td>Proposed precept 2026/27</td><td>OPCC</td></tr>
</table>
"""


def hallamere_pack(path: Path) -> None:
    css = page_css(
        "Hallamere Police and Crime Panel, 10 July 2025",
        "Page ",
        "'DejaVu Sans', Verdana, sans-serif",
        "9.5pt",
    )
    path.write_bytes(chromium_pdf(html_page("Agenda pack", css, HALLAMERE, lang="en-GB")))


# --- 3. Fellmarsh joint audit committee: minutes with an Action column of initials at the right margin --------

FELLMARSH = """
<style>
 table.m { border: none; }
 table.m td { border: none; padding: 2pt 4pt; font-size: 10pt; }
 table.m td.n { width: 9%; font-weight: bold; }
 table.m td.a { width: 11%; text-align: center; font-weight: bold; }
 table.m tr.h td { border-bottom: 0.6pt solid #000; font-weight: bold; }
</style>
<p style="text-align:center"><b>FELLMARSH POLICE AND CRIME COMMISSIONER AND CHIEF CONSTABLE OF FELLMARSH
CONSTABULARY</b></p>
<p style="text-align:center;font-size:13pt"><b>Joint Audit Committee</b></p>
<p style="text-align:center">Minutes of the meeting held at 10.00am on Wednesday 26 March 2025<br>Meeting Room 2,
Sheepwash Lane, Thirlby</p>
<p><b>Members:</b> Gillian Ashworth (Chair), Trevor Mabey, Nkechi Obi, Stuart Pardew</p>
<p><b>Officers:</b> Karen Whitlock, OPCC Chief Finance Officer (KW); Jamie Penhale, Force Chief Finance Officer
(JP); Siobhan Kerr, OPCC Governance Manager (SK); Alec Moyes, Head of Internal Audit, Cressford Audit Services
(AM); Lena Farthing, External Audit Manager, Barrowcliffe &amp; Co (LF)</p>
<p><b>Apologies:</b> Mark Tindall, Deputy Chief Constable</p>
<table class="m">
<tr class="h"><td class="n">Minute</td><td></td><td class="a">Action</td></tr>
<tr><td class="n">1.</td><td><b>Welcome and apologies</b><br>The Chair welcomed Nkechi Obi to her first meeting. Apologies were noted
from the Deputy Chief Constable.</td><td class="a"></td></tr>
<tr><td class="n">2.</td><td><b>Minutes of the meeting held on 11 December 2024 and matters arising</b><br>The minutes were
approved as a correct record.</td><td class="a"></td></tr>
<tr><td class="n"></td><td>Action 14 (refresh of the fraud risk assessment): complete, the refreshed assessment is
item 6 on this agenda.</td><td class="a"></td></tr>
<tr><td class="n"></td><td>Action 15 (training for members on the police pension scheme): to be arranged after the
valuation results are known; carried forward.</td><td class="a"></td></tr>
<tr><td class="n"></td><td>Action 16 (write-off of the seized cash balances): JP said the write-off was still with the
force's legal team.</td><td class="a"></td></tr>
<tr><td class="n">3.</td><td><b>Internal audit</b></td><td class="a"></td></tr>
<tr><td class="n">3a</td><td><b>Progress report</b><br>AM reported that seven of the ten audits in the 2024/25 plan were at
final report stage. Overtime controls had received limited assurance. Members asked for the agreed management
actions on overtime to be reported back with target dates at the June meeting.</td><td class="a">JP</td></tr>
<tr><td class="n">3b</td><td><b>Draft internal audit plan 2025/26</b><br>AM presented the draft plan of 220 days. Mr
Pardew suggested adding an audit of the force's drone unit; AM said it could be considered for 2026/27. RESOLVED
that (1) the internal audit plan for 2025/26 be approved, and (2) the Internal Audit Charter be re-adopted without
change.</td><td class="a"></td></tr>
<tr><td class="n">4.</td><td><b>External audit &ndash; audit plan for 2024/25</b><br>LF presented the audit plan. The
audit fee would rise by 9%. The Committee noted the plan. External audit findings are normally reported to the September meeting. The
Chair asked that the reasons for the fee increase be set out in writing for members.</td><td class="a">LF</td></tr>
<tr><td class="n">5.</td><td><b>Treasury management strategy</b><br>KW presented the strategy for 2025/26. The
Committee endorsed the strategy and recommended it to the Commissioner for approval. Ms Obi asked whether the
counterparty limits had been benchmarked; KW agreed to circulate the benchmarking note to members.</td><td class="a"></td></tr>
<tr><td class="n">6.</td><td><b>Fraud risk assessment</b><br>JP presented the refreshed assessment. The force already
runs an annual fraud awareness week each November. Members would have liked the counter-fraud policy to have been
reviewed alongside the assessment. The register of gifts and hospitality should be published on the
website by 30 April.</td><td class="a">SK</td></tr>
<tr><td class="n">7.</td><td><b>Risk management</b><br>SK presented the joint strategic risk register. Members
discussed the risk on the replacement of the command and control system, which remained red. The Committee asked
for a deep dive into that risk at its next meeting.</td><td class="a">JP / SK</td></tr>
<tr><td class="n">8.</td><td><b>Annual governance statements</b><br>RESOLVED that the draft annual governance statements
be noted, and that members' comments be sent to KW by 11 April 2025.</td><td class="a">All</td></tr>
<tr><td class="n">9.</td><td><b>Date of next meeting</b><br>Wednesday 25 June 2025 at 10.00am, Sheepwash
Lane.</td><td class="a"></td></tr>
</table>
"""


def fellmarsh_jac(path: Path) -> None:
    css = page_css("Joint Audit Committee 26.03.2025", "", "'Liberation Serif', 'Times New Roman', serif")
    path.write_bytes(chromium_pdf(html_page("Joint Audit Committee minutes", css, FELLMARSH, lang="en-GB")))


# --- 4. Wrayholme OPCC: a P&R board's notes dated without a year, with an action log ------------------------

WRAYHOLME = """
<style>
 .head td { border: none; padding: 1pt 4pt 1pt 0; }
 .log p { margin: 0 0 3pt 6mm; }
</style>
<p style="font-size:10pt;margin:0;color:#333">WRAYHOLME OFFICE OF THE POLICE AND CRIME COMMISSIONER</p>
<h1>Performance and Resources Board</h1>
<table class="head">
<tr><td style="width:18%"><b>Date</b></td><td>Thursday 16 January</td></tr>
<tr><td><b>Time</b></td><td>14:00 &ndash; 16:00</td></tr>
<tr><td><b>Location</b></td><td>Room G.14, Wrayholme House, Castle Wynd, Ardby</td></tr>
<tr><td><b>Chair</b></td><td>PCC</td></tr>
<tr><td><b>Attending</b></td><td>PCC; Chief Executive (CX); Chief Finance Officer (CFO); DCC; Director of Finance and
Resources (DFR); Head of Strategy and Performance, OPCC (HSP)</td></tr>
<tr><td><b>Apologies</b></td><td>Chief Constable; Head of Estates (HE)</td></tr>
<tr><td><b>Notes</b></td><td>Board Secretary</td></tr>
</table>

<h2>1. Notes of the last meeting</h2>
<p>The notes of the meeting on 12 December 2024 were accepted as a true record.</p>

<h2>2. Action log</h2>
<div class="log">
<p>71/24: Forward plan to be refreshed for the new year &ndash; HSP &ndash; done.</p>
<p>73/24: Overtime spend by department to come to the January board &ndash; DFR &ndash; on today's agenda; closed.</p>
<p>74/24: Business case for the second custody van &ndash; DCC &ndash; in hand, expected February.</p>
<p>75/24: Review of vehicle pool usage &ndash; DFR &ndash; not started; overdue.</p>
</div>

<h2>3. Quarter 3 finance report</h2>
<p>The DFR reported a forecast overspend of &pound;620k, driven by overtime in response policing and by fuel. The
force expects the overspend to reduce as student officers finish their tutorship. The PCC asked for a clearer
picture of overtime by command, which the DFR agreed to bring to the next board. The Board noted the report.</p>

<h2>4. Budget and precept 2025/26</h2>
<p>The CFO set out the draft budget. The proposed Band D precept of &pound;14 a year more was supported by the
Board for submission to the Police and Crime Panel on 6 February. The CX said that the precept consultation had
closed on 5 January with 2,140 responses. The CFO will send the final budget papers to the Panel's scrutiny
officer by 29 January. Members thought it would be useful to publish a summary of the
consultation results, but no one was asked to do it.</p>

<h2>5. Performance &ndash; quarter 3</h2>
<p>The HSP presented the dashboard. Solved rates for residential burglary were at 7%. The DCC said that a new
burglary investigation team would be in place from April. The PCC asked the DCC to report on the burglary team's
first results at the June board.</p>

<h2>6. Estates</h2>
<p>In the absence of the Head of Estates, the CX reported that the lease on Tolver Street would end in September.
It was agreed that the options for Tolver Street would be brought to the March board. The CX would ask the
Head of Estates to confirm the dilapidations liability on the building before then.</p>

<h2>7. New actions</h2>
<div class="log">
<p>01/25: Overtime spend by command, with the trend since April &ndash; DFR, Feb 25</p>
<p>02/25: Options paper on Tolver Street to come to the March P&amp;R Board &ndash; HE, March 25</p>
<p>03/25: First results of the burglary investigation team &ndash; DCC, June 25</p>
</div>

<h2>8. Forward plan</h2>
<p>February board: Police and Crime Plan delivery report; ICT strategy refresh.<br>
March board: Tolver Street options; treasury management strategy 2025/26.</p>

<h2>9. Next meeting</h2>
<p>Thursday 13 February, 14:00, Room G.14.</p>
"""


def wrayholme_pr(path: Path) -> None:
    css = page_css("P&R Board notes", "", "Calibri, Carlito, sans-serif", "10.5pt")
    path.write_bytes(chromium_pdf(html_page("P&R Board notes", css, WRAYHOLME, lang="en-GB")))


# --- 5. Eskdene Community Safety Partnership: Word minutes with an "Actions" list, exported by LibreOffice ---


def eskdene_csp(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    paragraph(doc, "Eskdene Community Safety Partnership", True, 15)
    paragraph(doc, "Partnership Board - minutes", True, 12)
    doc.add_paragraph(
        "Wednesday 8 May 2024, 10.00am, Committee Room B, Eskdene Council Offices, Bridge Street, Hawsby"
    )
    ruled_table(
        doc,
        [
            ["Attended", "Organisation"],
            ["Cllr Margaret Eland (Chair)", "Eskdene District Council"],
            ["Claire Entwistle (CE)", "Community Safety Manager, Eskdene District Council"],
            ["Insp. Roland Carr (RC)", "Eskdene Neighbourhood Policing Team"],
            ["Jas Lall (JL)", "Office of the Police and Crime Commissioner"],
            ["Dawn Oyelaran (DO)", "Housing Options Lead, Eskdene District Council"],
            ["Peter Naylor (PN)", "Station Manager, Fire and Rescue Service"],
            ["Apologies", ""],
            ["Hugh Tranter", "Probation Service"],
            ["Ruth Appleyard", "Integrated Care Board"],
        ],
    )
    paragraph(doc, "Welcome", True, 11)
    doc.add_paragraph("The Chair welcomed members. Apologies were noted as above.")
    paragraph(doc, "Notes of the last meeting and action tracker", True, 11)
    doc.add_paragraph("The notes of the meeting of 7 February 2024 were agreed.")
    doc.add_paragraph(
        "A/24/01 - refresh of the CCTV camera locations list: done, and the list has gone to the control room."
    )
    doc.add_paragraph(
        "A/24/02 - bid to the Safer Streets fund for Hawsby bus station: the bid was submitted in March; the "
        "outcome will be known in June."
    )
    doc.add_paragraph(
        "A/24/03 - information-sharing agreement with the housing associations: still open, as two associations "
        "have not signed."
    )
    paragraph(doc, "Anti-social behaviour in Hawsby town centre", True, 11)
    doc.add_paragraph(
        "RC reported 212 ASB incidents in the town centre between January and March, 30% up on the same months of "
        "2023, mostly around the bus station and the retail park after 6pm. The neighbourhood team has begun "
        "evening foot patrols on Fridays and Saturdays and will keep them going until the end of August. Members "
        "asked for the monthly hotspot figures to be shared with the Partnership so the trend can be followed."
    )
    doc.add_paragraph(
        "PN said that deliberate fires in wheelie bins had doubled. It would help if the district's bin collection "
        "days in the town centre were moved, but that is a matter for the waste contractor. The Chair said she "
        "would raise it with the Cabinet member for environment. PN would share the fire service's map of bin fires "
        "with RC after the meeting."
    )
    paragraph(doc, "Community Trigger review", True, 11)
    doc.add_paragraph(
        "CE presented the draft protocol for the ASB Case Review (Community Trigger). The Partnership approved the "
        "draft protocol for consultation with the three housing associations. CE will circulate it to members "
        "first for comment."
    )
    paragraph(doc, "Serious violence duty - strategic needs assessment", True, 11)
    doc.add_paragraph(
        "JL presented the OPCC's strategic needs assessment for the county. Eskdene's figures for knife crime are "
        "below the county average. The Partnership endorsed the needs assessment. JL undertook to get the "
        "Eskdene-only figures for under-25s from the OPCC analysts for the next meeting."
    )
    paragraph(doc, "Funding", True, 11)
    doc.add_paragraph(
        "CE reported that the Partnership has £18,500 unallocated in 2024/25. It was agreed that £6,000 be "
        "allocated to the Hawsby youth outreach project. Members hoped that the PCC's small grants round would "
        "reopen in the autumn."
    )
    paragraph(doc, "Any other business", True, 11)
    doc.add_paragraph(
        "DO said the council's homelessness strategy consultation opens on 3 June. The Hawsby Safer Community "
        "Day is fixed for Saturday 13 July on the market square."
    )
    paragraph(doc, "Actions", True, 11)
    for text in [
        "CE — circulate the draft Community Trigger protocol — by 20/05/24",
        "Monthly ASB hotspot figures to the Partnership – Insp. Carr – ongoing",
        "JL: Eskdene-only serious violence figures for under-25s, next meeting (7 Aug)",
        "By 31 May – DO – confirm the number of ASB cases referred by housing officers since January",
        "A/24/03 carried forward – chase the two housing associations for signature – CE/JL – June",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Next meeting: Wednesday 7 August 2024, 10.00am, Committee Room B.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 6. Little Wendham Parish Council: minutes numbered 98/24 ..., items out of order, "Action by" ----------


def little_wendham_pc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11.5)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("LITTLE WENDHAM PARISH COUNCIL")
    r.bold = True
    r.font.size = Pt(15)
    c = doc.add_paragraph(
        "Minutes of the Parish Council meeting held on Monday 4th November 2024 at 7.30pm in the Reading Room, "
        "Church Lane, Little Wendham"
    )
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Present: Cllrs H. Bellamy (Chair), T. Grice, S. Odell, P. Vickers and J. Amory. In attendance: Mrs L. "
        "Fenn (Clerk), PCSO Dean Whitlow (for minute 104/24), District Cllr Ray Stannard and two members of the "
        "public."
    )
    doc.add_paragraph(
        "The Chair proposed that item 104/24 (Police report) be taken first to allow PCSO Whitlow to leave for "
        "another meeting; this was agreed."
    )
    minutes = [
        (
            "104/24 Police report",
            [
                "PCSO Whitlow reported three thefts of fuel from farm vehicles at Wendham Bottom and a burglary at "
                "the allotment sheds. Officers were running a speed check rota on the B1184 and would be at Church "
                "Lane again this month. Residents were reminded to mark their tools. Cllr Odell asked whether a "
                "Community Speedwatch group could be restarted; PCSO Whitlow will send the Clerk the sign-up "
                "details.",
            ],
        ),
        (
            "98/24 Apologies for absence",
            ["Apologies were received and accepted from Cllr M. Cheshire (work)."],
        ),
        (
            "99/24 Declarations of interest",
            ["Cllr Vickers declared an interest in planning application 24/1187."],
        ),
        (
            "100/24 Minutes of the meeting held on 7th October",
            [
                "The minutes were approved and signed as a true record. Proposed Cllr Grice, seconded Cllr Amory, "
                "carried unanimously.",
            ],
        ),
        (
            "101/24 Matters arising",
            [
                "(a) Footpath 7 survey: the report had been circulated to all councillors on 21st October.",
                "(b) Bench at the recreation ground: the supplier has been chased twice and the bench is still "
                "not delivered.",
                "(c) Village sign repainting: postponed until the spring owing to the weather.",
            ],
        ),
        (
            "102/24 Planning",
            [
                "24/1187 Rear extension, 3 Mill Close: no objection. Cllr Vickers took no part.",
                "24/1203 Change of use of barn to holiday let, Glebe Farm: the Council resolved to object on "
                "highway grounds. Proposed Cllr Odell, seconded Cllr Grice; 4 for, 1 against; carried. The Clerk "
                "to submit the objection to the District Council before the consultation closes on 15th November. "
                "Action by: Clerk",
            ],
        ),
        (
            "103/24 Finance",
            [
                "The payments schedule for November (£1,842.60) was approved. Proposed Cllr Amory, seconded Cllr "
                "Bellamy, carried.",
                "Draft budget 2025/26: councillors considered a precept of £21,500. Cllr Grice proposed that the "
                "decision be deferred to the December meeting so that the grass-cutting quotes can be included; "
                "seconded Cllr Vickers, carried. Action by: Clerk – quotes to be obtained before the December "
                "meeting",
            ],
        ),
        (
            "105/24 Highways and footpaths",
            [
                "The pothole outside the school has been reported to the County Council twice. Cllr Vickers will "
                "report the blocked drain on Back Lane through the county's online form. Councillors would like "
                "the 30mph limit extended to the village hall, and the Chair said she would mention it to the "
                "County Councillor at the next opportunity.",
            ],
        ),
        (
            "106/24 Remembrance",
            [
                "The Remembrance Sunday service will take place at the war memorial at 10.50am on 10th November. "
                "The Chair will lay the wreath on behalf of the Council.",
            ],
        ),
        (
            "107/24 Correspondence",
            [
                "A letter from the Wendham Valley Cricket Club asking for a contribution to new nets was noted; "
                "the club will be invited to apply for a grant when the scheme reopens. Action by: Clerk",
            ],
        ),
        (
            "108/24 Date of next meeting",
            ["Monday 2nd December 2024 at 7.30pm in the Reading Room."],
        ),
    ]
    for title, paras in minutes:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_paragraph("The meeting closed at 9.02pm.")
    doc.add_paragraph(
        "Signed ........................................ Chair        Date ...................."
    )
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Carnbrook police ethics panel: notes in Word with "Action 2:" and "(1)" markers, exported to PDF -----


def carnbrook_ethics(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)
    paragraph(doc, "Carnbrook Police and Crime Commissioner and Carnbrook Constabulary", False, 10)
    paragraph(doc, "Independent Ethics Panel", True, 16)
    doc.add_paragraph(
        "Notes of the meeting held on Wednesday 9 April 2025, 18:00 - 20:15, by Microsoft Teams"
    )
    doc.add_paragraph(
        "Panel members: Dr Imogen Rathbone (Chair), Kofi Mensah, Bridget Halloran, Lewis Strachan, Aisha Begum"
    )
    doc.add_paragraph(
        "Also present: Supt Daniel Royce (Head of Professional Standards), Sgt Emma Tolland (Ethics Lead, "
        "Carnbrook Constabulary), Nadia Chaudry (Policy Officer, OPCC; Panel Secretary)"
    )
    doc.add_paragraph("Apologies: Professor Hal Brennock")
    paragraph(doc, "1. Welcome, apologies and declarations", True)
    doc.add_paragraph("The Chair welcomed members. No declarations were made.")
    paragraph(doc, "2. Notes and actions from 15 January 2025", True)
    doc.add_paragraph("The notes of 15 January 2025 were agreed without amendment.")
    doc.add_paragraph(
        "Action 1: the Panel's terms of reference were published on the OPCC website in February. Complete."
    )
    doc.add_paragraph(
        "Action 2: partially complete. The dilemma log has been set up but only two dilemmas have been added by "
        "the force so far."
    )
    doc.add_paragraph("Action 3: the recruitment of a youth member is on hold until the new financial year.")
    paragraph(doc, "3. Ethical dilemma: officers' use of personal social media", True)
    doc.add_paragraph(
        "Sgt Tolland presented a dilemma raised by a response officer who had been asked by neighbours, through a "
        "community Facebook group, about a recent incident on their street. The Panel discussed where the line "
        "falls between community engagement and disclosure. Members felt that the force's social media guidance "
        "should include a worked example of this kind. Should officers ever reply from personal accounts? Mr "
        "Mensah thought not; other members were less certain, and the Panel did not reach a single view."
    )
    doc.add_paragraph(
        "The Panel endorsed the draft advice note on personal social media, subject to the worked example being "
        "added. Sgt Tolland would add the worked example and return the note to the Chair for sign-off. She also "
        "agreed to ask the response teams to enter their two outstanding dilemmas in the log before the next "
        "meeting."
    )
    paragraph(doc, "4. Professional standards: outcomes of misconduct hearings", True)
    doc.add_paragraph(
        "Supt Royce presented the annual summary of misconduct hearings. Eleven hearings had been held in 2024, "
        "eight of them in public. The force has already begun publishing hearing outcomes on its website within "
        "28 days. Ms Halloran asked about the time taken to bring cases to a hearing; Supt Royce said the average "
        "was 14 months and agreed to follow up with a breakdown by case type. The Panel hoped that the new case "
        "management system would shorten these times."
    )
    paragraph(doc, "5. Panel work plan and annual report", True)
    doc.add_paragraph(
        "The Panel approved its work plan for 2025/26. The Chair undertook to draft the Panel's annual report for "
        "the Commissioner by the end of June. Mr Strachan offered to review the draft if the Chair wanted a second "
        "reader."
    )
    doc.add_paragraph(
        "The Commissioner's Accountability Board will receive the annual report at its meeting on 22 July."
    )
    paragraph(doc, "6. Any other business", True)
    doc.add_paragraph(
        "Ms Begum raised the national consultation on the Code of Ethics; the Panel agreed to submit a joint "
        "response."
    )
    paragraph(doc, "Actions from this meeting", True)
    for text in [
        "(1) Add a worked example on neighbourhood social media groups to the advice note and return it to the "
        "Chair. Owner: Sgt Tolland. Due: 30 April 2025.",
        "(2) Breakdown of the time taken to reach a misconduct hearing, by case type. Owner: Supt Royce. Due: next "
        "meeting.",
        "(3) Draft the Panel's response to the Code of Ethics consultation and circulate it to members. Owner: "
        "Panel Secretary. Due: 2 May 2025.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph(
        "Next meeting: Wednesday 16 July 2025, 18:00, Carnbrook Police Headquarters, Room 1.04."
    )
    path.write_bytes(libreoffice_pdf(doc))


# --- 8. Deverham PCC: a record of decisions in Word, with "Action by" and "By when" columns --------------


def deverham_decisions(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    paragraph(doc, "Police and Crime Commissioner for Deverham", False, 11)
    paragraph(doc, "Executive Decision Meeting: Record of Decisions", True, 16)
    doc.add_paragraph("Tuesday 3 June 2025 at 11.00am, Commissioner's Office, Shire Hall, Lanwick")
    doc.add_paragraph(
        "Present: Rosalind Achebe (Police and Crime Commissioner); Stephen Morley (Chief Executive); Jenna "
        "Whitcroft (Treasurer); ACC Paul Draycott (for the Chief Constable). Notes: Amir Hussain, Business "
        "Support Officer."
    )
    paragraph(doc, "Position on decisions taken earlier", True, 12)
    ruled_table(
        doc,
        [
            ["Ref", "Subject", "Position"],
            ["D2025/008", "Body armour replacement contract", "Contract signed on 12 May. Complete."],
            [
                "D2025/011",
                "Grant to Lanwick Women's Aid",
                "First instalment paid; second instalment due in October.",
            ],
            [
                "D2024/044",
                "Sale of land at Pitton Road",
                "Buyer withdrew; remarketing postponed to September.",
            ],
        ],
    )
    paragraph(doc, "Decisions taken at this meeting", True, 12)
    ruled_table(
        doc,
        [
            ["Ref", "Decision", "Implementation", "Action by", "By when"],
            [
                "D2025/019",
                "The Commissioner approved the Annual Report 2024/25.",
                "Send the Annual Report to the Police and Crime Panel and publish it on the website",
                "Chief Executive",
                "27 June 2025",
            ],
            [
                "D2025/020",
                "The Commissioner approved a grant of £45,000 to Deverham Rural Watch for 2025/26.",
                "Issue the grant agreement to Deverham Rural Watch",
                "Treasurer",
                "30/06/25",
            ],
            [
                "D2025/021",
                "The Commissioner agreed the revised Scheme of Consent.",
                "Publish the revised Scheme of Consent and brief force finance staff on the new limits",
                "Chief Executive / ACC Draycott",
                "July 2025",
            ],
            [
                "D2025/022",
                "The decision on replacing the force's drones was deferred to the July meeting, pending a "
                "revised quotation.",
                "Bring the revised drone quotation to the July decision meeting",
                "ACC Draycott",
                "July meeting",
            ],
            [
                "D2025/023",
                "The Commissioner noted the quarterly report on compliance with the Victims' Code.",
                "None",
                "-",
                "-",
            ],
        ],
    )
    paragraph(doc, "Notes of discussion", True, 12)
    for text in [
        "Annual Report: the Chief Executive reminded the Commissioner that the Panel would consider the report at "
        "its meeting on 10 July.",
        "Rural Watch: the Commissioner hoped to announce a second round of grants at the Deverham County Show in "
        "August. The Chief Executive would arrange for the Rural Watch coordinators to meet the Commissioner over "
        "the summer.",
        "Drones: ACC Draycott said the force had already trialled two replacement models at Lanwick airfield in "
        "April.",
        "Finance: the Commissioner will write to the Policing Minister about the unfunded part of the 2025 pay "
        "award. She asked the Treasurer to prepare a note on the effect of the pay award on the medium-term "
        "financial plan for the July meeting.",
    ]:
        doc.add_paragraph(text)
    paragraph(doc, "Decisions expected at future meetings", True, 12)
    for text in [
        "8 July 2025 - Replacement of the force's drones",
        "8 July 2025 - Medium-term financial plan refresh",
        "9 September 2025 - Commissioning of victims' services 2026-2028",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Next meeting: Tuesday 8 July 2025 at 11.00am, Shire Hall.")
    doc.save(path)


# --- 9. Dalmorrow Community Council: minutes in Word with "Action point:" lines ---------------------------


def dalmorrow_cc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("DALMORROW COMMUNITY COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    c = doc.add_paragraph(
        "Minutes of the Ordinary Meeting, Monday 19th May 2025, 7pm, Dalmorrow Community Hall"
    )
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Present: Ewan Lockhart (Chair), Catriona Baird (Secretary), Neil Gilchrist (Treasurer), Shona McAllister, "
        "Rab Duthie."
    )
    doc.add_paragraph(
        "In attendance: PC Kirsty Fraser (Police Scotland), Cllr Morven Shaw (ward councillor), six residents."
    )
    doc.add_paragraph("Apologies: Ishbel Reid.")
    sections = [
        (
            "1. Welcome and apologies",
            ["The Chair opened the meeting and noted the apology from Ishbel Reid."],
        ),
        (
            "2. Minutes of 14th April",
            ["Approved. Proposed Shona McAllister, seconded Rab Duthie."],
        ),
        (
            "3. Matters arising",
            [
                "Kirkmoss bus shelter: the report on the damaged shelter had been circulated to members.",
                "Defibrillator at the pier: CB has written to the lifeboat station about housing it; no reply yet.",
                "Path lighting at Shore Road: the Council's response is still awaited.",
            ],
        ),
        (
            "4. Police Scotland report",
            [
                "PC Fraser reported nine calls in the area since April, including a break-in at the boat yard and two "
                "reports of drivers speeding through Kirkmoss. Officers will carry out road safety checks on the "
                "coast road during the summer. PC Fraser said she would find out whether the data from the Kirkmoss "
                "speed sign can be shared with the community council.",
            ],
        ),
        (
            "5. Councillor's report",
            [
                "Cllr Shaw reported that the resurfacing of the harbour road is programmed for September and that "
                "the Council's consultation on school transport closes on 6th June. Cllr Shaw agreed to send the "
                "Secretary the link to the consultation.",
            ],
        ),
        (
            "6. Planning",
            [
                "25/00841/PP, four holiday pods at Balnagard: members were concerned about drainage and agreed to "
                "submit comments.",
                "Action point: Secretary to send the comments on 25/00841/PP to the planning department by 30th May.",
            ],
        ),
        (
            "7. Treasurer's report",
            [
                "The balance is £2,487.16. It was agreed to renew the public liability insurance at £312.",
            ],
        ),
        (
            "8. Gala day",
            [
                "The Dalmorrow gala will be held on Saturday 21st June at the playing field. Volunteers are needed "
                "for the tombola and the car park.",
                "Action point: SM and RD to organise the volunteer rota.",
            ],
        ),
        (
            "9. AOCB",
            [
                "A resident asked whether the community council could apply to the Beinn Dorcha wind farm fund for "
                "repairs to the hall roof. The Chair said this would be considered at the June meeting.",
                "Action point: Treasurer to get two quotes for the hall roof ahead of the June meeting.",
                "Rab Duthie wondered whether a second litter pick could be held in the autumn; there was no "
                "support for it this year.",
            ],
        ),
        ("10. Date of next meeting", ["Monday 16th June 2025 at 7pm in the Community Hall."]),
    ]
    for title, paras in sections:
        paragraph(doc, title, True)
        for text in paras:
            doc.add_paragraph(text)
    doc.save(path)


PAPERS = {
    "kestleigh-opcc-accountability-board-2025-05-20.pdf": kestleigh_board,
    "hallamere-police-and-crime-panel-agenda-pack-2025-07-10.pdf": hallamere_pack,
    "fellmarsh-joint-audit-committee-2025-03-26.pdf": fellmarsh_jac,
    "wrayholme-opcc-performance-and-resources-board-2025-01-16.pdf": wrayholme_pr,
    "eskdene-community-safety-partnership-2024-05-08.pdf": eskdene_csp,
    "little-wendham-parish-council-2024-11-04.pdf": little_wendham_pc,
    "carnbrook-police-ethics-panel-2025-04-09.pdf": carnbrook_ethics,
    "deverham-pcc-executive-decision-meeting-2025-06-03.docx": deverham_decisions,
    "dalmorrow-community-council-2025-05-19.docx": dalmorrow_cc,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
