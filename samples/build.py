"""Builds the Word and PDF samples, and keeps `expected/*.json` pointing at their bytes.

    python samples/build.py            # write every DOCX sample, convert the PDF ones, refresh hashes
    python samples/build.py --hashes   # only refresh source.name/sha256/format in expected/

The DOCX samples are written with python-docx; the PDF samples are written as DOCX in a
scratch folder and converted with LibreOffice (`soffice --headless --convert-to pdf`), as a
governance office would "save as PDF" from Word. The generated files are committed, so the
tests never need LibreOffice. Everything here is fictional: forces, places and people.

The text samples (`.txt`, `.md`, `.html`) are written by hand and live beside this script.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
FIXED_TIME = datetime(2024, 1, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------
# Small Word-writing helpers
# ---------------------------------------------------------------------------------------

_BOLD = re.compile(r"(\*\*.+?\*\*)")


def runs(paragraph, text: str, size: float | None = None, bold: bool = False, italic: bool = False):
    """Add `text` to `paragraph`; **double stars** mark bold spans."""
    for part in _BOLD.split(text):
        if not part:
            continue
        strong = part.startswith("**") and part.endswith("**")
        run = paragraph.add_run(part[2:-2] if strong else part)
        run.bold = bold or strong
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    return paragraph


def field(paragraph, code: str):
    """A Word field (PAGE, NUMPAGES) that LibreOffice fills in when it lays out pages."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, text, end):
        run._r.append(el)
    run.font.size = Pt(8)


def new_document(header: str = "OFFICIAL", footer: str = "", page_numbers: bool = True, landscape: bool = False):
    doc = Document()
    doc.core_properties.author = "OPCC Governance Team"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "OPCC Governance Team"
    doc.core_properties.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(5)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        style.font.name = "Arial"
        style.font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 1"].font.size = Pt(15)
    doc.styles["Heading 2"].font.size = Pt(12)
    doc.styles["Heading 3"].font.size = Pt(11)
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    if header:
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        runs(p, header, size=9, bold=True)
    p = section.footer.paragraphs[0]
    if footer:
        runs(p, footer + ("    " if page_numbers else ""), size=8)
    if page_numbers:
        runs(p, "Page ", size=8)
        field(p, "PAGE")
        runs(p, " of ", size=8)
        field(p, "NUMPAGES")
    if header:
        q = section.footer.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        runs(q, header, size=8, bold=True)
    return doc


def para(doc, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         center: bool = False, after: float | None = None):
    p = doc.add_paragraph()
    runs(p, text, size=size, bold=bold, italic=italic)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def heading(doc, text: str, level: int = 2):
    return doc.add_heading(text, level=level)


def bullet(doc, text: str):
    p = doc.add_paragraph(style="List Bullet")
    runs(p, text)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows: list[list], widths: list[float] | None = None, header: bool = True,
          size: float = 9.5, merge_down: list[tuple[int, int, int]] | None = None):
    """A bordered table; a cell given as a list holds one paragraph per string.

    `merge_down` lists (column, first_row, last_row) spans to merge vertically, the text
    being that of the first row (as a date written once beside its meeting's agenda).
    """
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            paragraphs = value if isinstance(value, list) else [value]
            first = True
            for text in paragraphs:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                runs(p, text, size=size, bold=header and r == 0)
                p.paragraph_format.space_after = Pt(2)
            if header and r == 0:
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:color"), "auto")
                shade.set(qn("w:fill"), "D9D9D9")
                cell._tc.get_or_add_tcPr().append(shade)
    if header:  # repeat the header row on every page
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    for col, first, last in merge_down or []:
        keep = t.cell(first, col).text
        merged = t.cell(first, col).merge(t.cell(last, col))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        merged.paragraphs[0].text = ""
        runs(merged.paragraphs[0], keep, size=size)
    if widths:
        t.autofit = False
        for column, w in zip(t.columns, widths):
            column.width = Cm(w)
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def save_docx(doc, path: Path):
    """Save with fixed zip timestamps, so an unchanged sample rebuilds to the same bytes."""
    tmp = path.with_suffix(".tmp")
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, data)
    tmp.unlink()


# ---------------------------------------------------------------------------------------
# The samples
# ---------------------------------------------------------------------------------------


def brackenshire_accountability_board():
    """Minutes with an ITEM | ACTION | OWNER | TIMESCALE schedule (becomes a PDF)."""
    doc = new_document(footer="Strategic Accountability Board – Minutes – 05/03/2024")
    para(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR BRACKENSHIRE", bold=True, center=True, size=12)
    para(doc, "STRATEGIC ACCOUNTABILITY BOARD", bold=True, center=True, size=14)
    para(doc, "MINUTES", bold=True, center=True, size=12)
    para(doc, "Held on Tuesday 5th March 2024 at 10.00am", center=True)
    para(doc, "Venue: The Boardroom, Brackenshire Police Headquarters, Castle Lane, Wexborough", center=True)

    para(doc, "**Present:**")
    table(doc, [
        ["Helen Marsden (HM)", "Police and Crime Commissioner (Chair)"],
        ["Gareth Lowry (GL)", "Chief Executive, OPCC"],
        ["Priya Nair (PN)", "Chief Finance Officer, OPCC"],
        ["Simon Ashworth (SA)", "Chief Constable"],
        ["Rachel Okafor (RO)", "Deputy Chief Constable"],
        ["Lee Brannigan (LB)", "Assistant Chief Constable (Operations)"],
        ["Colin Pardoe (CP)", "Director of Finance and Resources"],
    ], widths=[6, 11], header=False)
    para(doc, "**In attendance:**")
    table(doc, [
        ["Natalie Frost (NF)", "Head of Strategic Planning and Performance"],
        ["Ch Supt Adrian Wyke (AW)", "Head of Professional Standards (item 6)"],
        ["Bethany Coles (BC)", "Governance Manager, OPCC (minutes)"],
    ], widths=[6, 11], header=False)
    para(doc, "**Apologies:**")
    table(doc, [
        ["Joanne Tranter (JT)", "Deputy Police and Crime Commissioner"],
        ["Mark Ellison (ME)", "Assistant Chief Officer (People)"],
    ], widths=[6, 11], header=False)

    heading(doc, "1. Welcome, introductions and apologies", 3)
    para(doc, "HM welcomed everyone to the meeting, in particular AW, who was attending for item 6. "
              "Apologies were noted as above. There were no declarations of interest.")
    heading(doc, "2. Minutes of the previous meeting and action schedule", 3)
    para(doc, "The minutes of the meeting held on 23 January 2024 were agreed as a correct record.")
    para(doc, "BC took the Board through the action schedule. The briefing on the use of stalking protection "
              "orders had been circulated on 2 February and the action was closed. The action on monitoring of "
              "the custody healthcare contract remains in progress, as the first quarterly report from the new "
              "provider is not due until April. The report on the use of Taser in the night-time economy was "
              "deferred to the April meeting at the ACC's request.")
    heading(doc, "3. Police and Crime Plan performance – Quarter 3 2023/24", 3)
    para(doc, "NF presented the performance report. Total recorded crime fell by 4% compared with the same "
              "period in 2022/23, with the largest reductions in vehicle crime and residential burglary. Violence "
              "with injury remains above the level of the most similar group of forces. The proportion of "
              "domestic abuse crimes involving a repeat victim has risen to 41%, and HM asked whether this "
              "reflected better identification or a real increase in repeat victimisation.")
    para(doc, "SA said that the new risk assessment was identifying more repeat victims, but accepted that the "
              "Force could not yet say which explanation was right. GL asked that the analysis separate high-risk "
              "cases from standard and medium-risk cases.")
    heading(doc, "4. Finance – revenue and capital monitoring, Treasury Management Strategy", 3)
    para(doc, "CP presented the month 10 position. The Force is forecasting an underspend of £0.8m, after "
              "meeting the cost of the unfunded part of the pay award from vacancies in police staff posts. The "
              "capital programme is forecast to slip by £4.1m, mainly on the custody refurbishment at Wexborough "
              "and the replacement of the command and control system.")
    para(doc, "PN presented the Treasury Management Strategy 2024/25 and the prudential indicators, which had been "
              "reviewed by the Joint Audit Committee on 14 February.")
    para(doc, "**Decision:** The PCC approved the Treasury Management Strategy 2024/25 and the prudential indicators.")
    para(doc, "HM expressed concern at the size of the regional forensic services recharge, which has risen by 11%. "
              "The Chief Constable would write to the chair of the regional collaboration board asking for the "
              "basis of the recharge to be reviewed before the 2025/26 budget is set.")
    heading(doc, "5. Firearms licensing", 3)
    para(doc, "LB updated the Board on firearms licensing. There are 318 renewals outstanding beyond their expiry "
              "date, covered by temporary permits, and the average time to grant a new certificate is 27 weeks. Two "
              "additional enquiry officers have been recruited and start in April. HM noted that the OPCC had "
              "received eleven complaints about licensing delays since January and asked how she could be assured "
              "that these were being handled consistently.")
    heading(doc, "6. Professional standards and vetting", 3)
    para(doc, "AW presented the quarterly professional standards report. The number of conduct matters is stable, "
              "but the time taken to conclude gross misconduct cases has risen to an average of 380 days. AW "
              "explained that officers transferring from other forces are now re-vetted on arrival; RO proposed "
              "that the decisions taken on transferees should be reviewed jointly with the OPCC. HM welcomed this.")
    para(doc, "GL reminded the Board that outcomes of misconduct hearings held in public must be published on the "
              "Force website, and that three recent outcomes had not yet been published.")
    heading(doc, "7. HMICFRS inspection update", 3)
    para(doc, "RO updated the Board on the inspection programme. The Force has been notified of a PEEL inspection "
              "in the autumn. The recommendations of the national inspection of activism and impartiality in "
              "policing are being considered by the Force's People Board; a joint response with the OPCC is "
              "needed as some recommendations are addressed to PCCs.")
    heading(doc, "8. Any other business", 3)
    para(doc, "None.")
    heading(doc, "9. Date of next meeting", 3)
    para(doc, "Date of next meeting: Tuesday 23rd April 2024 at 10.00am, The Boardroom, Brackenshire Police "
              "Headquarters.")

    page_break(doc)
    para(doc, "ACTION SCHEDULE – STRATEGIC ACCOUNTABILITY BOARD 05/03/2024", bold=True, size=11)
    table(doc, [
        ["ITEM", "ACTION", "OWNER", "TIMESCALE"],
        ["3", "Provide analysis of repeat victims of domestic abuse by district, separating high-risk cases "
              "from standard and medium-risk cases.", "Head of Strategic Planning and Performance", "March 24"],
        ["4", "Capital programme re-profiling proposals, including the custody refurbishment and command and "
              "control schemes, to come to the Board.", "Director of Finance and Resources", "SAB June"],
        ["5", ["Provide a trajectory for clearing the backlog of firearms certificate renewals.",
               "Confirm how the OPCC will receive assurance on complaints about firearms licensing decisions."],
         ["ACC Operations", "OPCC Chief Executive"], ["Next meeting", "w/c 18 March"]],
        ["6", "Joint review of vetting decisions for officers transferring from other forces.",
         "DCC/OPCC Chief Executive", "end of Q1"],
        ["6", "Publish the outstanding misconduct hearing outcomes on the Force website.",
         "Head of Professional Standards", "within 6 weeks"],
        ["7", "Joint Force and OPCC response to the activism and impartiality inspection recommendations.",
         "DCC", "TBC"],
    ], widths=[1.5, 9, 4, 2.5])
    return doc


def tamarford_panel_pack():
    """A Panel agenda pack: the coming meeting's agenda, then the previous meeting's minutes."""
    doc = new_document(header="", footer="Tamarford Police and Crime Panel – 18 July 2024")
    para(doc, "Tamarford County Council – Democratic Services", italic=True, size=9)
    para(doc, "Tamarford Police and Crime Panel", bold=True, size=18, after=12)
    table(doc, [
        ["Date:", "Thursday, 18 July 2024"],
        ["Time:", "10.30 am"],
        ["Venue:", "Council Chamber, Shire Hall, Tamarford TF1 3AB"],
        ["Contact:", "Louisa Marr, Democratic Services Officer – 01632 960582"],
    ], widths=[3, 13], header=False, size=10.5)
    para(doc, "**Membership:**")
    table(doc, [
        ["Councillor Derek Oldroyd (Chair)", "Tamarford County Council"],
        ["Councillor Patricia Venn (Vice-Chair)", "Eastbrook District Council"],
        ["Councillor Harjit Sandhu", "Tamarford City Council"],
        ["Councillor Gwen Tolley", "Marlow Vale Borough Council"],
        ["Councillor Colin Brierley", "Tamarford County Council"],
        ["Councillor Sheila Ormerod", "Westerley District Council"],
        ["Mr Andrew Kitching", "Independent Member"],
        ["Dr Nadia Farouk", "Independent Member"],
    ], widths=[8, 8], header=False)
    para(doc, "Members of the public are welcome to attend. The meeting will be webcast live and the recording "
              "kept for six months. Please contact Democratic Services if you need the papers in another format.",
         italic=True, size=9)
    para(doc, "AGENDA", bold=True, size=13)
    table(doc, [
        ["Item", "Title", "Pages"],
        ["1.", "Apologies for absence and substitutes", ""],
        ["2.", "Declarations of interest", ""],
        ["3.", "Minutes of the meeting held on 25 April 2024", "2 - 3"],
        ["4.", "Public questions", ""],
        ["5.", "Police and Crime Commissioner's Annual Report 2023/24", "7 - 34"],
        ["6.", "Police and Crime Plan performance report – Quarter 4 2023/24", "35 - 52"],
        ["7.", "Complaints against the Police and Crime Commissioner", "53 - 56"],
        ["8.", "Work programme 2024/25", "57 - 60"],
    ], widths=[1.5, 12.5, 2])
    para(doc, "Paul Jessop, Monitoring Officer, Tamarford County Council. Published 10 July 2024.", size=9)

    page_break(doc)
    para(doc, "TAMARFORD POLICE AND CRIME PANEL", bold=True, size=13)
    para(doc, "MINUTES of the meeting held on Thursday, 25 April 2024 at 10.30 am in the Council Chamber, "
              "Shire Hall, Tamarford", bold=True)
    para(doc, "**Present:** Councillor Derek Oldroyd (Chair), Councillors Patricia Venn, Harjit Sandhu, Gwen Tolley "
              "and Colin Brierley; Mr Andrew Kitching (Independent Member)")
    para(doc, "**Also present:** Rebecca Haworth (Police and Crime Commissioner), Dominic Fisk (Chief Executive, "
              "OPCC) and Louisa Marr (Democratic Services Officer)")
    para(doc, "**Apologies:** Councillor Sheila Ormerod and Dr Nadia Farouk (Independent Member)")

    heading(doc, "48. Apologies for absence and substitutes", 3)
    para(doc, "Apologies were received as listed above. There were no substitutes.")
    heading(doc, "49. Declarations of interest", 3)
    para(doc, "None.")
    heading(doc, "50. Minutes of the previous meeting", 3)
    para(doc, "**RESOLVED:** That the minutes of the meeting held on 1 February 2024 be approved as a correct "
              "record and signed by the Chair.")
    heading(doc, "51. Public questions", 3)
    para(doc, "No public questions had been received.")
    heading(doc, "52. Police and Crime Commissioner's update on delivery of the Police and Crime Plan", 3)
    para(doc, "The Commissioner presented her update. She highlighted the opening of the new Eastbrook "
              "neighbourhood police office, the launch of the Safer Streets scheme in Tamarford town centre and the "
              "first meeting of the county's Violence Reduction Partnership board. Members asked about the visibility "
              "of neighbourhood officers in rural areas and about the time taken to answer 101 calls.")
    para(doc, "Councillor Sandhu asked how the success of the Safer Streets scheme would be judged. The Commissioner "
              "said that an independent evaluation had been commissioned from the University of Tamarford.")
    para(doc, "**Action:** The Commissioner to provide the Panel with the independent evaluation of the Tamarford "
              "town centre Safer Streets scheme when it is published.")
    para(doc, "Members were concerned about the abstraction of neighbourhood officers to response duties. The "
              "Commissioner undertook to ask the Chief Constable to attend a future meeting of the Panel to explain "
              "how neighbourhood officers are deployed.")
    para(doc, "**RESOLVED:**")
    para(doc, "1. That the Commissioner's update be noted.")
    para(doc, "2. That the Commissioner be asked to report the findings of the neighbourhood policing review to "
              "the Panel in October 2024.")
    heading(doc, "53. Proactive scrutiny: use of stop and search", 3)
    para(doc, "Dominic Fisk presented a report on how the Commissioner holds the Chief Constable to account for the "
              "use of stop and search, including the work of the community scrutiny panel, which reviews body-worn "
              "video footage of a sample of searches each quarter. Black people in the county remain 3.8 times more "
              "likely to be stopped and searched than white people. Members asked to see the scrutiny panel's "
              "findings.")
    para(doc, "**Action:** Chief Executive (OPCC) to circulate the minutes of the last two meetings of the stop and "
              "search scrutiny panel to Panel members by 31 May 2024.")
    para(doc, "**RESOLVED:** That the report be noted and that the Panel's thanks be recorded to the community "
              "volunteers who review searches.")
    heading(doc, "54. Work programme", 3)
    para(doc, "**RESOLVED:** That the work programme be approved, with the Commissioner's Annual Report 2023/24 "
              "to be considered in July.")
    para(doc, "The meeting closed at 12.20 pm.")
    para(doc, "Chair ......................................................")
    return doc


def fenwold_forward_plan():
    """A forward plan: future meeting dates and agenda titles, dates written once per meeting."""
    doc = new_document(footer="OPCC Fenwold – Governance Forward Plan 2024/25 – v4", landscape=True)
    para(doc, "Office of the Police and Crime Commissioner for Fenwold", bold=True, size=12)
    para(doc, "GOVERNANCE FORWARD PLAN 2024/25", bold=True, size=16)
    para(doc, "Version 4 – updated 2 April 2024", italic=True)
    para(doc, "This forward plan sets out the reports that the Police and Crime Commissioner expects to receive, "
              "and the decisions she expects to take, at her formal governance meetings over the coming months. It "
              "is published so that the public and the Police and Crime Panel can see what is coming forward. Dates "
              "and items may change; the plan is updated after every Strategic Governance Board.")
    heading(doc, "Strategic Governance Board", 2)
    table(doc, [
        ["Meeting date", "Agenda item", "Lead", "Purpose"],
        ["16 April 2024", "Force Management Statement 2024", "DCC", "Assurance"],
        ["", "Victims' Code compliance – annual audit", "OPCC Head of Commissioning", "Assurance"],
        ["", "Estates strategy refresh 2024–2029", "Director of Finance", "Decision"],
        ["14 May 2024", "Police and Crime Plan performance – Quarter 4 2023/24", "OPCC Head of Performance",
         "Assurance"],
        ["", "Firearms licensing – backlog recovery plan", "ACC Operations", "Assurance"],
        ["", "Custody healthcare contract award", "OPCC Chief Executive", "Decision"],
        ["11 June 2024", "Provisional revenue and capital outturn 2023/24", "Director of Finance", "Decision"],
        ["", "Annual Governance Statement 2023/24", "OPCC Chief Finance Officer", "Decision"],
        ["", "Neighbourhood policing review – findings", "ACC Local Policing", "Assurance"],
        ["9 July 2024", "Rape and serious sexual offences – Operation Soteria", "ACC Crime", "Assurance"],
        ["", "Police and Crime Plan performance – Quarter 1 2024/25", "OPCC Head of Performance", "Assurance"],
        ["", "Commissioning intentions 2025/26", "OPCC Head of Commissioning", "Decision"],
    ], widths=[3.5, 12, 6, 3], merge_down=[(0, 1, 3), (0, 4, 6), (0, 7, 9), (0, 10, 12)])
    heading(doc, "Police and Crime Panel", 2)
    para(doc, "Reports from the Commissioner to the Fenwold Police and Crime Panel (hosted by Fenwold County Council).")
    table(doc, [
        ["Meeting date", "Agenda item", "Lead", "Purpose"],
        ["27 June 2024", "Police and Crime Commissioner's Annual Report 2023/24", "OPCC Chief Executive",
         "Panel to review"],
        ["", "Complaints against the Commissioner – annual summary", "OPCC Chief Executive", "For information"],
        ["26 September 2024", "Victim services commissioning update", "OPCC Head of Commissioning",
         "For information"],
        ["", "Medium term financial plan – early assumptions", "OPCC Chief Finance Officer", "For information"],
        ["TBC", "Confirmation hearing – Chief Finance Officer appointment", "OPCC Chief Executive",
         "Confirmation hearing"],
    ], widths=[3.5, 12, 6, 3], merge_down=[(0, 1, 2), (0, 3, 4)])
    heading(doc, "Joint Audit Committee", 2)
    table(doc, [
        ["Meeting date", "Agenda item", "Lead", "Purpose"],
        ["24 July 2024", "Draft Statements of Accounts 2023/24", "OPCC Chief Finance Officer", "Review"],
        ["", "Internal audit annual report and opinion 2023/24", "Head of Internal Audit", "Assurance"],
    ], widths=[3.5, 12, 6, 3], merge_down=[(0, 1, 2)])
    para(doc, "Enquiries about this plan: governance@opcc-fenwold.example, or write to the OPCC Governance Team.",
         size=9, italic=True)
    return doc


def lyndale_action_log():
    """A DOCX action log table: Ref | Date raised | Action | Owner | Due | Status | Update."""
    doc = new_document(footer="JPB Action Log – updated 21/05/2024", landscape=True)
    heading(doc, "Lyndale Joint Performance Board", 1)
    para(doc, "ACTION LOG", bold=True, size=12)
    para(doc, "Office of the Police and Crime Commissioner for Lyndale and Lyndale Constabulary")
    para(doc, "Updated following the meeting of the Board held on Tuesday 14 May 2024. Actions stay on the log "
              "until the Board agrees that they can be closed. Next meeting: Tuesday 9 July 2024.")
    para(doc, "Status key: New – raised at the latest meeting. On track – in progress and expected by the due date. "
              "Not started – no progress yet. Overdue – past the due date. Deferred – new date agreed by the "
              "Board. Propose closure – owner asks the Board to close. Complete – delivered. Closed – closure "
              "agreed by the Board. Quarters are those of the 2024/25 financial year.", size=9)
    table(doc, [
        ["Ref", "Date raised", "Action", "Owner", "Due", "Status", "Update"],
        ["JPB/24/01", "16/01/24", "Report on the use of force by officers, broken down by the ethnicity of the "
         "subject", "ACC Operations", "12/03/24", "Complete", "Presented at the March Board."],
        ["JPB/24/02", "16/01/24", "Publish the Force's response to the HMICFRS child protection inspection", "DCC",
         "Feb 2024", "Closed", "Published 28/02/24. Closure agreed 12/03/24."],
        ["JPB/24/03", "16/01/24", "Review the Force's approach to children missing from care homes",
         "Head of Public Protection", "April 2024", "Overdue",
         "Review delayed by vacancies in the missing persons unit; now expected in June."],
        ["JPB/24/04", "12/03/24", "Provide the PCC with the results of the rural crime survey",
         "ACC Local Policing", "30/04/24", "Propose closure", "Results sent to the OPCC on 26/04/24."],
        ["JPB/24/05", "12/03/24", "Present the fleet electrification business case", "Head of Estates and Fleet",
         "May 2024", "Deferred", "Deferred to the July Board to include revised charging infrastructure costs."],
        ["JPB/24/06", "12/03/24", "Review police staff vacancies in the control room and the plan to fill them",
         "Director of People", "End of Q1", "On track", "Recruitment campaign launched; 14 offers made."],
        ["JPB/24/07", "12/03/24", "Give the OPCC read access to the Force performance dashboard",
         "OPCC Head of Performance / Head of Business Intelligence", "TBC", "Not started",
         "Awaiting an additional licence from the supplier."],
        ["JPB/24/08", "14/05/24", "Provide analysis of the fall in arrests for domestic abuse offences since "
         "January", "ACC Operations", "30/06/24", "New", ""],
        ["JPB/24/09", "14/05/24", "Bring a paper on the options for the 101 service when the current telephony "
         "contract ends", "Head of Contact Management", "Next meeting", "New", ""],
        ["JPB/24/10", "14/05/24", "Report on compliance with the Victims' Code at the point a crime is reported",
         "Head of Criminal Justice / OPCC Victims Lead", "End of Q2", "New", ""],
        ["JPB/24/11", "14/05/24", "Share the draft Estates Strategy 2024–2029 with the OPCC for comment",
         "Head of Estates and Fleet", "w/c 3 June", "New", ""],
        ["JPB/24/12", "14/05/24", "Circulate the Home Office letter on the 2024/25 officer uplift grant conditions",
         "OPCC Chief Executive", "17/05/24", "Complete", "Circulated by email 15/05/24."],
        ["JPB/24/13", "14/05/24", "Arrange a briefing for the PCC on the new national vetting standards",
         "DCC Staff Officer", "TBC", "New", ""],
    ], widths=[2.2, 2, 7.5, 4, 2.2, 2.2, 5.5], size=8.5)
    para(doc, "Please send updates to the OPCC Governance Officer at least ten working days before each meeting.",
         size=9)
    return doc


def aldercombe_decision_record():
    """A PCC decision notice: one decision taken at a named meeting."""
    doc = new_document(footer="Decision Record PCC/DR/2024/023")
    para(doc, "POLICE AND CRIME COMMISSIONER FOR ALDERCOMBE", bold=True, size=13, center=True)
    para(doc, "DECISION RECORD", bold=True, size=16, center=True)
    table(doc, [
        ["Reference", "PCC/DR/2024/023"],
        ["Title", "Award of contract for the Independent Sexual Violence Adviser (ISVA) service 2024–2027"],
        ["Decision taken at", "Commissioner's Executive Board, 11 June 2024"],
        ["Report author", "Kirsty Mabbott, Head of Commissioning, OPCC"],
        ["Classification", "OFFICIAL – for publication"],
    ], widths=[4.5, 12.5], header=False, size=10)
    heading(doc, "Executive summary", 2)
    para(doc, "The current contract for the Independent Sexual Violence Adviser (ISVA) service ends on 30 September "
              "2024. ISVAs give specialist, independent support to victims of rape and sexual abuse from the point "
              "of report through the criminal justice process and beyond. A competitive tender was run between "
              "February and April 2024 under the open procedure. Four bids were received and evaluated on quality "
              "(70%) and price (30%) by a panel including a representative of the NHS sexual assault referral "
              "centre and a member of the Commissioner's Victims' Voice group.")
    para(doc, "The highest-scoring bid was received from Cedarline Support Services, which scored 84 out of 100. "
              "The bid offers an increase in adviser capacity from 9.5 to 11 full-time equivalent posts, a "
              "dedicated children and young people's ISVA and outreach sessions in the three rural districts.")
    heading(doc, "Decision", 2)
    para(doc, "**Decision:** The PCC approved the award of the contract for the Independent Sexual Violence Adviser "
              "service to Cedarline Support Services for three years from 1 October 2024, with an option to extend "
              "for up to two further years, at a total value of £1,260,000 over the initial term.")
    para(doc, "The PCC also delegated to the Chief Executive the authority to agree the final terms of the contract "
              "and to exercise the option to extend, subject to satisfactory performance.")
    heading(doc, "Background", 2)
    para(doc, "The service is funded from the Ministry of Justice victims grant and the Commissioner's core budget. "
              "Demand has risen by 26% since 2021/22, and the average wait for an allocated adviser reached 19 days "
              "in 2023/24. The service specification was developed with victims and partners and reflects the "
              "national ISVA service standards published by the Home Office in 2024.")
    heading(doc, "Financial implications", 2)
    para(doc, "The annual contract value of £420,000 is within the provision in the medium term financial plan. "
              "The Chief Finance Officer has confirmed that the funding is available.")
    heading(doc, "Legal implications", 2)
    para(doc, "The procurement was carried out in line with the Public Contract Regulations 2015 and the "
              "Commissioner's Contract Standing Orders. The standstill period ended on 7 June 2024 without "
              "challenge.")
    heading(doc, "Equality implications", 2)
    para(doc, "An equality impact assessment was completed. The new service improves access for children and "
              "young people and for victims in rural areas.")
    heading(doc, "Public access to information", 2)
    para(doc, "This decision record is published on the Commissioner's website. Is there a Part 2 to this "
              "decision? No.")
    heading(doc, "Declarations", 2)
    table(doc, [
        ["Chief Finance Officer", "I have been consulted about this decision and confirm that the financial "
         "implications have been taken into account.", "Signed: A. Kerslake", "Date: 12/06/24"],
        ["Police and Crime Commissioner", "I approve the decision set out above. I have no personal or prejudicial "
         "interest in this matter.", "Signed: M. Trevelyan", "Date: 12/06/24"],
    ], widths=[4, 7.5, 3.5, 2], header=False, size=9.5)
    return doc


def greyholm_corporate_governance_board():
    """Board minutes with an 'actions arising' list, Action: lines and a Part II exempt item."""
    doc = new_document(footer="Corporate Governance Board minutes – 16 July 2024")
    para(doc, "Office of the Police and Crime Commissioner for Greyholm", bold=True, size=12)
    para(doc, "Corporate Governance Board", bold=True, size=15)
    para(doc, "Minutes", bold=True, size=12)
    para(doc, "Date: Tuesday 16 July 2024", after=0)
    para(doc, "Time: 14:00 – 16:05", after=0)
    para(doc, "Venue: Meeting Room 1, Kingsgate House, Greyholm")
    para(doc, "**Present:** Anthony Whitley, Police and Crime Commissioner (AW) (Chair); Louise Kerrigan, Chief "
              "Executive (LK); David Ormsby, Chief Finance Officer (DO); Fatima Sheikh, Head of Governance and "
              "Compliance (FS); Paul Renwick, Head of Commissioning (PR)")
    para(doc, "**In attendance:** Grace Thornley, Finance Manager (GT); Martin Quayle, Estates Adviser, Greyholm "
              "Police (MQ) (item 9); Emma Lister, Governance Officer (EL) (minutes)")
    para(doc, "**Apologies:** Jon Baptiste, Deputy Police and Crime Commissioner (JB)")

    heading(doc, "1. Welcome and apologies", 3)
    para(doc, "AW welcomed members. Apologies were received from JB.")
    heading(doc, "2. Minutes of the meeting held on 18 June 2024", 3)
    para(doc, "The minutes of the meeting held on 18 June 2024 were agreed as an accurate record.")
    heading(doc, "3. Actions arising from the June meeting", 3)
    bullet(doc, "Month 2 budget monitoring report to be added to the July CGB – completed (item 4).")
    bullet(doc, "Gifts and hospitality register to be published on the website – completed.")
    bullet(doc, "Review of the OPCC information asset register – ongoing, to finish in September.")
    bullet(doc, "Commissioning intentions 2025/26 to be shared with the Force – carried forward to September CGB.")
    bullet(doc, "Complaints review procedure to be updated for the new regulations – not yet started.")
    heading(doc, "4. Financial Update (Month 3)", 3)
    para(doc, "DO presented the Month 3 financial update. The OPCC budget is forecast to underspend by £62,000, mainly "
              "because of vacancies in the commissioning team. Interest on balances is running ahead of budget "
              "because of higher rates. GT explained that the victims grant has been confirmed at £1.62m for "
              "2024/25.")
    para(doc, "**Decision:** The Board agreed to transfer £85,000 from the OPCC operational reserve to fund the "
              "Victims' Voice engagement project in 2024/25.")
    para(doc, "**Action:** DO to include a forecast of interest receivable on balances in the Month 5 report – "
              "next meeting.")
    heading(doc, "5. Risk Register", 3)
    para(doc, "FS presented the OPCC risk register. Two risks have increased: the resilience of the commissioned "
              "ISVA service, where the provider has lost three advisers, and the capacity of the OPCC to respond to "
              "the new duties in the Victims and Prisoners Act.")
    para(doc, "**Action:** FS to add a risk on the resilience of the commissioned ISVA service to the OPCC risk "
              "register – 31 July 2024.")
    heading(doc, "6. Commissioning update", 3)
    para(doc, "PR updated the Board on commissioned services. The youth diversion scheme evaluation has been "
              "completed and shows a 31% lower reoffending rate among participants than in a matched group.")
    para(doc, "**Action:** PR to circulate the evaluation of the youth diversion scheme to Board members – end of "
              "August.")
    heading(doc, "7. Information governance and FOI performance", 3)
    para(doc, "FS reported that 91% of freedom of information requests were answered within 20 working days in "
              "Quarter 1. Delays mostly arose where information had to be obtained from the Force. LK would raise "
              "the delays in responses from the Force's disclosure team with the Deputy Chief Constable.")
    heading(doc, "8. Any other business and date of next meeting", 3)
    para(doc, "None. Date of next meeting: Tuesday 17 September 2024, 14:00, Meeting Room 1, Kingsgate House.")

    page_break(doc)
    para(doc, "OFFICIAL-SENSITIVE", bold=True, center=True)
    heading(doc, "9. PART II – EXEMPT ITEM (Schedule 12A, paragraph 3): Disposal of the former Millbrook police station",
            3)
    para(doc, "**Not for publication.** This item contains information relating to the financial or business affairs "
              "of particular persons, including the Commissioner, and is exempt under paragraph 3 of Part 1 of "
              "Schedule 12A to the Local Government Act 1972. The public interest in maintaining the exemption "
              "outweighs the public interest in disclosure.", italic=True)
    para(doc, "MQ reported that three offers had been received following the marketing of the former Millbrook "
              "police station. The highest offer, from a local housing association, is £40,000 above the valuation, "
              "and the bidder has confirmed that funding is in place.")
    para(doc, "**Decision:** The PCC agreed to accept the highest offer for the former Millbrook police station, "
              "subject to contract.")
    para(doc, "**Action:** MQ to instruct the Force's solicitors to proceed to exchange of contracts – 30 August 2024.")
    para(doc, "OFFICIAL-SENSITIVE", bold=True, center=True)
    return doc


def wyvernshire_panel_minutes():
    """Panel minutes with numbered minutes ("23/24 Minutes"), one-paragraph RESOLVED – (1) … (2) …
    lists and a closing Actions table No. | Action | Responsible Officer | Deadline (becomes a PDF)."""
    doc = new_document(header="", footer="Wyvernshire Police and Crime Panel – 27 June 2024")
    para(doc, "WYVERNSHIRE POLICE AND CRIME PANEL", bold=True, center=True, size=14, after=10)
    para(doc, "MINUTES of a meeting of the Wyvernshire Police and Crime Panel held in Committee Room 2, County "
              "Buildings, Stanmore Road, Wyvern WV1 2HQ on Thursday, 27 June 2024 at 2.00 pm.")
    para(doc, "**PRESENT:** Councillor Alan Pegg (Chairman) (Wyvernshire County Council); Councillor Rosalind "
              "Achterberg (Vice-Chairman) (Hallam Vale District Council); Councillors Kieran Doyle (Wyvern City "
              "Council), Margaret Ng (Sedgebury Borough Council), Philip Orchard (Wyvernshire County Council) and "
              "Stella Quarmby (Wyvern City Council); Mrs Fiona Delacourt and Mr Imran Haq (Independent Co-opted "
              "Members).")
    para(doc, "**Also present:** Mr Graham Selwood (Police and Crime Commissioner), Ms Tanya Brook (Chief Executive "
              "and Monitoring Officer, OPCC), Mr Neil Varga (Chief Finance Officer, OPCC), Chief Superintendent Ruth "
              "Allardyce (Wyvernshire Police), Mrs Joan Petrie (Panel Scrutiny Officer) and Mr Sam Otway "
              "(Democratic Services Officer).")

    def minute(number: str, title: str):
        p = doc.add_paragraph()
        runs(p, f"{number}\t{title}", bold=True)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True

    minute("21/24", "Apologies for Absence and Substitutions")
    para(doc, "Apologies for absence were received from Councillor Glyn Rowe (Hallam Vale District Council) and "
              "Councillor Derek Fairbrass (Sedgebury Borough Council). Councillor Margaret Ng attended as "
              "substitute for Councillor Fairbrass.")
    minute("22/24", "Declarations of Interest")
    para(doc, "Councillor Quarmby declared a personal interest in minute 24/24 as a volunteer with a victims' "
              "charity that receives a grant from the Commissioner. She remained in the meeting.")
    minute("23/24", "Minutes")
    para(doc, "RESOLVED – that the minutes of the meeting held on 14 March 2024 be confirmed as a correct record "
              "and signed by the Chairman.")
    minute("24/24", "Police and Crime Plan – Delivery Report, Quarter 4 2023/24")
    para(doc, "The Commissioner presented his delivery report for the final quarter of 2023/24. Total recorded crime "
              "had fallen by 3% over the year, with the largest falls in residential burglary and theft from "
              "vehicles. The average time to answer 999 calls was 9 seconds, but the proportion of 999 calls "
              "abandoned had risen to 2.1%. Chief Superintendent Allardyce explained that abandonment peaked "
              "between 10 pm and 2 am at weekends.")
    para(doc, "In response to a question from Councillor Doyle, the Chief Executive agreed to provide the Panel "
              "with a breakdown of abandoned 999 calls by time of day. Members asked about the Safer Roads "
              "Partnership speed enforcement pilot on the A419; the Commissioner agreed to circulate the "
              "evaluation of the pilot to members when it was complete.")
    para(doc, "Councillor Orchard raised the planned closure of the public enquiry counter at Sedgebury police "
              "station. The Commissioner undertook to raise the closure of the Sedgebury enquiry counter with the "
              "Chief Constable and to report back to the Panel.")
    para(doc, "RESOLVED – (1) that the Quarter 4 delivery report be noted; (2) that the Commissioner be requested "
              "to include data on rural crime outcomes in future delivery reports; and (3) that the Panel's thanks "
              "be conveyed to the Force's contact management staff.")
    minute("25/24", "Police and Crime Commissioner's Annual Report 2023/24")
    para(doc, "The Panel considered the Commissioner's draft Annual Report for 2023/24, which it is required to "
              "review under section 28(4) of the Police Reform and Social Responsibility Act 2011. Members "
              "welcomed the report's accessible format but felt that it said too little about the money spent on "
              "services for victims.")
    para(doc, "RESOLVED – (1) that the Commissioner's Annual Report 2023/24 be noted and welcomed; (2) that the "
              "Panel recommend to the Commissioner that the published version include a summary of spending on "
              "commissioned victims' services.")
    minute("26/24", "Complaints against the Police and Crime Commissioner")
    para(doc, "The Chief Executive reported that one complaint against the Commissioner had been received since "
              "the last meeting and had been resolved informally. Members remained concerned that the national "
              "review of the complaints regulations, promised for 2023, had still not taken place.")
    para(doc, "RESOLVED – that the complaints update be noted and that the Chairman write to the Policing "
              "Minister on the Panel's behalf.")
    minute("27/24", "Work Programme 2024/25")
    para(doc, "The Panel Scrutiny Officer presented the draft work programme. Members asked for an informal "
              "briefing on the Force's estates strategy and proposed a task group on rural crime.")
    para(doc, "RESOLVED – (1) that the work programme for 2024/25 be agreed; (2) that a task group on rural crime "
              "be established, with Councillors Achterberg and Doyle and Mr Haq as members.")
    minute("28/24", "Date of Next Meeting")
    para(doc, "The next meeting of the Panel will be held on Thursday, 19 September 2024 at 2.00 pm in Committee "
              "Room 2, County Buildings, Wyvern.")
    para(doc, "The meeting ended at 4.10 pm.")
    para(doc, "Chairman ……………………………………………")

    page_break(doc)
    para(doc, "Actions", bold=True, size=12)
    table(doc, [
        ["No.", "Action", "Responsible Officer", "Deadline"],
        ["1", "Provide a breakdown of abandoned 999 calls by time of day for the last twelve months "
              "(minute 24/24)", "Chief Executive, OPCC", "31 July 2024"],
        ["2", "Circulate the evaluation of the Safer Roads Partnership speed enforcement pilot to members "
              "(minute 24/24)", "Commissioner", "Next meeting"],
        ["3", "Letter seeking a timetable for the national review of the PCC complaints regulations "
              "(minute 26/24)", "Chairman", "July 2024"],
        ["4", "Arrange an informal briefing for members on the Force's estates strategy before the September "
              "meeting (minute 27/24)", "Panel Scrutiny Officer", "12/09/2024"],
        ["5", "Confirm the terms of reference and meeting dates of the rural crime task group (minute 27/24)",
         "Panel Scrutiny Officer / Chairman", "31/07/24"],
    ], widths=[1.2, 9.3, 4, 2.5])
    return doc


def calderbrook_action_tracker():
    """An OPCC board action tracker with a RAG column (Blue/Green/Amber/Red) and a key."""
    doc = new_document(footer="SAB Action Tracker – v2 – 13/09/2024", landscape=True)
    para(doc, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CALDERBROOK", bold=True, size=11)
    heading(doc, "Scrutiny and Assurance Board – Action Tracker", 1)
    para(doc, "Updated following the meeting of the Scrutiny and Assurance Board held on 10 September 2024. "
              "Leads are asked to send progress updates to the OPCC Business Support Team ten working days before "
              "each meeting.")
    para(doc, "**RAG key:** Blue – complete (removed from the tracker once reported); Green – on track; Amber – at "
              "risk of missing the target date; Red – overdue or off track.", size=9)
    table(doc, [
        ["Action No", "Meeting", "Agenda Item", "Action", "Lead", "Target Date", "RAG", "Progress Update"],
        ["SAB 24/07", "12/03/2024", "5 – Stop and search", "Provide the results of the community scrutiny "
         "group's review of handcuffing during stop and search", "ACC Local Policing", "11/06/2024", "Blue",
         "Results presented to the June Board."],
        ["SAB 24/09", "12/03/2024", "7 – Estates", "Bring the business case for the Northgate custody suite "
         "refurbishment to the Board", "Director of Estates", "09/07/2024", "Red",
         "Business case delayed by revised cost estimates; now expected in December 2024."],
        ["SAB 24/12", "11/06/2024", "4 – Performance", "Provide quarterly data on the timeliness of crime "
         "recording decisions", "Head of Crime Data Integrity", "10/09/2024", "Green",
         "First quarterly report to be circulated in October as planned."],
        ["SAB 24/13", "11/06/2024", "6 – Workforce", "Report on the retention of student officers on the "
         "degree-holder entry programme", "Director of People", "10/09/2024", "Amber",
         "Data from the university partner received late; report may slip to November."],
        ["SAB 24/15", "09/07/2024", "3 – Finance", "Share the refreshed medium-term financial plan with the "
         "OPCC Chief Finance Officer", "Director of Finance", "31/08/2024", "Blue", "Shared on 28/08/2024."],
        ["SAB 24/16", "09/07/2024", "5 – Victims", "Review the capacity of the witness care unit against the "
         "Victims' Code entitlements", "Head of Criminal Justice", "10/09/2024", "Red",
         "Target date missed: the review team supported the public order response in August."],
        ["SAB 24/17", "10/09/2024", "4 – Performance", "Provide an analysis of the rise in shoplifting in the "
         "town centres, including repeat locations", "ACC Local Policing", "SAB Nov 24", "", "New action"],
        ["SAB 24/18", "10/09/2024", "5 – Public order", "Set out the cost of the August mutual aid deployment "
         "and the claim to the Home Office for special grant", "Director of Finance / OPCC Chief Finance Officer",
         "31/10/2024", "", "New action"],
        ["SAB 24/19", "10/09/2024", "6 – HMICFRS", "Provide the PCC with the Force's action plan on the PEEL "
         "areas for improvement", "DCC", "Dec 2024", "", "New action"],
        ["SAB 24/20", "10/09/2024", "7 – Complaints", "Circulate the IOPC quarterly complaints information "
         "bulletin to Board members", "OPCC Head of Complaints", "13/09/2024", "Blue",
         "Circulated by email on 12/09/2024."],
        ["SAB 24/21", "10/09/2024", "8 – AOB", "Arrange a joint OPCC and Force briefing for the Police and Crime "
         "Panel on the new neighbourhood policing model", "OPCC Chief Executive", "TBC", "", "New action"],
    ], widths=[2, 2.2, 2.6, 6.5, 3.6, 2.2, 1.4, 5.2], size=8.5)
    para(doc, "Next meeting: Tuesday 12 November 2024, 10:00, Conference Room 1, Calderbrook Police Headquarters.")
    return doc


def westhallow_decision_notice():
    """A PCC decision notice: first-person decisions and the report the decision was taken on (a PDF)."""
    doc = new_document(footer="Decision Notice 2024/17")
    para(doc, "POLICE AND CRIME COMMISSIONER FOR WESTHALLOW", bold=True, size=13)
    para(doc, "DECISION NOTICE", bold=True, size=16, after=10)
    para(doc, "**Decision number:** 2024/17", after=2)
    para(doc, "**Title:** Allocation of the Serious Violence Duty grant 2024/25", after=2)
    para(doc, "**Date of decision:** 3 September 2024", after=2)
    para(doc, "**Author and job role:** Hollie Barraclough, Partnerships and Commissioning Manager", after=2)
    para(doc, "**Protective marking:** OFFICIAL", after=10)
    heading(doc, "Executive summary", 2)
    para(doc, "The Commissioner is the lead convenor for the Serious Violence Duty in Westhallow and receives the "
              "Home Office grant that supports it. For 2024/25 the grant is £402,000. The specified authorities "
              "have agreed a strategic needs assessment and a response strategy, and the five community safety "
              "partnerships have each submitted a delivery plan. This notice allocates the grant between the "
              "partnerships and extends the hospital-based youth worker scheme, which the evaluation found to be "
              "effective at reducing repeat attendance for knife injuries.")
    heading(doc, "Decision", 2)
    para(doc, "**Decision:** I approve the allocation of £312,000 of the Serious Violence Duty grant 2024/25 to the "
              "five community safety partnerships, as set out in Appendix A.")
    para(doc, "I also approve the use of £45,000 of the grant to extend the hospital-based youth worker scheme at "
              "Westhallow General Hospital until 31 March 2025.")
    heading(doc, "Police and Crime Commissioner", 3)
    para(doc, "I have been made aware of the need to declare any personal or prejudicial interest in this "
              "decision. I have no such interest.")
    table(doc, [
        ["Signature:", "R. Dunstable", "Date:", "03/09/2024"],
    ], widths=[3, 7, 2, 5], header=False)
    heading(doc, "Chief Finance Officer", 3)
    para(doc, "I confirm that the financial implications of this decision have been considered and that the "
              "funding is available within the grant.")
    table(doc, [
        ["Signature:", "M. Oyelowo", "Date:", "02/09/2024"],
    ], widths=[3, 7, 2, 5], header=False)
    heading(doc, "Public access to information", 3)
    para(doc, "Information in this form is subject to the Freedom of Information Act 2000 and will be published on "
              "the Commissioner's website. Is there a Part 2 to this form? No.", size=9.5)

    page_break(doc)
    para(doc, "REPORT TO THE POLICE AND CRIME COMMISSIONER'S STRATEGIC GOVERNANCE MEETING", bold=True, size=12)
    table(doc, [
        ["Date of meeting", "3 September 2024"],
        ["Agenda item", "6"],
        ["Title", "Serious Violence Duty grant 2024/25 – allocation to partners"],
        ["Report by", "Partnerships and Commissioning Manager"],
    ], widths=[4.5, 12.5], header=False, size=10)
    heading(doc, "1. Purpose of the report", 3)
    para(doc, "1.1 To seek the Commissioner's approval for the allocation of the Serious Violence Duty grant for "
              "2024/25.")
    heading(doc, "2. Recommendations", 3)
    para(doc, "2.1 That the Commissioner approves the allocation of £312,000 to the community safety partnerships "
              "and £45,000 to the hospital-based youth worker scheme.")
    heading(doc, "3. Background", 3)
    para(doc, "3.1 The Serious Violence Duty came into force on 31 January 2023. It requires the police, councils, "
              "youth offending teams, health and probation to work together to prevent and reduce serious "
              "violence. The Home Office grant is paid to the Commissioner as convenor.")
    para(doc, "3.2 The allocation in Appendix A follows the formula agreed by the Westhallow Serious Violence "
              "Partnership in June: 60% by the number of serious violence offences in each area and 40% by "
              "population aged 10 to 24. The remaining £45,000 is held for county-wide work.")
    heading(doc, "4. Financial implications", 3)
    para(doc, "4.1 The allocations are met in full from the Home Office grant. There is no cost to the "
              "Commissioner's core budget. The grant conditions require spending to be incurred by 31 March 2025.")
    heading(doc, "5. Legal and risk implications", 3)
    para(doc, "5.1 The grants to partnerships are made under section 9 of the Police Reform and Social "
              "Responsibility Act 2011 and section 143 of the Anti-social Behaviour, Crime and Policing Act 2014. "
              "The main risk is underspending by partners late in the year; quarterly returns are required.")
    heading(doc, "6. Equality implications", 3)
    para(doc, "6.1 Young men from deprived neighbourhoods are over-represented among both victims and offenders of "
              "serious violence. The funded work is targeted at these groups.")
    heading(doc, "Appendix A – allocation by community safety partnership", 3)
    table(doc, [
        ["Community safety partnership", "Allocation 2024/25"],
        ["Westhallow City", "£118,000"],
        ["Bramcote and Lynch", "£62,000"],
        ["Tarrant Vale", "£49,000"],
        ["Coldharbour", "£44,000"],
        ["North Westhallow", "£39,000"],
        ["Total", "£312,000"],
    ], widths=[10, 5])
    return doc


def rookvale_panel_minutes():
    """Panel minutes with an attendance table in two columns and an 'Actions agreed' bullet list."""
    doc = new_document(header="", footer="Rookvale Police and Crime Panel – minutes – 19/09/2024")
    para(doc, "Rookvale Police and Crime Panel", bold=True, size=16)
    para(doc, "Minutes of the meeting of the Rookvale Police and Crime Panel held in the Civic Suite, Rookvale Town "
              "Hall, Abbey Street, Rookvale RV2 7LD on Thursday 19 September 2024, commencing at 10.00am.",
         after=8)
    table(doc, [
        ["Panel members present", "Also present"],
        ["Cllr Harriet Blow (Chair) – Rookvale City Council", "Keith Amberley – Police and Crime Commissioner"],
        ["Cllr Owain Pritchard (Vice-Chair) – Fosdyke District Council",
         "Delia Marsh – Chief Executive, OPCC"],
        ["Cllr Tamsin Greaves – Rookvale City Council", "Robert Iqbal – Head of Finance, OPCC"],
        ["Cllr Vernon Lutterworth – Stallbridge Borough Council", "Chief Superintendent Alun Price – Rookvale Police"],
        ["Cllr Bernadette Oyo – Rookvale County Council", "Esther Cole – Panel Scrutiny Officer"],
        ["Lionel Hartigan – Independent Member", ""],
    ], widths=[8.5, 8.5])
    para(doc, "**Apologies:** Cllr Graham Wetherall (Fosdyke District Council), Priya Anand (Independent Member)")

    heading(doc, "1. Welcome and apologies", 3)
    para(doc, "The Chair welcomed members and officers. Apologies were received as recorded above.")
    heading(doc, "2. Declarations of interest", 3)
    para(doc, "There were no declarations of interest.")
    heading(doc, "3. Minutes of the meeting held on 11 July 2024", 3)
    para(doc, "RESOLVED that the minutes of the meeting held on 11 July 2024 be approved as a correct record.")
    heading(doc, "4. Police and Crime Plan performance report (Quarter 1 2024/25)", 3)
    para(doc, "The Commissioner introduced the Quarter 1 performance report. Residential burglary had fallen by 8%, "
              "but the proportion of burglaries resulting in a charge remained below 5%. Cllr Greaves asked how "
              "outcomes varied across the county; the Commissioner agreed to provide a breakdown of burglary "
              "outcomes by policing district.")
    para(doc, "Members asked about the Force's response to the HMICFRS inspection of race and policing. The Chief "
              "Executive agreed to circulate the Commissioner's published response to the inspection to members. "
              "Cllr Lutterworth asked about the number of officers on restricted duties; the Commissioner undertook "
              "to ask the Chief Constable for the current figures and to share them with the Panel.")
    para(doc, "Chief Superintendent Price described the fleet telematics pilot, which had started in June on 60 "
              "response vehicles to reduce fuel use and collision damage. Members asked to hear the results.")
    para(doc, "The Panel RESOLVED to note the performance report.")
    heading(doc, "5. Precept 2025/26 – timetable and consultation", 3)
    para(doc, "The Head of Finance outlined the timetable for setting the 2025/26 precept. The provisional police "
              "finance settlement is expected in December and the Panel must review the proposed precept by 8 "
              "February 2025. Members asked to see the consultation questions before the survey opens.")
    para(doc, "The Panel AGREED that its precept meeting be held in the first week of February 2025, with a "
              "reserve date later that month should the proposed precept be vetoed.")
    heading(doc, "6. Community grants scheme", 3)
    para(doc, "The Chief Executive reported that the Commissioner's community grants scheme had awarded £186,000 to "
              "41 groups in 2023/24. Members felt that the scheme's outcomes were not well understood and proposed "
              "a short review by the Panel.")
    para(doc, "RESOLVED: (a) that the report be noted; (b) that the Panel undertake a review of the community "
              "grants scheme, its scope to be agreed between the Chair, the Vice-Chair and the Commissioner.")
    heading(doc, "7. Complaints against the Commissioner", 3)
    para(doc, "No complaints had been received since the last meeting. The Panel AGREED that the initial handling "
              "of complaints against the Commissioner remain delegated to the OPCC Chief Executive as Monitoring "
              "Officer.")
    heading(doc, "8. Date of next meeting", 3)
    para(doc, "Thursday 14 November 2024 at 10.00am, Civic Suite, Rookvale Town Hall.")

    heading(doc, "Actions agreed", 2)
    bullet(doc, "The Commissioner to provide a breakdown of Quarter 1 burglary outcomes by policing district by the "
                "next meeting (14 November 2024).")
    bullet(doc, "The OPCC Head of Finance to share the draft precept consultation questions with members by the end "
                "of October.")
    bullet(doc, "The Panel Scrutiny Officer to arrange a visit for members to the Force Control Room before the "
                "precept meeting in February.")
    bullet(doc, "The Chair and Vice-Chair to meet the Commissioner as soon as possible to settle the terms of "
                "reference for the grants review.")
    bullet(doc, "The Commissioner to report back on the outcome of the fleet telematics pilot at the January 2025 "
                "meeting.")
    para(doc, "The meeting closed at 12.35pm.", after=12)
    para(doc, "Signed ………………………………… (Chair)          Date …………………")
    return doc


# name -> (builder, format): "docx" is saved as it is, "pdf" is converted from a scratch DOCX
SAMPLES = {
    "brackenshire-strategic-accountability-board-minutes-2024-03-05": (brackenshire_accountability_board, "pdf"),
    "tamarford-police-and-crime-panel-agenda-pack-2024-07-18": (tamarford_panel_pack, "pdf"),
    "fenwold-governance-forward-plan-2024-25": (fenwold_forward_plan, "pdf"),
    "lyndale-joint-performance-board-action-log-2024-05-14": (lyndale_action_log, "docx"),
    "aldercombe-pcc-decision-record-2024-023": (aldercombe_decision_record, "docx"),
    "greyholm-corporate-governance-board-minutes-2024-07-16": (greyholm_corporate_governance_board, "docx"),
    "wyvernshire-police-and-crime-panel-minutes-2024-06-27": (wyvernshire_panel_minutes, "pdf"),
    "calderbrook-scrutiny-and-assurance-board-action-tracker-2024-09-10": (calderbrook_action_tracker, "docx"),
    "westhallow-pcc-decision-notice-2024-17": (westhallow_decision_notice, "pdf"),
    "rookvale-police-and-crime-panel-minutes-2024-09-19": (rookvale_panel_minutes, "docx"),
}


def convert_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice is needed for the PDF samples: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx_path)],
            check=True, capture_output=True, timeout=240,
        )
    return out_dir / (docx_path.stem + ".pdf")


def stabilise_pdf(data: bytes) -> bytes:
    """Make a LibreOffice PDF depend only on its content: fix the creation date, and derive
    the file ID and checksum from the rest of the bytes. Lengths are kept, so the
    cross-reference offsets stay right."""
    stamp = FIXED_TIME.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda m: b"/" + m.group(1) + b"(D:" + stamp, data)
    body = re.sub(rb"<[0-9A-Fa-f]{32}>|/DocChecksum /[0-9A-Fa-f]{32}", b"", data)
    digest = hashlib.md5(body).hexdigest().upper().encode()
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + digest + b">", data)
    return re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + digest, data)


def build(names: list[str] | None = None):
    for name, (builder, fmt) in SAMPLES.items():
        if names and name not in names:
            continue
        doc = builder()
        if fmt == "docx":
            save_docx(doc, HERE / f"{name}.docx")
        else:
            with tempfile.TemporaryDirectory() as scratch:
                source = Path(scratch) / f"{name}.docx"
                save_docx(doc, source)
                pdf = convert_to_pdf(source, Path(scratch))
                (HERE / f"{name}.pdf").write_bytes(stabilise_pdf(pdf.read_bytes()))
        print(f"built {name}.{fmt}")


def refresh_hashes():
    """Point every expected record's `source` at the current bytes of its sample."""
    for record_path in sorted(EXPECTED.glob("*.json")):
        found = [p for p in HERE.iterdir() if p.is_file() and p.stem == record_path.stem and p.suffix != ".json"]
        if len(found) != 1:
            print(f"warning: {record_path.name} has {len(found)} documents", file=sys.stderr)
            continue
        doc = found[0]
        record = json.loads(record_path.read_text(encoding="utf-8"))
        source = {"name": doc.name, "sha256": hashlib.sha256(doc.read_bytes()).hexdigest(),
                  "format": doc.suffix.lstrip(".").lower()}
        if record.get("source") != source:
            record["source"] = source
            record_path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"hash updated: {record_path.name}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="build only these samples (names without extension)")
    ap.add_argument("--hashes", action="store_true", help="only refresh the hashes in expected/")
    args = ap.parse_args()
    if not args.hashes:
        build(args.names)
    refresh_hashes()


if __name__ == "__main__":
    main()
