"""The SQLite store of what the suggestion engine reads, and the suggestions dismissed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database



class SqliteSuggestions:
    def __init__(self, db: Database):
        self.db = db

    def engine_input(self, article_id: int) -> tuple[str, str] | None:
        row = self.db.execute("SELECT text, language FROM articles WHERE id = ?",
                              [article_id]).fetchone()
        return None if row is None else (row[0], row[1] or "")

    def dismissed(self, article_id: int, coder_id: int | None = None
                  ) -> list[tuple[str, str]]:
        mine = "" if coder_id is None else " AND coder_id = ?"
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT kind, exact FROM dismissed_suggestions WHERE article_id = ?" + mine
            + " GROUP BY kind, exact ORDER BY min(dismissed_at), min(rowid)",
            [article_id] + ([] if coder_id is None else [coder_id]))]

    def taken_spans(self, article_id: int, coder_id: int | None = None
                    ) -> list[tuple[str, int, int]]:
        mine = "" if coder_id is None else " AND coder_id = ?"
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            'SELECT kind, start, "end" FROM annotations WHERE article_id = ?'
            " AND start IS NOT NULL" + mine,
            [article_id] + ([] if coder_id is None else [coder_id]))]

    def dismiss(self, article_id: int, kind: str, exact: str, at: str,
                coder_id: int | None = None) -> None:
        self.db.execute("INSERT OR REPLACE INTO dismissed_suggestions (article_id, kind, exact,"
                        " dismissed_at, coder_id) VALUES (?, ?, ?, ?,"
                        " coalesce(?, (SELECT min(id) FROM coders)))",
                        [article_id, kind, exact, at, coder_id])

    def undismiss(self, article_id: int, kind: str, exact: str,
                  coder_id: int | None = None) -> None:
        mine = "" if coder_id is None else " AND coder_id = ?"
        self.db.execute("DELETE FROM dismissed_suggestions WHERE article_id = ? AND kind = ?"
                        " AND exact = ?" + mine,
                        [article_id, kind, exact] + ([] if coder_id is None else [coder_id]))
