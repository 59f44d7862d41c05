"""Resolve an owner as written ("BJH", "DCC", "OPCC Chief Executive") to a person at the meeting.

Papers name owners by initials, by post or by name, and only the meeting's attendance list
("Roger Hirst, Police and Crime Commissioner (RH)") says who that was on the day. The order of
the tests says which evidence wins: initials the paper itself gives, then a post, then initials
formed from a name, then the name. Two people who fit equally well resolve to nobody (None):
a wrong owner is worse than an unknown one.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from scrutiny.register.glossary import (
    MEETING_ROLES,
    TITLE_NOUNS,
    leading_post,
    normalise,
    organisation_key,
    post_key,
    strip_temporary,
)

Method = Literal["initials", "post", "name_initials", "name"]

_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|cllr|councillor|sir|dame|lord|lady|rev|t/acc|t/dcc|acc|dcc|cc|aco|"
    r"ch\.?\s*supt|chief\s+superintendent|det\.?\s*supt|supt|superintendent|ch\.?\s*insp|chief\s+inspector|"
    r"insp|inspector|dci|di|ds|sgt|pc|pcso|commander|cdr)\.?\s+)+",
    re.I,
)
_INITIALS = re.compile(r"^(?:[A-Z]\.?){2,4}$")
_PAREN = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Person:
    """One entry of a meeting's attendance; `id` is the caller's key for it (an attendee row)."""

    name: str | None
    role: str | None = None
    initials: str | None = None
    id: Hashable = None


@dataclass(frozen=True)
class Post:
    """A post reduced for comparison: glossary key or normalised title, portfolio, organisation."""

    title: str
    portfolio: frozenset[str] = frozenset()
    org: str | None = None


@dataclass(frozen=True)
class Resolution:
    person: Person
    method: Method


# ---------------------------------------------------------------- posts


def _portfolio(text: str) -> frozenset[str]:
    return frozenset(w for w in normalise(text).split() if w not in {"and", "of", "the", "for"})


def _org_of(text: str) -> str:
    return organisation_key(text) or normalise(text)


def _title_posts(head: str) -> list[tuple[str, frozenset[str]]]:
    """The post(s) a bare title names: "Chief Executive and Monitoring Officer" is two."""
    words = normalise(head).split()
    if not words:
        return []
    key = post_key(head)
    if key:
        return [(key, frozenset())]
    if "and" in words:
        parts = " ".join(words).split(" and ")
        keys = [post_key(p) for p in parts]
        if all(keys):
            return [(k, frozenset()) for k in keys if k]
    lead = leading_post(words)
    if lead:
        key, n = lead
        rest = words[n:]
        if rest and rest[-1] not in TITLE_NOUNS:  # "ACC Operations": a portfolio, not another post
            return [(key, _portfolio(" ".join(rest)))]
    return [(" ".join(words), frozenset())]


def parse_posts(text: str | None) -> list[Post]:
    """The posts an owner or a role names.

    "Assistant Chief Constable (Crime and Operations)" -> ACC with that portfolio;
    "Chief Executive, OPCC" and "OPCC Chief Executive" -> CEO of the opcc;
    "Police and Crime Commissioner (Chair)" -> PCC and CHAIR; "DCC Staff Officer" -> its own post.
    """
    if not text or not text.strip():
        return []
    text = strip_temporary(" ".join(text.split()))
    org: str | None = None
    portfolio: frozenset[str] = frozenset()
    extra: list[str] = []
    for inner in _PAREN.findall(text):
        key = post_key(inner)
        if key in MEETING_ROLES:
            extra.append(key)
        elif organisation_key(inner) and not key:
            org = organisation_key(inner)
        elif key:
            extra.append(key)
        else:
            portfolio |= _portfolio(inner)
    head = _PAREN.sub(" ", text).strip(" ,")
    if "," in head and not post_key(head):  # "Police, Fire and Crime Commissioner" is one post
        head, tail = (p.strip() for p in head.split(",", 1))
        key = post_key(tail)
        if key:
            extra.append(key)
        elif tail:
            org = _org_of(tail)
    words = head.split()
    if len(words) > 1 and not post_key(head):
        first = normalise(words[0])
        if first in {"opcc", "opfcc", "force", "constabulary", "pcc", "pfcc"} and _title_posts(
            " ".join(words[1:])
        ):
            org = "force" if first in {"force", "constabulary"} else "opcc"
            head = " ".join(words[1:])
    posts = [Post(key, port | portfolio, org) for key, port in _title_posts(head)]
    posts += [Post(key, frozenset(), org if key not in MEETING_ROLES else None) for key in extra]
    return posts


def post_fits(owner: Post, held: Post) -> bool:
    """An owner's post fits a held post: same title; portfolios and organisations do not clash."""
    if owner.title != held.title:
        return False
    if (
        owner.portfolio
        and held.portfolio
        and not (owner.portfolio <= held.portfolio or held.portfolio <= owner.portfolio)
    ):
        return False
    return not (owner.org and held.org and owner.org != held.org)


def _exact_fit(owner: Post, held: Post) -> bool:
    """The owner names a portfolio or organisation and this post has exactly it."""
    if not (owner.portfolio or owner.org):
        return False
    return owner.portfolio == held.portfolio and owner.org == held.org


# ---------------------------------------------------------------- names and initials


def _name_words(name: str) -> list[str]:
    return [w for w in _HONORIFIC.sub("", " ".join(name.split())).replace(".", " ").split() if w]


def _word_letters(word: str) -> str:
    """ "BJ" -> "BJ" (initials written together), "Smith-Jones" -> "SJ", "Roger" -> "R"."""
    if word.isupper() and len(word) <= 3:
        return word
    return "".join(p[0].upper() for p in word.split("-") if p)


def name_initials(name: str | None) -> set[str]:
    """The initials a name may be written as: "BJ Harrington" -> {"BJH", "BH"}."""
    if not name:
        return set()
    letters = [_word_letters(w) for w in _name_words(name)]
    letters = [x for x in letters if x]
    if len(letters) < 2:
        return set()
    first, last = letters[0], letters[-1]
    return {"".join(letters), first[0] + last, first[0] + last[0], first + last}


def _initials(owner: str) -> str | None:
    text = owner.strip()
    return text.replace(".", "") if _INITIALS.match(text) else None


# ---------------------------------------------------------------- resolution


def _one(people: list[Person]) -> Person | None:
    """The single person among the fits; entries repeating one named person count once."""
    if not people:
        return None
    names = {normalise(p.name) if p.name else None for p in people}
    if len(people) == 1 or (len(names) == 1 and None not in names):
        return people[0]
    return None


def _by_initials(initials: str, attendees: Sequence[Person]) -> list[Person]:
    return [p for p in attendees if p.initials and p.initials.replace(".", "").upper() == initials]


def _by_post(owner: str, attendees: Sequence[Person]) -> list[Person] | None:
    """Attendees holding the post the owner names; None when the owner names no glossary post."""
    wanted = [p for p in parse_posts(owner) if post_key(p.title) or p.title in MEETING_ROLES]
    if not wanted:
        return None
    fits: list[tuple[Person, bool]] = []
    for person in attendees:
        held = parse_posts(person.role)
        matches = [h for h in held if any(post_fits(w, h) for w in wanted)]
        if matches:
            fits.append((person, any(_exact_fit(w, h) for w in wanted for h in matches)))
    exact = [p for p, e in fits if e]
    if len(fits) > 1 and len(exact) == 1:
        return exact
    return [p for p, _ in fits]


def _by_title(owner: str, attendees: Sequence[Person]) -> list[Person]:
    """Attendees whose role is the owner's post outside the glossary ("Head of Contact Management")."""
    wanted = parse_posts(owner)
    return [p for p in attendees if any(post_fits(w, h) for w in wanted for h in parse_posts(p.role))]


def _by_name(owner: str, attendees: Sequence[Person]) -> list[Person]:
    """ "Roger Hirst", "Mr Hirst", "CC Nixon", "R Hirst": the surname, and the first initial if given."""
    words = [normalise(w) for w in _name_words(owner)]
    if not words:
        return []
    fits = []
    for person in attendees:
        if not person.name:
            continue
        theirs = [normalise(w) for w in _name_words(person.name)]
        if not theirs or theirs[-1] != words[-1]:
            continue
        if len(words) > 1 and theirs[0][:1] != words[0][:1]:
            continue
        fits.append(person)
    full = [p for p in fits if p.name and [normalise(w) for w in _name_words(p.name)] == words]
    return full or fits


def _named(owner: str, attendees: Sequence[Person]) -> list[Person]:
    """ "CC Nixon", "Roger Hirst": a name outright, tried before posts so "CC Nixon" is Nixon."""
    words = owner.split()
    if len(words) < 2 or normalise(words[-1]) in TITLE_NOUNS or not words[-1][:1].isupper():
        return []
    return _by_name(owner, attendees)


def resolve_owner(owner: str, attendees: Sequence[Person]) -> Resolution | None:
    """The person an owner as written names at a meeting, with how it was found; None if unknown
    or if more than one attendee fits."""
    owner = " ".join(owner.split())
    if not owner or not attendees:
        return None
    initials = _initials(owner)
    if initials:
        fits = _by_initials(initials, attendees)
        if fits:
            person = _one(fits)
            return Resolution(person, "initials") if person else None
    named = _named(owner, attendees)
    if len(named) == 1:
        return Resolution(named[0], "name")
    posts = _by_post(owner, attendees)
    if posts:
        person = _one(posts)
        return Resolution(person, "post") if person else None
    if initials:
        person = _one([p for p in attendees if initials in name_initials(p.name)])
        return Resolution(person, "name_initials") if person else None
    if posts is None:
        fits = _by_title(owner, attendees)
        if fits:
            person = _one(fits)
            return Resolution(person, "post") if person else None
    person = _one(_by_name(owner, attendees))
    return Resolution(person, "name") if person else None


def resolve_owners(owners: Sequence[str], attendees: Sequence[Person]) -> list[Resolution | None]:
    """`resolve_owner` for each owner of an action, in order."""
    return [resolve_owner(o, attendees) for o in owners]


def resolve_distinct(owners: Iterable[str], attendees: Sequence[Person]) -> dict[str, Resolution | None]:
    """`resolve_owner` once for each distinct owner as written: a log of thousands of actions names
    a dozen owners, and each resolution depends only on the owner and the attendance."""
    return {owner: resolve_owner(owner, attendees) for owner in dict.fromkeys(owners)}
