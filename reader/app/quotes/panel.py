"""The Quotes panel: filters, the list of statements quoted more than once, and the trail
of the chosen one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..dialog_helpers import plain_label
from .model import DESCENDING_FIRST, SORT_OF_COLUMN, ClusterTableModel
from .trail_view import TrailView

if TYPE_CHECKING:  # the trail's module loads the quote engine: not at the app's start
    from ...core.library import ClusterFilter

ALL_COLLECTIONS = QT_TRANSLATE_NOOP("QuotesPanel", "All collections")  # the first item


class SortHeader(QHeaderView):
    """A header whose sort arrow points the way the list runs: up when it ascends (the
    smallest first), down when it descends. (Qt's header asks its style for an arrow
    pointing up for a descending order, which Fusion draws as it is asked: upside down.)"""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHighlightSections(True)  # (as a table's own header)

    def initStyleOptionForIndex(self, option, logical_index) -> None:  # noqa: N802
        super().initStyleOptionForIndex(option, logical_index)
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if self.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                else QStyleOptionHeader.SortIndicator.SortUp)


class QuotesPanel(QWidget):
    filterChanged = Signal()  # noqa: N815
    clusterChosen = Signal(int)  # noqa: N815
    # (cluster, its other statement's reference item: a line under the cluster's row)
    statementChosen = Signal(int, int)  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("Speaker"))
        self.speaker.setClearButtonEnabled(True)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setClearButtonEnabled(True)
        self.collection = QComboBox()
        self.collection.addItem(self.tr(ALL_COLLECTIONS))
        self.min_outlets = QSpinBox()
        self.min_outlets.setRange(1, 99)
        self.min_outlets.setPrefix("≥ ")
        self._outlets_suffix(1)
        self.min_outlets.valueChanged.connect(self._outlets_suffix)  # ("≥ 1 outlet")
        self.min_outlets.setToolTip(self.tr("Only statements quoted by at least this many"
                                            " outlets (articles without a source count as an"
                                            " outlet only when no other names one)"))
        self.status = plain_label(QLabel())
        # a team library's reader: how far behind the library the trail is (their Kutip
        # may not bring it up to date); hidden when it is not
        self.behind = plain_label(QLabel())
        self.behind.setWordWrap(True)
        self.behind.hide()
        filters = QHBoxLayout()
        for widget in (self.speaker, self.tag, self.collection, self.min_outlets):
            filters.addWidget(widget)
        filters.addWidget(self.status, 1)

        self.model = ClusterTableModel(self)
        self.table = QTableView()
        self.table.setHorizontalHeader(SortHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # (Tab goes on to the trail, not cell by cell)
        self.table.setAccessibleName(self.tr("Statements quoted more than once"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.trail_view = TrailView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.trail_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # the list three fifths, however wide the trail's heading and button are in the
        # language shown (Indonesian's squeezed the statements to a few words)
        splitter.setSizes([3000, 2000])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.behind)
        layout.addWidget(splitter, 1)

        self.sort = "outlets"
        self.descending = True
        self.speaker.editingFinished.connect(self.filterChanged)
        self.tag.editingFinished.connect(self.filterChanged)
        self.collection.activated.connect(lambda _: self.filterChanged.emit())
        self.min_outlets.valueChanged.connect(lambda _: self.filterChanged.emit())

    def _outlets_suffix(self, value: int) -> None:
        self.min_outlets.setSuffix(self.tr(" outlet") if value == 1 else self.tr(" outlets"))

    def filtered(self) -> bool:
        """Whether a filter leaves statements out (the list's empty state says so)."""
        return bool(self.speaker.text().strip() or self.tag.text().strip()
                    or self.collection.currentIndex() > 0 or self.min_outlets.value() > 1)

    # ------------------------------------------------------------------ state
    def current_filter(self) -> ClusterFilter:
        from ...core.library import ClusterFilter

        collection = self.collection.currentText() if self.collection.currentIndex() > 0 else ""
        return ClusterFilter(
            speaker=self.speaker.text().strip(), tag=self.tag.text().strip(),
            collection=collection,
            min_outlets=self.min_outlets.value(), sort=self.sort, descending=self.descending)

    def set_collections(self, names: list[str]) -> None:
        current = self.collection.currentText() if self.collection.currentIndex() > 0 else None
        self.collection.blockSignals(True)
        self.collection.clear()
        self.collection.addItem(self.tr(ALL_COLLECTIONS))
        self.collection.addItems(names)
        index = names.index(current) + 1 if current in names else 0
        self.collection.setCurrentIndex(index)
        self.collection.blockSignals(False)

    def current_cluster(self) -> int | None:
        row = self.model.cluster_at(self.table.currentIndex().row())
        return row.cluster if row else None

    def current_statement(self):
        """The other statement of its cluster the chosen line shows (None: a cluster's own
        row is chosen, or none)."""
        return self.model.statement_at(self.table.currentIndex().row())

    def select_cluster(self, cluster: int, item: int | None = None) -> bool:
        """Choose the line of a cluster's row, or of its other statement whose reference
        version is ``item``."""
        row = self.model.row_of(cluster, item)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_trail(self, trail) -> bool:
        """Choose the line of the statement a trail shows: its own line under its cluster's
        row when it is another statement of that cluster, else the cluster's row."""
        items = {v.item_id for v in trail.versions}
        other = next((o for o in self.model.others.get(trail.cluster, [])
                      if o.item_id in items), None)
        return self.select_cluster(trail.cluster, other.item_id if other is not None else None)

    # ------------------------------------------------------------------ signals
    def _header_clicked(self, column: int) -> None:
        sort = SORT_OF_COLUMN.get(column)
        header = self.table.horizontalHeader()
        if sort is None:  # the statement's text: no order of its own
            header.setSortIndicator(self._sort_column(), self._order())
            return
        if sort == self.sort:
            self.descending = not self.descending
        else:
            self.sort, self.descending = sort, sort in DESCENDING_FIRST
        header.setSortIndicator(column, self._order())
        self.filterChanged.emit()

    def _sort_column(self) -> int:
        return next(c for c, s in SORT_OF_COLUMN.items() if s == self.sort)

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    def _row_changed(self, current, _previous) -> None:
        row = self.model.cluster_at(current.row()) if current.isValid() else None
        other = self.model.statement_at(current.row()) if current.isValid() else None
        if other is not None and row is not None:
            self.statementChosen.emit(row.cluster, other.item_id)
        elif row is not None:
            self.clusterChosen.emit(row.cluster)
