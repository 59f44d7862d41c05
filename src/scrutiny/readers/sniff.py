"""Tell a file's format from its bytes, so a misnamed file still reads, or fails with a clear reason.

`check_file(path, max_bytes)` is the one "is this file worth reading" check, made before any child
is started for it: by the CLI (`extract`, `read`), the batch ingest and the web upload alike.
"""

from __future__ import annotations

import copy
import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from scrutiny.document import Format, UnreadableDocument

# A DOCX whose parts unpack past this in all is a zip bomb, not minutes: python-docx holds every
# part in memory. Pictures are stored compressed already, so a 100 MB file of them stays below.
MAX_UNPACKED = 256 * 1024 * 1024
_READ = 1 << 20
_DTD = b"<!DOCTYPE"  # OOXML forbids DTDs (ECMA-376 part 2); one in a part can only be an entity bomb

_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy .doc or password-protected Office file; save it as DOCX"),
    (b"{\\rtf", "RTF is not supported; save it as DOCX or PDF"),
    (b"\x89PNG", "an image, not a document; OCR it first"),
    (b"\xff\xd8\xff", "an image, not a document; OCR it first"),
    (b"GIF8", "an image, not a document; OCR it first"),
    (b"II*\x00", "an image, not a document; OCR it first"),
    (b"MM\x00*", "an image, not a document; OCR it first"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_HTML_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|main|article|section|div|table|h[1-6])\b",
    re.I | re.S,
)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|head)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


_HEAD = 4096  # what `check_file` reads of a file: enough for `_refused_format`


def max_bytes() -> float:
    """The largest file read: $SCRUTINY_MAX_MB megabytes (2**20 bytes), else the readers' own limit."""
    from scrutiny import readers  # not at the top: scrutiny.readers imports this module

    try:
        return float(os.environ["SCRUTINY_MAX_MB"]) * 2**20
    except (KeyError, ValueError):
        return float(readers.MAX_BYTES)


def too_large(limit: float, size: int | None = None) -> str:
    """The one line for a file past `limit` bytes (`size` when known)."""
    known = f"{size // 2**20} MB; " if size is not None else ""
    return f"too large ({known}the limit is {limit / 2**20:g} MB, see SCRUTINY_MAX_MB)"


def check_file(path: Path, max_bytes: float | None = None) -> int:
    """The size of the file at `path` when it is worth reading; else `UnreadableDocument(path, reason)`:
    missing or not readable (`readers.os_reason`), a folder, empty, larger than `max_bytes` (None: no
    limit), or by its first bytes a format no reader takes (an image, a legacy .doc, RTF)."""
    from scrutiny.readers import os_reason  # not at the top: scrutiny.readers imports this module

    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise UnreadableDocument(path, "is a folder")
        size = status.st_size
        if size == 0:
            raise UnreadableDocument(path, "empty file")
        if max_bytes is not None and size > max_bytes:
            raise UnreadableDocument(path, too_large(max_bytes, size))
        with path.open("rb") as file:
            head = file.read(_HEAD)
    except OSError as exc:
        raise UnreadableDocument(path, os_reason(path, exc)) from None
    reason = _refused_format(head)
    if reason:
        raise UnreadableDocument(path, reason)
    return size


def _refused_format(head: bytes) -> str | None:
    """Why a file starting with `head` is no document a reader takes, or None."""
    if b"%PDF-" in head[:1024] or head.startswith(b"PK"):
        return None
    return next((reason for magic, reason in _MAGIC if head.startswith(magic)), None)


def detect(data: bytes, path: Path) -> Format:
    """The format of `data`: pdf, docx, html, md or txt; raises for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK"):
        _check_docx_zip(data, path)
        return "docx"
    reason = _refused_format(data)
    if reason:
        raise UnreadableDocument(path, reason)
    text = decode(data, path)
    if is_html(text):
        return "html"
    return "md" if path.suffix.lower() in (".md", ".markdown") else "txt"


def _check_docx_zip(data: bytes, path: Path) -> None:
    """Refuse a zip that is not a DOCX, or that is a bomb: parts that unpack past `MAX_UNPACKED`,
    as their headers say or as they really do (each is unpacked, up to the limit, and counted), or
    XML with a DTD, whose entities could expand a few bytes into gigabytes ("billion laughs")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if "word/document.xml" not in {info.filename for info in infos}:
                raise UnreadableDocument(path, "unsupported zip archive (not a Word .docx)")
            for info in infos:
                if info.file_size > MAX_UNPACKED:
                    raise UnreadableDocument(path, _bomb(info.filename))
            total = 0
            for info in infos:
                total += _unpack(archive, info, path, MAX_UNPACKED - total)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, zlib.error):
        raise UnreadableDocument(path, "corrupt or truncated DOCX (not a valid zip archive)") from None


def _bomb(name: str) -> str:
    return f"zip bomb: part {name} unpacks past {MAX_UNPACKED // 2**20} MB"


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, room: int) -> int:
    """The bytes `info` really unpacks to, refused past `room`, its header's size not trusted:
    zipfile stops at it, so it is lifted past the room by more than a read, and the read that
    crosses the room is seen before zipfile's own end (and CRC check). XML is checked for a DTD."""
    probe = copy.copy(info)
    probe.file_size = room + 2 * _READ
    size, tail = 0, b""
    is_xml = info.filename.endswith((".xml", ".rels"))
    with archive.open(probe) as part:
        while chunk := part.read(_READ):
            size += len(chunk)
            if size > room:
                raise UnreadableDocument(path, _bomb(info.filename))
            if is_xml and _DTD in tail + chunk:
                raise UnreadableDocument(path, f"XML entity expansion refused ({info.filename} has a DTD)")
            tail = chunk[-len(_DTD) :]
    if size != info.file_size:
        raise UnreadableDocument(path, f"corrupt DOCX (part {info.filename} is not the size its header says)")
    return size


def decode(data: bytes, path: Path) -> str:
    """Bytes to text (BOM, else UTF-8, else Windows-1252); raises if it is binary, not text."""
    text = _decode(data)
    sample = text[:200_000]
    if sample and len(_CONTROL.findall(sample)) > 0.02 * len(sample):
        raise UnreadableDocument(path, "binary data, not text (unsupported format)")
    return text


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    wide = _utf16_without_bom(data[:4000])
    if wide:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127) - bad
    return lenient if good > bad else data.decode("cp1252", errors="replace")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text has a NUL in every other byte; say which half."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def is_html(text: str) -> bool:
    """True for an HTML page or fragment; text with a few stray tags stays text."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return bool(_HTML_START.match(head) or _HTML_ANYWHERE.search(head))
