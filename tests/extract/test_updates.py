"""updates.py: progress reported on earlier actions, in prose and in actions-arising lists."""

from __future__ import annotations

import pytest

from scrutiny.extract.updates import listed_update, prose_updates

from ._build import passage


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
