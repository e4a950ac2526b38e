"""Full-text search over articles and annotations, ranked, with snippets.

The user's words are turned into a safe FTS5 query: every word is quoted (so
``-``, ``:`` or ``*`` typed by a user are not syntax) and matched as a prefix,
which also finds Indonesian suffixed forms (``perang`` → ``perangnya``);
"quoted phrases" stay phrases. Accents are folded by the tokenizer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .base import Service

MARK_START, MARK_END = "\x02", "\x03"  # snippet highlight marks; front ends style them
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    parts = []
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"*' for w in _WORD.findall(word))
    return " ".join(parts) or '""'


@dataclass
class SearchHit:
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

    _legacy_call = "find"

    def find(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles and annotations matching ``query``, best first."""
        if not _WORD.search(query):
            return []
        q = fts_query(query)
        # Rank, limit and snip inside each FTS index first, then read the titles (and the
        # annotations' kinds and speakers) of only the rows shown: joining before
        # ``ORDER BY rank LIMIT`` would read the row of every match.
        ranked = self.db.execute(
            "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS rank,"
            f" snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16)"
            " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            [q, limit]).fetchall()
        rows = self._by_id("SELECT id, title, source FROM articles", "id",
                           [r[0] for r in ranked])
        hits = [SearchHit("article", rowid, rows[rowid]["title"], rows[rowid]["source"], snip,
                          rank) for rowid, rank, snip in ranked if rowid in rows]
        ranked = self.db.execute(
            "SELECT rowid, bm25(annotations_fts) AS rank,"
            f" snippet(annotations_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16)"
            " FROM annotations_fts WHERE annotations_fts MATCH ? ORDER BY rank LIMIT ?",
            [q, limit]).fetchall()
        rows = self._by_id(
            "SELECT n.id, n.article_id, n.kind, a.title, a.source, s.name AS speaker"
            " FROM annotations n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id", "n.id", [r[0] for r in ranked])
        hits += [SearchHit("annotation", r["article_id"], r["title"], r["source"], snip, rank,
                           r["id"], r["kind"], r["speaker"] or "")
                 for rowid, rank, snip in ranked if (r := rows.get(rowid))]
        hits.sort(key=lambda hit: hit.rank)
        return hits[:limit]

    def _by_id(self, select: str, key: str, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        rows = self._all(f"{select} WHERE {key} IN (SELECT value FROM json_each(?))",
                         [json.dumps(ids)])
        return {row["id"]: row for row in rows}
