"""Full-text search over articles and annotations, ranked, with snippets.

The user's words are turned into a safe FTS5 query: every word is quoted (so
``-``, ``:`` or ``*`` typed by a user are not syntax) and matched as a prefix,
which also finds Indonesian suffixed forms (``perang`` → ``perangnya``);
"quoted phrases" stay phrases. Accents are folded by the tokenizer.

A long query is simplified before it reaches FTS5, whose ranking and snippets cost grows
with every term (200 words took 17 s, 1,000 over a minute): at most ``MAX_TERMS`` terms
are kept, phrases first, then the longest distinct words (the rarer ones, so the most
selective), each phrase cut to ``MAX_PHRASE_WORDS`` words and each word to
``MAX_WORD_CHARS`` characters (as a prefix it still matches the whole word). Every hit of
the simplified query contains the terms kept, in the order typed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..store.rows import MARK_END as MARK_END
from ..store.rows import MARK_START as MARK_START
from .base import Service

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


MAX_TERMS = 12
MAX_PHRASE_WORDS = 12
MAX_WORD_CHARS = 64

#: pages (4 KB) one purge step writes: ≈ 0.1 s at 100,000 articles (its longest 0.2 s
#: under load); a purge of the 100k library's article index takes ≈ 60 of them
PURGE_PAGES = 500


def fts_query(text: str) -> str:
    if not text.isascii():  # (ASCII is NFC already: most queries load no unicodedata)
        import unicodedata

        text = unicodedata.normalize("NFC", text)  # as the stored text is
    terms: list[tuple[int, int, str]] = []  # (priority, position, FTS5 term)
    seen: set[str] = set()
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            words = [w[:MAX_WORD_CHARS] for w in _WORD.findall(phrase)][:MAX_PHRASE_WORDS]
            term = '"' + " ".join(words) + '"' if words else ""
            priority = 10**6  # a phrase narrows the most
        else:
            for w in _WORD.findall(word):
                w = w[:MAX_WORD_CHARS]
                if w.casefold() not in seen:
                    seen.add(w.casefold())
                    terms.append((len(w), len(terms), f'"{w}"*'))
            continue
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append((priority, len(terms), term))
    if len(terms) > MAX_TERMS:  # the most selective terms, in the order they were typed
        kept = sorted(terms, key=lambda t: (-t[0], t[1]))[:MAX_TERMS]
        terms = sorted(kept, key=lambda t: t[1])
    return " ".join(term for _, _, term in terms) or '""'


@dataclass
class SearchHit:
    """A search match: an article (its title or text) or one of its annotations, with a
    snippet around the words found."""

    kind: str  # "article" or "annotation"
    article_id: int
    title: str
    source: str
    snippet: str
    rank: float
    annotation_id: int | None = None
    annotation_kind: str = ""
    speaker: str = ""

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


class Search(Service):
    """``library.search``: ranked full-text search with snippets."""

    def find(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles and annotations matching ``query``, best first."""
        if not _WORD.search(query):
            return []
        q = fts_query(query)
        store = self._session.stores.search
        marks = (MARK_START, MARK_END)
        ranked = store.ranked_articles(q, limit, marks)
        rows = store.article_heads([r[0] for r in ranked])
        hits = [SearchHit("article", rowid, rows[rowid]["title"], rows[rowid]["source"], snip,
                          rank) for rowid, rank, snip in ranked if rowid in rows]
        ranked = store.ranked_annotations(q, limit, marks)
        rows = store.annotation_heads([r[0] for r in ranked])
        hits += [SearchHit("annotation", r["article_id"], r["title"], r["source"], snip, rank,
                           r["id"], r["kind"], r["speaker"] or "")
                 for rowid, rank, snip in ranked if (r := rows.get(rowid))]
        hits.sort(key=lambda hit: hit.rank)
        return hits[:limit]

    def purge_owed(self) -> bool:
        """Whether words deleted or edited away are still readable in the full-text index
        (review R21-8): the index keeps them until a merge takes in its oldest part."""
        return self._session.stores.search.purge_owed()

    def purge(self, seconds: float | None = None,
              should_cancel: Callable[[], bool] | None = None) -> bool:
        """Take the words of deleted rows and edited-away text out of the full-text indexes,
        in steps of one short transaction each (FTS5 merges of ``PURGE_PAGES`` pages), until
        done, ``seconds`` have passed or ``should_cancel()``; the next purge goes on from
        there. A whole purge rewrites the index (the 100k library's articles: ≈ 60 steps,
        6 s in all), so it runs where no one waits: a thread of the app, or ``close``'s
        short allowance. Nothing is announced: the library's data did not change. A step
        never waits for another program's write lock: it raises ``StoreError`` (busy, as a
        read-only file does), and the purge goes on another time.
        Returns True when nothing is owed any more."""
        stores = self._session.stores
        if not stores.search.purge_owed():
            return True
        deadline = None if seconds is None else time.monotonic() + seconds
        while True:
            if should_cancel is not None and should_cancel():
                return False
            with stores.impatient(), stores.derived_only(), stores.transaction():
                done = stores.search.purge_step(PURGE_PAGES)
            if done:
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False
