"""Marked actions in the shapes real secretaries write them (issue 8): markers with the owner and the
timescale in any order and separator, action-log lines with the owner after the full stop, numbered
tasks after one marker, owners named with a rank or title; action schedules whose columns are
headed otherwise, in Word, HTML and PDF. Every paper here is invented."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
from readers.pdfgen import Page, make_pdf  # tests/readers: the PDF writer of the reader tests

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable


def _actions(path: Path, verbatim: bool = True) -> list[tuple]:
    """(ref, text, owners, due, due_text) of each action; `verbatim`: each one's evidence is found in the text
    as read (a paragraph whose margin held its owner is read back without it, so it is not, there)."""
    doc = read(path)
    (meeting,) = [m for m in extract(doc).meetings if m.actions]
    for action in meeting.actions:
        assert action.evidence and (findable(action.evidence.text, doc.text) or not verbatim)
    return [(a.ref, a.text, a.owners, a.due, a.due_text) for a in meeting.actions]


LIAISON = """\
# Redcastle Police Community Liaison Group

Notes of the meeting held on 17 September 2008 at Redcastle Police Station

Present: Insp. Mark Fowler, Sgt Anne Price, Cllr Ray Dobbs, Jean Walsh (Residents Association), Peter Tull (Secretary)

## 1. Anti-social behaviour on the Brookside estate

Residents reported groups gathering outside the shops in the evenings. Sgt Price said extra patrols had been arranged.

Action – Insp. Fowler: arrange a meeting with the housing officer.

Action: Speed check on Hill Road – Sgt Price – October

Action by Cllr Dobbs – raise the lighting on Hill Road with the council.

Actions: (1) PT to book the room for the Christmas meeting; (2) Insp. Fowler to invite the neighbourhood team.

## 2. Action log

01/08: Circulate the protocol. BJH, October 08
02/08: Write to the council about the CCTV camera at the shops. PT – November 08
03/08 Obtain crime figures for the estate – Sgt Price – next meeting
"""


def test_liaison_notes_mark_actions_with_ranks_dashes_numbers_and_a_log(tmp_path):
    """An owner with a rank ("Sgt Price", "Insp. Fowler") is a field of its own like a post; "Action by X –"
    names its owner as "Action by X:" does; "(1) … (2) …" after one marker are two tasks; a log line gives
    its owner and timescale after the task's full stop, or after a dash; a log line opening with its errand
    is a task, not a minute's title."""
    path = tmp_path / "redcastle-plg-2008-09-17.md"
    path.write_text(LIAISON, encoding="utf-8")
    assert _actions(path) == [
        (None, "arrange a meeting with the housing officer", ["Insp. Fowler"], None, None),
        (None, "Speed check on Hill Road", ["Sgt Price"], "2008-10", "October"),
        (None, "raise the lighting on Hill Road with the council", ["Cllr Dobbs"], None, None),
        (None, "book the room for the Christmas meeting", ["PT"], None, None),
        (None, "invite the neighbourhood team", ["Insp. Fowler"], None, None),
        ("01/08", "Circulate the protocol", ["BJH"], "2008-10", "October 08"),
        (
            "02/08",
            "Write to the council about the CCTV camera at the shops",
            ["PT"],
            "2008-11",
            "November 08",
        ),
        ("03/08", "Obtain crime figures for the estate", ["Sgt Price"], None, "next meeting"),
    ]


def _board_pdf(path: Path) -> Path:
    """A ruled action table whose "Action" column holds the action numbers and "Description" the task."""
    page = Page()
    y = 740
    page.text(72, y, "SOUTHVALE ACCOUNTABILITY BOARD", bold=True)
    page.text(72, y - 16, "Minutes of the meeting held on 2 May 2024")
    page.text(72, y - 32, "Present: Commissioner L Hart, Chief Constable P Rowe, DCC M Ode")
    y -= 60
    cols, right = [72, 140, 400, 490], 560
    top = y + 12
    page.rule(68, top, right, top)
    page.row(y, list(zip(cols, ["Action", "Description", "Lead", "Date"])))
    y -= 6
    page.rule(68, y, right, y)
    y -= 12
    for ref, lines, owner, due in [
        ("AB/24/01", ["Share the stop and search data", "with the scrutiny panel"], "DCC", "June 2024"),
        ("AB/24/02", ["Report on 999 answer times"], "ACC Ops", "30/06/24"),
    ]:
        page.row(y, list(zip(cols, [ref, lines[0], owner, due])))
        for extra in lines[1:]:
            y -= 13
            page.text(140, y, extra)
        y -= 6
        page.rule(68, y, right, y)
        y -= 12
    for x in [68, 136, 396, 486, right]:
        page.rule(x, top, x, y + 12)
    path.write_bytes(make_pdf([page]))
    return path


def test_an_action_column_of_numbers_beside_a_description_numbers_the_tasks(tmp_path):
    """Action | Description | Lead | Date: the numbers are the refs, the description the task."""
    assert _actions(_board_pdf(tmp_path / "southvale-board-2024-05-02.pdf")) == [
        (
            "AB/24/01",
            "Share the stop and search data with the scrutiny panel",
            ["DCC"],
            "2024-06",
            "June 2024",
        ),
        ("AB/24/02", "Report on 999 answer times", ["ACC Ops"], "2024-06-30", "30/06/24"),
    ]


def test_a_word_table_of_issues_with_owner_and_target_is_an_action_table(tmp_path):
    """Date | Issue | Owner | Target | Progress: with no Action column, the issue is the task."""
    document = docx.Document()
    document.add_heading("Eastbridge Community Council", 1)
    document.add_paragraph("Minutes of the meeting held on Tuesday 4 June 2024 at 7pm, Eastbridge Library")
    document.add_paragraph("Present: Ann Kerr (Chair), Tom Moffat (Secretary), Liz Ogilvie (Treasurer)")
    document.add_heading("5. Issues log", 2)
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["Date", "Issue", "Owner", "Target", "Progress"]):
        cell.text = text
    for values in [
        ("04/06/24", "Seek quotes for repairing the war memorial", "Chair", "September 2024", "New"),
        ("04/06/24", "Ask the council to empty the bins on Dock Street", "Secretary", "30/06/24", "New"),
    ]:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "eastbridge-cc-2024-06-04.docx"
    document.save(str(path))
    assert _actions(path) == [
        (None, "Seek quotes for repairing the war memorial", ["Chair"], "2024-09", "September 2024"),
        (None, "Ask the council to empty the bins on Dock Street", ["Secretary"], "2024-06-30", "30/06/24"),
    ]


def _hollin_pdf(path: Path) -> Path:
    """Minutes with initials in an Action column; each owner beside its paragraph's last line, which the
    reader takes for the first row of a table, the lines above left as paragraphs of their own."""
    page = Page()
    y = 740
    page.text(72, y, "FRIENDS OF HOLLIN WOOD", bold=True)
    page.text(72, y - 16, "Minutes of the committee meeting held on Wednesday 13 March 2019 at 7.30pm")
    page.text(72, y - 32, "Present: Mary Lyle (Chair), Ian Cope, Beth Noakes, Dev Shah")
    y -= 56
    for title, text, owner in [
        (
            "1. Path repairs",
            (
                "The path by the east gate is flooding again after the heavy rain. Ian will ask the "
                "council to clear the drain and report back."
            ),
            "IC",
        ),
        (
            "2. Bat walk",
            (
                "The bat walk was well attended. A second walk will be held in June and Mary will book "
                "the ranger."
            ),
            "ML",
        ),
        ("3. AOB", "None.", None),
    ]:
        page.text(72, y, title, bold=True)
        y -= 14
        lines = textwrap.wrap(text, 60)
        for k, line in enumerate(lines):
            page.text(72, y, line)
            if owner and k == len(lines) - 1:
                page.text(500, y, owner)
            y -= 13
        y -= 8
    path.write_bytes(make_pdf([page]))
    return path


def test_an_owner_beside_the_last_line_of_its_paragraph_owns_the_whole_paragraph(tmp_path):
    """The lines above the margin table's first row are that row's paragraph: its task is owned by the
    initials in the margin, not by the forename in the sentence."""
    assert [
        (a.text, a.owners)
        for a in extract(read(_hollin_pdf(tmp_path / "hollin-2019-03-13.pdf"))).meetings[0].actions
    ] == [
        ("Ian will ask the council to clear the drain and report back", ["IC"]),
        ("A second walk will be held in June and Mary will book the ranger", ["ML"]),
    ]


KESTON = """\
KESTON TOWN COUNCIL

Minutes of the Community Safety Committee held on Wednesday 6 March 2024 at 7pm in the Council Chamber

Present: Cllr B Okoro (Chair), Cllr D Fry, Cllr H Sandhu, Insp. L Moss (Police)

1. POLICE REPORT
Insp. Moss reported on crime in the town. Shoplifting has risen.

2. CCTV
The camera at the bus station has failed.

ITEM   ACTION                                           OWNER        TIMESCALE
1      Provide shoplifting figures by month             Insp. Moss   Next meeting
2      Obtain quotes for replacing the bus station      Town Clerk   April 2024
       camera
2      Write to the bus company about sharing costs     Cllr Fry     31 March 2024

3. ANY OTHER BUSINESS
The Chair thanked members for attending.
"""


def test_a_text_copy_keeps_an_action_table_as_lines_of_columns(tmp_path):
    """ITEM   ACTION   OWNER   TIMESCALE over rows set apart by wide gaps, a wrapped cell on a line below."""
    path = tmp_path / "keston-tc-2024-03-06.txt"
    path.write_text(KESTON, encoding="utf-8")
    assert _actions(path) == [
        (None, "Provide shoplifting figures by month", ["Insp. Moss"], None, "Next meeting"),
        (None, "Obtain quotes for replacing the bus station camera", ["Town Clerk"], "2024-04", "April 2024"),
        (None, "Write to the bus company about sharing costs", ["Cllr Fry"], "2024-03-31", "31 March 2024"),
    ]


BOARD = """\
# Thornbury Police and Crime Panel

Minutes of the meeting held on Thursday 14 March 2024 at County Hall, Thornbury

Present: Cllr A Brennan (Chair), Cllr P Okafor, Mr R Hale (Independent Member)

## 3. Police and Crime Plan performance

The panel reviewed the performance report. Members asked about vetting and the complaints protocol.

A/24/03 Provide the panel with the 101 call answering times by district. DCC. June 2024

Monthly vetting figures to OPCC – ACC – ongoing

CE — circulate the draft protocol — by 20/05/24

JR & KV - inspect the bus shelter - ASAP

All members - review the draft Neighbourhood Plan - 5 April 2024

Police and crime plan refresh – PCC – March 2025
"""


def test_a_line_of_task_owner_and_timescale_is_an_action_wherever_it_stands(tmp_path):
    """Three fields in any order mark an action outside an "Actions" section too; a numbered entry gives its
    owner and timescale after full stops; "All members" owns; a forward plan's line, naming no errand, is none."""
    path = tmp_path / "thornbury-pcp-2024-03-14.md"
    path.write_text(BOARD, encoding="utf-8")
    assert _actions(path) == [
        (
            "A/24/03",
            "Provide the panel with the 101 call answering times by district",
            ["DCC"],
            "2024-06",
            "June 2024",
        ),
        (None, "Monthly vetting figures to OPCC", ["ACC"], None, "ongoing"),
        (None, "circulate the draft protocol", ["CE"], "2024-05-20", "20/05/24"),
        (None, "inspect the bus shelter", ["JR", "KV"], None, "ASAP"),
        (None, "review the draft Neighbourhood Plan", ["All members"], "2024-04-05", "5 April 2024"),
    ]


HOLLOWMERE = """\
HOLLOWMERE PARISH COUNCIL

Minutes of the Parish Council meeting held on Monday 8 January 2024 at 7.30pm in the Village Hall

Present: Cllr D Pike (Chairman), Cllr M Ashdown, Cllr J Rowe, Cllr K Vance
In attendance: Mrs L Fenwick (Clerk) and 3 members of the public

1. Highways
The pothole outside the school has still not been repaired. ACTION: Clerk
The grit bin at Church Corner is empty. ACTION: Cllr Rowe

2. Actions from this meeting

| Action | Owner | Due |
|---|---|---|
| Obtain quotes for hedge cutting | Cllr Vance | February meeting |

- Circulate the footpath survey to all members (Clerk) – 31 January
"""


def test_closing_markers_a_text_copy_ran_together_and_actions_from_this_meeting(tmp_path):
    """ "… not been repaired. ACTION: Clerk" and the next line run into one paragraph: the owner stops where the
    next sentence starts. "Actions from this meeting" heads new actions, not a review of earlier ones; an owner in
    brackets before a dash and the timescale is a field of its own."""
    path = tmp_path / "hollowmere-pc-2024-01-08.txt"
    path.write_text(HOLLOWMERE, encoding="utf-8")
    assert sorted(_actions(path)) == sorted(
        [
            (None, "The pothole outside the school has still not been repaired", ["Clerk"], None, None),
            (None, "The grit bin at Church Corner is empty", ["Cllr Rowe"], None, None),
            (None, "Obtain quotes for hedge cutting", ["Cllr Vance"], "2024-02", "February meeting"),
            (None, "Circulate the footpath survey to all members", ["Clerk"], "2024-01-31", "31 January"),
        ]
    )


def test_initials_in_bold_after_a_paragraphs_last_sentence_own_its_task(tmp_path):
    """Word minutes that close a paragraph with its owner's initials in bold: the owner is the initials,
    not the forename the sentence names; a paragraph that commits to nothing is no task, initials or not."""
    document = docx.Document()
    document.add_paragraph("Marlow Bridge Community Council")
    document.add_paragraph("Minutes of the meeting held on Monday 3 June 2024 in the Pearce Institute")
    document.add_paragraph(
        "Present: Jim Forbes (Chair), Reinhild Ott (Treasurer), Danny Kerr, Cllr Ruth Doyle"
    )
    document.add_heading("2. Housing", 2)
    for text, who in [
        (
            "The bin store at Langlands Road is overflowing. Ruth agreed to take this up with the council. ",
            "RD",
        ),
        ("The tenants' group thanked members for their support at the last open day. ", "JF"),
    ]:
        paragraph = document.add_paragraph(text)
        paragraph.add_run(who).bold = True
    path = tmp_path / "marlow-bridge-cc-2024-06-03.docx"
    document.save(str(path))
    assert _actions(path) == [(None, "Ruth agreed to take this up with the council", ["RD"], None, None)]


def test_a_minute_number_and_title_between_margin_paragraphs_is_no_log_entry(tmp_path):
    """ "15/31 Playing field" heads the paragraph below it in minutes with an Action column; run into that
    paragraph, it read as an action-log entry numbered 15/31 and gave each task twice."""
    page = Page()
    y = 760
    page.text(72, y, "WEST ALDER PARISH COUNCIL", bold=True)
    page.text(72, y - 16, "Minutes of the meeting held on Tuesday 14 April 2015 at 7pm in the Village Hall")
    page.text(72, y - 32, "Present: Cllr G Marsh (Chairman), Cllr P Lane, Cllr S Ross, Mrs K Dunn (Clerk)")
    y -= 56
    page.text(480, y, "Action", bold=True)
    y -= 16
    for title, text, owner in [
        (
            "15/30 Highways",
            (
                "The sign at Church Road junction is still leaning. The Clerk will report it to "
                "Highways again and ask for a date for the repair."
            ),
            "Clerk",
        ),
        (
            "15/31 Playing field",
            ("The mower needs servicing before the season. Cllr Lane will arrange this with the contractor."),
            "PL",
        ),
        ("15/32 Correspondence", "A letter from the police about the rural crime meeting was noted.", None),
    ]:
        page.text(72, y, title, bold=True)
        y -= 14
        for k, line in enumerate(textwrap.wrap(text, 58)):
            page.text(72, y, line)
            if owner and k == 0:
                page.text(480, y, owner)
            y -= 13
        y -= 8
    path = tmp_path / "west-alder-pc-2015-04-14.pdf"
    path.write_bytes(make_pdf([page]))
    assert _actions(path, verbatim=False) == [
        (
            None,
            "The Clerk will report it to Highways again and ask for a date for the repair",
            ["Clerk"],
            None,
            None,
        ),
        (None, "Cllr Lane will arrange this with the contractor", ["PL"], None, None),
    ]


DUNHOLM = """\
# Dunholm Police and Crime Panel

Minutes of the meeting held on 10 April 2024 at Dunholm Civic Centre

Present: Cllr V Hart (Chair), Cllr O Penn, Mr J Sale (Independent Member)

## 4. Estates

Action: OPCC Chief Executive – report to the panel in June

The estates strategy will be circulated to members. Action: CFO, 30 September
"""


def test_an_owner_before_a_dash_and_an_owner_with_its_date_after_a_comma(tmp_path):
    """ "OWNER – errand": the owner is the whole field before the dash, and a task that would be one word without
    its timescale keeps its words; "Action: CFO, 30 September" is an owner and a timescale for the sentence before."""
    path = tmp_path / "dunholm-pcp-2024-04-10.md"
    path.write_text(DUNHOLM, encoding="utf-8")
    assert _actions(path) == [
        (None, "report to the panel in June", ["OPCC Chief Executive"], "2024-06", "June"),
        (None, "The estates strategy will be circulated to members", ["CFO"], "2024-09-30", "30 September"),
    ]


BRAMLEY = """\
BRAMLEY JOINT AUDIT COMMITTEE

Minutes of the meeting held on 5 December 2024 at Police Headquarters, Bramley

Present: Mr K Osei (Chair), Ms L Grant, Mr D Hume

1. Internal audit progress
The Internal Audit Manager presented the progress report.

ACTIONS AGREED

Action No
Action
Responsible
Deadline
AP1
Provide the committee with the revised audit plan
Internal Audit Manager
March 2025
AP2
Circulate the risk register
OPCC CFO
20/12/24

2. Any other business
None.
"""


def test_a_table_flattened_a_cell_a_line_with_lettered_action_numbers(tmp_path):
    """A PDF's table copied as one cell a line: rows open with "AP1", "AP2" as with "1" or "JAC/23/05"."""
    path = tmp_path / "bramley-jac-2024-12-05.txt"
    path.write_text(BRAMLEY, encoding="utf-8")
    assert _actions(path) == [
        (
            "AP1",
            "Provide the committee with the revised audit plan",
            ["Internal Audit Manager"],
            "2025-03",
            "March 2025",
        ),
        ("AP2", "Circulate the risk register", ["OPCC CFO"], "2024-12-20", "20/12/24"),
    ]


def test_a_marker_with_a_bare_verb_takes_its_task_from_the_paragraph_above(tmp_path):
    path = tmp_path / "friends.md"
    path.write_text(
        """# Friends of Elm Park – committee meeting, 8 October 2024

Present: Maureen Heap (chair), Gareth Lowe, Aileen Moss

## 4. Work parties

Aileen asked if the Community Payback team could come in to do the heavy clearance by the north wall - Gareth has a contact there.

Action - GL to ask.

## 5. Events

Maureen wondered whether the scouts would help with the bulb planting in November - Aileen knows the leader.

ACTION: AM to follow up
""",
        encoding="utf-8",
    )
    found = _actions(path)
    assert [(owners, text.split(" - ")[0]) for _, text, owners, *_ in found] == [
        (
            ["GL"],
            "Aileen asked if the Community Payback team could come in to do the heavy clearance by the north wall",
        ),
        (["AM"], "Maureen wondered whether the scouts would help with the bulb planting in November"),
    ]


def test_two_owners_and_a_bare_verb_under_a_promise_make_one_action(tmp_path):
    path = tmp_path / "cc-2024-09-02.txt"
    path.write_text(
        """LOCHSIDE COMMUNITY COUNCIL
Minutes of the meeting held on Monday 2nd September 2024 at 7pm in the Public Hall

Present: Jim Bremner (Chair), Ailsa Cormack (Secretary), Niall Ferguson (Treasurer)
Also present: Grant Urquhart (Glen Ardle Estate)

5. Hydro scheme
Grant Urquhart gave a presentation on the hydro scheme. Construction traffic will use the estate road from October.
He agreed to send the construction traffic management plan to the Secretary.
Action - GU / AC to circulate

6. Planning
No applications.
""",
        encoding="utf-8",
    )
    found = _actions(path)
    assert [(owners, text) for _, text, owners, *_ in found] == [
        (["GU", "AC"], "He agreed to send the construction traffic management plan to the Secretary")
    ]


def test_action_points_marked_ap_with_initials_that_keep_a_mac(tmp_path):
    path = tmp_path / "cc-2024-11-11.md"
    path.write_text(
        """# GLENARD COMMUNITY COUNCIL

Minutes of the Ordinary Meeting held on Monday 11th November 2024 at 7.30pm

Sederunt: Fiona MacAulay (Chair), Morag Lennie (Secretary)

## 6. Correspondence

Letter from a resident about dog fouling on the shore path.

AP: FMacA to reply to the resident.

AP: ML to write to the council about the bins by 22nd November.
""",
        encoding="utf-8",
    )
    assert [(owners, text, due) for _, text, owners, due, _ in _actions(path)] == [
        (["FMacA"], "reply to the resident", None),
        (["ML"], "write to the council about the bins", "2024-11-22"),
    ]


def test_action_by_a_label_then_owner_and_task_and_single_letter_coded_refs_in_review(tmp_path):
    path = tmp_path / "pam-2024-12-03.md"
    path.write_text(
        """# Public Accountability Meeting – 3 December 2024

Present: Commissioner Tom Rivington (TR); Chief Constable Jessica Bray (JB)

## 2. Actions from the September meeting

- A/24/31 – Publish the force's response times by ward – complete (published on 1 November).
- A/24/32 – Report on the drugs warrants in Kelbrook – in progress; two cases are still before the courts.

## 3. Retail crime

The Chief Constable said shoplifting was up by 27%.

Action by: JB – share the force's retail crime problem profile with the Business Improvement District, by 31 January 2025.
""",
        encoding="utf-8",
    )
    assert [(text, owners, due) for _, text, owners, due, _ in _actions(path)] == [
        (
            "share the force's retail crime problem profile with the Business Improvement District",
            ["JB"],
            "2025-01-31",
        )
    ]
    doc = read(path)
    (meeting,) = extract(doc).meetings
    assert [(u.ref, u.status) for u in meeting.action_updates] == [
        ("A/24/31", "complete"),
        ("A/24/32", "in_progress"),
    ]


def test_labelled_owner_with_brackets_and_a_tab_before_due_and_an_owner_bracket_with_its_timescale(tmp_path):
    doc = docx.Document()
    doc.add_heading("Performance and Resources Board – 4 March 2025", level=1)
    doc.add_paragraph(
        "Present: PCC Ann Hale (Chair), DCC Tom Reyes (DCC), Head of Communications Lia Oduya (HoC)"
    )
    doc.add_heading("4. Capital programme", level=2)
    doc.add_paragraph("AP14 – Circulate the final capital programme 2025/26 to 2028/29 to Board members.")
    doc.add_paragraph("Owner: CFO (OPCC) / Director of Resources\tDue: 31 March 2025")
    doc.add_heading("5. Actions", level=2)
    doc.add_paragraph(
        "Publish the updated gifts and hospitality register (HoC, end of May)", style="List Bullet"
    )
    path = tmp_path / "prb-2025-03-04.docx"
    doc.save(path)
    found = sorted(((ref or ""), text, owners, due) for ref, text, owners, due, _ in _actions(path))
    assert found == [
        ("", "Publish the updated gifts and hospitality register", ["HoC"], "2025-05"),
        (
            "AP14",
            "Circulate the final capital programme 2025/26 to 2028/29 to Board members",
            ["CFO (OPCC)", "Director of Resources"],
            "2025-03-31",
        ),
    ]


def test_action_by_an_owner_and_a_timescale_after_a_dash_closes_the_paragraph(tmp_path):
    path = tmp_path / "board-2024-11-26.docx"
    doc = docx.Document()
    doc.add_heading("Kelby OPCC Performance Board – 26 November 2024", level=1)
    doc.add_paragraph("Present: PCC Gill Lowe (GL), Pat Stone (PS), Mo Hale (MH)")
    doc.add_heading("3. Victims' services", level=2)
    doc.add_paragraph(
        "PS and MH would look together at whether the underspend could fund the webchat pilot, and "
        "report back before the budget is set."
    )
    doc.add_paragraph("Action by: PS / MH – end of December")
    doc.save(path)
    [(_, text, owners, due, due_text)] = _actions(path)
    assert (owners, due, due_text) == (["PS", "MH"], "2024-12", "end of December")
    assert "webchat pilot" in text


def test_markers_that_close_the_sentence_they_mark(tmp_path):
    """A Friends group's notes: the marker after a dash or in brackets without a colon ("– Action SL", "(Action AH)"),
    a marker whose owner is followed by its timescale ("ACTION: JF by end Feb"), and the prose naming by first name
    ("Jane to book …") the person the marker names by initials: one action each, owned as the marker says."""
    path = tmp_path / "notes.md"
    path.write_text(
        """# Friends of Coldharbour Woods

Committee meeting, Thursday 21 January 2016, 7.30pm, The Plough, Coldharbour

Present: Jane Fisher (Chair), Mike Rowe (Treasurer), Ann Hale (Secretary), Pete Nash, Sue Lam

**3. Surveys**

Sue suggested a bird survey in spring. Sue to contact the county recorder – Action SL

**5. Events**

Dawn chorus walk on 1st May. Jane to book a guide for the walk. ACTION: JF by end Feb.

**6. AOB**

Litter bins on Wood Lane are overflowing. Ann to report the bins to the council (Action AH).

The action plan for the woods (action plan attached) was noted.
""",
        encoding="utf-8",
    )
    assert _actions(path) == [
        (None, "Sue to contact the county recorder", ["SL"], None, None),
        (None, "Jane to book a guide for the walk", ["JF"], "2016-02", "end Feb"),
        (None, "Ann to report the bins to the council", ["AH"], None, None),
    ]


def test_an_actions_list_whose_entries_name_their_owner_first_by_first_name(tmp_path):
    """A neighbourhood watch's notes close with "Action points", each entry its owner's first name(s), a colon or
    dash, and the errand."""
    path = tmp_path / "notes.txt"
    path.write_text(
        """NORTH HALLOW NEIGHBOURHOOD WATCH
Committee meeting notes - Thursday 6 March 2025, 7pm, St Mary's Church Hall

Attending: Linda Shaw (co-ordinator), Raj Patel (treasurer), Gill Moss, Tony Reed

1. Finance
Raj reported £418.22 in the bank.

Action points
- Linda: chase Highways re speed survey
- Gill/Tony - finish the leaflet drop by 31 March
- Sarah: thanks for the cake
""",
        encoding="utf-8",
    )
    assert _actions(path) == [
        (None, "chase Highways re speed survey", ["Linda"], None, None),
        (None, "finish the leaflet drop", ["Gill", "Tony"], "2025-03-31", "31 March"),
    ]


def test_an_order_closed_by_its_owners_initials(tmp_path):
    """A forum's notes set each task as an order on a line of its own, closed by the owners' initials: "Prepare the
    summary of responses for the website. MT / HP"."""
    path = tmp_path / "notes.md"
    path.write_text(
        """# Whitefriars Neighbourhood Forum

Notes of steering group meeting – 16 July 2024, 6.30pm, the library

Attending: Olu Adebayo (OA, chair), Megan Tring (MT, secretary), Harvey Pound (HP)

## 2. Neighbourhood plan

The consultation on the draft plan closed on 30 June with 214 responses, most about housing density.

Prepare the summary of responses for the website. MT / HP

Meet the council's planning policy officer about the timetable for submission, before the September meeting. OA
""",
        encoding="utf-8",
    )
    assert [(a[1], a[2], a[3]) for a in _actions(path)] == [
        ("Prepare the summary of responses for the website", ["MT", "HP"], None),
        ("Meet the council's planning policy officer about the timetable for submission", ["OA"], "2024-09"),
    ]


def test_a_closing_marker_takes_the_sentence_that_names_its_owner(tmp_path):
    """ "… DM offered to draft a response for members. The newsletter had been circulated by email." then "Action – DM
    (draft response by 28th Feb)": DM's task is the sentence naming DM, not the news after it."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Glenbrae Community Council

Minutes of the meeting held on Monday 10 February 2025 at 7pm in the hall

Present: John Bell (JB, chair), Dana Muir (DM, secretary), Ali Mair (AM)

## 8. Correspondence

A letter from the council about the locality plan consultation, closing 14th March. DM offered to draft a response for members to comment on. The association's newsletter had been circulated by email.

Action – DM (draft response by 28th Feb)
""",
        encoding="utf-8",
    )
    assert [(a[1], a[2], a[3]) for a in _actions(path)] == [
        ("DM offered to draft a response for members to comment on", ["DM"], "2025-02-28")
    ]


def test_a_parish_paragraph_closed_by_its_owner_s_post(tmp_path):
    """A parish's minutes close a paragraph with who does it, by post or name, bare, in brackets or after a tab
    (the Word copy's right-hand column run into the text): ". Clerk", ". (Clerk)", ". Cllr Cole", "Clerk/Chairman".
    Under matters arising too, where the marker says the sentence is a task and not only a report. A paragraph
    that reports and closes on a post no task sentence is left alone."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """Minutes of the meeting of Ashwell Parva Parish Council held on Monday 14th July 2014 at 7.30pm

Present: Cllr J Ward (Chairman), Cllr P Hines, Cllr R Cole, Mrs L Grant (Clerk)

3\\. Matters arising

d) Footpath 7: the overgrowth on the footpath will be reported to the Rights of Way officer. (Clerk)

e) Pothole in Church Lane: reported to Highways on 20th June, no repair yet. Clerk to report again. Clerk

f) The new bench was installed by the Borough in June. Cllr Hines

6\\. Finance

The internal audit report was received. The Clerk to send a copy to all councillors.\tClerk/Chairman

7\\. Correspondence

A letter about the defibrillator scheme was read. Cllr Cole to find out more and report back. Cllr Cole
""",
        encoding="utf-8",
    )
    assert sorted((a[1], a[2]) for a in _actions(path)) == [
        ("Clerk to report again", ["Clerk"]),
        ("Cllr Cole to find out more and report back", ["Cllr Cole"]),
        (
            "Footpath 7: the overgrowth on the footpath will be reported to the Rights of Way officer",
            ["Clerk"],
        ),
        ("The Clerk to send a copy to all councillors", ["Clerk", "Chairman"]),
    ]


def test_an_action_log_s_new_entries_marked_open_are_actions_and_its_updates_set_no_errand(tmp_path):
    """An action log in the "01/25: … JH, March 25." shape: this year's entries marked "Open." are new actions with
    that status, not progress; last year's entries with their progress are updates, and the promise inside one
    ("JH apologised and will provide at the March Board") or its deferral is that update's, no new errand."""
    path = tmp_path / "log.md"
    path.write_text(
        """# Strategic Policing Board – Action Log

Updated following the Board meeting held on Tuesday 18 February 2025

## A. Actions carried forward

24/24: Overtime forecast at quarter 3 to be reported to the Board. ML, Feb 25. 18 Feb: payroll data not yet complete; deferred to the March Board.

25/24: Vetting backlog: trajectory to clear cases over 90 days. JH, Jan 25. 18 Feb: not received – overdue. JH apologised and will provide at the March Board.

## B. New actions – 18 February 2025

01/25: Breakdown of the 2024 rural crime figures by neighbourhood policing area. JH, March 25. Open.

02/25: Circulate the Commissioner's final precept letter to Board members. SC, 21 Feb 25.
""",
        encoding="utf-8",
    )
    (meeting,) = [m for m in extract(read(path)).meetings if m.actions]
    assert [(a.ref, a.owners, a.due, a.status) for a in meeting.actions] == [
        ("01/25", ["JH"], "2025-03", "open"),
        ("02/25", ["SC"], "2025-02-21", None),
    ]
    assert [(u.ref, u.status) for u in meeting.action_updates] == [
        ("24/24", "deferred"),
        ("25/24", "overdue"),
    ]


def test_an_officers_action_points_list_gathers_the_errands_set_item_by_item(tmp_path):
    """ "Clerk's action points" at the foot of a parish's minutes: each line is the Clerk's task, whether it opens
    with a verb ("Ask Cllr Stainer to call in …": the Clerk asks) or names a thing ("Quotes for play area rope and
    gate closer"); the errands the minutes set item by item and the list restates are each one action, the list's.
    An appointment resolved is done in the resolving; a resolution's part "and that Mr Bastable be authorised …"
    is no part of the Clerk's task."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """HATHERBY PARISH COUNCIL

Minutes of the meeting held on Monday 16th March 2015 at 7.30pm in the Village Hall

Present: Cllr D Quarrie (Chairman), Cllr P Stainer, Cllr M Holt. Mrs E Ward (Clerk).

15/036 Planning

15/00233/OUT, Land off Brook End – outline application for 14 dwellings. The Council objects. The Clerk to submit the objection to the Borough Council by 27 March, and to ask Cllr Stainer to call the application in.

15/037 Finance

It was resolved to appoint Mrs Janet Pargeter as internal auditor for 2014/15 at a fee of £120.

15/038 Play area

The rope on the climbing frame is fraying. It was resolved that the Clerk should obtain quotations for a replacement rope and gate closer and that Mr Bastable be authorised to approve expenditure of up to £300.

**Clerk's action points**

- Planning objection 15/00233/OUT to Borough by 27 March
- Ask Cllr Stainer to call in 15/00233/OUT
- Quotes for play area rope and gate closer
""",
        encoding="utf-8",
    )
    assert sorted((a[1], a[2], a[3]) for a in _actions(path)) == [
        ("Ask Cllr Stainer to call in 15/00233/OUT", ["Clerk"], None),
        ("Planning objection 15/00233/OUT to Borough", ["Clerk"], "2015-03-27"),
        ("Quotes for play area rope and gate closer", ["Clerk"], None),
    ]


def test_a_bold_action_line_after_the_paragraph_owns_its_task_and_times_it(tmp_path):
    """A community council's Word minutes close a paragraph with "Action: LG (21/02)" set in bold on a line of its
    own (read as a heading): it marks the paragraph's task, LG's, due on 21 February; matters arising written
    as titled reports run into one paragraph are each an update."""
    document = docx.Document()
    document.add_paragraph("GLENALDER COMMUNITY COUNCIL").runs[0].bold = True
    document.add_paragraph("Minutes of the ordinary meeting held on Monday 10th February 2025 at 7.30pm")
    document.add_paragraph("4. Matters Arising").runs[0].bold = True
    document.add_paragraph(
        "Defibrillator at the shop – the new cabinet was fitted on 24th January. Completed. Christmas lights – LG "
        "wrote to the electrician in January but has had no reply. Hall lease – still on hold until April."
    )
    document.add_paragraph("6. Planning").runs[0].bold = True
    document.add_paragraph(
        "25/00102/FLL – Erection of four dwellinghouses. Members were concerned about the access. LG to submit the "
        "community council's comments to the planning department."
    )
    document.add_paragraph("Action: LG (21/02)").runs[0].bold = True
    document.add_paragraph("7. Treasurer's Report").runs[0].bold = True
    document.add_paragraph("The balance was noted.")
    path = tmp_path / "minutes.docx"
    document.save(path)
    assert [(a[1], a[2], a[3]) for a in _actions(path)] == [
        ("LG to submit the community council's comments to the planning department", ["LG"], "2025-02-21")
    ]
    (meeting,) = extract(read(path)).meetings
    assert [u.text.split(" –")[0] for u in meeting.action_updates] == [
        "Defibrillator at the shop",
        "Christmas lights",
        "Hall lease",
    ]


def test_an_action_line_naming_a_section_of_a_district_owns_the_agreement_above(tmp_path):
    """An Irish joint policing committee's "ACTION: Roads Section, Carrigmoy Municipal District" on its own line
    after the paragraph: an owner of five words and a comma, not a task; the task is what was agreed above. Under
    matters arising, a request that "remained under consideration" is open."""
    path = tmp_path / "jpc.md"
    path.write_text(
        """**CARRIGMOY JOINT POLICING COMMITTEE**

Minutes of meeting held on Monday 25th November 2024

**2. MATTERS ARISING**

Garda clinic in Knockbawn: Chief Superintendent Devereux said the request for a weekly clinic remained under
consideration and that he would be in a position to update the Committee in the new year.

**3. GARDA REPORT**

Cllr. Whelan reported that the lighting in the Mill Road underpass had been out for several weeks. It was agreed that
the Roads Section would inspect the lighting in the underpass and carry out the necessary repairs before Christmas.

ACTION: Roads Section, Carrigmoy Municipal District
""",
        encoding="utf-8",
    )
    (action,) = _actions(path)
    assert action[1].startswith("It was agreed that the Roads Section would inspect the lighting")
    assert action[2] == ["Roads Section", "Carrigmoy Municipal District"]
    (meeting,) = [m for m in extract(read(path)).meetings if m.action_updates]
    assert [u.status for u in meeting.action_updates] == ["open"]


def test_a_deferral_is_not_taken_for_a_marked_action_of_another_item(tmp_path):
    """ "It was agreed to defer the discussion of a new community council website to the March meeting" under AOCB
    shares "community council" with LG's marked task under Planning: still an errand of its own."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Glenalder Community Council

Minutes of the ordinary meeting held on Monday 10th February 2025 at 7.30pm

## 6. Planning

Members were concerned about the access. LG to submit the community council's comments to the planning department.

Action: LG

## 10. AOCB

It was agreed to defer the discussion of a new community council website to the March meeting, as ET was not present.
""",
        encoding="utf-8",
    )
    assert sorted(a[1] for a in _actions(path)) == [
        "It was agreed to defer the discussion of a new community council website to the March meeting",
        "LG to submit the community council's comments to the planning department",
    ]


def test_a_deferral_says_what_was_put_off_and_the_meeting_it_goes_to(tmp_path):
    """A deferral's task is the matter with the meeting it comes back to (minutes and their readers write "the
    schedule was deferred to the April Board", not "the schedule was deferred"), without the paragraph's number or
    the reason; one naming its own matter stands beside a marked action of the same item, while one that names
    nothing ("Deferred to … pending a second quote") is that action's."""
    path = tmp_path / "board.md"
    path.write_text(
        """# Oakhurst OPCC Corporate Governance Board

Notes of the meeting held on 27 February 2025

## 4. Policies

4.1 The whistleblowing policy was approved subject to minor changes.

ACTION: Head of Governance to publish the policy by 14 March 2025.

4.3 The records retention schedule was deferred to the April Board, as the force's own schedule has not been
agreed.

## 5. Estates

5.1 Deferred to the April Board pending a second valuation.

ACTION: Estates Manager to obtain a second valuation of the old station by 1 April 2025.

## 6. Any other business

6.1 That consideration of the consultation response be deferred to the Board's meeting on 24 April 2025.
""",
        encoding="utf-8",
    )
    texts = sorted(a[1] for a in _actions(path))
    assert texts == [
        "The records retention schedule was deferred to the April Board",
        "consideration of the consultation response be deferred to the Board's meeting on 24 April 2025",
        "obtain a second valuation of the old station",
        "publish the policy",
    ]


def test_a_panel_s_resolutions_asking_for_a_report_or_a_briefing_are_errands_beside_their_decisions(tmp_path):
    path = tmp_path / "panel.md"
    path.write_text(
        """# Lenham Vale Police and Crime Panel

Minutes of the meeting held on Thursday 21 November 2024

## 27 Police and Crime Plan: delivery report

RESOLVED: That (1) the report be noted; and (2) the Panel receive a report on domestic abuse charge rates at its February meeting.

## 28 Precept process

RESOLVED: That the timetable be noted and that a budget briefing for Panel members be held in January 2025.
""",
        encoding="utf-8",
    )
    assert [(a[1], a[3]) for a in _actions(path)] == [
        ("a report on domestic abuse charge rates", "2025-02"),
        ("a budget briefing for Panel members be held", "2025-01"),
    ]
    (meeting,) = extract(read(path)).meetings
    assert len(meeting.decisions) == 3


def test_an_owner_after_a_dash_or_a_full_stop_with_its_own_full_stop_and_in_action_brackets(tmp_path):
    """ "… to chase the repair – Clerk.", "Landowner to be written to. Clerk.", "… for a new bin (Action Clerk)": the
    owner closing a parish's paragraph, however it is set off; "Action" in the brackets is no part of the name."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """Minutes of Wereton Parish Council meeting held on Tuesday 8th July 2014 at 7.30pm

14/061 Highways

The pothole on Church Road has been reported again. Highways to be contacted to chase the repair – Clerk.

The hedge at the crossroads needs cutting back. Landowner to be written to. Clerk.

14/063 Correspondence

Email from resident about dog fouling on footpath 3 – Clerk to ask District Council for a new bin (Action Clerk)
""",
        encoding="utf-8",
    )
    assert sorted((a[1], a[2]) for a in _actions(path)) == [
        (
            "Email from resident about dog fouling on footpath 3 – Clerk to ask District Council for a new bin",
            ["Clerk"],
        ),
        ("Highways to be contacted to chase the repair", ["Clerk"]),
        ("Landowner to be written to", ["Clerk"]),
    ]


def test_a_marked_task_of_two_words_says_what_it_is_about_with_the_sentence_before(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Kelvinhaugh Community Council

Minutes of the General Meeting held on Monday 3 June 2024 at 7pm

## 4. AOCB

The hall boiler needs servicing. Action: IG to get quotes.

The notice board glass is cracked. Action: TK to replace the glass in the notice board.
""",
        encoding="utf-8",
    )
    assert sorted((a[1], a[2]) for a in _actions(path)) == [
        ("get quotes (The hall boiler needs servicing)", ["IG"]),
        ("replace the glass in the notice board", ["TK"]),
    ]


def test_owners_in_square_brackets_close_their_paragraphs(tmp_path):
    """A parish's minutes that put each paragraph's owner in square brackets at its end ("[Clerk]", "[Clerk – by 22
    Nov]", "[DH]"): the sentence before is the task, less the subject it names and any clause about something else;
    the brackets' owner wins over that subject; a report with an owner in brackets sets no task."""
    path = tmp_path / "minutes.md"
    path.write_text(
        textwrap.dedent(
            """\
            # Little Hadlow Parish Council

            Minutes of the meeting held on Monday 11th November 2024 at 7.30pm in the Village Hall.

            Present: Cllr R Ashby (Chair), Cllr D Hale, Cllr M Odell

            ## 101/24 Highways

            The fingerpost on footpath 7 is missing. Cllr Hale will photograph the pothole outside the school and report it to the County Council. [DH]

            ## 102/24 Planning

            Resolved to object on highway safety grounds. The Clerk to send the Council's comments to the District. [Clerk – by 22 Nov]

            ## 103/24 Finance

            The draft budget was discussed. The Clerk will bring a revised draft, and the precept will be set in January. [Clerk – January meeting]

            ## 104/24 Remembrance

            The wreath was laid by Cllr Odell on behalf of the village. [Chair]
            """
        ),
        encoding="utf-8",
    )
    assert [(a.text, a.owners, a.due) for a in extract(read(path)).meetings[0].actions] == [
        ("photograph the pothole outside the school and report it to the County Council", ["DH"], None),
        ("send the Council's comments to the District", ["Clerk"], "2024-11-22"),
        ("bring a revised draft", ["Clerk"], "2025-01"),
    ]


def test_a_closing_marker_takes_its_owners_clause_of_the_sentence_before(tmp_path):
    """ "Members liked the idea and TF will draft some questions. Action: TF": the task is TF's clause, not what the
    members thought."""
    path = tmp_path / "friends.md"
    path.write_text(
        textwrap.dedent(
            """\
            # Friends of Tolley Wood

            Committee meeting held on Wednesday 12th March 2025 at the Scout hut

            Present: Holly Brennan (HB), Tessa Fair (TF)

            ## 8. Any other business

            Dog walkers' survey – TF proposed a short survey of dog walkers about which paths they use. Members liked the idea and TF will draft some questions for it. Action: TF
            """
        ),
        encoding="utf-8",
    )
    assert [(a.text, a.owners) for a in extract(read(path)).meetings[0].actions] == [
        ("draft some questions for it", ["TF"])
    ]


def test_an_actions_arising_list_in_a_text_copys_columns_owner_first(tmp_path):
    """A town council's text minutes end on "ACTIONS ARISING" set in columns (who, what, by when), a task wrapped
    under its own column: each line is an action with its owner and timescale."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        textwrap.dedent(
            """\
            BRAYFORD TOWN COUNCIL

            Minutes of the meeting of the Town Council held on Monday 16 September 2024 at 7.00pm

            PRESENT: Cllr A Gedge (Mayor), Cllr P Ockenden, Cllr R Begum

            TC.24.101 GRANTS
            The council agreed a grant of £500 to the museum trust.

            ACTIONS ARISING
            Town Clerk         Write to the Museum Trust confirming the grant and its
                               condition                                   by 27 September
            Deputy Town Clerk  Publish notice of conclusion of audit       30 September
            Cllr Ockenden      Approach businesses for grotto sponsorship  October
            """
        ),
        encoding="utf-8",
    )
    found = [(a.owners, a.text, a.due) for m in extract(read(path)).meetings for a in m.actions]
    assert found == [
        (["Town Clerk"], "Write to the Museum Trust confirming the grant and its condition", "2024-09-27"),
        (["Deputy Town Clerk"], "Publish notice of conclusion of audit", "2024-09-30"),
        (["Cllr Ockenden"], "Approach businesses for grotto sponsorship", "2024-10"),
    ]


def test_action_by_with_a_task_after_the_owner_is_an_action_of_its_own(tmp_path):
    """ "Action by: DCC Price – review the stop and search data …" sets its own task: it does not label the
    action point before it, which keeps its own owner (a bare "Action by: CE" would label it)."""
    path = tmp_path / "board.md"
    path.write_text(
        """# Thornbury OPCC Performance and Resources Board

Minutes of the meeting held on Tuesday 14 January 2025

## 3. Performance

Action point: Chief Constable to brief the Commissioner on the knife crime operation before the next Board.

Action by: DCC Price – review stop and search disproportionality data and report back in April.
""",
        encoding="utf-8",
    )
    found = sorted((a[1], a[2], a[3]) for a in _actions(path))
    assert found == [
        ("brief the Commissioner on the knife crime operation", ["Chief Constable"], None),
        ("review stop and search disproportionality data and report back", ["DCC Price"], "2025-04"),
    ]


def test_a_bracketed_marker_naming_who_to_do_what_and_a_coded_entry_with_owner_and_date(tmp_path):
    """ "(Action: SB to circulate the hotspot map.)" says who and what in the marker; "A/24/05 Youth outreach on
    Friday nights – PN – July 2024" is a tracker's entry (its owner and month after dashes), not an item's heading,
    so the headings around it stay the items."""
    path = tmp_path / "csp.md"
    path.write_text(
        """# Eskford Community Safety Partnership

Minutes of the meeting held on 8 May 2024 at Eskford Civic Centre

## Anti-social behaviour

Reports of ASB in the town centre fell by 12%. Dispersal orders were used twice in April. (Action: SB to circulate the hotspot map.)

A/24/05 Youth outreach on Friday nights – PN – July 2024

## Any other business

None.
""",
        encoding="utf-8",
    )
    assert sorted(((a[0], a[1], a[2], a[3]) for a in _actions(path)), key=str) == sorted(
        [
            (None, "circulate the hotspot map", ["SB"], None),
            ("A/24/05", "Youth outreach on Friday nights", ["PN"], "2024-07"),
        ],
        key=str,
    )
    (meeting,) = extract(read(path)).meetings
    assert [i.title for i in meeting.items] == ["Anti-social behaviour", "Any other business"]
