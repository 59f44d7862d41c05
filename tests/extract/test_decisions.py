"""decisions.py: resolutions, recorded decisions and approvals; questions and intentions are not."""

from __future__ import annotations

import pytest

from scrutiny.extract.decisions import read_decisions

from ._build import passage


def _decisions(*specs, item="5"):
    found = read_decisions([passage(text, kind, item) for kind, text in specs])
    return [(dec.item, dec.text) for dec in found]


def test_bare_resolved_takes_the_numbered_list_that_follows():
    assert _decisions(
        ("paragraph", "RESOLVED:"),
        ("paragraph", "1. That the Treasury Management Strategy 2024/25 be approved."),
        ("paragraph", "2. That the Panel's comments be forwarded to the Commissioner."),
        ("paragraph", "The Chair thanked officers for their work on the strategy."),
    ) == [
        ("5", "The Treasury Management Strategy 2024/25 be approved."),
        ("5", "The Panel's comments be forwarded to the Commissioner."),
    ]


def test_bare_resolved_takes_the_list_items_that_follow():
    assert _decisions(
        ("paragraph", "RESOLVED:"),
        ("list_item", "That the revenue budget monitoring position be noted."),
        ("list_item", "That the virement of £250,000 to the custody budget be approved."),
        ("paragraph", "The Chair thanked officers."),
    ) == [
        ("5", "The revenue budget monitoring position be noted."),
        ("5", "The virement of £250,000 to the custody budget be approved."),
    ]


def test_resolved_with_an_inline_numbered_list_gives_one_decision_per_number():
    assert _decisions(
        (
            "paragraph",
            "RESOLVED: 1. That the report be noted. 2. That a further update be brought to the June meeting.",
        )
    ) == [("5", "The report be noted."), ("5", "A further update be brought to the June meeting.")]


def test_inline_resolved_that_inside_a_paragraph():
    found = read_decisions(
        [passage("After discussion it was RESOLVED that the proposed precept of £13 be supported.", item="6")]
    )
    assert [(x.item, x.text) for x in found] == [("6", "The proposed precept of £13 be supported.")]
    assert found[0].evidence.text == "it was RESOLVED that the proposed precept of £13 be supported."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RESOLVED that the report be noted.", "The report be noted."),
        (
            "RESOLVED – That the Panel supports the proposed precept.",
            "The Panel supports the proposed precept.",
        ),
        (
            "Resolved: That the Annual Report 2023/24 be approved subject to minor amendments.",
            "The Annual Report 2023/24 be approved subject to minor amendments.",
        ),
        (
            "Decision: The Board agreed the revised terms of reference for the Ethics Committee.",
            "The Board agreed the revised terms of reference for the Ethics Committee.",
        ),
        (
            "Agreed: the Board will meet monthly until the new force structure is in place.",
            "The Board will meet monthly until the new force structure is in place.",
        ),
    ],
)
def test_resolution_and_decision_labels(text, expected):
    assert _decisions(("paragraph", text)) == [("5", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting held on 12 December 2023 were approved as a correct record.",
        "The minutes of the meeting held on 12 December 2023 were agreed as a correct record and signed by the Chair.",
        "The Committee approved the internal audit plan for 2024/25.",
        "The PCC approved the decision to extend the custody healthcare contract.",
        "The forward plan was approved by the board.",
    ],
)
def test_recorded_approvals(text):
    assert _decisions(("paragraph", text)) == [("5", text)]


def test_numbered_paragraph_of_minutes_loses_its_number():
    assert _decisions(
        (
            "paragraph",
            "2.1 The minutes of the meeting held on 5 October 2023 were approved as a correct record.",
        )
    ) == [("5", "The minutes of the meeting held on 5 October 2023 were approved as a correct record.")]


def test_approval_after_a_short_label():
    assert _decisions(("paragraph", "Forward Plan: The forward plan was approved by the board.")) == [
        ("5", "The forward plan was approved by the board.")
    ]


def test_only_the_approving_sentence_of_a_paragraph():
    assert _decisions(
        (
            "paragraph",
            (
                "Members discussed the audit findings at length. The Committee approved the "
                "internal audit plan for 2024/25. Officers were thanked."
            ),
        )
    ) == [("5", "The Committee approved the internal audit plan for 2024/25.")]


@pytest.mark.parametrize(
    "text",
    [
        "Could the annual report be approved before the election?",
        "Which of the audit recommendations were approved by the Commissioner?",
        "SC agreed that the data would be shared with the Panel.",
        "If the business case is approved, procurement will start in June.",
        "It was agreed that the Chair would write to the Minister.",
        "The Panel noted the report.",
        "RESOLVED",  # bare, with nothing following
    ],
)
def test_not_decisions(text):
    assert _decisions(("paragraph", text)) == []


def test_bare_resolved_ends_at_the_first_unnumbered_paragraph():
    assert (
        _decisions(
            ("paragraph", "RESOLVED:"),
            ("paragraph", "Members thanked the Chief Constable for the presentation."),
            ("paragraph", "1. Budget headlines were discussed."),
        )
        == []
    )


def test_reported_question_is_not_a_decision():
    assert (
        _decisions(
            ("paragraph", "Members asked whether the estates strategy was approved by the Chief Constable.")
        )
        == []
    )
