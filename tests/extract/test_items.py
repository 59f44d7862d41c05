"""items.py: agenda items from numbered headings, not from numbered paragraphs of the minutes."""

from __future__ import annotations

import pytest

from scrutiny.extract.items import in_order, is_furniture, item_heading, runs_on, spread_items, table_items
from scrutiny.record import Item

from ._build import build, passage, table


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


@pytest.mark.parametrize(
    "text, number, title",
    [
        # Markdown escapes the dot
        ("4\\. Police and Crime Plan delivery", "4", "Police and Crime Plan delivery"),
        ("3.Estates strategy", "3", "Estates strategy"),  # the space lost in a PDF's text
        ("6. Precept proposal 2026/27 (Pages 15 - 32)", "6", "Precept proposal 2026/27"),
        ("81. Complaints against the Commissioner (Item 5)", "81", "Complaints against the Commissioner"),
    ],
)
def test_item_heading_as_printed(text, number, title):
    found = item_heading(passage(text, "paragraph"))
    assert (found.number, found.title) == (number, title)


@pytest.mark.parametrize(
    "text, number, title",
    [
        ("7. COMMUNITY SPEEDWATCH Volunteers have been found for two sites.", "7", "COMMUNITY SPEEDWATCH"),
        ("9. HIGHWAYS i. The new kerbs on Mill Lane are in place and paid for.", "9", "HIGHWAYS"),
        ("5. VOLUNTEERS Clerk to ask the police for the rota.", "5", "VOLUNTEERS"),
        ("2. NEXT MEETING: to be held in the village hall on a date to be set.", "2", "NEXT MEETING"),
    ],
)
def test_title_run_in_with_its_minute(text, number, title):
    found = item_heading(passage(text, "paragraph"))
    assert (found.number, found.title) == (number, title)
    assert runs_on(found)  # the rest of the line is the minute: it is read as prose too


@pytest.mark.parametrize(
    "text",
    [
        "3. PCC Hale said the figures would be published in the spring.",  # an acronym, not a heading
        "4. HMICFRS inspectors will return in the autumn to look again at call handling.",
    ],
)
def test_capitals_opening_a_sentence_are_not_a_title(text):
    assert item_heading(passage(text, "paragraph")) is None


def test_a_heading_that_ends_at_its_title_does_not_run_on():
    assert not runs_on(item_heading(passage("6. Precept proposal (Pages 15 - 32)", "paragraph")))


def blocks(*specs: tuple[str, str]):
    return build(list(specs)).blocks


LONG_TITLE = "26/00041 - A decision title longer than fourteen words that a cabinet would put on its report"


def test_heading_over_an_item_marker():
    found, parts = spread_items(
        blocks(
            ("heading", "Apologies and Substitutes"),
            ("paragraph", "(Item 1)"),
            ("paragraph", "Apologies were received."),
            ("heading", f"17. {LONG_TITLE}"),
            ("paragraph", "(Item 2)"),
        )
    )
    assert [(i, f.number, f.title) for i, f in found.items()] == [
        (0, "1", "Apologies and Substitutes"),
        (3, "17", LONG_TITLE),
    ]
    assert parts == {1, 4}


def test_lone_number_then_title_past_page_furniture():
    found, parts = spread_items(
        blocks(
            ("paragraph", "3."),
            ("paragraph", "Share this item"),
            ("paragraph", "ESTATES STRATEGY"),
            ("paragraph", "PDF 88 KB"),
            ("paragraph", "Minutes:"),
            ("paragraph", "The Panel noted the strategy."),
        )
    )
    assert [(i, f.number, f.title) for i, f in found.items()] == [(2, "3", "ESTATES STRATEGY")]
    assert parts == {0, 4}


def test_a_bare_number_needs_a_minutes_label():
    page_number = blocks(("paragraph", "12"), ("heading", "Performance Report"), ("paragraph", "Noted."))
    assert spread_items(page_number) == ({}, set())
    labelled = blocks(("paragraph", "12"), ("paragraph", "PERFORMANCE REPORT"), ("paragraph", "Minutes:"))
    assert [(f.number, f.title) for f in spread_items(labelled)[0].values()] == [("12", "PERFORMANCE REPORT")]


def test_a_lone_number_before_a_sentence_is_not_an_item():
    found, _ = spread_items(
        blocks(
            ("paragraph", "2."),
            ("paragraph", "The Chair thanked officers for the report, which members had read in advance."),
        )
    )
    assert found == {}


@pytest.mark.parametrize(
    "text", ["Share this item", "Additional documents:", "pdf icon PDF 135 KB", "View directions"]
)
def test_page_furniture(text):
    assert is_furniture(text)


def test_page_furniture_is_not_prose():
    assert not is_furniture("Additional documents were tabled at the meeting.")


def test_table_items_without_a_header_row():
    block = table(
        [
            [["1."], ["Apologies for absence"]],
            [["2."], ["Minutes of the meeting held on 4 June 2025 (Pages 1 - 8)"]],
            [["3."], ["Police and Crime Plan\nannual report"], ["(Pages 9 - 40)"]],
        ]
    )
    assert [(i.number, i.title) for i in table_items(block)] == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 4 June 2025"),
        ("3", "Police and Crime Plan annual report"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [  # a numbered action log: owners and dates are not page numbers
            [["1"], ["Circulate the estates report"], ["JB"]],
            [["2"], ["Book the venue"], ["SC"]],
        ],
        [[["1"], ["Apologies"]], [["1"], ["Apologies again"]]],  # numbers must run upwards
        [[["1"], ["That the Panel notes the report."]], [["2"], ["That the precept be supported."]]],
    ],
)
def test_numbered_tables_that_are_not_agendas(rows):
    assert table_items(table(rows)) is None


def test_minutes_taken_out_of_order_and_their_sub_items():
    """A heading of the paper's own is an item wherever it stands; "40/24 (a)" is a sub-item of 40/24."""
    from pathlib import Path

    from scrutiny.extract import extract
    from scrutiny.readers import read

    doc = read(Path(__file__).parent / "documents" / "southdale-police-and-crime-panel-2024-06-12.md")
    (meeting,) = extract(doc).meetings
    assert [i.number for i in meeting.items] == ["39/24", "41/24", "40/24", "40/24 (a)", "40/24 (b)"]
    assert [(a.item, a.owners) for a in meeting.actions] == [("40/24 (a)", ["Commissioner"])]


def test_a_heading_with_a_running_three_digit_minute_number(tmp_path):
    from scrutiny.extract import extract
    from scrutiny.readers import read

    path = tmp_path / "lowbridge-tc-2024-03-04.md"
    path.write_text(
        "# Minutes of Lowbridge Town Council held on Monday 4 March 2024\n\n## 112 Precept\n\n"
        "RESOLVED: That the precept be set.\n\n## 113 Allotments\n\nThe Clerk to write to all tenants.\n\n"
        "400 people signed the petition about the car park.\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [(i.number, i.title) for i in meeting.items] == [("112", "Precept"), ("113", "Allotments")]
    assert [d.item for d in meeting.decisions] == ["112"]
