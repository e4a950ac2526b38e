"""Long library work in a thread: ``LibraryWorker`` runs ``job(library, progress,
should_cancel)`` on a Library of its own (its own connection: a file's, or a team
library's), so the window stays responsive; Cancel is asked between steps."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..core.library import Cancelled, Library
from ..core.paths import library_location
from . import dialog_helpers as dh


class LibraryWorker(QObject):
    """Runs ``job(library, progress, should_cancel)`` on a Library of its own; move it to
    a QThread and call ``run``."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the job's result, or the exception it raised

    def __init__(self, db_path: str | Path, job: Callable):
        super().__init__()
        self.db_path = library_location(db_path)  # a file, or a team library
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next step (safe from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        result: object
        try:
            library = Library(self.db_path)
        except dh.USER_ERRORS as error:
            self.finished.emit(error)
            return
        try:
            result = self.job(library, self.progress.emit, self._cancel.is_set)
        except (Cancelled, *dh.USER_ERRORS) as error:
            result = error
        except Exception as error:  # noqa: BLE001 - never let a thread die silently
            result = RuntimeError(dh.unexpected(error))
        finally:
            library.close()
        self.finished.emit(result)
