"""Speakers and their aliases (``SpeakerStore``): the statements both engines share. Names
and aliases compare case-blind with ``= ?`` (SQLite: ``COLLATE NOCASE``; PostgreSQL:
``citext``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..blind import unseen_sql
from ..rows import Row
from . import Sql, like_escape, optional_id, put_back_named


class PortableSpeakers:
    def __init__(self, sql: Sql):
        self.sql = sql

    def resolve(self, name: str) -> int | None:
        return optional_id(self.sql.value(
            "SELECT id FROM speakers WHERE name = ? UNION ALL"
            " SELECT speaker_id FROM speaker_aliases WHERE alias = ? LIMIT 1", [name, name]))

    def find(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM speakers WHERE name = ?", [name]))

    def get(self, speaker_id: int) -> Row | None:
        return self.sql.one("SELECT id, name, description, uuid FROM speakers WHERE id = ?",
                            [speaker_id])

    def names(self) -> list[str]:
        return self.sql.column(f"SELECT name FROM speakers ORDER BY {self.sql.nocase('name')}")

    def names_by_id(self) -> dict[int, str]:
        return {int(speaker_id): name
                for speaker_id, name in self.sql.tuples("SELECT id, name FROM speakers")}

    def counted(self, viewer: int | None = None) -> list[Row]:
        """Each speaker with its ``quotes`` and its ``aliases`` (a list), by name."""
        rows = self.sql.rows(
            "SELECT s.id, s.name, s.description, coalesce(s.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotations n WHERE n.speaker_id = s.id) AS quotes"
            f" FROM speakers s ORDER BY {self.sql.nocase('s.name')}, s.id")
        unseen: dict[int, int] = {}
        if viewer is not None:  # (everyone's counted over the index, less the blind others')
            condition, params = unseen_sql(viewer)
            unseen = {int(speaker): int(count) for speaker, count in self.sql.tuples(
                "SELECT n.speaker_id, count(*) FROM annotations n"
                f" WHERE n.speaker_id IS NOT NULL AND {condition} GROUP BY n.speaker_id",
                params)}
        aliases: dict[int, list[str]] = {}
        for alias in self.sql.rows("SELECT speaker_id, alias FROM speaker_aliases ORDER BY id"):
            aliases.setdefault(alias["speaker_id"], []).append(alias["alias"])
        for row in rows:
            row["aliases"] = aliases.get(row["id"], [])
            row["unseen"] = unseen.get(row["id"], 0)
            row["quotes"] -= row["unseen"]
        return rows

    def lookup(self) -> list[tuple[str, str]]:
        return [(r["name"], r["speaker"]) for r in self.sql.rows(
            "SELECT name, name AS speaker FROM speakers UNION ALL SELECT a.alias, s.name"
            " FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id")]

    def alias_owner(self, alias: str) -> Row | None:
        return self.sql.one("SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s"
                            " ON s.id = a.speaker_id WHERE a.alias = ?", [alias])

    def quoting(self, speaker_id: int) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT id FROM annotations WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def alias_ids(self, speaker_id: int) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT id FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", [speaker_id])]

    def insert(self, name: str, description: str = "", speaker_id: int | None = None) -> int:
        if speaker_id is None:
            return self.sql.insert("INSERT INTO speakers (name, description) VALUES (?, ?)",
                                   [name, description])
        return self.sql.insert("INSERT INTO speakers (id, name, description) VALUES (?, ?, ?)",
                               [speaker_id, name, description])

    def rename(self, speaker_id: int, name: str) -> None:
        self.sql.run("UPDATE speakers SET name = ? WHERE id = ?", [name, speaker_id])

    def describe(self, speaker_id: int, description: str) -> None:
        self.sql.run("UPDATE speakers SET description = ? WHERE id = ?",
                     [description, speaker_id])

    def may_add_aliases(self) -> bool:
        """Whether this login may add library-wide aliases (a library file: yes)."""
        return True

    def add_alias(self, speaker_id: int, alias: str) -> None:
        self.sql.run("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                     [speaker_id, alias])

    def remove_alias(self, speaker_id: int, alias: str) -> None:
        self.sql.run("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                     [speaker_id, alias])

    def move(self, source_id: int, target_id: int) -> None:
        for table in ("annotations", "speaker_aliases"):
            self.sql.run(f"UPDATE {table} SET speaker_id = ? WHERE speaker_id = ?",
                         [target_id, source_id])

    def move_back(self, annotation_ids: Iterable[int], alias_ids: Iterable[int],
                  source_id: int, target_id: int) -> None:
        for table, ids in (("annotations", annotation_ids), ("speaker_aliases", alias_ids)):
            self.sql.run_many(f"UPDATE {table} SET speaker_id = ? WHERE id = ? AND speaker_id = ?",
                              [(target_id, row_id, source_id) for row_id in ids])

    def unwritten(self) -> Iterator[tuple[int, int, int]]:
        for note_id, article_id, speaker_id in self.sql.tuples(
                "SELECT id, article_id, speaker_id FROM annotations WHERE speaker_id IS NOT"
                " NULL AND speaker_written = '' ORDER BY article_id, id"):
            yield int(note_id), int(article_id), int(speaker_id)

    def written_as(self, speaker_ids: Iterable[int], written: str) -> list[int]:
        ids, params = self.sql.any_of("speaker_id", speaker_ids)
        return sorted(int(i) for i in self.sql.column(
            f"SELECT DISTINCT speaker_id FROM annotations WHERE {ids} AND"
            f" {self.sql.nocase_like('speaker_written')}", [*params, like_escape(written)]))

    def rewrite(self, annotation_ids: Iterable[int], old: str, new: str) -> None:
        self.sql.run_many("UPDATE annotations SET speaker_written = ? WHERE id = ?"
                          " AND speaker_written = ?", [(new, i, old) for i in annotation_ids])

    def delete(self, speaker_id: int) -> None:
        self.sql.run("DELETE FROM speakers WHERE id = ?", [speaker_id])

    def delete_unquoted(self, speaker_id: int) -> bool:
        return self.sql.run("DELETE FROM speakers WHERE id = ? AND NOT EXISTS (SELECT 1"
                            " FROM annotations WHERE speaker_id = ?)", [speaker_id, speaker_id]) > 0

    def put_back(self, row: Row) -> int:
        return put_back_named(self.sql, "speakers", row)
