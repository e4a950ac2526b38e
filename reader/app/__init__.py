"""The PySide6 desktop app: thin widgets over Qt model/view, on top of ``reader.core``."""

# The Qt-free core the window's first frame needs, before PySide6: PySide6 replaces
# ``__import__`` with a hook that reads the source of every module imported after it (looking
# for "PySide6", for its ``__feature__`` switches); the ~100 modules of the core and the
# standard library behind ``reader.core.library`` skip that when they come first (issue 12:
# ~20 ms of CPU of the app's start), and the window's modules once ``restore_import`` has
# put Python's own import back (see pyside_guard). What only an open article, a write or a
# search needs comes after the first paint (``import_after_first_paint``).
import gc as _gc  # noqa: I001

# (and without the cyclic garbage collector: these modules live as long as the process, each
# collection on the way would walk them all again; ``main.run`` pauses it until the window's
# first frame)
_collecting = _gc.isenabled()
_gc.disable()
try:
    from ..core import library as _core_library  # noqa: F401, I001
    from ..core import models as _models  # noqa: F401, I001
    # (the library builds these areas on first use; the window's first frame uses them)
    from ..core.library import articles as _articles  # noqa: F401, I001
    from ..core.library import coders as _coders  # noqa: F401, I001
    from ..core.library import collections as _collections  # noqa: F401, I001
    from ..core.library import speakers as _speakers  # noqa: F401, I001
    from ..core.library import tags as _tags  # noqa: F401, I001
    from ..core.store import sqlite as _sqlite_store  # noqa: I001

    from .pyside_guard import protect_none, restore_import

    protect_none()  # before any widget: PySide6 6.12 on Python 3.11 leaks None references
    restore_import()  # Python's own import again, without PySide6's __feature__ hook
finally:
    if _collecting:
        _gc.enable()


def import_after_first_paint() -> None:
    """The rest of the core the window uses (its change notices, annotations, search, the
    suggestions' records and the store's other areas), once the first frame is shown, so
    that the first article, tag or search does not wait for them (``MainWindow.finish_start``)."""
    from ..core import changes, records  # noqa: F401
    from ..core.library import annotations, search  # noqa: F401

    _sqlite_store.import_areas()

