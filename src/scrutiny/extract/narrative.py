"""What the prose of minutes records beyond the marked actions: plain commitments ("MH said he
would attend the forum", "Jules Donald to update Mark Gilmartin"). Progress on earlier actions is updates.py's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from scrutiny.extract.commitment import parse_task, split_due
from scrutiny.extract.dates import resolve_due
from scrutiny.extract.owners import INITIALS, POST_FOR, TITLE_NOUNS, initials_of, is_person
from scrutiny.extract.passages import Passage
from scrutiny.extract.similarity import content, content_dice, dice, words
from scrutiny.extract.text import Gated, clean_entry, sentences, verbatim
from scrutiny.record import Action, Decision

ERRANDS = (
    "write|circulate|provide|arrange|meet|raise|attend|send|share|bring|report|review|update|confirm|contact|"
    "discuss|liaise|look|consider|investigate|ensure|leaflet|produce|prepare|present|check|explore|establish|seek|email|"
    "e-mail|publish|include|organise|organize|set|clarify|feed|follow|speak|invite|ask|obtain|develop|agree|"
    "draft|revise|amend|chase|find|identify|let|pick|take|work|visit|respond|reply|escalate|inform|brief|"
    "forward|issue|submit|notify|add|schedule|convene|commission|undertake|hold|come|return|monitor|progress|"
    "complete|finish|action|"
    # the errands of a clerk or officer: "Clerk to book …", "CC White to get an update", "He would issue an invite"
    "put|place|advertise|instruct|book|request|approach|revert|communicate|make|get|give|supply|order|remove|"
    "dispose|lay|challenge|keep|draw|see|assign|copy|pass|remind|redistribute|recirculate|distribute|purchase|"
    "buy|repair|install|erect|source|compile|collate|refer|resend|double-check|post|upload|table|relay|"
    "engage|consult|nominate|phone|telephone|call|thank|test|cost|trial|map|scope|sign|donate|pay|reimburse|sort|ring|"
    # looking into a matter: "he would examine the deployment …", "the Force would pursue it"
    "examine|assess|pursue|address|resolve|research|analyse|analyze|audit|inspect|survey|measure|trace|verify|"
    "lobby|press|highlight|query|facilitate|coordinate|co-ordinate|implement|introduce|deliver|design|prioritise|"
    "prioritize|secure|procure|tender|apply|renew|clear|clean|cut|trim|paint|fix|mend|move|tighten|adjust|"
    "mow|strim|empty|unblock|"
    "relocate|collect|locate|determine|record|log|track|benchmark|pilot|quote|arrange|signpost|"
    # setting something going: "agreed to start a Speedwatch group", "would form a working party"
    "start|begin|form|launch|create|recruit|run|plan|appoint|train|host|restart|reinstate|"
    # telling and helping: "would tell residents …", "offered to help with the stall", "would talk to the school"
    "tell|talk|help|revisit|reconsider|allocate|"
    # taking a piece of work on: "Councillor Fairclough will lead a task group …"
    "lead|oversee|champion|"
    # "undertook to have it looked into": an errand done by others
    "have(?!\\s+been\\b)(?=(?:\\s+[\\w’'-]+){1,5}?\\s+\\w+(?:ed|en)\\b)"
)
# The work of hands and of a meeting's officers, said of a person as a future ("would offer members dates", "will
# repaint them before the fete", "will walk it with the rights of way officer", "will price up six signs"), though in
# the progressive it is mostly news ("is walking the Coast to Coast path in June")
_HANDS = (
    "offer|walk|repaint|redecorate|price|plant|replant|photograph|print|photocopy|chair|tidy|prune|sweep|resurface|"
    "refresh|redraft|rewrite|edit|accompany|join|canvass|interview|count|estimate|calculate|fundraise|bid|"
    "claim|invoice|refund|publicise|publicize|announce|alert|warn|encourage|label|fence|hang|fetch|scan"
)
# "… Action – GL to ask.": a bare verb after the owner, the paragraph says what
BARE_VERB = (
    r"ask|chase|follow\s+up|action|pursue|investigate|arrange|contact|enquire|look\s+into\s+(?:it|this)|"
    r"do\s+(?:so|this|it)|check|find\s+out|circulate|respond|reply|progress|note"
)
VERB_ONLY = re.compile(rf"\s+to\s+(?:{BARE_VERB})\.?$", re.I)  # "GL to ask.": who, and no task of their own
# "Action – GU / AC to circulate" closing a paragraph: the marker shapes read it with the paragraph
_MARKED_BARE = re.compile(rf"^\W*(?:ACTIONS?|Actions?)\b.*\s+to\s+(?:{BARE_VERB})\.?$")
OPENS_WITH_ERRAND = re.compile(
    rf"^(?:{ERRANDS})\b(?!\s*:)", re.I
)  # "Book the tool trailer …", not "Present: …"
# What no one in the room is to do: a hope ("would be nice to do one next year"), or another body's own work
# ("Borough rangers will be coppicing the hazel themselves", "the police will be patrolling the reserve")
_NO_TASK = re.compile(
    r"\bwould\s+be\s+(?:nice|good|great|lovely|helpful)\b|\b(?:hope|hopes|hoped)\s+to\b|"
    r"\bthemselves\b|^(?:the\s+)?(?:\w+\s+)?(?:rangers|police|council|contractors?)\s+(?:will|would|are)\b",
    re.I,
)


# "Work parties will be on the first Sunday …", "Report writing is …": an errand's word as a noun, the sentence's verb after it
_DECLARES = re.compile(r"^\S+(?:\s+\S+){0,2}?\s+(?:will|would|shall|is|are|was|were|has|have|had)\b", re.I)


def orders(sentence: str) -> bool:
    """Is a sentence an order ("Book the tool trailer for 22 March."), an errand's verb first and no other verb
    before it says what is?"""
    return bool(OPENS_WITH_ERRAND.match(sentence)) and not _DECLARES.match(sentence)


def task_among(said: Sequence[str], *tests: Callable[[str], object]) -> str:
    """The sentence of a minute, beside the owner its margin or column names, that sets the task: the last that the
    first of `tests` any sentence passes finds, else the last; a hope or another body's own work only when nothing
    else is said."""
    said = [s for s in said if not _NO_TASK.search(s)] or said
    return next(([s for s in said if test(s)] for test in tests if any(test(s) for s in said)), said)[-1]


# "writing", "making", "responding": the errands as a future in progress ("would be responding to …")
_ERRANDS_ING = (
    "|".join(
        f"{verb[:-1]}ing" if verb.endswith("e") and not verb.endswith("ee") else f"{verb}ing"
        for verb in ERRANDS.split("|")
        if verb.isalpha()
    )
    + "|making|writing|taking|giving|putting|setting|getting"
)
# What a body does with a paper in the room is deliberation, not an errand: "The Panel was asked to consider"
_BODY = re.compile(
    r"\b(?:panel|board|committee|council|cabinet|members|meeting|commission|group|partnership|forum)$", re.I
)
_DELIBERATE = {
    "consider",
    "agree",
    "review",
    "discuss",
    "note",
    "comment",
    "approve",
    "endorse",
    "accept",
    "receive",
    "keep",  # "The group agreed to keep the three existing priorities": what stays as it is
    "retain",
    "maintain",
}
_NEXT_PART = re.compile(r",?\s+and\s+that\s+(?=(?:the\s+)?[A-Z]|[a-z]+\s+(?:be|should|would|will)\b)")
# What a meeting does by resolving it, with nothing left to do: "it was resolved to appoint Mrs Pargeter as auditor"
_DONE_IN_SAYING = {"appoint", "co-opt", "elect", "adopt", "ratify", "re-elect", "reappoint", "re-appoint"}
# "the company", "the clerk": a doer named by a common noun
_DOERS = (
    r"clerk|chairman|chair|secretary|treasurer|company|contractor|council|police|officers?|team|landowner|"
    r"developer|applicant|school|warden|ranger|owner|operator|club|association|group"
)
_WHO = (
    r"(?P<who>(?:the\s+|The\s+(?=(?:new|acting|interim|incoming|current)\s))?(?:(?:new|acting|interim|incoming|current)\s+)?"
    r"(?:[A-Z][\w’'.\-]*(?:\s*/\s*[A-Z][\w’'.\-]*)*)"
    rf"(?:\s+(?:[A-Z][\w’'.\-]*(?:&[A-Z]+)?|and|of|the|&|for(?=\s+[A-Z])|\([A-Z]+\)))*|(?:[Tt]he|[Oo]ur)\s+(?:[a-z]+\s+)?(?:{_DOERS})|officers|he|she|they|I|we)"
)
_SAID = (
    r"(?:said|confirmed|commented|agreed|undertook|stated|explained|offered|indicated|advised|noted|added|"
    r"assured|promised|reported|replied|responded|suggested|shared)"
)
_HONORIFIC = (
    r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Supt|Superintendent|Inspector|Insp|Sergeant|Sgt|Commander|"
    r"CC|DCC|ACC|PCSO|PC|DC|DS|DI|DCI|Garda|Chief\s+(?:Superintendent|Inspector))"
)
_NAMED = rf"{_HONORIFIC}\.?\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
# … or a body's working group named in words: "task and finish group on anti-social behaviour"
_GROUP_WHO = (
    rf"(?:{_WHO}|(?P<group>[a-z][\w-]*(?:\s+[\w-]+){{0,4}}?\s+group(?:\s+on\s+[\w-]+(?:\s+[\w-]+){{0,3}}?)?))"
)
_ADVERB = r"(?:(?:personally|also|further|then|now|jointly|kindly|look\s+to)\s+)?"
_TASK = rf"{_ADVERB}(?P<task>(?:{ERRANDS}|{_HANDS})\b.*)$"
# after "requested that the Clerk", the verb may carry an "s": "… that the Clerk obtains three quotes"
_TASK_S = rf"{_ADVERB}(?P<task>(?:{ERRANDS})(?:e?s)?\b.*)$"
_CLAUSE_START = r"(?:^|\b(?:and|but|so)\s+|[,;]\s+|\bthat\s+)"
_ASIDE = r"(?:,\s+(?:along\s+with|with|together\s+with|as\s+well\s+as|like|including)\b[^;]{1,100}?,?)?"
COMMITMENTS = [
    # "JW said that she would raise …", "It was agreed that Cllr Ames would look at …"
    # WILL: "he and RH will meet with them", "It was noted that Cllr Ames will lay the wreath", "Our chair would …";
    # WILL_BE: "the Council would be responding to the consultation", "The Leader will be writing to …"
    re.compile(
        rf"^{_WHO}\b[^;]*?\b{_SAID}\s+(?:that\s+)?(?:,?\s*in\s+future,?\s+)?"
        rf"(?P<subject>he|she|they|{_NAMED}|the\s+(?:[A-Z][\w’'-]*\s+){{1,4}}|[A-Z]{{2,4}}(?:\s*/\s*[A-Z]{{2,4}})*)"
        rf"\s*(?:would|will|['’]d|['’]ll)\s+{_TASK}"
    ),
    # "The Commissioner undertook to send …", "… and the Superintendent agreed to provide …", "X is to supply …"
    re.compile(
        rf"{_CLAUSE_START}{_WHO}(?:,[^,;]{{1,60}},)?\s+(?:(?:has|had)\s+)?(?:kindly\s+)?(?:undertook|agreed|offered|committed|"
        rf"promised|volunteered|was\s+willing|were\s+willing|is|are|is\s+going|are\s+going|intends?|intended|"
        rf"(?:mentioned|expressed|stated|confirmed|indicated|announced)\s+(?:her|his|their|its)\s+intention|"
        rf"(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:asked|requested|instructed|tasked))\s+to\s+{_TASK}"
    ),
    # "Mr Dunn, Cabinet Member for Environment, replied that … and undertook to write to Mr Hart": the subject's
    # "… the Clerk had chased the District Council twice and will raise it again": the clause's subject's
    AND_UNDERTOOK := re.compile(
        rf"(?:^|;\s+)(?P<who>{_NAMED}|(?:[Tt]he\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}})"
        rf"(?:,[^,;]{{1,60}},)?\s+[a-z][^;]*?\b(?:and|but)\s+(?:(?:undertook|agreed|offered|promised|"
        rf"volunteered)\s+to|will|would)\s+{_TASK}"
    ),
    # (an aside may stand between: "The Council, along with other organisations such as the CCN, would be making …")
    WILL := re.compile(
        rf"(?:{_CLAUSE_START}|\bso\s+){_WHO}{_ASIDE}(?:\s+(?:will|would)|['’](?:ll|d))\s+{_TASK}"
    ),  # "I'll put …"
    WILL_BE := re.compile(
        rf"(?:{_CLAUSE_START}|\bso\s+){_WHO}{_ASIDE}\s+(?:will|would)\s+be\s+(?P<task>(?:{_ERRANDS_ING})\b.*)$"
    ),
    # "At a later date we should return to …", "… and we should monitor": the meeting's errand in the first person
    re.compile(rf"(?:{_CLAUSE_START}|\b(?:date|time|meeting),?\s+)(?P<who>[Ww]e)\s+should\s+{_TASK}"),
]
# Someone asked to do something: "It was requested that the Force provide …", "The Chair asked officers to circulate …"
REQUESTS = [
    re.compile(rf"\b(?:requested|asked|recommended|suggested)\s+that\s+{_WHO}\s+{_TASK_S}"),
    re.compile(
        rf"\b(?:asked|asks|requested|requests|instructed|tasked)\s+{_WHO}\s+to\s+{_TASK}"
    ),  # "invited …": a welcome
    # "AGREED: that the Town Clerk investigate …", "It was agreed that the Clerk write to …": a task agreed
    # … "Members agreed the Clerk should seek legal advice"
    AGREED_THAT := re.compile(
        rf"\b(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\s*:?\s+(?:that\s+)?{_WHO}\s+"
        rf"(?:should\s+)?{_TASK}"
    ),
    # "(2) the Chair write to the Commissioner …": a part of a resolution, its verb bare as the resolution's are
    # "(b) That the Commissioner be asked to include …", "(c) That the Panel's task and finish group on anti-social
    # behaviour report its findings to the March meeting"
    PART_DO := re.compile(
        rf"^\((?:\d{{1,2}}|[a-h]|i{{1,3}}|iv|v)\)\s+(?:[Tt]hat\s+)?(?:the\s+\w+['’]s\s+(?=[a-z][\w\s-]{{0,40}}?\bgroup\b))?"
        rf"{_GROUP_WHO}\s+(?:be\s+(?:asked|requested|invited)\s+to\s+)?{_TASK}"
    ),
]
# "Members requested a further report on …", "The PCC asked for an update on … at the June meeting"
PAPER_REQUESTED = re.compile(
    r"(?:\b|^)(?:requested|asked\s+for|called\s+for|sought|wished\s+to\s+see|would\s+like\s+to\s+see|"
    r"(?:(?:requested|asked|resolved|agreed)\W+that|^\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)(?:\s+that)?)\s+(?:the\s+)?"
    r"(?:panel|board|committee|members)\s+(?:receives?|be\s+(?:given|sent|provided\s+with)))\s+"
    r"(?P<thing>(?:an?|the|some|further|more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|update|briefing|paper|presentation|breakdown|analysis|figures|details|information|review|data|copy|"
    r"summary|response|list|timeline|plan|statistics|note)s?\b.*)$",
    re.I,
)
# … unless another body asked, or it was asked before: "The Home Office has requested a report on Taser from every force"
_ASKED_ELSEWHERE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$|\b(?:office|government|ministry|hmicfrs|iopc|"
    r"inspectorate|county|borough|district|agency|authority)\s+(?:\w+\s+)?$",
    re.I,
)
# "Jules Donald to update Mark Gilmartin.", "The Clerk was asked to email …": a sentence that is itself a task
BARE_TASK = re.compile(
    rf"^(?P<who>(?:[A-Z][\w’'.\-]*(?:\s*/\s*[A-Z][\w’'.\-]*)*)"
    rf"(?:\s+(?:[A-Z][\w’'.\-]*|and(?:\s+the)?|&|(?:of|for)(?:\s+the)?(?=\s+[A-Z]))|,\s+[A-Z][\w’'.\-]*)*)"
    rf",?\s+(?P<asked>(?:was\s+|were\s+)?asked\s+)?to\s+{_TASK}"
)  # "X, Corporate Services, to …"
# "It was agreed to ask the police …", "It was decided to obtain quotes …", "The committee agreed to hold an extra
# meeting", "In the end the forum agreed to start a Speedwatch group": the meeting's own errand, no owner named
AGREED_TO = re.compile(
    rf"(?:\b[Ii]t\s+was\s+(?:agreed|decided|resolved)|(?:^|[,;]\s+|\b(?:and|so|then|end|finally)\s+)"
    rf"(?:[Tt]he\s+|[Tt]his\s+)(?:[a-z]+\s+)?(?:committee|panel|board|forum|group|meeting|partnership)"
    rf"\s+(?:also\s+|then\s+|therefore\s+)?(?:agreed|decided|resolved))\s+(?:that\s+we\s+should\s+|to\s+){_TASK}"
)
PARTICIPLES = (
    r"circulated|recirculated|distributed|shared|sent|forwarded|provided|presented|submitted|reported|"
    r"brought(?:\s+back)?|put|placed|added|included|tabled|chased(?:\s+up)?|followed\s+up|double[- ]checked|"
    r"checked|ordered|arranged|notified|approached|contacted|invited|sought|obtained|investigated|monitored|"
    r"booked|requested|referred|published|issued|drafted|written|e-?mailed|"
    r"publici[sz]ed|advertised|prepared|deployed|raised(?!\s+(?:from|to)\s)|reminded|informed|asked|told|"
    r"collected|repaired|replaced|installed|cleared|cut(?:\s+back)?|removed|instructed|organi[sz]ed|"
    r"reviewed|revisited|explored|looked\s+(?:at|into)|discussed\s+with|updated|"
    r"kept\s+(?:advised|informed|updated|up\s+to\s+date)|"
    # the errands of making something: "A leaflet will be produced", "Contact to be made with the Legal Department"
    r"compiled|collated|costed|drawn\s+up|set\s+up|made\s+available|(?<=[Cc]ontact\sto\sbe\s)made|sourced|"
    r"(?:(?<=will\sbe\s)|(?<=would\sbe\s))(?:produced|printed|designed)|"
    r"purchased|bought|erected|posted|uploaded|displayed|progressed|pursued|escalated|explored|"
    # a matter to come before a meeting again, a service to be made better: "The decision would be reconsidered by
    # Cabinet", "Communication with parents would be enhanced"
    r"reconsidered|re-?examined|re-?evaluated|enhanced|strengthened"
)
# "would be presented as four grades", "would be put in place" describe, not promise
_NOT_AFTER = r"(?!\s+(?:as(?!\s+part\s+of)|in\s+place)\b)"
_PAPER = r"(?:report|update|paper|briefing|presentation|details|figures|information)s?"
# "A copy would be circulated to members", "The light is out, this to be reported", "asked that a copy be shared",
# "A fuller report would come back to the Panel in June": the errand is promised, its doer left unsaid
PROMISED = [
    # (the thing never runs over a "that": "X confirmed that a breakdown would be included" promises the breakdown)
    re.compile(
        rf"(?:^|(?P<lead>[,;]\s+|\bthat\s+))(?P<thing>(?:(?!\bthat\s)[^,;]){{0,120}}?)\s*"
        rf"\b(?:will|would|is\s+to|are\s+to|[Tt]o)\s+be\s+(?:first\s+|further\s+|also\s+)?(?:{PARTICIPLES})\b{_NOT_AFTER}.*$"
    ),
    # (… or its second part: "RESOLVED: That the work programme be noted, and that a report on rural crime be added")
    re.compile(
        rf"\b(?i:requested|asked|agreed|resolved|decided)\s*[:–—-]?\s+[Tt]hat\s+(?:[^;]{{3,120}}?,?\s+and\s+that\s+)?"
        rf"(?P<lead>)(?P<thing>[^,;]{{3,120}}?)"
        rf"(?:\s+(?:would\s+)?be\s+(?:{PARTICIPLES}|held|convened)|(?:(?<=letter)|(?<=report)|(?<=reply))\s+(?:would\s+|should\s+)?issue)\b{_NOT_AFTER}.*$"
    ),
    # "(b) a report on the savings plan be brought to the Panel's meeting in July": a resolution's lettered clause
    LETTERED_BE := re.compile(
        rf"^\(?(?:[a-z]{{1,3}}|\d{{1,2}})\)\s+(?P<lead>)(?P<thing>(?:(?:an?|the)\s+)?[^,;]{{3,100}}?"
        rf"(?:,[^,;]{{3,60}},)?)\s+be\s+"
        rf"(?:{PARTICIPLES})\b{_NOT_AFTER}.*$"
    ),
    re.compile(
        rf"(?:^|(?P<lead>[,;]\s+|\bthat\s+))(?P<thing>(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}{_PAPER}\b"
        rf"[^,;]{{0,60}}?)\s+(?:will|would|to)\s+(?:come\s+back|follow|return|be\s+given)\b.*$"
    ),
    # "… said the next report would include the results of the rural crime survey": what a later paper will hold
    re.compile(
        rf"(?:^|(?P<lead>[,;]\s+|\bthat\s+|\b(?:said|confirmed|agreed|undertook)\s+))(?P<thing>(?:the|her|his|their|a)\s+"
        rf"(?:next|further|fuller|future|following|updated|revised)\s+(?:[\w-]+\s+)?{_PAPER})\s+(?:will|would)\s+"
        rf"(?:include|cover|contain|set\s+out|address|show)\b.*$"
    ),
]
# A matter put off to a later meeting comes back then: "Cabinet Member updates were deferred to the next meeting",
# "It was agreed to defer this item until the January meeting", "Deferred to the next meeting."
DEFERRED = Gated(
    re.compile(
        r"\b(?:deferred|defer|postponed|postpone|carried\s+forward|carry\s+(?:this|it)\s+forward)\s+"
        r"(?:[\w'’-]+\s+){0,12}?(?:to|until|till)\s+(?:the\s+)?(?:next|[A-Z][a-z]+|\w+\s+\d{4})\s*"
        r"(?:\w+\s+)?(?:meeting|board|panel|committee|agenda)\b",
        re.I,
    ),
    "defer",
    "postpon",
    "forward",
)
# a matter left for a later meeting in other words: "adopting a flower bed to be discussed next time", "the rotten
# bench to go on the next agenda", "to be considered at the next meeting"
_TAKEN_LATER = Gated(
    re.compile(
        r"\b(?:to\s+be\s+(?:discussed|considered|decided|looked\s+at|revisited|taken\s+up)|to\s+go\s+on)\s+"
        r"(?:at\s+)?(?:the\s+)?(?:next|following|a\s+(?:future|later))\s+(?:time|meeting|agenda|month)\b",
        re.I,
    ),
    "next",
    "following",
    "future",
    "later",
)
_SAYS_WHAT = 3  # words a deferral needs, less its timescale, to say what was put off
_PUT_OFF_IT = re.compile(r"\b(?:this|it|these|them|the\s+(?:item|matter|request|application))$", re.I)
_PUT_OFF_VERB = re.compile(r"\b(?:defer|postpone|carry)\s+", re.I)  # active: "agreed to defer X to …"
# the rest of the meeting a deferral names: "to the Panel" + "'s meeting on 4 March 2025"
_DAY_AFTER = re.compile(
    r"^(?:['’]s\s+(?:\w+\s+)?meeting)?(?:\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
)
_LEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|[Tt]hat\s+)+")  # "4.3 ", "That consideration …"


def put_off(text: str) -> str | None:
    """What a deferral puts off ("the discussion of the five-year plan" in "It was agreed to defer the discussion
    of the five-year plan to the March meeting"; "The report on the war memorial" in "… was deferred to …"), or
    None when it names nothing of its own ("Deferred to the April meeting", "It was agreed to defer this to …")."""
    m = DEFERRED.search(text)
    if not m:
        return None
    active = _PUT_OFF_VERB.match(text, m.start())
    what = text[m.start() : m.end()] if active else _LEAD.sub("", text[: m.start()])
    if active:
        what = re.split(r"\s+(?:to|until|till)\s+(?:the\s+)?", what[active.end() - m.start() :])[0]
    else:
        what = re.sub(r"\s+(?:was|were|is|are|be|been|had\s+been|has\s+been)\s*$", "", what.strip())
    what = what.strip(" ,.")
    return what if len(what.split()) >= _SAYS_WHAT and not _PUT_OFF_IT.search(what) else None


def _deferral(sentence: str, m: re.Match[str]) -> str:
    """A deferral's task as minutes write it: what was put off with the meeting it goes to ("Consideration of the
    tenders was deferred to the next meeting"), without why ("…, as the force's schedule is not agreed")."""
    day = _DAY_AFTER.match(sentence[m.end() :])
    return _LEAD.sub("", sentence[: m.end() + (day.end() if day else 0)]).strip(" ,.")


# What every PROMISED pattern needs somewhere in the sentence: one search, instead of their slow scans of each
# sentence (a lazy thing of up to 120 characters tried at every position), finds most sentences promise nothing.
_PROMISE_CUE = re.compile(
    rf"\sbe\s+(?:first\s+|further\s+|also\s+)?(?:{PARTICIPLES})\b|(?i:resolved|agreed|decided)\W.*\sbe\s+(?:held|convened)\b|"
    r"\s(?:will|would|to)\s+(?:come\s+back|follow|return|be\s+given)\b|"
    r"\s(?:will|would)\s+(?:include|cover|contain|set\s+out|address|show)\b|"
    r"\s(?:letter|report|reply)\s+(?:would\s+|should\s+)?issue\b"
)  # "that a letter issue to the Minister", "that a letter would issue to …"
# the meeting's own papers, kept up as a matter of course
_HOUSEKEEPING = re.compile(
    r"^(?:the\s+)?(?:(?:panel|board|committee|council)['’]s\s+)?(?:work\s+programme|forward\s+(?:plan|work\s+programme)|"
    r"minutes(?:\s+of\s+(?:this|the)\s+meeting)?|(?:next|following|future)\s+meetings?)\b",
    re.I,
)
# A promised thing is a noun phrase: a clause ("the survey was still running and would be …", "where it had to
# be …") or an expectation ("was due to be", "needs to be") is something else.
_CLAUSE_WORDS = re.compile(
    r"\b(?:was|were|is|are|has|had|have|been|being|said|stated|advised|confirmed|noted|reported|asked|requested|urged|"
    r"explained|reminded|suggested|recommended|will|would|could|should|must|may|might|can|which|who|where|when|while|"
    r"whilst|as|because|need|needs|needed|due|expected|likely|going|able|yet|continue|continues|intended|hoped|what|"
    r"how|why)\b"
    r"|\band\s+(?:the|a|an|this|these|it|he|she|they)\b",
    re.I,
)
_THING_WORDS = 12
_HAD = re.compile(r"\bhad\s+(?:\w+\s+)?$")  # a pluperfect just before a request: "… had recommended"
_VERDICT = re.compile(
    r"\b(?:resolved|agreed|decided)\W+that\s+(?:[^;]*?\s+and\s+that\s+)?$", re.I
)  # what the meeting settled, not asked for
_RESOLVED_THING_WORDS = (
    20  # "RESOLVED – That a report on the force's response to the … inspection be brought …"
)
_INVERTED = re.compile(r"^to\s+be\s+\w+\b[^.;]*?\s(?:are|is)\s", re.I)
# What every pattern of COMMITMENTS, REQUESTS and AGREED_TO needs (in lower case): a substring test rules most sentences
# out at once
_CUE = (
    "would",
    "will",
    "'ll",
    "’ll",
    "'d ",
    "’d ",
    "should",
    "going",
    "asked",
    "asks",
    "request",
    "instructed",
    "tasked",
    "invited",
    "recommended",
    "suggested",
    "sought",
    "called",
    "wished",
    "like",
    "decided",
    "resolved",
    "undertook",
    "agreed",
    "offered",
    "committed",
    "promised",
    "volunteered",
    "is to",
    "are to",
    "intend",
    "intention",
)


def _cued(low: str) -> bool:
    """Whether a sentence, in lower case, holds a word some commitment pattern needs."""
    return any(cue in low for cue in _CUE)


_NO_ONE = re.compile(r"^(?:nobody|no\s+one|no-one|none)$", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|hoped|could|might|may)\b", re.I
)  # "if approved, the Force would"
_ABSTRACT = re.compile(
    r"^\w+(?:ment|tion|sion|ness|ity|ance|ence|ing|ism|ure)$", re.I
)  # "Acknowledgement to work"
_HEADING_WORDS = re.compile(r"^(?:[A-Z]{5,}\s+)+(?=[A-Z][a-z])")  # "TREES Clerk to chase …": a run-in heading
# A public body, not a person or post: "the County Council", "the neighbourhood team", "the OPCC", "the Force" (a
# company or contractor at a liaison meeting is a party to it: "The company will install a new wheel wash" is its errand)
_ORGANISATION = re.compile(
    r"\b(?:council|county|borough|district|city|authority|government|department|agency|highways|ministry|force|police|"
    r"constabulary|garda[ií]?|síochána|service|services|team|unit|partnership|office|opcc|nhs|"
    r"networks?|water|rail|openreach|plc|ltd|limited)$",
    re.I,
)  # "UK Power Networks", "Anglian Water"
# The meeting's own council, or a peer: "The Parish Council will replace the bench" is its errand
_OWN_COUNCIL = re.compile(r"^(?:(?:[A-Z][\w’'-]*\s+)*(?:Parish|Town|Community)\s+)?Council$", re.I)
# National bodies never take a local meeting's errand: "HMICFRS will inspect the force", "The Home Office will publish"
_NATIONAL = re.compile(
    r"\b(?:home\s+office|government|ministry|department\s+(?:for|of)\b.*|hmicfrs|hmic|iopc|"
    r"inspectorate|college\s+of\s+policing)$",
    re.I,
)
# A rule for a class of people, not a task: "Officers are to record every stop and search on the app"
_CLASS = re.compile(
    r"^(?:all\s+)?(?:officers|staff|employees|residents|drivers|users|applicants|the\s+public)$", re.I
)
_EVERY = re.compile(r"\b(?:every|each|all|any|whenever|at\s+all\s+times)\b", re.I)
# On a condition an organisation names: "The Force would consider a pilot if funding became available"
# ("to see if this can be trialled" asks, it sets no condition)
_CONDITION = re.compile(
    r"(?<!see\s)(?<!check\s)(?<!ask\s)(?<!out\s)(?<!know\s)(?<!establish\s)(?<!determine\s)"
    r"\b(?:if|unless|once|provided\s+(?:that\s+)?)\b",
    re.I,
)
# A council's or agency's own plans, not a meeting's errand, when only reported: "Cllr Kerr said the County Council
# would …", "It was noted that the Borough Council will …" (a parish's own "Council", bare, may be the meeting's)
_AUTHORITY = re.compile(
    r"\b(?:county|borough|district|city|government|department|agency|highways|ministry|"
    r"authority)\b(?:\s+council)?$",
    re.I,
)
# Only told, not promised: "X said (that)", "It was noted that", "He explained that" (not "agreed", "undertook")
_REMINDED = re.compile(r"\breminded\b", re.I)
_REPORTED = re.compile(
    r"\b(?:said|reported|explained|advised|noted|stated|informed|told|mentioned|announced|"
    r"outlined|indicated|replied|responded|added|commented|highlighted|understood|reminded)\b(?:\s+\w+){0,3}"
    r"?\s*(?:that\s+)?(?:the\s+)?$",
    re.I,
)
# What an organisation does in its own business, not an errand for the meeting: "the Council will install CCTV",
# "The OPCC will be commissioning a victims' service", "the team will hold a drop-in surgery on 2 October",
# "The Metropolitan Police are to introduce a new 101 number", "the County Council would determine the application"
_PROGRAMME = re.compile(
    r"^(?:introduc|launch|install|resurfac|recruit|implement|commission|host|hold|open|clos|build|replac|"
    r"consult|determin|decid|collect|fund|deliver|roll|begin|start|plant|restor|extend|reduc|increas|run|lobby|"
    r"cut|trim|divert|dig|lay|repair|maintain)\w*\b",
    re.I,
)
# A habit, not a new task: "as usual", "as in previous years", "as they always do", "as every year"
# Policing itself, not an errand for the meeting, when a team or force says it: "The SNT will include the park in
# their evening patrols"
_POLICING = re.compile(r"\b(?:patrols?|patrolling|high[- ]visibility\s+presence)\b", re.I)
# … but asking others for patrols is an errand: "The Clerk to ask the dog warden to patrol the playing field"
_ASKS_OTHERS = re.compile(r"(?:ask|request|write\s+to|contact|e-?mail|invite|urge)\b", re.I)
_HABIT = re.compile(
    r"\bas\s+(?:usual|always|normal|ever|every\s+year|in\s+(?:previous|past|other|recent)\s+years|"
    r"(?:they|it|we|he|she|I)\s+(?:always|usually|normally)\s+(?:do|does|did))\b",
    re.I,
)
# A standing routine, said of an organisation or a thing: "collect the bins fortnightly", "cut three times this year",
# "updated every month", "as required by the permit"
_ROUTINE = re.compile(
    r"\b(?:fortnightly|weekly|monthly|annually|yearly|quarterly|every\s+(?:day|week|month|year|"
    r"quarter|\w+day)|(?:once|twice|three\s+times|four\s+times)\s+(?:a|per|each|this)\s+"
    r"(?:day|week|month|quarter|year)|on\s+a\s+(?:regular|routine|daily|weekly|monthly)\s+basis|"
    r"as\s+required\s+by)\b",
    re.I,
)
# An errand agreed at an earlier meeting, retold: "At the January meeting it had been agreed that Dave would …",
# "Helen had agreed to ask the school …", "At the last meeting it was agreed …" (progress on it is updates.py's);
# "has agreed to" is agreed now, and "at the June meeting" may be the next
_EARLIER = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?:agreed|undertaken|undertook|offered|promised|volunteered|"
    r"asked|requested|tasked|instructed|decided|resolved)\b|"
    r"\b(?:at|since)\s+the\s+(?:last|previous|earlier)\s+meeting\b",
    re.I,
)
# An answer to a question tells what is to happen ("The Commissioner replied that the strategy would be published in
# the autumn"); it promises the meeting something only when the thing comes to the meeting ("… would be circulated")
_REPLY = re.compile(r"\b(?:replied|responded|answered|in\s+(?:reply|response|answer))\b", re.I)
_TO_MEETING = re.compile(
    r"\b(?:circulated|shared|sent|forwarded|provided|e-?mailed|(?:brought|reported)\s+back|"
    r"members|councillors|(?:the|this)\s+(?:panel|committee|board|group|meeting)|next\s+meeting)\b",
    re.I,
)
# A passive whose doer is an authority's own: "The verges will be cut by the Borough", "… by Highways in May"
_BY_AUTHORITY = re.compile(
    r"\bby\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:County|Borough|District|City|Government|"
    r"Department|Agency|Highways|Ministry|Authority)\b"
)
_OWNER_WORDS = 6  # "Head of Digital Strategy and Innovation": a longer subject is a clause, not who
_LISTED = re.compile(
    r",\s+|\s+and\s+|\s*[&/]\s*"
)  # "Cllr Gadd, Cllr Wren and the Clerk": each owner counted alone
_SENTENCE_WORDS = 60  # a longer "sentence" is a paragraph the splitter could not cut: no one task in it
# a comment under a blog post, as blogging software prints it: "Janet said… Will do Margaret, …"
_BLOG_COMMENT = re.compile(r"^\W*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+said(?:\s*…|\.{3})")
_PRONOUN = {"he", "she", "they", "i", "we", "it"}
_PERSON_PRONOUN = {"he", "she"}
_CHAIRS = {"chairman", "chairperson", "chairwoman", "secretary"}


_TITLED_MANY = re.compile(r"^(?:Cllrs\.?|Councillors|Messrs\.?)\s+(\S.*)$")


def _one_post(who: str) -> bool:
    """ "Commissioning and Partnerships Manager", "Policy and Performance Officer": one post, the two things it looks
    after joined by "and" (not "the Clerk and the Chair", "JB and AM")."""
    m = re.fullmatch(r"([A-Z][a-z]+)\s+and\s+(?:[A-Z][a-z]+\s+)+(\w+)", who)
    return (
        m is not None
        and m.group(1).lower() not in TITLE_NOUNS | _CHAIRS
        and m.group(2).lower() in TITLE_NOUNS
    )


def _is_owner(who: str, after_that: bool, people: frozenset[str]) -> bool:
    """Does a subject read as someone who can carry out a task, rather than a thing or an organisation's plans?"""
    if POST_FOR.search(who):
        return True  # "Cabinet Member for Highways and Transport": one post, whatever it heads
    plural = _TITLED_MANY.match(who)
    if plural:  # "Councillors Dobbs and Bamford", "Cllrs Gadd, Wren and Hale": each a titled surname
        return all(
            re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", one) for one in _LISTED.split(plural.group(1))
        )
    listed = [who] if _one_post(who) else _LISTED.split(who)
    if len(listed) > 1 and all(listed):  # "Cllr Wren and Cllr Gadd": each of them
        return all(_is_owner(one, after_that, people) for one in listed)
    words = who.split()
    if not words or len(words) > _OWNER_WORDS or _ABSTRACT.search(who):
        return False
    if (
        who.lower() in _PERSON_PRONOUN
        or who.lower() in ("we", "i")
        or re.fullmatch(_NAMED, who)
        or is_person(who, people)
    ):
        return True  # ("We will ask the police to attend": the meeting's own errand)
    last = words[-1].lower().rstrip("s’'")
    if (
        last in TITLE_NOUNS
        or last in _CHAIRS
        or re.fullmatch(r"[A-Z]{2,5}", words[-1])
        or INITIALS.match(words[-1])
        or _BODY.search(who)
    ):  # "the CEx", "the DoF": a post's letters
        return True
    if len(words) > 2 and any(
        w.lower() in TITLE_NOUNS and after in ("of", "for") for w, after in itertools.pairwise(words)
    ):
        return True  # "Head of Performance", "Cabinet Member for Highways": a post named by what it heads
    # "that Rosemary will lay …": a capitalised word after "that" is a name, at a sentence's start it may be any noun
    return after_that and len(words) <= 3 and all(w[:1].isupper() for w in words)


def _candidates(sentence: str) -> list[str]:
    """The sentence, and its tail after a run-in label ("Chalk Pit: Clerk to instruct", "Trees – Lee to look")."""
    out = [sentence]
    unlettered = _ENTRY_LETTER.sub("", sentence, count=1)  # "c) The Clerk to obtain three quotes …"
    if unlettered != sentence:
        out.append(unlettered)
    for separator in (": ", " – ", " - ", " — ", "; "):
        tail = sentence.rpartition(separator)[2]
        if tail != sentence and tail not in out:
            out.append(tail)
    # "Cllr Gadd confirmed it has not been done, Clerk to contact the contractor again": a task after a comma
    clause = _TASK_CLAUSE.search(sentence)
    if clause and clause.end() not in (len(sentence) - len(tail) for tail in out):
        out.append(sentence[clause.end() :])
    # "… set out in the medium term financial plan, which would be shared with the Panel in the summer": the thing
    # the passive's "which" stands for, then the passive
    which = _PASSIVE_WHICH.search(sentence)
    if which:  # tried first: what the sentence says before it is most often news
        out.insert(0, f"{which.group('thing')} {which.group('rest')}")
    return out


_ENTRY_LETTER = re.compile(
    r"^(?:\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=[A-Z])"
)  # "6.3 Supt …"
_TASK_CLAUSE = re.compile(r",\s+(?=(?:[A-Z][\w’'.\-]*\s+){1,4}to\s+[a-z])")


def commitments(
    passage: Passage, meeting: date | None, next_meeting: date | None, people: frozenset[str] = frozenset()
) -> list[Action]:
    """Implicit actions: commitments stated only in the narrative; `people` are the words of the names of those
    present ("Ken will organise …" names a person when a Ken Platt attended)."""
    if _BLOG_COMMENT.match(passage.text):
        return []  # "Dave said... Thanks Maggie, I'll bring the petition next time.": a reader's comment, no minute
    out: list[Action] = []
    said = units(passage.text)
    whole = verbatim(passage.text)
    asked: list[Action] = []  # what the sentence before requested, with nobody named to do it
    for k, sentence in enumerate(said):
        if (
            len(sentence.split()) > _SENTENCE_WORDS
            or sentence.endswith("?")
            or _STATUS_NOTE.search(sentence)
            or _MARKED_BARE.match(sentence)
        ):
            continue
        if k + 1 < len(said) and _STATUS_NOTE.match(said[k + 1]):
            continue  # "J Okoro to repaint the bench. (PENDING: CA)": its progress follows it
        found = _commitment(sentence, meeting, next_meeting, not passage.reviewing, people)
        if (
            not found
            and k
            and (turned := _done_as_asked(said[k - 1], sentence, meeting, next_meeting, people))
        ):
            found, sentence = turned, f"{said[k - 1]} {sentence}"
        elif (
            not found and "; " in sentence
        ):  # "… asked that future statements show X; the CE said this would be …"
            question, _, answer = sentence.rpartition("; ")
            found = _done_as_asked(question, answer, meeting, next_meeting, people)
        named = _named_again(sentence, said[k - 1] if k else "") if len(found) == 1 else None
        if named:  # "… the goal posts were in need of paint. Cllr Weekes will repaint them": what "them" is
            owners, _, due, due_text = found[0]
            found = [(owners, named, due, due_text)]
        # "Clerk to instruct.", "The police to be informed.": what the errand is about is the sentence before
        refers_back = (
            bool(found)
            and not named
            and (
                _says_little(sentence)
                or _POINTS_BACK.match(sentence)
                or bool(k and _ASKED_HOW.search(said[k - 1]) and _ERRAND_ON_IT.search(sentence))
                or _REFERS_BACK.search(sentence, max(0, len(sentence) - 40))
            )
        )
        before = said[k - 1] if k and refers_back and not _only_a_vote(said[k - 1]) else ""
        if (
            before
            and f"{before} {sentence}" in whole
            and not _commitment(before, meeting, next_meeting, True, people)
        ):
            found = [
                (owners, f"{before} {text[:1].upper()}{text[1:]}", due, due_text)
                for owners, text, due, due_text in found
            ]
            sentence = f"{before} {sentence}"
        does_so = _DOES_SO.match(sentence) if asked and not found else None
        if does_so:  # "Cllr Healy requested that the schedule be circulated. The Chief Superintendent agreed to do so."
            for request in asked:
                request.owners = [re.sub(r"^(?:the|our)\s+", "", does_so.group("who"), flags=re.I)]
            asked = []
            continue
        if (
            asked
            and len(found) == 1
            and found[0][0]
            and (
                _ANSWERED.search(sentence, max(0, len(sentence) - _ANSWER_REACH))
                or _CARRY_OUT.search(sentence)
            )
        ):
            # "Members asked for a breakdown … The Commissioner agreed to provide it.", "Cllr Wren to be booked on
            # the course. Clerk to book.": one task, the second sentence names who does it
            for request in asked:
                request.owners = list(found[0][0])
            asked = []
            continue
        if found and not all(owners for owners, *_ in found) and _HE_OR_SHE.search(sentence):
            # "Cllr Lyle said … She would find out when …": Cllr Lyle's, the person the sentences before were about
            # (… or this one, when "he" comes later in it: "Neil said that … and he would check the records")
            earlier = reversed(said[: k + 1] if not _HE_OR_SHE.match(sentence) else said[:k])
            named = next((who for who in (_person_subject(s, people) for s in earlier) if who), None)
            found = [
                (owners or ([named] if named else []), text, due, due_text)
                for owners, text, due, due_text in found
            ]
        made = [
            Action(
                text=text,
                owners=owners,
                due=due,
                due_text=due_text,
                item=passage.item,
                evidence=passage.evidence(sentence),
            )
            for owners, text, due, due_text in found
        ]
        made += [
            Action(
                text=text,
                owners=owners,
                due=due,
                due_text=due_text,
                item=passage.item,
                evidence=passage.evidence(sentence),
            )
            for owners, text, due, due_text in _relative(sentence, meeting, next_meeting, people)
        ]
        made = [a for a in made if a.owners or not _SCHEDULED.match(a.text)]
        # what nobody was named to do, or what was asked of someone: an answer may say who does it
        asked = [a for a in made if not a.owners or _ASKING.search(sentence)]
        out.extend(made)
    return out


# "she will walk it with …", "He will order it.", "Cllr Weekes will repaint them before the fete": a task on a thing
# the clause or sentence before named
_ON_IT = re.compile(
    r"(?:^|;\s+)(?:[\w’'.-]+\s+){0,4}?(?:will|would|['’]ll|agreed\s+to)\s+(?P<verb>[a-z]+(?:\s+(?:up|out|back|off))?)\s+"
    r"(?:it|them|this)\b(?P<rest>[^,;]*?)(?=\s+and\s|[,;.]|$)"
)
# … as the subject of what was reported ("said the Scarlow Hill byway had been rutted"), or the phrase the sentence
# before ends on ("approved the grant for the new notice board.")
_REPORTED_THING = re.compile(
    r"\b(?:that|said|reported|noted|mentioned)\s+(?P<np>(?:the|a|an)\s+[^,;.]{2,60}?)\s+"
    r"(?:was|were|had|has|have|is|are|needed|needs)\b"
)
# a question whose answer "it" is: "asked how many children had been referred …", not "asked whether the council could
# support a bid for a community bus" (a proposal, which "this" names)
_ASKED = re.compile(r"\b(?:asked|queried|wondered)\s+(?:how|what|when|why|which|where|who)\b|\?\s*$", re.I)
_ENDS_ON = re.compile(r"\b(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+)\W*$")


def _named_again(sentence: str, before: str) -> str | None:
    """The task of a promise made on "it" or "them", with the thing named: "repaint the goal posts on the playing
    field before the fete". Looked for in the clause before (after "; ") or the sentence before; None when neither
    names it plainly, and the promise is left as said."""
    m = _ON_IT.search(sentence)
    if not m:
        return None
    if m.group(0).startswith(";"):
        context = sentence[: m.start()]
        thing = _REPORTED_THING.search(context)
    elif _ASKED.search(before):
        return None  # "X asked how many … The Superintendent will provide it": the question says what
    else:
        context = before
        thing = _ENDS_ON.search(context) or _REPORTED_THING.search(context)
    if not context or not thing:
        return None
    return f"{m.group('verb')} {thing.group('np')}{m.group('rest')}"


# a meeting or an event fixed for a day, nobody named to arrange it: the calendar decided, no errand ("It was agreed
# to hold the fun day on Saturday 12 July", "the Annual Town Meeting be held on Wednesday 7 May 2025 at 7.00pm")
_SCHEDULED = re.compile(
    r"^(?:hold\s+|(?:that\s+)?the\s+[\w\s'’-]{1,50}?\s+be\s+held\s+)[^.;]*?\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)",
    re.I,
)


# "Dr Wilk asked whether the findings had been shared with the fraud lead. The DoF confirmed this would be done
# before the end of July.": the question says the errand, the answer who does it and by when
_ASKED_IF_DONE = re.compile(
    rf"\basked\s+(?:whether|if)\s+(?P<what>[^,;]+?)\s+(?:had|has|have)\s+(?:yet\s+|already\s+)?been\s+"
    rf"(?P<done>(?:{PARTICIPLES})\b[^?]*?)\W*$"
)
_WOULD_BE_DONE = re.compile(
    rf"^{_WHO}\s+(?:confirmed|said|stated|advised|agreed|undertook|assured\s+\w+)\s+(?:that\s+)?(?:this|it|that)\s+"
    r"(?:would|will)\s+be\s+(?P<how>done|actioned|completed|carried\s+out|arranged|included|added|provided|shown)\b"
    r"(?P<rest>[^;]*?)\W*$"
)
# "Cllr Abney asked that future statements show the ratio of the highest paid to the median salary; the Chief
# Executive said this would be included in the 2026/27 statement": asked for in a paper, promised for one
_ASKED_THAT_SHOWN = re.compile(
    r"\basked\s+that\s+(?:future|the\s+next|next|later)\s+[^,;]{2,60}?\s+(?:show|include|set\s+out|contain|give)\s+"
    r"(?P<what>[^;]+?)\W*$"
)


def _done_as_asked(
    question: str, answer: str, meeting: date | None, next_meeting: date | None, people: frozenset[str]
) -> _Found:
    """The errand a question about something not yet done becomes when the answer promises it."""
    if " be " not in answer or "asked" not in question:
        return []  # most sentences: no regular expression tried
    asked, promised = _ASKED_IF_DONE.search(question), _WOULD_BE_DONE.match(answer)
    shown = _ASKED_THAT_SHOWN.search(question) if promised and not asked else None
    if not ((asked or shown) and promised):
        return []
    who = re.sub(r"^(?:the|our)\s+", "", promised.group("who"), flags=re.I)
    if not _is_owner(who, False, people):
        return []
    if asked:
        text = f"{asked.group('what')} to be {asked.group('done')}{promised.group('rest')}"
    elif shown:
        text = f"{shown.group('what')} to be {promised.group('how')}{promised.group('rest')}"
    else:
        return []
    return [([who], t.text, t.due, t.due_text) for t in parse_task(text, meeting, next_meeting)]


# "She would find out …", "In reply, he agreed to look at …": the person the sentence before was about does it
_HE_OR_SHE = re.compile(
    r"(?:^(?:[^,;]{0,40}[,;]\s+)?|\b(?:and|but)\s+(?:that\s+)?)(?:he|she)(?:\s+(?:\w+ly\s+)?(?:would|will|agreed|undertook|offered|"
    r"promised|is\s+to|was\s+to|is\s+going|intends|mentioned|confirmed|said)|['’]s\s+going)\b",
    re.I,
)
_IS_GOING = re.compile(r"['’]s\s+going\s+to\s+(?=[a-z])")
_SUBJECT_PERSON = re.compile(
    rf"^(?:[^,;:]{{0,60}}[,:]\s+)?(?:the\s+)?(?P<who>{_NAMED}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)"
    r"{0,2})\s+(?!(?:and|&)\b)[a-z]"
)


def _person_subject(sentence: str, people: frozenset[str]) -> str | None:
    """The person a sentence is about when it opens with one: a name, a titled name or a post ("Cllr Lyle said …",
    "In reply, the Chief Superintendent stated …")."""
    m = _SUBJECT_PERSON.match(sentence)
    if not m:
        return None
    who = re.sub(r"^The\s+", "", m.group("who"))  # "The DCC explained …": the post, by its letters
    post = (
        who.split()[-1].lower() in TITLE_NOUNS | _CHAIRS
        and not _BODY.search(who)
        and not _ORGANISATION.search(who)
    )
    letters = bool(re.fullmatch(r"[A-Z]{2,5}", who))
    return who if re.fullmatch(_NAMED, who) or is_person(who, people) or post or letters else None


# "… send the list to the Clerk who will seek costs", "… to the Inspector, who would then have them reviewed"
_RELATIVE = re.compile(
    rf"\b(?P<who>(?:{_HONORIFIC}\.?\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}}),?\s+who\s+"
    rf"(?:will|would)\s+{_TASK}"
)


# "… had asked the Chief Constable for a recovery plan, which he would bring to the Panel once he had received it": the
# errand is about what went before ("…, to which the Council would be responding" is left alone: what it answers
# is as often the sentence's subject as the words just before)
_DETERMINER = r"(?:an?|the|this|its|his|her|their)\s"
_PHRASE = (
    rf"\b{_DETERMINER}+(?:(?!{_DETERMINER})[\w'’/-]+\s+){{0,5}}?[\w'’/-]+"  # "the new crime recording system"
)
_PASSIVE_WHICH = re.compile(rf"(?P<thing>{_PHRASE}),\s+which\s+(?P<rest>(?:would|will)\s+be\s+\w+ed\b[^;]*)$")
_WHICH = re.compile(
    rf"(?P<thing>{_PHRASE}(?:\s+(?:on|of|into|about|regarding)\s+{_PHRASE})?),\s+which\s+"
    r"(?P<who>he|she|they|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:would|will)\s+(?:be\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^;.]*)"
)


def _which(sentence: str, meeting: date | None, next_meeting: date | None, people: frozenset[str]) -> _Found:
    """The errand a "which" clause gives: its verb done to the thing before it, by whoever it names (he or she: the
    person the sentence is about)."""
    m = _WHICH.search(sentence) if "which " in sentence else None
    if not m or _HYPOTHETICAL.search(sentence[: m.start()]):
        return []
    verb = m.group("verb")
    if not re.fullmatch(rf"(?:{ERRANDS}|{_ERRANDS_ING})", verb):
        return []  # "…, which he would welcome", "which would be useful": no errand
    who = m.group("who")
    if who.lower() in _PERSON_PRONOUN:
        who = _person_subject(sentence, people) or ""
    who = re.sub(r"^the\s+", "", who, flags=re.I)
    task = f"{verb} {m.group('thing')}{m.group('rest')}"
    if not who or _not_errand(
        who, task, sentence[: m.start()], sentence[m.end("thing") : m.start("verb")], people
    ):
        return []
    return [([who], t.text, t.due, t.due_text) for t in parse_task(task, meeting, next_meeting)]


def _relative(
    sentence: str, meeting: date | None, next_meeting: date | None, people: frozenset[str]
) -> _Found:
    """The errand a relative clause gives the person it names."""
    if "which " in sentence and (found := _which(sentence, meeting, next_meeting, people)):
        return found
    m = _RELATIVE.search(sentence) if " who " in sentence else None
    if not m or _HYPOTHETICAL.search(sentence[: m.start()]) or _SUGGESTED.search(sentence[: m.start()]):
        return []  # "he recommended that a Sub Committee who would come back with proposals …": not yet agreed
    who, task = re.sub(r"^the\s+", "", m.group("who"), flags=re.I), m.group("task")
    if (
        not _is_owner(who, False, people)
        or _BODY.search(who)
        or _not_errand(who, task, sentence[: m.start()], sentence[: m.start("task")], people)
    ):
        return []
    return [
        ([who], f"{who} to {t.text}" if _short(t.text, 1) else t.text, t.due, t.due_text)
        for t in parse_task(task, meeting, next_meeting)
    ]


_SUGGESTED = re.compile(r"\b(?:recommended|suggested|proposed|suggestion|recommendation)\b", re.I)


# one person's suggestion ("Cllr Rafferty suggested that …", "A resident suggested that …"), not the meeting's request
_ONE_SUGGESTS = re.compile(
    rf"(?:^|[,;]\s+)(?:{_NAMED}|(?i:a|one)\s+(?:resident|member|councillor|speaker)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?:suggested|proposed|wondered)\s+that\s+$"
)
_ASKING = re.compile(
    r"\b(?:requested|asked)\s+(?:that\s+)?(?:the\s+)?[A-Z]"
)  # "requested that the Garda provide …"
# A promise that only answers the request before it: "… agreed to provide it", "would look into this", "would do so"
_ANSWER_REACH = 60  # characters: "… agreed to look into this" ends the sentence, so only its end is searched
_ANSWERED = re.compile(
    rf"\b(?:{ERRANDS}|do)(?:\s+(?:into|at|up|on|out|back))?\s+(?:it|this|that|these|them|so|the\s+same)\W*$",
    re.I,
)


_CONTEXT_WORDS = 7  # a task said in fewer words takes the sentence before it as what it is about …
_OWN_OBJECT_WORDS = 3  # … unless its errand names its own object: "Priya to pay the insurance" says what


def _says_little(sentence: str) -> bool:
    """A short sentence whose errand is a verb alone or with a word ("Clerk to instruct.", "JB to write"): what it
    is about is the sentence before."""
    errand = _ERRAND_SAID.search(sentence)
    return len(sentence.split()) < _CONTEXT_WORDS and not (
        errand and len(errand.group(1).split()) >= _OWN_OBJECT_WORDS
    )


_ERRAND_SAID = re.compile(
    r"\b(?:to|will|would|shall|should)\s+(.+)$"
)  # the words of the errand, past who does it
# "X asked how many victims … had declined support. The Commissioner … agreed to provide it": the question says what
_ASKED_HOW = re.compile(r"\basked\s+(?:how|what|whether|if|why|when|where|which|who|about)\b", re.I)
_ERRAND_ON_IT = re.compile(
    rf"\b(?:{ERRANDS})\s+(?:(?:to|with|at|into|on|for|up\s+with)\s+)?(?:it|this|these|that|those|them)\b"
)
_POINTS_BACK = re.compile(
    r"^(?:this|these|that|those|to\s+be)\b", re.I
)  # "This is to be discussed …", "To be brought back …"
# … as does one that ends on what was said before: "The Clerk to contact the Borough regarding this."
_REFERS_BACK = re.compile(
    r"\b(?:(?:regarding|about|on|re|over)\s+(?:this|it|these|that|this\s+matter|the\s+matter)|"
    r"accordingly|(?:send|issue|sign|post|forward|draft)\s+(?:the|this|that)\s+(?:letter|reply|response|"
    r"e-?mail))\W*$"
    # "… agreed to take ownership of this task from the former secretary": the task is the sentence before's
    r"|\b(?:of|for|over|with)\s+(?:this|that|the)\s+(?:task|job|action|work)\b",
    re.I,
)  # "… updated accordingly.", "The Administrator will send the letter."
# "Clerk to book.", "Clerk to progress.": who carries out what the sentence before asked for, in a verb alone
# ("Cllr Hart to investigate." is an errand of its own)
_DOES_SO = re.compile(
    rf"^{_WHO}\s+(?:agreed|undertook|offered|promised|(?:said|confirmed)\s+(?:that\s+)?(?:he|she|they)\s+would)\s+"
    r"(?:to\s+)?do\s+(?:so|this|that|it)\W*$"
)
_CARRY_OUT = re.compile(
    r"^(?:[A-Z][\w’'.\-]*\s+){1,3}to\s+(?:action|progress|arrange|organi[sz]e|book|order|instruct|"
    r"implement|proceed|facilitate|co-?ordinate|deal\s+with\s+(?:this|it)|handle|do\s+so|process|"
    r"pay|purchase|buy)\W*$"
)
_VOTE = re.compile(r"\b(?:proposed|seconded|2nd)\b", re.I)  # … unless it only records who moved a vote
_VOTE_WORDS = (
    12  # "Prop. Cllr Wren, 2nd Cllr Gadd, all agreed." is short; a motion set out says what was moved
)


def _only_a_vote(sentence: str) -> bool:
    return bool(_VOTE.search(sentence)) and len(sentence.split()) <= _VOTE_WORDS


# "The light is out, this to be reported": a promise about "this" is the whole sentence
_ANAPHOR = re.compile(r"^(?:this|that|it|these|those)\b", re.I)


def units(text: str) -> list[str]:
    """The sentences of a passage, the entries of a list run into one paragraph, and two promises joined by "and",
    one by one."""
    return [
        clause
        for whole in sentences(verbatim(text))
        for part in (_RUN_IN_LIST.split(whole) if any(d in whole for d in _DASHES) else (whole,))
        for part in (_RUN_ON.split(part) if len(part.split()) > _SENTENCE_WORDS else (part,))
        for numbered in (_RESOLUTION_PART.split(part) if "; (" in part or "; and (" in part else (part,))
        for clause in _promises(numbered)
    ]


# "RESOLVED that (1) the report be noted; (2) the Chair write to the Commissioner …": each part of a resolution
_RESOLUTION_PART = re.compile(r";\s+(?:and\s+)?(?=\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s)")


# "Highways will be approached … and the Parish Council will explore any ideas …": two promises, two subjects
# "… the forum agreed to start a Speedwatch group, and Lewis offered to coordinate volunteers": so with "agreed to"
_AND_WILL = re.compile(
    r",?\s+and\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
    r"(?:will|would|(?:agreed|offered|undertook|volunteered)\s+to)\s+[a-z])"
)
_PROMISING = re.compile(r"\b(?:will|would|(?:agreed|offered|undertook|volunteered)\s+to)\s+[a-z]")


def _promises(sentence: str) -> list[str]:
    """A sentence cut where "and" opens a second subject's promise, when the words before promise something too."""
    cut = _AND_WILL.search(sentence) if " and " in sentence else None
    if not cut or not _PROMISING.search(sentence[: cut.start()]):
        return [sentence]
    return [sentence[: cut.start()], *_promises(sentence[cut.end() :])]


# "… Clerk to instruct. – A larger bin was costed …": entries of a list run into one paragraph
# A sentence too long to hold one task is cut where its clauses meet: "… and the Clerk was asked to email
# Highways … onto the A134 - ask about the possibility of …; to copy to …"
_RUN_ON = re.compile(r"\s+[–—-]\s+|;\s+")
_RUN_IN_LIST = re.compile(r"(?<=[.;)])\s+[–—-]\s+(?=[A-Z])")
_DASHES = ("–", "—", " - ")  # what a run-in list needs before its split is tried
# "J Bloggs to look at the benches (PENDING: CA)": an entry of an action list with its progress is an update
_STATUS_NOTE = Gated(re.compile(r"\((?:pending|complete[d]?|done|closed|ongoing|open)\b[^()]*\)", re.I), "(")
# "contact these", "chase this up", "speak to him about it": who or what the errand is about is said before
_VAGUE_OBJECT = re.compile(
    r"^\S+\s+(?:(?:to|with|at|into|on|for|up\s+with)\s+)?(?:this|these|that|those|it|them|him|her)\b"
)
_Found = list[tuple[list[str], str, str | None, str | None]]  # (owners, task, due, due as written)


def _short(text: str, tasks: int) -> bool:
    """ "meet with them", "contact these to discuss this further" say too little alone: the sentence is kept."""
    return tasks == 1 and (len(text.split()) < 6 or bool(_VAGUE_OBJECT.match(text)))


_NOT_ERRAND = re.compile(
    r"^(?:take\s+(?:note|part|place)|note)\b"  # "agreed to take note that …"
    # "Members agreed to make no comment", "… raise no objection", "so we'll see.": nothing to do
    r"|^(?:make|raise|take|offer|have)\s+no\b|^see\W*$"
    # "would consider this", "would look at the suggestion": nothing promised yet
    r"|^consider\s+(?:this|it|that|these|them|the\s+(?:suggestion|request|idea|point|proposal)s?)\b",
    re.I,
)


def _commitment(
    sentence: str,
    meeting: date | None,
    next_meeting: date | None,
    passive: bool = True,
    people: frozenset[str] = frozenset(),
) -> _Found:
    """Each task one sentence commits someone to."""
    sentence = _IS_GOING.sub(" is going to ", sentence)  # "She's going to find out …": "She is going to …"
    low = " ".join(sentence.lower().split())
    cued = _cued(low) or low.startswith("(")  # "(2) the Chair write to …": a resolution's part
    patterns = (
        [p for p in (*COMMITMENTS, *REQUESTS, AGREED_TO) if any(need in low for need in _NEEDS[p])]
        if cued
        else []
    )
    if re.search(r"\bto\s", sentence):
        patterns.append(BARE_TASK)
    for pattern in patterns:
        m = next((m for text in _candidates(sentence) for m in [pattern.search(text)] if m), None)
        if not m or _NOT_ERRAND.match(m.group("task")):
            continue
        if pattern is AGREED_TO:
            verb = m.group("task").split()[0]
            if verb in _DELIBERATE or verb in _DONE_IN_SAYING or _EARLIER.search(m.string[: m.start("task")]):
                continue  # "It was agreed to note the report", "At the last meeting it had been agreed to ask …"
            tasks = parse_task(m.group("task"), meeting, next_meeting)
            put = DEFERRED.search(sentence) if verb in ("defer", "postpone") and put_off(sentence) else None
            if (
                put and len(tasks) == 1
            ):  # "It was agreed to defer the discussion of the plan to the March meeting"
                return [([], _deferral(sentence, put), tasks[0].due, tasks[0].due_text)]
            return [
                ([], clean_entry(sentence) if _short(t.text, len(tasks)) else t.text, t.due, t.due_text)
                for t in tasks
            ]
        if m.group("who") == "I" and re.match(r"\s+would|['’]d", m.string[m.end("who") :]):
            continue  # "I would move that this Council …": a motion put, not a promise
        named = m.group("who") or m.groupdict().get("group") or ""
        who = _HEADING_WORDS.sub("", re.sub(r"^(?:the|our)\s+", "", named, flags=re.I)).strip()
        who = re.sub(
            r"^(?:new|acting|interim|incoming|current)\s+", "", who
        )  # "The new Secretary agreed to …"
        group = m.groupdict().get("group")
        before = m.string[: m.start("group" if group else "who")]
        if (
            _HYPOTHETICAL.search(re.split(r"[;:]\s", before)[-1]) or not who or _NO_ONE.match(who)
        ):  # "if …, X would", not "asked whether …; X agreed to"; "Nobody volunteered to …"
            continue
        subject = (m.groupdict().get("subject") or "").strip()
        if subject and subject.lower() not in _PRONOUN:  # "It was agreed that the Chief Executive would …"
            who = re.sub(r"^the\s+", "", subject, flags=re.I)
        elif subject and not _is_owner(who, False, people):
            # "In response to queries, he stated that he would …": "he", not "In"; "In reply, the Chief
            # Superintendent stated that he would …": the Chief Superintendent
            who = _person_subject(m.string, people) or subject
        elif pattern in (WILL, WILL_BE, AND_UNDERTOOK) and not _is_owner(
            who, bool(re.search(r"\bthat\s+$", before)), people
        ):
            continue
        elif pattern in REQUESTS and _HAD.search(m.string[: m.start()]):
            continue  # "The Panel had recommended that the Commissioner publish …": news of an earlier request
        elif pattern is REQUESTS[0] and _ONE_SUGGESTS.search(m.string[: m.start("who")]):
            continue  # "Cllr Begum suggested that the council hold a public meeting": one member's idea, not yet agreed
        elif pattern in REQUESTS and not (group or who.lower() in _PRONOUN or _is_owner(who, False, people)):
            continue  # "requested that the Parish Plan Draw take place" asks for an event, not of a person
        elif pattern is AGREED_THAT and (
            _BODY.search(who)
            or m.group("task").split()[0] in _DELIBERATE
            or not re.search(r"\bthat\s|\bshould\s+$", m.string[m.start() : m.start("task")])
        ):
            continue  # "RESOLVED that Cabinet agree to: …" is the decision itself; "agreed the Clerk's …" no task
        elif pattern in REQUESTS and _BODY.search(who) and m.group("task").split()[0] in _DELIBERATE:
            continue  # "… asks the Board to agree closure": a body asked to decide, no errand
        elif pattern in (WILL, WILL_BE) and m.group("task").split()[0] in _DELIBERATE and _BODY.search(who):
            continue  # "the Panel will review the precept in February" is its business, not an errand
        if max(len(one.split()) for one in _LISTED.split(who)) > _OWNER_WORDS or _ABSTRACT.search(who):
            continue
        told = m.string[: m.start("subject")] if subject else before
        if _EARLIER.search(m.string[: m.start("task")]) or (
            pattern not in REQUESTS
            and _not_errand(who, m.group("task"), told, m.string[: m.start("task")], people)
        ):
            continue  # "The Commissioner had asked the Chief Constable to find savings", "the Council will install …"
        if pattern is BARE_TASK:
            if len(who.split()) == 1 and not (
                re.fullmatch(r"[A-Z]{2,5}", who)
                or who.lower() in TITLE_NOUNS | _CHAIRS
                or is_person(who, people)
            ):
                continue  # "Need to look at …", "Overt to raise …": one ordinary word is not an owner
            if m.group("asked") and m.group("task").split()[0] in _DELIBERATE:
                continue  # "Members were asked to note the report"
        owners = [
            o
            for o in (
                [who] if POST_FOR.search(who) or group or _one_post(who) else re.split(r"\s+and\s+|/", who)
            )
            if o.lower() not in _PRONOUN
        ]
        # "… that the Clerk should obtain quotations for a new rope and that Mr Bastable be authorised to …": the
        # resolution's next part is another matter
        own_part = _NEXT_PART.split(m.group("task"), maxsplit=1)[0]
        task_text = f"{who} to {own_part}" if pattern is BARE_TASK else own_part
        tasks = parse_task(task_text, meeting, next_meeting, need_subject=pattern is BARE_TASK)
        out = []
        for task in tasks:
            vague = bool(
                _VAGUE_OBJECT.match(task.text)
                or _ANSWERED.search(task.text, max(0, len(task.text) - _ANSWER_REACH))
                or len(task.text.split()) == 1
            )  # "…forum on 20th March; JB and AM will attend": what, before
            text = (
                clean_entry(sentence if vague else _own_clause(sentence, m))
                if _short(task.text, len(tasks))
                else task.text
            )
            if (
                len(tasks) > 1 and task.owners and _short(task.text, 1)
            ):  # "…, Cllr Wren to speak to the resident"
                text = f"{' and '.join(task.owners)} to {task.text}"
            out.append(
                (task.owners or ([] if pattern is BARE_TASK else owners), text, task.due, task.due_text)
            )
        if out:
            return out
    asked = PAPER_REQUESTED.search(sentence) if cued else None
    if (
        asked
        and not passive
        and re.match(r"(?:an?|the|some|further|more)\s+(?:\w+\s+)?update", asked.group("thing"), re.I)
    ):
        asked = None  # under matters arising, "X asked for an update on the CCTV scheme" is answered there and then
    if (
        asked
        and not _HYPOTHETICAL.search(sentence[: asked.start()])
        and not _ASKED_ELSEWHERE.search(sentence[: asked.start()])
    ):
        body, due_text = split_due(asked.group("thing").rstrip(" ."), meeting, next_meeting)
        return [([], body, resolve_due(due_text, meeting, next_meeting) if due_text else None, due_text)]
    deferred = (DEFERRED.search(sentence) or _TAKEN_LATER.search(sentence)) if passive else None
    if deferred and not _HYPOTHETICAL.search(sentence[: deferred.start()]):
        _, due_text = split_due(sentence.rstrip(" ."), meeting, next_meeting)
        # "Deferred to the next meeting", "It was agreed to defer this to the April meeting so that …": what was put
        # off is said only with the rest of the sentence
        body = _deferral(sentence, deferred) if put_off(sentence) else sentence.rstrip(" .")
        return [([], body, resolve_due(due_text, meeting, next_meeting) if due_text else None, due_text)]
    # while the earlier actions are gone through, a promise is progress on one of them
    return _promised(sentence, meeting, next_meeting) if passive else []


# What each pattern needs somewhere in the sentence: a plain search that rules most patterns out before their costly
# scans (the candidates a sentence is tried in are all parts of it)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    COMMITMENTS[0]: ("would ", "will ", "'d ", "’d ", "'ll ", "’ll "),
    COMMITMENTS[1]: (
        "undertook",
        "agreed",
        "offered",
        "committed",
        "promised",
        "volunteered",
        "willing",
        "is ",
        "are ",
        "intend",
        "intention",
        "asked",
        "requested",
        "instructed",
        "tasked",
    ),
    AND_UNDERTOOK: (
        "and undertook",
        "and agreed",
        "and offered",
        "and promised",
        "and volunteered",
        "and will ",
        "and would ",
        "but undertook",
        "but agreed",
        "but offered",
        "but promised",
        "but will ",
        "but would ",
    ),
    WILL: ("will ", "would ", "'ll ", "’ll ", "'d ", "’d "),
    WILL_BE: ("will be ", "would be "),
    COMMITMENTS[5]: ("we should ",),
    REQUESTS[0]: ("requested that", "asked that", "recommended that", "suggested that"),
    PART_DO: (") ",),
    REQUESTS[1]: ("asked ", "asks ", "requested ", "requests ", "instructed ", "tasked "),
    AGREED_THAT: ("agreed", "resolved", "decided"),
    AGREED_TO: ("agreed", "decided", "resolved"),
}


def _own_clause(sentence: str, m: re.Match[str]) -> str:
    """What a short task is said in (one that says what it is about: "look into it" keeps the sentence): the
    sentence, less a clause before a semicolon that is not its own
    ("X asked whether the team could attend; PC Wood said she would attend", "… not done, Clerk to chase",
    "Cllr Wills reported the sign is hidden; the Clerk is to write to the landowner")."""
    found_in = m.string
    if m.group(0).startswith(";"):
        return found_in[m.start() :].lstrip("; ")
    head = sentence[: len(sentence) - len(found_in)].rstrip()
    said = (
        found_in
        if found_in != sentence and sentence.endswith(found_in) and head.endswith((";", ","))
        else sentence
    )
    return _ITEM_TITLED.sub(
        "", said
    )  # "Item 4 Book sale: PJ to book the hall.": the item's number and title aside


_ITEM_TITLED = re.compile(r"^(?:item\s+)?\d{1,3}[.)]?\s+[A-Z][^:.;]{1,40}:\s+(?=[A-Z])", re.I)


# business of the meeting itself: "would present the costs under item 5", "… later in the meeting"
_THIS_MEETING = re.compile(
    r"\bunder\s+(?:agenda\s+)?item\s+\d+|\blater\s+(?:in|on)\s+(?:the|this)\s+(?:meeting|agenda)\b|"
    r"\bat\s+(?:this|today[’']?s)\s+meeting\b",
    re.I,
)


# An offer on a condition nobody has met yet: "Jess offered to run a walk in the spring if there was enough interest",
# "… offered to attend, should members wish" (an offer with no condition, or a promise, stays an errand)
_OFFERED = re.compile(r"\b(?:offered|could|was\s+happy|would\s+be\s+happy|willing)\b[^.;]*$", re.I)
_OFFER_CONDITION = re.compile(
    r"\bif\s+(?:\w+\s+){1,4}(?:is|was|were)\s+ever\b|"  # "… if a group is ever set up"
    r"\b(?:if|should)\s+(?:there\s+(?:was|were|is)|members|anyone|the\s+\w+\s+wish|people|enough|they|he|she|it\s+"
    r"would\s+help)\b|\bif\s+(?:\w+\s+){0,3}(?:wished|wish|wanted|want|needed|required|interested|interest)\b",
    re.I,
)


# whatever the lead, a task that waits on someone's wishes or on means not yet found is an offer: "… if the Council
# would like one", "… for any member who wished to attend", "… if we could borrow a gazebo"
_ON_OTHERS_WISHES = re.compile(
    r"\bif\s+(?:\w+\s+){1,3}would\s+like\b|\bfor\s+any(?:one|\s+members?)\s+who\s+(?:wish|want)|"
    r"\bif\s+(?:we|they)\s+could\s+(?:borrow|find|get)\b",
    re.I,
)


def _not_errand(who: str, task: str, told: str, lead: str, people: frozenset[str]) -> bool:
    """Does a "who will/would/to do" say something other than a task set at this meeting: an errand agreed at an
    earlier one retold (`lead`, the words before the task), a habit, an organisation's own business or routine, or
    an authority's plans only reported (`told`, the words before who)?"""
    if (
        _EARLIER.search(lead)
        or _HABIT.search(task)
        or _THIS_MEETING.search(task)
        or (_OFFERED.search(lead) and _OFFER_CONDITION.search(task))
        or _ON_OTHERS_WISHES.search(task)
    ):
        return True
    if who.lower() in _PERSON_PRONOUN or is_person(who, people) or re.fullmatch(_NAMED, who):
        return False
    if POST_FOR.search(who):
        return (
            False  # "the Head of Highways", "Director of Finance": a post held by a person, not the authority
        )
    if _POLICING.search(task) and not _ASKS_OTHERS.match(task):
        return (
            True  # a team's patrols are its policing; an officer who "would arrange extra patrols" promises
        )
    if _NATIONAL.search(who) or (
        _CLASS.match(who) and re.search(r"\b(?:is|are)\s+to\s+$", lead) and _EVERY.search(task)
    ):
        return True
    own = bool(_OWN_COUNCIL.match(who)) and not (who.lower() == "council" and _REPORTED.search(told))
    if (
        _ORGANISATION.search(who)
        and not own
        and (_PROGRAMME.match(task) or _ROUTINE.search(task) or _CONDITION.search(task))
    ):
        return True  # "the Borough Council to determine the application at its July committee"
    verb = task.split()[0].lower() if task.split() else ""
    if (_BODY.search(who) or _AUTHORITY.search(who)) and verb in _DELIBERATE:
        return (
            True  # "Norfolk County Council to review the speed limit next year": its business, not an errand
        )
    return bool(_AUTHORITY.search(who)) and bool(_REPORTED.search(told))


def _promised(sentence: str, meeting: date | None, next_meeting: date | None) -> _Found:
    """A passive promise: the paper or errand that will follow, with nobody named ("… to be circulated")."""
    if (
        not _PROMISE_CUE.search(sentence)
        or _HABIT.search(sentence)
        or _ROUTINE.search(sentence)
        or _BY_AUTHORITY.search(sentence)
    ):
        return []  # "The verges will be cut three times this year", "… will be collected by the Borough Council"
    for pattern in PROMISED:
        m = next((m for text in _candidates(sentence) for m in [pattern.search(text)] if m), None)
        if not m:
            continue
        thing, lead = m.group("thing").strip(), m.group("lead")
        if _REMINDED.search(m.string[: m.start("thing")]):
            continue  # "The CEx reminded members that the annual report will be presented …": known already
        told = lead is not None and "that" in lead and _REPORTED.search(m.string[: m.start("thing")])
        if (told or _REPLY.search(m.string[: m.end("thing")])) and (
            not _TO_MEETING.search(m.string[m.end("thing") :]) or _ANAPHOR.match(thing)
        ):
            continue  # "The Leader replied that the review would be reported to Cabinet in April": an answer; "He
            # stated that the district model will be replaced": news; "… stated that this would be reported": retold
        core = re.sub(
            r",[^,;]*,$", "", thing
        )  # "the Panel's comments, as set out in the minute above,": an aside
        if len(thing.split()) > (
            _RESOLVED_THING_WORDS if pattern is PROMISED[1] else _THING_WORDS
        ) or _CLAUSE_WORDS.search(core):
            continue
        if lead is not None and "that" in lead and not thing:
            continue  # "a report that will be issued": a relative clause
        if thing and not re.search(r"[A-Za-z]{2}", thing):
            continue  # "74/14 to be added …" reports on a numbered action
        if _HOUSEKEEPING.match(thing):
            continue  # "the work programme be updated accordingly", "the minutes would be published": the body's own papers
        after = m.string[m.end("thing") :]
        if _ASKED_THAT.search(m.string[: m.start("thing")]) and (
            _OWN_AGENDA.match(after) or (_BODY.search(thing) and _KEPT.match(after))
        ):
            continue  # asked "… be added to the June meeting": the work programme's (agreed, it is an errand); asked
            # "that the Committee be kept informed": a wish
        if not thing and _INVERTED.match(m.string):
            continue  # "To be discussed at the meeting are ways in which …" says what the meeting will hear
        text = m.group(0) if thing and lead and not _ANAPHOR.match(thing) else m.string
        if (
            pattern is PROMISED[1]
            and thing
            and not _ANAPHOR.match(thing)
            and _VERDICT.search(m.string[: m.start("thing")])
        ):
            text = m.string[
                m.start("thing") :
            ]  # "RESOLVED – That a report … be brought …": the errand, not the verdict
        text = re.sub(
            r"^(?:[,;]\s+|that\s+|(?:said|confirmed|agreed|undertook)\s+|\(?(?:[a-z]{1,3}|\d{1,2})\)\s+)",
            "",
            text,
        )
        body, due_text = split_due(text, meeting, next_meeting)
        return [([], body, resolve_due(due_text, meeting, next_meeting) if due_text else None, due_text)]
    return []


# What a body asks for its own agenda, or to hear of in general: the forward plan's, not an errand
_OWN_AGENDA = re.compile(
    r"\s*(?:would\s+|should\s+)?be\s+(?:added|placed|put)\s+(?:on|to)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?:meeting|agenda|work\s+programme|forward\s+plan)\b",
    re.I,
)
_ASKED_THAT = re.compile(r"\b(?:asked|requested|suggested)\s+that\s+$", re.I)
_KEPT = re.compile(
    r"\s*(?:would\s+|should\s+)?be\s+kept\s+(?:informed|updated|advised|up\s+to\s+date)\W*$", re.I
)
# "Decision: The PCC and the Chief Constable agreed to extend …": what is labelled a decision is one
# "Members agreed to defer the works, to be brought back to the next meeting": what comes back is an errand too
_BROUGHT_BACK = re.compile(r"\bto\s+be\s+(?:brought|reported|come)\s+back\b", re.I)
# "RESOLVED: That … (2) the Panel receive a report on …", "… and that a budget briefing for members be held in January"
_RESOLVED_PAPER = re.compile(
    r"(?:^\(?(?:\d{1,2}|[a-h])\)\s+|\bthat\s+)(?:the\s+)?(?:panel|board|committee|members)\s+receives?\s+(?:an?|the|a\s+further)\s+"
    r"|\b(?:resolved|agreed|decided)\W.*\s+be\s+(?:held|convened)\b",
    re.I,
)
# "It was agreed that a briefing on the new structures would be given to members at the next meeting": what was
# agreed is work to follow, an errand beside its decision
_AGREED_WOULD = re.compile(
    r"\b(?:it\s+was\s+)?(?:agreed|resolved|decided)\s+that\s+[^;]{3,120}?\s+(?:would|will|should)\s+(?:be\s+)?[a-z]+",
    re.I,
)
_LABELLED_DECISION = re.compile(r"^\W*(?:decision|resolved|resolution)\b", re.I)
_RESOLVED_ERRAND = re.compile(
    r"^\W*resolved\W+(?:that\s+)?[^.;]{0,60}?\b(?:asks?|requests?|instructs?|that\s+the\s+"
    r"[A-Z][\w ]{0,30}?\s+(?=[a-z]))",
    re.I,
)
_INSTRUCTED = re.compile(
    rf"\b(?i:agreed|resolved|decided)\s*[:–—-]?\s+[Tt]hat\s+(?:[^;]{{3,120}}?,?\s+and\s+that\s+)?[^,;]{{3,120}}?"
    rf"\s+be\s+(?:{PARTICIPLES})\b"
)
_SAME_ITEM, _ELSEWHERE, _SAME_OWNERS = 0.4, 0.5, 0.25
_SAYS_LITTLE = 3  # words about what it is: "agreed to provide the figures" leaves the marked action to say what  # word overlap at which a commitment is another record
_SAME_TASK = 0.4  # what two commitments of the prose must share to be one
_UNPLACED = 0.8  # word overlap at which two errands of a paper without items are one
_IDENTIFIES = 8  # words a task needs before the same words under another item are taken for the same task


def new_commitments(
    found: list[Action], marked: list[Action], decisions: list[Decision], names: Sequence[str] = ()
) -> list[Action]:
    """The commitments that are not an action or decision the minutes also record, each once (`names`: the
    attendees', by which a forename is told from another's initials)."""
    out: list[Action] = []
    for action in found:
        deferral = (
            not action.owners and action.evidence is not None and bool(DEFERRED.search(action.evidence.text))
        )
        if (
            deferral
            and action.item is not None
            and any(other.item == action.item for other in marked)
            and not (action.evidence and put_off(action.evidence.text))
        ):  # "Deferred to the April meeting pending a second quote" beside "RT to obtain a second quotation" (not
            continue  # "It was agreed to defer the discussion of the five-year plan to …": a matter of its own)
        if not deferral and any(_restates(action, other, True, names) for other in marked):
            continue  # (what is put off comes back; no marked errand of another item says so)
        # "It was agreed to ask the police …", "… that Cllr Ames would look at …", "… that a new sign be ordered" are
        # a decision and an errand both: the decision does not hide them
        # (read as one line, a numbered paragraph's number aside: "4.2 The committee agreed to hold an additional …")
        said = (
            _ENTRY_LETTER.sub("", " ".join(action.evidence.text.split()), count=1) if action.evidence else ""
        )
        # … and so do a resolution's errands: "RESOLVED that this Council asks the Leader to write to …", "RESOLVED:
        # That a report … be brought to the Panel's meeting in July" (not "Decision: The PCC agreed to extend …")
        errand = (
            bool(action.owners)
            or bool(
                AGREED_TO.search(said)
                or _INSTRUCTED.search(said)
                or LETTERED_BE.search(said)
                or _BROUGHT_BACK.search(said)
                or DEFERRED.search(said)
                or _RESOLVED_PAPER.search(said)
                or _AGREED_WOULD.search(said)
            )
        ) and (
            not _LABELLED_DECISION.match(said)
            or bool(_INSTRUCTED.search(said) or _RESOLVED_ERRAND.search(said))
        )
        others: list[Action | Decision] = [*out, *([] if errand else decisions)]
        if not any(_restates(action, other, False) for other in others):
            out.append(action)
    return out


def _restates(commitment: Action, other: Action | Decision, marked: bool, names: Sequence[str] = ()) -> bool:
    """Its words nearly agree; or, as a marked action rewords the discussion it closes, a marked action has the
    same owners under the same item and shares some words that say what it is about (not only filler)."""
    if (
        not marked
        and (other.item != commitment.item or other.item is None)
        and len(commitment.text.split()) < _IDENTIFIES
    ):
        return False  # "Clerk to place on the December agenda." under two items (or in a paper of none) is two errands
    if marked and words(commitment.text).keys() <= words(other.text).keys():
        return True  # "… and Mary will book the ranger" is the marked action that says it, whoever the margin names
    if (
        marked
        and commitment.evidence
        and other.evidence
        and len(other.text.split()) >= _OWN_SENTENCE_WORDS
        and other.text in commitment.evidence.text
    ):
        return (
            True  # "Jane to book a guide. ACTION: JF": the marked action took its task from the very sentence
        )
    owners = getattr(other, "owners", None)
    if (
        marked
        and owners
        and commitment.owners
        and isinstance(other, Action)
        and _scheduled(commitment, other, names)
    ):
        return True  # "The Chief Constable undertook to provide the breakdown …" then the schedule's "2025/11 Breakdown … CC"
    same = _same_owners(owners or [], commitment.owners)
    if (
        marked
        and same
        and owners
        and len(other.text.split()) <= _GATHERED_WORDS
        and content_dice(_about(commitment), _about(other)) >= _GATHERED
    ):
        return True  # "The Clerk to submit the objection to the Borough Council by 27 March" under Planning, then
        # "- Planning objection 15/00233/OUT to Borough by 27 March" in the Clerk's action points at the end
    others_errand = bool(owners) and bool(commitment.owners) and not same  # the Clerk's, the Warden's
    if others_errand:  # two people's errands are one only when they are about the same things
        return content_dice(_about(commitment), _about(other)) >= _ELSEWHERE
    same_item = other.item == commitment.item and other.item is not None  # no items found: no item is shared
    # in a paper of no items, two sentences are one errand only when they say it in nearly the same words
    needed = _SAME_ITEM if same_item else _UNPLACED if not marked and other.item is None else _ELSEWHERE
    # not only "an update on the"; and two sentences found in the prose share what they are about, not a word or two
    about = _SAME_OWNERS if marked or isinstance(other, Decision) else _SAME_TASK
    if (
        dice(commitment.text, other.text) >= needed
        and content_dice(_about(commitment), _about(other)) >= about
    ):
        return True
    # the marked action that answers it: one of the same owners under the same item, or any for a request that
    # named nobody (an actions list at the end of the notes gathers the requests made item by item)
    answers = not commitment.owners or (bool(owners) and same and other.item == commitment.item)
    if marked and answers and owners and sum(content(_about(commitment)).values()) <= _SAYS_LITTLE:
        return True  # "… the Commissioner agreed to provide the figures." then "ACTION: Commissioner to provide the number …"
    return marked and answers and content_dice(_about(commitment), _about(other)) >= _SAME_OWNERS


_GATHERED_WORDS = 12  # a marked task this short is a list's summary of an errand set item by item
_GATHERED = 0.4  # what the errand and the summary share of what they are about
_OWN_SENTENCE_WORDS = (
    3  # a marked task this long found inside a commitment's sentence is that sentence's task
)
_NAMES_THE_SAME = 2  # words of what it is about that a promise and a schedule's row of the same owner share
# words a promise and a schedule's row share without being about the same thing
_GENERIC = frozenset(
    "report reports update updates provide circulate bring board meeting members paper next panel".split()
)
_PROMISE_WORDS = frozenset("undertook agreed offered promised said confirmed".split())


def _scheduled(commitment: Action, row: Action, names: Sequence[str] = ()) -> bool:
    """Is a promise in the discussion the row of the meeting's action schedule that records it: one of its owners
    (named alike, by post or letters, one inside the other: "Chief Executive", "OPCC Chief Executive", or by
    forename and initials: "Fiona", "FG") and a word that says what it is about (two, when the row has no number)?"""
    theirs = getattr(row, "owners", None) or []
    if not any(
        _within(x, y) or _within(y, x) or _letters(x) == _letters(y) or initials_of(y, names) == x
        for x in theirs
        for y in commitment.owners
    ):
        return False
    said = set(content(_about(commitment))) - _GENERIC - _PROMISE_WORDS
    shared = said & set(content(_about(row)))
    if (
        not row.ref
    ):  # an unnumbered row ("Draft the response to the Council budget consultation | FG | 7 Feb"):
        return len(shared) >= _NAMES_THE_SAME and 2 * len(shared) >= len(
            said
        )  # most of what the promise names
    # the row says the rest; or it names the same things in fewer words ("the rural figures to be broken down by
    # district" and the schedule's "Rural response times by district")
    return bool(shared) and (len(said) <= _SAYS_LITTLE or len(shared) >= _NAMES_THE_SAME)


def _within(a: str, b: str) -> bool:
    """Is owner `a` named by words of owner `b` ("Chief Executive" in "OPCC Chief Executive"; "CC" not in "DCC")?"""
    return set(a.lower().split()) <= set(b.lower().split())


def _same_owners(a: list[str], b: list[str]) -> bool:
    """The same people, named alike or one by a post and the other by its letters ("Chief Constable", "CC")."""
    return (
        bool(a)
        and len(a) == len(b)
        and all(x == y or _letters(x) == _letters(y) for x, y in zip(sorted(a), sorted(b)))
    )


def _letters(owner: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", owner) if w.lower() not in ("the", "of", "and", "for")]
    return owner if len(words) == 1 and words[0].isupper() else "".join(w[0].upper() for w in words)


def _about(record: Action | Decision) -> str:
    """What a record is about: its words less its owners' ("Clerk to seek costs" and "Clerk to place on the agenda"
    share only who does them)."""
    return _without(record.text, tuple(getattr(record, "owners", None) or ()))


@lru_cache(maxsize=4096)
def _without(text: str, owners: tuple[str, ...]) -> str:
    names = {w.lower() for owner in owners for w in re.findall(r"\w+", owner)}
    return " ".join(w for w in text.split() if re.sub(r"\W", "", w).lower() not in names) if names else text
