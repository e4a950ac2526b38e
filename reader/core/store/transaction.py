"""One way to write: every change runs inside ``transaction(db)``.

``BEGIN IMMEDIATE`` takes the write lock up front, so two processes writing the
same library wait for each other (up to the busy timeout) instead of failing
half-way with "database is locked". Nested calls become savepoints.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..messages import Message
from .connection import honour_damage_marker, mark_damaged, moved_away
from .errors import CannotWriteNow, DamagedLibrary, StoreError, is_damage

if TYPE_CHECKING:
    from sqlite_utils import Database


def friendly(error: sqlite3.Error, db: Database, reading: bool = False) -> StoreError:
    """The store's error for an engine error: damage marks the file (``DamagedLibrary``);
    a read-only, full or busy file says so; anything else names SQLite's words, for a
    write (``reading`` False: it was rolled back) or a read."""
    if is_damage(error):
        return mark_damaged(db, error)
    text = str(error).lower()
    read_only = getattr(db, "kutip_read_only", "")
    if read_only and ("readonly" in text or "read-only" in text):
        return CannotWriteNow(read_only if isinstance(read_only, str) else str(read_only))
    if "readonly" in text or "read-only" in text:
        return CannotWriteNow(Message(
            "store.library-read-only-nothing", "The library is read-only; nothing was changed."))
    if "disk is full" in text or "database or disk is full" in text:
        return CannotWriteNow(Message(
            "store.disk-full-nothing-was", "The disk is full; nothing was changed."))
    if "locked" in text or "busy" in text:
        return CannotWriteNow(Message(
            "store.library-busy-another-program", "The library is busy in another program; "
            "nothing was changed. Try again."))
    if reading:
        return StoreError(Message(
            "store.library-could-not-read", "The library could not be read ({error}).",
            error=error))
    return StoreError(Message(
        "store.library-could-not-written", "The library could not be written ({error}); nothing "
        "was changed.", error=error))


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run the block atomically; on any error the database is left as it was."""
    own = getattr(db, "kutip_transaction", None)
    if own is not None:  # a team library (PostgreSQL) has its own transactions
        with own():
            yield db
        return
    conn = db.conn
    # damage seen earlier, here or by another process (its marker): never write to it again
    damaged: DamagedLibrary | None = honour_damage_marker(db)
    if damaged is not None:
        raise damaged
    if conn.in_transaction:
        import secrets  # here: it loads hmac and OpenSSL, for nested writes only

        name = f"kutip_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    moved = moved_away(db)  # (its path names another file now, or none)
    if moved is not None:
        raise moved
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise friendly(error, db) from error
    derived = getattr(db, "kutip_derived", 0) > 0  # (the trail's: ``_stamp``)
    before = conn.total_changes
    try:
        yield db
        if not derived and conn.total_changes != before:
            setattr(db, "kutip_wrote", True)  # noqa: B010 (``Stores.wrote_data``)
            _stamp(db)
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.rollback()
        raise friendly(error, db) from error
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.rollback()
            raise friendly(error, db) from error


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Every read in the block sees the library at one moment (one read transaction: in
    WAL mode it blocks no writer, and what others commit meanwhile is not seen: review
    R21-17); inside a transaction, that one. An engine error is the store's, as a read's."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    try:
        conn.execute("BEGIN")  # (deferred: the read below starts the snapshot, no lock)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.rollback()
        raise friendly(error, db, reading=True) from error
    try:
        yield db
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.rollback()
        raise friendly(error, db, reading=True) from error
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        if conn.in_transaction:
            conn.execute("COMMIT")  # (nothing written: it ends the read, nothing fails)


#: the write stamp's greatest value; the next one after it is 1 again
_STAMP_WRAP = 2**31 - 1
#: where the stamp is kept: a row of a small table every library file has (not the file's
#: header, ``PRAGMA user_version``: a commit that writes page 1 made a killed Kutip's
#: journal read cleanly over the file that replaced it, R19-8's damage unseen)
_STAMP_KEY = "library_write_stamp"


def _read_stamp(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT value FROM trail_state WHERE key = ?",
                           [_STAMP_KEY]).fetchone()
    except sqlite3.OperationalError:  # (a file without the table: no stamp)
        return None
    return int(row[0]) if row else 0


def _stamp(db: Database) -> None:
    """Move the library's write stamp on (a row of ``trail_state``, in the transaction about
    to commit: no schema of its own), so that another connection, told by
    ``data_version`` that someone committed, can tell a change of data from a write of
    derived rows alone (the quote trail's thread: ``derived_only``). Notes whether
    someone else moved it since this connection last looked (``others_wrote``)."""
    conn = db.conn
    old = _read_stamp(conn)
    if old is None:
        return
    if old != getattr(db, "kutip_stamp", None):  # (told at the next ask, though this
        setattr(db, "kutip_others_wrote", True)  # noqa: B010 (write hides it)
    new = old + 1 if old < _STAMP_WRAP else 1
    conn.execute("INSERT INTO trail_state (key, value) VALUES (?, ?) ON CONFLICT (key)"
                 " DO UPDATE SET value = excluded.value", [_STAMP_KEY, str(new)])
    setattr(db, "kutip_stamp", new)  # noqa: B010 (the store's own mark on the connection)


def others_wrote(db: Database) -> bool:
    """Whether another connection moved the write stamp (changed data) since this one
    last asked or wrote; True the first time (nothing to compare with)."""
    try:
        stamp = _read_stamp(db.conn)
    except sqlite3.Error:  # (closed, damaged: take it as a change; the reads say why)
        return True
    wrote = getattr(db, "kutip_others_wrote", False) or stamp is None or stamp != getattr(
        db, "kutip_stamp", None)
    setattr(db, "kutip_stamp", stamp)  # noqa: B010
    setattr(db, "kutip_others_wrote", False)  # noqa: B010
    return wrote
