"""The app after an upgrade: a non-modal notice naming the backup, and Library → Backups…"""

import sqlite3

from PySide6.QtWidgets import QMessageBox
from sqlite_utils import Database

from reader.app import dialog_helpers
from reader.app.backups_dialog import BackupsDialog
from reader.core.library import Library
from reader.core.store import backup_path
from reader.core.store.migrations import migrations


def _upgraded_library(path) -> Library:
    old = Database(sqlite3.connect(path))
    migrations.apply(old, stop_before="0003_suggestions_and_sources")
    old["articles"].insert({"title": "Old article", "text": "Kept through the migration."})
    old.close()
    return Library(path)


def test_the_window_says_once_where_the_backup_is_without_blocking(open_window, db_path,
                                                                    qtbot):
    library = _upgraded_library(db_path)
    try:
        window = open_window(library)
        notice = window.upgrade_notice
        qtbot.waitUntil(notice.isVisible)
        assert not notice.isModal()
        backup = str(backup_path(db_path, 2).absolute())
        assert backup in notice.text() and library.upgrade.backup.readable_size in notice.text()
        assert "Library → Backups…" in notice.informativeText()
        notice.grab().save(str(db_path.parent / "upgrade_notice.png"))
        assert window.isEnabled()  # the window is usable meanwhile
        notice.close()
        window.close()
    finally:
        library.close()


def test_no_notice_when_nothing_was_upgraded(window):
    assert getattr(window, "upgrade_notice", None) is None
    assert window.backups_action in window.library_menu.actions()
    assert window.backups_action.isEnabled()


def test_the_backups_dialog_lists_and_removes(qtbot, db_path, monkeypatch):
    _upgraded_library(db_path).close()
    (db_path.parent / "other.schema-v2.backup.sqlite").write_bytes(b"")  # not this library's
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == backup_path(db_path, 2).name
    assert dialog.table.item(0, 1).text() == "2"
    assert not dialog.remove_button.isEnabled()
    dialog.grab().save(str(db_path.parent / "backups_dialog.png"))

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    asked = []
    monkeypatch.setattr(dialog_helpers, "confirm",
                        lambda *args, **kwargs: asked.append(args) or True)
    removed = dialog.remove_selected()
    assert [b.path.name for b in removed] == [backup_path(db_path, 2).name] and asked
    assert dialog.table.rowCount() == 0 and not backup_path(db_path, 2).exists()
    assert db_path.exists() and (db_path.parent / "other.schema-v2.backup.sqlite").exists()
    assert "No backups" in dialog.status.text()


def test_a_failed_removal_is_one_line(qtbot, db_path, monkeypatch):
    _upgraded_library(db_path).close()
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda parent, title, text:
                        shown.append(text))

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(backup_path(db_path, 2)), "unlink", refuse)
    assert dialog.remove_selected(ask=False) == []
    assert len(shown) == 1 and "Permission denied" in shown[0] and "\n" not in shown[0]
    assert dialog.table.rowCount() == 1


def test_the_notice_opens_the_backups_dialog(open_window, db_path, qtbot, monkeypatch):
    library = _upgraded_library(db_path)
    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    try:
        window = open_window(library)
        notice = window.upgrade_notice
        button = next(b for b in notice.buttons()
                      if notice.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
        button.click()
        assert opened and opened[0].table.rowCount() == 1
        window.close()
    finally:
        library.close()


def test_the_backups_dialog_names_the_copies_kept_after_a_replacement(qtbot, db_path,
                                                                       language):
    """R17-12: a copy kept when the library file was replaced while open is listed with
    what it is and how its work comes back (English and Indonesian)."""
    Library(db_path).close()
    kept = db_path.parent / f"{db_path.stem}.kept-20261202-001500.sqlite"
    kept.write_bytes(b"")
    (db_path.parent / "other.kept-20261202-001500.sqlite").write_bytes(b"")  # not this one's
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.resize(720, 360)
    dialog.show()
    assert dialog.kept.isVisible() and kept.name in dialog.kept.text()
    assert "other.kept" not in dialog.kept.text()
    assert dialog.kept.text().count("•") == 1
    dialog.grab().save(str(db_path.parent / f"backups_kept_{language}.png"))
    kept.unlink()
    dialog.reload()
    assert not dialog.kept.isVisible()
