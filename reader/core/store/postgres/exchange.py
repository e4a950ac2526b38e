"""The store behind ``library.exchange`` in a team library (``ExchangeStore``): the
portable file's merge, and ``kutip team push``/``pull``. Portable SQL
(``store.portable.exchange``) but for remembering versions, which says exactly which rows
this transaction added, whatever other members add at the same time, and for tombstones,
which go through the server's functions (migration 0027: a coder's only for their own
annotations, deleted or put back in the same transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...messages import Message
from ..errors import NotAllowed
from ..portable.exchange import PortableExchange
from .common import PgSql
from .connection import PgDatabase


class PgExchange(PortableExchange):
    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._may_merge: bool | None = None

    def remember_versions(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        wanted = list(dict.fromkeys(pairs))
        if not wanted:
            return []
        if not self.may_merge():  # (one line, not the server's 'permission denied for
            # table merge_versions'; a coder's push with nothing to note still goes through)
            raise NotAllowed(Message(
                "lib.merge-takes-editor", "Merging into the team library (kutip team push)"
                " takes an editor's or the owner's login; this one is a coder's. Nothing was"
                " changed."))
        added = self.db.execute(
            "INSERT INTO merge_versions (annotation_uuid, fingerprint)"
            " SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING"
            " RETURNING annotation_uuid, fingerprint",
            [[u for u, _ in wanted], [f for _, f in wanted]]).fetchall()
        made = {(str(u), str(f)) for u, f in added}
        return [p for p in wanted if p in made]

    def may_merge(self) -> bool:
        if self._may_merge is None:  # (a login's privileges: asked once)
            self._may_merge = bool(self.db.value(
                "SELECT has_table_privilege(current_user, 'merge_versions', 'INSERT')"))
        return self._may_merge

    def note_edits(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        wanted = list(dict.fromkeys(pairs))
        if not wanted:
            return []
        added = self.db.execute(
            "SELECT noted_uuid, noted_version FROM kutip_note_versions(?::text[], ?::text[])",
            [[u for u, _ in wanted], [f for _, f in wanted]]).fetchall()
        made = {(str(u), str(f)) for u, f in added}
        return [p for p in wanted if p in made]

    def bury(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        rows = list(rows)
        if rows:
            self.db.execute("SELECT kutip_bury(?::text[], ?::text[], ?::text[], ?::text[])",
                            [list(column) for column in zip(*rows, strict=True)])

    def unbury(self, uuids: Sequence[str]) -> None:
        if uuids:
            self.db.execute("SELECT kutip_unbury(?::text[])", [list(uuids)])

    def may_delete_articles(self) -> bool:
        """Editors and owners only (``GRANTS``): a coder's push carrying an article's
        deletion leaves the article (and the report says so)."""
        return bool(self.db.value("SELECT has_table_privilege('articles', 'DELETE')"))
