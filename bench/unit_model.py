#!/usr/bin/env python3
"""Would a learned sentence classifier find the tasks the rules miss, in layouts it has not seen?

    .venv/bin/pip install -e '.[research]' && .venv/bin/python bench/unit_model.py

Issue 8 asked for a learned component where rules are brittle. This measures one before it is let
into the extractor: a logistic model over each prose unit's words (a sentence of a paragraph, list
entry or table cell, as narrative.units cuts them), with names, initials and numbers replaced by
their shape so that it learns how tasks are worded and not who did them, plus cues for how tasks
are worded whatever the errand. A unit is a task when it says the same as one of its document's
gold actions: token Dice >= 0.5 (score.py's match), or it holds most of the action's words. The
gold is every set bench/quality.py scores except the sealed papers.

The model is scored held out by family (one publisher's papers, or one of our samples, at a time),
beside the rules (narrative._commitment and markers.marked_actions on the same unit): the rules'
unit precision and recall, the model's, their union, and the model on the units the rules passed
over. It joins the extractor only when that last line adds recall at the rules' precision. It does
not yet (2026-12-07: 3,890 units, 351 tasks, 34 families; on units the rules passed over its
held-out precision is 0.16-0.38 for 1-5% more recall): more annotated papers are what it needs.
"""

from __future__ import annotations

import json
import re
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).parent))
from quality import EVAL, sets
from scrutiny.extract.markers import marked_actions
from scrutiny.extract.narrative import ERRANDS, PARTICIPLES, _commitment, units
from scrutiny.extract.owners import TITLE_NOUNS, people_of
from scrutiny.extract.passages import Passage
from scrutiny.readers import read

C = 0.5  # inverse regularisation: few documents, many rare words
FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_COVER = 0.8  # share of a gold action's words a unit must hold to be that action, when Dice alone falls short
_LONGER = 3  # … and it may be at most this many times longer
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[./]\d+)*|[£%:;()–—]")
_INITIALS = re.compile(r"[A-Z]{2,5}s?")
_ROLES = TITLE_NOUNS | {
    "cllr",
    "councillor",
    "clerk",
    "chairman",
    "chairperson",
    "chairwoman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "police",
    "highways",
    "council",
    "members",
    "secretary",
    "treasurer",
}
# How tasks are worded, whatever the errand: the model weighs these beside the words themselves
_CUES = {
    "subject-to-errand": re.compile(
        rf"^\W*(?:the\s+|our\s+)?(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:to|will|would|should|must)\s+"
        rf"(?:also\s+)?(?:{ERRANDS})\b"
    ),
    "to-errand": re.compile(rf"\bto\s+(?:{ERRANDS})\b"),
    "modal-errand": re.compile(
        rf"\b(?:will|would|should|must|needs?\s+to|agreed\s+to|undertook\s+to)\s+(?:also\s+)?(?:{ERRANDS})\b"
    ),
    "be-done": re.compile(rf"\b(?:to|will|would|should)\s+be\s+(?:{PARTICIPLES})\b"),
    "asked": re.compile(r"\b(?:asked|requested|instructed|tasked)\s+(?:to|that)\b"),
}
_LENGTH_STEP = 6  # words: sentences are told apart by length in steps of this many words


def shapes(sentence: str, people: frozenset[str]) -> list[str]:
    """The sentence's words as the model sees them ("Ken to email Highways by 3 May" ->
    <person> to email <name> by <num> may)."""
    out = []
    for k, token in enumerate(_TOKEN.findall(sentence)):
        low = token.lower()
        if low in people and token[:1].isupper():
            out.append("<person>")
        elif token[0].isdigit():
            out.append("<num>")
        elif _INITIALS.fullmatch(token) and low not in _ROLES:
            out.append("<initials>")
        elif token[:1].isupper() and k and low not in _ROLES:
            out.append("<name>")
        else:
            out.append(low)
    return out


def features(sentence: str, kind: str, people: frozenset[str]) -> list[str]:
    """Words, word pairs, the opening words by position, length, the kind of block, and the wording cues."""
    words = shapes(sentence, people)
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(words)]
    out += [f"s{k}:{w}" for k, w in enumerate(words[:3])]
    out += [f"len:{min(len(words) // _LENGTH_STEP, 8)}", f"kind:{kind}"]
    out += [f"cue:{name}" for name, cue in _CUES.items() if cue.search(sentence)]
    return out


def _score_module():
    sys.path.insert(0, str(EVAL))
    import score  # type: ignore[import-not-found]

    return score


def _units(path: Path) -> list[tuple[str, str]]:
    """(sentence, kind) for every prose unit of a document, in order."""
    out = []
    for block in read(path).blocks:
        if block.kind == "table":
            texts = [(p, "cell") for row in block.rows or [] for cell in row for p in cell.paragraphs]
        else:
            texts = [] if block.kind == "heading" else [(block.text, block.kind)]
        out.extend((u, kind) for text, kind in texts for u in units(text) if len(u.split()) >= 3)
    return out


def _is_task(unit: str, gold: list[str], score) -> bool:
    words = score.tokens(unit)
    for text in gold:
        if score.dice(unit, text) >= score.MATCH:
            return True
        want = set(score.tokens(text))
        held = sum(1 for w in want if w in words) / max(len(want), 1)
        if held >= _COVER and len(words) <= _LONGER * len(want):
            return True
    return False


def _family(name: str, set_name: str) -> str:
    """Papers of one publisher form one family in ../shared/eval/real ("sf-", "lim-jpc-"); else each its own."""
    if set_name == "real":
        return "real:" + re.split(r"[-_]\d", name)[0].split("-")[0]
    return f"{set_name}:{name}"


def dataset() -> tuple[list[list[str]], np.ndarray, list[str], np.ndarray]:
    """Features, labels, families, and whether the rules find a task in each unit."""
    score = _score_module()
    rows, labels, groups, ruled = [], [], [], []
    for set_name, pairs in sets().items():
        if set_name == "sealed":
            continue  # scored at the end of a piece of work, never learned from
        for pair in pairs:
            meetings = json.loads(pair.gold.read_text(encoding="utf-8")).get("meetings", [])
            actions = [a["text"] for m in meetings for a in m.get("actions", [])]
            people = people_of([a["name"] for m in meetings for a in m.get("attendees", []) if a.get("name")])
            for unit, kind in _units(pair.document):
                rows.append(features(unit, kind, people))
                labels.append(int(_is_task(unit, actions, score)))
                groups.append(_family(pair.document.name, set_name))
                ruled.append(
                    bool(
                        _commitment(unit, None, None, True, people)
                        or marked_actions(Passage(unit, None, None, kind), None, None)
                    )
                )
    return rows, np.array(labels), groups, np.array(ruled)


def held_out(rows: list[list[str]], y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Each unit's probability from a model that never saw its family."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, y, groups):
        vec = CountVectorizer(analyzer=lambda r: r, binary=True, min_df=2)
        model = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
        model.fit(vec.fit_transform([rows[i] for i in train]), y[train])
        out[test] = model.predict_proba(vec.transform([rows[i] for i in test]))[:, 1]
    return out


def _pr(picked: np.ndarray, y: np.ndarray) -> str:
    tp = int((picked & (y == 1)).sum())
    return f"{tp / max(int(picked.sum()), 1):5.2f} {tp / max(int(y.sum()), 1):5.2f}"


def main() -> int:
    rows, y, groups, ruled = dataset()
    print(f"{len(rows)} units, {int(y.sum())} tasks, {len(set(groups))} families; held out by family, P R:")
    prob = held_out(rows, y, groups)
    print(f"{'rules':>26}  {_pr(ruled, y)}")
    for t in THRESHOLDS:
        model = prob >= t
        print(
            f"model >= {t:.1f}: model {_pr(model, y)}  union {_pr(ruled | model, y)}  "
            f"where rules found none {_pr(model & ~ruled, y)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
