"""The SQLite stores raise the store's own errors, never ``sqlite3``'s.

Every area of ``SqliteStores`` is wrapped in ``guarded``: an engine error met by one of its
methods (damaged pages found while reading, a busy or read-only file) leaves the store as a
``StoreError`` whose message is a translatable ``Message`` (a ``DamagedLibrary`` for damage,
after the file is marked so that nothing writes to it again). So the services, the app and
the CLI catch only ``StoreError``, whatever the engine (``store/postgres`` does the same for
psycopg's errors).

Inside a transaction the engine error is left as it is: ``transaction`` rolls back and turns
it into a ``StoreError`` with the same words (``transaction.friendly``). Rows read as the
caller iterates (``ArticleStore.stream``, ``AnnotationListing.rows``) are guarded too.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from types import GeneratorType
from typing import TYPE_CHECKING, Any, TypeVar

from ..transaction import friendly

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


def guarded(store: T, db: Database) -> T:
    """``store`` whose public methods raise ``StoreError`` instead of ``sqlite3.Error``."""
    return _Guard(store, db)  # type: ignore[return-value]  # (it forwards every attribute)


class _Guard:
    """Forwards every attribute to the store it wraps; its methods come back guarded (made
    once per name)."""

    def __init__(self, store: object, db: Database):
        object.__setattr__(self, "_guarded_store", store)
        object.__setattr__(self, "_guarded_db", db)
        object.__setattr__(self, "_guarded_methods", {})

    def __getattr__(self, name: str) -> Any:
        methods: dict[str, Callable[..., Any]] = self._guarded_methods
        method = methods.get(name)
        if method is not None:
            return method
        value = getattr(self._guarded_store, name)
        if name.startswith("_") or not callable(value):
            return value
        method = methods[name] = _guard_method(value, self._guarded_db)
        return method

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._guarded_store, name, value)
        self._guarded_methods.pop(name, None)

    def __delattr__(self, name: str) -> None:
        delattr(self._guarded_store, name)
        self._guarded_methods.pop(name, None)

    def __repr__(self) -> str:
        return f"guarded({self._guarded_store!r})"


def _guard_method(method: Callable[..., Any], db: Database) -> Callable[..., Any]:
    conn = db.conn

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        outside = not conn.in_transaction  # (inside one, ``transaction`` converts it)
        try:
            result = method(*args, **kwargs)
        except sqlite3.Error as error:
            if outside:
                raise friendly(error, db, reading=True) from error
            raise
        return _guard_result(result, db)

    return call


def _guard_result(result: Any, db: Database) -> Any:
    if isinstance(result, GeneratorType | sqlite3.Cursor):
        return _guard_rows(result, db)
    if isinstance(result, tuple) and hasattr(result, "_replace"):  # a NamedTuple (a listing)
        fields: tuple[str, ...] = getattr(result, "_fields", ())
        lazy = {name: _guard_rows(value, db) for name, value in zip(fields, result, strict=True)
                if isinstance(value, GeneratorType | sqlite3.Cursor)}
        return result._replace(**lazy) if lazy else result
    return result


def _guard_rows(rows: Iterator[Any], db: Database) -> Iterator[Any]:
    try:
        yield from rows
    except sqlite3.Error as error:
        raise friendly(error, db, reading=True) from error
