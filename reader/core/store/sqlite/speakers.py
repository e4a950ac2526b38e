"""Speakers and their aliases, in SQLite (``SpeakerStore``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import dict_rows, one_row, put_back_named

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteSpeakers:
    """Names and aliases are ``UNIQUE COLLATE NOCASE``, so ``= ?`` compares case-blind."""

    def __init__(self, db: Database):
        self.db = db

    def _id(self, sql: str, params: list[object]) -> int | None:
        row = self.db.execute(sql, params).fetchone()
        return None if row is None else int(row[0])

    def resolve(self, name: str) -> int | None:
        return self._id("SELECT id FROM speakers WHERE name = ? UNION ALL"
                        " SELECT speaker_id FROM speaker_aliases WHERE alias = ? LIMIT 1",
                        [name, name])

    def find(self, name: str) -> int | None:
        return self._id("SELECT id FROM speakers WHERE name = ?", [name])

    def get(self, speaker_id: int) -> Row | None:
        return one_row(self.db, "SELECT id, name, description, uuid FROM speakers WHERE id = ?",
                       [speaker_id])

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT name FROM speakers ORDER BY name COLLATE NOCASE")]

    def counted(self) -> list[Row]:
        rows = dict_rows(
            self.db,
            "SELECT s.id, s.name, s.description, coalesce(s.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotations n WHERE n.speaker_id = s.id) AS quotes,"
            " (SELECT group_concat(alias, char(31)) FROM speaker_aliases a"
            "  WHERE a.speaker_id = s.id) AS aliases"
            " FROM speakers s ORDER BY s.name COLLATE NOCASE")
        for row in rows:
            row["aliases"] = row["aliases"].split("\x1f") if row["aliases"] else []
        return rows

    def lookup(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT name, name FROM speakers UNION ALL SELECT a.alias, s.name"
            " FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id")]

    def alias_owner(self, alias: str) -> Row | None:
        return one_row(self.db, "SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s"
                                " ON s.id = a.speaker_id WHERE a.alias = ?", [alias])

    def quoting(self, speaker_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM annotations WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def alias_ids(self, speaker_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def insert(self, name: str, description: str = "", speaker_id: int | None = None) -> int:
        cursor = self.db.execute("INSERT INTO speakers (id, name, description) VALUES (?, ?, ?)",
                                 [speaker_id, name, description])
        return int(cursor.lastrowid or 0)

    def rename(self, speaker_id: int, name: str) -> None:
        self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", [name, speaker_id])

    def describe(self, speaker_id: int, description: str) -> None:
        self.db.execute("UPDATE speakers SET description = ? WHERE id = ?",
                        [description, speaker_id])

    def add_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                        [speaker_id, alias])

    def remove_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                        [speaker_id, alias])

    def move(self, source_id: int, target_id: int) -> None:
        for table in ("annotations", "speaker_aliases"):
            self.db.execute(f"UPDATE {table} SET speaker_id = ? WHERE speaker_id = ?",
                            [target_id, source_id])

    def move_back(self, annotation_ids: Iterable[int], alias_ids: Iterable[int],
                  source_id: int, target_id: int) -> None:
        for table, ids in (("annotations", annotation_ids), ("speaker_aliases", alias_ids)):
            self.db.conn.executemany(
                f"UPDATE {table} SET speaker_id = ? WHERE id = ? AND speaker_id = ?",
                [(target_id, row_id, source_id) for row_id in ids])

    def delete(self, speaker_id: int) -> None:
        self.db.execute("DELETE FROM speakers WHERE id = ?", [speaker_id])

    def delete_unquoted(self, speaker_id: int) -> bool:
        cursor = self.db.execute("DELETE FROM speakers WHERE id = ? AND NOT EXISTS (SELECT 1"
                                 " FROM annotations WHERE speaker_id = ?)",
                                 [speaker_id, speaker_id])
        return cursor.rowcount > 0

    def put_back(self, row: Row) -> int:
        return put_back_named(self.db, "speakers", row)
