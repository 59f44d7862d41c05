"""Whole papers whose actions are marked in shapes other than our samples' (issue 8): numbered heads of
any form over labelled "Owner:"/"Due:" lines, "Action by:", an "Actions" list with owner and date in
any order, a table whose columns are named otherwise. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable

DOCUMENTS = Path(__file__).parent / "documents"


def _actions(path: Path) -> tuple[list[tuple], str]:
    doc = read(path)
    (meeting,) = [m for m in extract(doc).meetings if m.actions]
    for action in meeting.actions:
        assert action.evidence and findable(action.evidence.text, doc.text)
    return [(a.ref, a.text, a.owners, a.due, a.due_text) for a in meeting.actions], meeting.date


def test_accountability_board_minutes_with_labelled_blocks_and_an_actions_list():
    actions, held = _actions(DOCUMENTS / "westmere-accountability-board-2024-04-09.txt")
    assert held == "2024-04-09"
    assert sorted(actions, key=str) == sorted(
        [
            (
                "AP12",
                "Publish the ward profiles on the force website",
                ["Head of Corporate Communications"],
                "2024-05-31",
                "31 May 2024",
            ),
            (
                "AP13",
                "Provide the board with ward-level response times for the last twelve months",
                ["ACC"],
                "2024-06",
                "end of Q1",
            ),
            (
                "A/24/03",
                "Confirm the number of officers awaiting re-vetting",
                ["Head of PSD"],
                "2024-06",
                "June 2024",
            ),
            (
                "4",
                "Review the complaints handling timescales against the national standard",
                ["CE"],
                None,
                "ongoing",
            ),
            (None, "circulate the dates of next year's board meetings", ["CE"], None, None),
            (None, "circulate the draft data sharing protocol", ["CE"], "2024-05-20", "20/05/24"),
            (None, "Monthly vetting figures to OPCC", ["ACC"], None, "ongoing"),
            (None, "report on stop and search outcomes by ward", ["CC"], "2024-06-30", "30 June 2024"),
            (None, "Share the victims' survey results with the Panel", ["ACC"], "2024-07", "July"),
        ],
        key=str,
    )


def test_a_completed_action_reported_in_matters_arising_is_an_update():
    doc = read(DOCUMENTS / "westmere-accountability-board-2024-04-09.txt")
    (meeting,) = extract(doc).meetings
    assert ("3", "complete") in [(u.ref, u.status) for u in meeting.action_updates]
    assert not [a for a in meeting.actions if a.ref == "3" or "custody audit" in a.text]


@pytest.fixture
def panel_docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Ashcombe Police and Crime Panel")
    d.add_paragraph("Minutes of the meeting held on 18 July 2024 at 10:30, Council Chamber, Ashcombe")
    d.add_paragraph("Present: Councillor Mei Fordyce (Chair), Councillor Dan Roper, Mr Idris Vale")
    d.add_paragraph("In attendance: Jane Orme, Police and Crime Commissioner; Lee Pratt, Chief Executive")
    d.add_heading("1. Minutes of the previous meeting", level=2)
    d.add_paragraph("The minutes of the meeting held on 16 May 2024 were agreed.")
    d.add_paragraph("Action point 2 – Closed. The overtime figures were provided to members in June.")
    d.add_heading("2. Policing of the night-time economy", level=2)
    d.add_paragraph(
        "Members asked about violence in the town centre at weekends. The Commissioner said a licensing "
        "pilot had run since March. Action: Supt Okafor to share the licensing pilot evaluation with "
        "members by 30 September 2024"
    )
    d.add_paragraph("Action 6: Arrange a visit to the force control room for new members")
    d.add_paragraph("Responsible officer: OPCC Scrutiny Officer")
    d.add_paragraph("Target date: October 2024")
    d.add_paragraph("Members asked for a breakdown of police overtime spend by department.")
    d.add_paragraph("Actioned to: CFO   By when: next month")
    d.add_heading("3. Complaints and engagement", level=2)
    d.add_paragraph(
        "3.1 The Panel noted that complaints had fallen by a tenth and discussed the reasons for the fall "
        "with the Commissioner."
    )
    d.add_paragraph("Publish the revised complaints leaflet in community languages")
    d.add_paragraph("Lead: Head of Engagement")
    d.add_paragraph("Deadline: end of Q3")
    d.add_heading("4. Actions agreed at this meeting", level=2)
    table = d.add_table(rows=3, cols=5)
    rows = [
        ["No.", "Action", "Lead", "Target date", "RAG status"],
        ["7", "Bring the rural crime strategy to the Panel", "ACC Local Policing", "November 2024", "Green"],
        ["8", "Report on the use of drones by the force", "T/ACC Crime & Ops", "TBC", ""],
    ]
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    d.add_paragraph("The meeting closed at 12:45.")
    path = tmp_path / "ashcombe-pcp-2024-07-18.docx"
    d.save(path)
    return path


def test_panel_minutes_with_action_markers_labelled_lines_and_a_table(panel_docx):
    (meeting,) = extract(read(panel_docx)).meetings
    assert "6" not in [u.ref for u in meeting.action_updates]  # "Action 6: …" is new, though it says "new"
    assert "2" not in [a.ref for a in meeting.actions]  # "Action point 2 – Closed" reports progress
    actions, held = _actions(panel_docx)
    assert held == "2024-07-18"
    assert sorted(actions, key=str) == sorted(
        [
            (
                None,
                "share the licensing pilot evaluation with members",
                ["Supt Okafor"],
                "2024-09-30",
                "30 September 2024",
            ),
            (
                "6",
                "Arrange a visit to the force control room for new members",
                ["OPCC Scrutiny Officer"],
                "2024-10",
                "October 2024",
            ),
            (
                None,
                "Members asked for a breakdown of police overtime spend by department",
                ["CFO"],
                "2024-08",
                "next month",
            ),
            (
                None,
                "Publish the revised complaints leaflet in community languages",
                ["Head of Engagement"],
                "2024-12",
                "end of Q3",
            ),
            (
                "7",
                "Bring the rural crime strategy to the Panel",
                ["ACC Local Policing"],
                "2024-11",
                "November 2024",
            ),
            ("8", "Report on the use of drones by the force", ["T/ACC Crime & Ops"], None, "TBC"),
        ],
        key=str,
    )


def test_the_following_actions_were_agreed_opens_an_actions_section(tmp_path):
    """A lead-in sentence, not only an "Actions" heading, opens the list of new actions below it."""
    path = tmp_path / "board-2024-05-07.txt"
    path.write_text(
        "Harlow Vale Police Accountability Board\n\n"
        "Minutes of the meeting held on 7 May 2024\n\n"
        "1. Custody\n\n"
        "The board discussed custody detention times.\n\n"
        "The following actions were agreed:\n\n"
        "- CE — circulate the draft custody protocol — by 20/05/24\n"
        "- Monthly detention figures to the OPCC – ACC – ongoing\n",
        encoding="utf-8",
    )
    actions = [(a.text, a.owners, a.due) for m in extract(read(path)).meetings for a in m.actions]
    assert actions == [
        ("circulate the draft custody protocol", ["CE"], "2024-05-20"),
        ("Monthly detention figures to the OPCC", ["ACC"], None),
    ]


_COMMITTEE = (
    "MINUTES OF THE FRIENDS OF HOLLOW PARK COMMITTEE MEETING\n"
    "Tuesday 26 January 2016 at 7pm, The Lodge\n\n"
    "Present: Sue Ward (Chair), Ken Platt, Jo Ames, Raj Patel\n"
    "Apologies: Liz Orme\n\n"
    "1. Bulb planting\n"
    "{bulbs}\n"
    "{tree}\n\n"
    "2. Funding\n"
    "Raj reported that the lottery bid was successful.{press}\n"
    "Daisy to say the money is welcome.\n"
)


def _committee(tmp_path: Path, **lines: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "fohp-2016-01-26.txt"
    path.write_text(_COMMITTEE.format(**lines), encoding="utf-8")
    doc = read(path)
    actions = [a for m in extract(doc).meetings for a in m.actions]
    assert all(a.evidence and findable(a.evidence.text, doc.text) for a in actions)
    return [(a.text, a.owners) for a in actions]


def test_an_owner_in_the_right_margin_of_a_text_copy_owns_the_task_beside_it(tmp_path):
    """The Action column of Word minutes, copied as text, is a wide gap and initials at the line's end."""
    found = _committee(
        tmp_path,
        bulbs="The bulbs arrived late. Ken will organise a volunteer day in February.        KP",
        tree="Jo to contact the council about the fallen tree by the pond.              JA",
        press=" A press release should go out.      RP/SW",
    )
    assert found == [
        ("Ken will organise a volunteer day", ["KP"]),  # "in February": its timescale
        ("Jo to contact the council about the fallen tree by the pond", ["JA"]),
        ("A press release should go out", ["RP", "SW"]),
    ]


def test_a_timescale_in_brackets_after_the_owner_in_the_right_margin(tmp_path):
    """ "… to be carried out.      GM (Dec)": the margin's owner with the timescale in brackets after it."""
    path = tmp_path / "fohp-2016-01-26.txt"
    path.write_text(
        _COMMITTEE.format(
            bulbs="The bulbs arrived late. Ken will organise a volunteer day.        KP (Feb)",
            tree="Jo to contact the council about the fallen tree by the pond.              JA",
            press="",
        ),
        encoding="utf-8",
    )
    found = [(a.owners, a.due) for m in extract(read(path)).meetings for a in m.actions]
    assert found == [(["KP"], "2016-02"), (["JA"], None)]


def test_a_forename_of_someone_present_names_the_owner_of_a_commitment(tmp_path):
    """ "Ken will organise …" commits Ken Platt, who attended; "Daisy", who did not, is not taken for an owner."""
    found = _committee(
        tmp_path,
        bulbs="The bulbs arrived late. Ken will organise a volunteer day in February.",
        tree="Jo to contact the council about the fallen tree by the pond.",
        press="",
    )
    assert found == [
        (
            "Ken will organise a volunteer day in February.",
            ["Ken"],
        ),  # short without its timescale: the sentence
        ("contact the council about the fallen tree by the pond", ["Jo"]),
    ]


def test_minutes_as_a_table_whose_action_column_holds_a_task_or_only_its_owner(tmp_path):
    """Minute | Item | Discussion | Action: the Action cell gives the task, or only who does the task the
    discussion sets; the minute numbers and item names are the agenda."""
    path = tmp_path / "elmsworth-pc-2014-07-14.md"
    path.write_text(
        "# Minutes of Elmsworth Parish Council held on Monday 14 July 2014 at 7.30pm, Elmsworth Village Hall\n\n"
        "**Present:** Cllr A Brown (Chairman), Cllr C Dale, Cllr E Frost; Mrs J King (Clerk)\n\n"
        "| Minute | Item | Discussion | Action |\n|---|---|---|---|\n"
        "| 14/61 | Apologies | Apologies were received and accepted from Cllr I Jones. | |\n"
        "| 14/63 | Highways | The drain outside the school is blocked again and floods the path. | Clerk to report to NCC |\n"
        "| 14/64 | Playground | The inspection found the swing chains worn. Quotes to be obtained for new ones. | Clerk |\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [(i.number, i.title) for i in meeting.items] == [
        ("14/61", "Apologies"),
        ("14/63", "Highways"),
        ("14/64", "Playground"),
    ]
    assert [(a.text, a.owners, a.item) for a in meeting.actions] == [
        ("Clerk to report to NCC", ["Clerk"], "14/63"),
        ("Quotes to be obtained for new ones", ["Clerk"], "14/64"),
    ]


def test_a_correspondence_entry_closed_by_the_chairmans_errand(tmp_path):
    path = tmp_path / "elmsworth-pc-2014-07-14.txt"
    path.write_text(
        "Minutes of Elmsworth Parish Council held on Monday 14 July 2014 at 7.30pm\n\n"
        "14/67 Correspondence\n"
        "a) Email from Highways about a road closure in August – noted.\n"
        "b) Invitation to the village fete – Chairman to attend.\n",
        encoding="utf-8",
    )
    assert [(a.text, a.owners) for m in extract(read(path)).meetings for a in m.actions] == [
        ("Invitation to the village fete – Chairman to attend.", ["Chairman"])
    ]


def test_owners_that_close_a_paragraph_in_the_ways_parish_minutes_write_them(tmp_path):
    """A bare "ACTION CLERK", "Action Clerk", an owner in brackets after an errand, owners joined by a slash,
    and an "Actions" list written "Owner: task"."""
    path = tmp_path / "ashwell-pc-2014-07-07.md"
    path.write_text(
        "# Minutes of Ashwell Parish Council Meeting held on Monday 7 July 2014 at 7.30pm in the Reading Room\n\n"
        "Present: Cllr B Hart (Chairman), Cllr K Lowe, Cllr T Shaw. Mrs E Bell (Clerk).\n\n"
        "**14/71 Highways**\n\n"
        "The potholes in Mill Lane have been reported again. ACTION CLERK\n\n"
        "The sign on Station Road is hidden by the hedge. Write to the landowner asking for it to be cut back (Clerk).\n\n"
        "The bench by the pond was repainted (Cllr Shaw).\n\n"
        "Clerk to obtain quotes for new goalposts. ACTION: Clerk/Chairman\n\n"
        "The verge needs cutting; the contractor to be asked. Action Clerk\n\n"
        "The hedge on School Lane blocks the footpath again. (Clerk to action)\n\n"
        "ACTIONS\n\nClerk: chase Highways about the potholes\n\nCllr Shaw: check the play equipment weekly\n",
        encoding="utf-8",
    )
    doc = read(path)
    found = [(a.text, a.owners) for m in extract(doc).meetings for a in m.actions]
    assert sorted(found) == sorted(
        [
            ("The potholes in Mill Lane have been reported again", ["CLERK"]),
            ("Write to the landowner asking for it to be cut back", ["Clerk"]),
            ("Clerk to obtain quotes for new goalposts", ["Clerk", "Chairman"]),
            ("The verge needs cutting; the contractor to be asked", ["Clerk"]),
            ("The hedge on School Lane blocks the footpath again", ["Clerk"]),
            ("chase Highways about the potholes", ["Clerk"]),
            ("check the play equipment weekly", ["Cllr Shaw"]),
        ]
    )  # "The bench … was repainted (Cllr Shaw)" says what was done: no task


def test_panel_minutes_with_an_action_line_inside_the_discussion_and_resolutions_in_one_sentence():
    """ "Action 25/1: …" on the line after the discussion starts its own passage (the discussion's commitments
    are still read, a "whether" asked before a semicolon does not make them hypothetical), and "RESOLVED that
    (1) …; (2) …; and (3) …" is three decisions, the third an errand too."""
    doc = read(DOCUMENTS / "marlshire-police-and-crime-panel-2024-09-19.txt")
    meeting = extract(doc).meetings[0]
    assert [(a.item, a.ref, a.text, a.owners, a.due) for a in meeting.actions] == [
        (
            "25",
            "25/1",
            "provide a breakdown of victim satisfaction by district",
            ["Chief Executive"],
            "2024-11",
        ),
        ("25", None, "provide the Panel with the monthly figures for the last year", ["Commissioner"], None),
        (
            "25",
            None,
            "circulate the results of the rural crime survey once published",
            ["Chief Executive"],
            None,
        ),
        (
            "25",
            None,
            "the Commissioner be asked to report back on call handling in January 2025.",
            ["Commissioner"],
            "2025-01",
        ),  # the resolution's part (3): the Commissioner is asked
        ("26", None, "write to the Home Office about the funding formula", ["Chair"], None),
    ]
    assert [d.text for d in meeting.decisions if d.item == "25"] == [
        "The report be noted",
        "A task and finish group on rural crime be established",
        "The Commissioner be asked to report back on call handling in January 2025.",
    ]


def test_an_owner_the_action_column_set_on_a_line_of_its_own_owns_the_paragraph_before(tmp_path):
    path = tmp_path / "elmsworth-pc-2014-07-14.md"
    path.write_text(
        "# Minutes of Elmsworth Parish Council held on Monday 14 July 2014 at 7.30pm\n\n"
        "Present: Cllr A Brown (Chairman), Cllr C Dale\n\n"
        "**14/63 Highways**\n\n"
        "The drain outside the school is blocked again and floods the path. Norfolk County Council to be asked "
        "to clear it.\n\nClerk\n\n"
        "**14/64 Members**\n\n"
        "The following attended the training day on planning law last month and found it useful.\n\nAB\n\nCD\n",
        encoding="utf-8",
    )
    doc = read(path)
    actions = [a for m in extract(doc).meetings for a in m.actions]
    assert [(a.item, a.text, a.owners) for a in actions] == [
        ("14/63", "Norfolk County Council to be asked to clear it", ["Clerk"])
    ]  # a list of initials owns nothing
    assert findable(actions[0].evidence.text, doc.text)


def test_an_action_column_that_names_people(tmp_path):
    """A residents' group writes who by name ("Colin", "Eve / Gus", "All") beside the discussion."""
    path = tmp_path / "carnbrook-residents-2024-06-03.md"
    path.write_text(
        "# Carnbrook Residents Association\n\nMinutes of the meeting held on Monday 3 June 2024 at 7pm\n\n"
        "| Item | Discussion | Action |\n|---|---|---|\n"
        "| 1 | Fly-tipping in Mill Wynd is getting worse. The council's environment team to be told again. | Colin |\n"
        "| 2 | The summer fair needs volunteers for the tombola and the teas on the day. | All |\n"
        "| 3 | The bank's closure was discussed and a letter of objection will be drafted this month. | Eve / Gus |\n"
        "| 4 | The treasurer reported a balance of £412 and the accounts were approved. | |\n",
        encoding="utf-8",
    )
    found = [(a.item, a.owners) for m in extract(read(path)).meetings for a in m.actions]
    assert found == [("1", ["Colin"]), ("2", []), ("3", ["Eve", "Gus"])]  # "All" names no one owner


def test_a_numbered_list_of_action_points_is_actions_not_items(tmp_path):
    path = tmp_path / "ashwell-pc-2014-07-07.md"
    path.write_text(
        "# Minutes of Ashwell Parish Council held on Monday 7 July 2014\n\n"
        "1. Highways\nThe potholes were discussed.\n\n2. Playing field\nThe goalposts are rotten.\n\n"
        "ACTION POINTS\n\n"
        "1. Write to Highways about the potholes – Clerk\n"
        "2. Get three quotes for the goalposts – Cllr Lane – by September\n"
        "3. Chairman: attend the cluster meeting\n"
        "4. Order two new dog bins (Clerk, August)\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [i.number for i in meeting.items] == ["1", "2"]
    assert [(a.text, a.owners, a.due) for a in meeting.actions] == [
        ("Write to Highways about the potholes", ["Clerk"], None),
        ("Get three quotes for the goalposts", ["Cllr Lane"], "2014-09"),
        ("attend the cluster meeting", ["Chairman"], None),
        ("Order two new dog bins", ["Clerk"], "2014-08"),
    ]


def test_a_bold_action_line_naming_only_the_owner_closes_the_paragraph_above(tmp_path: Path):
    """Word minutes that set "Action: CB" in bold on a line of its own under the paragraph it closes (read as a
    heading): the owner is CB's, the task the paragraph's."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("KIRKTON COMMUNITY COUNCIL")
    d.add_paragraph("Minutes of the meeting held on Monday 3 June 2024 at 7pm in Kirkton Library")
    d.add_paragraph("Present: Ruth McLeish (Chair), Callum Brody (Secretary), Shona Watt (Treasurer)")
    d.add_paragraph("Planning", style="List Number")
    d.add_paragraph(
        "The application for flats at the old garage was discussed. Callum will draft a letter of "
        "objection on parking grounds and circulate it for comment by 14 June."
    )
    d.add_paragraph().add_run("Action: CB").bold = True
    d.add_paragraph("Garden", style="List Number")
    d.add_paragraph("The grant of £500 has been received.")
    path = tmp_path / "kirkton-cc-2024-06-03.docx"
    d.save(str(path))
    actions = extract(read(path)).meetings[0].actions
    assert [(a.owners, a.due, a.item) for a in actions] == [(["CB"], "2024-06-14", "1")]
    assert actions[0].text.startswith("Callum will draft a letter of objection")
