"""Progress reported on earlier actions: "Action 44 remains open", a "matters arising" entry
that says the report "had been circulated", a line of an actions-arising list with its status."""
from __future__ import annotations

import re

from scrutiny.extract.passages import Passage
from scrutiny.extract.status import read_status, reported_status
from scrutiny.extract.text import sentences, verbatim
from scrutiny.record import ActionUpdate

# "Action 44 remains open", "Actions 41 and 43 (…) complete", "Action point 2 – Closed", "AP7 – … – complete"
PROSE_UPDATE = re.compile(
    r"(?:\b[Aa]ctions?(?:\s+[Pp]oints?)?\s+|(?<![\w/])(?=AP\s?\d))"
    r"(?P<refs>(?:AP\s?)?\d{1,4}(?:/\d{2})?(?:\s*(?:,|and|&)\s*(?:AP\s?)?\d{1,4}(?:/\d{2})?)*)"
    r"\s*(?:\((?P<desc>[^)]*)\))?(?P<rest>[^.;]*)"
)
UPDATES_HEADING = re.compile(
    r"\bactions?\s+arising\s+from\b|\bmatters\s+arising\b|\baction\s+(?:log|schedule|tracker|sheet)\b|\breview\s+of\s+(?:the\s+)?actions\b|"
    r"\boutstanding\s+actions\b|\bprogress\s+on\s+actions\b|\bprevious\s+actions\b|"
    r"\bupdates?\s+on\s+(?:previous|earlier|outstanding)\s+(?:actions|matters|items)\b|"
    r"^\W*clerk[’'`]?s\s+report\b",  # a clerk reports what was done since the last meeting
    re.I,
)
_REVIEWED = re.compile(r"\b(?:through|reviewed|updated\s+on|went\s+through)\s+(?:the\s+)?(?:action\s+(?:log|schedule|tracker)|actions)\b", re.I)
_PROGRESS = re.compile(
    r"\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:circulated|completed|done|received|provided|published|closed|deferred|delivered|"
    r"discharged|carried\s+forward)\b|\bremains?\s+(?:open|in\s+progress|outstanding|ongoing|on\s+track)\b|\bstill\s+(?:open|outstanding)\b|\bis\s+(?:complete|ongoing|overdue|in\s+progress)\b|"
    r"\bwas\s+complete\b|\bcurrently\s+\w+ing\b|\bat\s+present\b|\bongoing\b|\bon\s+target\b|\bin\s+progress\b",
    re.I,
)
# An entry of a matters-arising list: "c) Bus stops - the signs are still awaited", "4.1 …", "* …"
_ENTRY_MARK = re.compile(
    r"^\s*(?:\\?[*•\-–]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})?)[.)]\s+|\d{1,2}\.\d{1,2}\s+)"
)
_TOPIC_WORDS = 12  # "The Culvert Bridge Road - …": a label longer than this is a sentence with a dash in it
_LABEL = re.compile(r"^(?P<topic>[^.:;–]+?)(?::\s+|\s+[-–]\s+)(?P<report>\S.*)$", re.S)
_LEADING_REF = re.compile(
    r"^((?:[A-Z]{2,5}/)?\d{1,3}/\d{2,4}(?:/\d{1,3})?|[A-Z]{2,5}/\d{2}/\d{2,3}|[A-Z]{2,5}\s?\d{2}[-/]\d{2,3})\s*[:\-–]?\s*"
)

_TOPIC_LINE = 6  # words: a heading-like line is short
_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\\?[.)]?\s+")
_LETTERED = re.compile(r"^(?:\\?[*•\-–]|\(?(?:[a-z]|[ivx]{1,4})[.)])\s")


def starts_topic(line: str) -> bool:
    """A short line with no sentence in it ("Planning:", "5. Chairman's Report", "Co-option of
    Councillor") starts another part of the minutes, so the matters-arising entries have ended; a
    lettered or bulleted line is one more entry."""
    text = _NUMBER.sub("", line.strip())
    return (len(text.split()) <= _TOPIC_LINE and not text.endswith(".") and not _LETTERED.match(text)
            and reported_status(text) is None and text[:1].isupper())


def listed_update(passage: Passage) -> ActionUpdate:
    """An entry of an "actions arising from the June meeting" list: "Report to July CGB – completed"."""
    text = verbatim(passage.text)
    lead = _LEADING_REF.match(text)
    ref = lead.group(1) if lead else None
    return ActionUpdate(ref=ref, text=text[lead.end():] if lead else text, status=read_status(text.rpartition(" – ")[2]) or read_status(text),
                        evidence=passage.evidence(text))


def prose_updates(passage: Passage) -> list[ActionUpdate]:
    """"Actions 41 and 43 (…) were confirmed as complete": one update per action number; in a
    passage that walks through the action log, each sentence reporting progress."""
    out: list[ActionUpdate] = []
    reviewing = passage.reviewing or bool(_REVIEWED.search(passage.text))
    if reviewing and passage.kind in ("paragraph", "list_item") and not PROSE_UPDATE.search(passage.text):
        entry = _entry(passage)
        if entry is not None:
            return entry
    for sentence in sentences(verbatim(passage.text)):
        if reviewing and not PROSE_UPDATE.search(sentence) and _PROGRESS.search(sentence):
            out.append(ActionUpdate(ref=None, text=sentence, status=read_status(sentence) or "in_progress",
                                    evidence=passage.evidence(sentence)))
            continue
        for m in PROSE_UPDATE.finditer(sentence):
            status = read_status(m.group("rest"))
            if not status:
                continue
            refs = re.split(r"\s*(?:,|and|&)\s*", m.group("refs"))
            descs = re.split(r"\s+and\s+(?=the\b)", m.group("desc") or "") if m.group("desc") else []
            for k, ref in enumerate(refs):
                text = descs[k] if len(descs) == len(refs) else (m.group("desc") or sentence)
                out.append(ActionUpdate(ref=ref, text=text.strip(), status=status, evidence=passage.evidence(sentence)))
    return out


def entry_updates(passage: Passage) -> list[ActionUpdate]:
    """The update a passage under a "Matters arising" line reports, if it is one entry that does."""
    if passage.kind not in ("paragraph", "list_item") or PROSE_UPDATE.search(passage.text):
        return []
    return _entry(passage) or []


def _entry(passage: Passage) -> list[ActionUpdate] | None:
    """A matters-arising entry about one earlier matter ("c) Bus stops - the signs are still
    awaited") is one update when its first sentence reports progress, with that sentence as its
    text; an entry that only sets a new task or records new discussion is none ([]). None when the
    passage is not one labelled or numbered entry, so its sentences are read one by one."""
    text = verbatim(passage.text)
    mark = _ENTRY_MARK.match(text)
    body = text[mark.end():] if mark else text
    label = _LABEL.match(body)
    if not body.strip() or not mark and not (label and len(label.group("topic").split()) <= _TOPIC_WORDS):
        return None
    first = sentences(body)[0]
    status = reported_status(first)
    if status is None and _PROGRESS.search(first):  # "… is ongoing", "… was circulated"
        status = read_status(first) or "in_progress"
    if status is None:
        return []
    return [ActionUpdate(ref=None, text=first.rstrip("."), status=status, evidence=passage.evidence(first))]
