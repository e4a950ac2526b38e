"""Coders, in SQLite (``CoderStore``): all of it portable SQL (``store.portable.coders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.coders import PortableCoders
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteCoders(PortableCoders):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
