"""Search finds a planted phrase, ranked, with the matched words marked, on both backends."""

from __future__ import annotations

from scrutiny.store.db import session_scope
from scrutiny.store.prepare import prepare
from scrutiny.store.search import MARK, fts5_query, search

from .helpers import store_all, write_minutes


def test_a_planted_phrase_is_found_with_a_highlighted_snippet(engine, tmp_path, prepared_samples):
    store_all(engine, prepared_samples)
    planted = write_minutes(
        tmp_path, 7, extra="Members discussed the heliotrope lanyard procurement at length."
    )
    store_all(engine, [prepare(planted)])
    with session_scope(engine) as s:
        hits = search(s, "heliotrope lanyard", limit=10)
        assert hits, "the planted phrase was not found"
        best = hits[0]
        assert best.kind == "passage" and best.document == planted.name
        assert (
            f"{MARK[0]}heliotrope{MARK[1]}" in best.snippet and f"{MARK[0]}lanyard{MARK[1]}" in best.snippet
        )
        assert ("heliotrope", True) in best.fragments()
        assert search(s, '"lanyard heliotrope"') == []  # a phrase keeps its order
        assert search(s, "heliotrope zanzibar") == []  # every word is required
        either = search(s, "heliotrope OR zanzibar")
        assert either and either[0].document == planted.name


def test_kinds_are_ranked_together(samples_engine, prepared_samples):
    engine = samples_engine
    with session_scope(engine) as s:
        hits = search(s, "abandonment", limit=50)
        kinds = {h.kind for h in hits}
        assert {"action", "passage"} <= kinds
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        meetings = search(s, "Kingsmere Police and Crime Panel", limit=50)
        assert any(h.kind == "meeting" for h in meetings)
        decisions = search(s, "Millbrook", limit=50)
        assert any(h.kind == "decision" for h in decisions)
        assert not search(s, "Millbrook", limit=50, restricted=False)  # Part II stays out of public view


def test_user_input_cannot_break_the_query(samples_engine, prepared_samples):
    engine = samples_engine
    with session_scope(engine) as s:
        for query in ['P&R "June', "NEAR(x y)", "a*b:c^", "-(", "OR", '""', "   "]:
            search(s, query)  # no syntax error on either backend
    assert fts5_query('P&R "June board"') == '"P" "R" "June board"'
    assert fts5_query("OR") is None
