"""The PySide6 desktop app: thin widgets over Qt model/view, on top of ``reader.core``."""

# The Qt-free core the window needs, before PySide6: PySide6 replaces ``__import__`` with a
# hook that reads the source of every module imported after it (looking for "PySide6",
# for its ``__feature__`` switches); the ~100 modules of the core and the standard library
# behind ``reader.core.library`` skip that when they come first (issue 12: ~20 ms of CPU
# of the app's start).
from ..core import changes as _changes  # noqa: F401, I001  (commands load it on a write)
from ..core import library as _core_library  # noqa: F401, I001
from ..core import records as _records  # noqa: F401, I001  (models give it on first use)
from ..core.library.annotations import Annotations as _Annotations  # noqa: F401, I001
from ..core.library.search import Search as _Search  # noqa: F401, I001
from ..core.store import sqlite as _sqlite_store  # noqa: I001

# (the library and its store build their areas on first use; the window uses them all)
_sqlite_store.import_areas()

from .pyside_guard import protect_none  # noqa: E402

protect_none()  # before any widget exists: PySide6 6.12 on Python 3.11 leaks None references
