"""Paragraphs a layout broke apart, joined again before anything is read from them: a sentence a PDF
split over two paragraphs on one page, and an owner an Action column set on a line of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from scrutiny.document import Block
from scrutiny.extract.markers import OWNER_ONLY_LINE
from scrutiny.extract.narrative import VERB_ONLY
from scrutiny.extract.owners import looks_like_owner

_UNFINISHED = re.compile(r"[A-Za-z,]$")  # a paragraph that stops mid-sentence
_GOES_ON = re.compile(r"^(?!\(?[a-z]{1,3}[.)]\s)[a-z]")  # … and one that goes on with it, not an entry "a) …"
_SENTENCE_WORDS = 6  # a shorter paragraph is a title ("15/33 Finance"), not a broken sentence


def rejoin(blocks: list[Block]) -> list[Block]:
    """A sentence a PDF's layout broke into two paragraphs on one page ("… be kept advised of" / "progress on
    the issues …") is one paragraph again, so it is read as one sentence; an owner the Action column set on a
    line of its own after the paragraph ("Clerk", "JB/AD") goes back to the paragraph's margin; a marker naming
    only the owner below it ("Action: CB") closes it."""
    out: list[Block] = []
    hard_wrapped = _hard_wrapped(blocks)
    for k, block in enumerate(blocks):
        last = out[-1] if out else None
        if last is not None and _owner_marker(block, last):
            # "Action: CB" set apart below the paragraph it closes (in Word, bold: read as a heading)
            out[-1] = replace(last, text=f"{last.text}\n{block.text.strip()}", end=block.end)
        elif (
            last is not None
            and block.kind == "heading"
            and last.kind == "paragraph"
            and last.page == block.page
            and _BOLD_INITIALS.fullmatch(block.text.strip())
            and block.text.strip() not in _HEADING_LETTERS
            and _set_apart_owner(block, last, blocks[k + 1] if k + 1 < len(blocks) else None)
        ):  # initials set in bold on a line of their own: a PDF reads them as a heading
            out[-1] = replace(last, text=f"{last.text}    {block.text.strip()}", end=block.end)
        elif last is None or block.kind != "paragraph" or last.kind != "paragraph" or last.page != block.page:
            out.append(block)
        elif _broken_sentence(last, block, hard_wrapped):
            out[-1] = replace(last, text=f"{last.text}\n{block.text}", end=block.end)
        elif _set_apart_owner(block, last, blocks[k + 1] if k + 1 < len(blocks) else None):
            out[-1] = replace(last, text=f"{last.text}    {block.text.strip()}", end=block.end)
        else:
            out.append(block)
    return out


_WRAPPED_SHARE = 0.4  # of a paper's long paragraphs stopping mid-sentence: its lines were made paragraphs


def _hard_wrapped(blocks: list[Block]) -> bool:
    """A paper without pages converted line by line (a PDF's lines as Markdown paragraphs): most of its long
    paragraphs stop mid-sentence, so one that does goes on in the next whatever letter that opens with."""
    long = [
        b
        for b in blocks
        if b.kind == "paragraph" and b.page is None and len(b.text.split()) >= _WRAPPED_LINE_WORDS
    ]
    stopped = sum(1 for b in long if _UNFINISHED.search(b.text))
    return len(long) >= _WRAPPED_LINES and stopped >= _WRAPPED_SHARE * len(long)


_WRAPPED_LINE_WORDS = 10
_WRAPPED_LINES = 10


def _broken_sentence(last: Block, block: Block, hard_wrapped: bool = False) -> bool:
    """Does `block` go on with the sentence `last` stopped in: `last` stops mid-sentence and `block` goes on in small
    letters? Informal notes in a paper without pages (text, Word, a web page), where a blank line is the writer's own,
    open paragraphs in small letters too: there a label ("there: Bev, Des") or a short line ("from last time") opens
    a paragraph of its own, unless the one before stops on a word no sentence ends on."""
    if len(last.text.split()) < _SENTENCE_WORDS:
        return False
    # "… call on the Government and" / "Garda Commissioner to provide …": a name goes on with it, in prose, not a
    # list; in a paper whose every line is a paragraph, after any word ("… call on the Chief" / "Superintendent to …")
    if (
        (
            _DANGLING_WORD.search(last.text)
            or (
                hard_wrapped and _UNFINISHED.search(last.text) and "  " not in last.text + block.text
            )  # no columns
        )
        and _CAPITAL_GOES_ON.match(block.text)
        and last.text.count(",") < _LIST_COMMAS
    ):
        return True
    if not (_UNFINISHED.search(last.text) and _GOES_ON.match(block.text)):
        return False
    return (
        last.page is not None
        or bool(_DANGLING.search(last.text))
        or not (_OPENS_LABEL.match(block.text) or len(block.text.split()) <= _LINE_WORDS)
    )


# a word no sentence ends on ("… reports would" / "follow …"): the paragraph after goes on with it, however short
_DANGLING = re.compile(
    r"(?:,|\b(?:the|a|an|of|to|in|on|at|for|from|with|by|and|or|but|that|which|would|will|should|"
    r"could|can|may|must|is|are|was|were|be|been|has|have|had|its|their|his|her|our|this|these|as)"
    r")\s*$",
    re.I,
)


_LIST_COMMAS = (
    2  # a line with more is a list of names ("…, Tom Ince (Head of Audit), Mr D Shaw … and"): read apart
)
_DANGLING_WORD = re.compile(r"\b(?:the|of|to|for|from|with|by|and|or|that|which)\s*$", re.I)
# a capital going on with it: a name's first word, not an entry ("a) …", "4. …") nor a label ("Action: …")
_CAPITAL_GOES_ON = re.compile(r"^(?!\(?[A-Za-z0-9]{1,3}[.)]\s)(?![^:]{1,30}:)[A-Z]")
_OPENS_LABEL = re.compile(r"^[a-z][\w’']*(?:\s+[\w’']+){0,2}\s*:\s")  # "there: …", "also came: …"
_LINE_WORDS = 4  # "from last time", "police bit": a line this short heads what follows

_BOLD_INITIALS = re.compile(
    r"[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*"
)  # "CW", "TH/NP": initials, not a heading's words
_HEADING_LETTERS = frozenset(
    {"AOB", "AGM", "EGM", "ASB", "PPN", "JPC", "PCP"}
)  # headings in capitals, not initials
_PROSE_WORDS = 8  # the paragraph an owner is set beside says something
# "Action: CB", "ACTION – Clerk (by 14 June)", "Action by: Treasurer": a marker that names only who
_OWNER_MARKER = re.compile(
    r"^\W*(?:ACTIONS?|Actions?)(?:\s+(?:by|BY))?\s*[:–—-]\s*(?P<who>[^:()\n,–—]{1,40}?)"
    r"\s*(?:[(,–—-][^()\n]{0,30}\)?)?\W*$"
)


def _owner_marker(block: Block, before: Block) -> bool:
    """Is `block` only an action marker and its owner (or the owner and a bare verb: "Action – GL to ask."), after a
    paragraph of prose it closes?"""
    m = _OWNER_MARKER.match(VERB_ONLY.sub("", block.text.strip()))
    return (
        m is not None
        and block.kind in ("paragraph", "heading")
        and before.kind in ("paragraph", "list_item")
        and looks_like_owner(m.group("who").strip())
        and len(before.text.split()) >= _PROSE_WORDS
        and before.text.rstrip().endswith((".", "!", "?"))
    )


def _set_apart_owner(block: Block, before: Block, after: Block | None) -> bool:
    """Is `block` only an owner ("Clerk"), after a paragraph of prose and not one of a list of names?"""
    return (
        bool(OWNER_ONLY_LINE.match(block.text.strip()))
        and len(before.text.split()) >= _PROSE_WORDS
        and before.text.rstrip().endswith((".", "!", "?"))
        and "  " not in before.text
        and not (after is not None and OWNER_ONLY_LINE.match(after.text.strip()))
    )
