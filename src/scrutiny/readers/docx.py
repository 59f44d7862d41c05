"""DOCX reader: the body in order, paragraphs and tables interleaved, through python-docx's XML.

Headings come from "Heading N"/"Title" styles (or an outline level), list items from numbering
or a "List" style. Tables keep their rows: a cell spanning columns appears once, the cells
below a vertical merge are empty, a nested table's text joins its cell's paragraphs. Headers
and footers are running chrome and are left out, as are deleted (tracked) runs.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml.etree import _Element as Element  # type: ignore[import-untyped]  # python-docx's XML elements

from scrutiny.document import BlockKind, Document, DocumentBuilder, UnreadableDocument
from scrutiny.exempt import running_marking
from scrutiny.readers.docx_numbering import Numbering

_P, _TBL, _SDT, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
_SKIP = {
    qn("w:del"),
    qn("w:moveFrom"),
    qn("w:pPr"),
    qn("w:rPr"),
    qn("w:instrText"),
    qn("w:delText"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    qn("w:txbxContent"),
}
_TEXT = {
    qn("w:t"): None,
    qn("w:tab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
    qn("w:softHyphen"): "",
}
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_VARIANTS = re.compile(
    rb"application/vnd\.(?:ms-word\.(?:document\.macroEnabled|template\.macroEnabledTemplate)"
    rb"|openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml"
)
_HEADING = re.compile(r"^(?:heading|überschrift|titre)\s*(\d)$", re.I)


class _Styles:
    """What a paragraph style means for us: heading level, list, and the style it is based on."""

    def __init__(self, document: docx.document.Document):
        self.names: dict[str, str] = {}
        self.based_on: dict[str, str] = {}
        self.numbered: set[str] = set()
        self.references: dict[str, tuple[str, int] | None] = {}
        self.outline: dict[str, int] = {}
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            name = style.find(qn("w:name"))
            self.names[style_id] = (name.get(qn("w:val")) if name is not None else style_id) or style_id
            based = style.find(qn("w:basedOn"))
            if based is not None:
                self.based_on[style_id] = based.get(qn("w:val")) or ""
            ppr = style.find(qn("w:pPr"))
            if ppr is not None and ppr.find(qn("w:numPr")) is not None:
                self.numbered.add(style_id)
                self.references[style_id] = _reference(ppr.find(qn("w:numPr")))
            level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
            if level is not None and (level.get(qn("w:val")) or "").isdigit():
                self.outline[style_id] = int(level.get(qn("w:val")))

    def chain(self, style_id: str) -> Iterator[str]:
        """The style and those it is based on, nearest first."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 10:
            seen.add(style_id)
            yield style_id
            style_id = self.based_on.get(style_id, "")

    def heading_level(self, style_id: str) -> int | None:
        for sid in self.chain(style_id):
            name = self.names.get(sid, sid).strip()
            match = _HEADING.match(name) or _HEADING.match(sid)
            if match:
                return int(match.group(1))
            if name.lower() == "title" or sid.lower() == "title":
                return 1
            if self.outline.get(sid, 9) < 9:
                return self.outline[sid] + 1
        return None

    def num_reference(self, style_id: str) -> tuple[str, int] | None:
        """The numbering a style gives its paragraphs (numbered heading styles)."""
        return next((self.references[sid] for sid in self.chain(style_id) if self.references.get(sid)), None)

    def is_list(self, style_id: str) -> bool:
        return any(
            sid in self.numbered or self.names.get(sid, sid).lower().startswith("list")
            for sid in self.chain(style_id)
        )


def read_docx(data: bytes, path: Path, sha256: str) -> Document:
    """Read a Word document's body; raises `UnreadableDocument` if it is not a valid DOCX."""
    try:
        document = _open(data)
        body = document.element.body
        styles = _Styles(document)
        numbering = Numbering(document)
        title = (document.core_properties.title or "").strip() or None
        markings = _header_markings(document)
        heading = _header_titles(document)
    except MemoryError:
        raise
    except Exception:  # zip, zlib, XML and python-docx errors all mean a damaged file
        raise UnreadableDocument(path, "corrupt or truncated DOCX") from None
    builder = DocumentBuilder(path.name, sha256, "docx")
    for marking in markings:
        builder.add("paragraph", marking)
    for line in heading:
        builder.add("paragraph", line)
    for element in _blocks(body):
        if element.tag == _TBL:
            builder.add_table(_table_rows(element))
        else:
            for boxed in _text_box_paragraphs(element):
                _add_paragraph(builder, boxed, styles, numbering)
            _add_paragraph(builder, element, styles, numbering)
    return builder.finish(title=title)


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_box_paragraphs(p: Element) -> list[Element]:
    """The paragraphs of text boxes anchored in a paragraph (a letterhead's "KESTON HEATH TOWN COUNCIL" in a box),
    read before it; a box's copy in the legacy fallback is left out, so each is read once."""
    found = []
    for box in p.iter(qn("w:txbxContent")):
        ancestor, fallback = box.getparent(), False
        while ancestor is not None and ancestor is not p:
            fallback = fallback or ancestor.tag == _FALLBACK
            ancestor = ancestor.getparent()
        if not fallback:
            found.extend(box.iter(_P))
    return found


def _header_markings(document: docx.document.Document) -> list[str]:
    """Protective markings ("OFFICIAL-SENSITIVE") in the page headers and footers, which are otherwise
    left out: they mark the whole document, so the text starts with them (`exempt` reads a marking
    at the head as marking everything)."""
    found: list[str] = []
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            if part.is_linked_to_previous:  # no header of its own (asking for its text would add one)
                continue
            for paragraph in part._element.iter(_P):
                text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
                if (marking := running_marking(text)) is not None and marking not in found:
                    found.append(marking)
    return found


def _header_titles(document: docx.document.Document) -> list[str]:
    """The lines a council's Word template sets in the first page's header ("ASHLEIGH PARVA PARISH COUNCIL"): read
    once at the top, as a printed copy shows them, for they often name the body; markings, page numbers and long
    lines are left to the rest."""
    section = document.sections[0]
    part = section.first_page_header if section.different_first_page_header_footer else section.header
    if part.is_linked_to_previous:
        return []
    lines = []
    for paragraph in part._element.iter(_P):
        text = " ".join("".join(t.text or "" for t in paragraph.iter(qn("w:t"))).split())
        if (
            2 <= len(text.split()) <= _HEADER_WORDS
            and running_marking(text) is None
            and not _MARKING_WORDS.search(text)
            and not _PAGE_WORDS.search(text)
        ):
            lines.append(text)
    return lines


_HEADER_WORDS = 12  # a header line this short names something; a longer one is a disclaimer or an address
_PAGE_WORDS = re.compile(r"\bpage\b|^\W*\d+\W*$", re.I)
_MARKING_WORDS = re.compile(
    r"\b(?:official|sensitive|restricted|protect(?:ively)?|marked|confidential|draft|version|v\d)\b", re.I
)  # "OFFICIAL", "NOT PROTECTIVELY MARKED", "Draft v2": how the paper is handled, not what it is


def _open(data: bytes) -> docx.document.Document:
    """python-docx's document; a macro-enabled file or a template is read as the plain DOCX it holds."""
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" not in str(exc):
            raise
    source, plain = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "[Content_Types].xml":
                part = _WORD_VARIANTS.sub(_DOCX_MAIN, part)
            target.writestr(name, part)
    return docx.Document(plain)


def _blocks(parent: Element) -> Iterator[Element]:
    """The paragraphs and tables under `parent`, in order, looking inside content controls."""
    for child in parent:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in (_SDT, qn("w:sdtContent"), qn("w:customXml")):
            yield from _blocks(child)


def _add_paragraph(builder: DocumentBuilder, p: Element, styles: _Styles, numbering: Numbering) -> None:
    """A heading, list item or paragraph by its style and numbering; a line break starts a new block.
    Word's automatic number ("3.", "2.1") is written in front, as it is printed."""
    style_id = _style_id(p)
    reference = _num_reference(p) or styles.num_reference(style_id)
    label = numbering.label(*reference) if reference else None
    level = styles.heading_level(style_id) or _outline_level(p)
    numbered = _num_level(p)
    kind: BlockKind
    if level:
        kind = "heading"
    elif numbered is not None or styles.is_list(style_id):
        kind, level = "list_item", (numbered or 0) + 1
    else:
        kind = "heading" if _all_bold_title(p) else "paragraph"
    for k, line in enumerate(paragraph_text(p).split("\n")):
        text = _clean(line)
        builder.add(kind, f"{label} {text}" if label and k == 0 and text else text, level=level)


def _style_id(p: Element) -> str:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return (style.get(qn("w:val")) or "") if style is not None else ""


def _outline_level(p: Element) -> int | None:
    level = p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    value = level.get(qn("w:val")) if level is not None else None
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else None


def _num_reference(p: Element) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph's own numbering, if it has one switched on."""
    num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    return _reference(num)


def _reference(num: Element) -> tuple[str, int] | None:
    if num is None:
        return None
    num_id = num.find(qn("w:numId"))
    ilvl = num.find(qn("w:ilvl"))
    value = num_id.get(qn("w:val")) if num_id is not None else None
    if not value or value == "0":
        return None
    level = ilvl.get(qn("w:val")) if ilvl is not None else "0"
    return value, int(level) if level and level.isdigit() else 0


def _num_level(p: Element) -> int | None:
    """The list level (0-based) of a numbered or bulleted paragraph, else None."""
    num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num is None:
        return None
    num_id = num.find(qn("w:numId"))
    if num_id is not None and num_id.get(qn("w:val")) == "0":
        return None  # numbering switched off
    ilvl = num.find(qn("w:ilvl"))
    value = ilvl.get(qn("w:val")) if ilvl is not None else "0"
    return int(value) if value and value.isdigit() else 0


def _all_bold_title(p: Element) -> bool:
    """A short paragraph set wholly in bold, without a full stop, reads as a heading."""
    runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    if not runs:
        return False
    text = paragraph_text(p).strip()
    return (
        len(text) <= 100
        and "\n" not in text
        and not re.search(r"[.,;]$", text)
        and all(_bold(r) for r in runs)
    )


def _bold(run: Element) -> bool:
    b = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return b is not None and (b.get(qn("w:val")) or "true").lower() not in ("0", "false", "off")


def paragraph_text(p: Element) -> str:
    """A paragraph's visible text: runs, tabs and line breaks, without deleted or fallback text."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(element: Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _TEXT:
            fixed = _TEXT[tag]
            parts.append((child.text or "") if fixed is None else fixed)
        elif tag == qn("w:sym"):
            parts.append(" ")
        else:
            _collect(child, parts)


def _table_rows(tbl: Element) -> list[list[list[str]]]:
    """Rows of cells of paragraphs; merged cells appear once, continued vertical merges empty, except a short one
    (an owner's initials or a date merged down two rows: "Clerk" for both tasks), which each row it spans repeats."""
    rows = []
    above: dict[
        int, list[str]
    ] = {}  # the paragraphs that began a vertical merge, by the grid column it starts at
    for tr in _children(tbl, _TR):
        row, column = [], 0
        for tc in _children(tr, _TC):
            merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            if continued:
                began = above.get(column, [])
                row.append(list(began) if sum(len(p.split()) for p in began) <= _FILLED_WORDS else [])
            else:
                row.append(_cell_paragraphs(tc))
                above[column] = row[-1]
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            column += int(span.get(qn("w:val"), "1")) if span is not None else 1
        rows.append(row)
    return rows


_FILLED_WORDS = 4  # a merged cell this short (who, or when) belongs to each row it spans


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Direct children with `tag`, also those wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, qn("w:sdtContent"), qn("w:customXml")):
            yield from _children(child, tag)


def _cell_paragraphs(tc: Element) -> list[str]:
    """A cell's paragraphs, a line break starting a new one; nested tables flattened in order."""
    out: list[str] = []
    for element in _blocks(tc):
        if element.tag == _TBL:
            out.extend(p for row in _table_rows(element) for cell in row for p in cell)
        else:
            out.extend(_clean(line.replace("\t", " ")) for line in paragraph_text(element).split("\n"))
    return [p for p in out if p]


def _clean(text: str) -> str:
    """Collapse spaces but keep tabs, which often stand for columns in minutes' header lines."""
    return "\t".join(" ".join(part.split()) for part in text.split("\t")).strip()
