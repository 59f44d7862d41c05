"""PDF reader: paragraphs from wrapped lines, headings, running chrome, tables ruled and borderless."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

from scrutiny.readers import read
from scrutiny.readers.pdf import _drop_running_chrome, _Page
from scrutiny.readers.pdf_layout import Line, Para, Run

from .helpers import FIXTURES, assert_spans, shared_file, table_cells, texts
from .pdfgen import Page, make_pdf

SENTENCE = (
    "The Force is forecasting an underspend of £1.4m against a net revenue budget of £218.6m, largely "
    "the result of police staff vacancies in the control room and in forensic services."
)
WRAPPED = textwrap.wrap(SENTENCE, 70)


def read_pages(tmp_path: Path, pages: list[Page]):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read(path)
    assert_spans(doc)
    return doc


def test_wrapped_lines_join_and_a_gap_starts_a_paragraph(tmp_path):
    page = Page().lines(72, 700, WRAPPED).lines(72, 640, ["JW thanked FG for the report."])
    doc = read_pages(tmp_path, [page])
    assert texts(doc) == [SENTENCE, "JW thanked FG for the report."]
    assert [block.page for block in doc.blocks] == [1, 1]


def test_a_short_line_ends_its_paragraph_even_without_a_gap(tmp_path):
    names = [
        "Joanne Whitfield (JW) – Police and Crime Commissioner (Chair)",
        "Tom Sellars (TS) – Chief Executive",
        "Anita Desai (AD) – Chief Finance Officer, OPCC and Treasurer to the Commissioner's office",
    ]
    doc = read_pages(tmp_path, [Page().lines(72, 700, names)])
    assert texts(doc) == names


def test_bigger_or_bold_lines_are_headings(tmp_path):
    page = (
        Page()
        .text(72, 720, "Police Accountability Board", size=16, bold=True)
        .text(72, 690, "3. Budget monitoring", bold=True)
        .lines(72, 670, WRAPPED)
    )
    doc = read_pages(tmp_path, [page])
    assert [(block.kind, block.level) for block in doc.blocks] == [
        ("heading", 1),
        ("heading", 2),
        ("paragraph", None),
    ]
    assert doc.blocks[1].text == "3. Budget monitoring"


def test_numbered_and_bulleted_lines_start_blocks(tmp_path):
    page = Page().lines(
        72,
        700,
        [
            "2.1 The minutes were agreed.",
            "2.2 The action log was reviewed and",
            "updated.",
            "\u2022 Action 41 closed",
        ],
    )
    doc = read_pages(tmp_path, [page])
    assert texts(doc) == [
        "2.1 The minutes were agreed.",
        "2.2 The action log was reviewed and updated.",
        "Action 41 closed",
    ]
    assert doc.blocks[-1].kind == "list_item"


def test_running_header_and_footer_repeated_on_half_the_pages_are_dropped(tmp_path):
    pages = []
    for n in range(1, 5):
        page = Page().text(72, 760, "OFFICIAL").lines(72, 700, [f"Minute {n} was agreed."])
        page.text(72, 40, f"Board notes – Page {n} of 4")
        pages.append(page)
    doc = read_pages(tmp_path, pages)
    assert texts(doc) == [f"Minute {n} was agreed." for n in range(1, 5)]
    assert [block.page for block in doc.blocks] == [1, 2, 3, 4]


def test_a_line_on_fewer_than_half_the_pages_is_kept(tmp_path):
    pages = [Page().lines(72, 700, [f"Minute {n} was agreed."]) for n in range(1, 5)]
    pages[0].text(72, 760, "DRAFT")
    doc = read_pages(tmp_path, pages)
    assert "DRAFT" in texts(doc)


def test_a_title_repeated_at_another_height_is_not_chrome(tmp_path):
    first = Page().text(72, 740, "Tamarford Police and Crime Panel", size=16).lines(72, 700, WRAPPED)
    second = Page().text(72, 760, "Tamarford Police and Crime Panel", size=16).lines(72, 700, WRAPPED[::-1])
    doc = read_pages(tmp_path, [first, second])
    assert texts(doc, "heading") == ["Tamarford Police and Crime Panel"] * 2


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path):
    first = Page().lines(72, 700, WRAPPED[:2])
    second = Page().lines(72, 700, WRAPPED[2:])
    doc = read_pages(tmp_path, [first, second])
    assert texts(doc) == [SENTENCE]
    assert doc.blocks[0].page == 1


def ruled_table(
    page: Page, top: float, rows: list[list[list[str]]], xs: list[float], pitch: float = 13
) -> float:
    """Draw a ruled table; cell texts are lists of lines. Returns the y of its bottom rule."""
    y = top
    page.rule(xs[0], y, xs[-1], y)
    for row in rows:
        height = max(len(cell) for cell in row) * pitch + 6
        for x, cell in zip(xs, row):
            page.lines(x + 4, y - 12, cell, leading=pitch)
        y -= height
        page.rule(xs[0], y, xs[-1], y)
    for x in xs:
        page.rule(x, top, x, y)
    return y


ACTIONS = [
    [["ITEM"], ["ACTION"], ["OWNER"], ["TIMESCALE"]],
    [
        ["3"],
        ["Provide a breakdown of overtime", "spend by command."],
        ["Director of", "Finance"],
        ["31 March 2024"],
    ],
    [["4"], ["Share the abandonment figures."], ["Head of Contact", "Management"], ["29/02/2024"]],
]


def test_a_ruled_table_keeps_rows_and_cells(tmp_path):
    page = Page().lines(72, 740, ["Actions agreed at the meeting."])
    bottom = ruled_table(page, 720, ACTIONS, [60, 100, 330, 450, 560])
    page.lines(72, bottom - 30, ["The Board will review progress."])
    doc = read_pages(tmp_path, [page])
    assert [block.kind for block in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert table_cells(doc) == [
        [["ITEM"], ["ACTION"], ["OWNER"], ["TIMESCALE"]],
        [
            ["3"],
            ["Provide a breakdown of overtime spend by command."],
            ["Director of Finance"],
            ["31 March 2024"],
        ],
        [["4"], ["Share the abandonment figures."], ["Head of Contact Management"], ["29/02/2024"]],
    ]


def test_text_run_across_a_column_rule_is_cut_at_the_rule(tmp_path):
    page = Page().row(707, [(64, "12"), (104, "Circulate the report")])
    ruled_table(page, 720, [[[""], [""]]], [60, 100, 300])
    doc = read_pages(tmp_path, [page])
    assert table_cells(doc) == [[["12"], ["Circulate the report"]]]


def test_a_table_continued_on_the_next_page_is_one_table(tmp_path):
    first, second = Page(), Page()
    ruled_table(first, 720, ACTIONS[:2], [60, 100, 330, 450, 560])
    ruled_table(second, 720, [ACTIONS[0], ACTIONS[2]], [60, 100, 330, 450, 560])
    doc = read_pages(tmp_path, [first, second])
    assert [block.kind for block in doc.blocks] == ["table"]
    assert [row[0] for row in table_cells(doc)] == [["ITEM"], ["3"], ["4"]]


def test_a_borderless_table_is_found_from_aligned_columns(tmp_path):
    page = Page().lines(72, 740, ["Summary of actions arising."])
    for i, (ref, action, owner) in enumerate(
        [
            ("Ref", "Action", "Owner"),
            ("JAC/23/05", "Circulate the audit report", "TA"),
            ("JAC/23/06", "Explain the slippage", "MI"),
        ]
    ):
        page.row(700 - 20 * i, [(72, ref), (160, action), (420, owner)])
    doc = read_pages(tmp_path, [page])
    assert table_cells(doc) == [
        [["Ref"], ["Action"], ["Owner"]],
        [["JAC/23/05"], ["Circulate the audit report"], ["TA"]],
        [["JAC/23/06"], ["Explain the slippage"], ["MI"]],
    ]


def test_word_table_printed_by_libreoffice():
    doc = read(FIXTURES / "action_table.pdf")
    assert_spans(doc)
    assert [block.kind for block in doc.blocks] == ["heading", "paragraph", "table", "paragraph"]
    rows = table_cells(doc)
    assert rows[0] == [["ITEM"], ["SUBJECT"], ["ACTION"], ["OWNER"], ["TIMESCALE"]]
    assert len(rows) == 16 and [row[0] for row in rows[1:]] == [[str(n)] for n in range(1, 16)]
    assert rows[1][2] == [
        "a) Update the action log template to show the meeting each action was raised at.",
        "b) Circulate the revised log to members.",
    ]
    assert rows[4][2:] == [
        [
            "Confirm how many neighbourhood officers were abstracted to response duties during December "
            "and January, and for how many shifts."
        ],
        ["ACC Local Policing"],
        ["April meeting"],
    ]
    assert "OFFICIAL" not in texts(doc)


def test_borderless_word_table_printed_by_libreoffice():
    doc = read(FIXTURES / "action_table_borderless.pdf")
    rows = table_cells(doc)
    assert rows[0] == [["ITEM"], ["SUBJECT"], ["ACTION"], ["OWNER"], ["TIMESCALE"]]
    assert rows[2] == [
        ["2"],
        ["Budget monitoring"],
        [
            "Provide a breakdown of overtime spend by command, separating mutual "
            "aid from planned operational overtime, and set out the expected recovery of mutual aid costs."
        ],
        ["Director of Finance"],
        ["31 March 2024"],
    ]
    assert len(rows) == 6


def test_northmoor_notes():
    doc = read(shared_file("dev-synthetic/northmoor-police-accountability-board-notes-2024-02-13.pdf"))
    assert_spans(doc)
    assert doc.pages == 4
    headings = texts(doc, "heading")
    assert "3. Budget monitoring – Quarter 3 2023/24" in headings
    assert "Neil Brennan (NB) – Assistant Chief Constable (Crime and Justice)" in texts(doc)
    assert (
        "Action – TS to revise the action log template so that each entry shows the meeting it was raised at "
        "and any revised completion date – next meeting."
    ) in texts(doc, "paragraph")
    assert not any("OFFICIAL" in text for text in texts(doc))
    carried = next(text for text in texts(doc) if text.startswith("RK took the Board"))
    assert carried.endswith("has not yet been re-let.")
    assert {block.page for block in doc.blocks} == {1, 2, 3, 4}


def _line(text: str, base: float, x1: float | None = None, x0: float = 72, char: float = 6) -> Line:
    """One line of text from `x0`, ending at `x1` or `char` points a character further on (a trailing space, which
    Word's PDFs keep at a wrap, not counted)."""
    end = x1 if x1 is not None else x0 + char * len(text.rstrip())
    return Line([Run(x0, base, end, base + 11, text, 11, False, base)])


def _cell(text: str, base: float, x1: float | None = None, char: float = 6) -> Line:
    """A line of a table cell whose column starts at x = 300."""
    return _line(text, base, x1, x0=300, char=char)


def test_running_chrome_of_a_5000_page_paper_is_found_in_linear_time():
    """Issue 9, finding 6: each line was compared with every other of the same words (page numbers
    read as "#") at every page: the square of 20,000 here, about a minute. A header and footer on
    every page go; the lines that mention a page, at heights that wander, stay."""
    pages = [
        _Page(
            number=n,
            flow=[
                _line("Stourland Police and Crime Panel", 760 + (n % 3) * 0.5),
                *(_line(f"See page {k} of appendix {n}.", 700 - 14 * k - 4 * (n % 50)) for k in range(4)),
                _line(f"Page {n} of 5000", 40),
            ],
        )
        for n in range(1, 5001)
    ]
    start = time.monotonic()
    _drop_running_chrome(pages)
    assert time.monotonic() - start < 10  # about 0.3 s
    first = [line.text for line in pages[0].flow]
    assert first[:2] == ["Stourland Police and Crime Panel", "See page 0 of appendix 1."]
    assert [line.text for line in pages[4999].flow] == [f"See page {k} of appendix 5000." for k in range(4)]


def test_running_chrome_needs_half_the_pages_at_one_height():
    """A line repeated on fewer than half the pages, or at heights more than 3 points apart, stays."""
    pages = [
        _Page(
            number=n,
            flow=[
                _line("Draft", 760 if n <= 4 else 700 + 5 * n),
                _line(f"Body of page {n}", 600),
                _line("Body text", 500),
            ],
        )
        for n in range(1, 11)
    ]
    _drop_running_chrome(pages)
    assert all(page.flow[0].text == "Draft" for page in pages)


def test_a_cell_wrapped_close_to_the_next_column_stays_in_its_row(tmp_path):
    """A wrapped line of the Action column ends a little before the Lead column: less than a line's usual gap
    between cells, more than a space. The row keeps both its lines and the lead's two lines."""
    page = Page().lines(72, 760, ["Actions agreed at the meeting."])
    page.text(72, 720, "Ref").text(160, 720, "Action").text(417, 720, "Lead")
    page.text(72, 700, "A/1").text(160, 700, "Revised capital programme for the").text(
        417, 700, "Director of"
    )
    page.text(160, 687, "fleet replacement, phased over 2025/26").text(417, 687, "Finance")
    page.text(72, 667, "A/2").text(160, 667, "Explain the slippage").text(417, 667, "CFO")
    page.text(72, 647, "3.").text(92, 647, "A numbered paragraph after the table, set with a hanging indent.")
    doc = read_pages(tmp_path, [page])
    assert table_cells(doc) == [
        [["Ref"], ["Action"], ["Lead"]],
        [
            ["A/1"],
            ["Revised capital programme for the fleet replacement, phased over 2025/26"],
            ["Director of Finance"],
        ],
        [["A/2"], ["Explain the slippage"], ["CFO"]],
    ]


def test_a_running_header_set_further_right_does_not_break_the_body_s_wrapped_lines(tmp_path):
    """A small header at the page's right edge, beyond where the body's lines end, is not the body's right margin:
    a line that wraps before a long word still goes on into the next."""
    page = Page().text(400, 770, "Wetherby Magna Parish Council – Minutes of 14 April 2015", size=8)
    page.lines(
        72,
        700,
        [
            "15/47 Highways: Cllr Sims reported potholes on Back Lane and the Clerk is to report",
            "them to the County Highways team.",
        ],
    )
    page.lines(72, 660, ["15/48 Annual Parish Meeting: it was agreed to hold it on Tuesday 12th May 2015."])
    doc = read_pages(tmp_path, [page])
    assert [t for t in texts(doc) if "Highways:" in t] == [
        "15/47 Highways: Cllr Sims reported potholes on Back Lane and the Clerk is to report them to the County "
        "Highways team."
    ]


def test_an_enclosed_paper_s_own_chrome_goes_and_its_sentence_runs_over_the_page_break(tmp_path):
    """A pack of eight pages whose enclosed minutes (three pages) carry their own running header and page
    numbers, set just above the pack's footer: too few pages to be the pack's chrome, so the header and the
    minutes' page number sat in the middle of a sentence broken by the page ("More detailed reports would" /
    "2" / header / "follow on …"). The header is kept once, where it heads the minutes."""
    header = "ELMSTEAD AUDIT COMMITTEE (JOINT SESSION)"
    body = [f"Agenda paper {n}: the membership and the order of business." for n in range(1, 6)]
    pages = [Page().lines(72, 700, [line]).text(72, 40, f"Page {n}") for n, line in enumerate(body, 1)]
    minutes = [
        ["The Committee received the risk register. Members asked for outcomes to be", "shown more clearly."],
        ["The Council needed to demonstrate outcomes better. More detailed reports would"],
        ["follow on risk management and internal control at the next meeting."],
    ]
    for n, lines in enumerate(minutes, 1):
        page = Page().text(72, 760, header).lines(72, 700, lines).text(300, 80, str(n))
        pages.append(page.text(72, 40, f"Page {len(pages) + 1}"))
    doc = read_pages(tmp_path, pages)
    found = texts(doc)
    assert (
        "The Council needed to demonstrate outcomes better. More detailed reports would follow on risk "
        "management and internal control at the next meeting."
    ) in found
    assert found.count(header) == 1 and doc.blocks[found.index(header)].page == 6
    assert not [text for text in found if text.isdigit() or text.startswith("Page ")]


def test_a_short_line_at_one_place_on_two_pages_running_is_kept():
    """Two pages that end on the same words at the same height: a short line is more likely the minutes' own
    ("Noted.") than a running footer, so it stays unless half the pages repeat it."""
    pages = [
        _Page(number=n, flow=[_line(f"Body of page {n}", 600), _line("Body text", 500), _line("Noted.", 60)])
        for n in range(1, 7)
    ]
    pages[2].flow[-1] = _line("Agreed.", 60)
    for page in pages[3:]:
        page.flow.pop()
    _drop_running_chrome(pages)
    assert [page.flow[-1].text for page in pages[:2]] == ["Noted.", "Noted."]


def test_a_bulleted_list_set_with_a_tab_is_a_list_not_a_table(tmp_path):
    """Word sets a bullet, then a tab, then the entry: the bullet and the text stand apart like two columns, but a
    column of bullets is no table."""
    names = [
        "Ruth Harcourt, Police and Crime Commissioner (RH) - Chair",
        "Benedict Ogilvie, Chief Constable (BO)",
    ]
    page = Page().text(72, 720, "Present at the meeting", bold=True)
    for k, name in enumerate(names):
        page.text(90, 700 - 14 * k, "\u2022").text(108, 700 - 14 * k, name)
    doc = read_pages(tmp_path, [page])
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [("list_item", name) for name in names]


def test_a_full_line_that_has_not_ended_goes_on_past_a_number_or_a_word_s_bracket(tmp_path):
    """ "… victims' services contract. BJH, Jan" / "25. 18 Feb: tender issued …": a number opening the next line of
    a sentence that has not ended is no numbered paragraph; nor is "Co) for item 4" a lettered entry. A number after
    a finished sentence still opens one."""
    lines = [
        "22/24: OPCC to commission an independent review of the contract, BJH, Jan",
        "25. 18 Feb: tender issued on 3 February; award expected in April.",
    ]
    second = [
        "In attendance: Sam Reed, Head of Communications and Engagement (Comms",
        "Co) for item 4, and Chloe Dent.",
    ]
    page = (
        Page()
        .lines(72, 700, lines)
        .lines(72, 600, second)
        .lines(72, 540, ["The report was noted.", "2. Finance"])
    )
    doc = read_pages(tmp_path, [page])
    assert texts(doc)[:2] == [" ".join(lines), " ".join(second)]
    assert texts(doc)[-1] == "2. Finance"


def test_a_cell_of_names_one_a_line_keeps_each_entry(tmp_path):
    """A ruled cell of attendees, one a line: an entry opening with a rank ("DCC Fiona Leckie") or following one that
    ends on a bracket ("… (Chair)") is the next entry, not the name going on."""
    page = Page()
    page.rule(72, 720, 400, 720).rule(72, 640, 400, 640).rule(72, 720, 72, 640).rule(236, 720, 236, 640)
    page.rule(400, 720, 400, 640)
    page.lines(
        76,
        708,
        ["Alison Crewe, Chair", "(Chair)", "James Otway", "CC Robert Haines", "DCC Fiona Leckie"],
        9,
        11,
    )
    page.lines(240, 708, ["Sarah Bellingham, OPCC Chief Executive"], 9, 11)
    doc = read_pages(tmp_path, [page])
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert table.rows[0][0].paragraphs == [
        "Alison Crewe, Chair (Chair)",
        "James Otway",
        "CC Robert Haines",
        "DCC Fiona Leckie",
    ]


def test_a_numbered_list_set_with_a_tab_is_paragraphs_not_a_table(tmp_path):
    """Word's numbered list, the number then a tab: "1.<tab>MINUTES OF THE OCTOBER MEETING", the minute below it
    at the text's indent, then "2.<tab>MATTERS ARISING". The numbers and the text are not two columns of a table:
    each title and minute stays its own paragraph."""
    page = Page()
    page.text(72, 700, "1.").text(108, 700, "MINUTES OF THE OCTOBER MEETING")
    page.text(108, 686, "These were moved as correct by Hannah Salome and Esme Clark")
    page.text(72, 664, "2.").text(108, 664, "MATTERS ARISING")
    page.text(108, 650, "The night bus services had been withdrawn.")
    doc = read_pages(tmp_path, [page])
    assert not [b for b in doc.blocks if b.kind == "table"]
    assert "These were moved as correct by Hannah Salome and Esme Clark" in texts(doc)


def test_a_hyphen_a_line_broke_at_is_kept_and_joins_the_word(tmp_path):
    """pdfium gives a hyphen a line broke at as U+FFFE: it is the text's own ("SPB-041", "switch-on"), kept, with no
    space after it."""
    lines = [
        "The Board agreed that the review of the vetting backlog, action SPB-",
        "041, would come back to the Board with the date of the lights' switch-",
        "on ceremony.",
    ]
    doc = read_pages(tmp_path, [Page().lines(72, 700, lines)])
    assert texts(doc) == [
        "The Board agreed that the review of the vetting backlog, action SPB-041, would come back to the Board "
        "with the date of the lights' switch-on ceremony."
    ]


def test_one_line_paragraphs_set_apart_are_paragraphs_where_longer_ones_show_the_line_pitch(tmp_path):
    """Most paragraphs a line each, spaced apart: their pitch is the commonest, but the wrapped lines of the longer
    paragraphs show the line pitch, and a full line a paragraph gap away starts a paragraph of its own."""
    singles = [
        "DC/14/2201/FUL Extension at 4 Mill Lane, Stoke Pelham. No objections.",
        "DC/14/2245/OUT Two dwellings, land off Church Road. RESOLVED to object.",
        "DC/14/2250/FUL Garage conversion at 9 The Green, Stoke. No objections.",
        "DC/14/2263/FUL New porch at Rose Cottage, Back Lane, Stoke. Noted here.",
        "DC/14/2270/FUL Stable block at Hill Farm, Stoke Pelham. No objections.",
        "DC/14/2281/FUL Extension at 12 Mill Lane, Stoke Pelham. No objections.",
        "DC/14/2290/OUT One dwelling, land off Back Lane, Stoke. RESOLVED: object.",
        "DC/14/2302/FUL Dormer window at 3 The Green, Stoke. No objections here.",
    ]
    page = Page()
    y = 700.0
    for single in singles:
        page.text(72, y, single)
        y -= 22
    for k in range(2):  # two wrapped paragraphs: their lines show the line pitch
        page.lines(72, y - k * 60, WRAPPED)
    doc = read_pages(tmp_path, [page])
    assert texts(doc)[: len(singles)] == singles


def test_a_word_a_narrow_column_broke_is_one_word_again():
    """In a narrow cell a word too long for it breaks where the column ends ("abandonmen" / "t", "OPC" / "C"); a
    line ending on a word and one opening with "a" stay two words."""

    broken = Para([_cell("abandonmen", 700, x1=360), _cell("t rates", 688, x1=306)], right=360)
    assert broken.text == "abandonment rates"
    word = Para([_cell("were rising", 700, x1=360), _cell("a little", 688, x1=306)], right=360)
    assert word.text == "were rising a little"


def test_the_next_number_of_a_list_opens_an_entry_after_a_full_line(tmp_path):
    """ "4. Public questions – … 18 November 2024" filling its line, then "5. Police and Crime Commissioner's update":
    the next number of the list is the next entry, not the line going on."""
    lines = [
        "4. Public questions - none had been received by the deadline of 18 November 2024",
        "5. Police and Crime Commissioner's update on the Police and Crime Plan",
    ]
    doc = read_pages(tmp_path, [Page().lines(72, 700, lines)])
    assert texts(doc) == lines


def test_a_one_page_papers_footer_naming_its_page_is_dropped(tmp_path):
    """A one-page paper repeats nothing, but its last line says what it is: "Minutes – … – Page 1"."""
    page = (
        Page()
        .text(72, 700, "Orrinford Police and Community Forum")
        .text(72, 660, "The meeting closed at 8.30pm.")
        .text(72, 40, "Minutes - Orrinford Police and Community Forum - Page 1", size=9)
    )
    doc = read_pages(tmp_path, [page])
    assert texts(doc) == ["Orrinford Police and Community Forum", "The meeting closed at 8.30pm."]


def test_a_word_longer_than_its_column_fills_a_line_and_goes_on_below():
    """Word's PDFs keep the space a line wrapped at ("Agree a " / "joint "); a word too long for a narrow column
    fills a line of its own with no space after it ("communica" / "tions "): one word again. A full line that lost
    its space at the margin ("… Service by end" / "of March.") is not one word with the next."""

    narrow = Para(
        [_cell("Agree a ", 700), _cell("joint ", 688), _cell("communica", 676), _cell("tions ", 664)], 354
    )  # the column's edge: its widest line
    assert narrow.text == "Agree a joint communications"
    padded = Para(
        [_cell("Agree a ", 700), _cell("communica", 688), _cell("tions ", 676)], 358
    )  # the cell's padding
    assert padded.text == "Agree a communications"
    full = Para([_cell("joint position ", 700), _cell("Service by end", 688), _cell("of March.", 676)], 390)
    assert full.text == "joint position Service by end of March."


def test_a_sentence_set_larger_than_most_of_the_text_is_no_heading(tmp_path):
    """A paper mostly in small print (a 9 pt table of figures) makes its 10.5 pt prose look large; a line of prose
    closed by a full stop is still a paragraph, a short title still a heading."""
    page = Page().text(72, 740, "Performance Board", size=14)
    for k in range(12):
        page.text(
            72,
            700 - 12 * k,
            f"Measure {k}: recorded crime per 1,000 residents, rolling twelve months 4{k}.2",
            9,
        )
    page.text(72, 540, "Next meeting: Tuesday 9 July 2024 at 10am in the Council Chamber, Lyndale.", 10.5)
    doc = read_pages(tmp_path, [page])
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Performance Board"] == "heading"
    assert kinds["Next meeting: Tuesday 9 July 2024 at 10am in the Council Chamber, Lyndale."] == "paragraph"


def test_a_word_alone_on_its_line_before_a_joining_word_is_a_word_of_its_own():
    """ "Performance" alone on a line that lost its space, then "and Assurance": two words, not "Performanceand"; an
    initial after a title ("Cllr" / "G. Whitlock") is no broken word either."""

    merged = Para([_cell("Resources ", 700), _cell("Performance", 688), _cell("and Assurance", 676)], 366)
    assert merged.text == "Resources Performance and Assurance"
    titled = Para([_cell("Cllr", 700), _cell("G. Whitlock be elected Vice-Chairman", 688)], 324)
    assert titled.text == "Cllr G. Whitlock be elected Vice-Chairman"


def test_a_cell_of_names_with_posts_a_line_each_keeps_them_apart():
    """A Word cell listing "Sarah Bellingham, OPCC Chief Executive" / "Neil Parfitt, OPCC Chief Finance Officer",
    each line nearly filling the cell: a person a paragraph, not one run-on line; a sentence wrapped in a cell
    still joins."""
    from scrutiny.readers.pdf_layout import paragraphs

    names = ["Sarah Bellingham, OPCC Chief Executive", "Neil Parfitt, OPCC Chief Finance Officer"]
    found = paragraphs([_cell(t, 700 - 12 * k, char=5) for k, t in enumerate(names)], 500, 1.2, cell=True)
    assert [p.text for p in found] == names
    wrapped = ["The report on the estates strategy was presented by", "Neil Parfitt, who took questions."]
    found = paragraphs([_cell(t, 700 - 12 * k, char=5) for k, t in enumerate(wrapped)], 560, 1.2, cell=True)
    assert [p.text for p in found] == [" ".join(wrapped)]


def test_a_line_back_at_the_margin_after_an_indented_block_starts_a_paragraph(tmp_path):
    """A list item whose bullet the browser drew (no bullet in the text) sits indented; the paragraph after it
    starts back at the margin, however full the item's last line. A first line indented alone goes on as before."""
    item = [
        "Review of the Commissioner's oversight of the force's response to the",
        "national inspection of vetting and counter-corruption arrangements, the",
        "third of the reviews the Panel asked for in its work programme, in July",
    ]
    after = "Councillor Ingham asked about the timetable for the work programme."
    page = Page().lines(108, 700, item[:2]).lines(108, 674, item[2:]).text(72, 661, after)
    doc = read_pages(tmp_path, [page])
    assert texts(doc)[-1] == after


def test_a_lone_word_after_a_holder_in_a_cell_goes_on_with_the_line_before():
    """ "Cllr Owain Pritchard (Vice-Chair) – Fosdyke District" over "Council": the council's name wrapped, not an
    entry of its own; a name on the next line ("Commissioner – Sarah Lowe") still is one."""
    from scrutiny.readers.pdf_layout import paragraphs

    wrapped = ["Cllr Owain Pritchard (Vice-Chair) – Fosdyke District", "Council"]
    found = paragraphs([_cell(t, 700 - 12 * k, char=5) for k, t in enumerate(wrapped)], 560, 1.2, cell=True)
    assert [p.text for p in found] == [" ".join(wrapped)]
    listed = ["Chief Constable – Mark Ellis", "Commissioner – Sarah Lowe"]
    found = paragraphs([_cell(t, 700 - 12 * k, char=5) for k, t in enumerate(listed)], 440, 1.2, cell=True)
    assert [p.text for p in found] == listed


def test_an_initial_opening_a_justified_line_is_no_broken_word():
    """Justified text runs every full line to the margin: "… seconded by Cllr" then "J Smith" is a title and an
    initial, not one word; "OPC" then "C" in a narrow column still is."""

    justified = Para(
        [_cell("The minutes were approved, proposed by Cllr", 700, x1=500), _cell("J Smith.", 688, x1=420)],
        500,
    )
    assert justified.text == "The minutes were approved, proposed by Cllr J Smith."
    narrow = Para([_cell("Head of Commissioning, OPC", 700, x1=360), _cell("C", 688, x1=306)], 360)
    assert narrow.text == "Head of Commissioning, OPCC"


def test_a_short_line_in_another_typeface_at_the_body_s_size_is_a_heading(tmp_path):
    """Word's heading styles may print at the body's size in another typeface ("Calibri Light" over "Calibri"): a
    short line set so, alone, is a heading; a sentence in it, or a line ending in a full stop, is not."""
    page = Page()
    page.text(72, 740, "Crime figures", sans=True)
    page.lines(
        72, 720, ["Sergeant Whitcombe said there had been 41 crimes reported in the ward.", "It was down."]
    )
    page.text(72, 680, "Youths at the rec", sans=True)
    page.lines(72, 660, ["This took up most of the evening and members were concerned about it.", "Agreed."])
    page.text(72, 620, "The police will patrol the rec on Friday nights.", sans=True)
    page.lines(72, 600, ["Members thanked the sergeant for his report and his time this evening.", "Noted."])
    doc = read_pages(tmp_path, [page])
    assert texts(doc, "heading") == ["Crime figures", "Youths at the rec"]


def test_lines_set_in_after_a_colon_are_a_list_whose_bullets_printed_as_no_text(tmp_path):
    """A browser's bulleted list printed to PDF keeps no bullet in its text: after "…the following items:" the short
    lines set in from the left edge are its entries; an indented line after an ordinary sentence is not."""
    page = Page()
    page.lines(72, 740, ["The Panel agreed its work programme, with the following items:"])
    page.lines(
        100, 724, ["Public Spaces Protection Order - consultation response", "Fly-tipping enforcement"]
    )
    page.lines(72, 680, ["The Democratic Services Officer thanked members for their work this year."])
    page.lines(100, 664, ["An indented aside"])
    page.lines(72, 640, ["The meeting closed at 8pm and members left the chamber together."])
    doc = read_pages(tmp_path, [page])
    assert texts(doc, "list_item") == [
        "Public Spaces Protection Order - consultation response",
        "Fly-tipping enforcement",
    ]
