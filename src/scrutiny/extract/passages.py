"""The document as a flow of passages, each knowing its page and the agenda item it sits under.

Extractors that read prose (markers, resolutions, commitments, updates) walk passages; the
table extractor turns narrative cells of an action schedule into passages too, so a
resolution inside a Word table is found like one in a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrutiny.document import Block
from scrutiny.record import Evidence


@dataclass
class Passage:
    text: str
    page: int | None
    item: str | None
    kind: str = "paragraph"  # paragraph, heading, list_item, cell
    block: Block | None = None
    reviewing: bool = False  # under an item that goes through the action log
    reported: bool = False  # already read as an update on an earlier action: only new errands are left in it
    decided: str | None = (
        None  # a cell of a Decision column: what it records, a bare "Approved." with its item's title
    )

    def evidence(self, text: str | None = None) -> Evidence:
        return Evidence(text=(text or self.text).strip(), page=self.page)
