"""text.py and similarity.py: sentences, clean-up, case, word overlap."""

from __future__ import annotations

import pytest

from scrutiny.extract.similarity import dice
from scrutiny.extract.text import clean_entry, is_shouting, sentences, squash, title_case, verbatim


def test_sentences_split_prose_and_keep_abbreviations_together():
    text = (
        "The report was presented by Ch. Insp. Marsh. Members noted the rise in rural crime. "
        "Cllr. Shaw asked about response times? Dr. Park replied."
    )
    assert list(sentences(text)) == [
        "The report was presented by Ch. Insp. Marsh.",
        "Members noted the rise in rural crime.",
        "Cllr. Shaw asked about response times?",
        "Dr. Park replied.",
    ]


def test_squash_joins_wrapped_lines_and_soft_hyphens():
    assert squash("the govern-\nance review   was\n noted") == "the governance review was noted"


def test_verbatim_only_collapses_whitespace():
    assert verbatim("  ACTION:\tSC to   circulate-\nthe plan ") == "ACTION: SC to circulate- the plan"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PERFORMANCE AND RESOURCES BOARD", "Performance and Resources Board"),
        ("OPCC AND FORCE JOINT AUDIT COMMITTEE", "OPCC and Force Joint Audit Committee"),
        ("P&R BOARD", "P&R Board"),
        ("Strategic Policing Board", "Strategic Policing Board"),  # mixed case is kept
    ],
)
def test_title_case(text, expected):
    assert title_case(text) == expected


def test_is_shouting():
    assert is_shouting("MINUTES OF THE MEETING")
    assert not is_shouting("Minutes of the meeting")
    assert not is_shouting("12/03/24")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("• Chief Constable;", "Chief Constable"),
        ("a) Circulate the plan", "Circulate the plan"),
        ("(iv) Review the log,", "Review the log"),
    ],
)
def test_clean_entry(text, expected):
    assert clean_entry(text) == expected


def test_dice():
    assert dice("Circulate the draft plan", "circulate the DRAFT plan") == 1.0
    assert dice("Circulate the draft plan", "Review the custody contract") == pytest.approx(2 * 1 / 8)
    assert dice("", "") == 1.0
    assert dice(None, "text") == 0.0


def test_etc_ends_a_sentence_when_one_plainly_starts_after_it():
    from scrutiny.extract.text import sentences

    assert sentences("Work went on the Plan, key actions etc. An update would be brought back.") == (
        "Work went on the Plan, key actions etc.",
        "An update would be brought back.",
    )
    assert sentences("Costs for paint, brushes etc. will be met by the Council.") == (
        "Costs for paint, brushes etc. will be met by the Council.",
    )
