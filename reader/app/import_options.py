"""Asking how documents that hold several articles are imported (EPUB chapters, e-mail
attachments) — only when such files are among what the user imports."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..core.importers import ImportOptions, iter_import_paths

SCAN_LIMIT = 20_000
"""Files looked at under dropped folders when deciding whether to ask (the walk is lazy)."""


def kinds_among(paths: list[Path]) -> set[str]:
    """Which of ``.epub`` / ``.eml`` occur among ``paths`` and the files under them."""
    found: set[str] = set()
    for path in islice(iter_import_paths(paths), SCAN_LIMIT):
        suffix = path.suffix.lower()
        if suffix in (".epub", ".eml"):
            found.add(suffix)
            if len(found) == 2:
                break
    return found


class ImportOptionsDialog(QDialog):
    def __init__(self, kinds: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import options"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Some of these files hold more than one article."), self))
        self.chapters = QCheckBox(self.tr("EPUB books: one article per &chapter "
                                  "(otherwise the whole book is one article)"), self)
        self.attachments = QCheckBox(self.tr("E-mail: also import &attachments "
                                     "(PDF, Word, OpenDocument …) as articles"), self)
        for box, kind in ((self.chapters, ".epub"), (self.attachments, ".eml")):
            box.setVisible(kind in kinds)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ImportOptions:
        return ImportOptions(epub_chapters=self.chapters.isChecked(),
                             attachments=self.attachments.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, paths: list[Path]) -> ImportOptions | None:
        """Default options when nothing needs a choice; None when the user cancels."""
        kinds = kinds_among(paths)
        if not kinds:
            return ImportOptions()
        dialog = cls(kinds, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()
