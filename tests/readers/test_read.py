"""`read()`: the format comes from the bytes, every failure is one `UnreadableDocument` with a reason."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

import scrutiny.readers as readers
from scrutiny.document import UnreadableDocument
from scrutiny.readers import read

from .helpers import FIXTURES
from .pdfgen import Page, make_pdf

HTML = (
    b"<!DOCTYPE html><html><head><title>Panel</title></head><body><h1>Police and Crime Panel</h1>"
    b"<p>ACTION: JB to circulate the report.</p></body></html>"
)


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def reason_of(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read(path)
    assert caught.value.path == str(path)
    assert "\n" not in caught.value.reason and caught.value.reason
    return caught.value.reason


@pytest.mark.parametrize(
    "name, data, fmt",
    [
        ("minutes.pdf", make_pdf([Page().text(72, 700, "Minutes of the Board")]), "pdf"),
        ("minutes.docx", docx_bytes("Minutes of the Board"), "docx"),
        ("minutes.html", HTML, "html"),
        ("minutes.txt", b"Minutes of the Board\n", "txt"),
        ("minutes.md", b"# Minutes of the Board\n", "md"),
    ],
)
def test_each_format_reads_with_name_and_hash(tmp_path, name, data, fmt):
    doc = read(write(tmp_path, name, data))
    assert doc.format == fmt
    assert doc.name == name
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert any("Board" in block.text or "Panel" in block.text for block in doc.blocks)


def test_read_bytes_reads_data_under_a_given_name():
    doc = readers.read_bytes(b"# Minutes of the Board\n", "upload.md")
    assert (doc.name, doc.format, doc.title) == ("upload.md", "md", "Minutes of the Board")


@pytest.mark.parametrize(
    "name, data, fmt",
    [
        ("minutes.txt", make_pdf([Page().text(72, 700, "Minutes of the Board")]), "pdf"),
        ("minutes.pdf", docx_bytes("Minutes of the Board"), "docx"),
        ("minutes.txt", HTML, "html"),
        ("minutes.docx", b"Minutes of the Board\n", "txt"),
        ("minutes", b"Minutes of the Board\n", "txt"),
    ],
)
def test_a_wrongly_named_file_reads_by_its_bytes(tmp_path, name, data, fmt):
    assert read(write(tmp_path, name, data)).format == fmt


def test_text_with_stray_tags_stays_text(tmp_path):
    path = write(tmp_path, "notes.txt", b"Notes\n\n1\t<p>Welcome</p>\t<b>Apologies</b>\n")
    assert read(path).format == "txt"


def test_pdf_header_after_junk_is_still_a_pdf(tmp_path):
    data = b"\r\n" + make_pdf([Page().text(72, 700, "Minutes of the Board")])
    assert read(write(tmp_path, "minutes.bin", data)).format == "pdf"


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"%PDF-1.7\n" + b"\x00" * 500, "pdf"),
        (b"PK\x03\x04" + b"\x00" * 100, "docx"),
        (b"\x00\x01\x02\x03\xff\xfe\xfd" * 200, "binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "docx"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "ocr"),
        (b"{\\rtf1\\ansi Minutes}", "rtf"),
    ],
)
def test_bad_bytes_give_a_short_reason(tmp_path, data, words):
    assert words in reason_of(write(tmp_path, "minutes.pdf", data)).lower()


def test_missing_file_and_directory(tmp_path):
    assert "no such file" in reason_of(tmp_path / "nowhere.pdf")
    assert "directory" in reason_of(tmp_path)


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 100)
    path = write(tmp_path, "minutes.txt", b"Minutes of the Board\n" * 20)
    assert "too large" in reason_of(path)


def test_unsupported_zip(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "unsupported zip" in reason_of(write(tmp_path, "minutes.docx", buffer.getvalue()))


def test_zip_with_a_broken_word_part(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    assert "docx" in reason_of(write(tmp_path, "minutes.docx", buffer.getvalue())).lower()


def test_truncated_docx(tmp_path):
    data = docx_bytes("Minutes of the Board")
    assert "docx" in reason_of(write(tmp_path, "minutes.docx", data[: len(data) // 2])).lower()


def test_truncated_pdf_reads_what_is_left_or_fails_cleanly(tmp_path):
    data = (FIXTURES / "action_table.pdf").read_bytes()
    for cut in (200, len(data) // 3, len(data) - 100):
        path = write(tmp_path, "minutes.pdf", data[:cut])
        try:
            assert read(path).blocks
        except UnreadableDocument as exc:
            assert exc.reason


def test_encrypted_pdf():
    assert reason_of(FIXTURES / "encrypted.pdf") == "encrypted (password protected)"


def test_image_only_pdf(tmp_path):
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(612, 792)
    buffer = io.BytesIO()
    pdf.save(buffer)
    path = write(tmp_path, "scan.pdf", buffer.getvalue())
    assert reason_of(path) == "no text layer (scanned image?); OCR it first"


def test_unexpected_errors_are_wrapped(tmp_path, monkeypatch):
    def broken(*_args):
        raise KeyError("surprise")

    monkeypatch.setattr(readers, "read_text", broken)
    assert "KeyError" in reason_of(write(tmp_path, "minutes.txt", b"Minutes\n"))


def test_utf16_and_windows_1252_text(tmp_path):
    utf16 = read(write(tmp_path, "a.txt", "\ufeffMinutes – £5m agreed\n".encode("utf-16-le")))
    cp1252 = read(write(tmp_path, "b.txt", "Minutes – £5m agreed\n".encode("cp1252")))
    assert utf16.blocks[0].text == cp1252.blocks[0].text == "Minutes – £5m agreed"
