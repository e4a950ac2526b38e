"""Edit an article's text by hand (fix a typo, add a correction the outlet published).

The dialog only returns the new text; the caller replaces the article's text through
``library.texts.replace`` (as an undoable command), which places every annotation again.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Article
from ..core.textnorm import marked_controls


class TextEditorDialog(QDialog):
    def __init__(self, article: Article, annotation_count: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit text — {title}").format(
            title=marked_controls(" ".join(article.title.split()))))
        self.setObjectName("text-editor-dialog")
        self.original = article.text
        hint = QLabel(
            self.tr("Annotations are placed again after the edit. One whose text you change is "
                    "placed by a close match (and marked to check); one whose text you delete "
                    "keeps its quote and can be re-attached.") if annotation_count else
            self.tr("Change the article's text. Its details (title, source…) are under "
                    "Article Details."))
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(article.text)
        self.editor.setAccessibleName(self.tr("Article text"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.editor.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Replace Text"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self._update_ok()

    def text(self) -> str:
        return self.editor.toPlainText()

    def _update_ok(self) -> None:
        text = self.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text.strip()) and text != self.original)

    @classmethod
    def ask(cls, article: Article, annotation_count: int = 0,
            parent: QWidget | None = None) -> str | None:
        """The edited text, or None when cancelled or unchanged."""
        dialog = cls(article, annotation_count, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text = dialog.text()
        return text if text.strip() and text != article.text else None
