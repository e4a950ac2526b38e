"""What every PostgreSQL store module shares, and ``PgSql``: ``store.portable``'s ``Sql``
over PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from psycopg import sql

from ..portable import Params
from ..portable import like_escape as like_escape  # (re-exported for the article store)
from ..rows import Row
from .connection import PgDatabase


def by_name(column: str = "name") -> str:
    """An ORDER BY key sorting names as SQLite's ``COLLATE NOCASE`` does (case-blind, by
    code point), whatever the server's own collation."""
    return f'lower({column}::text) COLLATE "C"'


def int_array(values: Iterable[Any]) -> str:
    """Whole numbers as a PostgreSQL array literal (``'{1,2,3}'``, cast with ``::bigint[]``)."""
    return "{" + ",".join(map(str, map(int, values))) + "}"


def insert_row(db: PgDatabase, table: str, row: Row) -> int:
    """Insert one row (its keys are the columns); returns its id. An ``id`` or ``uuid``
    that is None is left to the server; a row put under its own id keeps that id from
    being handed out again (as SQLite's AUTOINCREMENT does)."""
    row = {k: v for k, v in row.items() if not (k in ("id", "uuid") and v is None)}
    columns = list(row)
    new_id = db.value(sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING id").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(sql.Placeholder() * len(columns))), [row[c] for c in columns])
    if "id" in row:
        db.execute("SELECT kutip_ids_taken(?, ?)", [f"{table}_id_seq", row["id"]])
    return int(new_id)


class PgSql:
    """``Sql`` over a team library's connection (``store.portable``)."""

    def __init__(self, db: PgDatabase):
        self.db = db

    def rows(self, sql: str, params: Params = ()) -> list[Row]:
        return self.db.rows(sql, params)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.db.rows(sql, params)
        return rows[0] if rows else None

    def value(self, sql: str, params: Params = ()) -> Any:
        return self.db.value(sql, params)

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        return [row[0] for row in self.db.execute(sql, params)]

    def run(self, sql: str, params: Params = ()) -> int:
        return int(self.db.execute(sql, params).rowcount)

    def run_many(self, sql: str, rows: Iterable[Params]) -> None:
        self.db.executemany(sql, list(rows))

    def insert(self, sql: str, params: Params = ()) -> int:
        return int(self.db.value(sql + " RETURNING id", params))

    def insert_row(self, table: str, row: Row) -> int:
        return insert_row(self.db, table, row)

    def tuples(self, sql: str, params: Params = ()) -> Iterator[tuple[Any, ...]]:
        return self.db.execute(sql, params)

    def any_of(self, column: str, values: Iterable[Any]) -> tuple[str, list[Any]]:
        """``column = ANY(…)`` of these values; numbers go as one array literal (psycopg
        adapts a list element by element in Python: ~1.5 µs each, and the trail's catch-up
        asks for tens of thousands of ids at a time)."""
        values = list(values)
        if not any(isinstance(v, str) for v in values):
            return f"{column} = ANY(?::bigint[])", [int_array(values)]
        return f"{column} = ANY(?)", [[v if isinstance(v, str) else int(v) for v in values]]

    def nocase(self, column: str) -> str:
        return by_name(column)

    def nocase_like(self, column: str) -> str:
        return f"{column}::text ILIKE ? ESCAPE '\\'"


def mark_unseen(db: PgDatabase, rows: list[Row], viewer: int | None, what: str) -> list[Row]:
    """``rows`` (speakers or tags, ``what``, counted for ``viewer``) with those the server
    says the annotations ``viewer`` may not read use (``kutip_unseen_uses``, migration
    0025) marked ``unseen`` when not marked yet: a coder's server hides those annotations
    (none counted, none to count off), so their list leaves out a name only the blind
    others' work uses, as a library file's does."""
    if viewer is None:
        return rows
    used = {int(r[0]) for r in db.execute(
        "SELECT id FROM kutip_unseen_uses(?) WHERE what = ?", [viewer, what])}
    for row in rows:
        if int(row["id"]) in used and not row["unseen"]:
            row["unseen"] = 1
    return rows
