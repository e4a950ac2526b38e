"""Annotations in SQLite (``AnnotationStore``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..interfaces import AnnotationListing, Row
from .common import dict_rows, insert_row, marks, one_row, update_row

if TYPE_CHECKING:
    from sqlite_utils import Database

#: the listing's columns, in ``ANNOTATION_COLUMNS`` order
_COLUMNS = ("n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix, n.suffix,"
            " coalesce(s.name, ''), n.speaker_id, n.verdict, n.note, n.anchor, n.created_at,"
            " n.updated_at, coalesce(n.uuid, ''), coalesce(c.name, ''), n.coder_id")
_FROM = (" FROM annotations n LEFT JOIN speakers s ON s.id = n.speaker_id"
         " LEFT JOIN coders c ON c.id = n.coder_id")


class SqliteAnnotations:
    def __init__(self, db: Database):
        self.db = db

    def get(self, annotation_id: int) -> Row | None:
        row = one_row(
            self.db,
            "SELECT n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix,"
            " n.suffix, coalesce(s.name, '') AS speaker, n.speaker_id, n.verdict, n.note,"
            " n.anchor, n.created_at, n.updated_at, coalesce(n.uuid, '') AS uuid,"
            " coalesce(c.name, '') AS coder, n.coder_id,"
            " (SELECT group_concat(t.name, char(31)) FROM annotation_tags nt JOIN tags t"
            "  ON t.id = nt.tag_id WHERE nt.annotation_id = n.id) AS tags" + _FROM
            + " WHERE n.id = ?", [annotation_id])
        if row is not None:
            row["tags"] = row["tags"].split("\x1f") if row["tags"] else []
        return row

    def _listing(self, where: str, params: list[Any], order: str) -> AnnotationListing:
        """Tags from one query for all of them (a subquery per annotation is ~3x slower at
        149,000 on one article), then the rows, read as they are iterated."""
        tags: dict[int, list[str]] = {}
        for annotation_id, name in self.db.execute(
                "SELECT nt.annotation_id, t.name FROM annotation_tags nt"
                " JOIN tags t ON t.id = nt.tag_id"
                + (" JOIN annotations n ON n.id = nt.annotation_id" + where if where else ""),
                params):
            tags.setdefault(annotation_id, []).append(name)
        rows = self.db.execute(f"SELECT {_COLUMNS}{_FROM}{where} ORDER BY {order}", params)
        return AnnotationListing(tags, rows)

    def of_article(self, article_id: int) -> AnnotationListing:
        return self._listing(" WHERE n.article_id = ?", [article_id],
                             'n.start IS NULL, n.start, n."end", n.id')

    def where(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        where, params = "", []
        if ids is not None:
            where, params = f" WHERE n.id IN ({marks(ids)})", list(ids)
        elif article_ids is not None:
            where, params = f" WHERE n.article_id IN ({marks(article_ids)})", list(article_ids)
        return self._listing(where, params, "n.article_id, n.start IS NULL, n.start, n.id")

    def orphans(self, article_id: int | None = None) -> AnnotationListing:
        where, params = " WHERE n.anchor = 'orphan'", []
        if article_id is not None:
            where, params = where + " AND n.article_id = ?", [article_id]
        return self._listing(where, params, "n.article_id, n.id")

    def spans(self, article_id: int) -> list[Row]:
        return dict_rows(self.db, 'SELECT id, kind, exact, prefix, suffix, start, "end",'
                                  " anchor, updated_at FROM annotations WHERE article_id = ?"
                                  " ORDER BY id", [article_id])

    def head(self, annotation_id: int) -> Row | None:
        return one_row(self.db, "SELECT article_id, created_at FROM annotations WHERE id = ?",
                       [annotation_id])

    def insert(self, row: Row) -> int:
        return insert_row(self.db, "annotations", row)

    def update(self, annotation_id: int, values: Row) -> None:
        update_row(self.db, "annotations", annotation_id, values)

    def delete(self, annotation_ids: Iterable[int]) -> None:
        self.db.conn.executemany("DELETE FROM annotations WHERE id = ?",
                                 [(annotation_id,) for annotation_id in annotation_ids])
