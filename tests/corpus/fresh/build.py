#!/usr/bin/env python3
"""Writes the fresh set's Word and PDF papers from the text below, so what they say can be read and
reviewed here. Only missing papers are written: a Word file saved again differs in its bytes (zip
timestamps), and each gold file names the sha256 of the bytes it was written for.

    .venv/bin/python tests/corpus/fresh/build.py
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


def _marked(doc: docx.document.Document, text: str, initials: str) -> None:
    """A paragraph of notes ending in the bold initials of whoever is to act on it."""
    p = doc.add_paragraph(text + " ")
    p.add_run(initials).bold = True


def vellacott_scrutiny_board(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "VELLACOTT POLICE AND CRIME COMMISSIONER", True, 14)
    paragraph(doc, "Policing Scrutiny Board", True, 13)
    paragraph(doc, "Tuesday 22 October 2024, 13:30 – 15:45")
    paragraph(doc, "Venue: Boardroom, Harcastle House, Vellacott, and via Microsoft Teams")
    paragraph(doc, "Attendees", True)
    doc.add_paragraph(
        "Commissioner Bethan Colley (Chair); Deputy Commissioner Idris Farrant; Chief Constable "
        "Simon Achebe; Deputy Chief Constable Laura Penrose; Assistant Chief Constable Tariq Lund "
        "(ACC); Hugh Marlowe, Chief Executive and Monitoring Officer (CEx); Zainab Petty, Chief "
        "Finance Officer (CFO); Owain Reece, Head of Performance and Scrutiny (minutes)"
    )
    paragraph(doc, "Apologies", True)
    doc.add_paragraph("Rachel Ingham, Director of Corporate Services")
    doc.add_heading("1. Introductions and apologies", level=2)
    doc.add_paragraph(
        "The Commissioner opened the meeting. Apologies as above; Rachel Ingham was represented by "
        "the Head of HR for item 5."
    )
    doc.add_heading("2. Notes of last meeting and action tracker", level=2)
    doc.add_paragraph(
        "The notes of 27 August 2024 were accepted. Progress on the tracker was reported as follows."
    )
    ruled_table(
        doc,
        [
            ["No.", "Action", "Owner", "RAG", "Position"],
            [
                "PSB 58",
                "Provide figures on the time taken to finalise misconduct investigations",
                "DCC",
                "Blue",
                "Completed – figures in item 4 paper.",
            ],
            [
                "PSB 59",
                "Set out the plan to reduce the backlog of digital forensic examinations",
                "ACC",
                "Amber",
                "Outsourcing contract being procured; plan to Board in December.",
            ],
            [
                "PSB 60",
                "Confirm the funding route for the replacement ANPR cameras",
                "CFO",
                "Red",
                "Not yet done; awaiting Home Office capital allocation.",
            ],
            [
                "PSB 61",
                "Circulate the Commissioner's response to the HMICFRS custody inspection",
                "CEx",
                "Blue",
                "Done.",
            ],
        ],
    )
    doc.add_heading("3. Call handling performance", level=2)
    doc.add_paragraph(
        "The Chief Constable presented the quarterly call handling figures. 999 calls answered within "
        "ten seconds had risen to 88%, although the 101 abandonment rate remained high at 19%. The "
        "Commissioner sought assurance that the new telephony system would be in place before the "
        "Christmas peak. The DCC explained that the go-live date was 25 November and that she would "
        "send the Commissioner a note on the contingency arrangements should the date slip."
    )
    doc.add_paragraph(
        "The Deputy Commissioner asked whether online reporting could take more of the 101 demand. The "
        "Chief Constable said the force was working with the national Single Online Home team on a "
        "new reporting form for lost property."
    )
    doc.add_heading("4. Professional standards", level=2)
    doc.add_paragraph(
        "The ACC introduced the quarterly professional standards report. Average time to finalise a "
        "misconduct investigation had fallen from 311 to 264 days. The Commissioner asked that future "
        "reports separate investigations under special requirements from the rest; the ACC agreed to "
        "make that change from the next report."
    )
    doc.add_heading("5. Workforce and wellbeing", level=2)
    doc.add_paragraph(
        "The Head of HR reported that sickness absence among police staff had reached 5.1%. The Board "
        "agreed that the wellbeing strategy should be refreshed and brought back for approval in "
        "March 2025. The Chief Constable mentioned that the Police Federation was running its own "
        "wellbeing survey of officers this winter."
    )
    doc.add_heading("6. Finance: medium term financial plan", level=2)
    doc.add_paragraph(
        "The CFO presented the updated medium term financial plan, which showed a gap of £6.4m by "
        "2027/28. The Board approved the assumptions set out in the paper for the purposes of budget "
        "planning, including a precept increase of £13 for a Band D property. The Deputy Commissioner "
        "wondered whether the estate could be rationalised further; no action was taken."
    )
    doc.add_heading("7. Any other business", level=2)
    doc.add_paragraph("None. Next meeting: Wednesday 18 December 2024, 13:30.")
    paragraph(doc, "New actions", True)
    ruled_table(
        doc,
        [
            ["Ref", "Action", "Owner", "Due"],
            [
                "PSB 62",
                "Note to the Commissioner on contingency plans if telephony go-live slips",
                "DCC",
                "15 November 2024",
            ],
            [
                "PSB 63",
                "Professional standards report to show special requirements investigations separately",
                "ACC",
                "Next quarterly report",
            ],
            [
                "PSB 64",
                "Refreshed wellbeing strategy to come to the Board for approval",
                "DCC / Head of HR",
                "March 2025",
            ],
            [
                "PSB 65",
                "Share the MTFP sensitivity analysis with the Deputy Commissioner",
                "CFO",
                "End of November",
            ],
        ],
    )
    doc.save(path)


def greyfriars_forum(path: Path) -> None:
    doc = docx.Document()
    paragraph(doc, "Greyfriars Quarter Neighbourhood Forum", True, 15)
    paragraph(
        doc, "Notes of steering group meeting – 16 July 2024, 6.30pm, Greyfriars Library meeting room", True
    )
    doc.add_paragraph(
        "Attending: Olu Adebayo (OA, chair), Megan Tring (MT, secretary), Harvey Pound (HP), "
        "Rosa Delgado (RD), Kwame Asante (KA); Cllr Felicity Darke (FD, ward member) for items 1-3. "
        "Apologies: Irene Culshaw (IC)."
    )
    paragraph(doc, "1. Previous notes and actions", True)
    doc.add_paragraph(
        "Notes of 11 June agreed. The leaflet drop in the Abbey Street flats has been done (RD). The "
        "request to the council for a second litter bin on Friar's Walk is still with the street scene "
        "team; FD to chase."
    )
    paragraph(doc, "2. Neighbourhood plan", True)
    doc.add_paragraph(
        "The consultation on the draft plan closed on 30 June with 214 responses. MT summarised the main "
        "themes: housing density, the loss of the Corn Exchange car park and shop fronts. The group "
        "agreed to publish a summary of responses on the website by the end of August."
    )
    _marked(doc, "Prepare the summary of responses for the website.", "MT / HP")
    _marked(
        doc,
        "Meet the council's planning policy officer about the timetable for submission, before the September "
        "meeting.",
        "OA",
    )
    paragraph(doc, "3. Street safety", True)
    doc.add_paragraph(
        "Several residents had reported cycling on the pavement in Greyfriars Lane. FD said the council "
        "was consulting on a public spaces protection order for the town centre, closing in September. "
        "The neighbourhood policing team are holding a street briefing outside the library on 3 August. "
        "It was agreed the forum would respond to the PSPO consultation, supporting the cycling "
        "provisions."
    )
    _marked(doc, "Draft the forum's response to the PSPO consultation and circulate it to the group.", "KA")
    paragraph(doc, "4. Finance", True)
    doc.add_paragraph(
        "HP reported £1,105 in the account, including the £500 grant from the Greyfriars Trust. Spend "
        "of up to £180 on printing for the summary leaflet was approved."
    )
    paragraph(doc, "5. Any other business", True)
    doc.add_paragraph(
        "RD suggested a heritage walk during the autumn; to be thought about for next year. MT will "
        "book the library meeting room for the rest of the year."
    )
    doc.add_paragraph("Next meeting: Tuesday 17 September 2024, 6.30pm.")
    doc.save(path)


PDF_TOP, PDF_BOTTOM, PDF_LEADING, PDF_SIZE, PDF_WRAP = 760, 60, 12, 10, 84
PAGE_BREAK = "<<page>>"


def _pdf(text: str) -> bytes:
    """The paper's lines set in Courier down the pages, wrapped; '**' opens a bold line and PAGE_BREAK a new page,
    each page numbered in its footer."""
    pages, page, y = [], Page(), PDF_TOP
    for raw in textwrap.dedent(text).strip("\n").splitlines():
        if raw == PAGE_BREAK:
            pages.append(page)
            page, y = Page(), PDF_TOP
            continue
        bold = raw.startswith("**")
        for line in textwrap.wrap(raw.removeprefix("**"), PDF_WRAP) or [""]:
            if y < PDF_BOTTOM:
                pages.append(page)
                page, y = Page(), PDF_TOP
            if line:
                page.text(50, y, line, PDF_SIZE, bold)
            y -= PDF_LEADING
    pages.append(page)
    for n, p in enumerate(pages, 1):
        p.text(260, 30, f"Page {n}", 8)
    return make_pdf(pages)


PENHALLOW = """
    **Penhallow Community Safety Partnership Board

    Notice of meeting: Tuesday 4 February 2025 at 10.00am, Room 3, Penhallow Civic Offices

    Board members: Nerys Tregaskis (Chair, Penhallow District Council), Ch Insp Alun Pascoe (Police), Sian Voss (Fire and Rescue), Graham Keast (Probation), Dr Liz Hocking (Integrated Care Board), Tamsin Rowe (Kernow Housing Trust)

    **Agenda
    1. Welcome and apologies
    2. Minutes and actions arising from 5 November 2024
    3. Strategic assessment 2025
    4. Serious violence duty - local response
    5. Partnership plan priorities 2025/26
    6. Forward plan
    7. Any other business

    Enquiries: Dylan Moyle, Community Safety Officer
    <<page>>
    **Penhallow Community Safety Partnership Board

    **Minutes of the meeting held on Tuesday 5 November 2024, 10.00am, Room 3, Penhallow Civic Offices

    Present: Nerys Tregaskis (Chair), Ch Insp Alun Pascoe, Sian Voss, Graham Keast, Tamsin Rowe
    Officers: Dylan Moyle (Community Safety Officer)
    Apologies: Dr Liz Hocking

    **1. Apologies
    Apologies were noted from Dr Hocking.

    **2. Minutes of 3 September 2024
    Agreed as a correct record.

    **3. Anti-social behaviour in Penhallow town centre
    Ch Insp Pascoe described a rise in youth-related ASB around the bus station over the summer. The police will continue the Operation Lantern patrols through the winter. Tamsin Rowe reported that the housing trust had issued two acceptable behaviour contracts. The Board agreed to commission a youth diversion project for the bus station area from the partnership fund, up to £8,000.

    **4. Domestic abuse
    Graham Keast updated on the new perpetrator programme. Partners welcomed the reduction in repeat referrals to MARAC.

    **5. Any other business
    Sian Voss mentioned that the fire service will be recruiting on-call firefighters in the spring.

    **Actions arising
    - Dylan Moyle to draw up the specification for the youth diversion project and bring it to the February meeting.
    - Ch Insp Pascoe to share the bus station ASB hotspot data with partners by the end of November.
    - Tamsin Rowe to find out whether the housing trust's CCTV can be linked to the council control room.
    <<page>>
    **Item 2 - Actions arising from 5 November 2024: progress

    Youth diversion specification (Dylan Moyle): draft specification attached as Appendix A - complete.
    Bus station hotspot data (Ch Insp Pascoe): shared with partners on 27 November - complete.
    Housing trust CCTV link (Tamsin Rowe): technical survey booked for March; ongoing.

    **Item 6 - Forward plan 2025
    6 May 2025 - Partnership plan performance, year end
    6 May 2025 - Youth diversion project: first quarter review
    5 August 2025 - Hate crime and community tensions
    4 November 2025 - Strategic assessment refresh
"""


def penhallow_pack(path: Path) -> None:
    path.write_bytes(_pdf(PENHALLOW))


PAPERS = {
    "vellacott-policing-scrutiny-board-2024-10-22.docx": vellacott_scrutiny_board,
    "greyfriars-quarter-neighbourhood-forum-2024-07-16.docx": greyfriars_forum,
    "penhallow-community-safety-partnership-pack-2025-02-04.pdf": penhallow_pack,
}


def main() -> None:
    write_missing(PAPERS, HERE)


if __name__ == "__main__":
    main()
