"""The store behind ``library.exchange`` (``ExchangeStore``): the portable file's export and
merge, and a team library's push and pull. The statements both engines share; table names
come only from ``_TABLES``, so they are written into the statements."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..rows import Row
from . import Sql, optional_id, update_row

#: tables whose rows the exchange may make, take a UUID for, or remove again (undo)
_TABLES = ("articles", "annotations", "tags", "speakers", "collections", "coders")


#: what still uses a row a merge made, so that the merge's undo keeps it (review R18-3):
#: an article someone annotated, filed in a collection or dismissed suggestions of since
#: (RR18-3), a speaker, tag or coder an annotation kept has (or a tag another is nested
#: under), a collection with members
_USED = {
    "articles": ("SELECT 1 FROM annotations u WHERE u.article_id = articles.id",
                 "SELECT 1 FROM article_collections u WHERE u.article_id = articles.id",
                 "SELECT 1 FROM dismissed_suggestions u WHERE u.article_id = articles.id"),
    "speakers": ("SELECT 1 FROM annotations u WHERE u.speaker_id = speakers.id",),
    "coders": ("SELECT 1 FROM annotations u WHERE u.coder_id = coders.id",
               "SELECT 1 FROM dismissed_suggestions u WHERE u.coder_id = coders.id"),
    "collections": ("SELECT 1 FROM article_collections u"
                    " WHERE u.collection_id = collections.id",),
    "tags": ("SELECT 1 FROM annotation_tags u WHERE u.tag_id = tags.id",
             "SELECT 1 FROM tags u WHERE lower(substr(u.name, 1, length(tags.name) + 1))"
             " = lower(tags.name) || '/'"),
}


def _table(name: str) -> str:
    if name not in _TABLES:
        raise ValueError(f"not an exchange table: {name}")
    return name


class PortableExchange:
    def __init__(self, sql: Sql):
        self.sql = sql

    def _where(self, select: str, column: str, values: Sequence[Any]) -> list[Row]:
        """The rows of ``select`` whose ``column`` is one of ``values``."""
        if not values:
            return []
        condition, params = self.sql.any_of(column, values)
        return self.sql.rows(f"{select} WHERE {condition}", params)

    # ------------------------------------------------------------------ articles
    def articles_by_uuid(self, uuids: Sequence[str]) -> dict[str, tuple[int, str]]:
        return {r["uuid"]: (int(r["id"]), r["content_hash"]) for r in self._where(
            "SELECT uuid, id, content_hash FROM articles", "uuid", uuids)}

    def insert_article(self, row: Row) -> int:
        return self.sql.insert_row("articles", row)

    # ------------------------------------------------------------------ annotations
    def annotations_by_uuid(self, uuids: Sequence[str]) -> dict[str, int]:
        return {r["uuid"]: int(r["id"]) for r in self._where(
            "SELECT uuid, id FROM annotations", "uuid", uuids)}

    def insert_annotation(self, row: Row) -> int:
        return self.sql.insert_row("annotations", row)

    def update_annotation(self, annotation_id: int, row: Row) -> None:
        update_row(self.sql, "annotations", annotation_id, row)

    def set_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        self.sql.run("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
        self.add_annotation_tags(annotation_id, tag_ids)

    def add_annotation_tags(self, annotation_id: int, tag_ids: Iterable[int]) -> None:
        pairs = [(annotation_id, t) for t in tag_ids]
        if pairs:
            self.sql.run_many("INSERT INTO annotation_tags (annotation_id, tag_id)"
                              " VALUES (?, ?) ON CONFLICT DO NOTHING", pairs)

    # ------------------------------------------------------------------ versions seen
    def versions(self, uuids: Sequence[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for r in self._where("SELECT annotation_uuid, fingerprint FROM merge_versions",
                             "annotation_uuid", uuids):
            found.setdefault(r["annotation_uuid"], set()).add(r["fingerprint"])
        return found

    def remember_versions(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        wanted = list(dict.fromkeys(pairs))
        known = {(u, f) for u, fingerprints in self.versions(list({u for u, _ in wanted}))
                 .items() for f in fingerprints}
        added = [p for p in wanted if p not in known]
        if added:
            self.sql.run_many("INSERT INTO merge_versions (annotation_uuid, fingerprint)"
                              " VALUES (?, ?) ON CONFLICT DO NOTHING", added)
        return added

    def may_merge(self) -> bool:
        return True

    def note_edits(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return self.remember_versions(pairs)

    def forget_versions(self, pairs: Iterable[tuple[str, str]]) -> None:
        gone = list(pairs)
        if gone:
            self.sql.run_many("DELETE FROM merge_versions WHERE annotation_uuid = ?"
                              " AND fingerprint = ?", gone)

    # ------------------------------------------------------------------ tombstones
    def bury(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        rows = list(rows)
        if rows:
            self.sql.run_many(
                "INSERT INTO annotation_tombstones (annotation_uuid, article_uuid,"
                " fingerprint, deleted_at) VALUES (?, ?, ?, ?) ON CONFLICT (annotation_uuid)"
                " DO UPDATE SET article_uuid = excluded.article_uuid,"
                " fingerprint = excluded.fingerprint, deleted_at = excluded.deleted_at", rows)

    def unbury(self, uuids: Sequence[str]) -> None:
        if uuids:
            condition, params = self.sql.any_of("annotation_uuid", uuids)
            self.sql.run(f"DELETE FROM annotation_tombstones WHERE {condition}", params)

    def tombstones(self, uuids: Sequence[str] | None = None,
                   article_uuids: Sequence[str] | None = None
                   ) -> list[tuple[str, str, str, str]]:
        select = ("SELECT annotation_uuid, article_uuid, fingerprint, deleted_at"
                  " FROM annotation_tombstones")
        if uuids is None and article_uuids is None:
            rows = self.sql.rows(select)
        elif uuids is not None:
            rows = self._where(select, "annotation_uuid", uuids)
        else:
            rows = self._where(select, "article_uuid", article_uuids or [])
        return sorted((str(r["annotation_uuid"]), str(r["article_uuid"]), str(r["fingerprint"]),
                       str(r["deleted_at"])) for r in rows)

    # ------------------------------------------------------------------ articles' tombstones
    def bury_articles(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """(uuid, content hash, title, when): the title is not kept (review R21-8: a
        deleted article's title stayed in the library and travelled in every file)."""
        rows = [(uuid, content_hash, "", when) for uuid, content_hash, _, when in rows]
        if rows:
            self.sql.run_many(
                "INSERT INTO article_tombstones (article_uuid, content_hash, title, deleted_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (article_uuid) DO UPDATE SET"
                " content_hash = excluded.content_hash, title = excluded.title,"
                " deleted_at = excluded.deleted_at", rows)

    def unbury_articles(self, uuids: Sequence[str]) -> None:
        if uuids:
            condition, params = self.sql.any_of("article_uuid", uuids)
            self.sql.run(f"DELETE FROM article_tombstones WHERE {condition}", params)

    def article_tombstones(self, uuids: Sequence[str] | None = None,
                           hashes: Sequence[str] | None = None
                           ) -> list[tuple[str, str, str, str]]:
        select = "SELECT article_uuid, content_hash, title, deleted_at FROM article_tombstones"
        if uuids is None and hashes is None:
            rows = self.sql.rows(select)
        elif uuids is not None:
            rows = self._where(select, "article_uuid", uuids)
        else:
            rows = self._where(select, "content_hash", hashes or [])
        return sorted((str(r["article_uuid"]), str(r["content_hash"]), str(r["title"]),
                       str(r["deleted_at"])) for r in rows)

    def may_delete_articles(self) -> bool:
        return True

    # ------------------------------------------------------------------ names
    def tag_by_name(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM tags WHERE name = ?", [name]))

    def insert_tag(self, name: str, colour: str, uuid: str | None) -> int:
        if uuid and self.sql.value("SELECT 1 FROM tags WHERE uuid = ?", [uuid]):
            uuid = None
        return self.sql.insert_row("tags", {"name": name, "colour": colour, "uuid": uuid})

    def speaker_by_name(self, name: str) -> int | None:
        """The speaker called ``name`` or having it as an alias."""
        return optional_id(self.sql.value(
            "SELECT id FROM speakers WHERE name = ? UNION ALL"
            " SELECT speaker_id FROM speaker_aliases WHERE alias = ? LIMIT 1", [name, name]))

    def speaker_name(self, speaker_id: int) -> str:
        found = self.sql.value("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        return "" if found is None else str(found)

    def insert_speaker(self, name: str, description: str, uuid: str | None) -> int:
        if uuid and self.sql.value("SELECT 1 FROM speakers WHERE uuid = ?", [uuid]):
            uuid = None
        return self.sql.insert_row("speakers",
                                   {"name": name, "description": description, "uuid": uuid})

    def insert_alias(self, speaker_id: int, alias: str) -> None:
        self.sql.run("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                     [speaker_id, alias])

    def delete_alias(self, speaker_id: int, alias: str) -> None:
        self.sql.run("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?",
                     [speaker_id, alias])

    def coder_by_uuid(self, uuid: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM coders WHERE uuid = ?", [uuid]))

    def collection_links(self, collection_ids: Sequence[int]) -> set[tuple[int, int]]:
        return {(int(r["article_id"]), int(r["collection_id"])) for r in self._where(
            "SELECT article_id, collection_id FROM article_collections", "collection_id",
            collection_ids)}

    # ------------------------------------------------------------------ identities, undo
    def adopt_uuid(self, table: str, row_id: int, uuid: str) -> None:
        """Give a row the UUID it has elsewhere, unless another row here has it."""
        table = _table(table)
        if uuid and not self.sql.value(f"SELECT 1 FROM {table} WHERE uuid = ?", [uuid]):
            self.sql.run(f"UPDATE {table} SET uuid = ? WHERE id = ?", [uuid, row_id])

    def id_by_uuid(self, table: str, uuid: str) -> int | None:
        return optional_id(self.sql.value(f"SELECT id FROM {_table(table)} WHERE uuid = ?",
                                          [uuid])) if uuid else None

    def uuids(self, table: str, ids: Sequence[int]) -> dict[int, str]:
        return {int(r["id"]): str(r["uuid"]) for r in self._where(
            f"SELECT id, uuid FROM {_table(table)}", "id", ids)}

    def delete_rows(self, table: str, ids: Sequence[int]) -> None:
        if ids:
            condition, params = self.sql.any_of("id", ids)
            self.sql.run(f"DELETE FROM {_table(table)} WHERE {condition}", params)

    def delete_unused_rows(self, table: str, ids: Sequence[int]) -> list[int]:
        if not ids:
            return []
        table = _table(table)
        unused = " AND ".join(f"NOT EXISTS ({used})" for used in _USED[table])
        # one at a time, newest first: a tag nested under another goes before it
        for part in ([[i] for i in sorted(ids, reverse=True)] if table == "tags" else [ids]):
            condition, params = self.sql.any_of("id", part)
            self.sql.run(f"DELETE FROM {table} WHERE {condition} AND {unused}", params)
        condition, params = self.sql.any_of("id", ids)
        return sorted(int(i) for i in self.sql.column(
            f"SELECT id FROM {table} WHERE {condition}", params))
