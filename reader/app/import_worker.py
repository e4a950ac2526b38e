"""Importing files off the GUI thread, with a cancellable progress dialog and a summary.

SQLite connections belong to one thread, so the worker opens its own ``Library`` on the
same file (``library.path``) inside its thread and closes it there. The GUI's Library
does not see that connection's change notices, so ``run_import`` announces the import
to the GUI's listeners afterwards.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..core.importers import ImportOptions
from ..core.library import ImportReport, Library
from ..core.paths import library_location
from . import dialog_helpers as dh
from .i18n import core_text, translate

SHOW_AFTER_MS = 300


class ImportWorker(QObject):
    """Runs ``Library(path).import_paths(...)``; move it to a QThread and call ``run``."""

    progress = Signal(int, int, str)  # done, total, file name
    finished = Signal(object)  # ImportReport

    def __init__(self, db_path: str | Path, paths, collection_id: int | None = None,
                 options: ImportOptions | None = None):
        super().__init__()
        self.db_path = library_location(db_path)  # a file, or a team library
        self.paths = [Path(p) for p in paths]
        self.collection_id = collection_id
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the import to stop before its next file (safe from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        report = ImportReport()
        try:
            library = Library(self.db_path)
        except dh.USER_ERRORS as error:
            report.failed.append((str(self.db_path), core_text(error)))
            self.finished.emit(report)
            return
        try:
            report = library.imports.paths(self.paths, self.collection_id,
                                          progress=self._progress,
                                          should_cancel=self._cancel.is_set,
                                          options=self.options)
        except dh.USER_ERRORS as error:  # the library file itself failed (e.g. read-only)
            report.failed.append(("library", core_text(error)))
        except Exception as error:  # noqa: BLE001 - never let a thread die silently
            report.failed.append(("import", dh.unexpected(error)))
        finally:
            library.close()
        self.finished.emit(report)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.emit(done, total, name)


def make_import(db_path, paths, collection_id=None, parent: QObject | None = None,
                options: ImportOptions | None = None) -> tuple[QThread, ImportWorker]:
    """A worker moved to a new, not yet started thread (connect first, then ``thread.start()``).

    The thread quits when the worker has finished, from the worker's own thread
    (``QThread.quit`` is thread-safe): queued to the window thread, the quit waited for that
    thread's next turn, and a caller that waited for the thread first never got it.
    """
    thread = QThread(parent)
    worker = ImportWorker(db_path, paths, collection_id, options)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    return thread, worker


FAILED_SHOWN = 12  # failed files listed in the dialog itself; all are in its details


def report_text(report: ImportReport) -> tuple[str, str, str]:
    """(title line, informative text, detailed per-file text) of an import's summary."""
    title = (translate("ImportWorker", "Import cancelled") if report.cancelled
             else translate("ImportWorker", "Import finished"))
    count = translate("ImportWorker", "{label}: {n}")
    lines = [count.format(label=translate("ImportWorker", "Imported"), n=len(report.imported)),
             count.format(label=translate("ImportWorker", "Already present"),
                          n=len(report.present))]
    if report.copies:  # (imported too: wire copy under another outlet's name, R15-5)
        lines.append("  " + translate("ImportWorker", "of them another outlet's copy of a text "
                                      "already in the library: {n}").format(n=len(report.copies)))
    if report.updated:
        lines.append(count.format(label=translate("ImportWorker", "Updated"),
                                  n=len(report.updated)))
    lines.append(count.format(label=translate("ImportWorker", "Failed"), n=len(report.failed)))
    shown = report.failed[:FAILED_SHOWN]
    lines += [f"  • {Path(name).name}: {core_text(reason)}" for name, reason in shown]
    if len(report.failed) > len(shown):
        lines.append("  " + translate("ImportWorker", "… and {n} more (see the details)").format(
            n=len(report.failed) - len(shown)))
    if report.cancelled:
        lines.append(translate("ImportWorker",
                               "The import was cancelled; the files imported so far stay."))
    details = []
    for label, items in (
        (translate("ImportWorker", "Imported"), report.imported),
        (translate("ImportWorker", "Already present"), report.present),
        (translate("ImportWorker", "Updated"), report.updated),
    ):
        details += [
            translate("ImportWorker", "{label}: {name} (article {id})").format(
                label=label, name=Path(name).name, id=article_id) for name, article_id in items
        ]
    copy = translate("ImportWorker", "{name} (article {id}) is {outlet}'s copy of article "
                     "{first} ({first_outlet}): the same text")
    details += [copy.format(name=Path(name).name, id=article_id, outlet=outlet, first=first,
                            first_outlet=first_outlet or "—")
                for name, article_id, outlet, first, first_outlet in report.copies]
    failed, note = translate("ImportWorker", "Failed"), translate("ImportWorker", "Note")
    details += [f"{failed}: {Path(name).name} — {core_text(reason)}"
                for name, reason in report.failed]
    details += [f"{note}: {Path(name).name} — {core_text(text)}" for name, text in report.notes]
    return title, "\n".join(lines), "\n".join(details)


def show_report(parent: QWidget | None, report: ImportReport) -> None:
    """The summary box; tests replace this function."""
    title, info, details = report_text(report)
    icon = QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information
    box = dh.message_box(
        icon, translate("ImportWorker", "Import"), title, parent, info
    )  # file names: plain text
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if details:
        box.setDetailedText(details)
    box.exec()


def run_import(
    parent: QWidget | None,
    library,
    paths,
    collection_id: int | None = None,
    show_summary: bool = True,
    options: ImportOptions | None = None,
) -> ImportReport | None:
    """Import ``paths`` in a worker thread with a progress dialog; returns the report.

    Returns ``None`` when there was nothing to import. The GUI stays responsive (a local
    event loop runs while waiting); Cancel stops before the next file.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        return None
    dialog = dh.progress_dialog(translate("ImportWorker", "Preparing the import…"), parent)
    dialog.setWindowTitle(translate("ImportWorker", "Importing"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)

    thread, worker = make_import(library.path, paths, collection_id, options=options)
    receiver = _Receiver(dialog)
    # the receiver lives in the GUI thread, so these are queued connections
    worker.progress.connect(receiver.on_progress)
    worker.finished.connect(receiver.on_finished)
    # the worker's thread is busy importing: call cancel() directly (it sets an Event)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    thread.start()
    if receiver.report is None:
        receiver.loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    thread.deleteLater()
    worker.deleteLater()
    report = receiver.report
    if report.imported or report.updated or report.present:
        _announce(library, collection_id)
    if show_summary:
        show_report(parent, report)
    return report


class _Receiver(QObject):
    def __init__(self, dialog: QProgressDialog):
        super().__init__()
        self.dialog = dialog
        self.loop = QEventLoop()
        self.report: ImportReport | None = None

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog
        if dialog.maximum() != max(total, 1):
            dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if name:
            text = translate("ImportWorker", "Importing {n} of {total}: {name}")
            dialog.setLabelText(text.format(n=done + 1, total=total, name=name))

    @Slot(object)
    def on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.loop.quit()


def _announce(library, collection_id: int | None) -> None:
    """Tell the GUI Library's listeners now that another connection wrote articles (the
    window's timer would notice it too, a moment later)."""
    library.poll_external()


class UrlImportWorker(QObject):
    """Downloads one page with ``library.imports.url``; ``run`` it in a thread of its own."""

    finished = Signal(object)  # ImportReport

    def __init__(self, db_path: str | Path, url: str, collection_id: int | None = None):
        super().__init__()
        self.db_path = library_location(db_path)  # a file, or a team library
        self.url = url
        self.collection_id = collection_id
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Discard the page when it arrives (safe from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        report = ImportReport()
        library = None
        try:
            library = Library(self.db_path)
            report = library.imports.url(
                self.url, self.collection_id, should_cancel=self._cancel.is_set
            )
        except dh.USER_ERRORS as error:
            report.failed.append((self.url, core_text(error)))
        except Exception as error:  # noqa: BLE001 - never let a thread die silently
            report.failed.append((self.url, dh.unexpected(error)))
        finally:
            if library is not None:
                library.close()
        self.finished.emit(report)


#: URL downloads running or left running after Cancel (they store nothing then)
_pending: set = set()


def run_url_import(
    parent: QWidget | None, library, url: str, collection_id: int | None = None
) -> ImportReport:
    """Download ``url`` in a worker thread behind a busy, cancellable progress dialog.

    Cancel returns at once with a cancelled report; the download then finishes in the
    background and is thrown away.
    """
    dialog = dh.progress_dialog(translate("ImportWorker", "Downloading {url}…").format(url=url),
                                parent)
    dialog.setWindowTitle(translate("ImportWorker", "Import from URL"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    worker = UrlImportWorker(library.path, url, collection_id)
    # A daemon thread, not a QThread: a cancelled download may still wait on a slow
    # server, and quitting Kutip must never wait for it (it stores nothing once cancelled).
    thread = threading.Thread(target=worker.run, name="kutip-url-import", daemon=True)
    receiver = _Receiver(dialog)
    worker.finished.connect(receiver.on_finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    dialog.canceled.connect(receiver.loop.quit)
    entry = (thread, worker)
    _pending.add(entry)
    worker.finished.connect(
        lambda _report: _pending.discard(entry), Qt.ConnectionType.DirectConnection
    )
    thread.start()
    if receiver.report is None:
        receiver.loop.exec()
    dialog.close()
    dialog.deleteLater()
    report = receiver.report
    if report is None:  # cancelled while downloading
        return ImportReport(cancelled=True)
    thread.join()
    if report.imported or report.updated or report.present:
        _announce(library, collection_id)
    return report


def wait_for_downloads(timeout_ms: int = 500) -> None:
    """Give cancelled downloads a moment to end as the application quits; one still
    waiting on a slow server is left behind (a daemon thread: it never holds the exit)."""
    for thread, _worker in list(_pending):
        thread.join(timeout_ms / 1000)


class PasteTextDialog(QDialog):
    """A box to paste an article's text into (title on the first line)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste an article"))
        hint = QLabel(
            self.tr(
                "Paste the article's text. The first line becomes the title; agency "
                "lines such as “Jakarta, MINA –” are recognised."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Title\n\nJakarta, MINA – The article's text…"))
        self.edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(self._text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 460)

    def _text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.edit.toPlainText().strip()))

    def text(self) -> str:
        return self.edit.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text().strip():
                return dialog.text()
            return None
        finally:
            dialog.deleteLater()


def paste_text_dialog(parent: QWidget | None = None) -> str | None:
    """The pasted text, or ``None`` when cancelled or empty."""
    return PasteTextDialog.ask(parent)
