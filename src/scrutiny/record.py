"""The extraction record (`scrutiny.extraction/1`) as typed dataclasses.

The shape lives here only; `to_dict` gives exactly the contract in `shared/schema/README.md`,
and the tests validate it against `extraction.schema.json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# The extractor imports `Status` from here (the record's field type); it is defined in `scrutiny.words`.
from scrutiny.words import Status

SCHEMA = "scrutiny.extraction/1"
Attendance = Literal["present", "in_attendance", "apologies", "absent"]


@dataclass
class Evidence:
    text: str
    page: int | None = None


@dataclass
class Attendee:
    name: str | None
    role: str | None
    initials: str | None
    attendance: Attendance
    evidence: Evidence | None = None


@dataclass
class Item:
    number: str | None
    title: str
    evidence: Evidence | None = None


@dataclass(kw_only=True)
class Action:
    ref: str | None = None
    item: str | None = None
    text: str
    owners: list[str] = field(default_factory=list)
    due: str | None = None
    due_text: str | None = None
    status: Status | None = None
    evidence: Evidence | None = None


@dataclass(kw_only=True)
class Decision:
    item: str | None = None
    text: str
    evidence: Evidence | None = None


@dataclass
class ActionUpdate:
    ref: str | None
    text: str | None
    status: Status | None
    evidence: Evidence | None = None


@dataclass(kw_only=True)
class Meeting:
    body: str | None
    organisation: str | None = None
    date: str | None
    start_time: str | None = None
    venue: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    action_updates: list[ActionUpdate] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(kw_only=True)
class ForwardPlanEntry:
    date: str | None = None
    body: str | None = None
    title: str
    evidence: Evidence | None = None


@dataclass
class Source:
    name: str
    sha256: str
    format: str


@dataclass
class Record:
    source: Source
    meetings: list[Meeting] = field(default_factory=list)
    forward_plan: list[ForwardPlanEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object; absent evidence is left out rather than null."""
        return {"schema": SCHEMA, **_drop_empty_evidence(asdict(self))}


def _drop_empty_evidence(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty_evidence(v) for k, v in value.items() if not (k == "evidence" and v is None)}
    if isinstance(value, list):
        return [_drop_empty_evidence(v) for v in value]
    return value
