"""Library → Feeds…: follow RSS/Atom feeds and bring in their new articles on request.

Adding and refreshing run in a worker thread on their own connection (as file imports
do), with a progress dialog whose Cancel stops before the next item; the main window's
library is told afterwards so the list shows the new articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QObject, Qt, QThread, Slot
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.library import FeedInfo, FeedReport, Library
from ..core.textnorm import marked_controls
from . import dialog_helpers as dh
from .i18n import core_text, translate
from .library_worker import LibraryWorker
from .summaries import feed_summary

COLUMNS = (
    QT_TRANSLATE_NOOP("FeedsDialog", "Feed"),
    QT_TRANSLATE_NOOP("FeedsDialog", "Articles"),
    QT_TRANSLATE_NOOP("FeedsDialog", "Last read"),
    QT_TRANSLATE_NOOP("FeedsDialog", "Address"),
)


def _local_time(stamp: str) -> str:
    """``2026-11-30T06:30:00+00:00`` → the user's local ``2026-11-30 07:30``."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def run_feed_job(parent: QWidget | None, library: Library, job: Callable, label: str):
    """Run ``job`` in a worker thread behind a progress dialog; returns its result (or the
    exception it raised)."""
    dialog = dh.progress_dialog(label, parent)  # it names feed items: plain text
    dialog.setWindowTitle(translate("FeedsDialog", "Feeds"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    thread = QThread(parent)
    worker = LibraryWorker(library.path, job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)  # (make_import)
    receiver = _Receiver(dialog, label)  # lives in the GUI thread: queued connections
    worker.progress.connect(receiver.on_progress)
    worker.finished.connect(receiver.on_finished)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    thread.start()
    if not receiver.done:
        receiver.loop.exec()
    thread.wait()
    dialog.close()
    for obj in (dialog, thread, worker, receiver):
        obj.deleteLater()
    return receiver.result


class _Receiver(QObject):
    """Receives the worker's signals in the GUI thread (a plain function would be called in
    the worker's thread and touch widgets from there)."""

    def __init__(self, dialog: QProgressDialog, label: str):
        super().__init__()
        self.dialog = dialog
        self.label = label
        self.loop = QEventLoop()
        self.done = False
        self.result: object = None

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if name:
            self.dialog.setLabelText(f"{self.label} {name}")

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.result, self.done = result, True
        self.loop.quit()


class FeedsDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Feeds"))
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kutip reads a feed only when you add it or press Refresh; new items "
                "become articles, and no item is brought in twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = dh.rows_table(self, [self.tr(c) for c in COLUMNS], stretch=(0, 3))
        layout.addWidget(self.table)
        self.status = dh.plain_label(QLabel("", self))  # feed titles come from the web
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.add_button = QPushButton(self.tr("&Add Feed…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.refresh_button = QPushButton(self.tr("Refresh &Selected"), self)
        self.refresh_all_button = QPushButton(self.tr("Refresh A&ll"), self)
        dh.buttons_below(self, layout, [self.add_button, self.remove_button,
                                        self.refresh_button, self.refresh_all_button])
        self.add_button.clicked.connect(lambda: self.add_feed())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.refresh_button.clicked.connect(lambda: self.refresh(self.selected_ids()))
        self.refresh_all_button.clicked.connect(lambda: self.refresh(None))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # -------------------------------------------------------------------- showing
    def reload(self) -> None:
        feeds = self.library.feeds.all()
        self.table.setRowCount(len(feeds))
        for row, info in enumerate(feeds):
            checked = _local_time(info.checked_at) if info.checked_at else self.tr("never")
            values = (marked_controls(info.title), str(info.items), checked,
                      marked_controls(info.url))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if info.last_error:
                    item.setToolTip(dh.plain_tooltip(self.tr("Last refresh failed: {error}").format(
                        error=core_text(info.last_error))))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        self.remove_button.setEnabled(selected)
        self.refresh_button.setEnabled(selected)
        self.refresh_all_button.setEnabled(self.table.rowCount() > 0)

    # -------------------------------------------------------------------- actions
    def add_feed(self, url: str | None = None) -> FeedInfo | None:
        if url is None:
            url, ok = QInputDialog.getText(
                self,
                self.tr("Add Feed"),
                self.tr("Address of an RSS or Atom feed (or of a page that names its feed):"),
            )
            if not ok or not url.strip():
                return None
        result = run_feed_job(
            self,
            self.library,
            lambda lib, _progress, _cancel: lib.feeds.add(url.strip()),
            self.tr("Reading the feed…"),
        )
        if isinstance(result, Exception):
            self.status.setText(core_text(result))
            return None
        self.library.notify_external_change("feeds")
        added = self.tr("Added {title}. Press Refresh to bring in its articles.")
        self.status.setText(added.format(title=marked_controls(result.title)))
        self.reload()
        return result

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(marked_controls(self.library.feeds.get(i).title) for i in ids)
        if not dh.confirm(
            self,
            self.tr("Remove Feed"),
            self.tr("Stop following {names}?").format(names=names),
            self.tr("The articles it brought in stay in the library."),
            self.tr("Remove"),
        ):
            return
        for feed_id in ids:
            self.library.feeds.remove(feed_id)
        self.status.setText(self.tr("No longer following {names}.").format(names=names))
        self.reload()

    def refresh(self, feed_ids: list[int] | None) -> FeedReport | None:
        def job(lib: Library, progress, should_cancel) -> FeedReport:
            return lib.feeds.refresh(feed_ids, progress=progress, should_cancel=should_cancel)

        result = run_feed_job(self, self.library, job, self.tr("Refreshing…"))
        if isinstance(result, Exception):
            self.status.setText(core_text(result))
            return None
        if result.imported or result.updated:
            self.library.notify_external_change("articles")
        self.library.notify_external_change("feeds")
        self.reload()
        self.status.setText(
            feed_summary(result)
            + (
                ""
                if not result.failed
                else " — " + "; ".join(f"{label}: {core_text(reason)}"
                                      for label, reason in result.failed[:3])
            )
        )
        return result

    @classmethod
    def open(cls, library: Library, parent: QWidget | None = None) -> None:
        dialog = cls(library, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
