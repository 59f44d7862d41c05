"""narrative.py: commitments stated only in the prose, and progress reported on numbered actions."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.narrative import commitments, listed_update, prose_updates

from ._build import passage

FEB_2024 = date(2024, 2, 13)


def _commitments(text, next_meeting=None):
    return [
        (a.owners, a.text, a.due, a.due_text, a.item, a.evidence.text)
        for a in commitments(passage(text, item="6"), FEB_2024, next_meeting)
    ]


def test_said_that_she_would_raise():
    text = (
        "Cllr Reyes asked about the backlog of firearms licensing applications. JW said that she would raise the "
        "matter with the Chief Constable at the next accountability meeting."
    )
    assert _commitments(text) == [
        (
            ["JW"],
            "raise the matter with the Chief Constable at the next accountability meeting",
            None,
            None,
            "6",
            "JW said that she would raise the matter with the Chief Constable at the next accountability meeting.",
        )
    ]


def test_confirmed_that_he_would_write():
    assert _commitments("DCC Fenn confirmed that he would write to the officers involved to thank them.") == [
        (
            ["DCC Fenn"],
            "write to the officers involved to thank them",
            None,
            None,
            "6",
            "DCC Fenn confirmed that he would write to the officers involved to thank them.",
        )
    ]


def test_undertook_to():
    assert _commitments(
        "The Commissioner undertook to send members a copy of the victims' services commissioning framework."
    ) == [
        (
            ["Commissioner"],
            "send members a copy of the victims' services commissioning framework",
            None,
            None,
            "6",
            "The Commissioner undertook to send members a copy of the victims' services commissioning framework.",
        )
    ]


def test_agreed_to_with_two_owners():
    assert [
        a[:2]
        for a in _commitments(
            "The Chair and Vice-Chair agreed to meet the Chief Constable to discuss the HMICFRS findings."
        )
    ] == [(["Chair", "Vice-Chair"], "meet the Chief Constable to discuss the HMICFRS findings")]


def test_bare_name_to_verb_sentence():
    assert _commitments("Priya Nair to circulate the revised terms of reference to members.") == [
        (
            ["Priya Nair"],
            "circulate the revised terms of reference to members",
            None,
            None,
            "6",
            "Priya Nair to circulate the revised terms of reference to members.",
        )
    ]


def test_bare_initials_to_verb_with_a_timescale():
    assert _commitments(
        "KL to bring back further analysis of stop and search disproportionality by end of April."
    ) == [
        (
            ["KL"],
            "bring back further analysis of stop and search disproportionality",
            "2024-04",
            "end of April",
            "6",
            "KL to bring back further analysis of stop and search disproportionality by end of April.",
        )
    ]


def test_short_task_keeps_its_sentence_as_text():
    assert [a[:2] for a in _commitments("He and RH will meet with them shortly.")] == [
        (["RH"], "He and RH will meet with them shortly.")
    ]  # "meet with them shortly" alone says too little
    assert [a[:2] for a in _commitments("He and RH will meet with them in the new year.")] == [
        (["RH"], "meet with them in the new year")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Panel noted the report.",
        "Members were keen to see progress on the estates programme.",
        "Need to look at the demand data again.",
        "Acknowledgement to work undertaken by the custody team.",
        "Would the Commissioner raise this with the Home Office?",
    ],
)
def test_not_commitments(text):
    assert _commitments(text) == []


def test_bare_sentence_with_two_tasks():
    assert [
        a[:4]
        for a in _commitments(
            "FG to confirm the disposal timetable by end of March, and AD to reflect the receipt for the April meeting."
        )
    ] == [
        (["FG"], "confirm the disposal timetable", "2024-03", "end of March"),
        (["AD"], "reflect the receipt", "2024-04", "April meeting"),
    ]


# ---------------------------------------------------------------------------------------
# progress on earlier actions, in prose
# ---------------------------------------------------------------------------------------


def _updates(text, **kw):
    return [(u.ref, u.text, u.status) for u in prose_updates(passage(text, item="3", **kw))]


def test_two_actions_confirmed_complete_each_with_its_description():
    assert _updates(
        "Actions 41 and 43 (the custody audit and the estates review) were confirmed as complete."
    ) == [("41", "the custody audit", "complete"), ("43", "the estates review", "complete")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Action 44 remains open.", [("44", "Action 44 remains open.", "open")]),
        (
            "Action 12/23 was deferred to the March meeting.",
            [("12/23", "Action 12/23 was deferred to the March meeting.", "deferred")],
        ),
        (
            "Actions 5, 6 and 7 were closed.",
            [(r, "Actions 5, 6 and 7 were closed.", "closed") for r in ("5", "6", "7")],
        ),
    ],
)
def test_prose_updates(text, expected):
    assert _updates(text) == expected


@pytest.mark.parametrize(
    "text", ["The Board reviewed the action log.", "Action 9 was discussed.", "The actions were noted."]
)
def test_no_prose_update_without_a_status(text):
    assert _updates(text) == []


def test_listed_update_from_an_actions_arising_list():
    u = listed_update(passage("Financial update report to be added to the April agenda – completed"))
    assert (u.ref, u.text, u.status) == (
        None,
        "Financial update report to be added to the April agenda – completed",
        "complete",
    )


def test_second_action_in_lower_case_after_a_semicolon():
    refs = [
        (u.ref, u.status)
        for u in prose_updates(
            passage("Action 9 (publication of the annual report) is in progress; action 10 was completed.")
        )
    ]
    assert refs == [("9", "in_progress"), ("10", "complete")]
