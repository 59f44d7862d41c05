"""A document's text for the web: blocks you can link to, the linked passage highlighted, and the
restricted parts withheld from those who may not see them.

The text is the one the store keeps (`documents.text`, as the reader made it). It is cut into
blocks at blank lines; each block is a paragraph with the id `p-<offset>` (its first character's
offset in the text), and a passage of a record (an action's evidence, say) gets an anchor of
the same form where it starts, so `/documents/7?hl=120-260#p-120` opens the document at that
passage with it inside <mark>. Everything is escaped; the only markup is ours.

What is withheld from anonymous visitors is `store.visibility.withheld_spans`: the Part II /
exempt sections of the text (the same rule as the ingest), and the passages of every record of
the document that is marked restricted, by the ingest or by an editor. A signed-in user sees them, each
section headed by why it is restricted (`exempt.Span.reason`, which may quote its heading, so it
is never shown to anyone else).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from scrutiny.exempt import exempt_spans
from scrutiny.store import models as m
from scrutiny.store.prepare import find
from scrutiny.store.visibility import locate, merge, withheld_spans

__all__ = ["Passages", "locate", "merge", "parse_span", "render_text", "restriction_notes", "withheld_spans"]

Span = tuple[int, int]
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def overlaps(spans: list[Span], start: int, end: int | None = None) -> bool:
    end = start + 1 if end is None else max(end, start + 1)
    return any(s < end and start < e for s, e in spans)


@dataclass
class Block:
    start: int
    html: Markup
    withheld: bool = False
    notes: list[str] = field(default_factory=list)  # why a restricted section starts here (signed-in only)


def restriction_notes(text: str) -> list[tuple[int, str]]:
    """Where each restricted section of `text` starts, and why, for a signed-in user: the reason
    may quote the section's heading, so an anonymous visitor must never be given these."""
    return [(span.start, _note(span.reason, span.certain)) for span in exempt_spans(text)]


def restriction_reason(text: str, passage: str | None) -> str | None:
    """Why `passage` of `text` lies in a restricted section (for a signed-in user), or None."""
    at = find(text, passage) if passage else None
    if at is None:
        return None
    for span in exempt_spans(text):
        if span.start <= at < span.end:
            return _note(span.reason, span.certain)
    return None


def _note(reason: str, certain: bool) -> str:
    return reason if certain else f"{reason} (unsure: check it)"


@dataclass
class Rendered:
    blocks: list[Block] = field(default_factory=list)
    highlighted: bool = False  # the asked-for passage was shown inside <mark>


WITHHELD = "Exempt or sensitive material (for example a Part II item) is withheld here. Sign in to see it."


def render_text(
    text: str,
    withheld: list[Span] | None = None,
    highlight: Span | None = None,
    anchors: set[int] | None = None,
    notes: list[tuple[int, str]] | None = None,
) -> Rendered:
    """`text` as blocks of escaped HTML, `withheld` spans replaced by a notice, `highlight` in <mark>
    (unless it touches a withheld span), an anchor `p-<offset>` at each of `anchors`, and each of
    `notes` (offset, why restricted) on the block holding its offset."""
    withheld = merge(withheld or [])
    if highlight and (highlight[0] >= highlight[1] or overlaps(withheld, *highlight)):
        highlight = None
    if highlight:
        highlight = (max(0, highlight[0]), min(len(text), highlight[1]))
    out = Rendered(highlighted=highlight is not None)
    points = set(anchors or ())
    if highlight:
        points.add(highlight[0])
    pos = 0
    for start, end in [*withheld, (len(text), len(text))]:
        _visible(text, pos, start, highlight, points, out.blocks)
        if end > start:
            out.blocks.append(Block(start, Markup(escape(WITHHELD)), withheld=True))
        pos = end
    for at, note in notes or ():
        holders = [b for b in out.blocks if b.start <= at] or out.blocks[:1]
        if holders:
            holders[-1].notes.append(note)
    return out


def _visible(
    text: str, lo: int, hi: int, highlight: Span | None, points: set[int], blocks: list[Block]
) -> None:
    """The blocks of text[lo:hi], split at blank lines."""
    pos = lo
    for gap in [*_BLANK.finditer(text, lo, hi), None]:
        end = gap.start() if gap else hi
        if text[pos:end].strip():
            blocks.append(Block(pos, _block_html(text, pos, end, highlight, points)))
        if gap is None:
            break
        pos = gap.end()


def _block_html(text: str, start: int, end: int, highlight: Span | None, points: set[int]) -> Markup:
    cuts = {p for p in points if start < p < end}
    mark_from = mark_to = None
    if highlight and highlight[0] < end and start < highlight[1]:
        mark_from, mark_to = max(start, highlight[0]), min(end, highlight[1])
        cuts |= {mark_from, mark_to} - {start, end}
    html: list[Markup | str] = []
    pos = start
    opened = False
    for cut in [*sorted(cuts), end]:
        if pos != start and pos in points:
            html.append(Markup('<span class="app-anchor" id="p-{}"></span>').format(pos))
        if mark_from is not None and pos == mark_from and not opened:
            html.append(Markup('<mark class="app-passage">'))
            opened = True
        html.append(escape(text[pos:cut]))
        if opened and cut == mark_to:
            html.append(Markup("</mark>"))
            opened = False
        pos = cut
    if opened:
        html.append(Markup("</mark>"))
    return Markup("").join(html)


def parse_span(value: str | None, length: int) -> Span | None:
    """`hl=120-260` from a link, checked against the text's length; None for anything else."""
    if not value:
        return None
    found = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value.strip())
    if not found:
        return None
    start, end = int(found.group(1)), int(found.group(2))
    if not 0 <= start < end <= length:
        return None
    return start, end


@dataclass
class PassageLink:
    """Where a record was read from, as a link to its document with the passage highlighted."""

    document_id: int
    document: str
    page: int | None
    start: int | None  # None: the passage could not be found in the text (the link opens the document)
    end: int | None

    @property
    def href(self) -> str:
        if self.start is None:
            return f"/documents/{self.document_id}"
        return f"/documents/{self.document_id}?hl={self.start}-{self.end}#p-{self.start}"


class Passages:
    """Links to passages of documents for one request, each document read once; a passage the
    viewer may not see gets no link (`link` returns None)."""

    def __init__(self, session: Session, sees_restricted: bool):
        self.session, self.sees_restricted = session, sees_restricted
        self._docs: dict[int, tuple[m.Document, list[Span]] | None] = {}

    def document(self, document_id: int) -> tuple[m.Document, list[Span]] | None:
        if document_id not in self._docs:
            doc = self.session.get(m.Document, document_id)
            if doc is None or (doc.restricted and not self.sees_restricted):
                self._docs[document_id] = None
            else:
                hidden = [] if self.sees_restricted else withheld_spans(self.session, doc)
                self._docs[document_id] = (doc, hidden)
        return self._docs[document_id]

    def link(
        self, document_id: int | None, evidence: str | None, page: int | None = None
    ) -> PassageLink | None:
        if document_id is None:
            return None
        found = self.document(document_id)
        if found is None:
            return None
        doc, hidden = found
        span = locate(doc.text or "", evidence)
        if span is None:  # not found in the text as stored: the link opens the document
            return PassageLink(doc.id, doc.name, page, None, None)
        if overlaps(hidden, *span):
            return None
        return PassageLink(doc.id, doc.name, page, span[0], span[1])
