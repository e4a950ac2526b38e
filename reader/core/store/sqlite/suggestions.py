"""What the suggestion engine reads and the suggestions dismissed, in SQLite
(``SuggestionStore``): portable SQL (``store.portable.suggestions``) but for recording a
dismissal again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..portable.suggestions import PortableSuggestions
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqliteSuggestions(PortableSuggestions):
    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.db = db

    def dismiss(self, article_id: int, kind: str, exact: str, at: str,
                coder_id: int | None = None) -> None:
        """(None: the library's first coder.)"""
        self.sql.run("INSERT OR REPLACE INTO dismissed_suggestions (article_id, kind, exact,"
                     " dismissed_at, coder_id) VALUES (?, ?, ?, ?,"
                     " coalesce(?, (SELECT min(id) FROM coders)))",
                     [article_id, kind, exact, at, coder_id])

    def hold_accepting(self, article_id: int) -> None:
        """(Nothing to do: the transaction began with SQLite's write lock, BEGIN IMMEDIATE,
        which no other writer holds until the commit.)"""
