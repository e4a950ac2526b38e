"""The SQLite store of bulk writes: many articles or annotations in one batch.

Written with ``executemany``; the full-text indexes and the per-article counts are brought
up to date set-based, with the row triggers that would do it row by row dropped for the
batch and put back exactly as they were (DDL is transactional in SQLite, so a failed batch
rolls back with its triggers intact).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ...messages import Message
from ..errors import StoreError
from .common import marks

if TYPE_CHECKING:
    from sqlite_utils import Database

_COUNT_ANNOTATIONS = """
UPDATE articles SET quotes = quotes + c.q, claims = claims + c.c, highlights = highlights + c.h
FROM (SELECT article_id, sum(kind = 'quote') AS q, sum(kind = 'claim') AS c,
             sum(kind = 'highlight') AS h
      FROM annotations WHERE id >= ? GROUP BY article_id) AS c
WHERE articles.id = c.article_id
"""


@contextlib.contextmanager
def _triggers_off(conn: sqlite3.Connection, names: tuple[str, ...]) -> Iterator[None]:
    """Inside a transaction: drop row triggers, then put them back exactly as they were.

    A per-row trigger into FTS5 costs about twice a set-based ``INSERT … SELECT``; the
    caller does the triggers' work set-based.
    """
    saved = [row[0] for row in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks(list(names))})",
        names)]
    if len(saved) != len(names):
        raise StoreError(Message("store.bulk-schema",
                                 "The library's schema is not the one bulk import expects."))
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for sql in saved:
        conn.execute(sql)


def _insert(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks(list(columns))})"


class SqliteBulk:
    def __init__(self, db: Database):
        self.db = db

    def insert_articles(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        conn = self.db.conn
        last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        with _triggers_off(conn, ("articles_fts_ai",)):
            conn.executemany(_insert("articles", columns), rows)
            conn.execute("INSERT INTO articles_fts (rowid, title, text)"
                         " SELECT id, title, text FROM articles WHERE id > ?", [last])

    def next_annotation_id(self) -> int:
        # above every id handed out (AUTOINCREMENT's sqlite_sequence), not only those in
        # use: a deleted annotation's id is its undo's (migration 0004)
        return int(self.db.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM annotations), 0), coalesce((SELECT seq"
            " FROM sqlite_sequence WHERE name = 'annotations'), 0)) + 1").fetchone()[0])

    def insert_annotations(self, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                           tag_links: Sequence[tuple[int, int]]) -> None:
        if "id" not in columns:
            raise ValueError("Bulk annotations come with their ids (next_annotation_id).")
        if not rows:
            return
        conn = self.db.conn
        first = min(row[list(columns).index("id")] for row in rows)
        # (both count triggers: counted here, also inside a block that counts at its end)
        with _triggers_off(conn, ("annotations_fts_ai", "annotations_count_ai",
                                  "annotations_due_ai")):
            conn.executemany(_insert("annotations", columns), rows)
            conn.execute("INSERT INTO annotations_fts (rowid, exact, note)"
                         " SELECT id, exact, note FROM annotations WHERE id >= ?", [first])
            conn.execute(_COUNT_ANNOTATIONS, [first])
        if tag_links:
            conn.executemany("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                             " VALUES (?, ?)", tag_links)
