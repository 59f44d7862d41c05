"""Actions a paper marks as such in its prose: "ACTION: …", "Action – XX to …", "… Action by: CE",
a numbered head of any form with labelled lines under it ("AP12 – Publish … / Owner: … / Due: …"),
an entry of an "Actions" section with its owner and timescale in any order, and the numbered
entries of an action log ("01/18: … BJH, March 18", "JAC/23/05 3 Circulate … TA 30/06/23").

An entry that reports progress ("25/17: Close", "Action 3: complete", "JAC/23/04 … – Overdue") is
an update on an earlier action, not a new one. The ways a passage marks an action are listed in SHAPES,
at the end: a layout's new rule is one more function there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from scrutiny.document import Block, BlockKind
from scrutiny.extract.commitment import (
    DUE_LABEL,
    NO_ACTION,
    OWNER_LABEL,
    Task,
    _as_due,
    is_due,
    labelled,
    parse_task,
    split_due,
)
from scrutiny.extract.dates import NO_DATE, resolve_due
from scrutiny.extract.narrative import AGREED_TO, ERRANDS, OPENS_WITH_ERRAND, VERB_ONLY, orders, task_among
from scrutiny.extract.owners import looks_like_owner, names_owner, split_owners
from scrutiny.extract.passages import Passage
from scrutiny.extract.status import done_after_dash, opening_status, read_status, update_status
from scrutiny.extract.text import Gated, sentences, squash, verbatim
from scrutiny.record import Action, ActionUpdate, Evidence

MARKER = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n))\s*(?:\*\*)?(?:[Aa]greed\s+)?(?:[Aa]ction(?:s|\s+[Pp]oint)?|ACTION(?:S|\s+POINT)?|AP(?=\s*\d*\s*:)|AP(?=\d{1,3}\s*(?:–|—|-\s)))"
    r"(?:\s+(?:[Rr]equired|REQUIRED|[Bb]y|BY))?(?:\s*(?P<num>\d+(?:/\d+)?))?(?:\*\*)?\s*(?::|–|—|-\s)\s*(?:\*\*)?\s*",
)


_NUMBERED_AP = re.compile(r"\W*AP\d")  # "AP3 – DCC – …": in an actions list, an entry like any other


def _marker_ref(m: re.Match[str]) -> str | None:
    """The number a marker gives its action: "Action 3:" is 3, "AP11 -" is AP11, as the paper writes it."""
    num = m.groupdict().get("num")
    return f"AP{num}" if num and m.group().lstrip(" *").startswith("AP") else num


_MARKER_ANYWHERE = re.compile(r"\bACTIONS?\s*(?::|–|—|-\s)\s*")
REF = (
    r"(?:[A-Z]{1,5}/\d{2}/\d{2,3}|[A-Z]{2,5}\s?\d{1,3}/\d{2}|[A-Z]{2,5}\s\d{2}-\d{2,3}|"
    r"\d{1,3}/\d{2}(?!\d|/))"
)
# Progress written under a log entry, dated: "22 Apr: Letter sent; reply awaited.", "Update (3 March): complete."
DATED_REPORT = re.compile(
    r"^\W*(?:update\s*)?\(?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{2,4})?)?\)?\s*:\s+\S",
    re.I,
)
REF_ENTRY = re.compile(rf"(?:(?<=^)|(?<=\n)|(?<=\s))(?P<ref>{REF})(?:\s*[:\-–]\s*|\s+(?=\S))")
# A log line laid out as columns that lost their rule lines: REF ITEM TEXT OWNER DUE
_COLUMN_TAIL = re.compile(
    r"^(?:(?P<item>\d{1,2}[a-z]?)\s+)?(?P<text>.+?)\s+(?P<owner>(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s*/\s*[A-Z]{2,4})*)\s+"
    r"(?P<due>\S+(?:\s+\S+)?)$"
)
_HYPHEN_REF = Gated(re.compile(r"\b[A-Z]{2,5}\s\d{2}-\d{2,3}\b"), "-")
_DUE_WORDS = (
    r"[\dlIO]{1,2}[/.][\dlIO]{1,2}[/.][\dlIO]{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+'?\d{2,4}|"
    r"next\s+(?:mtg|meeting|board)|asap|tbc|tba|ongoing|end\s+of\s+(?:q[1-4]|\w+)|w/c\s+\d{1,2}\s+\w+|q[1-4]"
)
# The same row with its lines run together: "3 Circulate the final report on TA 30/06/23 vetting to members"
_COLUMNS_INLINE = re.compile(
    rf"^(?:(?P<item>\d{{1,2}}[a-z]?)\s+)?(?P<text>.+?)\s+(?P<owner>[A-Z]{{2,4}}(?:\s*/\s*[A-Z]{{2,4}})*)\s+"
    rf"(?P<due>{_DUE_WORDS})(?:\s+(?P<after>.*))?$",
    re.I,
)
_OWNER_DUE_TAIL = re.compile(
    r"^(?P<text>.+?)[,;–-]\s*(?P<owner>[A-Z]{2,4}(?:\s*(?:/|and|&)\s*[A-Z]{2,4})*)\s*[,;–-]\s*(?P<due>[^,;–-]+?)\.?$"
)
# "Circulate the protocol. BJH, March 18", "Write to the school. Cllr Dobbs – October", "… times. DCC. June 2024":
# who and when after the task's full stop
_SENTENCE_OWNER_DUE = re.compile(
    r"^(?P<text>.+?[.!?])\s+(?P<owner>[A-Z][^,;–—.]{0,40}?(?:\.\s?[A-Z][^,;–—.]{0,30}?)?)\s*(?:[,;–—-]|\.\s)\s*"
    r"(?P<due>[^,;–—]+?)\.?$"
)


def _owner_due_tail(
    flat: str, meeting: date | None, next_meeting: date | None
) -> tuple[str, str, str] | None:
    """(task, owner, timescale) of an entry that ends with its owner and timescale as fields, after a comma, a
    dash or the task's full stop; None unless the owner reads as one and the timescale as one."""
    for pattern in (_OWNER_DUE_TAIL, _SENTENCE_OWNER_DUE):
        m = pattern.match(flat)
        if m and is_due(m.group("due"), meeting, next_meeting) and looks_like_owner(m.group("owner")):
            return m.group("text").strip(" .;,–—-"), m.group("owner").strip(), m.group("due").strip()
    return None


def _tail_action(
    tail: tuple[str, str, str],
    ref: str | None,
    item: str | None,
    evidence: Evidence,
    meeting: date | None,
    next_meeting: date | None,
) -> Action:
    """The action of an entry whose owner and timescale end it (`_owner_due_tail`)."""
    task, owner, due_text = tail
    return Action(
        text=task,
        owners=split_owners(owner),
        due=resolve_due(due_text, meeting, next_meeting),
        due_text=due_text,
        ref=ref,
        item=item,
        evidence=evidence,
    )


_TASK_CHARS = 8  # "ACTION: DCC" then "ok": fewer characters after a marker set no task
_STATUS_ENTRY_WORDS = 12  # a log entry this short that names a status anywhere reports progress
_LOG_TASK_WORDS = 4  # a numbered entry with fewer words and no owner or date is a heading, not a task


def marked_actions(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """The actions one passage marks as such, read by the first of SHAPES that finds any."""
    for shape in SHAPES:
        found = shape(passage, meeting, next_meeting)
        if found:
            return found
    return []


def _markers(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """ "ACTION: DCC to …", "Action 3 – …", "… would be circulated. ACTION: DCC": each marker and what follows it
    up to the next one."""
    text = passage.text
    if "ction" not in text and "CTION" not in text and "AP" not in text:
        return []  # no marker can be there: skip the patterns
    out: list[Action] = []
    starts = list(MARKER.finditer(text))
    if not starts:
        starts = list(_MARKER_ANYWHERE.finditer(text))
    cut = 0  # where the text a closing marker may take its task from begins
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        body = squash(text[m.end() : end])
        who, when = split_due(body, meeting, next_meeting)  # "ACTION: Clerk (by next meeting)"
        listed = _OWNER_COMMA_DUE.match(body)
        if listed and is_due(listed.group("due"), meeting, next_meeting):  # "Action: CFO, 30 September"
            who, when = listed.group("who"), listed.group("due").strip(" .")
        owner_only = _OWNER_ONLY.match(
            VERB_ONLY.sub("", who)
        )  # "… to the Secretary. Action – GU / AC to circulate"
        owner = owner_only.group("who") if owner_only else _owner_run_on(body) if m.start() > 0 else None
        if owner and m.start() > 0:  # "… would be circulated. ACTION: DCC" — the task is the sentence before
            said = re.split(r"(?<=[.!?])\s+(?=[A-Z])", verbatim(text[cut : m.start()]).strip())
            task = _owners_sentence(said, owner)
            between = (
                " ".join(said[said.index(task) + 1 :]) if task in said else ""
            )  # news said after the task
            task = _owners_clause(task, owner)
            if not owner_only:  # the next sentence starts after the owner
                cut = max(m.end(), text.find(owner.split()[-1], m.end()) + len(owner.split()[-1]))
            if task:
                shown = (
                    verbatim(text[m.start() : end])
                    if owner_only
                    else f"{verbatim(text[m.start() : m.end()])}{owner}"
                )
                out.append(
                    _owned(
                        task.strip(" ."),
                        owner,
                        passage,
                        " ".join(p for p in (task, between, shown) if p),
                        meeting,
                        next_meeting,
                        ref=_marker_ref(m),
                        when=when if owner_only else None,
                    )
                )
            continue
        if (
            not body
            or len(body) < _TASK_CHARS
            or reports_status(body)
            or DONE.match(body)
            or NO_ACTION.match(body)
        ):
            continue  # "Action 3: complete – circulated": progress on an earlier action, read by updates
        lead = REF_ENTRY.match(body)
        ref = _marker_ref(m)
        if lead and lead.start() == 0:
            ref, body = lead.group("ref"), body[lead.end() :]
        evidence = passage.evidence(verbatim(text[m.start() : end]))
        tail = _owner_due_tail(body, meeting, next_meeting)
        if tail:  # "ACTION: Circulate the protocol. BJH, March 18"
            out.append(_tail_action(tail, ref, passage.item, evidence, meeting, next_meeting))
            continue
        first = _OWNER_DASH_TASK.match(body)
        if first and (
            looks_like_owner(first.group("who")) or _NAMED_UNITS.fullmatch(first.group("who"))
        ):  # "Action: OPCC Chief Executive – report to the panel in June"
            made = _owned(
                first.group("task").strip(" ."),
                first.group("who"),
                passage,
                verbatim(text[m.start() : end]),
                meeting,
                next_meeting,
                ref=ref,
            )
            if not looks_like_owner(first.group("who")):  # "Roads Section and An Garda Síochána": each named
                made.owners = [o.strip() for o in re.split(r"\s+(?:and|&)\s+|\s*/\s*", first.group("who"))]
            out.append(made)
            continue
        before = sentences(verbatim(text[cut : m.start()]))
        for part in _enumerated(body):
            for parsed in parse_task(part, meeting, next_meeting):
                task, found_in = parsed.text, evidence
                if before and len(parsed.text.split()) <= _LITTLE_TASK_WORDS:
                    # "The hall boiler needs servicing. Action: IG to get quotes.": what the quotes are for, before
                    task = f"{parsed.text} ({before[-1].strip().rstrip('.')})"
                    found_in = passage.evidence(
                        verbatim(text[text.rfind(before[-1].strip(), 0, m.start()) : end])
                    )
                out.append(
                    Action(
                        text=task,
                        owners=parsed.owners,
                        due=parsed.due,
                        due_text=parsed.due_text,
                        ref=ref,
                        item=passage.item,
                        evidence=found_in,
                    )
                )
    return out


_LITTLE_TASK_WORDS = (
    2  # "get quotes", "chase": a marked task this short says what it is about only with the sentence before
)


_OWNER_COMMA_DUE = re.compile(r"^(?P<who>[^,;]{2,40}?)\s*[,;]\s*(?P<due>[^,;]{3,30})$")
# an owner, a dash and the errand in lower case: the owner is the whole field before the dash
# after a marker, bodies named in capitals before the dash are who ("Action point: Roads Section and An Garda
# Síochána - joint site inspection"), though no post's word names them
_CAPITALISED = r"[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*))*"
_NAMED_UNITS = re.compile(rf"{_CAPITALISED}(?:\s+(?:and|&|/)\s+{_CAPITALISED})?")
_OWNER_DASH_TASK = re.compile(r"^(?P<who>[A-Z][^–—:;,]{1,50}?)\s+[–—-]\s+(?P<task>[a-z][a-z-]+\b.{6,})$")
_ENUMERATOR = re.compile(r"(?:^|(?<=[;,.]\s)|(?<=\s))\(?(?P<n>\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s+(?=\S)")


def _enumerated(body: str) -> list[str]:
    """The tasks one marker lists, "(1) PT to book the room; (2) Insp. Fowler to invite the team" or "a) … b) …",
    each alone; the body whole unless it opens with the first of a run of numbers or letters."""
    hits = list(_ENUMERATOR.finditer(body))
    if len(hits) < 2 or hits[0].start() != 0 or hits[0].group("n") not in ("1", "a", "i"):
        return [body]
    return [
        body[h.end() : (hits[k + 1].start() if k + 1 < len(hits) else len(body))].strip(" ;,")
        for k, h in enumerate(hits)
    ]


# "The grit bin …", "Residents asked …"; not "Okafor to share …", the rest of the owner's name and the errand
_SENTENCE_START = re.compile(r"^[A-Z][a-z]*\s+(?!(?:to|will|would|should|and|&)\b)[a-z]")
_RUN_ON_OWNER_WORDS = 3


def _owner_run_on(body: str) -> str | None:
    """The owner of "… is empty. ACTION: Cllr Rowe The hedge …", a closing marker the next line of a text copy ran
    into: the fewest words that name an owner and are followed by a new sentence, not by the owner's errand."""
    words = body.split()
    for k in range(1, min(_RUN_ON_OWNER_WORDS, len(words) - 2) + 1):
        who, rest = " ".join(words[:k]), " ".join(words[k:])
        if (
            _SENTENCE_START.match(rest)
            and not OPENS_WITH_ERRAND.match(rest)
            and _OWNER_ONLY.match(who)
            and looks_like_owner(who)
        ):
            return who
    return None


# "Action 3: complete", "Action 5 – Closed. The figures …": a status word standing alone reports progress
def reports_status(body: str) -> bool:
    """Does a marked entry open by stating progress ("complete – circulated", "partially complete, the …",
    "pending.") rather than setting a task?"""
    first = re.split(r"[,.;:–—]", body, maxsplit=1)[0]
    return bool(STATUS_LEAD.match(body)) or (
        len(first.split()) <= _STATUS_WORDS and read_status(first) is not None
    )


# "Action 1 – the Clerk had written to Highways …", "Action 2 – Cllr Becket has spoken to the landowner", "Action 4:
# The bench was repaired": what was done on an earlier action, told in the past; not "has agreed to", "was asked to",
# "has to write"
DONE = re.compile(
    r"^(?:[\w.'’()-]+\s+){1,5}?(?:has|have|had|was|were)\s+(?:now\s+|already\s+|since\s+|duly\s+)?"
    r"(?:been\s+)?(?!(?:to|agreed|offered|volunteered|undertaken|promised|kindly|asked|tasked|requested|instructed|"
    r"reminded|invited|encouraged|urged|expected|required|going|due|able|unable|willing|still|not|yet)\b)"
    r"[a-z]+(?:ed|en|wn|ne|de|t)\b"
)
_STATUS_WORDS = 4  # "partially complete", "on hold": a status is said in a few words, a task in more
STATUS_LEAD = re.compile(
    r"^\W*(?:complete[d]?|closed|done|ongoing|on-going|in\s+progress|open|overdue|deferred|discharged|"
    r"superseded|carried\s+forward|achieved|withdrawn|on\s+track)\b\s*(?:$|[.:;,–—-])",
    re.I,
)
_OWNER_ONLY = re.compile(  # "DCC", "JB/AD", "Clerk & Chairman", "Cllr Smith and Clerk"
    r"^(?P<who>[A-Z]{2,5}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,5})*|(?:[A-Z][\w()&]*(?:\s*(?:/|&|,|\band\b)\s*|\s*)){1,6})\.?$"
)
_TRAILING = re.compile(
    r"\((?:ACTION|[Aa]ction)(?P<sep>\s*[:\-–]\s*|\s+)(?P<body>[^()]+)\)"
    # "… to contact the county recorder – Action SL": the marker closing the paragraph after a dash
    r"|\s[–—-]\s*(?:ACTION|[Aa]ction)(?P<sep2>\s*:\s*|\s+)(?P<body2>[A-Z][^.;:()–—\n]{0,40}?)\s*\.?\s*$"
)


_WHO_TO = re.compile(r"^(?P<who>[^,;()]{1,40}?)\s+to\s+(?P<task>[a-z].*)$")


def _trailing(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """ "… the task written out. (Action: Force Director of Finance – by 30 September 2024)"."""
    text = verbatim(passage.text)
    out: list[Action] = []
    previous_end = 0
    for m in _TRAILING.finditer(text):
        before = text[previous_end : m.start()]
        task = re.split(r"(?<=[.!?])\s+(?=[A-Z])", before.strip())[-1].strip(" .")
        previous_end = m.end()
        body, labelled = (
            (m.group("body"), bool(m.group("sep").strip())) if m.group("body") else (m.group("body2"), False)
        )
        who, when = ([*re.split(r"\s+[–—-]\s+|,\s*", body, maxsplit=1), ""])[:2]
        own = _WHO_TO.match(body.strip(" ."))
        said = f"{task} {m.group().strip()}"  # the sentence the marker closes, and the marker
        if own and looks_like_owner(own.group("who")) and OPENS_WITH_ERRAND.match(own.group("task")):
            # "(Action: SB to circulate the hotspot map.)": who, and the task itself
            who, said = own.group("who"), m.group().strip()
            task, when = split_due(own.group("task"), meeting, next_meeting)
        elif when and OPENS_WITH_ERRAND.match(when.strip()):
            # "(Action: Dev – send the objection by 30 May.)": the marker says the task itself
            task, when = split_due(when.strip(" ."), meeting, next_meeting)
            said = m.group().strip()
        when = re.sub(r"^(?:by|due)\s*:?\s*", "", (when or "").strip(), flags=re.I) or None
        if not task or not (labelled or looks_like_owner(who.strip())):
            continue  # "(action plan attached)": no marker without its owner
        out.append(
            Action(
                text=task,
                owners=split_owners(who),
                due=resolve_due(when, meeting, next_meeting) if when else None,
                due_text=when,
                item=passage.item,
                evidence=passage.evidence(said),
            )
        )
    return out


def _entries(text: str) -> list[tuple[str, str, str]]:
    """(ref, entry, the entry as written) where a ref opens a line or is followed by a colon."""
    hits = []
    for m in REF_ENTRY.finditer(text):
        at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        with_colon = ":" in text[m.end("ref") : m.end()]
        if at_line_start or with_colon:
            hits.append(m)
    out = []
    for k, m in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        out.append((m.group("ref"), text[m.end() : end], text[m.start() : end]))
    return out


def log_entries(
    passage: Passage, meeting: date | None, next_meeting: date | None
) -> tuple[list[Action], list[ActionUpdate]]:
    """Numbered action-log entries in a passage: new actions, and updates on earlier ones."""
    actions: list[Action] = []
    updates: list[ActionUpdate] = []
    if "/" not in passage.text and not _HYPHEN_REF.search(passage.text):
        return actions, updates  # a log ref has a slash ("01/18", "JAC/23/05") or is "JASC 24-03"
    for ref, entry, written in _entries(passage.text):
        if ref == passage.item:
            continue  # "15/44 Police report: …": the minute the passage is, numbered as a log's entry is
        first_line, _, rest = entry.partition("\n")
        first_line, flat = first_line.strip(), squash(entry)
        if not flat:
            continue
        parts = re.split(r"\s[–-]\s|:\s", flat)
        # the status in a field after the task: its last, or an earlier one ("- LT. Ongoing: broker's advice expected …")
        status = (
            next((found for part in reversed(parts[1:]) for found in [read_status(part)] if found), None)
            if len(parts) > 1
            else read_status(flat)
        )
        column = _COLUMN_TAIL.match(first_line)
        if not (column and is_due(column.group("due"), meeting, next_meeting)):
            column = _inline_columns(flat)
            rest = column.group("after") or "" if column else rest
        owned = (
            column is not None and is_due(column.group("due"), meeting, next_meeting)
        ) or _owner_due_tail(flat, meeting, next_meeting) is not None
        # a short entry naming a status anywhere reports progress, unless its words are a task set with its owner
        # and timescale ("order a new bench for the green - LT, 15 Feb 19": no "new" or "green" status)
        report = next((line for line in rest.splitlines() if DATED_REPORT.match(line)), None)
        status = (
            status
            or (
                update_status(report.partition(":")[2]) if report else None
            )  # "22 Apr: Letter sent; reply awaited."
            or (read_status(flat) if len(flat.split()) <= _STATUS_ENTRY_WORDS and not owned else None)
            or opening_status(flat)
            or (None if owned else done_after_dash(flat))
        )  # "15/22 Street light – repaired …"
        if column and is_due(column.group("due"), meeting, next_meeting) and not status:
            text = squash(f"{column.group('text')} {rest}")
            due_text = column.group("due")
            actions.append(
                Action(
                    text=text,
                    owners=split_owners(column.group("owner")),
                    due=resolve_due(due_text, meeting, next_meeting),
                    due_text=due_text,
                    ref=ref,
                    item=column.group("item") or passage.item,
                    evidence=passage.evidence(verbatim(written)),
                )
            )
            continue
        fresh = _STILL_OPEN.search(flat) if status == "open" and _is_new_ref(ref, meeting) else None
        if fresh and (tail := _owner_due_tail(flat[: fresh.start()], meeting, next_meeting)):
            # "01/25: Breakdown of the rural crime figures … JH, March 25. Open.": this year's entry, new and open
            made = _tail_action(
                tail, ref, passage.item, passage.evidence(verbatim(written)), meeting, next_meeting
            )
            made.status = "open"
            actions.append(made)
            continue
        tail = _owner_due_tail(flat, meeting, next_meeting)
        if tail and not status:
            actions.append(
                _tail_action(
                    tail, ref, passage.item, passage.evidence(verbatim(written)), meeting, next_meeting
                )
            )
            continue
        if not status and (_minute(flat, meeting, next_meeting) or _STANDING_TITLE.match(flat)):
            continue  # "19/44 Police – No report received.", "15/40 Apologies for absence: Cllr G Zane": a council's
            # minute, numbered as a log's entry is
        if status:
            text = re.sub(r"\s*[–-]\s*$", "", flat)
            updates.append(
                ActionUpdate(ref=ref, text=text, status=status, evidence=passage.evidence(verbatim(written)))
            )
        elif len(flat.split()) >= _LOG_TASK_WORDS and _is_new_ref(ref, meeting):
            tasks = parse_task(flat, meeting, next_meeting)
            if not any(t.owners or t.due_text for t in tasks) and not _IMPERATIVE.match(flat):
                continue  # "14/67 Correspondence a) …": a minute's number and its business, no task
            for task in tasks:
                actions.append(
                    Action(
                        text=task.text,
                        owners=task.owners,
                        due=task.due,
                        due_text=task.due_text,
                        ref=ref,
                        item=passage.item,
                        evidence=passage.evidence(verbatim(written)),
                    )
                )
    return actions, updates


_IMPERATIVE = re.compile(rf"^(?:{ERRANDS})\b", re.I)  # "Circulate the revised plan": a log entry's task
# the standing business every meeting's minutes open and close with, titled before a colon or dash
_STANDING_TITLE = re.compile(
    r"^(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:pecuniary\s+)?interests?|(?:approval\s+of\s+(?:the\s+)?)?"
    r"minutes(?:\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting)?|matters\s+arising|correspondence|"
    r"(?:date\s+(?:and\s+venue\s+)?of\s+(?:the\s+)?)?next\s+meeting|any\s+other\s+(?:competent\s+)?business|"
    r"public\s+(?:participation|forum|session|question\s+time))\s*[:–—-]\s",
    re.I,
)
# "19/40 Election of Chairman – Cllr Ward was elected …", "19/47 Next meeting – Monday 10 June": a title, a dash, and
# what the council did or when, not a task with its owner and timescale ("01/18 DCC – circulate the framework – May")
_MINUTE_TITLE = re.compile(r"^(?P<title>[A-Z][^–—:.\n]{0,50}?)\s+[–—-]\s+(?P<rest>\S.*)$", re.S)
_NARRATED = re.compile(
    r"\b(?:was|were|had|has|have|is|are|been|received|reported|approved|noted|agreed|resolved|"
    r"elected|signed|adopted|accepted|declared)\b",
    re.I,
)


def _minute(flat: str, meeting: date | None, next_meeting: date | None) -> bool:
    """Is a numbered entry a minute of the meeting (its title, then what happened) rather than an action?"""
    m = _MINUTE_TITLE.match(flat)
    if not m or _IMPERATIVE.match(m.group("title")):
        return False  # "Obtain crime figures – Sgt Price – next meeting": a task, its owner and timescale
    rest = m.group("rest").strip()
    if _IMPERATIVE.match(rest) or parse_task(rest, meeting, next_meeting, need_subject=True):
        return False  # "Speeding – circulate the figures – ACC – June", "Speeding – DCC to provide figures"
    return bool(_NARRATED.search(rest)) or is_due(rest.strip(" ."), meeting, next_meeting)


def _inline_columns(flat: str) -> re.Match[str] | None:
    """Owner initials followed by a timescale inside a run-together row; owners must be capitals."""
    m = _COLUMNS_INLINE.match(flat)
    if m and m.group("owner").replace("/", "").replace(" ", "").isupper():
        return m
    return None


_STILL_OPEN = re.compile(r"[.;,]?\s*(?:status\s*:?\s*)?\b(?:open|new)\.?\s*$", re.I)


def _is_new_ref(ref: str, meeting: date | None) -> bool:
    """ "01/18" at a 2018 meeting is this year's numbering; "72/17" is an earlier year's."""
    m = re.search(r"/(\d{2})(?:/|$)", ref)
    return not (m and meeting and int(m.group(1)) < meeting.year % 100)


# The number an action carries in front of it: "AP12 –", "Action 4:", "A/24/03", "(5)", "2."
_HEAD_REF = re.compile(
    r"^\s*(?:\*\*)?(?:(?:[Aa]ction(?:\s+[Pp]oint)?|ACTION(?:\s+POINT)?|[Rr]ef\.?)\s*(?:[Nn]o\.?\s*)?"
    r"(?P<num>[A-Z]{0,3}\d{1,4}(?:/\d{1,4})?[a-z]?)"
    r"|(?!Q[1-4]\b)(?P<code>[A-Z]{1,4}\d{1,4}[a-z]?|[A-Z]{1,5}/\d{2}/\d{1,3}|[A-Z]{1,5}\s?\d{1,3}/\d{2}|\d{1,3}/\d{2}(?=:))"
    r"|\((?P<paren>\d{1,3}[a-z]?)\)|(?P<plain>\d{1,3}[a-z]?)[.)])(?:\*\*)?(?:\s*[:.–—-]\s*|\s+)(?=\S)"
)
_FIELD_LABEL = re.compile(
    rf"(?:^|(?<=[\n.;,])|(?<=\s))(?:\*\*)?(?:{OWNER_LABEL}|{DUE_LABEL})(?:\*\*)?\s*:", re.I
)
_EXPLICIT_LABEL = re.compile(r"\baction(?:ed)?\s+(?:by|to|owner)\s*:", re.I)
_FIELD_LINE_WORDS = 16  # "Owner: Head of Corporate Communications  Due: 31 May 2024": a field line is short
_LEFT_OVER = 2  # words a field line may hold besides its labels and values ("and", a stray bullet)
_ACTION_OWNER_LINE = re.compile(r"^\s*(?:\*\*)?(?:ACTIONS?|[Aa]ctions?)(?:\*\*)?\s*[:–—-]\s*(?P<who>.+?)\s*$")
_TASK_CUE = re.compile(
    r"\b(?:will|would|to\s+be|agreed|undertook|asked|requested|should|to\s+[a-z]+)\b", re.I
)
# "It was agreed that …", "RESOLVED that …", "Proposed Cllr A, seconded Cllr B, and carried unanimously: that the
# Council …": the words that say how the task was decided, before it
_AGREED_THAT = re.compile(
    r"^(?:(?:it\s+was\s+)?(?:agreed|resolved|requested|asked)\s+that\s+|"
    r"proposed\b[^:]{0,80}?\b(?:carried|agreed|resolved)(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*[:,]?\s*(?:that\s+)?"
    r"(?:the\s+(?:council|committee|panel|board|group)\s+)?)",
    re.I,
)


_BRACKETED_WHEN = re.compile(r"\s*\((?:by\s+)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|[\w ]{3,20})\)\s*$", re.I)


def _is_field_line(text: str) -> bool:
    """A line of labelled fields only: "Owner: ACC", "Lead: CFO  Deadline: June 2024", "ACTION: DCC"."""
    if len(text.split()) > _FIELD_LINE_WORDS:
        return False
    owner_line = _ACTION_OWNER_LINE.match(text)
    if owner_line:  # "Action: LG (21/02)": an owner and the timescale in brackets
        return bool(_OWNER_ONLY.match(_BRACKETED_WHEN.sub("", owner_line.group("who"))))
    if not _FIELD_LABEL.match(text.strip()):
        return False
    rest, owner, due = labelled(text)
    if owner and (own := _OWN_TASK.match(owner)) and OPENS_WITH_ERRAND.match(own.group("task")):
        return (
            False  # "Action by: DCC Price – review the stop and search data": an action of its own, no label
        )
    return bool(owner or due) and len(rest.split()) <= _LEFT_OVER


_OWN_TASK = re.compile(
    r"^[^–—-]{1,40}?\s[–—-]+\s+(?P<task>(?:\w+\s+){2,}.*)$"
)  # "DCC Price – review the data …"


def attach_fields(blocks: list[Block]) -> list[Block]:
    """Lines of labelled fields ("Owner: …", "Due: …", "Action by: …") joined to the line or paragraph
    they label: a text file or Word document gives each its own paragraph, but they are one action."""
    out: list[Block] = []
    for block in blocks:
        head = out[-1] if out else None
        if (
            head is not None
            and block.kind in ("paragraph", "list_item", "heading")
            and _is_field_line(block.text)
            and (
                head.kind in ("paragraph", "list_item")
                or (head.kind == "heading" and _HEAD_REF.match(head.text))
            )
        ):
            kind: BlockKind = (
                "list_item" if head.kind == "list_item" else "paragraph"
            )  # a numbered head is no item
            out[-1] = Block(
                kind=kind,
                text=f"{head.text}\n{block.text}",
                page=head.page,
                start=head.start,
                end=block.end,
                level=head.level,
            )
        else:
            out.append(block)
    return out


def labelled_entry(text: str) -> bool:
    """A line with labelled fields joined under it ("1. Circulate the strategy / Lead: CFO"): an action,
    never an agenda item, however short its first line."""
    lines = text.split("\n")
    return len(lines) > 1 and _is_field_line(lines[-1])


def _head(text: str) -> tuple[str | None, str, bool]:
    """The number an entry carries, the entry without it, and whether it is marked as an action."""
    markers = list(MARKER.finditer(text))
    marker = markers[-1] if markers else None  # the last marker opens the task the labels below belong to
    if marker and not _HEAD_REF.match(text[marker.start() :]):
        return marker.groupdict().get("num"), text[marker.end() :], True
    m = _HEAD_REF.match(text)
    if not m:
        return None, text, False
    ref = m.group("num") or m.group("code") or m.group("paren") or m.group("plain")
    return ref, text[m.end() :], not m.group("plain")


_KEPT_SHARE = (
    0.6  # of a task's words left once its timescale is cut: fewer, and the timescale stays in its text
)
_SHORTEST_TASK = 2  # words: "report" alone says too little of what is to be done


def _owned(
    task: str,
    who: str,
    passage: Passage,
    evidence: str,
    meeting: date | None,
    next_meeting: date | None,
    ref: str | None = None,
    when: str | None = None,
) -> Action:
    """The action a marker, margin or bracket gives `who`: the task without its timescale, and that timescale (or
    `when`, the one written beside the owner)."""
    body, due_text = split_due(task, meeting, next_meeting)
    if len(body.split()) < _SHORTEST_TASK:
        body = task.rstrip(" .;")  # "report to the panel in June": the timescale is read, the words all kept
    due_text = when or due_text
    return Action(
        text=body,
        owners=split_owners(who),
        due=resolve_due(due_text, meeting, next_meeting) if due_text else None,
        due_text=due_text,
        ref=ref,
        item=passage.item,
        evidence=passage.evidence(evidence),
    )


def _owners_clause(sentence: str, owner: str) -> str:
    """The clause of a sentence its owner opens after "and" or a semicolon: "Members liked the idea and TF will draft
    some questions" is TF's "TF will draft some questions"."""
    m = re.search(rf"(?:;\s+|,?\s+and\s+)(?P<clause>{re.escape(owner.strip())}\b.*)$", sentence)
    if not m:
        return sentence
    task = re.sub(
        rf"^{re.escape(owner.strip())}\s+(?:will|would|is\s+to|agreed\s+to)\s+", "", m.group("clause")
    )
    return task if len(task.split()) >= _SHORTEST_TASK else m.group("clause")


def _owners_sentence(said: list[str], owner: str) -> str:
    """The sentence a closing marker's task is: the last that names its owner and commits to something ("DM offered
    to draft a response …" before "The newsletter had been circulated. Action – DM"), else the last."""
    names = [w for w in re.findall(r"[A-Z][\w’'-]+", owner) if w.lower() not in ("cllr", "the")]
    named = [
        s for s in said if any(re.search(rf"\b{re.escape(w)}\b", s) for w in names) and _TASK_CUE.search(s)
    ]
    return (named or said)[-1]


_LIST_LETTER = re.compile(r"^\(?[a-z]\)\s+")  # "b) Bus shelter: …": an entry's letter is not its task


def _task_sentence(text: str) -> str:
    """The sentence of a paragraph that sets the task: an order, else the last one that commits to something."""
    said = sentences(_LIST_LETTER.sub("", squash(text)))
    if len(said) <= 1:
        return _LIST_LETTER.sub("", squash(text))
    task = task_among(said, orders, _TASK_CUE.search)
    k = said.index(task)
    if k and len(task.split()) < _SAYS_LITTLE and AGREED_TO.search(said[k - 1]):
        return f"{said[k - 1]} {task}"  # "It was agreed to buy £150 of seed mix. GL to order the seed.": one task
    return task


_SAYS_LITTLE = 7  # words: a shorter task ("GL to order the seed") carries out what was agreed just before it


_MARGIN_WHO = r"(?:(?!TB[AC]\b|ASAP\b)[A-Z]{2,4}|Clerk|Chair(?:man)?|Secretary|Treasurer)"
# "Jo to contact the council about the fallen tree.      JA": the owner in an Action column at the right
# margin, which a text or Markdown copy keeps as a wide gap at the end of the paragraph's line
_MARGIN_OWNER = re.compile(
    rf"(?<=\S)\s{{2,}}(?P<who>{_MARGIN_WHO}(?:\s*[/&,]\s*{_MARGIN_WHO})*)(?:\s*\((?P<when>[^()]{{2,24}})\))?\s*$"
    rf"|(?<=\S)\s{{4,}}(?P<post>[A-Z][\w&]*(?:\s*[/&]?\s*[A-Za-z&][\w&]*){{0,3}})\s*$"
)  # "Head of PSD"
OWNER_ONLY_LINE = re.compile(
    rf"^{_MARGIN_WHO}(?:\s*[/&,]\s*{_MARGIN_WHO})*$"
)  # "Clerk", "JB/AD" alone on a line
_MARGIN_PROSE = 4  # words: the paragraph beside the owner is prose, not a name and a role


def _margin(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """The task a paragraph sets, owned by whoever the right margin names."""
    m = (
        _MARGIN_OWNER.search(passage.text)
        if passage.kind in ("paragraph", "list_item") and "  " in passage.text
        else None
    )  # (an owner at the margin stands after a wide gap)
    if not m or len(passage.text[: m.start()].split()) < _MARGIN_PROSE or "  " in passage.text[: m.start()]:
        return []  # a wide gap inside the line too: columns of a log, read by log_entries
    who = m.group("who") or m.group("post")
    if not m.group("who") and not names_owner(who):
        return []
    task = _task_sentence(passage.text[: m.start()]).strip(" .")
    when = m.group("when")  # "GM (Dec)": the timescale in brackets after the owner
    return [
        _owned(
            task,
            who,
            passage,
            verbatim(passage.text[: m.start()]),
            meeting,
            next_meeting,
            when=when if when and is_due(when, meeting, next_meeting) else None,
        )
    ]  # the owner stood apart


# "… have been reported again. ACTION CLERK", "… the contractor to be asked. Action Clerk", "Write to the landowner
# (Clerk)": the owner closes the paragraph, after a bare marker or in brackets
_CLOSING_WHO = r"(?P<who>[A-Z][\w.&]*(?:\s*[/&]\s*[A-Z][\w.&]*|\s+[A-Z][\w.&]*){0,3})"
_CLOSING_MARKER = re.compile(  # "… ACTION CLERK", "… Action – RP", "… (Clerk to action)", "… dredging → Sue"
    rf"(?:(?<=[.!?])\s+(?:(?:\*\*)?(?:ACTIONS?|Actions?)(?:\s+[–—-])?\s+{_CLOSING_WHO}(?:\*\*)?|"
    rf"\(?{_CLOSING_WHO.replace('who', 'doer')}\s+to\s+action\)?)|\s*(?:→|->|=>)\s*{_CLOSING_WHO.replace('who', 'pointed')})"
    rf"\.?$"
)
_CLOSING_REACH = (
    120  # characters: a closing marker, its owner and timescale, or an errand's owner in brackets
)
_BARE_CLOSING = re.compile(r"(?:(?<=[.!?])\s+|\s+[–—-]\s+)(?:\*\*)?ACTIONS?(?:\*\*)?\.?$")  # "… – ACTION"
_CLOSING_BRACKET = re.compile(r"\s*\((?:(?:ACTIONS?|[Aa]ctions?)\s*[:–—-]?\s*)?(?P<who>[^()]{2,40})\)\.?$")
# "… write to the landowner. [Clerk]", "[Clerk – by 22 Nov]", "[Chair / Clerk]": square brackets close a paragraph with
# its owner, and the timescale after a dash; the sentence before them is the task, whoever it names as its subject
_SQUARE_OWNER = re.compile(r"\s*\[(?P<who>[^\[\]–—]{2,40}?)(?:\s*[–—-]\s*(?P<when>[^\[\]]{2,40}?))?\]\.?$")
# "…, and the precept will be set in January": a second clause, with its own subject, after the task
_NEXT_CLAUSE = re.compile(
    r",?\s+and\s+(?:the|a|an|this|it|they|there)\s+(?:\w+\s+){0,3}?(?:will|would|is|are|was|were)\b.*$"
)


# "Action by Clerk: chase the contractor", "ACTION CLERK: chase …", "Action by Cllr Dobbs – raise …": the owner between
# the marker and the task
_OWNER_HEADED = re.compile(
    r"^\W*(?:ACTIONS?|Actions?)(?:\s+(?:by|BY))?\s+(?P<who>[A-Z][\w.&/ ]{1,40}?)\s*(?::|\s[–—-])\s+(?P<task>\S.*)$"
)


_MARKER_WORD = re.compile(
    r"(?i)by|arising|points?|required|agreed|list|log|taken|outstanding|updates?|summary|"
    r"completed|to\s+date|owner|lead"
)


def _owner_headed(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """A task whose owner the marker names before a colon."""
    text = verbatim(passage.text)
    m = _OWNER_HEADED.match(text)
    if (
        not m
        or _MARKER_WORD.fullmatch(m.group("who"))
        or not looks_like_owner(m.group("who"))
        or reports_status(m.group("task"))
    ):
        return []  # "ACTION BY: Clerk", "Actions arising: …" name no one before the colon
    return [_owned(m.group("task").strip(" ."), m.group("who"), passage, text, meeting, next_meeting)]


def _closing_owner(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """The task of a paragraph whose owner closes it: the sentence before the marker, or the errand in brackets."""
    text = verbatim(passage.text)
    tail = max(
        0, len(text) - _CLOSING_REACH
    )  # what closes a paragraph is at its end: only the end is searched
    marked = "ction" in text or "CTION" in text or ">" in text or "→" in text  # what any closing marker holds
    m = _CLOSING_MARKER.search(text, tail) if marked else None
    who = (m.group("who") or m.group("doer") or m.group("pointed")) if m else None
    bare = _BARE_CLOSING.search(text, tail) if marked and not m else None
    if bare:  # "Bus shelter repairs – Clerk to obtain quotes – ACTION": the task names its owner
        said = _task_sentence(text[: bare.start()]).strip(" .–—-")
        tasks = parse_task(said, meeting, next_meeting) or []
        if not any(
            t.owners for t in tasks
        ):  # "Bus shelter repairs – Clerk to obtain quotes": after its label
            tasks = parse_task(re.split(r"\s[–—-]\s|:\s", said)[-1], meeting, next_meeting)
        return [
            Action(
                text=t.text if len(t.text.split()) > _SHORTEST_TASK + 1 else said,
                owners=t.owners,
                due=t.due,
                due_text=t.due_text,
                item=passage.item,
                evidence=passage.evidence(text),
            )
            for t in tasks
            if t.owners
        ]
    if m and who and (looks_like_owner(who) or m.group("pointed")):  # an arrow points at whoever it names
        task = _task_sentence(text[: m.start()]).strip(" .")
    elif "[" in text and (square := _SQUARE_OWNER.search(text, tail)):
        return _square_owner(square, passage, text, meeting, next_meeting)
    else:
        m = _CLOSING_BRACKET.search(text, tail)
        who = m.group("who") if m else None
        when = None
        if (
            who and not looks_like_owner(who) and "," in who
        ):  # "(HoC, end of May)": the owner, then the timescale
            first, _, rest = who.partition(",")
            if looks_like_owner(first) and is_due(rest.strip(), meeting, next_meeting):
                who, when = first, rest.strip()
        if m is None or who is None or not looks_like_owner(who):
            return []
        task = sentences(text[: m.start()])[-1].strip(" .") if text[: m.start()].strip() else ""
        if not OPENS_WITH_ERRAND.match(task):
            return []  # "Bench repaired (Clerk)" reports what was done
        return [_owned(task, who, passage, text, meeting, next_meeting, when=when)] if task else []
    return [_owned(task, who, passage, text, meeting, next_meeting)] if task else []


def _square_owner(
    m: re.Match[str], passage: Passage, text: str, meeting: date | None, next_meeting: date | None
) -> list[Action]:
    """The task before an owner in square brackets: its sentence, less the subject it names (the brackets say
    who) and any clause about something else; none when the brackets hold no owner or no sentence sets a task."""
    who, when = m.group("who").strip(), m.group("when")
    if not looks_like_owner(who) or (when and not is_due(when.strip(), meeting, next_meeting)):
        return []
    said = _task_sentence(text[: m.start()]).strip(" .")
    if not said or not (_TASK_CUE.search(said) or orders(said)):
        return []  # "The wreath was laid by Cllr Pryor. [Chair]": a report, not a task
    tasks = parse_task(said, meeting, next_meeting)
    task = _NEXT_CLAUSE.sub("", tasks[0].text if tasks and tasks[0].owners else said)
    return [_owned(task, who, passage, text, meeting, next_meeting, when=when.strip() if when else None)]


# "… Ruth agreed to take this up with the council. RD", "… to the landowner. CLERK": initials, or a post in capitals,
# standing after the paragraph's last full stop (in bold in the Word copy)
# … or a parish's officers and members by their posts, bare or in brackets: ". Clerk", ". (Clerk)", ". Cllr Cole",
# "\tClerk/Chairman" (the Word copy's right-hand column, run into the paragraph)
_CLOSING_OWNER = (
    r"(?:(?!TB[AC]\b|ASAP\b|AOB\b|N/?A\b)[A-Z]{2,4}|CLERK|CHAIR(?:MAN)?|Clerk|Chair(?:man|woman)?|RFO|"
    r"(?:Cllrs?|Councillor)\.?\s+[A-Z][a-z’'-]+)"
)
_CLOSING_INITIALS = re.compile(
    rf"(?:(?<=[.!?])\s+|\s+[–—-]\s+)\(?(?P<who>{_CLOSING_OWNER}(?:\s*[/&,]\s*{_CLOSING_OWNER})*)\)?\.?\s*$"
)  # (or after a dash, and a full stop after it: "Highways to be contacted to chase the repair – Clerk.")


def _closing_initials(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """The task of a paragraph closed by its owner's initials alone: the sentence that commits to something."""
    text = verbatim(passage.text)
    m = (
        _CLOSING_INITIALS.search(text, max(0, len(text) - _CLOSING_REACH))
        if passage.kind in ("paragraph", "list_item", "cell")
        else None
    )
    if not m or len(text[: m.start()].split()) < _MARGIN_PROSE:
        return []
    task = _task_sentence(text[: m.start()]).strip(" .")
    return (
        [_owned(task, m.group("who"), passage, text, meeting, next_meeting)]
        if _TASK_CUE.search(task) or orders(task)
        else []
    )


# "Owner: Clerk. Due: 31 March. Confirm the internal auditor's appointment in writing.": the labels, then the task
_FIELDS_FIRST = re.compile(
    rf"^\W*(?:(?:{OWNER_LABEL})\s*:\s*(?P<who>[^.;\n]{{1,50}}?)|(?:{DUE_LABEL})\s*:\s*(?P<due>[^.;\n]{{1,40}}?))[.;]\s+"
    rf"(?:(?:{OWNER_LABEL})\s*:\s*(?P<who2>[^.;\n]{{1,50}}?)|(?:{DUE_LABEL})\s*:\s*(?P<due2>[^.;\n]{{1,40}}?))[.;]\s+"
    r"(?P<task>[A-Z][^\n]{8,}?)\.?$",
    re.I,
)


def _fields_first(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """A line that gives who and when first, then the task ("Owner: Clerk. Due: April meeting. Order the SID.")."""
    m = _FIELDS_FIRST.match(verbatim(passage.text).strip())
    if not m:
        return []
    who, due = m.group("who") or m.group("who2"), m.group("due") or m.group("due2")
    if not (who and due) or not looks_like_owner(who.strip()):
        return []
    return [
        Action(
            text=m.group("task").strip(),
            owners=split_owners(who),
            due=resolve_due(due, meeting, next_meeting),
            due_text=due.strip(),
            item=passage.item,
            evidence=passage.evidence(verbatim(passage.text).strip()),
        )
    ]


def _fielded(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """A task with its owner and timescale on labelled lines: "AP12 – Publish … / Owner: … / Due: …", or a
    paragraph closed by "Action by: CE". Labels alone make an action only when they give both who and when,
    or the task is numbered or marked as one; a cover sheet's "Lead officer: …" makes none."""
    text = passage.text
    if ":" not in text:
        return []
    first = _FIELD_LABEL.search(text)
    if first and not first.start():
        return _fields_first(passage, meeting, next_meeting)
    if not first:
        return []
    _, owner, due = labelled(text[first.start() :])
    if owner and not due:  # "Action by: GL – 13 Dec": the owner, then the timescale after a dash
        owner, due = split_due(owner, meeting, next_meeting)
    ref, body, marked = _head(text[: first.start()].strip())
    if STATUS_LEAD.match(body) or not body.strip(" .:;,–—-"):
        return []
    if not ((owner and due) or ((owner or due) and (marked or _EXPLICIT_LABEL.search(text)))):
        return []
    task = _AGREED_THAT.sub("", _task_sentence(body)).strip(" .;,–—-")
    out = []
    for found in parse_task(task, meeting, next_meeting):
        out.append(
            Action(
                text=found.text,
                owners=split_owners(owner) if owner else found.owners,
                due=resolve_due(due, meeting, next_meeting) if due else found.due,
                due_text=due or found.due_text,
                ref=ref,
                item=passage.item,
                evidence=passage.evidence(verbatim(text)),
            )
        )
    return out


_ENTRY_WORDS = 40  # an entry of an actions list is a line or two; a longer paragraph is discussion
# "photos of the verge parking …": a job named by its object alone says what at this length ("thanks for the cake" no)
_OBJECT_TASK_WORDS = 6
_OWNED_ENTRY_WORDS = 3  # "- Quotes for the gate" under "Clerk's action points": a shorter line is no task


def section_actions(
    passage: Passage, meeting: date | None, next_meeting: date | None, owner: str | None = None
) -> list[Action]:
    """An entry of an "Actions" section: a bullet or line naming its owner and timescale in any order and
    with any separator ("CE — circulate the draft protocol — by 20/05/24"). A line with an "ACTION:" marker
    or made of labels only is left to `marked_actions`, and one without an owner is no entry, unless the
    section's heading names whose they are (`owner`: "Clerk's action points", then "- Quotes for the gate")."""
    text = verbatim(passage.text)
    marker = MARKER.search(text)
    if (
        len(text.split()) > _ENTRY_WORDS
        or (marker and not _NUMBERED_AP.match(marker.group()))
        or _is_field_line(text)
    ):
        return []
    ref, body, _ = _head(text)
    if STATUS_LEAD.match(body):
        return []
    body = _unbracket(re.sub(r"^\s*(?:\\?[-•*▪●·]|\(?[a-z]\))\s+", "", body))
    # under "Clerk's action points", "Ask Cllr Stainer to call it in" is the Clerk's, not Ask Cllr Stainer's
    tasks = (
        []
        if owner and OPENS_WITH_ERRAND.match(body)
        else parse_task(body, meeting, next_meeting, need_subject=True)
    )
    named = _NAMED_FIRST.match(body) if not tasks and not owner else None
    if named and (
        OPENS_WITH_ERRAND.match(named.group("task"))
        # "Mike – photos of the verge parking to the council": under an actions heading a named owner's job may be
        # written as its object alone
        or (
            names_owner(named.group("who").strip()) and len(named.group("task").split()) >= _OBJECT_TASK_WORDS
        )
    ):  # "Linda: chase Highways", "Gill/Tony – finish the drop"
        task, due_text = split_due(named.group("task"), meeting, next_meeting)
        tasks = [
            Task(
                split_owners(named.group("who")),
                task,
                resolve_due(due_text, meeting, next_meeting) if due_text else None,
                due_text,
            )
        ]
    columned = (
        _OWNER_COLUMNS.match(passage.text.strip())
        if not tasks and not owner and "  " in passage.text
        else None
    )
    if columned and looks_like_owner(columned.group("who")):
        # "Deputy Town Clerk  Publish notice of conclusion of audit  30 September": a text copy's columns
        due_text = columned.group("due")
        due_text = due_text if due_text and is_due(due_text, meeting, next_meeting) else None
        if due_text or OPENS_WITH_ERRAND.match(columned.group("task")):
            tasks = [
                Task(
                    split_owners(columned.group("who")),
                    columned.group("task").strip(" ."),
                    resolve_due(due_text, meeting, next_meeting) if due_text else None,
                    due_text,
                )
            ]
    if not tasks and owner and passage.kind == "list_item" and len(body.split()) >= _OWNED_ENTRY_WORDS:
        task, due_text = split_due(body.strip(" ."), meeting, next_meeting)
        tasks = [
            Task([owner], task, resolve_due(due_text, meeting, next_meeting) if due_text else None, due_text)
        ]
    return [
        Action(
            text=task.text,
            owners=task.owners,
            due=task.due,
            due_text=task.due_text,
            ref=ref,
            item=passage.item,
            evidence=passage.evidence(text),
        )
        for task in tasks
    ]


# Who, what and by when in a text copy's columns, set apart by wide gaps
_OWNER_COLUMNS = re.compile(
    r"^(?P<who>\S.{0,30}?)\s{2,}(?P<task>[A-Z]\S*(?:\s\S+)+?)(?:\s{2,}(?P<due>\S.{0,25}))?$"
)
# Under an actions heading, whoever an entry names first, by first names too: "Linda: chase Highways re the survey"
_NAMED_FIRST = re.compile(
    r"^(?P<who>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?(?:\s*(?:/|&|and)\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)*)"
    r"(?::|\s+[–—-])\s+(?P<task>[a-z].+)$"
)


# "Circulate the blasting schedule (SC) – monthly": the owner in brackets after the task, the timescale after a dash
_BRACKETED_OWNER = re.compile(r"^(?P<task>.+?)\s*\((?P<who>[^()]{2,40})\)\s*[–—-]\s*(?P<due>[^()–—]+?)\.?$")


def _unbracket(body: str) -> str:
    """The entry as three fields set apart by dashes when its owner stands in brackets before its timescale."""
    m = _BRACKETED_OWNER.match(body)
    if m and looks_like_owner(m.group("who")):
        return f"{m.group('task')} – {m.group('who')} – {m.group('due')}"
    return body


_FIELD_CUT = re.compile(r"\s+[–—-]+\s+|\s*\|\s*|\t")
_FIELD_TASK_WORDS = 3  # "Monthly vetting figures to OPCC": a task field says what, in a few words at least
_DELIVERED = re.compile(r"\bto\s+(?:the\s+)?[A-Z]")  # "… figures to OPCC": what goes to whom is a task


def _field_line(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """A line of three fields, its task, owner and timescale in any order, wherever it stands: "CE — circulate the
    draft protocol — by 20/05/24", "Monthly vetting figures to OPCC – ACC – ongoing". The task must name an errand
    or what goes to whom, so a forward plan's "Plan update – PCC – March 2025" is none."""
    text = verbatim(passage.text)
    if passage.kind not in ("paragraph", "list_item") or "\n" in text or len(text.split()) > _ENTRY_WORDS:
        return []
    ref, body, _ = _head(text)
    body = _unbracket(re.sub(r"^\s*(?:\\?[-•*▪●·])\s+", "", body).strip())
    pieces = [p.strip(" .;") for p in _FIELD_CUT.split(body)]
    if len(pieces) != 3 or not all(pieces):
        return []
    dues = [
        p for p in pieces if NO_DATE.match(p) or _as_due(p, meeting, next_meeting)
    ]  # "ASAP" is no one's initials
    owners = [p for p in pieces if p not in dues and looks_like_owner(p)]
    tasks = [p for p in pieces if p not in dues and p not in owners]
    if len(dues) != 1 or len(owners) != 1 or len(tasks) != 1 or len(tasks[0].split()) < _FIELD_TASK_WORDS:
        return []
    task = re.sub(r"^to\s+(?=[a-z])", "", tasks[0])
    if not (OPENS_WITH_ERRAND.match(task) or _DELIVERED.search(task)) or reports_status(task):
        return []
    due_text = _as_due(dues[0], meeting, next_meeting) or dues[0]
    return [
        Action(
            text=task,
            owners=split_owners(owners[0]),
            due=resolve_due(due_text, meeting, next_meeting),
            due_text=due_text,
            ref=ref,
            item=passage.item,
            evidence=passage.evidence(text),
        )
    ]


Shape = Callable[[Passage, date | None, date | None], list[Action]]
# How a passage marks an action, most specific first: a new layout's rule is one more function here.
SHAPES: tuple[Shape, ...] = (
    _fielded,  # a task over labelled lines: "AP12 – Publish … / Owner: … / Due: …", "… Action by: CE"
    _margin,  # an owner at the right margin of a text copy: "Jo to contact the council …      JA"
    _closing_owner,  # an owner closing the paragraph: "… ACTION CLERK", "Write to the landowner (Clerk)"
    _closing_initials,  # "… Ruth agreed to take this up with the council. RD"
    _trailing,  # "… the task written out. (Action: Force Director of Finance – by 30 September 2024)"
    _owner_headed,  # "Action by Clerk: chase the contractor"
    _markers,  # "ACTION: DCC to …", "Action 3 – …"
    _field_line,  # "CE — circulate the draft protocol — by 20/05/24" on a line of its own
)
