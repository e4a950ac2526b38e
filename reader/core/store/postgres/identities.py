"""Stable identities (UUIDs) in a team library (``IdentityStore``)."""

from __future__ import annotations

from psycopg import sql

from .connection import PgDatabase

KINDS = ("articles", "annotations", "tags", "speakers", "coders", "collections")
NAMED = ("tags", "speakers", "coders", "collections")


def _check(kind: str, allowed: tuple[str, ...] = KINDS) -> sql.Identifier:
    if kind not in allowed:
        raise ValueError(f"Unknown kind of row {kind!r}.")
    return sql.Identifier(kind)


class PgIdentities:
    def __init__(self, db: PgDatabase):
        self.db = db

    def by_name(self, kind: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute(sql.SQL(
            "SELECT name::text, uuid FROM {} WHERE uuid IS NOT NULL").format(
                _check(kind, NAMED)))}

    def owner(self, kind: str, uuid: str) -> int | None:
        found = self.db.value(sql.SQL("SELECT id FROM {} WHERE uuid = %s").format(
            _check(kind)), [uuid])
        return None if found is None else int(found)

    def adopt(self, kind: str, row_id: int, uuid: str) -> bool:
        if not uuid or self.owner(kind, uuid) is not None:
            return False
        return self.db.execute(sql.SQL("UPDATE {} SET uuid = %s WHERE id = %s").format(
            _check(kind)), [uuid, row_id]).rowcount > 0
