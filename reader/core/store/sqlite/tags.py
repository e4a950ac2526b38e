"""Tags and their links to annotations, in SQLite (``TagStore``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..interfaces import Row
from .common import dict_rows, like_escape, one_row, put_back_named

if TYPE_CHECKING:
    from sqlite_utils import Database

# A count per tag over the ``annotation_tags_tag`` index: a LEFT JOIN … GROUP BY had SQLite
# build an automatic index over all tag links each time (0.7 s at 800k).
_COUNTED = ("SELECT t.id, t.name, t.colour, coalesce(t.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotation_tags nt WHERE nt.tag_id = t.id) AS uses"
            " FROM tags t")


class SqliteTags:
    """Names are ``UNIQUE COLLATE NOCASE``, so ``name = ?`` and ``LIKE`` compare case-blind."""

    def __init__(self, db: Database):
        self.db = db

    def find(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
        return None if row is None else int(row[0])

    def get(self, name: str) -> Row | None:
        return one_row(self.db, _COUNTED + " WHERE t.name = ?", [name])

    def get_by_id(self, tag_id: int) -> Row | None:
        return one_row(self.db, "SELECT id, name, colour, uuid FROM tags WHERE id = ?",
                       [tag_id])

    def counted(self) -> list[Row]:
        return dict_rows(self.db, _COUNTED + " ORDER BY t.name COLLATE NOCASE")

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]

    def colours(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT name, colour FROM tags")}

    def nested(self, name: str) -> list[Row]:
        return dict_rows(self.db, "SELECT id, name FROM tags WHERE name LIKE ? ESCAPE '\\'"
                                  " ORDER BY name COLLATE NOCASE", [like_escape(name) + "/%"])

    def insert(self, name: str, colour: str) -> int:
        cursor = self.db.execute("INSERT INTO tags (name, colour) VALUES (?, ?)", [name, colour])
        return int(cursor.lastrowid or 0)

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
            " WHERE c.name LIKE ? ESCAPE '\\')", [name, like_escape(name) + "/%"])
        return cursor.rowcount > 0

    def put_back(self, row: Row) -> int:
        if row.get("uuid") and self.db.execute("SELECT 1 FROM tags WHERE uuid = ?",
                                               [row["uuid"]]).fetchone():
            row = {**row, "uuid": None}  # (the trigger makes a new one)
        return put_back_named(self.db, "tags", row)

    def links(self, tag_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id",
            [tag_id])]

    def link(self, annotation_id: int, tag_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                        " VALUES (?, ?)", [annotation_id, tag_id])

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
            " SELECT id, ? FROM annotations WHERE id = ?",
            [(tag_id, annotation_id) for annotation_id in annotation_ids])

    def copy_links(self, source_id: int, target_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                        " SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?",
                        [target_id, source_id])

    def unlink_annotation(self, annotation_id: int) -> None:
        self.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
