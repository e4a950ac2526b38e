"""Speakers and their aliases in a team library (``SpeakerStore``). Names and aliases are
``citext``: ``= ?`` compares case-blind."""

from __future__ import annotations

from collections.abc import Iterable

from ..interfaces import Row
from .common import by_name, put_back_named
from .connection import PgDatabase


class PgSpeakers:
    def __init__(self, db: PgDatabase):
        self.db = db

    def _id(self, sql: str, params: list[object]) -> int | None:
        found = self.db.value(sql, params)
        return None if found is None else int(found)

    def resolve(self, name: str) -> int | None:
        return self._id("(SELECT id FROM speakers WHERE name = ?) UNION ALL"
                        " (SELECT speaker_id FROM speaker_aliases WHERE alias = ?) LIMIT 1",
                        [name, name])

    def find(self, name: str) -> int | None:
        return self._id("SELECT id FROM speakers WHERE name = ?", [name])

    def get(self, speaker_id: int) -> Row | None:
        rows = self.db.rows("SELECT id, name::text AS name, description, uuid FROM speakers"
                            " WHERE id = ?", [speaker_id])
        return rows[0] if rows else None

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            f"SELECT name::text FROM speakers ORDER BY {by_name()}, id")]

    def counted(self) -> list[Row]:
        rows = self.db.rows(
            "SELECT s.id, s.name::text AS name, s.description, coalesce(s.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotations n WHERE n.speaker_id = s.id)::int AS quotes,"
            " ARRAY(SELECT a.alias::text FROM speaker_aliases a WHERE a.speaker_id = s.id"
            "       ORDER BY a.id) AS aliases"
            f" FROM speakers s ORDER BY {by_name('s.name')}, s.id")
        for row in rows:
            row["aliases"] = list(row["aliases"])
        return rows

    def lookup(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT name::text, name::text FROM speakers UNION ALL"
            " SELECT a.alias::text, s.name::text"
            " FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id")]

    def alias_owner(self, alias: str) -> Row | None:
        rows = self.db.rows("SELECT s.id, s.name::text AS name FROM speaker_aliases a"
                            " JOIN speakers s ON s.id = a.speaker_id WHERE a.alias = ?",
                            [alias])
        return rows[0] if rows else None

    def quoting(self, speaker_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM annotations WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def alias_ids(self, speaker_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def insert(self, name: str, description: str = "", speaker_id: int | None = None) -> int:
        if speaker_id is None:
            return int(self.db.value("INSERT INTO speakers (name, description) VALUES (?, ?)"
                                     " RETURNING id", [name, description]))
        return int(self.db.value("INSERT INTO speakers (id, name, description)"
                                 " VALUES (?, ?, ?) RETURNING id",
                                 [speaker_id, name, description]))

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
            self.db.execute(f"UPDATE {table} SET speaker_id = ? WHERE id = ANY(?)"
                            " AND speaker_id = ?", [target_id, [int(i) for i in ids], source_id])

    def delete(self, speaker_id: int) -> None:
        self.db.execute("DELETE FROM speakers WHERE id = ?", [speaker_id])

    def delete_unquoted(self, speaker_id: int) -> bool:
        cursor = self.db.execute("DELETE FROM speakers WHERE id = ? AND NOT EXISTS (SELECT 1"
                                 " FROM annotations WHERE speaker_id = ?)",
                                 [speaker_id, speaker_id])
        return cursor.rowcount > 0

    def put_back(self, row: Row) -> int:
        return put_back_named(self.db, "speakers", row)
