"""updates.py: progress reported on earlier actions, in prose and in actions-arising lists."""

from __future__ import annotations

import pytest

from scrutiny.extract.updates import entry_updates, listed_update, prose_updates, starts_topic

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
        ("Action 2: partially complete.", [("2", "Action 2: partially complete.", "in_progress")]),
        (
            "Action SPCB 24/31, the review of the vetting backlog, had been completed.",
            [
                (
                    "SPCB 24/31",
                    "Action SPCB 24/31, the review of the vetting backlog, had been completed.",
                    "complete",
                )
            ],
        ),
        (
            "Action point 2 – closed, the protocol was signed.",
            [("2", "Action point 2 – closed, the protocol was signed.", "closed")],
        ),
        (
            "AP7 – review of the custody contract – complete.",
            [("AP7", "AP7 – review of the custody contract – complete.", "complete")],
        ),
    ],
)
def test_prose_updates(text, expected):
    assert _updates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Board reviewed the action log.",
        "Action 9 was discussed.",
        "The actions were noted.",
        "MAP 12 is complete.",
    ],
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


# ---------------------------------------------------------------------------------------
# entries of a matters-arising section, one update each when they report progress
# ---------------------------------------------------------------------------------------


def _reviewed(text):
    under_review = passage(text, item="3")
    under_review.reviewing = True
    return [(u.ref, u.text, u.status) for u in prose_updates(under_review)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "b) Custody suite CCTV - the new cameras are still awaited from the supplier.",
            ("Custody suite CCTV - the new cameras are still awaited from the supplier", "in_progress"),
        ),
        ("Victims' forum - now in place.", ("Victims' forum - now in place", "complete")),
        (
            "c) Stop and search data: the figures have now been published online. Members thanked officers.",
            ("Stop and search data: the figures have now been published online", "complete"),
        ),
        (
            "d) Estates review - this matter in abeyance until the budget is set.",
            ("Estates review - this matter in abeyance until the budget is set", "deferred"),
        ),
        (
            "Speed cameras on the ring road - still not installed.",
            ("Speed cameras on the ring road - still not installed", "open"),
        ),
        (
            "e) Complaints backlog is being looked into by the Professional Standards Department",
            (
                "Complaints backlog is being looked into by the Professional Standards Department",
                "in_progress",
            ),
        ),
    ],
)
def test_matters_arising_entry_reporting_progress(text, expected):
    assert _reviewed(text) == [(None, *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "f) Drone policy - the Chief Executive to circulate the draft before the next meeting.",
        "g) Youth panel membership - it was agreed that two places be offered to the schools.",
        "h) Road safety - to be chased up.",
    ],
)
def test_matters_arising_entry_setting_a_new_task_is_no_update(text):
    assert _reviewed(text) == []


def test_an_entry_outside_a_review_section_is_no_update():
    assert _updates("Victims' forum - now in place.") == []


@pytest.mark.parametrize(
    "line, ends",
    [
        ("Planning:", True),
        ("7. Chief Constable's Report", True),
        ("Co-option of Members", True),
        ("c) Fleet review", False),
        ("Drains are being investigated", False),
        ("The board noted the report.", False),
    ],
)
def test_a_short_heading_line_ends_the_matters_arising_entries(line, ends):
    assert starts_topic(line) is ends


def test_entry_updates_reads_one_entry_and_the_first_report_of_running_prose():
    entry = entry_updates(passage("k) Custody nurses - the contract was signed in May."))
    assert [(u.text, u.status) for u in entry] == [
        ("Custody nurses - the contract was signed in May", "complete")
    ]
    looks_back = passage(
        "k) Custody nurses - the contract has now been signed."
    )  # read by prose_updates, once
    assert entry_updates(looks_back) == []
    assert [(u.text, u.status) for u in prose_updates(looks_back)] == [
        ("Custody nurses - the contract has now been signed", "complete")
    ]
    prose = entry_updates(
        passage("The Panel discussed recruitment. The figures had been circulated. Members thanked the CFO.")
    )
    assert [(u.text, u.status) for u in prose] == [("The figures had been circulated", "complete")]
    assert entry_updates(passage("The Panel discussed recruitment at length.")) == []


def test_a_listed_entry_names_its_earlier_minute_in_brackets_after_its_topic():
    """A lettered entry a PDF reads as a list item ("Dog bin at Mill Green (106/24) – installed … Complete."):
    the minute in brackets is its ref, as it is when the entry is read as a paragraph."""
    update = listed_update(
        passage(
            "Dog bin at Mill Green (106/24) – installed by the District Council on 28th October. Complete."
        )
    )
    assert (update.ref, update.status) == ("106/24", "complete")
