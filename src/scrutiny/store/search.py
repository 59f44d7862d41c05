"""Full-text search over meetings, actions, decisions and passages, ranked, with highlighted snippets.

One table, `search_entries`, holds every searchable text; the ingest adds its rows in the same
transaction as the records. SQLite indexes it with FTS5 (triggers keep `search_fts` in step,
ranked by bm25); PostgreSQL with a generated tsvector column and a GIN index (ranked by
ts_rank_cd, snippets by ts_headline). A query is words and "quoted phrases", all required;
`OR` between two terms allows either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from scrutiny.store import models as m

MARK = ("«", "»")  # around each matched word in a snippet
_TERM = re.compile(r'"([^"]*)"|(\w+)', re.UNICODE)


@dataclass
class Hit:
    kind: str  # meeting | action | decision | passage
    id: int  # the meeting, action or decision id; for a passage, its document's id
    document_id: int
    document: str  # the document's name
    page: int | None
    snippet: str  # the matching text, each matched word between MARK[0] and MARK[1]
    score: float  # higher is better; comparable within one result list only

    def fragments(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, for a renderer that marks them its own way."""
        out: list[tuple[str, bool]] = []
        for i, piece in enumerate(re.split(f"{MARK[0]}|{MARK[1]}", self.snippet)):
            if piece:
                out.append((piece, i % 2 == 1))
        return out


def action_text(ref: str | None, text: str, owners: list[str], due_text: str | None) -> str:
    """An action's searchable text, the one way the ingest and a person's change both write it:
    its reference, its words, its owners and its due date as the paper wrote it."""
    return " · ".join(w for w in (ref, text, ", ".join(owners), due_text) if w)


def index_entries(session: Session, entries: Iterable[dict]) -> None:
    """Add search entries (dicts of `SearchEntry`'s columns) in one statement; the database's own
    index (the FTS5 trigger, or the tsvector column) follows."""
    rows = list(entries)
    if rows:
        session.execute(insert(m.SearchEntry), rows)


def fts5_query(query: str) -> str | None:
    """The user's words and "phrases" as a safe FTS5 query (every term quoted), or None if empty."""
    parts: list[str] = []
    for phrase, word in _TERM.findall(query):
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        words = re.findall(r"\w+", phrase if phrase else word, re.UNICODE)
        if words:
            parts.append('"' + " ".join(words) + '"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or None


def search(session: Session, query: str, limit: int = 20, restricted: bool = True) -> list[Hit]:
    """The best `limit` hits for `query`, best first; `restricted=False` leaves out Part II material."""
    if session.get_bind().dialect.name == "postgresql":
        return _search_postgres(session, query, limit, restricted)
    return _search_sqlite(session, query, limit, restricted)


def _search_sqlite(session: Session, query: str, limit: int, restricted: bool) -> list[Hit]:
    match = fts5_query(query)
    if match is None:
        return []
    hide = "" if restricted else "AND f.rowid NOT IN (SELECT id FROM search_entries WHERE restricted)"
    sql = f"""
        SELECT e.kind, e.ref_id, e.document_id, d.name, e.page, h.snip, h.score
        FROM (SELECT f.rowid AS id, snippet(search_fts, 0, :a, :b, '…', 16) AS snip, -f.rank AS score
              FROM search_fts AS f WHERE search_fts MATCH :q {hide} ORDER BY f.rank LIMIT :n) AS h
        JOIN search_entries AS e ON e.id = h.id
        JOIN documents AS d ON d.id = e.document_id
        ORDER BY h.score DESC, e.id
    """
    rows = session.execute(text(sql), {"q": match, "a": MARK[0], "b": MARK[1], "n": limit})
    return [Hit(*row) for row in rows]


def _search_postgres(session: Session, query: str, limit: int, restricted: bool) -> list[Hit]:
    if fts5_query(query) is None:
        return []
    options = f"StartSel={MARK[0]}, StopSel={MARK[1]}, MaxWords=24, MinWords=12, MaxFragments=1, "
    options += "FragmentDelimiter=…"
    hide = "" if restricted else "AND NOT e.restricted"
    sql = f"""
        WITH q AS (SELECT websearch_to_tsquery('english', :q) AS q),
        top AS (SELECT e.id, ts_rank_cd(e.tsv, q.q) AS score FROM search_entries AS e, q
                WHERE e.tsv @@ q.q {hide} ORDER BY score DESC, e.id LIMIT :n)
        SELECT e.kind, e.ref_id, e.document_id, d.name, e.page,
               ts_headline('english', e.text, q.q, :o), top.score
        FROM top JOIN search_entries AS e ON e.id = top.id JOIN documents AS d ON d.id = e.document_id, q
        ORDER BY top.score DESC, e.id
    """
    rows = session.execute(text(sql), {"q": query, "n": limit, "o": options})
    return [
        Hit(kind, ref, doc, name, page, snip, float(score))
        for kind, ref, doc, name, page, snip, score in rows
    ]
