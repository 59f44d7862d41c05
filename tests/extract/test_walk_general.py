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
