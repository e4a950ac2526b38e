"""The annotation list: one article's annotations in reading order, orphans last."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..core.models import Annotation
from . import i18n
from .article import style
from .dialog_helpers import plain_tooltip

AnnotationRole = Qt.ItemDataRole.UserRole + 1
AnnotationIdRole = Qt.ItemDataRole.UserRole + 2
CoderRole = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {"quote": "Quote", "claim": "Claim", "highlight": "Highlight"}

_ROOT = QModelIndex()


def describe(annotation: Annotation) -> str:
    """One line a person can read: kind, who, what, tags."""
    parts = [i18n.title(annotation.kind)]
    if annotation.speaker:
        parts.append(f"— {annotation.speaker}")
    if annotation.kind == "claim" and annotation.verdict:
        parts.append(f"[{i18n.title(annotation.verdict).lower()}]")
    if annotation.anchor == "orphan":
        parts.append(i18n.translate("AnnotationList", "(text not found)"))
    elif annotation.anchor == "reanchored":
        parts.append(i18n.translate("AnnotationList", "(re-anchored)"))
    return " ".join(parts)


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Annotation] = []
        self._colours: dict[str, str] = {}
        self._show_coder = False

    def set_annotations(self, annotations: list[Annotation],
                        tag_colours: dict[str, str] | None = None,
                        show_coder: bool = False) -> None:
        """``show_coder``: name each row's coder (when several people coded here)."""
        self.beginResetModel()
        self._items = list(annotations)
        self._colours = tag_colours or {}
        self._show_coder = show_coder
        self.endResetModel()

    def _palette(self) -> QPalette:
        view = self.parent()
        return view.palette() if isinstance(view, QWidget) else QApplication.palette()

    def annotations(self) -> list[Annotation]:
        return list(self._items)

    def annotation(self, row: int) -> Annotation | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, annotation_id: int) -> int:
        return next((i for i, a in enumerate(self._items) if a.id == annotation_id), -1)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            tags = "  " + " ".join(f"#{t}" for t in item.tags) if item.tags else ""
            coder = f"  · {item.coder}" if self._show_coder and item.coder else ""
            return f"{describe(item)}{tags}{coder}\n“{item.exact}”"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.note) or None
        if role == Qt.ItemDataRole.DecorationRole:  # the same shape and colours as in the text
            return style.mark_icon(style.look_for(item, self._colours), self._palette())
        if role == Qt.ItemDataRole.FontRole and item.anchor == "orphan":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.anchor == "orphan":
            return QColor("#888888")
        if role == CoderRole:
            return item.coder
        if role == AnnotationRole:
            return item
        if role == AnnotationIdRole:
            return item.id
        return None
