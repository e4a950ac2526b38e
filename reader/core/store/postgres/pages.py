"""Page starts of paged originals in a team library (``PageStore``)."""

from __future__ import annotations

from .connection import PgDatabase


class PgPages:
    def __init__(self, db: PgDatabase):
        self.db = db

    def get(self, article_id: int) -> list[tuple[int, str]]:
        return [(int(r[0]), str(r[1])) for r in self.db.execute(
            "SELECT start, label FROM article_pages WHERE article_id = ? ORDER BY start",
            [article_id])]

    def set(self, article_id: int, pages: list[tuple[int, str]]) -> None:
        self.db.execute("DELETE FROM article_pages WHERE article_id = ?", [article_id])
        if pages:
            self.db.executemany(
                "INSERT INTO article_pages (article_id, start, label) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id, start) DO UPDATE SET label = EXCLUDED.label",
                [(article_id, start, label) for start, label in pages])
