"""A label whose text changes often (a count after every tag) without the window being laid
out again each time.

A ``QLabel`` given new text asks its parent's layout to be redone, and that layout, once
done, asks its own parent's, up to the window: every tag laid out the whole window and
repainted the tab bar above the annotation list, for a heading whose size had not changed.
``SteadyLabel`` holds its ``QLabel`` in a widget without a layout, so the label's request
stops there; the holder asks its parent only when the label's size really changed (a
longer text, a second line).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QWidget):
    """A word-wrapped ``QLabel`` (``.label``) that lays its parent out again only when
    its size changes. ``text()``/``setText()`` are the label's."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _size(self) -> tuple[QSize, QSize, int]:
        label = self.label
        return label.sizeHint(), label.minimumSizeHint(), label.heightForWidth(self.width())

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        if text == self.label.text():
            return
        before = self._size()
        self.label.setText(text)
        if self._size() != before:
            self.updateGeometry()

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 (as QLabel's: the text's)
        self.label.setStyleSheet(sheet)
        self.updateGeometry()

    # -- the label's size is the holder's ----------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self.label.heightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.label.resize(event.size())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # (the label's size changes with them)
