"""One task sentence taken apart: who is to do it, what, and by when.

"FG to confirm the disposal timetable by end of March, and AD to reflect the receipt for the
April meeting" is two tasks; each keeps its owner as written and its timescale resolved
against the meeting date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scrutiny.extract.dates import MONTHS, NO_DATE, find_dates, resolve_due
from scrutiny.extract.owners import looks_like_owner, split_owners

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_OWNER = r"(?:[A-Z][A-Za-z&'’.\-]*(?:\s*/\s*[A-Z][A-Za-z&'’.\-]*)*|\([A-Za-z ]+\))"
# a post's noun in lower case after a capital: "Scrutiny officer to draft …", "Parish clerk to write …"
_POST_NOUN = (
    r"(?:officer|clerk|manager|lead|director|secretary|treasurer|chair|team|advis[eo]r|co-?ordinator)"
)
SUBJECT = re.compile(
    rf"^(?P<who>(?:the\s+)?{_OWNER}(?:,?\s+(?:{_OWNER}|and|&|of|for|the|\(OPCC\)|{_POST_NOUN}))*?)\s+(?:to|will|would|should)\s+"
    rf"(?P<verb>[a-z][a-z\-]+)\b",
)
_NOT_VERB = {
    "the",
    "a",
    "an",
    "next",
    "be",
    "date",
    "this",
    "that",
    "future",
    "their",
    "his",
    "her",
    "its",
    "all",
    "any",
    "each",
    "follow",
    "it",
    "them",
    "which",
    "what",
    "whom",
    "who",
    "other",
    "members",
    "come",
}
# "…, and AD to reflect …", "…; KL to …", "… the safety concerns, Cllr Wren to speak to the resident": a next task
_OWNER_AFTER = re.compile(
    r"^(?P<task>.+?)\s+[–—-]\s+(?P<who>[^–—\-]{2,40}?)\.?$"
)  # the owner set apart at the end
_NEXT_TASK = re.compile(
    rf"((?:,?\s+and\s+|;\s*(?:and\s+)?|,\s+)(?=(?:the\s+)?{_OWNER}(?:\s+(?:{_OWNER}|and|&))*?\s+(?:to|will|would)\s+[a-z]))"
)
_NAMES_ONLY = re.compile(
    rf"^(?:the\s+)?{_OWNER}(?:,?\s+(?:{_OWNER}|and|&|of|for|the))*$"
)  # "AH", "The Chair"
_DUE_TAIL = [
    re.compile(r"\s+[–—-]\s+(?P<due>[^–—]+?)\s*\.?$"),
    re.compile(r"\s*\((?P<due>[^()]+)\)\s*\.?$"),
    re.compile(
        rf"\s+(?:by|before|no\s+later\s+than|ahead\s+of)\s+(?:the\s+deadline\s+(?:of\s+)?)?(?P<due>(?:the\s+)?(?:end\s+(?:of\s+)?|w/?c\s+|close\s+of\s+|next\s+|\d|(?:{_MONTH_WORDS})\b|q[1-4]\b|mid[- ]).*?)\s*\.?$",
        re.I,
    ),
    re.compile(
        rf"(?:,\s*|\s+)(?:and\s+report(?:\s+\w+){{0,3}}\s+)?(?:to|for|at)\s+(?:the|its|their)\s+(?P<due>(?:next|(?:{_MONTH_WORDS})(?:\s+\d{{4}})?)\s+(?:meeting|board|panel|committee|[A-Z&]{{2,5}})\b).*?$",
        re.I,
    ),
    re.compile(
        rf"\s+(?:before|at|for|to)\s+(?:the|its|their)\s+[\w\s]{{0,30}}?(?:meeting|board|panel)\s+in\s+(?P<due>(?:{_MONTH_WORDS})(?:\s+\d{{4}})?)\s*\.?$",
        re.I,
    ),
    re.compile(
        r"\s+(?P<due>(?:within|in)\s+(?:\d+|one|two|three|four|six|eight|twelve)\s+(?:days?|weeks?|months?))\s*\.?$",
        re.I,
    ),
    re.compile(
        rf"\s+(?:in|during|for)\s+(?P<due>(?:early\s+|mid[- ]|late\s+)?(?:{_MONTH_WORDS})(?:\s+\d{{4}})?)\s*\.?$",
        re.I,
    ),  # "in April", "for December"
]


# What an Action cell or marker holds when the minute sets no task: "None", "Noted", "For information", "N/A", "–"
NO_ACTION = re.compile(
    r"^\W*(?:none(?:\s+required)?|nil|n/?a|no(?:\s+further)?\s+actions?(?:\s+(?:required|needed|arising))?|"
    r"noted|note|for\s+(?:information|noting|info)|info(?:rmation)?(?:\s+only)?|-+|–|—)\W*$",
    re.I,
)


@dataclass
class Task:
    owners: list[str]
    text: str
    due: str | None
    due_text: str | None


def is_due(text: str, meeting: date | None, next_meeting: date | None) -> bool:
    return bool(
        NO_DATE.match(text)
        or resolve_due(text, meeting, next_meeting)
        or find_dates(text)
        or re.search(r"\bnext\s+(?:meeting|mtg|board)\b", text, re.I)
    )


def split_due(text: str, meeting: date | None, next_meeting: date | None) -> tuple[str, str | None]:
    """The task without its timescale, and the timescale as written."""
    for pattern in _DUE_TAIL:
        m = pattern.search(text)
        if m and is_due(m.group("due"), meeting, next_meeting):
            return text[: m.start()].rstrip(" ,.;–-"), re.sub(
                r"^the\s+", "", m.group("due").strip(" ."), flags=re.I
            )
    return text.rstrip(" .;"), None


_OWNER_FIRST = re.compile(r"^(?P<who>[A-Z]{2,5}(?:\s*[/&,]\s*[A-Z]{2,5})*)\s*[–—:-]\s+(?P<task>[A-Z].+)$")


def _has_subject(text: str) -> bool:
    m = SUBJECT.match(text)
    return m is not None and m.group("verb") not in _NOT_VERB


OWNER_LABEL = (
    r"owners?|lead(?:\s+officer)?|responsible(?:\s+(?:officer|person|lead))?|"
    r"officer\s+responsible|action(?:ed)?\s+(?:by|to|owner)|assigned\s+to"
)
DUE_LABEL = r"due(?:\s+date)?|date\s+due|deadline|target(?:\s+date)?|by\s+when|timescales?|completion\s+date"
# "Owner: ACC", "Target date: 30/06/24": a label opens a line, follows punctuation or a wide gap, or is
# capitalised
_LABEL_START = r"(?:^|(?<=[\n,;(.])|(?<=[,;(.]\s)|(?<=\s\s)|(?<=\s)(?-i:(?=[A-Z])))"
_LABELLED = re.compile(
    rf"{_LABEL_START}\s*(?:\*\*)?(?P<label>{OWNER_LABEL}|{DUE_LABEL})(?:\*\*)?\s*:\s*"
    rf"(?P<value>(?:[^\n;()]|\([^()\n]*\))*?)\s*(?=[;)\n]|\s{{2,}}|[,.]?\s+(?:{OWNER_LABEL}|{DUE_LABEL})\s*:|[,.]?\s*$)\)?",
    re.I,
)
_IS_OWNER_LABEL = re.compile(rf"^(?:{OWNER_LABEL})$", re.I)


def labelled(text: str) -> tuple[str, str | None, str | None]:
    """ "Review X, Owner: ACC Crime, Due: end of Q1" -> the task, and the owner and due as labelled."""
    owner = due = None
    kept: list[str] = []
    at = 0
    for m in _LABELLED.finditer(text):
        if not m.group("value").strip():
            continue
        if _IS_OWNER_LABEL.match(m.group("label")):
            owner = owner or m.group("value").strip()
        else:
            due = due or m.group("value").strip(" .")
        kept.append(text[at : m.start()])
        at = m.end()
    if not (owner or due):
        return text, None, None
    kept.append(text[at:])
    return " ".join(" ".join(kept).split()).strip(" ,;.–—-"), owner, due


_FIELD_SEPARATOR = re.compile(r"\s+[–—-]+\s+|\s*[|\t]\s*|\s*—\s*")
_INITIALS_LAST = re.compile(r"^(?P<task>.+[.!?])\s+(?P<who>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*)$")
_OWNER_COLON = re.compile(r"^(?P<owner>[A-Z][^:]{1,39}):\s+(?P<rest>\S.*)$")
_FIELDS = 4  # task, owner, due and a ref at most: more pieces are a sentence with dashes in it
_DUE_WORDS = 6  # "the end of the financial year": a longer field is not a timescale


def _as_due(field: str, meeting: date | None, next_meeting: date | None) -> str | None:
    """The timescale a whole field states, without its "by", else None."""
    bare = re.sub(r"^(?:by|due|before)\s+(?:the\s+)?", "", field.strip(" .()"), flags=re.I)
    if len(bare.split()) > _DUE_WORDS or looks_like_owner(bare) or re.search(r"\s(?:by|before)\s", bare):
        return None  # "repaint bench by end of May" is a task with its timescale
        return None
    return bare if is_due(bare, meeting, next_meeting) else None


_TASK_WORDS = 2  # "Signed ........ (Chair)" names someone but sets no task
_BRACKETED = re.compile(r"^(?P<task>.+?)\s*\((?P<fields>[^()]+)\)\W*$")
_TRAILING = 2  # owner and timescale after the task, by commas: "Circulate the survey, CFO, end of May"


def _pieces(text: str) -> list[list[str]]:
    """Ways to cut a line into fields: by dashes, bars or tabs; else the task and its bracketed or
    comma-separated tail (a comma inside a task is common, so only the last pieces are tried)."""
    text = text.strip()
    cuts = [[p.strip() for p in _FIELD_SEPARATOR.split(text) if p.strip()]]
    owner_first = _OWNER_COLON.match(text)
    if owner_first:  # "Cllr Shaw: check the play equipment weekly"
        cuts.append([owner_first.group("owner"), owner_first.group("rest")])
    initials_last = _INITIALS_LAST.match(text)
    if initials_last:  # "Write to Highways about the potholes. JB"
        cuts.append([initials_last.group("task"), initials_last.group("who")])
    bracketed = _BRACKETED.match(text)
    if bracketed:
        cuts.append([bracketed.group("task"), *(p.strip() for p in bracketed.group("fields").split(","))])
    commas = [p.strip() for p in text.rstrip(" .").split(", ")]
    for k in range(1, min(_TRAILING, len(commas) - 1) + 1):
        cuts.append([", ".join(commas[:-k]), *commas[-k:]])
    return [cut for cut in cuts if 2 <= len(cut) <= _FIELDS]


def fields_task(text: str, meeting: date | None, next_meeting: date | None) -> Task | None:
    """A line of separate fields in any order: "CE — circulate the draft — by 20/05/24", "Monthly vetting
    figures to OPCC – ACC – ongoing", "Share the results (ACC Crime, July)"; None unless one field names
    an owner and another the task."""
    for pieces in _pieces(text):
        owners: list[str] = []
        due_text: str | None = None
        words: list[str] = []
        for piece in pieces:
            due = None if due_text else _as_due(piece, meeting, next_meeting)
            if due:
                due_text = due
            elif not owners and looks_like_owner(piece):
                owners = split_owners(piece)
            else:
                words.append(piece)
        body = re.sub(r"^to\s+(?=[a-z])", "", " – ".join(words)).rstrip(" .;")
        if due_text is None:
            body, due_text = split_due(body, meeting, next_meeting)
        if owners and len(re.findall(r"[A-Za-z]{2,}", body)) >= _TASK_WORDS:
            due = resolve_due(due_text, meeting, next_meeting) if due_text else None
            return Task(owners, body, due, due_text)
    return None


def parse_task(
    text: str, meeting: date | None, next_meeting: date | None, need_subject: bool = False
) -> list[Task]:
    """Tasks in one marked action or log line; owners empty when the line names none."""
    text, labelled_owner, labelled_due = labelled(text)
    if labelled_owner or labelled_due:
        inner = parse_task(text, meeting, next_meeting, need_subject and not labelled_owner)
        return [
            Task(
                split_owners(labelled_owner) if labelled_owner else t.owners,
                t.text,
                resolve_due(labelled_due, meeting, next_meeting) if labelled_due else t.due,
                labelled_due or t.due_text,
            )
            for t in inner
        ]
    fielded = None if _has_subject(text) else fields_task(text, meeting, next_meeting)
    if fielded:  # "KL to write to the Home Office, DCC and CFO" names its owner first: not fields
        return [fielded]
    tasks: list[Task] = []
    pieces: list[str] = []
    parts = _NEXT_TASK.split(text.strip())  # the pieces, and between each two the words that joined them
    for k in range(0, len(parts), 2):
        if pieces and (_NAMES_ONLY.match(pieces[-1]) or not _has_subject(parts[k])):
            pieces[-1] = (
                f"{pieces[-1]}{parts[k - 1]}{parts[k]}"  # "The Chair and Vice-Chair to meet …" is one task
            )
        else:
            pieces.append(parts[k])
    for piece in pieces:
        m = SUBJECT.match(piece)
        owners: list[str] = []
        body = piece
        lead = _OWNER_FIRST.match(piece)
        if lead and not (m and m.group("verb") not in _NOT_VERB):  # "JB/KL – Circulate the framework"
            owners, body, m = split_owners(lead.group("who")), lead.group("task"), None
        if m and m.group("verb") not in _NOT_VERB and len(m.group("who").split()) <= 8:
            who = re.sub(r"^the\s+", "", m.group("who"), flags=re.I)
            owners = split_owners(who)
            body = piece[m.start("verb") :]
            set_apart = _OWNER_AFTER.match(body)
            if set_apart and looks_like_owner(
                set_apart.group("who")
            ):  # "Operator to repair … – Site Manager"
                owners, body = split_owners(set_apart.group("who")), set_apart.group("task")
        elif need_subject:
            continue
        body, due_text = split_due(body, meeting, next_meeting)
        if not body:
            continue
        tasks.append(
            Task(owners, body, resolve_due(due_text, meeting, next_meeting) if due_text else None, due_text)
        )
    return tasks
