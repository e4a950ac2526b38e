"""What every part of the Library shares: the database, timestamps, change notices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..store import open_database, transaction


class LibraryError(Exception):
    """A request the library cannot carry out; ``str(e)`` is the message for the user."""


class NotFound(LibraryError):
    pass


@dataclass(frozen=True)
class Change:
    """What a write changed, so every view can decide whether to refresh (as Anki's OpChanges).

    ``what`` is one of "articles", "annotations", "tags", "speakers", "collections";
    ``article_id`` is set when the change concerns one article.
    """

    what: str
    article_id: int | None = None


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (tag paths contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class LibraryBase:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db: Database = open_database(path)
        self._listeners: list[Callable[[Change], None]] = []
        self._created: set[str] = set()  # "tags"/"speakers" made on the way by a write
        # names of the tags and speakers the latest write created, so undo can remove them
        self.created_names: dict[str, list[str]] = {"tags": [], "speakers": []}

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener(change)`` after every committed write."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify_external_change(self, what: str, article_id: int | None = None) -> None:
        """Tell listeners about a write made through another connection (e.g. an import thread)."""
        self._changed(what, article_id)

    def _changed(self, what: str, article_id: int | None = None) -> None:
        """Notify listeners; tags or speakers a write created on the way are announced too,
        so views refresh their lists only when a new name appeared."""
        changes = [Change(what, article_id)]
        if self._listeners:
            changes += [Change(made) for made in sorted(self._created - {what})]
            self._created.clear()
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

    def _note_created(self, what: str, name: str) -> None:
        self._created.add(what)
        self.created_names[what].append(name)

    def _tx(self):
        if not self.db.conn.in_transaction:  # a new write: forget what earlier ones created
            self._created.clear()
            self.created_names = {"tags": [], "speakers": []}
        return transaction(self.db)

    def _put_back(self, table: str, row: dict) -> int:
        """Insert a deleted ``row`` (with ``id`` and ``name``) again under its old id, for undo.

        A row of the same name made meanwhile (e.g. by the command line), or one that still
        has the id, is used instead of failing: returns the id the row's links should use.
        """
        there = self._one(f"SELECT id FROM {table} WHERE name = ? UNION ALL"
                          f" SELECT id FROM {table} WHERE id = ? LIMIT 1",
                          [row["name"], row["id"]])
        if there:
            return there["id"]
        self.db[table].insert(row)
        return row["id"]

    def _one(self, sql: str, params=()) -> dict | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _all(self, sql: str, params=()) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
