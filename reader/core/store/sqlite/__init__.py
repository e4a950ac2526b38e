"""The SQLite implementation of the store interfaces (``reader.core.store.interfaces``),
over sqlite-utils."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from ..interfaces import Row
from ..pages import get_pages, set_pages


class SqliteCollections:
    def __init__(self, db: Database):
        self.db = db

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[Row]:
        cursor = self.db.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def counted(self) -> list[Row]:
        return self._rows(
            "SELECT c.id, c.name, count(ac.article_id) AS articles,"
            " coalesce(c.uuid, '') AS uuid FROM collections c"
            " LEFT JOIN article_collections ac ON ac.collection_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE")

    def find(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM collections WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def get(self, collection_id: int) -> Row | None:
        rows = self._rows("SELECT * FROM collections WHERE id = ?", [collection_id])
        return rows[0] if rows else None

    def insert(self, name: str, created_at: str) -> int:
        cursor = self.db.execute("INSERT INTO collections (name, created_at) VALUES (?, ?)",
                                 [name, created_at])
        return int(cursor.lastrowid or 0)

    def rename(self, collection_id: int, name: str) -> None:
        self.db.execute("UPDATE collections SET name = ? WHERE id = ?", [name, collection_id])

    def delete(self, collection_id: int) -> None:
        self.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])

    def put_back(self, row: Row) -> int:
        there = self.db.execute("SELECT id FROM collections WHERE name = ? UNION ALL"
                                " SELECT id FROM collections WHERE id = ? LIMIT 1",
                                [row["name"], row["id"]]).fetchone()
        if there:
            return int(there[0])
        columns = list(row)
        self.db.execute(f"INSERT INTO collections ({', '.join(columns)})"
                        f" VALUES ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        return int(row["id"])

    def members(self, collection_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT article_id FROM article_collections WHERE collection_id = ?"
            " ORDER BY article_id", [collection_id])]

    def of_article(self, article_id: int) -> list[Row]:
        return self._rows(
            "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid FROM collections c"
            " JOIN article_collections ac ON ac.collection_id = c.id"
            " WHERE ac.article_id = ? ORDER BY c.name COLLATE NOCASE", [article_id])

    def link(self, article_id: int, collection_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO article_collections (article_id, collection_id)"
                        " VALUES (?, ?)", [article_id, collection_id])

    def unlink(self, article_id: int, collection_id: int) -> None:
        self.db.execute("DELETE FROM article_collections WHERE article_id = ?"
                        " AND collection_id = ?", [article_id, collection_id])

    def existing_articles(self, article_ids: Iterable[int]) -> set[int]:
        ids = list(article_ids)
        found: set[int] = set()
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            found.update(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(part))})", part))
        return found


class SqliteCoders:
    def __init__(self, db: Database):
        self.db = db

    def counted(self) -> list[Row]:
        cursor = self.db.execute(
            "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid,"
            " count(n.id) AS annotations, count(DISTINCT n.article_id) AS articles"
            " FROM coders c LEFT JOIN annotations n ON n.coder_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def find(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM coders WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def insert(self, name: str, created_at: str, uuid: str | None = None) -> int:
        if uuid and self.db.execute("SELECT 1 FROM coders WHERE uuid = ?", [uuid]).fetchone():
            uuid = None
        cursor = self.db.execute("INSERT INTO coders (name, created_at, uuid) VALUES (?, ?, ?)",
                                 [name, created_at, uuid])
        return int(cursor.lastrowid or 0)

    def default_id(self) -> int | None:
        row = self.db.execute("SELECT min(id) FROM coders").fetchone()
        return None if row is None or row[0] is None else int(row[0])


class SqliteSearch:
    """FTS5 over ``articles_fts`` and ``annotations_fts``: rank, limit and snip inside each
    index first, then read the heads of only the rows shown (joining before ``ORDER BY rank
    LIMIT`` would read the row of every match)."""

    def __init__(self, db: Database):
        self.db = db

    def _ranked(self, table: str, weights: str, column: int, query: str, limit: int,
                marks: tuple[str, str]) -> list[tuple[int, float, str]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            f"SELECT rowid, bm25({table}{weights}) AS rank,"
            f" snippet({table}, {column}, ?, ?, '…', 16)"
            f" FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
            [marks[0], marks[1], query, limit])]

    def ranked_articles(self, query: str, limit: int, marks: tuple[str, str]
                        ) -> list[tuple[int, float, str]]:
        return self._ranked("articles_fts", ", 5.0, 1.0", 1, query, limit, marks)

    def ranked_annotations(self, query: str, limit: int, marks: tuple[str, str]
                           ) -> list[tuple[int, float, str]]:
        return self._ranked("annotations_fts", "", -1, query, limit, marks)

    def _by_id(self, select: str, key: str, ids: list[int]) -> dict[int, Row]:
        if not ids:
            return {}
        cursor = self.db.execute(f"{select} WHERE {key} IN (SELECT value FROM json_each(?))",
                                 [json.dumps(ids)])
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        return {row["id"]: row for row in rows}

    def article_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id("SELECT id, title, source FROM articles", "id", ids)

    def annotation_heads(self, ids: list[int]) -> dict[int, Row]:
        return self._by_id(
            "SELECT n.id, n.article_id, n.kind, a.title, a.source, s.name AS speaker"
            " FROM annotations n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id", "n.id", ids)


class SqliteSuggestions:
    def __init__(self, db: Database):
        self.db = db

    def engine_input(self, article_id: int) -> tuple[str, str] | None:
        row = self.db.execute("SELECT text, language FROM articles WHERE id = ?",
                              [article_id]).fetchone()
        return None if row is None else (row[0], row[1] or "")

    def dismissed(self, article_id: int) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT kind, exact FROM dismissed_suggestions WHERE article_id = ?"
            " ORDER BY dismissed_at, rowid", [article_id])]

    def taken_spans(self, article_id: int) -> list[tuple[str, int, int]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            'SELECT kind, start, "end" FROM annotations WHERE article_id = ?'
            " AND start IS NOT NULL", [article_id])]

    def dismiss(self, article_id: int, kind: str, exact: str, at: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO dismissed_suggestions (article_id, kind, exact,"
                        " dismissed_at) VALUES (?, ?, ?, ?)", [article_id, kind, exact, at])

    def undismiss(self, article_id: int, kind: str, exact: str) -> None:
        self.db.execute("DELETE FROM dismissed_suggestions WHERE article_id = ? AND kind = ?"
                        " AND exact = ?", [article_id, kind, exact])


class SqlitePages:
    def __init__(self, db: Database):
        self.db = db

    def get(self, article_id: int) -> list[tuple[int, str]]:
        return get_pages(self.db.conn, article_id)

    def set(self, article_id: int, pages: list[tuple[int, str]]) -> None:
        set_pages(self.db.conn, article_id, pages)


class SqliteStores:
    """The stores of one SQLite library file."""

    def __init__(self, db: Database):
        self.db = db
        self.collections = SqliteCollections(db)
        self.coders = SqliteCoders(db)
        self.pages = SqlitePages(db)
        self.search = SqliteSearch(db)
        self.suggestions = SqliteSuggestions(db)

    def data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])
