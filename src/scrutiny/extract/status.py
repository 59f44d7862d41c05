"""Map the many ways papers state progress onto the contract's closed list of statuses."""

from __future__ import annotations

import re
from datetime import date

from scrutiny.words import Status

# Order matters: "not yet complete" is overdue/open before it is complete. The third field marks the words
# that are a status only said alone, as in a status column ("RED", "Open – paper due March", "RAG: Amber"),
# not inside a sentence ("the bench on the green", "the new code", "the hall is open").
_RULES: list[tuple[re.Pattern[str], Status, bool]] = [
    (
        re.compile(
            r"\bpartially\b|\bpart(?:ly)?[\s-]+(?:complete|done|delivered)\b|\b(?:about\s+|nearly\s+)?half[\s-]?way\b",
            re.IGNORECASE,
        ),
        "in_progress",
        False,
    ),
    (
        re.compile(
            r"\b(?:propose[sd]?|recommend(?:s|ed)?)\s+(?:for\s+)?closure\b|\bproposed\s+closed?\b",
            re.IGNORECASE,
        ),
        "complete",
        False,
    ),
    (
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:started|progressed)\b|\bnot\s+begun\b|\bnot\s+(?:yet\s+)?due\b|"
            r"^\W*(?:still\s+|yet\s+)?to\s+(?:do|be\s+done|be\s+actioned)\W*$|"  # "– still to do"
            # "nobody has done anything", "nothing has happened": the word for done, denied by its subject
            r"\b(?:nobody|no\s*one|nothing)\s+(?:has|had|have)\s+(?:yet\s+)?(?:been\s+)?(?:done|happened|moved|started)\b|"
            r"\b(?:remains?|remained|still)\s+under\s+consideration\b",
            re.IGNORECASE,
        ),
        "open",
        False,
    ),
    (
        re.compile(
            r"\boverdue\b|\bnot\s+yet\s+(?:been\s+)?(?:published|complete|done|received|delivered)|"
            r"\bpast\s+(?:the\s+)?due\b|\bslipped\b",
            re.IGNORECASE,
        ),
        "overdue",
        False,
    ),
    (
        re.compile(
            r"\bdefer(?:red)?\b|\bcarried\s+forward\b|\bpostponed\b|\bforward\s+plan\b|"
            r"\bmoved\s+to\s+(?:the\s+)?(?:next|forward|later|future|\w+\s+(?:meeting|board|agenda|panel|committee))\b|"
            r"\b(?:rescheduled|rearranged|re-arranged)\b|\bon\s+hold\b|\bin\s+abeyance\b|\b(?:carried|rolled|held)\s+(?:over|forward)\b",
            re.IGNORECASE,
        ),
        "deferred",
        False,
    ),
    (re.compile(r"\b(?:pushed|put)\s+back\b", re.IGNORECASE), "deferred", True),
    # "Not yet circulated; awaiting …": any other job not yet done (after those overdue or put off)
    (re.compile(r"\bnot\s+yet\s+(?:been\s+)?[a-z]+(?:ed|en|ne|wn|t)\b", re.IGNORECASE), "open", False),
    (re.compile(r"\bbeing\s+dealt\s+with\b", re.IGNORECASE), "in_progress", False),
    (
        re.compile(
            r"\bclosed?\b|\bdischarged\b|\bsuperseded\b|\bno\s+longer\s+required\b|\bwithdrawn\b|\bdropped\b",
            re.IGNORECASE,
        ),
        "closed",
        False,
    ),
    (re.compile(r"\bcancell?ed\b|\bmerged\b|\bduplicate\b", re.IGNORECASE), "closed", True),
    (
        re.compile(
            r"\bcomplete[d]?\b|\bdone\b|\bachieved\b|\bdelivered\b|\bfinished\b|\bcirculated\b|\bactioned\b",
            re.IGNORECASE,
        ),
        "complete",
        False,
    ),
    # RAG: blue is done, green on track, amber at risk, red overdue
    (re.compile(r"\bblue\b", re.IGNORECASE), "complete", True),
    (re.compile(r"\bred\b", re.IGNORECASE), "overdue", True),
    (
        re.compile(
            r"\bon\s+track\b|\bin\s+progress\b|\bon-?going\b|\bunderway\b|\bunder\s+way\b|\bprogressing\b|"
            r"\bpartially\b|\bstarted\b|\bat\s+risk\b",
            re.IGNORECASE,
        ),
        "in_progress",
        False,
    ),
    (re.compile(r"\bcommenced\b|\bin\s+hand\b", re.IGNORECASE), "in_progress", True),
    (re.compile(r"\bamber\b|\bgreen\b", re.IGNORECASE), "in_progress", True),
    (
        re.compile(
            r"\bnot\s+started\b|\bremains\s+on\s+the\s+log\b|\bpending\b|"
            r"\b(?:remains?|remained|still|left|kept|stays?|stayed)\s+open\b|\bremain(?:s|ed)?\s+outstanding\b",
            re.IGNORECASE,
        ),
        "open",
        False,
    ),
    (re.compile(r"\bfixed\b|\bsorted\b", re.IGNORECASE), "complete", True),  # "Street light – fixed!"
    (
        re.compile(r"\bopen\b|\bnew\b|\boutstanding\b", re.IGNORECASE),
        "open",
        True,
    ),  # "Action 5 – outstanding"
]


_ALONE = re.compile(
    r"(?:^|[–—:;(|/]|\s-|(?<=\w)\.(?=\s))\s*(?P<word>[a-z]+(?:\s+[a-z]+){0,2})\s*(?=$|[–—:;,.)|/]|-\s)",
    re.IGNORECASE,
)
_CELL_WORDS = 3  # "Green – on track", "New action": a status cell this short is all status


def read_status(text: str | None) -> Status | None:
    """The status a phrase states, or None when it states none."""
    if not text:
        return None
    short = len(text.split()) <= _CELL_WORDS
    alone = [m.group("word") for m in _ALONE.finditer(text)]  # the phrases said on their own
    for pattern, status, column_only in _RULES:
        if pattern.search(text) if short or not column_only else any(pattern.fullmatch(a) for a in alone):
            said = pattern.search(text)
            if status == "overdue" and said and _PUT_OFF.search(text, said.end()):
                return "deferred"  # "not yet complete; deferred to the March Board": what stands now
            return status
    return None


# A status no action has on the day it is set: the row reports on an action set at an earlier meeting
_SET_EARLIER = frozenset({"closed", "overdue", "in_progress", "deferred"})
_ON_TRACK = re.compile(r"\bgreen\b|\bon\s+track\b", re.IGNORECASE)


def stated_earlier(status_text: str, due: str | None, meeting: date | None) -> bool:
    """Whether an action row's status says the action was set before this meeting: overdue, closed, in progress
    or deferred, or complete and due before the meeting (or no date named). One complete and due after it is new
    and done since ("Circulate the letter – 24 Nov – Complete" in a log written up later). "Green" or "On track"
    may be said of an action set that day, so they alone say nothing; amber (at risk) and red cannot be."""
    status = read_status(_ON_TRACK.sub(" ", status_text).strip(" –—-:;,."))
    if status in _SET_EARLIER:
        return True
    later = bool(due and meeting and due > meeting.isoformat()[: len(due)])
    return status == "complete" and not later


_PUT_OFF = re.compile(
    r"\b(?:deferred|postponed|carried\s+forward|moved)\s+(?:to|until)\s+(?:the\s+)?(?:next|[A-Z]\w+|\w+\s+\d{4})",
    re.I,
)


# A status said whole at the start of a later sentence or clause of a log entry, before its explanation:
# "review of the insurance terms - LT. Ongoing: broker's advice expected …", "… – JF. Complete; workshop held …"
_STATUS_PHRASE = (
    r"(?:complete[d]?|closed|done|actioned|on-?going|in\s+progress|open|overdue|deferred|discharged|"
    r"superseded|carried\s+forward|achieved|withdrawn|dropped|on\s+track|on\s+hold|not\s+(?:yet\s+)?started|"
    r"partially\s+complete|pending|under\s*way)"
)
_OPENING = re.compile(
    rf"(?:(?<=[.;])|\s[–—-])\s+(?P<lead>{_STATUS_PHRASE})\s*(?=[:;,.–—]|\s[–—-]\s|$)", re.IGNORECASE
)
_LEADING = re.compile(
    rf"^\W*(?:yes\s*[–—,-]\s*)?(?P<lead>{_STATUS_PHRASE})\s*(?=[:;,.–—]|\s[–—-]\s|$)", re.IGNORECASE
)


def opening_status(text: str, first: bool = False) -> Status | None:
    """The status a later sentence of an entry opens with ("… - LT. Ongoing: advice expected in February"), where
    a status column's value was run into the entry's text; with `first`, the status a report opens with
    ("Closed – covered by action 12", "Withdrawn.", "Yes – done")."""
    m = (_LEADING.match if first else _OPENING.search)(text)
    return read_status(m.group("lead")) if m else None


# How minutes report progress in a sentence rather than a status column ("the signs are still
# awaited", "this matter is in abeyance", "the board has now been replaced"). Order matters: a
# report that something is still not done, or only under way, says so alongside past tenses
# ("a letter had been received … which is currently being dealt with").
_NOT_DONE = r"(?!agreed|decided|resolved|requested|suggested|proposed|asked|noted|previously|also|been)"


# "reported to the county", "has been reported to Highways": a matter handed on, not a speaker's report to the meeting
_HANDED_ON = (
    r"(?:^|[–:;,]\s*|\bbeen\s+)reported\s+to\b(?!\s+(?:the\s+)?(?:meeting|members|panel|board|committee)\b)"
)


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


# Participles that do not end in -ed: "has put up the signs", "had given advice", "has written to the owner"
_IRREGULAR = (
    r"(?:put|set|sent|spent|met|built|bought|brought|caught|held|paid|made|found|kept|left|led|cut|"
    r"given|taken|spoken|written|shown|drawn|undertaken|begun|done)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
# When the rest is to come: "in July", "at the end of February", "next month", "shortly"
_LATER = (
    rf"(?:(?:in|by|from|during|(?:at|by|before)\s+the\s+end\s+of|early\s+in|later\s+in)\s+"
    rf"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?{_MONTH}\b|next\s+(?:week|month|year|meeting|term)\b|shortly\b|soon\b|"
    r"in\s+the\s+(?:new\s+year|spring|summer|autumn|winter|coming\s+(?:weeks|months))\b|"
    r"before\s+(?:christmas|easter|the\s+(?:summer|winter|spring|autumn|new\s+year|holidays))\b)"
)
# A step still to come, with its time: "the service starts in July", "the Clerk expects the draft in February",
# "advice expected at the end of February", "results to follow next month"
_STEP_TO_COME = (
    rf"\b(?:starts?|begins?|commences?|opens?|goes\s+live|launch(?:es)?|expects?|expected|due|"
    rf"scheduled|planned|to\s+follow|(?:will|would|should)\s+(?:be\s+)?\w+)\s+(?:\w+\s+){{0,4}}?{_LATER}"
)
# The other party answered the letter or request: the errand of writing or asking is done
_ANSWERED = (
    r"\b(?:a|the|their|his|her|its)\s+(?:written\s+)?(?:reply|response|answer)\s+"
    r"(?:(?:has|had)\s+been\s+received|was\s+received|said|stated|confirmed|explained|advised|indicated)\b"
)


# Doing verbs whose present progressive reports work under way: "the Clerk is obtaining quotes"
_DOING = (
    r"(?:obtaining|seeking|preparing|drafting|arranging|organi[sz]ing|reviewing|investigating|looking\s+(?:into|at)|"
    r"chasing|pursuing|liaising|negotiating|discussing|considering|exploring|progressing|working\s+(?:on|with)|"
    r"following\s+(?:this\s+|it\s+)?up|contacting|checking|costing|compiling|collating|updating|developing|"
    r"finali[sz]ing|planning|sourcing|procuring|consulting|waiting|awaiting)"
)
# Some of the work done, not all: "half of the signs have been installed", "two of the four benches are up"
_PART = (
    r"(?:half|part|some|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+of\s+the\s+(?:\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve))"
)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_REPORTED: list[tuple[re.Pattern[str], Status]] = [
    (_any(_ANSWERED), "complete"),  # whatever the answer says is to come, the asking is done
    # a trouble gone quiet: "Kids on the garage roofs – no reports since August", "no further complaints received"
    (
        _any(
            r"\bno\s+(?:further\s+|more\s+|new\s+)?(?:reports?|complaints?|incidents?|problems?|sightings?)\s+"
            r"(?:(?:have\s+been\s+|had\s+been\s+|were\s+)?(?:received|reported|made)\s+)?(?:since|this\s+(?:month|time)|recently)\b"
        ),
        "complete",
    ),
    (
        _any(
            r"\bin\s+abeyance\b",
            r"\bon\s+hold\b",
            r"\bleave\s+(?:the\s+)?matters?\s+(?:for\s+now|until)\b",
            r"\bpostponed\b",
            r"\bdeferred\b",
            r"\b(?:carried|held|put|pushed|moved)\s+(?:forward|over|back)\s+(?:to|until)\b",
            r"\bput\s+off\s+(?:until|till|to)\b",  # "refurbishment put off until the summer"
            r"\bcarried\s+forward\b",
            r"\bdelayed\s+(?:until|to)\b",
            r"\b(?:rescheduled|rearranged|re-arranged)\b",
            r"\bmoved\s+to\s+(?:the\s+)?(?:next|\w+\s+(?:meeting|agenda|board))\b",
        ),
        "deferred",
    ),
    (
        _any(
            r"\bno\s+longer\s+(?:required|needed|necessary|relevant|applicable)\b",
            r"\bsuperseded\b",
            r"\b(?:action|item|matter|request|proposal|this|it)\s+(?:(?:has\s+been|was|is|be|to\s+be)\s+)?"
            r"(?:closed|withdrawn|dropped|discharged)\b",
            r"\bnot\s+to\s+be\s+pursued\b",
            r"^\W*no\s+further\s+action\b",
            r"\bagreed\s+to\s+close\b",
        ),
        "closed",
    ),
    (
        _any(
            r"\boverdue\b",
            r"\bpast\s+(?:its|the)\s+(?:deadline|due\s+date|target\s+date)\b",
            r"\bmissed\s+(?:the|its)\s+(?:deadline|target|due\s+date)\b",
            r"\bbehind\s+schedule\b",
            r"\bnot\s+(?:\w+\s+)?(?:delivered|completed|done|received)\s+by\s+the\s+(?:due|target)\s+date\b",
        ),
        "overdue",
    ),
    (
        _any(
            r"\bstill\s+not\b",
            r"\b(?:hasn|haven|hadn)[’']t\b",
            r"\b(?:isn|aren|wasn|weren)[’']t\s+(?:yet\s+)?(?:been\s+)?\w+(?:ed|en|t)\b",
            r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?\w+(?:ed|en|ne|t)\b",
            r"\bno\s+(?:further\s+)?(?:information|response|reply|news|progress|updates?|developments?)\b",
            r"\bnothing\s+(?:further\s+|new\s+)?to\s+report\b",
            r"^\W*(?:still\s+|yet\s+)?to\s+do\b",
            r"\bno\s+action\s+(?:has\s+been|was|had\s+been)\s+taken\b",
            r"\b(?:remain(?:s|ed)?|still)\s+(?:open|outstanding|unresolved)\b",
            r"\b(?:still|yet)\s+to\s+be\s+(?!received\b)\w+(?:ed|en|ne|t|de)\b",
            r"\b(?:has|have|had|is|are)\s+yet\s+to\b",
            r"\bnot\s+yet\s+(?:started|begun|actioned|done|arranged|booked|ordered|sent|contacted|carried\s+out)\b",
            r"\bstill\s+an?\s+(?:\w+\s+)?(?:problem|issue|concern)\b",
            r"\b(?:unable|not\s+able)\s+to\b",
            r"\bpending\b",
            r"\b(?:was|were)\s+not\s+(?:yet\s+)?\w+(?:ed|en|de|ne)\b",
        ),
        "open",
    ),
    (
        _any(
            r"\bstill\s+(?:awaited|awaiting|waiting|to\s+be|being|trying|working\s+on|chasing|looking)\b",
            r"\b(?:has|have|had)\s+still\s+to\b",
            r"\b(?:is|are|now)\s+on\s+order\b",
            r"\bawait(?:ed|ing)\b",
            r"\bwaiting\s+(?:for|on)\b",
            _STEP_TO_COME,
            r"\bcurrently\b",
            r"\bon-?going\b",
            r"\bin\s+hand\b",
            r"\bin\s+progress\b",
            r"\bon\s+(?:the|their|its)\s+(?:list|programme|schedule|rota)\s+for\b",
            r"\bheard\s+nothing\b|\bnothing\s+(?:back|heard)\b",  # "… went in July, but we've heard nothing back" r"\bunder\s*way\b", r"\bprogressing\b", r"\bprogress\s+is\s+being\s+made\b",
            r"\bpart(?:ly|ially)\s+(?:done|complete[d]?|finished|delivered)\b",
            rf"\b{_PART}\s+(?:of\s+the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:have|has|are|is|were|was)\s+(?:now\s+)?(?:been\s+)?"
            rf"(?:up|done|in\s+place|\w+ed|{_IRREGULAR})\b",
            r"\b(?:work|works|it|this)\s+(?:has\s+|have\s+)?(?:now\s+)?(?:started|begun|commenced)\b",
            r"\b(?:has|have|had)\s+(?:now\s+)?(?:started|begun|commenced)\b",
            r"\b(?:work|it|this)\s+continues\b",
            r"\bcontinu(?:es|ing)\s+to\s+\w+",
            rf"\b(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?{_DOING}\b",
            r"\bin\s+(?:discussions?|contact|talks|correspondence)\s+with\b",
            r"\b(?:has|have|had)\s+been\s+(?:arranged|booked|scheduled|set)\s+for\b",
            r"\bdue\s+to\s+be\s+\w+(?:ed|en|t)\s+(?:by|in|on|at|before)\b",
            rf"\b(?:received|obtained|have|has)\s+{_NUMBER_WORD}\s+(?:quotes|quotations|estimates)\b.*\b(?:await|to\s+follow|"
            r"outstanding|third|another|more)\b",
            r"\bbeing\s+(?:looked\s+into|investigated|dealt\s+with|progressed|pursued|arranged|considered"
            r"|reviewed|prepared|drafted|followed\s+up|sought|obtained|organi[sz]ed|costed|discussed|updated|developed)\b",
            r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:contacted|approached|chased"
            r"|written\s+to|spoken\s+to|asked)\b",
            r"\bpassed\s+(?:on\s+|over\s+)?to\b",
            r"\bscheduled\s+(?:in\s+)?for\b",
            r"(?<!be\s)\bchased\b",
            r"\bstill\s+with\b",
            r"\b(?:is|are)\s+(?:now\s+)?with\s+(?:the|our|their|his|her)\s+\w+",
            # handed on ("has been referred to the county", "forwarded to Highways"), not mentioned ("X referred to the scheme")
            r"\b(?:(?:been|was|were|is|are|had|has|have)\s+(?:\w+ly\s+)?referred|forwarded|escalated|referred\s+(?:on|back))"
            r"\s+(?:on\s+|back\s+)?to\b",
            _HANDED_ON,
        ),
        "in_progress",
    ),
    (
        _any(
            rf"\bnow\s+(?:been\s+)?(?:in\s+place|done|complete|\w+ed|{_IRREGULAR}|fitted)\b",
            r"\b(?:is|are)\s+now\s+(?:up|live|in\s+use|in\s+operation|operational|working)\b",
            r"\b(?:be|been|is|was|now)\s+resolved\b",
            r"\b(?:issue|problem|matter|item|query|complaint)s?\s+resolved\b",
            r"\bcarried\s+out\b",
            r"\b(?:regarded|treated|considered|marked)\s+as\s+(?:complete[d]?|done|resolved|dealt\s+with)\b",
            r"\b(?!(?:discussions?|debates?|conversations?)\s)\w+\s+(?:took|has\s+taken|have\s+taken|had\s+taken)\s+place\b",
            r"\b(?:works?|this)\s+(?:now\s+)?done\b",
            r"\battended\s+(?:the|a)\s+(?:meeting|event|session|course|training)\b",
            # "… so that one is done", "They came out the following week and did it": said plainly
            r"\b(?:that|this|it)(?:\s+one)?\s+is\s+(?:now\s+)?(?:done|sorted|finished)\b",
            r"\b(?:came|went)\s+(?:out|round|along)\b[^.;]*\band\s+did\s+it\b",
            # "the letters … went out in February", "Dawn did the bike marking at the school": done, said plainly
            r"\b(?:letters?|leaflets?|invitations?|e-?mails?|notices?|reminders?)\b[^.;]{0,60}?\bwent\s+out\b",
            r"^(?:[A-Z][\w’'-]+\s+){1,2}did\s+the\s+\w+",
        ),
        "complete",
    ),
]
# Any verb in a perfect or passive tense ("has improved", "had been received"): progress in a list of
# matters arising, but in running prose as often news of something else
_IN_PASSING: list[tuple[re.Pattern[str], Status]] = [
    (
        _any(r"\b(?:has|have|had)\s+(?:now\s+)?(?:agreed|promised|undertaken|offered)\s+to\b"),
        "in_progress",
    ),  # a promise
    (
        _any(
            rf"\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?{_NOT_DONE}(?:\w+ed|{_IRREGULAR})\b",
            r"\b(?:has|have|had|is|are|was|were)\s+(?:now\s+|already\s+|since\s+)?been\s+\w+(?:ed|en|ne|t)\b",
            r"\b(?:was|were)\s+(?:duly\s+|successfully\s+)?(?:presented|shared|issued|circulated|sent|submitted|"
            r"published|provided|e-?mailed|forwarded|given|signed|delivered|completed|installed|fitted|cleared|"
            r"repaired|replaced|removed|paid|held)\s+(?:to|on|at|in|by|last|with)\b",
        ),
        "complete",
    ),
]


def reported_status(text: str | None, strict: bool = False) -> Status | None:
    """The status a sentence of prose reports ("the signs are still awaited" → in_progress), or
    None when it reports no progress; the RAG and one-word rules of `read_status` are for status
    columns, where "red" or "new" cannot be part of a place name or a new topic. `strict` leaves
    out the bare perfect and passive tenses, for prose that is not known to report on actions."""
    if not text:
        return None
    for pattern, status in _REPORTED if strict else _REPORTED + _IN_PASSING:
        if pattern.search(text):
            return status
    return None


# A report that names what was done by its participle alone, as an update column does: "Report presented to the
# Board in April", "Figures shared with the PCC on 2 May"; not "to be presented", "not yet shared"
_DONE_FIRST = re.compile(
    r"^(?:(?!(?:to|be|not|yet|will|would|should|must|is|are|was|were)\b)[\w’'&/-]+\s+){0,5}?"
    r"(?:presented|shared|sent|circulated|issued|published|submitted|provided|delivered|completed|signed|held|"
    r"e-?mailed|forwarded|uploaded|added|updated|actioned|agreed|approved|received|arranged|booked|written|given|"
    r"installed|fitted|repaired|replaced|erected|fixed|painted|cleared|paid)"
    r"\s+(?:(?:to|with|on|at|in|by|for|and|via|last)\b|\d)",  # "… in April", "Visit held 20 February"
    re.IGNORECASE,
)


def update_status(text: str | None) -> Status | None:
    """The status a cell of an "Update" or "Progress" column states: a status phrase, else what its prose reports
    ("Awaiting the national guidance" → in_progress, "Report presented to the Board in April" → complete)."""
    if not text:
        return None
    return (
        read_status(text)
        or reported_status(text, strict=True)
        or ("complete" if _DONE_FIRST.match(text.strip()) else None)
    )


# What a log entry's report opens with after a dash, the job named by its participle ("– ordered, arriving Feb.",
# "– submitted 5th Jan, decision in March", "– paid"): done, unless what follows says the rest is to come
_DONE_AFTER_DASH = re.compile(
    r"\s[-–—]\s+(?:now\s+)?(?:ordered|submitted|sent|booked|paid|fixed|repaired|installed|received|written|e-?mailed|"
    r"posted|delivered|arranged|replaced|cleared|organi[sz]ed|emptied|filled|collected)\b"
    r"(?P<rest>[^–—]*)$",
    re.I,
)
_STILL_TO_COME = re.compile(
    r"\b(?:arriving|expected|due|decision|awaiting|waiting|to\s+follow|next\s+(?:week|month)|"
    r"(?:in|by|from)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.I,
)


def done_after_dash(text: str) -> Status | None:
    """The status of an entry whose report opens with the job's participle after a dash: done, or under way when
    what follows says the rest is to come ("– ordered, arriving Feb."); None when it does not."""
    done = _DONE_AFTER_DASH.search(text)
    if not done:
        return None
    rest = done.group("rest")
    return "in_progress" if reported_status(rest, strict=True) or _STILL_TO_COME.search(rest) else "complete"
