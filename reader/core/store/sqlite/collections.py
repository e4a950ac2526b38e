"""The SQLite store of collections and which articles are in them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import chunks, dict_rows, marks, put_back_named

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteCollections:
    def __init__(self, db: Database):
        self.db = db

    def counted(self) -> list[Row]:
        return dict_rows(
            self.db, "SELECT c.id, c.name, count(ac.article_id) AS articles,"
            " coalesce(c.uuid, '') AS uuid FROM collections c"
            " LEFT JOIN article_collections ac ON ac.collection_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE")

    def find(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM collections WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def get(self, collection_id: int) -> Row | None:
        rows = dict_rows(self.db, "SELECT * FROM collections WHERE id = ?", [collection_id])
        return rows[0] if rows else None

    def insert(self, name: str, created_at: str) -> int:
        cursor = self.db.execute("INSERT INTO collections (name, created_at) VALUES (?, ?)",
                                 [name, created_at])
        return int(cursor.lastrowid or 0)

    def rename(self, collection_id: int, name: str) -> None:
        self.db.execute("UPDATE collections SET name = ? WHERE id = ?", [name, collection_id])

    def delete(self, collection_id: int) -> None:
        self.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])

    def put_back(self, row: Row) -> int:
        return put_back_named(self.db, "collections", row)

    def members(self, collection_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT article_id FROM article_collections WHERE collection_id = ?"
            " ORDER BY article_id", [collection_id])]

    def of_article(self, article_id: int) -> list[Row]:
        return dict_rows(
            self.db, "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid FROM collections c"
            " JOIN article_collections ac ON ac.collection_id = c.id"
            " WHERE ac.article_id = ? ORDER BY c.name COLLATE NOCASE", [article_id])

    def link(self, article_id: int, collection_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO article_collections (article_id, collection_id)"
                        " VALUES (?, ?)", [article_id, collection_id])

    def unlink(self, article_id: int, collection_id: int) -> None:
        self.db.execute("DELETE FROM article_collections WHERE article_id = ?"
                        " AND collection_id = ?", [article_id, collection_id])

    def existing_articles(self, article_ids: Iterable[int]) -> set[int]:
        found: set[int] = set()
        for part in chunks(list(article_ids)):
            found.update(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks(part)})", part))
        return found
