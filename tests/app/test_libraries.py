"""File → New Library / Open Library: switch files; a new library starts empty; recent ones."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from reader.app import main
from reader.core.library import Library, open_library


def test_new_library_asks_for_a_file_and_requests_it(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "studi.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
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
