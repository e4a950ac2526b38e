"""Coders in a team library (``CoderStore``): each team member's login codes as the coder
whose ``login`` it is."""

from __future__ import annotations

from ..interfaces import Row
from .common import by_name
from .connection import PgDatabase


class PgCoders:
    def __init__(self, db: PgDatabase):
        self.db = db

    def counted(self) -> list[Row]:
        return self.db.rows(
            "SELECT c.id, c.name::text AS name, coalesce(c.uuid, '') AS uuid,"
            " count(n.id)::int AS annotations, count(DISTINCT n.article_id)::int AS articles"
            " FROM coders c LEFT JOIN annotations n ON n.coder_id = c.id"
            f" GROUP BY c.id ORDER BY {by_name('c.name')}, c.id")

    def find(self, name: str) -> int | None:
        found = self.db.value("SELECT id FROM coders WHERE name = ?", [name])
        return None if found is None else int(found)

    def insert(self, name: str, created_at: str, uuid: str | None = None) -> int:
        if uuid and self.db.value("SELECT 1 FROM coders WHERE uuid = ?", [uuid]):
            uuid = None
        return int(self.db.value("INSERT INTO coders (name, created_at, uuid) VALUES (?, ?, ?)"
                                 " RETURNING id", [name, created_at, uuid]))

    def default_id(self) -> int | None:
        """In a team library, the login's own coder (a member codes as themselves)."""
        found = self.db.value("SELECT coalesce(kutip_my_coder(), min(id)) FROM coders")
        return None if found is None else int(found)
