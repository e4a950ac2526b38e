"""Articles in a team library (``ArticleStore``): rows, the filtered and sorted listing,
delete and put back. A full-text filter uses the GIN-indexed ``tsvector``s of the search
store; names and sources compare case-blind as SQLite's NOCASE does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from psycopg import sql

from ..blind import kind_seen_sql, order_seen_sql, seen_sql
from ..interfaces import ArticleWhere, Row
from .common import by_name, insert_row, like_escape
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
_KIND_COLUMN = {"quote": "quotes", "claim": "claims", "highlight": "highlights"}
#: the columns of an article row, as the SQLite store's ``SELECT *`` gives them
ARTICLE_COLUMNS = ("id", "title", "text", "source", "authors", "editor", "url", "dateline",
                   "published", "language", "photo_credit", "original_name", "original_format",
                   "content_hash", "imported_at", "updated_at", "quotes", "claims",
                   "highlights", "original_path", "original_hash", "published_partial",
                   "published_inferred", "uuid")
ANNOTATION_ROW = ("id", "article_id", "kind", "exact", "prefix", "suffix", "start", "end",
                  "speaker_id", "verdict", "note", "anchor", "created_at", "updated_at",
                  "uuid", "coder_id")
DISMISSED_ROW = ("article_id", "kind", "exact", "dismissed_at", "coder_id")


def _names(columns: Sequence[str | None], prefix: str = "") -> str:
    """The columns for a SELECT; None stands for an empty string (a listing never reads an
    article's text)."""
    return ", ".join("''" if c is None else f'{prefix}"{c}"' for c in columns)


def _match_ids(query: str, viewer: int | None = None) -> tuple[str, list[Any]]:
    """The ids of the articles whose title or text, or one of whose annotations (that
    ``viewer`` may see), match."""
    q = tsquery(query)
    seen, seen_params = seen_sql(viewer)
    return ("SELECT article_id FROM article_search WHERE doc @@ to_tsquery('kutip', ?)"
            " UNION SELECT n.article_id FROM annotation_search s JOIN annotations n"
            f" ON n.id = s.annotation_id WHERE s.doc @@ to_tsquery('kutip', ?){seen}",
            [q, q, *seen_params])


def _filter_sql(where: ArticleWhere, select: str) -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    seen, seen_params = seen_sql(where.viewer)
    if where.match:
        if not tsquery(where.match):
            conds.append("false")
        else:
            ids, more = _match_ids(where.match, where.viewer)
            conds.append(f"a.id IN ({ids})")
            params += more
    if where.collection_id:
        conds.append("a.id IN (SELECT article_id FROM article_collections"
                     " WHERE collection_id = ?)")
        params.append(where.collection_id)
    if where.source:
        conds.append("lower(a.source) = lower(?)")
        params.append(where.source)
    if where.kind:  # the stored counts are everyone's: on blind articles, count again
        condition, more = kind_seen_sql(_KIND_COLUMN[where.kind], where.kind, where.viewer)
        conds.append(condition)
        params += more
    if where.tag:
        conds.append(
            "a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags nt"
            " ON nt.annotation_id = n.id JOIN tags t ON t.id = nt.tag_id"
            f" WHERE (t.name = ? OR t.name::text ILIKE ? ESCAPE '\\'){seen})")
        params += [where.tag, like_escape(where.tag) + "/%", *seen_params]
    if where.speaker:
        conds.append(
            "a.id IN (SELECT n.article_id FROM annotations n WHERE n.speaker_id IN"
            " (SELECT id FROM speakers WHERE name = ?"
            f" UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?){seen})")
        params += [where.speaker, where.speaker, *seen_params]
    if where.coder:
        conds.append("a.id IN (SELECT n.article_id FROM annotations n JOIN coders c"
                     f" ON c.id = n.coder_id WHERE c.name = ?{seen})")
        params += [where.coder, *seen_params]
    statement = f"SELECT {select} FROM articles a"
    if conds:
        statement += " WHERE " + " AND ".join(conds)
    return statement, params


class PgArticles:
    def __init__(self, db: PgDatabase):
        self.db = db
        self._streams = 0

    # ------------------------------------------------------------------ one article
    def get(self, article_id: int) -> Row | None:
        rows = self.db.rows(f"SELECT {_names(ARTICLE_COLUMNS)} FROM articles WHERE id = ?",
                            [article_id])
        return rows[0] if rows else None

    def text(self, article_id: int) -> str | None:
        found = self.db.value("SELECT text FROM articles WHERE id = ?", [article_id])
        return None if found is None else str(found)

    def exists(self, article_id: int) -> bool:
        return self.db.value("SELECT 1 FROM articles WHERE id = ?", [article_id]) is not None

    def find(self, column: str, values: Sequence[str], latest: bool = False) -> int | None:
        if column not in _FIND:
            raise ValueError(f"Articles are not found by {column}.")
        if not values:
            return None
        wanted = [v.lower() for v in values] if column == "title" else list(values)
        found = self.db.value(f"SELECT id FROM articles WHERE {_FIND[column]} = ANY(?)"
                              f" ORDER BY id {'DESC' if latest else 'ASC'} LIMIT 1", [wanted])
        return None if found is None else int(found)

    # ------------------------------------------------------------------ the listing
    def count(self, where: ArticleWhere) -> int:
        statement, params = _filter_sql(where, "count(*)")
        return int(self.db.value(statement, params))

    def ids(self, where: ArticleWhere, sort: str = "imported",
            descending: bool = False) -> list[int]:
        order = ORDER_BY.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        statement, params = _filter_sql(where, "a.id")
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
        statement, params = _filter_sql(where, _names(columns, "a."))
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
            f"SELECT {_names(['id', *columns], 'a.')} FROM articles a WHERE a.id = ANY(?)",
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

    def update(self, article_id: int, values: Row) -> None:
        if values:
            sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c))
                                      for c in values)
            self.db.execute(sql.SQL("UPDATE articles SET {} WHERE id = %s").format(sets),
                            [*values.values(), article_id])

    def fill_original_hash(self, article_id: int, original_hash: str) -> None:
        self.db.execute("UPDATE articles SET original_hash = ? WHERE id = ?"
                        " AND original_hash = ''", [original_hash, article_id])

    def delete(self, article_id: int) -> None:
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])

    # ------------------------------------------------------------------ delete and undo
    def deleted_with(self, article_id: int) -> Row:
        params = [article_id]
        return {
            "collections": [int(r[0]) for r in self.db.execute(
                "SELECT collection_id FROM article_collections WHERE article_id = ?", params)],
            "collection_names": {int(r[0]): r[1] for r in self.db.execute(
                "SELECT c.id, c.name::text FROM collections c JOIN article_collections ac"
                " ON ac.collection_id = c.id WHERE ac.article_id = ?", params)},
            "annotations": self.db.rows(f"SELECT {_names(ANNOTATION_ROW)} FROM annotations"
                                        " WHERE article_id = ? ORDER BY id", params),
            "speaker_names": {int(r[0]): r[1] for r in self.db.execute(
                "SELECT DISTINCT s.id, s.name::text FROM speakers s JOIN annotations n"
                " ON n.speaker_id = s.id WHERE n.article_id = ?", params)},
            "annotation_tags": self.db.rows(
                "SELECT nt.annotation_id, nt.tag_id FROM annotation_tags nt JOIN annotations n"
                " ON n.id = nt.annotation_id WHERE n.article_id = ?", params),
            "tag_names": {int(r[0]): r[1] for r in self.db.execute(
                "SELECT DISTINCT t.id, t.name::text FROM tags t JOIN annotation_tags nt"
                " ON nt.tag_id = t.id JOIN annotations n ON n.id = nt.annotation_id"
                " WHERE n.article_id = ?", params)},
            "dismissed": self.db.rows(f"SELECT {_names(DISMISSED_ROW)} FROM"
                                      " dismissed_suggestions WHERE article_id = ?"
                                      " ORDER BY seq", params),
            "pages": [(int(r[0]), str(r[1])) for r in self.db.execute(
                "SELECT start, label FROM article_pages WHERE article_id = ? ORDER BY start",
                params)],
        }

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
        self.db.execute("DELETE FROM article_pages WHERE article_id = ?", [article_id])
        if pages:
            self.db.executemany("INSERT INTO article_pages (article_id, start, label)"
                                " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                [(article_id, start, label) for start, label in pages])

    def existing(self, kind: str, ids: Iterable[int]) -> set[int]:
        if kind not in ("speakers", "tags", "collections", "articles"):
            raise ValueError(f"Unknown kind of row {kind!r}.")
        wanted = [int(i) for i in ids]
        if not wanted:
            return set()
        return {int(r[0]) for r in self.db.execute(
            sql.SQL("SELECT id FROM {} WHERE id = ANY(%s)").format(sql.Identifier(kind)),
            [wanted])}


def _qmarks(statement: str) -> str:
    from .connection import pg_sql

    return pg_sql(statement)
