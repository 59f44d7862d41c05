#!/usr/bin/env python3
"""Could a small learned unit model veto the rules' weak narrative commitments, or accept what they reject?

    .venv/bin/pip install -e '.[research]' && .venv/bin/python bench/train_units.py [--out MODEL.json]

Issue 8 asked for a learned component where rules are brittle, kept only where it beats them. This trains
one and measures the two uses it was meant for (the experiment of 2026-12-07 is written up in
bench/README.md; neither use was kept, so nothing of it is in src/):
  (a) a veto: drop a commitment narrative.commitments finds in a unit the model gives a low probability;
  (b) an accept: take a unit that one of narrative's patterns matches but the rules then reject, when the
      model gives it a high probability.

Data. Each paper of the training sets (samples, dev, dev-synthetic, real without the sealed papers,
invented) is read and extracted as `scrutiny extract` does; every passage the extractor hands to
narrative.commitments is cut into the units that function considers (narrative.units). A unit is a task
when one of its document's gold actions says the same (unit_model.py's match: token Dice >= 0.5, or it
holds most of the action's words), or, when it is short ("Clerk to instruct."), the unit before and it
together do. `fresh` is never trained on: it is the generalisation measure.

Model. Logistic regression (liblinear, L2, C below) over hashed features (crc32 modulo BUCKETS) of each
unit: its words with names, initials and numbers replaced by their shape, word pairs, the opening two
words, a length band, and a few wording cues. Deterministic: the same gold gives the same weights, and
--out writes them as JSON (bias and weight per hashed feature, about 170 KB), the file a pure-Python
runtime scorer (`probability` below) would read.

It prints, for the training sets held out by family (one publisher's real papers, or one paper, at a
time: five folds) and for `fresh` under the model of all training sets: the units' P and R at a few
probabilities, and what each use would remove or add, right and wrong, at each threshold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import zlib
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import scrutiny.extract as pipeline
from quality import sets
from scrutiny.extract import narrative
from scrutiny.readers import read
from unit_model import _family, _is_task, _score_module

TRAIN = ("samples", "dev", "dev-synthetic", "real", "invented")  # never "fresh", never "sealed"
HELD_OUT = "fresh"
C = 0.5  # inverse regularisation: few papers, many rare words
MIN_UNITS = 2  # a feature seen in fewer training units gets no weight
DIGITS = 4  # decimals kept of each weight
FOLDS = 5
BUCKETS = 1 << 18
VETOES = (0.02, 0.05, 0.1, 0.2, 0.3)  # (a): commitments in units below this probability are dropped
ACCEPTS = (0.3, 0.5, 0.7, 0.9)  # (b): a rejected pattern match in a unit at or above this is taken
_SHORT = 7  # words: a shorter unit is labelled with the unit before it too

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[./]\d+)*|[:;()–—]")
_INITIALS = re.compile(r"[A-Z]{2,5}s?")
# words that say who, kept as words; other capitalised words after the first are names, seen only as their shape
_ROLES = {
    "cllr",
    "councillor",
    "clerk",
    "chair",
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
    "officer",
    "officers",
    "inspector",
    "sergeant",
    "superintendent",
    "commissioner",
    "constable",
    "chief",
    "panel",
    "board",
    "committee",
    "it",
    "the",
    "he",
    "she",
    "they",
    "we",
    "i",
}
# how tasks are worded, whatever the errand, and how news is
_CUES = {
    "subject-to": re.compile(r"^\W*(?:the\s+|our\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}to\s+[a-z]+"),
    "modal": re.compile(r"\b(?:will|would|shall|['’]ll|['’]d)\s+(?:\w+ly\s+)?[a-z]+", re.I),
    "agreed-to": re.compile(
        r"\b(?:agreed|undertook|offered|promised|volunteered|committed)\s+to\s+[a-z]", re.I
    ),
    "asked": re.compile(r"\b(?:asked|requested|instructed|tasked)\s+(?:\w+\s+){0,4}?(?:to|that)\b", re.I),
    "be-done": re.compile(r"\b(?:to|will|would|should)\s+be\s+[a-z]+ed\b", re.I),
    "reported": re.compile(
        r"\b(?:said|reported|explained|noted|stated|advised|informed|told)\s+(?:that\s+)?", re.I
    ),
    "past": re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?[a-z]+ed\b", re.I),
    "question": re.compile(r"\?\s*$"),
}
_LENGTH_STEP = 6  # words: units are told apart by length in steps of this many


def tokens(unit: str) -> list[str]:
    """The unit's words as the model sees them ("Bev to email Highways by 3 May" -> bev to email highways by <num>
    <name>)."""
    out = []
    for k, token in enumerate(_TOKEN.findall(unit)):
        low = token.lower()
        if token[0].isdigit():
            out.append("<num>")
        elif _INITIALS.fullmatch(token) and low not in _ROLES:
            out.append("<initials>")
        elif token[:1].isupper() and k and low not in _ROLES:
            out.append("<name>")
        else:
            out.append(low)
    return out


def features(unit: str) -> list[str]:
    words = tokens(unit)
    padded = ["<s>", *words, "</s>"]
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(padded)]
    out += [f"s{k}:{w}" for k, w in enumerate(words[:2])]
    out.append(f"len:{min(len(words) // _LENGTH_STEP, 8)}")
    out += [f"cue:{name}" for name, cue in _CUES.items() if cue.search(unit)]
    return out


def buckets(unit: str) -> list[int]:
    return sorted({zlib.crc32(f.encode("utf-8")) % BUCKETS for f in features(unit)})


Model = tuple[float, dict[int, float]]  # bias, weight per hashed feature


def probability(model: Model, unit: str) -> float:
    """What a runtime scorer does: pure Python, no numpy."""
    bias, weights = model
    return 1.0 / (1.0 + math.exp(-(bias + sum(weights.get(b, 0.0) for b in buckets(unit)))))


@dataclass
class Unit:
    text: str
    family: str = ""
    task: bool = False
    ruled: list[bool] = field(
        default_factory=list
    )  # each narrative commitment the record keeps from it: right?
    rejected: bool = False  # a narrative pattern matches it, the rules found nothing in it


def _pattern_match(unit: str) -> bool:
    patterns = (*narrative.COMMITMENTS, *narrative.REQUESTS, narrative.AGREED_TO, narrative.BARE_TASK)
    return any(
        m and not narrative._NOT_ERRAND.match(m.group("task"))
        for p in patterns
        for text in narrative._candidates(unit)
        for m in [p.search(text)]
    )


def paper_units(path: Path) -> tuple[list[str], dict[str, list[str]], set[str]]:
    """Each unit of the prose the extractor reads for commitments, once, in order; the texts of the narrative
    commitments the record keeps from each; and the units the rules found anything in."""
    seen: dict[str, list[str]] = {}
    found: list[tuple[str, str]] = []  # (evidence, action text)

    def recording(passage, *args, **kwargs):
        out = original(passage, *args, **kwargs)
        for unit in narrative.units(passage.text):
            seen.setdefault(unit, [])
        found.extend((a.evidence.text if a.evidence else "", a.text) for a in out)
        return out

    original = pipeline.commitments
    pipeline.commitments = recording
    try:
        record = pipeline.extract(read(path))
    finally:
        pipeline.commitments = original
    kept = {a.text for m in record.meetings for a in m.actions}
    fired: set[str] = set()
    for evidence, text in found:
        for unit in seen:  # the unit itself, or it after the sentence it refers back to
            if evidence == unit or evidence.endswith(f" {unit}"):
                fired.add(unit)
                if text in kept:
                    seen[unit].append(text)
    return list(seen), seen, fired


def dataset(names: tuple[str, ...]) -> list[Unit]:
    score = _score_module()
    available = sets()
    rows = []
    for set_name in names:
        for pair in available[set_name]:
            meetings = json.loads(pair.gold.read_text(encoding="utf-8")).get("meetings", [])
            gold = [a["text"] for m in meetings for a in m.get("actions", [])]
            order, kept, fired = paper_units(pair.document)
            before = ""
            for unit in order:
                task = _is_task(unit, gold, score) or (
                    len(unit.split()) < _SHORT and _is_task(f"{before} {unit}", gold, score)
                )
                rows.append(
                    Unit(
                        unit,
                        _family(pair.document.name, set_name),
                        task,
                        [any(score.dice(t, g) >= score.MATCH for g in gold) for t in kept[unit]],
                        unit not in fired and _pattern_match(unit),
                    )
                )
                before = unit
    return rows


def fit(rows: list[Unit]) -> Model:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indptr, indices = [0], []
    for row in rows:
        indices.extend(buckets(row.text))
        indptr.append(len(indices))
    x = csr_matrix(([1.0] * len(indices), indices, indptr), shape=(len(rows), BUCKETS))
    seen = np.asarray((x > 0).sum(axis=0)).ravel()
    x = x.multiply(seen >= MIN_UNITS).tocsr()
    model = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, np.array([int(r.task) for r in rows]))
    weights = {k: round(float(w), DIGITS) for k, w in enumerate(model.coef_[0]) if seen[k] >= MIN_UNITS}
    return round(float(model.intercept_[0]), DIGITS), {k: w for k, w in weights.items() if w}


def export(model: Model) -> str:
    bias, weights = model
    return (
        json.dumps(
            {
                "about": "logistic weights per hashed unit feature, made by bench/train_units.py",
                "buckets": BUCKETS,
                "bias": bias,
                "weights": {str(k): weights[k] for k in sorted(weights)},
            },
            separators=(",", ":"),
        )
        + "\n"
    )


def held_out(rows: list[Unit]) -> list[float]:
    """Each unit's probability from a model that never saw its family."""
    families = sorted({r.family for r in rows})
    out = [0.0] * len(rows)
    for k in range(FOLDS):
        left = {f for j, f in enumerate(families) if j % FOLDS == k}
        model = fit([r for r in rows if r.family not in left])
        for j, r in enumerate(rows):
            if r.family in left:
                out[j] = probability(model, r.text)
    return out


def report(title: str, rows: list[Unit], probs: list[float]) -> None:
    groups = sorted({r.family.split(":")[0] for r in rows})
    tasks = sum(r.task for r in rows)
    print(f"\n{title}: {len(rows)} units, {tasks} tasks, {len({r.family for r in rows})} families")
    for t in (0.5, 0.7, 0.9):
        picked = [r for r, p in zip(rows, probs) if p >= t]
        right = sum(r.task for r in picked)
        print(f"  units >= {t}: P {right / max(len(picked), 1):.2f} R {right / max(tasks, 1):.2f}")
    ruled = [(r.family.split(":")[0], ok, p) for r, p in zip(rows, probs) for ok in r.ruled]
    print(
        f"  (a) veto: the record's narrative commitments, wrong/right: {sum(not ok for _, ok, _ in ruled)}/"
        f"{sum(ok for _, ok, _ in ruled)}   "
        + "  ".join(
            f"{g} {sum(not ok for h, ok, _ in ruled if h == g)}/{sum(ok for h, ok, _ in ruled if h == g)}"
            for g in groups
        )
    )
    print("    removed, wrong/right:")
    for t in VETOES:
        per = {
            g: (
                sum(not ok for h, ok, p in ruled if h == g and p < t),
                sum(ok for h, ok, p in ruled if h == g and p < t),
            )
            for g in groups
        }
        total = tuple(sum(v[i] for v in per.values()) for i in (0, 1))
        print(
            f"    below {t:.2f}: {total[0]}/{total[1]}   "
            + "  ".join(f"{g} {w}/{r}" for g, (w, r) in per.items())
        )
    rejected = [(r.task, p) for r, p in zip(rows, probs) if r.rejected]
    print(
        f"  (b) accept: pattern matches the rules reject: {len(rejected)}, {sum(t for t, _ in rejected)} tasks;"
        " added right/wrong"
    )
    for t in ACCEPTS:
        picked = [task for task, p in rejected if p >= t]
        print(f"    at or above {t:.2f}: {sum(picked)}/{len(picked) - sum(picked)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="write the model of all training sets here (JSON)")
    args = ap.parse_args()
    rows = dataset(TRAIN)
    model = fit(rows)
    text = export(model)
    print(
        f"model of all training sets: {len(model[1])} weights, {len(text) // 1024} KiB, "
        f"sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}"
    )
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    report(f"training sets, held out by family ({FOLDS} folds)", rows, held_out(rows))
    fresh = dataset((HELD_OUT,))
    report(
        f"{HELD_OUT} (never trained on), under the model of all training sets",
        fresh,
        [probability(model, r.text) for r in fresh],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
