"""Stable identities (UUIDs), in SQLite (``IdentityStore``): all of it portable SQL
(``store.portable.identities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.identities import PortableIdentities
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteIdentities(PortableIdentities):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
