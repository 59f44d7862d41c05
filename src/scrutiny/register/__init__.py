"""The register: the life of an action across meetings.

Pure functions over small dataclasses, no database and no I/O, so the store can call them:
`matching` links an update to the action it reports on, `status` follows an action's history
and says whether it is overdue on a day (by `scrutiny.words.is_overdue`), `people` resolves
owners as written to attendees.
"""

from scrutiny.register.bodies import same_body
from scrutiny.register.matching import Candidate, Link, Match, Update, for_review, link_updates, match_update
from scrutiny.register.people import Person, Resolution, resolve_owner, resolve_owners
from scrutiny.register.status import (
    ActionState,
    StatusChange,
    StatusEvent,
    current_status,
    deferred_to,
    history,
    state,
)

__all__ = [
    "ActionState",
    "Candidate",
    "Link",
    "Match",
    "Person",
    "Resolution",
    "StatusChange",
    "StatusEvent",
    "Update",
    "current_status",
    "deferred_to",
    "for_review",
    "history",
    "link_updates",
    "match_update",
    "resolve_owner",
    "resolve_owners",
    "same_body",
    "state",
]
