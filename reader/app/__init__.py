"""The PySide6 desktop app: thin widgets over Qt model/view, on top of ``reader.core``."""

# The Qt-free core the window needs, before PySide6: PySide6 replaces ``__import__`` with a
# hook that reads the source of every module imported after it (looking for "PySide6",
# for its ``__feature__`` switches); the ~100 modules of the core and the standard library
# behind ``reader.core.library`` skip that when they come first (issue 12: ~20 ms of CPU
# of the app's start).
from ..core import library as _core_library  # noqa: F401, I001
from .pyside_guard import protect_none

protect_none()  # before any widget exists: PySide6 6.12 on Python 3.11 leaks None references
