"""Full-text search over articles and annotations, ranked, with snippets.

The user's words are turned into a safe FTS5 query: every word is quoted (so
``-``, ``:`` or ``*`` typed by a user are not syntax) and matched as a prefix,
which also finds Indonesian suffixed forms (``perang`` → ``perangnya``);
"quoted phrases" stay phrases. Accents are folded by the tokenizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import LibraryBase

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


class SearchMixin(LibraryBase):
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles and annotations matching ``query``, best first."""
        if not _WORD.search(query):
            return []
        q = fts_query(query)
        articles = self._all(
            f"SELECT a.id, a.title, a.source, bm25(articles_fts, 5.0, 1.0) AS rank,"
            f" snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16) AS snip"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", [q, limit])
        hits = [SearchHit("article", r["id"], r["title"], r["source"], r["snip"], r["rank"])
                for r in articles]
        notes = self._all(
            "SELECT n.id, n.article_id, n.kind, a.title, a.source, s.name AS speaker,"
            " bm25(annotations_fts) AS rank,"
            f" snippet(annotations_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16) AS snip"
            " FROM annotations_fts JOIN annotations n ON n.id = annotations_fts.rowid"
            " JOIN articles a ON a.id = n.article_id LEFT JOIN speakers s ON s.id = n.speaker_id"
            " WHERE annotations_fts MATCH ? ORDER BY rank LIMIT ?", [q, limit])
        hits += [SearchHit("annotation", r["article_id"], r["title"], r["source"], r["snip"],
                           r["rank"], r["id"], r["kind"], r["speaker"] or "") for r in notes]
        hits.sort(key=lambda hit: hit.rank)
        return hits[:limit]
