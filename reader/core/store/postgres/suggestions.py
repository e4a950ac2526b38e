"""What the suggestion engine reads and the suggestions dismissed, in a team library
(``SuggestionStore``): portable SQL (``store.portable.suggestions``) but for the order of
dismissals and recording one again."""

from __future__ import annotations

from ..portable.suggestions import PortableSuggestions
from .common import PgSql
from .connection import PgDatabase

#: the first key of the advisory locks taken while accepting suggestions on an article (the
#: second is the article's id); two-key advisory locks never meet the one-key ones
#: (``trail.LOCK_KEY``, ``migrations.LOCK_KEY``)
ACCEPTING_LOCK = 0x4B75_6163  # "Kuac"


class PgSuggestions(PortableSuggestions):
    _FIRST = "seq"

    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db

    def dismiss(self, article_id: int, kind: str, exact: str, at: str,
                coder_id: int | None = None) -> None:
        """(None: the login's own coder in a team, else the library's first.)"""
        self.sql.run(
            "INSERT INTO dismissed_suggestions (article_id, kind, exact, dismissed_at,"
            " coder_id) VALUES (?, ?, ?, ?, coalesce(?, kutip_my_coder(),"
            " (SELECT min(id) FROM coders)))"
            " ON CONFLICT (article_id, kind, exact, coder_id)"
            " DO UPDATE SET dismissed_at = EXCLUDED.dismissed_at, seq = DEFAULT",
            [article_id, kind, exact, at, coder_id])

    def hold_accepting(self, article_id: int) -> None:
        """(PostgreSQL's transactions read what was committed before each statement: two
        accepting at once would both find the spans free. An advisory lock, which any
        login may take, orders them; it is let go at the commit or rollback.)"""
        self.sql.run("SELECT pg_advisory_xact_lock(?::int4, (?::int8 % 2147483647)::int4)",
                     [ACCEPTING_LOCK, article_id])
