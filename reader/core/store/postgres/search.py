"""Full-text search in a team library (``SearchStore``) with PostgreSQL's own machinery:
the ``kutip`` text search configuration (``simple`` with accents folded by ``unaccent``),
a ``tsvector`` per article and per annotation under GIN indexes, ``ts_rank`` (an article's
title counts five times its text, as in the local library) and ``ts_headline`` snippets.

The services hand over the query in the form they give SQLite's FTS5 (``fts_query``: every
term quoted, words as prefixes ``"perang"*``, phrases ``"kami tidak"``, all required);
``tsquery`` turns it into PostgreSQL's (``'perang':* & 'kami' <-> 'tidak'``). The heads of
the rows shown are read by portable SQL (``store.portable.search``).
"""

from __future__ import annotations

import re

from ..portable.search import PortableSearch
from .common import PgSql
from .connection import PgDatabase

_TERM = re.compile(r'"([^"]*)"(\*?)')
_WORD = re.compile(r"\w+")
#: ts_rank's weights for D, C, B, A: a title (A) counts five times the text (D)
WEIGHTS = "{0.2, 0.2, 0.2, 1.0}"
#: ts_rank's normalisation: divide by 1 + the logarithm of the document's length (as bm25
#: prefers the shorter of two documents matching as often)
NORMALISATION = 1
#: about the length of the local library's snippets (16 tokens)
HEADLINE = "MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=\" … \""


def tsquery(fts: str) -> str:
    """The ``to_tsquery`` text of an FTS5 query as ``fts_query`` writes it; "" when it
    has no word."""
    terms = []
    for words, prefix in _TERM.findall(fts):
        found = _WORD.findall(words)
        if not found:
            continue
        if len(found) == 1:
            terms.append(f"'{found[0]}'" + (":*" if prefix else ""))
        else:
            terms.append("(" + " <-> ".join(f"'{w}'" for w in found) + ")")
    return " & ".join(terms)


def _options(marks: tuple[str, str]) -> str:
    start, stop = (m.replace('"', "") for m in marks)
    return f'StartSel="{start}", StopSel="{stop}", {HEADLINE}'


def _with_ellipses(snippet: str, text: str, marks: tuple[str, str]) -> str:
    """``…`` where the snippet leaves text out before or after it, as SQLite's have."""
    plain = snippet.replace(marks[0], "").replace(marks[1], "")
    if not plain:
        return snippet
    at = text.find(plain)
    if at != 0:
        snippet = "…" + snippet
    if at < 0 or at + len(plain) < len(text.rstrip()):
        snippet += "…"
    return snippet


class PgSearch(PortableSearch):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def ranked_articles(self, query: str, limit: int, marks: tuple[str, str]
                        ) -> list[tuple[int, float, str]]:
        q = tsquery(query)
        if not q:
            return []
        rows = self.db.execute(
            "WITH q AS (SELECT to_tsquery('kutip', ?) AS q),"
            " best AS (SELECT s.article_id, ts_rank(?::float4[], s.doc, q.q, ?) AS rank"
            "          FROM article_search s, q WHERE s.doc @@ q.q"
            "          ORDER BY rank DESC, s.article_id LIMIT ?)"
            " SELECT b.article_id, b.rank, ts_headline('kutip', a.text, q.q, ?), a.text"
            " FROM best b JOIN articles a ON a.id = b.article_id, q"
            " ORDER BY b.rank DESC, b.article_id",
            [q, WEIGHTS, NORMALISATION, limit, _options(marks)]).fetchall()
        return [(int(r[0]), -float(r[1]), _with_ellipses(r[2], r[3], marks)) for r in rows]

    def ranked_annotations(self, query: str, limit: int, marks: tuple[str, str]
                           ) -> list[tuple[int, float, str]]:
        q = tsquery(query)
        if not q:
            return []
        rows = self.db.execute(
            "WITH q AS (SELECT to_tsquery('kutip', ?) AS q),"
            " best AS (SELECT s.annotation_id, ts_rank(s.doc, q.q, ?) AS rank"
            "          FROM annotation_search s, q WHERE s.doc @@ q.q"
            "          ORDER BY rank DESC, s.annotation_id LIMIT ?),"
            " shown AS (SELECT b.annotation_id, b.rank,"
            "           CASE WHEN n.note = '' OR to_tsvector('kutip', n.exact) @@ q.q"
            "                THEN n.exact ELSE n.note END AS text"
            "           FROM best b JOIN annotations n ON n.id = b.annotation_id, q)"
            " SELECT s.annotation_id, s.rank, ts_headline('kutip', s.text, q.q, ?), s.text"
            " FROM shown s, q ORDER BY s.rank DESC, s.annotation_id",
            [q, NORMALISATION, limit, _options(marks)]).fetchall()
        return [(int(r[0]), -float(r[1]), _with_ellipses(r[2], r[3], marks)) for r in rows]

    def purge_owed(self) -> bool:
        return False  # (a team library: its dead rows are PostgreSQL's VACUUM's to clear)

    def purge_step(self, pages: int) -> bool:
        return True
