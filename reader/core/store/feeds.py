"""Subscribed feeds and the items each has brought in (so no item is imported twice)."""

from __future__ import annotations

import sqlite3

FEED_COLUMNS = ("id", "url", "title", "site_url", "added_at", "checked_at", "last_error")


def add_feed(conn: sqlite3.Connection, url: str, title: str, site_url: str, stamp: str) -> int:
    cursor = conn.execute("INSERT INTO feeds (url, title, site_url, added_at) VALUES (?, ?, ?, ?)",
                          [url, title, site_url, stamp])
    return int(cursor.lastrowid)


def feed_by_url(conn: sqlite3.Connection, url: str) -> int | None:
    row = conn.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()
    return row[0] if row else None


def feed_rows(conn: sqlite3.Connection, feed_ids: list[int] | None = None) -> list[dict]:
    """Feeds with how many items each has brought in, in the order they were added."""
    sql = (f"SELECT {', '.join('f.' + c for c in FEED_COLUMNS)},"
           " (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items"
           " FROM feeds f")
    params: list = []
    if feed_ids is not None:
        sql += f" WHERE f.id IN ({','.join('?' * len(feed_ids))})"
        params = list(feed_ids)
    cursor = conn.execute(sql + " ORDER BY f.id", params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def delete_feed(conn: sqlite3.Connection, feed_id: int) -> int:
    return conn.execute("DELETE FROM feeds WHERE id = ?", [feed_id]).rowcount


def known_items(conn: sqlite3.Connection, feed_id: int, keys: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(keys), 900):
        part = keys[start:start + 900]
        known.update(row[0] for row in conn.execute(
            f"SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN"
            f" ({','.join('?' * len(part))})", [feed_id, *part]))
    return known


def record_item(conn: sqlite3.Connection, feed_id: int, key: str, link: str, title: str,
                article_id: int | None, stamp: str) -> None:
    conn.execute("INSERT OR IGNORE INTO feed_items (feed_id, item_key, link, title, article_id,"
                 " seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                 [feed_id, key, link, title, article_id, stamp])


def mark_checked(conn: sqlite3.Connection, feed_id: int, stamp: str, error: str,
                 title: str = "") -> None:
    conn.execute("UPDATE feeds SET checked_at = ?, last_error = ?,"
                 " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
                 [stamp, error, title, title, feed_id])
