"""The suggestions tab: quotes and claims Kutip detected, to accept, edit or dismiss.

``SuggestionsPanel`` is the list (a ``SuggestionListModel`` in a ``QTreeView``) with its
buttons; ``SuggestionsController`` connects it to the main window: it works suggestions
out when an article is opened (a long article in a child process, so the window never
stalls and closing it never waits), caches the engine's output per article, re-filters on
every change notice, shows the open suggestions faintly in the reader and pushes undoable
decisions.
"""

from __future__ import annotations

import sys
from html import escape as esc

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QProcess,
    QProcessEnvironment,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.library import Area, Changes, NotFound
from ..core.models import Suggestion
from ..core.paths import child_command
from ..core.textnorm import marked_controls
from .annotation_model import in_library, spelled_otherwise, written_speaker
from .article.style import text_colour
from .dialog_helpers import plain_tooltip
from .flow_layout import FlowLayout
from .i18n import core_text, kind_name, title, translate
from .list_selection import select_index
from .suggestion_commands import (
    AcceptSuggestionCommand,
    AcceptSuggestionsCommand,
    DismissSuggestionCommand,
)

SYNC_LIMIT = 20_000  # characters; a shorter text is analysed at once (a few milliseconds)
#: Accept All with more suggestions than this shows a progress dialog (batches, Cancel)
ACCEPT_WITH_PROGRESS = 300
#: ``reader.core.quotes.worker.MODULE``, written out: importing the quote engine (its
#: regexes, word lists) waits for the first suggestions, not the app's start (issue 12)
WORKER_MODULE = "reader.core.quotes.worker"


def suggest(text: str, aliases: dict[str, str], language: str | None) -> list[Suggestion]:
    """The quote engine's ``suggest``, loaded on first use."""
    from ..core.quotes import suggest as engine_suggest

    return engine_suggest(text, aliases, language)


KIND_CHOICES = ((QT_TRANSLATE_NOOP("SuggestionsPanel", "Quotes"), ("quote",)),
                (QT_TRANSLATE_NOOP("SuggestionsPanel", "Claims"), ("claim",)),
                (QT_TRANSLATE_NOOP("SuggestionsPanel", "Quotes and claims"), ("quote", "claim")))
SuggestionRole = Qt.ItemDataRole.UserRole + 1


def _clip(text: str, limit: int = 220) -> str:
    text = marked_controls(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class SuggestionListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Suggestion] = []

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self._items = list(suggestions)
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return list(self._items)

    def suggestion(self, row: int) -> Suggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        s = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = f"“{_clip(s.exact)}”"
            if s.kind == "claim":
                head = f"{title('claim')}: {head}"
            unknown = translate("SuggestionsPanel", "speaker unknown")
            who = written_speaker(s) or (unknown if s.kind == "quote" else "")
            if who and s.speaker_role:
                who += f" — {s.speaker_role}"
            if s.speaker:
                who += f" {_sureness(s)}"
            return "\n".join(p for p in (head, who, core_text(s.reason)) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = ("\n" + translate("SuggestionsPanel", "Speaker {confidence}: {reason}.").format(
                confidence=_percent(s.speaker_confidence), reason=core_text(s.speaker_reason))
                if s.speaker else "")
            return plain_tooltip(
                translate("SuggestionsPanel",
                          "{kind} suggested ({reason}); confidence {confidence}.").format(
                    kind=title(s.kind), reason=core_text(s.reason),
                    confidence=_percent(s.confidence))
                + why + "\n" + translate("SuggestionsPanel", "Enter accepts, Delete dismisses."))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            speaker = written_speaker(s) or translate("SuggestionsPanel", "unknown")
            if s.speaker_unsure:
                speaker += " " + translate("SuggestionsPanel", "(unsure)")
            text = translate("SuggestionsPanel", "Suggested {kind}: {text}. Speaker: {speaker}.")
            return text.format(
                kind=kind_name(s.kind), text=s.exact, speaker=speaker)
        if role == SuggestionRole:
            return s
        return None


def _sureness(s: Suggestion) -> str:
    """“· 92%”, or “(unsure 60%: check)” for a guessed speaker. (Not “(92%)”: after
    “Sergey Lavrov (in your library: Sergei Lavrov)” a second bracket read as a second
    name, R12-18.)"""
    if s.speaker_unsure:
        return translate("SuggestionsPanel", "(unsure {confidence}: check)").format(
            confidence=_percent(s.speaker_confidence))
    return f"· {_percent(s.speaker_confidence)}"


def _percent(value: float) -> str:
    """0.92 → "92%" (written the same way in English and Indonesian)."""
    return f"{value:.0%}"


AMBER = "#c77800"  # an unsure speaker; made readable on the page (style.text_colour)


def _html(s: Suggestion, muted: str, amber: str = AMBER) -> str:
    head = f"“{esc(_clip(s.exact))}”"
    if s.kind == "claim":
        head = f"<i>{esc(title('claim'))}:</i> {head}"
    unknown = translate("SuggestionsPanel", "speaker unknown")
    # as the article writes the name, then the library's speaker when spelled otherwise
    written = spelled_otherwise(s)
    who = (f"<b>{esc(written)}</b> ({esc(in_library(s.speaker))})" if written else
           f"<b>{esc(s.speaker)}</b>" if s.speaker else
           f"<i>{esc(unknown)}</i>" if s.kind == "quote" else "")
    if who and s.speaker_role:
        who += f" · {esc(s.speaker_role)}"
    if s.speaker_unsure:  # a guess stands out: amber, made readable on light and dark pages
        who += f" <span style='color:{amber}'><i>{esc(_sureness(s))}</i></span>"
    elif s.speaker:
        who += f" <span style='color:{muted}'>{esc(_sureness(s))}</span>"
    lines = [head, who, f"<span style='color:{muted}'>{esc(core_text(s.reason))}</span>"]
    return "<br>".join(line for line in lines if line)


class _SuggestionDelegate(QStyledItemDelegate):
    """Quote text, then the speaker in bold with the role, then the reason, muted."""

    PAD = 6
    SPACING = 1  # around each row, the base colour between two

    def _document(self, option, index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        muted = colour if selected else option.palette.color(
            QPalette.ColorRole.PlaceholderText).name()
        amber = colour if selected else text_colour(AMBER, option.palette).name()
        doc.setHtml(f"<div style='color:{colour}'>"
                    f"{_html(index.data(SuggestionRole), muted, amber)}</div>")
        doc.setTextWidth(max(width - 2 * self.PAD, 50))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        # (inside the space around each row, as the list view's spacing left it)
        opt.rect = opt.rect.adjusted(self.SPACING, self.SPACING, -self.SPACING, -self.SPACING)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, opt.rect.width())
        painter.save()
        painter.translate(opt.rect.left() + self.PAD, opt.rect.top() + self.PAD)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        width = option.widget.viewport().width() - 4 if option.widget else 300
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PAD + 2 * self.SPACING)


class SuggestionsPanel(QWidget):
    """The list and its buttons; emits what the user decides, by row."""

    acceptRequested = Signal(int)  # noqa: N815
    editRequested = Signal(int)  # noqa: N815
    dismissRequested = Signal(int)  # noqa: N815
    acceptAllRequested = Signal()  # noqa: N815
    suggestionSelected = Signal(int)  # noqa: N815
    kindsChanged = Signal()  # noqa: N815

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SuggestionListModel(self)
        # a list of one column: a tree view asks the size of the rows it shows only (a
        # list view of rows of their own height measures every row first: a transcript's
        # 3,000 suggestions froze the window 6-10 s as the tab first showed)
        self.list = QTreeView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(_SuggestionDelegate(self.list))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setIndentation(0)
        self.list.setUniformRowHeights(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        # rows wrap to the list's width: measured again (those shown) when it changes
        self.list.header().sectionResized.connect(lambda *_: self.list.doItemsLayout())
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda index: self.acceptRequested.emit(index.row()))

        self.heading = QLabel(self.tr("Suggestions"))
        self.heading.setStyleSheet("font-weight: 600")
        self.heading.setWordWrap(True)
        self.kinds = QComboBox()
        self.kinds.addItems([self.tr(label) for label, _ in KIND_CHOICES])
        self.kinds.setToolTip(self.tr("Which suggestions to show"))
        self.kinds.currentIndexChanged.connect(lambda _: self.kindsChanged.emit())

        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Store this suggestion as an annotation (Enter)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(
            self.tr("Accept, then correct the speaker in the annotation form"))
        self.dismiss_button = QPushButton(self.tr("D&ismiss"))
        self.dismiss_button.setToolTip(self.tr("Not a quote: hide it for good (Delete)"))
        self.accept_all_button = QPushButton(self.tr("Accept A&ll"))
        self.accept_all_button.setToolTip(
            self.tr("Store every suggestion listed, in one undoable step")
        )
        self.accept_button.clicked.connect(lambda: self._emit_current(self.acceptRequested))
        self.edit_button.clicked.connect(lambda: self._emit_current(self.editRequested))
        self.dismiss_button.clicked.connect(lambda: self._emit_current(self.dismissRequested))
        self.accept_all_button.clicked.connect(self.acceptAllRequested)
        for keys, signal in (
            ((Qt.Key.Key_Return, Qt.Key.Key_Enter), self.acceptRequested),
            ((QKeySequence.StandardKey.Delete, Qt.Key.Key_Backspace), self.dismissRequested),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.list)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda s=signal: self._emit_current(s))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.kinds)
        buttons = FlowLayout(spacing=4)  # they wrap in a narrow pane (Indonesian, a large font)
        for button in (self.accept_button, self.edit_button, self.dismiss_button,
                       self.accept_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_suggestions([])

    # -- filling --------------------------------------------------------------------
    def selected_kinds(self) -> tuple[str, ...]:
        return KIND_CHOICES[self.kinds.currentIndex()][1]

    def set_suggestions(self, suggestions: list[Suggestion], busy: bool = False) -> None:
        """Show ``suggestions``; the selection stays on the same span when it is still there."""
        current = self.current_suggestion()
        row = self.list.currentIndex().row()
        self.model.set_suggestions(suggestions)
        n = len(suggestions)
        what = {("quote",): "quote", ("claim",): "claim"}.get(self.selected_kinds(), "suggestion")
        if busy:
            self.heading.setText(self.tr("Looking for quotes…"))
        elif n == 1:
            self.heading.setText(
                {"quote": self.tr("1 suggested quote"), "claim": self.tr("1 suggested claim")}.get(
                    what, self.tr("1 suggested suggestion")
                )
            )
        elif n:
            self.heading.setText(
                {
                    "quote": self.tr("{n} suggested quotes"),
                    "claim": self.tr("{n} suggested claims"),
                }.get(what, self.tr("{n} suggested suggestions")).format(n=n)
            )
        else:
            self.heading.setText(
                {
                    "quote": self.tr("No suggested quotes"),
                    "claim": self.tr("No suggested claims"),
                }.get(what, self.tr("No suggested suggestions"))
            )
        self.accept_all_button.setText(
            self.tr("Accept A&ll ({n})").format(n=n) if n else self.tr("Accept A&ll")
        )
        self.accept_all_button.setEnabled(n > 0)
        keep = next(
            (
                i
                for i, s in enumerate(suggestions)
                if current is not None
                and (s.kind, s.start, s.end) == (current.kind, current.start, current.end)
            ),
            None,
        )
        if keep is None and n and row >= 0:
            keep = min(row, n - 1)  # after a decision, move on to the next one
        if keep is not None:
            self.select(keep, emit=False)
        self._update_buttons()

    def current_suggestion(self) -> Suggestion | None:
        return self.model.suggestion(self.list.currentIndex().row())

    def select(self, row: int, emit: bool = True) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index, view = self.model.index(row, 0), self.list
        # (the tree view finds a row's place by measuring each row from the top one shown
        # to it: the current row is let go where it is shown, the list scrolled to the
        # new row, which is then made current among the rows shown, as the list measures
        # no row it does not show; selected the other way round, a row far down of a
        # transcript measured every row above it, ~1 s)
        view.blockSignals(True)
        view.selectionModel().clear()
        view.blockSignals(False)
        view.scrollTo(index)
        select_index(view, index, emit)
        self._update_buttons()

    # -- internals ------------------------------------------------------------------
    def _emit_current(self, signal) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            signal.emit(row)

    def _current_changed(self, current, _previous) -> None:
        self._update_buttons()
        if current.isValid() and not self.list.signalsBlocked():
            self.suggestionSelected.emit(current.row())

    def _update_buttons(self) -> None:
        has = self.list.currentIndex().isValid()
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(has)


class _SuggestProcess(QObject):
    """``suggest`` for one long article in a child process (``core.quotes.worker``).

    A process, not a thread: ``stop`` ends it at once (a thread running Python cannot be
    stopped), so opening another article or closing the window never waits for it, and
    its work never competes with the window for the interpreter.
    """

    done = Signal(int, int, object)  # article id, generation, list[Suggestion] | Exception

    def __init__(
        self,
        parent: QObject,
        article_id: int,
        generation: int,
        text: str,
        aliases: dict[str, str],
        language: str,
        module: str = WORKER_MODULE,
    ):
        from ..core.quotes.worker import encode_request

        super().__init__(parent)
        self.article_id, self.generation = article_id, generation
        self._stopped = False
        argv, env = child_command(module)
        self.process = QProcess(self)
        environment = QProcessEnvironment()
        for key, value in env.items():
            environment.insert(key, value)
        self.process.setProcessEnvironment(environment)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed)
        self.process.start(argv[0], argv[1:])
        self.process.write(encode_request(text, aliases, language or None))
        self.process.closeWriteChannel()

    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """Kill the work (its result is never delivered) and reap the process."""
        self._stopped = True
        if self.running():
            self.process.kill()
            self.process.waitForFinished(2000)

    def wait(self, msecs: int) -> bool:
        return not self.running() or self.process.waitForFinished(msecs)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._stopped:
            return
        result: list[Suggestion] | Exception
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            try:
                from ..core.quotes.worker import decode_result

                result = decode_result(bytes(self.process.readAllStandardOutput()))
            except (ValueError, TypeError) as error:
                result = error
        else:
            lines = (
                bytes(self.process.readAllStandardError())
                .decode("utf-8", "replace")
                .strip()
                .splitlines()
            )
            result = RuntimeError(lines[-1] if lines else "the suggestion worker stopped")
        self.done.emit(self.article_id, self.generation, result)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._stopped:
            self._stopped = True
            self.done.emit(
                self.article_id, self.generation, RuntimeError(f"could not start {sys.executable}")
            )


class SuggestionsController(QObject):
    """Keeps the Suggestions tab and the reader's faint spans in step with the Library."""

    countChanged = Signal(int)  # noqa: N815
    # after a change to the article's annotations, the hidden tab refreshes when nothing
    # else has changed for this long (ms)
    IDLE_MS = 150

    def __init__(self, window, panel: SuggestionsPanel, tabs=None):
        super().__init__(window)
        self.window, self.panel, self.tabs = window, panel, tabs
        self.library = window.library
        self._raw: dict[int, list[Suggestion]] = {}  # engine output per article id
        self._generation = 0
        self._job: _SuggestProcess | None = None  # a long article's, in a child process
        self._wanted: tuple[str, int, int] | None = None  # (kind, start, end): see reveal
        panel.acceptRequested.connect(self.accept)
        panel.editRequested.connect(self.edit)
        panel.dismissRequested.connect(self.dismiss)
        panel.acceptAllRequested.connect(self.accept_all)
        panel.suggestionSelected.connect(self._show_in_reader)
        panel.kindsChanged.connect(self.refresh)
        window.reader.suggestionClicked.connect(self._clicked_in_reader)
        # a change to the article's annotations refreshes the panel, when another tab is
        # shown, once the window is idle: not in the frame that paints the change itself
        # (a tag shows at once; a suggestion it covered leaves the text and the tab's
        # count a moment later), and once for changes in quick succession (tags, undos);
        # at once when the tab is shown meanwhile
        self._when_idle = QTimer(self)
        self._when_idle.setSingleShot(True)
        self._when_idle.setInterval(self.IDLE_MS)
        self._when_idle.timeout.connect(lambda: self.refresh(unless_same=True))
        if tabs is not None:
            tabs.currentChanged.connect(lambda _index: self._refresh_now()
                                        if tabs.currentWidget() is panel else None)
        self.library.subscribe(self._on_change)

    # -- computing ------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        return self.window.article_id

    def article_opened(self, article_id: int | None) -> None:
        self._wanted = None
        self.refresh()

    def reveal(self, wanted: tuple[str, int, int]) -> None:
        """Select the suggestion of this kind and span once the tab lists it (an undo
        brought it back; a long article's list is still being worked out)."""
        self._wanted = wanted
        self._select_wanted()

    def _select_wanted(self) -> None:
        shown = [(s.kind, s.start, s.end) for s in self.panel.model.suggestions()]
        if self._wanted in shown:
            self.panel.select(shown.index(self._wanted), emit=False)
            self._wanted = None

    def refresh(self, unless_same: bool = False) -> None:
        """Show the current article's open suggestions (working them out when needed).

        ``unless_same``: leave the panel alone when they are the ones it shows (a change
        to the article's annotations seldom changes which suggestions are open)."""
        self._when_idle.stop()  # (this is that refresh)
        article_id = self.article_id
        if article_id is None:
            self._show([])
            return
        if article_id in self._raw:
            self._show_filtered(article_id, unless_same)
            return
        try:
            text, aliases, language = self.library.suggestions.input(article_id)
        except NotFound:
            self._show([])
            return
        self._generation += 1
        if len(text) < SYNC_LIMIT:
            self._raw[article_id] = suggest(text, aliases, language or None)
            self._show_filtered(article_id)
            return
        self._show([], busy=True)
        self._stop_job()  # whatever it was working out is no longer wanted
        self._job = _SuggestProcess(
            self, article_id, self._generation, text, aliases, language, WORKER_MODULE
        )
        self._job.done.connect(self._computed, Qt.ConnectionType.QueuedConnection)

    def computed(self, article_id: int) -> list[Suggestion] | None:
        """The engine's suggestions for an article, when worked out already (None if not)."""
        return self._raw.get(article_id)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until background work is done (tests)."""
        return self._job is None or self._job.wait(msecs)

    def _stop_job(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.stop()
            job.deleteLater()

    def _computed(self, article_id: int, generation: int, result) -> None:
        if generation != self._generation:
            return  # the library changed, or another article was opened, meanwhile
        if self._job is not None and self._job.generation == generation:
            self._stop_job()  # (finished: this only reaps it)
        if isinstance(result, Exception):
            self.window.statusBar().showMessage(
                translate("SuggestionsPanel", "Could not find suggestions: {error}").format(
                    error=core_text(result)), 6000)
            result = []
        self._raw[article_id] = result
        if article_id == self.article_id:
            self._show_filtered(article_id)

    def _show_filtered(self, article_id: int, unless_same: bool = False) -> None:
        try:
            found = self.library.suggestions.for_article(
                article_id, self.panel.selected_kinds(), computed=self._raw[article_id],
                aliases=self.window.speaker_aliases())
        except NotFound:
            found = []
        if unless_same and found == self.panel.model.suggestions():
            return
        self._show(found)

    def _show(self, suggestions: list[Suggestion], busy: bool = False) -> None:
        self.panel.set_suggestions(suggestions, busy=busy)
        self.window.reader.set_suggestions(suggestions)
        if self.tabs is not None:
            index = self.tabs.indexOf(self.panel)
            n = len(suggestions)
            self.tabs.setTabText(
                index,
                translate("SuggestionsPanel", "Suggestions ({n})").format(
                    n=n if n or not busy else "…"
                ),
            )
        self.countChanged.emit(len(suggestions))
        if self._wanted is not None and not busy:
            self._select_wanted()

    def _on_change(self, changes: Changes) -> None:
        if Area.SPEAKERS in changes:
            self._raw.clear()  # aliases feed the engine
            self._generation += 1
        if Area.ARTICLES in changes:
            if changes.article_ids is None:
                self._raw.clear()
            else:
                for article_id in changes.article_ids:
                    self._raw.pop(article_id, None)
            self._generation += 1
        if not {Area.SPEAKERS, Area.ARTICLES, Area.ANNOTATIONS} & changes.areas:
            return
        if Area.SPEAKERS in changes or (Area.ARTICLES in changes
                                        and changes.concerns(self.article_id)):
            self.refresh(unless_same=True)
        elif changes.concerns(self.article_id):
            if self.panel.isVisible():  # (in use: at once)
                self.refresh(unless_same=True)
            else:
                self._when_idle.start()

    def _refresh_now(self) -> None:
        """After the panel's own action, or its tab shown: a refresh waiting runs now."""
        if self._when_idle.isActive():
            self.refresh(unless_same=True)

    # -- deciding -------------------------------------------------------------------
    def _suggestion(self, row: int) -> Suggestion | None:
        return self.panel.model.suggestion(row) if self.article_id is not None else None

    def accept(self, row: int):
        s = self._suggestion(row)
        if s is None:
            return None
        command = AcceptSuggestionCommand(self.library, self.article_id, s)
        if not self.window.history.run(command):
            return None
        self._refresh_now()
        speaker = command.annotation.speaker
        text = (translate("SuggestionsPanel", "Accepted {kind}: “{text}” by {speaker}") if speaker
                else translate("SuggestionsPanel", "Accepted {kind}: “{text}”"))
        self.window.statusBar().showMessage(
            text.format(kind=kind_name(s.kind), text=_clip(s.exact, 60), speaker=speaker), 4000)
        return command.annotation

    def edit(self, row: int) -> None:
        """Accept, then show the annotation form with the speaker field ready to correct."""
        annotation = self.accept(row)
        if annotation is None:
            return
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.window.annotation_pane)
        self.window.annotation_pane.select(annotation.id, emit=False)
        self.window.reader.select_annotation(annotation.id)
        self.window.annotation_pane.focus_speaker()

    def dismiss(self, row: int) -> None:
        s = self._suggestion(row)
        if s is not None:
            self.window.history.run(DismissSuggestionCommand(self.library, self.article_id, s))
            self._refresh_now()

    def accept_all(self) -> None:
        """Accept every suggestion shown, as one undo step. More than
        ``ACCEPT_WITH_PROGRESS`` (a transcript's thousands: ~1 ms each) go in batches under
        a progress dialog whose Cancel keeps what was stored so far (still one step);
        the window paints between two batches instead of freezing for seconds."""
        items = self.panel.model.suggestions()
        if self.article_id is None or not items:
            return
        dialog = self._accept_progress(len(items)) if len(items) > ACCEPT_WITH_PROGRESS else None

        def progress(done: int, total: int) -> bool:
            assert dialog is not None
            dialog.setValue(done)  # (a modal dialog: the window paints meanwhile)
            return not dialog.wasCanceled()

        command = AcceptSuggestionsCommand(self.library, self.article_id, items,
                                           progress if dialog is not None else None)
        try:
            ran = self.window.history.run(command)
        finally:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
        if not ran:
            return
        self._refresh_now()
        n = len(command.annotations or [])
        if n < len(items):
            text = translate("SuggestionsPanel", "Accepted {n} of {total} suggestions. Ctrl+Z "
                             "undoes them.").format(n=n, total=len(items))
        else:
            many = translate("SuggestionsPanel", "Accepted {n} suggestions. Ctrl+Z undoes.")
            text = (translate("SuggestionsPanel", "Accepted 1 suggestion. Ctrl+Z undoes.")
                    if n == 1 else many.format(n=n))
        self.window.statusBar().showMessage(text, 8000)
        if command.refused is not None:
            from .dialog_helpers import show_error

            show_error(self.window, translate("SuggestionsPanel", "Accept All"),
                       translate("SuggestionsPanel", "{n} of {total} suggestions were accepted "
                                 "(Ctrl+Z undoes them); the rest were not: {error}").format(
                           n=n, total=len(items), error=core_text(command.refused)))

    def _accept_progress(self, total: int):
        from .dialog_helpers import progress_dialog

        dialog = progress_dialog(translate("SuggestionsPanel", "Accepting {n} suggestions…")
                                 .format(n=total), self.window)
        dialog.setWindowTitle(translate("SuggestionsPanel", "Accept All"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setRange(0, total)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.show()
        return dialog

    # -- reader ---------------------------------------------------------------------
    def _show_in_reader(self, row: int) -> None:
        s = self.panel.model.suggestion(row)
        if s is not None:
            self.window.reader.select_span(s.start, s.end)

    def _clicked_in_reader(self, index: int) -> None:
        clicked = self.panel.model.suggestion(index)  # (the reader shows the panel's list)
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.panel)  # (a refresh waiting runs now)
        shown = self.panel.model.suggestions()
        if clicked is not None and clicked in shown:
            self.panel.select(shown.index(clicked), emit=False)

    def close(self) -> None:
        """The window closes: stop background work at once (never wait for it)."""
        self.library.unsubscribe(self._on_change)
        self._when_idle.stop()
        self._generation += 1
        self._stop_job()


__all__ = ["SuggestionListModel", "SuggestionsController", "SuggestionsPanel"]
