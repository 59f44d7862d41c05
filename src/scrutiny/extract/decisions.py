"""What a body resolved, agreed or approved: "RESOLVED: That …" (one decision per numbered
resolution), "Decision: …", and recorded approvals ("The forward plan was approved by the board")."""
from __future__ import annotations

import re

from scrutiny.extract.passages import Passage
from scrutiny.extract.text import sentences, verbatim
from scrutiny.record import Decision

_PARA_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")
RESOLVED = re.compile(
    r"^\s*(?:\*\*)?(?:it\s+was\s+)?(?:resolved|agreed|recommended)\b(?:\s*\([^)]{1,40}\))?\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*(?:that\s+)?",
    re.I,
)
RESOLVED_CAPS = re.compile(r"(?:^|(?<=\s))(?:it\s+was\s+)?RESOLVED\b\s*[:\-–]?\s*(?:[Tt]hat\s+)?")
DECISION = re.compile(r"^\s*(?:\*\*)?(?:decision(?:\s+made)?|decided|agreed\s+decision)\s*(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*", re.I)
_NUMBERED = re.compile(r"(?:^|\s)\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(?=(?:[Tt]hat|[A-Z]))")
_APPROVAL = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:formally\s+|duly\s+|unanimously\s+)?"
    r"(?:approved|endorsed|adopted|ratified|"
    r"(?:agreed|accepted|confirmed|signed|approved)\s+as\s+(?:(?:a|an)\s+)?(?:correct|accurate|true)(?:\s+record)?)\b",
    re.I,
)
# "The Committee NOTED the report", "The Panel AGREED that …": a body's formal verb in capitals
_BODY_RECORDS = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Board|Panel|Committee|Members)\s+(?:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|RECOMMENDED|"
    r"agreed\s+(?:that|to)|resolved\s+(?:that|to))\b"
)
_ACTOR_APPROVES = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:Board|Panel|Committee|Commissioner|PCC|Chair|Members?)|[A-Z]{2,4})\s+"
    r"(?:formally\s+|unanimously\s+)?(?:approved|endorsed|ratified|adopted|agreed\s+(?:the|to\s+approve))\b",
)
_DECISION_WORDS = ("approv", "endors", "adopt", "ratif", "agree", "resolv", "accept", "confirm", "signed", "noted",
                   "recommend")
_DECISION_SECTION = re.compile(r"^(?:the\s+)?decisions?(?:\s+(?:made|taken|agreed))?\s*:?$", re.I)
_NOT_DECISION = re.compile(
    r"\?$|^(?:if|whether|once|when|until)\b|\b(?:asked|queried|questioned|wondered|enquired)\s+(?:whether|if|why|how|when|what)\b", re.I
)


def _clean(text: str) -> str:
    text = re.sub(r"^\s*(?:that\s+)", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:] if text else text


def _numbered(text: str) -> list[str]:
    parts = [p.strip() for p in _NUMBERED.split(text) if p.strip()]
    return parts if len(parts) > 1 else [text]


def read_decisions(passages: list[Passage]) -> list[Decision]:
    """Decisions in order; a bare "RESOLVED:" takes the numbered resolutions that follow it."""
    out: list[Decision] = []
    pending = section = False
    for passage in passages:
        if passage.kind == "heading" and not RESOLVED.match(passage.text):
            section = bool(_DECISION_SECTION.match(passage.text.strip()))
            continue
        text = _PARA_NUMBER.sub("", passage.text) if passage.kind != "list_item" else passage.text
        flat = verbatim(text)
        if pending:
            if re.match(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]?\s+|^that\b", flat, re.I) or passage.kind == "list_item":
                body = re.sub(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]?\s+", "", flat)
                out.append(Decision(text=_clean(body), item=passage.item, evidence=passage.evidence(flat)))
                continue
            pending = False
        m = RESOLVED.match(flat) or DECISION.match(flat)
        if m and (m.re is DECISION or "resolv" in m.group().lower() or ":" in m.group()):
            body = flat[m.end():].strip()
            if not body:
                pending = True
                continue
            parts = _numbered(body)
            if len(parts) == 1:
                parts = sentences(body)[:1]  # the narrative that follows a decision is not part of it
            for part in parts:
                out.append(Decision(text=_clean(part), item=passage.item, evidence=passage.evidence(flat)))
            continue
        if section and passage.kind == "paragraph":
            first = sentences(flat)[0] if sentences(flat) else flat
            out.append(Decision(text=_clean(first), item=passage.item, evidence=passage.evidence(first)))
            continue
        lowered = flat.lower()
        if not any(word in lowered for word in _DECISION_WORDS):
            continue  # cheap: no decision can be worded without one of these
        caps = RESOLVED_CAPS.search(flat)
        if caps and caps.start() > 0:
            body = flat[caps.end():].strip()
            if body:
                for part in _numbered(body):
                    out.append(Decision(text=_clean(part), item=passage.item, evidence=passage.evidence(flat[caps.start():])))
            else:
                pending = True
            continue
        for sentence in sentences(flat):
            if _NOT_DECISION.search(sentence):
                continue
            head, colon, tail = sentence.partition(": ")
            if colon and len(head.split()) <= 6 and (_APPROVAL.search(tail) or _ACTOR_APPROVES.match(tail) or _BODY_RECORDS.match(tail)):
                sentence = tail  # "Forward Plan: The forward plan was approved …"
            if _APPROVAL.search(sentence) or _ACTOR_APPROVES.match(sentence) or _BODY_RECORDS.match(sentence):
                out.append(Decision(text=_clean(sentence), item=passage.item, evidence=passage.evidence(sentence)))
    return out
