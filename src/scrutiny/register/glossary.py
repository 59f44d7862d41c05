"""Police-governance titles, their acronyms and the words that name bodies and organisations.

One list for the register, so that "DCC", "Deputy Chief Constable" and "deputy chief constable"
all reduce to one key when an owner as written is resolved to a person, and "JIAC" names the
same body as "Joint Independent Audit Committee". The extractor keeps its own, smaller list
(extract/owners.py) for splitting owners; this one is for meaning. The nouns a post's title ends on are the
domain's (words.POST_NOUNS), shared by both.
"""

from __future__ import annotations

import re

from scrutiny.words import POST_NOUNS

# Posts a person holds: key (the usual acronym) -> full title. Ranks and meeting roles too.
POSTS: dict[str, str] = {
    "PCC": "Police and Crime Commissioner",
    "DPCC": "Deputy Police and Crime Commissioner",
    "CC": "Chief Constable",
    "DCC": "Deputy Chief Constable",
    "ACC": "Assistant Chief Constable",
    "ACO": "Assistant Chief Officer",
    "CFO": "Chief Finance Officer",
    "CEO": "Chief Executive",
    "DOF": "Director of Finance",
    "MONITORING OFFICER": "Monitoring Officer",
    "TREASURER": "Treasurer",
    "CHAIR": "Chair",
    "VICE-CHAIR": "Vice-Chair",
    "SECRETARY": "Secretary",
    "CLERK": "Clerk",
    "CH SUPT": "Chief Superintendent",
    "SUPT": "Superintendent",
    "CH INSP": "Chief Inspector",
    "INSP": "Inspector",
    "DCI": "Detective Chief Inspector",
    "DI": "Detective Inspector",
    "DS": "Detective Sergeant",
    "DSU": "Detective Superintendent",
    "SGT": "Sergeant",
}

# Other ways of writing a post (normalised: lower case, "&" as "and", no punctuation) -> key.
# A Police, Fire and Crime Commissioner is the force's commissioner just as a PCC is.
POST_ALIASES: dict[str, str] = {
    "commissioner": "PCC",
    "pfcc": "PCC",
    "police fire and crime commissioner": "PCC",
    "dpfcc": "DPCC",
    "deputy commissioner": "DPCC",
    "deputy police fire and crime commissioner": "DPCC",
    "ce": "CEO",
    "chief exec": "CEO",
    "chief executive officer": "CEO",
    "chief financial officer": "CFO",
    "chair person": "CHAIR",
    "chairperson": "CHAIR",
    "chairman": "CHAIR",
    "chairwoman": "CHAIR",
    "vice chair": "VICE-CHAIR",
    "deputy chair": "VICE-CHAIR",
    "chief supt": "CH SUPT",
    "ch supt": "CH SUPT",
    "det supt": "DSU",
    "chief insp": "CH INSP",
    "sergeant": "SGT",
}

# Organisations an owner or a role may name ("OPCC Chief Executive", "Chief Executive (OPCC)").
ORGANISATIONS: dict[str, str] = {
    "OPCC": "Office of the Police and Crime Commissioner",
    "OPFCC": "Office of the Police, Fire and Crime Commissioner",
    "HMICFRS": "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    "IOPC": "Independent Office for Police Conduct",
    "CPS": "Crown Prosecution Service",
    "PSD": "Professional Standards Department",
}

# Bodies whose acronym papers use in place of the name.
BODIES: dict[str, str] = {
    "PCP": "Police and Crime Panel",
    "JIAC": "Joint Independent Audit Committee",
    "JAC": "Joint Audit Committee",
    "P&R": "Performance and Resources Board",
    "P and R": "Performance and Resources Board",
}

# Topics that are not posts, kept so that nobody mistakes them for initials.
TOPICS: dict[str, str] = {
    "VAWG": "Violence Against Women and Girls",
    "ASB": "Anti-Social Behaviour",
    "RASSO": "Rape and Serious Sexual Offences",
}

# Words that end the title of a post: "DCC Staff Officer" is a post of its own, while in
# "ACC Operations" the word after the title is a portfolio.
TITLE_NOUNS = POST_NOUNS | {"accountant", "assistant", "representative", "support"}

# Meeting roles a person may hold beside their post: "Police and Crime Commissioner (Chair)".
MEETING_ROLES = frozenset({"CHAIR", "VICE-CHAIR", "SECRETARY", "CLERK"})

# Short forms used in portfolios: "ACC Crime & Ops".
_ABBREVIATIONS = {"ops": "operations", "dept": "department", "mgr": "manager", "mgmt": "management"}
_TEMPORARY = re.compile(r"^(?:t/|a/|temporary\s+|temp\s+|acting\s+|interim\s+)", re.I)
_PUNCT = re.compile(r"[^\w\s/-]")


def normalise(text: str) -> str:
    """Lower case, "&" as "and", no punctuation but "/" and "-", single spaces, no leading "the"."""
    text = text.replace("&", " and ").replace("’", "'").replace("'s ", " ")
    text = _PUNCT.sub(" ", text.lower())
    words = [_ABBREVIATIONS.get(w, w) for w in text.split()]
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _build_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for key, title in POSTS.items():
        keys[normalise(key)] = key
        keys[normalise(title)] = key
    keys.update(POST_ALIASES)
    return keys


_KEYS = _build_keys()
_LONGEST = max(len(k.split()) for k in _KEYS)


def strip_temporary(text: str) -> str:
    """ "T/ACC" -> "ACC", "Acting Chief Constable" -> "Chief Constable": the post is the same."""
    return _TEMPORARY.sub("", text.strip())


def post_key(text: str) -> str | None:
    """The glossary key of a post written in full or as an acronym ("T/ACC" -> "ACC"), else None."""
    norm = normalise(strip_temporary(text))
    return _KEYS.get(norm)


def leading_post(words: list[str]) -> tuple[str, int] | None:
    """The longest glossary post the normalised words begin with, and how many words it takes."""
    for n in range(min(_LONGEST, len(words)), 0, -1):
        key = _KEYS.get(" ".join(words[:n]))
        if key:
            return key, n
    return None


def title_of(key: str) -> str:
    """The full title of a glossary key, or the key itself when it is a post the glossary lacks."""
    return POSTS.get(key, key)


def organisation_key(text: str) -> str | None:
    """ "opcc" or "force" when a phrase names the commissioner's office or the police force."""
    norm = normalise(text)
    words = set(norm.split())
    if words & {"opcc", "opfcc", "pcc", "pfcc"} or "office of the police" in norm or "commissioner" in words:
        return "opcc"
    if words & {"force", "constabulary", "police"}:
        return "force"
    return None


def expand_body(text: str) -> str:
    """A body written as its acronym ("JIAC") in full; anything else unchanged."""
    stripped = text.strip()
    for short, full in BODIES.items():
        if stripped.upper() == short.upper():
            return full
    return text
