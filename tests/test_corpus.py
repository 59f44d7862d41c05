"""The project's hand-written gold for the real papers of ../shared/eval/real, and for the papers it
invented (tests/corpus/invented, tests/corpus/fresh, tests/corpus/blind, tests/corpus/unseen,
tests/corpus/holdout, tests/corpus/reserve, tests/corpus/cold, tests/corpus/final, tests/corpus/spare,
tests/corpus/far, tests/corpus/late, tests/corpus/next, tests/corpus/last, tests/corpus/edge,
tests/corpus/wide): each file is a record in the contract, names the very bytes it was written for, and every
sealed paper has one.
Skipped when ../shared is not beside the repository."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "corpus" / "gold"
SEALED = ROOT / "tests" / "corpus" / "SEALED"
REAL = ROOT.parent / "shared" / "eval" / "real"
SCHEMA = ROOT.parent / "shared" / "schema" / "extraction.schema.json"

GOLD_FILES = sorted(GOLD.glob("*.gold.json"))
INVENTED = ROOT / "tests" / "corpus" / "invented"
FRESH = ROOT / "tests" / "corpus" / "fresh"
BLIND = ROOT / "tests" / "corpus" / "blind"
UNSEEN = ROOT / "tests" / "corpus" / "unseen"
HOLDOUT = ROOT / "tests" / "corpus" / "holdout"
RESERVE = ROOT / "tests" / "corpus" / "reserve"
COLD = ROOT / "tests" / "corpus" / "cold"
FINAL = ROOT / "tests" / "corpus" / "final"
SPARE = ROOT / "tests" / "corpus" / "spare"
FAR = ROOT / "tests" / "corpus" / "far"
LATE = ROOT / "tests" / "corpus" / "late"
NEXT = ROOT / "tests" / "corpus" / "next"
LAST = ROOT / "tests" / "corpus" / "last"
EDGE = ROOT / "tests" / "corpus" / "edge"
WIDE = ROOT / "tests" / "corpus" / "wide"
INVENTED_GOLD = sorted(
    [
        *INVENTED.glob("*.gold.json"),
        *FRESH.glob("*.gold.json"),
        *BLIND.glob("*.gold.json"),
        *UNSEEN.glob("*.gold.json"),
        *HOLDOUT.glob("*.gold.json"),
        *RESERVE.glob("*.gold.json"),
        *COLD.glob("*.gold.json"),
        *FINAL.glob("*.gold.json"),
        *SPARE.glob("*.gold.json"),
        *FAR.glob("*.gold.json"),
        *LATE.glob("*.gold.json"),
        *NEXT.glob("*.gold.json"),
        *LAST.glob("*.gold.json"),
        *EDGE.glob("*.gold.json"),
        *WIDE.glob("*.gold.json"),
    ]
)
needs_shared = pytest.mark.skipif(
    not REAL.is_dir() or not SCHEMA.exists(), reason="../shared is not beside the repository"
)


def sealed_names() -> list[str]:
    lines = (line.strip() for line in SEALED.read_text().splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@needs_shared
@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_is_a_record_of_the_paper_it_names(gold_path):
    import jsonschema

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    jsonschema.validate(gold, json.loads(SCHEMA.read_text(encoding="utf-8")))
    paper = REAL / gold["source"]["name"]
    assert paper.stem + ".gold.json" == gold_path.name
    assert hashlib.sha256(paper.read_bytes()).hexdigest() == gold["source"]["sha256"]
    actions = [a for m in gold["meetings"] for a in m["actions"]]
    assert all(isinstance(a.get("explicit"), bool) for a in actions), "each action says if it is explicit"


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared is not beside the repository")
@pytest.mark.parametrize("gold_path", INVENTED_GOLD, ids=lambda p: p.name)
def test_invented_gold_is_a_record_of_the_paper_beside_it(gold_path):
    import jsonschema

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    jsonschema.validate(gold, json.loads(SCHEMA.read_text(encoding="utf-8")))
    paper = gold_path.parent / gold["source"]["name"]
    assert paper.stem + ".gold.json" == gold_path.name
    assert hashlib.sha256(paper.read_bytes()).hexdigest() == gold["source"]["sha256"]
    actions = [a for m in gold["meetings"] for a in m["actions"]]
    assert all(isinstance(a.get("explicit"), bool) for a in actions), "each action says if it is explicit"


@pytest.mark.parametrize(
    ("folder", "least"),
    [
        (INVENTED, 12),
        (FRESH, 10),
        (BLIND, 11),
        (UNSEEN, 11),
        (HOLDOUT, 11),
        (RESERVE, 11),
        (COLD, 12),
        (FINAL, 12),
        (SPARE, 12),
        (FAR, 12),
        (LATE, 12),
        (NEXT, 12),
        (LAST, 12),
        (EDGE, 12),
        (WIDE, 12),
    ],
    ids=[
        "invented",
        "fresh",
        "blind",
        "unseen",
        "holdout",
        "reserve",
        "cold",
        "final",
        "spare",
        "far",
        "late",
        "next",
        "last",
        "edge",
        "wide",
    ],
)
def test_every_invented_paper_has_gold(folder, least):
    kinds = {".pdf", ".docx", ".md", ".html", ".txt"}
    papers = [p for p in folder.iterdir() if p.suffix in kinds and p.name != "README.md"]
    assert len(papers) >= least
    assert all((folder / f"{p.stem}.gold.json").is_file() for p in papers)


@needs_shared
def test_every_sealed_paper_is_there_and_has_gold():
    names = sealed_names()
    assert len(names) >= 6
    for name in names:
        assert (REAL / name).is_file(), name
        stem = Path(name).stem
        assert (GOLD / f"{stem}.gold.json").is_file() or (REAL / f"{stem}.gold.json").is_file(), name
