"""Marked actions in the shapes real secretaries write them (issue 8): markers with the owner and the
timescale in any order and separator, action-log lines with the owner after the full stop, numbered
tasks after one marker, owners named with a rank or title; action schedules whose columns are
headed otherwise, in Word, HTML and PDF. Every paper here is invented."""

from __future__ import annotations

from pathlib import Path

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable


def _actions(path: Path) -> list[tuple]:
    doc = read(path)
    (meeting,) = [m for m in extract(doc).meetings if m.actions]
    for action in meeting.actions:
        assert action.evidence and findable(action.evidence.text, doc.text)
    return [(a.ref, a.text, a.owners, a.due, a.due_text) for a in meeting.actions]


LIAISON = """\
# Redcastle Police Community Liaison Group

Notes of the meeting held on 17 September 2008 at Redcastle Police Station

Present: Insp. Mark Fowler, Sgt Anne Price, Cllr Ray Dobbs, Jean Walsh (Residents Association), Peter Tull (Secretary)

## 1. Anti-social behaviour on the Brookside estate

Residents reported groups gathering outside the shops in the evenings. Sgt Price said extra patrols had been arranged.

Action – Insp. Fowler: arrange a meeting with the housing officer.

Action: Speed check on Hill Road – Sgt Price – October

Action by Cllr Dobbs – raise the lighting on Hill Road with the council.

Actions: (1) PT to book the room for the Christmas meeting; (2) Insp. Fowler to invite the neighbourhood team.

## 2. Action log

01/08: Circulate the protocol. BJH, October 08
02/08: Write to the council about the CCTV camera at the shops. PT – November 08
03/08 Obtain crime figures for the estate – Sgt Price – next meeting
"""


def test_liaison_notes_mark_actions_with_ranks_dashes_numbers_and_a_log(tmp_path):
    """An owner with a rank ("Sgt Price", "Insp. Fowler") is a field of its own like a post; "Action by X –"
    names its owner as "Action by X:" does; "(1) … (2) …" after one marker are two tasks; a log line gives
    its owner and timescale after the task's full stop, or after a dash; a log line opening with its errand
    is a task, not a minute's title."""
    path = tmp_path / "redcastle-plg-2008-09-17.md"
    path.write_text(LIAISON, encoding="utf-8")
    assert _actions(path) == [
        (None, "arrange a meeting with the housing officer", ["Insp. Fowler"], None, None),
        (None, "Speed check on Hill Road", ["Sgt Price"], "2008-10", "October"),
        (None, "raise the lighting on Hill Road with the council", ["Cllr Dobbs"], None, None),
        (None, "book the room for the Christmas meeting", ["PT"], None, None),
        (None, "invite the neighbourhood team", ["Insp. Fowler"], None, None),
        ("01/08", "Circulate the protocol", ["BJH"], "2008-10", "October 08"),
        ("02/08", "Write to the council about the CCTV camera at the shops", ["PT"], "2008-11", "November 08"),
        ("03/08", "Obtain crime figures for the estate", ["Sgt Price"], None, "next meeting"),
    ]
