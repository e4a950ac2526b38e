"""The library pane: a search box that filters as you type, filter menus and the article table."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.library import ArticleFilter, Library
from ..core.models import KINDS
from ..core.store.rows import MARK_START
from .dialog_helpers import USER_ERRORS
from .flow_layout import FlowLayout
from .i18n import coder_name, with_kind
from .library_delegate import TitleDelegate, row_height
from .library_model import COLUMNS, LibraryTableModel, first_ids
from .read_apart import ReadApart
from .viewport_label import ViewportLabel

SOURCE, DATE = 1, 2  # the optional columns (COLUMNS) a title makes room for or not

SEARCH_DELAY_MS = 250
SNIPPETS = 200  # search snippets fetched for the list (the best-ranked articles)
ALL = "__all__"


class _ChoiceCombo(QComboBox):
    """A filter menu filled from the library on first use, not at start-up.

    Reading every source, tag and speaker costs ≈70 ms at 100,000 articles;
    ``refresh_choices`` only marks the menus stale, and a menu refills itself
    when it is opened, scrolled, typed into or searched (``findData``).
    """

    def __init__(self, fill, vanished=None) -> None:
        super().__init__()
        self._fill_items = fill  # () -> list of (label, value)
        self._vanished = vanished  # called when the chosen value is no longer a choice
        self.stale = True

    def ensure_filled(self) -> None:
        if self.stale:
            self.stale = False
            if LibraryPanel._fill(self, self._fill_items()) and self._vanished:
                self._vanished()

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        self.ensure_filled()
        super().showPopup()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.ensure_filled()
        super().wheelEvent(event)

    def findData(self, *args, **kwargs) -> int:  # noqa: N802 (Qt API)
        self.ensure_filled()
        return super().findData(*args, **kwargs)

    def findText(self, *args, **kwargs) -> int:  # noqa: N802 (Qt API)
        self.ensure_filled()
        return super().findText(*args, **kwargs)


class _SearchEdit(QLineEdit):
    """The search box: Esc clears it and shows the whole list again at once."""

    cleared = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.cleared.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _style_empty_label(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(12)
    # (over the rows of the last search while the next one is read: "Searching…")
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.Base)


class LibraryPanel(QWidget):
    articleActivated = Signal(int)  # noqa: N815  (the current article changed)
    filterChanged = Signal()  # noqa: N815

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.collection_id: int | None = None
        self.model = LibraryTableModel(library, self)

        self.search = _SearchEdit()
        self.search.setPlaceholderText(self.tr("Search articles and annotations…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.search.cleared.connect(self.apply_filter)
        # a search is read in a thread of its own (at 100,000 articles the first page of
        # "the" took the window's thread 0.3–0.8 s CPU, 1–2 s at load: review R16-9); what
        # it found is taken on the window's thread with what was asked (a filter applied
        # since drops it), as the list's other reads are
        self.searching = False  # the list says "Searching…" over the last rows meanwhile
        self._search_generation = 0
        self._search_apart_reader = ReadApart(library, self._took_search,
                                              "kutip-library-search", self)

        self.source = self._combo(
            self.tr("All sources"),
            self.tr("Show only articles from this outlet"),
            lambda: [(s, s) for s in self.library.articles.sources()],
        )
        self.tag = self._combo(
            self.tr("All tags"),
            self.tr("Show only articles with annotations tagged so"),
            # (the names alone, as ``all`` lists them: its count over every annotation
            # took 0.2 s a refill at 1M annotations, at every change with a tag chosen)
            lambda: [(name, name) for name in self.library.tags.names()],
        )
        self.speaker = self._combo(
            self.tr("All speakers"),
            self.tr("Show only articles quoting this speaker"),
            lambda: [(name, name) for name in self.library.speakers.names()],
        )
        self.coder = self._combo(
            self.tr("All coders"),
            self.tr("Show only articles this coder annotated"),
            # (the names alone: counting every coder's annotations took the window's
            # thread 3-7 s at 1M annotations, at every refill; review R20-15)
            lambda: [(coder_name(name), name) for name in self.library.coders.annotating()],
        )
        self.kind = self._combo(
            self.tr("Any kind"), self.tr("Show only articles with annotations of this kind")
        )
        for kind in KINDS:
            self.kind.addItem(with_kind(kind), kind)

        self.table = QTableView()
        # hidden before it has rows: a shown row header sizes itself from the model's header
        # data of its first and last hundred rows as the model is set (~800 calls into Python,
        # ~2 ms of the app's start, for a header nobody sees)
        self.table.verticalHeader().hide()
        self.table.setModel(self.model)
        # No sort indicator first: enabling sorting would otherwise re-sort (and re-query)
        # by the first column right after the model loaded in import order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font()))
        self.table.setItemDelegateForColumn(0, TitleDelegate(self.table))
        self.table.setWordWrap(False)
        # (sideways by pixels: a title that keeps its width scrolls by what is past the edge)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setAccessibleName(self.tr("Articles"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(28)
        header.resizeSection(SOURCE, 80)
        header.resizeSection(DATE, self._date_width())
        count_width = self.table.fontMetrics().horizontalAdvance("0000") + 14
        for column in (3, 4, 5):  # fixed: sizing to contents would read a thousand rows
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, count_width)
        # the title keeps room to be read beside the columns shown (see _fit_columns)
        self._source_width = header.sectionSize(SOURCE)  # as the user last made it
        self._fitting = False
        header.sectionResized.connect(self._section_resized)

        # source, date and counts are under each title; their columns can be shown from
        # the header's menu (right click), which also sorts
        for column in range(1, len(COLUMNS)):
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # what an empty list says (made the first time it is: see ViewportLabel)
        self._empty_note = ViewportLabel(self.table, _style_empty_label)
        self.model.modelReset.connect(self._update_empty)
        # the list read again (a write under a search, a sort): the open article stays
        # the current row where it is among the rows read (not reading every id for it)
        self._current_kept: int | None = None
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._select_kept)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self._update_empty()

        # as many filters a line as fit, so the pane can be narrow (see _fit_height)
        self.filters = QWidget()
        self._flow = FlowLayout(self.filters, spacing=4)
        self._flow.setContentsMargins(0, 0, 0, 0)
        for combo in (self.source, self.tag, self.speaker, self.kind, self.coder):
            self._flow.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self._fit_height()
        self.refresh_choices()

    #: the list shows at least this many articles, however many lines the filters take
    MIN_ROWS = 3

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._fit_height()
            self.table.horizontalHeader().resizeSection(DATE, self._date_width())
            self._fit_columns()

    #: the title column shows at least this many characters, whatever else is shown
    TITLE_CHARS = 18
    #: the Source column gives way to the title down to this many characters
    SOURCE_CHARS = 8

    def _date_width(self) -> int:
        """The Date column's width: the longest date it shows ("~28 Des 2021") whole, in
        the interface's language and the list's font (78 px cut it: "~24 Des …")."""
        metrics = self.table.fontMetrics()
        locale = QLocale()
        widest = max(metrics.horizontalAdvance(
            "~" + locale.toString(QDate(2021, month, 28), "d MMM yyyy")) for month in range(1, 13))
        return widest + 2 * metrics.averageCharWidth() + 8  # (the cell's margins)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == SOURCE and not self._fitting:
            self._source_width = new  # (the user dragged it)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Titles elide beside the other columns shown, which keep their widths, and keep
        ``TITLE_CHARS`` characters: the Source column gives way first (down to
        ``SOURCE_CHARS``), then the list scrolls sideways. (The title stretched into what
        was left: with the optional columns shown it got 28 px, "…", at a 1000 px window
        and 69 px at 1400 px.)"""
        if self._fitting:
            return
        header = self.table.horizontalHeader()
        shown = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
        if not shown and header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch:
            return  # (the usual list: the title has it to itself)
        width = header.width()  # (the list's viewport: no widget Qt made reaches Python)
        char = self.table.fontMetrics().averageCharWidth()
        bold = QFont(self.table.font())  # (as the delegate writes titles)
        bold.setWeight(QFont.Weight.DemiBold)
        title_min = self.TITLE_CHARS * QFontMetrics(bold).averageCharWidth()
        self._fitting = True
        try:
            fixed = sum(header.sectionSize(c) for c in shown if c != SOURCE)
            if SOURCE in shown:
                room = width - fixed - title_min
                source = max(min(self._source_width, room), self.SOURCE_CHARS * char)
                if header.sectionSize(SOURCE) != source:
                    header.resizeSection(SOURCE, source)
                fixed += source
            squeezed = bool(shown) and width - fixed < title_min
            mode = (QHeaderView.ResizeMode.Interactive if squeezed
                    else QHeaderView.ResizeMode.Stretch)
            if header.sectionResizeMode(0) != mode:
                header.setSectionResizeMode(0, mode)
            if squeezed:  # (the list scrolls sideways: the title keeps its characters)
                header.resizeSection(0, title_min)
        finally:
            self._fitting = False

    def _fit_height(self) -> None:
        """The pane's minimum height is what it needs at its width: the filters' lines as
        they wrap there and a list header with ``MIN_ROWS`` rows. (A layout's minimum
        knows one line of filters only: the Quotes dock at 1000×650 squeezed the pane
        until the list's header lay over the filters and one article showed.)"""
        lines = self._flow.heightForWidth(max(self.width(), 1))
        if self.filters.minimumHeight() != lines:
            self.filters.setMinimumHeight(lines)
        table = self.table
        rows = (table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                + self.MIN_ROWS * table.verticalHeader().defaultSectionSize())
        if table.minimumHeight() != rows:
            table.setMinimumHeight(rows)

    def _combo(self, everything: str, tip: str, fill=None) -> QComboBox:
        combo = QComboBox() if fill is None else _ChoiceCombo(fill, self.apply_filter)
        combo.addItem(everything, ALL)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(6, len(everything)))  # "All sources" in full
        combo.activated.connect(lambda _i: self.apply_filter())
        return combo

    def refresh_choices(self) -> None:
        """Refill the filter menus from the library (when next used), keeping what is chosen."""
        for combo in (self.source, self.tag, self.speaker, self.coder):
            combo.stale = True
            if combo.currentData() not in (None, ALL):
                # something is chosen: check now that it still exists (renamed, merged or
                # deleted), else the table would go on filtering by a name no longer shown
                combo.ensure_filled()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> bool:
        """Refill; True when the value that was chosen is gone (the menu shows All)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        return index < 0 and chosen not in (None, ALL)

    def current_filter(self) -> ArticleFilter:
        def value(combo):
            data = combo.currentData()
            return "" if data in (None, ALL) else data

        return ArticleFilter(
            query=self.search.text(),
            collection_id=self.collection_id,
            source=value(self.source),
            tag=value(self.tag),
            speaker=value(self.speaker),
            kind=value(self.kind),
            coder=value(self.coder),
        )

    def set_collection(self, collection_id: int | None) -> None:
        self.collection_id = collection_id
        self.apply_filter()

    def close_pending(self) -> None:
        """The window is closing: a search still waiting for the typing to stop is dropped
        (it would read a library about to close), and one being read is not shown; nor
        is a listing's page being read again."""
        self._debounce.stop()
        self._search_generation += 1
        self._search_apart_reader.stop()
        self.model.stop_reading()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._search_generation += 1  # (a search still being read is for another filter)
        where = self.current_filter()
        if where.query.strip() and self._search_apart(where):
            return
        self._set_searching(False)
        self._show(where, self._snippets(self.library, where.query))

    def _show(self, where: ArticleFilter, snippets: dict[int, str],
              first: tuple[list[int], bool] | None = None) -> None:
        current = self.current_article_id()
        self.model.snippets = snippets
        self.model.set_filter(where, first)
        self.filterChanged.emit()
        if current is not None and self.select_article(current, emit=False):
            return
        if self.model.rowCount():
            self.table.selectRow(0)

    @property
    def _search_reading(self) -> int:
        """Search threads started whose result was not taken yet."""
        return self._search_apart_reader.reading

    def _search_apart(self, where: ArticleFilter) -> bool:
        """Read the search's snippets and first page in a thread, on a Library of its own
        (its own connection: a file's or a team library's); False where there is none
        (a file gone: read here, which says what is wrong)."""
        model = self.model
        asked = (self._search_generation, where, model.sort_key, model.descending, model.reads)
        sort, descending = asked[2], asked[3]
        if not self._search_apart_reader.start(asked, lambda own: (
                LibraryPanel._snippets(own, where.query),
                first_ids(own, where, sort, descending))):
            return False
        self._set_searching(True)
        return True

    def _took_search(self, asked, found) -> None:
        """What a search's thread found, on the window's thread: shown when no filter was
        applied since. The list sorted meanwhile: read again in a thread. The list re-read
        meanwhile (a write): shown, then its first page compared in a thread
        (``refresh_rows``: what the thread read may be older than the write). The thread
        met an error: read again here (said here as before)."""
        generation, where, sort, descending, reads = asked
        if generation != self._search_generation:
            return  # typed on, cleared, another filter chosen: that one is shown
        model = self.model
        if isinstance(found, tuple):
            if (sort, descending) == (model.sort_key, model.descending):
                written = reads != model.reads
                self._set_searching(False)
                self._show(where, found[0], found[1])
                if written:
                    model.refresh_rows()
                return
            if self._search_apart(where):  # (in the list's new order)
                return
        self._set_searching(False)
        self._show(where, self._snippets(self.library, where.query))

    def wait_for_search(self, timeout: float = 10.0) -> None:
        """Until the search being read is shown (tests, scripts)."""
        deadline = QDeadlineTimer(int(timeout * 1000))
        while self.searching and not deadline.hasExpired():  # (the poll wakes it)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def _set_searching(self, on: bool) -> None:
        if self.searching != on:
            self.searching = on
            self._update_empty()

    @staticmethod
    def _snippets(library: Library, query: str) -> dict[int, str]:
        """article id -> the best snippet for ``query`` (its hits marked), for the list."""
        if not query.strip():
            return {}
        try:
            hits = library.annotations.seen(  # (coding blind: not others' notes)
                library.search.find(query, limit=SNIPPETS))
        except USER_ERRORS:
            return {}
        snippets: dict[int, str] = {}
        for hit in hits:  # best first; an article's own text before its annotations
            if hit.article_id not in snippets or (
                hit.kind == "article" and MARK_START not in snippets[hit.article_id]
            ):
                snippets[hit.article_id] = hit.snippet
        return snippets

    @property
    def empty_label(self) -> QLabel:
        """What the list says when it is empty (made on first use)."""
        return self._empty_note.label()

    def _update_empty(self, *_args) -> None:
        if self.searching:
            self._empty_note.set_text(self.tr("Searching…"))
            self._empty_note.set_shown(True)
            return
        empty = self.model.rowCount() == 0
        if empty:
            filtered = (
                self.current_filter() != ArticleFilter(collection_id=self.collection_id)
                or self.collection_id is not None
            )
            self._empty_note.set_text(
                self.tr("No articles match.")
                if filtered
                else self.tr(
                    "The library is empty.\n\nImport articles with File → Import Files… "
                    "(Ctrl+O), paste one (Ctrl+Shift+V), or drop files on the window."
                )
            )
        self._empty_note.set_shown(empty)

    def _header_menu(self, pos) -> None:
        menu = self.header_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def header_menu(self) -> QMenu:
        """The list header's menu: sort by any column; show or hide the optional columns."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        sort = menu.addMenu(self.tr("Sort by"))
        for column in range(len(COLUMNS)):
            for order, text in (
                (Qt.SortOrder.AscendingOrder, self.tr("{column}, ascending")),
                (Qt.SortOrder.DescendingOrder, self.tr("{column}, descending")),
            ):
                action = sort.addAction(
                    text.format(column=self.model.headerData(column, Qt.Orientation.Horizontal))
                )
                action.triggered.connect(
                    lambda _c=False, c=column, o=order: header.setSortIndicator(c, o)
                )
        menu.addSeparator()
        for column in range(1, len(COLUMNS)):
            action = menu.addAction(
                self.tr("Show {column} column").format(
                    column=self.model.headerData(column, Qt.Orientation.Horizontal)
                )
            )
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        return menu

    def show_column(self, column: int, shown: bool = True) -> None:
        """Show or hide an optional column; the title keeps room beside it."""
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_columns()

    def current_article_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.article_id(index.row()) if index.isValid() else None

    def selected_article_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.article_id(row) for row in rows if self.model.article_id(row)]

    def select_article(self, article_id: int, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        selection = self.table.selectionModel()
        selection.blockSignals(not emit)
        # not selectRow: it follows the keys held down (Ctrl would toggle the row off)
        flag = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(self.model.index(row, 0), flag.ClearAndSelect | flag.Rows)
        selection.blockSignals(False)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _keep_current(self) -> None:
        self._current_kept = self.current_article_id()

    def _select_kept(self) -> None:
        kept, self._current_kept = self._current_kept, None
        if kept is not None and self.model.has_read(kept):
            self.select_article(kept, emit=False)

    def _current_row_changed(self, current, _previous) -> None:
        article_id = self.model.article_id(current.row()) if current.isValid() else None
        if article_id is not None:
            self.articleActivated.emit(article_id)
