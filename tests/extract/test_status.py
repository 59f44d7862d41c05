"""status.py: progress phrases mapped onto the contract's closed list of statuses."""

from __future__ import annotations

import pytest

from scrutiny.extract.status import read_status, reported_status, update_status


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Complete", "complete"),
        (
            "Sandra has got the leaflets but we haven't delivered them yet – she's about halfway round",
            "in_progress",
        ),
        ("Payroll data not yet complete; deferred to the March Board.", "deferred"),
        ("Not yet complete – overdue.", "overdue"),
        ("Completed – report circulated 1 March", "complete"),
        ("Done", "complete"),
        ("Achieved", "complete"),
        ("Circulated to members", "complete"),
        ("GREEN", "in_progress"),  # RAG: green is on track
        ("Blue", "complete"),
        ("Proposed for closure", "complete"),
        ("Propose closure", "complete"),
        ("Closed", "closed"),
        ("Discharged", "closed"),
        ("Superseded by action 12/24", "closed"),
        ("No longer required", "closed"),
        ("Withdrawn", "closed"),
        ("Overdue", "overdue"),
        ("Not yet complete", "overdue"),
        ("Report not yet received", "overdue"),
        ("Deadline slipped", "overdue"),
        ("Deferred to June", "deferred"),
        ("Carried forward", "deferred"),
        ("Postponed", "deferred"),
        ("Rescheduled to the May Board", "deferred"),
        ("Moved to forward plan", "deferred"),
        ("On track", "in_progress"),
        ("In progress", "in_progress"),
        ("Ongoing", "in_progress"),
        ("Work underway", "in_progress"),
        ("Amber", "in_progress"),
        ("Open", "open"),
        ("Remains on the log", "open"),
        ("RED", "overdue"),
        ("New", "open"),
        ("Not started", "open"),
        ("Not yet started", "open"),
    ],
)
def test_read_status(text, expected):
    assert read_status(text) == expected


@pytest.mark.parametrize("text", ["", None, "Awaiting response from the Home Office", "See paper 5"])
def test_no_status(text):
    assert read_status(text) is None


def test_partially_complete_is_in_progress():
    assert read_status("Partially complete") == "in_progress"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The revised protocol has now been signed by both forces", "complete"),
        ("Body-worn video - now in place", "complete"),
        ("The backlog seems to be resolved", "complete"),
        ("The Deputy PCC attended the meeting on 3 May", "complete"),
        ("The cameras are still awaited", "in_progress"),
        ("The Chief Constable is still awaiting a reply from the Home Office", "in_progress"),
        ("The complaint is being looked into by the force", "in_progress"),
        ("The council has been contacted about the lighting", "in_progress"),
        ("The refurbishment has still not been started", "open"),
        ("No response has been received from the Ministry", "open"),
        ("Anti-social behaviour at the park is still a major problem", "open"),
        ("The request was not made", "open"),
        ("the council have ordered a part but the camera still isn't fixed", "open"),
        ("The bins aren't emptied on Mondays any more", "open"),
        ("This matter is in abeyance until the review reports", "deferred"),
        ("The purchase is on hold", "deferred"),
        ("The board noted the report", None),
        ("a community Garda now attends and the matter could be regarded as completed", "complete"),
        ("The complaint has been referred to the county council", "in_progress"),
        (
            "Councillor Burke referred to the CCTV scheme for the town centre",
            None,
        ),  # mentioned, not handed on
        ("It was agreed that the Chair would write to the council", None),
        ("Officers at the Red Lion and in Green Lane", None),  # place names are no RAG status in prose
    ],
)
def test_reported_status(text, expected):
    assert reported_status(text) == expected


def test_put_off_until_a_later_time_is_deferred():
    from scrutiny.extract.status import reported_status

    assert (
        reported_status("Village sign: refurbishment put off until the summer so that the oak can season.")
        == "deferred"
    )


@pytest.mark.parametrize("text", ["Outstanding", "Action 5 – outstanding", "still outstanding"])
def test_outstanding_said_alone_is_open(text):
    """An action left outstanding is not done: open, as "pending" is (not in progress)."""
    assert update_status(text) == "open"


def test_outstanding_inside_a_sentence_is_no_status():
    assert read_status("An outstanding issue with the contractor was discussed at length.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Bus shelter: the replacement glass has been ordered and should be fitted before Christmas.",
        "The signs have been ordered and will be put up in the new year.",
    ],
)
def test_a_step_done_and_the_rest_to_come_before_a_season_is_in_progress(text):
    assert reported_status(text) == "in_progress"


@pytest.mark.parametrize(
    "text",
    [
        "Kids on the garage roofs - no reports since August.",
        "No further complaints have been received since the sign went up.",
    ],
)
def test_a_trouble_gone_quiet_is_complete(text):
    assert reported_status(text) == "complete"


@pytest.mark.parametrize("text, status", [("Fixed!", "complete"), ("Street light – sorted.", "complete")])
def test_fixed_or_sorted_said_alone_is_complete(text, status):
    assert update_status(text) == status


def test_fixed_inside_a_sentence_is_no_status_of_its_own():
    assert (
        read_status("The date was fixed for the summer fair and members discussed the stalls at length.")
        is None
    )
