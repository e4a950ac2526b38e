"""The SQLite store: opening, migrating and writing one library file."""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    # sqlite_utils imports numpy (0.1-0.3 s of every start-up) only so that inserted values
    # may be numpy scalars, which Kutip never passes: hide numpy while sqlite_utils loads.
    # numpy stays importable afterwards for anyone who needs it. Every module that imports
    # sqlite_utils is in this package or imports it first (reader.core.library.base).
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" -> ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]

# ruff: noqa: E402

from .connection import (
    backup_path,
    damage_marker,
    damaged_message,
    honour_damage_marker,
    mark_damaged,
    open_database,
)
from .errors import DamagedLibrary, StoreError, is_damage
from .migrations import SCHEMA_VERSION, applied_version
from .transaction import transaction

__all__ = [
    "SCHEMA_VERSION",
    "DamagedLibrary",
    "StoreError",
    "applied_version",
    "backup_path",
    "damage_marker",
    "damaged_message",
    "honour_damage_marker",
    "is_damage",
    "mark_damaged",
    "open_database",
    "transaction",
]
