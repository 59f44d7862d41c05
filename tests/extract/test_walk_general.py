"""Whole invented papers walked item by item (issue 8): where a review of earlier matters begins and ends,
and which numbered lines open an item. The papers are invented, in the layouts community councils,
parish councils and liaison groups use."""

from __future__ import annotations

from pathlib import Path

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable


def _read(tmp_path: Path, text: str, name: str = "minutes.md") -> tuple[list[tuple], list[tuple]]:
    """The items (number, title) and updates (text, status) of every meeting the paper records."""
    path = tmp_path / name
    path.write_text(text)
    doc = read(path)
    meetings = extract(doc).meetings
    for update in (u for m in meetings for u in m.action_updates):
        assert update.evidence and findable(update.evidence.text, doc.text)
    items = [(i.number, i.title) for m in meetings for i in m.items]
    return items, [(u.text, u.status) for m in meetings for u in m.action_updates]


def test_items_after_previous_matters_were_checked_open_with_their_report(tmp_path):
    paper = """# Minutes of the Annual General Meeting of Kelburn Vale Community Council, 7 October 2024

Present: Moira Tennant (Chair), Alasdair Reid, Fiona Baxter, Cllr Ewan Lockhart

**1. Attendance and apologies**
Apologies from Ross Galbraith.

**2. Report from the outgoing Chair**
The outgoing Chair thanked members for their work over the year.

**General Meeting**

The General Meeting followed the AGM. As there was no meeting in September, previous matters were checked for updates.

**1. Community Garden**
The lease with the housing association is still being negotiated. Members discussed planting for the spring and agreed the garden should stay open to all residents.

**2. Bus Shelter on Dalmore Road**
No reply yet from the transport authority about the broken shelter. The matter will be raised again in the new year.

**3. Report from the local councillor**
Cllr Lockhart reported on the ward budget. The library opening hours have been extended and the change was welcomed.

**4. Any other business**
Members raised the state of the pavements near the school.
"""
    items, updates = _read(tmp_path, paper)
    assert ("1", "Community Garden") in items and ("3", "Report from the local councillor") in items
    assert [(text.split()[:3], status) for text, status in updates] == [
        (["The", "lease", "with"], "in_progress"),
        (["No", "reply", "yet"], "open"),
    ], updates


def _word_paper(tmp_path: Path, entry_style: str) -> tuple[list[tuple], list[tuple]]:
    """A parish council's minutes numbered by Word itself, its matters-arising entries in `entry_style`."""
    from docx import Document

    word = Document()
    word.add_paragraph(
        "Minutes of the meeting of Thornbury Green Parish Council held on 12 March 2024 at the Pavilion"
    )
    word.add_paragraph("Present: Cllr A Hollis (Chair), Cllr B Kemp, Cllr C Vane; Mrs D Lowe (Clerk)")
    word.add_paragraph("Apologies", style="List Number")
    word.add_paragraph("Apologies were received from Cllr E Frost.")
    word.add_paragraph("Matters arising", style="List Number")
    word.add_paragraph(
        "Bench at the war memorial: the Clerk reported that the new bench has been installed.",
        style=entry_style,
    )
    word.add_paragraph(
        "Dog bins on Mill Lane – the district council has agreed to empty them weekly.", style=entry_style
    )
    word.add_paragraph("Finance", style="List Number")
    word.add_paragraph("Payments totalling £1,240 were approved.")
    path = tmp_path / "minutes.docx"
    word.save(str(path))
    doc = read(path)
    meetings = extract(doc).meetings
    for update in (u for m in meetings for u in m.action_updates):
        assert update.evidence and findable(update.evidence.text, doc.text)
    return [i.title for m in meetings for i in m.items], [u.text for m in meetings for u in m.action_updates]


def test_matters_arising_entries_numbered_by_word_are_no_items(tmp_path):
    for style in (
        "List Number",
        "List Number 2",
    ):  # the numbering carried on from the item, or restarted under it
        items, updates = _word_paper(tmp_path, style)
        assert items == ["Apologies", "Matters arising", "Finance"], (style, items)
        assert len(updates) == 2 and "Dog bins on Mill Lane" in updates[1], (style, updates)


def test_an_item_after_a_review_with_its_minute_run_in_stays_an_item(tmp_path):
    paper = """Minutes of the meeting of Ashby Moor Parish Council held on 4 June 2024 at the Village Hall

Present: Cllr R Dunn (Chair), Cllr S Pike, Cllr T Noon; Mr U Vail (Clerk)

1. Apologies

None.

2. Matters arising

The Clerk reported that the grit bin at Church Hill had been refilled.

3. Planning: No applications had been received.

4. Finance: The Clerk presented the accounts, which were approved.
"""
    items, _ = _read(tmp_path, paper, "minutes.txt")
    assert [number for number, _ in items] == ["1", "2", "3", "4"], items


def test_a_first_sub_item_on_its_parents_line(tmp_path):
    paper = """Minutes of the meeting of Hexley Parish Council held on 9 April 2024 at the Village Hall

Present: Cllr R Dunn (Chair), Cllr S Pike, Cllr T Noon; Mr U Vail (Clerk)

11. APOLOGIES

None.

12. PARISH FACILITIES i. Play area – the annual inspection found the swings worn. Clerk to obtain quotes.

ii. Village hall – the boiler has been serviced.

13. FINANCE

Payments were approved.
"""
    items, _ = _read(tmp_path, paper, "minutes.txt")
    assert items == [
        ("11", "APOLOGIES"),
        ("12", "PARISH FACILITIES"),
        ("12 (i)", "Play area"),
        ("12 (ii)", "Village hall"),
        ("13", "FINANCE"),
    ], items


def test_a_review_table_whose_action_cells_open_with_the_log_number_names_each_update_by_it(tmp_path):
    """ "Action brought forward | Update 8 July | Status" with "01/25: Present a recovery plan … CM, March 25." in the
    first cell: the update is on 01/25."""
    from scrutiny.extract import extract

    from ._build import build

    doc = build(
        [
            ("heading", "Joint Executive Board – Record and Action Log", None),
            ("paragraph", "Date: 8 July 2025 Time: 09:30 Venue: Meeting Room 3", None),
            ("paragraph", "Present: Rhiannon Gale, PCC (RG); Andrew Firth, Chief Constable (AF)", None),
            ("heading", "1. Review of the action log", None),
            (
                "table",
                [
                    [["Action brought forward"], ["Update 8 July"], ["Status"]],
                    [
                        ["01/25: Present a recovery plan for the backlog. AF, March 25."],
                        ["Plan presented."],
                        ["Complete"],
                    ],
                ],
                None,
            ),
        ]
    )
    (meeting,) = extract(doc).meetings
    assert [(u.ref, u.status) for u in meeting.action_updates] == [("01/25", "complete")]
