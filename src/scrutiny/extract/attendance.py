"""Who was present, in attendance or sent apologies, from the lists minutes open with.

Entries come in many shapes: "Roger Hirst, Police and Crime Commissioner (RH)",
"Joanne Whitfield (JW) – Police and Crime Commissioner (Chair)", "Mr R Baines (Chair)   Independent
Member", "DCC Andrew Fenn (AF), Deputy Chief Constable", or a post alone ("Chief Constable").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from scrutiny.document import Block, Cell
from scrutiny.extract.owners import ACRONYMS
from scrutiny.extract.passages import Passage
from scrutiny.extract.text import Gated, squash, verbatim
from scrutiny.record import Attendance, Attendee, Evidence

LABELS: list[tuple[re.Pattern[str], Attendance]] = [
    # "Apologies for their inability to attend had been received from …": the names follow the sentence's verb
    (
        re.compile(
            r"^(?:an\s+)?apolog(?:y|ies)\b[\w\s]{0,60}?\b(?:was|were|had\s+been|have\s+been)\s+"
            r"(?:received(?:\s+and\s+accepted)?|accepted)\s+from\b",
            re.I,
        ),
        "apologies",
    ),
    (
        re.compile(
            r"^(?:apologies\s+(?:for\s+absence\s+)?were\s+received\s+from|apologies(?:\s+for\s+absence)?(?:\s+and\s+substitut(?:es|ions))?(?:\s+(?:received|accepted))?(?:\s+from)?)\b",
            re.I,
        ),
        "apologies",
    ),
    (
        re.compile(
            r"^(?:in\s+attendance(?:\s+were)?|also\s+(?:present|in\s+attendance|attending)|other\s+attendees|officers?(?:\s+(?:present|in\s+attendance))?|attending\s+officers|"
            r"officials(?:\s+(?:in\s+attendance|present))?|others|"
            # the force's or the office's people at a panel of others: "Force attendees:", "OPCC representatives:"
            r"(?:force|opcc|police|constabulary|staff|partner|agency)\s+(?:attendees|representatives|officers))\b",
            re.I,
        ),
        "in_attendance",
    ),
    (
        re.compile(
            r"^(?:present(?:\s+in\s+the\s+chair|\s+were|\s+at\s+the\s+(?:meeting|board|panel|committee|session))?|in\s+the\s+chair|those\s+(?:present|attending)(?:\s+were)?|"
            r"who\s+(?:was|were)\s+there|who\s+came|around\s+the\s+table\s+were|"  # notes kept as a post
            r"(?:the\s+meeting\s+was\s+)?attended\s+by|"
            r"councillors\s+present|members\s+in\s+attendance|attended(?=\s*:)|attending(?=\s*:)|committee(?=\s*:)|"
            r"members(?:\s+present)?|core\s+attendees|attendees|attendance|sederunt|board\s+members|panel\s+members(?:\s+present)?|independent\s+co-?opted\s+members|committee\s+members)\b",
            re.I,
        ),
        "present",
    ),
    (re.compile(r"^(?:absent(?:\s+without\s+apolog(?:y|ies))?|not\s+present(?=\s*:))\b", re.I), "absent"),
]
_LABEL_STARTS = {
    "apologies",
    "force",
    "opcc",
    "police",
    "constabulary",
    "staff",
    "partner",
    "agency",
    "an",
    "in",
    "also",
    "other",
    "officers",
    "officer",
    "attending",
    "present",
    "members",
    "member",
    "core",
    "attendees",
    "attendance",
    "board",
    "panel",
    "independent",
    "committee",
    "absent",
    "those",
    "officials",
    "others",
    "chair",
    "chairman",
    "chairperson",
    "vice-chair",
    "vice",
    "clerk",
    "minute",
    "minutes",
    "note",
    "secretary",
    "treasurer",
    "councillors",
    "attended",
    "not",
    "the",
    "sederunt",
    "who",
    "around",
}
# a kind of member as a list's label: "Co-opted Independent Members:", "Lay Members:", "OIREACHTAS MEMBERS :"
_MEMBERS_LABEL = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}members\s*(?:\*\*)?\s*:(?=\s*\S)", re.IGNORECASE)
_INLINE_LABEL = re.compile(
    r"\b(apologies(?:\s+for\s+absence)?|in\s+attendance|present(?:\s+were)?|attended)\s*:\s*", re.I
)
_ROLE_WORD = (
    r"(?:chief|constable|commissioner|officer|manager|head|director|member|police|chair(?:man|woman|person)?|vice|treasurer|secretary|"
    r"executive|deputy|assistant|superintendent|inspector|lead|clerk|advis[eo]r|auditor|representative|partner|"
    r"co-?ordinator|analyst|force|opcc|council|panel|board|committee|finance|governance|services?|engagement|"
    r"unit|team|scrutiny|accountant|audit|independent|substitute|sergeant|mayor|nominee|administrator|engineer|"
    r"minister|solicitor|warden|ranger|pcso|taker|garda|(?:leas-)?ch?athaoirleach|"
    # what a chief officer's portfolio names after the rank: "ACC Local Policing", "T/Supt Neighbourhoods"
    r"policing|crime|operations|ops|neighbourhoods?|justice|communications|corporate|resources|protective|"
    r"specialist|territorial|investigations?|intelligence|custody|partnerships?|performance|safeguarding|"
    r"vulnerability|standards|transformation|estates|fleet)"
)
_ROLE_WORDS = re.compile(rf"\b{_ROLE_WORD}\b", re.I)
HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|(?:(?:County|District|Borough|Town|City|Parish)\s+)?(?:Cllrs?|Councillors?)|Sir|Dame|Lord|Lady|Revd|Rev|CC|DCC|ACC|T/ACC|T/DCC|ACO|Ch\.?\s*Supt|"
    r"Chief\s+Superintendent|Det\.?\s*Ch\.?\s*Supt|Det\.?\s*Supt|Det\.?\s*Insp|DSU|Supt|Superintendent|Ch\.?\s*Insp|Chief\s+Insp(?:ector)?|Insp|Inspector|DCI|DI|DS|"
    r"Sgt|Sergeant|PC|PCSO|Commander|Cdr|Senator|Min(?=\.)|"
    rf"Deputy(?!\s+(?i:{_ROLE_WORD}|head\w*|leader|lieutenant|principal|governor|speaker)\b))\.?\s+)+"  # "Deputy Niall Collins", a TD
)
_PAGE_FOOTER = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.I)
INITIALS = re.compile(r"\(\s*([A-Z]{2,4})\s*\)")
_BARE_INITIALS = re.compile(
    r"\s([A-Z]{2,4})$"
)  # "Keith Dobson KD": the letters a Friends group's minutes use


def _initials_of(name: str, letters: str) -> bool:
    """Whether `letters` are the initials of `name` (its first and last words, bracketed roles left out): so
    "Sue Farrow SF" sheds them and "John Smith OBE" or "Chief Inspector PCC" does not."""
    words = HONORIFIC.sub("", re.sub(r"\([^()]*\)", " ", name)).split()
    return (
        len(words) >= 2
        and _is_name(" ".join(words))
        and letters[0] == words[0][0]
        and letters[-1] == words[-1][0]
    )


_ACRONYM_ONLY = re.compile(r"^[A-Z]{2,6}$")


_LABEL_REACH = 60  # characters: a list's label and its colon open its line


@lru_cache(maxsize=4096)
def label_of(text: str) -> tuple[Attendance, str] | None:
    """The attendance a list heading announces and the entries written after it on its line (cached: segments,
    header, items and the lists themselves each ask it of the same lines)."""
    text = text.strip().lstrip("*").strip()
    head = text[:_LABEL_REACH]
    kind = _MEMBERS_LABEL.match(text) if ":" in head else None
    if kind:  # "Co-opted Independent Members: Dr Ann Bee and Cal Dee"
        return "present", text[kind.end() :].strip(" *:-–\t")
    office = _OFFICE.match(text) if ":" in head or "–" in head or "—" in head or "-" in head else None
    if office and _person(
        text[office.end() :]
    ):  # "Chair: Ann Bee", "Treasurer: Eve Fox": the office goes with her
        return ("in_attendance" if office.group("staff") else "present"), text
    if text[:12].split(" ")[0].lower().rstrip(":*-–") not in _LABEL_STARTS:  # ("Present:-" too)
        return None  # cheap: every label starts with one of these words
    for pattern, attendance in LABELS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :]
            if not re.match(r"^\s*(?:\*\*)?\s*[:\-–]|^\s*$|^\s+(?:[A-Z]|\*\*)", rest):
                return None
            said = re.match(r"^[\s:–-]*(?:were|have\s+been|had\s+been)\s+received\s+from\s+", rest, re.I)
            rest = rest[said.end() :] if said else rest  # "Apologies: were received from A, B."
            if said or re.search(
                r"received\s+from|\bby$|\bwere$", m.group(), re.I
            ):  # a sentence: its names end with it
                rest = re.split(r"(?<=[a-z)])\.(?:\s|$)", rest)[0]
                rest = re.sub(r"\s+and\s+from\s+|\s+and\s+(?=the\s)", "; ", rest)
            return attendance, rest.lstrip(" *:-–\t")
    return None


_NO_NAME = re.compile(r"\b(?:meeting|minutes|agenda|business)\b", re.I)  # "ANNUAL MEETING" heads what follows


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 4
        and not _NO_NAME.search(text)
        and all(w[:1].isupper() or w.lower() in {"de", "van", "von", "le", "la"} for w in words)
        and not _ROLE_WORDS.search(text)
        and not _ACRONYM_ONLY.match(text)
    )


# "… and 3 members of the public": the public came, but no one is named
_PUBLIC = re.compile(
    r"(?:^|,?\s+and\s+|,\s*)(?:(?:about|around|some|over|roughly)\s+)?(?:\d+|one|two|three|four|five|six|several|many|no|"
    r"some|a\s+(?:dozen|few|handful\s+of))\s+(?:members?\s+of\s+the\s+(?:public|press)|residents|people|locals|"
    r"villagers|others)\b.*$",
    re.I,
)


# why someone sent apologies, not who they are: "Cllr M Ingram (holiday)", "A Bee – work commitments"
_REASON = re.compile(
    r"\s*(?:\(\s*|[–—-]\s+)(?:on\s+|due\s+to\s+)?(?:holiday|annual\s+leave|leave|work(?:\s+commitments?)?|illness|ill(?:\s+health)?|"
    r"unwell|sick(?:ness)?|family[\w\s]*|personal[\w\s]*|(?:prior|other|business|work)\s+(?:commitments?|engagements?)|"
    r"bereavement|away|travel(?:l?ing)?|medical[\w\s]*|caring[\w\s]*)\s*\)?\s*$",
    re.I,
)
# letters after a name: "Chris Rowe MP", "N. Collins, T.D.", "Dame Ann Bee DBE"
POST_NOMINAL = r"(?:MPs?|MSP|MEP|MLA|T\.\s?D\.?|TD|JP|DL|[OMC]BE|DBE|QPM|KPM|BEM)"
_POST_NOMINAL = re.compile(rf"(?:,\s*|\s+)(?P<post>{POST_NOMINAL})$")
# an office written as a label: "Minute taker: John Foster", "Clerk – Mrs J Hollis"
_OFFICE = re.compile(
    r"^(?P<office>(?P<staff>(?:minute|note)s?[\s-]*taker|clerk(?:\s+to\s+the\s+[\w\s]+?)?)|chair(?:man|woman|person)?|"
    r"vice[\s-]chair(?:man|woman|person)?|secretary|treasurer)\s*[:–—-]\s*(?=\S)",
    re.I,
)
# a person and whom they came for: "Gus Hale representing Elmstead Allotments", "Jo Ray on behalf of the Trust"
_ON_BEHALF = re.compile(r"^(?P<person>[^()]+?)\s+\(?(?P<role>(?:representing|on\s+behalf\s+of)\s+[^()]+)\)?$")
# "Tom from the allotments", "Sue of the residents' association": the person, and where they come from
_FROM_WHERE = re.compile(
    r"^(?P<person>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?P<role>(?:from|of)\s+(?:the\s+)?[a-z][\w’' -]{2,40})$"
)
# a post, then the person with a courtesy title: "Superintendent, Garda Siochana Mr. Brian Sugrue"
_POST_THEN_PERSON = re.compile(r"^(?P<post>.+?)[\s,]+(?P<person>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+.+)$")
# words that end a post's name, never a person's: "… Head of Assurance and Statutory Duties"
_POST_WORD = re.compile(
    r"\b(?:duties|services|operations|finance|resources|performance|policy|policing|crime|people|"
    r"assurance|governance|estates|support|standards|planning|partnerships?|safety|justice)\b",
    re.I,
)
# "Chief Constable Adam Frost", "Head of Performance Dan Mole": a post, then a forename and surname without a title
_POST_THEN_NAME = re.compile(
    r"^(?P<post>.+)\s+(?P<person>[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*)"
    r"(?P<chair>\s*\((?:vice[- ])?chair(?:man|woman|person)?\))?$",
    re.I,
)


_RANKS_ALONE = {
    "commissioner",
    "superintendent",
    "inspector",
    "sergeant",
    "constable",
}  # "Commissioner Bethan Colley"


def parse_entry(text: str, attendance: Attendance) -> Attendee | None:
    """One person or post from a list entry; None when the entry is not one (a fresh Attendee each call: callers
    set its evidence and role)."""
    found = _parsed_entry(text, attendance)
    return Attendee(name=found[0], role=found[1], initials=found[2], attendance=found[3]) if found else None


@lru_cache(maxsize=8192)
def _parsed_entry(
    text: str, attendance: Attendance
) -> tuple[str | None, str | None, str | None, Attendance] | None:
    """parse_entry's reading, kept: the lists, their checks and the people found in prose ask it of the same entries."""
    found = _read_entry(text, attendance)
    return (found.name, found.role, found.initials, found.attendance) if found else None


def _read_entry(text: str, attendance: Attendance) -> Attendee | None:
    raw = re.sub(
        r"^(?:the|from)\s+", "", _PUBLIC.sub("", text.replace("\n", " ")).strip(" .;,\t"), flags=re.I
    )
    raw = _FOR_ITEMS.sub("", _REASON.sub("", raw)).strip(" .;,\t")
    if not raw or len(raw) > 160 or _PAGE_FOOTER.search(raw):
        return None  # (a page's footer run into the list: "Carrigmoy JPC – Minutes 25.11.2024 Page 1 of 4")
    initials = None
    m = INITIALS.search(raw)
    if m and m.group(1) in ACRONYMS and not _is_name(HONORIFIC.sub("", raw[: m.start()]).strip()):
        letters, m = (
            m,
            None,
        )  # "Chief Finance Officer (OPCC)": an organisation; "Diane Sutcliffe (DS)": her initials
        if not raw[
            letters.end() :
        ].strip():  # "Assistant Chief Constable Tariq Lund (ACC)": the post's letters
            found = parse_entry(raw[: letters.start()], attendance)
            if found and found.name:
                return found
    if m:
        initials = m.group(1)
        raw = (raw[: m.start()].rstrip() + raw[m.end() :]).strip()
    elif (bare := _BARE_INITIALS.search(raw)) and _initials_of(raw[: bare.start()], bare.group(1)):
        initials, raw = bare.group(1), raw[: bare.start()].rstrip()  # "Tony Brannigan (Treasurer) TB"
    office = _OFFICE.match(raw)
    if office:
        found = parse_entry(raw[office.end() :], "in_attendance" if office.group("staff") else "present")
        if found and found.name and not found.role:
            found.role, found.initials = office.group("office").strip(), found.initials or initials
            return found
    post = _POST_NOMINAL.search(raw)
    if post and len(raw[: post.start()].split()) >= 2:
        found = parse_entry(raw[: post.start()], attendance)
        if found and found.name:
            found.role = f"{found.role}, {post.group('post')}" if found.role else post.group("post")
            found.initials = found.initials or initials
            return found
    acting = _ON_BEHALF.match(squash(raw)) or _FROM_WHERE.match(squash(raw))
    if acting and _is_name(HONORIFIC.sub("", acting.group("person")).strip()):
        return Attendee(
            name=HONORIFIC.sub("", acting.group("person")).strip(),
            role=acting.group("role"),
            initials=initials,
            attendance=attendance,
        )
    split = _POST_THEN_PERSON.match(squash(raw))
    if split and _ROLE_WORDS.search(split.group("post")) and "(" not in split.group("post"):
        person = HONORIFIC.sub("", split.group("person")).strip()
        if _is_name(person):
            return Attendee(
                name=person, role=split.group("post").strip(" ,;–-"), initials=initials, attendance=attendance
            )
    named = _POST_THEN_NAME.match(squash(raw))
    if (
        named
        and (len(named.group("post").split()) >= 2 or named.group("post").strip().lower() in _RANKS_ALONE)
        and _ROLE_WORDS.search(named.group("post"))
        and not re.search(r"[(,–—&]", named.group("post"))
        and not HONORIFIC.match(named.group("post"))
        and _is_name(named.group("person"))
        and not re.search(r"\b(?:and|of|for|the)$", named.group("post"), re.I)
        and not _ROLE_WORDS.search(named.group("person"))
        and not _POST_WORD.search(named.group("person"))
    ):
        held = named.group("post").strip(" ,;–-")
        if named.group("chair"):
            held = f"{held}, {named.group('chair').strip(' ()')}"
        return Attendee(name=named.group("person"), role=held, initials=initials, attendance=attendance)
    unchaired = re.sub(r"\s*\((?:vice[- ])?chair(?:man|woman|person)?\)", "", squash(raw), flags=re.I)
    bracketed = re.match(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]{3,})\)$", unchaired)
    if (
        bracketed
        and _ROLE_WORDS.search(bracketed.group("name"))
        and (
            HONORIFIC.match(bracketed.group("role"))
            or (_is_name(bracketed.group("role")) and len(bracketed.group("role").split()) >= 2)
        )
    ):
        # "Inspector (Mr. J. Dee)", "Chief Executive OPCC (Paul Dunn)": the post, then the person
        person = HONORIFIC.sub("", bracketed.group("role")).strip()
        if _is_name(person):
            return Attendee(
                name=person,
                role=bracketed.group("name").strip(" ,;–-"),
                initials=initials,
                attendance=attendance,
            )
    if bracketed and (
        _is_name(HONORIFIC.sub("", bracketed.group("name")).strip()) or _titled_name(bracketed.group("name"))
    ):
        # "Rebecca Haworth (Police and Crime Commissioner)", "Mrs C Head (Head of Finance Operations)"
        return Attendee(
            name=HONORIFIC.sub("", bracketed.group("name")).strip(),
            role=bracketed.group("role"),
            initials=initials,
            attendance=attendance,
        )
    pieces = [
        p.strip(" ,")
        for p in re.split(r"\s[–—-]\s|\s{2,}|\t|,\s*|:\s+", text_strip(raw), maxsplit=1)
        if p.strip(" ,")
    ]
    name: str | None = None
    role: str | None = None
    if pieces:
        candidate = HONORIFIC.sub("", pieces[0]).strip()
        candidate = re.sub(
            r"\s*\((?:chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|substitute[^)]*)\)",
            "",
            candidate,
            flags=re.I,
        ).strip()
        second = HONORIFIC.sub("", pieces[1]).strip() if len(pieces) > 1 else ""
        second = re.sub(r"(?:\s*\([^()]*\))+$", "", second).strip()  # "(item 3)", "(notes)"
        if _is_name(candidate):
            name = candidate
            role = squash(pieces[1]).strip(" –—-") if len(pieces) > 1 else None
        elif second and _is_name(second) and _ROLE_WORDS.search(pieces[0]):
            name, role = second, squash(pieces[0])  # "Chief Constable – Martin Haigh (MH)"
        elif (
            len(candidate.split()) > 2
            and not _CONNECTOR.match(
                candidate.split()[-3]
            )  # "Head of Assurance and Statutory Duties": all post
            and _is_name(" ".join(candidate.split()[-2:]))
            and _ROLE_WORDS.search(" ".join(candidate.split()[:-2]))
        ):  # "Group Manager Phil Atherton – Fire and Rescue Service (PA)"
            words = candidate.split()
            name, held = " ".join(words[-2:]), " ".join(words[:-2])
            role = f"{held}, {squash(pieces[1]).strip(' –—-')}" if len(pieces) > 1 else held
        else:
            raw = squash(raw)
            words = HONORIFIC.sub("", raw).split()
            cut = next((i for i, w in enumerate(words) if _ROLE_WORDS.match(w)), None)
            if cut and 2 <= cut <= 3 and _is_name(" ".join(words[:cut])):
                name, role = " ".join(words[:cut]), " ".join(words[cut:])
            else:
                role = raw
    chair = re.search(r"\((chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?)\)", text, re.I)
    if chair and role is None:
        role = chair.group(1).title()
    elif chair and role and chair.group(0).lower() not in role.lower():
        role = f"{role} ({chair.group(1).title()})"
    if role:
        role = role.strip(" ,.")
    if (not name and not role) or re.fullmatch(
        r"(?:none|nil|n/?a|no\s+apologies(?:\s+received)?)", (name or role or "").strip(" ."), re.I
    ):
        return None
    return Attendee(name=name, role=role or None, initials=initials, attendance=attendance)


def text_strip(text: str) -> str:
    return text.strip(" \t-•*")


# where one entry of a list ends: a comma or semicolon outside brackets, or a bracket closed before the next
# person's title when the comma was left out: "Kit Jarvie (representing the Trust) Cllrs Lou Mair and …"
# a full stop that ends a title's abbreviation, not an entry: "Min. Patrick Donovan", "Supt. Hale"
_NOT_ABBREVIATED = "".join(
    rf"(?<!\b{a})"
    for a in (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Cllr",
        "Rev",
        "St",
        "No",
        "Min",
        "Sen",
        "Supt",
        "Insp",
        "Sgt",
        "Det",
        "Prof",
        "Hon",
        "Capt",
        "Col",
        "Gen",
        "Co",
        "Ltd",
        "Cath",
        "Dep",
        "Chief",
    )
)
_ENTRY_BREAK = re.compile(
    r",\s*(?![^()]*\))|;\s*|(?<=\))\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s)"
    # "… Cllr D Vine. Mrs E Webb (Clerk). County Cllr F Young.": entries ended by full stops
    rf"|(?<=[a-z)]){_NOT_ABBREVIATED}\.\s+(?=[A-Z0-9])"
)


# "… Tess Craig Mr Uri Dent": a title after a word in lower case, not a council's tier ("County Councillor")
_NEXT_TITLED = re.compile(
    r"(?<!County)(?<!District)(?<!Borough)(?<!Town)(?<!City)(?<!Parish)(?<=[a-z])\s+"
    r"(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z])"
)


def _titled(part: str) -> list[str]:
    """A person's courtesy title after a name with no comma between starts another entry ("Tess Craig Mr Uri
    Dent"); after a post it is the post's holder ("Superintendent Mr. Paul Quigley")."""
    pieces = _NEXT_TITLED.split(part)
    out = [pieces[0]]
    for piece in pieces[1:]:
        before = re.split(r"\s+and\s+", re.sub(r"\s*\([^)]*\)", "", HONORIFIC.sub("", out[-1])).strip())[-1]
        if _is_name(
            HONORIFIC.sub("", f"{before} ").strip()
        ):  # "County Councillor Mr. A White": a title, then the holder
            out.append(piece)
        else:
            out[-1] = f"{out[-1]} {piece}"
    return out


# a post, then its holder in brackets: "Meetings Administrator (Mr. M. Leahy)"
_HELD_POST = re.compile(r"[^()]+?\((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[^()]+\)[\s,.;]*")


def _held_posts(rest: str) -> list[str]:
    """Posts each followed by its holder in brackets, as one list: "Director of Finance, HR & ICT (Mr S. Coe),
    Engineer (Ms B. Kidd)." is two entries, though a post has commas of its own; [] when the line is not."""
    found = list(_HELD_POST.finditer(rest))
    if (
        len(found) < 2
        or found[-1].end() < len(rest.rstrip())
        or "".join(m.group() for m in found) != rest[: found[-1].end()]
    ):
        return []
    return [re.sub(r"^(?:and\s+)", "", m.group().strip(" ,.;")) for m in found]


# a substitute named after the member sent apologies: "Nancy Sayer who was substituted by Roxanne Hills"
_SUBSTITUTED = re.compile(
    r"\s*\(?\s*(?:who\s+(?:was|is)\s+)?(?:substituted|replaced)\s+by\s+[^,;()]*\)?", re.IGNORECASE
)


def _one_person(entry: str) -> bool:
    """An entry that names one person, then what they are: "Ann Lee, Chief Executive (AL)", not a list of names."""
    first, *rest = re.split(r",\s*(?![^()]*\))|\s[–—-]\s|\s+and\s+(?![^()]*\))", entry)
    return _person(first) and not any(_person(part) for part in rest)


def _titled_name(text: str) -> bool:
    """A courtesy title, then initials and a surname that happens to be a post's word ("Mrs C Head", "Mr A Clerk")."""
    m = re.match(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?P<rest>(?:[A-Z]\.?\s+){1,3}[A-Z][\w'’-]+)$", text.strip())
    return m is not None


def _split_inline(rest: str) -> list[str]:
    """Entries written on one line: "Chief Constable, Deputy Chief Constable, …"."""
    if re.search(r"\s{3,}", rest):
        return [rest]
    rest = _SUBSTITUTED.sub("", rest)
    by_semicolon = [p.strip() for p in re.split(r";\s*(?![^()]*\))", rest) if p.strip()]
    if len(by_semicolon) > 1 and all(_one_person(p) for p in by_semicolon):
        return [
            re.sub(r"^and\s+", "", p) for p in by_semicolon
        ]  # "Ann Lee, Chief Executive (AL); Bo Roe, Clerk (BR)"
    if _held_posts(rest):
        return _held_posts(rest)
    rest = re.sub(
        rf",\s*(?={POST_NOMINAL}(?:[\s,;]|$))", " ", rest
    )  # "N. Collins, T.D., K. Ryan" lists two people
    parts: list[str] = []
    for part in (piece for whole in _ENTRY_BREAK.split(rest) for piece in _titled(whole)):
        part = re.sub(r"^and\s+", "", part)  # "A, B, and C"
        part = _FROM_TEAM.sub(
            "", part
        )  # "… PC Danny Oakes of the Wenlow and Eastfield Safer Neighbourhood Team"
        pieces = re.split(
            r"\s+and\s+(?![^()]*\))", part
        )  # not inside a post: "(Director of Policy and Strategy)"
        # (a name with where the person comes from after it: "PC Danny Oakes of the Wenlow Safer Neighbourhood Team")
        names = [
            re.sub(
                r"\s+(?:of|from)\s+(?:the\s+)?[A-Z].*$",
                "",
                re.sub(r"\s*\([^)]*\)", "", HONORIFIC.sub("", x.strip())),
            )
            for x in pieces
        ]
        person = (
            len(pieces) == 2
            and (_is_name(names[1]) or _post_holder(pieces[1]))
            and (
                pieces[0].rstrip().endswith(")")
                or bool(HONORIFIC.match(pieces[1].strip()))
                or (_is_name(names[0]) and _post_holder(pieces[1]))
            )
        )  # "… Neil Vickery and Co-opted Member Yvonne Ash"
        if len(pieces) > 1 and (all(_is_name(n) for n in names) or person):
            parts.extend(
                p.strip() for p in pieces
            )  # "Gwen Tolley and Colin Brierley", "(Audit) and Al", "A and B and C"
        elif part.strip():
            parts.append(part.strip())
    if len(parts) > 1 and all(len(p.split()) <= 12 for p in parts):
        return _pair_roles(parts, ";" in rest)  # "Chief Constable, Deputy Chief" or "Cllr A Bee, Cllr C Dee"
    return [rest]


# where people named in running notes come from, after the last of them: "… from the Orrinford neighbourhood team"
_FROM_TEAM = re.compile(
    r"(?<=[a-z])\s+(?:of|from)\s+the\s+[\w’' &-]{3,80}?\b(?:team|unit|service|police|council|constabulary|"
    r"association|trust|partnership|office)\s*$",
    re.I,
)


def _post_holder(text: str) -> bool:
    """A post before its holder's name: "Chief Constable Peter Oakes"."""
    found = parse_entry(text, "present")
    return bool(found and found.name and found.role)


def _wrapped(lines: list[str]) -> bool:
    """Lines of one sentence wrapped, not a list a line at a time: one of them breaks off after a comma or "and",
    or the next goes on in lower case or with "and"."""
    body = [line.strip() for line in lines if line.strip()]
    return any(
        a.endswith((",", " and", "&")) or b[:1].islower() or b.startswith("and ")
        for a, b in itertools.pairwise(body)
    )


def _columns(line: str) -> list[str]:
    """People set side by side in columns: "Cllr A Ames (Chairman)     Cllr D Drake", or a person and their post with
    their initials ("Dr Hamish Tasker      Public Health (HT)", one entry); [] when the line is neither."""
    columns = [c for c in re.split(r"\s{2,}|\t", line.strip()) if c]
    letters = INITIALS.search(columns[-1]) if len(columns) == 2 else None
    named = columns[0].split()[-2:]  # "Group Manager Phil Atherton": a post, then the name
    if letters and _is_name(" ".join(named)) and _initials_of(" ".join(named), letters.group(1)):
        return [
            f"{columns[0]} – {columns[1]}"
        ]  # "Dr Hamish Tasker      Public Health (HT)": a person, their post
    people = [re.sub(r"\s*\([^)]*\)", "", HONORIFIC.sub("", c)).strip() for c in columns]
    return columns if len(columns) > 1 and all(_is_name(p) for p in people) else []


def _line_entries(line: str) -> list[str]:
    """The entries of one line of a list: people in columns, a list as running text ("Councillors Ruth Abel
    (Chair), Simon Baird and Tess Craig"), or one entry ("Dr Helen Park - Chief Executive, OPCC")."""
    if _columns(line):
        return _columns(line)
    if ";" in line:  # "Superintendent, North District Mr. Paul Quigley; Community Garda Ms Rita Shaw"
        return [re.sub(r"^and\s+", "", p.strip()) for p in line.split(";") if p.strip()]
    parts = _split_inline(line)
    return parts if len(_people_among(parts)) > 1 else [line]


def _people_among(parts: list[str]) -> list[str]:
    """The parts of a line that name people. "Mr. Enda Carberry, Director of Services, Community and Economic
    Development": words after a post are its department's, not another person's, unless a title says so."""
    people: list[str] = []
    post = False  # the part before was a post, or a department after one
    for k, part in enumerate(parts):
        department = k > 0 and post and not HONORIFIC.match(part)
        if _person(re.split(r"\s[–—-]\s", part)[0]) and not department and not _ORGANISATION.search(part):
            people.append(part)
        post = bool(_ROLE_WORDS.search(part)) or department
    return people


_ONE_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]")  # one person's title, not "Councillors"


def _one_holder(parts: list[str]) -> bool:
    """A line of one titled person and their post, its department after it ("Ms. Ann Doyle", "Director of
    Services", "Community", "Economic Development"): no part after the first is titled or names anyone."""
    return (
        len(parts) > 1
        and bool(_ONE_TITLE.match(parts[0]))
        and bool(_ROLE_WORDS.search(" ".join(parts[:2])))
        and not any(HONORIFIC.match(p) for p in parts[1:])
        and _people_among(parts) == parts[:1]
    )


def _person(text: str) -> bool:
    """`text` names someone: a name of two words or more, or one after a title ("Cllr Dunne"), not a word of a
    post broken off ("Road (NL)")."""
    bare = re.sub(r"\s*\([^)]*\)", "", text).strip()
    name = HONORIFIC.sub("", bare).strip()
    return _is_name(name) and (len(name.split()) > 1 or name != bare)


# what names an organisation, not a person: "The Policing Authority", "Westfield Residents"
_ORGANISATION = re.compile(
    r"^the\s|\b(?:authority|residents|association|society|trust|group|forum|network|partnership|agency|"
    r"commission|federation|union|university|college|school|church|club|ltd|limited|llp|plc)\b",
    re.IGNORECASE,
)


def _pair_roles(parts: list[str], semicolons: bool) -> list[str]:
    """A role standing alone after a name alone is that person's, and an organisation after both: "Pat Dee,
    Chief Executive, Ann Roe, Clerk" is two people; "Nia Shaw, Lead, Cole & Marsh" and "DCC Andrew Fenn (AF),
    Deputy Chief Constable" are one each."""
    out: list[str] = []
    wants = None  # what the last person still lacks: "role", then "organisation"
    for part in parts:
        found = parse_entry(part, "present")
        unnamed = found is not None and not found.name
        organisation = wants == "organisation" and (
            (unnamed and not _ROLE_WORDS.search(part)) or bool(_ORGANISATION.search(part))
        )
        if not semicolons and ((unnamed and wants == "role") or organisation):
            out[-1] = f"{out[-1]} – {part}" if wants == "role" else f"{out[-1]}, {part}"
            wants = "organisation" if wants == "role" else None
            continue
        out.append(part)
        wants = "role" if found and found.name and not found.role else None
    return out


# two entries run into one line: "… (items 3 and 4) Owain Rees (OR) – Policy Officer"
_RUN_ON = re.compile(r"\s+(?=(?:[A-Z][\w'’.-]+\s+){1,3}\([A-Z]{2,4}\))")


def _run_on(text: str) -> list[str]:
    """`text` cut before each name with initials that follows a closed bracket or a word in lower case, not inside a
    name after a rank ("Det Supt Gail Henshaw (GH)" is one entry)."""
    cuts = [m for m in _RUN_ON.finditer(text) if re.search(r"(?:\)|\b[a-z][\w'’-]*)$", text[: m.start()])]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


# "1. Apologies", "2.Minutes": the items begin
_NUMBERED = re.compile(
    r"^\s*(?:(?:\(?\d{1,2}[a-z]?|[lI])[.)]\s*|\d{1,3}/\d{2,4}\s+)[A-Z(]"
)  # "1. …", "104/24 …"
_ITEM_NUMBER = re.compile(r"^\s*(?:item\s+)?\d{1,3}[a-z]?(?:[./]\d{1,4})?\\?[.):]?\s+", re.IGNORECASE)
_LIST_PART = 10  # words in one entry of a list written as running text ("Cllr A Bee, Cllr C Dee, …")


# for part of the meeting only: "(for item 6)", "for items 1-3", "attended for item 4", "attended as his substitute"
_FOR_ITEMS = re.compile(
    r"(?:\s*\(\s*|\s+)(?:attended\s+)?(?:for\s+(?:agenda\s+)?items?\s+[\d\s,.&–-]+(?:and\s+\d+)?|"
    r"as\s+(?:his|her|their|a)\s+substitute)\)?\s*$",
    re.I,
)
_PART_HEADING = re.compile(r"^(?:[A-Z]+\s+)*(?:ITEMS?|BUSINESS|SESSION|AGENDA|PART\s+(?:I{1,2}|1|2|A|B))\W*$")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")  # "BD9 2XT"


def _entry_like(passage: Passage) -> bool:
    """A short line that can be one attendee, or a list of them written as running text: not a sentence."""
    text = passage.text.strip()
    if passage.kind in ("list_item", "row"):
        return True
    if (
        passage.kind != "paragraph"
        or "\n" in text
        or _NUMBERED.match(text)
        or _POSTCODE.search(text)
        or _PART_HEADING.match(text)
    ):
        return False  # (an address, as a page's footer gives it, lists no one, nor "UNRESTRICTED ITEMS")
    if re.search(r"[a-z]{3}\.$", text) and not _names_only(text):
        return False
    entries = re.split(r"[,;]\s*(?![^()]*\))|\s+and\s+(?![^()]*\))", text)  # not inside a post's brackets
    listed = max(text.count(","), text.count(";")) >= 2 and all(len(p.split()) <= _LIST_PART for p in entries)
    if _sentence(text):
        return False
    return listed or bool(_held_posts(text)) or len(text.split()) <= 16 * max(1, len(INITIALS.findall(text)))


_SENTENCE_WORDS = (
    4  # lower-case words, outside brackets and past the joining ones, that make a line a sentence
)


def _sentence(text: str) -> bool:
    """A line of prose after a list ("This note forms part of the minutes of …"), not an entry of it."""
    plain = re.sub(r"\([^)]*\)?", " ", text)
    lower = [w for w in re.findall(r"[^\s,;.]+", plain) if w[:1].islower() and not _CONNECTOR.match(w)]
    return len(lower) >= _SENTENCE_WORDS


_CONNECTOR = re.compile(r"^(?:and|of|the|for|de|van|von|le|la|&|on|behalf|representing|from|in|at|to)$")


def _names_only(text: str) -> bool:
    """A line of names and posts that closes with a full stop ("Councillors Dunne, Hale and Ives."), not a
    sentence: every word capitalised but the joining ones."""
    words = re.findall(r"[^\s,;()]+", text)
    return all(w[:1].isupper() or w[:1].isdigit() or _CONNECTOR.match(w) for w in words)


_SUBLIST = re.compile(r"^[\w\s&'’-]{3,40}:$")  # "OIREACHTAS MEMBERS :", "GARDA NOMINATIONS:" within the lists
_STAFF = re.compile(r"\b(?:officials|officers|staff|others|advisers)\b", re.I)


def _unwrapped(passages: list[Passage]) -> list[Passage]:
    """Lines of one list wrapped into paragraphs of their own ("Inspector (Mr. B." / "Dee), …") join up: a
    line that ends inside brackets or on a comma goes on, as does one starting with "and" or a bracket."""
    out: list[Passage] = []
    for passage in passages:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == passage.kind == "paragraph"
            and len(prev.text) < _WRAPPED_MAX
            and (
                prev.text.count("(") > prev.text.count(")")
                or prev.text.rstrip().endswith(",")
                or re.match(r"^\s*(?:and\s|\()", passage.text)
                or _awaits_holder(prev.text, passage.text)
                or _breaks_in_entry(prev.text, passage.text)
            )
        ):
            text = f"{prev.text.rstrip()} {passage.text.strip()}"
            out[-1] = Passage(text, prev.page, prev.item, prev.kind, prev.block)
        else:
            out.append(passage)
    return out


_WRAPPED_MAX = 600  # a list joined from wrapped lines stops growing here: it is not the minutes' prose
_TITLE_AT_END = re.compile(r"(?:\band|&|\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?)$")


def _breaks_in_entry(line: str, after: str) -> bool:
    """A list written as running text that a page wrapped inside an entry: after a comma the line ends on "and", a
    title, or a first name whose surname opens the next line alone ("…, Mark Betteridge, Margaret" / "Brierly, Brian
    Lewis-Lavender, …"). A list a person a line ("Ann Bee, Clerk" / "Cal Dee, Treasurer") ends each line whole."""
    line = line.rstrip()
    if "," not in line or label_of(after):
        return False
    first = re.split(r",|\s+and(?:\s+|$)|\.(?:\s|$)|\(", after.strip(), maxsplit=1)[0].strip()
    if not first or not _is_name(HONORIFIC.sub("", first).strip()):
        return False
    if _TITLE_AT_END.search(line):
        return True
    last = HONORIFIC.sub(
        "", line.rsplit(",", 1)[1].strip() + " "
    ).split()  # "…, Min. Patrick" / "O’Donovan, …"
    return len(last) == 1 and len(first.split()) == 1 and _is_name(last[0])


def _awaits_holder(line: str, after: str) -> bool:
    """A line of posts with their holders in brackets that breaks off inside a post ("…, Administrative" /
    "Officer (Mr. M. Leahy), …"): the post goes on in the next line, before its holder."""
    tail = line[line.rfind(")") + 1 :] if ")" in line else ""
    return (
        bool(_HELD_POST.match(line))
        and bool(re.fullmatch(r"\s*,\s*[A-Z][\w\s&'’-]*", tail))
        and bool(_HELD_POST.match(after))
    )


# the label of a list, wherever it stands in a line: "… L Gates In attendance: Mrs J Hollis", "Apologies received from"
_LIST_LABEL = Gated(
    re.compile(
        r"\b(?:also\s+present|(?:members|councillors)\s+present|officers(?:\s+(?:present|in\s+attendance))?|in\s+attendance|"
        r"absent(?:\s+without\s+apolog(?:y|ies))?|not\s+present|present(?:\s+were)?|attended)\s*:|\bin\s+attendance\s+were\b"
        r"|\bapologies(?:\s+for\s+absence)?(?:\s+(?:received|accepted))?(?:\s*:|\s+(?:were\s+|have\s+been\s+)?received\s+from\b)",
        re.I,
    ),
    "present",
    "attend",
    "absent",
    "apolog",
    "officers",
)


def _label_runs(lines: list[str]) -> list[str]:
    """Lines that open with a label, cut where another list's label follows on the same line, as a wrapped
    paragraph reads: "Present: A, B In attendance: C Apologies: D"."""
    out: list[str] = []
    for line in lines:
        label = label_of(line)
        rest = label[1] if label else ""
        opens = (
            line.rfind(rest) if rest else len(line)
        )  # where the entries begin: "Officials Present:" is one label
        cuts = [
            m.start()
            for m in _LIST_LABEL.finditer(line)
            if m.start() >= max(opens, 1) and line[m.start() - 1].isspace()
        ]
        if not cuts or not label:
            out.append(line)
            continue
        out.extend(line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)]))
    return out


_GROUP_LABEL = re.compile(r"(?:^|(?<=[)\w])\s)(?:[A-Z][\w’'&.\-]*\s){0,4}[A-Z][\w’'&.\-]*:\s+")


def read_attendance(passages: list[Passage]) -> list[Attendee]:
    """Attendees from the labelled lists of a meeting's opening passages (and inline labels)."""
    out: list[Attendee] = []
    current: Attendance | None = None
    for passage in _unwrapped(passages):
        if passage.kind == "item" or _NUMBERED.match(
            passage.text
        ):  # "1. Apologies for absence accepted from:"
            titled = Passage(
                _ITEM_NUMBER.sub("", passage.text, count=1), passage.page, passage.item, "paragraph"
            )
            if label_of(titled.text):  # opens a list as a label does
                passage = titled
            elif passage.kind != "item" and not _person(re.split(r",|\s[–—-]\s|\(", titled.text)[0]):
                current = None  # the lists end where the numbered items begin, not at a numbered name
        sublist = _SUBLIST.match(passage.text.strip()) and len(passage.text.split()) <= 4
        if current and sublist and not label_of(passage.text):
            current = "in_attendance" if _STAFF.search(passage.text) else current
            continue
        found_label = False
        entries: list[tuple[str, Attendance]] = []  # each entry with the list it was written in
        lines = passage.text.split("\n")
        if (
            len(lines) > 1
            and label_of(lines[0])
            and not re.search(r"\S\s{2,}\S", lines[0])
            and _wrapped(lines)
        ):
            lines = [
                " ".join(line.strip() for line in lines)
            ]  # a list written as a sentence and wrapped: read it whole
        for line in _label_runs(lines):
            label = label_of(line)
            if label:
                current, rest = label
                found_label = True
                taker = _TAKER.search(rest)
                if taker:  # "Apologies: ACC Dev Patel (DP). Notes: Abigail Rose, OPCC Business Support."
                    entries.append((rest[taker.end() :].strip(" ."), "in_attendance"))
                    rest = rest[: taker.start()]
                sent = _SENT_AFTER.search(rest) if current != "apologies" else None
                if sent:  # "Those present: A, B, C; apologies from D."
                    entries.extend((e, "apologies") for e in _split_inline(rest[sent.end() :].rstrip(" .")))
                    rest = rest[: sent.start()]
                told = _told_list(rest, current) if rest else None
                entries.extend(
                    told
                    if told is not None
                    else [(entry, current) for entry in (_split_inline(rest) if rest else [])]
                )
            elif current and found_label and line.strip():
                if re.match(_NUMBERED, line):
                    current, found_label = None, False  # the list ends where the numbered items begin
                    continue
                entries.extend((entry, current) for entry in _line_entries(line))
        if not found_label:
            # "Residents: A, B", "Greystone Aggregates: C (Quarry Manager) Westmarch County Council: D": a list
            # grouped by whom its people speak for
            grouped = _GROUP_LABEL.sub(", ", passage.text).strip(" ,") if current else passage.text
            if current and _entry_like(Passage(grouped, passage.page, passage.item, passage.kind)):
                text = re.sub(r"^\s*and\s+", "", grouped)
                # "A Bee (AB) C Dee (CD)", no separators ("A Bee (AB, Chair), C Dee (CD)" has them, after its brackets)
                if len(INITIALS.findall(text)) > 1 and ";" not in text and not re.search(r"\),\s", text):
                    entries = [(entry, current) for entry in _run_on(text)]
                else:  # a paragraph may hold a list as running text ("A, B, C", "A and B"); a row, one person
                    two = bool(re.search(r"\),\s.*\)$", text.strip()))  # "Post (Mr A Bee), Post (Ms C Dee)"
                    listed = passage.kind == "paragraph" and (text.count(",") != 1 or two)
                    semis = [e for e in re.split(r";\s*(?![^()]*\))", text) if e.strip()]
                    # "A Bee, Chief Executive (CEx); C Dee, …": semicolons part the people, commas their posts
                    split = (
                        semis
                        if len(semis) > 2
                        else _columns(text) or (_split_inline(text) if listed else _line_entries(text))
                    )
                    if listed and _one_holder(split):
                        split = [
                            text
                        ]  # "Ms. Ann Doyle, Director of Services, Community and Economic Development"
                    entries = [(entry, current) for entry in split]
            else:
                current = None
                _inline(passage, out)
                _apologies_said(passage, out)
        for entry, attendance in entries:
            attendee = parse_entry(entry, attendance)
            already = next((a for a in out if attendee and attendee.name and a.name == attendee.name), None)
            if (
                already and attendee and _OFFICE.match(entry.strip())
            ):  # "Minute taker: Cal Dorran", listed as present
                already.role = already.role or attendee.role
                continue
            if attendee and (attendee.name or _is_post(attendee.role)):
                attendee.evidence = Evidence(squash(entry), passage.page)
                out.append(attendee)
    return _dedupe(out or _told(passages))


# a list told in sentences after its label: "PRESENT: The Mayor, Cllr Hilary Vosper, presided. Also present were Cllrs
# A, B and C. The Town Clerk (D) and the Deputy Town Clerk (E) were in attendance, together with Inspector F …"
_TAKER = re.compile(r"[.;]\s+(?:notes?|minutes?)(?:[\s-]*taker|\s+taken\s+by|\s+by)?\s*:\s*(?=\S)", re.I)
_SENT_AFTER = re.compile(r"[;.]\s*apologies\s+(?:(?:were|had\s+been)\s+received\s+)?from\s+", re.I)
_PROSE_BREAK = re.compile(rf"(?<=[a-z)]){_NOT_ABBREVIATED}\.\s+(?=[A-Z])")
_WERE_LEAD = re.compile(
    r"^(?:also\s+)?(?P<how>present|in\s+attendance|attending)\s+were\s+|"
    r"^(?:from\s+the\s+[\w’' ]{2,40}?,?\s+)?we\s+(?P<had>had)\s+",
    re.I,
)  # "From the police we had …"
_APOLOGIES_FROM = re.compile(r"^apologies\s+(?:came|were\s+received)\s+from\s+", re.I)
_WERE_TAIL = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?(?P<how>present|in\s+attendance)\b,?(?:\s+together\s+with\s+(?P<more>.+))?$",
    re.I,
)
_PRESIDED = re.compile(r"^(?P<who>.+?),?\s+(?:presided|was\s+in\s+the\s+chair|took\s+the\s+chair)\W*$", re.I)


def _told_list(rest: str, attendance: Attendance) -> list[tuple[str, Attendance]] | None:
    """The entries of a list its label opens and sentences go on to tell, each with the list it is in; None when the
    words after the label are one list, not sentences."""
    said = _PROSE_BREAK.split(rest.strip().rstrip("."))
    if len(said) < 2:
        return None
    out: list[tuple[str, Attendance]] = []
    for sentence in said:
        lead, tail, chair = _WERE_LEAD.match(sentence), _WERE_TAIL.search(sentence), _PRESIDED.match(sentence)
        sent = _APOLOGIES_FROM.match(sentence)
        if sent:
            out += [
                (e, "apologies") for e in _split_inline(re.sub(r",\s+who\b.*$", "", sentence[sent.end() :]))
            ]
        elif lead:
            how: Attendance = "present" if (lead.group("how") or "").lower() == "present" else "in_attendance"
            out += [(e, how) for e in _split_inline(sentence[lead.end() :])]
        elif tail:
            how = "present" if tail.group("how").lower() == "present" else "in_attendance"
            out += [(e, how) for e in _split_inline(sentence[: tail.start()])]
            out += [(e, how) for e in _split_inline(tail.group("more") or "") if tail.group("more")]
        elif chair:  # "The Mayor, Cllr Hilary Vosper, presided": the person, her post said before her
            named = [
                e
                for e in _split_inline(chair.group("who"))
                if (found := parse_entry(e, attendance)) and found.name
            ]
            out += [(e, attendance) for e in named]
        else:
            out += [(e, attendance) for e in _split_inline(sentence)]
    return out


# who came, told in a sentence of notes kept as prose: "Sgt Ann Bee, PC Cal Dee and PCSO Eve Fox met with some 20
# residents", "… were present"; "Gil Hart, the ward's liaison officer, chaired the meeting"
_CAME = re.compile(
    r"^(?P<people>[A-Z][^.;:]*?)\s+(?:met\s+with|met|attended|were\s+(?:present|in\s+attendance)|joined|"
    r"came\s+(?:too|along|as\s+well)|also\s+came)\b"
)
# "Pat Ormerod from the residents' association chaired, and I took the notes"
_CHAIRED = re.compile(
    r"^(?P<person>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:,[^.]{3,160}?,|\s+from\s+the\s+[^,.]{3,60}?)?"
    r"\s+chaired(?:\s+the\s+meeting)?\b"
)
# "From the police we had Sgt Mike Delaney and PC Ruth Adeyemi …": the police, or another body, in attendance
_WE_HAD = re.compile(r"^(?:from\s+the\s+[\w’' ]{2,40}?,?\s+)?we\s+had\s+(?P<people>.+)$", re.I)
_SENT_APOLOGIES = re.compile(r"^(?P<people>[A-Z][^.;:]*?)\s+sent\s+(?:his|her|their)\s+apologies\b")


_JOINED = re.compile(r"\b(?:chaired\s+by|joined\s+by|represented\s+by|attended\s+by)\b", re.I)
_NAMED_AFTER = re.compile(
    r"(?:,\s+|\bby\s+(?:(?:Chief\s+)?(?:Constable|Superintendent|Inspector)|Sergeant|PC|PCSO|DCC|ACC|Cllr|"
    r"Councillor)\s+)([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})(?=,|\s+and\b|\.|$)"
)


def _told(passages: list[Passage]) -> list[Attendee]:
    """The people the opening prose of notes without lists says came or chaired, each named in full."""
    out: list[Attendee] = []
    for passage in passages:
        if passage.kind == "item":
            break
        for sentence in re.split(r"(?<=[a-z)])\.\s+", squash(passage.text)):
            came, chaired = _CAME.match(sentence), _CHAIRED.match(sentence)
            had, sent = _WE_HAD.match(sentence), _SENT_APOLOGIES.match(sentence)
            entries = (
                _split_inline(came.group("people")) if came else [chaired.group("person")] if chaired else []
            )
            how: Attendance = "present"
            said = had or sent
            if said:
                entries, how = _split_inline(said.group("people")), "in_attendance" if had else "apologies"
            if _JOINED.search(sentence):
                # "The meeting was chaired by the Police and Crime Commissioner, Gwen Arkwright, who was joined by the
                # Deputy …, Martin Oduya, …": the people named after their posts
                entries = [m.group(1) for m in _NAMED_AFTER.finditer(sentence) if _is_name(m.group(1))]
            people = [parse_entry(e, how) for e in entries]
            if not people or not all(p and p.name and _person(e) for p, e in zip(people, entries)):
                continue
            for attendee, entry in zip(people, entries):
                if attendee is not None:
                    attendee.role = "Chair" if chaired else attendee.role or _title_of(entry)
                    attendee.evidence = Evidence(squash(entry), passage.page)
                    out.append(attendee)
    return _dedupe(out)


def _title_of(entry: str) -> str | None:
    """The rank or title written before a name ("Sgt", "PCSO"), which says the post; None for a courtesy one."""
    m = HONORIFIC.match(entry.strip())
    title = m.group().strip() if m else ""
    return (
        title if title and not re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?", title) else None
    )


def _inline(passage: Passage, out: list[Attendee]) -> None:
    """Labels inside running text, as in a table cell "Meeting at X. Apologies: A, B."."""
    if ":" not in passage.text:
        return
    for m in _INLINE_LABEL.finditer(passage.text):
        if m.start() == 0:
            continue
        attendance: Attendance = (
            "apologies"
            if m.group(1).lower().startswith("apolog")
            else ("in_attendance" if "attendance" in m.group(1).lower() else "present")
        )
        rest = re.split(r"(?<=[a-z)])\.\s", passage.text[m.end() :])[0]
        following = _LIST_LABEL.search(
            rest
        )  # "… Eve Fox Present were: Gus Hale": the next list's label ends this one
        rest = rest[: following.start()] if following else rest
        for entry in _split_inline(rest.rstrip(". ")):
            attendee = parse_entry(entry, attendance)
            if attendee:
                attendee.evidence = Evidence(squash(entry), passage.page)
                out.append(attendee)
    return


# "The Democratic Services Manager reported apologies from Mr N Brough, Mrs H Cawley and Mr O Pritchard."
_APOLOGIES_SAID = re.compile(
    r"\b(?:reported|received|noted|were|had\s+been|have\s+been)\s+(?:received\s+)?apologies\s+"
    r"(?:for\s+absence\s+)?from\s+(?P<people>[^.;:]+)|"
    r"^apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+(?:received|accepted)\s+from\s+(?P<first>[^.;:]+)",
    re.I,
)


def _apologies_said(passage: Passage, out: list[Attendee]) -> None:
    """Apologies a sentence of the minutes reports, past the lists."""
    m = _APOLOGIES_SAID.search(passage.text) if "pologies" in passage.text else None
    if not m:
        return
    for entry in _split_inline((m.group("people") or m.group("first")).strip()):
        attendee = parse_entry(entry, "apologies")
        if attendee and attendee.name:
            attendee.evidence = Evidence(squash(entry), passage.page)
            out.append(attendee)
    return


def _is_post(role: str | None) -> bool:
    """An entry without a name stands for a post ("Chief Constable", "PCC"), not a heading or a sentence the
    list ran into ("Matters arising")."""
    return (
        role is not None
        and bool(role)
        and (bool(_ROLE_WORDS.search(role)) or any(w in ACRONYMS for w in re.findall(r"[A-Z]{2,}", role)))
    )


def _dedupe(attendees: list[Attendee]) -> list[Attendee]:
    seen, out = set(), []
    for a in (
        attendees
    ):  # one person once, however many lists name them ("Apologies from …" and the attendance table)
        key = (a.name.lower(), "") if a.name else ((a.role or "").lower(), a.attendance)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


_ATTENDANCE_VALUE: list[tuple[re.Pattern[str], Attendance]] = [
    (re.compile(r"^\s*(?:apolog|sent\s+apolog)", re.I), "apologies"),
    (
        re.compile(r"^\s*(?:in\s+attendance|attending\s+officer|officer|also\s+present)", re.I),
        "in_attendance",
    ),
    (re.compile(r"^\s*(?:absent|not\s+present|no)\b", re.I), "absent"),
    (re.compile(r"^\s*(?:present|attended|yes|remote|virtual|in\s+person)\b", re.I), "present"),
]


def _attendance_value(text: str) -> Attendance | None:
    for pattern, attendance in _ATTENDANCE_VALUE:
        if pattern.search(text):
            return attendance
    return None


def table_attendees(block: Block) -> list[Attendee] | None:
    """Attendance laid out as a table: Name | Role | Attendance columns, or side-by-side lists
    headed "Members present" | "Also present"; None when the table is neither."""
    rows = block.rows or []
    if len(rows) < 2:
        return None
    header = [c.text.strip().rstrip(":") for c in rows[0]]
    labels = [label_of(h + ":") for h in header]
    out: list[Attendee] = []
    if all(labels) and len(header) >= 1:  # each column is a list of its own
        for row in rows[1:]:
            for k, cell in enumerate(row[: len(labels)]):
                for entry in cell.paragraphs:
                    attendee = parse_entry(entry, labels[k][0])  # type: ignore[index]
                    if attendee:
                        attendee.evidence = Evidence(verbatim(entry), block.page)
                        out.append(attendee)
        return out
    listed = _labelled_rows(rows, block)
    if listed is not None:
        return listed
    lowered = [h.lower() for h in header]
    name_col = next(
        (i for i, h in enumerate(lowered) if h in ("name", "member", "attendee", "members")), None
    )
    status_col = next(
        (i for i, h in enumerate(lowered) if re.match(r"^(?:attendance|attended|present|status)\b", h)), None
    )
    role_col = next(
        (i for i, h in enumerate(lowered) if re.match(r"^(?:role|position|post|title|representing)", h)), None
    )
    initials_col = next(
        (i for i, h in enumerate(lowered) if h in ("initials", "init.", "abbreviation")), None
    )
    posts = len(header) - (
        initials_col is not None
    )  # "Name | Role | Initials": names and posts, their initials beside
    if name_col is None or (status_col is None and (role_col is None or posts != 2)):
        return None  # a table of names and their posts alone lists who was there
    for row in rows[1:]:
        cells = [c.text.strip() for c in row]
        if max(name_col, status_col or 0) >= len(cells) or not cells[name_col]:
            continue
        attendance = (_attendance_value(cells[status_col]) if status_col is not None else None) or "present"
        written = cells[name_col] + (
            f" – {cells[role_col]}"
            if role_col is not None and role_col < len(cells) and cells[role_col]
            else ""
        )
        attendee = parse_entry(written, attendance)
        if attendee:
            if (
                initials_col is not None
                and initials_col < len(cells)
                and re.fullmatch(r"[A-Z][A-Za-z]{1,4}", cells[initials_col])
            ):
                attendee.initials = cells[initials_col]
            attendee.evidence = Evidence(verbatim(" ".join(cells)), block.page)
            out.append(attendee)
    return out


def _labelled_rows(rows: list[list[Cell]], block: Block) -> list[Attendee] | None:
    """ "Present: | Police and Crime Commissioner – Sarah Lowe / Chief Constable – Mark Ellis", "Apologies: | …":
    each row a label and its list, one entry a paragraph or line; None unless every row's first cell is a label."""
    if any(len(row) < 2 for row in rows):
        return None
    labels = [label_of(row[0].text.strip().rstrip(":") + ":") for row in rows]
    if not all(labels):
        return None
    out: list[Attendee] = []
    for row, label in zip(rows, labels):
        for entry in (p for cell in row[1:] for p in cell.paragraphs for p in p.split("\n")):
            attendee = parse_entry(entry, label[0])  # type: ignore[index]
            if attendee:
                attendee.evidence = Evidence(verbatim(entry), block.page)
                out.append(attendee)
    return out
