"""Long search queries are simplified to their most selective terms (issue 17.12).

A query of 200 words took 17 s and 1,000 over a minute (FTS5 ranks and snips per term);
what reaches FTS5 is now bounded. Speed is measured in bench/run.py ("a 1,000-word pasted
paragraph"); these tests check what is kept.
"""

from __future__ import annotations

import re

from reader.core.library.search import MAX_TERMS, MAX_WORD_CHARS, fts_query


def terms(query: str) -> list[str]:
    return re.findall(r'"[^"]*"\*?', fts_query(query))


def test_a_long_query_keeps_its_phrases_and_longest_words_in_order():
    query = " ".join(["yang", "di"] * 300 + ['"jaminan keamanan"', "Ukraina", "berunding"]
                     + [f"kata{i}" for i in range(500)])
    kept = terms(query)
    assert len(kept) == MAX_TERMS
    assert kept[0] == '"jaminan keamanan"' and kept[1:3] == ['"Ukraina"*', '"berunding"*']


def test_short_queries_are_unchanged_and_repeats_dropped():
    assert fts_query('perang Perang "jaminan keamanan" NATO') == (
        '"perang"* "jaminan keamanan" "NATO"*')
    assert terms("x" * 5000) == [f'"{"x" * MAX_WORD_CHARS}"*']


def test_a_pasted_paragraph_finds_its_article_first(seeded_library, seed_id):
    text = seeded_library.articles.get(seed_id).text
    hits = seeded_library.search.find(" ".join(text.split()[:1000]), limit=5)
    assert hits and hits[0].article_id == seed_id
