"""items.py: agenda items from numbered headings, not from numbered paragraphs of the minutes."""

from __future__ import annotations

import pytest

from scrutiny.extract.items import in_order, item_heading, table_items
from scrutiny.record import Item

from ._build import passage, table


@pytest.mark.parametrize(
    "text, kind, number, title",
    [
        ("3. Budget monitoring – Quarter 3", "heading", "3", "Budget monitoring – Quarter 3"),
        ("3. Budget monitoring – Quarter 3", "paragraph", "3", "Budget monitoring – Quarter 3"),
        ("4a HMICFRS Update", "paragraph", "4a", "HMICFRS Update"),
        ("7) Police and Crime Plan delivery", "list_item", "7", "Police and Crime Plan delivery"),
        ("12. ANY OTHER BUSINESS", "paragraph", "12", "ANY OTHER BUSINESS"),
        ("2.1 Minutes of the previous meeting", "heading", "2.1", "Minutes of the previous meeting"),
        ("3.2 PERFORMANCE REPORT", "paragraph", "3.2", "PERFORMANCE REPORT"),
        ("l. Welcome and introductions", "paragraph", "1", "Welcome and introductions"),  # OCR "1" as "l"
        ("5. Date of next meeting:", "heading", "5", "Date of next meeting"),
    ],
)
def test_item_heading(text, kind, number, title):
    found = item_heading(passage(text, kind))
    assert (found.number, found.title) == (number, title)
    assert found.evidence.text == text


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "2.1 The minutes of the meeting held on 5 October 2023 were approved as a correct record.",
            "paragraph",
        ),
        ("2.1 Members noted the report", "paragraph"),  # numbered paragraph of the minutes
        ("5. That the report be noted.", "paragraph"),
        (
            "7. The Panel received a report from the Chief Executive on complaints handling and noted the improvement.",
            "paragraph",
        ),
        ("10 members attended the workshop", "paragraph"),
        ("02 February 2018 09:30", "paragraph"),  # a date line
        ("3. budget monitoring", "paragraph"),  # not a title
        ("Budget monitoring", "heading"),  # no number
    ],
)
def test_not_item_heading(text, kind):
    assert item_heading(passage(text, kind)) is None


def test_a_table_is_not_an_item_heading():
    assert item_heading(passage("1. Welcome", "table")) is None


def test_in_order():
    assert in_order(None, Item("1", "Welcome"))
    assert in_order(Item("5", "Budget"), Item("6", "Estates"))
    assert in_order(Item("5", "Budget"), Item("5a", "Capital programme"))
    assert in_order(Item("5", "Budget"), Item("5.2", "Capital programme"))
    assert not in_order(Item("5", "Budget"), Item("2", "A list inside the text"))
    assert in_order(Item(None, "Untitled"), Item("2", "Anything"))


def test_table_items_from_an_agenda_table():
    block = table(
        [
            [["Item"], ["Title"], ["Pages"]],
            [["1."], ["Apologies for absence"], [""]],
            [["2."], ["Proposed Precept 2024/25"], ["3 - 20"]],
            [[""], ["Break"], [""]],
            [["3a"], ["Police and Crime Plan Performance Report"], ["21 - 40"]],
        ]
    )
    assert [(i.number, i.title) for i in table_items(block)] == [
        ("1", "Apologies for absence"),
        ("2", "Proposed Precept 2024/25"),
        ("3a", "Police and Crime Plan Performance Report"),
    ]


def test_table_items_needs_number_and_title_columns():
    assert table_items(table([[["Action"], ["Owner"]], [["Circulate the plan"], ["SC"]]])) is None


def test_item_word_and_colon():
    found = item_heading(passage("Item 5: Police and Crime Plan Delivery", "heading"))
    assert (found.number, found.title) == ("5", "Police and Crime Plan Delivery")
