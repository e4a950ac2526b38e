"""The SQLite store behind ``library.exchange``: the portable file's export and merge
(``reader.core.store.interfaces.ExchangeStore``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..interfaces import Row
from .common import insert_row

if TYPE_CHECKING:
    from sqlite_utils import Database

#: tables whose rows the exchange may make, take a UUID for, or remove again (undo)
_TABLES = ("articles", "annotations", "tags", "speakers", "collections", "coders")


def _table(name: str) -> str:
    if name not in _TABLES:
        raise ValueError(f"not an exchange table: {name}")
    return name


class SqliteExchange:
    def __init__(self, db: Database):
        self.db = db

    def _pairs(self, sql: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
        if not values:
            return []
        return [tuple(r) for r in self.db.execute(sql, [json.dumps(list(values))])]

    # ------------------------------------------------------------------ articles
    def articles_by_hash(self, hashes: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for content_hash, article_id in self._pairs(
                "SELECT content_hash, min(id) FROM articles WHERE content_hash IN"
                " (SELECT value FROM json_each(?)) GROUP BY content_hash", hashes):
            found[content_hash] = int(article_id)
        return found

    def articles_by_uuid(self, uuids: Sequence[str]) -> dict[str, tuple[int, str]]:
        return {u: (int(i), h) for u, i, h in self._pairs(
            "SELECT uuid, id, content_hash FROM articles WHERE uuid IN"
            " (SELECT value FROM json_each(?))", uuids)}

    def insert_article(self, row: Row) -> int:
        return insert_row(self.db, "articles", row)

    # ------------------------------------------------------------------ annotations
    def annotations_by_uuid(self, uuids: Sequence[str]) -> dict[str, int]:
        return {u: int(i) for u, i in self._pairs(
            "SELECT uuid, id FROM annotations WHERE uuid IN (SELECT value FROM json_each(?))",
            uuids)}

    def insert_annotation(self, row: Row) -> int:
        return insert_row(self.db, "annotations", row)

    def update_annotation(self, annotation_id: int, row: Row) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in row)
        self.db.execute(f"UPDATE annotations SET {sets} WHERE id = ?",
                        [*row.values(), annotation_id])

    def set_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
        self.add_annotation_tags(annotation_id, tag_ids)

    def add_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
            [(annotation_id, t) for t in tag_ids])

    # ------------------------------------------------------------------ versions seen
    def versions(self, uuids: Sequence[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for uuid, fingerprint in self._pairs(
                "SELECT annotation_uuid, fingerprint FROM merge_versions WHERE annotation_uuid"
                " IN (SELECT value FROM json_each(?))", uuids):
            found.setdefault(uuid, set()).add(fingerprint)
        return found

    def remember_versions(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        pairs = list(dict.fromkeys(pairs))
        known: set[tuple[str, str]] = set()
        uuids = list({u for u, _ in pairs})
        for start in range(0, len(uuids), 900):
            known.update(self._pairs(
                "SELECT annotation_uuid, fingerprint FROM merge_versions WHERE"
                " annotation_uuid IN (SELECT value FROM json_each(?))",
                uuids[start:start + 900]))
        added = [p for p in pairs if p not in known]
        self.db.conn.executemany("INSERT OR IGNORE INTO merge_versions (annotation_uuid,"
                                 " fingerprint) VALUES (?, ?)", added)
        return added

    def forget_versions(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.db.conn.executemany("DELETE FROM merge_versions WHERE annotation_uuid = ?"
                            " AND fingerprint = ?", list(pairs))

    # ------------------------------------------------------------------ tombstones
    def bury(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO annotation_tombstones (annotation_uuid, article_uuid,"
            " fingerprint, deleted_at) VALUES (?, ?, ?, ?)", list(rows))

    def unbury(self, uuids: Sequence[str]) -> None:
        for start in range(0, len(uuids), 900):
            self.db.execute("DELETE FROM annotation_tombstones WHERE annotation_uuid IN"
                            " (SELECT value FROM json_each(?))",
                            [json.dumps(list(uuids[start:start + 900]))])

    def tombstones(self, uuids: Sequence[str] | None = None,
                   article_uuids: Sequence[str] | None = None
                   ) -> list[tuple[str, str, str, str]]:
        select = ("SELECT annotation_uuid, article_uuid, fingerprint, deleted_at"
                  " FROM annotation_tombstones")
        if uuids is None and article_uuids is None:
            return [(str(a), str(b), str(c), str(d)) for a, b, c, d in self.db.execute(
                select + " ORDER BY annotation_uuid")]
        column, values = (("annotation_uuid", uuids) if uuids is not None
                          else ("article_uuid", article_uuids or []))
        found: list[tuple[str, str, str, str]] = []
        for start in range(0, len(values), 900):
            found.extend((str(a), str(b), str(c), str(d)) for a, b, c, d in self._pairs(
                select + f" WHERE {column} IN (SELECT value FROM json_each(?))",
                list(values[start:start + 900])))
        return sorted(found)

    # ------------------------------------------------------------------ names
    def tag_by_name(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def insert_tag(self, name: str, colour: str, uuid: str | None) -> int:
        if uuid and self.db.execute("SELECT 1 FROM tags WHERE uuid = ?", [uuid]).fetchone():
            uuid = None
        cursor = self.db.execute("INSERT INTO tags (name, colour, uuid) VALUES (?, ?, ?)",
                                 [name, colour, uuid])
        return int(cursor.lastrowid or 0)

    def speaker_by_name(self, name: str) -> int | None:
        """The speaker called ``name`` or having it as an alias."""
        row = self.db.execute("SELECT id FROM speakers WHERE name = ? UNION ALL SELECT"
                              " speaker_id FROM speaker_aliases WHERE alias = ? LIMIT 1",
                              [name, name]).fetchone()
        return None if row is None else int(row[0])

    def speaker_name(self, speaker_id: int) -> str:
        row = self.db.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        return "" if row is None else str(row[0])

    def insert_speaker(self, name: str, description: str, uuid: str | None) -> int:
        if uuid and self.db.execute("SELECT 1 FROM speakers WHERE uuid = ?", [uuid]).fetchone():
            uuid = None
        cursor = self.db.execute("INSERT INTO speakers (name, description, uuid)"
                                 " VALUES (?, ?, ?)", [name, description, uuid])
        return int(cursor.lastrowid or 0)

    def insert_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                        [speaker_id, alias])

    def delete_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                        [speaker_id, alias])

    def coder_by_uuid(self, uuid: str) -> int | None:
        row = self.db.execute("SELECT id FROM coders WHERE uuid = ?", [uuid]).fetchone()
        return None if row is None else int(row[0])

    def collection_links(self, collection_ids: Sequence[int]) -> set[tuple[int, int]]:
        return {(int(a), int(c)) for a, c in self._pairs(
            "SELECT article_id, collection_id FROM article_collections WHERE collection_id IN"
            " (SELECT value FROM json_each(?))", collection_ids)}

    # ------------------------------------------------------------------ identities, undo
    def adopt_uuid(self, table: str, row_id: int, uuid: str) -> None:
        """Give a row the UUID it has elsewhere, unless another row here has it."""
        table = _table(table)
        if uuid and not self.db.execute(f"SELECT 1 FROM {table} WHERE uuid = ?",
                                        [uuid]).fetchone():
            self.db.execute(f"UPDATE {table} SET uuid = ? WHERE id = ?", [uuid, row_id])

    def uuids(self, table: str, ids: Sequence[int]) -> dict[int, str]:
        table = _table(table)
        return {int(i): str(u) for i, u in self._pairs(
            f"SELECT id, uuid FROM {table} WHERE id IN (SELECT value FROM json_each(?))", ids)}

    def delete_rows(self, table: str, ids: Sequence[int]) -> None:
        table = _table(table)
        if ids:
            self.db.execute(f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                            [json.dumps(list(ids))])
