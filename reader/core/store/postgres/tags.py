"""Tags and their links to annotations in a team library (``TagStore``). Names are
``citext``: ``name = ?`` compares case-blind. The statements are portable
(``store.portable.tags``) but for linking many annotations, done in one statement."""

from __future__ import annotations

from collections.abc import Iterable

from ..portable.tags import PortableTags
from .common import PgSql
from .connection import PgDatabase


class PgTags(PortableTags):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def link_existing(self, tag_id: int, annotation_ids: Iterable[int]) -> None:
        self.db.execute("INSERT INTO annotation_tags (annotation_id, tag_id)"
                        " SELECT id, ? FROM annotations WHERE id = ANY(?) ON CONFLICT DO NOTHING",
                        [tag_id, [int(i) for i in annotation_ids]])
