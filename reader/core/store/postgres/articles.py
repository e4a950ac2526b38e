"""Articles in a team library (``ArticleStore``): rows, the filtered and sorted listing,
delete and put back. A full-text filter uses the GIN-indexed ``tsvector``s of the search
store; names and sources compare case-blind as SQLite's NOCASE does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from psycopg import sql

from ..blind import order_seen_sql, seen_sql
from ..portable.articles import PortableArticles, names
from ..rows import ArticleWhere, Row
from .common import PgSql, by_name, insert_row
from .connection import PgDatabase
from .search import tsquery

#: the ORDER BY expression of each sort of the library list
ORDER_BY = {
    "title": by_name("a.title"),
    "source": by_name("a.source"),
    "published": "(a.published || a.published_partial)",
    "imported": "a.id",
    "quotes": "a.quotes",
    "claims": "a.claims",
    "highlights": "a.highlights",
    "id": "a.id",
}
_FIND = {"content_hash": "content_hash", "original_hash": "original_hash", "url": "url",
         "original_path": "original_path", "title": "lower(title)"}


def _match_ids(query: str, viewer: int | None = None) -> tuple[str, list[Any]]:
    """The ids of the articles whose title or text, or one of whose annotations (that
    ``viewer`` may see), match."""
    q = tsquery(query)
    seen, seen_params = seen_sql(viewer)
    return ("SELECT article_id FROM article_search WHERE doc @@ to_tsquery('kutip', ?)"
            " UNION SELECT n.article_id FROM annotation_search s JOIN annotations n"
            f" ON n.id = s.annotation_id WHERE s.doc @@ to_tsquery('kutip', ?){seen}",
            [q, q, *seen_params])


class PgArticles(PortableArticles):
    _FIRST = "seq"
    _TEXT_BYTES = "octet_length(a.text)"
    _SOURCE_IS = "lower(a.source) = lower(?)"

    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._streams = 0

    def _match(self, query: str, viewer: int | None) -> tuple[str, list[Any]]:
        if not tsquery(query):
            return "false", []
        ids, params = _match_ids(query, viewer)
        return f"a.id IN ({ids})", params

    # ------------------------------------------------------------------ one article
    def find(self, column: str, values: Sequence[str], latest: bool = False) -> int | None:
        if column not in _FIND:
            raise ValueError(f"Articles are not found by {column}.")
        if not values:
            return None
        wanted = [v.lower() for v in values] if column == "title" else list(values)
        # (``id + 0``: the few rows the column's index finds, sorted; ordered by ``id`` the
        # planner walked the primary key until a row matched, the whole table for a new
        # article: 100 ms a lookup at 100k articles, two lookups an imported file)
        found = self.db.value(f"SELECT id FROM articles WHERE {_FIND[column]} = ANY(?)"
                              f" ORDER BY id + 0 {'DESC' if latest else 'ASC'} LIMIT 1",
                              [wanted])
        return None if found is None else int(found)

    # ------------------------------------------------------------------ the listing
    def count(self, where: ArticleWhere) -> int:
        statement, params = self._filter_sql(where, "count(*)")
        return int(self.db.value(statement, params))

    def ids(self, where: ArticleWhere, sort: str = "imported",
            descending: bool = False) -> list[int]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        statement, params = self._filter_sql(where, "a.id")
        order, more = order_seen_sql(order, sort, where.viewer)
        statement += f" ORDER BY {order} {direction}"
        if order != "a.id":
            statement += f", a.id {direction}"
        return [int(r[0]) for r in self.db.execute(statement, [*params, *more])]

    def stream(self, columns: Sequence[str | None], where: ArticleWhere,
               sort: str = "imported", descending: bool = False, limit: int | None = None
               ) -> Iterator[tuple[Any, ...]]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        statement, params = self._filter_sql(where, names(columns, "a."))
        order, more = order_seen_sql(order, sort, where.viewer)
        params += more
        statement += f" ORDER BY {order} {direction}"
        if order != "a.id":
            statement += f", a.id {direction}"
        if limit is not None:
            statement += " LIMIT ?"
            params.append(limit)
        # a server-side cursor: rows arrive as the caller iterates (flat memory at 100k),
        # and other statements may run meanwhile (WITH HOLD: there is no transaction)
        self._streams += 1
        with self.db.pg.cursor(name=f"kutip_stream_{self._streams}", withhold=True) as cursor:
            cursor.itersize = 2000
            cursor.execute(_qmarks(statement), params)
            yield from cursor

    def listed(self, ids: list[int], columns: Sequence[str | None]
               ) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        return {int(r[0]): tuple(r[1:]) for r in self.db.execute(
            f"SELECT {names(['id', *columns], 'a.')} FROM articles a WHERE a.id = ANY(?)",
            [[int(i) for i in ids]])}

    def sources(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT source FROM (SELECT DISTINCT source FROM articles WHERE source != '') s"
            f" ORDER BY {by_name('source')}, source")]

    # ------------------------------------------------------------------ writes
    def insert(self, row: Row) -> int:
        row = {k: v for k, v in row.items() if not (k in ("id", "uuid") and v is None)}
        if "id" in row:
            insert_row(self.db, "articles", row)
            self.db.execute("SELECT kutip_ids_taken('articles_id_seq', ?)", [row["id"]])
            return int(row["id"])
        columns = list(row)
        return int(self.db.value(sql.SQL("INSERT INTO articles ({}) VALUES ({}) RETURNING id")
                                 .format(sql.SQL(", ").join(map(sql.Identifier, columns)),
                                         sql.SQL(", ").join(sql.Placeholder() * len(columns))),
                                 [row[c] for c in columns]))

    # ------------------------------------------------------------------ delete and undo
    def put_back_with(self, article_id: int, annotations: list[Row],
                      annotation_tags: Iterable[tuple[int, int]], dismissed: list[Row],
                      pages: list[tuple[int, str]]) -> None:
        for row in annotations:
            insert_row(self.db, "annotations", {k: v for k, v in row.items()
                                                 if not (k == "uuid" and v is None)})
        links = list(annotation_tags)
        if links:
            self.db.executemany("INSERT INTO annotation_tags (annotation_id, tag_id)"
                                " VALUES (?, ?) ON CONFLICT DO NOTHING", links)
        for row in dismissed:
            row = {k: v for k, v in row.items() if k != "seq"}
            row.setdefault("coder_id", None)
            self.db.execute(
                "INSERT INTO dismissed_suggestions (article_id, kind, exact, dismissed_at,"
                " coder_id) VALUES (?, ?, ?, ?, coalesce(?, (SELECT min(id) FROM coders)))"
                " ON CONFLICT DO NOTHING", [row["article_id"], row["kind"], row["exact"],
                                           row.get("dismissed_at", ""), row["coder_id"]])
        self._pages.set(article_id, pages)


def _qmarks(statement: str) -> str:
    from .connection import pg_sql

    return pg_sql(statement)
