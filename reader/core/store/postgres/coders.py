"""Coders in a team library (``CoderStore``): each team member's login codes as the coder
whose ``login`` it is, so the default coder and the fixed name come from the login; the
rest is portable SQL (``store.portable.coders``)."""

from __future__ import annotations

from ..portable import optional_id
from ..portable.coders import PortableCoders
from .common import PgSql
from .connection import PgDatabase


class PgCoders(PortableCoders):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def default_id(self) -> int | None:
        """In a team library, the login's own coder (a member codes as themselves)."""
        return optional_id(self.db.value("SELECT coalesce(kutip_my_coder(), min(id)) FROM coders"))

    def fixed_name(self) -> str | None:
        found = self.db.value("SELECT name FROM coders WHERE id = kutip_my_coder()")
        return None if found is None else str(found)
