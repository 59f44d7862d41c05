"""Owners as written: split a cell or phrase into one string per owner, never resolved here.

"OPCC Contracts and Commissioning Manager/DCC" is two owners; "OPCC Contracts and
Commissioning Manager" is one. Splitting on "and" needs to know what a post looks like, so
this module holds the glossary of police-governance titles and acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrutiny.words import POLICING_ACRONYMS, POST_NOUNS

# Words that end a post's title ("Force Head of People", "Chief Finance Officer").
TITLE_NOUNS = POST_NOUNS | {
    "administrator",
    "board",
    "ceo",
    "cfo",
    "chairman",
    "chairperson",
    "chairwoman",
    "chief",
    "committee",
    "councillor",
    "deputy",
    "engineer",
    "force",
    "group",
    "leader",
    "mayor",
    "office",
    "opcc",
    "panel",
    "pcc",
    "people",
    "ranger",
    "solicitor",
    "surveyor",
    "team",
    "unit",
    "warden",
}
# Acronyms of posts and bodies that begin or make up an owner ("DCC", "ACC Crime & Ops").
ACRONYMS = POLICING_ACRONYMS | {
    "CE",
    "CEO",
    "CI",
    "COG",
    "Ch",
    "DCI",
    "DI",
    "DPCC",
    "DS",
    "DSU",
    "Insp",
    "PSD",
    "Supt",
    "T/ACC",
    "T/DCC",
}
# Words that start a post ("Force Head of People and OPCC Victim Services Co-ordinator").
POST_STARTS = {
    "force",
    "opcc",
    "opfcc",
    "pcc",
    "dcc",
    "acc",
    "cc",
    "aco",
    "cfo",
    "chief",
    "deputy",
    "assistant",
    "head",
    "director",
    "the",
    "police",
    "commissioner",
    "chair",
    "vice-chair",
    "hmicfrs",
    "supt",
    "superintendent",
    "inspector",
    "ch",
    "det",
    "detective",
    "mr",
    "mrs",
    "ms",
    "dr",
    "cllr",
    "councillor",
}
INITIALS = re.compile(
    r"^(?:[A-Z](?:ac|c|o|x)?){2,4}$"
)  # "ML"; "FMacA", "JMcK": a Scots Mac; "HoC", "DoF", "CEx": a post's
# "T/ACC", "A/DCC", "D/Supt": a temporary, acting or detective post is one owner, not two
_SEPARATORS = re.compile(
    r"\s*(?:(?<!\b[TAD])/|;|\n|\s{2,}|,(?![^()]*\))"
    r"(?!\s*(?:OPCC|OPFCC|PCC|the\s+Force|Force|Police|Constabulary|[A-Z][a-z]+\s+(?:Police|Constabulary))\s*(?:$|[,;/])))\s*"
)
_AND = re.compile(r"\s+(?:and|&)\s+")


def _is_initials(text: str) -> bool:
    return bool(INITIALS.match(text)) and text not in {"TBC", "TBA", "ALL", "AOB"}


_TITLED_NAME_WORDS = 3  # "Cllr Hale", "Mrs J Bell": an honorific and a name


def _looks_like_owner_end(left: str) -> bool:
    words = left.split()
    last = words[-1] if words else ""
    return (
        (1 < len(words) <= _TITLED_NAME_WORDS and words[0].lower().rstrip(".") in _HONORIFICS)  # "Cllr Hale"
        or (1 < len(words) <= _TITLED_NAME_WORDS + 1 and words[0].lower() in _RANKS and last[:1].isupper())
        or last.endswith(")")
        or _is_initials(last)
        or last in ACRONYMS
        or last.lower().strip(".,") in TITLE_NOUNS
    )


def _looks_like_owner_start(right: str) -> bool:
    first = right.split()[0] if right.split() else ""
    return (
        first in ACRONYMS
        or _is_initials(first)
        or first.lower() in POST_STARTS | _RANKS
        or first.lower().rstrip(".") in _HONORIFICS
    )


# Police ranks that open an officer's name ("Chief Superintendent Nolan and Superintendent Farrell")
_RANKS = {"chief", "superintendent", "inspector", "sergeant", "detective", "commander", "garda", "constable"}


def _strong_start(right: str) -> bool:
    """A post that plainly begins a new owner: an acronym, initials, or an organisation word."""
    first = right.split()[0] if right.split() else ""
    return first in ACRONYMS or _is_initials(first) or first.lower() in {"force", "opcc", "opfcc", "pcc"}


# A post named by what it heads, up to two things: "Cabinet Member for Highways and Transport", "Head of Finance"
POST_FOR = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{'|'.join(sorted(TITLE_NOUNS))})\s+(?:of|for)\s+"
    r"[A-Z][\w’'-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)?$"
)


def _split_and(part: str) -> list[str]:
    """Split on "and"/"&" only where both sides read as owners, outside brackets."""
    if POST_FOR.search(part):
        return [part]  # "Cabinet Member for Highways and Transport": one post
    out, start = [], 0
    for m in _AND.finditer(part):
        left, right = part[start : m.start()], part[m.end() :]
        if left.count("(") != left.count(")"):
            continue
        left_last = left.split()[-1] if left.split() else ""
        if m.group().strip() == "&":
            # "ACC Crime & Ops" is one post: "&" joins owners between initials, or after a whole post
            # ("Clerk & Chairman", "Treasurer & Cllr Hale")
            right_words = right.split()
            split = (_is_initials(left_last) and _is_initials(right_words[0] if right_words else "")) or (
                left_last.lower() in TITLE_NOUNS
                and bool(right_words)
                and (
                    right_words[-1].lower().strip(".,") in TITLE_NOUNS
                    or right_words[0].lower().rstrip(".") in _HONORIFICS
                )
            )
        else:
            right_last = right.split()[-1].lower().strip(".,") if right.split() else ""
            split = _strong_start(right) or (
                _looks_like_owner_end(left) and (_looks_like_owner_start(right) or right_last in TITLE_NOUNS)
            )
        if split:
            out.append(left)
            start = m.end()
    out.append(part[start:])
    return [o.strip(" .,;:") for o in out if o.strip(" .,;:")]


def split_owners(text: str | None) -> list[str]:
    """One string per owner, as written ("AD/FG" -> ["AD", "FG"])."""
    if not text:
        return []
    label = r"^\s*(?:owners?|lead|responsible(?:\s+officer)?|action(?:ed)?\s+(?:by|to))\s*[:\-–]\s*"
    text = re.sub(label, "", text.strip(), flags=re.I)
    if re.fullmatch(r"\W*(?:n/?a|tbc|tba|none|-+|–)\W*", text, re.I):
        return []
    owners: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip(" .,;:-–")
        if part:
            owners.extend(_split_and(part))
    owners = [re.sub(r"^the\s+", "", o, flags=re.I) for o in owners]  # "… and the Clerk": the post
    return [o for o in owners if o and o.lower() not in {"tbc", "n/a", "all"}]


_OWNER_WORDS = 6  # "Head of Finance and Business Services": a post is short; a longer field is a task
_JOINING = {"of", "and", "for", "&", "the", "to"}
_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$")


_EVERYONE = re.compile(
    r"^(?:All|Everyone)(?:\s+(?:members|councillors|present|partners|officers))?$"
)  # "All members"


def _one_owner(owner: str) -> bool:
    """Initials, a post ("ACC Ops", "Head of Estates"), or a titled name ("Supt Lyle")."""
    words = owner.split()
    if not words or len(words) > _OWNER_WORDS or words[-1].lower() in _JOINING:
        return False
    if _EVERYONE.match(owner):
        return True
    # a lower-case word that joins nothing is a verb or a noun phrase of a task, but for a post's noun after a
    # capital ("Scrutiny officer", "Parish clerk")
    if not all(
        w in _JOINING or w[:1].isupper() or w.startswith("(") or (k and w.strip(".,") in TITLE_NOUNS)
        for k, w in enumerate(words)
    ):
        return False
    first, last = words[0].strip("()"), words[-1].strip("()").lower()
    if _is_initials(first) or first in ACRONYMS or first.lower() in POST_STARTS or last in TITLE_NOUNS:
        return True
    return len(words) > 1 and first.lower().rstrip(".") in _HONORIFICS  # "Sgt Price", "Insp. Fowler"


def looks_like_owner(text: str) -> bool:
    """Does a field of an action line name who is to do it, rather than what or when? Used where the
    owner is a field of its own ("CE — circulate the draft — by 20/05/24"), so it must not read a task."""
    owners = split_owners(text)
    return bool(owners) and all(_one_owner(o) for o in owners)


_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
# An Action column's "Colin", "Colin Dunn", "Colin / Eve", "All": beside a paragraph of minutes a name is who
_MARGIN_NAMES = re.compile(
    rf"^(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}|All(?:\s+members)?|Everyone)"
    rf"(?:\s*(?:/|&|,|and)\s*(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}))*$"
)


def names_owner(text: str) -> bool:
    """Does a margin's note name who is to act: an owner as `looks_like_owner` reads one, or people by name?"""
    return looks_like_owner(text) or bool(_MARGIN_NAMES.match(text.strip()))


_HONORIFICS = {
    "cllr",
    "councillor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "rev",
    "revd",
    "pc",
    "pcso",
    "sgt",
    "insp",
    "supt",
    "cc",
    "dcc",
    "acc",
}


# "Aimee said …", "Tony asked about …": whoever speaks in the minutes is one of the meeting's people, listed or not
_SPEAKER = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)(?:[Tt]hen\s+)?(?P<who>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\s+"
    r"(?:said|says|asked|asks|explained|reported|replied|told|confirmed|suggested|mentioned|added)\b"
)
# sentence-opening words that speak but are no one's name
_NOT_SPEAKERS = {
    "it",
    "this",
    "that",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "nobody",
    "anyone",
    "members",
    "residents",
    "councillors",
    "officers",
    "people",
    "police",
    "council",
    "there",
    "who",
    "which",
    "also",
    "all",
    "many",
    "some",
    "several",
    "one",
    "others",
    "both",
    "each",
}


def speakers(texts: list[str]) -> list[str]:
    """The names minutes give to those they say spoke ("Jordan said the survey is done"), when no list says who
    came: each a person the meeting can give a task to."""
    found = {m.group("who") for text in texts for m in _SPEAKER.finditer(text)}
    return sorted(
        who
        for who in found
        if not any(w.lower() in _NOT_SPEAKERS or w.lower() in TITLE_NOUNS for w in who.split())
    )


def people_of(names: list[str]) -> frozenset[str]:
    """The words a meeting's own people may be named by in its minutes: each attendee's forename and surname
    ("Ken", "Platt") and initials ("KP"), lower-cased; honorifics and single initials are no names."""
    out: set[str] = set()
    for name in names:
        words = [w.strip(".,()") for w in name.split()]
        words = [w for w in words if w and w.lower().rstrip(".") not in _HONORIFICS]
        out.update(w.lower() for w in words if len(w) > 1 and w[0].isupper())
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).lower())
    return frozenset(out)


def initials_of(owner: str, names: Sequence[str]) -> str | None:
    """The initials of the one attendee a bare forename names ("Fiona" -> "FG" when Fiona Gunn attended), to tell a
    promise in the minutes and its row in an action table (owner "FG") apart from another's; None when it names no
    one attendee."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+", owner.strip()):
        return None
    named = [
        words
        for name in names
        for words in [[w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]]
        if owner.strip() in words and len(words) >= 2
    ]
    return "".join(w[0] for w in named[0]).upper() if len(named) == 1 else None


def is_person(who: str, people: frozenset[str]) -> bool:
    """Is a subject ("Ken", "Cllr Platt", "Jo and Raj", "KP") named only by words of the meeting's people? A
    name spelt one letter otherwise ("Vicky" for the "Vicki" of the attendance list) is the same name."""
    words = [w.strip(".,") for w in re.split(r"\s+(?:and|&)\s+|\s*/\s*|\s+", who) if w]
    words = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]
    return bool(words) and all(w[:1].isupper() and _known(w.lower(), people) for w in words)


_RESPELT = 4  # letters a name needs before one letter spelt otherwise still names the same person


def _known(word: str, people: frozenset[str]) -> bool:
    if word in people:
        return True
    return len(word) >= _RESPELT and any(
        len(name) >= _RESPELT
        and name[0] == word[0]
        and abs(len(name) - len(word)) <= 1
        and _one_edit(word, name)
        for name in people
    )


def _one_edit(a: str, b: str) -> bool:
    """Do two different words differ by one letter changed, added or dropped?"""
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)) :] == b[k + 1 :]
