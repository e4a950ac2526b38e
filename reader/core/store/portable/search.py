"""Full-text search (``SearchStore``): the heads of the rows a search shows, read the same
on both engines. Matching, ranking and snippets are each engine's own (SQLite's FTS5,
PostgreSQL's text search)."""

from __future__ import annotations

from ..rows import Row
from . import Sql


class PortableSearch:
    def __init__(self, sql: Sql):
        self.sql = sql

    def _by_id(self, select: str, key: str, ids: list[int]) -> dict[int, Row]:
        if not ids:
            return {}
        condition, params = self.sql.any_of(key, ids)
        return {int(row["id"]): row for row in self.sql.rows(f"{select} WHERE {condition}",
                                                             params)}

    def article_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id("SELECT id, title, source FROM articles", "id", ids)

    def annotation_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id(
            "SELECT n.id, n.article_id, n.kind, a.title, a.source, s.name AS speaker"
            " FROM annotations n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id", "n.id", ids)
