"""The legend under the article: what each mark's shape and colour means."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..flow_layout import FlowLayout
from . import style


class Legend(QWidget):
    """Small pictures and words, wrapping as the pane narrows; shown or hidden from
    View → Legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 2, 8, 4)
        rows.setSpacing(0)
        self._pictures: list[tuple[QLabel, style.Look]] = []
        self._labels: list[QLabel] = []
        for entries in style.legend_entries():
            flow = FlowLayout(spacing=8)
            for look, label in entries:
                entry = QWidget(self)
                pair = QHBoxLayout(entry)
                pair.setContentsMargins(0, 0, 0, 0)
                pair.setSpacing(3)
                picture = QLabel(entry)
                text = QLabel(label, entry)
                pair.addWidget(picture)
                pair.addWidget(text)
                flow.addWidget(entry)
                self._pictures.append((picture, look))
                self._labels.append(text)
            rows.addLayout(flow)
        self.refresh()

    def labels(self) -> list[str]:
        return [label.text() for label in self._labels]

    def refresh(self) -> None:
        """Redraw the pictures for the current palette."""
        palette = self.palette()
        for picture, look in self._pictures:
            picture.setPixmap(style.mark_pixmap(look, palette))
