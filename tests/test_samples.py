"""The whole pipeline on the sample documents the project ships in `samples/`.

Each sample `samples/NAME.ext` has `samples/expected/NAME.json`: the record a careful
governance officer would write by hand (the `scrutiny.extraction/1` contract, plus
`"explicit"` on every action). For each sample we read and extract it and compare the
result with the expected record, strictly on what matters and tolerantly on wording:

- texts (actions, decisions, update texts, forward-plan titles) are paired one-to-one by
  token Dice overlap >= 0.5, greedily from the best pair down;
- every expected explicit action must be found, in the meeting of the same date, with the
  same owners (as a set, case-insensitive) and the same due date;
- every expected meeting must be found by its date, with its body; a meeting that records
  no attendance (an agenda's membership list, a next-meeting notice) must have none, and of
  the expected attendees at least 80% must be found (by name, else role) with the same
  attendance;
- every expected decision must be found, in the meeting of the same date;
- every expected action update must be found (by ref when it has one, else by text) with
  the same status;
- every expected forward-plan entry must be found, among the entries of the same date;
- few extra actions: at most 10% of the expected actions, plus one.

The comparison is checked on itself first (`test_comparison_*`), with the expected records
standing in as predictions, so a failure of `test_sample` is the extractor's and not the test's.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
# The shared contract, beside the repository when it is there; the project never needs it.
SCHEMA_FILE = ROOT.parent / "shared" / "schema" / "extraction.schema.json"
FORMATS = {"pdf", "docx", "html", "txt", "md"}
NOT_SAMPLES = {"README.md", "build.py"}

MATCH = 0.5  # token Dice needed to pair two texts
_TOKEN = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]+>")


# ---------------------------------------------------------------------------------------
# Comparison helpers
# ---------------------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(_TAG.sub(" ", (text or "").lower()))


def dice(a: str | None, b: str | None) -> float:
    """Dice coefficient of the two texts' word multisets."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for t in tb:
        pool[t] = pool.get(t, 0) + 1
    common = 0
    for t in ta:
        if pool.get(t):
            pool[t] -= 1
            common += 1
    return 2 * common / (len(ta) + len(tb))


def pair(pred: list[str | None], gold: list[str | None], threshold: float = MATCH) -> dict[int, int]:
    """One-to-one pairing gold index -> pred index, greedily by descending Dice."""
    scored = sorted(
        ((dice(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for score, i, j in scored:
        if score < threshold:
            break
        if i in used_p or j in out:
            continue
        used_p.add(i)
        out[j] = i
    return out


def norm_owner(owner: str) -> str:
    text = " ".join(owner.split()).casefold().strip(" .,;:-–")
    return text[4:] if text.startswith("the ") else text


def owner_set(owners: list[str] | None) -> set[str]:
    return {norm_owner(o) for o in owners or [] if o and o.strip()}


def norm_ref(ref: str | None) -> str:
    return re.sub(r"\s+", "", (ref or "").casefold())


def body_matches(pred: str | None, gold: str | None) -> bool:
    """The same body, allowing the force's name or a possessive to be added or left off."""
    tp, tg = set(tokens(pred)) - {"s"}, set(tokens(gold)) - {"s"}
    if not tg:
        return not tp
    if not tp:
        return False
    return tg <= tp or tp <= tg or dice(pred, gold) >= 0.6


def flat(record: dict, field: str) -> list[tuple[str | None, dict]]:
    """(meeting date, entry) for every entry of `field` in every meeting."""
    return [(m.get("date"), x) for m in record.get("meetings") or [] for x in m.get(field) or []]


def attendee_key(a: dict) -> str:
    return a.get("name") or a.get("role") or ""


def compare_attendance(pred: dict, gold: dict) -> list[str]:
    """No attendees where the document records none (a membership list is not attendance);
    else at least 80% of the expected attendees, each with the same attendance."""
    label = f"meeting {gold.get('date')}"
    p_att, g_att = pred.get("attendees") or [], gold.get("attendees") or []
    if not g_att:
        if p_att:
            return [f"{label}: {len(p_att)} attendees where the document records none"]
        return []
    paired = pair([attendee_key(a) for a in p_att], [attendee_key(a) for a in g_att], threshold=0.6)
    ok = sum(1 for j, i in paired.items() if p_att[i].get("attendance") == g_att[j].get("attendance"))
    if ok < 0.8 * len(g_att):
        missed = [
            attendee_key(g)
            for j, g in enumerate(g_att)
            if j not in paired or p_att[paired[j]].get("attendance") != g.get("attendance")
        ]
        return [
            f"{label}: only {ok} of {len(g_att)} attendees found with their attendance; "
            f"missed or wrong: {missed}"
        ]
    return []


def compare(pred: dict, gold: dict) -> list[str]:
    """Every way `pred` falls short of `gold`; empty when it passes."""
    problems: list[str] = []

    # meetings: by date, with the body; then who attended
    p_meetings = pred.get("meetings") or []
    for g in gold.get("meetings") or []:
        same_day = [p for p in p_meetings if p.get("date") == g.get("date")]
        same_body = [p for p in same_day if body_matches(p.get("body"), g.get("body"))]
        if not same_day:
            problems.append(f"missing meeting {g.get('date')} {g.get('body')!r}")
        elif not same_body:
            found = [p.get("body") for p in same_day]
            problems.append(f"meeting {g.get('date')}: body {found} != {g.get('body')!r}")
        else:
            problems += compare_attendance(same_body[0], g)

    # actions
    p_actions, g_actions = flat(pred, "actions"), flat(gold, "actions")
    g_decisions = flat(gold, "decisions")
    paired = pair([a.get("text") for _, a in p_actions], [a.get("text") for _, a in g_actions])
    for j, (g_date, g) in enumerate(g_actions):
        if not g.get("explicit", True):
            continue
        label = f"action {g.get('text', '')[:70]!r}"
        if j not in paired:
            problems.append(f"missing explicit {label}")
            continue
        p_date, p = p_actions[paired[j]]
        if p_date != g_date:
            problems.append(f"{label}: in meeting {p_date}, expected {g_date}")
        if owner_set(p.get("owners")) != owner_set(g.get("owners")):
            problems.append(f"{label}: owners {p.get('owners')} != {g.get('owners')}")
        if (p.get("due") or None) != (g.get("due") or None):
            problems.append(f"{label}: due {p.get('due')!r} != {g.get('due')!r} ({g.get('due_text')!r})")
    matched = set(paired.values())
    extras = [
        a.get("text", "")
        for i, (_, a) in enumerate(p_actions)
        if i not in matched and not any(dice(a.get("text"), d.get("text")) >= MATCH for _, d in g_decisions)
    ]
    allowed = 0.1 * len(g_actions) + 1
    if len(extras) > allowed:
        listed = "; ".join(repr(t[:50]) for t in extras)
        problems.append(f"{len(extras)} extra actions (at most {allowed:.1f} allowed): {listed}")

    # decisions
    p_decisions = flat(pred, "decisions")
    paired = pair([d.get("text") for _, d in p_decisions], [d.get("text") for _, d in g_decisions])
    for j, (g_date, g) in enumerate(g_decisions):
        label = f"decision {g.get('text', '')[:70]!r}"
        if j not in paired:
            problems.append(f"missing {label}")
        elif p_decisions[paired[j]][0] != g_date:
            problems.append(f"{label}: in meeting {p_decisions[paired[j]][0]}, expected {g_date}")

    # action updates: by ref when the expected one has a ref, else by text
    p_updates, g_updates = flat(pred, "action_updates"), flat(gold, "action_updates")
    taken: set[int] = set()
    for g_date, g in g_updates:
        label = f"update {g.get('ref') or repr((g.get('text') or '')[:60])}"
        if g.get("ref"):
            hits = [
                k
                for k, (d, p) in enumerate(p_updates)
                if k not in taken and d == g_date and norm_ref(p.get("ref")) == norm_ref(g["ref"])
            ]
        else:
            scored = sorted(
                (
                    (dice(p.get("text"), g.get("text")), k)
                    for k, (d, p) in enumerate(p_updates)
                    if k not in taken and d == g_date
                ),
                reverse=True,
            )
            hits = [k for s, k in scored if s >= MATCH]
        if not hits:
            problems.append(f"missing {label}")
            continue
        taken.add(hits[0])
        status = p_updates[hits[0]][1].get("status")
        if status != g.get("status"):
            problems.append(f"{label}: status {status!r} != {g.get('status')!r}")

    # forward plan: standing items recur, so entries pair by title among those of the same date
    p_plan, g_plan = pred.get("forward_plan") or [], gold.get("forward_plan") or []
    for date in sorted({g.get("date") or "" for g in g_plan}):
        p_day = [e for e in p_plan if (e.get("date") or "") == date]
        g_day = [e for e in g_plan if (e.get("date") or "") == date]
        paired = pair([e.get("title") for e in p_day], [e.get("title") for e in g_day])
        for j, g in enumerate(g_day):
            if j not in paired:
                problems.append(f"missing forward plan entry {g.get('date')} {g.get('title', '')[:60]!r}")
    return problems


# ---------------------------------------------------------------------------------------
# The samples
# ---------------------------------------------------------------------------------------


def sample_files() -> list[Path]:
    return sorted(
        p
        for p in SAMPLES.iterdir()
        if p.is_file() and p.name not in NOT_SAMPLES and p.suffix.lstrip(".").lower() in FORMATS
    )


def expected_of(path: Path) -> dict:
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))


SAMPLE_FILES = sample_files()
IDS = [p.name for p in SAMPLE_FILES]


def test_every_sample_has_an_expected_record():
    documents = {p.stem for p in SAMPLE_FILES}
    records = {p.stem for p in EXPECTED.glob("*.json")}
    assert len(SAMPLE_FILES) >= 12
    assert documents == records, (
        f"without record: {documents - records}; without document: {records - documents}"
    )
    formats = {p.suffix.lstrip(".").lower() for p in SAMPLE_FILES}
    assert formats == FORMATS, f"formats without a sample: {FORMATS - formats}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_expected_record_describes_its_file(path: Path):
    expected = expected_of(path)
    assert expected["schema"] == "scrutiny.extraction/1"
    assert expected["source"] == {
        "name": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "format": path.suffix.lstrip(".").lower(),
    }, "stale source: run `python samples/build.py --hashes`"
    for _, action in flat(expected, "actions"):
        assert isinstance(action.get("explicit"), bool), action
    # the expected texts must pair unambiguously, or the comparison means nothing
    actions = [a["text"] for _, a in flat(expected, "actions")]
    decisions = [d["text"] for _, d in flat(expected, "decisions")]
    for i, a in enumerate(actions):
        for b in actions[i + 1 :] + decisions:
            assert dice(a, b) < MATCH, f"ambiguous pair: {a!r} ~ {b!r}"
    plan = expected.get("forward_plan") or []
    for i, a in enumerate(plan):
        for b in plan[i + 1 :]:
            if a.get("date") == b.get("date"):
                assert dice(a["title"], b["title"]) < MATCH, f"ambiguous forward plan pair: {a} ~ {b}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_expected_record_is_valid(path: Path):
    if not SCHEMA_FILE.exists():
        pytest.skip("the shared schema is not beside the repository")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(expected_of(path), schema)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_sample(path: Path):
    from scrutiny.extract import extract
    from scrutiny.readers import read

    expected = expected_of(path)
    predicted = extract(read(path)).to_dict()
    assert predicted["schema"] == "scrutiny.extraction/1"
    assert predicted["source"] == expected["source"]
    problems = compare(predicted, expected)
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


# ---------------------------------------------------------------------------------------
# The comparison checked on itself
# ---------------------------------------------------------------------------------------


def test_dice():
    assert dice("Provide the figures to the OPCC", "provide figures to OPCC") == pytest.approx(2 * 4 / 10)
    assert dice("", "") == 1.0
    assert dice("a b", "") == 0.0
    assert dice("<p>Close</p>", "close") == 1.0


def test_owner_and_body_normalisation():
    assert owner_set(["The Commissioner", "DCC "]) == owner_set(["commissioner", "dcc"])
    assert owner_set(["DCC"]) != owner_set(["DCC", "OPCC Chief Executive"])
    assert body_matches("Tamarford Police and Crime Panel", "Police and Crime Panel")
    assert body_matches("Police and Crime Commissioner's Executive Board", "Executive Board")
    assert not body_matches("Joint Audit Committee", "Police and Crime Panel")


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_comparison_accepts_the_expected_record(path: Path):
    expected = expected_of(path)
    assert compare(expected, expected) == []
    # reworded a little: texts lower-cased and with owner prefixes, still a pass
    reworded = copy.deepcopy(expected)
    for meeting in reworded["meetings"]:
        for action in meeting["actions"]:
            action["text"] = action["text"].lower().rstrip(".")
            action["owners"] = [o.upper() for o in action["owners"]]
        for decision in meeting["decisions"]:
            decision["text"] = "RESOLVED: That " + decision["text"]
    assert compare(reworded, expected) == []


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=IDS)
def test_comparison_rejects_faults(path: Path):
    expected = expected_of(path)
    assert compare({"meetings": [], "forward_plan": []}, expected) or not (
        expected["meetings"] or expected.get("forward_plan")
    )
    explicit = [(k, a) for k, m in enumerate(expected["meetings"]) for a in m["actions"] if a["explicit"]]
    if explicit:
        k, first = explicit[0]
        i = expected["meetings"][k]["actions"].index(first)
        for fault in ("owners", "due", "missing", "meeting"):
            pred = copy.deepcopy(expected)
            action = pred["meetings"][k]["actions"][i]
            if fault == "owners":
                action["owners"] = action["owners"] + ["Someone Else"]
            elif fault == "due":
                action["due"] = "1999-01"
            elif fault == "missing":
                del pred["meetings"][k]["actions"][i]
            else:
                action["text"] = "An unrelated task about something else entirely"
            assert compare(pred, expected), fault
    # many unrelated extra actions fail
    pred = copy.deepcopy(expected)
    if pred["meetings"]:
        n = len(flat(expected, "actions"))
        pred["meetings"][0]["actions"] += [
            {"text": f"Invented task number {w} for nobody", "owners": [], "due": None}
            for w in ("one", "two", "three", "four", "five", "six")[: int(0.1 * n) + 2]
        ]
        assert any("extra actions" in p for p in compare(pred, expected))
    # attendance where none is recorded, and lost attendance, are seen
    for k, meeting in enumerate(expected["meetings"]):
        pred = copy.deepcopy(expected)
        if meeting["attendees"]:
            for a in pred["meetings"][k]["attendees"]:
                a["attendance"] = "absent"
        else:
            pred["meetings"][k]["attendees"] = [
                {"name": "Councillor A Member", "role": None, "initials": None, "attendance": "present"}
            ]
        assert compare(pred, expected)
    # a wrong update status, a wrong forward-plan date and a missing decision are all seen
    for k, meeting in enumerate(expected["meetings"]):
        if meeting["action_updates"]:
            pred = copy.deepcopy(expected)
            update = pred["meetings"][k]["action_updates"][0]
            update["status"] = "deferred" if update["status"] != "deferred" else "complete"
            assert compare(pred, expected)
        if meeting["decisions"]:
            pred = copy.deepcopy(expected)
            del pred["meetings"][k]["decisions"][0]
            assert compare(pred, expected)
    if expected.get("forward_plan"):
        pred = copy.deepcopy(expected)
        pred["forward_plan"][0]["date"] = "1999-01-01"
        assert compare(pred, expected)
