"""Icons: the app's own (``kutip.svg``) and the toolbar's, from qtawesome's Material
Design Icons, drawn in the palette's text colour so they suit light and dark alike."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

APP_ICON = Path(__file__).with_name("kutip.svg")

# action name -> Material Design Icons 6 name
NAMES = {
    "import": "mdi6.file-import-outline",
    "paste": "mdi6.content-paste",
    "quote": "mdi6.format-quote-open",
    "claim": "mdi6.scale-balance",
    "highlight": "mdi6.marker",
    "export": "mdi6.export-variant",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "find": "mdi6.magnify",
    "search": "mdi6.text-box-search-outline",
    "tags": "mdi6.tag-multiple-outline",
    "open": "mdi6.folder-open-outline",
    "new": "mdi6.file-plus-outline",
    "reading": "mdi6.book-open-page-variant-outline",
    "keys": "mdi6.keyboard-outline",
    "settings": "mdi6.cog-outline",
    "delete": "mdi6.delete-outline",
    "about": "mdi6.information-outline",
}


def app_icon() -> QIcon:
    return QIcon(str(APP_ICON))


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon for ``name`` in the palette's colours (an empty icon if there is none)."""
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return qtawesome.icon(NAMES[name], color=text, color_disabled=disabled,
                          color_active=text, color_selected=text)
