"""The SQLite store: opening, migrating and writing one library file."""

from .connection import backup_path, open_database
from .errors import StoreError
from .migrations import SCHEMA_VERSION, applied_version
from .transaction import transaction

__all__ = [
    "SCHEMA_VERSION",
    "StoreError",
    "applied_version",
    "backup_path",
    "open_database",
    "transaction",
]
