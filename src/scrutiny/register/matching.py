"""Link an action update to the earlier action it reports on.

A ref is the paper's own link, so it is tried first; without one (or when it finds nothing),
the update's words, and its owners where it names them, are compared with the actions the
same body gave out before. Only the same body's actions are candidates: two forces' boards
both have an "Action 4". An update that matches nothing gets None, and the caller keeps it
for review (`link_updates` lists it) rather than dropping it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from scrutiny.register.bodies import same_body
from scrutiny.register.dates import as_date
from scrutiny.register.people import parse_posts
from scrutiny.register.refs import ref_parts, ref_score
from scrutiny.register.similarity import text_similarity

Method = Literal["ref", "text"]

TEXT_THRESHOLD = 0.72  # below this, words in common are coincidence (tuned on the samples' wording)
OWNER_BOOST = 0.08  # the same owner makes a near miss a match, never a stranger
TEXT_CEILING = 0.95  # words alone never make a link as sure as the paper's own ref
TIE = 0.02  # scores this close are a tie, and the most recent action wins
SHARED_REF_PENALTY = 0.1  # a ref that several actions carry (numbering restarted) is less sure


@dataclass(frozen=True)
class Update:
    """Progress reported at a meeting on an earlier action (one `action_updates` entry)."""

    body: str | None
    meeting_date: date | str | None
    ref: str | None = None
    text: str | None = None
    status: str | None = None
    owners: tuple[str, ...] = ()
    organisation: str | None = None


@dataclass(frozen=True)
class Candidate:
    """An action given out at an earlier meeting; `id` is the caller's key for it."""

    id: Hashable
    body: str | None
    meeting_date: date | str | None
    ref: str | None
    text: str
    owners: tuple[str, ...] = ()
    due: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Match:
    action_id: Hashable
    confidence: float
    method: Method


@dataclass(frozen=True)
class Link:
    """An update with its match, or with None: then it is listed for review."""

    update: Update
    match: Match | None


def _owner_keys(owners: Sequence[str]) -> set[str]:
    """Owners reduced so "ACC (Operations)" meets "ACC Operations" and "bjh" meets "BJH"."""
    keys = set()
    for owner in owners:
        posts = parse_posts(owner)
        keys |= {f"{p.title}|{' '.join(sorted(p.portfolio))}|{p.org or ''}" for p in posts}
        keys.add(" ".join(owner.upper().split()))
    return keys


def owners_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Some owner of one is an owner of the other (as written, or as the same post)."""
    return bool(a and b and _owner_keys(a) & _owner_keys(b))


def eligible(update: Update, candidate: Candidate) -> bool:
    """Same body, and raised at a meeting no later than the update's (when both dates are known)."""
    if not same_body(update.body, candidate.body, update.organisation, candidate.organisation):
        return False
    when, raised = as_date(update.meeting_date), as_date(candidate.meeting_date)
    return when is None or raised is None or raised <= when


def _best(scored: list[tuple[float, Candidate]]) -> tuple[float, Candidate] | None:
    """The highest score; among scores within TIE of it, the most recent action."""
    if not scored:
        return None
    top = max(s for s, _ in scored)
    tied = [(s, c) for s, c in scored if s >= top - TIE]
    return max(tied, key=lambda sc: (as_date(sc[1].meeting_date) or date.min, sc[0]))


def match_by_ref(update: Update, candidates: Sequence[Candidate]) -> Match | None:
    """The action whose ref is the update's; when several share it, the one whose words are
    closest, then the most recent."""
    if not ref_parts(update.ref):
        return None
    scored = [(ref_score(update.ref, c.ref), c) for c in candidates if eligible(update, c)]
    scored = [(s, c) for s, c in scored if s > 0]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = [c for s, c in scored if s == top]
    ranked = [(text_similarity(update.text, c.text), c) for c in best]
    _, chosen = _best(ranked) or (0.0, best[0])
    confidence = top - (SHARED_REF_PENALTY if len(best) > 1 else 0.0)
    return Match(chosen.id, round(confidence, 3), "ref")


def match_by_text(update: Update, candidates: Sequence[Candidate]) -> Match | None:
    """The same body's action whose words the update's are closest to, above TEXT_THRESHOLD.
    An action with a ref other than the update's is never a candidate."""
    if not update.text:
        return None
    scored = []
    for c in candidates:
        if not eligible(update, c):
            continue
        if ref_parts(update.ref) and ref_parts(c.ref) and not ref_score(update.ref, c.ref):
            continue
        score = text_similarity(update.text, c.text)
        if score and owners_agree(update.owners, c.owners):
            score += OWNER_BOOST
        if score >= TEXT_THRESHOLD:
            scored.append((min(score, TEXT_CEILING), c))
    best = _best(scored)
    return Match(best[1].id, round(best[0], 3), "text") if best else None


def match_update(update: Update, candidates: Sequence[Candidate]) -> Match | None:
    """The action an update reports on: by ref first, then by words; None when nothing fits."""
    return match_by_ref(update, candidates) or match_by_text(update, candidates)


def link_updates(updates: Sequence[Update], candidates: Sequence[Candidate]) -> list[Link]:
    """Every update with its match or None, in order: nothing is dropped."""
    return [Link(u, match_update(u, candidates)) for u in updates]


def for_review(links: Sequence[Link]) -> list[Update]:
    """The updates that matched no action, for a person to link or dismiss."""
    return [link.update for link in links if link.match is None]
