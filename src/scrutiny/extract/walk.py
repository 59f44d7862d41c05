"""A meeting's blocks as a flow of passages in document order, each under the agenda item it sits in:
items found on the way, action tables read, sections (actions, matters arising, a forward plan)
followed, so the prose extractors know where each passage stands."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from scrutiny.document import Block
from scrutiny.extract.attendance import table_attendees
from scrutiny.extract.dates import find_dates
from scrutiny.extract.forward_plan import SECTION, listed_entry, table_entries
from scrutiny.extract.header import find_body
from scrutiny.extract.items import (
    first_sub_item,
    in_order,
    is_furniture,
    item_heading,
    major,
    numbers_an_item,
    runs_on,
    spread_items,
    table_items,
    table_minutes,
)
from scrutiny.extract.markers import DATED_REPORT, REF_ENTRY, labelled_entry, section_actions
from scrutiny.extract.passages import Passage
from scrutiny.extract.status import read_status, update_status
from scrutiny.extract.tables import TableState, column_roles, planning_decisions, read_table
from scrutiny.extract.text import Gated, sentences, verbatim
from scrutiny.extract.updates import PROSE_UPDATE, entry_updates, listed_update, reviews_earlier, starts_topic
from scrutiny.record import ActionUpdate, Evidence, ForwardPlanEntry, Item, Meeting

# "Actions from previous meeting", "Outstanding actions": a table under it reports on earlier actions
_EARLIER_ACTIONS = re.compile(
    r"\bactions?\s+(?:arising\s+)?from\s+(?:the\s+)?(?:previous|last|earlier|(?!this\b|today)\w+\s+meeting)|\boutstanding\s+actions\b|"
    r"\bactions?\s+of\s+(?:the\s+)?(?:previous|last|earlier)\b|"
    r"\bprevious\s+actions\b|\bmatters\s+arising\b",
    re.IGNORECASE,
)
_REVIEW_OPENS = Gated(
    re.compile(
        r"\b(?:previous|outstanding|earlier)\s+(?:matters|actions|items)\s+(?:were|was)\s+(?:checked|reviewed|updated|"
        r"gone\s+through)\b[^.]*[.:]?\s*$",
        re.IGNORECASE,
    ),
    "previous",
    "outstanding",
    "earlier",
)
_ACTIONS_HEADING = re.compile(
    r"^(?!.*\bfrom\s+(?:the\s+)?(?:previous|last|earlier)\b)(?:summary\s+of\s+)?(?:(?P<owner>(?:the\s+)?[A-Z][\w-]*)['’]s\s+)?"
    r"(?:new\s+|agreed\s+)?actions?"
    r"(?:\s+(?:arising|agreed|list|points?))?\b(?!\s+(?:arising\s+)?from\s+(?:the\s+)?(?:previous|last|(?!this\b|today)\w+\s+meeting))"
    r"|^(?:the\s+)?following\s+actions?\s+(?:were|was|are|is)\s+(?:agreed|given|set|allocated|noted)\b"  # "…were agreed:"
    # a list of who is to do what named in other words: "To do before next time", "Next steps", "Tasks agreed"
    r"|^(?:things\s+)?to[\s-]+dos?(?:\s+(?:list|before|by|for|after)\b[^.]*)?\W*$"
    r"|^(?:agreed\s+|new\s+)?(?:tasks|next\s+steps|jobs)(?:\s+(?:agreed|arising|for|before|allocated)\b[^.]*)?\W*$"
    r"|^who['’]?s\s+doing\s+what\W*$",
    re.IGNORECASE,
)
# "The Panel reviewed the action log.", "BC took the Board through the action schedule:": a table after it is that log
_LOG_REVIEWED = Gated(
    re.compile(
        r"\b(?:through|reviewed|considered|noted|updated\s+on|went\s+through)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:action\s+(?:log|schedule|tracker|sheet)|actions)\b",
        re.IGNORECASE,
    ),
    "action",
)
_INTRODUCES = re.compile(
    r"\b(?:the\s+following|as\s+follows|below)\W*$", re.IGNORECASE
)  # "Members noted the following:"
_ENTRY_SPLIT = re.compile(r":\s|\s[–—-]\s")  # an entry's owner set off from what it says, not a bare title
_LEAD_IN_WORDS = 12  # "Actions from the previous meeting": a line that heads what follows is short
_HEADING_LINE_WORDS = 10  # a paragraph this short may head a section ("Actions", "Matters arising")
# the columns of a table reviewing earlier actions that an action table's header may not have: "No. | Resolution | Update"
_REVIEW_COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    ("ref", re.compile(r"^(?:ref(?:erence)?|no|number|#|min(?:ute)?(?:\s+(?:no|ref))?)\.?$", re.IGNORECASE)),
    ("status", re.compile(r"^(?:status|rag(?:\s+status)?|position|outcome|complete)\b", re.IGNORECASE)),
    ("update", re.compile(r"\b(?:update|progress|comments?|response|notes?)\b", re.IGNORECASE)),
    (
        "task",
        re.compile(
            r"\b(?:actions?|resolutions?|recommendations?|decisions?|matters?|issues?|requests?|"
            r"tasks?|description|subject)\b",
            re.IGNORECASE,
        ),
    ),
]
_SHORT_CELL_WORDS = 12  # a table of cells no longer than this (name | role) is read a row at a time


@lru_cache(maxsize=4096)
def _actions_heading(text: str) -> tuple[bool, str | None]:
    """Whether `text` heads a list of this meeting's actions, and whose they are when it says ("Clerk's action
    points")."""
    m = _ACTIONS_HEADING.match(text)
    return bool(m), m.group("owner") if m and m.group("owner") else None


def _reviews(text: str) -> bool:
    """A heading or title naming a review of earlier actions (cached: each table asks it of every item so far)."""
    return reviews_earlier(text)


def walk(
    blocks: list[Block], meeting: Meeting, when: date | None, after: date | None, title: str | None = None
) -> tuple[list[Passage], list[ForwardPlanEntry]]:
    """Items, table actions and the prose passages, in document order, each under its item (`title`: the
    web page's or post's, when it may say the paper is a meeting's notes)."""
    passages: list[Passage] = []
    plan: list[ForwardPlanEntry] = []
    state = TableState()
    item: str | None = None
    in_actions = in_updates = reviewing_item = earlier_table = log_heading = review_run = False
    list_owner: str | None = None  # whose actions an actions list heads: "Clerk's action points"
    first_report = listing = False
    plan_document = any(SECTION.search(b.text) for b in blocks[:6] if b.kind != "table")
    in_plan = plan_document
    plan_body = meeting.body
    spread, parts = spread_items(blocks, title)
    # a write-up of unnumbered headings, not capital headings among numbered items ("ORDINARY MEETING" after "5.")
    unnumbered = (
        bool(spread)
        and all(found.number is None for found in spread.values())
        and not any(numbers_an_item(b) for b in blocks[: min(spread)])
    )
    for i, block in enumerate(blocks):
        if block.kind == "table":
            entries = table_entries(block, in_plan, when, plan_body) if in_plan else None
            if entries:
                plan.extend(entries)
                continue
            table = read_table(
                block, state, when, after, item, earlier=earlier_table or (log_heading and _progress(block))
            )
            if table:
                meeting.actions.extend(table.actions)
                meeting.action_updates.extend(table.updates)
                for found in table.items:
                    meeting.items.append(found)
                    item = found.number
                reviewing = {i.number for i in meeting.items if _reviews(i.title)}
                for cell in table.passages:
                    cell.reviewing = cell.item in reviewing
                passages.extend(table.passages)
                continue
            entries = table_entries(block, in_plan, when, plan_body)
            if entries is not None:
                plan.extend(entries)
                continue
            agenda = table_items(block)
            if agenda and in_order(meeting.items[-1] if meeting.items else None, agenda[0]):
                meeting.items.extend(agenda)
                minutes = table_minutes(block)  # printed minutes: each minute below its title
                reviewing = {i.number for i in agenda if _reviews(i.title)}  # "5 Action Tracker"
                for minute in minutes:
                    minute.reviewing = minute.item in reviewing
                passages.extend(minutes)
                item = agenda[-1].number
                continue
            listed = table_attendees(block)
            if listed is not None:
                meeting.attendees.extend(listed)
                continue
            views = planning_decisions(block, item)
            if views is not None:  # Application | Proposal | Comment: the meeting's view of each
                passages.extend(views)
                continue
            reviewed = _review_rows(block) if earlier_table else []
            if reviewed:
                meeting.action_updates.extend(reviewed)
                continue
            passages.extend(_table_passages(block, item))
            continue
        if i in parts or is_furniture(block.text):  # an item's lone number or label, a page's links
            continue
        if _reports_on(block, passages[-1] if passages else None, blocks[i - 1] if i else None):
            passages[-1].text = f"{passages[-1].text}\n{block.text}"  # "22 Apr: Letter sent; reply awaited."
            continue
        passage = Passage(block.text, block.page, item, block.kind, block)
        if (
            block.kind == "heading"
        ):  # a bare "Action log" heads a log of earlier actions or of this meeting's: see _progress
            log_heading = _reviews(block.text) and not _own_day(block, when)
        if len(block.text.split()) <= _LEAD_IN_WORDS:
            earlier_table = _earlier_table(block, earlier_table, when)
        elif "action" in block.text.lower() and _LOG_REVIEWED.search(
            sentences(block.text)[-1]
        ):  # "The minutes were approved. The Board reviewed the action log."
            earlier_table = True
        in_list = in_actions and not in_updates and block.kind != "heading"
        action_entries = section_actions(passage, when, after, list_owner) if in_list else []
        heading = spread.get(i) or (
            None
            # an actions list's numbered entry is no item, though it sets no task ("3. Sue: thanks for the cake")
            if labelled_entry(block.text)
            or action_entries
            or (in_list and block.kind == "list_item" and _ENTRY_SPLIT.search(block.text))
            or (block.kind == "list_item" and unnumbered)  # a numbered list among a write-up's headed items
            else item_heading(passage)
        )
        entries_run, listing = listing, False
        if heading and in_updates and _review_entry(heading, item, entries_run and block.kind == "list_item"):
            heading, listing = None, True
        # a heading of the document's own is an item wherever it stands: "40/24 … (taken after item 41/24)"
        if heading and (
            block.kind == "heading" or in_order(meeting.items[-1] if meeting.items else None, heading)
        ):
            meeting.items.append(heading)
            point = (
                None if _reviews(heading.title) else first_sub_item(heading)
            )  # "(a) …" under matters arising: an entry
            if point:
                meeting.items.append(point)
            item = (point or heading).number
            passage.item = item
            if not runs_on(heading):  # a minute run on after its title on the same line is prose too
                passage.kind = "item"
            reviewing_item = _reviews(heading.title)
            passage.reviewing = reviewing_item  # "3. MATTERS ARISING (a) … (b) …": its minute run in
            earlier_table = reviewing_item or bool(_EARLIER_ACTIONS.search(heading.title))
            in_plan = plan_document or bool(SECTION.search(heading.title))
            in_actions, list_owner = _actions_heading(heading.title)
            in_updates = _reviews(heading.title)
            first_report = review_run and not in_updates
            listing = in_updates and passage.kind == "item"  # a bare "2. Matters arising" over its entries
            passages.append(passage)
            continue
        if action_entries:  # an entry of an "Actions" section, bulleted, numbered ("2. Get quotes – Cllr Lane") or a plain line
            meeting.actions.extend(action_entries)
            continue
        short = len(block.text.split()) <= _HEADING_LINE_WORDS
        if block.kind == "heading" or (short and block.kind == "paragraph"):
            in_plan = (
                plan_document or bool(SECTION.search(block.text)) or (in_plan and block.kind != "heading")
            )
            if plan_document and find_body(block.text):
                plan_body = find_body(block.text)
            if _ACTIONS_HEADING.match(block.text.strip(" *#:")) or block.kind == "heading":
                in_actions, list_owner = _actions_heading(block.text.strip(" *#:"))
            in_updates = _reviews(block.text) or (
                in_updates and block.kind != "heading" and not starts_topic(block.text)
            )
        elif _REVIEW_OPENS.search(
            block.text
        ):  # "… previous matters were checked for updates:" opens a review
            in_updates = review_run = True
        elif in_updates and block.kind == "list_item" and read_status(block.text):
            meeting.action_updates.append(_numbered(listed_update(passage)))
            passage.reviewing = passage.reported = (
                True  # it may set a new errand too ("… We should monitor.")
            )
            passages.append(passage)
            continue
        planned = listed_entry(passage, plan_body) if in_plan and block.kind == "list_item" else None
        if planned:  # "- 4 November 2025 – Domestic abuse strategy refresh" under "Forward plan"
            plan.append(planned)
            continue
        passage.reviewing = reviewing_item
        if first_report and not in_updates:
            meeting.action_updates.extend(_opening_report(passage))
        elif in_updates and not reviewing_item:  # under a reviewing item, prose_updates reads them
            meeting.action_updates.extend(entry_updates(passage))
        first_report = False
        passages.append(passage)
    return passages, plan


def _reports_on(block: Block, last: Passage | None, before: Block | None) -> bool:
    """A dated line straight after an action-log entry ("01/25: Provide a costed option … SW, March." then "22 Apr:
    Options paper circulated. Complete.") is the progress written against that entry: read with it, as one entry."""
    return (
        block.kind in ("paragraph", "list_item")
        and last is not None
        and last.block is before
        and last.kind in ("paragraph", "list_item")
        and bool(DATED_REPORT.match(block.text))
        and REF_ENTRY.match(last.text) is not None
    )


def _opening_report(passage: Passage) -> list[ActionUpdate]:
    """After "previous matters were checked for updates", each item heading names an earlier matter and its
    minute opens with the report on it ("Fire Station / Discussions are ongoing …"); what the minute goes on to
    say is that meeting's own discussion, so only an update its first sentence states is kept."""
    opening = sentences(verbatim(passage.text))[:1]
    return [
        u
        for u in entry_updates(passage)
        if opening and u.evidence and u.evidence.text.strip() == opening[0].strip()
    ]


def _review_entry(heading: Item, section: str | None, listing: bool) -> bool:
    """A numbered line under "Matters arising" that names a matter and runs its report on after a colon or dash
    ("1. Bench at the war memorial: the new bench has been installed.") is an entry of the review, not an item,
    when its number restarts inside the section or is one of the section's own ("2.1" under item 2), or when
    `listing`: Word's numbering carried on from the bare section heading through entries straight after it
    ("2. Matters arising", "3. Bench …: …", "4. Dog bins …: …"); a bare title after them is the next item."""
    if (
        section is None
        or heading.number is None
        or not runs_on(heading)
        or _next_minute(heading.number, section)
    ):
        return False
    return listing or major(heading.number) <= major(section)


def _next_minute(number: str, section: str) -> bool:
    """ "15/44" after "15/43 Matters arising" (or "44/15" after "43/15"): the next minute of the same series, where
    matters arising name earlier ones ("15/22", "14/56")."""
    a, b = re.fullmatch(r"(\d+)/(\d+)", number), re.fullmatch(r"(\d+)/(\d+)", section)
    if not (a and b):
        return False
    if a.group(1) == b.group(1):
        return int(a.group(2)) > int(b.group(2))
    return a.group(2) == b.group(2) and int(a.group(1)) > int(b.group(1))


def _own_day(block: Block, when: date | None) -> bool:
    return bool(when) and any(found == when for found, _, _ in find_dates(block.text))


def _progress(block: Block) -> bool:
    """A table under a bare "Action log" heading reports progress on earlier actions when it has a column of
    updates or states a status other than open ("Complete", "Ongoing", "Carried forward"); a log of the
    meeting's own new actions states none or "Open"."""
    rows = block.rows or []
    roles = column_roles([c.text for c in rows[0]]) if rows else {}
    if "update" in roles.values():
        return True
    column = next((k for k, role in roles.items() if role == "status"), None)
    return column is not None and any(
        read_status(row[column].text) not in (None, "open") for row in rows[1:] if column < len(row)
    )


def _earlier_table(block: Block, before: bool, when: date | None) -> bool:
    """Whether a table after this short line reports on earlier actions: a line naming them ("Actions from the
    previous meeting") or saying the log was gone through opens such a table; one heading new actions ("Summary
    of actions arising", "Action log – 5 March 2024" of the meeting's own day) or another topic ends it; any
    other sentence leaves it as it was, so an action-log item's table stays a review after "The Panel reviewed
    the action log." or "Members noted the following:"."""
    text = block.text.strip(" *#:")
    if _own_day(block, when):
        return False
    if _EARLIER_ACTIONS.search(text) or _LOG_REVIEWED.search(text):
        return True
    if _ACTIONS_HEADING.match(text) and not _reviews(text):
        return False
    if block.kind == "heading" or (starts_topic(block.text) and not _INTRODUCES.search(text)):
        return _reviews(text) and before
    return before


def _numbered(update: ActionUpdate) -> ActionUpdate:
    """An entry opening with its action's number ("Action 31 – … – Complete.") is an update on that number."""
    lead = PROSE_UPDATE.match(update.text or "") if update.ref is None else None
    if lead and not re.search(r"[,&]|\band\b", lead.group("refs")):
        update.ref = lead.group("refs").strip()
    return update


def _review_rows(block: Block) -> list[ActionUpdate]:
    """A table under a review of earlier actions whose header names what was to be done and the progress on it
    ("No. | Resolution | Update", "Action | Progress"), though no owner or timescale: an update a row."""
    rows = block.rows or []
    if len(rows) < 2:
        return []
    roles: dict[str, int] = {}
    for k, cell in enumerate(rows[0]):
        role = next((r for r, pattern in _REVIEW_COLUMNS if pattern.search(cell.text.strip(" :"))), None)
        if role and role not in roles:
            roles[role] = k
    if "task" not in roles or not {"status", "update"} & roles.keys():
        return []
    out: list[ActionUpdate] = []
    for row in rows[1:]:
        texts = [c.text.strip() for c in row]
        field = {role: texts[k] if k < len(texts) else "" for role, k in roles.items()}
        task = " ".join(field["task"].split())
        if not task:
            continue
        said = [t for t in (field.get("status", ""), " ".join(field.get("update", "").split())) if t]
        text = f"{task} – {': '.join(said)}" if said else task
        status = update_status(field.get("status")) or update_status(
            " ".join(field.get("update", "").split())
        )
        lead = REF_ENTRY.match(task)  # "01/25: Present a recovery plan …" in the task's own cell
        out.append(
            ActionUpdate(
                ref=field.get("ref") or (lead.group("ref") if lead and lead.start() == 0 else None),
                text=text,
                status=status,
                evidence=Evidence(field["task"].split("\n")[0], block.page),
            )
        )
    return out


def _table_passages(block: Block, item: str | None) -> list[Passage]:
    """A table of short cells (name | role) reads as lines; one of long cells as paragraphs."""
    rows = block.rows or []
    if all(len(c.text.split()) <= _SHORT_CELL_WORDS for row in rows for c in row):
        return [
            Passage("  ".join(c.text for c in row if c.text.strip()), block.page, item, "row", block)
            for row in rows
        ]
    return [
        Passage(p, block.page, item, "cell", block) for row in rows for cell in row for p in cell.paragraphs
    ]
