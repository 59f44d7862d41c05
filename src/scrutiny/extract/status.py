"""Map the many ways papers state progress onto the contract's closed list of statuses."""
from __future__ import annotations

import re

from scrutiny.record import Status

# Order matters: "not yet complete" is overdue/open before it is complete.
_RULES: list[tuple[re.Pattern[str], Status]] = [
    (re.compile(r"\bpartially\b|\bpart(?:ly)?[\s-]+(?:complete|done|delivered)\b", re.I), "in_progress"),
    (re.compile(r"\bpropose[sd]?\s+(?:for\s+)?closure\b|\bproposed\s+closed?\b", re.I), "complete"),
    (re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?started\b|\bnot\s+begun\b", re.I), "open"),
    (re.compile(r"\boverdue\b|\bnot\s+yet\s+(?:been\s+)?(?:published|complete|done|received|delivered)|\bpast\s+(?:the\s+)?due\b|\bslipped\b", re.I), "overdue"),
    (re.compile(r"\bdefer(?:red)?\b|\bcarried\s+forward\b|\bpostponed\b|\bmoved\s+to\b|\bforward\s+plan\b|\brescheduled\b", re.I), "deferred"),
    (re.compile(r"\bclosed?\b|\bdischarged\b|\bsuperseded\b|\bno\s+longer\s+required\b|\bwithdrawn\b", re.I), "closed"),
    (re.compile(r"\bcomplete[d]?\b|\bdone\b|\bachieved\b|\bdelivered\b|\bfinished\b|\bcirculated\b|\bactioned\b|\bblue\b", re.I), "complete"),
    # RAG: blue is done, green on track, amber at risk, red overdue
    (re.compile(r"\bred\b", re.I), "overdue"),
    (re.compile(r"\bon\s+track\b|\bin\s+progress\b|\bon-?going\b|\bunderway\b|\bunder\s+way\b|\bprogressing\b|\bamber\b|\bgreen\b|\bpartially\b|\bstarted\b|\bat\s+risk\b", re.I), "in_progress"),
    (re.compile(r"\bopen\b|\bnot\s+started\b|\bremains\s+on\s+the\s+log\b|\bnew\b", re.I), "open"),
]


def read_status(text: str | None) -> Status | None:
    """The status a phrase states, or None when it states none."""
    if not text:
        return None
    for pattern, status in _RULES:
        if pattern.search(text):
            return status
    return None
