"""markers.py: "ACTION:" lines and numbered action-log entries (new actions and updates)."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.markers import log_entries, marked_actions

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
