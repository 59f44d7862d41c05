"""Whole papers that go through the actions of earlier meetings and set new ones (issue 8): an action log
read as a table with no date-raised column, under an item of its own however it is introduced; a review
table with no owner or timescale ("No. | Resolution | Update"); numbered actions of earlier meetings listed
with their status, which report progress and set nothing new; and the actions agreed at this meeting, listed
or tabled after the review, which are new. The papers are invented."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Docx

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable


def _found(path: Path) -> tuple[list[tuple], list[tuple]]:
    """The (ref, text, status) of each action and of each update the paper gives, evidence checked verbatim."""
    doc = read(path)
    meetings = extract(doc).meetings
    for record in [r for m in meetings for r in (*m.actions, *m.action_updates)]:
        assert record.evidence and findable(record.evidence.text, doc.text)
    return (
        [(a.ref, a.text, a.status) for m in meetings for a in m.actions],
        [(u.ref, u.text, u.status) for m in meetings for u in m.action_updates],
    )


PANEL = """# Marlingford Police and Crime Panel

Minutes of the meeting held on 14 March 2024 at County Hall, Marlingford

Present: Cllr A Pennock (Chair), Cllr J Trask, Cllr R Oduya, Mr P Haig (Independent Member)

## 1. Apologies

Apologies were received from Cllr M Bright.

## 2. Action log

{lead}

| Ref | Action | Owner | Status |
|---|---|---|---|
| 12/23 | Provide the Panel with the 101 call answering times by district | Chief Executive | Complete |
| 14/23 | Circulate the estates strategy to members | PCC | Ongoing |
| 15/23 | Arrange a briefing on the victims' code | OPCC | Carried forward |

## 3. Police and crime plan performance

The Commissioner presented the quarterly report. Members asked about rural crime.

{after}

| Ref | Action | Owner | Due |
|---|---|---|---|
| 01/24 | Report the rural crime figures by district to the next meeting | PCC | June 2024 |
"""

REVIEWED = [
    ("12/23", "Provide the Panel with the 101 call answering times by district – Complete", "complete"),
    ("14/23", "Circulate the estates strategy to members – Ongoing", "in_progress"),
    ("15/23", "Arrange a briefing on the victims' code – Carried forward", "deferred"),
]
NEW = [("01/24", "Report the rural crime figures by district to the next meeting", None)]


def test_an_action_log_item_with_no_date_raised_column_reports_on_earlier_actions(tmp_path):
    for lead in ("The Panel reviewed the action log.", "Members noted the following:", ""):
        path = tmp_path / "minutes.md"
        path.write_text(PANEL.format(lead=lead, after=""))
        assert _found(path) == (NEW, REVIEWED), lead


def test_a_table_of_this_meetings_actions_after_the_review_is_new(tmp_path):
    """A heading naming the meeting's own date, or the actions arising, opens a table of new actions, even
    straight after the action log with no other item between."""
    text = PANEL.replace(
        "## 3. Police and crime plan performance\n\nThe Commissioner presented the quarterly report. "
        "Members asked about rural crime.\n",
        "",
    )
    for heading in ("## ACTION LOG – MARLINGFORD PCP 14/03/2024", "## Summary of actions arising"):
        path = tmp_path / "minutes.md"
        path.write_text(text.format(lead="The Panel reviewed the action log.", after=heading))
        actions, updates = _found(path)
        assert (actions, updates) == (NEW, REVIEWED), heading


TARNBRIDGE = """# Tarnbridge Police and Crime Panel

Minutes of the meeting held on 11 July 2024 at Shire Hall, Tarnbridge

Present: Cllr B Holloway (Chair), Cllr S Mistry, Cllr K Dunne

## 1. Progress report on previous resolutions

| No. | Resolution | Update |
|---|---|---|
| 1 | The Commissioner to provide a breakdown of the precept spend | Provided to members in May. Complete. |
| 2 | Officers to arrange a visit to the control room | Visit arranged for September. Ongoing. |

## 2. Matters arising

Action 14/24 – Chief Executive to circulate the complaints review – carried forward.

Action 15/24 – PCC to write to the Home Office on funding – complete.

## 3. Commissioner's update

The Commissioner gave an update on recruitment.

## Actions arising

1. Chief Executive to provide the recruitment figures by month – September 2024
"""


def test_a_review_table_without_owners_and_numbered_actions_with_their_status(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text(TARNBRIDGE)
    actions, updates = _found(path)
    assert [(ref, text) for ref, text, _ in actions] == [("1", "provide the recruitment figures by month")]
    assert updates == [
        (
            "1",
            "The Commissioner to provide a breakdown of the precept spend – Provided to members in May. Complete.",
            "complete",
        ),
        (
            "2",
            "Officers to arrange a visit to the control room – Visit arranged for September. Ongoing.",
            "in_progress",
        ),
        (
            "14/24",
            "Action 14/24 – Chief Executive to circulate the complaints review – carried forward.",
            "deferred",
        ),
        ("15/24", "Action 15/24 – PCC to write to the Home Office on funding – complete.", "complete"),
    ]


def test_a_bulleted_schedule_of_actions_from_previous_meetings_in_a_web_page(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text("""<html><body><h1>Westmoor Police and Crime Panel</h1>
<p>Minutes of a meeting of the Westmoor Police and Crime Panel held at the Guildhall, Westmoor on 5 February 2025</p>
<p><strong>Present:</strong> Councillor H Barlow (Chair), Councillor E Fitch, Councillor G Naylor</p>
<h2>43. Actions from previous meetings</h2>
<p>The Panel considered the schedule of actions from previous meetings.</p>
<ul>
<li>Action 31 – Commissioner to provide figures on drone deployment – Complete.</li>
<li>Action 33 – OPCC to circulate the victims' survey results – Ongoing, expected in March.</li>
<li>Action 34 – Chief Executive to report on the estates review – Discharged.</li>
</ul>
<h2>44. Proposed precept 2025/26</h2>
<p>The Commissioner presented his proposed precept. Members asked about reserves.</p>
<h3>Action points</h3>
<ul><li>Chief Finance Officer to circulate the reserves strategy to members by 28 February 2025.</li></ul>
</body></html>""")
    actions, updates = _found(path)
    assert actions == [(None, "circulate the reserves strategy to members", None)]
    assert [(ref, status) for ref, _, status in updates] == [
        ("31", "complete"),
        ("33", "in_progress"),
        ("34", "closed"),
    ]


def test_a_word_boards_action_log_and_its_summary_of_actions_arising(tmp_path):
    """The review's table gives updates; the task marked in the prose and numbered again in the summary at the
    end is one action."""
    d = Docx()
    d.add_heading("Hallerton Police and Crime Commissioner – Accountability Board", 1)
    d.add_paragraph("Minutes of the meeting held on Tuesday 8 October 2024 at Police Headquarters, Hallerton")
    d.add_paragraph(
        "Present: Sam Ordway (Police and Crime Commissioner), ACC Nina Pryce, Lee Daunt (Chief Finance Officer)"
    )
    d.add_heading("2. Minutes and actions of the previous meeting", 2)
    d.add_paragraph(
        "The minutes of the meeting on 6 August 2024 were approved. The Board reviewed the action log."
    )
    _docx_table(
        d,
        ["Action No.", "Action", "Lead", "RAG"],
        [
            (
                "AB/24/07",
                "Provide an analysis of stop and search outcomes by ethnicity",
                "ACC Pryce",
                "Green – complete",
            ),
            ("AB/24/08", "Share the fleet replacement plan with the OPCC", "CFO", "Amber – due November"),
        ],
    )
    d.add_heading("3. Finance report", 2)
    d.add_paragraph("The CFO presented the month 5 position. An overspend of £0.4m is forecast on overtime.")
    d.add_paragraph("Action: CFO to bring a recovery plan for overtime to the December Board.")
    d.add_heading("Summary of actions arising", 2)
    _docx_table(
        d,
        ["Ref", "Action", "Owner", "Due"],
        [("AB/24/09", "Bring a recovery plan for overtime to the Board", "CFO", "December 2024")],
    )
    path = tmp_path / "minutes.docx"
    d.save(path)
    actions, updates = _found(path)
    assert actions == [("AB/24/09", "Bring a recovery plan for overtime to the Board", None)]
    assert [(ref, status) for ref, _, status in updates] == [
        ("AB/24/07", "complete"),
        ("AB/24/08", "in_progress"),
    ]


def _docx_table(d: Docx, header: list[str], rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def test_numbered_actions_of_a_text_copy_whose_status_is_the_next_sentence(tmp_path):
    """ "Action 1 (OM) - … to be shared with the OPCC. Complete.": the status after the entry's full stop is its
    own, and the owner in brackets is no description of the action."""
    path = tmp_path / "notes.txt"
    path.write_text("""KESTON VALE POLICE AND CRIME COMMISSIONER
STRATEGIC POLICING BOARD

NOTES OF MEETING HELD ON 3 JUNE 2024, 14:00, OPCC MEETING ROOM 2

1. Welcome and apologies
Apologies from ACC Fry.

2. Actions from previous meeting
Action 1 (OM) - knife crime problem profile to be shared with the OPCC. Complete.
Action 2 (KL) - arrange a session on the victims' code. Ongoing - date set for July.
Action 3 (RT) - letter to the Home Office on grant funding. Closed - superseded by the national review.

3. Performance update
OM reported that burglary was down 8%. RT asked for the detection rate by district.

Actions
OM to provide burglary detection rates by district - July meeting
""")
    actions, updates = _found(path)
    assert actions == [(None, "provide burglary detection rates by district", None)]
    assert updates == [
        (
            "1",
            "Action 1 (OM) - knife crime problem profile to be shared with the OPCC. Complete.",
            "complete",
        ),
        (
            "2",
            "Action 2 (KL) - arrange a session on the victims' code. Ongoing - date set for July.",
            "in_progress",
        ),
        (
            "3",
            "Action 3 (RT) - letter to the Home Office on grant funding. Closed - superseded by the national review.",
            "closed",
        ),
    ]


PACK = """# Brynmoor Police and Crime Panel

## Agenda

Date: Thursday 16 January 2025

Time: 10.30 am

Venue: Council Chamber, County Offices, Brynmoor

Membership: Councillor F Gittins (Chair), Councillor W Hale, Councillor C Amadi, Mr D Roper (Independent Member)

| Item | Title | Pages |
|---|---|---|
| 1 | Apologies for absence | |
| 2 | Minutes of the meeting held on 10 October 2024 | 3 - 6 |
| 3 | Action log | 7 - 8 |
| 4 | Proposed precept 2025/26 | 9 - 20 |

# Minutes

Minutes of the meeting of the Brynmoor Police and Crime Panel held on Thursday 10 October 2024 at County Offices

Present: Councillor F Gittins (Chair), Councillor W Hale, Councillor C Amadi

Also present: Mrs J Pryor (Police and Crime Commissioner)

## 12. Apologies

Apologies were received from Mr D Roper.

## 13. Commissioner's annual report

The Commissioner presented her annual report. Members asked about response times in rural areas.

ACTION: The Commissioner to provide response times for rural wards by the next meeting.

## 14. Complaints review

Members discussed the complaints review.

# Action log

| Ref | {meeting}Action | Owner | Status | Update |
|---|---|---|---|---|{rule}
| 24/09 | {july}Circulate the draft police and crime plan | OPCC | Complete | Circulated 1 August |
| 24/11 | {october}Provide response times for rural wards | PCC | Ongoing | Data being collated |
"""


def test_a_packs_action_log_after_the_minutes_it_encloses_reports_to_the_packs_meeting(tmp_path):
    """The log printed after the enclosed minutes is the pack's item 3, progress reported to January's
    meeting, whether or not it dates when each action was raised; October's minutes keep their own action."""
    for dated in (True, False):
        path = tmp_path / "pack.md"
        path.write_text(
            PACK.format(
                meeting="Meeting | " if dated else "",
                rule="---|" if dated else "",
                july="11 July 2024 | " if dated else "",
                october="10 October 2024 | " if dated else "",
            )
        )
        meetings = extract(read(path)).meetings
        assert [m.date for m in meetings] == ["2025-01-16", "2024-10-10"]
        january, october = meetings
        assert [(u.ref, u.status) for u in january.action_updates] == [
            ("24/09", "complete"),
            ("24/11", "in_progress"),
        ]
        assert (january.actions, october.action_updates) == ([], [])
        assert [a.text for a in october.actions] == ["provide response times for rural wards"]


def test_a_bare_action_log_heading_over_this_meetings_open_actions_is_new(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text("""# Ellsworth Joint Audit Committee

Minutes of the meeting held on 2 April 2025 at Ellsworth Police Headquarters

Present: Mr K Pham (Chair), Ms L Rourke, Mr T Galbraith

## 1. Risk register

The committee discussed the risk register.

## Action log

| Ref | Action | Owner | Due | Status |
|---|---|---|---|---|
| JAC/25/04 | Bring the fleet audit follow-up to the next meeting | Head of Finance | July 2025 | Open |
""")
    actions, updates = _found(path)
    assert (actions, updates) == (
        [("JAC/25/04", "Bring the fleet audit follow-up to the next meeting", "open")],
        [],
    )


def test_a_liaison_groups_review_entries_naming_owner_and_task_are_updates_not_new_tasks(tmp_path):
    """ "Cllr Shah to raise street lighting with the county – Carried forward." under a review of the last
    meeting's actions reports on an old task; the same shape under "New actions" sets one."""
    path = tmp_path / "notes.md"
    path.write_text("""# Fenmarsh Residents' Liaison Group

Notes of the meeting held on 21 May 2025 at Fenmarsh Community Centre

Present: Ann Tully (Chair), Insp. Gareth Bowen (Fenmarsh Police), Cllr Ravi Shah, Jo Pike (Secretary)

## 1. Review of actions from the last meeting

* Insp. Bowen to look into parking on Station Road – **Complete** – two tickets issued.
* Cllr Shah to raise street lighting with the county – **Carried forward**.

## 2. Policing update

Insp. Bowen reported on anti-social behaviour at the skate park. Patrols have been increased.

## 3. New actions

* Insp. Bowen to report skate park incidents at the next meeting
""")
    actions, updates = _found(path)
    assert actions == [(None, "report skate park incidents", None)]
    assert [(ref, status) for ref, _, status in updates] == [(None, "complete"), (None, "deferred")]
