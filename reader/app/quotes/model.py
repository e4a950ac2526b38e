"""The Quotes list as a Qt table model over ``library.trail.clusters()``.

Sorting is the service's (by outlets, versions, first date or speaker), so a click on a
header asks the library again rather than sorting 30,000 rows in Python.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt

from ...core.trail.model import ClusterSummary
from ..dates import show_day
from ..dialog_helpers import plain_tooltip

COLUMNS = (QT_TRANSLATE_NOOP("ClusterTableModel", "Statement"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Speaker"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Outlets"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Versions"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "First seen"))
SORT_OF_COLUMN = {1: "speaker", 2: "outlets", 3: "size", 4: "date"}
DESCENDING_FIRST = {"outlets", "size"}


class ClusterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ClusterSummary] = []

    def set_rows(self, rows: list[ClusterSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def cluster_at(self, row: int) -> ClusterSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, cluster: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.cluster == cluster), -1)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (" ".join(row.text.split()), row.speaker or "—", row.outlets, row.size,
                    show_day(row.first_date) or self.tr("undated"))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:  # quoted words: plain text
            return plain_tooltip(row.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
