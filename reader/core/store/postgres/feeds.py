"""Subscribed feeds and the items each has brought in, in a team library (``FeedStore``): all
of it portable SQL (``store.portable.feeds``)."""

from __future__ import annotations

from ..portable.feeds import PortableFeeds
from .common import PgSql
from .connection import PgDatabase


class PgFeeds(PortableFeeds):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
