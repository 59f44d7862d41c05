"""Progress reported on earlier actions: "Action 44 remains open", a "matters arising" entry
that says the report "had been circulated", a line of an actions-arising list with its status."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from scrutiny.extract.owners import looks_like_owner
from scrutiny.extract.passages import Passage
from scrutiny.extract.status import done_after_dash, opening_status, read_status, reported_status
from scrutiny.extract.text import DOTTED_MINUTE, Gated, sentences, verbatim
from scrutiny.record import ActionUpdate
from scrutiny.words import Status

# "Action 44 remains open", "Actions 41 and 43 (…) complete", "Action point 2 – Closed", "AP7 – … – complete"
PROSE_UPDATE = Gated(
    re.compile(
        r"(?:\b[Aa]ctions?(?:\s+[Pp]oints?)?\s+|(?<![\w/])(?=AP\s?\d))"
        # "Action 44", "AP7", "Action A9", "Action PAB/19"
        r"(?P<refs>(?:AP\s?|[A-Z]{2,5}[\s/]|[A-Z]{1,3}(?=\d))?\d{1,4}(?:/\d{2})?"
        r"(?:\s*(?:,|and|&)\s*(?:AP\s?|[A-Z]{2,5}[\s/]|[A-Z]{1,3}(?=\d))?\d{1,4}(?:/\d{2})?)*)"
        r"\s*(?:\((?P<desc>[^)]*)\))?(?P<rest>[^.;]*)"
    ),
    "action",
    "ap",
)
# In a review of the action tracker, an action named by its code alone: "JAC/24/03 (fraud risk assessment to be
# shared) was complete", "CGB/23/12 remains open"
_CODED_UPDATE = Gated(
    re.compile(
        r"(?<![\w/])(?P<refs>[A-Z]{2,5}/\d{2}/\d{1,3})(?![\w/])\s*(?:\((?P<desc>[^)]*)\))?(?P<rest>[^.;]*)"
    ),
    "/",
)
# "Post-meeting note:", "Update after the meeting:", "Since the meeting, …": what was done after the meeting itself
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_AFTERWARDS = (
    r"\bpost[\s-]*meeting\s+(?:note|update)s?\b|\b(?:notes?|updates?)\s+(?:added\s+)?(?:after|since)\s+the\s+"
    r"meeting\b|^\W*since\s+the\s+meeting\b"
)
UPDATES_HEADING = Gated(
    re.compile(
        r"\bactions?\s+arising\s+from\b(?!\s+(?:this|today[’']?s?)\b)|\bmatters\s+arising\b|"
        r"\baction\s+(?:log|schedule|tracker|sheet)\b|"
        r"\breview\s+of\s+(?:the\s+)?(?:(?:last|previous)\s+(?:meeting[’']?s?\s+)?)?action(?:s|\s+points|\s+log)\b|"
        r"\baction\s+points?\s+(?:arising\s+)?from\s+(?:the\s+)?(?:last|previous|earlier|prior)\b|"
        # "Action points from February", "Actions from the March meeting": an earlier meeting named by its month
        rf"^\W*(?:\d{{1,2}}[.)]?\s+)?(?:action\s+points?|actions|matters)\s+(?:arising\s+)?from\s+(?:the\s+)?{_MONTH}\b|"
        r"\b(?:issues|matters|items|points|concerns)\s+(?:raised|discussed|reported)\s+(?:at|during)\s+(?:the\s+)?"
        r"(?:last|previous|earlier)\s+meeting\b|"
        r"\b(?:updates?|feedback|progress)\s+(?:on|from)\s+(?:the\s+)?(?:last|previous|earlier)\s+meeting\b|"
        rf"{_AFTERWARDS}|"
        r"\boutstanding\s+(?:actions|matters|items|issues)\b|\bmatters\s+outstanding\b|\bprevious\s+actions\b|"
        # "Follow-up from the previous meeting", "Issues from previous meetings", "Actions review", "Previous action points"
        r"\bfollow[\s-]*ups?\s+(?:from|on|of)\s+(?:the\s+)?(?:last|previous|earlier|prior|actions)\b|"
        r"\b(?:issues|matters|items|points)\s+from\s+(?:the\s+)?(?:last|previous|earlier|prior)\s+meetings?\b|"
        r"\bactions?\s+(?:review|progress)\b|\bprevious\s+action\s+points?\b|"
        r"\bupdates?\s+(?:on|from)\s+(?:the\s+)?(?:last|previous)\s+minutes\b|"
        # "What happened since March", "Progress since the last meeting", "Done since February"
        rf"\b(?:happened|done|progress)\s+since\s+(?:the\s+)?(?:last|previous|{_MONTH}\b)|"
        r"\bactions?\s+from\s+(?:the\s+)?(?:last|previous|earlier|prior)\b|"
        r"\bmatters\s+from\s+(?:the\s+)?(?:last|previous|earlier)\b|"
        r"\b(?:updates?|reports?|progress)\s+on\s+(?:the\s+)?(?:(?:previous|earlier|outstanding)\s+"
        r"(?:actions|matters|items|resolutions|decisions)|actions)\b|"
        r"\bactions?\s+updates?\b|\b(?:ongoing|continuing)\s+(?:matters|issues|items)\b|"
        # "Previous notes and actions", "Last meeting's minutes and actions"
        r"\b(?:previous|last)\s+(?:meeting[’']?s?\s+)?(?:notes|minutes)\s+(?:and|&)\s+actions\b|"
        r"\b(?:matters|items)\s+carried\s+forward\b|"
        # "Review of last meeting's priorities", "Last meeting's issues": a police panel's priorities looked back on
        r"\b(?:review\s+of\s+)?(?:the\s+)?(?:last|previous)\s+(?:meeting|time)['’]?s?\s+(?:priorities|issues|matters|points|concerns|actions)\b|"
        # "From last time", "Since the last meeting", "What's been happening since September", "Progress since our last meeting"
        r"^\W*(?:actions?\s+|matters\s+|items\s+|points\s+)?from\s+last\s+time\b|"
        r"^\W*(?:progress\s+|updates?\s+|news\s+)?since\s+(?:the\s+|our\s+)?(?:last|previous)\s+meeting\W*$|"
        r"^\W*what['’]?s\s+(?:been\s+)?happen(?:ed|ing)\s+since\b|"
        r"^\W*(?:the\s+)?(?:town\s+|parish\s+|deputy\s+)?clerk[’'`]?s\s+(?:report|update)\b|"  # what was done since
        r"^\W*report\s+(?:of|from)\s+the\s+(?:town\s+|parish\s+)?clerk\b",
        re.I,
    ),
    "arising",
    "action",
    "review",
    "raised",
    "discussed",
    "reported",
    "update",
    "feedback",
    "progress",
    "meeting",
    "outstanding",
    "previous",
    "earlier",
    "matters",
    "ongoing",
    "continuing",
    "carried",
    "clerk",
    "last time",
    "since",
    "last meeting",
    "previous meeting",
)
# A heading that names no listed form may still say it looks back on earlier tasks: a word for the past ("last
# time's", "previous", "since", "outstanding") with a word for what was to be done ("promises", "requests",
# "actions", "what happened"), and no word for what is new ("What happened to last time's promises?", "Requests
# still outstanding", "Follow-ups since March"). Short, as a heading is.
_PAST_CUE = re.compile(
    rf"\b(?:last|previous|earlier|prior|since|outstanding|(?:carried|brought)\s+forward|from\s+{_MONTH}\b|"
    rf"{_MONTH}['’]s\b)",
    re.I,
)
_TASK_CUE = re.compile(
    r"\b(?:actions?|promises?|undertakings?|requests?|commitments?|tasks?|jobs|to[\s-]+dos?|follow[\s-]*ups?|"
    r"what\s+(?:has\s+)?happened|progress|updates?|matters|points|issues|items|asks|recommendations)\b",
    re.I,
)
_KEPT_CUE = re.compile(
    r"\b(?:tracker|log|register)\b", re.I
)  # "Actions and Recommendations Tracker": kept over time
_NEW_CUE = re.compile(r"\b(?:next|new|this|today['’]?s?|future|forthcoming|coming|agreed\s+at)\b", re.I)
_CUED_WORDS = 10


def reviews_earlier(text: str) -> bool:
    """Whether a heading or a label ("Matters arising", "What happened to last time's promises?") heads a review of
    progress on earlier actions: a named form of one, or the cue words above."""
    if UPDATES_HEADING.search(text):
        return True
    if len(text.split()) > _CUED_WORDS:
        return False
    if not _TASK_CUE.search(text) or _NEW_CUE.search(text):
        return False
    return bool(_PAST_CUE.search(text) or _KEPT_CUE.search(text))


_REVIEWED = Gated(
    re.compile(
        r"\b(?:through|reviewed|updated\s+on|went\s+through)\s+(?:the\s+)?(?:action\s+(?:log|schedule|tracker)|"
        r"actions)\b|"
        # "Members were updated on the outstanding recommendations", "briefed on progress with earlier actions"
        r"\b(?:updated|briefed|informed)\s+on\s+(?:the\s+)?(?:progress\s+(?:on|with)\s+(?:the\s+)?)?"
        r"(?:outstanding|previous|earlier|open)\s+(?:actions|recommendations|matters|items|requests)\b",
        re.I,
    ),
    "action",
    "outstanding",
    "previous",
    "earlier",
    "open",
)
_PROGRESS = re.compile(
    r"\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:circulated|completed|done|received|provided|published|closed|deferred|delivered|"
    r"discharged|carried\s+forward)\b|\bremain(?:s|ed)?\s+(?:open|in\s+progress|outstanding|ongoing|on\s+track|under\s+consideration)\b|\bstill\s+(?:open|outstanding)\b|\bis\s+(?:complete|ongoing|overdue|in\s+progress)\b|"
    r"\bwas\s+complete\b|\bcurrently\s+\w+ing\b|\bat\s+present\b|\bongoing\b|\bon\s+target\b|\bin\s+progress\b",
    re.I,
)
# An entry of a matters-arising list: "c) Bus stops - the signs are still awaited", "4.1 …", "* …"
_ENTRY_MARK = re.compile(
    r"^\s*(?:\\?[*•\-–]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})?)[.)]\s+|\d{1,2}\.\d{1,2}\s+)"
)
_TOPIC_WORDS = 12  # "The Culvert Bridge Road - …": a label longer than this is a sentence with a dash in it
_LABEL_PATTERN = re.compile(r"^(?P<topic>[^.:;–]+?)(?::\s+|\s+[-–]\s+)(?P<report>\S.*)$", re.S)
# a title's or an abbreviation's full stop inside a topic: "Cllr. Tierney's request …:", "Kilbrack N.S.:"
_ABBREVIATION_STOP = re.compile(r"(?<![\w.])((?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z]))\.(?=\s*[A-Z\w])")


def _label(text: str) -> re.Match[str] | None:
    """A label before a colon or dash, its topic allowed the full stops of abbreviations ("Cllr. Tierney's
    request: …"); the match is on the text with those stops as one-dot leaders, the same length."""
    return _LABEL_PATTERN.match(_ABBREVIATION_STOP.sub(lambda m: f"{m.group(1)}\u2024", text))


_MINUTE_REF = (
    rf"(?:[A-Z]{{2,5}}/)?\d{{1,3}}/\d{{2,4}}(?:/\d{{1,3}})?|[A-Z]{{1,5}}/\d{{2}}/\d{{2,3}}|{DOTTED_MINUTE}|"
    r"[A-Z]{2,5}\s?\d{2}[-/]\d{2,3}"
)
_LEADING_REF = re.compile(
    rf"^({_MINUTE_REF})\s*[:\-–]?\s*"
    # a log's own number before a colon or dash: "A12 – …", "RPB 41: …" (not a quarter, "Q3 – …")
    r"|^((?!Q[1-4]\b)[A-Z]{1,4}\s?\d{1,3})\s*(?::|\s[–—-])\s*"
    # the earlier meeting's item or minute by its number: "Item 5 of 9 December (…):", "(min 31) …"
    r"|^(?:Item|Minute)\s+(\d{1,3}[a-z]?)\s+of\s+(?:the\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|last|previous|[A-Z][a-z]+)\b\s*"
    r"|^\((?:min(?:ute)?\.?|item|action)\s*(\S{1,10}?)\)\s*"
)
# … or the earlier minute in brackets after the topic: "Dog bin at Mill Green (106/24) – installed"
_TOPIC_REF = re.compile(rf"\((?:(?:minute|min\.?|item|action)\s*)?({_MINUTE_REF})\)$", re.I)
# A status said last, after a dash, in a word or two: "… in the May issue - complete.", "… – done."
_STATUS_LAST = re.compile(
    r"(?:\s[-–—]\s+|;\s+|\s\()(?P<status>\w+(?:\s+\w+){0,2})\)?\W*$"
)  # "… – done.", "…; outstanding;", "… (done)."
_MINUTE_LEAD = re.compile(
    r"^(?:Minute|Min\.?)\s*(?:No\.?\s*)?([A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*)\s*[:\-–]?\s*"
)
# "Noticeboard removed (CA)", "Litter bin liner ordered at a cost of £13", "(Ordered at cost of £13: Clerk)": a
# list entry that names a job and says it was done, with no verb to be; the jobs a parish or a force has done
_JOBS = (
    r"removed|moved|ordered|repaired|replaced|placed|installed|fitted|erected|cleared|cut|strimmed|trimmed|mown|mowed|"
    r"(?:re)?painted|refilled|emptied|cleaned|fixed|mended|sent|paid|purchased|bought|delivered|collected|completed|"
    r"submitted|posted|published|circulated|renewed|reinstated|restored|resurfaced|treated|sprayed|planted|booked|"
    r"arranged|organi[sz]ed|contacted|returned|signed|put\s+up|taken\s+down|relocated|inspected|serviced|supplied|"
    r"done|built|laid|swept|actioned|cancelled|written|issued|agreed\s+and\s+signed"
)
_MINUTE = re.compile(r"^(\d{1,4})/(\d{1,4})\b")  # a council's running minute number, "15/32"
# An entry that opens with the earlier minute it reports on, named before a colon or dash: "Minute 24/92: …",
# "C24/118 Christmas lights: …", at the start of the paragraph or of a sentence
_REF_OPENS = re.compile(
    r"(?:^|(?<=[.;!?])\s+)(?P<ref>(?:(?:Minute|Min\.?|Item)\s*(?:No\.?\s*)?[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*"
    rf"(?:\s?\([a-z]{{1,3}}\))?|[A-Z]{{0,4}}\d{{1,4}}/\d{{1,4}}|{DOTTED_MINUTE})\b"
    r"(?=[^.:;–]{0,80}?(?::|\s[–-])\s)"
    # "Arising from minute 33 (…), …": a report by the earlier minute it names
    r"|(?i:arising\s+from|further\s+to)\s+(?i:minute)\s+[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*\b)"
)
# Where a sentence reports a second step: "…; a reply is awaited", "… and they were repaired in February"
_CLAUSE = re.compile(
    r";\s+|,?\s+(?:and|but)\s+(?=(?:they|we|it|this|these|the|he|she|a|an)\b)", re.IGNORECASE
)
# "… had been sent; no reply had yet been received": a letter or request sent is an errand done, whoever answers it
_SENT = re.compile(r"\b(?:sent|written|wrote|posted|e-?mailed|submitted|delivered)\b", re.IGNORECASE)
_UNANSWERED = re.compile(
    r"^\W*(?:(?:but|although|though)\s+)?(?:as\s+yet\s+|so\s+far\s+)?no\s+(?:reply|response|answer|acknowledge?ment)\b",
    re.IGNORECASE,
)
# An errand promised at an earlier meeting, told again before its progress: "Tracey said she'd get the council to …",
# "Derek was going to find out …", "Sam had agreed to write to …"
RETOLD = re.compile(
    r"^(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said\s+(?:that\s+)?(?:she|he|they|we)(?:['’]d|\s+would)|"
    r"(?:was|were)\s+going\s+to|had\s+(?:agreed|promised|offered|undertaken|volunteered)\s+to)\s"
)
_FRAGMENT = 3  # words: a "sentence" this short before an entry's report is a title or a number run on
_SUBJECT_WORDS = 10  # the job named before its participle: "New litter bin liner for the High Street wall"
_NOT_SUBJECT = (
    r"(?:is|are|was|were|be|been|being|to|has|have|had|will|would|should|shall|may|can|could|must|"
    r"not|it|that|who|which)"
)
_JOB_DONE = re.compile(
    rf"^(?:(?!{_NOT_SUBJECT}\b)[\w’'&/£.,-]+\s+){{0,{_SUBJECT_WORDS}}}?\(?(?:{_JOBS})\b"
    r"(?=\s*(?:$|[(.;,:–-]|(?:by|at|on|in|from|for|with|and|to|last|this|before|during|over|under|as|after|since)\b))",
    re.I,
)
# "two signs were ordered by the Clerk": a job done, said in the simple past
_JOB_PASSIVE = re.compile(
    rf"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:now\s+|already\s+)?(?:{_JOBS})\b", re.I
)
_NOTE = re.compile(r"\((?P<note>[^()]+)\)\W*$")  # "… (PENDING: CA)": a status noted after the entry
# Run-in lists: "u) Drains … investigated v) Lights at School - …",
# "Actions – Bench repaired (TW) – Sign ordered (CA) – …"
_LETTER = re.compile(r"(?:^|(?<=\s))\(?([a-z])\)\s")
_RUN_IN_DASH = re.compile(r"\s[–—-]\s")
_RUN_IN_PIECES = 3  # a paragraph of entries joined by dashes has at least this many pieces …
_RUN_IN_REPORTS = 2  # … and this many are entries reporting progress; else it is one entry with dashes in it
_ENTRY_WORDS = 15  # a piece of a run-in list this short is an entry, whatever else it says
# "The items the Rangers were able to carry out are as follows: A, B", "… unable to carry out are: C; D"
_INTRODUCED = Gated(
    re.compile(r"^(?P<lead>[^:]*?\b(?:are|were)(?:\s+as\s+follows)?)\s*:\s*(?P<list>\S.*)$", re.S), ":"
)
_LEAD_UNDONE = re.compile(
    r"\b(?:unable|not\s+able)\s+to\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:carried\s+out|done|completed)\b|\boutstanding\b",
    re.I,
)
_LEAD_DONE = re.compile(r"\bcarr(?:y|ied)\s+out\b|\bcompleted\b|\bdone\b|\bfinished\b", re.I)
# A sentence that looks back to an earlier meeting or request: what it reports is progress on an earlier matter
_ANSWER = r"(?:repl(?:y|ies)|response|answer|feedback|quotes?|quotations?|costs?|estimates?)"
_EARLIER = re.compile(
    r"\b(?:since|following|after|at)\s+the\s+(?:last|previous|earlier)\s+meeting\b|^\W*since\s+the\s+meeting\b|"
    r"\bpreviously(?=\s*(?:[,.;]|and\b|but\b))|"  # "passed on to Highways previously", not "has previously played"
    r"\boriginally\s+(?:scheduled|planned|due|intended|expected)\b|\b(?:has|have|had)\s+now\s+been\b|"
    r"\bstill\s+(?:not|awaited|awaiting|outstanding|to\s+be)\b|\b(?:has|have|had)\s+still\s+(?:not|to)\b|"
    rf"\bas\s+(?:(?:we|was|had\s+been)\s+)?(?:agreed|requested|instructed|planned|promised)\b|\bawait(?:ed|ing)\s+(?:a\s+|an\s+|the\s+|further\s+)*{_ANSWER}\b|"
    rf"\b{_ANSWER}\s+(?:\w+\s+){{0,12}}?(?:is|are|was|were)\s+(?:still\s+)?awaited\b|"
    r"\bchased\b|\bfollow(?:ed|ing)\s+up\b|\bno\s+(?:further\s+)?(?:response|reply|news)\b|"
    # "Arising from minute 23, …", "Further to minute 27, …", "With reference to item 5 of the last minutes, …"
    r"^\W*(?:arising\s+from|further\s+to|with\s+reference\s+to|in\s+relation\s+to|following\s+up)\s+(?:minute|item|action)\b",
    re.I,
)
# A word every look back has: one cheap search rules out most sentences before _EARLIER's costly one
_EARLIER_CUE = (
    "meeting",
    "previously",
    "originally",
    "now been",
    "still",
    "as agreed",
    "as requested",
    "as instructed",
    "as we agreed",
    "as was agreed",
    "as planned",
    "as promised",
    "await",
    "chased",
    "follow",
    "no response",
    "no reply",
    "no news",
    "no further",
    "minute",
    "item",
    "action",
)
# "Two complaints had been received since the last meeting": news of the period, not progress on an action
_RECEIVED = re.compile(
    r"\b(?:been\s+)?received\s+since\b|\b(?:no|\d+|one|two|three|several)\s+\w+\s+(?:had|have|has)\s+been\s+received\b",
    re.I,
)
_DID = re.compile(
    r"(?<!\bto\s)(?<!\bbe\s)\b(?:sent|wrote|contacted|ordered|submitted|spoke|met|installed|repaired|replaced|removed)\b",
    re.I,
)
# "Members noted with concern that …", "The Panel asked …": the body's own discussion, not a report of progress
_DISCUSSION = re.compile(
    r"^(?:the\s+)?(?:members?|panel|board|committee|council(?:lors)?|meeting)\s+(?:\w+\s+)?"
    r"(?:noted|asked|queried|discussed|expressed|raised|questioned|sought|welcomed|requested|considered|agreed|concerned)\b|"
    # a question put at the meeting: "Councillor Coyle asked why the figures had taken three months"
    r"^(?:[A-Z][\w’'.-]*\s+){1,4}(?:asked|queried|wondered|questioned)\s+(?:why|whether|how|what|when|if)\b",
    re.I,
)
_COMMON = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "will",
        "would",
        "should",
        "could",
        "still",
        "they",
        "them",
        "their",
        "there",
        "which",
        "what",
        "when",
        "where",
        "also",
        "again",
        "said",
        "says",
        "told",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "upon",
        "after",
        "before",
        "since",
        "until",
        "further",
        "more",
        "some",
        "any",
        "each",
        "other",
        "than",
        "then",
        "very",
        "just",
        "only",
        "once",
        "made",
        "done",
        "sent",
        "meeting",
        "minutes",
        "matter",
        "matters",
        "item",
        "items",
        "update",
        "updates",
        "report",
        "reports",
        "action",
        "actions",
        "response",
        "reply",
        "letter",
        "awaited",
        "awaiting",
        "outstanding",
        "progress",
        "members",
        "member",
        "chair",
        "chairman",
        "clerk",
        "council",
        "councillor",
        "officer",
        "officers",
        "time",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "last",
        "next",
        "previous",
        "being",
        "does",
        "need",
        "needs",
        "take",
        "taken",
        "given",
        "seen",
        "here",
        "those",
        "these",
    }
)
_STATED = re.compile(
    r"\b(?:has|have|had|is|are|was|were|remain(?:s|ed)?)\b", re.I
)  # "… remains open", not "at present"
# A sentence that goes on about the matter of the one before it
_CONTINUES = re.compile(
    r"^(?:this|these|that|those|they|he|she|its|their|his|her|also|however|but|and|although|though|so|therefore|"
    r"then|further(?:more)?|unfortunately|it\b(?!\s+(?:was|had\s+been|has\s+been)\s+(?:confirmed|reported|noted)\b))\b",
    re.I,
)
# A past tense: "had withdrawn", "was read", "wrote", "replied"; irregular pasts that cannot be presents
_TOLD = re.compile(
    r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|t|d)\b|"
    r"(?<=\w\s)(?<!\bbe\s)(?<!\bto\s)(?<!\bnot\s)(?<!\byet\s)(?<!\bno\s)(?<!\bbeing\s)"
    r"\b(?!(?:need|proceed|exceed|succeed|speed|bleed|feed|seed|deed|breed|red|bed|shed|wed|led)\b)[a-z]{3,}ed\b|"
    r"\b(?:read\s+(?:out\s+)?(?:the|a|an)|said|wrote|sent|spoke|met|gave|told|made|took|came|went|found|paid|saw|got|"
    r"began|brought|bought|heard|knew|left|rang|replied)\b",
    re.I,
)
# "AGREED: that …", "RAG key: Blue – complete", "Note: …": a label that is no matter's name
_MARKER_LABEL = re.compile(r"\b(?:agreed|resolved|decisions?|actions?|notes?|key|status|rag|nb)\b", re.I)
# An entry that sets a task, records a decision or promises: "Clerk to obtain a quote", "it was agreed that …"
_TASK = re.compile(
    r"^(?:[\w’'.&/-]+\s+){0,4}?to\s+(?:be\s+)?\w+|\b(?:agreed|resolved|decided|proposed|seconded|will|would|"
    r"should|shall|must|needs?\s+to|asked|requested|suggested|discussed|raised|queried|noted|thanked)\b",
    re.I,
)
# "RAG key: Blue – complete; Red – overdue": what a tracker's statuses mean, not a report on any action
# a key to a tracker's colours: "Key: …", "RAG: Green - complete; Amber - in progress; Red - past its target date"
_KEY = re.compile(
    r"^\W*(?:(?:rag\s+|status\s+)?(?:key|legend)\b|rag\s*(?:status\s*)?:\s*(?:green|amber|red|blue)\b)",
    re.IGNORECASE,
)
_LEAD_LABEL = re.compile(
    r"^(?P<label>[^:.;–]{3,60}?)(?::|\s[–-]|\.)\s+(?P<rest>\S.*)$", re.S
)  # "Matters arising. …" too

_TOPIC_LINE = 6  # words: a heading-like line is short
_CLOSING = re.compile(
    r"^\W*(?:(?:this|the)\s+)?(?:action|item|matter)\s+(?:is\s+|was\s+|now\s+|therefore\s+|to\s+be\s+)*",
    re.IGNORECASE,
)
_CLOSING_WORDS = 3  # "Closed.", "Now complete.": a status said whole is short
_STATUS_TAIL_WORDS = 6  # "– completed", "– deferred to the June meeting": a status said after a dash is short
_STATUS_LEAD = re.compile(
    r"\s[–-]\s|[:;,]\s"
)  # a status stated first, then said more of: "Closed – superseded …"
_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\\?[.)]?\s+")
_LETTERED = re.compile(r"^(?:\\?[*•\-–]|\(?(?:[a-z]|[ivx]{1,4})[.)])\s")


def starts_topic(line: str) -> bool:
    """A short line with no sentence in it ("Planning:", "5. Chairman's Report", "Co-option of
    Councillor") starts another part of the minutes, so the matters-arising entries have ended; a
    lettered or bulleted line is one more entry."""
    text = _NUMBER.sub("", line.strip())
    return (
        len(text.split()) <= _TOPIC_LINE
        and not text.endswith(".")
        and not _LETTERED.match(text)
        and reported_status(text) is None
        and text[:1].isupper()
    )


def listed_update(passage: Passage) -> ActionUpdate:
    """An entry of an "actions arising from the June meeting" list: "Report to July CGB – completed"."""
    text = verbatim(passage.text)
    lead = _LEADING_REF.match(text) or _FURTHER_TO_MINUTE.match(text)
    ref = next((g for g in lead.groups() if g), None) if lead else None
    label = _label(text) if not lead else None
    if label and (bracketed := _TOPIC_REF.search(label.group("topic").rstrip())):
        ref = bracketed.group(1)  # "Dog bin at Mill Green (106/24) – installed …"
    tail = text.rpartition(" – ")[2]
    # a status said last, in a few words ("– completed"); else what the entry's prose reports, where "new" or
    # "green" is part of the story ("the new code issued to members"); a status word anywhere only then
    stated = read_status(tail) if len(tail.split()) <= _STATUS_TAIL_WORDS else None
    status = stated or read_status(text) or _status(sentences(text)[0])
    return ActionUpdate(
        ref=ref, text=text[lead.end() :] if lead else text, status=status, evidence=passage.evidence(text)
    )


def prose_updates(passage: Passage) -> list[ActionUpdate]:
    """ "Actions 41 and 43 (…) were confirmed as complete": one update per action number; a run-in list
    of entries that report progress; in a passage that walks through the action log, or opens with
    "Matters arising:", each sentence reporting progress; elsewhere a sentence that reports what was
    done since an earlier meeting ("The Clerk had written to Highways and was awaiting a reply")."""
    passage = _after_label(passage)
    listed = _introduced(passage) or _run_in(passage)
    if listed:
        return listed
    out: list[ActionUpdate] = []
    reviewing = passage.reviewing or bool(_REVIEWED.search(passage.text))
    coded = (
        reviewing and sum(1 for _ in _CODED_UPDATE.finditer(passage.text)) > 1
    )  # the tracker's actions reported one by one
    if (
        reviewing
        and passage.kind
        in ("paragraph", "list_item", "cell")  # a cell's paragraph: "Bird boxes – … Ongoing."
        and not PROSE_UPDATE.search(passage.text)
        and not coded
    ):
        entry = _entry(passage, any_report=True)
        if entry is not None:
            return entry
    told: list[tuple[str, Status]] = []  # a reviewing passage's sentences that report progress in other words
    numbered = False  # after "Action 13: … under way." a sentence with no number of its own ("Ongoing.") is part of it
    waiting: list[
        tuple[re.Match[str], str]
    ] = []  # "Action 1 (OM) – profile to be shared." waits for its "Complete."
    last = 0  # where the updates of the sentence before begin in `out`
    for sentence in sentences(verbatim(passage.text)):
        found = list(PROSE_UPDATE.finditer(sentence)) or (
            list(_CODED_UPDATE.finditer(sentence)) if coded else []
        )
        status = _status(sentence) if reviewing and not found and not numbered else None
        if status:
            told += _each_matter(sentence, status)
        # "Ongoing – date set for July." after an action that waits for its status (read only then: it is costly)
        # … or in the sentences after it: "Action 1 – Speed watch training. PCSO Hale confirmed the training took
        # place on 8 February. Complete."
        stated = (
            read_status(_STATUS_LEAD.split(sentence)[0]) or _status(sentence, strict=True)
            if waiting and not found
            else None
        )
        out += [
            u for m, said in waiting if stated for u in _numbered(m, f"{said} {sentence}", stated, passage)
        ]
        closing = _closing(sentence) if not waiting and not found and last < len(out) else None
        if closing:  # "… the timetable was circulated. Action closed.": the status the report ends on
            out[last:] = [replace(u, status=closing) for u in out[last:]]
        waiting = []
        numbered = numbered or bool(found)
        last = len(out)
        for k, m in enumerate(found):
            # "Action 13 (…): not yet arranged; to be rescheduled for the summer": the report in prose when the words
            # after the number state no status of their own, up to the next number the sentence names
            stop = found[k + 1].start() if k + 1 < len(found) else len(sentence)
            report = _status(sentence[m.end("refs") : stop], strict=True)
            # "…: not yet arranged; to be rescheduled for the summer": put off, whatever it says first
            status = report if report == "deferred" else read_status(m.group("rest")) or report
            if status is None and m.start() > 0 and len(found) == 1:
                # "Since January the council has painted the lines, which was our action 3 from last time": the
                # action named after the report of it
                status = _status(sentence[: m.start()])
            if status:
                out += _numbered(m, sentence, status, passage)
            else:
                waiting.append((m, sentence))
    kept = [
        (sentence, status)
        for k, (sentence, status) in enumerate(told)
        if k == 0 or _own_matter(sentence, [t for t, _ in told[:k]]) or _named_anew(sentence, told[:k])
    ]
    out += [
        ActionUpdate(
            ref=_opening_ref(sentence) or _named_minute(sentence),
            text=sentence.rstrip(".)]").rstrip("."),
            status=status,
            evidence=passage.evidence(sentence),
        )
        for sentence, status in kept
    ]
    return out or ([] if reviewing else _followed_up(passage))


# "… the noticeboard had been repaired and that the grass cutting contract had been renewed": two matters reported
_NEXT_MATTER = re.compile(
    r",?\s+and\s+that\s+|;\s+(?=the\s)|,?\s+and\s+(?=the\s+(?:[\w’'-]+\s+){1,6}?(?:had|has|have|was|were)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:\w+ed|\w+en|taken|held|done|sent|put|set|paid|made)\b)",
    re.I,
)
# a matter of its own is named as known: "the grass cutting contract" (not "… and the action was closed")
_NAMED_MATTER = re.compile(r"the\s(?!(?:action|item|matter|request|task|work|job|issue|point)s?\b)", re.I)
_MATTER_WORDS = 4  # a clause shorter than this is part of the report before it ("and it was done")


def _each_matter(sentence: str, status: Status) -> list[tuple[str, Status]]:
    """A sentence reporting progress on two matters joined by "and that" or "and the …": one report each, with the
    status each states; the sentence whole when a part states none."""
    parts = [p for p in _NEXT_MATTER.split(sentence) if p]
    if (
        len(parts) < 2
        or any(len(p.split()) < _MATTER_WORDS for p in parts)
        or not all(
            _NAMED_MATTER.match(p) for p in parts[1:]
        )  # "… and that a decision is awaited": the same one
    ):
        return [(sentence, status)]
    said = [_clause_status(p, strict=True) for p in parts]
    if not all(said):
        return [(sentence, status)]
    return [(p.rstrip(". "), s) for p, s in zip(parts, said) if s]


def _closing(sentence: str) -> Status | None:
    """The status a short sentence after a numbered action's report states whole: "Action closed.", "Complete."."""
    words = _CLOSING.sub("", sentence).strip(" .")
    return (
        read_status(words)
        if words and len(words.split()) <= _CLOSING_WORDS and opening_status(words, first=True)
        else None
    )


# "JAC/24/03 (publish the counter-fraud policy) was complete": a tracker's number opening the sentence
_OPENING_REF = re.compile(
    rf"^(?:[A-Z]{{1,5}}/\d{{2}}/\d{{1,3}}|[A-Z]{{2,5}}\s?\d{{1,3}}/\d{{2}}|{DOTTED_MINUTE})(?![\w/])"
)


def _opening_ref(sentence: str) -> str | None:
    m = _OPENING_REF.match(sentence)
    if m:
        return m.group()
    minute = _FURTHER_TO_MINUTE.match(sentence) or _MINUTE_LEAD.match(
        sentence
    )  # "Further to minute 9, …", "Minute 6 (…):"
    return minute.group(minute.lastindex or 0) if minute else None


_FURTHER_TO_MINUTE = re.compile(
    r"^(?:further\s+to|arising\s+from|with\s+regard\s+to|in\s+relation\s+to|regarding)\s+(?:the\s+)?minute\s+"
    r"(?:no\.?\s*)?(?P<ref>[A-Z]{0,5}[\d./]*\d)\b",
    re.I,
)


def _numbered(m: re.Match[str], sentence: str, status: Status, passage: Passage) -> list[ActionUpdate]:
    """One update per action number "Actions 41 and 43 (…)" names, its text the bracketed description when
    there is one a number; brackets holding the owner ("Action 1 (OM) – …") describe nothing."""
    refs = re.split(r"\s*(?:,|and|&)\s*", m.group("refs"))
    desc = m.group("desc") if m.group("desc") and not looks_like_owner(m.group("desc")) else None
    descs = re.split(r"\s+and\s+(?=the\b)", desc) if desc else []
    return [
        ActionUpdate(
            ref=ref,
            text=(descs[k] if len(descs) == len(refs) else (desc or sentence)).strip(),
            status=status,
            evidence=passage.evidence(sentence),
        )
        for k, ref in enumerate(refs)
    ]


# "The figures for fly-tipping (minute 29) had been circulated": the earlier minute a sentence names in brackets
_BRACKETED_MINUTE = re.compile(
    r"\((?:minute|min\.?|item|action)\s*(?:no\.?\s*)?(?P<ref>[A-Z]{0,5}[\d./]*\d)(?:\s+(?:from|of|at)\s+[^()]{1,30})?\)",
    re.I,
)  # "(minute 29)", "(action 5 from January)"


def _named_minute(sentence: str) -> str | None:
    m = _BRACKETED_MINUTE.search(sentence)
    return m.group("ref") if m else None


def _named_anew(sentence: str, before: Sequence[tuple[str, Status]]) -> bool:
    """A sentence naming in brackets an earlier minute no sentence before it named reports on a matter of its
    own, though its words overlap theirs ("The members' visit … (minute 31) had been arranged …")."""
    named = _named_minute(sentence)
    return named is not None and all(_named_minute(said) != named for said, _ in before)


def _own_matter(sentence: str, before: Sequence[str]) -> bool:
    """A later sentence of a matters-arising paragraph that reports on a matter of its own ("The hedge at the
    playing field has been cut"), not more on the one before ("The contractor had been reminded", "It is ongoing",
    "Mr Smith said the facade had been painted" after "… the facade still had not been painted")."""
    said = _matter_words(" ".join(before))
    return (
        len(sentence.split()) > _FRAGMENT
        and not _CONTINUES.match(sentence)
        and not _matter_words(sentence) & said
        and bool(
            reported_status(sentence, strict=True)
            or _JOB_PASSIVE.search(sentence)
            or any(_STATED.search(m.group(0)) for m in _PROGRESS.finditer(sentence))
            or (_NEW_REPORT.match(sentence) and reported_status(sentence))
        )
    )


# "PC Oakes said that the extra patrols … had been running since early July": another speaker, another matter
_NEW_REPORT = re.compile(
    r"^(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|reported|confirmed|explained|advised|stated)\s+(?:that\s+)?"
)


def _matter_words(text: str) -> set[str]:
    """The lower-case words that may name a matter ("facade", "noticeboard"): not names, verbs' endings or
    the words any report uses."""
    return {
        w
        for w in re.findall(r"(?<![\w’'])[a-z]{4,}\b", text)
        if not w.endswith(("ed", "ing", "ly")) and w not in _COMMON
    }


def entry_updates(passage: Passage) -> list[ActionUpdate]:
    """The update a passage under a "Matters arising" line reports: each entry that does, or else its
    first sentence that does; none when `prose_updates` reads the passage already."""
    if passage.kind not in ("paragraph", "list_item") or PROSE_UPDATE.search(passage.text):
        return []
    plain = prose_updates(passage)
    if (
        plain
    ):  # what prose_updates reads already, the rest of the review is read here ("… No news on the CCTV …")
        said = {u.evidence.text for u in plain if u.evidence}
        reviewed = prose_updates(replace(passage, reviewing=True))
        return [
            u
            for u in reviewed
            if u.evidence and not any(u.evidence.text in t or t in u.evidence.text for t in said)
        ]
    entry = _entry(passage, any_report=True)
    if entry is not None:
        return entry
    return prose_updates(replace(passage, reviewing=True))


def _after_label(passage: Passage) -> Passage:
    """ "Matters arising: the report had been circulated": the passage after its label, read as a review."""
    text = verbatim(passage.text)
    head = _NUMBER.sub("", text)
    first = _LETTER.search(head)
    if (
        first
        and first.group(1) == "a"
        and first.start() <= _RUN_IN_HEAD
        and reviews_earlier(head[: first.start()])
    ):
        return replace(
            passage, text=head[first.start() :], reviewing=True
        )  # "MATTERS ARISING (a) …: … (b) …"
    m = _LEAD_LABEL.match(head)
    if not m or not reviews_earlier(m.group("label")) or len(m.group("label").split()) > _TOPIC_WORDS:
        later = _LATER_LABEL.search(text) if "arising" in text.lower() else None
        # "Agreed as correct. Matters arising: the noticeboard has been put up …": the label after a sentence
        return replace(passage, text=later.group("rest"), reviewing=True) if later else passage
    return replace(passage, text=m.group("rest"), reviewing=True)


_LATER_LABEL = re.compile(
    r"(?<=[.!?])\s+(?:matters|actions?)\s+arising(?:\s+from\s+[^:.]{1,40})?\s*:\s+(?P<rest>\S.*)$",
    re.I | re.S,
)


def _entry(passage: Passage, any_report: bool = False) -> list[ActionUpdate] | None:
    """A matters-arising entry about one earlier matter ("c) Bus stops - the signs are still
    awaited") is one update when its first sentence reports progress, with that sentence as its
    text; an entry that only sets a new task or records new discussion is none ([]). Lettered
    entries run into one paragraph ("u) … v) …") are read one by one. None when the passage is not
    one labelled or numbered entry, so its sentences are read one by one."""
    text = verbatim(passage.text)
    parts = _lettered(text)
    parts = parts if len(parts) > 1 else _referenced(text)
    parts = parts if len(parts) > 1 else _labelled_run(text)
    if len(parts) > 1:
        return [u for part in parts for u in _one_entry(part, passage, True, any_report) or []]
    return _one_entry(text, passage, passage.kind == "list_item", any_report)


def _one_entry(
    text: str, passage: Passage, listed: bool, any_report: bool = False
) -> list[ActionUpdate] | None:
    """The update one entry reports ([] for none), or None when `text` is no entry: it has no mark or
    label, and is not a list item. With `any_report` (the entries of a matters-arising section), a
    labelled entry that tells what was done, in words no status phrase reads ("Lights at the school:
    the Chairman read the head's reply"), reports the matter dealt with."""
    if _later_minute(text, passage.item):
        return []  # "15/33 Police report – …" after "15/32 Matters arising": the next minute, not an entry of it
    mark = _ENTRY_MARK.match(text)
    body = text[mark.end() :] if mark else text
    # "24/74 Footpath 6 …", "Min 124 - Street light …", "Arising from minute 27, …"
    lead = _LEADING_REF.match(body) or _MINUTE_LEAD.match(body) or _FURTHER_TO_MINUTE.match(body)
    ref = (
        next((g for g in lead.groups() if g), None) if lead else None
    )  # the earlier minute the entry reports on
    label = _label(
        body[lead.end() :] if lead else body
    )  # "TC.24.078 War memorial: …": the topic past its number
    labelled = bool(label and len(label.group("topic").split()) <= _TOPIC_WORDS)
    if label and not ref and (bracketed := _TOPIC_REF.search(label.group("topic").rstrip())):
        ref = bracketed.group(1)
    said = sentences(body) if body.strip() else []
    # in a review, "Neil was going to get the speed van out. It came twice in April, so that one is done."
    retold = any_report and bool(said) and bool(RETOLD.match(said[0]))
    if not said or not (mark or listed or labelled or retold or lead):
        return None
    first = next(
        (t for t in said if len(t.split()) > _FRAGMENT), said[0]
    )  # past "HIGHWAYS i." run on before it
    status = (
        _status(first) or _job_done(label.group("report") if labelled and label else first) or _noted(body)
    )
    if (
        status is None and any_report and (mark or labelled or ref or retold)
    ):  # "Stile: … met the officer. Awaiting a date."
        status = next(
            (found for later in said[said.index(first) + 1 :] if (found := _status(later, strict=True))), None
        )
    if status is None:
        told = (
            any_report
            and labelled
            and label is not None
            and not _MARKER_LABEL.search(label.group("topic"))
            and _tells(label.group("report"))
        )
        return (
            [
                ActionUpdate(
                    ref=ref, text=first.rstrip("."), status="complete", evidence=passage.evidence(first)
                )
            ]
            if told
            else []
        )
    status = _outcome(status, said[said.index(first) + 1 :])
    return [ActionUpdate(ref=ref, text=first.rstrip("."), status=status, evidence=passage.evidence(first))]


def _later_minute(text: str, item: str | None) -> bool:
    """Whether `text` opens with a minute number after its own item's ("15/33 …" under item 15/32): matters
    arising name earlier minutes ("15/20 Dog bin – …"), a later number is the next minute of this meeting."""
    this = _MINUTE.match(item or "")
    that = _MINUTE.match(text)
    return bool(this and that and this.group(1) == that.group(1) and int(that.group(2)) > int(this.group(2)))


def _tells(report: str) -> bool:
    """The report of an entry tells what happened ("the Chairman read the response from the school"), in a
    past tense, and sets no task, records no decision or discussion and promises nothing."""
    first = sentences(report)[0] if report.strip() else ""
    return (
        bool(_TOLD.search(first))
        and not _TASK.search(first)
        and not _DISCUSSION.match(first)
        and not PROSE_UPDATE.search(first)
    )


def _outcome(status: Status, after: Sequence[str]) -> Status:
    """ "No response as yet. Will leave matters for now": a matter set aside after the report is deferred."""
    return "deferred" if any(reported_status(t, strict=True) == "deferred" for t in after) else status


def _status(sentence: str, strict: bool = False) -> Status | None:
    """The progress a sentence of an update reports, in prose or in a status phrase; none when it
    records the body's own discussion."""
    if _DISCUSSION.match(_ENTRY_MARK.sub("", sentence, count=1)) or _KEY.match(sentence):
        return None
    said_last = _STATUS_LAST.search(sentence)  # "Bird boxes: PL put up the 12 new boxes – done."
    if said_last and (status := read_status(said_last.group("status"))):
        return status
    done = done_after_dash(sentence)  # "Tom: bench plaque – ordered, arriving Feb."
    if done:
        return done
    # "… circulated and the action was closed", "… remains open; …": the last phrase that states a status,
    # not a colour or "new" elsewhere in the sentence
    stated = [read_status(m.group(0)) for m in _PROGRESS.finditer(sentence)]
    status = next((s for s in reversed(stated) if s), None)
    clauses = _CLAUSE.split(sentence)
    if (
        status is None and len(clauses) > 1
    ):  # "… had written to the council and they were repaired": where it ended
        if _sent_unanswered(clauses):
            return "complete"
        said = [_clause_status(c, strict) for c in clauses]
        last = next((s for s in reversed(said) if s), None)
        # "the lights had been taken down; the invoice has not yet been paid": done in part, not undone
        return "in_progress" if last == "open" and said[-1] == "open" and "complete" in said[:-1] else last
    return status or _clause_status(sentence, strict)


def _sent_unanswered(clauses: Sequence[str]) -> bool:
    """ "The letter had been sent; no reply had yet been received": the errand, to write, is done; the answer
    is the other party's to give."""
    return (
        len(clauses) > 1
        and bool(_UNANSWERED.match(clauses[-1]))
        and any(_SENT.search(c) and reported_status(c) == "complete" for c in clauses[:-1])
    )


def _clause_status(sentence: str, strict: bool) -> Status | None:
    status = opening_status(sentence, first=True) or reported_status(sentence, strict=True)
    if status is None and not strict:
        status = reported_status(sentence)
    if status is None and _PROGRESS.search(sentence):  # "… is ongoing", "which OPCC is doing at present"
        status = "in_progress"
    if status is None and _JOB_PASSIVE.search(sentence):
        status = "complete"
    return status


def _job_done(text: str) -> Status | None:
    """ "Noticeboard removed (CA)": a job named and said to be done is complete."""
    return "complete" if _JOB_DONE.match(text.strip()) else None


def _noted(text: str) -> Status | None:
    """ "… options for repair. (PENDING: CA)": the status noted in brackets at the end of an entry."""
    note = _NOTE.search(text)
    return reported_status(note.group("note")) if note else None


_RUN_IN_HEAD = 60  # characters of an item's number and title before its first lettered entry


def _lettered(text: str) -> list[str]:
    """The entries of a paragraph that runs lettered entries together ("u) … v) …"), in order."""
    starts: list[int] = []
    letter = ""
    for m in _LETTER.finditer(text):
        # "3. MATTERS ARISING (a) …": the item's title run in before the first entry is no entry of its own
        if not starts and m.start() > 0 and not (m.group(1) == "a" and m.start() <= _RUN_IN_HEAD):
            break
        if not starts or ord(m.group(1)) == ord(letter) + 1:
            starts.append(m.start())
            letter = m.group(1)
    return (
        [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])] if len(starts) > 1 else [text]
    )


_TOPIC_OPENS = re.compile(r"^[A-Z][^.:;]{2,60}:\s+\S")  # "Grit bins: the two new bins …"


def _labelled_run(text: str) -> list[str]:
    """The entries of a paragraph that runs matters together, each opening with its topic and a colon ("Bus
    shelter: … chased again. Grit bins: the two new bins …"), a sentence without a topic going with the one before."""
    parts: list[str] = []
    for sentence in sentences(text):
        topic = _TOPIC_OPENS.match(sentence)
        if (topic and len(sentence.split(":", 1)[0].split()) <= _TOPIC_WORDS) or not parts:
            parts.append(sentence)
        else:
            parts[-1] = f"{parts[-1]} {sentence}"
    return parts if len(parts) > 1 and all(_TOPIC_OPENS.match(p) for p in parts) else [text]


def _referenced(text: str) -> list[str]:
    """The entries of a paragraph that runs together entries each opening with the earlier minute it reports on
    ("Minute 24/92: the bench … Minute 24/95: the dog bin …", "C24/118 Lights: … C24/121 Toilets: …"), in order."""
    starts = [m.start("ref") for m in _REF_OPENS.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return [text]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]


def _run_in(passage: Passage) -> list[ActionUpdate]:
    """The entries of a paragraph that joins them with dashes ("… – Noticeboard removed (CA) – Sign to be
    replaced (PENDING: Clerk) – …") that report progress, when enough of them do to be a list."""
    if passage.kind not in ("paragraph", "list_item", "cell"):
        return []
    text = verbatim(passage.text)
    titled = _titled_entries(passage, text) if passage.reviewing else []
    if titled:
        return titled
    pieces = [p.strip() for p in _RUN_IN_DASH.split(text)]
    if len(pieces) < _RUN_IN_PIECES:
        return []
    found = [(p, _status(sentences(p)[0]) or _job_done(p) or _noted(p)) for p in pieces]
    reports = [(p, s) for p, s in found if s]
    if sum(_listed(p) for p, _ in reports) < _RUN_IN_REPORTS or any(
        PROSE_UPDATE.search(p) for p, _ in reports
    ):
        return []
    return [
        ActionUpdate(ref=None, text=p.rstrip("."), status=s, evidence=passage.evidence(p)) for p, s in reports
    ]


# "Defibrillator at the shop – fitted on 24th January. Completed. Path to the cemetery – on this year's programme but
# no date yet. Christmas lights – …": matters arising run into one paragraph, each its title, a dash, its report
_TITLED_ENTRY = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?=[A-Z][^.!?–—\d]{1,40}?\s[–—-]\s)"
)  # ("Min 124 - …": numbered)


def _titled_entries(passage: Passage, text: str) -> list[ActionUpdate]:
    """The entries of a reviewed paragraph that runs several titled reports together, each with its status."""
    starts = [m.start() for m in _TITLED_ENTRY.finditer(text)]
    if len(starts) < _RUN_IN_REPORTS or starts[0] != 0:
        return []
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    found = [(p, _status(_RUN_IN_DASH.split(p, maxsplit=1)[1]) or _job_done(p)) for p in pieces]
    return [
        ActionUpdate(ref=None, text=p.rstrip("."), status=s, evidence=passage.evidence(p))
        for p, s in found
        if s
    ]


def _listed(piece: str) -> bool:
    """A piece of a run-in list that reads as an entry: it names its matter first, and is short, or
    says the job was done ("Noticeboard removed"), or ends on a note of who or what ("(PENDING: CA)")
    (a status key's "– delivered. Closed –" and dashed notes of a discussion do not)."""
    short = len(piece.split()) <= _ENTRY_WORDS
    return piece[:1].isupper() and (short or bool(_job_done(piece) or _NOTE.search(piece)))


def _introduced(passage: Passage) -> list[ActionUpdate]:
    """ "The items the Rangers were able to carry out are as follows: A, B": each item listed after a lead
    that says whether they were done, with the status of its own words where it says more."""
    out: list[ActionUpdate] = []
    for sentence in sentences(verbatim(passage.text)):
        m = _INTRODUCED.match(sentence)
        lead = _lead_status(m.group("lead")) if m else None
        if not m or not lead:
            continue
        listed = m.group("list").rstrip(".")
        for item in (p.strip() for p in re.split(r";\s*" if ";" in listed else r",\s*", listed)):
            if item:
                out.append(
                    ActionUpdate(
                        ref=None,
                        text=item,
                        status=reported_status(item) or lead,
                        evidence=passage.evidence(item),
                    )
                )
    return out


def _lead_status(lead: str) -> Status | None:
    """Whether the lead of a list says its items were done ("… were able to carry out are") or not."""
    return "open" if _LEAD_UNDONE.search(lead) else "complete" if _LEAD_DONE.search(lead) else None


# a matter raised before this meeting, in the pluperfect: "Comment had been raised that …", "It had been reported that …"
_RAISED_BEFORE = re.compile(
    r"\bhad\s+been\s+(?:raised|reported|mentioned|brought\s+to\s+the\s+(?:council|clerk)[’']?s?\s+attention)\b",
    re.I,
)


def _followed_up(passage: Passage) -> list[ActionUpdate]:
    """The sentences of an item's minute that report what was done about a matter since an earlier
    meeting or request ("The Clerk had written to Highways and was awaiting a reply"), the entry they
    belong to read as one; progress words alone ("two sheds had been broken into") do not look back."""
    if passage.kind not in ("paragraph", "list_item"):
        return []
    out: list[ActionUpdate] = []
    said = sentences(verbatim(passage.text))
    for k, sentence in enumerate(said):
        low = sentence.lower()
        after = said[k + 1] if k + 1 < len(said) else ""
        if (
            "had been" in low
            and _RAISED_BEFORE.search(sentence)
            and after
            and (told := reported_status(after))
        ):
            # "Comment had been raised that shrubbery was overgrown in the Churchyard. The area has been cleared …"
            pair = f"{sentence} {after}"
            if pair in verbatim(passage.text):
                out.append(
                    ActionUpdate(
                        ref=None, text=pair.rstrip("."), status=told, evidence=passage.evidence(pair)
                    )
                )
            continue
        if (
            not any(cue in low for cue in _EARLIER_CUE)
            or not _EARLIER.search(sentence)
            or _RECEIVED.search(sentence)
        ):
            continue
        did = _JOB_PASSIVE.search(sentence) or _DID.search(sentence)
        status = reported_status(sentence, strict=True) or ("complete" if did else None)
        if status == "open" and _sent_unanswered(_CLAUSE.split(sentence)):
            status = "complete"
        if status is None and re.search(
            _AFTERWARDS, sentence, re.I
        ):  # "Since the meeting, the Clerk has received …"
            status = _status(sentence)
        if not status or _DISCUSSION.match(_ENTRY_MARK.sub("", sentence, count=1)):
            continue
        out = out or _entry(passage) or []  # an entry about the matter is read as one, by its first sentence
        if not any(u.evidence and u.evidence.text in sentence for u in out):
            out.append(
                ActionUpdate(
                    ref=_opening_ref(sentence) or _named_minute(sentence),  # "… (action 5 from January)"
                    text=sentence.rstrip("."),
                    status=_outcome(status, _own_sequel(said[k + 1 :])),
                    evidence=passage.evidence(sentence),
                )
            )
    return out


def _own_sequel(later: Sequence[str]) -> list[str]:
    """The sentences after a report that go on about its matter: up to one that opens on another minute's number
    ("Arising from minute 35 (Estates), …" after the report on minute 33)."""
    return list(itertools.takewhile(lambda s: _opening_ref(s) is None, later))
