"""A library file's backups, for the app and the CLI: the copies written before each upgrade
(``NAME.schema-vN.backup.sqlite``, see ``reader.core.store.backups`` for the rules).

They are files next to the library, so they are listed and removed by the library's path,
without opening it: a library too damaged or too new to open still shows its backups.
"""

from __future__ import annotations

from ..store.backups import (
    Backup,
    KeptCopy,
    Upgrade,
    list_backups,
    list_kept,
    readable_size,
    remove_backup,
)

__all__ = ["Backup", "KeptCopy", "Upgrade", "list_backups", "list_kept", "readable_size",
           "remove_backup"]
