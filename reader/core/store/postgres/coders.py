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
        self._mine: int | None = None  # the login's own coder, once known (it stays theirs)
        self._may_code_blind: bool | None = None

    def default_id(self) -> int | None:
        """In a team library, the login's own coder (a member codes as themselves): asked of
        the server once, not at every tag."""
        if self._mine is not None:
            return self._mine
        row = self.db.execute("SELECT kutip_my_coder(), min(id) FROM coders").fetchone()
        if row is None:
            return None
        self._mine = optional_id(row[0])
        return self._mine if self._mine is not None else optional_id(row[1])

    def may_code_blind(self) -> bool:
        """Editors and owners only: they change collections (``GRANTS``)."""
        if self._may_code_blind is None:
            self._may_code_blind = bool(self.db.value(
                "SELECT has_table_privilege('collections', 'UPDATE')"))
        return self._may_code_blind

    def fixed_name(self) -> str | None:
        found = self.db.value("SELECT name FROM coders WHERE id = kutip_my_coder()")
        return None if found is None else str(found)
