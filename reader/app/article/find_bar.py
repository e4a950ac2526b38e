"""The find bar under the article: Ctrl+F, type, Enter / Shift+Enter, Esc."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Finds text in ``edit`` (case-insensitive, wrapping); hidden until opened."""

    closed = Signal()

    def __init__(self, edit: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in article"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self._find_incremental)
        prev_button = QToolButton(self)
        prev_button.setText("▲")
        prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        prev_button.clicked.connect(self.find_previous)
        next_button = QToolButton(self)
        next_button.setText("▼")
        next_button.setToolTip(self.tr("Next match (Enter)"))
        next_button.clicked.connect(self.find_next)
        self.status = QLabel(self)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.clicked.connect(self.close_bar)
        row.addWidget(QLabel(self.tr("Find:"), self))
        row.addWidget(self.find_edit, 1)
        row.addWidget(prev_button)
        row.addWidget(next_button)
        row.addWidget(self.status)
        row.addWidget(close_button)
        self.hide()

    def open(self) -> None:
        self.show()
        selected = self.edit.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.find_edit.blockSignals(True)
            self.find_edit.setText(selected)
            self.find_edit.blockSignals(False)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._set_status(True)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if obj is self.find_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(obj, event)

    def _find_incremental(self, _text: str = "") -> None:
        cursor = self.edit.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.edit.setTextCursor(cursor)
        self._find(backward=False)

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self._set_status(True)
            return False
        doc = self.edit.document()
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        found = doc.find(needle, self.edit.textCursor(), flags)
        if found.isNull():  # wrap around
            origin = QtGui.QTextCursor(doc)
            move = QtGui.QTextCursor.MoveOperation
            origin.movePosition(move.End if backward else move.Start)
            found = doc.find(needle, origin, flags)
        if found.isNull():
            self._set_status(False)
            return False
        self._set_status(True)
        self.edit.setTextCursor(found)
        self.edit.ensureCursorVisible()
        return True

    def _set_status(self, ok: bool) -> None:
        self.status.setText("" if ok else self.tr("No match"))
        self.find_edit.setStyleSheet("" if ok else "QLineEdit { background: rgba(220,38,38,60); }")
