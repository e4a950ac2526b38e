"""The SQLite store of coders: who made each annotation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import chunks, dict_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteCoders:
    def __init__(self, db: Database):
        self.db = db

    def counted(self) -> list[Row]:
        return dict_rows(
            self.db, "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid,"
            " count(n.id) AS annotations, count(DISTINCT n.article_id) AS articles"
            " FROM coders c LEFT JOIN annotations n ON n.coder_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE")

    def find(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def insert(self, name: str, created_at: str, uuid: str | None = None) -> int:
        if uuid and self.db.execute("SELECT 1 FROM coders WHERE uuid = ?", [uuid]).fetchone():
            uuid = None
        cursor = self.db.execute("INSERT INTO coders (name, created_at, uuid) VALUES (?, ?, ?)",
                                 [name, created_at, uuid])
        return int(cursor.lastrowid or 0)

    def default_id(self) -> int | None:
        row = self.db.execute("SELECT min(id) FROM coders").fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def blind_collections(self) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM collections WHERE blind ORDER BY id")]

    def set_blind(self, collection_id: int, blind: bool) -> None:
        self.db.execute("UPDATE collections SET blind = ? WHERE id = ?",
                        [int(blind), collection_id])

    def blind_articles(self, article_ids: Iterable[int] | None = None) -> set[int]:
        sql = ("SELECT DISTINCT ac.article_id FROM article_collections ac"
               " JOIN collections c ON c.id = ac.collection_id WHERE c.blind")
        if article_ids is None:
            return {int(r[0]) for r in self.db.execute(sql)}
        found: set[int] = set()
        for part in chunks(list(article_ids)):
            found.update(int(r[0]) for r in self.db.execute(
                sql + f" AND ac.article_id IN ({','.join('?' * len(part))})", part))
        return found

    def kind_counts(self, coder_id: int, article_ids: Iterable[int]
                    ) -> dict[int, dict[str, int]]:
        found: dict[int, dict[str, int]] = {}
        for part in chunks(list(article_ids)):
            for article_id, kind, n in self.db.execute(
                    "SELECT article_id, kind, count(*) FROM annotations WHERE coder_id = ?"
                    f" AND article_id IN ({','.join('?' * len(part))})"
                    " GROUP BY article_id, kind", [coder_id, *part]):
                found.setdefault(int(article_id), {})[str(kind)] = int(n)
        return found

    def fixed_name(self) -> str | None:
        return None  # one person's file: they choose who is coding

    def name_of(self, coder_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM coders WHERE id = ?", [coder_id]).fetchone()
        return None if row is None else str(row[0])
