"""The statements both engines run alike, written once: a base class per store area.

Each area's SQLite class (``store/sqlite/<area>.py``) and PostgreSQL class
(``store/postgres/<area>.py``) derive from the area's portable class here and override
only what differs between the dialects (``group_concat`` or ``ARRAY``, ``executemany`` or
``= ANY(?)``, a sequence to move on). The portable classes reach the database through
``Sql``, which each engine implements over its own connection (``SqliteSql``, ``PgSql``);
statements use SQLite's ``?`` placeholders, which ``PgSql`` passes on as psycopg's.

SQL both engines read the same: ``INSERT … ON CONFLICT``, ``coalesce``, quoted identifiers,
``UNION ALL`` with one ``LIMIT``, scalar sub-queries. What they do not: case-blind order and
``LIKE`` (``Sql.nocase``, ``Sql.nocase_like``), an inserted row's id (``Sql.insert``), a list
of values to compare with (``Sql.any_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ..rows import Row

Params = Sequence[Any]


class Sql(Protocol):
    """One engine's connection, as the portable statements use it."""

    def rows(self, sql: str, params: Params = ()) -> list[Row]:
        """Every row of a query, as a dict of column → value."""

    def one(self, sql: str, params: Params = ()) -> Row | None:
        """The first row of a query, None when there is none."""

    def value(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, None when there is no row."""

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        """The first column of every row."""

    def run(self, sql: str, params: Params = ()) -> int:
        """Run a statement that returns no rows; the number of rows it changed."""

    def run_many(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement once for each set of parameters."""

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an ``INSERT`` of one row; the row's id."""

    def insert_row(self, table: str, row: Row) -> int:
        """Insert ``row`` (its keys are the columns) into ``table``; its id. A row given its
        own ``id`` keeps it, and that id is never handed out again."""

    def tuples(self, sql: str, params: Params = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a query as tuples, read as they are iterated (long listings)."""

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, list[Any]]:
        """The condition "``column`` is one of ``values``" (ids, keys; any number of them)
        and its parameters: ``IN (SELECT value FROM json_each(?))`` or ``= ANY(?)``."""

    def nocase(self, column: str) -> str:
        """An ``ORDER BY`` key sorting ``column`` case-blind, as SQLite's ``NOCASE`` does."""

    def nocase_like(self, column: str) -> str:
        """``column`` matching a ``LIKE`` pattern (``?``, escaped with ``\\``) case-blind."""


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (tag names contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def optional_id(found: Any) -> int | None:
    """An id a query found, as an int; None when it found none."""
    return None if found is None else int(found)


def put_back_named(sql: Sql, table: str, row: Row) -> int:
    """Insert a deleted ``row`` (with ``id`` and ``name``) again under its old id, for undo.

    A row of the same name made meanwhile (e.g. by the command line), or one that still
    has the id, is used instead of failing: returns the id the row's links should use.
    """
    there = sql.value(f"SELECT id FROM {table} WHERE name = ? OR id = ?"
                      " ORDER BY (name = ?) DESC LIMIT 1", [row["name"], row["id"], row["name"]])
    if there is not None:
        return int(there)
    sql.insert_row(table, row)
    return int(row["id"])


def ids_found(sql: Sql, table: str, ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` are the ids of rows of ``table``."""
    condition, params = sql.any_of("id", ids)
    return {int(i) for i in sql.column(f"SELECT id FROM {table} WHERE {condition}", params)}


def update_row(sql: Sql, table: str, row_id: int, values: Row) -> None:
    """Set the columns ``values`` names (written by Kutip, quoted) of the row ``row_id``."""
    if values:
        assignments = ", ".join(f'"{column}" = ?' for column in values)
        sql.run(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])
