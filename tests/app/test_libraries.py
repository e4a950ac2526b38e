"""File → New Library / Open Library: switch files; a new library starts empty; recent ones."""

from __future__ import annotations

import pytest

from reader.app import file_dialogs, main
from reader.core.library import Library, open_library


def test_new_library_asks_for_a_file_and_requests_it(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "studi.sqlite"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.libraryRequested) as blocker:
        window.new_library()
    assert blocker.args == [str(target)]


def test_switching_opens_an_empty_library_and_remembers_the_old_one(qtbot, window, tmp_path):
    old_path = str(window.library.path)
    session = main.Session(window.library, window)
    assert session.switch(str(tmp_path / "baru.sqlite"))
    new = session.window
    qtbot.addWidget(new)
    assert new.library.articles.count() == 0  # no sample article in a new library
    assert new.article_id is None and new.windowTitle() == "Kutip"
    assert old_path in new.recent_libraries()
    new.close()
    session.library.close()


def test_only_the_default_library_gets_the_sample_article(tmp_path, monkeypatch):
    """The app opens what it is given as the CLI does: a named new file starts empty."""
    import reader.core.library as core

    opened = []

    def record(path=None, seed=None):
        with open_library(path, seed) as library:
            opened.append(library.articles.count())
        raise main_store_error()

    def main_store_error():
        from reader.core.store import StoreError

        return StoreError("stop here")

    monkeypatch.setattr(core, "open_library", record)
    monkeypatch.setattr(main, "install_excepthook", lambda *a: None)
    from reader.app import dialog_helpers

    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: None)
    assert main.run(tmp_path / "given.sqlite") == 1
    monkeypatch.delenv("KUTIP_DB")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "own"))
    assert main.run(None) == 1
    assert opened == [0, 1]  # --db NEW: empty; the user's own library's first run: the sample


def test_open_library_seed_flag(tmp_path):
    with open_library(tmp_path / "a.sqlite", seed=False) as library:
        assert isinstance(library, Library) and library.articles.count() == 0


def _recent_actions(window):
    window._fill_recent()
    return {action.text(): action for action in window.recent_menu.actions()}


def test_a_recent_library_that_is_gone_is_said_and_never_made_anew(qtbot, window, tmp_path,
                                                                     monkeypatch):
    """R15-16: File → Open Recent of a library moved or deleted from a folder that is still
    there made a new, empty library under its name. Now: one line, nothing created, and the
    offer to take it off the list (kept when declined)."""
    from reader.app import dialog_helpers

    gone = tmp_path / "news.sqlite"
    with open_library(gone, seed=False):
        pass
    unplugged = tmp_path / "usb" / "arsip.sqlite"  # its drive not connected
    window.settings.setValue("recent_libraries", [str(gone), str(unplugged)])
    for suffix in ("", "-wal", "-shm"):
        gone.with_name(gone.name + suffix).unlink(missing_ok=True)
    session = main.Session(window.library, window)
    asked = []
    answers = iter([False, True, True])

    def confirm(parent, title, text, informative="", ok_text="OK"):
        asked.append((text, informative, ok_text))
        return next(answers)

    monkeypatch.setattr(dialog_helpers, "confirm", confirm)
    actions = _recent_actions(window)
    assert set(actions) == {f"{gone} (not there)", f"{unplugged} (not there)"}

    actions[f"{gone} (not there)"].trigger()  # declined: stays on the list
    assert asked[-1] == ("news.sqlite is not there any more (moved or deleted); nothing was "
                         "created.", "Remove it from File → Open Recent?", "Remove from List")
    assert not gone.exists() and session.window is window
    assert str(gone) in window.recent_libraries()

    _recent_actions(window)[f"{gone} (not there)"].trigger()  # accepted: taken off
    assert not gone.exists() and window.recent_libraries() == [str(unplugged)]

    _recent_actions(window)[f"{unplugged} (not there)"].trigger()
    assert "is not there (moved, or its drive is not connected)" in asked[-1][0]
    assert not unplugged.parent.exists() and window.recent_libraries() == []
    assert session.window is window and session.library is window.library


def test_a_recent_library_that_is_there_opens(qtbot, window, tmp_path):
    there = tmp_path / "ada.sqlite"
    with open_library(there, seed=False):
        pass
    window.settings.setValue("recent_libraries", [str(there)])
    session = main.Session(window.library, window)
    _recent_actions(window)[str(there)].trigger()
    new = session.window
    qtbot.addWidget(new)
    assert new is not window and str(new.library.path) == str(there)
    new.close()
    session.library.close()


def test_open_library_of_a_known_library_never_creates_it(tmp_path):
    from reader.core.store import StoreError

    missing = tmp_path / "hilang.sqlite"
    with pytest.raises(StoreError) as raised:
        open_library(missing, existing=True)
    assert raised.value.args[0].code == "store.library-not-there"
    assert list(tmp_path.iterdir()) == []


def test_opening_the_library_replaced_while_open_opens_the_new_file(
        qtbot, window, tmp_path, monkeypatch):
    """Review17's leftover: a sync tool renamed another copy over the open library; File ›
    Open Library (or Open Recent under another spelling) of it was refused ("… replaced
    while Kutip had the file it replaced open") until Kutip quit, since the new file was
    opened next to the open one. Now the open one
    is closed first (what it had is kept in a copy beside the file, and said), then the
    file now there is opened, with its own work and not the window's journal."""
    import os
    import sqlite3

    from reader.app import dialog_helpers

    path = window.library.path
    [article] = window.library.articles.ids()
    other = tmp_path / "other.sqlite"
    window.library.stores.db.conn.backup(sqlite3.connect(other))  # (another machine's copy)
    window.library.annotations.add(article, 0, 20, kind="highlight", note="the window's")
    with Library(other) as version:
        version.annotations.add(article, 30, 40, kind="highlight", note="the other machine's")
    os.replace(other, path)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    told = []
    monkeypatch.setattr(dialog_helpers, "show_info", lambda parent, title, text: told.append(
        (title, text)))
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: pytest.fail(str(a)))
    session = main.Session(window.library, window)
    # the copy is made aside from the window's thread (26 s of copying at 100,000 articles
    # on this machine): the window keeps painting meanwhile (a tick counted on its thread)
    import threading
    import time

    from PySide6.QtCore import QTimer

    closing, ticks, busy = [], [], [False]
    real_close = window.library.close

    def slow_close():
        closing.append(threading.current_thread() is threading.main_thread())
        busy[0] = True
        time.sleep(0.8)
        busy[0] = False
        return real_close()

    monkeypatch.setattr(window.library, "close", slow_close)
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(lambda: ticks.append(busy[0]))
    ticker.start()
    window.open_library()  # File › Open Library… of the same file (Open Recent lists others)
    ticker.stop()
    assert closing == [False] and sum(ticks) >= 5  # (off the window's thread: it ticked)
    new = session.window
    qtbot.addWidget(new)
    assert new is not window and str(new.library.path) == str(path)
    notes = lambda library: sorted(n.note for n in library.annotations.for_article(article))  # noqa: E731
    assert notes(new.library) == ["the other machine's"]
    [(title, text)] = told
    assert title == "The library file was replaced while open"
    [kept] = [p for p in tmp_path.iterdir() if ".kept-" in p.name]
    assert str(kept) in text
    with Library(kept) as copy:
        assert notes(copy) == ["the window's"]
    new.close()
    session.library.close()
