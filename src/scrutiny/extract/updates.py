"""Progress reported on earlier actions: "Action 44 remains open", a "matters arising" entry
that says the report "had been circulated", a line of an actions-arising list with its status."""
from __future__ import annotations

import re

from scrutiny.extract.passages import Passage
from scrutiny.extract.status import read_status
from scrutiny.extract.text import sentences, verbatim
from scrutiny.record import ActionUpdate

PROSE_UPDATE = re.compile(
    r"\b[Aa]ctions?\s+(?P<refs>\d{1,4}(?:/\d{2})?(?:\s*(?:,|and|&)\s*\d{1,4}(?:/\d{2})?)*)\s*(?:\((?P<desc>[^)]*)\))?(?P<rest>[^.;]*)"
)
UPDATES_HEADING = re.compile(
    r"\bactions?\s+arising\s+from\b|\bmatters\s+arising\b|\baction\s+(?:log|schedule|tracker|sheet)\b|\breview\s+of\s+(?:the\s+)?actions\b|"
    r"\boutstanding\s+actions\b|\bprogress\s+on\s+actions\b|\bprevious\s+actions\b",
    re.I,
)
_REVIEWED = re.compile(r"\b(?:through|reviewed|updated\s+on|went\s+through)\s+(?:the\s+)?(?:action\s+(?:log|schedule|tracker)|actions)\b", re.I)
_PROGRESS = re.compile(
    r"\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:circulated|completed|done|received|provided|published|closed|deferred|delivered|"
    r"discharged|carried\s+forward)\b|\bremains?\s+(?:open|in\s+progress|outstanding|ongoing|on\s+track)\b|\bstill\s+(?:open|outstanding)\b|\bis\s+(?:complete|ongoing|overdue|in\s+progress)\b|"
    r"\bwas\s+complete\b|\bcurrently\s+\w+ing\b|\bat\s+present\b|\bongoing\b|\bon\s+target\b|\bin\s+progress\b",
    re.I,
)
_LEADING_REF = re.compile(
    r"^((?:[A-Z]{2,5}/)?\d{1,3}/\d{2,4}(?:/\d{1,3})?|[A-Z]{2,5}/\d{2}/\d{2,3}|[A-Z]{2,5}\s?\d{2}[-/]\d{2,3})\s*[:\-–]?\s*"
)


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
