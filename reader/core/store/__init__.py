"""The SQLite store: opening, migrating and writing one library file."""

import sys

from .connection import (
    backup_path,
    damage_marker,
    damaged_message,
    honour_damage_marker,
    mark_damaged,
    open_database,
    prune_journal_owners,
)
from .errors import (
    CannotWriteNow,
    ChangedMeanwhile,
    ConnectionLost,
    DamagedLibrary,
    NotAllowed,
    StoreError,
    is_damage,
)
from .migrations import SCHEMA_VERSION, applied_version
from .transaction import transaction


def load_sqlite_utils() -> None:
    """The one workaround for sqlite-utils' start-up cost, run before it is first imported.

    ``sqlite_utils.db`` imports numpy (and pandas) when it loads (``np =
    importlib.import_module("numpy")`` in sqlite-utils 3.x-4.x), only so that inserted
    values may be numpy scalars, which Kutip never passes; that is 0.1-0.3 s of every
    command. So numpy is hidden while sqlite_utils loads, and importable again afterwards
    for the code that needs it (the quote trail). sqlite_utils is imported only through
    here (``LibraryDatabase.utils``, the migrations runner); reading commands never load it.
    ``tests/test_cli_startup.py`` fails once a sqlite-utils release no longer imports
    numpy: then this goes.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" -> ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]


__all__ = [
    "SCHEMA_VERSION",
    "CannotWriteNow",
    "ChangedMeanwhile",
    "ConnectionLost",
    "DamagedLibrary",
    "NotAllowed",
    "StoreError",
    "applied_version",
    "backup_path",
    "damage_marker",
    "damaged_message",
    "honour_damage_marker",
    "is_damage",
    "load_sqlite_utils",
    "mark_damaged",
    "open_database",
    "prune_journal_owners",
    "transaction",
]
