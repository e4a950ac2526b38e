"""Subscribed feeds and the items each has brought in, in SQLite (``FeedStore``): all of it
portable SQL (``store.portable.feeds``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.feeds import PortableFeeds
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteFeeds(PortableFeeds):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
