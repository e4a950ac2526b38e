"""Coders in a team library (``CoderStore``): each team member's login codes as the coder
whose ``login`` it is."""

from __future__ import annotations

from collections.abc import Iterable

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

    def fixed_name(self) -> str | None:
        found = self.db.value("SELECT name::text FROM coders WHERE id = kutip_my_coder()")
        return None if found is None else str(found)

    def name_of(self, coder_id: int) -> str | None:
        found = self.db.value("SELECT name::text FROM coders WHERE id = ?", [coder_id])
        return None if found is None else str(found)

    # ------------------------------------------------------------------ blind coding
    def blind_collections(self) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM collections WHERE blind != 0 ORDER BY id")]

    def set_blind(self, collection_id: int, blind: bool) -> None:
        self.db.execute("UPDATE collections SET blind = ? WHERE id = ?",
                        [int(blind), collection_id])

    def blind_articles(self, article_ids: Iterable[int] | None = None) -> set[int]:
        statement = ("SELECT DISTINCT ac.article_id FROM article_collections ac"
                     " JOIN collections c ON c.id = ac.collection_id WHERE c.blind != 0")
        if article_ids is None:
            return {int(r[0]) for r in self.db.execute(statement)}
        return {int(r[0]) for r in self.db.execute(
            statement + " AND ac.article_id = ANY(?)", [[int(i) for i in article_ids]])}

    def kind_counts(self, coder_id: int, article_ids: Iterable[int]
                    ) -> dict[int, dict[str, int]]:
        found: dict[int, dict[str, int]] = {}
        for article_id, kind, n in self.db.execute(
                "SELECT article_id, kind, count(*) FROM annotations WHERE coder_id = ?"
                " AND article_id = ANY(?) GROUP BY article_id, kind",
                [coder_id, [int(i) for i in article_ids]]):
            found.setdefault(int(article_id), {})[str(kind)] = int(n)
        return found
