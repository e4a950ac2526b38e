"""Icons: the app's own (``kutip.svg``) and the toolbar's, Material Design Icons as SVG files
(``mdi/``, see its README), drawn in the palette's text colour so they suit light and dark.

Each icon is an SVG rendered at the size asked for (crisp at any scale), filled with the
palette's button-text colour, or its disabled colour for a disabled action. Reading the
files directly, rather than through an icon font, keeps qtawesome and qtpy (≈400 enum
classes, the fonts) out of the app's start-up (issue 12).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

APP_ICON = Path(__file__).with_name("kutip.svg")
SVG_DIR = Path(__file__).with_name("mdi")

# action name -> Material Design Icons name (the file mdi/NAME.svg)
NAMES = {
    "import": "file-import-outline",
    "paste": "content-paste",
    "quote": "format-quote-open",
    "claim": "scale-balance",
    "highlight": "marker",
    "export": "export-variant",
    "undo": "undo",
    "redo": "redo",
    "find": "magnify",
    "search": "text-box-search-outline",
    "tags": "tag-multiple-outline",
    "open": "folder-open-outline",
    "new": "file-plus-outline",
    "reading": "book-open-page-variant-outline",
    "keys": "keyboard-outline",
    "settings": "cog-outline",
    "delete": "delete-outline",
    "about": "information-outline",
}


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON))


@cache
def _svg(name: str) -> bytes:
    return (SVG_DIR / f"{NAMES[name]}.svg").read_bytes()


def _filled(svg: bytes, colour: QColor) -> QByteArray:
    """The SVG with every path filled in ``colour`` (its alpha as fill-opacity)."""
    fill = f'<path fill="{colour.name()}" fill-opacity="{colour.alphaF():.3f}" '
    return QByteArray(svg.replace(b"<path ", fill.encode("ascii")))


class SvgIconEngine(QIconEngine):
    """Draws one SVG in a colour per icon mode (disabled, or any other)."""

    def __init__(self, svg: bytes, colour: QColor, disabled: QColor):
        super().__init__()
        self._svg, self._colour, self._disabled = svg, QColor(colour), QColor(disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        colour = self._disabled if mode == QIcon.Mode.Disabled else self._colour
        QSvgRenderer(_filled(self._svg, colour)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # (transparent; a Qt.GlobalColor builds QRgba64's class)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, self._colour, self._disabled)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon for ``name`` in the palette's colours."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return QIcon(SvgIconEngine(_svg(name), text, disabled))
