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

The application's own style is Fusion itself, chosen on the application's command line
(``new_application``), and Kutip's style is given to those two scroll bars only, once they
have something to scroll (``keep_looks``, ``opaque``): every other widget is drawn without
a call into Python, and nothing before the window's first frame hands a ``QStyle`` to
Python — PySide builds ``QStyle``'s class with its 570 enum members the first time one
reaches it, ~5 % of the app's start (issue 12).
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar, QStyleOptionSlider

BASE = "Fusion"  # the application's style: it draws everything
KEEP_LOOKS = "kutipKeepLooks"  # the property a scroll bar sets to be drawn from pixmaps
OPAQUE = "kutipOpaque"  # the property of a scroll bar drawn on the window colour, opaque


def new_application(argv: list[str]) -> QApplication:
    """The application, drawn by Fusion: chosen on its command line (``-style``), since
    ``QApplication.setStyle`` hands the style back to Python (see the module's note)."""
    return QApplication([*argv, "-style", BASE])


def apply(app: QApplication) -> None:
    """Give an application made elsewhere (tests, benchmarks) the app's style, Fusion."""
    app.setStyle(BASE)


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
    """Kutip's style for ``bar`` once it has something to scroll (before that it is hidden,
    or empty: a window's first frame needs no ``QStyle`` in Python, see above)."""
    if bar.maximum() > bar.minimum():
        _use_kutip_style(bar)
        return
    held = weakref.ref(bar)  # (not the bar itself: no cycle keeping it for the collector)

    def ranged(low: int, high: int) -> None:
        ranging = held()
        if high > low and ranging is not None:
            ranging.rangeChanged.disconnect(ranged)
            _use_kutip_style(ranging)

    bar.rangeChanged.connect(ranged)


def _use_kutip_style(bar: QScrollBar) -> None:
    if not isinstance(bar.style(), __getattr__("KutipStyle")):  # (else: given one already)
        bar.setStyle(kutip_style())
    bar.ensurePolished()  # (polishing clears the attribute; a new style polishes again)
    bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)


_shared: list[Any] = []  # the one KutipStyle the scroll bars share (with its pixmaps)


def kutip_style() -> Any:
    """The style of the scroll bars that keep their looks or are opaque (made once)."""
    if not _shared:
        _shared.append(__getattr__("KutipStyle")())
    return _shared[0]


def __getattr__(name: str) -> Any:
    if name == "KutipStyle":  # (its class is built on first use: see the module's note)
        if name not in globals():
            globals()[name] = _kutip_style_class()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _kutip_style_class() -> type:
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionSlider

    scroll_bar = QStyle.ComplexControl.CC_ScrollBar

    class KutipStyle(QProxyStyle):
        """Fusion; scroll bars that keep their looks drawn from the pixmaps of the last few."""

        KEEP = 32  # looks remembered (a tall scroll bar's pixmap is ~45 kB)

        def __init__(self) -> None:
            super().__init__(BASE)
            self._looks: OrderedDict[tuple, QPixmap] = OrderedDict()

        def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
            if (control != scroll_bar or widget is None or not widget.property(KEEP_LOOKS)
                    or not isinstance(option, QStyleOptionSlider) or option.rect.isEmpty()):
                if control == scroll_bar and widget is not None and widget.property(OPAQUE):
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
                super().drawComplexControl(scroll_bar, at_origin, painter, widget)
            finally:
                painter.end()
            return pixmap

    return KutipStyle
