"""What a body resolved, agreed or approved: "RESOLVED: That …" (one decision per numbered
resolution), "Decision: …", recorded approvals ("The forward plan was approved by the board"),
agreements ("It was agreed to write to …"), motions proposed and seconded, and verdicts written
after the matter ("… – agreed", an item answered "Noted.")."""

from __future__ import annotations

import re
from dataclasses import replace

from scrutiny.extract.passages import Passage
from scrutiny.extract.text import Gated, clean_entry, is_shouting, sentences, title_case, verbatim
from scrutiny.record import Decision

_PARA_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")
# "a) Payments were approved", "(ii) Council agreed to …": a sub-paragraph's letter, not part of what was decided
_PARA_LETTER = re.compile(r"^\s*\(?(?:[a-h]|[ivx]{1,4})[.)]\s+(?=\S)")
RESOLVED = re.compile(
    r"^\s*(?:\*\*)?(?:it\s+was\s+)?(?:resolved|agreed|recommended)\b(?:\s*\([^)]{1,40}\))?\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*(?:that\s+)?",
    re.I,
)
RESOLVED_CAPS = re.compile(r"(?:^|(?<=\s))(?:it\s+was\s+)?RESOLVED\b\s*[:\-–]?\s*(?:[Tt]hat\s+)?")
DECISION = re.compile(
    r"^\s*(?:\*\*)?(?:decision(?:\s+made)?|decided|agreed\s+decision)\s*(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*",
    re.I,
)
_NUMBERED = re.compile(r"(?:^|\s)(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]|\(?[A-H]\))\s+(?=(?:[Tt]hat|[A-Z]))")
_APPROVAL = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:formally\s+|duly\s+|unanimously\s+)?(?:reviewed\s+and\s+)?"
    r"(?:approved|endorsed|(?:re-?)?adopted|ratified|co-?opted|accepted(?!\s+(?:that|as\s+(?:being|having))\b)|"
    r"(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:Vice[\s-])?"
    r"(?:Chair\w*|Secretary|Treasurer|President|Mayor|Deputy\s+\w+)|"
    r"(?:re-?)?elected(?:\s+(?:unopposed|unanimously|without\s+(?:opposition|contest)))?(?=\W*$)|"  # "… were re-elected."
    r"(?:agreed|accepted|confirmed|signed|approved|moved)(?:\s+by\s+the\s+\w+)?\s+as\s+(?:(?:a|an)\s+)?(?:correct|accurate|true)(?:\s+record)?|"
    r"taken\s+as\s+read(?:\s+and\s+(?:signed|approved|agreed))?)\b",
    re.I,
)
# "The accounts were presented and accepted", "The minutes were read, approved and signed", "The purchase … was
# agreed": a matter put and agreed
_PUT_AND_AGREED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:unanimously|formally|duly|also)\s+)?"
    r"(?:(?:considered|presented|received|reviewed|tabled|read)(?:\s+by\s+[^,.;]{1,40}?)?"
    r"(?:,\s*|\s+and\s+)(?:duly\s+)?"
    r"(?:approved|accepted|agreed|adopted)|agreed(?!\s+(?:that|with|on|upon|about)\b))\b",
    re.I,
)
# a pronoun subject ("This was agreed") names no matter; agreed actions are actions, not decisions
_NO_MATTER = re.compile(
    r"^(?:it|this|that|these|those|which|they|he|she)\b|"
    r"\bactions?\b[^.]*\b(?:was|were)\s+agreed",
    re.I,
)
# the bodies whose agreement is the meeting's own: "The Council", "Cabinet", "Members", "All present"
_COLLECTIVE = (
    r"(?:(?i:the)\s+)?(?:(?:[A-Z][\w’'-]*|full|parish|town|community|county|district|city|joint)\s+){0,3}"
    r"(?:Board|Panel|(?:Sub-)?Committee|Council|Cabinet|Members|Councillors|Trustees|Governors|Forum|Group|"
    r"Partnership|[Mm]eeting)|(?i:all(?:\s+(?:present|members|councillors))?|everyone(?:\s+present)?)|"
    r"(?i:the\s+(?:(?:full|parish|town|community|joint|liaison|steering|working|sub)[\s-]+){0,2}"  # "the group agreed"
    r"(?:board|panel|committee|council|group|forum|partnership|meeting|trustees))"
)
# "The Committee NOTED the report", "Councillors agreed to hold a workshop", "After a debate the Cabinet resolved
# to consult …", "The Panel decided …": a body's own verb; "agreed that" must say what shall happen (_SHALL)
_BODY_DECIDES = re.compile(
    rf"(?:^|[,;]\s+|\s[-–—]\s+|^(?i:after|following)\s+(?:[\w-]+\s+){{1,4}}?)(?P<who>{_COLLECTIVE})\s+"
    r"(?:(?i:then|therefore|also|further|formally|unanimously|duly)\s+)?"
    r"(?:(?P<that>(?i:agreed|resolved)(?:\s+unanimously)?\s+that\b)|"
    r"(?i:agreed|resolved|decided)(?:\s+unanimously)?\s+(?:to\s+\w|not\s+to\b|on\b|upon\b|the\b|a\b|an\b|its\b|this\b|these\b)|"
    r"(?i:decided)\b|(?i:approved|endorsed|ratified|adopted)\s+(?:(?i:the|a|an|its|this|these|all|option)\b|[A-Z0-9£])|"
    r"(?i:supported|accepted)\s+(?i:the|a|an|its|this|these)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:proposals?|recommendations?|motion|amendment|request|bid|options?|approach|quotes?|quotations?|tenders?|offer|"
    r"resignation|invitation|nominations?)\b|"
    r"(?:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|RECOMMENDED)\b)"
)
# "Members were content to pay £60 for the hall hire": how some councils minute their agreement
_CONTENT = re.compile(
    rf"(?:^|[,;]\s+)(?P<who>{_COLLECTIVE})\s+(?:was|were)\s+(?:(?i:all|unanimously)\s+)?(?i:content|happy)\s+"
    r"(?:for\s+[^,.;]{1,40}?\s+)?(?i:to)\s+(?!(?i:note|receive|hear|see|learn|welcome|accept\s+the\s+(?:update|report))\b)\w"
)
_ACTOR_APPROVES = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:Board|Panel|Committee|Commissioner|PCC|Chair|Members?|Council|Cabinet)"
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
# "… agreed that the Clerk write to Highways", "… that the Council purchase two benches": a task in the subjunctive
_SUBJUNCTIVE = re.compile(
    r"^(?:that\s+)?(?:(?:the|a|an)\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:write|contact|order|obtain|arrange|seek|ask|purchase|buy|pay|invite|approach|investigate|send|circulate|chase|"
    r"apply|proceed|continue|remain|meet|provide|prepare|draft|respond|reply|accept|approve|renew|replace|repair|"
    r"install|remove|review|defer|hold|attend|request|inform|liaise|check|monitor|publish|fund|support|object|"
    r"adopt|appoint|take|look|consider|return|raise|place|put|keep|arrange|organise|organize|agree|refer|delegate)\b"
    r"(?!\s+(?:was|were|is|are|had|has)\b)",
    re.IGNORECASE,
)
# "… proposed the minutes be adopted, seconded by …": a motion moved and seconded that did not fail
_MOTION = re.compile(r"\b(?:proposed|moved|nominated|proposal\s+of)\b.*\bseconded\b", re.I)
_FAILED = re.compile(
    r"\b(?:defeated|fell|lost|not\s+carried|withdrawn|rejected|not\s+seconded|no\s+seconder)\b", re.I
)
# "Members voted 3 to 1 to close the car park", "… voted 7 for, 2 against, to set …": a vote that did not fail
_VOTED = re.compile(r"\bvoted\b(?P<how>[^.;]{0,40}?)\s+(?:to\s+(?!\d)[a-z]+|in\s+favour\s+of)\b", re.I)
_AGAINST_IT = re.compile(
    r"\bagainst\s+(?!\d)\w", re.I
)  # "voted against the plan to …", not "2 against, to …"
# "After discussion, resolved to accept the quote", "… and resolved that the hedge be cut": resolved in passing
_RESOLVED_WITHIN = re.compile(
    r"(?:[,;]\s+|\s[-–—]\s+|\band\s+)(?:it\s+was\s+)?(?:(?:unanimously|therefore|then|duly)\s+)?"
    r"resolved\s+(?:(?P<to>to)\s+\w|that\s+)",
    re.I,
)
# "Cabinet agreed to:", "The Council RESOLVED that:", "Members agreed the following:": what was decided is listed below
_LEAD_IN = re.compile(
    rf"(?:^|[,;]\s+)(?:(?P<who>{_COLLECTIVE})|(?i:it\s+was))\s+(?:(?i:unanimously|formally|then|therefore)\s+)?"
    r"(?i:agreed|agree|resolved|decided|approved)(?P<open>\s+(?i:to|that))?(?:\s+(?i:the\s+following|as\s+follows))?\s*:$"
)
# "All agreed.", "Carried unanimously.", "Motion carried", "All in favour": the answer to what was just put
_VERDICT = re.compile(
    r"^(?:(?:the\s+)?(?:motion|proposal|resolution|recommendation)\s+(?:was\s+)?)?"
    r"(?:(?:all|unanimously|duly|members|councillors|everyone)\s+)?"
    r"(?:agreed|approved|carried|adopted|in\s+favour)"
    r"(?:\s+(?:unanimously|by\s+all|by\s+(?:a\s+)?majority|nem\.?\s*con\.?))?\s*[.!]?$",
    re.I,
)
# "The motion was put to the vote and carried": a verdict in a sentence that names no matter of its own
_CARRIED = re.compile(
    r"\b(?:motion|proposal|vote)\b.*\b(?:carried|agreed|adopted|approved)\b(?!\s+(?:out|forward|over|through|to|that)\b)",
    re.I,
)
_VERDICT_WORDS = 15  # "After debate the motion was put to the vote and carried." is about this long
# "Cllr Hale proposed that …", "The Clerk suggested …", "The proposal was put to the vote: 6 for": a matter put
_PUTS = Gated(
    re.compile(
        r"\b(?:propos\w*|suggest\w*|recommend\w*|moved|request\w*|put\s+to\s+(?:the\s+|a\s+)?vote|"
        r"asked\s+(?:that|for)|quot(?:e|ed|es|ation)|offer(?:ed|s)?)\b",
        re.I,
    ),
    "propos",
    "suggest",
    "recommend",
    "moved",
    "request",
    "put",
    "asked",
    "quot",
    "offer",
)
# the text of a motion set out before its vote: “That this Council …” or "That …" under "… the following motion:"
_QUOTED = re.compile(r"^\s*[“\"‘']|^that\b", re.I)
_MOTION_LEAD = re.compile(r"\b(?:motion|moved|proposed|amendment)\b[^:]*:$", re.I)
# "21/00456/HH", "DC/24/0123", "PL/2023/0456/FUL": a planning application's reference
_APPLICATION_REF = Gated(
    re.compile(r"(?<![\w/])(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}(?:/[A-Z]{1,6}\d?)?(?![\w/])"), "/"
)
# "No objection.", "No objections raised", "Parish Council supports application", "Object – overdevelopment",
# "Members raised no objection to the application": the council's answer on a planning application
_PLANNING_ANSWER = re.compile(
    r"^(?:(?:the\s+)?(?:parish\s+|town\s+|community\s+)?(?:council|councillors|members|committee)\s+"
    r"(?:(?:has|had|have|raised|made)\s+)?)?"
    r"(?:no\s+objections?|(?:do(?:es)?\s+not\s+)?(?:support|object)(?:s|ed)?\b|recommends?\s+(?:approval|refusal)|"
    r"no\s+(?:comments?|observations?))\b",
    re.I,
)
# what sets the answer apart from the application: "… 4 Mill Lane – No objection", "… Norfolk. No objections raised"
_ANSWER_SEPARATOR = re.compile(r"\s[-–—]\s|:\s|(?<=[\w)])\.\s+")
_ANSWER_WORDS = 12  # "No objections raised." on a line of its own under the application
# "RESOLVED to support the application", "It was agreed to raise no objection": an answer that names no application
# of its own, given on the one set out just above it
_ANSWERS_APPLICATION = re.compile(
    rf"^(?:(?:it\s+was|{_COLLECTIVE})?\s*(?:(?:unanimously|further)\s+)?(?:resolved|agreed|decided)\s+)?(?:to\s+)?"
    r"(?:(?:raise\s+|make\s+)?no\s+objections?|support|object|oppose|recommend\s+(?:approval|refusal)|"
    r"comment)\b|\bthe\s+(?:planning\s+)?application\b",
    re.IGNORECASE,
)
_APPLICATION_WORD = re.compile(r"\bapplication\b", re.IGNORECASE)
# "Apologies were received and accepted from Cllr Ward": who sent apologies is attendance, not a decision
_APOLOGIES = re.compile(r"^(?:the\s+)?apolog(?:y|ies)\b", re.IGNORECASE)
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
    r"^(?:(?:unanimously|duly)\s+)?(?:noted|agreed|approved|carried|adopted|accepted|confirmed)"
    r"(?:\s+(?:as\s+(?:(?:a|an)\s+)?(?:true|correct|accurate|fair)(?:\s+record)?|and\s+signed))*\.?$",
    re.I,
)
# "The report was noted." standing alone: how an item's outcome is minuted, not talk within it
_NOTED_ALONE = re.compile(
    r"^the\s+[^,;:]{1,80}?\s+(?:was|were)\s+(?:(?:otherwise|duly|formally)\s+)?noted\.?$", re.I
)
# "This item was deferred pending the appointment of …", "The item was deferred to the next meeting": its outcome
_ITEM_DEFERRED = re.compile(r"\b(?:item|matter)\s+was\s+(?:deferred|postponed|held\s+over)\b", re.I)
# "The report on the cleaning of the war memorial was deferred to the October meeting": put off now, unless the
# passage goes through the action log (there it says what became of an earlier errand)
_THROUGH_THE_LOG = re.compile(r"\baction\s+(?:schedule|log|tracker)\b|\bmatters\s+arising\b", re.I)
_PUT_OFF_NOW = re.compile(
    r"^the\s+[^;:]{3,100}?\s+(?:was|were)\s+(?:deferred|postponed|held\s+over)\s+(?:to|until)\s+(?:the\s+)?(?:next|[A-Z]\w+)",
    re.I,
)
# "KM proposed that membership renewals be collected online as well as in cash; agreed.": a proposal, then agreed
_PROPOSAL_AGREED = re.compile(
    r"\b(?:proposed|suggested|moved)\s+that\s+.{5,200}?(?:;|\s[–—-]|,)\s*(?:this\s+was\s+|which\s+was\s+|and\s+this\s+was\s+)?"
    r"(?:agreed|approved|accepted|carried)(?:\s+unanimously|\s+by\s+all)?\W*$",
    re.I,
)
# "The Panel noted the report.", "The Board noted the report and thanked the team for their work.": alone, or closing
# the minute of an item
_BODY_NOTED = re.compile(
    r"^the\s+(?:board|panel|committee|sub-committee|council|cabinet|forum|group)\s+(?:(?:duly|formally)\s+)?noted\s+"
    r"the\s+(?:[\w’'-]+\s+){0,4}?(?:report|update|minutes|progress\s+report|position|paper|briefing|plan|programme)"
    r"(?:\s+and\s+[^;:]{1,100})?\.?$",
    re.I,
)
_TITLE_WORDS = 25  # a passage longer than this is prose, not the title a bare verdict answers
_DECISION_WORDS = (
    "deferred",
    "approv",
    "endors",
    "adopt",
    "ratif",
    "agree",
    "resolv",
    "accept",
    "confirm",
    "signed",
    "noted",
    "recommend",
    "decide",
    "seconded",
    "moved",
    "voted",
    "carried",
    "favour",
    "objection",
    "support",
    "object",
    "elect",
    "co-opt",
    "coopt",
    "content",
    "happy",
)
_DECISION_SECTION = re.compile(r"^(?:the\s+)?decisions?(?:\s+(?:made|taken|agreed))?\s*:?$", re.I)
_NOT_DECISION = re.compile(
    r"\?$|^(?:if|whether|once|when|until)\b|\b(?:asked|queried|questioned|wondered|enquired)\s+(?:whether|if|why|how|when|what)\b"
    # "The following decisions of the District Council were noted: …": another authority's, only noted
    r"|\bdecisions?\s+(?:of|by|made\s+by)\s+the\s+(?:district|borough|county|city|unitary|planning)\b",
    re.I,
)
# a line of a hard-wrapped page: it stops short of a full stop and the next goes on with its sentence
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|to|and|or|by|for|in|on|at|as|with|that|be|from|under|is|are|was|were)$", re.I
)
_LINE_START = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(?[A-H]\)|resolved\b)", re.I)
_CUT_LINE_WORDS = 12  # a line this long that stops without a full stop was cut off, not a title
# "… the minutes of Joint" / "Policing Committee Meeting held on …": a line cut inside a name
_NAME_CUT = re.compile(r"\b(?:of|the|and|for|to|in|on|at|by|with|from)\s+[A-Z][a-z]+$")
_WRAP_LINES = 6  # a resolution runs over a few lines of a page, not a dozen
# "Councillor S.", "Prop.", "Cmhlr.": a sentence does not end on a name's initial or a short form
_INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]|Prop|Sec|Cllrs?|Cmhlr|Mr|Mrs|Dr|No|approx)\.$")
_MARKER = r"^(?:\(?\d{1,2}[.)]?|\(?(?:[a-h]|[ivx]{1,4})[.)])\s+"  # "1", "(a)", "ii." — not the word "A"
# "These were moved as correct" right under "1. Minutes of the last meeting"
_PRONOUN = re.compile(  # not the "it" of "It was agreed that …", which names nothing
    r"^(?:these|this|they|it)\b(?!\s+was\s+(?:\w+\s+)?(?:(?:agreed|resolved|decided|proposed|felt|noted|suggested)\s+(?:that|to)"
    r"|(?:proposed|moved)\s+by)\b)\s*",
    re.I,
)
# "This was adopted …", "It was agreed that she be co-opted": what was decided is named in the words before
_PRONOUN_MATTER = re.compile(
    r"^(?:this|these|they)\s+(?:was|were)\b|^it\s+was\s+(?!(?:\w+\s+)?(?:agreed|resolved|decided|proposed|moved)\b)|"
    r"\b(?:agreed|resolved|decided)\s+(?:(?:unanimously|that)\s+){1,2}(?:this|it|these|they|she|he)\b",
    re.IGNORECASE,
)
_ANTECEDENT_WORDS = 35  # the sentence that names the matter, not a paragraph of debate
# "Prop. Cllr Pointeer, 2nd Cllr Sharp, All agreed.", "Proposed Cllr Hale, seconded Cllr Moss": who moved it
_MOVERS = re.compile(
    r"^(?:prop(?:osed)?\b\.?|moved\b)(?!\s+that\b).{0,80}?\b(?:2nd|seconded|sec\.)", re.IGNORECASE
)
# "… seconded the above motion that Cabinet:": the motion is set out (and resolved) elsewhere
_MOTION_BY_NAME = re.compile(r"\bthe\s+(?:above\s+|following\s+|substantive\s+|original\s+)?motion\b", re.I)
_LISTED_LINES = 40  # "The following were agreed:" lists names or posts, a line each
_LISTED_WORDS = 12


def _clean(text: str) -> str:
    text = re.sub(r"^\s*(?:\(?(?:[a-h]|[ivx]{1,4})\)\s+)?(?:that\s+)?", "", text.strip(), flags=re.I)
    text = re.sub(r";\s*(?:and|or)$", ";", text)  # "(1) the report be noted; and" ends a resolution
    return text[:1].upper() + text[1:] if text else text


# "(1) the report be noted; (2) a task and finish group be established; and (3) …": resolutions in one sentence
_IN_SEQUENCE = re.compile(r"(?:[;,]?\s*(?:and\s+)?)?\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+")


_LEAD_WORDS = 8  # "the Committee" before "(a) notes …; (b) agrees …" is a few words, not a resolution


def _numbered(text: str) -> list[str]:
    """The resolutions of one passage; words before the first number ("That the Committee (a) notes …") are the
    subject each lower-case resolution goes on from."""
    marker = _NUMBERED
    parts = [p.strip() for p in _NUMBERED.split(text) if p.strip()]
    if len(parts) == 1 and re.search(r"\((?:1|a|i)\)\s", text) and re.search(r"\((?:2|b|ii)\)\s", text):
        marker = _IN_SEQUENCE
        parts = [p.strip(" ;,") for p in _IN_SEQUENCE.split(text) if p.strip(" ;,")]
    if len(parts) < 2:
        return [text]
    first = marker.search(text)
    head = text[: first.start()].strip() if first else ""
    if head and len(head.split()) <= _LEAD_WORDS and not re.search(r"[.;]$", head):
        lead = re.sub(r"^that\s+", "", head.rstrip(" :"), flags=re.I)
        parts = [f"{lead} {part}" if part[:1].islower() else part for part in parts[1:]]
    return parts


def _continues(line: str, following: Passage, item: str | None) -> bool:
    """Whether `following` is the next line of `line`'s sentence on a page wrapped into one passage a line:
    it goes on in lower case, `line` stops on a word no sentence ends with, or `line` opens a resolution."""
    nxt = following.text.strip()
    if following.kind != "paragraph" or following.item != item or not nxt or _LINE_START.match(nxt):
        return False
    if re.search(r"[.!?:;]\W*$", line):
        return False
    opens = bool(_LINE_START.match(line)) and nxt[0].isalpha() and not is_shouting(nxt)
    cut = (
        len(line.split()) >= _CUT_LINE_WORDS
        and bool(_NAME_CUT.search(line))
        and nxt[0].isupper()
        and not is_shouting(nxt)
    )
    return nxt[0].islower() or bool(_OPEN_END.search(line)) or opens or cut


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
    """Sentences, with a name's initial ("Councillor S. Keary") or a short form ("Prop. Cllr Hale") kept inside its
    sentence."""
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
    if (
        not m.group(1)
        and not _SHALL.search(sentence[m.start(2) :])
        and not _SUBJUNCTIVE.match(sentence[m.start(2) :])
    ):
        return None
    return sentence[m.start() :]


def _body_decides(sentence: str) -> str | None:
    """From the body on, when a council, cabinet or its members decided: "Councillors agreed to hold …"."""
    m = _BODY_DECIDES.search(sentence)
    if not m or (
        m.group("that")
        and not m.group("that").split()[0].isupper()
        and not _SHALL.search(sentence[m.end() :])
    ):
        return None
    return sentence[m.start("who") :]


def _planning_answer(text: str, before: str) -> str | None:
    """The council's answer on a planning application: "21/0456/HH Extension – No objection." on the application's
    line, or "No objections raised." on the line under it (`before`)."""
    if _APPLICATION_REF.search(text):
        parts = _ANSWER_SEPARATOR.split(text)[1:]
        return text if any(_PLANNING_ANSWER.match(part.strip()) for part in parts) else None
    if (
        len(text.split()) <= _ANSWER_WORDS
        and _PLANNING_ANSWER.match(text)
        and _APPLICATION_REF.search(before)
        and not re.search(r"[.!?]$", before)
    ):
        return f"{before}: {text}"
    return None


def _sentence_decision(
    sentence: str, alone: bool = False, last: bool = False, reviewing: bool = False
) -> str | None:
    """The decision a sentence of running minutes records, if it records one (`alone`: the whole passage; `last`:
    the passage's closing sentence; `reviewing`: the passage goes through earlier errands)."""
    if _NOT_DECISION.search(sentence):
        return None
    labelled = _label(sentence)
    if labelled:  # "Balance £1,432. Agreed: the CC will give £150 to the gala."
        return labelled
    resolved = RESOLVED.match(sentence)
    if resolved and "resolv" in resolved.group().lower() and sentence[resolved.end() :].strip():
        return sentence[resolved.end() :]  # "Apologies were received. Resolved to accept them."
    voted = _VOTED.search(sentence)
    if voted and not _FAILED.search(sentence) and not _AGAINST_IT.search(voted.group("how")):
        return sentence
    within = _RESOLVED_WITHIN.search(sentence)
    if within:  # "After discussion, resolved to accept the quote …"
        return sentence[within.start("to") :] if within.group("to") else sentence[within.end() :]
    if _APOLOGIES.match(sentence):
        return None
    head, colon, tail = sentence.partition(": ")
    if (
        colon
        and len(head.split()) <= 6
        and (_APPROVAL.search(tail) or _ACTOR_APPROVES.match(tail) or _body_decides(tail))
    ):
        sentence = tail  # "Forward Plan: The forward plan was approved …"
    if _IT_WAS_AGREED.search(sentence):
        return _agreed(sentence)
    if _MOTION.search(sentence) and not _FAILED.search(sentence) and not _MOTION_BY_NAME.search(sentence):
        return sentence
    if _APPROVAL.search(sentence) or _ACTOR_APPROVES.match(sentence):
        return sentence
    body = _body_decides(sentence)
    if body:
        return body
    content = _CONTENT.search(sentence)
    if content:
        return sentence[content.start("who") :]
    if _PLANNING_ANSWER.match(sentence) and re.search(r"\bapplication\b", sentence, re.I):
        return sentence  # "The Council supports the application for a farm shop."
    if (
        (alone and _NOTED_ALONE.match(sentence))
        or ((alone or last) and _BODY_NOTED.match(sentence))
        or _ITEM_DEFERRED.search(sentence)
        or (not reviewing and _PUT_OFF_NOW.search(sentence))
    ):
        return sentence
    if _VERDICT_AFTER.search(sentence):
        return sentence
    if _PUT_AND_AGREED.search(sentence) and not _NO_MATTER.search(sentence):
        return sentence
    if _PROPOSAL_AGREED.search(sentence):
        return sentence
    if _RECORD_AGREED.match(sentence) or _WE_AGREED.match(sentence):
        return sentence
    bare = _BARE_AGREED_TO.search(sentence)
    if bare and not _DELIBERATE_TO.match(sentence[bare.end("agreed") :]):
        return sentence[bare.start("agreed") :]
    return None


# "Notes of the 14 January meeting agreed.", "Minutes of 3 March approved and signed": the record's approval, said short
_RECORD_AGREED = re.compile(
    r"^(?:the\s+)?(?:notes|minutes)\s+of\b.{0,80}?\b(?:agreed|approved|accepted|confirmed)"
    r"(?:\s+(?:and\s+)?signed)?(?:\s+as\s+(?:a\s+)?(?:correct|true|accurate)(?:\s+record)?)?\W*$",
    re.I,
)
# "We agreed the priorities would be …": informal notes speak of the meeting as "we"
_WE_AGREED = re.compile(r"^we\s+(?:all\s+)?(?:agreed|decided)\s+(?:that\s+|to\s+|the\s+|on\s+)", re.I)
# "Remembrance: agreed to lay a wreath …", "Wildflower walk – agreed to go ahead": agreed, its subject the meeting
_BARE_AGREED_TO = re.compile(r"(?:^|:\s+|\s[-–—]\s+)(?P<agreed>(?i:agreed|decided))\s+to\s+\w")
_DELIBERATE_TO = re.compile(r"\s+to\s+(?:note|receive|discuss|consider)\b", re.I)


def _on_application(decided: str, before: str) -> str:
    """ "RESOLVED to support the application" under "(a) 25/00012/FUL – 14 Tanners Row – change of use": the
    application the answer is given on, then the answer."""
    if (
        not _ANSWERS_APPLICATION.search(decided)
        or _APPLICATION_REF.search(decided)
        or not (_APPLICATION_REF.search(before) or _APPLICATION_WORD.search(before))
        or len(before.split()) > _TITLE_WORDS
    ):
        return decided
    return f"{re.sub(_MARKER, '', before, flags=re.IGNORECASE).strip()} {_clean(decided)}"


def _is_title(text: str) -> bool:
    """A heading-like line (an item's title) that a bare verdict or a "These were approved" refers to."""
    return bool(text) and len(text.split()) <= _TITLE_WORDS and not re.search(r"[.!?;,]$", text)


def _named(sentence: str, title: str) -> str:
    """ "These were approved" under "2. Minutes of the last meeting" says what was approved."""
    m = _PRONOUN.match(sentence)
    if not m or not _is_title(title):
        return sentence
    return (
        f"{title_case(_PARA_NUMBER.sub('', title.replace(chr(92), '')).rstrip(' :'))} {sentence[m.end() :]}"
    )


def _listed_line(passage: Passage, item: str | None) -> bool:
    """A short line of the list a "The following were agreed:" sets out."""
    return (
        passage.kind in ("paragraph", "list_item")
        and passage.item == item
        and len(passage.text.split()) <= _LISTED_WORDS
    )


def _label(flat: str) -> str | None:
    """What follows a label that records a decision: "RESOLVED – that …", "Decision: …", "RECOMMENDED that …",
    "AGREED that …", "Agreed to …"; a lower-case "recommended that" is advice to others, and an "Agreed that"
    with nothing to be done a sentiment."""
    m = RESOLVED.match(flat) or DECISION.match(flat)
    if not m:
        return None
    body = flat[m.end() :].strip()
    word = re.search(r"resolved|agreed|recommended", m.group(), re.I)
    if (
        m.re is DECISION
        or ":" in m.group()
        or not word
        or word.group().lower() == "resolved"
        or word.group().isupper()
    ):
        return body
    if (
        word.group().lower() == "agreed"
        and not re.match(r"\W*it\b", m.group(), re.I)
        and (body.lower().startswith("to ") or ("that" in m.group().lower() and _SHALL.search(body)))
    ):
        return body
    return None


def _fails_after(said: list[str], k: int, following: Passage | None) -> bool:
    """Whether the motion in sentence `k` fell, was lost or withdrawn in the sentences after it, or in the first
    sentence of the next passage."""
    after = said[k + 1 : k + 3]
    if len(after) < 2 and following is not None and following.kind in ("paragraph", "list_item"):
        after = [*after, *_sentences(verbatim(following.text))[:1]]
    return any(_FAILED.search(s) for s in after)


def _is_verdict(sentence: str) -> bool:
    """ "All agreed.", "Motion carried", "After debate the motion was put to the vote and carried."."""
    return bool(_VERDICT.match(sentence)) or (
        bool(_CARRIED.search(sentence))
        and not _FAILED.search(sentence)
        and len(sentence.split()) <= _VERDICT_WORDS
    )


def _moved_or_voted(text: str) -> bool:
    """A motion moved and seconded, or the vote on it: what the resolution recorded after it says again."""
    return bool(_MOTION.search(text) or _VOTED.search(text) or _CARRIED.search(text)) and not _FAILED.search(
        text
    )


def _put_before(said: list[str], k: int) -> int | None:
    """The first of the sentences just before `k` that put the matter `k` answers, if they did."""
    j = k
    while j > 0 and k - j < _PUT_SENTENCES and _PUTS.search(said[j - 1]) and not _FAILED.search(said[j - 1]):
        j -= 1
    return j if j < k else None


_OPENER_WORDS = 4  # "RESOLVED: That the Panel" over its numbered parts: the words each part goes on from
_PUT_SENTENCES = 3  # "X proposed …. The proposal was put to the vote: 6 for, 2 against. Motion carried."


def _lead(sentence: str, following: Passage | None) -> str | None:
    """ "Cabinet agreed to:" over lettered lines: the words each lower-case line goes on from ("" when none)."""
    m = _LEAD_IN.search(sentence)
    if not m or following is None:
        return None
    nxt = verbatim(following.text)
    if not (following.kind == "list_item" or re.match(_MARKER, nxt, re.I) or nxt[:1].islower()):
        return None
    return sentence[m.start("who") : m.end("open")] if m.group("who") and m.group("open") else ""


# a part of a motion set out over paragraphs: "(2) asks the Cabinet Member …;"
_MOTION_PART = re.compile(rf"{_MARKER}|^[“\"‘']")
_ACCORDINGLY = re.compile(r"\baccordingly\W*$", re.I)


def _provisional(out: list[Decision], said: str, passage: Passage, evidence: str) -> int | None:
    """A lead-in that says what was decided of a list below it ("RESOLVED to approve the following payments:"): the
    decision, unless numbered parts follow (then they are); None when it says nothing of its own ("RESOLVED that")."""
    if len(said.split()) < _LEAD_IN_WORDS:
        return None
    out.append(Decision(text=_clean(said), item=passage.item, evidence=passage.evidence(evidence)))
    return len(out) - 1


_LEAD_IN_WORDS = (
    3  # "to approve the following payments": a lead-in that says this much is a decision of its own
)


def read_decisions(passages: list[Passage]) -> list[Decision]:
    """Decisions in order; a bare "RESOLVED:" (or a lead-in "RESOLVED that Cabinet:", "Cabinet agreed to:") takes
    the numbered resolutions that follow it, "The following were agreed:" the short lines it lists, and a verdict
    ("All agreed.", "Motion carried") the matter put just before it."""
    out: list[Decision] = []
    pending = section = False
    provisional: int | None = None  # a lead-in kept as the decision unless numbered parts follow it
    lead = previous = ""
    put: str | None = None  # the last sentence of the passage before, when it put a matter to the meeting
    set_out: list[tuple[str, Passage]] = []  # the parts of a motion set out, for "… RESOLVED accordingly"
    passages = _unwrap(passages)
    i = count = 0
    while i < len(passages):
        made, count = len(out) > count, len(out)  # whether the passage before gave a decision
        passage = passages[i]
        following = (
            passages[i + 1] if i + 1 < len(passages) and passages[i + 1].item == passage.item else None
        )
        i += 1
        title, previous = previous, verbatim(passage.text)
        before, put = put, None
        if passage.kind == "item":  # its heading is only the title a bare "Noted." answers
            pending = False
            continue
        if passage.kind == "decision":  # a cell of a minutes table's Decision column records one
            cell = verbatim(passage.text)
            parts = (
                [passage.decided] if passage.decided else _numbered(_label(cell) or cell)
            )  # "(a) to …; (b) to …"
            out.extend(
                Decision(
                    text=_clean(re.sub(_MARKER, "", part, flags=re.IGNORECASE)),
                    item=passage.item,
                    evidence=passage.evidence(),
                )
                for part in parts
            )
            continue
        if passage.kind == "heading" and not RESOLVED.match(passage.text):
            section = bool(_DECISION_SECTION.match(passage.text.strip()))
            continue
        text = _PARA_NUMBER.sub("", passage.text) if passage.kind != "list_item" else passage.text
        lettered = bool(
            _PARA_LETTER.match(text)
        )  # "c) The bank reconciliation was noted.": one of a list of reports
        text = _PARA_LETTER.sub("", text)
        flat = verbatim(text)
        if pending:
            raw = verbatim(passage.text)
            numbered = (
                re.match(rf"{_MARKER}|^that\b", raw, re.I)
                or passage.kind == "list_item"
                or (lead and raw[:1].islower())
            )
            if numbered and not is_shouting(raw):  # "6 TREASURY MANAGEMENT" is the next item's heading
                if provisional is not None:
                    del out[provisional]  # the lead-in's parts are the decisions, not the lead-in
                    provisional = None
                body = re.sub(_MARKER, "", raw, flags=re.I)
                if lead and body[:1].islower():  # "Cabinet agree to:" + "(a) the Plan" is one sentence
                    body = f"{lead} {body}"
                out.append(Decision(text=_clean(body), item=passage.item, evidence=passage.evidence(raw)))
                continue
            pending, lead, provisional = False, "", None
        raw = verbatim(passage.text)
        if set_out and (set_out[-1][1].item != passage.item or not _MOTION_PART.match(raw)):
            set_out = [] if not _ACCORDINGLY.search(flat) else set_out
        elif set_out:
            set_out.append((raw, passage))
            continue
        if set_out and _ACCORDINGLY.search(flat) and "resolved" in flat.lower():
            # "The motion was CARRIED, and it was RESOLVED accordingly": what the motion set out, part by part
            out.extend(
                Decision(
                    text=_clean(re.sub(_MARKER, "", part, flags=re.I).rstrip(';."”')),
                    item=where.item,
                    evidence=where.evidence(part),
                )
                for part, where in set_out
                if re.match(_MARKER, part)
            )
            set_out = []
            continue
        labelled = _label(flat)
        if labelled is not None:
            body = labelled
            kept = count
            # under one item, paragraphs between ("Following a debate, the recommendations were carried.") or not
            near = made or passage.item is not None
            while (
                near
                and kept > 0
                and out[kept - 1].item == passage.item
                and _moved_or_voted(out[kept - 1].text)
            ):
                kept -= 1
            del out[
                kept:
            ]  # "X nominated Y, seconded by Z. … Motion carried." then "RESOLVED: That Y be elected"
            count = len(out)
            parted = (
                following is not None
                and bool(re.match(_MARKER, verbatim(following.text), re.I))
                and not body.rstrip().endswith(".")
                and not re.match(r"(?:that\s+)?to\s", body, re.I)
            )
            opener = re.sub(r"^that\b\s*", "", body, flags=re.I).rstrip(" :")
            if not body or body.endswith(":") or (parted and len(opener.split()) <= _OPENER_WORDS):
                # "RESOLVED that" / "RESOLVED: That the Panel" over "(1) supports …;" "(2) notes …": each part
                pending, lead = True, opener if parted else body.rstrip(" :")
                provisional = _provisional(out, opener, passage, flat)
                continue
            parts = _numbered(body)
            if len(parts) == 1:
                parts = [
                    _on_application(_sentences(body)[0], title)
                ]  # not the narrative that follows a decision
            for part in parts:
                out.append(
                    Decision(
                        text=_clean(re.sub(_MARKER, "", part, flags=re.I)),
                        item=passage.item,
                        evidence=passage.evidence(flat),
                    )
                )
            pending = bool(re.match(_MARKER, body, re.I))  # "RESOLVED: (A) That …" goes on with "(B) …"
            continue
        if section and passage.kind == "paragraph":
            first = _sentences(flat)[0] if flat else flat
            if first.endswith(":"):
                pending, lead = True, first.rstrip(" :")
                continue
            out.append(Decision(text=_clean(first), item=passage.item, evidence=passage.evidence(first)))
            continue
        if _QUOTED.match(flat) and _MOTION_LEAD.search(title):  # a motion set out: decided only when carried
            put = flat.strip("“”\"‘’' ")
            set_out = [(flat, passage)]
            continue
        answer = _planning_answer(flat, title)
        if answer:
            out.append(Decision(text=answer, item=passage.item, evidence=passage.evidence(answer)))
            continue
        said = _sentences(flat)
        if before and len(said) == 1 and _is_verdict(said[0]):  # "Agreed." under "The Clerk suggested …"
            answered = f"{before} {said[0]}"
            out.append(
                Decision(text=_clean(answered), item=passage.item, evidence=passage.evidence(answered))
            )
            continue
        if _BARE_VERDICT.match(flat):
            if _is_title(title) and not title.endswith(":"):
                out.append(
                    Decision(text=f"{title}: {flat}", item=passage.item, evidence=passage.evidence(flat))
                )
            continue
        if (
            _PROPOSED_BY.match(flat)
            and len(flat.split()) <= _MOTION_LINE_WORDS
            and title
            and not made
            and not _FAILED.search(flat)
        ):
            if following is not None and _SECONDED_BY.match(following.text.strip()):
                motion = f"{title} {flat} {verbatim(following.text)}"  # the motion is the line above
                i += 1
            elif _MOTION.search(flat):  # "Proposed: Cllr Imber, Seconded: Cllr Dunn, all in favour."
                motion = f"{title} {flat}"
            else:
                motion = ""
            if motion:
                out.append(
                    Decision(text=_clean(motion), item=passage.item, evidence=passage.evidence(motion))
                )
                continue
        lowered = flat.lower()
        if said and _PUTS.search(said[-1]) and not _FAILED.search(said[-1]):
            put = said[-1]  # a verdict may answer it in the next passage
        if not any(word in lowered for word in _DECISION_WORDS):
            continue  # cheap: no decision can be worded without one of these
        caps = RESOLVED_CAPS.search(flat)
        if caps and caps.start() > 0:
            # "The standing orders … were reviewed and readopted. RESOLVED that …": what was decided before it too
            for earlier in _sentences(flat[: caps.start()]):
                decided = None if _moved_or_voted(earlier) else _sentence_decision(earlier)
                if decided:  # (a motion moved and seconded is the resolution after it, said again)
                    out.append(
                        Decision(text=_clean(decided), item=passage.item, evidence=passage.evidence(earlier))
                    )
            body = flat[caps.end() :].strip()
            if body:
                parts = _numbered(body)
                if len(parts) == 1:
                    parts = _sentences(body)[
                        :1
                    ]  # "RESOLVED: to apply for 40 whips. The Deputy Clerk to submit …"
                for part in parts:
                    out.append(
                        Decision(
                            text=_clean(part),
                            item=passage.item,
                            evidence=passage.evidence(flat[caps.start() :]),
                        )
                    )
            else:
                pending = True
            put = None
            continue
        taken: set[int] = set()  # sentences already part of a decision
        for k, sentence in enumerate(said):
            if k in taken:
                continue
            if k == len(said) - 1:
                opened = _lead(sentence, following)
                if opened is not None:  # "Cabinet agreed to:" and the lettered lines below it
                    pending, lead = True, opened
                    break
                if sentence.endswith(":") and _APPROVAL.search(
                    sentence
                ):  # "The following payments were approved:"
                    pending, lead = True, ""
                    provisional = _provisional(out, sentence.rstrip(" :"), passage, sentence)
                    break
            found: str | None = None
            answers = ""  # the item's title a bare verdict answers
            if _is_verdict(sentence):
                j = _put_before(said, k)
                if j is not None and not set(range(j, k)) & taken:
                    found = sentence = " ".join(said[j : k + 1])
                elif k == 0 and before:  # "Cllr Pike proposed …" then "All agreed. The Clerk would order it."
                    found = sentence = f"{before} {sentence}"
                elif (
                    k == 0 and _BARE_VERDICT.match(sentence) and _is_title(title) and not title.endswith(":")
                ):
                    found, answers = sentence, title  # "Approved. Proposed by …" under its item's title
                elif (
                    k > 0
                    and not taken
                    and _is_title(said[k - 1].rstrip("."))
                    and not _FAILED.search(said[k - 1])
                ):  # "Carnival Committee - £500. AGREED."
                    found = sentence = f"{said[k - 1]} {sentence}"
                    taken.add(k - 1)
            if not found:
                found = _sentence_decision(
                    _named(sentence, title) if k == 0 else sentence,
                    alone=len(said) == 1 and not lettered,
                    last=k == len(said) - 1,
                    reviewing=passage.reviewing or bool(_THROUGH_THE_LOG.search(passage.text)),
                )
            if (
                not found
                and _PROPOSES.search(sentence)
                and k + 1 < len(said)
                and _SECONDED_BY.match(said[k + 1])
            ):
                found = re.sub(_MARKER, "", f"{sentence} {said[k + 1]}", flags=re.I)
                sentence = found
                taken.add(k + 1)
            if not found:
                continue
            taken.add(k)
            if (_PUTS.search(sentence) or _MOTION.search(sentence)) and _fails_after(
                said, max(taken), following
            ):
                continue
            if _PRONOUN_MATTER.search(
                found
            ):  # "The protocol was discussed. This was adopted.": the matter before
                if found != sentence and sentence.endswith(found):
                    found = sentence  # "Seat, Lynn Road - It was agreed that this should be replaced."
                elif k > 0 and k - 1 not in taken and len(said[k - 1].split()) <= _ANTECEDENT_WORDS:
                    found = sentence = f"{said[k - 1]} {sentence}"
                    taken.add(k - 1)
            if (
                k > 0 and k - 1 not in taken and found == sentence[-len(found) :]
            ):  # "24/0119/FUL – 9 dwellings. …
                on = _on_application(
                    found, said[k - 1]
                )  # … It was resolved to object on the grounds of access."
                if on != found:
                    found = sentence = f"{said[k - 1]} {sentence}"
                    taken.add(k - 1)
            if k + 1 < len(said) and _MOVERS.match(said[k + 1]) and not _FAILED.search(said[k + 1]):
                found = sentence = f"{sentence} {said[k + 1]}"  # "… adopted. Prop. Cllr Pike, 2nd Cllr Moss."
                taken.add(k + 1)
            if k + 1 < len(said) and _is_verdict(said[k + 1]):
                taken.add(
                    k + 1
                )  # "… seconded that the quote be accepted. All in favour." is answered already
            evidence = passage.evidence(sentence)
            if found.endswith(":"):  # "The following were agreed:" and the short lines it lists
                listed: list[str] = []
                while (
                    i < len(passages)
                    and len(listed) < _LISTED_LINES
                    and _listed_line(passages[i], passage.item)
                ):
                    listed.append(clean_entry(verbatim(passages[i].text)))
                    i += 1
                found = f"{found} {'; '.join(listed)}" if listed else found
            found = f"{answers}: {found}" if answers else found
            out.append(Decision(text=_clean(found), item=passage.item, evidence=evidence))
        if len(said) - 1 in taken:
            put = None
    return out
