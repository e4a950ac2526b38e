"""The SQLite store of articles: rows, the filtered and sorted listing, delete and put back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..blind import kind_seen_sql, order_seen_sql, seen_sql
from ..interfaces import ArticleWhere, Row
from ..pages import get_pages, set_pages
from .common import chunks, dict_rows, insert_row, insert_rows, like_escape, marks, one_row

if TYPE_CHECKING:
    from sqlite_utils import Database

#: the ORDER BY expression of each sort of the library list (``ArticleStore.ids``)
ORDER_BY = {
    "title": "a.title COLLATE NOCASE",
    "source": "a.source COLLATE NOCASE",
    # full dates by date; month-and-day-only dates ("--12-22") together before them
    "published": "(a.published || a.published_partial)",
    "imported": "a.id",
    "quotes": "a.quotes",
    "claims": "a.claims",
    "highlights": "a.highlights",
    "id": "a.id",
}
#: what ``find`` may look up, and how (a title compares case-blind: the index is NOCASE)
_FIND = {"content_hash": "content_hash = ?", "original_hash": "original_hash = ?",
         "url": "url = ?", "original_path": "original_path = ?",
         "title": "title = ? COLLATE NOCASE"}
_KIND_COLUMN = {"quote": "quotes", "claim": "claims", "highlight": "highlights"}
#: ids of the articles matching a full-text query in their text or in one of their
#: annotations, read from the FTS indexes (and the annotations' rowids) without touching
#: ``articles``: its rows are fat, and every FTS rowid is an article id (the triggers keep
#: them in step)
_MATCH_IDS = ("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
              " UNION SELECT article_id FROM annotations WHERE id IN"
              " (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)")


def find_sql(column: str, latest: bool = False) -> str:
    """The query of ``SqliteArticles.find`` for one value: a title compares NOCASE, so that
    it uses the ``articles_title`` index (a plain ``title = ?`` scanned every article)."""
    if column not in _FIND:
        raise ValueError(f"Articles are not found by {column}.")
    return f"SELECT id FROM articles WHERE {_FIND[column]} ORDER BY id" \
           f" {'DESC' if latest else 'ASC'} LIMIT 1"


def _match_only(where: ArticleWhere) -> bool:
    """Only words to search for: the ids can come straight from the FTS indexes."""
    return bool(where.match) and ArticleWhere(match=where.match) == where


def _filter_sql(where: ArticleWhere, select: str) -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    seen, seen_params = seen_sql(where.viewer)
    if where.match:
        conds.append(
            "(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            " OR a.id IN (SELECT n.article_id FROM annotations n WHERE n.id IN"
            f" (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?){seen}))"
        )
        params += [where.match, where.match, *seen_params]
    if where.collection_id:
        conds.append("a.id IN (SELECT article_id FROM article_collections"
                     " WHERE collection_id = ?)")
        params.append(where.collection_id)
    if where.source:
        conds.append("a.source = ? COLLATE NOCASE")
        params.append(where.source)
    if where.kind:  # the stored counts are everyone's: on blind articles, count again
        condition, more = kind_seen_sql(_KIND_COLUMN[where.kind], where.kind, where.viewer)
        conds.append(condition)
        params += more
    if where.tag:
        conds.append(
            "a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags nt"
            " ON nt.annotation_id = n.id JOIN tags t ON t.id = nt.tag_id"
            f" WHERE (t.name = ? OR t.name LIKE ? ESCAPE '\\'){seen})"
        )
        params += [where.tag, like_escape(where.tag) + "/%", *seen_params]
    if where.speaker:
        conds.append(
            "a.id IN (SELECT n.article_id FROM annotations n WHERE n.speaker_id IN"
            " (SELECT id FROM speakers WHERE name = ?"
            f" UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?){seen})"
        )
        params += [where.speaker, where.speaker, *seen_params]
    if where.coder:
        conds.append("a.id IN (SELECT n.article_id FROM annotations n JOIN coders c"
                     f" ON c.id = n.coder_id WHERE c.name = ?{seen})")
        params += [where.coder, *seen_params]
    sql = f"SELECT {select} FROM articles a"
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return sql, params


def _columns(columns: Sequence[str | None]) -> str:
    return ", ".join("''" if name is None else f'a."{name}"' for name in columns)


class SqliteArticles:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------------ one article
    def get(self, article_id: int) -> Row | None:
        return one_row(self.db, "SELECT * FROM articles WHERE id = ?", [article_id])

    def text(self, article_id: int) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return None if row is None else str(row[0])

    def exists(self, article_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?",
                               [article_id]).fetchone() is not None

    def find(self, column: str, values: Sequence[str], latest: bool = False) -> int | None:
        # one indexed look-up per value: "url IN (…) ORDER BY id DESC LIMIT 1" would walk
        # the whole table by id instead (100,000 fat rows when none matches)
        sql = find_sql(column, latest)
        found = [row[0] for value in values
                 if (row := self.db.execute(sql, [value]).fetchone()) is not None]
        if not found:
            return None
        return int(max(found) if latest else min(found))

    # ------------------------------------------------------------------ the listing
    def count(self, where: ArticleWhere) -> int:
        if _match_only(where):
            return int(self.db.execute(f"SELECT count(*) FROM ({_MATCH_IDS})",
                                       [where.match, where.match]).fetchone()[0])
        sql, params = _filter_sql(where, "count(*)")
        return int(self.db.execute(sql, params).fetchone()[0])

    def ids(self, where: ArticleWhere, sort: str = "imported",
            descending: bool = False) -> list[int]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        if order == "a.id" and where == ArticleWhere():
            # Every id in import order: the table's b-tree holds the text, so scanning it takes
            # ~140 ms at 100,000 articles; the narrow published-date index holds each id too
            # (~30 ms), and sorting 100,000 ints takes a few ms.
            try:
                ids = [row[0] for row in self.db.execute(
                    "SELECT id FROM articles INDEXED BY articles_published")]
            except sqlite3.OperationalError:  # no such index (should not happen)
                ids = [row[0] for row in self.db.execute("SELECT id FROM articles")]
            ids.sort(reverse=descending)
            return ids
        if order == "a.id" and _match_only(where):  # from the FTS indexes, not the articles
            return [row[0] for row in self.db.execute(f"{_MATCH_IDS} ORDER BY 1 {direction}",
                                                      [where.match, where.match])]
        sql, params = _filter_sql(where, "a.id")
        order, more = order_seen_sql(order, sort, where.viewer)
        sql += f" ORDER BY {order} {direction}, a.id {direction}"
        return [row[0] for row in self.db.execute(sql, [*params, *more])]

    def stream(self, columns: Sequence[str | None], where: ArticleWhere, sort: str = "imported",
               descending: bool = False, limit: int | None = None) -> Iterator[tuple[Any, ...]]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        sql, params = _filter_sql(where, _columns(columns))
        order, more = order_seen_sql(order, sort, where.viewer)
        params += more
        sql += f" ORDER BY {order} {direction}"
        if order != "a.id":
            sql += f", a.id {direction}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        yield from self.db.execute(sql, params)

    def listed(self, ids: list[int], columns: Sequence[str | None]
               ) -> dict[int, tuple[Any, ...]]:
        found: dict[int, tuple[Any, ...]] = {}
        select = _columns(["id", *columns])
        for part in chunks(ids):
            for row in self.db.execute(
                    f"SELECT {select} FROM articles a WHERE id IN ({marks(part)})", part):
                found[row[0]] = row[1:]
        return found

    def sources(self) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT source FROM articles WHERE source != ''"
            " ORDER BY source COLLATE NOCASE")]

    # ------------------------------------------------------------------ writes
    def insert(self, row: Row) -> int:
        return insert_row(self.db, "articles", row)

    def update(self, article_id: int, values: Row) -> None:
        if values:
            names = list(values)
            assignments = ", ".join(f'"{n}" = ?' for n in names)
            self.db.execute(f"UPDATE articles SET {assignments} WHERE id = ?",
                            [*(values[n] for n in names), article_id])

    def fill_original_hash(self, article_id: int, original_hash: str) -> None:
        self.db.execute("UPDATE articles SET original_hash = ? WHERE id = ?"
                        " AND original_hash = ''", [original_hash, article_id])

    def delete(self, article_id: int) -> None:
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    # ------------------------------------------------------------------ delete and undo
    def deleted_with(self, article_id: int) -> Row:
        params = [article_id]
        return {
            "collections": [r[0] for r in self.db.execute(
                "SELECT collection_id FROM article_collections WHERE article_id = ?", params)],
            "collection_names": {r[0]: r[1] for r in self.db.execute(
                "SELECT c.id, c.name FROM collections c JOIN article_collections ac"
                " ON ac.collection_id = c.id WHERE ac.article_id = ?", params)},
            "annotations": dict_rows(self.db, "SELECT * FROM annotations WHERE article_id = ?",
                                     params),
            "speaker_names": {r[0]: r[1] for r in self.db.execute(
                "SELECT DISTINCT s.id, s.name FROM speakers s JOIN annotations n"
                " ON n.speaker_id = s.id WHERE n.article_id = ?", params)},
            "annotation_tags": dict_rows(
                self.db, "SELECT nt.* FROM annotation_tags nt JOIN annotations n"
                " ON n.id = nt.annotation_id WHERE n.article_id = ?", params),
            "tag_names": {r[0]: r[1] for r in self.db.execute(
                "SELECT DISTINCT t.id, t.name FROM tags t JOIN annotation_tags nt"
                " ON nt.tag_id = t.id JOIN annotations n ON n.id = nt.annotation_id"
                " WHERE n.article_id = ?", params)},
            "dismissed": dict_rows(
                self.db, "SELECT * FROM dismissed_suggestions WHERE article_id = ?", params),
            "pages": get_pages(self.db.conn, article_id),
        }

    def put_back_with(self, article_id: int, annotations: list[Row],
                      annotation_tags: Iterable[tuple[int, int]], dismissed: list[Row],
                      pages: list[tuple[int, str]]) -> None:
        insert_rows(self.db, "annotations", annotations)
        self.db.conn.executemany("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                                 " VALUES (?, ?)", list(annotation_tags))
        insert_rows(self.db, "dismissed_suggestions", dismissed)
        set_pages(self.db.conn, article_id, pages)

    def existing(self, kind: str, ids: Iterable[int]) -> set[int]:
        if kind not in ("speakers", "tags", "collections", "articles"):
            raise ValueError(f"Unknown kind of row {kind!r}.")
        wanted = list(ids)
        if not wanted:
            return set()
        return {r[0] for r in self.db.execute(
            f"SELECT id FROM {kind} WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)])}
