"""What every SQLite store module shares, and ``SqliteSql``: ``store.portable``'s ``Sql`` over
SQLite."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..portable import Params
from ..portable import like_escape as like_escape  # (re-exported: the trail store uses it)
from ..rows import Row

if TYPE_CHECKING:
    from sqlite_utils import Database

#: at most this many values are given to ``IN (…)`` one parameter each
FEW = 100


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


def update_row(db: Database, table: str, row_id: int, values: Row) -> None:
    """Set the columns ``values`` names of the row with ``id`` ``row_id`` (none: nothing)."""
    if values:
        names = list(values)
        assignments = ", ".join(f'"{n}" = ?' for n in names)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                   [*(values[n] for n in names), row_id])


class SqliteSql:
    """``Sql`` over a SQLite library's connection (``store.portable``)."""

    def __init__(self, db: Database):
        self.db = db

    def rows(self, sql: str, params: Params = ()) -> list[Row]:
        return dict_rows(self.db, sql, params)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        return one_row(self.db, sql, params)

    def value(self, sql: str, params: Params = ()) -> Any:
        row = self.db.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        return [row[0] for row in self.db.execute(sql, list(params))]

    def run(self, sql: str, params: Params = ()) -> int:
        return int(self.db.execute(sql, list(params)).rowcount)

    def run_many(self, sql: str, rows: Iterable[Params]) -> None:
        self.db.conn.executemany(sql, rows)

    def insert(self, sql: str, params: Params = ()) -> int:
        return int(self.db.execute(sql, list(params)).lastrowid or 0)

    def insert_row(self, table: str, row: Row) -> int:
        return insert_row(self.db, table, row)

    def tuples(self, sql: str, params: Params = ()) -> Iterator[tuple[Any, ...]]:
        return self.db.execute(sql, list(params))

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, list[Any]]:
        values = list(values)
        if len(values) <= FEW:  # a search's page of hits: one "?" each, no JSON (issue 12)
            return f"{column} IN ({', '.join('?' * len(values))})", values
        # one parameter however many values (SQLite allows 32,766 parameters at most); json
        # loaded here, by the queries that use it (issue 12: `kutip list` never does)
        import json

        return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(values)]

    def nocase(self, column: str) -> str:
        return f"{column} COLLATE NOCASE"

    def nocase_like(self, column: str) -> str:
        return f"{column} LIKE ? ESCAPE '\\'"  # SQLite's LIKE is case-blind (ASCII)


_ADD_COUNTS_DUE = """
UPDATE articles SET quotes = articles.quotes + d.quotes, claims = articles.claims + d.claims,
                    highlights = articles.highlights + d.highlights
FROM annotation_counts_due AS d
WHERE articles.id = d.article_id AND d.article_id <> 0
  AND (d.quotes <> 0 OR d.claims <> 0 OR d.highlights <> 0)
"""


@contextlib.contextmanager
def counts_at_end(db: Database) -> Iterator[None]:
    """Inside a transaction: many annotations written, each article's counts
    (``articles.quotes``, ``claims``, ``highlights``) brought up to date once, at the end
    of the block, instead of by a rewrite of its row (text and all) at each annotation
    (migration 0028). Nested blocks count at the end of the outermost."""
    conn = db.conn
    if not conn.in_transaction:
        raise ValueError("counts_at_end is for a block inside a transaction")
    depth = getattr(db, "kutip_counts_at_end", 0)
    if depth:
        db.kutip_counts_at_end = depth + 1  # type: ignore[attr-defined]
        try:
            yield
        finally:
            db.kutip_counts_at_end = depth  # type: ignore[attr-defined]
        return
    conn.execute("INSERT OR IGNORE INTO annotation_counts_due (article_id) VALUES (0)")
    db.kutip_counts_at_end = 1  # type: ignore[attr-defined]
    try:
        yield
    finally:
        db.kutip_counts_at_end = 0  # type: ignore[attr-defined]
        # also after an error: a caller that catches it inside its own transaction goes on
        # with counts that are right (the transaction's rollback undoes both together)
        conn.execute(_ADD_COUNTS_DUE)
        conn.execute("DELETE FROM annotation_counts_due")
