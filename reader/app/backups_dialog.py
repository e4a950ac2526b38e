"""Library → Backups…: the copies Kutip wrote of the library file before upgrading it
(``NAME.schema-vN.backup.sqlite``, next to it), listed with their size, and removed on request.

The notice after an upgrade (``show_upgrade_notice``) is non-modal: the window is usable
while it is up, and its Backups… button opens this dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.library.backups import (
    Backup,
    Upgrade,
    list_backups,
    list_kept,
    readable_size,
    remove_backup,
)
from . import dialog_helpers as dh
from .i18n import core_text, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "Backup file"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Schema"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Written"),
)


class BackupsDialog(QDialog):
    def __init__(self, library_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.library_path = Path(library_path)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 300)
        layout = QVBoxLayout(self)
        intro = dh.plain_label(QLabel("", self))  # it names the library's file
        intro.setWordWrap(True)
        intro.setText(self.tr(
            "Before upgrading a library for a new version, Kutip copies it next to itself "
            "({folder}). Only the newest copy is kept; remove it once the library works as "
            "it should.").format(folder=self.library_path.parent))
        layout.addWidget(intro)
        self.table = dh.rows_table(self, [self.tr(c) for c in COLUMNS])
        layout.addWidget(self.table)
        self.status = dh.plain_label(QLabel("", self))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.kept = dh.plain_label(QLabel("", self))  # copies kept after a replacement
        self.kept.setWordWrap(True)
        self.kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.kept)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.folder_button = QPushButton(self.tr("Open &Folder"), self)
        dh.buttons_below(self, layout, [self.remove_button, self.folder_button])
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.folder_button.clicked.connect(self.open_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backups: list[Backup] = []
        self.reload()

    def reload(self) -> None:
        try:
            self.backups = list_backups(self.library_path)
        except dh.USER_ERRORS as error:
            self.backups = []
            self.status.setText(core_text(error))
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            written = dt.datetime.fromtimestamp(backup.modified).strftime("%Y-%m-%d %H:%M")
            values = (backup.path.name, str(backup.version), backup.readable_size, written)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(dh.plain_tooltip(str(backup.path)))
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            total = sum(backup.size for backup in self.backups)
            self.status.setText(self.tr("{count} backup(s), {size} in all.").format(
                count=len(self.backups), size=readable_size(total)))
        elif not self.status.text():
            self.status.setText(self.tr("No backups: Kutip writes one before it upgrades "
                                        "the library."))
        self._show_kept()
        self._update_buttons()

    def _show_kept(self) -> None:
        """The copies kept when the library file was replaced while open (review R17-12),
        what each is and how their work comes back; hidden when there are none."""
        kept = list_kept(self.library_path)
        self.kept.setVisible(bool(kept))
        if not kept:
            return
        lines = [self.tr("Kept when the library file was replaced while open:")]
        for copy in kept:
            what = (self.tr("what Kutip had when it closed") if copy.kind == "replaced"
                    else self.tr("the new file as read with the replaced one's journal"))
            lines.append(f"• {copy.path.name} ({copy.readable_size}): {what}")
        lines.append(self.tr(
            "To bring a copy's work in: open it (File → Open Library…), File → Exchange → "
            "Export Library File…, then open this library again and File → Exchange → Merge "
            "Library File…"))
        self.kept.setText("\n".join(lines))

    def selected(self) -> list[Backup]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.backups[row] for row in rows]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.selected()))

    def remove_selected(self, ask: bool = True) -> list[Backup]:
        chosen = self.selected()
        if not chosen:
            return []
        names = "\n".join(backup.path.name for backup in chosen)
        if ask and not dh.confirm(
                self, self.tr("Remove backups"),
                self.tr("Delete {count} backup file(s) for good?").format(count=len(chosen)),
                names, ok_text=self.tr("Delete")):
            return []
        removed: list[Backup] = []
        for backup in chosen:
            if not dh.guarded(self, self.tr("Remove backups"),
                              lambda b=backup: removed.append(
                                  remove_backup(self.library_path, b.path))):
                break
        self.status.setText("")
        self.reload()
        return removed

    def open_folder(self) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library_path.parent)))


def show_upgrade_notice(parent: QWidget, upgrade: Upgrade) -> QMessageBox:
    """Say once, without blocking the window, that the library was upgraded and where the
    copy of it as it was is; its Backups… button opens the list."""
    box = dh.message_box(
        QMessageBox.Icon.Information, translate("BackupsDialog", "Library upgraded"),
        core_text(upgrade.message()), parent,
        translate("BackupsDialog", "Library → Backups… lists the backups and removes one "
                  "you no longer need."))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    backups = box.addButton(translate("BackupsDialog", "&Backups…"),
                            QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    backups.clicked.connect(lambda: BackupsDialog(upgrade.path, parent).exec())
    box.show()
    return box
