"""The domain's words, defined once: an action's statuses, how a person may write one, and when
an action is overdue.

Every layer uses these (the record, the register, the store, the CLI, the web pages and API,
the outputs), so the module sits at the top of the package rather than in `register/`: it
imports nothing of scrutiny's, and importing it never loads the register's matcher (rapidfuzz)
or the store (SQLAlchemy), which the CLI keeps out of its start-up.

The rest of the domain's words have one home each already and stay there: action references
outside the extractor are read only by `register/refs.py` (`ref_parts`, `ref_score`,
`ref_key`, used by `register/matching.py` and `store/link.py`); the glossary of posts, bodies
and organisations is `register/glossary.py`. The extractor (`extract/`) keeps its own reference
patterns and owner-splitting word lists (`extract/owners.py`), which belong to its issue.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

# --- statuses -----------------------------------------------------------------------------------

Status = Literal["open", "in_progress", "complete", "closed", "deferred", "overdue"]
STATUSES: tuple[Status, ...] = ("open", "in_progress", "complete", "closed", "deferred", "overdue")
DONE: tuple[Status, ...] = ("complete", "closed")  # an action in one of these is never overdue
OPEN: tuple[Status, ...] = tuple(s for s in STATUSES if s not in DONE)
# The order a listing sorted by status shows them in: what needs attention first.
STATUS_ORDER: tuple[Status, ...] = ("overdue", "open", "in_progress", "deferred", "complete", "closed")
STATUS_LABELS: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "complete": "Complete",
    "closed": "Closed",
    "deferred": "Deferred",
    "overdue": "Overdue",
}

# Other words people write for a status, keyed as `parse_status` reduces them.
_ALIASES = {
    "completed": "complete",
    "done": "complete",
    "inprogress": "in_progress",
    "ongoing": "in_progress",
}


class UnknownStatus(ValueError):
    """A status nobody recognises; `given` is what was written."""

    def __init__(self, given: str):
        self.given = given.strip()
        super().__init__(f"unknown status {self.given!r} (one of: {', '.join(STATUSES)})")


def parse_status(text: str) -> Status:
    """A status as a person writes it ("In progress", "in-progress", "done", "COMPLETE") as the
    store holds it; `UnknownStatus` (a `ValueError`) naming the choices otherwise. Each edge (CLI
    option, API parameter, web form or filter) turns the error into its own kind of refusal."""
    key = "_".join(text.strip().lower().replace("-", " ").split())
    key = _ALIASES.get(key, _ALIASES.get(key.replace("_", ""), key))
    for status in STATUSES:
        if key == status:
            return status
    raise UnknownStatus(text)


def parse_statuses(values: Iterable[str] | None) -> list[Status]:
    """Statuses given one by one or comma-separated, each once, in the order first given; blank
    parts are skipped; `UnknownStatus` for the first part that is no status."""
    out: list[Status] = []
    for value in values or []:
        for part in value.split(","):
            if part.strip():
                status = parse_status(part)
                if status not in out:
                    out.append(status)
    return out


# --- due dates and overdue ----------------------------------------------------------------------

_DUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def due_date(due: date | str | None) -> date | None:
    """The last day a due date at any precision allows: "2024" -> 2024-12-31, "2024-02" ->
    2024-02-29; a date as it is; None when absent or unreadable (as "TBC" is)."""
    if due is None or isinstance(due, date):
        return due
    m = _DUE.match(due.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 12), m[3]
    try:
        if day:
            return date(year, month, int(day))
        return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _day(value: date | str | None) -> date:
    """`as_of` as a day: a date, an ISO date string, or today when absent or unreadable."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return date.today()


def is_overdue(
    due: date | str | None,
    status: str | None,
    as_of: date | str | None = None,
    deferred_to: date | str | None = None,
) -> bool:
    """Past the due date on `as_of` (default today) and neither complete nor closed. `due` is the
    stored due date or one written at any precision ("2024-03"); a deferral to a date
    (`deferred_to`) replaces it. With no date at all, only a paper that calls the action
    overdue makes it so. The store's listings apply the same rule in SQL (`store.queries.overdue_on`)."""
    status = (status or "").strip().lower() or None
    if status in DONE:
        return False
    limit = due_date(deferred_to) or due_date(due)
    if limit is None:
        return status == "overdue"
    return _day(as_of) > limit


def overdue_days(
    due: date | str | None,
    status: str | None,
    as_of: date | str | None = None,
    deferred_to: date | str | None = None,
) -> int | None:
    """Days past the due date on `as_of`: 0 when not overdue, None when overdue only by the
    paper's word (no date to count from)."""
    if not is_overdue(due, status, as_of, deferred_to):
        return 0
    limit = due_date(deferred_to) or due_date(due)
    if limit is None:
        return None
    return (_day(as_of) - limit).days


# The nouns a post's title ends on ("Chief Finance Officer", "Force Head of People", "Vice-Chair"): the owners of
# actions and the people of the register are both named by them.
POST_NOUNS = frozenset(
    {
        "adviser",
        "advisor",
        "analyst",
        "auditor",
        "chair",
        "clerk",
        "co-ordinator",
        "commissioner",
        "constable",
        "controller",
        "coordinator",
        "director",
        "executive",
        "head",
        "inspector",
        "lead",
        "manager",
        "member",
        "officer",
        "partner",
        "secretary",
        "sergeant",
        "superintendent",
        "treasurer",
        "vice-chair",
    }
)

# The letters of policing's posts and bodies ("DCC", "OPCC", "HMICFRS"): owners are named by them, and titles keep them
# in capitals.
POLICING_ACRONYMS = frozenset(
    {
        "ACC",
        "ACO",
        "CC",
        "CFO",
        "DCC",
        "HMICFRS",
        "HR",
        "ICT",
        "IT",
        "OPCC",
        "OPFCC",
        "PCC",
        "PFCC",
    }
)
