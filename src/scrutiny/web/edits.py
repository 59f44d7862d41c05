"""The action page's change form: what an editor typed, read and handed to `store.edits`.

The store decides what a valid change is (`store.edits.change_action` refuses an unknown status,
a bad due date, too many owners, too long a note, or nothing to change); this module reads the
form's fields as the page sends them (owners one a line, or split by ";") and says which field a
refusal is about, so that the page points at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from scrutiny.store.edits import EditError, change_action

# the start of each refusal of `change_action`, and the form's field it is about
FIELDS = (
    ("unknown status", "status"),
    ("not a due date", "due"),
    ("at most", "owners"),
    ("the note", "note"),
)


@dataclass
class ChangeForm:
    """The form's fields as typed (and shown again with a refusal)."""

    status: str = ""
    owners: str = ""
    due: str = ""
    note: str = ""

    def owner_list(self) -> list[str]:
        return [o.strip() for o in re.split(r"[;\n]", self.owners) if o.strip()]


@dataclass
class Refusal:
    field: str  # the form field's id
    message: str  # for the error summary, starting with a capital


def submit(session: Session, action_id: int, actor: str, form: ChangeForm) -> Refusal | None:
    """Record the form's change by `actor` today (`store.edits.change_action`); the refusal, if
    any, with nothing written. `LookupError` when there is no such action."""
    try:
        change_action(
            session,
            action_id,
            actor,
            status=form.status or None,
            note=form.note or None,
            owners=form.owner_list(),
            due=form.due,
        )
    except EditError as exc:
        field = next((f for prefix, f in FIELDS if exc.reason.startswith(prefix)), "status")
        return Refusal(field, exc.reason[0].upper() + exc.reason[1:])
    return None
