"""The Quotes list as a Qt table model over ``library.trail.clusters()``, a page at a time.

Sorting and filtering are the service's (by outlets, versions, first date or speaker), so
a click on a header asks the library again rather than sorting 30,000 rows in Python. The
model holds the rows read so far; the view asks for the next page (``fetchMore``) when it
scrolls to the end of them. After a change the pages read are read again and only the
rows that differ are updated (the list is reset only when its order changed).

A stored cluster that a short quotation splits by speaker into several statements quoted
twice or more (``trail.other_statements``) has a row for the statement its row opens and,
under it, a row for each other one, with the counts its own trail shows: the list's
lines are the clusters' rows and those (each page's read with it; the count and the
pages are the clusters').
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.textnorm import marked_controls
from ...core.trail.model import ClusterSummary, OtherStatement
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
#: a page's rows -> the other statements of their clusters (``trail.other_statements``)
Others = Callable[[list[ClusterSummary]], dict[int, list[OtherStatement]]]

def first_day(row: ClusterSummary | OtherStatement) -> str:
    """A cluster's first date in the interface's language, "[inferred]" when no article of
    that day gives its year (as the trail marks those versions' dates)."""
    day = show_day(row.first_date)
    if day and getattr(row, "first_date_inferred", False):
        return translate("Dates", "{date} [inferred]").format(date=day)
    return day


class ClusterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ClusterSummary] = []  # the clusters' rows read so far
        self.total = 0  # how many the listing has
        self._fetch: Fetch | None = None
        self._others: Others | None = None
        self.others: dict[int, list[OtherStatement]] = {}  # cluster -> its other statements
        # the lines shown: (the cluster's row in ``rows``, None for it or the other
        # statement shown on that line)
        self._lines: list[tuple[int, OtherStatement | None]] = []

    def _lines_of(self, first: int, rows: list[ClusterSummary],
                  others: dict[int, list[OtherStatement]]
                  ) -> list[tuple[int, OtherStatement | None]]:
        return [line for n, row in enumerate(rows, first)
                for line in [(n, None), *((n, o) for o in others.get(row.cluster, []))]]

    def set_source(self, fetch: Fetch | None, total: int, keep: int = 0,
                   others: Others | None = None) -> None:
        """A listing of ``total`` rows read through ``fetch``: its first page, or (``keep``:
        the same listing again after a change) as many rows as were read before; with
        ``others``, each page's clusters' other statements, each a line under its row."""
        self._fetch, self._others = fetch, others
        rows = fetch(0, max(PAGE, keep)) if fetch is not None and total else []
        found = others(rows) if others is not None and rows else {}
        lines = self._lines_of(0, rows, found)
        if [(n, o is None) for n, o in lines] == [(n, o is None) for n, o in self._lines] and [
                r.cluster for r in rows] == [r.cluster for r in self.rows]:
            old_rows, old_lines = self.rows, self._lines
            self.total, self.rows, self.others, self._lines = total, rows, found, lines
            for n, (old, new) in enumerate(zip(old_lines, lines, strict=True)):
                if (old[1] != new[1] if new[1] is not None
                        else old_rows[old[0]] != rows[new[0]]):
                    # (a statement's speaker, size or text changed in place)
                    self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows, self.total, self.others, self._lines = rows, total, found, lines
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
        found = self._others(more) if self._others is not None else {}
        lines = self._lines_of(len(self.rows), more, found)
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + len(lines) - 1)
        self.rows += more
        self.others.update(found)
        self._lines += lines
        self.endInsertRows()

    def cluster_at(self, row: int) -> ClusterSummary | None:
        """The cluster of a line: its own row's, or the one whose other statement it is."""
        return self.rows[self._lines[row][0]] if 0 <= row < len(self._lines) else None

    def statement_at(self, row: int) -> OtherStatement | None:
        """The other statement a line shows (None: a cluster's own row, or no line)."""
        return self._lines[row][1] if 0 <= row < len(self._lines) else None

    def row_of(self, cluster: int, item: int | None = None) -> int:
        """The line of a cluster's row, or of its other statement whose reference version
        is ``item`` (-1: none)."""
        return next((n for n, (i, other) in enumerate(self._lines)
                     if self.rows[i].cluster == cluster
                     and (other.item_id == item if other is not None else item is None)), -1)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._lines)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        at, other = self._lines[index.row()]
        row: ClusterSummary | OtherStatement = other or self.rows[at]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            speaker = (self.tr("{name} (suggested)").format(name=row.speaker)
                       if row.speaker_suggested else row.speaker or (
                           self.tr("working out…") if row.speaker_pending else "—"))
            text = marked_controls(" ".join(row.text.split()))
            return (f"↳ {text}" if other is not None else text, marked_controls(speaker),
                    row.outlets, row.size,
                    first_day(row) or self.tr("undated"))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and other is not None:
            return plain_tooltip(self.tr(
                "Another statement in the same cluster as the row above: they share a short"
                " quotation, and their speakers tell them apart (each has its own"
                " trail).\n\n{text}"
            ).format(text=row.text))
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
