"""Stable identities (``IdentityStore``): the UUID of every article, annotation, tag,
speaker, coder and collection (unique per table; a new row gets one from the engine).
Table names come only from ``KINDS``, so they are written into the statements."""

from __future__ import annotations

from . import Sql, optional_id

KINDS = ("articles", "annotations", "tags", "speakers", "coders", "collections")
NAMED = ("tags", "speakers", "coders", "collections")


def _check(kind: str, allowed: tuple[str, ...] = KINDS) -> str:
    if kind not in allowed:
        raise ValueError(f"Unknown kind of row {kind!r}.")
    return kind


class PortableIdentities:
    def __init__(self, sql: Sql):
        self.sql = sql

    def by_name(self, kind: str) -> dict[str, str]:
        return {r["name"]: r["uuid"] for r in self.sql.rows(
            f"SELECT name, uuid FROM {_check(kind, NAMED)} WHERE uuid IS NOT NULL")}

    def owner(self, kind: str, uuid: str) -> int | None:
        return optional_id(self.sql.value(f"SELECT id FROM {_check(kind)} WHERE uuid = ?",
                                          [uuid]))

    def adopt(self, kind: str, row_id: int, uuid: str) -> bool:
        if not uuid or self.owner(kind, uuid) is not None:
            return False
        return self.sql.run(f"UPDATE {_check(kind)} SET uuid = ? WHERE id = ?",
                            [uuid, row_id]) > 0
