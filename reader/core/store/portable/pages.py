"""Page starts of paged originals (``PageStore``): which page of the original (a PDF) a
text offset is on. Portable SQL, the same on both engines."""

from __future__ import annotations

from . import Sql


class PortablePages:
    def __init__(self, sql: Sql):
        self.sql = sql

    def get(self, article_id: int) -> list[tuple[int, str]]:
        return [(int(r["start"]), str(r["label"])) for r in self.sql.rows(
            "SELECT start, label FROM article_pages WHERE article_id = ? ORDER BY start",
            [article_id])]

    def set(self, article_id: int, pages: list[tuple[int, str]]) -> None:
        """Replace the page starts of one article (inside the caller's transaction)."""
        self.sql.run("DELETE FROM article_pages WHERE article_id = ?", [article_id])
        if pages:
            self.sql.run_many(
                "INSERT INTO article_pages (article_id, start, label) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id, start) DO UPDATE SET label = excluded.label",
                [(article_id, start, label) for start, label in pages])
