#!/usr/bin/env python3
"""How well does extraction hold, set by set? One table, scored by ../shared/eval/score.py.

    .venv/bin/python bench/quality.py [--sets samples,dev,dev-synthetic,real,invented,fresh,blind,unseen] [--sealed]
                                      [--show-misses SET] [--json]
    .venv/bin/python bench/quality.py --sets holdout   # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets reserve   # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets cold      # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets final     # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets spare     # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets far       # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets late      # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets next      # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets last      # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets edge      # only when named: never in the default list
    .venv/bin/python bench/quality.py --sets wide      # only when named: never in the default list

The sets:
  samples        the bundled samples/ against their expected records (samples/expected/)
  dev            ../shared/eval/dev
  dev-synthetic  ../shared/eval/dev-synthetic
  real           the real papers of ../shared/eval/real that are not sealed: the gold beside
                 them there, and the project's own hand-written gold in tests/corpus/gold/
  invented       tests/corpus/invented/: papers written for the project in the layouts real papers
                 use (parish, town and community councils, panels, PCC boards, liaison groups),
                 with invented names, and gold written before the extractor was run on them:
                 a second measure of how the rules hold on papers they were not written against
  fresh          tests/corpus/fresh/: a second invented set in other layouts and wordings, written after
                 the invented set's misses had been fixed and never used to write rules: while no rule is
                 fitted to it, it measures how extraction generalises
  blind          tests/corpus/blind/: a third invented set, in the kinds of the sealed papers, written blind
                 to the extractor (neither it nor the sealed papers were read while it was written)
  unseen         tests/corpus/unseen/: a fourth invented set, in the layouts issue 8 lists, written blind
                 to the extractor (neither it, the sealed papers nor the other sets' papers were read)
  holdout        tests/corpus/holdout/: a fifth invented set, held out for the session's last measure, written
                 blind to the extractor (in the layouts issue 8 lists; neither the extractor, the sealed papers
                 nor the other sets' papers were read). Scored only when named (--sets holdout), never by
                 default; its misses are not for writing rules
  reserve        tests/corpus/reserve/: a sixth invented set, held out for the session's last measure, written
                 blind to the extractor (in the layouts issue 8 lists; neither the extractor, the sealed papers
                 nor the other sets' papers were read). Scored only when named (--sets reserve), never by
                 default; its misses are not for writing rules
  cold           tests/corpus/cold/: a seventh invented set, written blind to the extractor (in the kinds of
                 papers the project fails on; neither the extractor, the sealed papers nor the other sets' papers
                 were read), scored once as held out in session 7 and then used to find kinds of failure, as
                 holdout was: fit now, not generalisation. Scored only when named (--sets cold)
  final          tests/corpus/final/: an eighth invented set, held out for the session's last measure, written
                 blind to the extractor (in the kinds of papers the project fails on; neither the extractor, the
                 sealed papers nor the other sets' papers were read), scored once as held out in session 7, then
                 read in session 8 to find kinds of failure: fit now, not generalisation. Scored only when named
                 (--sets final)
  spare          tests/corpus/spare/: a ninth invented set, written blind to the extractor (neither the extractor,
                 the sealed papers nor the other sets' papers were read), held out in sessions 7 and 8, then read in
                 session 9 to find kinds of failure: fit now, not generalisation. Scored only when named (--sets spare)
  far            tests/corpus/far/: a tenth invented set, held out for the session's last measure, written blind to
                 the extractor in session 8 (neither the extractor, the sealed papers nor the other sets' papers were
                 read). Scored only when named (--sets far), never by default; its misses are not for writing rules
  late           tests/corpus/late/: an eleventh invented set, written blind to the extractor (neither the
                 extractor, the sealed papers nor the other sets' papers were read), first measured at session 9's
                 start code, then read in session 9: fit now, not generalisation. Scored only when named (--sets late)
  next           tests/corpus/next/: a twelfth invented set, written blind to the extractor by a helper (neither the
                 extractor, the sealed papers nor the other sets' papers were read), weighted to progress on earlier
                 actions; a development set, to be read. Scored only when named (--sets next), never by default
  last           tests/corpus/last/: a thirteenth invented set, held out, written blind to the extractor by a helper
                 (neither the extractor, the sealed papers nor the other sets' papers were read; no extractor run on
                 it). Scored only when named (--sets last), never by default; its misses are not for writing rules
  edge           tests/corpus/edge/: a fourteenth invented set, held out, written blind to the extractor by a helper
                 (neither the extractor, the sealed papers nor the other sets' papers were read; no extractor run on
                 it). Scored only when named (--sets edge), never by default; its misses are not for writing rules
  wide           tests/corpus/wide/: a fifteenth invented set, written blind to the extractor by a helper (neither the
                 extractor, the sealed papers nor the other sets' papers were read; no extractor run on it), leaning to
                 ordinary public bodies' minutes as clerks and secretaries write them. Scored only when named
                 (--sets wide), never by default
  sealed         the real papers listed in tests/corpus/SEALED, scored only with --sealed: while
                 the extractor is worked on nobody looks at them, so their figure stays honest.
                 --show-misses refuses them.

Each set is extracted by one `scrutiny extract FILES --out DIR` process (as a user runs it), into
a scratch folder beside symbolic links that put each document next to its gold, as score.py wants.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
OWN_GOLD = ROOT / "tests" / "corpus" / "gold"
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
SEALED_LIST = ROOT / "tests" / "corpus" / "SEALED"
SCRUTINY = ROOT / ".venv" / "bin" / "scrutiny"

COLUMNS = [  # (heading, key in score.py's summary)
    ("docs", "documents"),
    ("act P", "actions.precision"),
    ("act R", "actions.recall"),
    ("act F1", "actions.f1"),
    ("expl R", "actions.recall_explicit"),
    ("owner", "actions.owner_acc"),
    ("due", "actions.due_acc"),
    ("dates", "meetings.date_recall"),
    ("body", "meetings.body_acc"),
    ("attend", "attendees.f1"),
    ("items", "items.f1"),
    ("dec F1", "decisions.f1"),
    ("upd R", "updates.recall"),
    ("upd st", "updates.status_acc"),
    ("fp F1", "forward_plan.f1"),
    ("evid", "evidence.present"),
]


@dataclass
class Pair:
    document: Path
    gold: Path


def sealed_names() -> set[str]:
    if not SEALED_LIST.exists():
        return set()
    lines = (line.strip() for line in SEALED_LIST.read_text().splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def _beside(gold_dir: Path, suffix: str, docs: list[Path]) -> list[Pair]:
    """Each document whose gold `NAME{suffix}` lies in `gold_dir`."""
    out = []
    for doc in docs:
        gold = gold_dir / f"{doc.stem}{suffix}"
        if gold.exists():
            out.append(Pair(doc, gold))
    return out


def _real(sealed: bool) -> list[Pair]:
    names = sealed_names()
    docs = [
        p for p in sorted((EVAL / "real").iterdir()) if p.suffix in {".pdf", ".docx", ".md", ".html", ".txt"}
    ]
    docs = [p for p in docs if (p.name in names) == sealed]
    pairs = {p.document.name: p for p in _beside(EVAL / "real", ".gold.json", docs)}
    for pair in _beside(OWN_GOLD, ".gold.json", docs):
        pairs.setdefault(pair.document.name, pair)
    return sorted(pairs.values(), key=lambda p: p.document.name)


def sets() -> dict[str, list[Pair]]:
    samples = [p for p in sorted((ROOT / "samples").iterdir()) if p.is_file() and p.suffix != ".py"]
    out = {"samples": _beside(ROOT / "samples" / "expected", ".json", samples)}
    for name in ("dev", "dev-synthetic"):
        folder = EVAL / name
        docs = (
            [p for p in sorted(folder.iterdir()) if not p.name.endswith(".json")] if folder.is_dir() else []
        )
        out[name] = _beside(folder, ".gold.json", docs)
    out["real"] = _real(sealed=False) if (EVAL / "real").is_dir() else []
    for name, folder in (
        ("invented", INVENTED),
        ("fresh", FRESH),
        ("blind", BLIND),
        ("unseen", UNSEEN),
        ("holdout", HOLDOUT),
        ("reserve", RESERVE),
        ("cold", COLD),
        ("final", FINAL),
        ("spare", SPARE),
        ("far", FAR),
        ("late", LATE),
        ("next", NEXT),
        ("last", LAST),
        ("edge", EDGE),
        ("wide", WIDE),
    ):
        papers = [
            p for p in sorted(folder.iterdir()) if p.suffix in {".pdf", ".docx", ".md", ".html", ".txt"}
        ]
        out[name] = _beside(folder, ".gold.json", papers)
    out["sealed"] = _real(sealed=True) if (EVAL / "real").is_dir() else []
    return out


def score(pairs: list[Pair], scratch: Path, show_misses: bool) -> dict:
    """Extract every document of the set in one process, then score the predictions."""
    gold_dir, pred_dir = scratch / "gold", scratch / "pred"
    gold_dir.mkdir()
    for pair in pairs:
        (gold_dir / pair.document.name).symlink_to(pair.document.resolve())
        (gold_dir / f"{pair.document.stem}.gold.json").symlink_to(pair.gold.resolve())
    docs = [str(gold_dir / p.document.name) for p in pairs]
    subprocess.run(
        [str(SCRUTINY), "extract", *docs, "--out", str(pred_dir)], capture_output=True, check=False
    )
    for pair in pairs:  # a document the extractor refused scores as empty, not as a crash of this script
        pred = pred_dir / f"{pair.document.stem}.json"
        if not pred.exists():
            pred.parent.mkdir(exist_ok=True)
            pred.write_text(json.dumps({"meetings": [], "forward_plan": []}))
    argv = [sys.executable, str(EVAL / "score.py"), str(gold_dir), "--pred-dir", str(pred_dir), "--json"]
    if show_misses:
        argv.append("--show-misses")
    run = subprocess.run(argv, capture_output=True, text=True, check=True)
    if show_misses:
        print(run.stderr, file=sys.stderr)
    return json.loads(run.stdout)


def cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--sets",
        default="samples,dev,dev-synthetic,real,invented,fresh,blind,unseen",
        help="comma-separated sets to score ('holdout', 'reserve', 'cold', 'final', 'spare', 'far', 'late', 'next', 'last', 'edge' and 'wide' only when named)",
    )
    ap.add_argument(
        "--sealed", action="store_true", help="score the sealed set too (at the end of a piece of work)"
    )
    ap.add_argument(
        "--show-misses", metavar="SET", help="list every miss of one set on stderr (never 'sealed')"
    )
    ap.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"quality: {EVAL} is not there: nothing to score", file=sys.stderr)
        return 2
    if args.show_misses == "sealed":
        print("quality: the sealed set's misses stay unseen; score it with --sealed", file=sys.stderr)
        return 2
    wanted = [s for s in args.sets.split(",") if s] + (["sealed"] if args.sealed else [])
    available = sets()
    summaries: dict[str, dict] = {}
    for name in wanted:
        if name not in available:
            print(f"quality: no set named {name!r} (have: {', '.join(available)})", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix=f"quality-{name}-") as scratch:
            summaries[name] = score(available[name], Path(scratch), args.show_misses == name)
    if args.json:
        print(json.dumps(summaries, indent=2))
        return 0
    widths = [max(len(h), 6) for h, _ in COLUMNS]
    print(f"{'set':14}" + " ".join(f"{h:>{w}}" for (h, _), w in zip(COLUMNS, widths)))
    for name, summary in summaries.items():
        print(f"{name:14}" + " ".join(f"{cell(summary.get(k)):>{w}}" for (_, k), w in zip(COLUMNS, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
