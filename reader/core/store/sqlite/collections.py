"""Collections and which articles are in them, in SQLite (``CollectionStore``): all of it
portable SQL (``store.portable.collections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.collections import PortableCollections
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteCollections(PortableCollections):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
