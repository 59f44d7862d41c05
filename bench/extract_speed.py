#!/usr/bin/env python3
"""How fast is the whole of read → extract, against pdfium's raw text extraction?

    .venv/bin/python bench/extract_speed.py [--corpus DIR] [--pages 300] [--repeat 5] [--shape document]

Builds a corpus of at least --pages PDF pages by concatenating, over and over, the PDFs under
samples/ and tests/readers/fixtures/ into bench PDFs of about --doc-pages pages each (cached in
bench/.corpus/, which git ignores). Where there are fewer than three such PDFs, the text
samples (.txt, .md) are typeset into plain PDFs and join the mix. With --corpus DIR, the PDFs in DIR are used as they are.

Then, in the same run and interleaved (so a busy machine weighs on both sides alike), it measures
the inner loop, in this process, with everything imported:
  raw    pypdfium2 alone: open, and `get_textpage().get_text_range()` on every page
  full   `extract(read(path))` on every document (reading alone is shown as well)
and whole processes, as a user meets them (interpreter start-up and imports included), with the
interpreter running this script:
  raw    one `python -c` process that imports pypdfium2 and pulls every page's text of the PDFs
  full   one `scrutiny extract PDF... --out DIR` process (the console script beside that
         interpreter): the path a folder takes (a forked worker per core, one NAME.json a document)
With --shape document, each side is one process per PDF instead (`scrutiny extract PDF`, JSON
on stdout), as a user extracting a single paper meets it. It prints pages per second for each
(median of --repeat runs), the ratios full/raw, and the start-up alone (`import scrutiny.cli`
against `import pypdfium2`). The aim is a whole-process ratio of at least 0.33: `scrutiny
extract` within three times the cost of getting the text out of the PDFs at all.
Not a test: nothing here runs under pytest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from scrutiny.document import UnreadableDocument  # noqa: E402
from scrutiny.extract import extract  # noqa: E402
from scrutiny.readers import read  # noqa: E402

SOURCES = [ROOT / "samples", ROOT / "tests" / "readers" / "fixtures"]
CACHE = ROOT / "bench" / ".corpus"
TARGET = 0.33


# --- the corpus -------------------------------------------------------------------------------


def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def typeset(text: str, lines_per_page: int = 56, width: int = 95) -> bytes:
    """A plain PDF of `text` in Helvetica 9 pt, wrapped; for when no sample PDF exists."""
    lines: list[str] = []
    for para in text.splitlines():
        lines.extend(textwrap.wrap(para.replace("\t", "    "), width) or [""])
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[""]]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for page in pages:
        content = (
            b"BT /F1 9 Tf 50 800 Td 13 TL " + b" ".join(b"(" + _pdf_escape(s) + b") '" for s in page) + b" ET"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects))
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def source_pdfs() -> list[Path]:
    found = sorted(p for d in SOURCES if d.is_dir() for p in d.rglob("*.pdf") if ".corpus" not in p.parts)
    good = []
    for p in found:
        try:
            with_pages = len(pdfium.PdfDocument(p))
        except pdfium.PdfiumError:
            continue
        if with_pages:
            good.append(p)
    return good


def typeset_samples(folder: Path) -> list[Path]:
    texts = sorted(p for p in (ROOT / "samples").glob("*") if p.suffix in (".txt", ".md"))
    out = []
    for p in texts:
        target = folder / "typeset" / (p.stem + ".pdf")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(typeset(p.read_text(encoding="utf-8", errors="replace")))
        out.append(target)
    return out


def build_corpus(min_pages: int, doc_pages: int) -> list[Path]:
    sources = source_pdfs()
    if len(sources) < 3:  # too few to be a fair mix: add the text samples, typeset
        sources += typeset_samples(CACHE)
    if not sources:
        sys.exit("bench: no PDF under samples/ or tests/readers/fixtures/, and no text sample to typeset")
    key = hashlib.sha256()
    for p in sources:
        key.update(p.name.encode() + hashlib.sha256(p.read_bytes()).digest())
    key.update(f"{min_pages}/{doc_pages}".encode())
    folder = CACHE / key.hexdigest()[:16]
    done = folder / "corpus.json"
    if done.exists():
        return [folder / name for name in json.loads(done.read_text())["files"]]

    folder.mkdir(parents=True, exist_ok=True)
    srcs = [pdfium.PdfDocument(p) for p in sources]
    files, total, i = [], 0, 0
    while total < min_pages:
        bench = pdfium.PdfDocument.new()
        while len(bench) < doc_pages:
            src = srcs[i % len(srcs)]
            bench.import_pages(src)
            i += 1
        name = f"bench-{len(files) + 1:03}.pdf"
        total += len(bench)
        bench.save(folder / name)
        bench.close()
        files.append(name)
    done.write_text(
        json.dumps({"sources": [str(p.relative_to(ROOT)) for p in sources], "files": files}, indent=1)
    )
    return [folder / name for name in files]


# --- the measures -----------------------------------------------------------------------------


def raw_pass(paths: list[Path]) -> tuple[float, int, int]:
    start, pages, chars = time.perf_counter(), 0, 0
    for path in paths:
        doc = pdfium.PdfDocument(path)
        for page in doc:
            chars += len(page.get_textpage().get_text_range())
            pages += 1
        doc.close()
    return time.perf_counter() - start, pages, chars


def full_pass(paths: list[Path]) -> tuple[float, float, int]:
    """(read + extract seconds, read seconds, actions found)."""
    total_read = total = 0.0
    actions = 0
    for path in paths:
        t0 = time.perf_counter()
        doc = read(path)
        t1 = time.perf_counter()
        record = extract(doc)
        t2 = time.perf_counter()
        total_read += t1 - t0
        total += t2 - t0
        actions += sum(len(m.actions) for m in record.meetings)
    return total, total_read, actions


# --- whole processes -------------------------------------------------------------------------

PYTHON = sys.executable
RAW_CODE = """
import sys
import pypdfium2 as pdfium
chars = 0
for path in sys.argv[1:]:
    doc = pdfium.PdfDocument(path)
    for page in doc:
        chars += len(page.get_textpage().get_text_range())
    doc.close()
print(chars)
"""


def scrutiny_command() -> list[str]:
    """`scrutiny` as the user runs it: the console script beside this interpreter, else what it runs
    (not `-m scrutiny.cli`, which would import the CLI twice: as __main__, and by its subcommands)."""
    script = Path(PYTHON).parent / "scrutiny"
    if script.exists():
        return [str(script)]
    return [PYTHON, "-c", "import sys; from scrutiny.cli import app; sys.exit(app())"]


def whole_commands(paths: list[Path], shape: str, out: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The raw and the scrutiny processes that, run one after the other, do every PDF once."""
    files = [str(p) for p in paths]
    scrutiny = scrutiny_command()
    if shape == "folder":
        return [[PYTHON, "-c", RAW_CODE, *files]], [[*scrutiny, "extract", *files, "--out", str(out)]]
    return (
        [[PYTHON, "-c", RAW_CODE, f] for f in files],
        [[*scrutiny, "extract", f, "--format", "json"] for f in files],
    )


def run_processes(commands: list[list[str]]) -> float:
    """Seconds for the commands, one after the other, each a fresh process; any failure stops the bench."""
    start = time.perf_counter()
    for command in commands:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace")[-2000:]
            sys.exit(f"bench: {' '.join(command[:3])} … failed (status {done.returncode}):\n{detail}")
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=Path, help="a folder of PDFs to use instead of the built corpus")
    ap.add_argument("--pages", type=int, default=300, help="least number of pages in the built corpus (300)")
    ap.add_argument("--doc-pages", type=int, default=25, help="about how many pages per built bench PDF (25)")
    ap.add_argument("--repeat", type=int, default=5, help="repetitions; the median is reported (5)")
    ap.add_argument(
        "--shape",
        choices=("folder", "document"),
        default="folder",
        help="whole processes: one for all the PDFs (folder, the default) or one per PDF",
    )
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()

    if args.corpus:
        paths = sorted(args.corpus.rglob("*.pdf"))
        if not paths:
            sys.exit(f"bench: no PDF in {args.corpus}")
    else:
        paths = build_corpus(args.pages, args.doc_pages)

    try:  # warm up, and fail early and clearly if the readers cannot do it
        read(paths[0])
    except UnreadableDocument as exc:
        sys.exit(f"bench: the reader cannot read {paths[0]}: {exc.reason}")
    raw_pass(paths[:1])

    sources = (
        sorted({p.name for p in paths})
        if args.corpus
        else json.loads((paths[0].parent / "corpus.json").read_text())["sources"]
    )
    raws, fulls, reads, proc_raws, proc_fulls, imports_raw, imports_cli = [], [], [], [], [], [], []
    pages = chars = actions = 0
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        raw_commands, full_commands = whole_commands(paths, args.shape, Path(tmp) / "out")
        run_processes(raw_commands[:1] + full_commands[:1])  # warm the disk cache and the .pyc files
        for _ in range(args.repeat):
            seconds, pages, chars = raw_pass(paths)
            raws.append(seconds)
            seconds, read_seconds, actions = full_pass(paths)
            fulls.append(seconds)
            reads.append(read_seconds)
            proc_raws.append(run_processes(raw_commands))
            proc_fulls.append(run_processes(full_commands))
            imports_raw.append(run_processes([[PYTHON, "-c", "import pypdfium2"]]))
            imports_cli.append(run_processes([[PYTHON, "-c", "import scrutiny.cli"]]))
    raw, full, rd = statistics.median(raws), statistics.median(fulls), statistics.median(reads)
    proc_raw, proc_full = statistics.median(proc_raws), statistics.median(proc_fulls)
    result = {
        "sources": sources,
        "documents": len(paths),
        "pages": pages,
        "characters": chars,
        "actions_found": actions,
        "repeat": args.repeat,
        "raw_pages_per_s": pages / raw,
        "read_pages_per_s": pages / rd,
        "full_pages_per_s": pages / full,
        "ratio_full_raw": raw / full,
        "shape": args.shape,
        "process_raw_pages_per_s": pages / proc_raw,
        "process_full_pages_per_s": pages / proc_full,
        "ratio_process_full_raw": proc_raw / proc_full,
        "import_pypdfium2_s": statistics.median(imports_raw),
        "import_scrutiny_cli_s": statistics.median(imports_cli),
        "target": TARGET,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"sources    {', '.join(sources)}")
        print(f"corpus     {len(paths)} PDFs, {pages} pages, {chars:,} characters, {actions} actions found")
        print(
            f"raw        {result['raw_pages_per_s']:9.1f} pages/s   pypdfium2 get_text_range, median of {args.repeat}"
        )
        print(f"read       {result['read_pages_per_s']:9.1f} pages/s   scrutiny.readers.read")
        print(f"full       {result['full_pages_per_s']:9.1f} pages/s   extract(read(path))")
        print(f"ratio      {result['ratio_full_raw']:9.2f}           full/raw, the inner loop")
        shape = "one per PDF" if args.shape == "document" else f"one for all {len(paths)} PDFs"
        print(f"whole processes ({shape}), start-up and imports included:")
        print(
            f"raw        {result['process_raw_pages_per_s']:9.1f} pages/s   python -c 'import pypdfium2; "
            "get_text_range on every page'"
        )
        command = "PDF" if args.shape == "document" else "PDF... --out DIR"
        print(f"full       {result['process_full_pages_per_s']:9.1f} pages/s   scrutiny extract {command}")
        cli_ms, pdfium_ms = result["import_scrutiny_cli_s"] * 1000, result["import_pypdfium2_s"] * 1000
        print(f"start-up   {cli_ms:9.0f} ms        import scrutiny.cli (pypdfium2: {pdfium_ms:.0f} ms)")
        verdict = "meets" if result["ratio_process_full_raw"] >= TARGET else "BELOW"
        print(
            f"ratio      {result['ratio_process_full_raw']:9.2f}           whole process full/raw "
            f"({verdict} the aim of {TARGET})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
