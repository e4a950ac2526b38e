"""Dismissed suggestions and the spans already taken, in a team library
(``SuggestionStore``)."""

from __future__ import annotations

from .connection import PgDatabase


class PgSuggestions:
    def __init__(self, db: PgDatabase):
        self.db = db

    def engine_input(self, article_id: int) -> tuple[str, str] | None:
        row = self.db.execute("SELECT text, language FROM articles WHERE id = ?",
                              [article_id]).fetchone()
        return None if row is None else (row[0], row[1] or "")

    def dismissed(self, article_id: int) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT kind, exact FROM dismissed_suggestions WHERE article_id = ?"
            " ORDER BY dismissed_at, seq", [article_id])]

    def taken_spans(self, article_id: int) -> list[tuple[str, int, int]]:
        return [(r[0], int(r[1]), int(r[2])) for r in self.db.execute(
            'SELECT kind, start, "end" FROM annotations WHERE article_id = ?'
            " AND start IS NOT NULL ORDER BY id", [article_id])]

    def dismiss(self, article_id: int, kind: str, exact: str, at: str) -> None:
        self.db.execute(
            "INSERT INTO dismissed_suggestions (article_id, kind, exact, dismissed_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (article_id, kind, exact)"
            " DO UPDATE SET dismissed_at = EXCLUDED.dismissed_at, seq = DEFAULT",
            [article_id, kind, exact, at])

    def undismiss(self, article_id: int, kind: str, exact: str) -> None:
        self.db.execute("DELETE FROM dismissed_suggestions WHERE article_id = ? AND kind = ?"
                        " AND exact = ?", [article_id, kind, exact])
