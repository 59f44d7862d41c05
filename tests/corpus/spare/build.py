#!/usr/bin/env python3
"""Writes the spare set's Word and PDF papers from the sources below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), a PDF printed again differs too (its creation date), and each gold file names the sha256 of
the bytes it was written for.

    .venv/bin/python tests/corpus/spare/build.py

Three PDFs are printed from HTML by headless Chromium (a district council's committee system, a PCC board's
minutes and a panel's agenda pack); one PDF is a Word file written with python-docx and exported by
LibreOffice (`soffice --headless --convert-to pdf`), as a volunteer secretary makes it; two papers stay Word
files.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/: what the corpora's build scripts share
from corpus.papers import chromium_pdf, html_page, paragraph, ruled_table, write_missing

SOFFICE = "/usr/bin/soffice"


def _css(head: str, foot: str, font: str) -> str:
    return f"""
    @page {{
      size: A4; margin: 22mm 20mm 22mm 20mm;
      @top-left {{ content: "{head}"; font: 8pt {font}; color: #555; }}
      @bottom-right {{ content: "{foot} " counter(page); font: 8pt {font}; }}
    }}
    body {{ font-family: {font}; font-size: 11pt; line-height: 1.4; }}
    h1 {{ font-size: 14pt; margin: 0 0 6pt 0; }}
    h2 {{ font-size: 12pt; margin: 14pt 0 4pt 0; }}
    h3 {{ font-size: 11pt; margin: 12pt 0 3pt 0; }}
    p {{ margin: 0 0 7pt 0; }}
    table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }}
    th, td {{ border: 0.5pt solid #222; padding: 3pt 5pt; vertical-align: top; font-size: 10pt; text-align: left; }}
    th {{ background: #dde4ee; }}
    .pb {{ break-before: page; }}
    .c {{ text-align: center; }}
    """


# --- 1. Pelbury District Council: printed minutes of a scrutiny committee ---------------------------------

PELBURY = """
<p class="c"><b>PELBURY DISTRICT COUNCIL</b></p>
<p class="c"><b>Communities Overview and Scrutiny Committee</b></p>
<p>Minutes of a meeting of the Communities Overview and Scrutiny Committee held in the Council Chamber, Pelbury
House, Market Street, Pelbury on Tuesday, 11 February 2025 at 6.30 pm.</p>

<p><b>Present:</b> Councillor Ruth Amberley (Chair)<br>
Councillor Daniel Coker (Vice-Chair)<br>
Councillors Hilary Fenn, Lynn Hobart (as substitute for Councillor Carl Nuttall), Mohammed Iqbal, Sarah Jowett,
Keith Mardle, Ann Pryce and Tom Vessey</p>
<p><b>Also present:</b> Councillor Graham Oakes (Portfolio Holder for Communities and Environment)</p>
<p><b>Officers:</b> Simon Threlfall (Head of Environmental Services), Priya Lakhani (Community Safety Manager),
Joanne Birtles (Democratic Services Officer)</p>
<p><b>Other attendees:</b> Inspector Mark Gale, Pelbury and Stourmead Neighbourhood Policing Team</p>

<h3>41 APOLOGIES FOR ABSENCE AND SUBSTITUTIONS</h3>
<p>Apologies for absence were received from Councillors Carl Nuttall and Beverley Stott. Councillor Lynn Hobart
attended as substitute for Councillor Nuttall.</p>

<h3>42 DECLARATIONS OF INTEREST</h3>
<p>Councillor Ann Pryce declared a non-pecuniary interest in minute 47 as a member of Pelbury Leisure Centre's
users' forum. There were no other declarations.</p>

<h3>43 MINUTES</h3>
<p>RESOLVED: That the minutes of the meeting held on 10 December 2024 be approved as a correct record.</p>

<h3>44 PROGRESS ON PREVIOUS REQUESTS</h3>
<p>The Democratic Services Officer reported on the requests made at the December meeting. The figures for
fly-tipping enforcement by ward (minute 29) had been circulated to members on 6 January and the request was
complete. The members' visit to the materials recycling facility at Coldridge (minute 31) had been arranged for
4 March and invitations would follow. The review of on-street parking charges in Pelbury town centre (minute 33)
had been postponed to the July meeting at the request of the Portfolio Holder.
The request for a briefing note on empty homes (minute 35) remained outstanding; the Housing Manager had been
reminded.</p>

<h3>45 PUBLIC SPACES PROTECTION ORDER - DOG CONTROL</h3>
<p>The Head of Environmental Services presented the results of the consultation on renewing the dog control
Public Spaces Protection Order, which expires in May. 612 responses had been received, 71% of them in favour of
keeping the requirement for dogs to be on leads in the district's cemeteries and 58% in favour of extending the
exclusion of dogs from fenced play areas to the new play area at Hatchmere Green.</p>
<p>Members asked how often the order had been enforced. The Head of Environmental Services said that enforcement
was mainly by warning and that fixed penalty notices were issued only where an officer witnessed an offence; he
undertook to circulate the number of fixed penalty notices issued for dog fouling in each ward over the last two
years. Councillor Jowett suggested that the Council should employ a private enforcement contractor, as some
neighbouring councils did, but other members were not persuaded and the suggestion was not pursued. The Council
would continue to publish the locations of dog bins on its website, and the Portfolio Holder said he would ask the
waste contractor why the bins at Fernhill Road had not been emptied over the Christmas period.</p>
<p>RESOLVED: That Cabinet be recommended to renew the Public Spaces Protection Order for three years with the
additional exclusion area at Hatchmere Green play area.</p>

<h3>46 COMMUNITY SAFETY PARTNERSHIP - MID-YEAR UPDATE</h3>
<p>The Community Safety Manager and Inspector Gale presented the mid-year report of the Pelbury and Stourmead
Community Safety Partnership. Anti-social behaviour reports were 9% lower than in the same period of 2023/24, but
shop theft in Pelbury town centre had risen by 31%. Inspector Gale said that Operation Harrier, a programme of
high-visibility patrols in the town centre on Friday and Saturday evenings, would carry on until the end of March.
He agreed to send ward members the anti-social behaviour hotspot maps for their wards, which had not been included
in the published report.</p>
<p>Members were concerned about the rise in shop theft and asked for a fuller report. It was hoped that the new
Business Crime Reduction Partnership would be running by the summer.</p>
<p>RESOLVED: That the mid-year update be noted.</p>

<h3>47 LEISURE CENTRE CONTRACT - ANNUAL PERFORMANCE REPORT</h3>
<p>The Committee received the annual report on the leisure management contract. Attendance at Pelbury Leisure
Centre had risen by 6% but the swimming pool had been closed for 19 days because of plant failures. Members felt
that the operator should explain the closures in person, and it was agreed that its regional manager be invited
to a future meeting.</p>
<p>RESOLVED: That the report be noted and that the Committee's concern about the pool closures be conveyed to
the Portfolio Holder.</p>

<h3>48 WORK PROGRAMME</h3>
<p>The Committee considered its work programme for the remainder of 2024/25 and for 2025/26. The items listed
for the next meeting on 8 April 2025 were the annual review of the Council's CCTV service and the Fernhill Road
waste depot relocation. The leisure operator's attendance was added for 1 July 2025, together with the
annual report of the Pelbury Community Lottery.</p>
<p>RESOLVED: That the work programme be agreed, with the additions set out above.</p>

<h3>49 DATE OF NEXT MEETING</h3>
<p>The next meeting will be held on Tuesday, 8 April 2025 at 6.30 pm in the Council Chamber.</p>

<h3>Actions agreed at this meeting</h3>
<table>
<tr><th style="width:10%">Minute</th><th style="width:50%">Action</th><th style="width:22%">Lead officer</th>
<th style="width:18%">By when</th></tr>
<tr><td>45</td><td>Circulate dog fouling fixed penalty figures by ward (last two years)</td>
<td>Head of Environmental Services</td><td>Before 8 April 2025</td></tr>
<tr><td>46</td><td>Report on shop theft in Pelbury town centre and the Business Crime Reduction Partnership</td>
<td>Community Safety Manager</td><td>July 2025 meeting</td></tr>
<tr><td>47</td><td>Invite the leisure operator's regional manager to attend</td><td>Democratic Services Officer</td>
<td>1 July 2025</td></tr>
</table>

<p>The meeting ended at 8.42 pm.</p>
<p>Chair ..............................................</p>
"""


def pelbury_committee(path: Path) -> None:
    css = _css(
        "Communities Overview and Scrutiny Committee - 11 February 2025",
        "Page",
        "'Liberation Serif', 'Times New Roman', serif",
    )
    path.write_bytes(
        chromium_pdf(html_page("Minutes - Communities Overview and Scrutiny Committee", css, PELBURY))
    )


# --- 2. Friends of Ravensholt Meadows: Word minutes exported to PDF by LibreOffice --------------------------


def _action(doc: docx.document.Document, text: str) -> None:
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Pt(28)
    lead = para.add_run("Action: ")
    lead.bold = True
    body = para.add_run(text)
    body.bold = True


def ravensholt_friends(path: Path) -> None:
    doc = docx.Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("Friends of Ravensholt Meadows")
    run.bold = True
    run.font.size = Pt(16)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(
        "Minutes of the Committee Meeting, Tuesday 18th March 2025, 7pm, the Pavilion, Ravensholt Rec"
    )
    doc.add_paragraph(
        "Present: Helen Ashdown (Chair) HA, Robin Tebbutt (Treasurer) RT, Kavita Mistry (Secretary) KM, "
        "Joe Fairlie JF, Martin Kell MK"
    )
    doc.add_paragraph("With us: Dawn Pruett, Countryside Ranger, Morland Borough Council (items 1 to 4)")
    doc.add_paragraph("Apologies: Sue Blencowe, Ian Ferris")

    paragraph(doc, "1. Welcome", True)
    doc.add_paragraph("HA welcomed everyone and thanked Dawn for coming out on a wet evening.")

    paragraph(doc, "2. Minutes of 21st January", True)
    doc.add_paragraph("Accepted as a correct record. Proposed JF, seconded MK.")

    paragraph(doc, "3. Matters arising", True)
    doc.add_paragraph(
        "Memorial bench plaque for George Dodd: the engraver has had the wording since February and we are "
        "still waiting for a proof."
    )
    doc.add_paragraph("Public liability insurance: renewed in February, certificate filed by KM. Done.")
    doc.add_paragraph(
        "Hedge-laying course: RT has booked four places on the course at Hollins Farm on 5th April."
    )
    doc.add_paragraph(
        "Nest box map: on hold until the council's new mapping system is up and running, which Dawn thinks "
        "will be the autumn."
    )

    paragraph(doc, "4. Ranger's report", True)
    doc.add_paragraph(
        "Dawn reported that the council will resurface the main path from the Mill Lane gate to the bridge in "
        "July, and the meadows will be partly closed for about a week while that is done. The ash dieback "
        "survey found eleven trees that will need felling next winter. Dawn said she could lead a bat walk in "
        "June if the group wanted one; members will think about it."
    )
    doc.add_paragraph(
        "Members asked whether the felled ash could be left as habitat piles. Dawn will find out from the "
        "tree officer and tell KM before the next meeting."
    )

    paragraph(doc, "5. Money", True)
    doc.add_paragraph(
        "RT reported a balance of £2,314.56 at the end of February, including the £750 grant from the Morland "
        "Community Fund. RT will put in the Gift Aid claim for last year's donations before the end of April."
    )
    doc.add_paragraph("Agreed to spend up to £180 on new litter pickers and hoops.")
    _action(doc, "order 20 litter pickers and 2 bag hoops (JF)")

    paragraph(doc, "6. Spring work parties", True)
    doc.add_paragraph(
        "The work parties on the first Saturday of each month will carry on. April is balsam pulling along the "
        "brook, May is clearing round the scrape. MK said he will bring his own brushcutter as usual."
    )
    _action(doc, "put the April and May dates on the noticeboard and Facebook page (KM)")
    _action(doc, "check the first aid kit and restock before 5th April (HA/MK)")

    paragraph(doc, "7. Meadow Day, Saturday 14th June", True)
    doc.add_paragraph(
        "The committee decided to hold the Meadow Day again, 11am to 3pm, with the same stalls as last year. JF is "
        "going to ask the Scouts to run the tea tent. Someone needs to speak to the council about borrowing the "
        "gazebos - HA said she would ring the events team this week. It would be nice to have live music if "
        "anyone knows a band."
    )
    _action(doc, "draft a poster and send it round the committee by the end of April (KM)")

    paragraph(doc, "8. Any other business", True)
    doc.add_paragraph(
        "MK reported dog waste being left in the hedge by the Mill Lane gate again. It was agreed that HA would "
        "write to the council asking for a second dog bin there. RT pointed out that the group's constitution "
        "says the AGM must be held by the end of September."
    )

    paragraph(doc, "9. Next meeting", True)
    doc.add_paragraph("Tuesday 20th May 2025, 7pm, the Pavilion.")
    with tempfile.TemporaryDirectory(prefix="spare-") as tmp:
        src = Path(tmp) / f"{path.stem}.docx"
        doc.save(src)
        subprocess.run(
            [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        path.write_bytes((Path(tmp) / f"{path.stem}.pdf").read_bytes())


# --- 3. Auchterlarig and Glenbrae Community Council: Word minutes ---------------------------------------


def auchterlarig_cc(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "AUCHTERLARIG AND GLENBRAE COMMUNITY COUNCIL", True, 14)
    doc.add_paragraph(
        "Minutes of the ordinary meeting held in Glenbrae Village Hall on Monday 27 January 2025 at 7.30pm"
    )
    doc.add_paragraph(
        "Sederunt: Fiona McAlister (Chair), Graham McLeish (Vice Chair), Morag Dunnet (Secretary), "
        "Iain Carruthers (Treasurer), Shona Baird, Alasdair Petrie"
    )
    doc.add_paragraph(
        "In attendance: Cllr Euan Drysdale (Ward 6, Strathlarig), PC Kirsty Lumsden (Police Scotland), "
        "7 members of the public"
    )
    doc.add_paragraph("Apologies: Calum Robb; Cllr Pauline Haig")

    paragraph(doc, "1. Welcome and apologies", True)
    doc.add_paragraph("The Chair welcomed everyone. Apologies as above.")

    paragraph(doc, "2. Minutes of the meeting of 25 November 2024", True)
    doc.add_paragraph(
        "Approved on the motion of Shona Baird, seconded by Alasdair Petrie, subject to correcting the spelling "
        "of Inverbrae in item 6."
    )

    paragraph(doc, "3. Action points from November", True)
    doc.add_paragraph("AP7 (defibrillator pads at the hall) - new pads fitted on 2 December. Closed.")
    doc.add_paragraph(
        "AP8 (broken shelter at Glenbrae bus stop) - reported to the Council in November; no reply received. "
        "Secretary chasing."
    )
    doc.add_paragraph("AP9 (new website) - carried forward, as IC has not had time to look at it.")
    doc.add_paragraph(
        "AP10 (Christmas tree lights) - done; thanks to the Petrie family for the loan of the ladder."
    )

    paragraph(doc, "4. Police report", True)
    doc.add_paragraph(
        "PC Lumsden reported 14 incidents in the area since November, mostly road traffic matters on the A827 "
        "and two thefts of quad bikes from farms near Auchterlarig. Officers will continue rural crime patrols "
        "and she encouraged farmers to sign up to Farm Watch. She will find out whether the mobile speed camera "
        "van can be sent to the 30mph limit at Glenbrae school and let the Secretary know."
    )

    paragraph(doc, "5. Councillor's report", True)
    doc.add_paragraph(
        "Cllr Drysdale said the Council's budget would be set on 27 February and that the closure of the "
        "Strathlarig recycling point was not now expected before 2026. He agreed to ask the roads department "
        "when the potholes on the Kirkton road would be filled."
    )

    paragraph(doc, "6. Roads and gritting", True)
    doc.add_paragraph(
        "Members reported that the grit bin at Braeside was empty again and that the bin at the school gate had "
        "been damaged by the snow plough."
    )
    doc.add_paragraph("AP11 - GMcL to report both grit bins to the Council's roads team.")
    doc.add_paragraph(
        "It would help if the Council gritted the Kirkton brae before the school bus, but members accepted it "
        "was not on a priority route."
    )

    paragraph(doc, "7. Planning", True)
    doc.add_paragraph(
        "25/00041/FUL, erection of a house and garage at Achnabeg: the community council has no comment. "
        "25/00063/FUL, change of use of steading to holiday lets at Mains of Glenbrae: the community council "
        "agreed to object on the grounds of road safety at the junction with the A827."
    )
    doc.add_paragraph("AP12 - Secretary to send the objection before the closing date of 7 February.")

    paragraph(doc, "8. Treasurer's report", True)
    doc.add_paragraph(
        "Balance at 31 December £3,486.20. The Council's administration grant of £410 has been received. The "
        "accounts are examined each April by the independent examiner. The meeting agreed to pay £95 for the "
        "hall hire for the year."
    )

    paragraph(doc, "9. Glenbrae path network", True)
    doc.add_paragraph(
        "Shona Baird reported that the path group had found a landowner willing to allow a link path from the "
        "village to the loch side. Iain Carruthers will look into whether the windfarm community benefit fund "
        "could pay for it, and the group will report back at the March meeting."
    )
    doc.add_paragraph("AP13 - SB / IC to meet the landowner and walk the route before the end of February.")

    paragraph(doc, "10. AOCB", True)
    doc.add_paragraph(
        "A resident raised the lack of mobile signal in upper Glenbrae. The Chair said she would write to the "
        "local MSP about it. Alasdair Petrie suggested a community litter pick in the spring."
    )

    paragraph(doc, "11. Date of next meeting", True)
    doc.add_paragraph("Monday 24 March 2025, 7.30pm, Auchterlarig Church Hall.")
    doc.save(path)


# --- 8. Westmarch OPCC Accountability Board: minutes with an action table, printed to PDF ---------------

WESTMARCH = """
<h1>Office of the Police and Crime Commissioner for Westmarch</h1>
<h2>Accountability Board - Minutes</h2>
<table>
<tr><td style="width:22%"><b>Date</b></td><td>Tuesday 15 April 2025</td></tr>
<tr><td><b>Time</b></td><td>10:00 - 12:15</td></tr>
<tr><td><b>Location</b></td><td>Conference Room 2, Westmarch Police Headquarters, Harlestone Road</td></tr>
</table>
<p><b>Members</b></p>
<table>
<tr><th>Name</th><th>Role</th><th>Attended</th></tr>
<tr><td>Catherine Moss</td><td>Police and Crime Commissioner (Chair)</td><td>Yes</td></tr>
<tr><td>Neil Fairbrother</td><td>Chief Executive, OPCC</td><td>Yes</td></tr>
<tr><td>Harriet Vane-Ellis</td><td>Chief Finance Officer, OPCC</td><td>Yes</td></tr>
<tr><td>Andrew Kilbride</td><td>Chief Constable</td><td>Yes</td></tr>
<tr><td>Sara Oduya</td><td>Deputy Chief Constable</td><td>Apologies</td></tr>
<tr><td>Philip Rennard</td><td>Assistant Chief Constable (Local Policing)</td><td>Yes</td></tr>
<tr><td>Geraldine Stokes</td><td>Director of Finance, Westmarch Police</td><td>Yes</td></tr>
</table>
<p><b>Also attending:</b> Detective Superintendent Owen Blackwood (item 4), Lucy Tamblyn (Policy Officer, OPCC,
minutes)</p>

<h3>1. Introductions and apologies</h3>
<p>The Commissioner opened the meeting. Apologies were noted from the Deputy Chief Constable.</p>

<h3>2. Notes of the meeting held on 11 March 2025</h3>
<p>The notes were agreed as an accurate record.</p>

<h3>3. Review of actions</h3>
<table>
<tr><th style="width:8%">No.</th><th style="width:52%">Action</th><th style="width:25%">Position at 15 April</th>
<th style="width:15%">Status</th></tr>
<tr><td>AB/25/07</td><td>Provide the Board with the 999 call answering figures broken down by hour of day</td>
<td>Circulated 20 March</td><td>Achieved</td></tr>
<tr><td>AB/25/08</td><td>Review of the vetting backlog to be brought to the Board</td>
<td>Review started; report to May Board</td><td>Work under way</td></tr>
<tr><td>AB/25/09</td><td>Publish the force's stop and search scrutiny panel findings on the website</td>
<td>Awaiting national guidance on data release</td><td>Paused</td></tr>
<tr><td>AB/25/10</td><td>Written response on the custody suite refurbishment delay</td>
<td>Not received - was due 4 April</td><td>Past deadline</td></tr>
<tr><td>AB/25/11</td><td>Share the draft neighbourhood policing charter with the OPCC</td>
<td>No work yet</td><td>Not started</td></tr>
</table>
<p>The Chief Constable apologised for the late response on the custody suite and said the Director of Finance
would send it by the end of the week.</p>

<h3>4. Serious and organised crime</h3>
<p>Detective Superintendent Blackwood presented the quarterly serious and organised crime update. Seven
organised crime groups were being actively disrupted and two county lines had been closed since January.
The Commissioner asked how many children had been referred through the national referral mechanism in the
quarter. The Detective Superintendent did not have the figure to hand and will provide it to the OPCC in writing.
The force intends to run a week of action on county lines in May with neighbouring forces; this is part of the
national intensification programme. The Chief Constable agreed to brief the Commissioner on the results of the
week of action at the June Board.</p>
<p>The Board noted the update.</p>

<h3>5. Finance - outturn 2024/25 (provisional)</h3>
<p>The Director of Finance reported a provisional underspend of £1.2m, largely from police staff vacancies.
The Commissioner approved the transfer of £0.8m of the underspend to the estates reserve, the balance to go to
the general reserve. The Chief Finance Officer asked for the final figures to be reconciled with the statement of
accounts before they are published, and the Director of Finance agreed to provide the reconciliation by 30 May.</p>

<h3>6. Neighbourhood policing</h3>
<p>ACC Rennard described the new neighbourhood policing model that went live on 1 April. Each ward now has a
named officer. The Commissioner welcomed the change but was concerned that the public did not know who their
officer was, and asked that the force publicise the names on its website and in the local press. The Chief
Executive suggested a joint launch event, but the Commissioner preferred to wait until the model had bedded in.</p>

<h3>7. Any other business</h3>
<p>The Chief Executive reminded the Board that the Police and Crime Panel meets on 24 April, when the
Commissioner's annual report will be considered. The Commissioner asked the Chief Constable to attend. Neil
Fairbrother will circulate the Panel's papers to Board members as soon as they are published.</p>

<h3>Actions from this meeting</h3>
<table>
<tr><th style="width:10%">Ref</th><th style="width:8%">Item</th><th style="width:46%">Agreed action</th>
<th style="width:18%">Responsible</th><th style="width:18%">Deadline</th></tr>
<tr><td>AB/25/12</td><td>4</td><td>Number of children referred through the national referral mechanism in Q4</td>
<td>Det Supt Blackwood</td><td>Next Board</td></tr>
<tr><td>AB/25/13</td><td>5</td><td>Reconcile provisional outturn with the draft statement of accounts</td>
<td>Director of Finance</td><td>30 May 2025</td></tr>
<tr><td>AB/25/14</td><td>6</td><td>Publish named neighbourhood officers on the force website and brief local press</td>
<td>ACC Rennard</td><td>End of May</td></tr>
<tr><td>AB/25/15</td><td>7</td><td>Chief Constable to attend the Police and Crime Panel</td><td>CC</td><td>24 April</td></tr>
</table>

<p>Next meeting: Tuesday 20 May 2025, 10:00, Conference Room 2.</p>
"""


def westmarch_board(path: Path) -> None:
    css = _css(
        "OFFICIAL", "Westmarch OPCC Accountability Board 15.04.25 - page", "'DejaVu Sans', Arial, sans-serif"
    )
    path.write_bytes(chromium_pdf(html_page("Accountability Board 15 April 2025", css, WESTMARCH)))


# --- 9. Stannerdale OPCC Resources and Performance Board: action log in Word -----------------------------


def stannerdale_log(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Police and Crime Commissioner for Stannerdale", True, 13)
    paragraph(doc, "Resources and Performance Board - Action Log", True, 12)
    doc.add_paragraph("Meeting of 25 March 2025, 14:00, Commissioner's Office, Tanner Street, Stannerdale")
    doc.add_paragraph(
        "Attendees: Ravinder Sohal, PCC (Chair); Andrea Pym, Chief Constable; Martin Crewe, DCC; "
        "Beth Lowry, OPCC Chief Executive; Tom Ashby, OPCC Treasurer; Colette Grange, Force Director of "
        "Resources. Notes: Emma Wills (OPCC). Apologies: ACC Daniel Frome."
    )
    ruled_table(
        doc,
        [
            ["Log No.", "Raised", "Action", "Owner", "Due", "Update 25/03/25", "Status"],
            [
                "RPB 41",
                "28/01/25",
                "Produce a breakdown of overtime spend by department for Q3",
                "CG",
                "25/03/25",
                "Presented at this meeting.",
                "Closed",
            ],
            [
                "RPB 43",
                "28/01/25",
                "Review the fleet replacement programme against the electric vehicle target",
                "CG",
                "May 25",
                "Consultant engaged, fieldwork under way.",
                "Green - on track",
            ],
            [
                "RPB 44",
                "25/02/25",
                "Confirm the funding position for the second year of the rural crime team",
                "TA",
                "25/03/25",
                "Waiting for Home Office grant letter. Deadline missed.",
                "Red",
            ],
            [
                "RPB 45",
                "25/02/25",
                "Options for sharing a control room with Fenholm Fire and Rescue",
                "DCC",
                "Sept 25",
                "Not due; scoping will begin in the summer.",
                "Not due",
            ],
            [
                "RPB 46",
                "25/02/25",
                "Custody healthcare contract: report on performance of the new provider",
                "ACC",
                "June 25",
                "Deferred to June at ACC's request, provider's data not yet validated.",
                "Deferred",
            ],
            [
                "RPB 47",
                "25/03/25",
                "Provide the Board with a profile of police officer leavers in the first five years of service",
                "DCC",
                "June 25",
                "New",
                "Open",
            ],
            [
                "RPB 48",
                "25/03/25",
                "Circulate the revised capital strategy to Board members ahead of publication",
                "TA / CG",
                "11/04/25",
                "New",
                "Open",
            ],
        ],
    )
    paragraph(doc, "Discussion", True)
    doc.add_paragraph(
        "Overtime (RPB 41): the Board considered the breakdown. The PCC asked that overtime be added as a standing "
        "item on the Board's quarterly performance report, and the Chief Constable agreed. Colette Grange will "
        "include it from the next quarterly report."
    )
    doc.add_paragraph(
        "Workforce: the DCC reported that 38 officers had left in the year, 15 of them in their first five years "
        "of service. The PCC was concerned at the early leavers and an analysis was requested (RPB 47). The force "
        "is also taking part in a national study of probationer attrition led by the College of Policing."
    )
    doc.add_paragraph(
        "Capital strategy: the OPCC Treasurer presented the revised capital strategy. The Board approved the "
        "strategy, subject to the amendment to the estates schedule agreed in discussion."
    )
    doc.add_paragraph(
        "Complaints: the OPCC Chief Executive reported that 22 complaint reviews had been completed in the quarter, "
        "all within 28 days. Beth Lowry will share the dip-sample findings with the Professional Standards "
        "Department before the next Board. The Chief Constable said that PSD would welcome the findings."
    )
    doc.add_paragraph("Next meeting: 29 April 2025.")
    doc.save(path)


# --- 11. Tresham Police and Crime Panel: agenda pack with the previous minutes and an actions report -----

TRESHAM = """
<p class="c"><b>TRESHAM POLICE AND CRIME PANEL</b></p>
<p class="c">Thursday, 20 March 2025 at 2.00 pm<br>Committee Room A, Tresham Guildhall, Queen Street, Tresham</p>
<p>Members of the Panel: Councillor Vera Lindqvist (Chair), Councillor Barnaby Hollis (Vice-Chair), Councillors
Amrit Dhillon, Shirley Coombes, Gareth Price-Jones, Nina Feld, Patrick Orme; Independent Co-opted Members: Dr Alison
Wray, Mr Kwame Boateng</p>
<p>Enquiries to: Frances Ulley, Panel Support Officer</p>

<h2>AGENDA</h2>
<table>
<tr><th style="width:8%">Item</th><th style="width:72%">Business</th><th style="width:20%">Pages</th></tr>
<tr><td>1</td><td>Apologies and substitutes</td><td></td></tr>
<tr><td>2</td><td>Declarations of interest</td><td></td></tr>
<tr><td>3</td><td>Minutes of the meeting held on 23 January 2025</td><td>3 - 6</td></tr>
<tr><td>4</td><td>Actions report</td><td>7 - 8</td></tr>
<tr><td>5</td><td>Police and Crime Plan - performance report, Quarter 3</td><td>9 - 20</td></tr>
<tr><td>6</td><td>Commissioner's decisions since the last meeting</td><td>21 - 24</td></tr>
<tr><td>7</td><td>Complaints against the Commissioner</td><td>25 - 26</td></tr>
<tr><td>8</td><td>Work programme</td><td>27 - 28</td></tr>
</table>

<div class="pb"></div>
<p class="c"><b>TRESHAM POLICE AND CRIME PANEL</b></p>
<p><b>MINUTES</b> of the meeting held on Thursday, 23 January 2025 at 2.00 pm in Committee Room A, Tresham
Guildhall</p>
<p><b>PRESENT:</b> Councillor Vera Lindqvist (Chair); Councillors Barnaby Hollis, Amrit Dhillon, Shirley Coombes,
Nina Feld and Patrick Orme; Dr Alison Wray (Independent Co-opted Member)</p>
<p><b>ALSO PRESENT:</b> Jonathan Threadgold (Police and Crime Commissioner), Melanie Scarth (Chief Executive,
OPCC), Ian Purvis (Chief Finance Officer, OPCC), Frances Ulley (Panel Support Officer)</p>

<p><b>51. APOLOGIES</b></p>
<p>Apologies were received from Councillor Gareth Price-Jones and Mr Kwame Boateng.</p>

<p><b>52. DECLARATIONS OF INTEREST</b></p>
<p>None.</p>

<p><b>53. MINUTES</b></p>
<p>The minutes of the meeting held on 21 November 2024 were agreed and signed.</p>

<p><b>54. PROPOSED POLICE PRECEPT 2025/26</b></p>
<p>The Commissioner presented his proposal to increase the police element of the council tax by £14 for a Band D
property. He explained that without the increase the force would need to find a further £3.1m in savings. Members
questioned the assumptions about the police pay award and the Chief Finance Officer agreed to send the Panel the
sensitivity analysis showing the effect of a 1% change in the award. Councillor Feld asked whether the Commissioner
would consider a smaller increase; he said he would not.</p>
<p>The Panel voted on the proposal: 6 in favour, 1 against.</p>
<p><b>RESOLVED:</b> That the Panel supports the proposed precept of £268.41 for a Band D property for 2025/26
without qualification.</p>

<p><b>55. VICTIMS' SERVICES</b></p>
<p>The Chief Executive reported on the recommissioning of victims' services from April 2025. Members asked for the
results of the victim satisfaction survey to be shared when they are available in the summer, and the Chief
Executive said she would send them to the Panel Support Officer for circulation. Dr Wray suggested that the Panel
hold a themed session on domestic abuse, which the Chair agreed to consider when the work programme is reviewed.</p>
<p>The report was noted.</p>

<p><b>56. WORK PROGRAMME</b></p>
<p>The Panel agreed its work programme, adding an item on the estates strategy for June. The Panel Support Officer
will arrange an informal briefing for members on the complaints process before the March meeting.</p>

<p><b>57. DATE OF NEXT MEETING</b></p>
<p>20 March 2025 at 2.00 pm.</p>
<p>The meeting closed at 4.05 pm.</p>

<div class="pb"></div>
<p class="c"><b>Item 4 - Actions report</b></p>
<p>This report sets out the progress on actions agreed at previous meetings of the Panel.</p>
<table>
<tr><th style="width:10%">Meeting</th><th style="width:8%">Min.</th><th style="width:35%">Action</th>
<th style="width:17%">Responsible</th><th style="width:30%">Response / status</th></tr>
<tr><td>21.11.24</td><td>44</td><td>Provide figures on response times in rural wards</td><td>OPCC</td>
<td>Provided 3 December. COMPLETED</td></tr>
<tr><td>21.11.24</td><td>46</td><td>Visit to the force control room for Panel members</td><td>Panel Support Officer</td>
<td>Booked for 2 April. IN PROGRESS</td></tr>
<tr><td>23.01.25</td><td>54</td><td>Sensitivity analysis of the pay award assumption</td><td>Chief Finance Officer</td>
<td>Circulated 30 January. COMPLETED</td></tr>
<tr><td>23.01.25</td><td>55</td><td>Victim satisfaction survey results</td><td>Chief Executive, OPCC</td>
<td>Due summer 2025. OPEN</td></tr>
<tr><td>23.01.25</td><td>56</td><td>Informal briefing on complaints</td><td>Panel Support Officer</td>
<td>Postponed to May at Commissioner's request. DEFERRED</td></tr>
</table>
<p><b>Recommendation:</b> That the Panel notes the progress on actions.</p>

<div class="pb"></div>
<p class="c"><b>Item 8 - Work programme 2025</b></p>
<table>
<tr><th style="width:20%">Meeting</th><th style="width:80%">Items</th></tr>
<tr><td>19 June 2025</td><td>Commissioner's annual report 2024/25</td></tr>
<tr><td>19 June 2025</td><td>Estates strategy</td></tr>
<tr><td>18 September 2025</td><td>Police and Crime Plan performance, Quarter 1</td></tr>
<tr><td>18 September 2025</td><td>Domestic abuse - themed session (to be confirmed)</td></tr>
</table>
"""


def tresham_pack(path: Path) -> None:
    css = _css("Tresham Police and Crime Panel - 20 March 2025", "", "Arial, Helvetica, sans-serif")
    path.write_bytes(chromium_pdf(html_page("Agenda - Tresham Police and Crime Panel", css, TRESHAM)))


PAPERS = {
    "pelbury-district-council-communities-scrutiny-2025-02-11.pdf": pelbury_committee,
    "friends-of-ravensholt-meadows-2025-03-18.pdf": ravensholt_friends,
    "auchterlarig-glenbrae-community-council-2025-01-27.docx": auchterlarig_cc,
    "westmarch-opcc-accountability-board-2025-04-15.pdf": westmarch_board,
    "stannerdale-opcc-resources-and-performance-board-action-log-2025-03-25.docx": stannerdale_log,
    "tresham-police-and-crime-panel-pack-2025-03-20.pdf": tresham_pack,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
