"""The SQLite store: opening, migrating and writing one library file."""

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
