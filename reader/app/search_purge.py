"""The full-text indexes purged of deleted words in the window's idle time (review R21-8).

A deleted article's or note's words, and text Edit Article Text took out, stay readable in
the library file's search indexes until a purge (``Search.purge``) merges them away. At
100,000 articles a whole purge takes ≈ 60 steps of ≈ 0.1 s (≈ 6–13 s in all): too long for
a close to wait for, so here it runs on a thread of its own, on its own connection, once the
library has not changed for ``PURGE_DELAY_MS``, at most once in ``PURGE_EVERY_S``; a close
then finds nothing left. Each step is
one short transaction: the window's own writes wait at most a step. The window's close
stops it after the step under way (its connection then closes without purging more).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core.library import Library
from ..core.paths import library_location
from ..core.store import StoreError

#: after the library's last change: the purge starts once writes have stopped for this long
PURGE_DELAY_MS = 60_000
#: and not sooner than this after the last one started: a purge rewrites the whole index
#: (at 100k: 220-840 MB written, review RR22-2), so a day of note edits is not one each
PURGE_EVERY_S = 15 * 60


class PurgeWorker(QObject):
    """``Library(path).search.purge()`` in a thread; emits whether nothing is owed now."""

    finished = Signal(bool)

    def __init__(self, db_path: str | Path):
        super().__init__()
        self.db_path = library_location(db_path)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the step under way (from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        done = False
        try:
            library = Library(self.db_path)
            try:
                if not library.read_only:  # (another program writing: later)
                    done = library.search.purge(should_cancel=self._cancel.is_set)
            finally:
                library.close(purge=False)
        except StoreError:
            done = False
        finally:
            self.finished.emit(done)


class SearchPurge(QObject):
    """Starts a ``PurgeWorker`` when the window's library owes a purge: after it opens and
    after each change, once the library has been still for ``PURGE_DELAY_MS``. One worker at
    a time; a purge that could not finish (another program holding the write lock) is tried
    again after the next change, not at once."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.worker: PurgeWorker | None = None
        self._last: float | None = None  # (time.monotonic() of the last start)
        self._thread = None
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self.library.subscribe(self._on_change)
        self._timer.start(PURGE_DELAY_MS)

    def _on_change(self, changes) -> None:
        if not self._closed:
            self._timer.start(PURGE_DELAY_MS)  # (again: a run of writes waits for its end)

    def _start(self) -> None:
        if self._closed or self.worker is not None or self.library.read_only:
            return
        if self._last is not None and time.monotonic() - self._last < PURGE_EVERY_S:
            self._timer.start(int((PURGE_EVERY_S - (time.monotonic() - self._last)) * 1000))
            return
        try:
            if not self.library.search.purge_owed():
                return
        except StoreError:
            return
        from .quotes.controller import _in_thread

        self._last = time.monotonic()
        self.worker = PurgeWorker(self.library.path)
        self._thread = _in_thread(self, self.worker, self._done)

    def _done(self, done: bool) -> None:
        from .quotes.controller import _ended

        thread, self._thread, self.worker = self._thread, None, None
        _ended(thread)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until the purge under way ended (tests)."""
        if self._thread is not None:
            self._thread.wait(timeout_ms)

    def close(self) -> None:
        """The window is closing: the purge stops after its step under way."""
        self._closed = True
        self._timer.stop()
        self.library.unsubscribe(self._on_change)
        if self.worker is not None:
            from .quotes.controller import _stopped

            _stopped(self._thread, self.worker, self._done, cancel=True)
            self._thread = self.worker = None
