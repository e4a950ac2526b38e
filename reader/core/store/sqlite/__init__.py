"""The SQLite implementation of the store interfaces (``reader.core.store.interfaces``),
over sqlite-utils: one module per area, ``SqliteStores`` holds one of each for a file."""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..connection import BUSY_TIMEOUT_MS, honour_damage_marker, mark_damaged, replaced_file
from ..errors import DamagedLibrary
from ..transaction import others_wrote, read_snapshot, transaction
from .guard import guarded

if TYPE_CHECKING:
    from sqlite_utils import Database

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

#: each area of a library's stores: its module here and its class. An area is built, and
#: its module imported, when first used: `kutip list` needs two of the fourteen (issue 12).
AREAS = {
    "annotations": ("annotations", "SqliteAnnotations"),
    "articles": ("articles", "SqliteArticles"),
    "bulk": ("bulk", "SqliteBulk"),
    "coders": ("coders", "SqliteCoders"),
    "collections": ("collections", "SqliteCollections"),
    "exchange": ("exchange", "SqliteExchange"),
    "feeds": ("feeds", "SqliteFeeds"),
    "identities": ("identities", "SqliteIdentities"),
    "pages": ("pages", "SqlitePages"),
    "search": ("search", "SqliteSearch"),
    "speakers": ("speakers", "SqliteSpeakers"),
    "suggestions": ("suggestions", "SqliteSuggestions"),
    "tags": ("tags", "SqliteTags"),
    "trail": ("trail", "SqliteTrail"),
}
_CLASSES = dict(AREAS.values())


def import_areas() -> None:
    """Import every area's module now (the app, which uses them all, once its first frame is
    shown)."""
    for module, _ in AREAS.values():
        importlib.import_module(f".{module}", __name__)


def __getattr__(name: str) -> Any:  # the area classes, imported on first use
    if name in _CLASSES:
        return getattr(importlib.import_module(f".{_CLASSES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SqliteStores:
    """The stores of one SQLite library file: an attribute per area (``AREAS``), each
    built on first use and raising ``StoreError``, never sqlite3's errors (``guard``)."""

    annotations: SqliteAnnotations
    articles: SqliteArticles
    bulk: SqliteBulk
    coders: SqliteCoders
    collections: SqliteCollections
    exchange: SqliteExchange
    feeds: SqliteFeeds
    identities: SqliteIdentities
    pages: SqlitePages
    search: SqliteSearch
    speakers: SqliteSpeakers
    suggestions: SqliteSuggestions
    tags: SqliteTags
    trail: SqliteTrail

    def __init__(self, db: Database):
        self.db = db

    def __getattr__(self, name: str) -> Any:
        if name not in AREAS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        module, cls = AREAS[name]
        made = getattr(importlib.import_module(f".{module}", __name__), cls)(self.db)
        area = guarded(made, self.db)
        setattr(self, name, area)  # (found directly from now on)
        return area

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with transaction(self.db):
            yield

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[None]:
        with read_snapshot(self.db):
            yield

    @contextlib.contextmanager
    def impatient(self) -> Iterator[None]:
        conn = self.db.conn
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

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

    @contextlib.contextmanager
    def derived_only(self) -> Iterator[None]:
        db = self.db
        setattr(db, "kutip_derived", getattr(db, "kutip_derived", 0) + 1)  # noqa: B010
        try:
            yield
        finally:
            setattr(db, "kutip_derived", getattr(db, "kutip_derived") - 1)  # noqa: B009, B010

    def others_wrote(self) -> bool:
        return others_wrote(self.db)

    def replaced(self) -> bool:
        return replaced_file(self.db)

    def wrote_data(self) -> bool:
        return bool(getattr(self.db, "kutip_wrote", False))

    def purge_owed(self) -> bool:
        """(Read here, not by the search area: a close asks it, and ``kutip list`` loads no
        search module, issue 12.)"""
        try:
            return self.db.execute("SELECT 1 FROM search_purge_owed LIMIT 1").fetchone() is not None
        except sqlite3.Error:  # (closed, or a file without the table: nothing to do)
            return False

    def close(self) -> str | None:
        self.db.close()
        kept: str | None = getattr(self.db, "kutip_kept", None)
        return kept
