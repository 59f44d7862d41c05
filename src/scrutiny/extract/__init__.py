"""Pure functions from a `Document` to a `Record`: no I/O, no database.

The path, stage by stage:
- blocks: tables flattened to lines rebuilt (flat_tables.py), margin tables of lines unfolded
  (margins.py), broken paragraphs joined (rejoin.py), labelled lines attached (markers.py);
- meetings: the document cut into the meetings it records (segments.py; a Panel pack may hold an
  agenda and the minutes of an earlier meeting), each with its header (header.py);
- passages: a meeting's blocks walked in order, each under its agenda item (walk.py, items.py),
  action tables read on the way (tables.py);
- what each passage is: a marked action (markers.SHAPES), an action-log entry, an update
  (updates.py), a decision (decisions.py), a commitment or request in the prose (narrative.py);
- fields: owners, timescales and references parsed alike for all of them (commitment.py,
  owners.py, dates.py, status.py). Every record keeps the passage it came from as evidence.
"""

from __future__ import annotations

import re
from datetime import date

from scrutiny.document import Block, Document
from scrutiny.extract.attendance import read_attendance
from scrutiny.extract.dates import find_dates
from scrutiny.extract.decisions import read_decisions
from scrutiny.extract.flat_tables import regroup
from scrutiny.extract.forward_plan import marked_entries
from scrutiny.extract.header import (
    Header,
    body_rank,
    by_weekday,
    filed_date,
    find_body,
    next_meeting,
    posted_on,
    read_header,
)
from scrutiny.extract.items import before_comments, item_heading, table_items
from scrutiny.extract.margins import unfold_margins
from scrutiny.extract.markers import attach_fields, log_entries, marked_actions
from scrutiny.extract.narrative import commitments, new_commitments
from scrutiny.extract.owners import people_of, speakers
from scrutiny.extract.passages import Passage
from scrutiny.extract.rejoin import rejoin
from scrutiny.extract.report import is_report, report_item
from scrutiny.extract.segments import header_blocks, is_agenda, kind_of, lines_of, segments
from scrutiny.extract.similarity import content_dice, near_duplicate
from scrutiny.extract.status import read_status
from scrutiny.extract.tables import column_roles
from scrutiny.extract.updates import RETOLD, prose_updates, reviews_earlier
from scrutiny.extract.walk import walk
from scrutiny.record import Action, ActionUpdate, Evidence, ForwardPlanEntry, Meeting, Record, Source

_LOG_WORDS = 12  # a heading is a short line
_REPORT_TO = re.compile(r"^\s*(?:report|paper)\s+(?:to|for)\s+(?:the\s+)?\S", re.I)


def extract(doc: Document) -> Record:
    """Every meeting, action, decision, update and forward-plan entry the document holds."""
    record = Record(source=Source(name=doc.name, sha256=doc.sha256, format=doc.format))
    first: Header | None = None
    blocks = attach_fields(rejoin(regroup(unfold_margins(before_comments(doc.blocks)))))
    # the day it was posted, or filed (its file name's date): either gives a year-less date its year
    filed = doc.posted or posted_on(blocks) or filed_date(doc.name)
    kinds: dict[int, str | None] = {}  # id of each meeting a segment records -> the kind its heading names
    previous: Meeting | None = None
    spans = segments(blocks, doc.title, filed)
    parts = _enclosed_logs(blocks, [blocks[s.start : s.end] for s in spans], [s.held for s in spans])
    for k, segment in enumerate(spans):
        part = parts[k]
        meetings, plan = _read_meeting(part, doc.title if k == 0 else None, first, filed, segment.held)
        first = first or _header_of(meetings[0])
        if segment.continues and not meetings[0].attendees and previous:  # the same sitting, the same people
            meetings[0].attendees = list(previous.attendees)
        previous = meetings[0]
        _file(record.meetings, meetings[0], kinds, kind_of(part))
        for announced in meetings[1:]:
            if not any(m.date == announced.date and m.body == announced.body for m in record.meetings):
                record.meetings.append(announced)
        record.forward_plan.extend(plan)
    if record.forward_plan:  # a work programme alone records no meeting: none undated and empty is kept
        record.meetings = [m for m in record.meetings if m.date or _records_anything(m)]
    return record


def _records_anything(meeting: Meeting) -> bool:
    return bool(
        meeting.attendees or meeting.items or meeting.actions or meeting.decisions or meeting.action_updates
    )


_NAMES_MINUTE = re.compile(
    r"^(?:\(?[a-z]\)\s+)?(?:minute|min\.?|action|resolution|recommendation)\s+(?P<ref>\d{1,3}(?:/\d{2,4})?(?:\([a-z]\))?)"
    r"(?=\s|[:,.–—-])",
    re.I,
)
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")
_LOG_REACH = 3  # blocks: the log's table comes this soon after its heading


def _enclosed_logs(
    blocks: list[Block], parts: list[list[Block]], held: list[date | None]
) -> list[list[Block]]:
    """A pack's action log printed after the minutes it encloses ("Action log", then a table with a status or
    update column) reports progress to the pack's own meeting, not to the earlier one those minutes record: it is
    read with the pack's agenda. A log heading naming the enclosed meeting's own day is those minutes' summary."""
    if len(parts) < 2 or not held[0]:
        return parts
    out = [list(part) for part in parts]
    agenda = _agenda_of(parts[0])
    for k in range(1, len(parts)):
        day = held[k]
        if not day or day >= held[0]:
            continue
        part = out[k]
        cut = next(
            (j for j in range(1, len(part)) if _log_heading(part, j, day) or _pack_item(part[j], agenda)),
            None,
        )
        if cut is not None:
            out[0] += part[cut:]
            out[k] = part[:cut]
    return out


def _agenda_of(blocks: list[Block]) -> set[tuple[str, str]]:
    """The numbers and titles of a pack's own agenda, as its front sheet lists them."""
    found = []
    for block in blocks:
        if block.kind == "table":
            found += table_items(block) or []
        elif item := item_heading(Passage(block.text, block.page, None, block.kind)):
            found.append(item)
    return {(i.number, _plain(i.title)) for i in found if i.number}


def _plain(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


_AGENDA_ITEM_WORDS = re.compile(r"^\W*agenda\s+item\s+\d", re.I)
_ITEM_WORD = re.compile(
    r"^\W*(?:agenda\s+)?item\s+\d", re.I
)  # a pack's report sheet; minutes number theirs bare


def _pack_item(block: Block, agenda: set[tuple[str, str]]) -> bool:
    """ "Item 4 - Actions report" after the enclosed minutes: the pack's own agenda item, named as one, by its
    number and the title its front sheet gives (or the start of it), so what follows is read with the pack's
    meeting."""
    if block.kind == "table" or not _ITEM_WORD.match(block.text):
        return False
    if _AGENDA_ITEM_WORDS.match(block.text):
        return True  # "Agenda item 3 – Actions arising": a pack's report sheet, never a heading of minutes
    found = item_heading(Passage(block.text, block.page, None, block.kind))
    if found is None or not found.number:
        return False
    title = _plain(found.title)
    return any(
        number == found.number and title and (title.startswith(t) or t.startswith(title))
        for number, t in agenda
    )


def _log_heading(part: list[Block], j: int, day: date) -> bool:
    """Block `j` heads an action log of the pack: a heading or a page's first line that names one and no agenda
    item, not dated the enclosed meeting's day, with a table of progress on it soon after."""
    block = part[j]
    if block.kind == "table" or len(block.text.split()) > _LOG_WORDS or not reviews_earlier(block.text):
        return False
    opens = block.kind == "heading" or (block.page is not None and block.page != part[j - 1].page)
    if not opens or item_heading(Passage(block.text, block.page, None, block.kind)):
        return False
    if any(found == day for found, _, _ in find_dates(block.text)):
        return False
    table = next((b for b in part[j + 1 : j + 1 + _LOG_REACH] if b.kind == "table"), None)
    roles = set(column_roles([c.text for c in table.rows[0]]).values()) if table and table.rows else set()
    return bool(roles & {"status", "update"})


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


def _first_date_in(blocks: list[Block]) -> date | None:
    """The first full date a part of a paper prints anywhere (the previous minutes', the next meeting's)."""
    return next(
        (found[0][0] for b in blocks if b.kind != "table" for found in [find_dates(b.text)] if found), None
    )


def _header_of(meeting: Meeting) -> Header:
    return Header(body=meeting.body, organisation=meeting.organisation)


def _read_meeting(
    blocks: list[Block],
    title: str | None,
    parent: Header | None = None,
    filed: date | None = None,
    held: date | None = None,
) -> tuple[list[Meeting], list[ForwardPlanEntry]]:
    opening = lines_of(header_blocks(blocks))
    header = read_header(opening, title, filed)
    if (
        header.date is None and not held
    ):  # "held on Wednesday 14th January": the year from a date printed further on
        header = read_header(opening, title, filed, elsewhere=_first_date_in(blocks))
    if header.date is None and not held and (weekday := by_weekday(opening)):
        header.date, line, _ = (
            weekday  # "Thursday 12 June" and no year anywhere: the latest that was a Thursday
        )
        header.evidence = header.evidence or opening[line]
    header.date = header.date or held
    if not header.body:  # a decision notice names the meeting its report went to further on
        header.body = next(
            (
                find_body(b.text)
                for b in blocks
                if b.kind != "table" and _REPORT_TO.match(b.text) and find_body(b.text)
            ),
            None,
        )
    if parent:  # minutes inside a pack name the body on the pack's cover, not again, or only as "… Meeting"
        named_again = (
            header.body and parent.body and parent.body.endswith(f" {header.body}")
        )  # "the Parish Council"
        header.body = (
            parent.body if not header.body or body_rank(header.body) == 2 or named_again else header.body
        )
        header.organisation = header.organisation or parent.organisation
    all_texts = [p for b in blocks for p in (_cell_texts(b) if b.kind == "table" else [b.text])]
    upcoming = next_meeting(all_texts, header.date)
    meeting = Meeting(
        body=header.body,
        date=header.date.isoformat() if header.date else None,
        organisation=header.organisation,
        start_time=header.start_time,
        venue=header.venue,
        evidence=Evidence(header.evidence, blocks[0].page) if header.evidence else None,
    )
    when, after = header.date, upcoming.date if upcoming else None
    passages, plan = walk(blocks, meeting, when, after, title)
    meeting.attendees = [] if is_agenda(blocks) else meeting.attendees + read_attendance(passages)
    meeting.decisions = read_decisions(passages)
    implicit: list[Action] = []
    people = people_of([a.name for a in meeting.attendees if a.name] + speakers([p.text for p in passages]))
    for passage in passages:
        if passage.kind == "item":
            continue
        marked = marked_actions(passage, when, after)
        logged, updates = log_entries(passage, when, after)
        prose = prose_updates(passage) if passage.reviewing or not passage.reported else []
        said = commitments(passage, when, after, people)  # the prose around a marked action too
        # "44/18: estates list to be published - RG. On hold until …": the log entry's own words report, no new promise;
        # nor does its update ("25/24: … 18 Feb: not received – overdue. JH apologised and will provide at the March Board.")
        entries = [u.evidence.text for u in updates if u.evidence and u.ref]
        said = [a for a in said if not (a.evidence and any(a.evidence.text in entry for entry in entries))]
        if (
            passage.reviewing
        ):  # "Action 14/24 – CE to circulate the review – carried forward" under the action log
            stated = [u for u in prose if u.status]
            refs = {u.ref for u in stated if u.ref}
            told = [u.evidence.text for u in stated if u.evidence] + (
                [passage.text] if passage.reported else []
            )
            marked = [a for a in marked if not _reported(a, refs, told)]
            said = [a for a in said if not _reported(a, refs, told)]
            if any(
                u.status in ("open", "in_progress") for u in stated
            ):  # "… no response. The Clerk will write again."
                said = [a for a in said if not _PERSISTS.search(a.text)]
        # "The letter the panel agreed to send … went in July, but we've heard nothing back": a sentence read as progress
        # on an earlier errand sets no new one unless it names who is to do it
        if any(not a.owners for a in said):
            progress = {
                _said(u.evidence.text) for u in [*prose, *meeting.action_updates] if u.status and u.evidence
            }
            said = [a for a in said if a.owners or not (a.evidence and _said(a.evidence.text) in progress)]
        meeting.actions.extend(marked + logged)
        marked_refs = {a.ref for a in marked if a.ref}  # "Action 6: … for new members" is no progress report
        if not passage.reported:
            logged_said = [
                u.evidence.text for u in updates if u.evidence
            ]  # a log line read as prose too is one (but another number it names is another action's)
            logged_refs = {u.ref for u in updates}
            meeting.action_updates.extend(
                updates
                + [
                    u
                    for u in prose
                    if u.ref not in marked_refs
                    and not (
                        u.evidence
                        and any(u.evidence.text in line for line in logged_said)
                        and (u.ref is None or u.ref in logged_refs)
                    )
                ]
            )
        if meeting.body and _VOLUNTARY.search(meeting.body) and not _A_COUNCIL.search(meeting.body):
            # at a Friends group's or a forum's meeting "The Council has agreed to deliver timber" is another body's plan
            said = [
                a
                for a in said
                if not (
                    a.owners
                    and all(_BARE_COUNCIL.fullmatch(o) for o in a.owners)
                    and a.evidence
                    and _COUNCIL_SAYS.match(a.evidence.text)
                )
            ]
        implicit.extend(said)
        plan.extend(marked_entries(passage, when))
    meeting.actions = _summarised(_dedupe(meeting.actions))
    meeting.action_updates = _one_report_each(meeting.action_updates)
    for (
        update
    ) in meeting.action_updates:  # "3. Drug dealing near the station – ongoing": the list's number is no text
        if update.ref is None and update.text:
            update.text = _LIST_NUMBER.sub("", update.text)
            named = _NAMES_MINUTE.match(
                update.text
            )  # "(a) minute 30 (winter gritting routes) – …": minute 30's
            update.ref = named.group("ref") if named else None
    # "Tracey said she'd get the council to cut back the bushes." opening a report on it is that update, no new errand
    retold = {
        _said(u.evidence.text) for u in meeting.action_updates if u.evidence and RETOLD.match(u.evidence.text)
    }
    implicit = [a for a in implicit if not (a.evidence and _said(a.evidence.text) in retold)]
    names = [a.name for a in meeting.attendees if a.name]
    meeting.actions.extend(new_commitments(implicit, meeting.actions, meeting.decisions, names))
    if not meeting.attendees and is_report(blocks):
        found = report_item(blocks)
        meeting.items = [found] if found else []
        meeting.actions = [a for a in meeting.actions if a.ref or a.due_text]
    meetings = [meeting]
    if upcoming and upcoming.date and upcoming.date != header.date:
        meetings.append(_next(header, upcoming))
    return meetings, plan


# A task that only keeps at an unfinished one: part of the report on it, no new errand
_A_COUNCIL = re.compile(r"\bcouncil\b", re.I)
# a voluntary body, which no council hosts (a joint committee or panel is a council's own, and speaks of it as such)
_VOLUNTARY = re.compile(
    r"\b(?:friends|association|society|club|trust|watch|residents|forum|group|liaison)\b", re.I
)
_BARE_COUNCIL = re.compile(r"(?:the\s+)?council", re.I)
_COUNCIL_SAYS = re.compile(
    r"^\W*the\s+council\s+(?:(?:has|had)\s+agreed|agreed|will|would|is\s+to|is\s+going\s+to)\b", re.I
)  # its own plans, as news
_PERSISTS = re.compile(
    r"\bagain\W*$|\b(?:chase|chasing|keep\s+(?:trying|pressing)|follow\s+(?:it\s+|this\s+)?up|remind)\b", re.I
)


def _said(text: str) -> str:
    """A sentence as compared with another: its words, less a closing full stop."""
    return " ".join(text.split()).rstrip(" .")


def _reported(action: Action, refs: set[str], told: list[str]) -> bool:
    """A task named in a review of earlier actions that the review reports progress on, by its number or as an
    entry read as an update whose status the task's words take in ("Cllr Shah to raise street lighting with the
    county – Carried forward."), is no new action; an errand the report goes on to set ("… We should monitor in
    the spring.") may be."""
    said = " ".join(action.evidence.text.split()) if action.evidence else ""
    entries = [" ".join(t.split()) for t in told]
    return bool(
        action.ref in refs
        or (said and read_status(action.text) and any(t in said for t in entries))
        # "Sue to contact Highways about the pothole – done, repaired on 20 January": the entry the update was read
        # from opens with the task, so the task is the earlier one reported on
        or (said and any(t.startswith(said.rstrip(".")) and _opens_with(t, action.text) for t in entries))
    )


_OPENING_CHARS = 40  # the task restated at an entry's head, after its number or its owner's name


def _opens_with(entry: str, task: str) -> bool:
    """The task is said at the entry's head, and the entry goes on to report on it (it is not the entry whole)."""
    task = re.split(r"\s[–—-]\s", " ".join(task.split()))[
        0
    ]  # "get quotes … – two received": the task, not its report
    at = entry.lower().find(task.lower())
    return 0 <= at <= _OPENING_CHARS and len(task) < _TASK_SHARE * len(entry)


_TASK_SHARE = 0.8


def _next(header: Header, upcoming: Header) -> Meeting:
    return Meeting(
        body=header.body,
        organisation=header.organisation,
        date=upcoming.date.isoformat(),  # type: ignore[union-attr]
        start_time=upcoming.start_time,
        venue=upcoming.venue,
        evidence=Evidence(upcoming.evidence) if upcoming.evidence else None,
    )


def _cell_texts(block: Block) -> list[str]:
    return [p for row in block.rows or [] for cell in row for p in cell.paragraphs]


_NEARBY = 24  # two rules finding one action find it in the same passage, so only recent ones are compared


_SUMMARISED = (
    0.8  # content overlap at which a task without a number is the numbered one a summary of actions lists
)


def _summarised(actions: list[Action]) -> list[Action]:
    """A task set in the minutes' prose ("Action: CFO to bring a recovery plan to the December Board") and listed
    again, numbered, in the summary of actions at the end is one action: the numbered one."""
    numbered = [a for a in actions if a.ref]
    return [
        a
        for a in actions
        if a.ref
        or not any(
            content_dice(a.text, other.text) >= _SUMMARISED and set(a.owners) <= set(other.owners)
            for other in numbered
        )
    ]


def _one_report_each(updates: list[ActionUpdate]) -> list[ActionUpdate]:
    """A log entry read both as a log line and as a review's entry ("44/18: … - RG. On hold until …") is one
    update: a later one on the same numbered action whose passage holds, or is held in, a kept one's is dropped
    (unnumbered reports of one paragraph are each their own matter)."""
    out: list[ActionUpdate] = []
    for update in updates:
        said = " ".join((update.evidence.text if update.evidence else "").split())
        if (
            said
            and update.ref
            and any(
                kept.ref == update.ref
                and kept.evidence
                and (said in (other := " ".join(kept.evidence.text.split())) or other in said)
                for kept in out
            )
        ):
            continue
        out.append(update)
    return out


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
