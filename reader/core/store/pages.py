"""Page starts of paged originals (PDF): which page of the original a text offset is on."""

from __future__ import annotations

import sqlite3


def set_pages(conn: sqlite3.Connection, article_id: int, pages: list[tuple[int, str]]) -> None:
    """Replace the page starts of one article (inside the caller's transaction)."""
    conn.execute("DELETE FROM article_pages WHERE article_id = ?", [article_id])
    if pages:
        conn.executemany("INSERT OR REPLACE INTO article_pages (article_id, start, label)"
                         " VALUES (?, ?, ?)", [(article_id, start, label)
                                                for start, label in pages])


def get_pages(conn: sqlite3.Connection, article_id: int) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in conn.execute(
        "SELECT start, label FROM article_pages WHERE article_id = ? ORDER BY start",
        [article_id])]
