"""Page starts of paged originals in a team library (``PageStore``): portable SQL
(``store.portable.pages``)."""

from __future__ import annotations

from ..portable.pages import PortablePages
from .common import PgSql
from .connection import PgDatabase


class PgPages(PortablePages):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
