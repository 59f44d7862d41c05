"""What the prose of minutes records beyond the marked actions: plain commitments ("MH said he
would attend the forum", "Jules Donald to update Mark Gilmartin"). Progress on earlier actions is updates.py's."""
from __future__ import annotations

import re
from datetime import date

from scrutiny.extract.commitment import parse_task
from scrutiny.extract.owners import TITLE_NOUNS
from scrutiny.extract.passages import Passage
from scrutiny.extract.text import sentences, verbatim
from scrutiny.record import Action

_VERBS = (
    "write|circulate|provide|arrange|meet|raise|attend|send|share|bring|report|review|update|confirm|contact|"
    "discuss|liaise|look|consider|investigate|ensure|produce|prepare|present|check|explore|establish|seek|email|"
    "e-mail|publish|include|organise|organize|set|clarify|feed|follow|speak|invite|ask|obtain|develop|agree|"
    "draft|revise|amend|chase|find|identify|let|pick|take|work|visit|respond|reply|escalate|inform|brief|forward|"
    "issue|submit|notify|add|schedule|convene|commission|undertake|hold|come|return|monitor|progress|complete"
)
_WHO = r"(?P<who>(?:the\s+)?(?:[A-Z][\w’'.\-]*(?:\s*/\s*[A-Z][\w’'.\-]*)*)(?:\s+(?:[A-Z][\w’'.\-]*|and|of|the|&|\([A-Z]+\)))*|he|she|they|I|we)"
_SAID = (r"(?:said|confirmed|commented|agreed|undertook|stated|explained|offered|indicated|advised|noted|added|"
         r"assured|promised|reported|replied|responded|suggested)")
COMMITMENTS = [
    # "JW said that she would raise …", "The Chair … said that he would meet …"
    re.compile(rf"^{_WHO}\b.*?\b{_SAID}\s+(?:that\s+)?(?P<subject>he|she|they|the\s+(?:[A-Z][\w’'-]*\s+){{1,4}}|[A-Z]{{2,4}}(?:\s*/\s*[A-Z]{{2,4}})*)\s*"
               rf"would\s+(?:personally\s+|also\s+)?(?P<task>(?:{_VERBS})\b.*)$"),
    # "The Commissioner undertook to send …", "SC agreed to circulate …"
    re.compile(rf"^{_WHO}\s+(?:undertook|agreed|offered|committed|promised|volunteered)\s+to\s+(?P<task>(?:{_VERBS})\b.*)$"),
    # "he and RH will meet with them"
    re.compile(rf"(?:^|\bso\s+|\band\s+){_WHO}\s+(?:will|would)\s+(?P<task>(?:meet|write|circulate|arrange|attend|send|provide|raise|contact|liaise)\b.*)$"),
]
# "Jules Donald to update Mark Gilmartin." — a sentence that is itself a task
BARE_TASK = re.compile(rf"^(?P<who>(?:[A-Z][\w’'.\-]*(?:\s*/\s*[A-Z][\w’'.\-]*)*)(?:\s+(?:[A-Z][\w’'.\-]*|and|&))*)\s+to\s+(?P<task>(?:{_VERBS})\b.*)$")
_CUE = re.compile(r"\b(?:would|will|undertook|agreed|offered|committed|promised|volunteered)\b")
_ABSTRACT = re.compile(r"^\w+(?:ment|tion|sion|ness|ity|ance|ence|ing|ism|ure)$", re.I)  # "Acknowledgement to work …" is no owner
_PRONOUN = {"he", "she", "they", "i", "we"}


def commitments(passage: Passage, meeting: date | None, next_meeting: date | None) -> list[Action]:
    """Implicit actions: commitments stated only in the narrative."""
    out: list[Action] = []
    for sentence in sentences(verbatim(passage.text)):
        if len(sentence.split()) > 60 or sentence.endswith("?"):
            continue
        patterns = [*COMMITMENTS] if _CUE.search(sentence) else []
        if " to " in " ".join(sentence.rpartition(": ")[2].split()[:9]):
            patterns.append(BARE_TASK)
        for pattern in patterns:
            m = pattern.search(sentence) or pattern.search(sentence.rpartition(": ")[2])
            if not m:
                continue
            who = re.sub(r"^the\s+", "", m.group("who"), flags=re.I).strip()
            if len(who.split()) > 6 or _ABSTRACT.search(who):
                continue
            if pattern is BARE_TASK and len(who.split()) == 1 and not (re.fullmatch(r"[A-Z]{2,5}", who) or who.lower() in TITLE_NOUNS):
                continue  # "Need to look at …", "Overt to raise …": one ordinary word is not an owner
            subject = (m.groupdict().get("subject") or "").strip()
            if subject and subject.lower() not in _PRONOUN:  # "It was agreed that the Chief Executive would …"
                who = re.sub(r"^the\s+", "", subject, flags=re.I)
            owners = [] if who.lower() in _PRONOUN else [o for o in re.split(r"\s+and\s+|/", who) if o.lower() not in _PRONOUN]
            found = m.group(0) if pattern is BARE_TASK else m.group("task")
            tasks = parse_task(found, meeting, next_meeting, need_subject=pattern is BARE_TASK)
            for task in tasks:
                # "meet with them" says too little alone: one short task keeps its sentence
                text = task.text if len(tasks) > 1 or len(task.text.split()) >= 6 else sentence
                out.append(Action(text=text, owners=task.owners if pattern is BARE_TASK else owners, due=task.due, due_text=task.due_text,
                                  item=passage.item, evidence=passage.evidence(sentence)))
            break
    return out
