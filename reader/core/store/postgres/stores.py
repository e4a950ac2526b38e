"""The stores of one team library (``Stores`` over PostgreSQL)."""

from __future__ import annotations

import psycopg

from .coders import PgCoders
from .collections import PgCollections
from .connection import PgDatabase
from .migrations import CHANNEL
from .pages import PgPages
from .search import PgSearch
from .suggestions import PgSuggestions


class PgStores:
    """The stores of one team library, over one connection.

    ``data_version`` moves when another connection commits: every write notifies
    ``kutip_changes`` (migration 0003) and this connection listens, counting the notices
    that came from other connections (its own are its own writes, as SQLite's
    ``data_version`` counts only others').
    """

    def __init__(self, db: PgDatabase):
        self.db = db
        self.collections = PgCollections(db)
        self.coders = PgCoders(db)
        self.pages = PgPages(db)
        self.search = PgSearch(db)
        self.suggestions = PgSuggestions(db)
        self._heard = 0
        self._own_pid = db.pg.info.backend_pid
        db.pg.add_notify_handler(self._notice)
        db.execute(f"LISTEN {CHANNEL}")

    def _notice(self, notice: psycopg.Notify) -> None:
        if notice.pid != self._own_pid:
            self._heard += 1

    def data_version(self) -> int:
        if not self.db.in_transaction:  # notices arrive with the next result: ask for one
            self.db.execute("SELECT 1")
        return self._heard
