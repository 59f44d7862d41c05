#!/usr/bin/env python3
"""Writes the cold set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/cold/build.py

Four PDFs are printed from HTML by headless Chromium, as councils' committee systems and word processors
print them: proportional fonts, bold headings, ruled tables, a running header and a "Page n of N" footer
set in the page's margin boxes (`@page { @top-right … @bottom-center … }`), paragraphs long enough to
run over a page break. Two papers are Word files written with python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: what the corpora's build scripts share
from corpus.papers import chromium_pdf, html_page, paragraph, write_missing


def _page_css(head: str, foot_left: str = "", font: str = "Arial, Helvetica, sans-serif") -> str:
    return f"""
    @page {{
      size: A4; margin: 24mm 18mm 22mm 18mm;
      @top-right {{ content: "{head}"; font: 8pt {font}; color: #444; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: 11pt; line-height: 1.35; }}
    h1 {{ font-size: 15pt; margin: 0 0 4pt 0; }}
    h2 {{ font-size: 12pt; margin: 14pt 0 4pt 0; }}
    h3 {{ font-size: 11pt; margin: 10pt 0 3pt 0; }}
    p {{ margin: 0 0 7pt 0; text-align: justify; }}
    table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }}
    th, td {{ border: 0.6pt solid #333; padding: 3pt 5pt; vertical-align: top; font-size: 10pt; text-align: left; }}
    th {{ background: #e6e6e6; }}
    .pb {{ break-before: page; }}
    """


# --- 1. Calvermoor County Council: printed ModernGov minutes of full Council ------------------------------

CALVERMOOR = """
<p style="text-align:center"><b>CALVERMOOR COUNTY COUNCIL</b></p>
<p style="text-align:center"><b>MINUTES</b> of a meeting of the <b>County Council</b> held at County Hall, Lowther Street,
Kelsborough on Thursday, 13 February 2025 at 10.00 am</p>

<p><b>Present:</b> Councillor Margaret Ellery (Chairman)</p>
<p>Councillors Keith Abney, Rosalind Barraclough, Trevor Blamire, Sunita Chandran, Peter Dacre, Helen Fothergill,
Owen Garside (Vice-Chairman), Judith Hebden, Colin Iveson, Nadia Kershaw, Barry Lowe, Fiona Metcalfe, Gerald Nattrass,
Philippa Outhwaite, Raymond Pickersgill, Ian Raistrick, Lorna Scaife, Derek Thwaite and Alison Wardle</p>
<p><b>Officers in attendance:</b> Julian Marsh (Chief Executive), Anita Rowe (Director of Finance), Gareth Lyle
(Director of Law and Governance and Monitoring Officer) and Tessa Quinn (Democratic Services Manager)</p>

<h3>45. APOLOGIES FOR ABSENCE</h3>
<p>Apologies for absence were received from Councillors Martin Haigh, Celia Pounder and Stuart Yeadon.</p>

<h3>46. DECLARATIONS OF INTEREST</h3>
<p>Councillor Fiona Metcalfe declared a personal interest in minute 51 as a member of the Kelsborough and District
Bus Users' Group. Councillor Derek Thwaite declared a personal interest in minute 53 as a governor of Calvermoor
College. Neither interest was prejudicial.</p>

<h3>47. MINUTES</h3>
<p>It was moved by the Chairman, seconded by the Vice-Chairman and</p>
<p><b>RESOLVED</b> that the minutes of the meeting of the County Council held on 5 December 2024 be confirmed as a
correct record and signed by the Chairman.</p>

<h3>48. CHAIRMAN'S ANNOUNCEMENTS</h3>
<p>The Chairman reported that since the last meeting she had attended the Holocaust Memorial Day service at
Kelsborough Minster, presented the Calvermoor Young Carers awards and visited the flood response teams at Garsby
during Storm Ingrid. She thanked staff of the highways and fire services who had worked through the storm weekend.
The Lord-Lieutenant had written to thank the Council for its part in the Remembrance arrangements.</p>
<p>The Chief Executive reported that the Government's English Devolution White Paper had been published and that
the Leader had already written to the Minister of State setting out the Council's initial position. He would
arrange an all-member briefing on the White Paper and its implications for Calvermoor before the end of March.</p>

<h3>49. PUBLIC QUESTIONS</h3>
<p>Mr Dennis Paley of Upper Swaythorpe asked the following question of the Cabinet Member for Highways and
Transport, Councillor Raymond Pickersgill:</p>
<p><i>"Since the withdrawal of the Sunday service on route 62 in October, residents of Upper Swaythorpe without a
car have had no way of reaching Kelsborough hospital at weekends. How much did the County Council save by
withdrawing the service and what assessment was made of its effect on older residents?"</i></p>
<p>Councillor Pickersgill replied that the decision had been taken after consultation in the summer, when usage
of the Sunday journeys had averaged fewer than four passengers a trip, and that the community transport scheme
operated by Swaythorpe Wheels could take residents to hospital appointments if booked 48 hours ahead. He did not
have the saving for route 62 alone to hand and undertook to send Mr Paley a written reply setting out the saving
and the equality impact assessment that had been made.</p>
<p>Mr Paley asked, as a supplementary question, whether the Council would reinstate the service if usage grew.
Councillor Pickersgill said that all supported services were kept under review and that any route could be
reconsidered if demand changed.</p>

<h3>50. QUESTIONS FROM MEMBERS</h3>
<p>Under Council Procedure Rule 11, the following questions had been received from members. The questions and the
written answers were circulated at the meeting.</p>
<p>(a) Councillor Sunita Chandran asked the Cabinet Member for Highways and Transport how many potholes reported
in her division since April had been repaired within the 28 day target. Councillor Pickersgill replied that 71%
had been repaired on time across the county and 64% in the Kelsborough South division, the difference being due to
the number of C-class roads in the division. In a supplementary question Councillor Chandran asked whether the
Cabinet Member would walk the worst affected roads with her; Councillor Pickersgill said he would be happy to do so
if she contacted his office.</p>
<p>(b) Councillor Peter Dacre asked the Cabinet Member for Education and Skills, Councillor Lorna Scaife, about the
cost of home to school transport for children with special educational needs. Councillor Scaife replied that
expenditure had risen from £21.3m in 2022/23 to a forecast £29.8m this year. The figures by district were not
available at the meeting; Councillor Scaife would provide a written answer with the district breakdown to all
members of the Council.</p>
<p>(c) Councillor Nadia Kershaw asked the Leader what representations had been made about the future of the
Kelsborough magistrates' court. The Leader, Councillor Ian Raistrick, replied that he had written to the Lord
Chancellor in November opposing its closure and had met the local MP, and that the Ministry of Justice had not yet
announced its decision.</p>

<h3>51. REVENUE BUDGET 2025/26, MEDIUM TERM FINANCIAL STRATEGY AND COUNCIL TAX</h3>
<p>The Council considered the report of the Cabinet (meeting of 28 January 2025) and of the Director of Finance,
which set out the recommended revenue budget for 2025/26, the capital programme 2025/26 to 2027/28 and the level of
council tax. The Director of Finance reported under section 25 of the Local Government Act 2003 on the robustness of
the estimates and the adequacy of the reserves, and advised that the reserves would remain adequate provided that
the savings of £14.6m included in the budget were delivered in full and that the pressures in children's social care
placements and home to school transport did not continue to grow at the rate seen in the last two years, in which
case the Council would need to draw on its general reserve in the course of the year and to revisit the medium term
financial strategy before the autumn.</p>
<p>The recommendations of the Cabinet were moved by Councillor Raistrick and seconded by Councillor Garside.</p>
<p>An amendment was moved by Councillor Sunita Chandran and seconded by Councillor Barry Lowe, to reduce the
corporate communications budget by £0.4m and add the sum to the highways maintenance budget for rural C and
unclassified roads. Following debate the amendment was put to a recorded vote and was lost (For 6, Against 14,
Abstentions 0).</p>
<p>The substantive recommendations were then put to a recorded vote and were carried (For 15, Against 4,
Abstentions 1), whereupon it was</p>
<p><b>RESOLVED</b> that</p>
<p>(1) the net revenue budget for 2025/26 of £612.4m be approved;</p>
<p>(2) the County Council's element of the council tax for a Band D property be set at £1,702.35 for 2025/26, an
increase of 4.99%, of which 2% is the adult social care precept;</p>
<p>(3) the capital programme for 2025/26 to 2027/28 of £286.9m be approved; and</p>
<p>(4) the Director of Finance report progress on the delivery of the £14.6m savings programme to the Cabinet each
quarter, beginning in July 2025.</p>

<h3>52. TREASURY MANAGEMENT STRATEGY 2025/26</h3>
<p>On the motion of Councillor Raistrick, seconded by Councillor Wardle, it was</p>
<p><b>RESOLVED</b> that the Treasury Management Strategy Statement, the Minimum Revenue Provision policy and the
Prudential Indicators for 2025/26 be approved.</p>

<h3>53. NOTICE OF MOTION - RURAL BUS SERVICES</h3>
<p>Councillor Judith Hebden moved and Councillor Colin Iveson seconded the following motion, of which notice had
been given:</p>
<p><i>"This Council recognises that rural bus services are a lifeline for residents who do not drive, and (a)
regrets the loss of eleven supported routes since 2019; and (b) calls on the Government to restore the Bus Service
Improvement Plan funding for rural counties."</i></p>
<p>Councillor Pickersgill moved and Councillor Alison Wardle seconded an amendment to add at the end: <i>"and (c)
asks the Cabinet Member for Highways and Transport to bring a review of the supported bus network, including demand
responsive transport, to the Cabinet by June 2025."</i> Councillor Hebden accepted the amendment, which was put to
the vote and carried, and became the substantive motion. Councillor Raymond Pickersgill remarked that the Council's
transport team already meets the bus operators every month and that this practice will continue.</p>
<p>The substantive motion was put to the vote and carried unanimously, and it was</p>
<p><b>RESOLVED</b> that this Council recognises that rural bus services are a lifeline for residents who do not
drive, and (a) regrets the loss of eleven supported routes since 2019; (b) calls on the Government to restore the
Bus Service Improvement Plan funding for rural counties; and (c) asks the Cabinet Member for Highways and Transport
to bring a review of the supported bus network, including demand responsive transport, to the Cabinet by June
2025.</p>

<h3>54. REPORT OF THE CABINET</h3>
<p>Councillor Raistrick presented the report of the Cabinet meetings of 10 December 2024 and 28 January 2025.</p>
<p>On the children's services improvement plan, Councillor Rosalind Barraclough asked when the Ofsted monitoring
visit was expected. The Cabinet Member for Children and Families, Councillor Helen Fothergill, said it was expected
in the spring but that Ofsted gave only a week's notice; she agreed to circulate the improvement board's latest
progress report to all members.</p>
<p>On the Garsby flood alleviation scheme, Councillor Trevor Blamire asked whether the Environment Agency's
contribution had been confirmed. The Leader said the Agency had confirmed £3.2m in January. Councillor Blamire
suggested that the Council hold a public exhibition of the scheme in Garsby; the Leader said that the Agency was
already planning drop-in sessions in April and that a separate exhibition was not needed.</p>
<p><b>RESOLVED</b> that the report of the Cabinet be received.</p>

<h3>55. APPOINTMENTS TO COMMITTEES</h3>
<p>It was proposed by Councillor Garside, seconded by Councillor Metcalfe and</p>
<p><b>RESOLVED</b> that Councillor Philippa Outhwaite replace Councillor Gerald Nattrass on the Audit and
Governance Committee for the remainder of the municipal year.</p>

<h3>56. PAY POLICY STATEMENT 2025/26</h3>
<p>The Director of Law and Governance presented the statement, which the Council is required to approve each
year before 1 April. Councillor Keith Abney asked that future statements show the ratio of the highest paid to the
median salary over the last five years; the Chief Executive said this would be included in the 2026/27 statement.</p>
<p>On the motion of Councillor Garside, seconded by Councillor Raistrick, it was</p>
<p><b>RESOLVED</b> that the Pay Policy Statement for 2025/26 be approved.</p>

<p>The meeting closed at 1.42 pm.</p>
<p style="margin-top:24pt">CHAIRMAN</p>
"""


def calvermoor_council(path: Path) -> None:
    css = _page_css(
        "County Council - 13 February 2025", "Chairman's initials ..........", "'Liberation Sans', Arial"
    )
    path.write_bytes(chromium_pdf(html_page("Minutes - County Council", css, CALVERMOOR)))


# --- 2. Friends of Copperbeck Park: committee minutes with an Action column, printed from a web editor ----

COPPERBECK = """
<h1>Friends of Copperbeck Park</h1>
<p><b>Committee Meeting – Minutes</b><br>
Wednesday 22nd January 2025, 7.00pm, The Bothy, Copperbeck Park (upstairs room)</p>
<p><b>Present:</b> Gwen Latimer (Chair) GL, Robin Askew (Treasurer) RA, Priya Soman (Secretary) PS, Tom Hebblethwaite TH,
Maureen Doyle MD, Kofi Mensah KM<br>
<b>In attendance:</b> Jess Arundel, Park Ranger, Parks and Open Spaces Service (for items 1–4)<br>
<b>Apologies:</b> Alan Crowther AC, Beth Nugent BN</p>

<table>
<tr><th style="width:7%">No.</th><th style="width:78%">Item</th><th style="width:15%">Action</th></tr>
<tr><td>1</td><td><b>Welcome and apologies</b><br>GL welcomed everyone, and Jess Arundel, who has taken over as ranger
for Copperbeck and the Nab Wood local nature reserve. Apologies as above.</td><td></td></tr>
<tr><td>2</td><td><b>Minutes of the meeting of 20th November 2024</b><br>Agreed as a true record; proposed MD, seconded TH.
</td><td></td></tr>
<tr><td>3</td><td><b>Matters arising</b><br>
Bench plaques for the Jubilee benches – TH reported the engraver has finished two of the three; the third (the
Halloran family's) is still with the engraver.<br>
Insurance renewal – RA renewed the public liability policy in December with the same insurer. Done.<br>
Pond dipping platform – no reply yet from the Council's capital projects team, so this is carried forward.<br>
Website – PS has moved the site to the new host; complete.</td><td></td></tr>
<tr><td>4</td><td><b>Ranger's update</b><br>
Jess reported that the Council will be resurfacing the main path from the Beck Lane gate to the play area in March
and that the play area itself will be closed for two weeks while new safety surfacing is laid. The Council has also
appointed a contractor to remove the three diseased ash trees by the bowling green. Volunteer work parties will
continue on the first Saturday of every month. Jess asked whether the Friends could lead a bulb planting session with
Copperbeck Primary in the autumn; members were keen and KM will contact the school to agree a date.
<br>Jess offered to run a tree identification walk for members in the spring if there was enough interest.</td>
<td>KM</td></tr>
<tr><td>5</td><td><b>Treasurer's report</b><br>
RA reported a balance of £2,184.60 in the current account and £1,500.00 in the deposit account. The grant of £750
from the Kelsey Ward councillors' fund has been received. RA to prepare the accounts for independent examination
before the AGM.</td><td>RA</td></tr>
<tr><td>6</td><td><b>Spring Fair, Saturday 17th May</b><br>
It was agreed to hold the Spring Fair on the bandstand lawn again, with the dog show and the plant stall. MD will
book the bouncy castle and the ice cream van. PS to apply to the Council for the events licence, which needs eight
weeks' notice. TH suggested a raffle with a bicycle as first prize but members felt it would be hard to get a
bicycle donated, so this was not taken forward.</td><td>MD<br>PS – by 14 Feb</td></tr>
<tr><td>7</td><td><b>Membership</b><br>
There are 87 paid-up members. KM proposed that membership renewals be collected online through the website as well
as in cash; agreed. PS will set up the online form. Renewal reminders are always sent out with the spring
newsletter.</td><td>PS</td></tr>
</table>

<h2>8. Any other business</h2>
<p>Graffiti on the bandstand – GL reported it to the Council's Clean Team on Monday and it has already been removed.</p>
<p>Litter pick kit – several grabbers are broken; RA to order six replacements from the Keep Kelsey Tidy store. Action: RA</p>
<p>Dog fouling signs – members felt new signs were needed at the Mill Lane entrance. GL to ask the ranger whether the
Council can supply them. Action: GL</p>
<p>MD mentioned that she will be away from late February until the end of March visiting family in Canada.</p>
<p>It was agreed to defer the discussion of the Friends' five-year plan to the March meeting, when AC and BN can be there.</p>

<h2>9. Date of next meeting</h2>
<p>Wednesday 26th March 2025, 7.00pm, The Bothy.</p>
"""


def copperbeck_friends(path: Path) -> None:
    css = _page_css(
        "Friends of Copperbeck Park – Committee Minutes",
        "Registered charity no. 1187342",
        "'DejaVu Sans', Verdana",
    )
    path.write_bytes(chromium_pdf(html_page("FoCP Committee Minutes January 2025", css, COPPERBECK)))


# --- 8. Norvale OPCC: an accountability board's minutes with an action schedule table ---------------------

NORVALE = """
<p style="font-size:9pt;color:#333">Office of the Police and Crime Commissioner for Norvale</p>
<h1>Accountability Board</h1>
<p><b>Minutes of the meeting held on Tuesday 8 April 2025, 10:00 – 12:15</b><br>
Conference Room 2, Police Headquarters, Brindle Road, Ashgate</p>

<table style="width:80%">
<tr><th>Present</th><th></th></tr>
<tr><td>Sarah Okonedo</td><td>Police and Crime Commissioner (Chair) (PCC)</td></tr>
<tr><td>Adrian Thewlis</td><td>Chief Constable (CC)</td></tr>
<tr><td>Karen Mulholland</td><td>Deputy Chief Constable (DCC)</td></tr>
<tr><td>Jaswinder Bains</td><td>Assistant Chief Constable (ACC)</td></tr>
<tr><td>Tom Westerby</td><td>Chief Executive, OPCC (CEx)</td></tr>
<tr><td>Rachel Fenn</td><td>Chief Finance Officer, OPCC (OPCC CFO)</td></tr>
<tr><td>Graham Loach</td><td>Director of Finance, Norvale Police (DoF)</td></tr>
<tr><th>In attendance</th><th></th></tr>
<tr><td>Ellie Prowse</td><td>Governance Officer, OPCC (minutes)</td></tr>
<tr><th>Apologies</th><th></th></tr>
<tr><td>Mark Hollins</td><td>Deputy Police and Crime Commissioner</td></tr>
</table>

<h2>1. Welcome and apologies</h2>
<p>The PCC welcomed everyone to the meeting. Apologies were received from the Deputy PCC.</p>

<h2>2. Minutes of the previous meeting and matters arising</h2>
<p>The minutes of the meeting held on 11 February 2025 were agreed as an accurate record.</p>
<p>Matters arising: AB/24/17 – the DCC confirmed that the review of the firearms licensing backlog had been
presented to the PCC's office on 20 March; this action is complete. AB/25/02 – the new neighbourhood policing
dashboard is being built and the ACC expects it to go live in May; in progress. AB/25/04 – the OPCC CFO's paper on
the use of the Police Property Act Fund is delayed until the June Board because the fund's guidance is being rewritten;
deferred. AB/25/05 – the report on repeat victims of anti-social behaviour has not been received and is now overdue;
the DCC apologised and said it would be circulated within a fortnight.</p>

<h2>3. Chief Constable's update</h2>
<p>The Chief Constable reported on the force's response to the disorder in Ashgate town centre on 15 March, in which
eleven people had been arrested and nine charged. Operation Kestrel, the force's summer campaign against
anti-social driving, will start on 1 May. The force has already written to all licensed premises in the night-time
economy area reminding them of their obligations under the new Martyn's Law guidance. He also reported that the
Home Office had announced the final police grant settlement, which was as expected.</p>
<p>The PCC thanked the officers involved in the response to the disorder, several of whom had been injured.</p>

<h2>4. Performance report – quarter 4 2024/25</h2>
<p>The DCC presented the quarter 4 report. Overall recorded crime had fallen by 3.8% on the previous year, but
shoplifting had risen by 22%, and the charge rate for shoplifting remained below the regional average. The PCC
asked what was being done with the retailers' crime partnership in Ashgate and Millbridge. The DCC explained that a
dedicated retail crime officer had been appointed in each district in January and that the force was now attending
every shoplifting incident where a suspect was detained by store staff, in line with the national retail crime action
plan, and that the force's analysts were working with the partnership to identify the small number of prolific
offenders who account for a large share of the thefts, so that they could be targeted through the integrated offender
management scheme and through civil orders where the criminal route had failed. The DCC agreed to bring an analysis of
shoplifting outcomes by district, with the figures for prolific offenders, to the June Board.</p>
<p>The PCC noted that the 999 answering performance had improved to 93% answered within 10 seconds. The CEx asked
whether the victim satisfaction survey could in future report the results for victims of domestic abuse separately;
the DCC said the sample was too small for that and the idea was not pursued.</p>
<p>The Board noted the performance report.</p>

<h2>5. Stop and search</h2>
<p>The ACC presented the annual stop and search report. Searches had fallen by 9% while the arrest rate had risen to
19%. Black people remained 3.1 times more likely to be searched than white people. The ACC will present the findings
of the external scrutiny panel's review of body-worn video footage to the PCC and the CEx before the panel's annual
report is published. The PCC asked the force to publish the disproportionality figures on its website each quarter,
which the Chief Constable accepted. The ACC said that if the PCC wished he could arrange for her to observe a stop
and search training session at the learning centre.</p>

<h2>6. Finance – provisional outturn 2024/25</h2>
<p>The DoF reported a provisional underspend of £1.1m on the force budget, mainly from police staff vacancies. The
OPCC CFO proposed that £0.5m of the underspend be transferred to the estates reserve to fund the custody suite
refurbishment. The Board agreed the transfer to the estates reserve. The DoF and the OPCC CFO will prepare the final
outturn report for the July Board. The Board was reminded that the statement of accounts must be published by 30
June.</p>

<h2>7. Estates – Millbridge custody suite</h2>
<p>The CEx updated the Board on the refurbishment of Millbridge custody suite, which is on budget. Cell 4 is still
out of use. The Chief Constable undertook to write to the contractor about the delay to the ventilation work.</p>

<h2>8. Any other business</h2>
<p>The CEx reminded members that the Commissioner's annual report will be presented to the Police and Crime Panel on
26 June. There was no other business. The next meeting will be held on Tuesday 10 June 2025 at 10:00 in Conference
Room 2.</p>

<h2 class="pb">Action schedule</h2>
<table>
<tr><th style="width:8%">ITEM</th><th style="width:52%">ACTION</th><th style="width:18%">OWNER</th><th style="width:22%">TIMESCALE</th></tr>
<tr><td>2</td><td>Circulate the report on repeat victims of anti-social behaviour (AB/25/05)</td><td>DCC</td><td>Within 2 weeks</td></tr>
<tr><td>4</td><td>Analysis of shoplifting outcomes by district, including prolific offenders</td><td>DCC</td><td>June Board</td></tr>
<tr><td>5</td><td>Present the scrutiny panel's findings on body-worn video footage to the PCC and CEx</td><td>ACC</td><td>Before publication of the panel's annual report</td></tr>
<tr><td>5</td><td>Publish stop and search disproportionality figures on the force website quarterly</td><td>CC / ACC</td><td>End of Q1 2025/26, then quarterly</td></tr>
<tr><td>6</td><td>Final outturn report 2024/25</td><td>DoF / OPCC CFO</td><td>July Board</td></tr>
</table>
"""


def norvale_board(path: Path) -> None:
    css = _page_css(
        "Norvale OPCC – Accountability Board – 8 April 2025",
        "OFFICIAL",
        "'Liberation Serif', 'Times New Roman'",
    )
    path.write_bytes(chromium_pdf(html_page("Accountability Board minutes 8 April 2025", css, NORVALE)))


# --- 11. Lenham Vale Police and Crime Panel: an agenda pack with the last minutes and an actions report -----

LENHAM = """
<p style="text-align:right;font-size:9pt">Lenham Vale District Council<br>Democratic Services<br>Market Place, Stourby SB4 1LV</p>
<p style="text-align:right;font-size:9pt">Contact: Hugo Tennant, Democratic Services Officer<br>Date of publication: 29 January 2025</p>
<h1>Lenham Vale Police and Crime Panel</h1>
<p><b>Thursday, 6 February 2025 at 10.30 am</b><br>Council Chamber, District Council Offices, Market Place, Stourby</p>
<p><b>Membership:</b> Councillors Joan Whitlock (Chair), Anwar Hussain (Vice-Chair), Clive Burgoyne, Deborah Fensome,
Leonard Marsh, Rita Oyelaran, Simon Quested and Gillian Tate; Independent Members Paul Everard and Dr Moira Lindqvist</p>

<h2>AGENDA</h2>
<table>
<tr><th style="width:8%">Item</th><th style="width:72%"></th><th style="width:20%">Pages</th></tr>
<tr><td>1.</td><td>Apologies for absence and substitutes</td><td></td></tr>
<tr><td>2.</td><td>Declarations of interest</td><td></td></tr>
<tr><td>3.</td><td>Public questions</td><td></td></tr>
<tr><td>4.</td><td>Minutes of the meeting held on 21 November 2024</td><td>3 – 7</td></tr>
<tr><td>5.</td><td>Actions arising from previous meetings</td><td>8 – 9</td></tr>
<tr><td>6.</td><td>Proposed police precept 2025/26</td><td>10 – 24</td></tr>
<tr><td>7.</td><td>Police and Crime Plan: delivery report, quarter 3</td><td>25 – 38</td></tr>
<tr><td>8.</td><td>Complaints update</td><td>39 – 41</td></tr>
<tr><td>9.</td><td>Work programme</td><td>42 – 43</td></tr>
</table>
<p>Members of the public may ask a question of the Panel by giving notice to Democratic Services by noon on 3 February.</p>

<div class="pb"></div>
<h1>LENHAM VALE POLICE AND CRIME PANEL</h1>
<p><b>MINUTES</b> of the meeting held on Thursday, 21 November 2024 at 10.30 am in the Council Chamber, District Council
Offices, Stourby</p>
<p><b>PRESENT:</b> Councillor Joan Whitlock (Chair); Councillors Anwar Hussain (Vice-Chair), Clive Burgoyne, Leonard
Marsh, Rita Oyelaran and Gillian Tate; Independent Member Paul Everard</p>
<p><b>ALSO PRESENT:</b> Graham Pettifer (Police and Crime Commissioner), Lucy Armitage (Chief Executive, OPCC), Dominic
Searle (Chief Finance Officer, OPCC), Hugo Tennant (Democratic Services Officer)</p>
<p><b>APOLOGIES:</b> Councillors Deborah Fensome and Simon Quested; Dr Moira Lindqvist</p>

<h3>23 MINUTES</h3>
<p>RESOLVED: That the minutes of the meeting held on 19 September 2024 be approved as a correct record.</p>

<h3>24 DECLARATIONS OF INTEREST</h3>
<p>None.</p>

<h3>25 PUBLIC QUESTIONS</h3>
<p>Mrs Eileen Sharrock asked whether the Commissioner would fund a PCSO for the villages of the Lenham valley. The
Commissioner replied that neighbourhood staffing was a matter for the Chief Constable, but that his Safer Villages
fund had supported speed watch groups in six of the villages this year. He would ask the Chief Constable to reply to
Mrs Sharrock about PCSO cover in the valley.</p>

<h3>26 COMMISSIONER'S UPDATE</h3>
<p>The Commissioner reported that he had launched the consultation on the 2025/26 precept, that the new victims'
hub in Stourby had opened on 4 November and that he had joined other Commissioners in writing to the Policing Minister
about the funding formula. Councillor Marsh asked how many people had used the victims' hub; the Commissioner said
it was too early to say, and the Chief Executive agreed to include the first quarter's figures for the hub in the
next delivery report. Councillor Oyelaran asked about the rise in reports of fraud against older people. The
Commissioner said that Action Fraud dealt with most reports and that the force had a small economic crime team; the
Chief Executive would share with members the OPCC's briefing on the Fraud Prevention Partnership.</p>
<p>RESOLVED: That the update be noted.</p>

<h3>27 POLICE AND CRIME PLAN: DELIVERY REPORT, QUARTER 2</h3>
<p>The Chief Executive introduced the report. Members noted the improvement in 101 answering times. Mr Everard
asked why the proportion of domestic abuse cases ending in a charge had fallen from 14% to 11%. The Commissioner
said he shared the Panel's concern and had asked the Chief Constable for a recovery plan, which he would bring to the
Panel once he had received it. Councillor Tate suggested the Panel hold a themed meeting on domestic abuse; the Chair
said this would be considered when the work programme was next reviewed.</p>
<p>RESOLVED: That (1) the report be noted; and (2) the Panel receive a report on domestic abuse charge rates at its
February meeting.</p>

<h3>28 PRECEPT PROCESS 2025/26</h3>
<p>The Chief Finance Officer outlined the timetable for the precept. Under the regulations the Commissioner must notify the
Panel of his proposed precept by 1 February 2025, and the Panel must review the proposal by 8 February.</p>
<p>RESOLVED: That the timetable be noted and that a budget briefing for Panel members be held in January 2025.</p>

<h3>29 COMPLAINTS UPDATE</h3>
<p>No complaints against the Commissioner had been received since the last meeting.</p>

<h3>30 WORK PROGRAMME</h3>
<p>RESOLVED: That the work programme be approved, subject to the addition of a report on the estates strategy in
June 2025.</p>

<h3>31 DATE OF NEXT MEETING</h3>
<p>Thursday 6 February 2025 at 10.30 am.</p>
<p>The meeting closed at 12.20 pm.</p>

<div class="pb"></div>
<h1>Agenda item 5</h1>
<h2>Actions arising from previous meetings</h2>
<p>Report of: Democratic Services Officer</p>
<p>1. This report sets out progress on the actions the Panel agreed at its meetings of 19 September and 21 November
2024. Actions shown as completed will be removed from the list after this meeting.</p>
<table>
<tr><th style="width:9%">Ref</th><th style="width:14%">Meeting</th><th style="width:37%">Action</th><th style="width:28%">Response</th><th style="width:12%">Status</th></tr>
<tr><td>PCP 14</td><td>19 Sept 2024</td><td>Commissioner to provide the cost of the drones replacement programme</td><td>Circulated to members on 2 October 2024.</td><td>Completed</td></tr>
<tr><td>PCP 16</td><td>19 Sept 2024</td><td>Chief Executive to arrange a visit for members to the force control room</td><td>Visit arranged for 27 February 2025.</td><td>In progress</td></tr>
<tr><td>PCP 18</td><td>21 Nov 2024</td><td>Commissioner to ask the Chief Constable to reply to Mrs Sharrock about PCSO cover in the Lenham valley</td><td>The Chief Constable wrote to Mrs Sharrock on 9 December 2024.</td><td>Completed</td></tr>
<tr><td>PCP 19</td><td>21 Nov 2024</td><td>Include the first quarter's figures for the victims' hub in the next delivery report</td><td>Included in the report at item 7.</td><td>Completed</td></tr>
<tr><td>PCP 20</td><td>21 Nov 2024</td><td>Share the OPCC briefing on the Fraud Prevention Partnership with members</td><td>The briefing is being updated following the Partnership's meeting in January.</td><td>Ongoing</td></tr>
<tr><td>PCP 21</td><td>21 Nov 2024</td><td>Bring the Chief Constable's domestic abuse recovery plan to the Panel</td><td>The plan has not yet been received by the Commissioner; to be reported in April.</td><td>Deferred</td></tr>
<tr><td>PCP 22</td><td>21 Nov 2024</td><td>Budget briefing for Panel members</td><td>Held on 16 January 2025.</td><td>Completed</td></tr>
</table>
<p>2. The Panel is recommended to note the progress made.</p>

<div class="pb"></div>
<h1>Agenda item 9</h1>
<h2>Work programme 2024/25 and 2025/26</h2>
<table>
<tr><th style="width:22%">Meeting</th><th style="width:78%">Item</th></tr>
<tr><td>10 April 2025</td><td>Police and Crime Plan: delivery report, quarter 4</td></tr>
<tr><td>10 April 2025</td><td>Domestic abuse charge rates and the force recovery plan</td></tr>
<tr><td>26 June 2025</td><td>Commissioner's annual report 2024/25</td></tr>
<tr><td>26 June 2025</td><td>Estates strategy</td></tr>
</table>
"""


def lenham_pack(path: Path) -> None:
    css = _page_css("Lenham Vale Police and Crime Panel – 6 February 2025", "", "'Liberation Sans', Arial")
    path.write_bytes(
        chromium_pdf(html_page("Agenda pack - Police and Crime Panel 6 February 2025", css, LENHAM))
    )


# --- 3. Glenalder Community Council: Scottish community council minutes in Word -------------------------


def _action_line(doc: docx.document.Document, text: str) -> None:
    """A bold, right-aligned "Action: XX" line after the paragraph it belongs to."""
    p = doc.add_paragraph()
    p.alignment = 2  # right
    p.add_run(text).bold = True


def glenalder_cc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    paragraph(doc, "GLENALDER & DISTRICT COMMUNITY COUNCIL", True, 14)
    paragraph(
        doc,
        "Minutes of the ordinary meeting held in Glenalder Church Hall on Monday 10th February 2025 at 7.30pm",
    )
    doc.add_paragraph(
        "Sederunt: Mairi Cowan (Chair) MC; Hamish Ure (Vice Chair) HU; Lorna Gillies (Secretary) LG; "
        "Duncan Rennie (Treasurer) DR; Ailsa Brodie AB; Fraser Menzies FM."
    )
    doc.add_paragraph(
        "In attendance: Cllr Kenneth Dow (Strathalder Ward); PC Gemma Laing (Police Scotland, Alderbank "
        "Community Team); three members of the public."
    )
    doc.add_paragraph("Apologies: Cllr Rhona Shaw; Ewan Tulloch ET.")
    paragraph(doc, "1. Welcome and Apologies", True)
    doc.add_paragraph("MC welcomed everyone to the meeting. Apologies were noted as above.")
    paragraph(doc, "2. Police Report", True)
    doc.add_paragraph(
        "PC Laing reported 14 calls in the community council area since the January meeting: three "
        "thefts from sheds at Kirkbrae, one assault outside the Drovers Inn which is now with the Procurator "
        "Fiscal, several reports of scam telephone calls to older residents, and a two-car collision at the "
        "Bridgend junction with no serious injuries. Officers will be carrying out speed checks on the A-road "
        "through the village over the next month and will hold a drop-in surgery at the library on Saturday "
        "1st March."
    )
    doc.add_paragraph(
        "HU raised the cars parked on the Main Street pavement outside the Co-op, which force pushchairs and "
        "wheelchairs onto the road. PC Laing undertook to raise this with the Inspector at Alderbank and to "
        "report back at the next meeting. PC Laing also said that if the community council wanted to borrow "
        "the mobile speed indicator sign, one could be made available for a fortnight in the spring."
    )
    paragraph(doc, "3. Minutes of Previous Meeting", True)
    doc.add_paragraph(
        "The minutes of the meeting of 13th January 2025 were approved; proposed by AB, seconded by FM."
    )
    paragraph(doc, "4. Matters Arising", True)
    doc.add_paragraph(
        "Defibrillator at the shop – the new cabinet was fitted on 24th January and the unit is registered "
        "with The Circuit. Completed. Path to the cemetery – the Council's roads team confirm it is on this "
        "year's programme but have given no date yet. Christmas lights – LG wrote to the electrician in "
        "January about the faulty cable on the Bridge Street tree but has had no reply. Hall lease – still on "
        "hold until the Kirk Session meets in April."
    )
    paragraph(doc, "5. Councillor's Report", True)
    doc.add_paragraph(
        "Cllr Dow reported that the Council had set its budget the previous Thursday, "
        "with no closure of the Glenalder library, and that resurfacing of the Glen Road from the bridge to "
        "Tomnacroich is planned for July. The Council has also agreed to take over the maintenance of the "
        "Kirkbrae play park. Cllr Dow will find out whether the proposed changes to the bus timetable affect "
        "the last 47 service from Alderbank."
    )
    paragraph(doc, "6. Planning", True)
    doc.add_paragraph("25/00088/FLL – Extension to dwelling, Braeside, Station Road. No objections.")
    doc.add_paragraph(
        "25/00102/FLL – Erection of four dwellinghouses, land at Croftend. Members were concerned about "
        "the access onto the narrow Croftend lane and about surface water. It was agreed to object on these "
        "grounds. LG to submit the community council's comments to the planning department before the "
        "closing date of 21st February."
    )
    _action_line(doc, "Action: LG (21/02)")
    paragraph(doc, "7. Treasurer's Report", True)
    doc.add_paragraph(
        "DR reported a balance of £2,906.44 in the main account. The grant of £150 to the Glenalder Gala "
        "committee was approved. DR to renew the community council's insurance before it expires at the end "
        "of March."
    )
    paragraph(doc, "8. Glenalder Path Network", True)
    doc.add_paragraph(
        "AB reported on the first meeting of the paths group, which has identified nine core paths and "
        "two old drove roads around the village. It was agreed that AB and FM would walk the routes over "
        "the coming weeks and produce a simple map for the community council's website."
    )
    _action_line(doc, "Action: AB / FM")
    doc.add_paragraph(
        "FM suggested applying to the Alderbank Wind Farm fund for waymarker posts, but members felt it "
        "was better to wait until the routes were agreed with the landowners."
    )
    paragraph(doc, "9. Community Resilience", True)
    doc.add_paragraph(
        "HU reported that the resilience plan still lists contacts who have left the area. HU to compile "
        "an up-to-date list of volunteers and key holders, with their consent."
    )
    _action_line(doc, "Action: HU")
    doc.add_paragraph(
        "HU also asked whether more grit bins could be placed on the school brae. MC said the Council had "
        "already refilled all the grit bins in the village in January and had said no new bins would be "
        "provided this winter."
    )
    paragraph(doc, "10. AOCB", True)
    doc.add_paragraph(
        "The Burns Supper raised £420 for the hall fund; thanks to DR and his helpers. A member of the "
        "public complained about dog fouling on the playing field. MC would write to the Council's "
        "environmental wardens asking for extra patrols at the weekends. It was agreed to defer the "
        "discussion of a new community council website to the March meeting, as ET was not present. "
        "Minutes will be posted on the noticeboards and on Facebook as usual."
    )
    paragraph(doc, "11. Date of Next Meeting", True)
    doc.add_paragraph("Monday 10th March 2025 at 7.30pm in Glenalder Church Hall.")
    doc.save(path)


# --- 9. Amberleigh OPCC: a strategic board's action log, as a list in Word ------------------------------


def _log_entry(doc: docx.document.Document, ref: str, body: str, tail: str) -> None:
    p = doc.add_paragraph()
    p.add_run(ref + ": ").bold = True
    p.add_run(body + " ")
    p.add_run(tail).italic = True


def amberleigh_log(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    paragraph(doc, "Office of the Police and Crime Commissioner for Amberleigh", True, 12)
    paragraph(doc, "Strategic Policing Board – Action Log", True, 14)
    doc.add_paragraph(
        "Updated following the Board meeting held on Tuesday 18 February 2025 at Amberleigh House"
    )
    paragraph(doc, "Present at the meeting", True)
    for line in (
        "Ruth Harcourt, Police and Crime Commissioner (RH) – Chair",
        "Benedict Ogilvie, Chief Constable (BO)",
        "Jennifer Hale, Deputy Chief Constable (JH)",
        "Brian Jarvis-Holt, OPCC Chief Executive (BJH)",
        "Sian Cooke, OPCC Chief Finance Officer (SC)",
        "Marcus Lyle, Force Director of Resources (ML)",
    ):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph("Apologies: ACC Dev Patel (DP). Notes: Abigail Rose, OPCC Business Support.")

    paragraph(doc, "A. Actions carried forward from previous meetings", True)
    _log_entry(
        doc,
        "18/24",
        "Force to report on the use of Right Care Right Person with NHS partners. DP, Dec 24.",
        "18 Feb: report taken at the December Board. Complete – to be closed.",
    )
    _log_entry(
        doc,
        "22/24",
        "OPCC to commission an independent review of the victims' services contract. BJH, Jan 25.",
        "18 Feb: tender issued on 3 February; award expected in April. Ongoing.",
    )
    _log_entry(
        doc,
        "24/24",
        "Overtime forecast at quarter 3 to be reported to the Board. ML, Feb 25.",
        "18 Feb: payroll data not yet complete; deferred to the March Board.",
    )
    _log_entry(
        doc,
        "25/24",
        "Vetting backlog: trajectory to clear cases over 90 days. JH, Jan 25.",
        "18 Feb: not received – overdue. JH apologised and will provide at the March Board.",
    )

    paragraph(doc, "B. New actions – 18 February 2025", True)
    _log_entry(
        doc,
        "01/25",
        "Breakdown of the 2024 rural crime figures by neighbourhood policing area.",
        "JH, March 25. Open.",
    )
    _log_entry(
        doc,
        "02/25",
        "Terms of reference for the joint estates working group to be agreed between the OPCC and the Force.",
        "BJH / ML, April 25.",
    )
    _log_entry(
        doc,
        "03/25",
        "Update on the implementation of the new crime recording system to come to the May Board.",
        "DP, May 25. Open.",
    )
    _log_entry(
        doc,
        "04/25",
        "Circulate the Commissioner's final precept letter to Board members.",
        "SC, 21 Feb 25.",
    )

    paragraph(doc, "C. Other matters noted", True)
    doc.add_paragraph(
        "The Chief Constable briefed the Board on the misconduct hearing listed for March and agreed to brief "
        "the Commissioner privately on its outcome once it has concluded. The Commissioner said she intends to "
        "raise the future funding of the violence reduction unit with the Home Office at the national PCC "
        "meeting. The Force's Operation Lantern, on knife crime around schools, began on 10 February and will "
        "run until Easter. ML suggested moving the Board to a quarterly cycle, but no one else supported the "
        "idea."
    )
    doc.add_paragraph("Next Board: Tuesday 18 March 2025, 14:00, Amberleigh House.")
    doc.save(path)


PAPERS = {
    "calvermoor-county-council-2025-02-13.pdf": calvermoor_council,
    "friends-of-copperbeck-park-2025-01-22.pdf": copperbeck_friends,
    "norvale-opcc-accountability-board-2025-04-08.pdf": norvale_board,
    "lenham-vale-police-and-crime-panel-pack-2025-02-06.pdf": lenham_pack,
    "glenalder-community-council-2025-02-10.docx": glenalder_cc,
    "amberleigh-opcc-strategic-board-action-log-2025-02-18.docx": amberleigh_log,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
