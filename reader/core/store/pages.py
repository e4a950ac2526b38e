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


def pages_of_articles(conn: sqlite3.Connection, article_ids: list[int]
                      ) -> dict[int, list[tuple[int, str]]]:
    """The page starts of those of ``article_ids`` that have pages (at most ~900 ids)."""
    if not article_ids:
        return {}
    out: dict[int, list[tuple[int, str]]] = {}
    for article_id, start, label in conn.execute(
            f"SELECT article_id, start, label FROM article_pages WHERE article_id IN"
            f" ({','.join('?' * len(article_ids))}) ORDER BY article_id, start", article_ids):
        out.setdefault(article_id, []).append((start, label))
    return out
