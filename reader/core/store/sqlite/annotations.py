"""Annotations in SQLite (``AnnotationStore``): portable SQL (``store.portable.annotations``)
but for reading one with its tags, changing and deleting."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from ..portable.annotations import FROM, PortableAnnotations
from ..rows import Row
from .common import SqliteSql, counts_at_end, one_row, update_row

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteAnnotations(PortableAnnotations):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db

    def get(self, annotation_id: int) -> Row | None:
        row = one_row(
            self.db,
            "SELECT n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix,"
            " n.suffix, coalesce(s.name, '') AS speaker, n.speaker_id, n.verdict, n.note,"
            " n.anchor, n.created_at, n.updated_at, coalesce(n.uuid, '') AS uuid,"
            " coalesce(c.name, '') AS coder, n.coder_id, n.speaker_written,"
            " (SELECT group_concat(t.name, char(31)) FROM annotation_tags nt JOIN tags t"
            "  ON t.id = nt.tag_id WHERE nt.annotation_id = n.id) AS tags" + FROM
            + " WHERE n.id = ?", [annotation_id])
        if row is not None:
            row["tags"] = row["tags"].split("\x1f") if row["tags"] else []
        return row

    def update(self, annotation_id: int, values: Row) -> None:
        update_row(self.db, "annotations", annotation_id, values)

    def delete(self, annotation_ids: Iterable[int]) -> None:
        self.db.conn.executemany("DELETE FROM annotations WHERE id = ?",
                                 [(annotation_id,) for annotation_id in annotation_ids])

    def counts_at_end(self) -> AbstractContextManager[None]:
        return counts_at_end(self.db)
