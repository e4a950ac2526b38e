"""What the suggestion engine reads, and the suggestions dismissed (``SuggestionStore``):
the statements both engines share. Which of a coder's dismissals came first, and how one is
recorded again, differ (``_FIRST``, ``dismiss`` in each engine's class)."""

from __future__ import annotations

from ..rows import Row
from . import Sql


def _mine(coder_id: int | None) -> tuple[str, list[int]]:
    """The condition (and its parameter) keeping only ``coder_id``'s rows, if given."""
    return ("", []) if coder_id is None else (" AND coder_id = ?", [coder_id])


class PortableSuggestions:
    #: the order dismissals were made in, for ones dismissed within the same second
    _FIRST = "rowid"

    def __init__(self, sql: Sql):
        self.sql = sql

    def engine_input(self, article_id: int) -> tuple[str, str] | None:
        row = self.sql.one("SELECT text, language FROM articles WHERE id = ?", [article_id])
        return None if row is None else (row["text"], row["language"] or "")

    def dismissed(self, article_id: int, coder_id: int | None = None
                  ) -> list[tuple[str, str]]:
        mine, params = _mine(coder_id)
        return [(r["kind"], r["exact"]) for r in self.sql.rows(
            "SELECT kind, exact FROM dismissed_suggestions WHERE article_id = ?" + mine
            + f" GROUP BY kind, exact ORDER BY min(dismissed_at), min({self._FIRST})",
            [article_id, *params])]

    def taken_spans(self, article_id: int, coder_id: int | None = None
                    ) -> list[tuple[str, int, int]]:
        mine, params = _mine(coder_id)
        return [(r["kind"], int(r["start"]), int(r["end"])) for r in self.sql.rows(
            'SELECT kind, start, "end" FROM annotations WHERE article_id = ?'
            " AND start IS NOT NULL" + mine + " ORDER BY id", [article_id, *params])]

    def dismissed_rows(self, article_id: int) -> list[Row]:
        return self.sql.rows("SELECT kind, exact, dismissed_at, coder_id FROM"
                             " dismissed_suggestions WHERE article_id = ?"
                             f" ORDER BY {self._FIRST}", [article_id])

    def undismiss(self, article_id: int, kind: str, exact: str,
                  coder_id: int | None = None) -> None:
        mine, params = _mine(coder_id)
        self.sql.run("DELETE FROM dismissed_suggestions WHERE article_id = ? AND kind = ?"
                     " AND exact = ?" + mine, [article_id, kind, exact, *params])
