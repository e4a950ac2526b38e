"""Full-text search in SQLite (``SearchStore``) over the FTS5 indexes; the heads of the rows
shown are read by portable SQL (``store.portable.search``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.search import PortableSearch
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteSearch(PortableSearch):
    """FTS5 over ``articles_fts`` and ``annotations_fts``: rank, limit and snip inside each
    index first, then read the heads of only the rows shown (joining before ``ORDER BY rank
    LIMIT`` would read the row of every match)."""

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
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
