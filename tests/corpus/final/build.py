#!/usr/bin/env python3
"""Writes the final set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/final/build.py

Three PDFs are printed from HTML by headless Chromium, as committee systems and OPCC templates print them:
proportional fonts, ruled tables, a running header and a page footer set in the page's margin boxes,
paragraphs long enough to run over a page break. One PDF is a Word file written with python-docx and
converted by LibreOffice (`soffice --headless --convert-to pdf`), as a volunteer secretary would make it.
Two papers are Word files written with python-docx. The HTML and the intermediate Word file live only here
and in a temporary folder while a paper is made.
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
      size: A4; margin: 22mm 20mm 22mm 20mm;
      @top-left {{ content: "{head}"; font: 8pt {font}; color: #555; }}
      @bottom-left {{ content: "{foot_left}"; font: 8pt {font}; }}
      @bottom-right {{ content: "{foot_right}" counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: {size}; line-height: 1.4; color: #111; }}
    h1 {{ font-size: 15pt; margin: 0 0 3pt 0; }}
    h2 {{ font-size: 12pt; margin: 13pt 0 4pt 0; }}
    h3 {{ font-size: 10.5pt; margin: 11pt 0 3pt 0; }}
    p {{ margin: 0 0 6pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 5pt 0 9pt 0; }}
    th, td {{ border: 0.5pt solid #444; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; text-align: left; }}
    th {{ background: #dde3ea; }}
    .pb {{ break-before: page; }}
    """


# --- 1. North Tessingham Council: a scrutiny committee's printed ModernGov minutes --------------------------

TESSINGHAM = """
<style>
 .min { display: grid; grid-template-columns: 11mm auto; column-gap: 3mm; }
 .min .no { font-weight: bold; padding-top: 11pt; }
 .min h3 { text-transform: uppercase; }
 .res { margin-left: 8mm; }
</style>
<p style="text-align:right;font-size:9pt">Public Document Pack</p>
<p style="text-align:center;font-size:13pt"><b>NORTH TESSINGHAM COUNCIL</b></p>
<p style="text-align:center;font-size:12pt"><b>PLACE SCRUTINY COMMITTEE</b></p>
<p style="text-align:center">Minutes of the meeting held on Thursday, 30th January, 2025 at 6.00 pm<br>
in the Council Chamber, Guildhall, Tessingham</p>

<p><b>Present:</b> Councillor Dawn Ainsworth (Chair)<br>
Councillors Rob Bellamy (Vice-Chair), Saira Chaudhry, Tom Hoyle (as substitute for Councillor Julia Marchetti),
Grace Okafor, Keith Raines, Fiona Stannard, Brendan Walsh and Norman Yeo</p>
<p><b>Also present:</b> Councillor Philip Lund (Cabinet Member for Environment and Transport)</p>
<p><b>Officers:</b> Ruth Kaminski (Director of Environment), Gareth Penhale (Head of Waste Services),
Alan Trewin (Head of Highways) and Megan Lyall (Scrutiny Officer)</p>

<div class="min"><div class="no">61</div><div>
<h3>Apologies for Absence and Substitutions</h3>
<p>Apologies for absence were received from Councillor Julia Marchetti. Councillor Tom Hoyle attended as her
substitute.</p></div></div>

<div class="min"><div class="no">62</div><div>
<h3>Declarations of Interest</h3>
<p>Councillor Grace Okafor declared a non-pecuniary interest in minute 65 as an unpaid director of Tessingham
Community Recycling CIC.</p></div></div>

<div class="min"><div class="no">63</div><div>
<h3>Minutes</h3>
<p><b>RESOLVED</b> that the minutes of the meeting held on 28 November 2024 be approved as a correct record and
signed by the Chair.</p></div></div>

<div class="min"><div class="no">64</div><div>
<h3>Public Questions</h3>
<p><u>Question from Mr Leonard Briggs</u></p>
<p><i>"Since the Northside Household Waste Recycling Centre began closing on Tuesdays, the queue on Wednesday
mornings has regularly reached back onto Carr Lane. What assessment has the Council made of the closure?"</i></p>
<p>Councillor Lund, Cabinet Member for Environment and Transport, replied that the Tuesday closure had saved
£68,000 a year and that visits had been spread across the remaining six days. He accepted that the Wednesday
queues had been longer than expected in the first weeks after the change and said that since November an extra
member of staff had been on duty at the site on Wednesday mornings to direct traffic. As a supplementary
question, Mr Briggs asked whether the queues had been monitored. Councillor Lund said that site staff had recorded queue
lengths since October, and the Head of Waste Services would send Mr Briggs the monitoring data.</p>
<p><u>Question from Ms Priya Nandakumar</u></p>
<p><i>"When will the Council decide on the protected cycle lane on Abbey Road that was promised in 2023?"</i></p>
<p>Councillor Lund replied that the design was complete and that the scheme would go to public consultation in
April, subject to the Active Travel Fund allocation, about which he had written to the Secretary of State for
Transport in December. No supplementary question was asked.</p></div></div>

<div class="min"><div class="no">65</div><div>
<h3>Waste and Recycling Service Redesign</h3>
<p>The Director of Environment presented the report, which set out how the Council would meet the requirement
under the Simpler Recycling reforms to collect food waste weekly from every household from April 2026. The
Cabinet had already approved the purchase of twelve electric refuse vehicles at its meeting in December, and
the new vehicles would be delivered in two batches in the autumn. The report proposed that the food waste
service be introduced in four phases between January and April 2026, ward by ward, with each household given a
kitchen caddy, an outdoor bin and a roll of liners, and with a door-knocking campaign in the streets of flats
and houses in multiple occupation where participation in the existing dry recycling service had been lowest,
which the Head of Waste Services explained had been the most effective part of the pilot in Eastfield and was
likely to need around twenty temporary staff for each phase.</p>
<p>Councillor Okafor asked when the evaluation of the Eastfield food waste pilot would be available. The Director
said it would be completed in March and agreed to circulate it to members of the Committee once it was
finished. In answer to Councillor Bellamy, the Head of Waste Services said that crews always collect extra
bagged waste on the first collection after Christmas and would continue to do so. Councillor Hoyle suggested
that the Council consider moving to three-weekly collections of residual waste once the food service was in
place; Councillor Lund said that the Administration had no plans to do so, and the suggestion was not taken
further.</p>
<p><b>RESOLVED</b> that</p>
<p class="res">(1) the report be noted;</p>
<p class="res">(2) the Committee recommends to Cabinet that the weekly food waste service be introduced first in the
wards with the lowest recycling rates; and</p>
<p class="res">(3) the Director of Environment submit a further report on the implementation plan, including the
communications plan, to the Committee's meeting in June 2025.</p></div></div>

<div class="min"><div class="no">66</div><div>
<h3>Winter Service Plan 2024/25</h3>
<p>The Head of Highways presented the annual report on the winter service. The Council treated 38% of its road
network on precautionary routes, and the salt barn at Ketley Lane depot held 9,200 tonnes at the start of the
season. Parish councils are sent a free one-tonne bag of salt each November. Councillor Raines asked for maps of
the precautionary gritting routes ward by ward; the Head of Highways said he would circulate the route maps to
all members of the Committee. He added that, if members wished, he would be happy to arrange a visit to the salt
barn and the gritter fleet.</p>
<p><b>RESOLVED</b> that the report be noted.</p></div></div>

<div class="min"><div class="no">67</div><div>
<h3>Motion - Surface Water Flooding</h3>
<p>Councillor Grace Okafor proposed, and Councillor Rob Bellamy seconded, that the Committee establish a task and
finish group to review the Council's response to surface water flooding in the winter of 2024/25. Councillor
Hoyle proposed that the review also cover the cleansing of highway gullies and drains, which the proposer and
seconder accepted. On being put to the vote, the motion as altered was carried (seven for, one against, one
abstention), and it was</p>
<p><b>RESOLVED</b> that</p>
<p class="res">(1) a task and finish group of five members be established to review the Council's response to
surface water flooding in the winter of 2024/25, including the cleansing of highway gullies and drains; and</p>
<p class="res">(2) the Scrutiny Officer seek nominations to the group from the political groups and report its
membership to the next meeting.</p></div></div>

<div class="min"><div class="no">68</div><div>
<h3>Work Programme</h3>
<p>The Scrutiny Officer presented the Committee's work programme and the relevant entries of the Cabinet Forward
Plan. The Chair reported that the Cabinet Member for Planning had asked to attend in June rather than March,
because of the timing of the Local Plan examination; the Scrutiny Officer would invite him to the June meeting.</p>
<p><b>RESOLVED</b> that the work programme be agreed, with the addition of an item on bus shelter maintenance to
the meeting on 20 March 2025.</p></div></div>

<div class="min"><div class="no">69</div><div>
<h3>Date of Next Meeting</h3>
<p>The next meeting will be held on Thursday, 20th March, 2025 at 6.00 pm in the Council Chamber.</p>
</div></div>

<p>The meeting ended at 7.52 pm.</p>
<p style="margin-top:20pt">Chair: ................................................</p>
"""


def tessingham_scrutiny(path: Path) -> None:
    css = _page_css(
        "Place Scrutiny Committee - 30 January 2025",
        "North Tessingham Council",
        "Page ",
        "'Liberation Sans', Arial, sans-serif",
    )
    path.write_bytes(
        chromium_pdf(html_page("Minutes - Place Scrutiny Committee", css, TESSINGHAM, lang="en-GB"))
    )


# --- 2. Friends of Dimmock's Dene: committee minutes in Word, exported to PDF by LibreOffice ------------------


def _cell(cell, lines: list[tuple[str, bool]]) -> None:
    """A table cell of paragraphs, each (text, bold)."""
    cell.text = ""
    first = True
    for text, bold in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(text).bold = bold


DIMMOCK_ROWS = [
    (
        "1",
        [
            ("Welcome and apologies", True),
            (
                "HP welcomed everyone, and Owen Pell from the Council's countryside "
                "team. Apologies as above.",
                False,
            ),
        ],
        "",
    ),
    (
        "2",
        [
            ("Minutes of the meeting on 15th January and matters arising", True),
            ("The minutes were accepted as a correct record.", False),
            (
                "Bird boxes – JW and CE put up eight of the ten new boxes in February. The last two will go up when the "
                "long ladder is back from repair. Ongoing.",
                False,
            ),
            (
                "Grant application to the Haverleigh Community Fund – submitted on 3rd February; a decision is expected "
                "in April.",
                False,
            ),
            (
                "Footbridge handrail – reported to the Council in January. The Council says it is on its list but has "
                "given no date. Still open.",
                False,
            ),
            ("Leaflet reprint – 500 copies delivered. Done.", False),
        ],
        "",
    ),
    (
        "3",
        [
            ("Ranger's report", True),
            (
                "Owen reported that the Council has cleared the blocked culvert by the allotments and that its "
                "contractors will be coppicing the hazel by the north gate at the end of March. He asked whether the "
                "Friends could run a litter pick on Saturday 5th April, before the Easter holidays. Members were happy "
                "to; RM will put a call out for volunteers on the Facebook group. The Council always sends its trailer "
                "to collect the bags after a volunteer litter pick.",
                False,
            ),
        ],
        "RM",
    ),
    (
        "4",
        [
            ("Treasurer's report", True),
            (
                "JW reported £1,917.42 in the current account and £2,300.00 in the reserve account. The public "
                "liability insurance is due for renewal on 1st April; JW will renew it with the same broker.",
                False,
            ),
        ],
        "JW – by 31/3",
    ),
    (
        "5",
        [
            ("Bluebell walk – Sunday 27th April", True),
            (
                "Agreed to hold the walk again, starting from the Ferrars Road gate at 2pm. TF will design the poster "
                "and get it to the library and both primary schools. HP suggested adding a bat walk in August, but "
                "there were not enough volunteers to lead it this year, so it was dropped.",
                False,
            ),
        ],
        "TF",
    ),
    (
        "6",
        [
            ("Draft management plan for the Dene 2025–2030", True),
            (
                "The Council's draft plan is out for comment until 11th April. Everyone to read it and send their "
                "comments to TF. TF to put together a single response from the Friends.",
                False,
            ),
        ],
        "All – by 28/3\nTF",
    ),
    (
        "7",
        [
            ("Website and social media", True),
            (
                "CE has updated the website with this year's events list. The Facebook group now has 412 members. "
                "LA will set up an Instagram account for the group before the bluebell walk.",
                False,
            ),
        ],
        "",
    ),
]


def dimmock_friends(path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    head = section.header.paragraphs[0]
    head.text = "Friends of Dimmock's Dene – committee minutes, March 2025"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ")
    word_field(foot.add_run(), "PAGE")
    foot.add_run(" of ")
    word_field(foot.add_run(), "NUMPAGES")
    paragraph(doc, "FRIENDS OF DIMMOCK'S DENE", True, 16)
    paragraph(
        doc,
        "Minutes of the committee meeting held on Wednesday 12th March 2025 at 7.30pm, "
        "St Barnabas Church Room, Ferrars Road",
        True,
    )
    doc.add_paragraph(
        "Present: Hazel Pumphrey (HP, Chair), Jonathan Wick (JW, Treasurer), Tessa Fairbairn (TF, Secretary), "
        "Raj Mistry (RM), Colin Etheridge (CE), Lucy Abara (LA)"
    )
    doc.add_paragraph("Also present: Owen Pell, Countryside Ranger, Haverleigh Borough Council (items 1–3)")
    doc.add_paragraph("Apologies: Stan Ruddock (SR), Marion Kyte (MK)")
    table = doc.add_table(rows=1 + len(DIMMOCK_ROWS), cols=3)
    table.style = "Table Grid"
    widths = (Cm(1.2), Cm(13.0), Cm(2.6))
    for c, text in enumerate(("Item", "Notes", "Action")):
        _cell(table.cell(0, c), [(text, True)])
    for r, (number, notes, action) in enumerate(DIMMOCK_ROWS, start=1):
        _cell(table.cell(r, 0), [(number, False)])
        _cell(table.cell(r, 1), notes)
        _cell(table.cell(r, 2), [(line, True) for line in action.split("\n")] if action else [("", False)])
    table.autofit = False
    for c, width in enumerate(widths):
        table.columns[c].width = width
    for row in table.rows:
        for c, width in enumerate(widths):
            row.cells[c].width = width
    doc.add_paragraph()
    paragraph(doc, "8. Any other business", True)
    doc.add_paragraph(
        "Steps down to the weir – several members have noticed that the timber steps are badly worn and that people "
        "are now cutting down the bank beside them, which is widening the bare patch every month. Owen said at the "
        "last work party that the Council has no money for new steps this year, so members would like the Friends "
        "to look for a grant to pay for them; HP will ask the Haverleigh Community Fund officer whether steps on a "
        "public path would be eligible."
    )
    doc.add_paragraph(
        "Fallen oak across the lower path – RM reported it to the Council on Monday and Owen said a crew is due "
        "to clear it this week."
    )
    doc.add_paragraph(
        "Noticeboard at the Ferrars Road gate – the perspex front is cracked right across. CE will get a price "
        "for a replacement panel. Action: CE"
    )
    doc.add_paragraph(
        "Dog walkers' survey – TF proposed a short survey of dog walkers about which paths they use and where "
        "they would like more bins. Members liked the idea and TF will draft some questions. "
        "Action: TF"
    )
    doc.add_paragraph(
        "LA mentioned that she will be walking the Coast to Coast path in June and will not be at that month's "
        "events."
    )
    paragraph(doc, "9. Date of next meeting", True)
    doc.add_paragraph("Wednesday 14th May 2025, 7.30pm, St Barnabas Church Room.")
    path.write_bytes(libreoffice_pdf(doc))


# --- 3. Ardnavie Community Council: a Scottish community council's minutes in Word ----------------------------


def ardnavie_cc(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("ARDNAVIE COMMUNITY COUNCIL").bold = True
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("Minutes of the meeting held on Monday 20 January 2025 at 7pm in Ardnavie Village Hall")
    doc.add_paragraph(
        "Present: Fiona Galbraith (Chair), Angus Cairns (Vice Chair), Morag Sutherland (Secretary), "
        "Calum Drummond (Treasurer), Iain MacAulay, Kirsty Bain, Euan Lindsay"
    )
    doc.add_paragraph(
        "In attendance: Cllr Alasdair Logan (Carrandale Council, Ward 4); PC Shona Grierson, Police Scotland; "
        "six members of the public"
    )
    doc.add_paragraph("Apologies: Eilidh Ross; Cllr Jean Buchanan")

    def item(number: str, title: str, *paras: str) -> None:
        p = doc.add_paragraph()
        p.add_run(f"{number}. {title}").bold = True
        for text in paras:
            doc.add_paragraph(text)

    item(
        "1",
        "Welcome and apologies",
        "The Chair welcomed everyone, including PC Grierson, who has taken over the "
        "Ardnavie beat from PC Lamont. Apologies as above.",
    )
    item("2", "Declarations of interest", "None.")
    item(
        "3",
        "Minutes of the meeting of 18 November 2024",
        "Approved. Proposed Kirsty Bain, seconded Euan Lindsay. There was no meeting in December.",
    )
    item(
        "4",
        "Matters arising",
        "Grit bins – the Council refilled the bins at School Brae and Kirk Road in early December. Complete.",
        "Burn Road culvert – Council engineers inspected it before Christmas and the clearance is on the spring "
        "works programme.",
        "Community council banner – still with the printer; Calum is chasing it.",
    )
    item(
        "5",
        "Police Scotland",
        "PC Grierson reported eight crimes in the Ardnavie beat area in November and December, including the theft of "
        "two quad bikes from farms at Balnagown. Officers will be carrying out rural patrols at night over the "
        "winter, and farmers are asked to mark their machinery and keep keys out of vehicles.",
        "Euan raised speeding through the village on the B8802, especially at the school. PC Grierson undertook to ask "
        "the road policing unit to deploy the safety camera van at the school. She also offered to speak to parents "
        "at Ardnavie Primary about online safety if the head teacher would like her to.",
    )
    item(
        "6",
        "Councillor's report",
        "Cllr Logan reported that Carrandale Council has agreed to reopen Ardnavie library two days a week from "
        "April. The Council's budget consultation closes on 7 February and he encouraged the community council to "
        "respond; Fiona agreed to draft a response and circulate it to members by email. Cllr Logan will find out "
        "from the roads department when the Shore Road resurfacing is now programmed and report back at the next "
        "meeting.",
        "A member of the public asked who is responsible for the path down to the beach at Port na Mara. Cllr Logan "
        "said it is the landowner's path, not the Council's, and the Council has no power to repair it.",
    )
    item(
        "7",
        "Planning",
        "25/00034/FUL – Erection of dwellinghouse, Plot 2, Tigh na Coille – no objection.",
        "24/01187/FUL – Twelve holiday pods and access track, Craigend Farm – members agreed to object on the grounds "
        "of the single-track access road and drainage. Morag will submit the objection before the closing date.",
    )
    item(
        "8",
        "Treasurer's report",
        "Balance at 31 December £4,211.30. The Council's administrative grant of £1,050 has been received. It was "
        "agreed to donate £150 to the Ardnavie Gala committee towards the 2025 gala.",
    )
    item(
        "9",
        "Resilience plan",
        "Iain reported that the community resilience plan is out of date; several key holders on the list have moved "
        "away. Iain will circulate a draft update before the March meeting. Kirsty will ask the school whether it "
        "would host the emergency rest centre if the hall were out of use.",
    )
    item(
        "10",
        "AOCB",
        "The hall committee has asked whether the community council would contribute to a heated cabinet for the "
        "defibrillator. It was agreed to consider this at the February meeting, when a price will be available.",
        "Morag reported that community council elections will be held across Carrandale in the autumn and that "
        "nomination packs will be sent out by the Council in August.",
    )
    item("11", "Date of next meeting", "Monday 17 February 2025, 7pm, Ardnavie Village Hall.")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Action points").bold = True
    ruled_table(
        doc,
        [
            ["Action", "Who", "By"],
            ["Submit objection to 24/01187/FUL (Craigend Farm pods)", "MS", "31 Jan"],
            ["Chase the printer for the banner", "CD", "Feb meeting"],
            ["Draft the response to the Council budget consultation", "FG", "7 Feb"],
            ["Ask road policing for the safety camera van at the school", "PC Grierson", "ASAP"],
            ["Circulate draft update of the resilience plan", "IM", "March meeting"],
        ],
    )
    doc.save(path)


# --- 8. Easterholm OPCC: a performance and accountability board with an action log table ---------------------

EASTERHOLM = """
<style>
 .meta td { border: none; padding: 1pt 6pt 1pt 0; font-size: 10pt; }
 .who p { margin: 0 0 3pt 0; }
 .log td, .log th { font-size: 8.8pt; }
 .para { display: grid; grid-template-columns: 9mm auto; }
</style>
<p style="font-size:8.5pt;letter-spacing:1pt"><b>OFFICIAL</b></p>
<h1>Performance and Accountability Board</h1>
<p style="font-size:11pt">Office of the Police and Crime Commissioner for Easterholm</p>
<table class="meta">
<tr><td><b>Date</b></td><td>13 May 2025</td><td><b>Time</b></td><td>14:00 - 16:25</td></tr>
<tr><td><b>Venue</b></td><td colspan="3">Meeting Room 1, Kingsgate House, Easterholm</td></tr>
</table>

<div class="who">
<p><b>Board members</b></p>
<p>Alison Farrant, Police and Crime Commissioner (Chair) - AF</p>
<p>Desmond Quaye, Chief Constable - DQ</p>
<p>Helen Stroud, Deputy Chief Constable - HS</p>
<p><b>Also attending</b></p>
<p>Ben Whitcombe, Chief Executive, OPCC - BW</p>
<p>Nisha Varma, Chief Finance Officer, OPCC - NV</p>
<p>Colin Rudd, Director of Finance and Resources, Easterholm Police - CR</p>
<p>Dr Tamsin Ogle, Head of Performance and Insight, Easterholm Police - TO</p>
<p>Grace Lintott, Policy Officer, OPCC (notes)</p>
<p><b>Apologies</b></p>
<p>Rob Kearsley, Assistant Chief Constable - RK</p>
</div>

<h2>1. Introductions and apologies</h2>
<p>AF opened the meeting. Apologies were noted from ACC Kearsley; DCC Stroud would cover his items.</p>

<h2>2. Notes of the last meeting and action log</h2>
<p>The notes of the meeting on 11 March 2025 were accepted as accurate. The Board went through the action log,
which is attached at the end of these notes with the progress reported today; action 25/07 was signed off as
complete.</p>

<h2>3. Chief Constable's update</h2>
<p>DQ updated the Board on Operation Harrow, the force's county lines operation, which had led to 27 arrests and
the closure of four lines since February. The force had moved to the new neighbourhood policing model on 1 April,
with 14 named neighbourhood inspectors, and the first quarter's evaluation would be reported to the College of
Policing. HMICFRS had inspected the force's custody suites in March; the Chief Constable will share the
inspection report with the Commissioner as soon as it is published. DQ also reported that the force's new
records management system had gone live in Northgate and Fenmouth without any loss of data.</p>

<h2>4. Performance report - quarter 4 2024/25</h2>
<p>TO presented the quarter 4 report against the Police and Crime Plan measures. Emergency calls answered within
ten seconds stood at 92.4%, while the average time to answer 101 calls had fallen to four minutes. Total recorded
crime was 2.1% lower than the previous year. Rural crime had risen in the second half of the year, largely because
of thefts of GPS units and quad bikes from farms in the north of the county, and AF asked that rural crime be shown
for each of the three policing areas in the quarterly report from now on; TO will add the breakdown. HS explained
that the rise in rural thefts had been driven by an organised group operating across the border with the
neighbouring force, against whom a joint investigation was now well advanced, and that the rural crime team's
farm watch scheme now had 1,140 members, more than double the number a year ago, with alerts going out by text
message within an hour of an incident being reported.</p>
<p>TO suggested that the report be produced monthly rather than quarterly; after discussion the Board preferred to
keep the quarterly cycle. The Board noted the quarter 4 performance report.</p>

<h2>5. Provisional outturn 2024/25</h2>
<p>CR reported a provisional underspend of £812,000 on the force budget, mainly from police staff vacancies in
the contact centre. NV recommended that £250,000 be carried forward to meet the cost of replacing body-worn video
cameras in 2025/26. The Board approved the carry-forward of £250,000 into 2025/26. CR will bring a reprofiled
capital programme to the July Board, as several estates schemes had slipped. NV and CR would also agree the wording
of the joint reserves statement before the draft accounts are published. NV reminded the Board that the draft
statement of accounts must be published by 30 June.</p>

<h2>6. Victims' Code compliance</h2>
<p>HS presented the results of the force's audit of compliance with the Code of Practice for Victims of Crime.
Seventy-one per cent of the cases sampled were fully compliant, the most common failing being the offer of a
victim personal statement. AF said this was not good enough and asked for an improvement plan with milestones;
HS agreed to bring one to the next Board.</p>

<h2>7. Independent Custody Visiting scheme - annual report</h2>
<p>BW presented the annual report of the Independent Custody Visiting scheme. Visitors had made 148 visits in
2024/25 and had raised concerns about the time detained people waited for a shower at Northgate. BW undertook to
arrange for the scheme coordinator to meet the Northgate custody inspector to discuss the visitors' concerns. The
Board noted the annual report.</p>

<h2>8. Any other business</h2>
<p>AF reported that she had written to the Home Secretary about the shortfall in the pension grant for 2025/26.
DQ said that he would be happy to brief the Police and Crime Panel on the new neighbourhood model if the Panel
invited him. There was no other business.</p>
<p>Next meeting: Tuesday 8 July 2025, 14:00, Meeting Room 1, Kingsgate House.</p>

<h2 class="pb">Action log - Performance and Accountability Board</h2>
<table class="log">
<tr><th style="width:7%">No.</th><th style="width:10%">Raised</th><th style="width:36%">Action</th>
<th style="width:8%">Lead</th><th style="width:12%">Deadline</th><th style="width:27%">Progress</th></tr>
<tr><td>25/07</td><td>21/01/25</td><td>Provide an analysis of 101 call abandonment by time of day</td><td>TO</td>
<td>March 2025</td><td>Presented to the March Board. Complete.</td></tr>
<tr><td>25/09</td><td>11/03/25</td><td>Validate the data on outcomes for rape offences before publication</td><td>HS</td>
<td>May 2025</td><td>Quarter 3 data validated; quarter 4 validation under way. Amber.</td></tr>
<tr><td>25/10</td><td>11/03/25</td><td>Report on the use of section 60 authorisations</td><td>RK</td>
<td>May 2025</td><td>Deferred to July at the ACC's request.</td></tr>
<tr><td>25/11</td><td>11/03/25</td><td>Publish the force's response to the HMICFRS PEEL report on the force website</td><td>DQ</td>
<td>April 2025</td><td>Not yet published. Red - overdue.</td></tr>
<tr><td>25/14</td><td>13/05/25</td><td>Show rural crime for each policing area in the quarterly performance report</td><td>TO</td>
<td>Q1 report (July)</td><td>New</td></tr>
<tr><td>25/15</td><td>13/05/25</td><td>Reprofiled capital programme 2025/26 to come to the Board</td><td>CR</td>
<td>08/07/25</td><td>New</td></tr>
<tr><td>25/16</td><td>13/05/25</td><td>Victims' Code improvement plan with milestones</td><td>HS</td>
<td>Next Board</td><td>New</td></tr>
<tr><td>25/17</td><td>13/05/25</td><td>Share the HMICFRS custody inspection report with the PCC when published</td><td>DQ</td>
<td>On publication</td><td>New</td></tr>
</table>
"""


def easterholm_board(path: Path) -> None:
    css = _page_css(
        "Easterholm OPCC | Performance and Accountability Board | 13.05.2025",
        "OFFICIAL",
        "",
        "'Liberation Serif', 'Times New Roman', serif",
        "11pt",
    )
    path.write_bytes(chromium_pdf(html_page("PAB notes 13 May 2025", css, EASTERHOLM, lang="en-GB")))


# --- 11. Greywater OPCC: a board's agenda pack with the previous minutes, an actions report and a forward plan --

GREYWATER = """
<style>
 .cover { text-align: center; margin-top: 30mm; }
 .cover h1 { font-size: 20pt; }
 .ag td, .ag th { font-size: 10pt; }
 .item { font-size: 9pt; text-align: right; color: #333; }
 .np { display: grid; grid-template-columns: 10mm auto; }
 .act { margin-left: 10mm; font-weight: bold; }
</style>
<div class="cover">
<p style="font-size:12pt">Greywater Police and Crime Commissioner</p>
<h1>Strategic Policing and Crime Board</h1>
<p style="font-size:12pt">Tuesday 25 March 2025 at 10.00am</p>
<p>Boardroom, Police Headquarters, Fenby Road, Castleham</p>
<p style="margin-top:14mm"><b>AGENDA PACK</b></p>
</div>
<p style="margin-top:16mm"><b>Membership:</b> Dominic Ashe, Police and Crime Commissioner (Chair); Louise Carraway, Deputy
Police and Crime Commissioner; Imran Sadiq, Chief Constable; Ruth Everard, Deputy Chief Constable; Maxine Holt,
Chief Executive, OPCC; Peter Lannigan, Chief Finance Officer, OPCC; Joanna Birtles, Director of Finance, Greywater
Police.</p>
<p><b>Enquiries:</b> Amira Shah, Governance Manager, OPCC - governance@greywater-pcc.gov.uk</p>

<h2 class="pb">Agenda</h2>
<table class="ag">
<tr><th style="width:7%">No.</th><th style="width:53%">Item</th><th style="width:26%">Lead</th><th style="width:14%">Page</th></tr>
<tr><td>1</td><td>Welcome and apologies</td><td>PCC</td><td></td></tr>
<tr><td>2</td><td>Declarations of interest</td><td>PCC</td><td></td></tr>
<tr><td>3</td><td>Minutes of the meeting held on 28 January 2025</td><td>PCC</td><td>3</td></tr>
<tr><td>4</td><td>Actions arising from previous meetings</td><td>OPCC Chief Executive</td><td>5</td></tr>
<tr><td>5</td><td>Police and Crime Plan performance - quarter 3 2024/25</td><td>Deputy Chief Constable</td><td>to follow</td></tr>
<tr><td>6</td><td>Serious Violence Duty - annual review</td><td>Deputy PCC</td><td>to follow</td></tr>
<tr><td>7</td><td>Estates strategy refresh</td><td>Director of Finance</td><td>to follow</td></tr>
<tr><td>8</td><td>Forward plan</td><td>OPCC Chief Executive</td><td>6</td></tr>
<tr><td>9</td><td>Any other business</td><td>PCC</td><td></td></tr>
</table>
<p>Papers marked "to follow" will be circulated no later than three working days before the meeting. Members of the
public may inspect the papers at the OPCC's offices by appointment.</p>

<p class="item pb">Agenda item 3</p>
<h2>Greywater Police and Crime Commissioner - Strategic Policing and Crime Board</h2>
<p><b>Minutes of the meeting held on Tuesday 28 January 2025 at 10.00am in the Boardroom, Police Headquarters,
Castleham</b></p>
<p><b>Present:</b> Dominic Ashe (Police and Crime Commissioner, Chair); Louise Carraway (Deputy Police and Crime
Commissioner); Imran Sadiq (Chief Constable); Ruth Everard (Deputy Chief Constable); Maxine Holt (Chief Executive,
OPCC); Peter Lannigan (Chief Finance Officer, OPCC); Joanna Birtles (Director of Finance)</p>
<p><b>In attendance:</b> Chief Superintendent Gavin Reddy (for item 5); Amira Shah (Governance Manager, minutes)</p>

<h3>1. Welcome and apologies</h3>
<div class="np"><div>1.1</div><div><p>The Commissioner welcomed members. There were no apologies.</p></div></div>

<h3>2. Minutes of 26 November 2024 and actions arising</h3>
<div class="np"><div>2.1</div><div><p>The minutes of the meeting held on 26 November 2024 were approved as a correct record.</p></div></div>
<div class="np"><div>2.2</div><div><p>Action SPCB 24/31, the review of the vetting backlog, had been completed and the report circulated on 10
January. Action SPCB 24/33, the extension of the victims' services contract, remains open while legal advice on the
procurement rules is obtained.</p></div></div>

<h3>3. Precept proposal 2025/26</h3>
<div class="np"><div>3.1</div><div><p>The Chief Finance Officer presented the proposal to increase the policing part of the council tax by £14 for
a Band D property, the maximum permitted without a referendum. The increase would raise £5.6m, which together with
the grant settlement would allow the force to maintain 2,310 officers.</p></div></div>
<div class="np"><div>3.2</div><div><p>The Board endorsed the proposed precept of £283.60 for a Band D property, for submission to the Police and
Crime Panel on 6 February 2025. The Chief Finance Officer would notify the billing authorities of the precept once
the Panel had considered it.</p></div></div>

<h3>4. Medium Term Financial Plan 2025/26 to 2028/29</h3>
<div class="np"><div>4.1</div><div><p>The Director of Finance explained the plan's assumptions, including pay awards of 3% a year and savings of
£4.2m to be found by 2027/28, of which £1.9m had been identified. The Commissioner asked that the Board be given
the chance to look at the capital programme in more depth, and the Chief Finance Officer will arrange a workshop on
the capital programme for Board members before the summer.</p></div></div>
<div class="np"><div>4.2</div><div><p>The Board approved the Medium Term Financial Plan 2025/26 to 2028/29.</p></div></div>
<p class="act">Agreed action: Director of Finance to circulate the revised reserves strategy to Board members by 14 February.</p>

<h3>5. Serious violence and hotspot policing</h3>
<div class="np"><div>5.1</div><div><p>Chief Superintendent Reddy presented the results of Operation Skylark, the hotspot patrols funded by the
Home Office's serious violence grant, in the twelve hotspots of Castleham and Wenbury. Knife crime in the hotspots
had fallen by 12% compared with the same months of the previous year, and there had been no displacement to the
surrounding streets that the analysts could detect, although the Chief Superintendent cautioned that the
comparison covered only six months and that a full evaluation, with the University of Castleham, would be needed
before firm conclusions could be drawn about the effect of the patrols on the most serious offences, which were
few in number and varied a good deal from one year to the next.</p></div></div>
<div class="np"><div>5.2</div><div><p>The force already shares its hotspot maps with the Violence Reduction Partnership each month. The Deputy
Commissioner would write to the head teachers of the five secondary schools in Castleham offering the knife crime
education programme funded by the OPCC. The Chief Constable said he would be willing to present the findings to the
Police and Crime Panel if the Panel asked for them.</p></div></div>
<div class="np"><div>5.3</div><div><p>The Board noted the update.</p></div></div>
<p class="act">Agreed action: DCC to bring the evaluation of the hotspot patrols to the March Board.</p>

<h3>6. HMICFRS PEEL inspection</h3>
<div class="np"><div>6.1</div><div><p>The Chief Constable outlined the force's response to the PEEL inspection report published in December, which
graded the force adequate in five of the nine areas inspected and requires improvement in investigating crime and
in managing offenders.</p></div></div>
<p class="act">Agreed action: Chief Constable to provide the Board with the PEEL improvement plan, with owners and dates, by the end of April.</p>

<h3>7. Any other business</h3>
<div class="np"><div>7.1</div><div><p>The Commissioner informed the Board that he had written to the Minister for Policing about the review of the
police funding formula. The Deputy Commissioner suggested that Board meetings be filmed; members felt this should
wait for the governance review later in the year, and the suggestion was not pursued.</p></div></div>
<div class="np"><div>7.2</div><div><p>The Chief Executive will circulate the dates of the Board's meetings for 2025/26.</p></div></div>

<h3>8. Date of next meeting</h3>
<div class="np"><div>8.1</div><div><p>Tuesday 25 March 2025 at 10.00am, Boardroom, Police Headquarters.</p></div></div>

<p class="item pb">Agenda item 4</p>
<h2>Actions arising from previous meetings</h2>
<p><b>Report of the OPCC Chief Executive</b></p>
<p>1. This report sets out progress on the actions agreed at previous meetings of the Board. Actions shown as
complete will be removed from the log once the Board has seen this report.</p>
<table>
<tr><th style="width:10%">Ref</th><th style="width:11%">Meeting</th><th style="width:27%">Action</th><th style="width:9%">Owner</th>
<th style="width:31%">Update (March 2025)</th><th style="width:12%">Status</th></tr>
<tr><td>SPCB 24/33</td><td>26/11/24</td><td>Extend the victims' services contract by twelve months</td><td>CEx</td>
<td>Legal advice received; extension signed on 3 March.</td><td>Complete</td></tr>
<tr><td>SPCB 25/01</td><td>28/01/25</td><td>Circulate the revised reserves strategy to Board members</td><td>DoF</td>
<td>Circulated on 12 February.</td><td>Complete</td></tr>
<tr><td>SPCB 25/02</td><td>28/01/25</td><td>Evaluation of the hotspot patrols to the March Board</td><td>DCC</td>
<td>The university's evaluation will not be finished until April; moved to the May Board.</td><td>Deferred</td></tr>
<tr><td>SPCB 25/03</td><td>28/01/25</td><td>PEEL improvement plan, with owners and dates</td><td>CC</td>
<td>Draft plan prepared; on track for the end of April.</td><td>On track</td></tr>
<tr><td>SPCB 25/04</td><td>28/01/25</td><td>Workshop on the capital programme for Board members</td><td>CFO</td>
<td>Date not yet fixed.</td><td>Open</td></tr>
<tr><td>SPCB 25/05</td><td>28/01/25</td><td>Write to secondary head teachers offering the knife crime education programme</td><td>DPCC</td>
<td>Letters sent on 6 February; two schools have taken up the offer.</td><td>Complete</td></tr>
</table>
<p>2. <b>Recommendation:</b> that the Board notes the progress made and agrees that the completed actions be closed.</p>

<p class="item pb">Agenda item 8</p>
<h2>Forward plan 2025/26</h2>
<table>
<tr><th style="width:18%">Meeting</th><th style="width:60%">Item</th><th style="width:22%">Lead</th></tr>
<tr><td>20 May 2025</td><td>Police and Crime Commissioner's Annual Report 2024/25 (draft)</td><td>OPCC Chief Executive</td></tr>
<tr><td>20 May 2025</td><td>Evaluation of hotspot patrols (Operation Skylark)</td><td>Deputy Chief Constable</td></tr>
<tr><td>20 May 2025</td><td>Police and Crime Plan performance - quarter 4 2024/25</td><td>Deputy Chief Constable</td></tr>
<tr><td>22 July 2025</td><td>Final outturn 2024/25</td><td>Director of Finance</td></tr>
<tr><td>22 July 2025</td><td>Review of custody detention officer staffing</td><td>Chief Constable</td></tr>
</table>
"""


def greywater_pack(path: Path) -> None:
    css = _page_css(
        "Strategic Policing and Crime Board - 25 March 2025",
        "Greywater Police and Crime Commissioner",
        "Page ",
        "'DejaVu Sans', Verdana, sans-serif",
        "10pt",
    )
    path.write_bytes(chromium_pdf(html_page("SPCB agenda pack 25 March 2025", css, GREYWATER, lang="en-GB")))


# --- 9. Hawkstead OPCC: an executive board's action log in Word, "03/25: … initials, month" ---------------------

HAWKSTEAD_OLD = [
    (
        "01/25",
        "Provide a costed option for extending the drone unit's hours of operation.",
        "SW, March.",
        "Options paper circulated on 3 April and discussed today. Complete.",
    ),
    (
        "03/25",
        "Report the number of agency staff in the contact centre to the Board each month.",
        "MH, April.",
        "First monthly return due at the end of April. In progress.",
    ),
    (
        "04/25",
        "Arrange a visit for the PCC to the new Eastgate custody suite.",
        "KO, April.",
        "Postponed until June because of commissioning works. Deferred.",
    ),
    (
        "05/25",
        "Present the findings of the vetting review to the Board.",
        "DCC, March.",
        "Report not yet received. Overdue.",
    ),
    (
        "06/25",
        "Write to the Local Criminal Justice Board about the Crown Court backlog.",
        "JP, Feb.",
        "Letter sent 12 February; reply awaited.",
    ),
]

HAWKSTEAD_NEW = [
    ("07/25", "Circulate the revised performance framework to Board members for comment.", "LB, May."),
    ("08/25", "Bring proposals for the Community Safety Fund allocations for 2025/26.", "TD, June."),
    ("09/25", "Provide a breakdown of domestic abuse arrests by district for quarter 4.", "MH, 20/05."),
    ("10/25", "Confirm the date of the joint OPCC and force estates workshop.", "SW & TD, May."),
]


def hawkstead_log(path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    paragraph(doc, "Hawkstead Office of the Police and Crime Commissioner", False, 10)
    paragraph(doc, "Executive Board – Action Log", True, 15)
    doc.add_paragraph("Meeting of 22 April 2025, 10:00, Room G14, Police Headquarters, Hawkstead")
    doc.add_paragraph(
        "Attendees: Jonah Pritchard, Police and Crime Commissioner (JP) (Chair); Karen Oyelaran, Chief Constable "
        "(KO); Simon Wray, Deputy Chief Constable (SW); Lena Brook, Chief Executive OPCC (LB); Tariq Dean, Chief "
        "Finance Officer OPCC (TD); Mark Hallam, Head of Corporate Services (MH); Rosie Keane, Board Secretary "
        "(notes)."
    )
    doc.add_paragraph("Apologies: none.")
    paragraph(doc, "Actions brought forward", True, 12)
    for ref, text, tail, update in HAWKSTEAD_OLD:
        p = doc.add_paragraph()
        p.add_run(f"{ref}: ").bold = True
        p.add_run(f"{text} {tail}")
        u = doc.add_paragraph()
        u.paragraph_format.left_indent = Cm(1.0)
        u.add_run("22 Apr: ").italic = True
        u.add_run(update)
    paragraph(doc, "New actions", True, 12)
    for ref, text, tail in HAWKSTEAD_NEW:
        p = doc.add_paragraph()
        p.add_run(f"{ref}: ").bold = True
        p.add_run(f"{text} {tail}")
    paragraph(doc, "Also noted", True, 12)
    doc.add_paragraph(
        "The revised terms of reference for the Executive Board were approved. The PCC reported that he had written "
        "to the Policing Minister about the rural share of the Neighbourhood Policing Guarantee funding. The Chief "
        "Constable reported that the force launched Operation Sentinel against retail crime on 7 April. The Chief "
        "Executive will send members the final timetable for the Police and Crime Panel's June meeting. The DCC will "
        "brief the PCC separately on the gross misconduct hearing listed for May. It was suggested that the Board meet monthly rather than every four weeks; this was not agreed."
    )
    doc.add_paragraph("Next meeting: Tuesday 20 May 2025, 10:00, Room G14.")
    doc.save(path)


PAPERS = {
    "north-tessingham-council-place-scrutiny-committee-2025-01-30.pdf": tessingham_scrutiny,
    "friends-of-dimmocks-dene-2025-03-12.pdf": dimmock_friends,
    "ardnavie-community-council-2025-01-20.docx": ardnavie_cc,
    "easterholm-opcc-performance-and-accountability-board-2025-05-13.pdf": easterholm_board,
    "hawkstead-opcc-executive-board-action-log-2025-04-22.docx": hawkstead_log,
    "greywater-strategic-policing-and-crime-board-pack-2025-03-25.pdf": greywater_pack,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
