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

    def dismissed(self, article_id: int, coder_id: int | None = None
                  ) -> list[tuple[str, str]]:
        mine, params = _mine(coder_id)
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT kind, exact FROM dismissed_suggestions WHERE article_id = ?" + mine
            + " GROUP BY kind, exact ORDER BY min(dismissed_at), min(seq)",
            [article_id, *params])]

    def taken_spans(self, article_id: int, coder_id: int | None = None
                    ) -> list[tuple[str, int, int]]:
        mine, params = _mine(coder_id)
        return [(r[0], int(r[1]), int(r[2])) for r in self.db.execute(
            'SELECT kind, start, "end" FROM annotations WHERE article_id = ?'
            " AND start IS NOT NULL" + mine + " ORDER BY id", [article_id, *params])]

    def dismiss(self, article_id: int, kind: str, exact: str, at: str,
                coder_id: int | None = None) -> None:
        """(None: the login's own coder in a team, else the library's first.)"""
        self.db.execute(
            "INSERT INTO dismissed_suggestions (article_id, kind, exact, dismissed_at,"
            " coder_id) VALUES (?, ?, ?, ?, coalesce(?, kutip_my_coder(),"
            " (SELECT min(id) FROM coders)))"
            " ON CONFLICT (article_id, kind, exact, coder_id)"
            " DO UPDATE SET dismissed_at = EXCLUDED.dismissed_at, seq = DEFAULT",
            [article_id, kind, exact, at, coder_id])

    def undismiss(self, article_id: int, kind: str, exact: str,
                  coder_id: int | None = None) -> None:
        mine, params = _mine(coder_id)
        self.db.execute("DELETE FROM dismissed_suggestions WHERE article_id = ? AND kind = ?"
                        " AND exact = ?" + mine, [article_id, kind, exact, *params])


def _mine(coder_id: int | None) -> tuple[str, list[int]]:
    """The condition (and its parameter) keeping only ``coder_id``'s rows, if given."""
    return ("", []) if coder_id is None else (" AND coder_id = ?", [coder_id])
