"""The SQLite store of subscribed feeds and the items each has brought in (so no item is
imported twice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import chunks, dict_rows, marks

if TYPE_CHECKING:
    from sqlite_utils import Database

FEED_COLUMNS = ("id", "url", "title", "site_url", "added_at", "checked_at", "last_error")


class SqliteFeeds:
    def __init__(self, db: Database):
        self.db = db

    def add(self, url: str, title: str, site_url: str, stamp: str) -> int:
        cursor = self.db.execute("INSERT INTO feeds (url, title, site_url, added_at)"
                                 " VALUES (?, ?, ?, ?)", [url, title, site_url, stamp])
        return int(cursor.lastrowid or 0)

    def by_url(self, url: str) -> int | None:
        row = self.db.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()
        return None if row is None else int(row[0])

    def rows(self, feed_ids: list[int] | None = None) -> list[Row]:
        sql = (f"SELECT {', '.join('f.' + c for c in FEED_COLUMNS)},"
               " (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items"
               " FROM feeds f")
        params: list[int] = []
        if feed_ids is not None:
            sql += f" WHERE f.id IN ({marks(feed_ids)})"
            params = list(feed_ids)
        return dict_rows(self.db, sql + " ORDER BY f.id", params)

    def delete(self, feed_id: int) -> bool:
        return self.db.execute("DELETE FROM feeds WHERE id = ?", [feed_id]).rowcount > 0

    def known_items(self, feed_id: int, keys: list[str]) -> set[str]:
        known: set[str] = set()
        for part in chunks(keys):
            known.update(row[0] for row in self.db.execute(
                f"SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN"
                f" ({marks(part)})", [feed_id, *part]))
        return known

    def record_item(self, feed_id: int, key: str, link: str, title: str,
                    article_id: int | None, stamp: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO feed_items (feed_id, item_key, link, title,"
                        " article_id, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                        [feed_id, key, link, title, article_id, stamp])

    def mark_checked(self, feed_id: int, stamp: str, error: str, title: str = "") -> None:
        self.db.execute("UPDATE feeds SET checked_at = ?, last_error = ?,"
                        " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
                        [stamp, error, title, title, feed_id])
