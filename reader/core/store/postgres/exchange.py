"""The store behind ``library.exchange`` in a team library (``ExchangeStore``): the
portable file's merge, and ``kutip team push``/``pull``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from psycopg import sql

from ..interfaces import Row
from .common import insert_row
from .connection import PgDatabase

#: tables whose rows the exchange may make, take a UUID for, or remove again (undo)
_TABLES = ("articles", "annotations", "tags", "speakers", "collections", "coders")


def _table(name: str) -> sql.Identifier:
    if name not in _TABLES:
        raise ValueError(f"not an exchange table: {name}")
    return sql.Identifier(name)


class PgExchange:
    def __init__(self, db: PgDatabase):
        self.db = db

    def _pairs(self, statement: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
        if not values:
            return []
        return [tuple(r) for r in self.db.execute(statement, [list(values)])]

    # ------------------------------------------------------------------ articles
    def articles_by_hash(self, hashes: Sequence[str]) -> dict[str, int]:
        return {h: int(i) for h, i in self._pairs(
            "SELECT content_hash, min(id) FROM articles WHERE content_hash = ANY(?)"
            " GROUP BY content_hash", hashes)}

    def articles_by_uuid(self, uuids: Sequence[str]) -> dict[str, tuple[int, str]]:
        return {u: (int(i), h) for u, i, h in self._pairs(
            "SELECT uuid, id, content_hash FROM articles WHERE uuid = ANY(?)", uuids)}

    def insert_article(self, row: Row) -> int:
        return insert_row(self.db, "articles", row)

    # ------------------------------------------------------------------ annotations
    def annotations_by_uuid(self, uuids: Sequence[str]) -> dict[str, int]:
        return {u: int(i) for u, i in self._pairs(
            "SELECT uuid, id FROM annotations WHERE uuid = ANY(?)", uuids)}

    def insert_annotation(self, row: Row) -> int:
        return insert_row(self.db, "annotations", row)

    def update_annotation(self, annotation_id: int, row: Row) -> None:
        if row:
            sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c))
                                      for c in row)
            self.db.execute(sql.SQL("UPDATE annotations SET {} WHERE id = %s").format(sets),
                            [*row.values(), annotation_id])

    def set_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
        self.add_annotation_tags(annotation_id, tag_ids)

    def add_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        pairs = [(annotation_id, t) for t in tag_ids]
        if pairs:
            self.db.executemany("INSERT INTO annotation_tags (annotation_id, tag_id)"
                                " VALUES (?, ?) ON CONFLICT DO NOTHING", pairs)

    # ------------------------------------------------------------------ versions seen
    def versions(self, uuids: Sequence[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for uuid, fingerprint in self._pairs(
                "SELECT annotation_uuid, fingerprint FROM merge_versions"
                " WHERE annotation_uuid = ANY(?)", uuids):
            found.setdefault(uuid, set()).add(fingerprint)
        return found

    def remember_versions(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        wanted = list(dict.fromkeys(pairs))
        if not wanted:
            return []
        added = self.db.execute(
            "INSERT INTO merge_versions (annotation_uuid, fingerprint)"
            " SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING"
            " RETURNING annotation_uuid, fingerprint",
            [[u for u, _ in wanted], [f for _, f in wanted]]).fetchall()
        made = {(str(u), str(f)) for u, f in added}
        return [p for p in wanted if p in made]

    def forget_versions(self, pairs: Iterable[tuple[str, str]]) -> None:
        gone = list(pairs)
        if gone:
            self.db.executemany("DELETE FROM merge_versions WHERE annotation_uuid = ?"
                                " AND fingerprint = ?", gone)

    # ------------------------------------------------------------------ tombstones
    def bury(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        rows = list(rows)
        if rows:
            self.db.executemany(
                "INSERT INTO annotation_tombstones (annotation_uuid, article_uuid,"
                " fingerprint, deleted_at) VALUES (?, ?, ?, ?) ON CONFLICT (annotation_uuid)"
                " DO UPDATE SET article_uuid = excluded.article_uuid,"
                " fingerprint = excluded.fingerprint, deleted_at = excluded.deleted_at", rows)

    def unbury(self, uuids: Sequence[str]) -> None:
        if uuids:
            self.db.execute("DELETE FROM annotation_tombstones WHERE annotation_uuid = ANY(?)",
                            [list(uuids)])

    def tombstones(self, uuids: Sequence[str] | None = None,
                   article_uuids: Sequence[str] | None = None
                   ) -> list[tuple[str, str, str, str]]:
        select = ("SELECT annotation_uuid, article_uuid, fingerprint, deleted_at"
                  " FROM annotation_tombstones")
        if uuids is None and article_uuids is None:
            rows = self.db.execute(select).fetchall()
        elif uuids is not None:
            rows = self._pairs(select + " WHERE annotation_uuid = ANY(?)", uuids)
        else:
            rows = self._pairs(select + " WHERE article_uuid = ANY(?)", article_uuids or [])
        return sorted((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)

    # ------------------------------------------------------------------ names
    def tag_by_name(self, name: str) -> int | None:
        found = self.db.value("SELECT id FROM tags WHERE name = ?", [name])
        return None if found is None else int(found)

    def insert_tag(self, name: str, colour: str, uuid: str | None) -> int:
        if uuid and self.db.value("SELECT 1 FROM tags WHERE uuid = ?", [uuid]):
            uuid = None
        return insert_row(self.db, "tags", {"name": name, "colour": colour, "uuid": uuid})

    def speaker_by_name(self, name: str) -> int | None:
        found = self.db.value("(SELECT id FROM speakers WHERE name = ?) UNION ALL"
                              " (SELECT speaker_id FROM speaker_aliases WHERE alias = ?)"
                              " LIMIT 1", [name, name])
        return None if found is None else int(found)

    def speaker_name(self, speaker_id: int) -> str:
        found = self.db.value("SELECT name::text FROM speakers WHERE id = ?", [speaker_id])
        return "" if found is None else str(found)

    def insert_speaker(self, name: str, description: str, uuid: str | None) -> int:
        if uuid and self.db.value("SELECT 1 FROM speakers WHERE uuid = ?", [uuid]):
            uuid = None
        return insert_row(self.db, "speakers",
                          {"name": name, "description": description, "uuid": uuid})

    def insert_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                        [speaker_id, alias])

    def delete_alias(self, speaker_id: int, alias: str) -> None:
        self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                        [speaker_id, alias])

    def coder_by_uuid(self, uuid: str) -> int | None:
        found = self.db.value("SELECT id FROM coders WHERE uuid = ?", [uuid])
        return None if found is None else int(found)

    def collection_links(self, collection_ids: Sequence[int]) -> set[tuple[int, int]]:
        return {(int(a), int(c)) for a, c in self._pairs(
            "SELECT article_id, collection_id FROM article_collections"
            " WHERE collection_id = ANY(?)", [int(i) for i in collection_ids])}

    # ------------------------------------------------------------------ identities, undo
    def adopt_uuid(self, table: str, row_id: int, uuid: str) -> None:
        name = _table(table)
        if uuid and not self.db.value(sql.SQL("SELECT 1 FROM {} WHERE uuid = %s").format(name),
                                      [uuid]):
            self.db.execute(sql.SQL("UPDATE {} SET uuid = %s WHERE id = %s").format(name),
                            [uuid, row_id])

    def uuids(self, table: str, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        return {int(i): str(u) for i, u in self.db.execute(
            sql.SQL("SELECT id, uuid FROM {} WHERE id = ANY(%s)").format(_table(table)),
            [[int(i) for i in ids]])}

    def delete_rows(self, table: str, ids: Sequence[int]) -> None:
        if ids:
            self.db.execute(sql.SQL("DELETE FROM {} WHERE id = ANY(%s)").format(_table(table)),
                            [[int(i) for i in ids]])
