"""Closing the window while the Quotes view's first build runs in its thread (review
F8-6): the build stops at its next step, the thread ends before the window goes (no
"QThread: Destroyed while thread is still running"), the library's trail is left as it
was (nothing half-built) and unclaimed, so the next start builds it at once."""

import sqlite3
import threading
import time

import shiboken6
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from reader.core.library import Library, trail_build
from reader.core.library import trail as trail_module

LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


def test_closing_the_window_during_the_first_build_stops_it_cleanly(
        open_window, seeded_library, seed_id, db_path, qtbot, monkeypatch):
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    checking = threading.Event()
    original = trail_build.Builder.check

    def slow_check(self, *args):  # a long check, as on a large library
        checking.set()
        until = time.monotonic() + 30
        while time.monotonic() < until:
            ask = getattr(self, "_ask", None)
            if ask is not None:
                ask()  # (raises Cancelled once the window asks the build to stop)
            time.sleep(0.01)
        return original(self, *args)

    monkeypatch.setattr(trail_build.Builder, "check", slow_check)
    messages = []
    previous = qInstallMessageHandler(
        lambda kind, context, text: messages.append((kind, text)))
    try:
        window = open_window(lib)
        quotes = window.quotes
        quotes.dock.show()
        qtbot.waitUntil(lambda: quotes.busy)
        assert checking.wait(30)
        thread = quotes._thread
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 10  # it stopped at its next step
        assert not quotes.busy and thread.isFinished()
        qtbot.wait(50)  # (a queued "finished" would arrive now: none may, on a closed window)
        shiboken6.delete(thread)  # as the program's end destroys it: safe once it is done
    finally:
        qInstallMessageHandler(previous)
    assert not [text for kind, text in messages if "QThread" in text or kind in (
        QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)]
    with sqlite3.connect(db_path) as conn:
        state = dict(conn.execute("SELECT key, value FROM trail_state").fetchall())
        aside = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'trail%next'"
                             ).fetchall()
    # unclaimed and not built; what it wrote aside (R15-10: not dropped while the window
    # waits) is never read, and the next build drops it
    assert state.get(trail_module.BUILDING) == "" and "built" not in state
    assert all(name.endswith("_next") for (name,) in aside)
    monkeypatch.setattr(trail_build.Builder, "check", original)
    with Library(db_path) as again:  # the next start: built at once, not refused
        assert [v.source for v in again.trail.trail(quote.id).versions] == ["MINA"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'trail%next'"
                            ).fetchall() == []
