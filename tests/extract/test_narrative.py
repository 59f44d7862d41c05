"""narrative.py: commitments stated only in the prose."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.narrative import commitments

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
