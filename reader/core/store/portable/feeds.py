"""Subscribed feeds and the items each has brought in, so no item is imported twice
(``FeedStore``): the statements both engines share."""

from __future__ import annotations

from ...messages import Message
from ..rows import Row
from . import Sql, optional_id

FEED_COLUMNS = ("id", "url", "title", "site_url", "added_at", "checked_at", "last_error",
                "last_error_message")
_FEEDS = (f"SELECT {', '.join('f.' + c for c in FEED_COLUMNS)},"
          " (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS items FROM feeds f")


class PortableFeeds:
    def __init__(self, sql: Sql):
        self.sql = sql

    def add(self, url: str, title: str, site_url: str, stamp: str) -> int:
        return self.sql.insert("INSERT INTO feeds (url, title, site_url, added_at)"
                               " VALUES (?, ?, ?, ?)", [url, title, site_url, stamp])

    def by_url(self, url: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM feeds WHERE url = ?", [url]))

    def rows(self, feed_ids: list[int] | None = None) -> list[Row]:
        if feed_ids is None:
            return [_last_error(row) for row in self.sql.rows(_FEEDS + " ORDER BY f.id")]
        condition, params = self.sql.any_of("f.id", feed_ids)
        return [_last_error(row) for row in self.sql.rows(
            _FEEDS + f" WHERE {condition} ORDER BY f.id", params)]

    def delete(self, feed_id: int) -> bool:
        return self.sql.run("DELETE FROM feeds WHERE id = ?", [feed_id]) > 0

    def known_items(self, feed_id: int, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        condition, params = self.sql.any_of("item_key", keys)
        return set(self.sql.column(
            f"SELECT item_key FROM feed_items WHERE feed_id = ? AND {condition}",
            [feed_id, *params]))

    def record_item(self, feed_id: int, key: str, link: str, title: str,
                    article_id: int | None, stamp: str) -> None:
        self.sql.run("INSERT INTO feed_items (feed_id, item_key, link, title, article_id,"
                     " seen_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                     [feed_id, key, link, title, article_id, stamp])

    def mark_checked(self, feed_id: int, stamp: str, error: str, title: str = "") -> None:
        import json  # (here, as in _last_error: a library opened to read never needs it)

        message = json.dumps(error.to_json(), ensure_ascii=False, default=str) \
            if isinstance(error, Message) else ""
        self.sql.run("UPDATE feeds SET checked_at = ?, last_error = ?, last_error_message = ?,"
                     " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
                     [stamp, str(error), message, title, title, feed_id])


def _last_error(row: Row) -> Row:
    """The row with its ``last_error`` a Message again when it was saved as one (its code
    and parameters: shown translated); an error saved as text only stays that text."""
    saved = row.pop("last_error_message", "")
    if saved:
        import json

        try:
            row["last_error"] = Message.from_json(json.loads(saved))
        except (ValueError, KeyError, IndexError, TypeError):  # not a message: the English
            pass
    return row
