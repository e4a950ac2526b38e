"""The app's widget style: Fusion, with the article's scroll bar drawn once per look.

Fusion draws a scroll bar with gradients along its whole length. A tall one (the article's,
~800 px) is ~800 scan lines, which Qt's raster engine splits over its thread pool; the
window then waits for those threads, and on a busy machine that wait is most of a frame
(0.5–2 ms of CPU, several times that on the clock). The article's scroll bar is painted
again whenever the text gains or loses the focus — on every tag, as the focus goes to the
speaker field — with nothing about it changed (a text pane repaints itself whole on a
focus change, and the scroll bar sits inside it). A scroll bar looks the same whenever its
option is the same (size, state, range, position, hovered part, palette), so a scroll bar
that asks for it (``keep_looks``) is drawn once per look into a pixmap and copied after
that. Other scroll bars are drawn by Fusion each time: a list's changes look with every
row added, and a pixmap would only add to that.

Fusion's scroll bar lets what is behind it show through at its edges, so Qt paints the
widgets behind a scroll bar first, along its whole length, whenever the bar is painted:
the reader, splitter and window behind the article's on every tag, the list, tab page,
splitter and window behind the annotation list's after every row added — tall fills,
through the thread pool. What is behind the app's scroll bars is the window colour, so a
scroll bar that is drawn from its pixmap (filled with the window colour first) or marked
``opaque`` (the window colour filled, then Fusion) paints every pixel itself, the same
pixels, and Qt is told it need not paint anything behind it.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
)

_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar
BASE = "Fusion"  # the style underneath: it draws everything
KEEP_LOOKS = "kutipKeepLooks"  # the property a scroll bar sets to be drawn from pixmaps
OPAQUE = "kutipOpaque"  # the property of a scroll bar drawn on the window colour, opaque


def keep_looks(bar: QScrollBar) -> None:
    """Draw ``bar`` from a pixmap per look (a scroll bar painted again unchanged often)."""
    bar.setProperty(KEEP_LOOKS, True)
    _paints_itself(bar)


def opaque(bar: QScrollBar) -> None:
    """Draw ``bar`` by Fusion on the window colour, telling Qt it paints all of itself (a
    scroll bar whose looks change too often to keep: the annotation list's)."""
    bar.setProperty(OPAQUE, True)
    _paints_itself(bar)


def _paints_itself(bar: QScrollBar) -> None:
    if isinstance(bar.style(), KutipStyle):  # (only the app's style fills it, see above)
        bar.ensurePolished()  # (polishing clears the attribute; a new style polishes again)
        bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)


class KutipStyle(QProxyStyle):
    """Fusion; scroll bars that keep their looks drawn from the pixmaps of the last few."""

    KEEP = 32  # looks remembered (a tall scroll bar's pixmap is ~45 kB)

    def __init__(self) -> None:
        super().__init__(BASE)
        self._looks: OrderedDict[tuple, QPixmap] = OrderedDict()

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        if (control != _SCROLL_BAR or widget is None or not widget.property(KEEP_LOOKS)
                or not isinstance(option, QStyleOptionSlider) or option.rect.isEmpty()):
            if control == _SCROLL_BAR and widget is not None and widget.property(OPAQUE):
                painter.fillRect(option.rect, option.palette.window().color())
            super().drawComplexControl(control, option, painter, widget)
            return
        ratio = painter.device().devicePixelRatioF()
        key = self._key(option, ratio)
        pixmap = self._looks.get(key)
        if pixmap is None:
            pixmap = self._looks[key] = self._draw(option, ratio, widget)
            while len(self._looks) > self.KEEP:
                self._looks.popitem(last=False)
        else:
            self._looks.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    @staticmethod
    def _key(option: QStyleOptionSlider, ratio: float) -> tuple:
        """Everything about the option that Fusion's scroll bar is drawn from."""
        return (option.rect.width(), option.rect.height(), ratio,
                option.state.value, option.direction.value, option.orientation.value,
                option.minimum, option.maximum, option.sliderPosition, option.sliderValue,
                option.singleStep, option.pageStep, option.upsideDown,
                option.subControls.value, option.activeSubControls.value,
                option.palette.cacheKey())

    def _draw(self, option: QStyleOptionSlider, ratio: float, widget) -> QPixmap:
        size = option.rect.size()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        # on what it is drawn on in a window (its edges blend into it): the window colour
        pixmap.fill(option.palette.window().color())
        at_origin = QStyleOptionSlider(option)
        at_origin.rect = QRect(0, 0, size.width(), size.height())
        painter = QPainter(pixmap)
        try:
            super().drawComplexControl(_SCROLL_BAR, at_origin, painter, widget)
        finally:
            painter.end()
        return pixmap


def apply(app: QApplication) -> None:
    """Give the application Kutip's style (``reader.app.main`` and the benchmarks)."""
    app.setStyle(KutipStyle())
