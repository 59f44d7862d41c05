#!/usr/bin/env python3
"""Writes the late set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/late/build.py

Three PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them;
three are Word files written with python-docx and converted by LibreOffice (`soffice --headless
--convert-to pdf`); two papers are Word files written with python-docx. The HTML and the intermediate Word
files live only here and in a temporary folder while a paper is made.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
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
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #444; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-right {{ content: "{foot_right}" counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.38; color: #111; }}
    h1 {{ font-size: 15pt; margin: 0 0 3pt 0; }}
    h2 {{ font-size: 12pt; margin: 13pt 0 4pt 0; }}
    h3 {{ font-size: 10.5pt; margin: 11pt 0 3pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 5pt 0 9pt 0; }}
    th, td {{ border: 0.5pt solid #555; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; text-align: left; }}
    th {{ background: #e4e4e4; }}
    .pb {{ break-before: page; }}
    """


def _footer(section, left: str) -> None:
    """A footer line: the document's name, then "Page n of N"."""
    foot = section.footer.paragraphs[0]
    foot.add_run(f"{left}\t\tPage ")
    word_field(foot.add_run(), "PAGE")
    foot.add_run(" of ")
    word_field(foot.add_run(), "NUMPAGES")


def _no_borders(table) -> None:
    """A Word table drawn without rules, as a clerk lays out a margin column."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


# --- 1. Ebbesworth OPCC: an accountability board's minutes with a review of actions and an action schedule -----

EBBESWORTH = """
<style>
 .title { text-align: center; }
 .meta td { border: none; padding: 1pt 4pt; font-size: 10pt; }
 table.att td, table.att th { font-size: 9.5pt; }
 .item { font-weight: bold; font-size: 11pt; margin: 13pt 0 4pt 0; border-bottom: 0.5pt solid #999; }
</style>
<p style="font-size:9pt;text-align:left"><b>OFFICIAL</b></p>
<div class="title">
<p style="font-size:12pt;margin:0">Office of the Police and Crime Commissioner for Ebbesworth</p>
<h1>ACCOUNTABILITY BOARD</h1>
<p>Minutes of the meeting held on Tuesday 10 June 2025, 14:00 &ndash; 16:35<br>
Conference Room 2, Police Headquarters, Mardyke Road, Selbridge</p>
</div>

<table class="att">
<tr><th style="width:34%">Name</th><th style="width:52%">Role</th><th style="width:14%">Initials</th></tr>
<tr><td colspan="3"><b>Present</b></td></tr>
<tr><td>Helen Marsh-Whitby</td><td>Police and Crime Commissioner (Chair)</td><td>PCC</td></tr>
<tr><td>Colin Apted</td><td>Deputy Police and Crime Commissioner</td><td>DPCC</td></tr>
<tr><td>Rebecca Stannage</td><td>Chief Constable</td><td>CC</td></tr>
<tr><td>Owen Feltham</td><td>Deputy Chief Constable</td><td>DCC</td></tr>
<tr><td>Priya Lal</td><td>Assistant Chief Constable</td><td>ACC</td></tr>
<tr><td>Joanne Creasey</td><td>Chief Executive, OPCC</td><td>CEx</td></tr>
<tr><td>Martin Oduya</td><td>Chief Finance Officer, OPCC</td><td>CFO</td></tr>
<tr><td colspan="3"><b>In attendance</b></td></tr>
<tr><td>Lucy Penrose</td><td>Head of Performance, OPCC</td><td>LP</td></tr>
<tr><td>Dean Hargreaves</td><td>Superintendent, Rural and Wildlife Crime (item 5)</td><td>DH</td></tr>
<tr><td>Abi Tranter</td><td>Governance Officer (minutes)</td><td>AT</td></tr>
<tr><td colspan="3"><b>Apologies</b></td></tr>
<tr><td>Sarah Quill</td><td>Director of Finance, Ebbesworth Police</td><td>DoF</td></tr>
</table>

<p class="item">Item 1 &ndash; Welcome and apologies</p>
<p>The Commissioner welcomed members and noted the apology from the Director of Finance. There were no
declarations of interest.</p>

<p class="item">Item 2 &ndash; Minutes of 8 April 2025 and review of actions</p>
<p>The minutes of the meeting held on 8 April 2025 were agreed as an accurate record. The Board reviewed the
outstanding actions:</p>
<table>
<tr><th style="width:11%">Ref</th><th style="width:33%">Action</th><th style="width:9%">Owner</th><th style="width:9%">RAG</th><th style="width:38%">Update</th></tr>
<tr><td>AB/25/02</td><td>Options for the Selbridge front counter</td><td>CEx</td><td>Blue</td>
<td>Deferred to the September Board at the Chief Executive's request, pending the estates review.</td></tr>
<tr><td>AB/25/04</td><td>101 abandonment rates by hour of the day</td><td>ACC</td><td>Green</td>
<td>Complete &ndash; provided in the contact management paper at item 4.</td></tr>
<tr><td>AB/25/05</td><td>Confirm the funding for a second rural crime officer</td><td>CFO</td><td>Amber</td>
<td>Rural crime grant bid submitted; outcome expected in July.</td></tr>
<tr><td>AB/25/06</td><td>Share the stop and search scrutiny panel's findings with the Board</td><td>DCC</td><td>Green</td>
<td>Circulated on 2 May. Complete.</td></tr>
<tr><td>AB/25/07</td><td>Review of the out of court resolutions policy</td><td>ACC</td><td>Red</td>
<td>Overdue (due May); the policy lead post has been vacant since March.</td></tr>
</table>
<p>The Commissioner reported that the letter to the Home Office about the condition of the Selbridge custody
suite (action AB/25/03) had been sent on 24 April and that a reply was still awaited.</p>

<p class="item">Item 3 &ndash; Force performance: quarter 4 2024/25</p>
<p>The Chief Constable introduced the quarterly performance report. Total recorded crime had fallen by 3% over
the year, but shoplifting had risen by 14%, with the largest increases in the town centres of Selbridge and
Orme Bridge. The force had already introduced a daily review of wanted suspects in March, and the number of
outstanding suspects had fallen from 611 to 472. The Deputy Commissioner asked how the rise in shoplifting was
spread across the county; the Deputy Chief Constable said the figures were held by neighbourhood area and agreed
to bring a breakdown to the September Board. The Chief Constable offered to arrange a visit to the
Orme Bridge neighbourhood team if the Commissioner wished to see the new retail crime approach for herself.</p>
<p>The Board noted the performance report.</p>

<p class="item">Item 4 &ndash; Contact management and 101 call handling</p>
<p>The Assistant Chief Constable presented the paper. The average time to answer a 101 call in the quarter had
been 4 minutes 12 seconds, against a target of 3 minutes, and 17% of callers had abandoned their call, most of
them between 17:00 and 21:00. The force has been trialling a call-back service in the evening peak since May. The
Assistant Chief Constable would report the results of the call-back trial to the Board in October. The
Commissioner asked that the monthly 101 figures be published on the OPCC website; the Chief Executive would
arrange for them to appear from July.</p>
<p>The Board endorsed the proposal to recruit eight additional call handlers, funded from the contact management
reserve.</p>

<p class="item">Item 5 &ndash; Rural and wildlife crime</p>
<p>Superintendent Hargreaves described the work of the Rural Crime Team, which had recovered farm machinery and
vehicles worth &pound;412,000 during the year and had run three days of action against hare coursing with the
neighbouring forces. He would circulate the team's seizure figures for 2024/25 to Board members. The Deputy
Commissioner suggested a joint rural crime survey with the County Council; the Chief Constable preferred to wait
for the results of the national rural crime survey, and the suggestion was not pursued. The Deputy Commissioner
agreed to attend the Rural Crime Partnership's July meeting on the Commissioner's behalf.</p>

<p class="item">Item 6 &ndash; Revenue and capital outturn 2024/25</p>
<p>The Chief Finance Officer reported a revenue underspend of &pound;1.24m, mainly from police staff vacancies,
and slippage of &pound;3.1m in the capital programme, largely on the replacement of the Orme Bridge station. The
Board approved the transfer of the &pound;1.24m underspend to the capital reserve. The draft Statement of Accounts
would be circulated to members before it was published.</p>

<p class="item">Item 7 &ndash; Any other business</p>
<p>The Chief Executive reported that the Commissioner had written to the Minister for Policing about the share of
the rural policing grant received by Ebbesworth. It was agreed that the September meeting would include a
session on the refresh of the Police and Crime Plan.</p>

<p class="item">Item 8 &ndash; Date of next meeting</p>
<p>Tuesday 9 September 2025, 14:00, Conference Room 2, Police Headquarters.</p>

<h2 class="pb">Action schedule &ndash; Accountability Board 10 June 2025</h2>
<table>
<tr><th style="width:8%">ITEM</th><th style="width:56%">ACTION</th><th style="width:16%">OWNER</th><th style="width:20%">TIMESCALE</th></tr>
<tr><td>3</td><td>Breakdown of the rise in shoplifting by neighbourhood area</td><td>DCC</td><td>Sept Board</td></tr>
<tr><td>4</td><td>Report the results of the evening call-back trial</td><td>ACC</td><td>October 2025</td></tr>
<tr><td>5</td><td>Circulate the Rural Crime Team's seizure figures for 2024/25 to Board members</td><td>Supt Hargreaves</td><td>30/06/25</td></tr>
<tr><td>6</td><td>Circulate the draft Statement of Accounts 2024/25 to Board members</td><td>CFO</td><td>End of June</td></tr>
<tr><td>7</td><td>Add a session on the Police and Crime Plan refresh to the September agenda</td><td>CEx / AT</td><td>Sept Board</td></tr>
</table>
<p style="font-size:9pt">Actions shown as complete in the review of actions will be removed from the schedule
once the Board has seen this record.</p>
"""


def ebbesworth_board(path: Path) -> None:
    css = _page_css(
        "Accountability Board - 10 June 2025 - unconfirmed minutes",
        "OFFICIAL - Ebbesworth OPCC",
        "Page ",
        "'Liberation Sans', Arial, sans-serif",
    )
    path.write_bytes(
        chromium_pdf(html_page("Accountability Board minutes 10 June 2025", css, EBBESWORTH, "en-GB"))
    )


# --- 2. Haverleigh Police and Crime Panel: printed ModernGov minutes with numbered resolutions -------------------

HAVERLEIGH = """
<style>
 .min h3 { margin: 14pt 0 4pt 0; }
 .min h3 span { display: inline-block; width: 12mm; }
 .ind { margin-left: 12mm; }
 .res { margin-left: 20mm; }
 .small { font-size: 9pt; }
</style>
<p class="small" style="text-align:right">Public Document Pack</p>
<p style="text-align:center;font-size:13pt;margin-bottom:2pt"><b>HAVERLEIGH POLICE AND CRIME PANEL</b></p>
<p style="text-align:center">MINUTES of a meeting of the Haverleigh Police and Crime Panel held in the Council Chamber,
County Hall, Haverleigh on Thursday, 6 March 2025 at 10.00 am.</p>

<p><b>PRESENT:</b> Councillor Margaret Ellery (Chairman), Councillor Stephen Pask (Vice-Chairman), Councillor
Naveed Akhtar, Councillor Jill Cattermole, Councillor Ross Dunning, Councillor Hazel Fryer, Councillor Bernard Kett,
Councillor Tessa Lowther, Councillor Idris Vaughan, Mr Anthony Sillitoe (Independent Co-opted Member) and
Mrs Ruth Adeyemi (Independent Co-opted Member).</p>
<p><b>ALSO PRESENT:</b> Laurence Corby (Police and Crime Commissioner), Miriam Stott (Chief Executive, Office of the
Police and Crime Commissioner) and Howard Blane (Chief Finance Officer, Office of the Police and Crime
Commissioner).</p>
<p><b>OFFICERS:</b> Fern Ashdown (Panel Support Officer) and Jonathan Rudd (Legal Adviser to the Panel).</p>

<div class="min">
<h3><span>52.</span>APOLOGIES AND SUBSTITUTES</h3>
<p class="ind">Apologies for absence were received from Councillor Peter Wragg.</p>

<h3><span>53.</span>DECLARATIONS OF INTEREST</h3>
<p class="ind">Councillor Fryer declared an interest in minute 57 as a trustee of the Haverleigh Women's Refuge.</p>

<h3><span>54.</span>MINUTES OF THE PREVIOUS MEETING</h3>
<p class="ind"><b>RESOLVED:</b> That the minutes of the meeting held on 6 February 2025 be confirmed as a correct
record and signed by the Chairman.</p>
<p class="ind">Arising from minute 44 (Proposed Precept 2025/26), the Chief Executive confirmed that the
Commissioner had notified the billing authorities of the precept on 10 February, as the Panel had asked.</p>
<p class="ind">Arising from minute 46, the Panel Support Officer reported that the Panel's visit to the force
control room at Marlow Street had been booked for 2 April 2025.</p>
<p class="ind">Arising from minute 47, the information on compliance with the Victims' Code that Councillor Lowther
had requested had not yet been received and remained outstanding; the Chief Executive apologised for the delay.</p>

<h3><span>55.</span>PUBLIC QUESTION TIME</h3>
<p class="ind">Mr Dennis Harlow asked why the police station at Brindle Cross had closed its front counter on
Saturdays. The Commissioner replied that footfall on Saturdays had averaged four visitors and that the front
counter remained open on weekdays; residents could also use the online front counter at any time. Mr Harlow asked,
as a supplementary question, how many of the Saturday visitors had been reporting crimes. The Commissioner said he
did not have the figure to hand and would send Mr Harlow a written answer within ten working days.</p>

<h3><span>56.</span>POLICE AND CRIME PLAN PERFORMANCE REPORT - QUARTER 3 2024/25</h3>
<p class="ind">The Commissioner presented his report on progress against the four priorities of the Police and
Crime Plan. Members asked about the fall in the charge rate for rape offences, from 9% to 7%, and about the time
taken to answer 999 calls. The Commissioner said that the force had set up a dedicated rape and serious sexual
offences unit in January and that it was too early to judge its effect; he already meets the Chief Constable
weekly to review the figures. Councillor Dunning asked whether the Panel could see the figures for each district
rather than for the county as a whole.</p>
<p class="ind"><b>RESOLVED:</b> That</p>
<p class="res">(1) the performance report be noted; and</p>
<p class="res">(2) the Commissioner be requested to provide, for the Panel's meeting on 19 June 2025, the
performance figures for each of the four priorities broken down by district.</p>

<h3><span>57.</span>DOMESTIC ABUSE SERVICES - COMMISSIONING INTENTIONS</h3>
<p class="ind">The Chief Executive outlined the Commissioner's intentions for the recommissioning of community
domestic abuse services from April 2026, including a single contract for the county with lots for each district.
Councillor Fryer, having declared an interest, took no part in the discussion. In answer to a question from Mrs
Adeyemi, the Chief Executive said that the Office would hold two market engagement events in May and that she would
share the dates with members so that they could attend.</p>
<p class="ind"><b>RESOLVED:</b> That</p>
<p class="res">(1) the commissioning intentions be noted;</p>
<p class="res">(2) the Panel supports the proposal to include a lot for services for male victims; and</p>
<p class="res">(3) the Panel's comments on the draft service specification be sent to the Commissioner by the Panel
Support Officer by 21 March 2025.</p>

<h3><span>58.</span>COMPLAINTS AGAINST THE POLICE AND CRIME COMMISSIONER</h3>
<p class="ind">The Legal Adviser presented the annual report on complaints against the Commissioner. Three
complaints had been received in 2024, none of which had been upheld or referred to the Independent Office for
Police Conduct.</p>
<p class="ind"><b>RESOLVED:</b> That the annual report on complaints be noted.</p>

<h3><span>59.</span>MOTION - POLICE STATION FRONT COUNTERS</h3>
<p class="ind">Councillor Vaughan moved, and Councillor Kett seconded, that the Panel ask the Commissioner to reopen
the front counters closed on Saturdays since September 2024. Following debate, the motion was put to the vote and
was lost (three for, seven against, one abstention).</p>

<h3><span>60.</span>WORK PROGRAMME</h3>
<p class="ind">The Panel Support Officer presented the work programme for 2025/26:</p>
<table style="width:85%;margin-left:12mm">
<tr><th style="width:28%">Meeting</th><th>Item</th></tr>
<tr><td>19 June 2025</td><td>Police and Crime Plan performance - quarter 4 2024/25 (with district figures)</td></tr>
<tr><td>19 June 2025</td><td>Commissioner's Annual Report 2024/25</td></tr>
<tr><td>18 September 2025</td><td>Estates strategy and front counter provision</td></tr>
<tr><td>18 September 2025</td><td>Confirmation hearing: Deputy Police and Crime Commissioner (if required)</td></tr>
</table>
<p class="ind"><b>RESOLVED:</b> That the work programme be approved, with the addition of an item on the
Commissioner's road safety grants to the meeting on 18 September 2025.</p>

<h3><span>61.</span>DATE OF NEXT MEETING</h3>
<p class="ind">The next meeting of the Panel will be held on Thursday, 19 June 2025 at 10.00 am in the Council Chamber,
County Hall, Haverleigh.</p>
</div>
<p style="margin-top:14pt">The meeting closed at 12.41 pm.</p>
<p>CHAIRMAN</p>
"""


def haverleigh_panel(path: Path) -> None:
    css = _page_css(
        "Haverleigh Police and Crime Panel - 6 March 2025",
        "Minutes",
        "Page ",
        "'DejaVu Serif', Georgia, serif",
        "10pt",
    )
    path.write_bytes(chromium_pdf(html_page("Minutes - Police and Crime Panel", css, HAVERLEIGH, "en-GB")))


# --- 3. Westrigg PFCC: a board's agenda pack with the previous minutes, an actions report and a work programme ---

WESTRIGG = """
<style>
 .cover { text-align: center; margin-top: 30mm; }
 .np { display: grid; grid-template-columns: 10mm auto; column-gap: 2mm; }
 .act { font-weight: bold; margin-left: 12mm; }
 .ag td { border: none; border-bottom: 0.5pt solid #999; }
 .rep { font-size: 9pt; color: #333; }
</style>
<div class="cover">
<p style="font-size:12pt">WESTRIGG POLICE, FIRE AND CRIME COMMISSIONER</p>
<h1 style="font-size:20pt">Performance and Assurance Board</h1>
<p style="font-size:13pt">Tuesday 16 September 2025 at 10:00</p>
<p>Committee Room 1, Westrigg House, Portland Row, Aldmouth</p>
</div>
<p style="margin-top:18mm"><b>Membership:</b> Alison Verey (Police, Fire and Crime Commissioner, Chair); Graham Tolley (Chief
Constable); Nadia Fenwick (Chief Fire Officer); Robert Ince (Chief Executive and Monitoring Officer); Eleanor Baptiste
(Chief Finance Officer).</p>
<p>Enquiries: Will Garside, Business Manager, 01632 960 418.</p>

<h2 class="pb">AGENDA</h2>
<table class="ag">
<tr><th style="width:8%">No.</th><th style="width:62%">Item</th><th style="width:20%">Lead</th><th style="width:10%">Page</th></tr>
<tr><td>1</td><td>Welcome and apologies</td><td>Chair</td><td></td></tr>
<tr><td>2</td><td>Minutes of the meeting held on 15 July 2025</td><td>Chair</td><td>3</td></tr>
<tr><td>3</td><td>Actions arising</td><td>Business Manager</td><td>5</td></tr>
<tr><td>4</td><td>Police performance: quarter 1 2025/26</td><td>Chief Constable</td><td>-</td></tr>
<tr><td>5</td><td>Fire and rescue performance and on-call availability</td><td>Chief Fire Officer</td><td>-</td></tr>
<tr><td>6</td><td>HMICFRS fire and rescue inspection: improvement plan</td><td>Chief Fire Officer</td><td>-</td></tr>
<tr><td>7</td><td>Work programme 2025/26</td><td>Business Manager</td><td>6</td></tr>
<tr><td>8</td><td>Any other business</td><td>Chair</td><td></td></tr>
</table>
<p class="rep">Papers for items 4 to 6 will be presented at the meeting.</p>

<h2 class="pb">Agenda item 2</h2>
<p style="text-align:center"><b>WESTRIGG POLICE, FIRE AND CRIME COMMISSIONER<br>PERFORMANCE AND ASSURANCE BOARD</b></p>
<p style="text-align:center">Minutes of the meeting held on Tuesday 15 July 2025 at 10:00 in Committee Room 1,
Westrigg House, Aldmouth</p>
<p><b>Present:</b> Alison Verey (Police, Fire and Crime Commissioner, Chair); Graham Tolley (Chief Constable); Nadia
Fenwick (Chief Fire Officer); Robert Ince (Chief Executive and Monitoring Officer); Eleanor Baptiste (Chief Finance
Officer).</p>
<p><b>In attendance:</b> Kieran Moss (Deputy Chief Constable); Suzanne Pryce (Area Manager, Prevention, for item 4);
Will Garside (Business Manager, minutes).</p>
<p><b>Apologies:</b> Ian Maitland (Deputy Chief Fire Officer).</p>

<h3>1. Welcome and apologies</h3>
<div class="np"><div>1.1</div><div><p>The Commissioner welcomed members. Apologies were noted as above.</p></div></div>

<h3>2. Minutes of 20 May 2025 and matters arising</h3>
<div class="np"><div>2.1</div><div><p>The minutes of the meeting held on 20 May 2025 were approved.</p></div></div>
<div class="np"><div>2.2</div><div><p>Action PAB/19 (the data sharing agreement with the ambulance trust) had been completed; the
agreement was signed on 30 June.</p></div></div>
<div class="np"><div>2.3</div><div><p>Action PAB/21 (the review of on-call availability) was in progress; the Chief Fire Officer expected
the review to be finished in August.</p></div></div>

<h3>3. Police performance: year end 2024/25</h3>
<div class="np"><div>3.1</div><div><p>The Chief Constable presented the year-end report. Victim satisfaction had fallen to 71%, and
satisfaction among victims of domestic abuse was reported only annually. The force has always published its stop and
search data each month, and would continue to do so. The Deputy Chief Constable would circulate the force's revised
missing persons procedure to members once it had been approved.</p></div></div>
<div class="np"><div>3.2</div><div><p>The Board noted the year-end performance report.</p></div></div>
<p class="act">ACTION &ndash; CC to provide the Commissioner with the victim satisfaction survey results for domestic abuse victims by 31 August.</p>

<h3>4. Fire and rescue performance</h3>
<div class="np"><div>4.1</div><div><p>The Chief Fire Officer reported that on-call appliance availability had averaged 78% in the year,
with the lowest figures at Kelsby and Upper Arden. Area Manager Pryce reported that the service had carried out
9,830 home fire safety visits, and undertook to share the targets for 2025/26 with the Commissioner's office.
The Commissioner asked whether retained firefighters could be offered more flexible contracts; the Chief Fire Officer
said this was a matter for national negotiation and it was not taken further.</p></div></div>
<div class="np"><div>4.2</div><div><p>The Board approved the consultation timetable for the Community Risk Management Plan 2026-2030.</p></div></div>
<p class="act">ACTION &ndash; Chief Fire Officer to report on-call availability by station to the September meeting.</p>

<h3>5. Finance: outturn 2024/25</h3>
<div class="np"><div>5.1</div><div><p>The Chief Finance Officer reported a combined underspend of &pound;610,000. The Board approved
the carry-forward of &pound;420,000 into 2025/26 for the replacement of breathing apparatus.</p></div></div>
<p class="act">ACTION &ndash; Chief Finance Officer to circulate the medium-term financial plan assumptions to members by 31 July.</p>

<h3>6. Any other business</h3>
<div class="np"><div>6.1</div><div><p>The Commissioner informed the Board that she had written to the Home Secretary about the cost of
the firefighters' pension remedy. The Chief Executive would arrange the Board's annual assurance workshop for
October.</p></div></div>

<h3>7. Date of next meeting</h3>
<div class="np"><div>7.1</div><div><p>Tuesday 16 September 2025 at 10:00, Committee Room 1.</p></div></div>

<h2 class="pb">Agenda item 3 &ndash; Actions arising</h2>
<p class="rep">Report of the Business Manager. Progress at 5 September 2025.</p>
<table>
<tr><th style="width:9%">No.</th><th style="width:10%">Raised</th><th style="width:27%">Action</th><th style="width:11%">Lead</th>
<th style="width:9%">Due</th><th style="width:26%">Progress</th><th style="width:8%">RAG</th></tr>
<tr><td>PAB/21</td><td>20/05/25</td><td>Review of on-call availability</td><td>CFO (Fire)</td><td>Aug 25</td>
<td>Review finished; reported at item 5 of this agenda. Complete.</td><td>G</td></tr>
<tr><td>PAB/22</td><td>15/07/25</td><td>Victim satisfaction results for domestic abuse victims</td><td>CC</td><td>31/08/25</td>
<td>Results sent to the Commissioner on 28 August. Complete.</td><td>G</td></tr>
<tr><td>PAB/23</td><td>15/07/25</td><td>On-call availability by station</td><td>CFO (Fire)</td><td>Sep 25</td>
<td>On this agenda (item 5). Complete.</td><td>G</td></tr>
<tr><td>PAB/24</td><td>15/07/25</td><td>Circulate the MTFP assumptions</td><td>CFO</td><td>31/07/25</td>
<td>Held back until the pay award was announced; circulated on 12 August. Complete.</td><td>G</td></tr>
<tr><td>PAB/25</td><td>15/07/25</td><td>Circulate the revised missing persons procedure</td><td>DCC</td><td>Sep 25</td>
<td>Being revised to reflect new College of Policing guidance; now expected in November.</td><td>A</td></tr>
<tr><td>PAB/26</td><td>15/07/25</td><td>Annual assurance workshop</td><td>Chief Executive</td><td>Oct 25</td>
<td>Booked for 21 October at Aldmouth fire station.</td><td>G</td></tr>
<tr><td>PAB/27</td><td>15/07/25</td><td>Share the home fire safety visit targets for 2025/26</td><td>AM Pryce</td><td>Aug 25</td>
<td>Not yet received. Overdue.</td><td>R</td></tr>
</table>
<p>Recommendation: that the Board notes progress and agrees that the actions shown as complete be closed.</p>

<h2 class="pb">Agenda item 7 &ndash; Work programme 2025/26</h2>
<table>
<tr><th style="width:18%">Meeting</th><th style="width:48%">Item</th><th style="width:18%">Lead</th><th style="width:16%">Purpose</th></tr>
<tr><td>18 November 2025</td><td>Police performance: quarter 2 2025/26</td><td>Chief Constable</td><td>Scrutiny</td></tr>
<tr><td>18 November 2025</td><td>Fire and rescue performance: quarter 2 2025/26</td><td>Chief Fire Officer</td><td>Scrutiny</td></tr>
<tr><td>18 November 2025</td><td>Draft budget and precept proposals 2026/27</td><td>Chief Finance Officer</td><td>Discussion</td></tr>
<tr><td>20 January 2026</td><td>Police and fire precept proposals 2026/27</td><td>Chief Finance Officer</td><td>Decision</td></tr>
<tr><td>20 January 2026</td><td>Missing persons procedure</td><td>Deputy Chief Constable</td><td>Assurance</td></tr>
</table>
"""


def westrigg_pack(path: Path) -> None:
    css = _page_css(
        "Performance and Assurance Board - 16 September 2025",
        "Westrigg Police, Fire and Crime Commissioner",
        "",
        "'Liberation Serif', 'Times New Roman', serif",
        "11pt",
    )
    path.write_bytes(chromium_pdf(html_page("PAB agenda pack 16 September 2025", css, WESTRIGG, "en-GB")))


# --- 4. Dromakeel Joint Policing Committee: minutes in Word, exported to PDF by LibreOffice ----------------------

DROMAKEEL_MEMBERS = [
    ("Name", "Representing"),
    ("Cllr Siobhán Mulready (Cathaoirleach)", "Corrinmore County Council"),
    ("Cllr Dermot Fahy", "Corrinmore County Council"),
    ("Cllr Áine Costigan", "Corrinmore County Council"),
    ("Cllr Pádraig Hurley", "Corrinmore County Council"),
    ("Cllr Noel Brennock", "Corrinmore County Council"),
    ("Deputy Majella Tuohy TD", "Oireachtas"),
    ("Ms Eileen Grogan", "Community and voluntary sector"),
    ("Mr Tom Feeney", "Dromakeel Community Alert"),
]

DROMAKEEL_ITEMS: list[tuple[str, list[str], list[str]]] = [
    (
        "Item 1: Minutes of meeting held on 16th September 2024",
        [
            "The minutes of the meeting held on 16th September 2024 were proposed by Cllr Fahy, seconded by Cllr "
            "Costigan and adopted."
        ],
        [],
    ),
    (
        "Item 2: Matters arising",
        [
            "Speed signs at Knockrea N.S.: the Senior Executive Officer confirmed that the two flashing speed signs "
            "at Knockrea National School were installed in October. Complete.",
            "CCTV at Dromakeel Quay: the application to the Department of Justice for the community CCTV grant was "
            "submitted on 4th November and a decision is awaited.",
            "Letter to the Minister for Justice on Garda numbers in the district: sent on 20th September; no reply "
            "has been received to date.",
            "Public lighting on the Old Mill Road: still outstanding. The ESB is due to connect the new columns in "
            "January.",
        ],
        [],
    ),
    (
        "Item 3: Garda report",
        [
            "Chief Superintendent Dineen presented the report for the period to 31st October. Burglaries were down "
            "18% on the same period last year and there had been 41 drug seizures, three of them significant. "
            "Operation Thor continues through the winter months.",
            "Cllr Hurley raised anti-social behaviour at the Fair Green on weekend nights. Superintendent Keegan said "
            "that additional patrols would be deployed there on Friday and Saturday nights. Cllr Costigan asked how "
            "many Gardaí were now assigned to Dromakeel station; Chief Superintendent Dineen undertook to provide the "
            "figures for each station in the district to members before the next meeting. Deputy Tuohy said she "
            "would continue to raise Garda recruitment in the Dáil.",
            "The Committee noted the Garda report.",
        ],
        [],
    ),
    (
        "Item 4: Road safety",
        [
            "Ms Lacey, Senior Executive Officer, presented the road safety update. There had been two fatal "
            "collisions in the district this year, one of them at the R488 junction at Carrowkeel. Sergeant "
            "Moloney will visit the three secondary schools in the district with the Road Safety Officer in the new "
            "year.",
        ],
        [
            "Senior Executive Officer to arrange a road safety audit of the R488 junction at Carrowkeel and report "
            "back to the next meeting."
        ],
    ),
    (
        "Item 5: Community CCTV",
        [
            "Mr Cusack, Director of Services, outlined the community CCTV scheme for Dromakeel Quay and the Main "
            "Street, which will be operated under a code of practice agreed with An Garda Síochána. It was agreed to "
            "set up a sub-group to oversee the scheme, made up of Cllr Fahy, Cllr Costigan and Mr Feeney.",
        ],
        ["Meetings Administrator to convene the first meeting of the CCTV sub-group by 20th December."],
    ),
    (
        "Item 6: Community safety and older people",
        [
            "Ms Grogan raised the concerns of older people living alone in the rural parts of the district. "
            "Sergeant Moloney said he would be glad to speak at any Community Alert group's meeting if the group "
            "wished to invite him. Mr Feeney agreed to circulate the Text Alert registration forms to the Community "
            "Alert groups.",
        ],
        [],
    ),
    (
        "Item 7: Any other business",
        [
            "Cllr Brennock proposed that the Committee hold a public meeting in Cloonfada in the spring. This was "
            "seconded by Cllr Hurley and agreed.",
        ],
        ["Meetings Administrator to book a venue in Cloonfada for the spring public meeting."],
    ),
    (
        "Date of next meeting",
        ["The next meeting will take place on Monday 3rd March 2025 at 3.00 p.m. in the Council Chamber."],
        [],
    ),
]


def dromakeel_jpc(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    head = section.header.paragraphs[0]
    head.text = "Dromakeel Joint Policing Committee"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _footer(section, "Minutes – JPC 25th November 2024")
    for text, size in (("CORRINMORE COUNTY COUNCIL", 12), ("DROMAKEEL JOINT POLICING COMMITTEE", 14)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    p = doc.add_paragraph(
        "Minutes of meeting held in the Council Chamber, Dromakeel Civic Offices, on Monday 25th November 2024 at "
        "3.00 p.m."
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph(doc, "Members present:", True)
    ruled_table(doc, [list(r) for r in DROMAKEEL_MEMBERS])
    paragraph(doc, "An Garda Síochána:", True)
    doc.add_paragraph(
        "Chief Superintendent Fergal Dineen; Superintendent Orla Keegan; Sergeant Ciarán Moloney, Community "
        "Engagement"
    )
    paragraph(doc, "Officials:", True)
    doc.add_paragraph(
        "Mr Brendan Cusack, Director of Services; Ms Gráinne Lacey, Senior Executive Officer; Mr Declan Fogarty, "
        "Meetings Administrator"
    )
    paragraph(doc, "Apologies:", True)
    doc.add_paragraph("Senator Liam Garrihy; Cllr Rory Phelan")
    for title, paras, actions in DROMAKEEL_ITEMS:
        paragraph(doc, title, True, 12)
        for text in paras:
            doc.add_paragraph(text)
        for text in actions:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.add_run("Action: ").bold = True
            p.add_run(text)
    doc.add_paragraph("This concluded the business of the meeting.")
    doc.add_paragraph("Signed: ______________________  Cathaoirleach          Date: ____________")
    path.write_bytes(libreoffice_pdf(doc))


# --- 5. Hessleton Parish Council: minutes in Word with "Owner: … Due: …" lines, exported to PDF by LibreOffice ---

HESSLETON: list[tuple[str, str, list[str], list[str]]] = [
    (
        "35/25",
        "Apologies for absence",
        ["Apologies were received from Cllr Tom Birtwhistle (work commitments)."],
        [],
    ),
    (
        "36/25",
        "Declarations of interest",
        [
            "Cllr Lanyon declared a personal interest in planning application 25/00412/FUL (minute 44/25) as a "
            "neighbour of the applicant and left the room for that item."
        ],
        [],
    ),
    (
        "37/25",
        "Minutes of the last meeting",
        [
            "The minutes of the meeting held on 10 February 2025 were approved and signed by the Chairman as a true "
            "record. Proposed Cllr Dacre, seconded Cllr Pyke, all in favour."
        ],
        [],
    ),
    (
        "38/25",
        "Police report",
        [
            "PCSO Rudge reported seven crimes in the parish in February, including two thefts of tools from vans in "
            "Mill Lane. The Safer Neighbourhood Team will be carrying out speed checks on Church Road during March. "
            "PCSO Rudge offered to hold a drop-in surgery at the village hall if the Council would like one."
        ],
        [],
    ),
    (
        "39/25",
        "Public participation",
        [
            "A resident raised the pothole outside 3 Back Lane; the Clerk had already reported it to the County "
            "Council on 3 March. A second resident said that the hedge along footpath HE/12 had grown across the "
            "path, and the Clerk will write to the landowner asking for it to be cut back."
        ],
        [],
    ),
    (
        "40/25",
        "County Councillor's report",
        [
            "Cllr Ansty reported that the County Council had set its budget with a council tax increase of 4.99%. "
            "Cllr Ansty would ask Highways for a date for the resurfacing of Station Road, promised for last "
            "summer."
        ],
        [],
    ),
    (
        "41/25",
        "Matters arising from previous minutes (for information only)",
        [
            "Min 22/25 – Bus shelter, Church Road: roof repaired on 24 February. Complete.",
            "Min 24/25 – Defibrillator pads: replacement pads are on order and expected by the end of March.",
            "Min 27/25 – Allotment water supply: a quotation from the water company is still awaited.",
            "Min 30/25 – Village sign: refurbishment put off until the summer so that the new oak can season.",
        ],
        [],
    ),
    (
        "42/25",
        "Finance",
        [
            "a) RESOLVED that the payments listed below be approved. Proposed Cllr Sutcliffe, seconded Cllr Ebdon, "
            "all in favour: K Ollerton, salary and expenses, March, £412.60; Hessleton Village Hall, room hire, "
            "£24.00; Brightwell Landscapes, grass cutting, £186.00; HMRC, PAYE, £61.40.",
            "b) The bank reconciliation to 28 February 2025 was checked and signed by the Chairman.",
            "c) RESOLVED to reappoint Mrs L Hardcastle as internal auditor for 2024/25 at a fee of £180.",
        ],
        ["Owner: Clerk. Due: 31 March. Confirm the internal auditor's appointment in writing."],
    ),
    (
        "43/25",
        "Highways – speed indicator device",
        [
            "The Council considered the purchase of a second speed indicator device (SID) at £2,450, from the "
            "Community Infrastructure Levy balance. Proposed Cllr Lanyon, seconded Cllr Dacre; carried, five in "
            "favour and one against. The SID will be moved between the four agreed sites every two weeks."
        ],
        [
            "Owner: Clerk. Due: April meeting. Order the second SID and arrange its installation.",
            "Owner: Cllr Dacre. Due: before installation. Draw up a rota of volunteers to move the SIDs.",
        ],
    ),
    (
        "44/25",
        "Planning",
        [
            "25/00412/FUL – Single storey rear extension, 4 Mill Lane: the Council had no objection.",
            "25/00398/OUT – Outline application for nine dwellings, land west of Orchard Close: RESOLVED to object "
            "on the grounds of the access onto Church Road and the loss of the green gap between Hessleton and "
            "Upper Hessleton.",
            "Decisions of the District Council were noted: 25/00215/FUL, 12 The Green, approved.",
        ],
        [],
    ),
    (
        "45/25",
        "Annual Parish Meeting",
        [
            "It was agreed to hold the Annual Parish Meeting on Monday 28 April 2025 at 7.00 pm in the village hall, "
            "with reports from the village groups."
        ],
        ["Owner: Chairman / Clerk. Due: 14 April. Invite the village groups to give reports."],
    ),
    (
        "46/25",
        "Correspondence",
        [
            "A letter from the MP about rural bus services was noted. The Chairman reported that she had written to "
            "the Secretary of State for Transport about the withdrawal of the Sunday service on route 47."
        ],
        [],
    ),
    (
        "47/25",
        "Items for the next agenda",
        ["Tree survey of the village green; accessibility statement for the Council's website."],
        [],
    ),
    (
        "48/25",
        "Date of next meeting",
        ["Monday 14 April 2025 at 7.30 pm in Hessleton Village Hall."],
        [],
    ),
]


def hessleton_pc(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    _footer(section, "Hessleton Parish Council – Minutes 10.03.25 – Chairman's initials ……")
    for text, size in (("HESSLETON PARISH COUNCIL", 15),):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    p = doc.add_paragraph(
        "Minutes of the meeting of the Parish Council held on Monday 10 March 2025 at 7.30 pm in Hessleton Village "
        "Hall"
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Present: Cllrs Angela Bright (Chairman), Philip Dacre, Moira Sutcliffe, Hugh Lanyon, Chris Ebdon and Janet "
        "Pyke. In attendance: Karen Ollerton (Clerk and RFO), County Cllr Derek Ansty (to minute 41/25), PCSO Amy "
        "Rudge (minute 38/25) and four members of the public."
    )
    for number, title, paras, owners in HESSLETON:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(f"{number}\t{title.upper()}").bold = True
        for text in paras:
            q = doc.add_paragraph(text)
            q.paragraph_format.left_indent = Cm(1.5)
        for text in owners:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.5)
            q.add_run(text).italic = True
    doc.add_paragraph("The meeting closed at 9.12 pm.")
    doc.add_paragraph("Signed ……………………………… Chairman        Date ……………")
    path.write_bytes(libreoffice_pdf(doc))


# --- 6. Cotterbrook Neighbourhood Policing Panel: notes in Word, exported to PDF by LibreOffice -------------------

COTTERBROOK_ATTENDANCE = [
    ("Name", "Representing"),
    ("Graham Poole (Chair)", "Cotterbrook Residents' Forum"),
    ("Sheila Amos (Vice-chair)", "Sycamore Estate Tenants' Association"),
    ("Cllr Ranjit Dhillon", "Ward councillor, Cotterbrook"),
    ("Fr Michael Tully", "St Columba's Church"),
    ("Bev Ashworth", "Cotterbrook Primary School"),
    ("Insp Lauren Pike", "Dunmere Police – Neighbourhood Inspector"),
    ("PC Simon Gill", "Dunmere Police – Cotterbrook Neighbourhood Team"),
    ("PCSO Kerry Nwosu", "Dunmere Police – Cotterbrook Neighbourhood Team"),
    ("Jade Fairclough", "Cotterbrook Housing – Tenancy Enforcement"),
    ("Debbie Lowe", "Panel secretary (notes)"),
]

COTTERBROOK_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Welcome and apologies",
        [
            "Graham welcomed everyone. Apologies were received from Cllr Yvonne Tait and from Mark Brierley "
            "(manager, Hollis Street Co-op)."
        ],
    ),
    (
        "Notes of the last meeting (23 October 2024)",
        ["The notes were agreed as a correct record."],
    ),
    (
        "Actions from the last meeting",
        [
            "Cllr Dhillon to ask the council to trim the trees blocking the street light on the Mews footpath – "
            "done in November.",
            "PCSO Nwosu to arrange a bike-marking session at the primary school – held on 4 December; 46 bikes "
            "marked. Done.",
            "Cotterbrook Housing to look at the faulty CCTV camera at Beech Court – camera still not working; "
            "Jade is chasing the contractor. Ongoing.",
            "Debbie to write to Vale Buses about the damaged shelter on Hollis Street – carried forward, as Debbie "
            "had been unwell.",
        ],
    ),
    (
        "Update on the October priorities",
        [
            "Drug dealing around the Hollis Street shops: PC Gill reported that two warrants had been executed in "
            "November and three people charged. The panel agreed this priority had been achieved and could be "
            "closed.",
            "Anti-social behaviour on the Sycamore Estate: reports down from 38 to 21 over the quarter, but "
            "residents said it was still a problem in the evenings. Continuing.",
            "Speeding on Cotter Lane: two speed checks held, 23 drivers reported. Continuing.",
        ],
    ),
    (
        "Crime and incidents since October",
        [
            "Insp Pike reported 212 crimes in the ward since the last meeting, 9% fewer than in the same period last "
            "year. Shoplifting at the Co-op had risen. The neighbourhood team had already carried out two weeks of "
            "action on the Sycamore Estate in December with Cotterbrook Housing."
        ],
    ),
    (
        "Community concerns",
        [
            "Bev Ashworth said that parking on the zig-zag lines outside the primary school at drop-off time was "
            "getting worse. Cllr Dhillon said he would raise it with the council's parking enforcement team and ask "
            "them to visit at school times. Residents reported off-road motorbikes on the Cotter brook path and the "
            "recreation ground on Sunday afternoons; PC Gill said officers would patrol the path on Sunday "
            "afternoons. Fr Tully said the church hall could host a crime prevention event if the police wanted "
            "to hold one.",
        ],
    ),
    (
        "Setting the priorities for February to April",
        [
            "After discussion the panel voted on the suggestions and agreed three priorities for February to April: "
            "(1) off-road motorbikes on the brook path and the recreation ground; (2) parking outside the primary "
            "school; (3) shoplifting at the Hollis Street shops. Sheila Amos would put the new priorities in the "
            "tenants' newsletter."
        ],
    ),
    (
        "Any other business",
        [
            "The community centre will close for refurbishment from April. It was agreed that the panel would meet "
            "at Cotterbrook Library from April until the refurbishment is finished. Graham reported that the "
            "Residents' Forum had already bought a second speed indicator sign for Cotter Lane."
        ],
    ),
]

COTTERBROOK_ACTIONS = [
    "PCSO Nwosu — speak to Cotterbrook Primary about a parking leaflet for parents — by 14 February",
    "PC Gill — find out whether the force's off-road bike team can visit the brook path — next meeting",
    "Jade Fairclough — report back on the Beech Court CCTV camera — next meeting",
    "Debbie Lowe — write to Vale Buses about the Hollis Street shelter — end of February",
    "Graham Poole — book the library meeting room for April to October — March",
]


def cotterbrook_panel(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10)
    head = section.header.paragraphs[0]
    head.text = "Cotterbrook Neighbourhood Policing Panel"
    _footer(section, "Notes of the meeting of 29 January 2025")
    paragraph(doc, "Cotterbrook Neighbourhood Policing Panel", True, 16)
    doc.add_paragraph(
        "Notes of the panel meeting held on Wednesday 29 January 2025 at 7.00pm, Cotterbrook Community Centre, Hollis "
        "Street"
    )
    paragraph(doc, "Attending", True, 11)
    ruled_table(doc, [list(r) for r in COTTERBROOK_ATTENDANCE])
    for title, paras in COTTERBROOK_SECTIONS:
        paragraph(doc, title, True, 11)
        bullets = title.startswith(("Actions from", "Update on"))
        for text in paras:
            doc.add_paragraph(text, style="List Bullet" if bullets else None)
    paragraph(doc, "Actions", True, 11)
    for text in COTTERBROOK_ACTIONS:
        doc.add_paragraph(text, style="List Bullet")
    paragraph(doc, "Next meeting", True, 11)
    doc.add_paragraph("Wednesday 30 April 2025, 7.00pm, Cotterbrook Library (first floor meeting room).")
    path.write_bytes(libreoffice_pdf(doc))


# --- 7. Strelford OPCC: a joint executive board's record and action log in Word, "01/25: … XY, March 25" ----------

STRELFORD_OLD = [
    (
        "01/25: Present a recovery plan for the firearms licensing backlog. CM, March 25.",
        "Plan presented at the April meeting; renewals outstanding down from 1,140 to 690.",
        "Complete",
    ),
    (
        "02/25: Agree the scope of the joint estates review with the force. TG/GL, April 25.",
        "Scope agreed on 2 May; the review is under way.",
        "Complete",
    ),
    (
        "04/25: Report the whole-life cost of the new body-worn video contract. GL, May 25.",
        "Contract award paused after a procurement challenge.",
        "On hold",
    ),
    (
        "05/25: Circulate the draft annual report on the Police and Crime Plan. TG, June 25.",
        "Draft circulated on 27 June; comments by 18 July.",
        "Complete",
    ),
    (
        "06/25: Publish the OPCC gifts and hospitality register each quarter. BO, June 25.",
        "First quarter published on 30 June; next due in October.",
        "Ongoing",
    ),
    (
        "07/25: Provide data on children repeatedly reported missing from care homes. AF, June 25.",
        "Not yet provided.",
        "Overdue",
    ),
    (
        "08/25: Arrange the PCC's visit to the Strelford custody suite. BO, July 25.",
        "Visit booked for 24 July.",
        "In progress",
    ),
]

STRELFORD_NEW = [
    ("09/25", "Bring a recovery plan for overtime spending to the August JEB.", "GL, Aug 25."),
    (
        "10/25",
        "Share the VAWG delivery plan 2025-27 with the three Community Safety Partnerships.",
        "CM, Sept 25.",
    ),
    ("11/25", "Provide a breakdown of the quarter 1 overtime spend by department.", "GL & CM, 31/07/25."),
    ("12/25", "Add the findings of the estates review to the September JEB agenda.", "BO, Sept 25."),
]

STRELFORD_NOTES = [
    (
        "2.1 Finance: quarter 1 forecast",
        "The Director of Finance reported a forecast overspend of £0.9m, mostly on overtime during the spring "
        "events season. The Board agreed a virement of £350,000 from the vehicles budget to overtime. GL will "
        "bring a recovery plan for overtime spending to the August meeting.",
    ),
    (
        "2.2 Neighbourhood Policing Guarantee",
        "The Chief Constable reported that the force had already named a neighbourhood officer for each of the 41 "
        "wards in April. The PCC asked that the officers' names be published on the OPCC website; TG would arrange "
        "this.",
    ),
    (
        "2.3 Violence against women and girls",
        "The DCC presented the VAWG delivery plan 2025-27. The Board endorsed the plan. CM undertook to share it "
        "with the Community Safety Partnerships.",
    ),
    (
        "2.4 Any other business",
        "The PCC had written to the Home Secretary about the police funding formula. The Chief Constable said that, "
        "if the PCC wished, the force could provide a briefing on the Police Digital Service charges. SR would "
        "circulate the draft Treasury Management Strategy for comment by the end of July.",
    ),
]


def strelford_log(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _footer(section, "Strelford OPCC – JEB record 08/07/25")
    paragraph(doc, "Strelford Office of the Police and Crime Commissioner", False, 10)
    paragraph(doc, "Joint Executive Board (JEB) – Record and Action Log", True, 15)
    doc.add_paragraph(
        "Date: 8 July 2025    Time: 09:30 – 11:45    Venue: Meeting Room 3, Strelford Police HQ, Wyke Lane"
    )
    doc.add_paragraph(
        "Present: Rhiannon Gale, PCC (RG) – Chair; Andrew Firth, Chief Constable (AF); Carol Mensah, DCC (CM); Tom "
        "Garvey, Chief Executive OPCC (TG); Sunita Rao, CFO OPCC (SR); Gareth Lowe, Director of Finance (GL). "
        "Notes: Beth Orchard (BO). Apologies: Neil Bassett, ACC (NB)."
    )
    paragraph(doc, "1. Review of the action log", True, 12)
    ruled_table(
        doc, [["Action brought forward", "Update 8 July", "Status"], *[list(r) for r in STRELFORD_OLD]]
    )
    paragraph(doc, "2. Notes", True, 12)
    for title, text in STRELFORD_NOTES:
        p = doc.add_paragraph()
        p.add_run(title + " – ").bold = True
        p.add_run(text)
    paragraph(doc, "3. New actions", True, 12)
    for ref, text, tail in STRELFORD_NEW:
        p = doc.add_paragraph()
        p.add_run(f"{ref}: ").bold = True
        p.add_run(f"{text} {tail}")
    doc.add_paragraph("Next meeting: Tuesday 12 August 2025, 09:30, Meeting Room 3.")
    doc.save(path)


# --- 8. Corrisdale PCC: a record of decision in Word ---------------------------------------------------------------

CORRISDALE_HEAD = [
    ("Decision number", "2025/031"),
    ("Title", "Community Safety Grants 2025/26 – second round awards"),
    ("Date of decision", "13 May 2025"),
    (
        "Decision taken at",
        "Policing and Community Safety Board, 13 May 2025, Room 4, Corrisdale House, Lockhart Street, Corrisford",
    ),
    ("Report author", "Kelly Armitage, Commissioning and Partnerships Manager"),
    ("Security marking", "OFFICIAL – for publication"),
]

CORRISDALE_BODY: list[tuple[str, list[str]]] = [
    (
        "1. Executive summary",
        [
            "The Commissioner's Community Safety Grants scheme supports voluntary and community groups working to "
            "reduce crime and anti-social behaviour. The second round for 2025/26 opened on 3 March and closed on 4 "
            "April 2025. Thirty-two applications were received, asking for £412,800 in total. A panel of OPCC staff "
            "and a representative of the Corrisdale Council for Voluntary Service scored the applications and "
            "recommends eleven awards totalling £184,500."
        ],
    ),
    (
        "2. Decision",
        [
            "I, Gordon Maybury, Police and Crime Commissioner for Corrisdale, approve:",
            "(a) grants totalling £184,500 to the eleven organisations listed in Annex A, for the periods shown;",
            "(b) the release of £20,000 from the Community Safety Reserve to meet the amount of the awards above the "
            "2025/26 grants budget; and",
            "(c) the delegation to the Chief Executive of authority to vary any individual grant by up to 10% where "
            "the recipient's costs change.",
        ],
    ),
    (
        "3. Consideration at the Board",
        [
            "The recommendations were considered at the Policing and Community Safety Board on 13 May 2025. The "
            "Chief Constable welcomed the two awards for work with young people in Eastmoor. Board members asked that "
            "unsuccessful applicants be given feedback; the Commissioning and Partnerships Manager agreed to offer a "
            "feedback call to each of them. The Board endorsed the recommendations.",
        ],
    ),
    (
        "4. Implementation",
        [
            "The Commissioning and Partnerships Manager will write to every applicant within five working days of "
            "this decision. Grant agreements will be issued to the successful organisations by 30 May 2025. The "
            "Chief Finance Officer will report the use of the reserve in the quarter 1 finance report to the Board "
            "in July.",
            "Each recipient is required to submit a monitoring return every quarter, and in line with the "
            "Commissioner's usual practice the summary of monitoring returns is published each year in the annual "
            "report.",
        ],
    ),
    (
        "5. Financial implications",
        [
            "The 2025/26 grants budget is £164,500. The balance of £20,000 will come from the Community Safety "
            "Reserve, which stood at £312,000 on 1 April 2025."
        ],
    ),
    (
        "6. Legal and equality implications",
        [
            "The Commissioner has the power to award crime and disorder reduction grants under section 9 of the "
            "Police Reform and Social Responsibility Act 2011. An equality impact assessment was completed and no "
            "adverse impact was found."
        ],
    ),
    (
        "7. Public access to information",
        [
            "This record will be published on the Commissioner's website. Annex A is published with it; the "
            "scoring sheets are exempt."
        ],
    ),
]

CORRISDALE_ANNEX = [
    ("Organisation", "Project", "Award", "Period"),
    ("Eastmoor Youth Project", "Detached youth work, Friday nights", "£24,000", "2 years"),
    ("Corrisford Boxing Club", "Diversionary sessions for 11–16s", "£12,500", "1 year"),
    ("SafeSpace Corrisdale", "Domestic abuse peer support groups", "£31,000", "2 years"),
    ("Lindow Street Mosque", "Community safety volunteers", "£6,000", "1 year"),
    ("Corrisdale Rural Watch", "Farm and rural property marking", "£9,800", "1 year"),
    ("Others (six organisations)", "See the scheme's web page", "£101,200", "1–2 years"),
]


def corrisdale_decision(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL"
    _footer(section, "Record of Decision 2025/031")
    for text, size in (("POLICE AND CRIME COMMISSIONER FOR CORRISDALE", 12), ("RECORD OF DECISION", 16)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    table = doc.add_table(rows=len(CORRISDALE_HEAD), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(CORRISDALE_HEAD):
        table.cell(r, 0).text = label
        table.cell(r, 0).paragraphs[0].runs[0].bold = True
        table.cell(r, 1).text = value
    for title, paras in CORRISDALE_BODY:
        paragraph(doc, title, True, 12)
        for text in paras:
            doc.add_paragraph(text)
    paragraph(doc, "Approval", True, 12)
    doc.add_paragraph(
        "Chief Finance Officer: I have been consulted about this proposal and confirm that the financial implications "
        "are set out above.  Signed: Hamish Doyle    Date: 12 May 2025"
    )
    doc.add_paragraph(
        "Police and Crime Commissioner: I approve the decision set out in section 2.  Signed: Gordon Maybury    Date: "
        "13 May 2025"
    )
    doc.add_page_break()
    paragraph(doc, "Annex A – Second round awards", True, 12)
    ruled_table(doc, [list(r) for r in CORRISDALE_ANNEX])
    doc.save(path)


PAPERS = {
    "ebbesworth-opcc-accountability-board-2025-06-10.pdf": ebbesworth_board,
    "haverleigh-police-and-crime-panel-2025-03-06.pdf": haverleigh_panel,
    "westrigg-pfcc-performance-and-assurance-board-pack-2025-09-16.pdf": westrigg_pack,
    "dromakeel-joint-policing-committee-2024-11-25.pdf": dromakeel_jpc,
    "hessleton-parish-council-2025-03-10.pdf": hessleton_pc,
    "cotterbrook-neighbourhood-policing-panel-2025-01-29.pdf": cotterbrook_panel,
    "strelford-opcc-joint-executive-board-action-log-2025-07-08.docx": strelford_log,
    "corrisdale-pcc-decision-record-2025-031.docx": corrisdale_decision,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
