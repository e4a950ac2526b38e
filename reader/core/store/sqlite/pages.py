"""The SQLite store of page starts of paged originals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pages import get_pages, set_pages

if TYPE_CHECKING:
    from sqlite_utils import Database


class SqlitePages:
    def __init__(self, db: Database):
        self.db = db

    def get(self, article_id: int) -> list[tuple[int, str]]:
        return get_pages(self.db.conn, article_id)

    def set(self, article_id: int, pages: list[tuple[int, str]]) -> None:
        set_pages(self.db.conn, article_id, pages)
