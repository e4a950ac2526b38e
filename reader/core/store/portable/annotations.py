"""Annotations (``AnnotationStore``): the statements both engines share. Reading one with
its tags, changing and deleting differ (PostgreSQL checks concurrent edits), as does what a
listing reads with each row (``_COLUMNS``, ``_listed``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..blind import unseen_sql
from ..rows import AnnotationListing, Row
from . import Sql

#: the listing's columns, in ``ANNOTATION_COLUMNS`` order
COLUMNS = ("n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix, n.suffix,"
           " coalesce(s.name, ''), n.speaker_id, n.verdict, n.note, n.anchor, n.created_at,"
           " n.updated_at, coalesce(n.uuid, ''), coalesce(c.name, ''), n.coder_id,"
           " n.speaker_written")
#: the brief listing's columns, in ``BRIEF_COLUMNS`` order
BRIEF = ("n.id, n.article_id, n.kind, n.exact, n.start, coalesce(s.name, ''), n.verdict,"
         " n.note, coalesce(c.name, ''), n.coder_id")
FROM = (" FROM annotations n LEFT JOIN speakers s ON s.id = n.speaker_id"
        " LEFT JOIN coders c ON c.id = n.coder_id")
#: the export listing's columns, in ``EXPORT_COLUMNS`` order, but for the tags (the speaker
#: by id: no join with ``speakers``, a seek per annotation)
EXPORTED = "n.article_id, n.kind, n.exact, n.speaker_id, n.verdict, n.note"


class PortableAnnotations:
    _COLUMNS = COLUMNS
    #: an annotation's tag ids joined by "," (NULL: none), for ``export_rows``: read from
    #: the links' primary key alone (the tags' names once, by ``TagStore.names_by_id``)
    _TAG_IDS = ("(SELECT group_concat(nt.tag_id) FROM annotation_tags nt"
                " WHERE nt.annotation_id = n.id)")

    def __init__(self, sql: Sql):
        self.sql = sql

    def _listed(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """The listing's rows as the engine read them (``_COLUMNS``)."""
        return rows

    def _tags(self, where: str, params: list[Any]) -> dict[int, list[str]]:
        """Tags from one query for all the annotations ``where`` picks (a subquery per
        annotation is ~3x slower at 149,000 on one article)."""
        tags: dict[int, list[str]] = {}
        for annotation_id, name in self.sql.tuples(
                "SELECT nt.annotation_id, t.name FROM annotation_tags nt"
                " JOIN tags t ON t.id = nt.tag_id"
                + (" JOIN annotations n ON n.id = nt.annotation_id" + where if where else ""),
                params):
            tags.setdefault(annotation_id, []).append(name)
        return tags

    def _listing(self, where: str, params: list[Any], order: str) -> AnnotationListing:
        """The tags, then the rows, read as they are iterated."""
        tags = self._tags(where, params)
        rows = self.sql.tuples(f"SELECT {self._COLUMNS}{FROM}{where} ORDER BY {order}", params)
        return AnnotationListing(tags, self._listed(rows))

    def of_article(self, article_id: int) -> AnnotationListing:
        return self._listing(" WHERE n.article_id = ?", [article_id],
                             'n.start IS NULL, n.start, n."end", n.id')

    def _scope(self, ids: list[int] | None, article_ids: list[int] | None
               ) -> tuple[str, list[Any]]:
        if ids is not None:
            return self.sql.any_of("n.id", ids)
        if article_ids is not None:
            return self.sql.any_of("n.article_id", article_ids)
        return "", []

    def where(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        where, params = self._scope(ids, article_ids)
        return self._listing(" WHERE " + where if where else "", params,
                             "n.article_id, n.start IS NULL, n.start, n.id")

    def tag_names(self, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        condition, params = self.sql.any_of("n.id", ids)
        for annotation_id, name in self.sql.tuples(
                "SELECT n.id, t.name FROM annotations n"
                " LEFT JOIN annotation_tags nt ON nt.annotation_id = n.id"
                f" LEFT JOIN tags t ON t.id = nt.tag_id WHERE {condition}", params):
            names = found.setdefault(annotation_id, [])
            if name is not None:
                names.append(name)
        return found

    def speaker_names(self, ids: list[int]) -> dict[int, str]:
        condition, params = self.sql.any_of("n.id", ids)
        return {int(annotation_id): str(name) for annotation_id, name in self.sql.tuples(
            "SELECT n.id, coalesce(s.name, '') FROM annotations n"
            f" LEFT JOIN speakers s ON s.id = n.speaker_id WHERE {condition}", params)}

    def unseen_ids(self, viewer: int) -> set[int]:
        """Ids of the annotations ``viewer`` may not see (``blind.unseen_sql``)."""
        condition, params = unseen_sql(viewer)
        return {int(i) for i in self.sql.column(
            f"SELECT n.id FROM annotations n WHERE {condition}", params)}

    def brief(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> AnnotationListing:
        """``where``'s annotations in its order, the ``BRIEF`` columns as read (nothing is
        saved from them), read at once. The placed ones come by article, start and id,
        the order of the article index (SQLite walks ``annotations_article`` instead of
        sorting 100,000 rows), and each article's orphans are moved after its placed ones."""
        where, params = self._scope(ids, article_ids)
        tags = self._tags(" WHERE " + where if where else "", params)
        also = f"{where} AND " if where else ""
        placed = list(self.sql.tuples(
            f"SELECT {BRIEF}{FROM} WHERE {also}n.start IS NOT NULL"
            " ORDER BY n.article_id, n.start, n.id", params))
        orphans = list(self.sql.tuples(
            f"SELECT {BRIEF}{FROM} WHERE {also}n.start IS NULL ORDER BY n.article_id, n.id",
            params))
        return AnnotationListing(tags, _orphans_last(placed, orphans, 1) if orphans
                                 else iter(placed))

    def export_rows(self, ids: list[int] | None = None, article_ids: list[int] | None = None,
                    coders: bool = False) -> list[tuple[Any, ...]]:
        """``brief``'s annotations in its order, only the ``EXPORT_COLUMNS`` (and the
        ``EXPORT_CODER_COLUMNS`` with ``coders``), the tags of each in its own row: no
        annotation ids, no per-row objects, no second query to match tags with rows, no
        join but the coders' (and that only with ``coders``)."""
        where, params = self._scope(ids, article_ids)
        also = f"{where} AND " if where else ""
        select = f"SELECT {EXPORTED}, {self._TAG_IDS}"
        if coders:
            select += (", n.coder_id, coalesce(c.name, '') FROM annotations n"
                       " LEFT JOIN coders c ON c.id = n.coder_id")
        else:
            select += " FROM annotations n"
        placed = list(self.sql.tuples(
            f"{select} WHERE {also}n.start IS NOT NULL ORDER BY n.article_id, n.start, n.id",
            params))
        orphans = list(self.sql.tuples(
            f"{select} WHERE {also}n.start IS NULL ORDER BY n.article_id, n.id", params))
        return list(_orphans_last(placed, orphans, 0)) if orphans else placed

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


def _orphans_last(placed: list[tuple[Any, ...]], orphans: list[tuple[Any, ...]], at: int
                  ) -> Iterator[tuple[Any, ...]]:
    """The rows of ``placed`` (by article, start, id) with each article's ``orphans`` (by
    article, id) after its placed ones: the listing's order. ``row[at]`` is the article."""
    waiting: dict[int, list[tuple[Any, ...]]] = {}
    for row in orphans:
        waiting.setdefault(row[at], []).append(row)
    after = sorted(waiting)  # the articles with orphans, in order
    next_up = 0
    for row in placed:
        while next_up < len(after) and after[next_up] < row[at]:
            yield from waiting[after[next_up]]
            next_up += 1
        yield row
    for article_id in after[next_up:]:
        yield from waiting[article_id]
