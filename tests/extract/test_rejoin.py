"""Paragraphs a layout broke apart, joined again; and paragraphs a writer set apart, left apart."""

from __future__ import annotations

from scrutiny.document import Block
from scrutiny.extract.rejoin import rejoin


def _texts(*paragraphs: str, page: int | None = None) -> list[str]:
    return [b.text for b in rejoin([Block("paragraph", p, page=page) for p in paragraphs])]


def test_a_pdf_sentence_split_over_two_paragraphs_is_one_again():
    assert _texts(
        "The Council needed to demonstrate outcomes and more detailed reports", "follow on risk.", page=2
    ) == ["The Council needed to demonstrate outcomes and more detailed reports\nfollow on risk."]


def test_informal_notes_keep_their_short_lines_and_labels_apart():
    """In a text file a blank line is the writer's: a title line with no full stop is not going on into
    "there: Bev, Des" nor "from last time"."""
    assert _texts(
        "Millbeck Tenants Group committee meeting, the hub on Tarn Road",
        "there: Pat, Ola, Ray",
        "from last time",
    ) == [
        "Millbeck Tenants Group committee meeting, the hub on Tarn Road",
        "there: Pat, Ola, Ray",
        "from last time",
    ]


def test_a_sentence_that_stops_on_a_word_no_sentence_ends_on_goes_on_however_short_the_rest():
    assert _texts(
        "The Council needed to demonstrate outcomes better and more detailed reports would", "follow."
    ) == ["The Council needed to demonstrate outcomes better and more detailed reports would\nfollow."]


def test_a_sentence_stopped_on_and_goes_on_into_a_name_in_capitals():
    assert _texts(
        "The Council would call on the Government and", "Garda Commissioner to provide more resources."
    ) == ["The Council would call on the Government and\nGarda Commissioner to provide more resources."]


def test_a_list_of_names_stopped_on_and_keeps_its_next_line_apart():
    names = "Ruth Hale (Director of Finance), Tom Ince (Head of Audit), Mr D Shaw (Head of Risk) and"
    assert _texts(names, "Uma Jolly (Director of Strategy)") == [names, "Uma Jolly (Director of Strategy)"]


def test_a_paper_made_of_its_lines_joins_a_sentence_stopped_on_any_word():
    """Where most long paragraphs stop mid-sentence (a PDF's lines made Markdown paragraphs), one stopping on a
    capital word goes on into the next, capital or not; in an ordinary paper it stays apart."""
    wrapped = [
        f"Line {k} of the converted minutes carries on to the next line without any stop at"
        for k in range(10)
    ]
    lines = [
        *wrapped,
        "that the Council call on the Chief",
        "Superintendent to provide more patrols in the estates.",
    ]
    assert _texts(*lines)[-1].endswith(
        "that the Council call on the Chief\nSuperintendent to provide more patrols in the estates."
    )
    assert _texts(*lines[-2:]) == lines[-2:]
