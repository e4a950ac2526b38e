"""The article's text widget: read-only, never loads anything, paints the marks.

It knows nothing about annotations: the reader view gives it ``decorations`` to paint,
a ``key_handler`` for the keys it does not handle itself, and listens to ``resized``,
``paletteChanged`` and ``contextMenuRequested``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from .decorations import Decorations, Painter


class TextPane(QTextBrowser):
    resized = Signal()
    paletteChanged = Signal()  # noqa: N815 (Qt naming)
    contextMenuRequested = Signal(QPoint, QPoint)  # noqa: N815 (viewport pos, global pos)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.decorations = Decorations()
        self.key_handler: Callable[[object], bool] | None = None
        self._painter = Painter(self)

    # -- never fetch -------------------------------------------------------
    def loadResource(self, type_: int, name) -> object:  # noqa: N802 (Qt API)
        return None

    def setSource(self, *args, **kwargs) -> None:  # noqa: N802 (Qt API)
        return None

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 (Qt API)
        return False

    # -- keys, menu, layout ------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.contextMenuRequested.emit(event.pos(), event.globalPos())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.resized.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.paletteChanged.emit()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        decorations = self.decorations
        if decorations:
            self._painter.paint_under(decorations)
        super().paintEvent(event)
        if decorations:
            self._painter.paint_over(decorations)
