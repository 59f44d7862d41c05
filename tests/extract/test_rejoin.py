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
