"""The Export dialog: scope, grouping, format, template; a live preview; copy or save.

The rendered preview is a ``SafeBrowser``: it opens no link and loads no resource, so a
template or a quote holding ``<img src="http://…">`` makes no request and reads no file.
Big scopes are exported in a worker thread (its own ``Library`` on the same file) behind
a progress dialog, so the window stays responsive.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.export import TemplateError, default_template_path, templates_dir
from ..core.export.language import LANGUAGES
from ..core.files import write_file_atomic
from ..core.library import ArticleFilter, Library
from ..core.textnorm import marked_controls
from . import dialog_helpers as dh
from . import file_dialogs
from .article.style import MIN_CONTRAST, contrast, text_colour
from .dialog_helpers import SafeBrowser, unexpected
from .i18n import (
    EXPORT_LANGUAGE,
    core_text,
    current_language,
    export_language,
    kind_name,
    translate,
)

PREVIEW_LIMIT = 200  # annotations shown in the preview of a big scope
PREVIEW_SECONDS = 5.0  # a user's template that takes longer is refused in the preview
DEBOUNCE_MS = 250
FORMATS = [(QT_TRANSLATE_NOOP("ExportDialog", "Markdown"), "md"),
           (QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheet)"), "csv"),
           (QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation JSON"), "json")]
GROUPS = [(QT_TRANSLATE_NOOP("ExportDialog", "Article"), "article"),
          (QT_TRANSLATE_NOOP("ExportDialog", "Speaker"), "speaker"),
          (QT_TRANSLATE_NOOP("ExportDialog", "Tag"), "tag")]
FILE_FILTERS = {"md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md);;All files (*)"),
                "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (*.csv);;All files (*)"),
                "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (*.json *.jsonld);;All files (*)")}
#: the export's stages (``Exports.render``'s progress) as the progress dialog says them
STAGES = {"Reading annotations": QT_TRANSLATE_NOOP("ExportDialog", "Reading annotations"),
          "Writing the export": QT_TRANSLATE_NOOP("ExportDialog", "Writing the export"),
          # (the library file's: Exchange.export_file)
          "Writing the articles": QT_TRANSLATE_NOOP("ExportDialog", "Writing the articles"),
          "Writing the annotations": QT_TRANSLATE_NOOP("ExportDialog",
                                                       "Writing the annotations")}
CHOOSE_FILE = "__choose__"
ERROR_RED = "#b00020"  # made lighter on a dark page (style.text_colour)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def render_markdown(text: str) -> str:
    """HTML of the Markdown for the preview (front matter left out), rendered in bounded
    time like an imported Markdown file."""
    from ..core.importers.markdown_doc import markdown_to_html

    return markdown_to_html(_FRONT_MATTER.sub("", text, count=1))


#: a job's progress: (done, total, stage)
Progress = Callable[[int, int, str], None]


class _Cancelled(Exception):
    """The export was cancelled: stop at the next progress report."""


#: export threads still running (a cancelled one stops at its next progress report); kept
#: here, not under the dialog, so closing the dialog never destroys a running thread
_running: list[tuple[QThread, QObject]] = []


def _prune() -> None:
    _running[:] = [(thread, worker) for thread, worker in _running if not thread.isFinished()]


def wait_for_exports(timeout_ms: int = 3000) -> None:
    """Let cancelled exports stop before the application quits."""
    for thread, _worker in list(_running):
        thread.wait(timeout_ms)
    _prune()


class _ExportWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object, str)  # what the job returned or None, error message

    def __init__(self, db_path: Path | str, job: Callable[[Library, Progress], object],
                 coder: str | None = None):
        super().__init__()
        self.db_path = db_path
        self.coder = coder
        self.job = job
        self._cancel = threading.Event()
        self.stopped = False  # the job stopped at a cancel (pressed, or told ``cancel``)

    def cancel(self) -> None:
        """Stop at the next progress report (safe from any thread)."""
        self._cancel.set()

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progress.emit(done, total, stage)

    @Slot()
    def run(self) -> None:
        try:
            library = Library(self.db_path)
        except dh.USER_ERRORS as error:
            self.finished.emit(None, core_text(error))
            return
        try:
            # the window's coder: coding blind, their export holds their own annotations
            # only, as the window shows them (was the default coder's view)
            if self.coder is not None:
                library.coders.use(self.coder)
            self.finished.emit(self.job(library, self._progress), "")
        except _Cancelled:
            self.stopped = True  # (read by the window's thread once ``finished`` arrives)
            self.finished.emit(None, "")
        except (TemplateError, *dh.USER_ERRORS) as error:
            self.finished.emit(None, core_text(error))
        except Exception as error:  # noqa: BLE001 - never let a thread die silently
            self.finished.emit(None, unexpected(error))
        finally:
            library.close()


class _ExportReceiver(QObject):
    """Takes the worker's signals in the GUI thread: a plain function connected to them
    would run in the worker's thread and touch the progress dialog from there."""

    def __init__(self, progress, loop: QEventLoop):
        super().__init__()
        self.progress, self.loop = progress, loop
        self.result: dict = {}

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, stage: str) -> None:
        self.progress.setLabelText(translate("ExportDialog", STAGES.get(stage, stage)) + "…")
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot(object, str)
    def on_finished(self, text, error: str) -> None:
        self.result.update(text=text, error=error)
        self.loop.quit()


def export_in_thread(parent: QWidget, db_path: Path | str,
                     job: Callable[[Library, Progress], object], title: str, label: str,
                     coder: str | None = None) -> tuple[bool, object, str]:
    """Run ``job(library, progress)`` in a thread on a Library of its own, the window
    answering meanwhile under a progress dialog with Cancel (``progress(done, total,
    stage)``: its ``STAGES`` named; it raises once cancelled, so the job stops there).
    ``coder``: the window library's chosen coder (``Coders.chosen``), whom the thread's
    library codes and sees as. Returns (finished: False when cancelled, what the job
    returned, the error said)."""
    progress = dh.progress_dialog(label, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    thread = QThread()
    worker = _ExportWorker(db_path, job, coder)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    _prune()
    _running.append((thread, worker))
    loop = QEventLoop()
    receiver = _ExportReceiver(progress, loop)  # lives in the GUI thread
    result = receiver.result
    worker.progress.connect(receiver.on_progress, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(receiver.on_finished, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    progress.canceled.connect(loop.quit)
    thread.start()
    loop.exec()
    cancelled = (progress.wasCanceled() and "text" not in result) or worker.stopped
    progress.close()
    if cancelled and not worker.stopped:  # it stops at its next progress report; nothing
        thread.finished.connect(worker.deleteLater)  # is kept
        return False, None, ""
    thread.wait()
    worker.deleteLater()
    _prune()
    if cancelled:  # (stopped already)
        return False, None, ""
    return True, result.get("text"), result.get("error") or ""


class ExportDialog(QDialog):
    _preview_done = Signal(int, object)  # generation, (text, error, items, options, big)

    def __init__(
        self,
        library: Library,
        annotation_id: int | None = None,
        article_id: int | None = None,
        where: ArticleFilter | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.library = library
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Export"))
        self.resize(1100, 720)
        self.last_error = ""
        self.rendering = False  # a preview is being rendered in the background
        self.result_code: int | None = None  # set when the dialog is closed
        self._in_flight = 0  # template processes rendering a preview (at most one)
        self._pending_preview = False  # options changed while one was rendering
        self._preview_generation = 0
        self._preview_done.connect(self._preview_finished)

        self.scope_combo = QComboBox()
        if annotation_id is not None:
            self.scope_combo.addItem(self.tr("The selected annotation"),
                                     {"annotation_ids": [annotation_id]})
        if article_id is not None:
            title = library.articles.get(article_id).title
            self.scope_combo.addItem(self.tr("This article: {title}").format(title=_short(title)),
                                     {"article_ids": [article_id]})
        if where is not None and not where.is_empty():
            self.scope_combo.addItem(self.tr("The search and filter result ({what})").format(
                                         what=_describe(where)),
                                     {"where": where})
        self.scope_combo.addItem(self.tr("The whole library"), {})
        for index in range(self.scope_combo.count()):  # the current article by default
            if "article_ids" in self.scope_combo.itemData(index):
                self.scope_combo.setCurrentIndex(index)
        self.format_combo = _combo(FORMATS)
        self.group_combo = _combo(GROUPS)
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("Shipped template for the grouping"), None)
        for path in sorted(templates_dir().glob("by-*.md.j2")):
            self.template_combo.addItem(self.tr("Shipped: {name}").format(name=path.name),
                                        str(path))
        self.template_combo.addItem(self.tr("Choose file…"), CHOOSE_FILE)
        self.copy_template_button = QPushButton(self.tr("Copy default template to…"))
        self.copy_template_button.setToolTip(
            self.tr("Save the shipped template for this grouping where you can edit it"))
        # the words the export writes around the annotations (R13-10): the interface's
        # language unless the user chose another for exports
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(self.tr(
            "Language of the words the export writes around your annotations: Highlight, "
            "Claim and its verdict, Tags, Note, [inferred]. The annotations stay as written."))
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(export_language(self.settings))))
        self.hashtags_check = QCheckBox(self.tr("Tags as #hashtags"))
        self.bom_check = QCheckBox(self.tr("Byte order mark (for Excel)"))
        self.safe_check = QCheckBox(self.tr("Spreadsheet-safe cells"))
        self.safe_check.setChecked(True)
        self.safe_check.setToolTip(
            self.tr(
                "Put a ' before cells starting with = + - @ so a spreadsheet shows them as text "
                "instead of running them as formulas. Turn off only for tools that need raw values."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Export"), self.scope_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Group by"), self.group_combo)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.copy_template_button)
        form.addRow(self.tr("Template"), template_row)
        form.addRow(self.tr("Language"), self.language_combo)
        checks = QHBoxLayout()
        checks.addWidget(self.hashtags_check)
        checks.addWidget(self.bom_check)
        checks.addWidget(self.safe_check)
        checks.addStretch(1)
        form.addRow("", checks)

        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.raw_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.raw_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.rendered_view = SafeBrowser()
        self._style_preview()
        self.preview_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview_splitter.addWidget(self.raw_view)
        self.preview_splitter.addWidget(self.rendered_view)
        self.preview_splitter.setSizes([550, 550])
        self.preview_note = dh.plain_label(QLabel())
        self.preview_note.setWordWrap(True)
        self.error_label = dh.plain_label(QLabel())  # a template error quotes the template
        self.error_label.setWordWrap(True)
        self._style_error_label()
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.copy_button = self.buttons.addButton(
            self.tr("Copy to Clipboard"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.status_label = dh.plain_label(QLabel())

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview_splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._previous_template = 0
        for combo in (self.scope_combo, self.format_combo, self.group_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.language_combo.activated.connect(self._language_chosen)
        self.language_combo.currentIndexChanged.connect(self._options_changed)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        for check in (self.hashtags_check, self.bom_check, self.safe_check):
            check.toggled.connect(self._options_changed)
        self.copy_template_button.clicked.connect(self.copy_default_template)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._update_enabled()
        self.refresh_preview()

    def done(self, result: int) -> None:
        self._timer.stop()  # no preview after closing (the library may be closed next)
        self.result_code = result
        super().done(result)

    def hideEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------------ options
    def options(self) -> dict:
        """Keyword arguments of ``library.exports.render`` for what the dialog shows."""
        fmt = self.format_combo.currentData()
        template = self.template_combo.currentData()
        return {
            "fmt": fmt,
            "group": self.group_combo.currentData(),
            "template": template if template not in (None, CHOOSE_FILE) else None,
            "hashtags": self.hashtags_check.isChecked(),
            "language": self.language_combo.currentData(),
            "bom": self.bom_check.isChecked(),
            "spreadsheet_safe": self.safe_check.isChecked(),
            **self.scope_combo.currentData(),
        }

    def _options_changed(self, *_args) -> None:
        self._update_enabled()
        self._timer.start()

    def _update_enabled(self) -> None:
        markdown_format = self.format_combo.currentData() == "md"
        for widget in (
            self.group_combo,
            self.template_combo,
            self.copy_template_button,
            self.language_combo,
            self.hashtags_check,
        ):
            widget.setEnabled(markdown_format)
        for check in (self.bom_check, self.safe_check):
            check.setEnabled(self.format_combo.currentData() == "csv")
        self.rendered_view.setVisible(markdown_format)

    def _language_chosen(self, index: int) -> None:
        """The user chose the export's language: the next export starts in it too (none
        chosen: the interface's)."""
        code = self.language_combo.itemData(index)
        self.settings.setValue(EXPORT_LANGUAGE, "" if code == current_language() else code)

    def _template_chosen(self, index: int) -> None:
        if self.template_combo.itemData(index) == CHOOSE_FILE:
            path, _ = file_dialogs.get_open_file_name(
                self,
                self.tr("Choose a Jinja2 template"),
                self._last_dir(),
                self.tr("Jinja2 templates (*.j2 *.jinja *.md *.txt);;All files (*)"),
            )
            if not path:
                self.template_combo.blockSignals(True)
                self.template_combo.setCurrentIndex(self._previous_template)
                self.template_combo.blockSignals(False)
                return
            self.settings.setValue("export/last_dir", str(Path(path).parent))
            self.set_template(path)
            return
        self._previous_template = index
        self._options_changed()

    def set_template(self, path: str | Path) -> None:
        """Use a template file (added to the list once)."""
        path = str(path)
        index = self.template_combo.findData(path)
        if index < 0:
            index = self.template_combo.count() - 1  # before "Choose file…"
            self.template_combo.insertItem(
                index, self.tr("File: {name}").format(name=Path(path).name), path)
            self.template_combo.setItemData(
                index, dh.plain_tooltip(path), Qt.ItemDataRole.ToolTipRole
            )
        self.template_combo.setCurrentIndex(index)
        self._previous_template = index
        self._options_changed()

    def copy_default_template(self) -> None:
        source = default_template_path(self.group_combo.currentData())
        target, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Copy the default template to"),
            str(Path(self._last_dir()) / source.name),
            self.tr("Jinja2 templates (*.j2);;All files (*)"),
        )
        if not target:
            return
        try:
            write_file_atomic(target, source.read_bytes())
        except OSError as error:
            dh.show_error(
                self, self.tr("Copy template"), self.tr("Cannot write {path}: {error}").format(
                    path=target, error=core_text(error.strerror or error)))
            return
        self.settings.setValue("export/last_dir", str(Path(target).parent))
        self.set_template(target)
        self.status_label.setText(
            self.tr("Copied to {path}; edit it and the preview follows.").format(path=target))

    # ------------------------------------------------------------------ preview
    def refresh_preview(self) -> None:
        """Render the preview: at once for Kutip's own templates, CSV and JSON; a template
        of the user's own renders sandboxed in a background thread (it may be slow or
        refused after PREVIEW_SECONDS), so the dialog never waits for it."""
        self._timer.stop()
        options = self.options()
        scope = {
            k: options.pop(k) for k in ("annotation_ids", "article_ids", "where") if k in options
        }
        self._preview_generation += 1
        try:
            big = not ({"annotation_ids", "article_ids"} & set(scope))
            items = self.library.exports.items(limit=PREVIEW_LIMIT if big else None, **scope)
            if _user_template(options):
                if self._in_flight:  # one template process at a time: this one comes next
                    self._pending_preview = self.rendering = True
                    return
                self._render_in_background(self._preview_generation, items, options, big)
                return
            text = _render(items, options)
        except (TemplateError, *dh.USER_ERRORS) as error:
            self._show_error(core_text(error))
            return
        self._show_preview(text, items, options, big)

    def _render_in_background(self, generation: int, items, options: dict, big: bool) -> None:
        self.preview_note.setText(self.tr("Rendering the preview with your template…"))
        self.rendering = True
        self._in_flight += 1

        def work() -> None:
            try:
                text, error = _render(items, options, seconds=PREVIEW_SECONDS), ""
            except (TemplateError, *dh.USER_ERRORS) as failure:
                text, error = "", str(failure) or type(failure).__name__
            except Exception as failure:  # noqa: BLE001 - never let a thread die silently
                text, error = "", unexpected(failure)
            self._preview_done.emit(generation, (text, error, items, options, big))

        threading.Thread(target=work, name="kutip-preview", daemon=True).start()

    def _preview_finished(self, generation: int, result) -> None:
        self._in_flight -= 1
        if self._pending_preview and self.result_code is None:  # options changed meanwhile
            self._pending_preview = False
            self.refresh_preview()
            return
        if generation != self._preview_generation or self.result_code is not None:
            return  # an older render, or the dialog closed meanwhile: dropped
        self.rendering = False
        text, error, items, options, big = result
        if error:
            self._show_error(error)
        else:
            self._show_preview(text, items, options, big)

    def _show_preview(self, text: str, items, options: dict, big: bool) -> None:
        self.rendering = False
        self.last_error = ""
        self.error_label.hide()
        count = sum(len(notes) for _, notes in items)
        if big and count >= PREVIEW_LIMIT:
            note = self.tr("Preview of the first {n} annotations; the export has them all.")
        elif len(items) == 1:
            note = (self.tr("Preview: 1 annotation in 1 article.") if count == 1
                    else self.tr("Preview: {n} annotations in 1 article."))
        else:
            note = (self.tr("Preview: 1 annotation in {articles} articles.") if count == 1
                    else self.tr("Preview: {n} annotations in {articles} articles."))
        note = note.format(n=count, articles=len(items))
        if text.startswith("\ufeff"):  # invisible anyway; say so instead
            text = text[1:]
            note += " " + self.tr("The file starts with a BOM.")
        self.preview_note.setText(note)
        self.raw_view.setPlainText(text)
        if options["fmt"] == "md":
            self._rendered = render_markdown(text)
            self.rendered_view.setHtml(self._rendered)

    def _style_error_label(self) -> None:
        colour = text_colour(ERROR_RED, self.palette()).name()
        self.error_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _style_preview(self) -> None:
        """Quoted text in the palette's own muted colour, readable in light and dark."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if contrast(muted, base) < MIN_CONTRAST:
            muted = palette.color(QPalette.ColorRole.Text)
        self.rendered_view.document().setDefaultStyleSheet(
            f"blockquote {{ font-style: italic; color: {muted.name()}; }}"
        )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "rendered_view"):
            self._style_preview()
            self._style_error_label()
            if getattr(self, "_rendered", None):
                self.rendered_view.setHtml(self._rendered)

    def _show_error(self, message: str) -> None:
        self.rendering = False
        self.last_error = message
        self.error_label.setText(self.tr("Template error: {error}").format(error=message))
        self.error_label.show()
        self.raw_view.setPlainText(
            self.tr("The export could not be made:") + "\n\n" + message)
        self.rendered_view.setHtml(
            f"<p style='color:{text_colour(ERROR_RED, self.palette()).name()}'>"
            f"<b>{html.escape(self.tr('Template error'))}</b><br>"
            f"{html.escape(message)}</p>"
        )

    def preview_text(self) -> str:
        return self.raw_view.toPlainText()

    # ------------------------------------------------------------------ export
    def export_text(self) -> str | None:
        """The whole export; big scopes run in a thread behind a progress dialog."""
        options = self.options()
        small = "annotation_ids" in options or "article_ids" in options
        if small and not _user_template(options):  # a user's template may be slow: a thread
            try:
                return self.library.exports.render(**options)
            except (TemplateError, *dh.USER_ERRORS) as error:
                dh.show_error(self, self.tr("Export"), core_text(error))
                return None
        return self._export_in_thread(options)

    def _export_in_thread(self, options: dict) -> str | None:
        done, text, error = export_in_thread(
            self, self.library.path,
            lambda library, progress: library.exports.render(progress=progress, **options),
            self.tr("Exporting"), self.tr("Reading annotations…"),
            coder=self.library.coders.chosen)
        if not done:
            self.status_label.setText(self.tr("Export cancelled."))
            return None
        if error:
            dh.show_error(self, self.tr("Export"), error)
            return None
        return text if isinstance(text, str) else None

    def copy_to_clipboard(self) -> None:
        text = self.export_text()
        if text is None:
            return
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("Copied {n} characters to the clipboard.").format(
            n=QLocale().toString(len(text))))

    def save(self) -> None:
        fmt = self.format_combo.currentData()
        suggested = Path(self._last_dir()) / f"kutip-export.{fmt}"
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save the export"), str(suggested),
            QCoreApplication.translate("ExportDialog", FILE_FILTERS[fmt])
        )
        if not path:
            return
        self.settings.setValue("export/last_dir", str(Path(path).parent))
        text = self.export_text()
        if text is None:
            return
        try:
            write_file_atomic(path, text)  # a failed write leaves the old file as it was
        except OSError as error:
            dh.show_error(
                self, self.tr("Save export"), self.tr("Cannot write {path}: {error}").format(
                    path=path, error=core_text(error.strerror or error)))
            return
        self.status_label.setText(self.tr("Saved {path}").format(path=path))

    def _last_dir(self) -> str:
        return str(self.settings.value("export/last_dir", str(Path.home())))


def _user_template(options: dict) -> bool:
    """A Markdown export through a template that is not one of Kutip's own."""
    from ..core.export.rendering import is_shipped

    template = options.get("template")
    return options.get("fmt") == "md" and template is not None and not is_shipped(Path(template))


def _render(items, options: dict, seconds: float | None = None) -> str:
    from ..core.export import export_csv, export_markdown, export_webannotation

    if options["fmt"] == "md":
        return export_markdown(
            items,
            group=options["group"],
            template=options["template"],
            hashtags=options["hashtags"],
            seconds=seconds,
            language=options["language"],
        )
    if options["fmt"] == "csv":
        return export_csv(items, bom=options["bom"], spreadsheet_safe=options["spreadsheet_safe"])
    import json

    return json.dumps(export_webannotation(items), ensure_ascii=False, indent=2) + "\n"


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(QCoreApplication.translate("ExportDialog", label), value)
    return combo


def _short(text: str, width: int = 48) -> str:
    text = marked_controls(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe(where: ArticleFilter) -> str:
    parts = []
    if where.query.strip():
        parts.append(f"“{_short(where.query.strip(), 24)}”")
    for field, label in FILTER_LABELS.items():
        value = getattr(where, field)
        if value:
            value = kind_name(value) if field == "kind" else value
            parts.append(f"{QCoreApplication.translate('ExportDialog', label)}: {value}")
    if where.collection_id:
        parts.append(QCoreApplication.translate("ExportDialog", "a collection"))
    return ", ".join(parts)


FILTER_LABELS = {"source": QT_TRANSLATE_NOOP("ExportDialog", "source"),
                 "tag": QT_TRANSLATE_NOOP("ExportDialog", "tag"),
                 "speaker": QT_TRANSLATE_NOOP("ExportDialog", "speaker"),
                 "kind": QT_TRANSLATE_NOOP("ExportDialog", "kind"),
                 "coder": QT_TRANSLATE_NOOP("ExportDialog", "coder")}
