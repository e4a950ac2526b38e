"""Tags and their links to annotations in a team library (``TagStore``). Names are
``citext``: ``name = ?`` compares case-blind."""

from __future__ import annotations

from collections.abc import Iterable

from ..interfaces import Row
from .common import by_name, like_escape, put_back_named
from .connection import PgDatabase

_COUNTED = ("SELECT t.id, t.name::text AS name, t.colour, coalesce(t.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotation_tags nt WHERE nt.tag_id = t.id)::int AS uses"
            " FROM tags t")
_NESTED = "name::text ILIKE ? ESCAPE '\\'"


class PgTags:
    def __init__(self, db: PgDatabase):
        self.db = db

    def find(self, name: str) -> int | None:
        found = self.db.value("SELECT id FROM tags WHERE name = ?", [name])
        return None if found is None else int(found)

    def get(self, name: str) -> Row | None:
        rows = self.db.rows(_COUNTED + " WHERE t.name = ?", [name])
        return rows[0] if rows else None

    def get_by_id(self, tag_id: int) -> Row | None:
        rows = self.db.rows("SELECT id, name::text AS name, colour, uuid FROM tags"
                            " WHERE id = ?", [tag_id])
        return rows[0] if rows else None

    def counted(self) -> list[Row]:
        return self.db.rows(_COUNTED + f" ORDER BY {by_name('t.name')}, t.id")

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            f"SELECT name::text FROM tags ORDER BY {by_name()}, id")]

    def colours(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT name::text, colour FROM tags")}

    def nested(self, name: str) -> list[Row]:
        return self.db.rows(f"SELECT id, name::text AS name FROM tags WHERE {_NESTED}"
                            f" ORDER BY {by_name()}, id", [like_escape(name) + "/%"])

    def insert(self, name: str, colour: str) -> int:
        return int(self.db.value("INSERT INTO tags (name, colour) VALUES (?, ?) RETURNING id",
                                 [name, colour]))

    def rename(self, tag_id: int, name: str) -> None:
        self.db.execute("UPDATE tags SET name = ? WHERE id = ?", [name, tag_id])

    def recolour(self, tag_id: int, colour: str) -> None:
        self.db.execute("UPDATE tags SET colour = ? WHERE id = ?", [colour, tag_id])

    def delete(self, tag_id: int) -> None:
        self.db.execute("DELETE FROM tags WHERE id = ?", [tag_id])

    def delete_unused(self, name: str) -> bool:
        cursor = self.db.execute(
            "DELETE FROM tags WHERE name = ? AND NOT EXISTS (SELECT 1 FROM annotation_tags nt"
            " WHERE nt.tag_id = tags.id) AND NOT EXISTS (SELECT 1 FROM tags c"
            " WHERE c.name::text ILIKE ? ESCAPE '\\')", [name, like_escape(name) + "/%"])
        return cursor.rowcount > 0

    def put_back(self, row: Row) -> int:
        if row.get("uuid") and self.db.value("SELECT 1 FROM tags WHERE uuid = ?", [row["uuid"]]):
            row = {**row, "uuid": None}  # (the trigger makes a new one)
        return put_back_named(self.db, "tags", row)

    def links(self, tag_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id",
            [tag_id])]

    def link(self, annotation_id: int, tag_id: int) -> None:
        self.db.execute("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"
                        " ON CONFLICT DO NOTHING", [annotation_id, tag_id])

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.db.execute("INSERT INTO annotation_tags (annotation_id, tag_id)"
                        " SELECT id, ? FROM annotations WHERE id = ANY(?) ON CONFLICT DO NOTHING",
                        [tag_id, [int(i) for i in annotation_ids]])

    def copy_links(self, source_id: int, target_id: int) -> None:
        self.db.execute("INSERT INTO annotation_tags (annotation_id, tag_id)"
                        " SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?"
                        " ON CONFLICT DO NOTHING", [target_id, source_id])

    def unlink_annotation(self, annotation_id: int) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
