"""Pure functions from a `Document` to a `Record`: no I/O, no database.

The document is cut into the meetings it records (a Panel pack may hold an agenda and the
minutes of an earlier meeting); each meeting's blocks become a flow of passages that the
extractors read in order, so every record knows the agenda item it arose under and the
passage it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from scrutiny.document import Block, Document
from scrutiny.extract.attendance import label_of, read_attendance, table_attendees
from scrutiny.extract.dates import MONTH_ONLY, find_dates
from scrutiny.extract.decisions import read_decisions
from scrutiny.extract.flat_tables import regroup
from scrutiny.extract.forward_plan import SECTION, marked_entries, table_entries
from scrutiny.extract.header import Header, body_rank, filed_date, find_body, next_meeting, read_header
from scrutiny.extract.items import in_order, is_furniture, item_heading, runs_on, spread_items, table_items
from scrutiny.extract.margins import unfold_margins
from scrutiny.extract.markers import (
    OWNER_ONLY_LINE, attach_fields, labelled_entry, log_entries, marked_actions, section_actions,
)
from scrutiny.extract.narrative import commitments, new_commitments
from scrutiny.extract.owners import people_of
from scrutiny.extract.status import read_status
from scrutiny.extract.passages import Passage
from scrutiny.extract.report import is_report, report_item
from scrutiny.extract.similarity import near_duplicate
from scrutiny.extract.tables import TableState, read_table
from scrutiny.extract.updates import (
    UPDATES_HEADING, entry_updates, listed_update, prose_updates, starts_topic,
)
from scrutiny.record import Action, Evidence, ForwardPlanEntry, Item, Meeting, Record, Source

_SEGMENT_START = re.compile(
    r"^(?:draft\s+|unconfirmed\s+|confirmed\s+|public\s+)?(?:minutes|notes|agenda|action\s+(?:log|schedule|notes))\b", re.I
)
# "Actions from previous meeting", "Outstanding actions": a table under it reports on earlier actions
_EARLIER_ACTIONS = re.compile(
    r"\bactions?\s+(?:arising\s+)?from\s+(?:the\s+)?(?:previous|last|earlier|\w+\s+meeting)|\boutstanding\s+actions\b|"
    r"\bprevious\s+actions\b|\bmatters\s+arising\b",
    re.I,
)
_REVIEW_OPENS = re.compile(
    r"\b(?:previous|outstanding|earlier)\s+(?:matters|actions|items)\s+(?:were|was)\s+(?:checked|reviewed|updated|"
    r"gone\s+through)\b[^.]*[.:]?\s*$", re.I)
_REPORT_TO = re.compile(r"^\s*(?:report|paper)\s+(?:to|for)\s+(?:the\s+)?\S", re.I)
_RUNNING = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.I)  # a page footer repeats the title and date
_ACTIONS_HEADING = re.compile(
    r"^(?!.*\bfrom\s+(?:the\s+)?(?:previous|last|earlier)\b)(?:summary\s+of\s+)?(?:new\s+|agreed\s+)?actions?"
    r"(?:\s+(?:arising|agreed|list|points?))?\b(?!\s+(?:arising\s+)?from\s+(?:the\s+)?(?:previous|last|\w+\s+meeting))"
    r"|^(?:the\s+)?following\s+actions?\s+(?:were|was|are|is)\s+(?:agreed|given|set|allocated|noted)\b",  # "…were agreed:"
    re.I,
)


def extract(doc: Document) -> Record:
    """Every meeting, action, decision, update and forward-plan entry the document holds."""
    record = Record(source=Source(name=doc.name, sha256=doc.sha256, format=doc.format))
    first: Header | None = None
    blocks = attach_fields(_rejoin(regroup(unfold_margins(doc.blocks))))
    filed = filed_date(doc.name)
    kinds: dict[int, str | None] = {}  # id of each meeting a segment records -> the kind its heading names
    previous: Meeting | None = None
    for k, segment in enumerate(_segments(blocks, doc.title, filed)):
        part = blocks[segment.start : segment.end]
        meetings, plan = _read_meeting(part, doc.title if k == 0 else None, first, filed, segment.held)
        first = first or _header_of(meetings[0])
        if segment.continues and not meetings[0].attendees and previous:  # the same sitting, the same people
            meetings[0].attendees = list(previous.attendees)
        previous = meetings[0]
        _file(record.meetings, meetings[0], kinds, _kind(part))
        for announced in meetings[1:]:
            if not any(m.date == announced.date and m.body == announced.body for m in record.meetings):
                record.meetings.append(announced)
        record.forward_plan.extend(plan)
    return record


_UNFINISHED = re.compile(r"[A-Za-z,]$")  # a paragraph that stops mid-sentence
_GOES_ON = re.compile(r"^(?!\(?[a-z]{1,3}[.)]\s)[a-z]")  # … and one that goes on with it, not an entry "a) …"
_SENTENCE_WORDS = 6  # a shorter paragraph is a title ("15/33 Finance"), not a broken sentence


def _rejoin(blocks: list[Block]) -> list[Block]:
    """A sentence a PDF's layout broke into two paragraphs on one page ("… be kept advised of" / "progress on
    the issues …") is one paragraph again, so it is read as one sentence; an owner the Action column set on a
    line of its own after the paragraph ("Clerk", "JB/AD") goes back to the paragraph's margin."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        last = out[-1] if out else None
        if last is None or block.kind != "paragraph" or last.kind != "paragraph" or last.page != block.page:
            out.append(block)
        elif _UNFINISHED.search(last.text) and _GOES_ON.match(block.text) and len(last.text.split()) >= _SENTENCE_WORDS:
            out[-1] = replace(last, text=f"{last.text}\n{block.text}", end=block.end)
        elif _set_apart_owner(block, last, blocks[k + 1] if k + 1 < len(blocks) else None):
            out[-1] = replace(last, text=f"{last.text}    {block.text.strip()}", end=block.end)
        else:
            out.append(block)
    return out


_PROSE_WORDS = 8  # the paragraph an owner is set beside says something


def _set_apart_owner(block: Block, before: Block, after: Block | None) -> bool:
    """Is `block` only an owner ("Clerk"), after a paragraph of prose and not one of a list of names?"""
    return (bool(OWNER_ONLY_LINE.match(block.text.strip())) and len(before.text.split()) >= _PROSE_WORDS
            and before.text.rstrip().endswith((".", "!", "?")) and "  " not in before.text
            and not (after is not None and OWNER_ONLY_LINE.match(after.text.strip())))


def _file(meetings: list[Meeting], meeting: Meeting, kinds: dict[int, str | None], kind: str | None) -> None:
    """Files the meeting a segment records: in place of an earlier paper's announcement of it, or beside
    another record of the same body that day (an annual meeting, then the general one), each then
    named with the kind of meeting its heading gives."""
    same = (meeting.date, meeting.body)
    twin = next((k for k, m in enumerate(meetings) if m.date and (m.date, m.body) == same), None)
    kinds[id(meeting)] = kind
    if twin is None:
        meetings.append(meeting)
    elif id(meetings[twin]) not in kinds:
        meetings[twin] = meeting
    else:
        other = meetings[twin]
        if kind and kinds[id(other)] and kind != kinds[id(other)]:
            other.body, meeting.body = f"{other.body} – {kinds[id(other)]}", f"{meeting.body} – {kind}"
        meetings.append(meeting)


_KIND_LINES = 6  # a record names its kind of meeting in its opening lines


def _kind(blocks: list[Block]) -> str | None:
    """The kind of meeting a record's heading names ("Minutes of the Annual General Meeting"), without
    the month it may carry ("the October General Meeting")."""
    for line in _lines(_header_blocks(blocks))[:_KIND_LINES]:
        if _SEGMENT_START.match(line):
            found = find_body(MONTH_ONLY.sub(" ", line))
            if found and body_rank(found) == 2 and len(found.split()) > 1:
                return found
    return None


def _lines(blocks: list[Block]) -> list[str]:
    """The text lines of blocks; a key-value table ("Date: | 18 July 2024") gives one line a row."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "table":
            out.extend(f"{row[0].text.strip().rstrip(':')}: {row[1].text.strip()}" for row in b.rows or [] if _is_key_value(row))
        else:
            out.extend(line.strip() for line in b.text.split("\n") if line.strip())
    return out


def _is_key_value(row: list) -> bool:
    """A row of a cover-sheet table: a short label ("Date:", "Decision taken at") and its value."""
    return len(row) == 2 and 0 < len(row[0].text.split()) <= 5 and not row[0].text.strip()[:1].isdigit()


_MIN_SEGMENT = 8  # blocks: a meeting's papers are longer than this, so another record starts no sooner
_RECORD_REACH = 6  # blocks after a record's heading within which its attendance list or its first item comes
_TITLE_WORDS = 12  # the body's name that opens a page of enclosed minutes is a short line
_HEADING_WORDS = 25  # a minutes heading longer than this is a sentence of the minutes
_HEADER_REACH = 15  # blocks `_header_blocks` reads a header from
_NAMED_MEETING = re.compile(r"\bmeeting\b|\bheld\b", re.I)
_ENCLOSED = re.compile(r"\b(?:minutes|notes)\b", re.I)  # an agenda item presenting an earlier record


@dataclass
class _Segment:
    """A block range holding one meeting's papers, the day it was held when its header prints none, and
    whether it goes on the sitting of the segment before (a general meeting after the annual one)."""

    start: int
    end: int
    held: date | None = None
    continues: bool = False


@dataclass
class _Opening:
    """Another meeting's record opening: its first block, its header, whether its items number from 1
    again, and whether it is surely another record whatever its date and name (a second list of who
    attended, on a page of its own, after business)."""

    start: int
    header: Header
    restart: bool
    sure: bool


def _segments(blocks: list[Block], title: str | None = None, filed: date | None = None) -> list[_Segment]:
    """The meetings a document records, split where another meeting's record opens.

    A record opens with a minutes heading ("Minutes of the meeting held on …") or, on a page of its
    own, with the body's name; either counts only when an attendance list or a first item follows
    soon, so an agenda item "Minutes of the meeting held on 12 June" stays an item of this meeting.
    A record without a date of its own was held the day its sitting began when it follows another
    record and numbers its items from 1 again (a general meeting after the annual one), else on the
    date a pack's agenda gives the minutes it encloses, in the order it lists them.
    """
    spread, _ = spread_items(blocks)  # "Minutes of the meeting held on …" over "(Item 3)" is an item
    head = read_header(_lines(_header_blocks(blocks)), title, filed)
    segments = [_Segment(0, len(blocks), head.date)]
    dates = {head.date} if head.date else set()
    body, announced = head.body, []
    last_item, attended = 0, False  # the current segment's highest item number; whether it lists attendance
    for i, block in enumerate(blocks):
        current = segments[-1]
        opened = None
        if i - current.start >= _MIN_SEGMENT and block.kind != "table" and i not in spread:
            opened = _opening(blocks, i, spread, last_item, attended)
        if opened:
            head, restart = opened.header, opened.restart
            if opened.sure or head.date not in dates or head.body not in (None, body):
                held = head.date or (current.held if restart else announced.pop(0) if announced else None)
                announced = [d for d in announced if d != held]
                current.end = opened.start
                segments.append(_Segment(opened.start, len(blocks), held, restart))
                dates.update([held] if held else [])
                body, last_item, attended = head.body or body, 0, False
        for found in _items_of(block, spread.get(i)):
            last_item = max(last_item, _major(found))
            if not attended and _ENCLOSED.search(found.title):  # an agenda, not a record, encloses minutes
                announced.extend(d for d, _, _ in find_dates(found.title))
        attended = attended or _attends(block)
    return segments


def _opening(
    blocks: list[Block], i: int, spread: dict[int, Item], last_item: int, attended: bool
) -> _Opening | None:
    """Another meeting's record opening at block `i`, if one does."""
    block = blocks[i]
    first = block.text.strip().split("\n")[0]
    if len(first.split()) > _HEADING_WORDS or _RUNNING.search(block.text):
        return None
    heading = bool(_SEGMENT_START.match(first) and _NAMED_MEETING.search(first))
    short = len(block.text.split()) <= _TITLE_WORDS
    titled = last_item > 0 and short and _page_opens(blocks, i) and bool(
        _SEGMENT_START.match(first) or find_body(first))
    if not heading and not titled:
        return None
    ahead = range(i + 1, min(i + 1 + _RECORD_REACH, len(blocks)))
    attends = any(_attends(blocks[j]) for j in ahead)
    opening = next((found for j in ahead for found in _items_of(blocks[j], spread.get(j))), None)
    # a record that follows another and numbers its items from 1 again: a second meeting of the sitting
    restart = attended and opening is not None and _major(opening) == 1 and last_item > 1
    if not attends and not restart:
        return None
    start = i - 1 if heading and _names_body(blocks[i - 1]) and blocks[i - 1].page == block.page else i
    header = read_header(_lines(_header_blocks(blocks[start : start + _HEADER_REACH])))
    return _Opening(start, header, restart, restart or (titled and attends and attended))


def _page_opens(blocks: list[Block], i: int) -> bool:
    """Block `i` is the first of its page: a pack starts each paper it encloses on a page of its own."""
    page, before = blocks[i].page, blocks[i - 1].page
    return page is not None and before is not None and page != before


def _names_body(block: Block) -> bool:
    """A short line that names a body and is no item: the title over a minutes heading."""
    return (block.kind != "table" and len(block.text.split()) <= _TITLE_WORDS and bool(find_body(block.text))
            and not item_heading(Passage(block.text, block.page, None, block.kind)))


def _items_of(block: Block, spread: Item | None) -> list[Item]:
    """The agenda items a block opens: a heading, a title spread over blocks, or an agenda table's rows."""
    if spread:
        return [spread]
    if block.kind == "table":
        return table_items(block) or []
    found = item_heading(Passage(block.text, block.page, None, block.kind))
    return [found] if found else []


def _major(item: Item) -> int:
    m = re.match(r"\d+", item.number or "")
    return int(m.group()) if m else 0


def _attends(block: Block) -> bool:
    """The block opens a list of who was there (not of apologies): the sign of a meeting's record."""
    if block.kind == "table":
        return False
    label = label_of(block.text.strip().split("\n")[0])
    return label is not None and label[0] in ("present", "in_attendance")


def _header_blocks(blocks: list[Block]) -> list[Block]:
    out = []
    spread, parts = spread_items(blocks[:15])
    for i, block in enumerate(blocks[:15]):
        if block.kind == "table" and all(_is_key_value(row) for row in block.rows or []):
            out.append(block)
            continue
        if block.kind == "table" or i in spread or i in parts:
            break
        if item_heading(Passage(block.text, block.page, None, block.kind)):
            break
        out.append(block)
    return out or blocks[:3]


_AGENDA = re.compile(r"^\s*(?:agenda|notice\s+of\s+meeting|summons)\b", re.I)
_RECORD = re.compile(r"^\s*(?:minutes|notes|record|present|attendees|apologies)\b", re.I)


def _is_agenda(blocks: list[Block]) -> bool:
    """An agenda announces a meeting not yet held: its membership list is not attendance."""
    opening = [line for line in _lines(_header_blocks(blocks) + blocks[:12])]
    return any(_AGENDA.match(t) for t in opening) and not any(_RECORD.match(t) for t in opening)


def _header_of(meeting: Meeting) -> Header:
    return Header(body=meeting.body, organisation=meeting.organisation)


def _read_meeting(
    blocks: list[Block], title: str | None, parent: Header | None = None, filed: date | None = None,
    held: date | None = None,
) -> tuple[list[Meeting], list[ForwardPlanEntry]]:
    header = read_header(_lines(_header_blocks(blocks)), title, filed)
    header.date = header.date or held
    if not header.body:  # a decision notice names the meeting its report went to further on
        header.body = next((find_body(b.text) for b in blocks if b.kind != "table" and _REPORT_TO.match(b.text)
                            and find_body(b.text)), None)
    if parent:  # minutes inside a pack name the body on the pack's cover, not again, or only as "… Meeting"
        header.body = parent.body if not header.body or body_rank(header.body) == 2 else header.body
        header.organisation = header.organisation or parent.organisation
    all_texts = [p for b in blocks for p in (_cell_texts(b) if b.kind == "table" else [b.text])]
    upcoming = next_meeting(all_texts, header.date)
    meeting = Meeting(body=header.body, date=header.date.isoformat() if header.date else None,
                      organisation=header.organisation, start_time=header.start_time, venue=header.venue,
                      evidence=Evidence(header.evidence, blocks[0].page) if header.evidence else None)
    when, after = header.date, upcoming.date if upcoming else None
    passages, plan = _walk(blocks, meeting, when, after)
    meeting.attendees = [] if _is_agenda(blocks) else meeting.attendees + read_attendance(passages)
    meeting.decisions = read_decisions(passages)
    implicit: list[Action] = []
    people = people_of([a.name for a in meeting.attendees if a.name])
    for passage in passages:
        if passage.kind == "item":
            continue
        marked = marked_actions(passage, when, after)
        logged, updates = log_entries(passage, when, after)
        meeting.actions.extend(marked + logged)
        marked_refs = {a.ref for a in marked if a.ref}  # "Action 6: … for new members" is no progress report
        if not passage.reported:
            meeting.action_updates.extend(updates + [u for u in prose_updates(passage) if u.ref not in marked_refs])
        implicit.extend(commitments(passage, when, after, people))  # the prose around a marked action too
        plan.extend(marked_entries(passage, when))
    meeting.actions = _dedupe(meeting.actions)
    meeting.actions.extend(new_commitments(implicit, meeting.actions, meeting.decisions))
    if not meeting.attendees and is_report(blocks):
        found = report_item(blocks)
        meeting.items = [found] if found else []
        meeting.actions = [a for a in meeting.actions if a.ref or a.due_text]
    meetings = [meeting]
    if upcoming and upcoming.date and upcoming.date != header.date:
        meetings.append(_next(header, upcoming))
    return meetings, plan


def _next(header: Header, upcoming: Header) -> Meeting:
    return Meeting(body=header.body, organisation=header.organisation, date=upcoming.date.isoformat(),  # type: ignore[union-attr]
                   start_time=upcoming.start_time, venue=upcoming.venue,
                   evidence=Evidence(upcoming.evidence) if upcoming.evidence else None)


def _cell_texts(block: Block) -> list[str]:
    return [p for row in block.rows or [] for cell in row for p in cell.paragraphs]


_LEAD_IN_WORDS = 12  # "Actions from the previous meeting": a line that heads what follows is short
_HEADING_LINE_WORDS = 10  # a paragraph this short may head a section ("Actions", "Matters arising")
_SHORT_CELL_WORDS = 12  # a table of cells no longer than this (name | role) is read a row at a time


def _walk(blocks: list[Block], meeting: Meeting, when: date | None, after: date | None) -> tuple[list[Passage], list[ForwardPlanEntry]]:
    """Items, table actions and the prose passages, in document order, each under its item."""
    passages: list[Passage] = []
    plan: list[ForwardPlanEntry] = []
    state = TableState()
    item: str | None = None
    in_actions = in_updates = reviewing_item = earlier_table = False
    plan_document = any(SECTION.search(b.text) for b in blocks[:6] if b.kind != "table")
    in_plan = plan_document
    plan_body = meeting.body
    spread, parts = spread_items(blocks)
    for i, block in enumerate(blocks):
        if block.kind == "table":
            entries = table_entries(block, in_plan, when, plan_body) if in_plan else None
            if entries:
                plan.extend(entries)
                continue
            table = read_table(block, state, when, after, item, earlier=earlier_table)
            if table:
                meeting.actions.extend(table.actions)
                meeting.action_updates.extend(table.updates)
                for found in table.items:
                    meeting.items.append(found)
                    item = found.number
                reviewing = {i.number for i in meeting.items if UPDATES_HEADING.search(i.title)}
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
                continue
            listed = table_attendees(block)
            if listed is not None:
                meeting.attendees.extend(listed)
                continue
            passages.extend(_table_passages(block, item))
            continue
        if i in parts or is_furniture(block.text):  # an item's lone number or label, a page's links
            continue
        passage = Passage(block.text, block.page, item, block.kind, block)
        if len(block.text.split()) <= _LEAD_IN_WORDS:
            earlier_table = bool(_EARLIER_ACTIONS.search(block.text))
        in_list = in_actions and not in_updates and block.kind != "heading"
        listed = section_actions(passage, when, after) if in_list else []
        heading = spread.get(i) or (None if labelled_entry(block.text) or listed else item_heading(passage))
        # a heading of the document's own is an item wherever it stands: "40/24 … (taken after item 41/24)"
        if heading and (block.kind == "heading" or in_order(meeting.items[-1] if meeting.items else None, heading)):
            meeting.items.append(heading)
            item = heading.number
            passage.item = item
            if not runs_on(heading):  # a minute run on after its title on the same line is prose too
                passage.kind = "item"
            reviewing_item = bool(UPDATES_HEADING.search(heading.title))
            in_plan = bool(SECTION.search(heading.title))
            in_actions = bool(_ACTIONS_HEADING.match(heading.title))
            in_updates = bool(UPDATES_HEADING.search(heading.title))
            passages.append(passage)
            continue
        if listed:  # an entry of an "Actions" section, bulleted, numbered ("2. Get quotes – Cllr Lane") or a plain line
            meeting.actions.extend(listed)
            continue
        short = len(block.text.split()) <= _HEADING_LINE_WORDS
        if block.kind == "heading" or (short and block.kind == "paragraph"):
            in_plan = plan_document or bool(SECTION.search(block.text)) or (in_plan and block.kind != "heading")
            if plan_document and find_body(block.text):
                plan_body = find_body(block.text)
            in_actions = bool(_ACTIONS_HEADING.match(block.text.strip(" *#:"))) or (in_actions and block.kind != "heading")
            in_updates = bool(UPDATES_HEADING.search(block.text)) or (
                in_updates and block.kind != "heading" and not starts_topic(block.text))
        elif _REVIEW_OPENS.search(block.text):  # "… previous matters were checked for updates:" opens a review
            in_updates = True
        elif in_updates and block.kind == "list_item" and read_status(block.text):
            meeting.action_updates.append(listed_update(passage))
            passage.reviewing = passage.reported = True  # it may set a new errand too ("… We should monitor.")
            passages.append(passage)
            continue
        passage.reviewing = reviewing_item
        if in_updates and not reviewing_item:  # under a reviewing item, prose_updates reads them
            meeting.action_updates.extend(entry_updates(passage))
        passages.append(passage)
    return passages, plan


def _table_passages(block: Block, item: str | None) -> list[Passage]:
    """A table of short cells (name | role) reads as lines; one of long cells as paragraphs."""
    rows = block.rows or []
    if all(len(c.text.split()) <= _SHORT_CELL_WORDS for row in rows for c in row):
        return [Passage("  ".join(c.text for c in row if c.text.strip()), block.page, item, "row", block) for row in rows]
    return [Passage(p, block.page, item, "cell", block) for row in rows for cell in row for p in cell.paragraphs]


_NEARBY = 24  # two rules finding one action find it in the same passage, so only recent ones are compared


def _dedupe(actions: list[Action]) -> list[Action]:
    """One action found by two rules is kept once: same ref and (nearly) the same words."""
    out: list[Action] = []
    by_ref: dict[str | None, list[Action]] = {}
    seen: set[tuple[str | None, str]] = set()
    for action in actions:
        key = (action.ref, " ".join(action.text.lower().split()))
        kept = by_ref.setdefault(action.ref, [])
        if key not in seen and not any(near_duplicate(action.text, other.text) for other in kept[-_NEARBY:]):
            seen.add(key)
            kept.append(action)
            out.append(action)
    return out
