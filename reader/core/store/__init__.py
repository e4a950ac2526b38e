"""The SQLite store: opening, migrating and writing one library file."""

from .connection import backup_path, damaged_message, mark_damaged, open_database
from .errors import DamagedLibrary, StoreError, is_damage
from .migrations import SCHEMA_VERSION, applied_version
from .transaction import transaction

__all__ = [
    "SCHEMA_VERSION",
    "DamagedLibrary",
    "StoreError",
    "applied_version",
    "backup_path",
    "damaged_message",
    "is_damage",
    "mark_damaged",
    "open_database",
    "transaction",
]
