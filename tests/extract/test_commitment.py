"""commitment.py: one task line taken apart into owners, text and timescale."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.commitment import parse_task, split_due

FEB_2024 = date(2024, 2, 13)


def _tasks(text, meeting=FEB_2024, next_meeting=None, need_subject=False):
    return [
        (t.owners, t.text, t.due, t.due_text) for t in parse_task(text, meeting, next_meeting, need_subject)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "FG to confirm the disposal timetable by end of March",
            (["FG"], "confirm the disposal timetable", "2024-03", "end of March"),
        ),
        (
            "Update on the estates strategy to be circulated to members – 16/02/24",
            ([], "Update on the estates strategy to be circulated to members", "2024-02-16", "16/02/24"),
        ),
        (
            "DCC to review the custody staffing model (Ongoing)",
            (["DCC"], "review the custody staffing model", None, "Ongoing"),
        ),
        (
            "KL to bring the revised victims' code compliance report to the May Board",
            (["KL"], "bring the revised victims' code compliance report", "2024-05", "May Board"),
        ),
        (
            "OPCC Chief Executive to circulate the draft Police and Crime Plan within 6 weeks",
            (
                ["OPCC Chief Executive"],
                "circulate the draft Police and Crime Plan",
                "2024-03-26",
                "within 6 weeks",
            ),
        ),
        (
            "ACC Crime & Ops to provide an update on rural crime by w/c 4 March",
            (["ACC Crime & Ops"], "provide an update on rural crime", "2024-03-04", "w/c 4 March"),
        ),
        (
            "JR & MI to agree the communications plan - TBC",
            (["JR", "MI"], "agree the communications plan", None, "TBC"),
        ),
        (
            "The PCC will write to the Home Office regarding the funding formula",
            (["PCC"], "write to the Home Office regarding the funding formula", None, None),
        ),
        (
            "OPCC Contracts and Commissioning Manager/DCC to review the custody healthcare contract by 31 March 2024",
            (
                ["OPCC Contracts and Commissioning Manager", "DCC"],
                "review the custody healthcare contract",
                "2024-03-31",
                "31 March 2024",
            ),
        ),
    ],
)
def test_one_task(text, expected):
    assert _tasks(text) == [expected]


def test_head_of_finance_with_a_quarter():
    assert _tasks(
        "Head of Finance and Business Services to provide a breakdown of overtime spend by end of Q3",
        meeting=date(2024, 10, 10),
    ) == [
        (
            ["Head of Finance and Business Services"],
            "provide a breakdown of overtime spend",
            "2024-12",
            "end of Q3",
        )
    ]


def test_force_and_opcc_cfo_by_the_end_of_the_financial_year():
    assert _tasks(
        "Force CFO / OPCC CFO to present the revised MTFS by the end of the financial year",
        meeting=date(2024, 10, 10),
    ) == [(["Force CFO", "OPCC CFO"], "present the revised MTFS", "2025-03", "end of the financial year")]


def test_two_tasks_joined_by_and():
    assert _tasks(
        "FG to confirm the disposal timetable by end of March, and AD to reflect the receipt for the April meeting"
    ) == [
        (["FG"], "confirm the disposal timetable", "2024-03", "end of March"),
        (["AD"], "reflect the receipt", "2024-04", "April meeting"),
    ]


def test_chair_and_vice_chair_is_one_task_with_two_owners():
    assert _tasks("The Chair and Vice-Chair to meet the Chief Constable to agree the scrutiny framework") == [
        (["Chair", "Vice-Chair"], "meet the Chief Constable to agree the scrutiny framework", None, None)
    ]


def test_next_meeting_resolved_only_with_its_date():
    text = "BJH to bring back further analysis to the next meeting"
    assert _tasks(text) == [(["BJH"], "bring back further analysis", None, "next meeting")]
    assert _tasks(text, next_meeting=date(2024, 3, 12)) == [
        (["BJH"], "bring back further analysis", "2024-03-12", "next meeting")
    ]


def test_need_subject_drops_lines_without_an_owner():
    assert _tasks("Members noted the report", need_subject=True) == []
    assert _tasks("Members noted the report") == [([], "Members noted the report", None, None)]


@pytest.mark.parametrize("text", ["The date to be confirmed", "Officers to be thanked for the report"])
def test_not_a_subject(text):
    assert all(t[0] == [] for t in _tasks(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("circulate the plan – 16/02/24", ("circulate the plan", "16/02/24")),
        ("circulate the plan (TBC)", ("circulate the plan", "TBC")),
        ("circulate the plan by the end of Q3", ("circulate the plan", "end of Q3")),
        ("circulate the plan within two weeks", ("circulate the plan", "within two weeks")),
        ("report back to the next Board", ("report back", "next Board")),
        (
            "circulate the plan – with comments from members",
            ("circulate the plan – with comments from members", None),
        ),
        ("circulate the plan to members.", ("circulate the plan to members", None)),
    ],
)
def test_split_due(text, expected):
    assert split_due(text, FEB_2024, None) == expected


def test_two_tasks_joined_by_a_semicolon():
    assert _tasks("JR to share the draft budget with members; MI to book the venue for the workshop") == [
        (["JR"], "share the draft budget with members", None, None),
        (["MI"], "book the venue for the workshop", None, None),
    ]


# ---------------------------------------------------------------------------------------
# an entry with its owner and timescale as separate fields, in any order (issue 8)
# ---------------------------------------------------------------------------------------

APR_2024 = date(2024, 4, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "CE — circulate the draft protocol — by 20/05/24",
            (["CE"], "circulate the draft protocol", "2024-05-20", "20/05/24"),
        ),
        (
            "Monthly vetting figures to OPCC – ACC – ongoing",
            (["ACC"], "Monthly vetting figures to OPCC", None, "ongoing"),
        ),
        (
            "30 June 2024 – DCC – report on stop and search outcomes",
            (["DCC"], "report on stop and search outcomes", "2024-06-30", "30 June 2024"),
        ),
        (
            "Head of Estates | agree the custody suite refurbishment timetable | end of Q2",
            (["Head of Estates"], "agree the custody suite refurbishment timetable", "2024-09", "end of Q2"),
        ),
        (
            "Review the drones policy - ACC Ops - September",
            (["ACC Ops"], "Review the drones policy", "2024-09", "September"),
        ),
        (
            "JB/KL – to share the revised terms of reference",
            (["JB", "KL"], "share the revised terms of reference", None, None),
        ),
    ],
)
def test_fields_in_any_order(text, expected):
    assert _tasks(text, meeting=APR_2024, need_subject=True) == [expected]


def test_a_dash_inside_the_task_is_not_a_field():
    """Neither side of the dash reads as an owner or a timescale: the line stays one task without owner."""
    assert _tasks("Circulate the plan – with comments from members", meeting=APR_2024) == [
        ([], "Circulate the plan – with comments from members", None, None)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Publish the ward profiles\nOwner: Head of Corporate Communications\nDue: 31 May 2024",
            (["Head of Corporate Communications"], "Publish the ward profiles", "2024-05-31", "31 May 2024"),
        ),
        (
            "Confirm the re-vetting backlog Lead: Head of PSD  Deadline: June 2024",
            (["Head of PSD"], "Confirm the re-vetting backlog", "2024-06", "June 2024"),
        ),
        (
            "Circulate the improvement plan. Responsible officer: DCC. Target date: 30/06/24",
            (["DCC"], "Circulate the improvement plan", "2024-06-30", "30/06/24"),
        ),
        (
            "Review the complaints timescales, Owner: DCC, CFO, Due: end of Q1",
            (["DCC", "CFO"], "Review the complaints timescales", "2024-06", "end of Q1"),
        ),
        (
            "Share the estates survey Actioned to: Estates Manager By when: next month",
            (["Estates Manager"], "Share the estates survey", "2024-05", "next month"),
        ),
    ],
)
def test_labelled_owner_and_due(text, expected):
    assert _tasks(text, meeting=APR_2024, need_subject=True) == [expected]


def test_a_line_with_its_subject_is_not_read_as_fields():
    assert _tasks("The PCC to write to the Home Office, DCC and CFO", meeting=APR_2024) == [
        (["PCC"], "write to the Home Office, DCC and CFO", None, None)
    ]


@pytest.mark.parametrize(
    "line, owners, text, due",
    [
        ("Cllr Cole – repaint bench by end of May", ["Cllr Cole"], "repaint bench", "2015-05"),
        ("Clerk – order two dog bins before 30 June", ["Clerk"], "order two dog bins", "2015-06-30"),
        ("Cllr Lane – speak to farmer re Back Lane", ["Cllr Lane"], "speak to farmer re Back Lane", None),
    ],
)
def test_an_owner_then_a_task_that_carries_its_own_timescale(line, owners, text, due):
    """The field after the owner is the task even when a timescale ends it: only a field that is all timescale is one."""
    (task,) = parse_task(line, date(2015, 4, 2), None, need_subject=True)
    assert (task.owners, task.text, task.due) == (owners, text, due)


@pytest.mark.parametrize(
    "text, task, due",
    [
        ("inspect the plots in April", "inspect the plots", "April"),
        ("review the plan in early May 2025", "review the plan", "early May 2025"),
        ("look in detail at the data", "look in detail at the data", None),
    ],
)
def test_a_month_the_task_is_to_be_done_in(text, task, due):
    assert split_due(text, date(2024, 3, 4), None) == (task, due)


def test_initials_after_the_task_s_full_stop_own_it():
    (task,) = parse_task(
        "Write to Highways about the potholes. JB", date(2014, 7, 7), None, need_subject=True
    )
    assert (task.owners, task.text) == (["JB"], "Write to Highways about the potholes")


@pytest.mark.parametrize(
    "text, due, due_text",
    [
        (
            "Morag to circulate the objection to members before the deadline of 20 February",
            "2024-02-20",
            "20 February",
        ),
        ("Clerk to circulate the minutes no later than 1 March", "2024-03-01", "1 March"),
        ("Clerk to review the register ahead of the April meeting", "2024-04", "April meeting"),
    ],
)
def test_timescales_said_other_ways(text, due, due_text):
    assert [t[2:] for t in _tasks(text)] == [(due, due_text)]


def test_a_month_after_for_is_the_timescale():
    assert _tasks("Clerk to circulate the survey for December") == [
        (["Clerk"], "circulate the survey", "2024-12", "December")
    ]


def test_a_post_written_in_lower_case_after_a_capital_owns_its_task():
    assert _tasks("Scrutiny officer to draft the annual report – October 2024") == [
        (["Scrutiny officer"], "draft the annual report", "2024-10", "October 2024")
    ]


def test_an_owner_set_apart_after_a_dash_is_the_tasks_owner():
    assert _tasks("Operator to repair the haul road fence by June – Site Manager", need_subject=True) == [
        (["Site Manager"], "repair the haul road fence", "2024-06", "June")
    ]
