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
        self.annotations = SqliteAnnotations(db)
        self.articles = SqliteArticles(db)
        self.bulk = SqliteBulk(db)
        self.collections = SqliteCollections(db)
        self.coders = SqliteCoders(db)
        self.feeds = SqliteFeeds(db)
        self.identities = SqliteIdentities(db)
        self.pages = SqlitePages(db)
        self.search = SqliteSearch(db)
        self.speakers = SqliteSpeakers(db)
        self.suggestions = SqliteSuggestions(db)
        self.tags = SqliteTags(db)
        self.exchange = SqliteExchange(db)
        self.trail = SqliteTrail(db)

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
