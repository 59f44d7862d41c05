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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "After some discussion it was agreed to invite the Head of Custody to the March meeting.",
            "It was agreed to invite the Head of Custody to the March meeting.",
        ),
        (
            "It was unanimously agreed that the Panel's response should be sent to the Commissioner by Friday.",
            "It was unanimously agreed that the Panel's response should be sent to the Commissioner by Friday.",
        ),
        (
            "It was decided that the working group would meet again after the budget was set.",
            "It was decided that the working group would meet again after the budget was set.",
        ),
        (
            "It was agreed that the Chair would write to the Minister.",
            "It was agreed that the Chair would write to the Minister.",
        ),
    ],
)
def test_what_the_meeting_agreed_to_do(text, expected):
    assert _decisions(("paragraph", text)) == [("5", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "It was agreed that vigilance was needed around the night-time economy.",
        "It was generally agreed that the presentation had been helpful.",
        "This was agreed by the panel.",
        "The following actions were agreed:",
        "Members were agreed that the figures were disappointing.",
        "The Chief Constable noted the report on stop and search and thanked the team.",
    ],
)
def test_sentiments_and_pronouns_are_not_decisions(text):
    assert _decisions(("paragraph", text)) == []


def test_a_motion_proposed_and_seconded_is_a_decision():
    text = "Cllr R. Patel proposed that the complaint be referred to the Monitoring Officer, seconded by Cllr Moore."
    assert _decisions(("paragraph", text)) == [("5", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Hughes proposed that the precept be vetoed, seconded by Cllr Amis; the motion was defeated.",
        "Cllr Dale proposed and Cllr Ince seconded the above motion that the Panel:",
    ],
)
def test_a_failed_motion_or_one_named_only_by_reference_is_not(text):
    assert _decisions(("paragraph", text)) == []


def test_proposed_and_seconded_lines_under_the_motion():
    assert _decisions(
        ("paragraph", "Minutes of the meeting held on 4 May were taken as read"),
        ("paragraph", "Proposed by Councillor T. Byrne"),
        ("paragraph", "Seconded by Councillor M. Walsh"),
    ) == [
        (
            "5",
            "Minutes of the meeting held on 4 May were taken as read Proposed by Councillor T. Byrne "
            "Seconded by Councillor M. Walsh",
        )
    ]


def test_verdict_written_after_the_matter():
    text = "Cllr Reed asked that the community speed watch be discussed at the next meeting - agreed"
    assert _decisions(("paragraph", text)) == [("5", text)]


def test_an_item_answered_by_one_word():
    assert _decisions(("item", "8. Annual complaints review"), ("paragraph", "Noted.")) == [
        ("5", "8. Annual complaints review: Noted.")
    ]


def test_a_bare_verdict_after_prose_names_nothing():
    assert _decisions(("paragraph", "The Chair summed up the discussion."), ("paragraph", "Agreed.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The quarterly accounts were presented by the Treasurer and approved.",
        "The revised date for the workshop was agreed.",
    ],
)
def test_a_matter_put_and_agreed(text):
    assert _decisions(("paragraph", text)) == [("5", text)]


def test_a_pronoun_right_under_the_title_takes_the_title():
    assert _decisions(
        ("item", "2. MINUTES OF THE LAST MEETING"), ("list_item", "These were approved as a true record.")
    ) == [("5", "Minutes of the Last Meeting were approved as a true record.")]


def test_resolved_lead_in_takes_the_lettered_list():
    assert _decisions(
        ("paragraph", "RESOLVED that the Panel:"),
        ("paragraph", "(a) Note the quarterly performance report;"),
        ("paragraph", "(b) Ask the Commissioner for a briefing on rural crime."),
        ("paragraph", "The meeting closed at 4pm."),
    ) == [
        ("5", "Note the quarterly performance report;"),
        ("5", "Ask the Commissioner for a briefing on rural crime."),
    ]


def test_lead_in_joins_an_item_that_goes_on_with_its_sentence():
    assert _decisions(
        ("heading", "Decision:"),
        ("paragraph", "The Commissioner approves:"),
        ("list_item", "A) the Estates Strategy 2025-2030"),
    ) == [("5", "The Commissioner approves the Estates Strategy 2025-2030")]


def test_the_following_were_agreed_takes_the_short_lines_listed():
    assert _decisions(
        ("paragraph", "The following appointments were agreed:"),
        ("paragraph", "Audit lead: Cllr Frost"),
        ("paragraph", "Substitute: Cllr Adeyemi"),
        (
            "paragraph",
            "The Chair then turned to the budget, which had been circulated a week before the meeting.",
        ),
    ) == [("5", "The following appointments were agreed: Audit lead: Cllr Frost; Substitute: Cllr Adeyemi")]


def test_a_resolution_printed_one_line_a_passage_is_read_whole():
    assert _decisions(
        ("paragraph", "RESOLVED: That the minutes of the meeting held on 2 March be agreed as a"),
        ("paragraph", "correct record."),
        ("paragraph", "It was proposed by Councillor P. Quinn and seconded by Councillor D. Lyons that"),
        ("paragraph", "the meeting adjourn for ten minutes."),
    ) == [
        ("5", "The minutes of the meeting held on 2 March be agreed as a correct record."),
        (
            "5",
            "It was proposed by Councillor P. Quinn and seconded by Councillor D. Lyons that the meeting "
            "adjourn for ten minutes.",
        ),
    ]


def test_resolved_with_a_first_lettered_resolution_takes_the_next():
    assert _decisions(
        ("paragraph", "RESOLVED: (A) That the Committee notes the external audit letter."),
        ("list_item", "(B) That the Committee notes the revised audit fee."),
        ("paragraph", "6 TREASURY MANAGEMENT"),
    ) == [
        ("5", "The Committee notes the external audit letter."),
        ("5", "The Committee notes the revised audit fee."),
    ]


def test_noted_standing_alone_is_the_outcome_but_not_inside_prose():
    assert _decisions(("paragraph", "The risk register was noted.")) == [
        ("5", "The risk register was noted.")
    ]
    assert (
        _decisions(("paragraph", "Members asked about overtime. The risk register was noted. Officers left."))
        == []
    )


def test_a_body_that_decided():
    text = "The Panel decided that its June meeting would be held at Force Headquarters."
    assert _decisions(("paragraph", text)) == [("5", text)]


def test_decisions_parish_minutes_record_in_the_middle_of_an_item(tmp_path):
    """ "Resolved to …" after other business, a motion seconded in the next sentence, a vote, and an "It was
    agreed that …" under an item's title (the title does not stand in for its "It")."""
    from scrutiny.extract import extract
    from scrutiny.readers import read

    path = tmp_path / "brockley-pc-2015-04-08.md"
    path.write_text(
        "# Minutes of Brockley Parish Council held on Wednesday 8 April 2015 at 7.30pm\n\n"
        "15/30 Apologies\nApologies were received from Cllr F Reed. Resolved to accept the apologies.\n\n"
        "15/33 Finance\n"
        "a) Internal audit: Cllr Pike proposed that Mrs Hall be appointed internal auditor. Seconded by Cllr Moss.\n"
        "b) Cllr Nunn proposed that the hall hire fee rise by £2. Seconded by Cllr Orr. The motion was defeated.\n"
        "c) The bank reconciliation was noted.\n\n"
        "15/35 Village Green\n"
        "It was unanimously agreed that the Council would buy two new benches.\n"
        "Members voted 3 to 1 to close the car park during the fete.\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [(d.item, d.text) for d in meeting.decisions] == [
        ("15/30", "To accept the apologies."),
        (
            "15/33",
            "Internal audit: Cllr Pike proposed that Mrs Hall be appointed internal auditor. Seconded by Cllr Moss.",
        ),
        ("15/35", "It was unanimously agreed that the Council would buy two new benches."),
        ("15/35", "Members voted 3 to 1 to close the car park during the fete."),
    ]
