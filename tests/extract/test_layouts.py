"""Layouts found in the wider corpus: each rule on a short document of its own."""

from __future__ import annotations

from datetime import date

from scrutiny.extract import extract
from scrutiny.extract.attendance import read_attendance, table_attendees
from scrutiny.extract.commitment import parse_task
from scrutiny.extract.decisions import read_decisions
from scrutiny.extract.markers import marked_actions
from scrutiny.extract.tables import TableState, column_roles, read_table

from ._build import build, passage, table

JUNE = date(2024, 6, 3)


def _meeting(blocks):
    (meeting, *_rest) = extract(build(blocks)).meetings
    return meeting


def test_bare_date_column_is_the_date_raised_when_another_column_is_due():
    assert column_roles(["No.", "Date", "Action", "Responsibility", "Deadline", "Status"]) == {
        0: "ref",
        1: "raised",
        2: "action",
        3: "owner",
        4: "due",
        5: "status",
    }
    assert column_roles(["Action", "Owner", "Date"])[2] == "due"


def test_rows_raised_before_the_meeting_become_updates():
    block = table(
        [
            [["No."], ["Date"], ["Action"], ["Responsibility"], ["Deadline"], ["Status"]],
            [
                ["14"],
                ["04/03/24"],
                ["Provide update on 101 performance"],
                ["ACC Smith"],
                ["June 2024"],
                ["Complete"],
            ],
            [["15"], ["03/06/24"], ["Provide breakdown of overtime"], ["CFO"], ["September 2024"], ["Open"]],
        ]
    )
    result = read_table(block, TableState(), JUNE, None, None)
    assert [(u.ref, u.status) for u in result.updates] == [("14", "complete")]
    assert [(a.ref, a.owners, a.due, a.status) for a in result.actions] == [
        ("15", ["CFO"], "2024-09", "open")
    ]


def test_table_headed_as_previous_actions_holds_updates():
    block = table(
        [
            [["Ref"], ["Action"], ["Owner"], ["Status"]],
            [["SB/24/21"], ["Share the spit guard review"], ["ACC Operations"], ["Closed"]],
        ]
    )
    result = read_table(block, TableState(), JUNE, None, None, earlier=True)
    assert [(u.ref, u.status) for u in result.updates] == [("SB/24/21", "closed")] and not result.actions


def test_resolved_with_a_note_in_brackets():
    (decision,) = read_decisions([passage("RESOLVED (unanimously): That the report be noted.")])
    assert decision.text == "The report be noted."


def test_body_verbs_in_capitals_are_decisions():
    texts = [
        d.text
        for d in read_decisions(
            [
                passage("The Committee NOTED the internal audit progress report."),
                passage("The Panel AGREED that the review should go ahead."),
            ]
        )
    ]
    assert texts == [
        "The Committee NOTED the internal audit progress report.",
        "The Panel AGREED that the review should go ahead.",
    ]


def test_owner_written_before_the_task():
    (task,) = parse_task(
        "JB/KL – Circulate the revised performance framework to members – 31/03/24", JUNE, None
    )
    assert (task.owners, task.text, task.due) == (
        ["JB", "KL"],
        "Circulate the revised performance framework to members",
        "2024-03-31",
    )


def test_labelled_owner_and_due_fields():
    (task,) = parse_task(
        "Review the overtime budget, Owner: ACC Crime, Due: end of Q1", date(2024, 3, 19), None
    )
    assert (task.owners, task.text, task.due, task.due_text) == (
        ["ACC Crime"],
        "Review the overtime budget",
        "2024-06",
        "end of Q1",
    )


def test_trailing_action_marker_names_owner_and_date():
    text = (
        "Members asked for the overspend by department. The Director of Finance will provide a breakdown. "
        "(Action: Director of Finance – by 30 September 2024)"
    )
    (action,) = marked_actions(passage(text, item="5"), date(2024, 7, 24), None)
    assert (action.owners, action.due, action.item) == (["Director of Finance"], "2024-09-30", "5")
    assert action.text == "The Director of Finance will provide a breakdown"


def test_numbered_marker_gives_the_ref():
    (action,) = marked_actions(passage("ACTION 12: JM to circulate the plan (Due: 30/04/2024)"), JUNE, None)
    assert (action.ref, action.owners, action.due) == ("12", ["JM"], "2024-04-30")


def test_minute_numbers_open_items_not_log_entries():
    meeting = _meeting(
        [
            ("paragraph", "WYEDALE POLICE AND CRIME PANEL"),
            ("paragraph", "Minutes of the meeting held on Thursday 27 June 2024 at 2.00 pm"),
            ("heading", "21/24 Apologies for Absence"),
            ("paragraph", "There were none."),
            ("heading", "22/24 Police and Crime Plan Delivery Report, Quarter 4 2023/24"),
            ("paragraph", "RESOLVED: That the report be noted."),
        ]
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("21/24", "Apologies for Absence"),
        ("22/24", "Police and Crime Plan Delivery Report, Quarter 4 2023/24"),
    ]
    assert meeting.actions == [] and [d.item for d in meeting.decisions] == ["22/24"]


def test_attendance_table_with_an_attendance_column():
    block = table(
        [
            [["Name"], ["Role"], ["Attendance"]],
            [["Marion Quist"], ["Independent Member (Chair)"], ["Present"]],
            [["Lorraine Fitch"], ["Independent Member"], ["Apologies"]],
            [["Peter Vosper"], ["Chief Finance Officer, OPCC"], ["In attendance"]],
        ]
    )
    assert [(a.name, a.role, a.attendance) for a in table_attendees(block)] == [
        ("Marion Quist", "Independent Member (Chair)", "present"),
        ("Lorraine Fitch", "Independent Member", "apologies"),
        ("Peter Vosper", "Chief Finance Officer, OPCC", "in_attendance"),
    ]


def test_side_by_side_attendance_lists():
    block = table(
        [
            [["Panel members present"], ["Also present"]],
            [
                ["Cllr Harriet Blow (Chair) – Rook City Council"],
                ["Keith Amber – Police and Crime Commissioner"],
            ],
            [["Lionel Hart – Independent Member"], []],
        ]
    )
    assert [(a.name, a.attendance) for a in table_attendees(block)] == [
        ("Harriet Blow", "present"),
        ("Keith Amber", "in_attendance"),
        ("Lionel Hart", "present"),
    ]


def test_role_first_entries_and_apologies_sentence():
    found = read_attendance(
        [
            passage("Present:"),
            passage("Chief Constable – Martin Haigh (MH)"),
            passage("Head of Public Protection – Det Ch Supt Carla Reyes (CR) (item 3)"),
            passage(
                "Apologies were received from Lorraine Fitch and from the Deputy Chief Constable. No others."
            ),
        ]
    )
    assert [(a.name, a.role, a.attendance) for a in found] == [
        ("Martin Haigh", "Chief Constable", "present"),
        ("Carla Reyes", "Head of Public Protection", "present"),
        ("Lorraine Fitch", None, "apologies"),
        (None, "Deputy Chief Constable", "apologies"),
    ]


def test_table_flattened_to_one_cell_per_line():
    meeting = _meeting(
        [
            ("paragraph", "Ashby Strategic Board – notes of the meeting held on 1 October 2024"),
            ("paragraph", "New actions"),
            ("paragraph", "Ref"),
            ("paragraph", "Action"),
            ("paragraph", "Owner"),
            ("paragraph", "By when"),
            ("paragraph", "AB/24/26"),
            ("paragraph", "Share the draft VAWG plan with the OPCC"),
            ("paragraph", "Head of Public Protection w/c 14 October"),
            ("paragraph", "AB/24/27"),
            ("paragraph", "Provide the 101 figures by hour"),
            ("paragraph", "Head of Contact Management"),
            ("paragraph", "within 4 weeks"),
        ]
    )
    assert [(a.ref, a.owners, a.due) for a in meeting.actions] == [
        ("AB/24/26", ["Head of Public Protection"], "2024-10-14"),
        ("AB/24/27", ["Head of Contact Management"], "2024-10-29"),
    ]


def test_notice_takes_its_body_from_the_report_it_went_with():
    meeting = _meeting(
        [
            ("heading", "POLICE AND CRIME COMMISSIONER FOR ASHBY"),
            ("heading", "DECISION NOTICE"),
            ("paragraph", "Date of decision: 3 September 2024"),
            ("paragraph", "Decision: I approve the allocation of the grant."),
            ("heading", "REPORT TO THE POLICE AND CRIME COMMISSIONER'S STRATEGIC GOVERNANCE MEETING"),
        ]
    )
    assert (meeting.body, meeting.date) == ("Strategic Governance Meeting", "2024-09-03")


def test_marker_naming_only_the_owner_takes_the_sentence_before():
    text = (
        "Members discussed the backlog. A report on the backlog will come to the next meeting. Action: JS/MT"
    )
    (action,) = marked_actions(passage(text, item="3"), date(2024, 3, 19), date(2024, 5, 1))
    assert (action.owners, action.text, action.due) == (
        ["JS", "MT"],
        "A report on the backlog will come",
        "2024-05-01",
    )


def test_it_was_agreed_that_someone_would():
    from scrutiny.extract.narrative import commitments

    (action,) = commitments(
        passage(
            "It was agreed that the Chief Executive would circulate the revised terms of "
            "reference to members."
        ),
        JUNE,
        None,
    )
    assert (action.owners, action.text) == (
        ["Chief Executive"],
        "circulate the revised terms of reference to members",
    )


def test_web_page_title_is_the_last_resort_for_the_header():
    meeting = extract(
        build(
            [
                ("heading", "Corporate Governance Board"),
                (
                    "paragraph",
                    "Minutes of the meeting held on 12 March 2024, 10:00, Conference Room A, Marl Police HQ",
                ),
                ("list_item", "Kate Bell – Police and Crime Commissioner (Chair)"),
            ],
            name="m.html",
            fmt="html",
        )
    ).meetings[0]
    assert (meeting.body, meeting.date, meeting.start_time, meeting.venue, meeting.organisation) == (
        "Corporate Governance Board",
        "2024-03-12",
        "10:00",
        "Conference Room A, Marl Police HQ",
        None,
    )


def test_a_commitment_repeated_in_the_actions_table_is_one_action():
    meeting = _meeting(
        [
            ("paragraph", "Marl Board minutes of the meeting held on 12 March 2024"),
            ("heading", "2. Capital programme"),
            ("paragraph", "The Chief Constable agreed to provide a revised profile."),
            ("heading", "3. Actions"),
            (
                "table",
                [
                    [["Action"], ["Lead"], ["Due"]],
                    [["Provide a revised capital profile"], ["Chief Constable"], ["April 2024"]],
                ],
            ),
        ]
    )
    assert [(a.text, a.item) for a in meeting.actions] == [("Provide a revised capital profile", "3")]


def test_minutes_as_a_table_with_an_action_by_column():
    meeting = _meeting(
        [
            ("paragraph", "Thornbury Police, Fire and Crime Commissioner – Performance Board"),
            ("paragraph", "Date: 14 May 2024 Time: 13:30 Location: Virtual (Teams)"),
            (
                "table",
                [
                    [["Minute No."], ["Subject"], ["Discussion"], ["Action by"]],
                    [
                        ["24/031"],
                        ["Knife crime"],
                        ["The PFCC asked for the results. Results to be shared with the PFCC by 31 May."],
                        ["DCC"],
                    ],
                    [["24/032"], ["Estates"], ["The board noted the report."], []],
                ],
            ),
            ("heading", "Work programme"),
            (
                "table",
                [[["Meeting"], ["Item"], ["Lead"]], [["11 June 2024"], ["Rural crime strategy"], ["ACC"]]],
            ),
        ]
    )
    assert (meeting.start_time, meeting.venue, meeting.organisation) == (
        "13:30",
        "Virtual (Teams)",
        "Thornbury Police, Fire and Crime Commissioner",
    )
    assert [(i.number, i.title) for i in meeting.items] == [("24/031", "Knife crime"), ("24/032", "Estates")]
    assert [(a.item, a.owners, a.text, a.due) for a in meeting.actions] == [
        ("24/031", ["DCC"], "Results to be shared with the PFCC", "2024-05-31")
    ]
    record = extract(
        build(
            [
                ("paragraph", "Performance Board minutes 14 May 2024"),
                ("heading", "Work programme"),
                (
                    "table",
                    [
                        [["Meeting"], ["Item"], ["Lead"]],
                        [["11 June 2024"], ["Rural crime strategy"], ["ACC"]],
                    ],
                ),
            ]
        )
    )
    assert [(e.date, e.title) for e in record.forward_plan] == [("2024-06-11", "Rural crime strategy")]


def test_apologies_none_is_nobody():
    assert read_attendance([passage("Apologies: None")]) == []
