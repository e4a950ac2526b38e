"""File dialogs that never open a file to look at it (review R16-11).

Qt's file dialogs type each file they list by its contents when its name does not say
(shared-mime-info types ``*.sqlite3`` by name, not ``*.sqlite``, ``-wal`` or ``-shm``): a
dialog showing the library's folder opened and closed the library file and its journals
in the app's own process. Closing any descriptor of a file drops every POSIX lock the
process holds on it, so another program's next write (the command line) took the app's
connection for gone, deleted the write-ahead log under it, and the library lost writes and
ended with a damaged index (the R14-8 / R15-2 class). A GTK theme's native dialog runs in
the process too and sniffs the same way.

So every dialog here is Qt's own widget dialog (``DontUseNativeDialog``) with an icon
provider that answers from the file's name and kind alone, and the app calls these
functions, never ``QFileDialog``'s static ones (a test checks). Each returns what the
static function of the same name returns: ``(path, filter)``, ``(paths, filter)`` or a
folder, empty when cancelled.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

#: the Type column's words, by a file's kind and name alone
FOLDER = QT_TRANSLATE_NOOP("FileDialogs", "Folder")
FILE = QT_TRANSLATE_NOOP("FileDialogs", "File")
SUFFIX_FILE = QT_TRANSLATE_NOOP("FileDialogs", "{suffix} file")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


class NamesOnly(QFileIconProvider):
    """Icons and types from a file's name and kind (``stat``), never from its contents."""

    def icon(self, what):  # (two overloads: an IconType, or a QFileInfo)
        if isinstance(what, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return _tr(FOLDER)
        suffix = info.suffix()
        return _tr(SUFFIX_FILE).format(suffix=suffix.upper()) if suffix else _tr(FILE)


def make_dialog(parent: QWidget | None, caption: str, directory: str, filter: str,
                mode: QFileDialog.FileMode,
                accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen
                ) -> QFileDialog:
    """A dialog as the static functions would show, that opens no file it lists."""
    start, name = directory, ""
    if directory and not os.path.isdir(directory):  # a file name to start with
        start, name = os.path.split(directory)
    dialog = QFileDialog(parent, caption, start, filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NamesOnly()
    dialog.setIconProvider(provider)
    dialog._names_only = provider  # type: ignore[attr-defined]  # (kept alive with it)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if name:
        dialog.selectFile(name)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """The files chosen and the filter they were chosen under; nothing when cancelled."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filter: str = "") -> tuple[str, str]:
    files, chosen = _run(make_dialog(parent, caption, directory, filter,
                                     QFileDialog.FileMode.ExistingFile))
    return (files[0], chosen) if files else ("", "")


def get_open_file_names(parent: QWidget | None, caption: str = "", directory: str = "",
                        filter: str = "") -> tuple[list[str], str]:
    files, chosen = _run(make_dialog(parent, caption, directory, filter,
                                     QFileDialog.FileMode.ExistingFiles))
    return (files, chosen) if files else ([], "")


def get_save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                       filter: str = "") -> tuple[str, str]:
    files, chosen = _run(make_dialog(parent, caption, directory, filter,
                                     QFileDialog.FileMode.AnyFile,
                                     QFileDialog.AcceptMode.AcceptSave))
    return (files[0], chosen) if files else ("", "")


def get_existing_directory(parent: QWidget | None, caption: str = "",
                           directory: str = "") -> str:
    files, _ = _run(make_dialog(parent, caption, directory, "",
                                QFileDialog.FileMode.Directory))
    return files[0] if files else ""
