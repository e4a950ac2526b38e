"""File › Exchange: the portable library file, REFI-QDA and the coded table (issue 14).

Merging a library file or importing a REFI-QDA project is one undoable change: the file
is read and checked first (a bad one is one message, nothing written), the dry run's
report is shown for confirmation, then ``MergeCommand`` goes through ``window.history``
(the one undo path) and its report — with every conflict, newest version first — is
shown. The exports write files and change nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from . import dialog_helpers, file_dialogs
from .i18n import core_text
from .undo_base import LibraryCommand

USER_ERRORS = dialog_helpers.USER_ERRORS


class MergeCommand(LibraryCommand):
    """Merge a checked bundle (a library file's or a REFI-QDA project's); undo takes the
    merge back, but not what someone changed or added since on what it merged (review
    R18-3: kept, and said how many); redo merges again, leaving what the undo kept."""

    def __init__(self, library, bundle, text: str):
        super().__init__(library, text)
        self.bundle = bundle
        self.report = None
        self.leave: set[str] = set()  # annotation UUIDs the last undo kept

    def do(self) -> None:
        self.report = self.library.exchange.merge_bundle(self.bundle, leave=self.leave)

    def undo_change(self) -> list[str] | None:
        if self.report is None:
            return None
        undone = self.library.exchange.undo_merge(self.report)
        self.leave = undone.left
        return [core_text(note) for note in undone.notes()] or None


#: an article's parts as a merge report names them (``articles.article_versions``)
_PARTS = {"title": QT_TRANSLATE_NOOP("Exchange", "title"),
          "source": QT_TRANSLATE_NOOP("Exchange", "source"),
          "authors": QT_TRANSLATE_NOOP("Exchange", "authors"),
          "editor": QT_TRANSLATE_NOOP("Exchange", "editor"),
          "url": QT_TRANSLATE_NOOP("Exchange", "URL"),
          "dateline": QT_TRANSLATE_NOOP("Exchange", "dateline"),
          "language": QT_TRANSLATE_NOOP("Exchange", "language"),
          "photo_credit": QT_TRANSLATE_NOOP("Exchange", "photo credit"),
          "original_name": QT_TRANSLATE_NOOP("Exchange", "original file name"),
          "original_format": QT_TRANSLATE_NOOP("Exchange", "original format"),
          "date": QT_TRANSLATE_NOOP("Exchange", "date")}


def report_text(report) -> str:
    """The merge report for a message box: the counts, then each conflict."""
    lines = [core_text(report.summary())]  # (in the app's language: it was English only)
    if report.skipped_sources:
        lines.append(QCoreApplication.translate(
            "Exchange", "{n} source(s) that are not text were left out.").format(
            n=report.skipped_sources))
    for title in report.texts_replaced[:20]:  # (an article edited on one side: R17-7)
        lines.append(QCoreApplication.translate(
            "Exchange", "“{article}”: the merged library's newer text replaced this one; the"
            " annotations here were placed again in it.").format(article=title[:60]))
    for title in [*report.texts_kept, *report.texts_refused][:20]:
        lines.append(QCoreApplication.translate(
            "Exchange", "“{article}”: this library's text was kept; the merged library's"
            " annotations were placed in it.").format(article=title[:60]))
    for title in report.texts_both[:20]:  # (changed in both since they last met: R18-9)
        lines.append(QCoreApplication.translate(
            "Exchange", "“{article}”: its text was changed in both libraries since they last"
            " met; this library's was kept and the merged library's annotations were placed"
            " in it.").format(article=title[:60]))
    for title in report.details_updated[:20]:
        lines.append(QCoreApplication.translate(
            "Exchange", "“{article}”: details changed in the merged library (title, source,"
            " date …) were taken.").format(article=title[:60]))
    for title, parts in report.details_both[:20]:
        lines.append(QCoreApplication.translate(
            "Exchange", "“{article}”: {parts} changed in both libraries since they last met;"
            " this library's kept.").format(article=title[:60], parts=", ".join(
                QCoreApplication.translate("Exchange", _PARTS.get(p, p)) for p in parts)))
    if report.annotations_orphaned:
        lines.append(QCoreApplication.translate(
            "Exchange", "{n} of them could not be placed: they are kept with their words,"
            " to re-attach.").format(n=report.annotations_orphaned))
    for conflict in report.conflicts[:20]:
        lines.append("")
        if any(v.deleted for v in conflict.versions):
            lines.append(QCoreApplication.translate(
                "Exchange", "Deleted in one library but edited in the other since, so the"
                " edit was kept: “{article}”").format(article=conflict.article[:60]))
        else:
            lines.append(QCoreApplication.translate(
                "Exchange", "Edited in both libraries, both versions kept (newest first): "
                "“{article}”").format(article=conflict.article[:60]))
        for version in conflict.versions:
            if version.deleted:
                where = (QCoreApplication.translate("Exchange", "deleted in this library")
                         if version.origin == "here" else QCoreApplication.translate(
                             "Exchange", "deleted in the merged library"))
                lines.append(f"  {version.updated_at or '–'} · {where}")
                continue
            lines.append(f"  {version.updated_at or '–'} · {version.coder or '?'} · "
                         f"“{version.exact[:50]}”" + (f" · {version.note[:40]}"
                                                      if version.note else ""))
    if len(report.conflicts) > 20:
        lines.append(QCoreApplication.translate("Exchange", "… and {n} more conflicts.").format(
            n=len(report.conflicts) - 20))
    return "\n".join(lines)


class ExchangeController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library

    def _dir(self) -> str:
        return str(self.window.settings.value("last_exchange_dir", str(Path.home())))

    def _remember(self, path: str) -> None:
        self.window.settings.setValue("last_exchange_dir", str(Path(path).parent))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ in
    def merge_file(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self.window, self.tr("Merge library file"), self._dir(),
            self.tr("Kutip library file (*.kutip);;All files (*)"))
        if path:
            self._merge(path, self.tr("Merge library file"),
                        lambda: self.library.exchange.read(path))

    def merge_path(self, path: str) -> bool:
        """Merge a library file or import a REFI-QDA project given by path (``kutip-gui
        lib.sqlite ana.kutip``), asking first as the menu's actions do."""
        if path.lower().endswith(".qdpx"):
            from ..core.export.refi import read_qdpx

            return self._merge(path, self.tr("Import REFI-QDA project"),
                               lambda: read_qdpx(path).bundle)
        return self._merge(path, self.tr("Merge library file"),
                           lambda: self.library.exchange.read(path))

    def import_qdpx(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self.window, self.tr("Import REFI-QDA project"), self._dir(),
            self.tr("REFI-QDA project (*.qdpx);;All files (*)"))
        if path:
            from ..core.export.refi import read_qdpx

            self._merge(path, self.tr("Import REFI-QDA project"),
                        lambda: read_qdpx(path).bundle)

    def _merge(self, path: str, title: str, read) -> bool:
        self._remember(path)
        name = Path(path).name
        try:
            bundle = read()
            preview = self.library.exchange.merge_bundle(bundle, dry_run=True)
        except USER_ERRORS as error:
            dialog_helpers.show_error(self.window, title, f"{name}: {core_text(error)}")
            return False
        if not preview.changed_anything:
            if preview.remembers:  # (what it knows of the file's articles: review R22-10,
                # the same article under the colleague's UUID, so her next text updates it;
                # no row changes: nothing to undo, so no step in the history)
                try:
                    self.library.exchange.merge_bundle(bundle)
                except USER_ERRORS as error:
                    dialog_helpers.show_error(self.window, title, f"{name}: {core_text(error)}")
                    return False
            dialog_helpers.show_info(self.window, title, self.tr(
                "Everything in {name} is in this library already.").format(name=name))
            return False
        if not dialog_helpers.confirm(self.window, title, self.tr("Merge {name}?").format(
                name=name), report_text(preview), ok_text=self.tr("Merge")):
            return False
        command = MergeCommand(self.library, bundle, self.tr("Merge {name}").format(name=name))
        if not self.window.history.run(command, title=title):
            return False
        dialog_helpers.show_info(self.window, title, report_text(command.report) + "\n\n"
                                 + self.tr("Edit › Undo takes the merge back."))
        return True

    # ------------------------------------------------------------------ out
    def _save(self, title: str, name: str, kind: str) -> str:
        path, _ = file_dialogs.get_save_file_name(self.window, title,
                                              str(Path(self._dir()) / name), kind)
        if path:
            self._remember(path)
        return path

    def export_file(self) -> None:
        title = self.tr("Export library file")
        path = self._save(title, "library.kutip", self.tr("Kutip library file (*.kutip)"))
        if not path:
            return
        # in a thread, the window answering meanwhile (review R22-5: a 10,000-article
        # collection's file froze it for 30-40 s, the 100,000-article library's 432 s)
        done, summary = self._in_thread(title, lambda library, progress: (
            library.exchange.export_file(path, progress=progress).summary()),
            self.tr("Writing the articles…"))
        if done and isinstance(summary, str):  # (the summary's Message, said here)
            self._status(self.tr("Wrote {name}: {summary}").format(
                name=Path(path).name, summary=core_text(summary)))

    def _in_thread(self, title: str, job, label: str = "") -> tuple[bool, object]:
        """``job(library, progress)`` in a thread of its own under a progress dialog with
        Cancel, the window answering meanwhile (every export here: each reads the whole
        library or collection): (finished, what it returned); its error is shown, a cancel
        said in the status bar."""
        from .export_dialog import export_in_thread

        done, result, error = export_in_thread(
            self.window, self.library.path, job, self.tr("Exporting"),
            label or self.tr("Reading annotations…"), coder=self.library.coders.chosen)
        if not done:
            self._status(self.tr("Export cancelled."))
        elif error:
            dialog_helpers.show_error(self.window, title, error)
        return done and not error, result

    def export_qdpx(self) -> None:
        title = self.tr("Export REFI-QDA project")
        path = self._save(title, "project.qdpx", self.tr("REFI-QDA project (*.qdpx)"))
        if not path:
            return
        done, summary = self._in_thread(title, lambda library, progress: (
            library.exchange.export_qdpx(path, progress=progress).summary()))
        if done:
            self._status(self.tr("Wrote {name}: {summary}").format(
                name=Path(path).name, summary=core_text(summary)))

    def export_qdc(self) -> None:
        title = self.tr("Export REFI-QDA codebook")
        path = self._save(title, "codebook.qdc", self.tr("REFI-QDA codebook (*.qdc)"))
        if not path:
            return
        done, count = self._in_thread(
            title, lambda library, progress: library.exchange.export_qdc(path))
        if done:
            self._status(self.tr("Wrote {name}: {n} tag(s)").format(
                name=Path(path).name, n=count))

    def export_table(self) -> None:
        title = self.tr("Export coded table")
        path = self._save(title, "coded.csv", self.tr("CSV (*.csv)"))
        if not path:
            return

        def write(library, progress) -> None:
            from ..core.files import write_file_atomic

            text = library.exchange.coded_table(bom=True, progress=progress)
            progress(1, 1, "Writing the export")  # (a cancel by now: no file)
            try:
                write_file_atomic(Path(path), text)
            except OSError as error:
                raise ValueError(f"{path}: {error.strerror or error}") from None

        done, _ = self._in_thread(title, write)
        if done:
            self._status(self.tr("Wrote {name}").format(name=Path(path).name))
