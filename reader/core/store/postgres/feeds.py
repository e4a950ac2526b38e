"""Subscribed feeds and the items each has brought in, in a team library (``FeedStore``)."""

from __future__ import annotations

from ..interfaces import Row
from .connection import PgDatabase

FEED_COLUMNS = ("id", "url", "title", "site_url", "added_at", "checked_at", "last_error")


class PgFeeds:
    def __init__(self, db: PgDatabase):
        self.db = db

    def add(self, url: str, title: str, site_url: str, stamp: str) -> int:
        return int(self.db.value("INSERT INTO feeds (url, title, site_url, added_at)"
                                 " VALUES (?, ?, ?, ?) RETURNING id",
                                 [url, title, site_url, stamp]))

    def by_url(self, url: str) -> int | None:
        found = self.db.value("SELECT id FROM feeds WHERE url = ?", [url])
        return None if found is None else int(found)

    def rows(self, feed_ids: list[int] | None = None) -> list[Row]:
        sql = (f"SELECT {', '.join('f.' + c for c in FEED_COLUMNS)},"
               " (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id)::int AS items"
               " FROM feeds f")
        params: list[object] = []
        if feed_ids is not None:
            sql += " WHERE f.id = ANY(?)"
            params = [[int(i) for i in feed_ids]]
        return self.db.rows(sql + " ORDER BY f.id", params)

    def delete(self, feed_id: int) -> bool:
        return self.db.execute("DELETE FROM feeds WHERE id = ?", [feed_id]).rowcount > 0

    def known_items(self, feed_id: int, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        return {r[0] for r in self.db.execute(
            "SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key = ANY(?)",
            [feed_id, list(keys)])}

    def record_item(self, feed_id: int, key: str, link: str, title: str,
                    article_id: int | None, stamp: str) -> None:
        self.db.execute("INSERT INTO feed_items (feed_id, item_key, link, title, article_id,"
                        " seen_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [feed_id, key, link, title, article_id, stamp])

    def mark_checked(self, feed_id: int, stamp: str, error: str, title: str = "") -> None:
        self.db.execute("UPDATE feeds SET checked_at = ?, last_error = ?,"
                        " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
                        [stamp, error, title, title, feed_id])
