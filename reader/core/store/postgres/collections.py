"""Collections in a team library (``CollectionStore``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..interfaces import Row
from .common import by_name, put_back_named
from .connection import PgDatabase


class PgCollections:
    def __init__(self, db: PgDatabase):
        self.db = db

    def counted(self) -> list[Row]:
        return self.db.rows(
            "SELECT c.id, c.name::text AS name, count(ac.article_id)::int AS articles,"
            " coalesce(c.uuid, '') AS uuid FROM collections c"
            " LEFT JOIN article_collections ac ON ac.collection_id = c.id"
            f" GROUP BY c.id ORDER BY {by_name('c.name')}, c.id")

    def find(self, name: str) -> int | None:
        found = self.db.value("SELECT id FROM collections WHERE name = ?", [name])
        return None if found is None else int(found)

    def get(self, collection_id: int) -> Row | None:
        rows = self.db.rows("SELECT id, name::text AS name, created_at, uuid, blind"
                            " FROM collections WHERE id = ?", [collection_id])
        return rows[0] if rows else None

    def insert(self, name: str, created_at: str) -> int:
        return int(self.db.value("INSERT INTO collections (name, created_at) VALUES (?, ?)"
                                 " RETURNING id", [name, created_at]))

    def rename(self, collection_id: int, name: str) -> None:
        self.db.execute("UPDATE collections SET name = ? WHERE id = ?", [name, collection_id])

    def delete(self, collection_id: int) -> None:
        self.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])

    def put_back(self, row: Row) -> int:
        return put_back_named(self.db, "collections", row)

    def members(self, collection_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT article_id FROM article_collections WHERE collection_id = ?"
            " ORDER BY article_id", [collection_id])]

    def of_article(self, article_id: int) -> list[Row]:
        return self.db.rows(
            "SELECT c.id, c.name::text AS name, coalesce(c.uuid, '') AS uuid FROM collections c"
            " JOIN article_collections ac ON ac.collection_id = c.id"
            f" WHERE ac.article_id = ? ORDER BY {by_name('c.name')}, c.id", [article_id])

    def link(self, article_id: int, collection_id: int) -> None:
        self.db.execute("INSERT INTO article_collections (article_id, collection_id)"
                        " VALUES (?, ?) ON CONFLICT DO NOTHING", [article_id, collection_id])

    def unlink(self, article_id: int, collection_id: int) -> None:
        self.db.execute("DELETE FROM article_collections WHERE article_id = ?"
                        " AND collection_id = ?", [article_id, collection_id])

    def existing_articles(self, article_ids: Iterable[int]) -> set[int]:
        ids = [int(i) for i in article_ids]
        if not ids:
            return set()
        return {int(r[0]) for r in self.db.execute(
            "SELECT id FROM articles WHERE id = ANY(?)", [ids])}
