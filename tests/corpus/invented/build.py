#!/usr/bin/env python3
"""Writes the invented papers kept as Word and PDF files, from the text below, so that what they
say can be read and reviewed here. It writes only the papers that are missing: a Word file saved
again differs in its bytes (zip timestamps), and each gold file names the sha256 of the bytes it
was written for.

    .venv/bin/python tests/corpus/invented/build.py
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


def lanthorne_accountability_board(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Office of the Police and Crime Commissioner for Lanthorne", True, 14)
    paragraph(doc, "ACCOUNTABILITY BOARD", True, 14)
    doc.add_paragraph(
        "Minutes of the meeting held on Tuesday 17 September 2024, 10:00 to 12:15, "
        "Conference Room 2, Police Headquarters, Marrowby"
    )
    paragraph(doc, "Present", True)
    ruled_table(
        doc,
        [
            ["Name", "Role", "Initials"],
            ["Daniel Okafor", "Police and Crime Commissioner", "PCC"],
            ["Helen Marsh", "Chief Constable", "CC"],
            ["Graham Tulley", "Deputy Chief Constable", "DCC"],
            ["Asha Patel", "OPCC Chief Executive", "CEO"],
            ["Robert Keane", "OPCC Chief Finance Officer", "CFO"],
            ["Nicola Birch", "Force Director of Finance", "DoF"],
            ["Emma Searle", "OPCC Governance Officer (minutes)", "ES"],
        ],
    )
    paragraph(doc, "Apologies", True)
    doc.add_paragraph("Mark Doyle, Assistant Chief Constable (ACC)")
    doc.add_heading("1. Welcome and apologies", level=2)
    doc.add_paragraph("The PCC welcomed everyone to the meeting. Apologies were noted from the ACC.")
    doc.add_heading("2. Minutes of the previous meeting and action log", level=2)
    doc.add_paragraph(
        "The minutes of the meeting held on 16 July 2024 were agreed as an accurate record. "
        "The Board reviewed the action log:"
    )
    ruled_table(
        doc,
        [
            ["Ref", "Action", "Owner", "Status", "Update"],
            [
                "24/31",
                "Provide an analysis of repeat missing person reports by care home",
                "DCC",
                "Complete",
                "Analysis circulated to the Board on 2 August.",
            ],
            [
                "24/32",
                "Review the 101 call abandonment rate and options for a call-back service",
                "CC",
                "Ongoing",
                "Call-back pilot starts in October; update to the November Board.",
            ],
            [
                "24/33",
                "Publish the Board's minutes on the OPCC website within 20 working days",
                "CEO",
                "Complete",
                "Now part of the governance timetable.",
            ],
            [
                "24/34",
                "Present the refreshed estates strategy",
                "CFO",
                "Carried forward",
                "Carried forward to the November Board pending the valuation of the Eastgate site.",
            ],
        ],
    )
    doc.add_heading("3. Performance report – Quarter 1", level=2)
    doc.add_paragraph(
        "The DCC presented the quarter 1 performance report. Charge rates for rape offences had "
        "risen to 6.8%, but the average time to charge remained above the national figure. The "
        "PCC asked what was being done about investigation timeliness. The CC would write to the "
        "PCC setting out the recovery plan for rape investigation timeliness."
    )
    doc.add_paragraph(
        "The DCC noted that the force had taken part in the national week of action on knife "
        "crime in May, with 41 weapons surrendered."
    )
    doc.add_heading("4. Finance – revenue monitoring", level=2)
    doc.add_paragraph(
        "The DoF reported a forecast overspend of £1.2m, mainly on overtime in the response "
        "function. The CFO advised that the position should improve once the new overtime "
        "controls took effect. The Board agreed the virement of £250,000 from the vehicle "
        "reserve to the fleet replacement budget."
    )
    doc.add_heading("5. Neighbourhood policing", level=2)
    doc.add_paragraph(
        "The PCC suggested that the force might publish crime data at ward level; the CC said that "
        "small numbers could identify victims and that this was not something the force would "
        "take forward at present. The PCC welcomed the recruitment of 12 new PCSOs in the "
        "northern district."
    )
    doc.add_heading("6. Any other business", level=2)
    doc.add_paragraph("None. The next meeting will be held on Tuesday 19 November 2024 at 10:00.")
    paragraph(doc, "ACTIONS ARISING", True)
    ruled_table(
        doc,
        [
            ["ITEM", "ACTION", "OWNER", "TIMESCALE"],
            [
                "3",
                "Provide a breakdown of the rape investigation timeliness figures by investigation team",
                "DCC",
                "November Board",
            ],
            [
                "3",
                "Bring a paper on the Right Care, Right Person approach and the demand it has saved",
                "ACC",
                "January 2025",
            ],
            ["4", "Circulate the revised overtime controls to Board members", "DoF", "4 October 2024"],
            ["5", "Arrange a briefing for the PCC on the neighbourhood policing model", "CC / DCC", "TBC"],
        ],
    )
    doc.save(path)


def fernbrook_community_council(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Fernbrook Community Council", True, 16)
    doc.add_paragraph("Minutes of the meeting held on Tuesday 7 May 2024 at 7pm in Fernbrook Church Hall")
    doc.add_paragraph(
        "Present: Alison Reid (Chair), Callum Fraser (Secretary), Morag Duncan (Treasurer), "
        "Iain MacLeod, Sheena Watt"
    )
    doc.add_paragraph(
        "In attendance: Cllr Gordon Baird (ward councillor), PC Ross Kerr (Police Scotland), three residents"
    )
    doc.add_paragraph("Apologies: Euan Campbell")
    paragraph(doc, "Police report", True)
    doc.add_paragraph(
        "PC Kerr reported two break-ins to garden sheds in Glebe Road and a number of calls about "
        "youths on motorbikes in the woods. Police Scotland will be holding a bike marking day at "
        "the school in June. Several members raised cars parked on the zig-zags at the school gates; "
        "PC Kerr would look into the parking complaints and report back at the next meeting."
    )
    paragraph(doc, "Minutes of the last meeting", True)
    doc.add_paragraph(
        "The minutes of the April meeting were approved, proposed by Morag and seconded by Iain."
    )
    paragraph(doc, "Matters arising", True)
    doc.add_paragraph(
        "Callum had written to the council about the potholes on Burnside Road, and a reply said "
        "they were on the list for repair in June. The noticeboard at the shop has still to be "
        "replaced; Iain is waiting on a quote from the joiner."
    )
    paragraph(doc, "Treasurer's report", True)
    doc.add_paragraph(
        "Morag reported a balance of £1,862.40 in the main account. It was agreed to pay the hall "
        "hire invoice of £120."
    )
    paragraph(doc, "Planning", True)
    doc.add_paragraph(
        "There were no new applications of concern. Members had read the scoping report for the "
        "Carn Dubh wind farm extension, and Callum would draft a response for the June meeting. "
        "The council plans to close the recycling point in the village car park later in the year."
    )
    paragraph(doc, "Gala day", True)
    doc.add_paragraph(
        "The gala will be on Saturday 22 June. Our chair will contact the gala committee to offer "
        "help with the litter pick on the Sunday morning. Sheena said it would be lovely to see "
        "hanging baskets on Main Street again one day."
    )
    paragraph(doc, "AOCB", True)
    doc.add_paragraph(
        "Members agreed that the community council would apply to the wind farm community fund for "
        "a grant towards a cabinet for the defibrillator. Morag would complete the application form."
    )
    paragraph(doc, "Date of next meeting", True)
    doc.add_paragraph("Tuesday 4 June 2024 at 7pm in the Church Hall.")
    doc.save(path)


def coldwater_work_programme(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Coldwater Police and Crime Panel", True, 14)
    paragraph(doc, "Work Programme 2025/26", True)
    doc.add_paragraph(
        "The work programme is reviewed at each meeting. Items may move between meetings at the "
        "request of the Chair or the Commissioner. Last updated: April 2025."
    )
    ruled_table(
        doc,
        [
            ["Meeting date", "Item", "Purpose", "Lead"],
            ["26 June 2025", "Police and Crime Plan performance – Quarter 4 2024/25", "Scrutiny", "OPCC"],
            ["26 June 2025", "Commissioner's Annual Report 2024/25", "Statutory review", "PCC"],
            ["25 September 2025", "Rural and wildlife crime", "Proactive scrutiny", "OPCC / Force"],
            [
                "25 September 2025",
                "Complaints against the Commissioner – annual summary",
                "Information",
                "Panel Officer",
            ],
            ["27 November 2025", "Victim services commissioning", "Scrutiny", "OPCC"],
            ["5 February 2026", "Proposed police precept 2026/27", "Statutory review", "PCC / CFO"],
        ],
    )
    doc.add_paragraph("Topics not yet scheduled: use of drones; custody health provision.")
    doc.save(path)


PDF_TOP, PDF_BOTTOM, PDF_LEADING, PDF_SIZE = 750, 60, 12, 10
PAGE_BREAK = "<<page>>"


def _pdf(entries: list[tuple[str, str]], body_chars: int = 80, right_x: float = 0) -> bytes:
    """Lines set in Courier down A4-ish pages: each entry a paragraph wrapped to `body_chars`
    (bold when it starts with '**', a blank line when empty, PAGE_BREAK a new page), its right-hand text (an Action
    column's initials) on the paragraph's last line at `right_x`."""
    pages, page, y = [], Page(), PDF_TOP
    for left, right in entries:
        bold = left.startswith("**")
        lines = textwrap.wrap(left.removeprefix("**"), body_chars) or [""]
        if left == PAGE_BREAK or y - PDF_LEADING * len(lines) < PDF_BOTTOM:
            pages.append(page)
            page, y = Page(), PDF_TOP
            if left == PAGE_BREAK:
                continue
        for n, line in enumerate(lines):
            if line:
                page.text(50, y, line, PDF_SIZE, bold)
            if right and n == len(lines) - 1:
                page.text(right_x, y, right, PDF_SIZE)
            y -= PDF_LEADING
    pages.append(page)
    return make_pdf(pages)


def _plain(text: str) -> list[tuple[str, str]]:
    """A paper's paragraphs, one a line, a blank line kept as a gap."""
    return [(line, "") for line in textwrap.dedent(text).strip("\n").splitlines()]


def brockhurst_county_council(path: Path) -> None:
    path.write_bytes(_pdf(_plain(BROCKHURST)))


def hollin_park_friends(path: Path) -> None:
    path.write_bytes(_pdf(HOLLIN, body_chars=62, right_x=480))


def dunsford_agenda_pack(path: Path) -> None:
    path.write_bytes(_pdf(_plain(DUNSFORD)))


BROCKHURST = """
    **BROCKHURST COUNTY COUNCIL

    **MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, Brockhurst on Thursday, 18 July 2024.

    PRESENT: Mr R J Castell (Chairman), Mrs S Okonjo (Vice-Chairman), Mr D Whitcombe, Mr P Lister, Ms H Greaves, Mr A Naylor, Mr T Ferris and Mrs B Kaur

    IN ATTENDANCE: Mrs J Ellwood (Chief Executive), Mr M Sood (Director of Finance) and Ms K Rowe (Head of Democratic Services)

    **UNRESTRICTED ITEMS

    **112. Apologies for Absence
    Apologies for absence were received from Mr G Pike and Mrs L Tarrant.

    **113. Declarations of Interest
    There were no declarations of interest.

    **114. Minutes of the meeting held on 23 May 2024
    RESOLVED that the minutes of the meeting held on 23 May 2024 are correctly recorded and that they be signed by the Chairman.

    **115. Chairman's Announcements
    The Chairman congratulated the Brockhurst Fire and Rescue Service on its national award for water safety education, and reported that she had attended the county show in June.

    **116. Revenue and Capital Budget Monitoring - Quarter 1 2024/25
    (1) Mr Whitcombe, Cabinet Member for Finance, introduced the report. The forecast revenue overspend of £9.4m was driven mainly by placements in children's social care and home to school transport.
    (2) In reply to Mr Ferris, Mr Sood said that he would circulate a note to all Members on the use of reserves so far this year.
    (3) RESOLVED that the County Council:
    (a) note the forecast revenue overspend of £9.4m;
    (b) endorse the spending controls set out in section 6 of the report; and
    (c) approve the changes to the capital programme set out in Appendix 2.

    **117. Motion for Time Limited Debate - Rural Bus Services
    (1) Mr Ferris moved and Mrs Kaur seconded the following motion: "This Council calls on the Cabinet Member for Highways to reverse the withdrawal of the 43 bus route between Elmsted and Brockhurst."
    (2) Following the debate, the motion was put to the vote and was LOST.

    **118. Motion - Water Quality in the River Brock
    (1) Mrs Okonjo moved and Mr Lister seconded the following motion: "This Council asks the Leader to write to the Secretary of State for the Environment seeking stronger powers to stop sewage discharges into the River Brock."
    (2) The motion was put to the vote and was CARRIED.
    (3) RESOLVED that this Council asks the Leader to write to the Secretary of State for the Environment seeking stronger powers to stop sewage discharges into the River Brock.

    **119. Questions
    (1) Mrs Kaur asked when the gullies in Elmsted High Street would next be cleared. Mr Naylor, Cabinet Member for Highways, undertook to send her the gully cleaning programme for her division.
    (2) Ms Greaves asked about the take-up of the household support fund. Mr Whitcombe said that take-up had been good and that the fund would close at the end of September.

    **120. Treasury Management Annual Report 2023/24
    RESOLVED that the Treasury Management Annual Report for 2023/24 be noted.

    The meeting closed at 4.40 pm.
"""


HOLLIN = [
    ("**FRIENDS OF HOLLIN PARK", ""),
    (
        "Minutes of the committee meeting held on Thursday 14 March 2024 at 7.30pm in the Pavilion, Hollin Park",
        "",
    ),
    ("", ""),
    (
        (
            "Present: Jo Whitaker (Chair) JW, Ravi Sandhu (Treasurer) RS, Ellen Booth (Secretary) EB, Tom Ashworth TA, "
            "Grace Lowry GL"
        ),
        "",
    ),
    ("Apologies: Paul Denby PD", ""),
    ("", ""),
    ("", "Action"),
    ("**1. Minutes of the last meeting", ""),
    ("The minutes of the meeting held on 11 January 2024 were agreed as a true record.", ""),
    ("**2. Matters arising", ""),
    ("Bird boxes: all twelve boxes are now up in Hollin Wood. Complete.", ""),
    ("Memorial bench plaque: the wording has been sent to the engraver and we are waiting for a proof.", ""),
    ("**3. Treasurer's report", ""),
    (
        (
            "The balance stands at £3,412. The grant of £500 from the town council has been received. RS to send the "
            "grant monitoring form to the town council by the end of April."
        ),
        "RS",
    ),
    ("**4. Spring clean-up", ""),
    ("The clean-up will be on Saturday 20 April, 10am to 1pm, meeting at the Pavilion.", ""),
    ("Publicise the clean-up on social media and the park noticeboards.", "EB"),
    ("Collect litter pickers and bags from the council depot the day before.", "TA"),
    ("**5. Wildflower meadow", ""),
    (
        (
            "The council's parks team plan to cut the meadow in late July. It was agreed to buy £150 of native seed mix "
            "for the bare patches by the pond. GL to order the seed."
        ),
        "GL",
    ),
    ("**6. Any other business", ""),
    (
        (
            "Grace mentioned that a dawn chorus walk might be nice next year. The Chair thanked Tom for repainting the "
            "Pavilion door."
        ),
        "",
    ),
    ("", ""),
    ("Date of next meeting: Thursday 9 May 2024, 7.30pm, the Pavilion.", ""),
]


DUNSFORD = """
    **DUNSFORD POLICE AND CRIME PANEL

    Date: Thursday, 5 December 2024
    Time: 2.00 pm
    Venue: Committee Room 1, Civic Centre, Dunsford

    Membership: Councillors Eleanor Vance (Chair), Rashid Qureshi (Vice-Chair), Bryony Cole, Frank Maddox, Gillian Sharrow and Oliver Trent; Independent Members Dr Meera Joshi and Alan Pocock

    **AGENDA

    1. Apologies for absence and substitutions
    2. Declarations of interest
    3. Minutes of the meeting held on 19 September 2024 (pages 3 - 6)
    4. Public questions
    5. Police and Crime Commissioner's update
    6. Draft Police and Crime Plan 2025-29 consultation
    7. Work programme

    Contact: Simon Harker, Democratic Services Officer, 01632 960 455
    <<page>>
    **DUNSFORD POLICE AND CRIME PANEL

    **MINUTES of the meeting held on Thursday, 19 September 2024 at 2.00 pm in Committee Room 1, Civic Centre, Dunsford

    Present: Councillor Eleanor Vance (Chair); Councillors Rashid Qureshi, Bryony Cole, Frank Maddox and Oliver Trent; Independent Member Alan Pocock

    Also present: Joanna Pike (Police and Crime Commissioner), Craig Elton (Chief Executive, OPCC) and Simon Harker (Democratic Services Officer)

    Apologies: Councillor Gillian Sharrow and Dr Meera Joshi

    **20. Declarations of interest
    None were made.

    **21. Minutes
    RESOLVED that the minutes of the meeting held on 4 July 2024 be confirmed as a correct record.

    **22. Police and Crime Commissioner's update
    The Commissioner updated the Panel on the recruitment of the new Chief Constable. The confirmation hearing would take place in November. Councillor Maddox asked about the cost of the recruitment process; the Chief Executive agreed to send members a breakdown of the costs.

    **23. Annual Report 2023/24
    The Commissioner presented her Annual Report. Members asked that future reports include more on outcomes for victims.
    RESOLVED that the Panel has reviewed the Commissioner's Annual Report for 2023/24 and makes the comments set out above.

    **24. Complaints
    No complaints had been received in the period. Noted.

    **25. Work programme
    RESOLVED that a confirmation hearing for the proposed Chief Constable be held on 14 November 2024, and that the work programme be updated accordingly.
    ACTION: Democratic Services Officer to arrange the confirmation hearing and notify members.

    The meeting ended at 3.35 pm.
"""


PAPERS = {
    "lanthorne-accountability-board-2024-09-17.docx": lanthorne_accountability_board,
    "fernbrook-community-council-2024-05-07.docx": fernbrook_community_council,
    "coldwater-police-and-crime-panel-work-programme-2025-26.docx": coldwater_work_programme,
    "brockhurst-county-council-2024-07-18.pdf": brockhurst_county_council,
    "friends-of-hollin-park-2024-03-14.pdf": hollin_park_friends,
    "dunsford-police-and-crime-panel-agenda-pack-2024-12-05.pdf": dunsford_agenda_pack,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
