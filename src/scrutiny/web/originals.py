"""A document's original file: whether the viewer may open it (`original`) and its bytes, checked.

The store keeps no copy of a paper's bytes: a document row has the sha256 of the file it was
read from and `source`, the path it was ingested from (an upload through the web keeps none:
"uploaded by NAME: FILE"). So the original can be opened only while that file is still where it
was read from and its bytes are still the ones read (the sha256 is checked on every answer); a
file moved, changed or on another machine is not served, and the pages link the text instead.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store import visibility as v

ORIGINAL_MAX_BYTES = 200 * 2**20
ORIGINAL_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "txt": "text/plain",
    "md": "text/markdown",
}
# opened in the browser; the others are saved (an HTML page of another site is never rendered at
# the dashboard's own address)
INLINE_FORMATS = frozenset({"pdf", "txt"})
_CHECKED: dict[tuple[str, str, int, int], bool] = {}  # (sha256, path, size, mtime) → the bytes match
_CHECKED_LOCK = threading.Lock()


@dataclass
class Original:
    """Whether the viewer may open `doc`'s original file: `kept` (and where), `withheld` (a public
    document with Part II or restricted passages, whose file holds them: signed-in users only) or
    `missing` (not where it was read from, or changed since)."""

    state: str
    path: str | None = None
    media_type: str = "application/octet-stream"
    inline: bool = False
    format: str = ""


def _source_file(doc: m.Document) -> tuple[str, int, int] | None:
    """The file `doc` was ingested from, its size and mtime, when there is still a regular file there."""
    if not doc.source:
        return None
    try:
        found = os.stat(doc.source)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode) or found.st_size > ORIGINAL_MAX_BYTES:
        return None
    return doc.source, found.st_size, found.st_mtime_ns


def original_bytes(doc: m.Document) -> bytes | None:
    """The bytes of `doc`'s original file, read now, when they are the ones that were ingested."""
    found = _source_file(doc)
    if found is None:
        return None
    try:
        with open(found[0], "rb") as f:
            data = f.read(ORIGINAL_MAX_BYTES + 1)
    except OSError:
        return None
    ok = len(data) <= ORIGINAL_MAX_BYTES and hashlib.sha256(data).hexdigest() == doc.sha256
    with _CHECKED_LOCK:
        _CHECKED[(doc.sha256, *found)] = ok
        while len(_CHECKED) > 1024:
            del _CHECKED[next(iter(_CHECKED))]
    return data if ok else None


def original(session: Session, doc: m.Document, restricted: bool) -> Original:
    """Whether the viewer (`restricted`: may see restricted material) may open `doc`'s original
    file. `doc` must be one the viewer may see (`visibility.documents`); the public never get the
    file of a document with withheld spans (`visibility.withheld_spans`), which holds them."""
    if not restricted and (doc.restricted or v.withheld_spans(session, doc)):
        return Original("withheld")
    found = _source_file(doc)
    if found is None:
        return Original("missing")
    key = (doc.sha256, *found)
    if key not in _CHECKED and original_bytes(doc) is None:
        return Original("missing")
    if not _CHECKED.get(key):
        return Original("missing")
    fmt = (doc.format or "").lower()
    media_type = ORIGINAL_TYPES.get(fmt, "application/octet-stream")
    return Original("kept", found[0], media_type, fmt in INLINE_FORMATS, fmt)
