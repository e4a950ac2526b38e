"""The SQLite store of stable identities: the UUID of every article, annotation, tag,
speaker, coder and collection (unique per table; a trigger gives a new row one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


KINDS = ("articles", "annotations", "tags", "speakers", "coders", "collections")
NAMED = ("tags", "speakers", "coders", "collections")


def _check(kind: str, allowed: tuple[str, ...] = KINDS) -> str:
    if kind not in allowed:
        raise ValueError(f"Unknown kind of row {kind!r}.")
    return kind


class SqliteIdentities:
    def __init__(self, db: Database):
        self.db = db

    def by_name(self, kind: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute(
            f"SELECT name, uuid FROM {_check(kind, NAMED)} WHERE uuid IS NOT NULL")}

    def owner(self, kind: str, uuid: str) -> int | None:
        row = self.db.execute(f"SELECT id FROM {_check(kind)} WHERE uuid = ?",
                              [uuid]).fetchone()
        return None if row is None else int(row[0])

    def adopt(self, kind: str, row_id: int, uuid: str) -> bool:
        if not uuid or self.owner(kind, uuid) is not None:
            return False
        return self.db.execute(f"UPDATE {kind} SET uuid = ? WHERE id = ?",
                               [uuid, row_id]).rowcount > 0
