"""Articles in SQLite (``ArticleStore``): the filtered and sorted listing over FTS5 and the
indexes, finding and inserting; one article's reads and writes, delete and its undo are
portable SQL (``store.portable.articles``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..blind import order_seen_sql, seen_sql
from ..portable.articles import PortableArticles, names
from ..rows import ArticleWhere, Row
from .common import SqliteSql, chunks, counts_at_end, insert_row, insert_rows, marks

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
#: ids of the articles matching a full-text query in their text or in one of their
#: annotations, read from the FTS indexes (and the annotations' rowids) without touching
#: ``articles``: its rows are fat, and every FTS rowid is an article id (the triggers keep
#: them in step)
#: the columns the ``articles_cited`` index holds beside the id (migration 0019): a listing
#: of only these (an export's citations of 10,000 articles) reads that index, not the
#: table's b-tree where each row's columns lie past its long text (~28 ms → ~15 ms)
_CITED = frozenset({None, "title", "source", "authors", "url", "published",
                    "published_partial", "published_inferred"})
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


class SqliteArticles(PortableArticles):
    _SOURCE_IS = "a.source = ? COLLATE NOCASE"

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db

    def _match(self, query: str, viewer: int | None) -> tuple[str, list[Any]]:
        seen, seen_params = seen_sql(viewer)
        return ("(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                " OR a.id IN (SELECT n.article_id FROM annotations n WHERE n.id IN"
                f" (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?){seen}))",
                [query, query, *seen_params])

    # ------------------------------------------------------------------ one article
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
        sql, params = self._filter_sql(where, "count(*)")
        return int(self.db.execute(sql, params).fetchone()[0])

    def ids(self, where: ArticleWhere, sort: str = "imported",
            descending: bool = False) -> list[int]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        if order == "a.id" and where == ArticleWhere():
            ids = self._all_ids()
            ids.sort(reverse=descending)  # (already in id order: the sort is one pass)
            return ids
        if order == "a.id" and _match_only(where):  # from the FTS indexes, not the articles
            return [row[0] for row in self.db.execute(f"{_MATCH_IDS} ORDER BY 1 {direction}",
                                                      [where.match, where.match])]
        sql, params = self._filter_sql(where, "a.id")
        order, more = order_seen_sql(order, sort, where.viewer)
        sql += f" ORDER BY {order} {direction}, a.id {direction}"
        return [row[0] for row in self.db.execute(sql, [*params, *more])]

    def _all_ids(self) -> list[int]:
        """Every id, in no promised order. The table's b-tree holds the text, so scanning it
        takes ~140 ms at 100,000 articles; the ``articles_cited`` index (migration 0019)
        leads with the id, so it hands them over in id order, and SQLite writes them as one
        JSON array that Python reads in C: ~20 ms, where a Python row per id from the
        published-date index and a sort took ~40 ms."""
        import json  # (not before the window's first frame: read after it)

        for sql in ("SELECT json_group_array(id) FROM articles INDEXED BY articles_cited",
                    "SELECT json_group_array(id) FROM articles INDEXED BY articles_published"):
            try:
                ids: list[int] = json.loads(self.db.execute(sql).fetchone()[0])
                return ids
            except sqlite3.OperationalError:  # no such index, or no JSON in this SQLite
                continue  # (neither should happen)
        return [row[0] for row in self.db.execute("SELECT id FROM articles")]

    def stream(self, columns: Sequence[str | None], where: ArticleWhere, sort: str = "imported",
               descending: bool = False, limit: int | None = None) -> Iterator[tuple[Any, ...]]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        sql, params = self._filter_sql(where, names(columns, "a."))
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
        if set(columns) <= _CITED:  # (SQLite would seek each id in the table's b-tree)
            try:
                return self._listed(ids, columns, "articles a INDEXED BY articles_cited")
            except sqlite3.OperationalError as error:
                if "no such index" not in str(error):  # (should not happen: migration 0019)
                    raise
        return self._listed(ids, columns, "articles a")

    def _listed(self, ids: list[int], columns: Sequence[str | None], table: str
                ) -> dict[int, tuple[Any, ...]]:
        found: dict[int, tuple[Any, ...]] = {}
        select = names(["id", *columns], "a.")
        for part in chunks(ids):
            for row in self.db.execute(
                    f"SELECT {select} FROM {table} WHERE id IN ({marks(part)})", part):
                found[row[0]] = row[1:]
        return found

    def sources(self) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT source FROM articles WHERE source != ''"
            " ORDER BY source COLLATE NOCASE")]

    # ------------------------------------------------------------------ writes
    def insert(self, row: Row) -> int:
        return insert_row(self.db, "articles", row)

    # ------------------------------------------------------------------ delete and undo
    def put_back_with(self, article_id: int, annotations: list[Row],
                      annotation_tags: Iterable[tuple[int, int]], dismissed: list[Row],
                      pages: list[tuple[int, str]]) -> None:
        with counts_at_end(self.db):  # (an article's 3,000: its row written once)
            insert_rows(self.db, "annotations", annotations)
        self.db.conn.executemany("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                                 " VALUES (?, ?)", list(annotation_tags))
        insert_rows(self.db, "dismissed_suggestions", dismissed)
        self._pages.set(article_id, pages)

