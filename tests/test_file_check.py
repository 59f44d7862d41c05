"""The one "is this file worth reading" check (`sniff.check_file`), and its three callers (the CLI,
the batch ingest, the web upload) giving the same reason for the same file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.cli import run as cli_run
from scrutiny.document import UnreadableDocument
from scrutiny.readers.sniff import check_file, max_bytes, too_large
from scrutiny.store import batch
from scrutiny.web import upload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def reason(path: Path, limit: float | None = None) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        check_file(path, limit)
    return caught.value.reason


def test_a_paper_is_worth_reading(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Police and Crime Panel\n")
    assert check_file(path, 1000) == path.stat().st_size
    pdf = tmp_path / "named.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)  # its bytes, not its name, say what it is
    assert check_file(pdf) == 109


def test_missing_folder_empty_and_broken_link(tmp_path):
    assert reason(tmp_path / "gone.pdf") == "no such file"
    assert reason(tmp_path) == "is a folder"
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert reason(tmp_path / "empty.pdf") == "empty file"
    (tmp_path / "link.pdf").symlink_to(tmp_path / "nowhere.pdf")
    assert reason(tmp_path / "link.pdf") == "broken symbolic link"


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 3 * 2**20)
    assert reason(path, 2**20) == "too large (3 MB; the limit is 1 MB, see SCRUTINY_MAX_MB)"
    assert check_file(path, None) == 3 * 2**20
    assert too_large(2**20) == "too large (the limit is 1 MB, see SCRUTINY_MAX_MB)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    path.chmod(0)
    assert reason(path) == "permission denied"


def test_a_format_no_reader_takes_is_refused_by_its_bytes(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(PNG)
    assert reason(path) == "an image, not a document; OCR it first"
    doc = tmp_path / "old.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert reason(doc) == "legacy .doc or password-protected Office file; save it as DOCX"


def test_the_limit_is_scrutiny_max_mb(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MB", "2")
    assert max_bytes() == cli_run.max_bytes() == upload.max_bytes() == 2 * 2**20
    monkeypatch.delenv("SCRUTINY_MAX_MB")
    assert max_bytes() == 100 * 2**20


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("scan.pdf", PNG, "an image, not a document; OCR it first"),
        ("empty.txt", b"", "empty file"),
        ("big.txt", b"x" * (2 * 2**20 + 1), "too large"),
    ],
)
def test_the_cli_the_batch_and_the_upload_give_the_same_reason(tmp_path, monkeypatch, name, data, expected):
    monkeypatch.setenv("SCRUTINY_MAX_MB", "2")
    path = tmp_path / name
    path.write_bytes(data)

    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2 and expected in result.stderr, result.output
    from_cli = result.stderr.strip().split(": ", 2)[-1]

    with pytest.raises(UnreadableDocument) as caught:
        batch._check(path, max_bytes())
    from_batch = caught.value.reason

    folder = tmp_path / "upload"
    folder.mkdir()
    with pytest.raises(upload.UploadRefused) as refused:
        upload._save(io.BytesIO(data), folder / name, max_bytes())
    from_upload = refused.value.reason

    assert expected in from_cli and expected in from_batch and expected in from_upload
    if not expected.startswith("too large"):  # the upload is refused while streaming: no size yet
        assert from_cli == from_batch == from_upload
    else:
        assert from_cli == from_batch and refused.value.status == 413
