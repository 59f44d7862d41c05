"""One reader per format; `read(path)` picks it by the file's bytes, not its name."""
from __future__ import annotations

from pathlib import Path

from scrutiny.document import Document, UnreadableDocument


def read(path: str | Path) -> Document:
    """Read any supported file into a `Document`, or raise `UnreadableDocument`."""
    raise UnreadableDocument(path, "no reader yet")
