"""The Quotes list as a Qt table model over ``library.trail.clusters()``, a page at a time.

Sorting and filtering are the service's (by outlets, versions, first date or speaker), so
a click on a header asks the library again rather than sorting 30,000 rows in Python. The
model holds the rows read so far; the view asks for the next page (``fetchMore``) when it
scrolls to the end of them. After a change the pages read are read again and only the
rows that differ are updated (the list is reset only when its order changed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.textnorm import marked_controls
from ...core.trail.model import ClusterSummary
from ..dates import show_day
from ..dialog_helpers import plain_tooltip
from ..i18n import translate

COLUMNS = (QT_TRANSLATE_NOOP("ClusterTableModel", "Statement"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Speaker"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Outlets"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "Versions"),
           QT_TRANSLATE_NOOP("ClusterTableModel", "First seen"))
SORT_OF_COLUMN = {1: "speaker", 2: "outlets", 3: "size", 4: "date"}
DESCENDING_FIRST = {"outlets", "size"}


PAGE = 200  # rows read at a time
Fetch = Callable[[int, int], list[ClusterSummary]]  # (offset, limit) -> rows

def first_day(row: ClusterSummary) -> str:
    """A cluster's first date in the interface's language, "[inferred]" when no article of
    that day gives its year (as the trail marks those versions' dates)."""
    day = show_day(row.first_date)
    if day and row.first_date_inferred:
        return translate("Dates", "{date} [inferred]").format(date=day)
    return day


class ClusterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ClusterSummary] = []  # the rows read so far
        self.total = 0  # how many the listing has
        self._fetch: Fetch | None = None

    def set_source(self, fetch: Fetch | None, total: int, keep: int = 0) -> None:
        """A listing of ``total`` rows read through ``fetch``: its first page, or (``keep``:
        the same listing again after a change) as many rows as were read before."""
        self._fetch = fetch
        rows = fetch(0, max(PAGE, keep)) if fetch is not None and total else []
        if [r.cluster for r in rows] == [r.cluster for r in self.rows]:
            self.total = total
            for n, (old, new) in enumerate(zip(self.rows, rows, strict=True)):
                if old != new:  # (a cluster's speaker, size or text changed in place)
                    self.rows[n] = new
                    self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows, self.total = rows, total
        self.endResetModel()

    def set_rows(self, rows: list[ClusterSummary]) -> None:
        """Show these rows (all of a listing)."""
        rows = list(rows)
        self.set_source(lambda offset, limit: rows[offset:offset + limit], len(rows),
                        keep=len(rows))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 (Qt API)
        return (not parent.isValid() and self._fetch is not None
                and len(self.rows) < self.total)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008 (Qt API)
        if not self.canFetchMore(parent):
            return
        more = self._fetch(len(self.rows), PAGE) if self._fetch is not None else []
        if not more:  # (fewer than counted: the library changed meanwhile)
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows += more
        self.endInsertRows()

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
            speaker = (self.tr("{name} (suggested)").format(name=row.speaker)
                       if row.speaker_suggested else row.speaker or (
                           self.tr("working out…") if row.speaker_pending else "—"))
            return (marked_controls(" ".join(row.text.split())), marked_controls(speaker),
                    row.outlets, row.size,
                    first_day(row) or self.tr("undated"))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:  # quoted words: plain text
            return plain_tooltip(row.text)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and row.speaker_suggested:
            return plain_tooltip(self.tr("No coder has named the speaker yet: {name} is who"
                                         " the quotation is attributed to in the text"
                                         " (a suggestion).").format(name=row.speaker))
        if role == Qt.ItemDataRole.FontRole and column == 1 and (row.speaker_suggested
                                                                 or row.speaker_pending):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
