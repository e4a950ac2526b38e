"""The SQLite store of full-text search over the FTS5 indexes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import dict_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteSearch:
    """FTS5 over ``articles_fts`` and ``annotations_fts``: rank, limit and snip inside each
    index first, then read the heads of only the rows shown (joining before ``ORDER BY rank
    LIMIT`` would read the row of every match)."""

    def __init__(self, db: Database):
        self.db = db

    def _ranked(self, table: str, weights: str, column: int, query: str, limit: int,
                marks: tuple[str, str]) -> list[tuple[int, float, str]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            f"SELECT rowid, bm25({table}{weights}) AS rank,"
            f" snippet({table}, {column}, ?, ?, '…', 16)"
            f" FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
            [marks[0], marks[1], query, limit])]

    def ranked_articles(self, query: str, limit: int, marks: tuple[str, str]
                        ) -> list[tuple[int, float, str]]:
        return self._ranked("articles_fts", ", 5.0, 1.0", 1, query, limit, marks)

    def ranked_annotations(self, query: str, limit: int, marks: tuple[str, str]
                           ) -> list[tuple[int, float, str]]:
        return self._ranked("annotations_fts", "", -1, query, limit, marks)

    def _by_id(self, select: str, key: str, ids: list[int]) -> dict[int, Row]:
        if not ids:
            return {}
        rows = dict_rows(self.db, f"{select} WHERE {key} IN (SELECT value FROM json_each(?))",
                         [json.dumps(ids)])
        return {row["id"]: row for row in rows}

    def article_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id("SELECT id, title, source FROM articles", "id", ids)

    def annotation_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id(
            "SELECT n.id, n.article_id, n.kind, a.title, a.source, s.name AS speaker"
            " FROM annotations n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id", "n.id", ids)
