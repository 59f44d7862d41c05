"""tables.py: action schedules and logs laid out as tables."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.tables import TableState, column_roles, read_table

from ._build import table, tables

FEB_2024 = date(2024, 2, 13)
HEADER = [["Item"], ["Action"], ["Owner"], ["Timescale"]]


def _read(*blocks, meeting=FEB_2024, next_meeting=None, item=None):
    state = TableState()
    return [read_table(b, state, meeting, next_meeting, item) for b in blocks]


def _actions(result):
    return [(a.ref, a.item, a.owners, a.text, a.due, a.due_text, a.status) for a in result.actions]


@pytest.mark.parametrize(
    "cells, expected",
    [
        (["Item", "Action", "Owner", "Timescale"], {0: "item", 1: "action", 2: "owner", 3: "due"}),
        (
            ["Ref", "Date raised", "Action", "Owner", "Status"],
            {0: "ref", 1: "raised", 2: "action", 3: "owner", 4: "status"},
        ),
        (
            ["No.", "Action required", "Lead", "Due date", "Progress update"],
            {0: "ref", 1: "action", 2: "owner", 3: "due", 4: "update"},
        ),
        (
            ["Min ref", "Action agreed", "Responsible officer", "Deadline", "RAG"],
            {0: "item", 1: "action", 2: "owner", 3: "due", 4: "status"},
        ),
    ],
)
def test_column_roles(cells, expected):
    assert column_roles(cells) == expected


@pytest.mark.parametrize("cells", [["Date", "Item", "Lead"], ["Name", "Role"], ["Action", "Comments"]])
def test_not_an_action_table_header(cells):
    assert column_roles(cells) == {}


def test_not_an_action_table():
    assert _read(table([[["Name"], ["Role"]], [["Peter Lund"], ["Police and Crime Commissioner"]]])) == [None]


def test_item_action_owner_timescale_with_a_two_task_cell():
    (result,) = _read(
        table(
            [
                HEADER,
                [
                    ["4"],
                    [
                        "FG to confirm the disposal timetable for Kestrel House",
                        "AD to reflect the capital receipt in the MTFS",
                    ],
                    ["FG", "AD"],
                    ["End of March", "April Board"],
                ],
            ]
        )
    )
    assert _actions(result) == [
        (
            None,
            "4",
            ["FG"],
            "FG to confirm the disposal timetable for Kestrel House",
            "2024-03",
            "End of March",
            None,
        ),
        (None, "4", ["AD"], "AD to reflect the capital receipt in the MTFS", "2024-04", "April Board", None),
    ]
    assert [a.evidence.text for a in result.actions] == [
        "FG to confirm the disposal timetable for Kestrel House",
        "AD to reflect the capital receipt in the MTFS",
    ]


def test_two_tasks_one_owner_stay_one_action_when_the_due_is_shared():
    (result,) = _read(
        table(
            [
                HEADER,
                [
                    ["6"],
                    ["Review the custody contract.", "Report findings to the Board."],
                    ["ACC Crime & Ops"],
                    ["within 6 weeks"],
                ],
            ]
        )
    )
    assert _actions(result) == [
        (
            None,
            "6",
            ["ACC Crime & Ops"],
            "Review the custody contract. Report findings to the Board.",
            "2024-03-26",
            "within 6 weeks",
            None,
        )
    ]


def test_lettered_cells_split_into_tasks():
    (result,) = _read(
        table(
            [
                HEADER,
                [
                    ["5"],
                    ["a) Circulate the draft Police and Crime Plan b) Arrange a member workshop on the plan"],
                    ["a) Chief Executive b) Head of Engagement"],
                    ["a) 1 March 2024 b) TBC"],
                ],
            ]
        )
    )
    assert _actions(result) == [
        (
            None,
            "5",
            ["Chief Executive"],
            "Circulate the draft Police and Crime Plan",
            "2024-03-01",
            "1 March 2024",
            None,
        ),
        (None, "5", ["Head of Engagement"], "Arrange a member workshop on the plan", None, "TBC", None),
    ]


def test_row_continuing_below_carries_on_the_action_above():
    (result,) = _read(
        table(
            [
                HEADER,
                [
                    ["6"],
                    ["Provide a breakdown of overtime spend by"],
                    ["Head of Finance and Business Services"],
                    ["Q3"],
                ],
                [[""], ["department and by rank for the last two years"], [""], [""]],
                [["7"], ["Review the custody contract"], ["ACC Crime & Ops"], ["within 6 weeks"]],
            ]
        ),
        meeting=date(2024, 10, 10),
    )
    assert _actions(result) == [
        (
            None,
            "6",
            ["Head of Finance and Business Services"],
            "Provide a breakdown of overtime spend by department and by rank for the last two years",
            "2024-12",
            "Q3",
            None,
        ),
        (None, "7", ["ACC Crime & Ops"], "Review the custody contract", "2024-11-21", "within 6 weeks", None),
    ]
    assert (
        result.actions[0].evidence.text == "Provide a breakdown of overtime spend by"
    )  # one passage, never joined


def test_a_full_sentence_in_the_next_row_is_a_new_action():
    (result,) = _read(
        table(
            [
                [["Action"], ["Owner"], ["Due"]],
                [["Circulate the slides to members."], ["SC"], ["ASAP"]],
                [["Publish the minutes on the website."], [""], [""]],
            ]
        )
    )
    assert [a.text for a in result.actions] == [
        "Circulate the slides to members.",
        "Publish the minutes on the website.",
    ]


def test_continuation_table_after_a_page_break_uses_the_header_of_the_first():
    first, second = tables(
        [
            HEADER,
            [
                ["3"],
                ["Bring the revised scheme of delegation to the May Board"],
                ["OPCC Chief Executive"],
                ["May"],
            ],
        ],
        [[["8"], ["Confirm the sale of the old HQ"], ["Force CFO / OPCC CFO"], ["Sept 24"]]],
    )
    r1, r2 = _read(first, second)
    assert _actions(r1) == [
        (
            None,
            "3",
            ["OPCC Chief Executive"],
            "Bring the revised scheme of delegation to the May Board",
            "2024-05",
            "May",
            None,
        )
    ]
    assert _actions(r2) == [
        (None, "8", ["Force CFO", "OPCC CFO"], "Confirm the sale of the old HQ", "2024-09", "Sept 24", None)
    ]
    assert r2.actions[0].evidence.page == 2


def test_header_repeated_on_the_next_page_is_skipped():
    first, second = tables(
        [HEADER, [["3"], ["Bring the revised scheme of delegation"], ["OPCC Chief Executive"], ["May"]]],
        [HEADER, [["4"], ["Confirm the sale of the old HQ"], ["CFO"], ["Sept 24"]]],
    )
    r1, r2 = _read(first, second)
    assert [a.text for a in r1.actions + r2.actions] == [
        "Bring the revised scheme of delegation",
        "Confirm the sale of the old HQ",
    ]


def test_row_split_across_a_page_break():
    first, second = tables(
        [
            HEADER,
            [
                ["6"],
                ["Provide a breakdown of overtime spend by"],
                ["Head of Finance and Business Services"],
                ["Q3"],
            ],
        ],
        [
            [[""], ["department and by rank for the last two years"], [""], [""]],
            [["7"], ["Review the custody contract"], ["ACC Crime & Ops"], ["within 6 weeks"]],
        ],
    )
    r1, r2 = _read(first, second, meeting=date(2024, 10, 10))
    assert [(a.owners, a.text) for a in r1.actions + r2.actions] == [
        (
            ["Head of Finance and Business Services"],
            "Provide a breakdown of overtime spend by department and by rank for the last two years",
        ),
        (["ACC Crime & Ops"], "Review the custody contract"),
    ]


def test_date_raised_before_the_meeting_is_an_update_on_or_after_is_an_action():
    (result,) = _read(
        table(
            [
                [["Ref"], ["Date raised"], ["Action"], ["Owner"], ["Status"]],
                [["31/23"], ["12/10/2023"], ["Report on rural crime team staffing"], ["DCC"], ["Complete"]],
                [["01/24"], ["13/02/2024"], ["Publish the decision log"], ["OPCC CE"], ["Open"]],
            ]
        )
    )
    assert _actions(result) == [("01/24", None, ["OPCC CE"], "Publish the decision log", None, None, "open")]
    assert [(u.ref, u.text, u.status) for u in result.updates] == [
        ("31/23", "Report on rural crime team staffing – Complete", "complete")
    ]


def test_update_text_includes_the_progress_column():
    (result,) = _read(
        table(
            [
                [["Ref"], ["Date raised"], ["Action"], ["Owner"], ["Status"], ["Update"]],
                [
                    ["28/23"],
                    ["5 September 2023"],
                    ["Review of fleet telematics data"],
                    ["ACO"],
                    ["Overdue"],
                    ["Supplier delays; now expected in April"],
                ],
            ]
        )
    )
    assert result.actions == []
    assert [(u.ref, u.text, u.status) for u in result.updates] == [
        (
            "28/23",
            "Review of fleet telematics data – Overdue: Supplier delays; now expected in April",
            "overdue",
        )
    ]


def test_section_rows_are_skipped_and_numbered_rows_read():
    (result,) = _read(
        table(
            [
                HEADER,
                [["Governance and Scrutiny"], [""], [""], [""]],
                [
                    ["3"],
                    ["Bring the revised scheme of delegation to the May Board"],
                    ["OPCC Chief Executive"],
                    ["May"],
                ],
                [["Estates"], [], [], []],
                [["8"], ["Confirm the sale of the old HQ"], ["Force CFO / OPCC CFO"], ["Sept 24"]],
            ]
        )
    )
    assert _actions(result) == [
        (
            None,
            "3",
            ["OPCC Chief Executive"],
            "Bring the revised scheme of delegation to the May Board",
            "2024-05",
            "May",
            None,
        ),
        (None, "8", ["Force CFO", "OPCC CFO"], "Confirm the sale of the old HQ", "2024-09", "Sept 24", None),
    ]


def test_ref_status_and_no_date_due():
    (result,) = _read(
        table(
            [
                [["No."], ["Action"], ["Lead"], ["Due date"], ["Status"]],
                [["1"], ["Circulate slides"], ["SC"], ["ASAP"], ["Open"]],
            ]
        )
    )
    assert _actions(result) == [("1", None, ["SC"], "Circulate slides", None, "ASAP", "open")]


def test_a_row_stating_a_status_no_new_action_has_reports_on_an_earlier_one():
    """No action is overdue, closed, at risk, in progress or deferred on the day it is set, nor done before that
    day: such a row in a log with no heading to say so reports on an earlier action. "Green" or "On track" may be
    said of a new one, and one done since the meeting ("Complete" and due after it) is new too."""
    (result,) = _read(
        table(
            [
                [["No."], ["Action"], ["Lead"], ["Due date"], ["Status"]],
                [["1"], ["Circulate the slides"], ["SC"], ["ASAP"], ["In progress"]],
                [["2"], ["Refresh the custody audit"], ["DCC"], ["January 2024"], ["Amber"]],
                [["3"], ["Publish the estates plan"], ["CFO"], ["31 Jan 2024"], ["Complete"]],
                [["4"], ["Send the budget letter"], ["CE"], ["16 Feb 2024"], ["Complete"]],
                [["5"], ["Review the fleet contract"], ["ACC"], ["March 2024"], ["Green – on track"]],
                [["6"], ["Report on stop and search"], ["ACC"], ["April 2024"], ["Red"]],
                [["7"], ["Arrange the members' visit"], ["PCC"], ["May 2024"], ["Deferred"]],
            ]
        )
    )
    assert [(a.ref, a.status) for a in result.actions] == [("4", "complete"), ("5", "in_progress")]
    assert [(u.ref, u.status) for u in result.updates] == [
        ("1", "in_progress"),
        ("2", "in_progress"),
        ("3", "complete"),
        ("6", "overdue"),
        ("7", "deferred"),
    ]


def test_owner_from_the_task_when_the_owner_cell_is_empty_and_next_meeting():
    (result,) = _read(
        table(
            [
                [["Action"], ["Owner"], ["Deadline"]],
                [["KL to bring back further analysis"], [""], ["next meeting"]],
            ]
        ),
        next_meeting=date(2024, 3, 12),
    )
    assert _actions(result) == [
        (None, None, ["KL"], "KL to bring back further analysis", "2024-03-12", "next meeting", None)
    ]


def test_leading_ref_in_the_action_cell():
    (result,) = _read(
        table(
            [
                [["Action"], ["Owner"], ["Due"]],
                [["05/24: Publish the annual report"], ["Chief Executive"], ["June"]],
            ]
        )
    )
    assert _actions(result) == [
        ("05/24", None, ["Chief Executive"], "Publish the annual report", "2024-06", "June", None)
    ]


def test_items_and_narrative_passages_from_a_minutes_table():
    (result,) = _read(
        table(
            [
                [["Item"], ["Discussion"], ["Action"], ["Owner"]],
                [["1"], ["Body Worn Video: The Board noted the roll-out was complete."], [""], [""]],
                [
                    ["2"],
                    [
                        "Rural Crime – Members discussed the rise in farm thefts.",
                        "RESOLVED that the rural crime plan be approved.",
                    ],
                    ["Circulate the rural crime plan"],
                    ["ACC Crime & Ops"],
                ],
            ]
        )
    )
    assert [(i.number, i.title) for i in result.items] == [("1", "Body Worn Video"), ("2", "Rural Crime")]
    assert [(p.item, p.text) for p in result.passages] == [
        ("1", "Body Worn Video: The Board noted the roll-out was complete."),
        ("2", "Rural Crime – Members discussed the rise in farm thefts."),
        ("2", "RESOLVED that the rural crime plan be approved."),
    ]
    assert _actions(result) == [
        (None, "2", ["ACC Crime & Ops"], "Circulate the rural crime plan", None, None, None)
    ]


def test_columns_named_otherwise_no_action_lead_target_date_rag():
    (result,) = _read(
        table(
            [
                [["No."], ["Action"], ["Lead"], ["Target date"], ["RAG status"]],
                [["1"], ["Publish the ward profiles"], ["Head of Communications"], ["31/05/24"], ["Green"]],
                [["2"], ["Review the drones policy"], ["ACC Ops"], ["end of Q2"], [""]],
            ]
        )
    )
    assert _actions(result) == [
        (
            "1",
            None,
            ["Head of Communications"],
            "Publish the ward profiles",
            "2024-05-31",
            "31/05/24",
            "in_progress",
        ),
        ("2", None, ["ACC Ops"], "Review the drones policy", "2024-09", "end of Q2", None),
    ]


@pytest.mark.parametrize(
    "cells, expected",
    [
        (["Ref", "Action", "Actioned to", "By when"], {0: "ref", 1: "action", 2: "owner", 3: "due"}),
        (
            ["Action no.", "Description of action", "Assigned to", "Date due"],
            {0: "ref", 1: "action", 2: "owner", 3: "due"},
        ),
    ],
)
def test_more_column_names(cells, expected):
    assert column_roles(cells) == expected


# ---------------------------------------------------------------------------------------
# minutes with an Action column at the right margin holding the owner beside the paragraph
# ---------------------------------------------------------------------------------------

MARGIN = [
    [
        [
            "4.1 The Commissioner asked about the backlog of digital forensics work. The Chief Constable said "
            "the new kiosks were now in use in three stations."
        ],
        [""],
    ],
    [
        [
            "4.2 It was agreed that a summary of the kiosk roll-out, with waiting times by station, would be "
            "brought to the next board."
        ],
        ["ACC"],
    ],
    [["4.3 Members noted the report."], [""]],
    [
        [
            "4.4 The Chief Executive would circulate the revised scrutiny framework to members for the April "
            "meeting."
        ],
        ["CE/JB"],
    ],
]


@pytest.mark.parametrize("header", [[], [[[""], ["Action"]]], [[["Minute"], ["Action by"]]]])
def test_action_column_at_the_right_margin(header):
    (result,) = _read(table(header + MARGIN), next_meeting=date(2024, 3, 12), item="4")
    kiosks = (
        "It was agreed that a summary of the kiosk roll-out, with waiting times by station, would be brought"
    )
    framework = "The Chief Executive would circulate the revised scrutiny framework to members"
    assert _actions(result) == [
        (None, "4", ["ACC"], kiosks, "2024-03-12", "next board", None),
        (None, "4", ["CE", "JB"], framework, "2024-04", "April meeting", None),
    ]
    assert [p.text[:3] for p in result.passages] == ["4.1", "4.2", "4.3", "4.4"]


@pytest.mark.parametrize(
    "rows",
    [
        # names and roles: short cells on both sides
        [[["Peter Lund"], ["PCC"]], [["Amy Rowe"], ["CFO"]]],
        # prose beside prose
        [
            [
                ["The Board noted the report on rural crime and the work of the farm watch schemes."],
                ["Members asked for more detail on the cost of the schemes."],
            ]
        ],
        # prose beside figures
        [[["Total spend on overtime in the year to date, all departments."], ["£1.2m"]]],
    ],
)
def test_not_a_margin_column(rows):
    assert _read(table(rows)) == [None]


@pytest.mark.parametrize(
    "header, roles",
    [
        (["Who", "What", "When"], {0: "owner", 1: "action", 2: "due"}),
        (
            ["Min No", "Agreed Action", "Responsibility", "Date"],
            {0: "item", 1: "action", 2: "owner", 3: "due"},
        ),
        (["Minute", "Action to be taken", "By", "Completed"], {0: "item", 1: "action", 2: "due"}),
        (
            ["#", "Description", "Assigned to", "Target date", "RAG"],
            {0: "ref", 1: "action", 2: "owner", 3: "due", 4: "status"},
        ),
        (["Name", "Role", "Lead"], {}),
    ],
)
def test_action_table_headers_in_other_words(header, roles):
    assert column_roles(header) == roles


def test_a_column_headed_by_that_holds_who_is_the_owner():
    block = table(
        [
            [["Minute"], ["Action to be taken"], ["By"]],
            [["14/63"], ["Report the blocked drain to the county council"], ["Clerk"]],
            [["14/66"], ["Contact the tree officer about the oak"], ["Cllr Frost"]],
        ]
    )
    result = read_table(block, TableState(), date(2014, 7, 14), None, None)
    assert [(a.text, a.owners, a.due) for a in result.actions] == [
        ("Report the blocked drain to the county council", ["Clerk"], None),
        ("Contact the tree officer about the oak", ["Cllr Frost"], None),
    ]


@pytest.mark.parametrize("owners", [["KD", "AW"], ["KD AW"]], ids=["a line each", "run together"])
def test_an_owner_cell_of_two_initials_gives_each_the_sentence_they_open(owners):
    """A Friends group's Item | Discussion | Action table: two owners beside a minute in which each opens one
    sentence ("KD will contact …", "AW offered to make …"), on lines of their own in Word or run together
    ("KD AW") where a PDF's cell lost its line break: two actions, each its owner's, not one for both. The
    item's title heading the cell is no part of a task."""
    rows = [
        [["Item"], ["Discussion"], ["Action"]],
        [
            ["4"],
            [
                "Spring clean-up",
                "The clean-up day will be on Saturday 12th March. KD will contact the park ranger about tools "
                "and skips. AW offered to make posters for the library and shops.",
            ],
            owners,
        ],
        [["7"], ["AOB", "The Friends will respond to the consultation on dog control orders."], ["ME"]],
    ]
    (result,) = _read(table(rows))
    assert [(a.owners, a.text) for a in result.actions] == [
        (["KD"], "KD will contact the park ranger about tools and skips"),
        (["AW"], "AW offered to make posters for the library and shops"),
        (["ME"], "The Friends will respond to the consultation on dog control orders"),
    ]


def test_minutes_in_a_table_whose_action_cell_gives_one_owner_a_timescale():
    """No. | Item | Action, the item's title and its minute in one cell, initials at the right: a cell of two
    owners, one with a timescale ("MD" / "PS – by 14 Feb"), is still a margin of owners (the timescale is PS's);
    a lone owner's task is the clause they open, after "and" ("… members were keen and KM will contact …"); a
    sentence they open that only reports ("RA reported …") is not it."""
    rows = [
        [["No."], ["Item"], ["Action"]],
        [
            ["4"],
            [
                "Ranger's update",
                "The play area will be closed for two weeks in March. Jess asked whether the Friends could lead a "
                "bulb planting session; members were keen and KM will contact the school to agree a date.",
            ],
            ["KM"],
        ],
        [
            ["5"],
            [
                "Treasurer's report",
                "RA reported a balance of £2,184.60. RA to prepare the accounts for independent examination.",
            ],
            ["RA"],
        ],
        [
            ["6"],
            [
                "Spring Fair",
                "It was agreed to hold the Spring Fair on the lawn again. MD will book the bouncy castle. PS to "
                "apply to the Council for the events licence.",
            ],
            ["MD", "PS – by 14 Feb"],
        ],
    ]
    (result,) = _read(table(rows), meeting=date(2025, 1, 22))
    assert [(a.owners, a.text, a.due) for a in result.actions] == [
        (["KM"], "KM will contact the school to agree a date", None),
        (["RA"], "RA to prepare the accounts for independent examination", None),
        (["MD"], "MD will book the bouncy castle", None),
        (["PS"], "PS to apply to the Council for the events licence.", "2025-02-14"),
    ]


def test_an_actions_arising_report_without_owners_is_an_action_table():
    """ "Ref | Meeting | Action | Response | Status": a panel's report on the actions arising names no owner or due
    column, but its references, the meeting each was set at and its status make it one; set at earlier meetings,
    its rows are updates."""
    assert column_roles(["Ref", "Meeting", "Action", "Response", "Status"]) == {
        0: "ref",
        1: "raised",
        2: "action",
        3: "update",
        4: "status",
    }
    rows = [
        [["Ref"], ["Meeting"], ["Action"], ["Response"], ["Status"]],
        [
            ["PCP 14"],
            ["19 Sept 2024"],
            ["Commissioner to provide the cost of the drones"],
            ["Circulated."],
            ["Completed"],
        ],
        [
            ["PCP 21"],
            ["21 Nov 2024"],
            ["Bring the recovery plan to the Panel"],
            ["Not yet received."],
            ["Deferred"],
        ],
    ]
    (result,) = _read(table(rows), meeting=date(2025, 2, 6))
    assert result.actions == []
    assert [(u.ref, u.status) for u in result.updates] == [("PCP 14", "complete"), ("PCP 21", "deferred")]


def test_minutes_set_as_a_table_with_notes_and_initials():
    """ "No | Item | Notes | Action": the numbers are items, the titles theirs, the notes the minute (not an action
    log's progress), the initials its owners; two owners beside two paragraphs take one each ("JH" then "All")."""
    rows = [
        [["No"], ["Item"], ["Notes"], ["Action"]],
        [["1"], ["Minutes"], ["The minutes of the meeting held on 8th December were agreed."], []],
        [
            ["3"],
            ["Treasurer"],
            [
                "Balance £1,245.77. Grant application to the Ward fund for a laptop to be submitted by the end of February."
            ],
            ["TR"],
        ],
        [
            ["4"],
            ["Events"],
            [
                "Author visit: Ms Eve Kaye has agreed to speak on 14th April. Posters needed.",
                "Quiz night: to be held in May; volunteers to bring raffle prizes.",
            ],
            ["JH", "All"],
        ],
    ]
    (result,) = _read(table(rows), meeting=date(2016, 1, 26))
    assert [(i.number, i.title) for i in result.items] == [
        ("1", "Minutes"),
        ("3", "Treasurer"),
        ("4", "Events"),
    ]
    assert [(a.owners, a.text) for a in result.actions] == [
        (["TR"], "Grant application to the Ward fund for a laptop to be submitted"),
        (["JH"], "Posters needed"),
        ([], "Quiz night: to be held in May; volunteers to bring raffle prizes"),
    ]
    assert result.updates == []


def test_an_owners_line_with_its_timescale_run_together_with_the_next_owners_line():
    """A PDF's Action cell of two lines, "All – by 28/3" and "TF", read as one ("All – by 28/3 TF"): two entries,
    the first with its timescale; beside two sentences that set tasks, one each."""
    rows = [
        [["Item"], ["Notes"], ["Action"]],
        [
            ["6"],
            [
                "Draft plan for the meadow\nThe Council's draft plan is out for comment. Everyone to read it and send "
                "comments to TF. TF to put together a single response from the Friends."
            ],
            ["HB – by 28/3 TF"],
        ],
    ]
    (result,) = _read(table(rows), meeting=date(2025, 3, 12))
    assert [(a.owners, a.due) for a in result.actions] == [(["HB"], "2025-03-28"), (["TF"], None)]


def test_rows_marked_new_in_a_log_under_review_are_the_meetings_own_actions():
    """A log read as a review of earlier actions holds this meeting's new ones too, marked "New": those are
    actions, open; the rest are progress."""
    block = table(
        [
            [["Ref"], ["Action"], ["Owner"], ["Due"], ["Status"]],
            [["PB 24/15"], ["Provide the 101 call abandonment figures"], ["CC"], ["Feb 2024"], ["Complete"]],
            [["PB 25/01"], ["Circulate the draft police and crime plan"], ["CEx"], ["Apr 2024"], ["New"]],
        ]
    )
    result = read_table(block, TableState(), FEB_2024, None, None, earlier=True)
    assert [(u.ref, u.status) for u in result.updates] == [("PB 24/15", "complete")]
    assert [(a.ref, a.owners, a.status) for a in result.actions] == [("PB 25/01", ["CEx"], "open")]


def test_an_outcome_column_over_earlier_actions_is_their_progress_not_a_decision():
    block = table(
        [
            [["Item"], ["Action"], ["By whom"], ["Outcome"]],
            [["3"], ["Circulate the ASB hotspot maps"], ["MD"], ["Done"]],
            [["5"], ["Arrange a joint visit to the Brookside estate"], ["IC/PO"], ["Visit held 20 February"]],
        ]
    )
    result = read_table(block, TableState(), FEB_2024, None, None, earlier=True)
    assert [(u.text, u.status) for u in result.updates] == [
        ("Circulate the ASB hotspot maps – Done", "complete"),
        ("Arrange a joint visit to the Brookside estate – Visit held 20 February", "complete"),
    ]
    assert result.passages == [] and result.actions == []
