"""Collections and which articles are in them, in a team library (``CollectionStore``): all
of it portable SQL (``store.portable.collections``)."""

from __future__ import annotations

from ..portable.collections import PortableCollections
from .common import PgSql
from .connection import PgDatabase


class PgCollections(PortableCollections):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
