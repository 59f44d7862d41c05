"""A tiny PDF writer for tests: text at given positions, in Courier, plus ruling lines.

Real PDFs are bulky to keep as fixtures; these are a few hundred bytes and say exactly what the
reader must rebuild. Courier is monospaced, so text wrapped by `textwrap` fills its lines as a word
processor would. Coordinates are PDF points from the bottom-left of a 612 x 792 page.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    """Drawing operations for one page, in the order they are added."""

    ops: list[str] = field(default_factory=list)

    def text(
        self, x: float, y: float, text: str, size: float = 11, bold: bool = False, sans: bool = False
    ) -> Page:
        """One text object: `text` with its baseline starting at (x, y); `sans` sets it in Helvetica, another
        typeface than the body's Courier."""
        font = "F3" if sans else "F2" if bold else "F1"
        self.ops.append(f"BT /{font} {size} Tf {x} {y} Td ({_escape(text)}) Tj ET")
        return self

    def row(self, y: float, cells: list[tuple[float, str]], size: float = 11) -> Page:
        """Several strings on one baseline inside a single text object, as some writers do."""
        parts, last = [], 0.0
        for x, text in cells:
            parts.append(f"{x - last} 0 Td ({_escape(text)}) Tj")
            last = x
        self.ops.append(f"BT /F1 {size} Tf 0 {y} Td {' '.join(parts)} ET")
        return self

    def lines(
        self, x: float, y: float, texts: list[str], size: float = 11, leading: float = 13, bold: bool = False
    ) -> Page:
        """Lines of text at a regular pitch, going down the page."""
        for i, text in enumerate(texts):
            self.text(x, y - i * leading, text, size, bold)
        return self

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> Page:
        """A stroked straight line, like a table border."""
        self.ops.append(f"0.5 w {x0} {y0} m {x1} {y1} l S")
        return self


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[Page], width: float = 612, height: float = 792) -> bytes:
    """A valid PDF 1.4 file holding `pages`."""
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 F1, 4 F2, 5 F3, then per page: page object, content stream
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (f"<< /Type /Pages /Count {n} /Kids [{' '.join(f'{6 + 2 * i} 0 R' for i in range(n))}] >>").encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, page in enumerate(pages):
        stream = "\n".join(page.ops).encode("cp1252")
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {7 + 2 * i} 0 R >>"
            ).encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
