"""markers.py: "ACTION:" lines and numbered action-log entries (new actions and updates)."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.document import Block
from scrutiny.extract.markers import (
    attach_fields,
    labelled_entry,
    log_entries,
    marked_actions,
    section_actions,
)

from ._build import passage

FEB_2024 = date(2024, 2, 13)
JAN_2024 = date(2024, 1, 10)


def _marked(text, meeting=FEB_2024, next_meeting=None):
    return [
        (a.ref, a.owners, a.text, a.due, a.due_text, a.item)
        for a in marked_actions(passage(text, item="4"), meeting, next_meeting)
    ]


def _log(text, meeting=FEB_2024, next_meeting=None):
    actions, updates = log_entries(passage(text, item="4"), meeting, next_meeting)
    return (
        [(a.ref, a.item, a.owners, a.text, a.due, a.due_text) for a in actions],
        [(u.ref, u.text, u.status) for u in updates],
    )


def test_action_colon_line():
    assert _marked(
        "ACTION: SC to circulate the revised HMICFRS action plan to Board members by 1 March 2024"
    ) == [
        (
            None,
            ["SC"],
            "circulate the revised HMICFRS action plan to Board members",
            "2024-03-01",
            "1 March 2024",
            "4",
        )
    ]


def test_action_after_narrative_in_the_same_paragraph():
    text = (
        "The Board discussed the force's response to the PEEL inspection. ACTION: DCC to provide a summary of "
        "progress against each area for improvement to the April Board."
    )
    assert _marked(text) == [
        (
            None,
            ["DCC"],
            "provide a summary of progress against each area for improvement",
            "2024-04",
            "April Board",
            "4",
        )
    ]
    (action,) = marked_actions(passage(text), FEB_2024, None)
    assert action.evidence.text == (
        "ACTION: DCC to provide a summary of progress against each area for improvement to the April Board."
    )


@pytest.mark.parametrize(
    "marker, ref",
    [("Action –", None), ("Action:", None), ("Action -", None), ("Agreed action:", None), ("ACTION 3:", "3")],
)
def test_marker_spellings(marker, ref):
    """A numbered marker ("ACTION 3:") gives the action its number as ref."""
    assert _marked(f"{marker} KL to arrange a briefing on the new custody contract for Panel members") == [
        (ref, ["KL"], "arrange a briefing on the new custody contract for Panel members", None, None, "4")
    ]


def test_two_action_markers_in_one_passage():
    text = (
        "ACTION: JR to share the draft budget with members by 1 March 2024\n"
        "ACTION: MI to book the venue for the budget workshop – end of February"
    )
    assert _marked(text) == [
        (None, ["JR"], "share the draft budget with members", "2024-03-01", "1 March 2024", "4"),
        (None, ["MI"], "book the venue for the budget workshop", "2024-02", "end of February", "4"),
    ]


def test_marker_with_its_own_ref():
    assert _marked("ACTION: 05/24 Chief Executive to publish the decision record on the OPCC website") == [
        ("05/24", ["Chief Executive"], "publish the decision record on the OPCC website", None, None, "4")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Members asked for more information on response times and the Chair agreed to follow this up.",
        "The action plan was discussed in detail.",
        "Action 44 remains open.",
    ],
)
def test_no_marker(text):
    assert _marked(text) == []


# ---------------------------------------------------------------------------------------
# log entries
# ---------------------------------------------------------------------------------------


def test_ref_with_colon_this_years_numbering_is_a_new_action():
    assert _log("01/24: KL to bring the updated estates strategy to the March Board") == (
        [("01/24", "4", ["KL"], "bring the updated estates strategy", "2024-03", "March Board")],
        [],
    )


def test_ref_with_text_owner_and_due_after_commas():
    assert _log("04/24: Provide a breakdown of complaints by category, DCC, end of April") == (
        [("04/24", "4", ["DCC"], "Provide a breakdown of complaints by category", "2024-04", "end of April")],
        [],
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("72/23: Close", ("72/23", "Close", "closed")),
        ("74/23: Forward Plan March", ("74/23", "Forward Plan March", "deferred")),
        ("70/23: Complete", ("70/23", "Complete", "complete")),
    ],
)
def test_ref_led_status_line_is_an_update(text, expected):
    assert _log(text, meeting=JAN_2024) == ([], [expected])


def test_ref_led_lines_with_dashes_give_one_update_each():
    text = (
        "25/23 – Victims' Code compliance audit – Complete\n"
        "26/23 – Stop and search scrutiny panel report – Ongoing"
    )
    assert _log(text, meeting=JAN_2024) == (
        [],
        [
            ("25/23", "Victims' Code compliance audit – Complete", "complete"),
            ("26/23", "Stop and search scrutiny panel report – Ongoing", "in_progress"),
        ],
    )


def test_column_collapsed_line_ref_item_text_owner_due():
    assert _log(
        "JAC/24/05 3 Circulate the internal audit plan to members TA 30/06/24", meeting=date(2024, 5, 10)
    ) == (
        [
            (
                "JAC/24/05",
                "3",
                ["TA"],
                "Circulate the internal audit plan to members",
                "2024-06-30",
                "30/06/24",
            )
        ],
        [],
    )


def test_column_collapsed_line_with_month_and_short_year():
    assert _log("03/24 5 Review the overtime budget assumptions FG March 24") == (
        [("03/24", "5", ["FG"], "Review the overtime budget assumptions", "2024-03", "March 24")],
        [],
    )


def test_column_collapsed_line_with_two_owners():
    assert _log("06/24 2 Agree the estates disposal timetable JR/MI 31/03/24") == (
        [("06/24", "2", ["JR", "MI"], "Agree the estates disposal timetable", "2024-03-31", "31/03/24")],
        [],
    )


def test_earlier_years_ref_without_status_is_not_a_new_action():
    actions, _ = _log("68/23 Provide figures on rural crime to the Panel", meeting=JAN_2024)
    assert actions == []


def test_ref_mid_sentence_without_colon_is_not_an_entry():
    assert _log("The Panel noted that 12/23 was discussed at length.", meeting=JAN_2024) == ([], [])


def test_log_entry_evidence_holds_the_refs_and_words():
    actions, _ = log_entries(
        passage("01/24 KL to bring the updated estates strategy to the March Board"), FEB_2024, None
    )
    assert actions[0].evidence.text == "01/24 KL to bring the updated estates strategy to the March Board"


def test_log_entry_evidence_is_verbatim():
    text = "01/24: KL to bring the updated estates strategy to the March Board"
    actions, _ = log_entries(passage(text), FEB_2024, None)
    assert actions[0].evidence.text == text


# ---------------------------------------------------------------------------------------
# numbered heads of any form with labelled owner and due lines (issue 8)
# ---------------------------------------------------------------------------------------

APR_2024 = date(2024, 4, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "AP12 – Publish the ward profiles on the force website\nOwner: Head of Corporate Communications\n"
            "Due: 31 May 2024",
            (
                "AP12",
                ["Head of Corporate Communications"],
                "Publish the ward profiles on the force website",
                "2024-05-31",
                "31 May 2024",
                "4",
            ),
        ),
        (
            "A/24/03 Confirm the number of officers awaiting re-vetting\nLead: Head of PSD   Deadline: "
            "June 2024",
            (
                "A/24/03",
                ["Head of PSD"],
                "Confirm the number of officers awaiting re-vetting",
                "2024-06",
                "June 2024",
                "4",
            ),
        ),
        (
            "Action 4: Circulate the vetting improvement plan\nResponsible officer: DCC\nTarget date: "
            "30/06/24",
            ("4", ["DCC"], "Circulate the vetting improvement plan", "2024-06-30", "30/06/24", "4"),
        ),
        (
            "(5) Review the complaints handling timescales\nOwner: CE; Due: ongoing",
            ("5", ["CE"], "Review the complaints handling timescales", None, "ongoing", "4"),
        ),
        (
            "Action point 7 - Arrange a members' visit to the control room\nAction by: ACC Ops\nDue date: "
            "July",
            ("7", ["ACC Ops"], "Arrange a members' visit to the control room", "2024-07", "July", "4"),
        ),
        (
            "2. Provide the board with repeat-victim figures by district\nOwner: Head of Analysis\nDue: Q2",
            (
                "2",
                ["Head of Analysis"],
                "Provide the board with repeat-victim figures by district",
                "2024-09",
                "Q2",
                "4",
            ),
        ),
    ],
)
def test_numbered_head_with_labelled_fields(text, expected):
    assert _marked(text, meeting=APR_2024) == [expected]


def test_owner_and_due_labels_without_a_number():
    assert _marked(
        "Publish the estates strategy summary\nLead: CFO\nDeadline: end of May", meeting=APR_2024
    ) == [(None, ["CFO"], "Publish the estates strategy summary", "2024-05", "end of May", "4")]


@pytest.mark.parametrize(
    "text",
    [
        # a cover sheet names its lead officer: no task, no timescale
        "This report sets out the force's approach to neighbourhood policing.\nLead officer: ACC Local "
        "Policing",
        "Report author: Policy Officer\nContact: 01234 567890",
        # a numbered paragraph of discussion is not an action
        "3. The Chief Constable described the new ward profiles and members discussed how residents would "
        "use them.",
    ],
)
def test_labels_that_make_no_action(text):
    assert _marked(text, meeting=APR_2024) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Chief Executive would circulate the dates of next year's meetings. Action by: CE",
            (None, ["CE"], "circulate the dates of next year's meetings", None, None, "4"),
        ),
        (
            "Members asked about overtime. It was agreed that a breakdown by department would be brought "
            "to the June meeting.\nActioned to: CFO",
            (None, ["CFO"], "a breakdown by department would be brought", "2024-06", "June meeting", "4"),
        ),
        (
            "The Board discussed the custody inspection. Action: DCC to share the improvement plan by "
            "20/05/24",
            (None, ["DCC"], "share the improvement plan", "2024-05-20", "20/05/24", "4"),
        ),
    ],
)
def test_action_by_and_trailing_actions(text, expected):
    assert _marked(text, meeting=APR_2024) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Action 3: complete",
        "Action 3: Completed – the report was circulated to members on 4 March.",
        "Action 5 – Closed. The figures were provided.",
        "Action 2: ongoing",
    ],
)
def test_a_numbered_action_reporting_progress_is_no_new_action(text):
    assert _marked(text, meeting=APR_2024) == []


# ---------------------------------------------------------------------------------------
# field lines joined to the line they label
# ---------------------------------------------------------------------------------------


def _blocks(*specs):
    return [Block(kind=kind, text=text, page=1) for kind, text in specs]


def test_field_lines_join_the_head_above():
    joined = attach_fields(
        _blocks(
            ("paragraph", "AP12 – Publish the ward profiles"),
            ("paragraph", "Owner: Head of Corporate Communications"),
            ("paragraph", "Due: 31 May 2024"),
            ("paragraph", "The Board moved on to vetting."),
        )
    )
    assert [(b.kind, b.text) for b in joined] == [
        (
            "paragraph",
            "AP12 – Publish the ward profiles\nOwner: Head of Corporate Communications\nDue: 31 May 2024",
        ),
        ("paragraph", "The Board moved on to vetting."),
    ]


def test_an_owner_only_action_line_joins_the_paragraph_above():
    joined = attach_fields(
        _blocks(
            ("paragraph", "The force would publish the ward profiles."),
            ("paragraph", "ACTION: ACC"),
        )
    )
    assert [b.text for b in joined] == ["The force would publish the ward profiles.\nACTION: ACC"]


@pytest.mark.parametrize(
    "specs",
    [
        [("heading", "Neighbourhood policing"), ("paragraph", "Lead: ACC")],  # not under a heading
        [("paragraph", "Owner: ACC")],  # nothing above
        [("paragraph", "Some prose."), ("paragraph", "Owner of the risk register: the Board")],  # not a field
    ],
)
def test_field_lines_left_alone(specs):
    blocks = _blocks(*specs)
    assert attach_fields(blocks) == blocks


# ---------------------------------------------------------------------------------------
# entries of an "Actions" section
# ---------------------------------------------------------------------------------------


def _section(text, kind="list_item", meeting=APR_2024):
    return [
        (a.ref, a.owners, a.text, a.due, a.due_text, a.item)
        for a in section_actions(passage(text, kind=kind, item="4"), meeting, None)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "CE — circulate the draft protocol — by 20/05/24",
            (None, ["CE"], "circulate the draft protocol", "2024-05-20", "20/05/24", "4"),
        ),
        (
            "Monthly vetting figures to OPCC – ACC – ongoing",
            (None, ["ACC"], "Monthly vetting figures to OPCC", None, "ongoing", "4"),
        ),
        (
            "AP3 – DCC – report on stop and search outcomes – 30 June 2024",
            ("AP3", ["DCC"], "report on stop and search outcomes", "2024-06-30", "30 June 2024", "4"),
        ),
        (
            "Circulate the estates survey to members, CFO, end of May",
            (None, ["CFO"], "Circulate the estates survey to members", "2024-05", "end of May", "4"),
        ),
        (
            "Share the victims' survey results with the Panel (ACC Crime, July)",
            (None, ["ACC Crime"], "Share the victims' survey results with the Panel", "2024-07", "July", "4"),
        ),
        (
            "KL to arrange a briefing on the custody contract by 1 June 2024",
            (None, ["KL"], "arrange a briefing on the custody contract", "2024-06-01", "1 June 2024", "4"),
        ),
    ],
)
def test_section_entries(text, expected):
    assert _section(text) == [expected]


def test_section_entry_as_a_plain_line():
    assert _section("CFO – circulate the budget timetable – end of May", kind="paragraph") == [
        (None, ["CFO"], "circulate the budget timetable", "2024-05", "end of May", "4")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The following actions were agreed:",
        "Members noted the progress on the action plan.",
        "Action 3 – complete",
    ],
)
def test_section_lines_that_are_not_actions(text):
    assert _section(text, kind="paragraph") == []


def test_a_signature_line_is_no_entry():
    assert _section("Signed ..........................................  (Chair)", kind="paragraph") == []


def test_a_numbered_line_with_fields_under_it_is_a_labelled_entry():
    assert labelled_entry("1. Circulate the estates strategy\nLead: CFO\nDeadline: end of May")
    assert not labelled_entry("1. Estates")
    assert not labelled_entry("1. Estates\nThe board discussed the disposal of the old custody suite.")


def test_an_owner_only_action_line_below_its_task():
    assert _marked("The force would publish the ward profiles.\nACTION: ACC") == [
        (None, ["ACC"], "The force would publish the ward profiles", None, None, "4")
    ]


@pytest.mark.parametrize(
    "text, task, owners, due_text",
    [
        (
            "The hedge needs cutting. Action – Clerk & Chairman",
            "The hedge needs cutting",
            ["Clerk", "Chairman"],
            None,
        ),
        (
            "Clerk to obtain quotes. Action: Clerk (by next meeting)",
            "Clerk to obtain quotes",
            ["Clerk"],
            "by next meeting",
        ),
        ("The gate is broken. Action: JB – end of May", "The gate is broken", ["JB"], "end of May"),
    ],
)
def test_owners_alone_after_a_marker_with_their_timescale(text, task, owners, due_text):
    from datetime import date

    from scrutiny.extract.markers import marked_actions
    from scrutiny.extract.passages import Passage

    (found,) = marked_actions(Passage(text, None, "3"), date(2014, 4, 1), None)
    assert (found.text, found.owners, found.due_text) == (task, owners, due_text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Action by Clerk: chase the contractor by 30 April",
            [("chase the contractor", ["Clerk"], "30 April")],
        ),
        (
            "Action Cllr Hale and Clerk: inspect the verge",
            [("inspect the verge", ["Cllr Hale", "Clerk"], None)],
        ),
        ("ACTION BY: Clerk", []),
        ("Actions Arising: see the log", []),
    ],
)
def test_an_owner_named_between_the_marker_and_a_colon(text, expected):
    from datetime import date

    from scrutiny.extract.markers import marked_actions
    from scrutiny.extract.passages import Passage

    found = marked_actions(Passage(text, None, "3"), date(2014, 4, 1), None)
    assert [(a.text, a.owners, a.due_text) for a in found] == expected


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "The spring clean will be on 19 March. Raj offered to make posters. Action – RP",
            ["RP"],
            "Raj offered to make posters",
        ),
        (
            "The pond is silting up again. We need to get a quote for dredging → Sue",
            ["Sue"],
            "We need to get a quote for dredging",
        ),
        (
            "The noticeboard glass is cracked. Replace the glass before the fete -> Clerk",
            ["Clerk"],
            "Replace the glass before the fete",
        ),
    ],
)
def test_an_owner_after_a_dash_or_an_arrow_closes_the_paragraph(text, owners, task):
    assert [(a[1], a[2]) for a in _marked(text)] == [(owners, task)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "41/18: review of the insurance renewal terms - LT. Ongoing: broker's advice expected at the end of February.",
            (
                [],
                [
                    (
                        "41/18",
                        "review of the insurance renewal terms - LT. Ongoing: broker's advice expected at the end of "
                        "February.",
                        "in_progress",
                    )
                ],
            ),
        ),
        (
            "01/19: order a new bench for the green - LT, 15 Feb 19",
            ([("01/19", "4", ["LT"], "order a new bench for the green", "2019-02-15", "15 Feb 19")], []),
        ),
    ],
)
def test_a_log_entrys_status_is_in_a_field_after_its_task_not_in_its_words(text, expected):
    assert _log(text, meeting=date(2019, 2, 6)) == expected


def test_an_actions_section_entry_numbered_like_a_log_keeps_its_number():
    from scrutiny.extract.markers import section_actions

    found = section_actions(
        passage("03/19: arrange a visit to the new training centre - OP, TBC", item="4"), FEB_2024, None
    )
    assert [(a.ref, a.owners, a.text) for a in found] == [
        ("03/19", ["OP"], "arrange a visit to the new training centre")
    ]


def test_an_owners_short_task_after_an_agreement_carries_it_out():
    found = _marked(
        "It was agreed to buy £150 of native seed mix for the bare patches by the pond. GL to order the "
        "seed. ACTION GL"
    )
    assert [(a[1], a[2]) for a in found] == [
        (
            ["GL"],
            "It was agreed to buy £150 of native seed mix for the bare patches by the pond. GL to order the seed",
        )
    ]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "Action required: Clerk to report the streetlight outside the school.",
            ["Clerk"],
            "report the streetlight outside the school",
        ),
        (
            "Bus shelter repairs – Clerk to obtain quotes – ACTION",
            ["Clerk"],
            "Bus shelter repairs – Clerk to obtain quotes",
        ),
        (
            "The hedge is overgrown. Clerk to write to the landowner. ACTION",
            ["Clerk"],
            "write to the landowner",
        ),
    ],
)
def test_more_action_markers(text, owners, task):
    assert [(a[1], a[2]) for a in _marked(text)] == [(owners, task)]


def test_after_a_marker_bodies_named_in_capitals_before_the_dash_are_its_owners():
    """ "Action point: Roads Section and An Garda Síochána - joint site inspection": no post's word names them, but
    the marker says the words before the dash are who."""
    assert _marked(
        "Action point: Roads Section and An Garda Síochána - joint site inspection, Mill Road junction."
    ) == [
        (
            None,
            ["Roads Section", "An Garda Síochána"],
            "joint site inspection, Mill Road junction",
            None,
            None,
            "4",
        )
    ]


def test_responsible_and_target_lines_under_a_paragraph_make_its_last_sentence_an_action():
    """A town council's "Responsible: … Target: …" under a minute: its last sentence, less how it was decided, is
    the task, theirs by then."""
    text = (
        "Proposed Cllr Penrose, seconded Cllr Vian, and carried unanimously: that the Council accept the offer of "
        "30 bulbs from the garden centre and plant them at the green.\nResponsible: Amenities Officer.  Target: March 2025."
    )
    assert _marked(text, meeting=date(2024, 11, 18)) == [
        (
            None,
            ["Amenities Officer"],
            "accept the offer of 30 bulbs from the garden centre and plant them at the green",
            "2025-03",
            "March 2025",
            "4",
        )
    ]


def test_a_numbered_action_point_before_a_dash_marks_its_line():
    """ "AP11 - GMcL to report …": a community council's numbered action point, its number as the paper writes it."""
    assert _marked("AP11 - GMcL to report both grit bins to the roads team.") == [
        ("AP11", ["GMcL"], "report both grit bins to the roads team", None, None, "4")
    ]


def test_a_line_giving_owner_and_due_first_then_the_task():
    """ "Owner: Clerk. Due: 31 March. Confirm the internal auditor's appointment in writing.": who and when first."""
    assert _marked("Owner: Chairman / Clerk. Due: 14 April. Invite the village groups to give reports.") == [
        (
            None,
            ["Chairman", "Clerk"],
            "Invite the village groups to give reports",
            "2024-04-14",
            "14 April",
            "4",
        )
    ]


def test_a_bracketed_marker_that_names_the_task_after_the_owner_gives_that_task():
    """ "(Action: Dev – send the objection by 30 May.)": the marker says what, not only who and when."""
    assert _marked(
        "The committee agreed to object on parking. (Action: Dev – send the objection by 30 May.)",
        meeting=date(2025, 5, 20),
    ) == [(None, ["Dev"], "send the objection", "2025-05-30", "30 May", "4")]
