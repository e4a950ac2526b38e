"""Tags and their links to annotations, in SQLite (``TagStore``): all of it portable SQL
(``store.portable.tags``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.tags import PortableTags
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteTags(PortableTags):
    """Names are ``UNIQUE COLLATE NOCASE``, so ``name = ?`` and ``LIKE`` compare case-blind."""

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
