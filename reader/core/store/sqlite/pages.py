"""Page starts of paged originals, in SQLite (``PageStore``): portable SQL
(``store.portable.pages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.pages import PortablePages
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqlitePages(PortablePages):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db
