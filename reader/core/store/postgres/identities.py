"""Stable identities (UUIDs) in a team library (``IdentityStore``): all of it portable SQL
(``store.portable.identities``)."""

from __future__ import annotations

from ..portable.identities import PortableIdentities
from .common import PgSql
from .connection import PgDatabase


class PgIdentities(PortableIdentities):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
