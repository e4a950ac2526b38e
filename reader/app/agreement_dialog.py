"""Library → Agreement… (issue 14): inter-coder reliability as a table — what was compared
(tags, kinds, speakers, verdicts) × the coefficients, with Cohen's κ for every pair of
coders and the warnings where a figure cannot be trusted — saved as Markdown or CSV; and
the disagreement view, where each coder's version of an article is shown side by side
and a reviewer accepts one version of a passage into a chosen coder (e.g. "gold"),
undoably through the window's one history.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, Qt, QThread
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Area, Changes
from ..core.files import write_file_atomic
from ..core.library import Cancelled
from . import dialog_helpers as dh
from . import file_dialogs, i18n
from .article import ReaderView
from .coding_commands import AdjudicateCommand
from .i18n import core_text, export_language, translate
from .library_worker import LibraryWorker

GOLD = "gold"  # the coder a reviewer's decisions go to, unless they choose another
WARNING_TINT = "#fde68a"


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _what(what: str) -> str:
    """"tag framing" → "Tag: framing", "kind quote" → "Kind: quote" ("Jenis: kutipan")."""
    head, _, name = what.partition(" ")
    if head == "kind":
        name = i18n.kind_name(name)
    label = {"tag": translate("Agreement", "Tag: {name}"),
             "kind": translate("Agreement", "Kind: {name}"),
             "speaker": translate("Agreement", "Speaker"),
             "verdict": translate("Agreement", "Verdict")}.get(head)
    return label.format(name=name) if label else what


def _unit(unit: str) -> str:
    return {"character": translate("Agreement", "characters"),
            "token": translate("Agreement", "word tokens"),
            "matched quote": translate("Agreement", "matched quotes"),
            "matched claim": translate("Agreement", "matched claims")}.get(unit, unit)



#: computations still running, kept here rather than under their dialog (see compute)
_running: list[tuple[QThread, LibraryWorker]] = []

class AgreementDialog(QDialog):
    """The report for a scope (the double-coded articles, or a collection), some coders
    and a unit of analysis."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.report = None
        self.setWindowTitle(self.tr("Inter-coder Agreement"))
        self.resize(980, 620)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Articles two or more coders coded"), "")
        for collection in self.library.collections.all():
            self.scope.addItem(collection.name, collection.name)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("characters"), "character")
        self.unit.addItem(self.tr("word tokens"), "token")
        self.unit.setToolTip(self.tr("The unit of analysis of the tag and kind lines"))
        self.coders = QListWidget()
        self.coders.setFlow(QListWidget.Flow.LeftToRight)
        self.coders.setWrapping(True)
        self.coders.setMaximumHeight(self.fontMetrics().height() * 3)
        self.coders.setAccessibleName(self.tr("Coders"))
        for name in self.library.agreement.coder_names():  # (blind work counts: R17-6)
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.coders.addItem(item)
        self._tick_coders_at_work()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Articles:")))
        top.addWidget(self.scope, 1)
        top.addWidget(QLabel(self.tr("Unit:")))
        top.addWidget(self.unit)
        self.summary = dh.plain_label(QLabel())
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the agreement"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop computing the figures"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Compute the figures for the choice above"))
        self.compute_button.clicked.connect(self.compute)
        self.compute_button.hide()
        working = QHBoxLayout()
        working.addWidget(self.summary, 1)
        working.addWidget(self.progress)
        working.addWidget(self.stop_button)
        working.addWidget(self.compute_button)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Agreement"))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setMaximumHeight(self.fontMetrics().height() * 7)

        self.disagreements_button = QPushButton(self.tr("Disagreements…"))
        self.disagreements_button.setToolTip(self.tr(
            "Each coder's version of an article side by side, to adjudicate"))
        self.disagreements_button.clicked.connect(self.show_disagreements)
        self.markdown_button = QPushButton(self.tr("Save Markdown…"))
        self.markdown_button.clicked.connect(lambda: self.save("markdown"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.disagreements_button, self.markdown_button, self.csv_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Coders compared:")))
        layout.addWidget(self.coders)
        layout.addLayout(working)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Warnings")))
        layout.addWidget(self.warnings)
        layout.addLayout(bottom)

        self._thread: QThread | None = None
        self._worker: LibraryWorker | None = None
        self._again = False  # the choice changed while computing: compute again after
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.unit.currentIndexChanged.connect(lambda _i: self.compute())
        self.coders.itemChanged.connect(lambda _item: self.compute())
        self.compute()

    # -------------------------------------------------------------------- figures
    def _tick_coders_at_work(self) -> None:
        """Tick the coders with annotations in the articles chosen (not gold: it is what
        they are compared against); the others stay listed, unticked. A coder with work
        elsewhere only would count as one who coded nothing here: disagreement
        everywhere (review R17-6's leftover)."""
        at_work = set(self.library.agreement.coders_at_work(self.scope.currentData() or ""))
        blocked = self.coders.blockSignals(True)  # (one computation, after)
        for i in range(self.coders.count()):
            item = self.coders.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in at_work
                               and item.text().casefold() != GOLD
                               else Qt.CheckState.Unchecked)
        self.coders.blockSignals(blocked)

    def _scope_changed(self) -> None:
        self._tick_coders_at_work()
        self.compute()

    def chosen_coders(self) -> list[str]:
        return [self.coders.item(i).text() for i in range(self.coders.count())
                if self.coders.item(i).checkState() == Qt.CheckState.Checked]

    def compute(self) -> None:
        """Compute the report for what is chosen now, in a thread (seconds on a corpus:
        the dialog stays responsive, shows how far it got and can be stopped). A change
        of choice while one runs stops it and starts again."""
        if self._thread is not None:
            self._again = True
            if self._worker is not None:
                self._worker.cancel()
            return
        self.report = None
        self._fill()
        self.summary.setText(self.tr("Computing the agreement…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.compute_button.hide()
        # (a thread of no parent, kept in _running until it ends: a dialog deleted with its
        # window while computing, never closed, must not destroy a running thread: Qt aborts)
        self._thread = QThread()
        options = {"coders": self.chosen_coders(), "collection": self.scope.currentData() or "",
                   "unit": self.unit.currentData()}
        self._worker = LibraryWorker(self.library.path, lambda library, progress, cancel: (
            library.agreement.report(**options, should_cancel=cancel,
                                     progress=lambda stage, done, total: progress(
                                         done, total, stage))))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        _running[:] = [(t, w) for t, w in _running if not t.isFinished()]
        _running.append((self._thread, self._worker))
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether the figures are being computed."""
        return self._thread is not None

    def stop(self) -> None:
        """Stop the computation (the Stop button): the figures stay empty until asked again."""
        self._again = False
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Wait (handling events) until the computation is over; whether it is."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._thread is not None and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self._thread is not None:
                self._thread.wait(10)
        return self._thread is None

    def _progress(self, done: int, total: int, stage: str) -> None:
        if stage == "comparing" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.summary.setText(self.tr("Comparing the coders: {done} of {total} lines…")
                                 .format(done=done, total=total))
        elif total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.summary.setText(self.tr("Reading the annotations…"))

    def _done(self, result: object) -> None:
        """The worker's result: the report, or the refusal, or ``Cancelled``."""
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.progress.hide()
        self.stop_button.hide()
        if self._again:  # the choice changed meanwhile: compute what is chosen now
            self._again = False
            self.compute()
            return
        report = None if isinstance(result, BaseException) else result  # (no numpy at start)
        self.report = report
        if isinstance(result, Cancelled):
            self.summary.setText(self.tr("Stopped: no figures were computed. Change the"
                                         " choice above or press Compute to start again."))
            self.compute_button.show()
        elif report is None:
            self.summary.setText(core_text(result))
        else:
            self.summary.setText(self.tr(
                "{coders} on {n} article(s). α: Krippendorff's alpha (nominal); κ: Cohen's"
                " kappa; %: percent agreement. Tags and kinds are compared at every unit of"
                " the text (coded or not); speakers and verdicts on the annotations the"
                " coders matched.").format(coders=", ".join(report.coders),
                                           n=report.articles))
        self._fill()

    def done(self, result: int) -> None:
        """Closing stops a computation still running (and waits for its thread)."""
        self._again = False
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = self._worker = None
        super().done(result)

    def _fill(self) -> None:
        report = self.report
        pairs = list(combinations(report.coders, 2)) if report else []
        heads = [self.tr("Compared"), self.tr("Unit of analysis"), self.tr("Units"), "α",
                 "%", *(f"κ {a} × {b}" for a, b in pairs), self.tr("Warnings")]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        rows = report.comparisons if report else []
        self.table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            kappas = {(p.coder_a, p.coder_b): p.kappa for p in c.pairs}
            cells = [_what(c.what), _unit(c.unit), str(c.units), _figure(c.alpha),
                     _percent(c.percent), *(_figure(kappas.get(pair)) for pair in pairs),
                     f"⚠ {len(c.warnings)}" if c.warnings else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c.warnings:
                    item.setToolTip(dh.plain_tooltip("\n".join(map(core_text, c.warnings))))
                    if column == len(cells) - 1:
                        item.setBackground(QBrush(QColor(WARNING_TINT)))
                        item.setForeground(QBrush(QColor("#3d2e00")))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.warnings.clear()
        for warning in (report.warnings if report else []):
            self.warnings.addItem(f"⚠ {core_text(warning)}")
        for c in rows:
            for warning in c.warnings:
                self.warnings.addItem(f"⚠ {_what(c.what)}: {core_text(warning)}")
        has = report is not None and bool(report.comparisons)
        for button in (self.markdown_button, self.csv_button):
            button.setEnabled(has)
        self.disagreements_button.setEnabled(report is not None and bool(report.article_ids))

    # -------------------------------------------------------------------- reports
    def save(self, fmt: str) -> None:
        if self.report is None:
            return
        from ..core.export.agreement import agreement_csv, agreement_markdown

        suffix, kind = ((".md", self.tr("Markdown (*.md)")) if fmt == "markdown"
                        else (".csv", self.tr("CSV (*.csv)")))
        last = str(self.window.settings.value("export/last_dir", str(Path.home())))
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Save the agreement report"),
                                              str(Path(last) / f"agreement{suffix}"), kind)
        if not path:
            return
        language = export_language(self.window.settings)  # (as the annotation exports)
        text = (agreement_markdown(self.report, language=language) if fmt == "markdown"
                else agreement_csv(self.report, language=language))
        try:
            write_file_atomic(path, text)
        except OSError as error:
            dh.show_error(self, self.tr("Save the agreement report"),
                          self.tr("Cannot write {path}: {error}").format(
                              path=path, error=core_text(error.strerror or error)))
            return
        self.window.settings.setValue("export/last_dir", str(Path(path).parent))
        self.summary.setText(self.tr("Saved {path}.").format(path=path))

    def show_disagreements(self) -> None:
        if self.report is None or not self.report.article_ids:
            return
        dialog = DisagreementDialog(self.window, self.report.article_ids, self.report.coders,
                                    self)
        dialog.exec()
        dialog.deleteLater()  # (and with it its listening to the library)
        self.compute()  # (adjudication may have made a gold coder's annotations)


class DisagreementDialog(QDialog):
    """One article at a time: each coder's annotations in a column of their own, the
    passages where they meet in a list (disagreements first shown), and the decision:
    accept one coder's version of the passage (or the whole article) into another."""

    def __init__(self, window, article_ids: list[int], coders: list[str], parent=None):
        super().__init__(parent or window)
        self.window = window
        self.library = window.library
        self.coders = list(coders)
        self.passages: list = []
        self.setWindowTitle(self.tr("Disagreements"))
        self.resize(1280, 760)
        for action in (window.undo_action, window.redo_action):  # Ctrl+Z works here too
            self.addAction(action)

        self.article = QComboBox()
        self.article.setAccessibleName(self.tr("Article"))
        for article_id in article_ids:
            title = self.library.articles.get(article_id).title or self.tr("Untitled")
            self.article.addItem(dh.clip_words(" ".join(title.split()), 80), article_id)
        self.only_disagreements = QCheckBox(self.tr("Disagreements only"))
        self.only_disagreements.setChecked(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Article:")))
        top.addWidget(self.article, 1)
        top.addWidget(self.only_disagreements)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Passages"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._passage_chosen)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.views: dict[str, ReaderView] = {}
        self.titles: dict[str, QLabel] = {}
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.list)
        body.addWidget(self.columns)
        body.setStretchFactor(1, 4)
        body.setSizes([300, 980])

        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Version to accept"))
        self.source.addItems(self.coders)
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setAccessibleName(self.tr("Accept into"))
        names = [c.name for c in self.library.coders.all()]
        self.target.addItems([GOLD] + [n for n in names if n.casefold() != GOLD])
        self.target.setToolTip(self.tr("The coder the accepted version is written to (made if"
                                       " new); their annotations there are replaced"))
        self.accept_passage = QPushButton(self.tr("Accept Passage"))
        self.accept_passage.setToolTip(self.tr("Put this coder's annotations of the chosen"
                                               " passage into the target coder"))
        self.accept_passage.clicked.connect(lambda: self.adjudicate(whole=False))
        self.accept_article = QPushButton(self.tr("Accept Whole Article"))
        self.accept_article.clicked.connect(lambda: self.adjudicate(whole=True))
        self.status = dh.plain_label(QLabel())
        decide = QHBoxLayout()
        decide.addWidget(QLabel(self.tr("Accept the version of")))
        decide.addWidget(self.source)
        decide.addWidget(QLabel(self.tr("into")))
        decide.addWidget(self.target)
        decide.addWidget(self.accept_passage)
        decide.addWidget(self.accept_article)
        decide.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        decide.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(decide)
        self.article.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_disagreements.toggled.connect(lambda _on: self._fill_list())
        dh.listen(self.library, self, "_on_change")
        self.refresh()

    @property
    def article_id(self) -> int | None:
        data = self.article.currentData()
        return int(data) if data is not None else None

    def _column_names(self) -> list[str]:
        """The coders compared, then the target coder when they coded this article."""
        names = list(self.coders)
        target = " ".join(self.target.currentText().split())
        if target and target.casefold() not in {n.casefold() for n in names}:
            names.append(target)
        return names

    def refresh(self) -> None:
        article_id = self.article_id
        if article_id is None:
            return
        article = self.library.articles.get(article_id)
        notes = self.library.annotations.where(article_ids=[article_id], everyone=True)
        colours = self.library.tags.colours()
        self.passages = self.library.agreement.passages(article_id, self.coders)
        for name in self._column_names():
            mine = [n for n in notes if n.coder.casefold() == name.casefold()]
            if name not in self.views:
                if name not in self.coders and not mine:
                    continue
                self._add_column(name)
            self.views[name].show_article(article, mine, colours)
            self.titles[name].setText(self.tr("{coder} — {n} annotation(s)").format(
                coder=i18n.coder_name(name), n=len(mine)))
        self._fill_list()

    def _add_column(self, name: str) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        title = dh.plain_label(QLabel())
        title.setStyleSheet("font-weight: 600; padding: 2px 4px")
        view = ReaderView()
        view.setMinimumWidth(220)
        view.legend.hide()
        column.addWidget(title)
        column.addWidget(view, 1)
        self.columns.addWidget(box)
        self.views[name] = view
        self.titles[name] = title

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.shown = [p for p in self.passages
                      if not (self.only_disagreements.isChecked() and p.agree)]
        text = self.library.articles.text(self.article_id) if self.article_id else ""
        for passage in self.shown:
            excerpt = dh.clip_words(" ".join(text[passage.start:passage.end].split()), 70)
            item = QListWidgetItem(f"“{excerpt}”\n{self._describe(passage)}")
            item.setToolTip(dh.plain_tooltip(self._versions(passage)))
            if not passage.agree:
                item.setForeground(QBrush(QColor("#b45309")))
            self.list.addItem(item)
        self.list.blockSignals(False)
        disagree = sum(not p.agree for p in self.passages)
        self.status.setText(self.tr("{n} passage(s), {d} with a disagreement.").format(
            n=len(self.passages), d=disagree))
        if self.shown:
            self.list.setCurrentRow(0)
        self.accept_passage.setEnabled(bool(self.shown))

    def _describe(self, passage) -> str:
        if passage.agree:
            return self.tr("all agree")
        missing = [c for c, notes in passage.versions.items() if not notes]
        words = {"span": self.tr("spans differ"), "kind": self.tr("kinds differ"),
                 "tags": self.tr("tags differ"), "speaker": self.tr("speakers differ"),
                 "verdict": self.tr("verdicts differ")}
        parts = ([self.tr("not coded by {coders}").format(coders=", ".join(missing))]
                 if missing else [])
        parts += [words[d] for d in passage.differences if d in words]
        return "; ".join(parts)

    def _versions(self, passage) -> str:
        """Each coder's version of a passage, a line per annotation (the list's tooltip)."""
        lines = []
        for coder, notes in passage.versions.items():
            if not notes:
                lines.append(self.tr("{coder}: (nothing)").format(coder=coder))
            for n in notes:
                details = [i18n.title(n.kind)]
                if n.kind == "quote" and n.speaker:
                    details.append(n.speaker)
                if n.kind == "claim" and n.verdict:
                    details.append(i18n.title(n.verdict))
                details += [f"#{t}" for t in n.tags]
                lines.append(f"{coder}: {' · '.join(details)} — “{dh.clip_words(n.exact, 50)}”")
        return "\n".join(lines)

    def current_passage(self):
        row = self.list.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _passage_chosen(self, _row: int) -> None:
        passage = self.current_passage()
        if passage is None:
            return
        for view in self.views.values():  # each column scrolled to it, its marks unhidden
            view.select_span(passage.start, passage.end)
            cursor = view.text_widget.textCursor()
            cursor.setPosition(cursor.selectionStart())
            view.text_widget.setTextCursor(cursor)
        coded = passage.coded_by()
        if coded and self.source.currentText() not in coded:
            self.source.setCurrentText(coded[0])

    # ------------------------------------------------------------------ deciding
    def adjudicate(self, whole: bool) -> None:
        article_id = self.article_id
        passage = None if whole else self.current_passage()
        if article_id is None or (not whole and passage is None):
            return
        source, target = self.source.currentText(), self.target.currentText().strip()
        start, end = (None, None) if passage is None else (passage.start, passage.end)
        command = AdjudicateCommand(self.library, article_id, start, end, source, target)
        if self.window.history.run(command, parent=self, title=self.tr("Adjudicate")):
            self.refresh()  # (a new target coder gets a column)
            self.status.setText(self.tr(
                "Accepted {source}'s version into {target} ({n} annotation(s)); Ctrl+Z undoes"
                " it.").format(source=source, target=target, n=len(command.made)))

    def _on_change(self, changes: Changes) -> None:
        if changes.areas & {Area.ANNOTATIONS, Area.ARTICLES} and changes.concerns(
                self.article_id):
            row = self.list.currentRow()
            self.refresh()
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)


def open_agreement(window) -> bool:
    """Show the agreement; while collections are coded blind, only once the user agrees to
    see every coder's annotations (a coder still coding blind should not)."""
    if window.library.coders.blind_collections() and not dh.confirm(
            window, translate("Agreement", "Inter-coder Agreement"),
            translate("Agreement", "Some collections are coded blind."),
            translate("Agreement", "The agreement and its disagreements show every coder's"
                      " annotations. If you are still coding blind, close this."),
            ok_text=translate("Agreement", "Show Everyone's")):
        return False
    dialog = AgreementDialog(window)
    dialog.exec()
    dialog.deleteLater()
    return True
