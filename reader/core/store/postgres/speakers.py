"""Speakers and their aliases in a team library (``SpeakerStore``). Names and aliases are
``citext``: ``= ?`` compares case-blind. The statements are portable
(``store.portable.speakers``) but for moving links back, done in one statement each."""

from __future__ import annotations

from collections.abc import Iterable

from ..portable.speakers import PortableSpeakers
from .common import PgSql
from .connection import PgDatabase


class PgSpeakers(PortableSpeakers):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def move_back(self, annotation_ids: Iterable[int], alias_ids: Iterable[int],
                  source_id: int, target_id: int) -> None:
        for table, ids in (("annotations", annotation_ids), ("speaker_aliases", alias_ids)):
            self.db.execute(f"UPDATE {table} SET speaker_id = ? WHERE id = ANY(?)"
                            " AND speaker_id = ?", [target_id, [int(i) for i in ids], source_id])
