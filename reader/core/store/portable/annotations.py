"""Annotations (``AnnotationStore``): the statements both engines share. Reading one with
its tags, changing and deleting differ (PostgreSQL checks concurrent edits), as does what a
listing reads with each row (``_COLUMNS``, ``_listed``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..interfaces import AnnotationListing, Row
from . import Sql

#: the listing's columns, in ``ANNOTATION_COLUMNS`` order
COLUMNS = ("n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix, n.suffix,"
           " coalesce(s.name, ''), n.speaker_id, n.verdict, n.note, n.anchor, n.created_at,"
           " n.updated_at, coalesce(n.uuid, ''), coalesce(c.name, ''), n.coder_id")
#: the brief listing's columns, in ``BRIEF_COLUMNS`` order
BRIEF = ("n.id, n.article_id, n.kind, n.exact, n.start, coalesce(s.name, ''), n.verdict,"
         " n.note, coalesce(c.name, ''), n.coder_id")
FROM = (" FROM annotations n LEFT JOIN speakers s ON s.id = n.speaker_id"
        " LEFT JOIN coders c ON c.id = n.coder_id")


class PortableAnnotations:
    _COLUMNS = COLUMNS

    def __init__(self, sql: Sql):
        self.sql = sql

    def _listed(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """The listing's rows as the engine read them (``_COLUMNS``)."""
        return rows

    def _listing(self, where: str, params: list[Any], order: str, brief: bool = False
                 ) -> AnnotationListing:
        """Tags from one query for all of them (a subquery per annotation is ~3x slower at
        149,000 on one article), then the rows, read as they are iterated: ``brief``, the
        ``BRIEF`` columns as read (nothing is saved from them)."""
        tags: dict[int, list[str]] = {}
        for annotation_id, name in self.sql.tuples(
                "SELECT nt.annotation_id, t.name FROM annotation_tags nt"
                " JOIN tags t ON t.id = nt.tag_id"
                + (" JOIN annotations n ON n.id = nt.annotation_id" + where if where else ""),
                params):
            tags.setdefault(annotation_id, []).append(name)
        if brief:
            return AnnotationListing(tags, self.sql.tuples(
                f"SELECT {BRIEF}{FROM}{where} ORDER BY {order}", params))
        rows = self.sql.tuples(f"SELECT {self._COLUMNS}{FROM}{where} ORDER BY {order}", params)
        return AnnotationListing(tags, self._listed(rows))

    def of_article(self, article_id: int) -> AnnotationListing:
        return self._listing(" WHERE n.article_id = ?", [article_id],
                             'n.start IS NULL, n.start, n."end", n.id')

    def where(self, ids: list[int] | None = None, article_ids: list[int] | None = None,
              brief: bool = False) -> AnnotationListing:
        where: str = ""
        params: list[Any] = []
        if ids is not None:
            where, params = self.sql.any_of("n.id", ids)
        elif article_ids is not None:
            where, params = self.sql.any_of("n.article_id", article_ids)
        return self._listing(" WHERE " + where if where else "", params,
                             "n.article_id, n.start IS NULL, n.start, n.id", brief)

    def brief(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        return self.where(ids, article_ids, brief=True)

    def orphans(self, article_id: int | None = None) -> AnnotationListing:
        where, params = " WHERE n.anchor = 'orphan'", []
        if article_id is not None:
            where, params = where + " AND n.article_id = ?", [article_id]
        return self._listing(where, params, "n.article_id, n.id")

    def spans(self, article_id: int) -> list[Row]:
        return self.sql.rows('SELECT id, kind, exact, prefix, suffix, start, "end", anchor,'
                             " updated_at FROM annotations WHERE article_id = ? ORDER BY id",
                             [article_id])

    def head(self, annotation_id: int) -> Row | None:
        return self.sql.one("SELECT article_id, created_at FROM annotations WHERE id = ?",
                            [annotation_id])

    def insert(self, row: Row) -> int:
        return self.sql.insert_row("annotations", row)
