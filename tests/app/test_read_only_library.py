"""A library that cannot be written here says so on opening (review R15-12): "(read-only)" in
the window's title, the reason in the status bar, and Quote/Claim/Highlight disabled with the
reason as their tip, instead of a modal error after the first Q."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtGui import QTextCursor

from reader.core.library import Library, open_library
from reader.core.store.connection import READ_ONLY_FILE


def _make_read_only(path) -> None:
    """The file may not be written, as a read-only medium or an immutable file has it
    (root writes a 0444 file: it is made immutable then)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("no way to make a file read-only for root here")


def _make_writable(path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o600)


@pytest.fixture
def read_only_library(db_path):
    open_library(db_path, seed=True).close()
    _make_read_only(db_path)
    library = Library(db_path)
    yield library
    library.close()
    _make_writable(db_path)


def test_the_library_says_why_it_cannot_be_written(db_path):
    with open_library(db_path, seed=True) as writable:
        assert writable.read_only == ""
    _make_read_only(db_path)
    try:
        with Library(db_path) as library:
            assert library.read_only == READ_ONLY_FILE
            assert library.read_only.code == "store.read-only-file"
            assert library.articles.ids()  # still read
    finally:
        _make_writable(db_path)


def test_the_window_says_read_only_on_opening_and_tagging_is_off(open_window,
                                                                read_only_library, tmp_path):
    win = open_window(read_only_library)
    assert win.windowTitle().endswith("— Kutip (read-only)")
    assert win.statusBar().currentMessage() == READ_ONLY_FILE
    reader = win.reader
    cursor = QTextCursor(reader.text_widget.document())
    cursor.setPosition(reader.story_start)
    cursor.setPosition(reader.story_start + 12, QTextCursor.MoveMode.KeepAnchor)
    reader.text_widget.setTextCursor(cursor)
    assert reader.selection_span() is not None
    for action in reader.tag_actions.values():
        assert not action.isEnabled() and action.toolTip() == READ_ONLY_FILE
    win.grab().save(str(tmp_path / "read_only.png"))
    if os.environ.get("KUTIP_SHOT"):
        win.grab().save(os.environ["KUTIP_SHOT"])


def test_a_writable_library_tags_as_before(window):
    assert "(read-only)" not in window.windowTitle()
    reader = window.reader
    cursor = QTextCursor(reader.text_widget.document())
    cursor.setPosition(reader.story_start)
    cursor.setPosition(reader.story_start + 12, QTextCursor.MoveMode.KeepAnchor)
    reader.text_widget.setTextCursor(cursor)
    assert all(a.isEnabled() for a in window.reader.tag_actions.values())
    assert "(Q)" in reader.tag_actions["quote"].toolTip()


def test_the_read_only_mark_is_translated(indonesian, open_window, read_only_library):
    win = open_window(read_only_library)
    assert "(hanya-baca)" in win.windowTitle()
    assert "hanya-baca" in win.statusBar().currentMessage()
