"""Errors the store raises, each with a message fit to show a user as it is."""

import sqlite3

SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


class StoreError(Exception):
    """The library file cannot be opened or written; ``str(e)`` says why in one line."""


class CannotWriteNow(StoreError):
    """The library cannot be written now: it is read-only (a read-only file or medium, or
    opened read-only after damage), busy in another program, or its disk is full. Nothing
    was changed; what is stored can still be read (a cache or an index brought up to date
    on the way may show as it was)."""


class ChangedMeanwhile(StoreError):
    """Someone else changed the row after it was read here (a team library): the write was
    refused, nothing was overwritten; ``by`` names who."""

    def __init__(self, message: str, by: str = ""):
        super().__init__(message)
        self.by = by


class ConnectionLost(StoreError):
    """The connection to a team library's server was lost, or cannot be made again: what
    was being written was not (nothing was changed); the next call tries to connect again."""


class NotAllowed(StoreError):
    """A team library's server refused a write this login may not make (a reader's write,
    a coder's change of another's annotation); nothing was changed."""


class DamagedLibrary(StoreError):
    """SQLite found damaged pages in the library file (often only while reading it)."""


def is_damage(error: BaseException) -> bool:
    """True for SQLite's "database disk image is malformed" / "file is not a database"."""
    if isinstance(error, DamagedLibrary):
        return True
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:  # (a "malformed MATCH expression" is a query, not damage)
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    # Kutip only ever stores UTF-8: text that does not decode is garbled pages too
    return "malformed" in text or "not a database" in text or "could not decode" in text
