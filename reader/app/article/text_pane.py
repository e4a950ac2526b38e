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
    #: the viewport's events, before the text browser's (True: handled). Not an event
    #: filter on ``viewport()``: the viewport is a widget Qt made, and the first of those
    #: reaching Python before the first paint made PySide build every QWidget subclass
    #: (see viewport_label.py)
    viewport_handler: Callable[[object], bool] | None = None

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
        # (a QTextBrowser's viewport tracks the mouse: the marks' pointer and tooltips)
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

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        if self.viewport_handler is not None and self.viewport_handler(event):
            return True
        return super().viewportEvent(event)

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
