"""margins.py: minutes with an Action column at the right margin, read from a PDF as a table of lines."""

from __future__ import annotations

import textwrap
from pathlib import Path

from readers.pdfgen import Page, make_pdf  # tests/readers: the PDF writer of the reader tests

from scrutiny.extract import extract
from scrutiny.readers import read

PARAGRAPHS = [
    (
        "1. Bulb planting",
        "The bulbs arrived late. Ken will organise a volunteer day in February to plant them "
        "along the south path.",
        "KP",
    ),
    (
        "2. Fallen tree",
        "The tree by the pond came down in the storm. Jo to contact the council to have it removed "
        "before the spring.",
        "JA",
    ),
    (
        "3. Vetting",
        "The backlog of vetting renewals was discussed at length. The unit to report the clearance "
        "times to the next meeting.",
        "Head of PSD",
    ),
    ("4. Any other business", "There was no other business and the meeting closed at 9pm.", None),
]


def _front(lines: tuple[str, str, str], action: tuple[float, str]) -> tuple[Page, float]:
    """A page with the body's name, the minutes line and the Present line at its head, then the Action column's
    heading at the right: the page, and how far down the items begin."""
    page = Page()
    page.text(72, 740, lines[0], bold=True)
    page.text(72, 724, lines[1])
    page.text(72, 708, lines[2])
    page.text(action[0], 684, action[1], bold=True)
    return page, 684


def _minutes(tmp_path: Path) -> Path:
    page, y = _front(
        (
            "FRIENDS OF ELM PARK",
            "Minutes of the committee meeting held on Tuesday 26 January 2016 at 7pm",
            "Present: Sue Ward (Chair), Ken Platt, Jo Ames, Raj Patel",
        ),
        (500, "ACTION"),
    )
    y -= 16
    for title, text, owner in PARAGRAPHS:
        page.text(72, y, title, bold=True)
        y -= 14
        for k, line in enumerate(textwrap.wrap(text, 60)):  # Courier: 60 characters end short of the margin
            page.text(72, y, line)
            if owner and k == 0:
                page.text(500, y, owner)
            y -= 13
        y -= 8
    path = tmp_path / "elm-park-2016-01-26.pdf"
    path.write_bytes(make_pdf([page]))
    return path


def test_a_paragraph_read_line_by_line_beside_its_owner_is_one_task_of_its_item(tmp_path):
    (meeting,) = extract(read(_minutes(tmp_path))).meetings
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [(a.item, a.text, a.owners) for a in meeting.actions] == [
        ("1", "Ken will organise a volunteer day in February to plant them along the south path", ["KP"]),
        ("2", "Jo to contact the council to have it removed before the spring", ["JA"]),
        ("3", "The unit to report the clearance times", ["Head of PSD"]),  # "to the next meeting": its due
    ]


def test_a_margin_table_of_one_paragraph_a_row_that_runs_past_item_headings(tmp_path):
    """Each paragraph a line, its owner's initials at the right margin, the next items' headings in rows of their own
    with nothing beside them, and initials set in bold on a line of their own after the last paragraph: the items go
    on, and each task is its margin's owner's."""
    page = Page()
    page.text(72, 760, "FRIENDS OF ASHLEY COMMON", bold=True)
    page.text(72, 744, "Minutes of the committee meeting held on Wednesday 20th January 2016 at 7.30pm")
    page.text(72, 728, "Present: Claire Webb (Chair), Tom Hale, Nina Patel, Owen Burke")
    page.text(72, 706, "2. Matters arising", bold=True)
    rows = [
        ("Noticeboard: still waiting for the council to approve the site. Nina to chase.", "NP"),
        ("3. Work parties", ""),
        ("Owen to borrow tools from the council depot for the February work party.", "OB"),
        ("Tom to buy gloves and bin bags for the work party.", "TH"),
        ("4. Any other business", ""),
    ]
    y = 690
    for text, owner in rows:
        page.text(72, y, text)
        if owner:
            page.text(520, y, owner, bold=True)
        y -= 16
    page.text(72, y, "Lucy raised dog fouling near the play area. Agreed to ask the council for another bin.")
    page.text(520, y - 16, "CW", bold=True)
    path = tmp_path / "friends-2016-01-20.pdf"
    path.write_bytes(make_pdf([page]))
    (meeting,) = [m for m in extract(read(path)).meetings if m.attendees]
    assert [i.number for i in meeting.items] == ["2", "3", "4"]
    assert [(a.item, a.owners) for a in meeting.actions] == [
        ("2", ["NP"]),
        ("3", ["OB"]),
        ("3", ["TH"]),
        ("4", ["CW"]),
    ]


def _centred_minutes(tmp_path: Path) -> Path:
    """Each item one row of a borderless table: the heading and its text on the left, the owners centred in a
    narrow Action column level with the heading, so "AF/RM" begins left of where "RM" did."""
    page, y = _front(
        (
            "RAVENSWORTH POLICE AND CRIME PANEL",
            "Minutes of a meeting held on Monday 3 February 2025 at 10.00am",
            "Present: Cllr J Webb (Chair), Cllr K Ahmed, Cllr L Brown",
        ),
        (508, "Action"),
    )
    y -= 18
    items = [
        (
            "45/25 Proposed precept",
            "The Chief Executive would circulate the breakdown of the investment plan "
            "to members before the budget meeting.",
            "RM",
        ),
        (
            "46/25 Complaints",
            "Members asked for the next report to show the time taken to resolve complaints by category.",
            "AF/RM",
        ),
        ("47/25 Work programme", "The work programme was noted.", None),
    ]
    for title, text, owner in items:
        page.text(72, y, title, bold=True)
        if owner:
            page.text(524 - 3.3 * len(owner), y, owner)  # centred on x = 524
        y -= 13
        for line in textwrap.wrap(text, 60):
            page.text(72, y, line)
            y -= 13
        y -= 9
    path = tmp_path / "ravensworth-pcp-2025-02-03.pdf"
    path.write_bytes(make_pdf([page]))
    return path


def test_owners_centred_beside_an_item_heading_are_the_owners_of_its_text(tmp_path):
    (meeting,) = extract(read(_centred_minutes(tmp_path))).meetings
    assert [i.title for i in meeting.items] == ["Proposed precept", "Complaints", "Work programme"]
    assert sorted((a.owners, a.item) for a in meeting.actions) == [(["AF", "RM"], "46/25"), (["RM"], "45/25")]
