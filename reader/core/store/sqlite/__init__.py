"""The SQLite implementation of the store interfaces (``reader.core.store.interfaces``),
over sqlite-utils: one module per area, ``SqliteStores`` holds one of each for a file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..connection import honour_damage_marker, mark_damaged
from ..errors import DamagedLibrary
from ..transaction import transaction
from .annotations import SqliteAnnotations
from .articles import SqliteArticles
from .bulk import SqliteBulk
from .coders import SqliteCoders
from .collections import SqliteCollections
from .exchange import SqliteExchange
from .feeds import SqliteFeeds
from .guard import guarded
from .identities import SqliteIdentities
from .pages import SqlitePages
from .search import SqliteSearch
from .speakers import SqliteSpeakers
from .suggestions import SqliteSuggestions
from .tags import SqliteTags
from .trail import SqliteTrail

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "SqliteAnnotations",
    "SqliteArticles",
    "SqliteBulk",
    "SqliteCoders",
    "SqliteCollections",
    "SqliteExchange",
    "SqliteFeeds",
    "SqliteIdentities",
    "SqlitePages",
    "SqliteSearch",
    "SqliteSpeakers",
    "SqliteStores",
    "SqliteSuggestions",
    "SqliteTags",
    "SqliteTrail",
]


class SqliteStores:
    """The stores of one SQLite library file."""

    def __init__(self, db: Database):
        self.db = db
        # (each area raises StoreError, never sqlite3's errors: ``guard``)
        self.annotations = guarded(SqliteAnnotations(db), db)
        self.articles = guarded(SqliteArticles(db), db)
        self.bulk = guarded(SqliteBulk(db), db)
        self.collections = guarded(SqliteCollections(db), db)
        self.coders = guarded(SqliteCoders(db), db)
        self.feeds = guarded(SqliteFeeds(db), db)
        self.identities = guarded(SqliteIdentities(db), db)
        self.pages = guarded(SqlitePages(db), db)
        self.search = guarded(SqliteSearch(db), db)
        self.speakers = guarded(SqliteSpeakers(db), db)
        self.suggestions = guarded(SqliteSuggestions(db), db)
        self.tags = guarded(SqliteTags(db), db)
        self.exchange = guarded(SqliteExchange(db), db)
        self.trail = guarded(SqliteTrail(db), db)

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with transaction(self.db):
            yield

    @property
    def in_transaction(self) -> bool:
        return self.db.conn.in_transaction

    def damage(self) -> DamagedLibrary | None:
        return honour_damage_marker(self.db)

    def mark_damaged(self, error: BaseException | str = "") -> DamagedLibrary:
        return mark_damaged(self.db, error)

    def data_version(self) -> int | None:
        try:
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.ProgrammingError:  # closed (a window outliving its library)
            return None

    def close(self) -> None:
        self.db.close()
