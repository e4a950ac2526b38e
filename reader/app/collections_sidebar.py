"""The sidebar of collections: "All articles" first, then each study or story with its count."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..core.library import Library
from .dialog_helpers import plain_tooltip

IdRole = Qt.ItemDataRole.UserRole + 1


class CollectionsSidebar(QListWidget):
    collectionChosen = Signal(object)  # noqa: N815  (collection id, or None for all)

    def __init__(self, library: Library, parent=None, total: int | None = None,
                 counted: bool = True):
        super().__init__(parent)
        self.library = library
        self.setAccessibleName(self.tr("Collections"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.currentItemChanged.connect(self._changed)
        self.refresh(total, counted=counted)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """One row: in a short window the sidebar gives way to the library list before the
        list loses its filters or its rows (a list view asks for about three rows, and with
        a taller font such as Noto the Quotes dock at 1000×650 made the window taller)."""
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        return QSize(super().minimumSizeHint().width(), row + 2 * self.frameWidth())

    def refresh(self, total: int | None = None, counted: bool = True) -> None:
        """Fill the list again; ``total``, the library's number of articles, when the caller
        has just counted them (counting 100,000 articles costs ~15 ms of CPU); not
        ``counted``: the library list is counting them (“All articles (…)” until
        ``set_total``)."""
        chosen = self.current_collection_id()
        self.blockSignals(True)
        self.clear()
        if total is None and counted:
            total = self.library.articles.count()
        everything = QListWidgetItem(self._everything(total))
        everything.setData(IdRole, None)
        self.addItem(everything)
        blind = set(self.library.coders.blind_collections())
        for collection in self.library.collections.all():
            text = f"{collection.name} ({collection.articles})"
            tip = collection.name
            if collection.id in blind:  # coded blind (issue 14)
                text = self.tr("{collection} · blind").format(collection=text)
                tip = self.tr("{name}: coded blind, each coder sees only their own"
                              " annotations").format(name=collection.name)
            item = QListWidgetItem(text)
            item.setData(IdRole, collection.id)
            item.setToolTip(plain_tooltip(tip))
            self.addItem(item)
        row = next((i for i in range(self.count()) if self.item(i).data(IdRole) == chosen), 0)
        self.setCurrentRow(row)
        self.blockSignals(False)

    def _everything(self, total: int | None) -> str:
        return self.tr("All articles ({n})").format(n="…" if total is None else total)

    def set_total(self, total: int) -> None:
        """The library's number of articles, counted since the list was filled."""
        if self.count() and self.item(0).data(IdRole) is None:
            self.item(0).setText(self._everything(total))

    def current_collection_id(self) -> int | None:
        item = self.currentItem()
        return item.data(IdRole) if item else None

    def _changed(self, current, _previous) -> None:
        self.collectionChosen.emit(current.data(IdRole) if current else None)
