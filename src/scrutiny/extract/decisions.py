"""What a body resolved, agreed or approved: "RESOLVED: That …" (one decision per numbered
resolution), "Decision: …", recorded approvals ("The forward plan was approved by the board"),
agreements ("It was agreed to write to …"), motions proposed and seconded, and verdicts written
after the matter ("… – agreed", an item answered "Noted.")."""
from __future__ import annotations

import re
from dataclasses import replace

from scrutiny.extract.passages import Passage
from scrutiny.extract.text import clean_entry, is_shouting, sentences, title_case, verbatim
from scrutiny.record import Decision

_PARA_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")
RESOLVED = re.compile(
    r"^\s*(?:\*\*)?(?:it\s+was\s+)?(?:resolved|agreed|recommended)\b(?:\s*\([^)]{1,40}\))?\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*(?:that\s+)?",
    re.I,
)
RESOLVED_CAPS = re.compile(r"(?:^|(?<=\s))(?:it\s+was\s+)?RESOLVED\b\s*[:\-–]?\s*(?:[Tt]hat\s+)?")
DECISION = re.compile(r"^\s*(?:\*\*)?(?:decision(?:\s+made)?|decided|agreed\s+decision)\s*(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*", re.I)
_NUMBERED = re.compile(r"(?:^|\s)(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]|\(?[A-H]\))\s+(?=(?:[Tt]hat|[A-Z]))")
_APPROVAL = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:formally\s+|duly\s+|unanimously\s+)?"
    r"(?:approved|endorsed|adopted|ratified|"
    r"(?:agreed|accepted|confirmed|signed|approved|moved)\s+as\s+(?:(?:a|an)\s+)?(?:correct|accurate|true)(?:\s+record)?)\b",
    re.I,
)
# "The accounts were presented and accepted", "The purchase … was agreed": a matter put and agreed
_PUT_AND_AGREED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:unanimously|formally|duly|also)\s+)?"
    r"(?:(?:considered|presented|received|reviewed|tabled|read)(?:\s+by\s+[^,.;]{1,40}?)?"
    r"\s+and\s+(?:duly\s+)?"
    r"(?:approved|accepted|agreed|adopted)|agreed(?!\s+(?:that|with|on|upon|about)\b))\b",
    re.I,
)
# a pronoun subject ("This was agreed") names no matter; agreed actions are actions, not decisions
_NO_MATTER = re.compile(
    r"^(?:it|this|that|these|those|which|they|he|she)\b|"
    r"\bactions?\b[^.]*\b(?:was|were)\s+agreed", re.I)
# "The Committee NOTED the report", "The Panel AGREED that …": a body's formal verb in capitals
_BODY_RECORDS = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Board|Panel|Committee|Members)\s+(?:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|RECOMMENDED|"
    r"agreed\s+(?:that|to)|resolved\s+(?:that|to))\b"
)
_ACTOR_APPROVES = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:Board|Panel|Committee|Commissioner|PCC|Chair|Members?|Council|Cabinet)"
    r"|[A-Z]{2,4})\s+(?:formally\s+|unanimously\s+)?(?:approved|endorsed|ratified|adopted|decided|agreed\s+(?:the|to\s+approve))\b",
)
# "It was (unanimously) agreed to write …", "it was decided that the sign be replaced": what was settled
_IT_WAS_AGREED = re.compile(
    r"\bit\s+was\s+(?:(?:unanimously|formally|further|also|then|therefore|duly|generally)\s+){0,2}"
    r"(?:agreed|decided|resolved)\b(?:\s+by\s+(?:all|everyone|members|the\s+\w+))?"
    r"\s*(?:(to)\s+\w|(?:that\s+)?(\S))",
    re.I,
)
# an agreed "that" clause says what shall happen; "it was agreed that vigilance was needed" is a sentiment
_SHALL = re.compile(r"\b(?:be|should|would|will|shall|must|could|can|may|might)\b", re.I)
# "… proposed the minutes be adopted, seconded by …": a motion moved and seconded that did not fail
_MOTION = re.compile(r"\b(?:proposed|moved|nominated|proposal\s+of)\b.*\bseconded\b", re.I)
_FAILED = re.compile(
    r"\b(?:defeated|fell|lost|not\s+carried|withdrawn|rejected|not\s+seconded|no\s+seconder)\b", re.I
)
# "Members voted 3 to 1 to close the car park": a vote that did not fail
_VOTED = re.compile(r"\bvoted\b(?:\s+\w+){0,4}?\s+(?:to\s+[a-z]+|in\s+favour\s+of)\b", re.I)
# "Cllr Pike proposed that Mrs Hall be appointed." then "Seconded by Cllr Moss.": a motion over two sentences
_PROPOSES = re.compile(r"\b(?:proposed|moved)\s+(?:that|to)\b", re.I)
_PROPOSED_BY = re.compile(r"^(?:proposed|moved)(?:\s+by)?\s*:?\s+\S", re.I)
_SECONDED_BY = re.compile(r"^seconded(?:\s+by)?\s*:?\s+\S", re.I)
_MOTION_LINE_WORDS = 12  # "Proposed by Councillor A. Smith" is a short line of its own
# "Mr X asked that the draw take place next month – agreed": the verdict written after the matter
_VERDICT_AFTER = re.compile(
    r"\s[-–—:]\s*(?:(?:unanimously|all)\s+)?(?:agreed|approved|carried|adopted)\.?$", re.I
)
# an item answered by one word: "Noted.", "AGREED"
_BARE_VERDICT = re.compile(
    r"^(?:(?:unanimously|duly)\s+)?(?:noted|agreed|approved|carried|adopted)\.?$", re.I
)
# "The report was noted." standing alone: how an item's outcome is minuted, not talk within it
_NOTED_ALONE = re.compile(
    r"^the\s+[^,;:]{1,80}?\s+(?:was|were)\s+(?:(?:otherwise|duly|formally)\s+)?noted\.?$", re.I
)
_TITLE_WORDS = 25  # a passage longer than this is prose, not the title a bare verdict answers
_DECISION_WORDS = ("approv", "endors", "adopt", "ratif", "agree", "resolv", "accept", "confirm", "signed", "noted",
                   "recommend", "decide", "seconded", "moved", "voted")
_DECISION_SECTION = re.compile(r"^(?:the\s+)?decisions?(?:\s+(?:made|taken|agreed))?\s*:?$", re.I)
_NOT_DECISION = re.compile(
    r"\?$|^(?:if|whether|once|when|until)\b|\b(?:asked|queried|questioned|wondered|enquired)\s+(?:whether|if|why|how|when|what)\b", re.I
)
# a line of a hard-wrapped page: it stops short of a full stop and the next goes on with its sentence
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|to|and|or|by|for|in|on|at|as|with|that|be|from|under|is|are|was|were)$", re.I
)
_LINE_START = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(?[A-H]\)|resolved\b)", re.I)
_WRAP_LINES = 6  # a resolution runs over a few lines of a page, not a dozen
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")
_MARKER = r"^(?:\(?\d{1,2}[.)]?|\(?(?:[a-h]|[ivx]{1,4})[.)])\s+"  # "1", "(a)", "ii." — not the word "A"
# "These were moved as correct" right under "1. Minutes of the last meeting"
_PRONOUN = re.compile(  # not the "it" of "It was agreed that …", which names nothing
    r"^(?:these|this|they|it)\b(?!\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided|proposed|felt|noted|suggested)\s+(?:that|to)\b)\s*",
    re.I)
# "… seconded the above motion that Cabinet:": the motion is set out (and resolved) elsewhere
_MOTION_BY_NAME = re.compile(r"\bthe\s+(?:above\s+|following\s+|substantive\s+|original\s+)?motion\b", re.I)
_LISTED_LINES = 40  # "The following were agreed:" lists names or posts, a line each
_LISTED_WORDS = 12


def _clean(text: str) -> str:
    text = re.sub(r"^\s*(?:\(?(?:[a-h]|[ivx]{1,4})\)\s+)?(?:that\s+)?", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:] if text else text


# "(1) the report be noted; (2) a task and finish group be established; and (3) …": resolutions in one sentence
_IN_SEQUENCE = re.compile(r"(?:[;,]?\s*(?:and\s+)?)?\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+")


def _numbered(text: str) -> list[str]:
    parts = [p.strip() for p in _NUMBERED.split(text) if p.strip()]
    if len(parts) == 1 and re.search(r"\((?:1|a|i)\)\s", text) and re.search(r"\((?:2|b|ii)\)\s", text):
        parts = [p.strip(" ;,") for p in _IN_SEQUENCE.split(text) if p.strip(" ;,")]
    return parts if len(parts) > 1 else [text]


def _continues(line: str, following: Passage, item: str | None) -> bool:
    """Whether `following` is the next line of `line`'s sentence on a page wrapped into one passage a line:
    it goes on in lower case, `line` stops on a word no sentence ends with, or `line` opens a resolution."""
    nxt = following.text.strip()
    if following.kind != "paragraph" or following.item != item or not nxt or _LINE_START.match(nxt):
        return False
    if re.search(r"[.!?:;]\W*$", line):
        return False
    opens = bool(_LINE_START.match(line)) and nxt[0].isalpha() and not is_shouting(nxt)
    return nxt[0].islower() or bool(_OPEN_END.search(line)) or opens


def _unwrap(passages: list[Passage]) -> list[Passage]:
    """Lines of one wrapped sentence joined, so a resolution printed over three lines reads as one."""
    out: list[Passage] = []
    i = 0
    while i < len(passages):
        passage = passages[i]
        i += 1
        if passage.kind not in ("paragraph", "list_item"):
            out.append(passage)
            continue
        text, lines = verbatim(passage.text), 1
        while i < len(passages) and lines < _WRAP_LINES and _continues(text, passages[i], passage.item):
            text, lines, i = f"{text} {verbatim(passages[i].text)}", lines + 1, i + 1
        out.append(replace(passage, text=text) if lines > 1 else passage)
    return out


def _sentences(text: str) -> list[str]:
    """Sentences, with a name's initial ("Councillor S. Keary") kept inside its sentence."""
    out: list[str] = []
    for piece in sentences(text):
        if out and _INITIAL_END.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _agreed(sentence: str) -> str | None:
    """The sentence from "It was agreed …" on, when what was agreed is something to be done."""
    m = _IT_WAS_AGREED.search(sentence)
    if not m:
        return None
    if not m.group(1) and not _SHALL.search(sentence[m.start(2):]):
        return None
    return sentence[m.start():]


def _sentence_decision(sentence: str, alone: bool = False) -> str | None:
    """The decision a sentence of running minutes records, if it records one (`alone`: the whole passage)."""
    if _NOT_DECISION.search(sentence):
        return None
    resolved = RESOLVED.match(sentence)
    if resolved and "resolv" in resolved.group().lower() and sentence[resolved.end():].strip():
        return sentence[resolved.end():]  # "Apologies were received. Resolved to accept them."
    if _VOTED.search(sentence) and not _FAILED.search(sentence):
        return sentence
    head, colon, tail = sentence.partition(": ")
    if colon and len(head.split()) <= 6 and (_APPROVAL.search(tail) or _ACTOR_APPROVES.match(tail) or _BODY_RECORDS.match(tail)):
        sentence = tail  # "Forward Plan: The forward plan was approved …"
    if _IT_WAS_AGREED.search(sentence):
        return _agreed(sentence)
    if _MOTION.search(sentence) and not _FAILED.search(sentence) and not _MOTION_BY_NAME.search(sentence):
        return sentence
    if _APPROVAL.search(sentence) or _ACTOR_APPROVES.match(sentence) or _BODY_RECORDS.match(sentence):
        return sentence
    if alone and _NOTED_ALONE.match(sentence):
        return sentence
    if _VERDICT_AFTER.search(sentence):
        return sentence
    if _PUT_AND_AGREED.search(sentence) and not _NO_MATTER.search(sentence):
        return sentence
    return None


def _is_title(text: str) -> bool:
    """A heading-like line (an item's title) that a bare verdict or a "These were approved" refers to."""
    return bool(text) and len(text.split()) <= _TITLE_WORDS and not re.search(r"[.!?;,]$", text)


def _named(sentence: str, title: str) -> str:
    """ "These were approved" under "2. Minutes of the last meeting" says what was approved."""
    m = _PRONOUN.match(sentence)
    if not m or not _is_title(title):
        return sentence
    return f"{title_case(_PARA_NUMBER.sub('', title.replace(chr(92), '')).rstrip(' :'))} {sentence[m.end():]}"


def _listed_line(passage: Passage, item: str | None) -> bool:
    """A short line of the list a "The following were agreed:" sets out."""
    return passage.kind in ("paragraph", "list_item") and passage.item == item \
        and len(passage.text.split()) <= _LISTED_WORDS


def read_decisions(passages: list[Passage]) -> list[Decision]:
    """Decisions in order; a bare "RESOLVED:" (or a lead-in "RESOLVED that Cabinet:") takes the numbered
    resolutions that follow it, and "The following were agreed:" the short lines it lists."""
    out: list[Decision] = []
    pending = section = False
    lead = previous = ""
    passages = _unwrap(passages)
    i = 0
    while i < len(passages):
        passage = passages[i]
        i += 1
        title, previous = previous, verbatim(passage.text)
        if passage.kind == "item":  # its heading is only the title a bare "Noted." answers
            pending = False
            continue
        if passage.kind == "heading" and not RESOLVED.match(passage.text):
            section = bool(_DECISION_SECTION.match(passage.text.strip()))
            continue
        text = _PARA_NUMBER.sub("", passage.text) if passage.kind != "list_item" else passage.text
        flat = verbatim(text)
        if pending:
            raw = verbatim(passage.text)
            numbered = re.match(rf"{_MARKER}|^that\b", raw, re.I) or passage.kind == "list_item"
            if numbered and not is_shouting(raw):  # "6 TREASURY MANAGEMENT" is the next item's heading
                body = re.sub(_MARKER, "", raw, flags=re.I)
                if lead and body[:1].islower():  # "Cabinet agree to:" + "(a) the Plan" is one sentence
                    body = f"{lead} {body}"
                out.append(Decision(text=_clean(body), item=passage.item, evidence=passage.evidence(raw)))
                continue
            pending, lead = False, ""
        m = RESOLVED.match(flat) or DECISION.match(flat)
        if m and (m.re is DECISION or "resolv" in m.group().lower() or ":" in m.group()):
            body = flat[m.end():].strip()
            if not body or body.endswith(":"):
                pending, lead = True, body.rstrip(" :")
                continue
            parts = _numbered(body)
            if len(parts) == 1:
                parts = _sentences(body)[:1]  # the narrative that follows a decision is not part of it
            for part in parts:
                out.append(Decision(text=_clean(re.sub(_MARKER, "", part, flags=re.I)), item=passage.item,
                                    evidence=passage.evidence(flat)))
            pending = bool(re.match(_MARKER, body, re.I))  # "RESOLVED: (A) That …" goes on with "(B) …"
            continue
        if section and passage.kind == "paragraph":
            first = _sentences(flat)[0] if flat else flat
            if first.endswith(":"):
                pending, lead = True, first.rstrip(" :")
                continue
            out.append(Decision(text=_clean(first), item=passage.item, evidence=passage.evidence(first)))
            continue
        if _BARE_VERDICT.match(flat):
            if _is_title(title) and not title.endswith(":"):
                out.append(Decision(text=f"{title}: {flat}", item=passage.item,
                                    evidence=passage.evidence(flat)))
            continue
        if _PROPOSED_BY.match(flat) and len(flat.split()) <= _MOTION_LINE_WORDS and i < len(passages) \
                and _SECONDED_BY.match(passages[i].text.strip()) and title:
            motion = f"{title} {flat} {verbatim(passages[i].text)}"  # the motion is the line above
            out.append(Decision(text=_clean(motion), item=passage.item, evidence=passage.evidence(motion)))
            i += 1
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
        said = _sentences(flat)
        for k, sentence in enumerate(said):
            found = _sentence_decision(_named(sentence, title) if k == 0 else sentence, alone=len(said) == 1)
            if not found and _PROPOSES.search(sentence) and k + 1 < len(said) and _SECONDED_BY.match(said[k + 1]) \
                    and not any(_FAILED.search(s) for s in said[k + 1 : k + 3]):
                found = re.sub(_MARKER, "", f"{sentence} {said[k + 1]}", flags=re.I)
                sentence = found
            if not found:
                continue
            evidence = passage.evidence(sentence)
            if found.endswith(":"):  # "The following were agreed:" and the short lines it lists
                listed: list[str] = []
                while i < len(passages) and len(listed) < _LISTED_LINES \
                        and _listed_line(passages[i], passage.item):
                    listed.append(clean_entry(verbatim(passages[i].text)))
                    i += 1
                found = f"{found} {'; '.join(listed)}" if listed else found
            out.append(Decision(text=_clean(found), item=passage.item, evidence=evidence))
    return out
