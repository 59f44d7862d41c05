"""Action schedules and action logs laid out as tables (ITEM | ACTION | OWNER | TIMESCALE …).

Columns are recognised by their headings, and where a heading is ambiguous ("Item" can hold a
number or the whole discussion) by what the column holds. A row split across a page break
continues the action above it; a cell holding two tasks with two owners and two timescales
gives two actions; a row raised at an earlier meeting is an update on that action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from scrutiny.document import Block, Cell
from scrutiny.extract.commitment import NO_ACTION, parse_task, split_due
from scrutiny.extract.dates import find_dates, resolve_due
from scrutiny.extract.narrative import orders, task_among
from scrutiny.extract.owners import looks_like_owner, names_owner, split_owners
from scrutiny.extract.passages import Passage
from scrutiny.extract.status import read_status, stated_earlier, update_status
from scrutiny.extract.text import sentences
from scrutiny.record import Action, ActionUpdate, Evidence, Item

_NEW_ROW = re.compile(r"\W*new(?:\s+action)?\W*", re.I)
_MINUTE_NUMBER_COLUMN = re.compile(r"^min(?:ute)?s?\.?(?:\s*(?:no|ref|number)\.?)?$", re.I)
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    (
        "raised",
        re.compile(
            r"date\s*(raised|added|agreed|opened)|^raised|meeting\s*date|date\s*of\s*meeting|^meeting$", re.I
        ),
    ),
    ("ref", re.compile(r"^(ref(erence)?\.?|action\s*(no|number|ref)\.?|no\.?|#|log\s*no\.?|number)$", re.I)),
    (
        "due",
        re.compile(r"\bdue\b|timescale|deadline|target|completion|by\s*when|^when$|^by$|time\s*frame", re.I),
    ),
    (
        "owner",
        re.compile(
            r"owner|^lead|responsib|^who\b|by\s*whom|action(?:ed)?\s*(?:by|to)\b(?!\s+be\b)|assigned\s*to|^officer",
            re.I,
        ),
    ),
    ("status", re.compile(r"status|\brag\b|^complete\??$|^progress$", re.I)),
    ("update", re.compile(r"update|comment|progress|response|^notes?$", re.I)),
    (
        "action",
        re.compile(
            r"^actions?\b|\bactions?(?:\s*\(s\))?$|action\s*(required|agreed|point)|^tasks?$|"
            r"^description\s+of\s+action|^what$",
            re.I,
        ),
    ),
    # a minutes table's outcome column ("Decision", "Agreed", "Resolution"): what the meeting decided on the item
    (
        "decision",
        re.compile(
            r"^(?:decisions?(?:\s+(?:made|taken|agreed))?|outcomes?|resolutions?|resolved|agreed|"
            r"conclusions?|decisions?\s*(?:/|and|&)\s*(?:resolutions?|outcomes?))$",
            re.IGNORECASE,
        ),
    ),
    (
        "item",
        re.compile(r"^(agenda\s*)?item(\s*no\.?)?$|^min(ute)?s?\.?(\s*(no|ref)\.?)?$|^para(graph)?$", re.I),
    ),
    (
        "title",
        re.compile(r"report|subject|title|topic|heading|^item$", re.I),
    ),  # "Minute | Item | …": the minute numbers
    ("narrative", re.compile(r"description|discussion|summary|minute|detail|notes", re.I)),
]
ITEM_NUMBER = re.compile(
    r"^\(?(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|\d{1,3}/\d{2,4}|[ivx]{1,4}|[a-z])\)?\.?$", re.IGNORECASE
)
LEADING_REF = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{2,5}/)?\d{1,3}/\d{2,4}(?:/\d{1,3})?|[A-Z]{2,5}/\d{2}/\d{2,3})\s*(?:[:.\-–]\s*)?"
)
LETTERED = re.compile(r"^\s*\(?[a-h]\)\s*")


# a header names an action, a task, or who does it: else the row is no action table's header (and cheap to tell)
_ACTION_WORD = re.compile(r"\b(?:actions?|tasks?|owners?|who|responsib\w*|assigned|lead)\b", re.I)


_ISSUE = re.compile(r"^(?:issues?|matters?|points?|concerns?)(?:\s+raised)?:?$", re.I)


# a minutes table may head no action column: "Item | Discussion | Decision"
_DECIDED_WORD = re.compile(r"^\s*(?:decisions?|outcomes?|resolutions?|resolved|agreed)\b", re.IGNORECASE)
# "Ref | Application | Description | Decision": a schedule of planning answers, not minutes
_PLANNING_COLUMN = re.compile(
    r"\b(?:applications?|applicants?|proposals?|address|location|site|planning)\b", re.IGNORECASE
)
_MINUTE_COLUMN = re.compile(r"minute|discussion|notes|debate", re.IGNORECASE)
_TALK_COLUMN = re.compile(
    r"^(?:notes?|comments?)$", re.IGNORECASE
)  # "Minute | Notes | Agreed": the notes are the minute


def column_roles(cells: list[str]) -> dict[int, str]:
    """Role of each header cell; empty when the row is not an action-table header."""
    roles: dict[int, str] = {}
    if not any(_ACTION_WORD.search(text) or _DECIDED_WORD.match(text) for text in cells if len(text) <= 40):
        return roles
    for i, text in enumerate(cells):
        text = text.strip().rstrip(":")
        if not text or len(text) > 40:
            continue
        for role, pattern in _ROLES:
            if pattern.search(text) and role not in roles.values():
                roles[i] = role
                break
    for i, text in enumerate(cells):  # a bare "Date" is the due date, unless another column is
        if i not in roles and re.fullmatch(r"\s*date\s*:?\s*", text, re.I):
            role = "raised" if "due" in roles.values() else "due"
            if role not in roles.values():
                roles[i] = role
    found = set(roles.values())
    if "decision" in found:
        roles = _decision_column(cells, roles)
        found = set(roles.values())
    if "decision" in found and not found & {"action", "owner"}:  # Item | Discussion | Decision
        planning = any(_PLANNING_COLUMN.search(text) for text in cells)
        return {} if planning or not found & {"narrative", "title"} else roles
    if (
        "action" not in found and {"owner", "due"} <= found
    ):  # Date | Issue | Owner | Target: the issue is the task
        issue = next(
            (
                i
                for i, text in enumerate(cells)
                if _ISSUE.match(text.strip()) and roles.get(i) in (None, "title")
            ),
            None,
        )
        if issue is not None:
            roles[issue] = "action"
            found.add("action")
    if "action" in found and ({"owner", "due"} & found):
        return roles
    if "action" in found and {"status", "update"} & found and {"ref", "raised"} & found:
        return roles  # "Ref | Meeting | Action | Response | Status": a report of the actions arising, owners unnamed
    if (
        {"owner", "due"} <= found and "narrative" in found and "action" not in found
    ):  # Description | Assigned to | Target
        talk = next(i for i, r in roles.items() if r == "narrative")
        if not _MINUTE_COLUMN.search(
            cells[talk]
        ):  # Item | Minute | Action by | Date: the minute is talk, not a task
            return {i: "action" if r == "narrative" else r for i, r in roles.items()}
    if "narrative" in found and found & {
        "owner",
        "action",
    }:  # minutes as a table: Minute | Discussion | Action (by)
        return roles
    if {"item", "update", "action"} <= found and not found & {"owner", "due", "status"}:
        return roles  # Item | Notes | Action: minutes as a table, if the notes are prose (see _minutes_with_notes)
    return {}


def _decision_column(cells: list[str], roles: dict[int, str]) -> dict[int, str]:
    """A Decision or Outcome column holds what was decided only beside an item's title or discussion; an action
    log's "Outcome" (Ref | Action | Owner | Outcome) is its progress. In minutes a "Notes" column is the minute."""
    found = set(roles.values())
    at = next(i for i, r in roles.items() if r == "decision")
    if not found & {"narrative", "title", "item"}:
        out = {i: r for i, r in roles.items() if i != at}
        if "update" not in found:
            out[at] = "update"
        return out
    talk = next(
        (i for i, r in roles.items() if r == "update" and _TALK_COLUMN.match(cells[i].strip().rstrip(":"))),
        None,
    )
    if talk is not None and "narrative" not in found:
        return {**roles, talk: "narrative"}
    return roles


_MARGIN_HEADER = re.compile(r"^(?:actions?(?:\s+by)?|owners?|lead|who|by\s+whom|responsible)$", re.I)
_MARGIN_OWNER_WORDS = 4  # "ACC", "CE/JB", "Head of PSD": the margin holds initials or a short post
_PROSE_WORDS = 8  # a cell of minutes holds a sentence or more
_ANY_DAY = date(
    2000, 1, 1
)  # what a year-less "by 14 Feb" is read against, to tell that it is a timescale at all


def _margin_owner(text: str) -> bool:
    """Initials, a short post or names ("ACC", "CE/JB", "Head of PSD", "Colin", "All"), not a task; or a line
    each, one with its timescale ("MD" / "PS – by 14 Feb")."""
    if (len(text.split()) <= _MARGIN_OWNER_WORDS and names_owner(text)) or _owner_by_when(text):
        return True  # … "JW – by 31/3": with its timescale
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = (
        lines if len(lines) > 1 or not (run := _OWNERS_RUN_ON.match(text)) else [run["first"], run["next"]]
    )
    return len(lines) > 1 and all(_owner_by_when(line) for line in lines)


def _owner_by_when(line: str) -> bool:
    who, when = split_due(line, _ANY_DAY, None)
    return len(who.split()) <= _MARGIN_OWNER_WORDS and names_owner(who) and (when is not None or who == line)


def _margin_row(row: list[Cell]) -> bool:
    """Initials or a short post beside a paragraph; an owner beside a fragment ("board.") is a paragraph
    the reader split, with no task to read."""
    return _margin_owner(row[-1].text) and len(row[-2].text.split()) >= _PROSE_WORDS


def _heads_prose(rows: list[list[Cell]], k: int) -> bool:
    """ "45/25 Proposed precept | RM" over the item's text with nothing beside it: a whole item a row, its owner
    set level with its numbered heading."""
    text = rows[k][-2].text.strip()
    below = rows[k + 1] if k + 1 < len(rows) else None
    return (
        _margin_owner(rows[k][-1].text)
        and bool(_NUMBERED_TITLE.match(text))
        and below is not None
        and not below[-1].text.strip()
        and len(below[-2].text.split()) >= _PROSE_WORDS
    )


_NUMBERED_TITLE = re.compile(
    r"^\d{1,3}(?:[./]\d{1,3})?[a-z]?[.)]?\s+[A-Z][^.!?:;]{0,50}$"
)  # "45/25 Proposed precept"
_TITLE_ROW = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?\s+)?[A-Z][^.!?:;]{0,50}$"
)  # "2. Bat walk", "AOB": an item's title


def margin_roles(rows: list[list[Cell]], lines: bool = False) -> tuple[dict[int, str], int]:
    """Minutes with an Action column at the right margin, the owner's initials beside the paragraph
    (a PDF's layout read as a table, headed "Action" or not): the roles, and how many header rows.
    Prose on the left and only owners or nothing on the right, else no roles. `lines`: the rows are the
    page's lines, so an owner may stand beside a paragraph's last few words, and headings between."""
    width = len(rows[0])
    if width not in (2, 3) or any(len(row) != width for row in rows):
        return {}, 0
    top = rows[0][-1].text.strip()
    header = int(bool(top) and bool(_MARGIN_HEADER.match(top)) and len(rows[0][-2].text.split()) <= 3)
    body = rows[header:]
    marked = [k for k, row in enumerate(body) if row[-1].text.strip()]
    prose = [
        row[-2].text
        for row in body
        if row[-2].text.strip()
        and not _TITLE_ROW.match(row[-2].text.strip())
        and not _NUMBERED_TITLE.match(row[-2].text.strip())
    ]
    if not marked or not all(
        _margin_owner(body[k][-1].text) if lines else _margin_row(body[k]) or _heads_prose(body, k)
        for k in marked
    ):
        return {}, 0
    if lines:
        if sum(len(p.split()) for p in prose) < _PROSE_WORDS * len(marked):
            return {}, 0
    elif sum(len(p.split()) >= _PROSE_WORDS for p in prose) * 2 < len(prose):
        return {}, 0
    return {width - 2: "narrative", width - 1: "owner"}, header


@dataclass
class TableState:
    """Carries a table's column roles onto its continuation after a page break or rule line."""

    roles: dict[int, str] = field(default_factory=dict)
    width: int = 0
    minute_column: bool = (
        False  # the item column is headed "Min.": an earlier action's number where a row reports on it
    )
    last: Action | None = None  # a row broken by a page continues the action above


@dataclass
class TableResult:
    actions: list[Action] = field(default_factory=list)
    updates: list[ActionUpdate] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)


def _looks_like_header(row: list[Cell]) -> bool:
    texts = [c.text.strip() for c in row]
    return all(t and len(t.split()) <= 3 and not re.search(r"\d", t) and t[0].isupper() for t in texts)


def _parts(cell: Cell | None) -> list[str]:
    """A cell's separate entries: its paragraphs, or runs split by wide gaps in flattened text."""
    if cell is None:
        return []
    paragraphs = [p.strip() for p in cell.paragraphs if p.strip()]
    if len(paragraphs) == 1 and re.search(r"\S\s{2,}\S", paragraphs[0]):
        paragraphs = [p.strip() for p in re.split(r"\s{2,}", paragraphs[0]) if p.strip()]
    if len(paragraphs) == 1 and (run := _OWNERS_RUN_ON.match(paragraphs[0])):
        paragraphs = [run.group("first"), run.group("next")]
    return paragraphs


# "All – by 28/3 TF": an owner's line with its timescale, and the next owner's line, run together by a PDF's reader
_OWNERS_RUN_ON = re.compile(
    r"^(?P<first>(?:[A-Z]{2,4}|All|Clerk|Chair)\s*[–-]\s*by\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s+"
    r"(?P<next>(?:[A-Z]{2,4}|All|Clerk|Chair)\b.*)$"
)


def _lettered(parts: list[str]) -> list[str]:
    """Split "a) X b) Y" written in one paragraph; strip the letters."""
    if len(parts) == 1 and re.match(r"^\s*\(?a\)", parts[0]) and re.search(r"\s\(?b\)\s", parts[0]):
        parts = re.split(r"\s(?=\(?[b-h]\)\s)", parts[0])
    return [LETTERED.sub("", p) for p in parts]


_OWNER_START = re.compile(r"(?<=\S)\s+(?=(?:OPCC|PCC|DCC|ACC|ACO|CC|CFO|Force)\b)")
_DUE_START = re.compile(
    r"(?<=\S)\s+(?=(?:w/c|next|end|by|within|tbc|ongoing|q[1-4]|\d{1,2}[/.]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{2,4})\b)",
    re.I,
)


def _owner_split(text: str, n: int) -> list[str] | None:
    """An owner cell whose lines were run together, in n entries: "GP HW" (initials alone), "ACC Operations OPCC
    Chief Executive" (posts by their letters)."""
    if _INITIALS_RUN.fullmatch(text.strip()):
        return text.split() if len(text.split()) == n else None
    return _run_split(text, n, _OWNER_START)


_INITIALS_RUN = re.compile(
    r"(?:[A-Z]{2,4}|All|Clerk|Chair)(?:\s+(?:[A-Z]{2,4}|All|Clerk|Chair))+"
)  # "JH All"


def _run_split(text: str, n: int, starts: re.Pattern[str]) -> list[str] | None:
    """Split a cell whose lines were run together ("ACC Operations OPCC Chief Executive") into n
    entries, only where exactly n entries start; otherwise leave it whole."""
    pieces = [p for p in starts.split(text) if p.strip()]
    return pieces if len(pieces) == n else None


def _infer_roles(state: TableState, rows: list[list[Cell]]) -> None:
    """Fix ambiguous roles by content: an "Item" column of long text is the discussion."""
    _refs_in_action_column(state, rows)
    _minutes_with_notes(state, rows)
    for i, role in list(state.roles.items()):
        values = [row[i].text.strip() for row in rows if i < len(row) and row[i].text.strip()]
        if (
            role == "item"
            and values
            and sum(len(v) > 12 and not titled_item(v) for v in values) > len(values) / 2
        ):
            state.roles[i] = "narrative"
        elif (
            role == "due"
            and "owner" not in state.roles.values()
            and values
            and sum(looks_like_owner(v) and not find_dates(v) for v in values) > len(values) / 2
        ):
            state.roles[i] = "owner"  # a column headed "By" that holds who, not when
    if "item" not in state.roles.values():
        for i in range(state.width):
            if i in state.roles:
                continue
            values = [row[i].text.strip() for row in rows if i < len(row) and row[i].text.strip()]
            if values and sum(bool(ITEM_NUMBER.match(v)) for v in values) >= max(1, len(values) * 0.6):
                state.roles[i] = "item"
                break


def _minutes_with_notes(state: TableState, rows: list[list[Cell]]) -> None:
    """ "No | Item | Notes | Action", initials in the Action column: minutes set as a table. The numbers are the
    items, the titles their titles, the notes the minute (not an action log's progress), the initials the owners."""
    roles = state.roles
    column = {role: i for i, role in roles.items()}
    if "narrative" in roles.values() or not {"update", "action"} <= column.keys() or "status" in column:
        return

    def values(i: int) -> list[str]:
        return [row[i].text.strip() for row in rows if i < len(row) and row[i].text.strip()]

    notes, owners = values(column["update"]), values(column["action"])
    if not notes or sum(len(v.split()) >= _PROSE_WORDS for v in notes) * 2 < len(notes):
        return
    if owners and not all(_margin_owner(v) for v in owners):
        return
    roles[column["update"]] = "narrative"
    numbers = values(column["ref"]) if "ref" in column else []
    if numbers and "item" in column and all(ITEM_NUMBER.match(v) for v in numbers):
        roles[column["ref"]], roles[column["item"]] = "item", "title"


# an item cell holding its number and title: "3. Grant applications", "24/031 Planning", "4\nChristmas lights"
_TITLED_ITEM = re.compile(
    r"^\(?(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{2,3}/\d{2,4})\)?[.):]?\s+(?P<title>[A-Z(£\d].*)$",
    re.DOTALL,
)
_TITLE_WORDS = 12


def titled_item(text: str) -> tuple[str, str] | None:
    """(number, title) of an item cell that names both; a cell of sentences is a minute, not a title."""
    m = _TITLED_ITEM.match(text.strip())
    if not m:
        return None
    title = " ".join(m.group("title").split())
    if len(title.split()) > _TITLE_WORDS or re.search(r"[.!?]\s+\S|[!?]$", title):
        return None
    return m.group("number"), title.rstrip(" .:")


_REF_VALUE = re.compile(r"^(?:[A-Z]{1,5}[/ ]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}[a-z]?\.?$")


def _refs_in_action_column(state: TableState, rows: list[list[Cell]]) -> None:
    """Action | Description | Lead | Date: a column headed "Action" that holds only numbers ("AB/24/01", "3")
    numbers the tasks written in the description beside it."""
    action = next((i for i, r in state.roles.items() if r == "action"), None)
    text = next((i for i, r in state.roles.items() if r in ("narrative", "title")), None)
    if action is None or text is None or "ref" in state.roles.values():
        return
    numbers = [row[action].text.strip() for row in rows if action < len(row) and row[action].text.strip()]
    if numbers and all(_REF_VALUE.match(n) for n in numbers):
        state.roles[action], state.roles[text] = "ref", "action"


def _cell(row: list[Cell], roles: dict[int, str], role: str) -> Cell | None:
    for i, r in roles.items():
        if r == role and i < len(row):
            return row[i]
    return None


SUB_ITEM = re.compile(r"^\s*\(?(?P<roman>[ivx]{1,4})\)\s+(?P<rest>\S.*)$", re.I | re.S)
_SMALL = {"of", "and", "the", "for", "on", "to", "in", "&"}


def _sub_title(text: str) -> str | None:
    """The title a sub-item opens with: its capitalised words, up to a colon, full stop or initials."""
    words: list[str] = []
    tokens = text.split()
    for k, word in enumerate(tokens):
        bare = word.strip(":.,")
        if not bare or bare[0].isdigit() or (re.fullmatch(r"[A-Z]{2,4}", bare) and words):
            break
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not (bare[0].isupper() or bare in _SMALL or following[:1].isupper()):
            break
        words.append(bare)
        if word.endswith((":", ".", ",")) or len(words) >= 8:
            break
    while words and words[-1].lower() in _SMALL:
        words.pop()
    return " ".join(words) if words else None


def _title_from_narrative(text: str) -> str | None:
    """An item's title written at the head of its discussion ("Body Worn Video: NOTE …")."""
    head = re.split(r":|\s[–-]\s", text, maxsplit=1)[0].strip()
    head = re.sub(r"^\(?[ivx]{1,4}\)\s*", "", head)
    most = _TITLE_WORDS if head == text.strip() else 8  # a line of its own may be longer than a run-in title
    if 1 <= len(head.split()) <= most and head[:1].isupper() and not head.endswith("."):
        return head
    return None


def read_table(
    block: Block,
    state: TableState,
    meeting: date | None,
    next_meeting: date | None,
    item: str | None,
    earlier: bool = False,
) -> TableResult | None:
    """Actions, updates, items and narrative passages of one action table, or None if not one.

    `earlier`: the table is headed as the previous meeting's actions, so its rows are updates
    (unless a "date raised" column says otherwise)."""
    rows = block.rows or []
    if not rows:
        return None
    start = 0
    roles, header = column_roles([c.text for c in rows[0]]), 1
    if not roles and not state.roles:
        roles, header = margin_roles(rows)
    if roles and earlier and "decision" in roles.values() and not {"update", "status"} & set(roles.values()):
        # "Item | Action | By whom | Outcome" over earlier actions: the outcome is the progress on each
        roles = {k: "update" if role == "decision" else role for k, role in roles.items()}
    if roles:
        state.roles, state.width, start = roles, len(rows[0]), header
        state.minute_column = any(
            role == "item" and _MINUTE_NUMBER_COLUMN.match(rows[0][k].text.strip())
            for k, role in roles.items()
            if k < len(rows[0])
        )
    elif not state.roles or abs(len(rows[0]) - state.width) > 1 or _looks_like_header(rows[0]):
        return None  # a table of its own, not the action table carried over a page
    _infer_roles(state, rows[start:])
    if {"item", "update", "action"} == set(state.roles.values()):
        return (
            None  # Item | Notes | Action whose notes are no minute, or whose actions are no owners: not read
        )
    result = TableResult()
    last: Action | None = state.last
    current_item = item
    for row in rows[start:]:
        if column_roles([c.text for c in row]):
            continue  # a header repeated on a new page
        if len(row) < state.width and row and not ITEM_NUMBER.match(row[0].text.strip() or "x"):
            row = [Cell([]) for _ in range(state.width - len(row))] + row  # leading empty cells were lost
        texts = [c.text.strip() for c in row]
        filled = [i for i, t in enumerate(texts) if t]
        if len(filled) == 1 and state.roles.get(filled[0]) not in ("action", "narrative"):
            if ITEM_NUMBER.match(texts[filled[0]]):
                current_item = texts[filled[0]].strip("().")
            continue  # a section heading row ("Inspections, Audits and Reviews")
        number_cell = _cell(row, state.roles, "item")
        number = number_cell.text.strip().strip("().") if number_cell else ""
        titled = titled_item(number) if number else None
        new_item = bool(number and number_cell and (ITEM_NUMBER.match(number_cell.text.strip()) or titled))
        if titled:
            number = titled[0]
        if new_item:
            current_item = number
        title_cell = _cell(row, state.roles, "title")
        narrative_cell = _cell(row, state.roles, "narrative")
        if new_item:
            title = (
                title_cell.text.strip()
                if title_cell and title_cell.text.strip()
                else (titled[1] if titled else None)
            )
            if not title and narrative_cell and narrative_cell.paragraphs:
                title = _title_from_narrative(narrative_cell.paragraphs[0])
            if title:
                result.items.append(
                    Item(number=current_item, title=title, evidence=Evidence(title, block.page))
                )
        elif title_cell and title_cell.text.strip() and result.items and not number:
            result.items[-1].title = f"{result.items[-1].title} {title_cell.text.strip()}"
        if narrative_cell:
            sub_item = current_item
            for paragraph in narrative_cell.paragraphs:
                sub = SUB_ITEM.match(paragraph)
                if sub and current_item and _sub_title(sub.group("rest")):
                    sub_item = f"{current_item}({sub.group('roman').lower()})"
                    sub_title = _sub_title(sub.group("rest")) or ""
                    result.items.append(
                        Item(number=sub_item, title=sub_title, evidence=Evidence(sub_title, block.page))
                    )
                result.passages.append(Passage(paragraph, block.page, sub_item, "cell", block))
        topic = result.items[-1].title if result.items and result.items[-1].number == current_item else None
        result.passages.extend(
            _decided(_cell(row, state.roles, "decision"), topic, narrative_cell, current_item, block)
        )
        last = _read_row(
            row, state, result, last, current_item, new_item, meeting, next_meeting, block.page, earlier
        )
    state.last = last
    return result


_NO_DECISION = re.compile(
    r"^\W*(?:none|nil|n/?a|no\s+decisions?(?:\s+(?:required|made|taken))?|see\s+(?:above|below|actions?)|-+|–|—)\W*$",
    re.IGNORECASE,
)
# "Approved.", "Noted", "Unanimously agreed": a verdict that says what was decided only with the item it answers
_BARE_VERDICT = re.compile(
    r"^(?:(?:unanimously|duly|all)\s+)?(?:noted|agreed|approved|accepted|adopted|carried|endorsed|"
    r"deferred|declined|refused|rejected|ratified|no\s+objections?(?:\s+raised)?|supported)\.?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•▪◦·*-]|\(?[a-h]\)|\(?[ivx]{1,4}\))\s+")


def _decided(
    cell: Cell | None, topic: str | None, talk: Cell | None, item: str | None, block: Block
) -> list[Passage]:
    """The decisions of a Decision column's cell, one a paragraph (or bullet): each a passage for the decision
    reader, a bare verdict ("Approved.") named after the item's title, or else the discussion's first sentence."""
    out: list[Passage] = []
    opening = sentences(talk.paragraphs[0]) if talk and talk.paragraphs else []
    discussed = opening[0] if opening else None
    for paragraph in _parts(cell):
        text = _BULLET.sub("", paragraph).strip()
        if not text or _NO_DECISION.match(text):
            continue
        said = f"{topic}: {text}" if topic and _BARE_VERDICT.match(text) else None
        if (
            not said and discussed and _BARE_VERDICT.match(text)
        ):  # no title: the discussion's opening says what
            said = f"{discussed.rstrip('.')}: {text}"
        out.append(Passage(text, block.page, item, "decision", block, decided=said))
    return out


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")
# (agreeing that something go ahead or carry on decides, and sets nobody a task: "Spring walk – agreed to go ahead")
_TASK_CUE = re.compile(
    r"\b(?:will|would|to\s+be|(?<!has\s)(?<!had\s)agreed\s+to(?!\s+(?:go\s+ahead|proceed|continue|carry\s+on)\b)|undertook|"
    r"asked\s+(?:for|that)|requested|should)\b",
    re.I,
)


_ACTION_LABEL = re.compile(r"^\W*actions?(?:\s+points?)?\W*[:\-–]\s*", re.IGNORECASE)


def _sets_task(text: str) -> bool:
    """ "Action: …" or "Supt Gorman to arrange …": a line of the minute that sets a task, with its doer first."""
    return bool(_ACTION_LABEL.match(text)) or bool(parse_task(text, None, None, need_subject=True))


def _task_in_discussion(discussion: Cell | None, owner: Cell | None, due: Cell | None) -> list[str]:
    """The tasks of a row whose actions are written in its discussion and whose owners have a column: one a
    paragraph (or bullet) that sets a task when the owner cell names as many owners, each on its own line, or
    the task of each of the last paragraphs when the owners and the timescales pair with them (two rows a page
    break ran into one); else the task of the whole discussion."""
    if discussion is None or owner is None or not owner.text.strip():
        return []
    paragraphs = [_BULLET.sub("", p).strip() for p in discussion.paragraphs if p.strip()]
    tasked = [_ACTION_LABEL.sub("", p) for p in paragraphs if _sets_task(p)]
    owners = len(_parts(owner))
    named = _parts(owner)
    if len(named) == 1 and _INITIALS_RUN.fullmatch(named[0]):
        named = named[0].split()  # "KD AW", "JH All": a PDF cell's lines run together
    if len(tasked) > 1 and len(tasked) == owners:
        return tasked
    # "… GP will organise tools. HW to put up posters …" beside "GP / HW": one sentence each, in one paragraph
    said = [_ACTION_LABEL.sub("", s) for p in paragraphs for s in sentences(p) if _sets_task(s)]
    if len(said) > 1 and (
        len(said) == owners or (owners == 1 and _owner_split(_parts(owner)[0], len(said)) is not None)
    ):
        return said
    if own := _each_owners_sentence(paragraphs, named):
        return own
    minute = [p for p in paragraphs if _title_from_narrative(p) != p]  # not the item's title at its head
    dues = _parts(due)
    paired = (
        owners > 1
        and len(minute) >= owners
        and (len(dues) == owners or (len(dues) == 1 and _run_split(dues[0], owners, _DUE_START) is not None))
    ) or (
        len(named) > 1 and len(minute) == len(named) and not dues
    )  # a paragraph each, an owner's line beside it
    return (
        [_task_of(p) for p in minute[-max(owners, len(named)) :]]
        if paired
        else [_task_of(" ".join(minute or paragraphs))]
        if paragraphs
        else []
    )


def _each_owners_sentence(paragraphs: list[str], owners: list[str]) -> list[str]:
    """ "KD will contact the ranger … AW offered to make posters …" beside "KD / AW": the one sentence (or clause)
    that each owner opens with a task, in the owners' order, when every owner opens exactly one; else none."""
    said = [s for p in paragraphs for s in sentences(p)]
    found = []
    for who in owners:
        opened = [
            m.group("clause")
            for s in said
            for m in [_opened_by(who).search(s)]
            if m and (_sets_task(m.group("clause")) or _OFFERS.search(m.group("clause")))
        ]
        if len(opened) != 1:
            return []
        found.append(opened[0])
    return found


_OFFERS = re.compile(r"^\S+(?:\s+\S+)?\s+(?:offered|agreed|undertook|volunteered|promised)\s+to\b")


def _opened_by(who: str) -> re.Pattern[str]:
    """A clause that opens with `who`: a sentence, or its part after a semicolon or "and" ("…; members were keen
    and KM will contact the school")."""
    name = re.escape(split_due(who.strip(), _ANY_DAY, None)[0])
    return re.compile(rf"(?:^\W*|;\s+|,?\s+and\s+)(?P<clause>{name}\b.*)$")


def _task_of(text: str) -> str:
    """The sentence of a minute that sets a task, else one that commits to something, else its last."""
    task = task_among(sentences(text), _sets_task, orders, _TASK_CUE.search)
    return _ACTION_LABEL.sub("", _PARAGRAPH_NUMBER.sub("", task))


def _decided_task(decision: Cell, owner: Cell | None) -> list[str]:
    """The task of a row that gives an owner beside what was decided and no action column: the decision, unless
    it is a bare verdict or says there is none."""
    if owner is None or not owner.text.strip():
        return []
    said = [_BULLET.sub("", p).strip() for p in _parts(decision)]
    return [p for p in said if p and not _NO_DECISION.match(p) and not _BARE_VERDICT.match(p)]


def _read_row(
    row: list[Cell],
    state: TableState,
    result: TableResult,
    last: Action | None,
    item: str | None,
    new_item: bool,
    meeting: date | None,
    next_meeting: date | None,
    page: int | None,
    earlier: bool = False,
) -> Action | None:
    action_cell, owner_cell = _cell(row, state.roles, "action"), _cell(row, state.roles, "owner")
    if action_cell is not None and NO_ACTION.match(action_cell.text.strip()):
        return None  # "None", "Noted", "For information": the row sets no task, nor continues the one above
    if action_cell is not None and owner_cell is None and _margin_owner(action_cell.text):
        action_cell, owner_cell = (
            None,
            action_cell,
        )  # an Action column holding only "Clerk": the task is the discussion's
    action_parts = _lettered(_parts(action_cell))
    decision_cell = _cell(row, state.roles, "decision")
    if (
        action_cell is None and decision_cell is not None
    ):  # Minute | Notes | Agreed | Action by: the owner's task is
        action_parts = _decided_task(
            decision_cell, owner_cell
        )  # what was agreed; the talk before it is no task
    elif action_cell is None:
        action_parts = _task_in_discussion(
            _cell(row, state.roles, "narrative"), owner_cell, _cell(row, state.roles, "due")
        )
    if not action_parts:
        return last
    owner_parts = _lettered(_parts(owner_cell))
    due_parts = _lettered(_parts(_cell(row, state.roles, "due")))
    ref_cell = _cell(row, state.roles, "ref")
    ref = ref_cell.text.strip() if ref_cell and ref_cell.text.strip() else None
    status_cell = _cell(row, state.roles, "status")
    status_text = status_cell.text.strip() if status_cell else ""
    update_cell = _cell(row, state.roles, "update")
    update_text = update_cell.text.strip() if update_cell else ""
    raised_cell = _cell(row, state.roles, "raised")
    raised = find_dates(raised_cell.text)[0][0] if raised_cell and find_dates(raised_cell.text) else None

    continues = (
        last is not None
        and not new_item
        and not ref
        and not owner_parts
        and not due_parts
        and not LEADING_REF.match(action_parts[0])
        and (not re.search(r"[.!?]$", last.text) or action_parts[0][:1].islower())
    )
    if continues and last is not None:
        last.text = (
            f"{last.text} {' '.join(action_parts)}"  # evidence stays the first row: it must be one passage
        )
        return last

    if len(action_parts) > 1 and len(owner_parts) == 1:
        owner_parts = _owner_split(owner_parts[0], len(action_parts)) or owner_parts
    if len(action_parts) > 1 and len(due_parts) == 1:
        due_parts = _run_split(due_parts[0], len(action_parts), _DUE_START) or due_parts
    split = len(action_parts) > 1 and (
        len(owner_parts) == len(action_parts) or len(due_parts) == len(action_parts)
    )
    tasks = action_parts if split else [" ".join(action_parts)]
    made: Action | None = None
    for k, task in enumerate(tasks):
        owners_text = owner_parts[k] if split and len(owner_parts) == len(tasks) else " / ".join(owner_parts)
        due_text = due_parts[k] if split and len(due_parts) == len(tasks) else " ".join(due_parts)
        task_ref = ref
        m = LEADING_REF.match(task)
        if m and not task_ref:
            task_ref, task = m.group("ref"), task[m.end() :]
        # a cell's paragraphs may come from rows a page break split: evidence is one contiguous passage
        evidence = Evidence(text=(action_parts[k] if split else action_parts[0]), page=page)
        fresh = bool(
            _NEW_ROW.fullmatch(status_text)
        )  # "New" in a log under review: this meeting's own action
        if (
            (raised and meeting and raised < meeting)
            or (earlier and raised_cell is None and not fresh)
            or stated_earlier(status_text, resolve_due(due_text, meeting, next_meeting), meeting)
        ):
            task_ref = task_ref or (
                item if state.minute_column else None
            )  # "Min. 44": the action it reports on
            text = task
            said = ": ".join(t for t in (status_text, update_text) if t)
            if said:
                text = f"{task} – {said}"
            result.updates.append(
                ActionUpdate(
                    ref=task_ref,
                    text=text,
                    status=update_status(status_text) or update_status(update_text),
                    evidence=evidence,
                )
            )
            continue
        if not due_text and "due" not in state.roles.values():
            owners_text, found_due = split_due(owners_text, meeting, next_meeting)  # "PS – by 14 Feb"
            if not found_due:
                task, found_due = split_due(task, meeting, next_meeting)
            due_text = found_due or ""
        owners = split_owners(owners_text)
        if not owners and not owner_parts:
            subject = parse_task(task, meeting, next_meeting, need_subject=True)
            owners = subject[0].owners if subject else []
        made = Action(
            text=task.strip(),
            owners=owners,
            due=resolve_due(due_text, meeting, next_meeting),
            due_text=due_text or None,
            ref=task_ref,
            item=item,
            status=read_status(status_text),
            evidence=evidence,
        )
        result.actions.append(made)
    return made


# a planning list laid out as a table: Application | Proposal and location | Comment — the meeting's view of each
_APPLICATION_HEAD = re.compile(
    r"^(?:(?:planning\s+)?application(?:\s+(?:no\.?|number|ref(?:erence)?))?|app(?:lication)?\.?\s*no\.?|"
    r"(?:planning\s+)?ref(?:erence)?\.?(?:\s+no\.?)?)$",
    re.IGNORECASE,
)
_VIEW_HEAD = re.compile(
    r"^(?:comments?|response|observations?|recommendation|decision|resolution|outcome|views?|"
    r"(?:council|committee|members)['’]?s?\s+(?:comments?|response|view|observations?|decision))$",
    re.IGNORECASE,
)
_PLANNING_REF = re.compile(r"\d{2,4}/\d{2,5}")  # "25/0287/FUL", "P/24/01234": an application's number


def planning_decisions(block: Block, item: str | None) -> list[Passage] | None:
    """The meeting's view of each application in a table of them ("25/0287/FUL | Erection of … | No objection"), one
    decision a row, written as the row says it; None when the table is not one."""
    rows = block.rows or []
    if len(rows) < 2:
        return None
    header = [c.text.strip().rstrip(":") for c in rows[0]]
    ref = next((i for i, h in enumerate(header) if _APPLICATION_HEAD.match(h)), None)
    view = next((i for i, h in enumerate(header) if _VIEW_HEAD.match(h)), None)
    if ref is None or view is None:
        return None
    out: list[Passage] = []
    for row in rows[1:]:
        cells = [c.text.strip() for c in row]
        if max(ref, view) >= len(cells) or not _PLANNING_REF.search(cells[ref]) or not cells[view]:
            continue
        what = " ".join(c for i, c in enumerate(cells) if i not in (ref, view) and c)
        said = f"{cells[ref]} - {what}: {cells[view]}" if what else f"{cells[ref]}: {cells[view]}"
        out.append(
            Passage("  ".join(c for c in cells if c), block.page, item, "decision", block, decided=said)
        )
    return out
