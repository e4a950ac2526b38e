"""What every PostgreSQL store module shares."""

from __future__ import annotations

from psycopg import sql

from ..interfaces import Row
from .connection import PgDatabase


def by_name(column: str = "name") -> str:
    """An ORDER BY key sorting names as SQLite's ``COLLATE NOCASE`` does (case-blind, by
    code point), whatever the server's own collation."""
    return f'lower({column}::text) COLLATE "C"'


def insert_row(db: PgDatabase, table: str, row: Row) -> None:
    """Insert one row (its keys are the columns, ``id`` included)."""
    columns = list(row)
    db.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(sql.Placeholder() * len(columns))), [row[c] for c in columns])


def put_back_named(db: PgDatabase, table: str, row: Row) -> int:
    """Insert a deleted ``row`` (with ``id`` and ``name``) again under its old id, for undo;
    a row of the same name made meanwhile, or one that has the id, is used instead.
    Returns the id the row's links should use."""
    there = db.value(sql.SQL("SELECT id FROM {} WHERE name = %s OR id = %s"
                             " ORDER BY (name = %s) DESC LIMIT 1").format(sql.Identifier(table)),
                     [row["name"], row["id"], row["name"]])
    if there is not None:
        return int(there)
    insert_row(db, table, row)
    return int(row["id"])


def like_escape(value: str) -> str:
    """Escape ``value`` for ``LIKE … ESCAPE '\\'`` (names contain ``_`` and ``%``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
