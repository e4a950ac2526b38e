"""The store behind ``library.exchange`` in SQLite (``ExchangeStore``): the portable file's
export and merge, all of it portable SQL (``store.portable.exchange``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.exchange import PortableExchange
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteExchange(PortableExchange):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
