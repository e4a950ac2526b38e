"""The app's file dialogs never open the library's files (review R16-11).

Qt's file dialog typed each file it listed by reading it when the name did not say, so a
dialog on the library's folder opened and closed the library file, its -wal and -shm in
the app's process. That drops every POSIX lock the process holds on them: the next program
to close its connection (the command line after a write) took the app's for gone and
deleted the write-ahead log under it; the app's later writes were lost and the library's
index damaged. The test shows the app's dialog on the folder of a library the process has
open, then lets another process write: the log must still be there, every write kept."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTreeView

from reader.app import file_dialogs
from reader.core.library import Library, open_library

ROOT = Path(__file__).resolve().parents[2]
WRITE = ("import sys; from reader.core.library import Library\n"
         "with Library(sys.argv[1]) as lib:\n"
         "    lib.annotations.add(lib.articles.ids()[0], 0, 12, kind='highlight', note='cli')\n")


@pytest.mark.parametrize("mode", [QFileDialog.FileMode.ExistingFiles,
                                  QFileDialog.FileMode.Directory])
def test_a_dialog_on_the_librarys_folder_leaves_its_locks(qtbot, tmp_path, mode):
    path = tmp_path / "library.sqlite"
    library = open_library(path, seed=True)
    [article] = library.articles.ids()
    library.annotations.add(article, 0, 10, kind="highlight", note="app 1")
    assert os.path.exists(f"{path}-wal")
    try:
        dialog = file_dialogs.make_dialog(None, "Import", str(tmp_path), "All files (*)", mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView)
        if mode != QFileDialog.FileMode.Directory:  # (the files listed, their types shown)
            qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 3)
        qtbot.wait(500)
        dialog.grab()
        dialog.reject()
        done = subprocess.run([sys.executable, "-c", WRITE, str(path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr
        assert os.path.exists(f"{path}-wal"), "the log was deleted under the app"
        library.annotations.add(article, 20, 30, kind="highlight", note="app 2")
    finally:
        library.close()
    with Library(path) as again:
        notes = sorted(a.note for a in again.annotations.for_article(article))
    assert notes == ["app 1", "app 2", "cli"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_app_calls_no_static_file_dialog():
    """Every dialog goes through file_dialogs (the static ones cannot take its provider)."""
    found = []
    for source in (ROOT / "reader" / "app").rglob("*.py"):
        if source.name == "file_dialogs.py":
            continue
        text = source.read_text(encoding="utf-8")
        for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
            if f"QFileDialog.{name}" in text:
                found.append(f"{source.name}: {name}")
    assert found == []
