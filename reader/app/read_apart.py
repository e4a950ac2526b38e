"""Reads for the window done in a thread of their own, on a Library of their own.

At 100,000 articles some of the library list's reads take the window's thread tenths of a
second (the first page of a search for "the", every id of a long listing). ``ReadApart``
runs such a read, ``job(library)``, in a thread on its own connection to the library (a
file's, or a team library's), as the window's coder; what it found, or the error it met, is
put in a queue with what was asked (the thread touches no Qt object: a list deleted while
its thread reads, the window closed, must not be emitted on from that thread) and handed to
``taken(asked, found)`` on the window's thread by a timer of its own.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ..core.library import Library
from ..core.paths import is_team_url


class ReadApart(QObject):
    def __init__(self, library: Library, taken: Callable[[Any, Any], None], name: str,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._library = library
        self._taken = taken
        self._name = name  # (the threads': seen in tests and profiles)
        self._found: queue.SimpleQueue[tuple[object, object]] = queue.SimpleQueue()
        self.reading = 0  # threads started whose result was not taken yet
        self._poll = QTimer(self, interval=10)
        self._poll.timeout.connect(self._take)

    def start(self, asked: Any, job: Callable[[Library], object]) -> bool:
        """Run ``job`` in a thread; False where there is no library of its own to open (a
        file gone: the caller reads on its own thread, which says what is wrong)."""
        path = self._library.path
        if not (is_team_url(path) if isinstance(path, str) else path.is_file()):
            return False
        coder = self._library.coders.current  # (coding blind: their own notes and counts)
        found_here = self._found

        def read() -> None:
            found: object
            try:
                with Library(path) as own:
                    own.coders.use(coder or None)
                    found = job(own)
            except Exception as error:  # noqa: BLE001 - read again on the window's thread
                found = error
            found_here.put((asked, found))

        threading.Thread(target=read, name=self._name, daemon=True).start()
        self.reading += 1
        self._poll.start()
        return True

    def stop(self) -> None:
        """Take nothing more until the next ``start`` (the window is closing)."""
        self._poll.stop()

    def _take(self) -> None:
        try:
            asked, found = self._found.get_nowait()
        except queue.Empty:
            return
        self.reading -= 1
        if self.reading <= 0:
            self._poll.stop()
        self._taken(asked, found)
