"""Tags and their links to annotations (``TagStore``): the statements both engines share.
Names compare case-blind with ``name = ?`` (SQLite: ``COLLATE NOCASE``; PostgreSQL:
``citext``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..blind import unseen_sql
from ..rows import Row
from . import Sql, like_escape, optional_id, put_back_named

# A count per tag over the ``annotation_tags_tag`` index: a LEFT JOIN … GROUP BY had SQLite
# build an automatic index over all tag links each time (0.7 s at 800k).
_COUNTED = ("SELECT t.id, t.name, t.colour, coalesce(t.uuid, '') AS uuid,"
            " (SELECT count(*) FROM annotation_tags nt WHERE nt.tag_id = t.id) AS uses"
            " FROM tags t")


class PortableTags:
    def __init__(self, sql: Sql):
        self.sql = sql

    def find(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM tags WHERE name = ?", [name]))

    def get(self, name: str) -> Row | None:
        return self.sql.one(_COUNTED + " WHERE t.name = ?", [name])

    def get_by_id(self, tag_id: int) -> Row | None:
        return self.sql.one("SELECT id, name, colour, uuid FROM tags WHERE id = ?", [tag_id])

    def counted(self, viewer: int | None = None) -> list[Row]:
        rows = self.sql.rows(_COUNTED + f" ORDER BY {self.sql.nocase('t.name')}, t.id")
        if viewer is None:
            return rows
        condition, params = unseen_sql(viewer)  # (everyone's less the blind others')
        unseen = {int(tag): int(count) for tag, count in self.sql.tuples(
            "SELECT nt.tag_id, count(*) FROM annotation_tags nt JOIN annotations n"
            f" ON n.id = nt.annotation_id WHERE {condition} GROUP BY nt.tag_id", params)}
        for row in rows:
            row["unseen"] = unseen.get(row["id"], 0)
            row["uses"] -= row["unseen"]
        return rows

    def names_by_id(self) -> dict[int, str]:
        return {int(tag_id): name for tag_id, name in self.sql.tuples("SELECT id, name FROM tags")}

    def names(self) -> list[str]:
        return self.sql.column(f"SELECT name FROM tags ORDER BY {self.sql.nocase('name')}, id")

    def colours(self) -> dict[str, str]:
        return {r["name"]: r["colour"] for r in self.sql.rows("SELECT name, colour FROM tags")}

    def nested(self, name: str) -> list[Row]:
        return self.sql.rows(f"SELECT id, name FROM tags WHERE {self.sql.nocase_like('name')}"
                             f" ORDER BY {self.sql.nocase('name')}, id", [like_escape(name) + "/%"])

    def insert(self, name: str, colour: str) -> int:
        return self.sql.insert("INSERT INTO tags (name, colour) VALUES (?, ?)", [name, colour])

    def rename(self, tag_id: int, name: str) -> None:
        self.sql.run("UPDATE tags SET name = ? WHERE id = ?", [name, tag_id])

    def recolour(self, tag_id: int, colour: str) -> None:
        self.sql.run("UPDATE tags SET colour = ? WHERE id = ?", [colour, tag_id])

    def delete(self, tag_id: int) -> None:
        self.sql.run("DELETE FROM tags WHERE id = ?", [tag_id])

    def delete_unused(self, name: str) -> bool:
        return self.sql.run(
            "DELETE FROM tags WHERE name = ? AND NOT EXISTS (SELECT 1 FROM annotation_tags nt"
            " WHERE nt.tag_id = tags.id) AND NOT EXISTS (SELECT 1 FROM tags c"
            f" WHERE {self.sql.nocase_like('c.name')})", [name, like_escape(name) + "/%"]) > 0

    def put_back(self, row: Row) -> int:
        if row.get("uuid") and self.sql.value("SELECT 1 FROM tags WHERE uuid = ?", [row["uuid"]]):
            row = {**row, "uuid": None}  # (the trigger makes a new one)
        return put_back_named(self.sql, "tags", row)

    def links(self, tag_id: int) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id",
            [tag_id])]

    def link(self, annotation_id: int, tag_id: int) -> None:
        self.sql.run("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)"
                     " ON CONFLICT DO NOTHING", [annotation_id, tag_id])

    def link_named(self, annotation_id: int, name: str) -> bool:
        return self.sql.run("INSERT INTO annotation_tags (annotation_id, tag_id)"
                            " SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING",
                            [annotation_id, name]) > 0

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.sql.run_many("INSERT INTO annotation_tags (annotation_id, tag_id)"
                          " SELECT id, ? FROM annotations WHERE id = ? ON CONFLICT DO NOTHING",
                          [(tag_id, annotation_id) for annotation_id in annotation_ids])

    def copy_links(self, source_id: int, target_id: int) -> None:
        self.sql.run("INSERT INTO annotation_tags (annotation_id, tag_id)"
                     " SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?"
                     " ON CONFLICT DO NOTHING", [target_id, source_id])

    def unlink_annotation(self, annotation_id: int) -> None:
        self.sql.run("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])

    def unlink(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.sql.run_many("DELETE FROM annotation_tags WHERE tag_id = ? AND annotation_id = ?",
                          [(tag_id, annotation_id) for annotation_id in annotation_ids])
