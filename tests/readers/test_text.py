"""Text and Markdown reader: paragraphs, headings, lists, tab and pipe tables, stray tags.

Every block's words must be found in the source, as the evaluation checks evidence."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrutiny.document import UnreadableDocument
from scrutiny.readers import read

from .helpers import EVAL, assert_spans, table_cells, texts

_TOKEN = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Lower-case words only, as the evaluation compares evidence with the source."""
    return " ".join(_TOKEN.findall(text.lower()))


def findable(doc, source: str) -> list[str]:
    """Texts of blocks and cell paragraphs that cannot be found in the source; should be none."""
    body = plain(html.unescape(_TAG.sub(" ", source)))
    pieces = [p for b in doc.blocks for row in b.rows or [] for cell in row for p in cell.paragraphs]
    pieces += [b.text for b in doc.blocks if b.kind != "table"]
    return [piece for piece in pieces if plain(piece) not in body]


def read_text(tmp_path: Path, source: str, name: str = "minutes.txt"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    doc = read(path)
    assert_spans(doc)
    assert findable(doc, source) == []
    return doc


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join(tmp_path):
    source = (
        "The Commissioner has undertaken road-shows across the whole of Lancashire working\n"
        "alongside local neighbourhood policing teams and community safety partnerships. The\n"
        "events also provided an opportunity to promote the citizens in policing.\n"
        "\n"
        "Decision Required\n"
        "The report is for noting.\n"
    )
    doc = read_text(tmp_path, source)
    assert texts(doc) == [
        "The Commissioner has undertaken road-shows across the whole of Lancashire working alongside local "
        "neighbourhood policing teams and community safety partnerships. The events also provided an "
        "opportunity "
        "to promote the citizens in policing.",
        "Decision Required",
        "The report is for noting.",
    ]


def test_lines_set_in_columns_stay_apart(tmp_path):
    source = (
        "PRESENT:     Mr R Baines (Chair)          Independent Member\n"
        "             Mrs O Price                  Independent Member\n"
    )
    doc = read_text(tmp_path, source)
    assert texts(doc) == [
        "PRESENT:  Mr R Baines (Chair)  Independent Member",
        "Mrs O Price  Independent Member",
    ]


def test_markdown_headings_bold_and_lists(tmp_path):
    source = (
        "# Accountability Board\n\n**PRESENT:** Chief Constable, PCC\n\n**Risks**\n\n"
        "- Roger Hirst, PCC (RH)\n* Charles Garbett,\n  Treasurer (CG)\n1. Minutes of the last meeting\n"
    )
    doc = read_text(tmp_path, source, "minutes.md")
    assert [(block.kind, block.text, block.level) for block in doc.blocks] == [
        ("heading", "Accountability Board", 1),
        ("paragraph", "PRESENT: Chief Constable, PCC", None),
        ("heading", "Risks", None),
        ("list_item", "Roger Hirst, PCC (RH)", 1),
        ("list_item", "Charles Garbett, Treasurer (CG)", 1),
        ("list_item", "1. Minutes of the last meeting", 1),
    ]
    assert doc.format == "md" and doc.title == "Accountability Board"


def test_tab_rows_make_a_table_across_blank_lines_and_rule_rows(tmp_path):
    source = (
        "ITEM\tREPORT\tACTION\tOWNER\n"
        "---\t---\t---\t---\n"
        "1\tWelcome\t\t\n"
        "\n"
        "2\tFinance\t<p>Circulate the plan</p> <p>Report back</p>\tCFO\n"
        "\n"
        "\t\tto the Board.\t\n"
        "**People**\n"
        "3\tPeople\tNone\t\n"
    )
    doc = read_text(tmp_path, source)
    assert [block.kind for block in doc.blocks] == ["table", "heading", "table"]
    assert table_cells(doc, 0) == [
        [["ITEM"], ["REPORT"], ["ACTION"], ["OWNER"]],
        [["1"], ["Welcome"], [], []],
        [["2"], ["Finance"], ["Circulate the plan", "Report back"], ["CFO"]],
        [[], [], ["to the Board."], []],  # a page-broken row stays a row: the extractor joins it
    ]
    assert table_cells(doc, 1) == [[["3"], ["People"], ["None"], []]]


def test_cell_tags_lists_and_wide_gaps_make_paragraphs(tmp_path):
    source = (
        '8a\tOperation Shield\t<p>Three phases:</p> <ol style="x"> <li>1. Overt</li> <li>2. Reduce</li></ol>'
        "\tDevelop vetting response.  Joint inspection issues.\n"
        "8b\tLead <i>Framework</i>\tBriefing&nbsp;to PCC &amp; CC<br>Second\t\n"
    )
    doc = read_text(tmp_path, source)
    assert table_cells(doc) == [
        [
            ["8a"],
            ["Operation Shield"],
            ["Three phases:", "1. Overt", "2. Reduce"],
            ["Develop vetting response.", "Joint inspection issues."],
        ],
        [["8b"], ["Lead Framework"], ["Briefing to PCC & CC", "Second"], []],
    ]


def test_markdown_pipe_table(tmp_path):
    source = (
        "| Ref | Action | Owner |\n|---|:---|---:|\n| JAC/23/05 | Circulate the report<br>to members | TA |\n"
    )
    doc = read_text(tmp_path, source, "log.md")
    assert table_cells(doc) == [
        [["Ref"], ["Action"], ["Owner"]],
        [["JAC/23/05"], ["Circulate the report", "to members"], ["TA"]],
    ]


def test_markdown_escapes_are_the_characters_themselves(tmp_path):
    """A converter escapes what Markdown would read as markup ("3\\." would be a list): the text
    holds "3." as the paper printed it, so numbered minutes stay numbered paragraphs."""
    doc = read_text(
        tmp_path,
        "3\\. Minutes of the last meeting\n\n4\\. Matters arising \\- the \\*draft\\* plan\n\n| a \\| b | c\\_d |\n| - | - |\n| 1 | 2 |\n",
        name="minutes.md",
    )
    assert texts(doc)[:2] == ["3. Minutes of the last meeting", "4. Matters arising - the *draft* plan"]
    assert [b.kind for b in doc.blocks[:2]] == ["paragraph", "paragraph"]
    assert table_cells(doc)[0] == [["a | b"], ["c_d"]]


def test_a_backslash_in_plain_text_is_kept(tmp_path):
    assert (
        texts(read_text(tmp_path, "Folder C:\\papers\\2024\\. done\n"))[0]
        == "Folder C:\\papers\\2024\\. done"
    )


DOUBLE_SPACED = "\n\n".join(
    [
        "MINUTES OF THE MEETING OF THE RIVERSIDE COMMUNITY SAFETY FORUM HELD IN THE",
        "TOWN HALL ON MONDAY 3RD MARCH 2025",
        "Members present:",
        "Councillors P. Ames, R. Bright, T. Crane,",
        "V. Dale and W. Eyre",
        "1. Minutes",
        "The minutes of the last meeting were agreed. The Inspector said that the night-time",
        "patrols would continue through the summer and that a report on their effect",
        "would come to the forum in June.",
        "2. Any other business",
        "Councillor Ames asked about the parking survey. It had been delayed.",
        "The next meeting would be held on 2nd June.",
    ]
    * 2
)


def test_double_spaced_text_keeps_its_sentences_whole(tmp_path):
    """A PDF converted a line at a time with a blank line after each: a sentence goes on over the
    blank line when the line before it has no closing punctuation and the next cannot start anew."""
    found = texts(read_text(tmp_path, DOUBLE_SPACED, name="minutes.md"))
    assert "Councillors P. Ames, R. Bright, T. Crane, V. Dale and W. Eyre" in found
    assert (
        "The minutes of the last meeting were agreed. The Inspector said that the night-time patrols would"
        " continue through the summer and that a report on their effect would come to the forum in June."
    ) in found
    assert "1. Minutes" in found and "2. Any other business" in found  # a line ending a sentence ends it
    assert "Members present:" in found


def test_one_blank_line_between_paragraphs_still_parts_them(tmp_path):
    """Ordinary text whose paragraphs are one line each is not double-spaced text: nothing joins."""
    source = "\n\n".join(f"Paragraph {n} of the notes, with no full stop and more words" for n in range(30))
    assert len(texts(read_text(tmp_path, source, name="notes.md"))) == 30


def test_stray_tags_outside_tables(tmp_path):
    source = (
        "<p>Welcome and apologies.</p> <p>The minutes were <b>agreed</b>.</p>\n\n"
        "<ol><li>First</li><li>Second</li></ol>\n"
    )
    doc = read_text(tmp_path, source)
    assert [(block.kind, block.text) for block in doc.blocks] == [
        ("paragraph", "Welcome and apologies."),
        ("paragraph", "The minutes were agreed."),
        ("list_item", "First"),
        ("list_item", "Second"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "accountability-board-2023-09-11.txt",
        "performance-resources-board-2018-02-02.txt",
        "strategic-scrutiny-ce-update-2013-09-19.txt",
    ],
)
def test_dev_text_files_read_with_every_block_findable(name):
    path = EVAL / "dev" / name
    if not path.is_file():
        pytest.skip("shared evaluation files not available")
    doc = read(path)
    assert_spans(doc)
    assert findable(doc, path.read_text(encoding="utf-8")) == []
    if name.startswith("accountability"):
        row = next(row for row in table_cells(doc) if row[0] == ["3a"])
        assert row[4] == [
            "OPCC Head of Assurance and Statutory Duties and Force Strategic Planning Manager",
            "DCC and Force Strategic Planning Manager",
        ]


_LINE = st.one_of(
    # "<" and ">" are left to the sampled tags: the evaluation strips anything between them, even across lines
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="<>"), max_size=60
    ),
    st.sampled_from(
        [
            "",
            "# Heading",
            "- item",
            "1. first",
            "a\tb\tc",
            "\t<p>x</p>\ty",
            "| a | b |",
            "|---|---|",
            "**Bold**",
            "<br>",
            "&amp; &lt;p&gt;",
            "word-",
            "continued here",
            "   indented   wide   gaps",
        ]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE, max_size=25))
def test_any_text_reads_with_findable_blocks(tmp_path, lines):
    source = "\n".join(lines)
    path = tmp_path / "random.md"
    path.write_text(source, encoding="utf-8")
    try:
        doc = read(path)
    except UnreadableDocument as exc:
        assert exc.reason in ("empty file", "no text found") or "binary" in exc.reason
        return
    assert_spans(doc)
    assert findable(doc, source) == []


def test_a_lettered_entry_under_an_unpunctuated_title_line_is_a_block_of_its_own(tmp_path):
    path = tmp_path / "pc.txt"
    path.write_text(
        "15/33 Finance\na) It was agreed to pay the accounts.\nb) The audit was noted.\n", encoding="utf-8"
    )
    assert [b.text for b in read(path).blocks] == [
        "15/33 Finance",
        "a) It was agreed to pay the accounts.",
        "b) The audit was noted.",
    ]


def test_a_paragraph_numbered_in_brackets_after_a_full_stop_is_a_block_of_its_own(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text(
        "8. Treasury Management\n(1) Mr Jones moved the recommendations.\n(2) RESOLVED that:\n"
        "(a) the Strategy be approved.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == [
        "8. Treasury Management",
        "(1) Mr Jones moved the recommendations.",
        "(2) RESOLVED that:",
        "(a) the Strategy be approved.",
    ]


GRID = """# Minutes

+-------+--------------------------------------------------+---------+
| Item  | Discussion                                       | Action  |
+=======+==================================================+=========+
| 14/63 | The drain outside the school is blocked again    | Clerk   |
|       | and floods the footpath.                         |         |
|       |                                                  |         |
|       | Clerk to report to NCC.                          |         |
+-------+--------------------------------------------------+---------+
| 14/64 | The swing chains are worn.                       | JB      |
+-------+--------------------------------------------------+---------+

After the table.
"""

SIMPLE = """# Minutes

  Item    Discussion                                              Action
  ------- ------------------------------------------------------- --------
  14/63   The drain outside the school is blocked again and        Clerk
          floods the footpath.
  14/64   The swing chains are worn.                               JB

After the table.
"""


@pytest.mark.parametrize("text", [GRID, SIMPLE], ids=["grid", "simple"])
def test_pandoc_grid_and_simple_tables_are_tables(tmp_path, text):
    """The tables pandoc writes when it turns a Word file into Markdown: cells wrapped over lines are one text."""
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    rows = [[c.paragraphs for c in row] for row in table.rows or []]
    assert rows[0] == [["Item"], ["Discussion"], ["Action"]]
    assert rows[1][0] == ["14/63"] and rows[1][2] == ["Clerk"]
    assert rows[1][1][0] == "The drain outside the school is blocked again and floods the footpath."
    assert rows[2] == [["14/64"], ["The swing chains are worn."], ["JB"]]
    assert doc.blocks[-1].text == "After the table."


def test_a_markdown_link_reads_as_its_words(tmp_path):
    """A converted paper opens with "[Original file](https://…Sub-Committee%20Meeting…)": the address is no text."""
    path = tmp_path / "minutes.md"
    path.write_text(
        "[Original file](https://example.org/2019/Minutes%20JPC%20Sub-Committee.pdf)\n\n"
        'See ![the logo](logo.png "Logo") and \\[not a link\\] (here).\n',
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == ["Original file", "See the logo and [not a link] (here)."]


@pytest.mark.parametrize("name", ["post.md", "post.txt"])
def test_a_posts_front_matter_is_its_title_and_posting_day_not_its_text(tmp_path, name):
    doc = read_text(
        tmp_path,
        '---\nlayout: post\ntitle: "Notes from the Ward Forum, 5 May"\ndate: 2024-05-07 21:04:11\n'
        "tags:\n  - police\n  - forum\n---\n\nWe met at the hall.\n",
        name,
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [("paragraph", "We met at the hall.")]
    assert (doc.title, doc.posted) == ("Notes from the Ward Forum, 5 May", date(2024, 5, 7))


def test_rules_that_open_a_paper_are_no_front_matter_unless_keys_lie_between(tmp_path):
    doc = read_text(
        tmp_path, "---\nMinutes of the meeting. We met at the hall.\n---\n\nPresent: A Bell.\n", "minutes.md"
    )
    assert doc.posted is None and [b.text for b in doc.blocks][-1] == "Present: A Bell."
    assert any("We met at the hall." in b.text for b in doc.blocks)


def test_a_numbered_title_line_is_not_joined_to_the_minute_under_it(tmp_path):
    path = tmp_path / "pc.txt"
    path.write_text(
        "3. Minutes of the meeting of 5 February 2024\nThe minutes were approved.\n4. Planning\n"
        "No applications.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == [
        "3. Minutes of the meeting of 5 February 2024",
        "The minutes were approved.",
        "4. Planning",
        "No applications.",
    ]


def test_each_numbered_line_of_an_action_log_is_a_block(tmp_path):
    path = tmp_path / "log.txt"
    path.write_text(
        "New actions\n\n01/19: circulate the revised capital programme to members - LT, 15 Feb 19\n"
        "02/19: report on the savings from the joint control room with the fire service - JF, May 19\n",
        encoding="utf-8",
    )
    assert [b.text[:5] for b in read(path).blocks] == ["New a", "01/19", "02/19"]


def test_a_lettered_entry_after_a_blank_line_in_double_spaced_text_is_its_own_block(tmp_path):
    lines = [f"Line {k} of the minutes." for k in range(24)] + [
        "67/14 Matters arising",
        "a) Dog bin - installed.",
        "b) Hedge - no reply yet.",
    ]
    doc = read_text(tmp_path, "\n\n".join(lines) + "\n")
    assert [b.text for b in doc.blocks][-3:] == [
        "67/14 Matters arising",
        "a) Dog bin - installed.",
        "b) Hedge - no reply yet.",
    ]


def test_front_matter_after_a_byte_order_mark_and_blank_lines_with_any_other_keys(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        '\ufeff\n\n---\ntitle: "Notes of the Ward Forum"\ndate: 2011-06-20\nexcerpt: >\nNotes taken by the secretary\n---\n\n'
        "We met at the hall.\n",
        encoding="utf-8",
    )
    doc = read(path)
    assert (doc.title, doc.posted, [b.text for b in doc.blocks]) == (
        "Notes of the Ward Forum",
        date(2011, 6, 20),
        ["We met at the hall."],
    )


def test_a_columned_row_whose_text_wrapped_under_itself_is_one_block(tmp_path):
    """An actions list set in columns with spaces: the first row's text wrapped onto a line indented to its own
    column, with the owner and timescale there; the row is one block, and the next rows stay their own."""
    path = tmp_path / "notes.txt"
    path.write_text(
        "ACTIONS AGREED\n"
        "  PEG 25-01  Finalise strategic assessment and circulate for comment\n"
        "             (include alcohol admissions data)         SM      21/03/25\n"
        "  PEG 25-02  Joint paper on hospital admissions data    OR/HT   June mtg\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == [
        "ACTIONS AGREED",
        "PEG 25-01  Finalise strategic assessment and circulate for comment (include alcohol admissions data)  SM  "
        "21/03/25",
        "PEG 25-02  Joint paper on hospital admissions data  OR/HT  June mtg",
    ]


def test_double_spaced_text_goes_on_after_a_title_closing_a_line(tmp_path):
    """ "… were adopted on the proposal of Cllr." then, after the blank line, "Fogarty, seconded by Cllr. Considine.":
    a title's full stop ends no sentence."""
    source = "\n\n".join(
        [
            "Minutes of the meeting of the Joint Policing Committee held on 17th February 2025",
            "The minutes of the meeting held on 18th November 2024 were adopted on the proposal of Cllr.",
            "Fogarty, seconded by Cllr. Considine.",
            "The Cathaoirleach welcomed the members of the Committee and the officials present.",
        ]
        * 6  # enough lines to tell the text is double-spaced
    )
    found = texts(read_text(tmp_path, source, name="minutes.md"))
    assert (
        "The minutes of the meeting held on 18th November 2024 were adopted on the proposal of Cllr. Fogarty, "
        "seconded by Cllr. Considine."
    ) in found


def test_a_centred_title_wrapped_over_two_lines_is_one_block(tmp_path):
    """A text copy's centred title, wrapped: "MINUTES OF MEETING OF KILMORE JOINT POLICING" over "COMMITTEE" is one
    title; lines of columns ("Mrs O Price        Independent Member") stay lines."""
    source = (
        "                         KILCORAN COUNTY COUNCIL\n\n"
        "            MINUTES OF MEETING OF KILMORE JOINT POLICING\n"
        "                              COMMITTEE\n\n"
        "PRESENT:     Mr R Baines (Chair)          Independent Member\n"
        "             Mrs O Price                  Independent Member\n"
    )
    found = texts(read_text(tmp_path, source, name="minutes.txt"))
    assert "MINUTES OF MEETING OF KILMORE JOINT POLICING COMMITTEE" in found
    assert not any("Member Mrs" in text or "Member             Mrs" in text for text in found)


def test_markdown_emphasis_around_a_phrase_is_dropped(tmp_path):
    doc = read_text(
        tmp_path,
        "*Action point: Clerk - write to the bus company.*\n\nA _warm_ welcome, 2 * 3 * 4, my_file_name.\n",
        name="minutes.md",
    )
    assert texts(doc) == [
        "Action point: Clerk - write to the bus company.",
        "A warm welcome, 2 * 3 * 4, my_file_name.",
    ]
