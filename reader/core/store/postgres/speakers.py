"""Speakers and their aliases in a team library (``SpeakerStore``). Names and aliases are
``citext``: ``= ?`` compares case-blind. The statements are portable
(``store.portable.speakers``) but for moving links back, done in one statement each, and
making a speaker, which two members may do at once (the second gets the first's)."""

from __future__ import annotations

from collections.abc import Iterable

from ..portable.speakers import PortableSpeakers
from ..rows import Row
from .common import PgSql, mark_unseen
from .connection import PgDatabase


class PgSpeakers(PortableSpeakers):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._may_add_aliases: bool | None = None

    def insert(self, name: str, description: str = "", speaker_id: int | None = None) -> int:
        """A new speaker's id; when another member made one of that name meanwhile, theirs
        (a speaker put back under its own id is inserted as it is)."""
        if speaker_id is not None:
            return super().insert(name, description, speaker_id)
        made = self.db.value("INSERT INTO speakers (name, description) VALUES (?, ?)"
                             " ON CONFLICT (name) DO NOTHING RETURNING id", [name, description])
        if made is None:
            made = self.db.value("SELECT id FROM speakers WHERE name = ?", [name])
        return int(made)

    def move_back(self, annotation_ids: Iterable[int], alias_ids: Iterable[int],
                  source_id: int, target_id: int) -> None:
        for table, ids in (("annotations", annotation_ids), ("speaker_aliases", alias_ids)):
            self.db.execute(f"UPDATE {table} SET speaker_id = ? WHERE id = ANY(?)"
                            " AND speaker_id = ?", [target_id, [int(i) for i in ids], source_id])

    def may_add_aliases(self) -> bool:
        """Editors and owners only (migration 0025): an alias names a speaker in every
        member's quotes."""
        if self._may_add_aliases is None:
            self._may_add_aliases = bool(self.db.value(
                "SELECT has_table_privilege('speaker_aliases', 'INSERT')"))
        return self._may_add_aliases

    def counted(self, viewer: int | None = None) -> list[Row]:
        """(A coder's server hides the blind others' annotations, migration 0025: what it
        says they name is marked ``unseen``, for the list to leave out a speaker only they
        name; their number stays the server's.)"""
        rows = super().counted(viewer)
        return mark_unseen(self.db, rows, viewer, "speaker")
