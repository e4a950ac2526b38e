"""Importing from the window: files, folders, drops, pasted text, a URL, W3C annotations.

Imports are not undoable (the imported articles can be deleted, which is); the status bar
says so after each one (``History.run_once`` semantics) and the Edit menu lists it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from . import dialog_helpers, file_dialogs
from .dialog_helpers import USER_ERRORS
from .i18n import core_text, translate
from .summaries import annotation_import_summary, import_summary, reanchor_summary


def import_filter() -> str:
    """The file dialog's filter, in the interface's language. The importers (and what they
    import) load when a dialog first needs them, not while the window starts."""
    from ..core.importers import SUPPORTED_SUFFIXES

    return translate("ImportController", "Articles and documents ({patterns});;PDF (*.pdf);;"
                     "Word and OpenDocument (*.docx *.odt);;EPUB (*.epub);;E-mail (*.eml);;"
                     "All files (*)").format(
        patterns=" ".join([f"*{s}" for s in SUPPORTED_SUFFIXES]  # and each gzipped, as a
                          + [f"*{s}.gz" for s in SUPPORTED_SUFFIXES]))  # crawler keeps pages


class ImportController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.settings = window.settings

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def import_paths(self, paths: list[str | Path]) -> None:
        """One path for the menu, the folder dialog and drag and drop."""
        from . import import_worker
        from .import_options import ImportOptionsDialog

        paths = [Path(p) for p in paths]
        options = ImportOptionsDialog.ask(self.window, paths)
        if options is None:
            return
        report = import_worker.run_import(self.window, self.library, paths, show_summary=False,
                                          options=options)
        if report is None:
            return
        if report.failed or report.cancelled or report.notes:
            import_worker.show_report(self.window, report)
        else:
            self._status(self.tr("Import: {summary} (imports cannot be undone)").format(
                summary=import_summary(report)))
        done = report.imported or report.updated or report.present
        if done:
            self.window.library_panel.select_article(done[-1][1])

    def import_files(self) -> None:
        files, _ = file_dialogs.get_open_file_names(self.window, self.tr("Import articles"),
                                                self._last_dir(), import_filter())
        if files:
            self.settings.setValue("last_import_dir", str(Path(files[0]).parent))
            self.import_paths(files)

    def import_folder(self) -> None:
        folder = file_dialogs.get_existing_directory(self.window, self.tr("Import a folder"),
                                                  self._last_dir())
        if folder:
            self.settings.setValue("last_import_dir", folder)
            self.import_paths([folder])

    def _last_dir(self) -> str:
        return str(self.settings.value("last_import_dir", str(Path.home())))

    def paste_article(self) -> None:
        from .import_worker import paste_text_dialog

        text = paste_text_dialog(self.window)
        if text and text.strip():
            self._finish_single_import(self.library.imports.text(text, name="pasted text"))

    def import_url(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self.window, self.tr("Import from URL"),
            self.tr("Web page address (Kutip will download this one page):"))
        if ok and url.strip():
            from .import_worker import run_url_import

            self._finish_single_import(run_url_import(self.window, self.library, url.strip()))

    def import_annotations_file(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self.window, self.tr("Import annotations (W3C Web Annotation JSON)"),
            self._last_dir(), self.tr("Web Annotation JSON (*.json *.jsonld);;All files (*)"))
        if not path:
            return
        title = self.tr("Import annotations")
        try:
            report = self.library.exports.import_annotations_file(path)
        except USER_ERRORS as error:  # not JSON / not Web Annotation / a bad value
            dialog_helpers.show_error(self.window, title, f"{Path(path).name}: {core_text(error)}")
            return
        message = annotation_import_summary(report)
        if report.unmatched_sources:
            message += "\n\n" + self.tr("No article in the library for:") + "\n" + "\n".join(
                report.unmatched_sources[:10])
        dialog_helpers.show_info(self.window, title, message)

    def _finish_single_import(self, report) -> None:
        if report.failed:
            dialog_helpers.show_error(self.window, self.tr("Import failed"),
                                      core_text(report.failed[0][1]))
            return
        done = report.imported or report.present or report.updated
        if not done:  # cancelled
            self._status(self.tr("Import cancelled."), 5000)
            return
        article_id = done[0][1]
        if report.present:
            self._status(self.tr("That article is already in the library."), 5000)
        elif report.updated:
            reanchor = report.reanchored.get(article_id)
            message = self.tr("The article was updated with the new text.")
            if reanchor is not None:
                message = reanchor_summary(reanchor)
            self._status(message, 10000)
        self.window.library_panel.select_article(article_id)
