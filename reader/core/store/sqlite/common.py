"""What every SQLite store module shares."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..interfaces import Row

if TYPE_CHECKING:
    from sqlite_utils import Database


def dict_rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[Row]:
    """Every row of a query as a dict of column → value."""
    cursor = db.execute(sql, list(params))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def one_row(db: Database, sql: str, params: Iterable[Any] = ()) -> Row | None:
    """The first row of a query as a dict, None when there is none."""
    cursor = db.execute(sql, list(params))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def chunks(values: list[Any], size: int = 900) -> Iterator[list[Any]]:
    """``values`` in parts that stay under SQLite's bound-parameter limit."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def marks(values: list[Any]) -> str:
    """``?, ?, …``: one placeholder per value."""
    return ",".join("?" * len(values))


def insert_row(db: Database, table: str, row: Row) -> int:
    """Insert one row (its keys are the columns); returns its id."""
    columns = list(row)
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks(columns)})",
                        [row[c] for c in columns])
    return int(cursor.lastrowid or 0)


def insert_rows(db: Database, table: str, rows: Iterable[Row]) -> None:
    """Insert many rows, one ``executemany`` for each set of columns."""
    groups: dict[tuple[str, ...], list[list[Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(list(row.values()))
    for columns, values in groups.items():
        names = ", ".join(f'"{c}"' for c in columns)
        db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks(list(columns))})",
                            values)


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (tag names contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def put_back_named(db: Database, table: str, row: Row) -> int:
    """Insert a deleted ``row`` (with ``id`` and ``name``) again under its old id, for undo.

    A row of the same name made meanwhile (e.g. by the command line), or one that still
    has the id, is used instead of failing: returns the id the row's links should use.
    """
    there = db.execute(f"SELECT id FROM {table} WHERE name = ? UNION ALL"
                       f" SELECT id FROM {table} WHERE id = ? LIMIT 1",
                       [row["name"], row["id"]]).fetchone()
    if there:
        return int(there[0])
    insert_row(db, table, row)
    return int(row["id"])


def update_row(db: Database, table: str, row_id: int, values: Row) -> None:
    """Set the columns ``values`` names of the row with ``id`` ``row_id`` (none: nothing)."""
    if values:
        names = list(values)
        assignments = ", ".join(f'"{n}" = ?' for n in names)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                   [*(values[n] for n in names), row_id])
