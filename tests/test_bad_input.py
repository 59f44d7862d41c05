"""Bad input costs one line and exit status 2, never a traceback, and a batch carries on.

Every bad file is made here: corrupt, truncated, encrypted (a real RC4 Standard security
handler, written by hand), empty, image-only, huge (a sparse file), wrongly named. The time
limit is tested on the guard itself and through the CLI with a slow stand-in extractor.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.cli import extract as extract_cli
from scrutiny.document import UnreadableDocument
from scrutiny.guard import ChildCrashed, ChildError, OutOfMemory, TimedOut, run_limited, run_limited_each

runner = CliRunner()


def invoke(*args, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def assert_one_line_failure(result, path: Path, *reason_words: str) -> str:
    """Exit 2, nothing on stdout, exactly `scrutiny: PATH: reason` on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    prefix = f"scrutiny: {path}: "
    assert lines[0].startswith(prefix) and len(lines[0]) > len(prefix), lines[0]
    reason = lines[0][len(prefix) :]
    for word in reason_words:
        assert word in reason.lower(), reason
    return reason


# --- making PDFs by hand --------------------------------------------------------------------


def pdf_bytes(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF of `objects` (numbered from 1; object 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def text_pdf(lines: list[str]) -> bytes:
    content = (
        b"BT /F1 11 Tf 72 770 Td 14 TL "
        + b" ".join(
            b"("
            + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
            + b") '"
            for line in lines
        )
        + b" ET"
    )
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"secret", owner_password: bytes = b"owner") -> bytes:
    """A one-page PDF under the Standard security handler (R2, 40-bit RC4) with a user password."""
    pad = lambda pw: (pw + _PAD)[:32]  # noqa: E731
    o = _rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    p = -44
    file_id = hashlib.md5(b"scrutiny test").digest()
    key = hashlib.md5(pad(user_password) + o + struct.pack("<i", p) + file_id).digest()[:5]
    u = _rc4(key, _PAD)
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
            % (o.hex().encode(), u.hex().encode(), p),
        ],
        trailer_extra=b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode()),
    )


def blank_pdf() -> bytes:
    import io

    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    doc.new_page(595, 842)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    return buf.getvalue()


def test_the_hand_made_pdfs_are_what_they_claim():
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(text_pdf(["ACTION: JB to circulate the report"]))
    assert "circulate the report" in doc[0].get_textpage().get_text_range()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(encrypted_pdf())
    assert len(pdfium.PdfDocument(encrypted_pdf(), password="secret")) == 1  # valid encryption
    blank = pdfium.PdfDocument(blank_pdf())
    assert len(blank) == 2 and blank[0].get_textpage().get_text_range().strip() == ""


# --- one bad file, one line ----------------------------------------------------------------


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    assert_one_line_failure(invoke("extract", path), path)


def test_not_a_document_at_all(tmp_path):
    path = tmp_path / "noise.pdf"
    path.write_bytes(bytes(range(256)) * 40)
    assert_one_line_failure(invoke("extract", path), path)


def test_truncated_pdf(tmp_path):
    whole = text_pdf(["Minutes of the Board", "ACTION: JB to circulate the report by 31 March 2024"] * 20)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    result = invoke("extract", path)
    if result.exit_code == 0:  # pdfium may rebuild what is left; then the record must be sound
        assert json.loads(result.stdout)["source"]["format"] == "pdf"
    else:
        assert_one_line_failure(result, path)


def test_truncated_docx(tmp_path):
    import docx

    good = tmp_path / "good.docx"
    d = docx.Document()
    d.add_paragraph("ACTION: JB to circulate the report by 31 March 2024")
    d.save(good)
    path = tmp_path / "truncated.docx"
    path.write_bytes(good.read_bytes()[:2000])
    assert_one_line_failure(invoke("extract", path), path)


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "encrypted.pdf"
    path.write_bytes(encrypted_pdf())
    assert_one_line_failure(invoke("extract", path), path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert_one_line_failure(invoke("extract", path), path, "empty")


def test_image_only_pdf(tmp_path):
    path = tmp_path / "scanned.pdf"
    path.write_bytes(blank_pdf())
    assert_one_line_failure(invoke("extract", path), path)


def test_huge_file(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as f:  # sparse: 3 GB on paper, nothing on disk
        f.write(b"%PDF-1.7\n")
        f.seek(3 * 1024**3)
        f.write(b"\n%%EOF\n")
    start = time.monotonic()
    reason = assert_one_line_failure(invoke("extract", path), path, "too large")
    assert "MB" in reason
    assert time.monotonic() - start < 10


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("ACTION: JB to circulate the report\n" * 100)
    result = invoke("extract", path, env={"SCRUTINY_MAX_MB": "0.001"})
    assert_one_line_failure(result, path, "too large")


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.pdf"
    assert_one_line_failure(invoke("extract", path), path, "no such file")


def test_read_command_fails_the_same_way(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    assert_one_line_failure(invoke("read", path), path)


def test_table_format_fails_the_same_way(tmp_path):
    path = tmp_path / "encrypted.pdf"
    path.write_bytes(encrypted_pdf())
    assert_one_line_failure(invoke("extract", path, "--format", "table"), path)


# --- wrongly named: read by their bytes, or refused in one line ------------------------------


def _wrong_name_result(result, path: Path, true_formats: set[str]):
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert json.loads(result.stdout)["source"]["format"] in true_formats
    else:
        assert_one_line_failure(result, path)


def test_docx_named_pdf(tmp_path):
    import docx

    path = tmp_path / "minutes.pdf"
    d = docx.Document()
    d.add_paragraph("ACTION: JB to circulate the report by 31 March 2024")
    d.save(path)
    _wrong_name_result(invoke("extract", path), path, {"docx"})


def test_html_named_txt(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Minutes</title></head><body><h1>Police and Crime Panel</h1>"
        "<p>ACTION: JB to circulate the report by 31 March 2024</p></body></html>"
    )
    _wrong_name_result(invoke("extract", path), path, {"html", "txt"})


def test_pdf_named_docx(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(text_pdf(["ACTION: JB to circulate the report"]))
    _wrong_name_result(invoke("extract", path), path, {"pdf"})


# --- stand-in extractors: crash, unexpected error, time-out -----------------------------------


def _slow(path: str) -> dict:
    time.sleep(30)
    return {}


def _segfault(path: str) -> dict:
    os.kill(os.getpid(), signal.SIGSEGV)
    return {}


def _bug(path: str) -> dict:
    raise KeyError("meetings\nsecond line")


def _unreadable(path: str) -> dict:
    raise UnreadableDocument(path, "not a PDF: the file\nis damaged")


def _fake_record(path: str) -> dict:
    data = Path(path).read_bytes()
    if b"BAD" in data:
        raise UnreadableDocument(path, "damaged")
    return {
        "schema": "scrutiny.extraction/1",
        "source": {"name": Path(path).name, "sha256": hashlib.sha256(data).hexdigest(), "format": "txt"},
        "meetings": [],
        "forward_plan": [],
    }


@pytest.fixture
def doc(tmp_path) -> Path:
    path = tmp_path / "minutes.txt"
    path.write_text("ACTION: JB to circulate the report\n")
    return path


def test_time_out_through_the_cli(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _slow)
    start = time.monotonic()
    reason = assert_one_line_failure(invoke("extract", doc, "--timeout", "0.5"), doc)
    assert reason == "timed out after 0.5 s"
    assert time.monotonic() - start < 10


def test_time_out_from_the_environment(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _slow)
    reason = assert_one_line_failure(invoke("extract", doc, env={"SCRUTINY_TIMEOUT": "0.3"}), doc)
    assert reason == "timed out after 0.3 s"


def test_crash_in_native_code(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _segfault)
    assert_one_line_failure(invoke("extract", doc), doc, "crashed", "sigsegv")


def test_unexpected_exception_is_one_line(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _bug)
    assert_one_line_failure(invoke("extract", doc), doc, "internal error", "keyerror")


def test_unreadable_reason_is_kept_on_one_line(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _unreadable)
    reason = assert_one_line_failure(invoke("extract", doc), doc)
    assert reason == "not a PDF: the file is damaged"


def test_without_a_limit_errors_are_still_one_line(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _unreadable)
    assert_one_line_failure(invoke("extract", doc, "--timeout", "0"), doc, "damaged")


# --- batches carry on -----------------------------------------------------------------------


def test_batch_with_bad_files_writes_the_good_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", _fake_record)
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.txt").write_text("good")
    (folder / "b.txt").write_text("BAD")
    (folder / "c.md").write_text("good")
    (folder / "d.pdf").write_bytes(b"")
    out = tmp_path / "out"
    result = invoke("extract", folder, tmp_path / "missing.docx", "--out", out)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]
    errors = [line for line in result.stderr.splitlines() if not line.startswith("scrutiny: 5 documents")]
    assert sorted(errors) == sorted(
        [
            f"scrutiny: {tmp_path / 'missing.docx'}: no such file",
            f"scrutiny: {folder / 'b.txt'}: damaged",
            f"scrutiny: {folder / 'd.pdf'}: empty file",
        ]
    )
    assert "scrutiny: 5 documents: 2 written to" in result.stderr and "3 failed" in result.stderr


def test_batch_with_real_readers_keeps_going(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "minutes.txt").write_text(
        "Police and Crime Panel\n\nACTION: JB to circulate the report by 31 March 2024\n"
    )
    out = tmp_path / "out"
    result = invoke("extract", folder, "--out", out)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith(f"scrutiny: {folder}")]
    assert {line.split(": ")[1] for line in failed} >= {
        str(folder / "corrupt.pdf"),
        str(folder / "encrypted.pdf"),
    }
    assert not (out / "corrupt.json").exists()


def test_batch_time_out_then_carries_on(tmp_path, monkeypatch):
    def sometimes_slow(path: str) -> dict:
        if path.endswith("slow.txt"):
            time.sleep(30)
        return _fake_record(path)

    monkeypatch.setattr(extract_cli, "_extract_path", sometimes_slow)
    a, slow, c = tmp_path / "a.txt", tmp_path / "slow.txt", tmp_path / "c.txt"
    for p in (a, slow, c):
        p.write_text("good")
    out = tmp_path / "out"
    result = invoke("extract", a, slow, c, "--out", out, "--timeout", "0.5")
    assert result.exit_code == 2
    assert f"scrutiny: {slow}: timed out after 0.5 s" in result.stderr.splitlines()
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]


# --- the guard itself ------------------------------------------------------------------------


def test_guard_returns_the_result():
    assert run_limited(pow, 2, 10, seconds=5) == 1024


def test_guard_kills_a_sleeper():
    start = time.monotonic()
    with pytest.raises(TimedOut) as caught:
        run_limited(time.sleep, 30, seconds=0.2)
    assert time.monotonic() - start < 5
    assert str(caught.value) == "timed out after 0.2 s"


def test_guard_leaves_no_child_behind():
    with pytest.raises(TimedOut):
        run_limited(time.sleep, 30, seconds=0.1)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_guard_passes_exceptions_back():
    with pytest.raises(ValueError, match="bad value"):
        run_limited(int, "bad value", seconds=5)


def test_guard_wraps_exceptions_that_do_not_pickle():
    def raise_unpicklable():
        raise UnreadableDocument("x.pdf", "damaged")  # its __init__ takes two arguments

    with pytest.raises(ChildError, match="UnreadableDocument"):
        run_limited(raise_unpicklable, seconds=5)


def test_guard_reports_a_crash():
    with pytest.raises(ChildCrashed, match="SIGSEGV"):
        run_limited(_segfault, "x", seconds=5)
    with pytest.raises(ChildCrashed, match="status 3"):
        run_limited(os._exit, 3, seconds=5)


def test_guard_sends_large_results():
    assert len(run_limited(bytes, 20_000_000, seconds=30)) == 20_000_000


def test_guard_without_a_limit_runs_in_process():
    assert run_limited(os.getpid, seconds=0) == os.getpid()
    assert run_limited(os.getpid, seconds=5) != os.getpid()


def test_no_traceback_from_the_real_process(tmp_path):
    script = Path(sys.executable).parent / "scrutiny"
    if not script.exists():
        pytest.skip("the scrutiny console script is not installed beside this Python")
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    run = subprocess.run([str(script), "extract", str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.startswith(f"scrutiny: {path}: ") and run.stderr.count("\n") == 1


# --- bombs: memory stays bounded (issue 9, finding 3) ----------------------------------------

_BOMB_SIZE = 2 * 1024**3  # what the bomb's thumbnail unpacks to: 2 GB of zeros


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of (name, stored bytes, method, crc, declared unpacked size), written by hand so a
    part's deflate stream can be made without deflating 2 GB."""
    out, central = bytearray(), bytearray()
    for name, body, method, crc, size in entries:
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(body), size, len(raw), 0)
        out += raw + body
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            method,
            0,
            0,
            crc,
            len(body),
            size,
            len(raw),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += raw
    out_len = len(out)
    return bytes(
        out
        + central
        + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), out_len, 0)
    )


def _zeros_deflated(size: int) -> tuple[bytes, int]:
    """A raw deflate stream of `size` zero bytes, and its CRC-32: one 16 MB block compressed with
    a full flush (so it stands alone), repeated."""
    block = bytes(1 << 24)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // len(block)):
        crc = zlib.crc32(block, crc)
    return piece * (size // len(block)) + packer.flush(), crc


def _docx_parts() -> list[tuple[str, bytes]]:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Police and Crime Panel")
    d.add_paragraph("ACTION: JB to circulate the report by 31 March 2024")
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as z:
        return [(name, z.read(name)) for name in z.namelist() if name != "docProps/thumbnail.jpeg"]


def _docx_with(
    extra: list[tuple[str, bytes, int, int, int]], replace: dict[str, bytes] | None = None
) -> bytes:
    parts = [(name, (replace or {}).get(name, body)) for name, body in _docx_parts()]
    stored = [(name, body, 0, zlib.crc32(body), len(body)) for name, body in parts]
    return _zip(stored + extra)


@pytest.fixture(scope="module")
def zeros_2gb() -> tuple[bytes, int]:
    return _zeros_deflated(_BOMB_SIZE)


@pytest.fixture
def docx_bomb(tmp_path, zeros_2gb) -> Path:
    """A DOCX whose thumbnail, 2 MB in the zip, unpacks to 2 GB; its header says so."""
    body, crc = zeros_2gb
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_with([("docProps/thumbnail.jpeg", body, 8, crc, _BOMB_SIZE)]))
    return path


def test_the_hand_made_bomb_is_a_valid_docx_that_unpacks_to_2_gb(docx_bomb):
    with zipfile.ZipFile(docx_bomb) as z:
        info = z.getinfo("docProps/thumbnail.jpeg")
        assert info.file_size == _BOMB_SIZE and info.compress_size < 3 * 2**20
        with z.open(info) as part:
            assert part.read(1 << 20) == bytes(1 << 20)
        assert z.read("word/document.xml").startswith(b"<?xml")


def test_docx_bomb_in_a_thumbnail_is_refused_in_one_line(docx_bomb):
    start = time.monotonic()
    reason = assert_one_line_failure(invoke("extract", docx_bomb), docx_bomb, "zip bomb")
    assert "docProps/thumbnail.jpeg" in reason and "MB" in reason
    assert time.monotonic() - start < 10


def test_docx_bomb_whose_header_lies_is_refused(tmp_path, zeros_2gb):
    """The header says 1 KB; the part is unpacked (up to the limit) and counted, not believed."""
    body, crc = zeros_2gb
    path = tmp_path / "liar.docx"
    path.write_bytes(_docx_with([("word/media/image1.png", body, 8, crc, 1024)]))
    assert_one_line_failure(invoke("extract", path), path, "zip bomb", "word/media/image1.png")


def test_reading_a_docx_bomb_stays_small(docx_bomb):
    """Peak memory of the whole reading process, far below the 2 GB the bomb unpacks to (VmHWM: unlike
    ru_maxrss it does not start from the peak of the test process that forked it)."""
    code = (
        "import sys\n"
        "from scrutiny.readers import read\n"
        "from scrutiny.document import UnreadableDocument\n"
        "try:\n    read(sys.argv[1])\nexcept UnreadableDocument as exc:\n    print(exc.reason)\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(status.split('VmHWM:')[1].split()[0]) // 1024)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(docx_bomb)], capture_output=True, text=True, timeout=60
    )
    reason, peak_mb = run.stdout.splitlines()
    assert "zip bomb" in reason
    assert int(peak_mb) < 300


def test_docx_bomb_is_refused_through_web_upload(docx_bomb):
    from scrutiny.web.upload import UploadRefused, prepare_limited

    with pytest.raises(UploadRefused, match="zip bomb"):
        prepare_limited(docx_bomb, 30)


def test_billion_laughs_docx_is_refused_as_entity_expansion(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10)
    )
    xml = dict(_docx_parts())["word/document.xml"].decode()
    head = xml.index("?>") + 2
    xml = (
        xml[:head]
        + f"<!DOCTYPE w:document [{entities}]>"
        + xml[head:].replace("Police and Crime Panel", "&lol9;")
    )
    path = tmp_path / "laughs.docx"
    path.write_bytes(_docx_with([], replace={"word/document.xml": xml.encode()}))
    reason = assert_one_line_failure(invoke("extract", path), path, "entity expansion")
    assert "word/document.xml" in reason


# --- the memory limit of every reading child ------------------------------------------------


def _allocate(mb: int) -> int:
    return len(bytearray(mb * 2**20))


def _native_out_of_memory() -> None:
    """What pdfium does when an allocation fails: take memory in C until there is none, then abort."""
    import ctypes

    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    while True:
        block = libc.malloc(1 << 20)
        if not block:
            os.abort()
        ctypes.memset(block, 1, 1 << 20)


def test_guard_turns_a_memory_error_into_one_line(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    assert run_limited(_allocate, 20, seconds=30) == 20 * 2**20
    with pytest.raises(OutOfMemory) as caught:
        run_limited(_allocate, 400, seconds=30)
    assert caught.value.reason == "needs more than 100 MB of memory to read (see SCRUTINY_MAX_MEMORY_MB)"


def _item(what: str) -> int:
    """A stand-in piece of work for `run_limited_each`: its worker's pid, unless it fails as told."""
    kind, _, amount = what.partition(":")
    if kind == "sleep":
        time.sleep(float(amount))
    elif kind == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif kind == "raise":
        raise KeyError(amount)
    elif kind == "native":
        _native_out_of_memory()
    elif kind == "allocate":
        _allocate(int(amount))
    return os.getpid()


def _children() -> set[str]:
    """This process's children, reaped or not (other tests may leave some running)."""
    return set(Path(f"/proc/self/task/{os.getpid()}/children").read_text().split())


def _outcomes(items: list[str], seconds: float, workers: int) -> list:
    results = []
    for outcome in run_limited_each(_item, items, seconds, workers):
        try:
            results.append(outcome.get())
        except Exception as exc:
            results.append(exc)
    return results


@pytest.mark.parametrize("workers", [1, 2])
def test_each_item_has_its_limits_and_the_others_carry_on(monkeypatch, workers):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    items = [
        "ok",
        "sleep:30",
        "allocate:40",
        "segfault",
        "ok",
        "allocate:400",
        "allocate:40",
        "raise:x",
        "native",
        "ok",
        "allocate:40",
        "allocate:40",
    ]
    start, before = time.monotonic(), _children()
    results = _outcomes(items, 2, workers)
    assert time.monotonic() - start < 20
    assert [type(r).__name__ if isinstance(r, Exception) else "pid" for r in results] == [
        "pid",
        "TimedOut",
        "pid",
        "ChildCrashed",
        "pid",
        "OutOfMemory",
        "pid",
        "KeyError",
        "OutOfMemory",
        "pid",
        "pid",
        "pid",
    ]
    assert results[1].reason == "timed out after 2 s" and "sigsegv" in results[3].reason.lower()
    if workers == 1:
        assert results[-2] == results[-1]  # a worker does one item after another...
        assert results[0] != results[2]  # ...until one fails or runs out of time: then another takes over
    assert _children() == before


def test_two_workers_share_the_items_and_keep_their_order():
    results = _outcomes([f"sleep:{0.3 if i % 3 == 0 else 0.05}" for i in range(9)], 30, 2)
    assert len(set(results)) == 2 and os.getpid() not in results


def test_a_batch_stopped_early_leaves_no_child_behind():
    before = _children()
    outcomes = run_limited_each(_item, ["ok", "sleep:30", "sleep:30"], 30, 2)
    next(outcomes).get()
    assert len(_children() - before) == 2
    outcomes.close()
    assert _children() == before


def _hoard() -> None:
    """Fill every byte the limit allows with small objects, held until the MemoryError."""
    held = []
    while True:
        held.append(object())


def test_a_reader_out_of_memory_is_one_line(doc, monkeypatch):
    """The MemoryError holds the reader's frames, which hold the memory: the reason is made after."""
    from scrutiny import readers

    def hoarding_reader(data, path):
        _hoard()

    monkeypatch.setattr(readers, "_dispatch", hoarding_reader)
    result = invoke("extract", doc, env={"SCRUTINY_MAX_MEMORY_MB": "100"})
    assert_one_line_failure(result, doc, "needs more than 100 mb of memory to read")


def test_guard_puts_a_native_crash_at_the_limit_down_to_memory(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    with pytest.raises(OutOfMemory, match="needs more than 100 MB"):
        run_limited(_native_out_of_memory, seconds=30)


def test_guard_memory_limit_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "0")
    assert run_limited(_allocate, 150, seconds=30) == 150 * 2**20


def test_memory_limit_through_the_cli(doc, monkeypatch):
    monkeypatch.setattr(extract_cli, "_extract_path", lambda path: {"size": _allocate(400)})
    assert_one_line_failure(
        invoke("extract", doc, env={"SCRUTINY_MAX_MEMORY_MB": "100"}), doc, "needs more than 100 mb of memory"
    )


def test_ingest_workers_have_the_memory_limit(monkeypatch):
    from scrutiny.guard import ForkPool

    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    with ForkPool[str](1, 30) as pool:
        pool.submit("big", _allocate, 400)
        (done,) = pool.wait()
    assert (
        not done.ok and done.reason == "needs more than 100 MB of memory to read (see SCRUTINY_MAX_MEMORY_MB)"
    )


def test_ingest_workers_put_a_native_crash_at_the_limit_down_to_memory(monkeypatch):
    from scrutiny.guard import ForkPool

    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    with ForkPool[str](1, 30) as pool:
        pool.submit("native", _native_out_of_memory)
        (done,) = pool.wait()
    assert not done.ok and done.reason.startswith("needs more than 100 MB of memory"), done.reason


def test_ingest_of_a_paper_whose_extraction_runs_out_of_memory_is_one_line(doc, tmp_path, monkeypatch):
    """Not only reading: an extraction that fills the limit is said the same way, and nothing stored."""
    from scrutiny import extract as extract_module

    monkeypatch.setattr(extract_module, "extract", lambda document: _hoard())  # prepare imports it per call
    db = tmp_path / "store.db"
    result = invoke("ingest", doc, "--database", f"sqlite:///{db}", env={"SCRUTINY_MAX_MEMORY_MB": "100"})
    assert result.exit_code == 2, result.output
    assert "needs more than 100 MB of memory to read" in result.output
    assert "Traceback" not in result.output


# --- file names (issue 9, finding 7) -------------------------------------------------------


def test_a_name_that_is_not_utf8_is_read_and_written(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/minutes-\xff.txt"))
    path.write_text("Police and Crime Panel\n\nACTION: JB to circulate the report by 31 March 2024\n")
    result = invoke("extract", path)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["name"] == "minutes-\ufffd.txt"
    out = tmp_path / "out"
    result = invoke("extract", path, tmp_path / "missing.txt", "--out", out)
    assert "Traceback" not in result.output
    assert sorted(os.listdir(bytes(out))) == [b"minutes-\xff.json"]


def test_a_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/minutes-\xff.pdf"))
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    result = invoke("extract", path)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.startswith(f"scrutiny: {tmp_path}/minutes-\\xff.pdf: corrupt")


def test_a_name_that_is_not_utf8_is_ingested(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/minutes-\xff.txt"))
    path.write_text("Police and Crime Panel\n\nACTION: JB to circulate the report by 31 March 2024\n")
    result = invoke("ingest", path, "--database", f"sqlite:///{tmp_path / 'store.db'}")
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout


def test_a_newline_in_a_failing_name_stays_on_one_line(tmp_path):
    path = tmp_path / "board\npapers.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00" * 500)
    result = invoke("extract", path)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"scrutiny: {tmp_path}/board\\npapers.pdf: corrupt")


def test_a_symbolic_link_loop_is_named(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    a.symlink_to(b)
    b.symlink_to(a)
    assert_one_line_failure(invoke("extract", a), a, "symbolic link loop")
    result = invoke("extract", a, tmp_path / "nowhere.txt", "--out", tmp_path / "out")
    assert f"scrutiny: {a}: symbolic link loop" in result.stderr.splitlines()


def test_a_worker_killed_while_it_waits_is_replaced():
    before = _children()
    outcomes = run_limited_each(_item, ["ok", "ok", "ok"], 30, 1)
    first = next(outcomes).get()
    os.kill(first, signal.SIGKILL)  # between two items, as the OOM killer or a person might
    time.sleep(0.2)
    rest = [outcome.get() for outcome in outcomes]
    assert len(rest) == 2 and first not in rest
    assert _children() == before
