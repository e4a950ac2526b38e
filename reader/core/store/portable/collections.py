"""Collections and which articles are in them (``CollectionStore``): the statements both
engines share."""

from __future__ import annotations

from collections.abc import Iterable

from ..rows import Row
from . import Sql, ids_found, optional_id, put_back_named


class PortableCollections:
    def __init__(self, sql: Sql):
        self.sql = sql

    def counted(self) -> list[Row]:
        return self.sql.rows(
            "SELECT c.id, c.name, count(ac.article_id) AS articles,"
            " coalesce(c.uuid, '') AS uuid FROM collections c"
            " LEFT JOIN article_collections ac ON ac.collection_id = c.id"
            f" GROUP BY c.id ORDER BY {self.sql.nocase('c.name')}, c.id")

    def find(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM collections WHERE name = ?", [name]))

    def get(self, collection_id: int) -> Row | None:
        return self.sql.one("SELECT id, name, created_at, uuid, blind FROM collections"
                            " WHERE id = ?", [collection_id])

    def insert(self, name: str, created_at: str) -> int:
        return self.sql.insert("INSERT INTO collections (name, created_at) VALUES (?, ?)",
                               [name, created_at])

    def rename(self, collection_id: int, name: str) -> None:
        self.sql.run("UPDATE collections SET name = ? WHERE id = ?", [name, collection_id])

    def delete(self, collection_id: int) -> None:
        self.sql.run("DELETE FROM collections WHERE id = ?", [collection_id])

    def put_back(self, row: Row) -> int:
        return put_back_named(self.sql, "collections", row)

    def members(self, collection_id: int) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT article_id FROM article_collections WHERE collection_id = ?"
            " ORDER BY article_id", [collection_id])]

    def of_article(self, article_id: int) -> list[Row]:
        return self.sql.rows(
            "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid FROM collections c"
            " JOIN article_collections ac ON ac.collection_id = c.id"
            f" WHERE ac.article_id = ? ORDER BY {self.sql.nocase('c.name')}, c.id", [article_id])

    def link(self, article_id: int, collection_id: int) -> None:
        self.sql.run("INSERT INTO article_collections (article_id, collection_id)"
                     " VALUES (?, ?) ON CONFLICT DO NOTHING", [article_id, collection_id])

    def unlink(self, article_id: int, collection_id: int) -> None:
        self.sql.run("DELETE FROM article_collections WHERE article_id = ?"
                     " AND collection_id = ?", [article_id, collection_id])

    def existing_articles(self, article_ids: Iterable[int]) -> set[int]:
        return ids_found(self.sql, "articles", article_ids)
