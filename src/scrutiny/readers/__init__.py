"""One reader per format; `read(path)` picks it by the file's bytes, not its name.

Every reader builds the same `Document` through `DocumentBuilder`, and every failure, whatever
its cause, comes out as one `UnreadableDocument(path, reason)` so a batch can log it and go on.
"""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

from scrutiny.document import Document, UnreadableDocument
from scrutiny.guard import memory_reason
from scrutiny.readers import sniff
from scrutiny.readers.text import read_text  # light: no library of its own

MAX_BYTES = 100 * 1024 * 1024  # larger files are not board papers; refuse before reading them

__all__ = ["MAX_BYTES", "os_reason", "read", "read_bytes", "text_name"]


def read(path: str | Path) -> Document:
    """Read any supported file into a `Document`, or raise `UnreadableDocument`."""
    path = Path(path)
    return read_bytes(_load(path), path)


def read_bytes(data: bytes, path: str | Path) -> Document:
    """Read `data` as if it were the file at `path` (its name is kept, its suffix only tells md from txt)."""
    path = Path(path)
    try:
        document = _dispatch(data, path)
    except UnreadableDocument:
        raise
    except RecursionError:
        raise UnreadableDocument(path, "structure nested too deeply to read") from None
    except MemoryError:  # the child's memory limit (guard.limit_memory), or the machine's
        document = None  # said below: the error holds the reader's frames, and their memory, until then
    except Exception as exc:  # a reader bug or a library's surprise must not stop a batch
        detail = " ".join(str(exc).split())[:120]
        raise UnreadableDocument(path, f"could not read ({type(exc).__name__}: {detail})") from exc
    if document is None:
        raise UnreadableDocument(path, memory_reason())
    if not document.blocks:
        raise UnreadableDocument(path, "no text found")
    document.name = text_name(path.name)
    return document


def text_name(name: str) -> str:
    """A file name as text: bytes in it that are not UTF-8 (which Python keeps as lone surrogates,
    and no JSON, database or terminal takes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def os_reason(path: Path, exc: OSError) -> str:
    """One line for a file that cannot be looked at or opened."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot open ({exc.strerror or type(exc).__name__})"


def _load(path: Path) -> bytes:
    """The file's bytes, once the one file check (`sniff.check_file`) finds it worth reading (a folder named
    where a paper was expected is said so in the words `read` has always used)."""
    if path.is_dir():
        raise UnreadableDocument(path, "is a directory, not a file")
    sniff.check_file(path, MAX_BYTES)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(path, os_reason(path, exc)) from None
    if not data.strip():
        raise UnreadableDocument(path, "empty file")  # blank lines only
    return data


def _dispatch(data: bytes, path: Path) -> Document:
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(path, f"too large (the limit is {MAX_BYTES // 2**20} MB)")
    if not data.strip():
        raise UnreadableDocument(path, "empty file")
    digest = hashlib.sha256(data).hexdigest()
    fmt = sniff.detect(data, path)
    # the PDF, DOCX and HTML readers (and their libraries) are imported when a document of their format
    # comes: reading a PDF never loads python-docx
    if fmt == "pdf":
        from scrutiny.readers.pdf import read_pdf

        return read_pdf(data, path, digest)
    if fmt == "docx":
        from scrutiny.readers.docx import read_docx

        return read_docx(data, path, digest)
    text = sniff.decode(data, path)
    if fmt == "html":
        from scrutiny.readers.html import read_html

        return read_html(text, path, digest)
    return read_text(text, path, digest, fmt)
