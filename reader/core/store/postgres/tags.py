"""Tags and their links to annotations in a team library (``TagStore``). Names are
``citext``: ``name = ?`` compares case-blind. The statements are portable
(``store.portable.tags``) but for linking many annotations, done in one statement, and
making a tag, which two members may do at once (the second gets the first's)."""

from __future__ import annotations

from collections.abc import Iterable

from ..portable.tags import PortableTags
from ..rows import Row
from .common import PgSql, mark_unseen
from .connection import PgDatabase


class PgTags(PortableTags):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def insert(self, name: str, colour: str) -> int:
        """A new tag's id; when another member made one of that name meanwhile (their
        transaction committed while this one waited for it), theirs."""
        made = self.db.value("INSERT INTO tags (name, colour) VALUES (?, ?)"
                             " ON CONFLICT (name) DO NOTHING RETURNING id", [name, colour])
        if made is None:
            made = self.db.value("SELECT id FROM tags WHERE name = ?", [name])
        return int(made)

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.db.execute("INSERT INTO annotation_tags (annotation_id, tag_id)"
                        " SELECT id, ? FROM annotations WHERE id = ANY(?) ON CONFLICT DO NOTHING",
                        [tag_id, [int(i) for i in annotation_ids]])

    def counted(self, viewer: int | None = None) -> list[Row]:
        """(As ``PgSpeakers.counted``: the tags of the blind others' annotations marked.)"""
        return mark_unseen(self.db, super().counted(viewer), viewer, "tag")
