"""What every area of the Library shares: one ``Session`` (the database, the transaction,
the change notices) and the ``Service`` base class that gives an area its helpers."""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..store import honour_damage_marker, transaction


class LibraryError(Exception):
    """A request the library cannot carry out; ``str(e)`` is the message for the user."""


class NotFound(LibraryError):
    pass


class TextChanged(LibraryError):
    """The article's text is not the one a change was made on (it changed underneath)."""


@dataclass(frozen=True)
class Change:
    """What a write changed, so every view can decide whether to refresh (as Anki's OpChanges).

    ``what`` is one of "articles", "annotations", "tags", "speakers", "collections", "feeds";
    ``article_id`` is set when the change concerns one article.
    """

    what: str
    article_id: int | None = None


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (tag paths contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


Listener = Callable[[Change], None]


class Session:
    """One open library file shared by every area: connection, listeners, what was created."""

    def __init__(self, db: Database):
        self.db = db
        self.listeners: list[Listener] = []
        self._created: set[str] = set()  # "tags"/"speakers" made on the way by a write
        # names of the tags and speakers the latest write created, so undo can remove them
        self.created_names: dict[str, list[str]] = {"tags": [], "speakers": []}

    def changed(self, what: str, article_id: int | None = None) -> None:
        """Notify listeners; tags or speakers a write created on the way are announced too,
        so views refresh their lists only when a new name appeared."""
        changes = [Change(what, article_id)]
        if self.listeners:
            changes += [Change(made) for made in sorted(self._created - {what})]
            self._created.clear()
        for change in changes:
            for listener in list(self.listeners):
                listener(change)

    def refuse_if_damaged(self) -> None:
        """Raise ``DamagedLibrary`` if this file was found damaged (here or by another
        process): for a long write (an import) to stop before it starts."""
        damaged = honour_damage_marker(self.db)
        if damaged is not None:
            raise damaged

    def note_created(self, what: str, name: str) -> None:
        self._created.add(what)
        self.created_names[what].append(name)

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Hold back change notices from the writes inside (the caller sends one after)."""
        listeners, self.listeners = self.listeners, []
        try:
            yield
        finally:
            self.listeners = listeners + [x for x in self.listeners if x not in listeners]

    def tx(self):
        if not self.db.conn.in_transaction:  # a new write: forget what earlier ones created
            self._created.clear()
            self.created_names = {"tags": [], "speakers": []}
        return transaction(self.db)


class Service:
    """An area of the library (articles, tags, …): small helpers over the shared session."""

    #: the method ``library.<area>(…)`` called before the split (e.g. ``library.tags()``)
    _legacy_call = ""

    def __init__(self, session: Session):
        self._session = session

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """``library.tags()`` and the like, from before the Library was split (issue 13)."""
        if not self._legacy_call:
            raise TypeError(f"{type(self).__name__} is not callable")
        area = type(self).__name__.lower()
        warnings.warn(f"library.{area}() is now library.{area}.{self._legacy_call}()",
                      DeprecationWarning, stacklevel=2)
        return getattr(self, self._legacy_call)(*args, **kwargs)

    @property
    def db(self) -> Database:
        return self._session.db

    def _tx(self):
        return self._session.tx()

    def _changed(self, what: str, article_id: int | None = None) -> None:
        self._session.changed(what, article_id)

    def _note_created(self, what: str, name: str) -> None:
        self._session.note_created(what, name)

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

    def _one(self, sql: str, params: Any = ()) -> dict | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _all(self, sql: str, params: Any = ()) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
