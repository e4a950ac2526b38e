"""What every PostgreSQL store module shares."""

from __future__ import annotations

from psycopg import sql

from ..interfaces import Row
from .connection import PgDatabase


def by_name(column: str = "name") -> str:
    """An ORDER BY key sorting names as SQLite's ``COLLATE NOCASE`` does (case-blind, by
    code point), whatever the server's own collation."""
    return f'lower({column}::text) COLLATE "C"'


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
