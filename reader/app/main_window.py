"""The main window: library | reader | annotations, wired to one Library and one undo stack.

Every change goes through the Library (usually inside an undoable command); the
window listens to the Library's change notices and refreshes what they concern,
so a change made by a command, an undo or a dialog repaints the same way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QScreen, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..core.library import Library, LibraryError, NotFound, SeenSpan
from ..core.library.speakers import RESOLVE_AROUND, RESOLVE_WHOLE_BELOW
from ..core.paths import default_db_path, is_team_url
from ..core.store import ChangedMeanwhile, ConnectionLost, NotAllowed, StoreError
from ..core.textnorm import marked_controls
from . import (
    coding_as,
    dialog_helpers,
    file_dialogs,
    i18n,
    import_after_first_paint,
    keyboard,
    quotes,
)
from .annotation_pane import AnnotationPane
from .article import ReaderView
from .collection_controller import CollectionController
from .collections_sidebar import CollectionsSidebar
from .dialog_helpers import clip_words
from .exchange_controller import ExchangeController
from .i18n import core_text
from .import_controller import ImportController
from .library_panel import LibraryPanel
from .operations import History, not_undoable_note
from .reanchor_controller import ReanchorController
from .search_purge import SearchPurge

if TYPE_CHECKING:
    from ..core.changes import Changes
    from .suggestions_panel import SuggestionsController, SuggestionsPanel

USER_ERRORS = (LibraryError, StoreError, ValueError)
SIDE_PANE_MIN = 200  # px; the article pane keeps its own minimum (a readable measure)


EXTERNAL_POLL_MS = 1000  # how often to look for writes by other processes
UNSAVED_SHOWN = 2_000  # characters of a kept unsaved text shown when offering it back

FIRST_RUN_SIZE = QSize(1400, 860)
SCREEN_MARGIN = QSize(40, 60)  # room for a title bar, a panel and the window's frame
#: characters from which pressing Q does not analyse the whole article on the window's
#: thread (the Suggestions tab's own limit for working in the foreground): its worked-out
#: suggestions give the speaker, else the lines within PREFILL_AROUND characters of the span.
#: The same bounds as storing the quote resolves its speaker with (core, R14-2).
PREFILL_WHOLE_BELOW = RESOLVE_WHOLE_BELOW
PREFILL_AROUND = RESOLVE_AROUND


def _kept_order(path) -> tuple[str, int]:
    """``unsaved-STAMP.txt``, ``unsaved-STAMP-2.txt``… in the order they were made (by
    name, ``-2`` sorts before ``.txt`` and ``-10`` before ``-2``)."""
    import re

    made = re.fullmatch(r"unsaved-(\d{8}-\d{6})(?:-(\d+))?\.txt", path.name)
    if made is None:
        return path.name, 0
    return made.group(1), int(made.group(2) or 1)


def first_run_size(screen: QScreen | None) -> QSize:
    """The window's size on a first run: 1400×860, or less on a smaller screen.

    A window manager shrinks a window that does not fit, but without one (a kiosk, a
    bare X session) it would run off a 1366×768 laptop screen.
    """
    if screen is None:
        return FIRST_RUN_SIZE
    free = screen.availableGeometry().size() - SCREEN_MARGIN
    return FIRST_RUN_SIZE.boundedTo(free).expandedTo(QSize(640, 480))


class MainWindow(QMainWindow):
    libraryRequested = Signal(str)  # noqa: N815  (File → New/Open Library: the file to open)
    recentRequested = Signal(str)  # noqa: N815  (File → Open Recent: a library opened before)
    firstFrameShown = Signal()  # noqa: N815  (the window's first frame is on the screen)
    startFinished = Signal()  # noqa: N815  (the window's first article is open: it is in use)
    RECENT = 8
    def __init__(self, library: Library, settings: QSettings | None = None):
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.history = History(self.undo_stack, self)  # the one way to make a change
        self.imports = ImportController(self)
        self.exchange = ExchangeController(self)
        self.collections = CollectionController(self)
        self.article_id: int | None = None
        self._article_total: int | None = None  # articles in the library, read on change
        self._aliases: dict[str, str] | None = None  # see speaker_aliases
        #: why the library cannot be written here ("" when it can): said on opening (R15-12)
        self.read_only = library.read_only
        self.setWindowTitle(self._titled("Kutip"))
        self.setAcceptDrops(True)

        self.library_panel = LibraryPanel(library)  # (counts the articles: see article_total)
        total = self.article_total()
        self.sidebar = CollectionsSidebar(library, total=total, counted=total is not None)
        self.library_panel.model.readFailed.connect(  # after the paint that met it
            self._library_read_failed, Qt.ConnectionType.QueuedConnection)
        self.reader = ReaderView()
        self.reader.set_read_only(core_text(self.read_only) if self.read_only else "")
        self.annotation_pane = AnnotationPane()
        self.right_tabs = _SideTabs()  # Annotations | Suggestions (N)
        self.right_tabs.setDocumentMode(True)
        self.right_tabs.addTab(self.annotation_pane, self.tr("Annotations"))
        # The Suggestions tab's page until its panel is built, in the turn after the first
        # paint (or on first use): the window starts on the Annotations tab (issue 12)
        self._suggestions: SuggestionsController | None = None
        self._suggestions_page: QWidget | None = QWidget()
        self.right_tabs.addTab(self._suggestions_page, self.tr("Suggestions"))

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.sidebar)
        left.addWidget(self.library_panel)
        left.setStretchFactor(1, 4)
        left.setSizes([90, 700])
        self.left_splitter = left
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the article takes what the window gains
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(SIDE_PANE_MIN)  # (the right pane: what its tab names need)
        self.setCentralWidget(self.splitter)
        # side panes the window is too narrow for, folded away until there is room again
        # (see _fit_panes); the first of _pane_priority is the last to fold
        self._folded: list[QWidget] = []
        self._pane_priority: list[QWidget] = [self.right_tabs, left]

        self.counts_label = dialog_helpers.plain_label(QLabel())
        self.add_status_item(self.counts_label)

        self._build_actions()
        self._build_menus()
        self._connect()
        self.keys = keyboard.KeyRouter(self, self.undo_action, self.redo_action,
                                       self.delete_annotation_action,
                                       delete_scopes=[self.reader, self.annotation_pane])
        self.annotation_pane.focus_home = self.reader.text_widget
        self.reanchoring = ReanchorController(self)  # Re-attach button, Edit Article Text…
        self.library.subscribe(self._on_library_change)
        # writes by other processes (the command line) show up like the window's own
        self._external_timer = QTimer(self)
        self._external_timer.setInterval(EXTERNAL_POLL_MS)
        self._external_timer.timeout.connect(self.library.poll_external)
        self._external_timer.start()
        self.quotes = quotes.install(self)  # the Quotes dock (quote trails across outlets)
        self.coding_as = coding_as.install(self)  # Library > Coding as … (issue 14)
        # deleted words purged from the search indexes in idle time (R21-8)
        self.search_purge = SearchPurge(self)
        self._update_counts()
        self._restore_state()
        self._remember_library()
        # The window shows first; the article it starts on opens in the turn after its
        # first paint (with the Suggestions tab's analysis, which loads the quote engine).
        # The first frame says what is coming: "Opening the article…" when the library lists
        # one to open; in an empty one, "No article open" and how to begin, as after it.
        self.started = False
        if self.library_panel.model.rowCount():
            self.reader.set_opening(True)
            self.annotation_pane.show_hint(False)  # (how to tag: once the article is open)
        _AfterFirstPaint(self, self.finish_start)

    # ------------------------------------------------------------------ building
    @property
    def suggestions(self) -> SuggestionsController:
        """The Suggestions tab's controller, its panel built on first use."""
        if self._suggestions is None:
            from .suggestions_panel import SuggestionsController, SuggestionsPanel

            panel = SuggestionsPanel()
            tabs, page = self.right_tabs, self._suggestions_page
            index, current = tabs.indexOf(page), tabs.currentIndex()
            tabs.insertTab(index, panel, tabs.tabText(index))
            tabs.removeTab(index + 1)
            if current == index:
                tabs.setCurrentIndex(index)
            self._suggestions_page = None
            if page is not None:
                page.deleteLater()
            self._suggestions = SuggestionsController(self, panel, tabs)
        return self._suggestions

    @property
    def suggestions_panel(self) -> SuggestionsPanel:
        return self.suggestions.panel

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _toggle(self, text: str, shortcut: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.toggled.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.import_files_action = a(
            self.tr("&Import Files…"),
            self.imports.import_files,
            QKeySequence.StandardKey.Open,
            self.tr(
                "Import articles and documents: text, Markdown, HTML, "
                "PDF, Word, OpenDocument, EPUB, e-mail"
            ),
        )
        self.import_folder_action = a(
            self.tr("Import &Folder…"),
            self.imports.import_folder,
            "Ctrl+Shift+O",
            self.tr("Import every article in a folder and its subfolders"),
        )
        self.paste_action = a(
            self.tr("&Paste Article…"),
            self.imports.paste_article,
            "Ctrl+Shift+V",
            self.tr("Make a new article from pasted text"),
        )
        self.import_url_action = a(
            self.tr("Import from &URL…"),
            self.imports.import_url,
            None,
            self.tr("Download one web page (the only time Kutip uses the network)"),
        )
        self.export_action = a(
            self.tr("&Export…"),
            self.export_dialog,
            "Ctrl+E",
            self.tr("Export annotations as Markdown, CSV or W3C JSON"),
        )
        self.import_annotations_action = a(
            self.tr("Import &Annotations…"),
            self.imports.import_annotations_file,
            None,
            self.tr("Add annotations from a W3C JSON file"),
        )
        self.settings_action = a(self.tr("&Settings…"), self.show_settings, None,
                                 self.tr("The interface language"))
        self.quit_action = a(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_library_action = a(
            self.tr("&New Library…"),
            self.new_library,
            None,
            self.tr("Start an empty library in a new file"),
        )
        self.open_library_action = a(
            self.tr("&Open Library…"), self.open_library, None, self.tr("Open another library file")
        )
        self.open_team_library_action = a(
            self.tr("Open &Team Library…"), self.open_team_library, None,
            self.tr("Open a library shared on a PostgreSQL server"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.history.take_over(self.undo_action, self.redo_action)  # (one refresh a step)
        keyboard.set_history_shortcuts(self.undo_action, self.redo_action)
        for action in (self.undo_action, self.redo_action):  # "Undo tag quote “…”"
            dialog_helpers.plain_action_tooltip(action)
        self.delete_annotation_action = a(
            self.tr("&Delete Annotation"),
            self.delete_current_annotation,
            "Del",
            self.tr("Delete the selected annotation"),
        )
        # Delete is routed by KeyRouter (fields keep it while they have text to delete);
        # the shortcut is only shown in the menu.
        self.delete_annotation_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.details_action = a(
            self.tr("Article &Details…"),
            self.edit_details,
            "Ctrl+I",
            self.tr("Correct the title, source, authors, date…"),
        )
        self.delete_article_action = a(
            self.tr("De&lete Article…"),
            self.delete_articles,
            None,
            self.tr("Delete the selected articles and their annotations"),
        )
        self.add_to_collection_action = a(
            self.tr("Add to &Collection…"),
            self.collections.add_to_collection,
            None,
            self.tr("Put the selected articles in a collection"),
        )
        self.remove_from_collection_action = a(
            self.tr("&Remove from This Collection"),
            self.collections.remove_from_collection,
            None,
            self.tr("Take the selected articles out of the collection shown"),
        )
        self.new_collection_action = a(
            self.tr("&New Collection…"), self.collections.new_collection, None
        )
        self.rename_collection_action = a(
            self.tr("&Rename Collection…"), self.collections.rename_collection, None
        )
        self.delete_collection_action = a(
            self.tr("&Delete Collection"), self.collections.delete_collection, None
        )
        self.tags_action = a(
            self.tr("&Tags…"),
            self.manage_tags,
            "Ctrl+T",
            self.tr("Create, rename, recolour, nest, merge and delete tags"),
        )
        self.speakers_action = a(
            self.tr("&Speakers…"),
            self.manage_speakers,
            None,
            self.tr("Rename and merge speakers; edit their aliases"),
        )
        self.feeds_action = a(
            self.tr("&Feeds…"),
            self.manage_feeds,
            None,
            self.tr("Follow RSS and Atom feeds; refresh to bring in new articles"),
        )
        self.backups_action = a(
            self.tr("&Backups…"),
            self.manage_backups,
            None,
            self.tr("The copies of the library file Kutip made before upgrading it"),
        )
        self.backups_action.setEnabled(isinstance(self.library.path, Path))  # a file's
        self.focus_search_action = a(self.tr("&Search Library"), self.focus_search, "Ctrl+L")
        self.about_action = a(self.tr("&About Kutip"), self.about, None)
        self.library_pane_action = self._toggle(
            self.tr("&Library Pane"),
            "Ctrl+1",
            self.tr("Show or hide the collections and articles"),
            self.set_library_pane_shown,
        )
        self.annotation_pane_action = self._toggle(
            self.tr("&Annotation Pane"),
            "Ctrl+2",
            self.tr("Show or hide the annotations and suggestions"),
            self.set_annotation_pane_shown,
        )
        self.legend_action = self._toggle(
            self.tr("L&egend"),
            "",
            self.tr("What the marks in the article mean"),
            self.set_legend_shown,
        )
        self.reading_mode_action = self._toggle(
            self.tr("&Reading Mode"),
            "F11",
            self.tr("Only the article: no panes, no toolbar"),
            self.set_reading_mode,
        )
        self.shortcuts_action = a(
            self.tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            self.tr("Every key Kutip answers to"),
        )
        for action in (
            self.new_collection_action,
            self.rename_collection_action,
            self.delete_collection_action,
        ):
            self.sidebar.addAction(action)
        self.library_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.details_action,
            self.add_to_collection_action,
            self.remove_from_collection_action,
            self.delete_article_action,
        ):
            self.library_panel.table.addAction(action)

    def _build_exchange_menu(self, menu) -> None:
        """File › Exchange: the portable library file, REFI-QDA, the coded table."""
        for text, slot, tip in (
            (self.tr("&Merge Library File…"), self.exchange.merge_file,
             self.tr("Bring in another coder's library file (undoable)")),
            (self.tr("&Export Library File…"), self.exchange.export_file,
             self.tr("The whole library as one file for another Kutip to merge")),
            (self.tr("&Import REFI-QDA Project…"), self.exchange.import_qdpx,
             self.tr("Text sources and codings from MAXQDA, ATLAS.ti, NVivo, QualCoder")),
            (self.tr("Export REFI-QDA &Project…"), self.exchange.export_qdpx,
             self.tr("A .qdpx project for MAXQDA, ATLAS.ti, NVivo, QualCoder")),
            (self.tr("Export REFI-QDA &Codebook…"), self.exchange.export_qdc,
             self.tr("The tags as a .qdc codebook")),
            (self.tr("Export Coded &Table…"), self.exchange.export_table,
             self.tr("A CSV row per article and code with each coder's counts, for R or "
                     "SPSS")),
        ):
            action = menu.addAction(text)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
        self.exchange_menu = menu

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.paste_action,
            self.import_url_action,
        ):
            file_menu.addAction(action)
        self.file_menu = file_menu
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_annotations_action)
        self._build_exchange_menu(file_menu.addMenu(self.tr("E&xchange")))
        file_menu.addSeparator()
        file_menu.addAction(self.new_library_action)
        file_menu.addAction(self.open_library_action)
        file_menu.addAction(self.open_team_library_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.not_undoable_action = edit_menu.addAction(not_undoable_note())
        self.not_undoable_action.setEnabled(False)  # a note: what Undo does not cover
        edit_menu.addSeparator()
        for action in self.reader.tag_actions.values():
            edit_menu.addAction(action)
        edit_menu.addAction(self.delete_annotation_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reader.find_action)
        edit_menu.addAction(self.focus_search_action)
        article_menu = bar.addMenu(self.tr("&Article"))
        self.article_menu = article_menu
        for action in (
            self.details_action,
            self.add_to_collection_action,
            self.remove_from_collection_action,
            self.delete_article_action,
        ):
            article_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.library_pane_action, self.annotation_pane_action):
            view_menu.addAction(action)
        view_menu.addAction(self.legend_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reading_mode_action)
        self.view_menu = view_menu
        library_menu = bar.addMenu(self.tr("&Library"))
        for action in (
            self.new_collection_action,
            self.rename_collection_action,
            self.delete_collection_action,
        ):
            library_menu.addAction(action)
        library_menu.addSeparator()
        library_menu.addAction(self.tags_action)
        library_menu.addAction(self.speakers_action)
        library_menu.addSeparator()
        library_menu.addAction(self.feeds_action)
        library_menu.addAction(self.backups_action)
        self.library_menu = library_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(toolbar.iconSize() * 0.85)
        toolbar.addAction(self.import_files_action)
        toolbar.addAction(self.paste_action)
        toolbar.addSeparator()
        for action in self.reader.tag_actions.values():
            toolbar.addAction(action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        # The toolbar's Undo and Redo are actions of their own: the stack renames its undo
        # action on every change ("Undo tag quote “…”"), and a button showing that action
        # is painted again each time (every tag) for a name it does not show. These follow
        # whether there is anything to undo, and show the step's name when pointed at.
        self.undo_tool = _HistoryTool(self.undo_action, self.undo_stack.canUndoChanged, self)
        self.redo_tool = _HistoryTool(self.redo_action, self.undo_stack.canRedoChanged, self)
        for tool in (self.undo_tool, self.redo_tool):
            toolbar.addAction(tool)
            toolbar.widgetForAction(tool).installEventFilter(tool)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self._apply_icons()

    def _icon_actions(self) -> dict[str, tuple[QAction, str]]:
        """Actions with an icon: name -> (action, short toolbar text)."""
        tag = self.reader.tag_actions
        return {
            "import": (self.import_files_action, self.tr("Import")),
            "paste": (self.paste_action, self.tr("Paste")),
            "quote": (tag["quote"], self.tr("Quote")),
            "claim": (tag["claim"], self.tr("Claim")),
            "highlight": (tag["highlight"], self.tr("Highlight")),
            "export": (self.export_action, self.tr("Export")),
            "undo": (self.undo_action, self.tr("Undo")),
            "redo": (self.redo_action, self.tr("Redo")),
            "find": (self.reader.find_action, self.tr("Find")),
            "search": (self.focus_search_action, self.tr("Search")),
            "tags": (self.tags_action, self.tr("Tags")),
            "reading": (self.reading_mode_action, self.tr("Reading")),
            "keys": (self.shortcuts_action, self.tr("Keys")),
            "about": (self.about_action, self.tr("About")),
            "delete": (self.delete_annotation_action, self.tr("Delete")),
        }

    def _apply_icons(self) -> None:
        """Icons in the palette's colours (again after a light/dark switch)."""
        from . import icons

        palette = self.palette()
        for name, (action, short) in self._icon_actions().items():
            action.setIcon(icons.icon(name, palette))
            action.setIconText(short)
        for tool in (self.undo_tool, self.redo_tool):
            tool.follow_icon()
        self.setWindowIcon(icons.app_icon())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "toolbar"):
            self._apply_icons()

    def add_status_item(self, widget: QWidget) -> None:
        """A lasting item on the right of the status bar ("3 articles", "Coding as …"),
        set off from the one before it by a thin line."""
        bar = self.statusBar()
        if bar.findChildren(QWidget, "status_item"):
            line = QFrame(bar)
            line.setObjectName("status_separator")
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            bar.addPermanentWidget(line)
        widget.setObjectName("status_item")
        bar.addPermanentWidget(widget)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_panes()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._fit_panes()

    def _connect(self) -> None:
        self.sidebar.collectionChosen.connect(self.collections.chosen)
        self.library_panel.articleActivated.connect(self.open_article)
        self.library_panel.filterChanged.connect(self._update_counts)
        self.library_panel.model.completed.connect(self._library_counted)
        self.reader.tagRequested.connect(self.tag_selection)
        self.reader.annotationClicked.connect(self.annotation_pane.select)
        self.annotation_pane.annotationSelected.connect(self.reader.select_annotation)
        self.annotation_pane.editRequested.connect(self.edit_annotation)
        self.annotation_pane.deleteRequested.connect(self.delete_annotation)
        self.annotation_pane.coderFilterChanged.connect(
            lambda: self.reader.set_annotations(self.annotation_pane.visible_annotations()))

    # ------------------------------------------------------------------ articles
    def open_article(self, article_id: int) -> None:
        try:
            article = self.library.articles.get(article_id)
        except NotFound:
            self.article_id = None
            self.reader.clear()
            self.annotation_pane.set_annotations([])
            self.suggestions.article_opened(None)
            self.setWindowTitle(self._titled("Kutip"))
            if hasattr(self, "coding_as"):
                self.coding_as.blind.update()
            return
        self.article_id = article_id
        annotations = self.library.annotations.for_article(article_id)
        colours = self.library.tags.colours()
        self.annotation_pane.set_annotations(annotations, keep_selection=False, tag_colours=colours)
        self.reader.show_article(article, self.annotation_pane.visible_annotations(), colours)
        title = marked_controls(" ".join((article.title or "").split())) or self.tr("Untitled")
        self.setWindowTitle(self._titled(f"{title} — Kutip"))
        self.settings.setValue("last_article", article_id)
        self.suggestions.article_opened(article_id)
        if hasattr(self, "coding_as"):  # (the blind-coding banner)
            self.coding_as.blind.update()

    def _titled(self, title: str) -> str:
        """The window's title, marked when the library is read-only here."""
        if not self.read_only:
            return title
        mark = self.tr("(read-only)")
        return f"{title} {mark}"

    def _shown_as_stored(self, article_id: int) -> bool:
        """Whether the reader shows ``article_id`` exactly as the library now holds it. A
        write elsewhere that left it alone (the quote trail's worker, another process's
        import) announces a change to every article; reopening this one would scroll the
        reader to the top and clear the selection and the form the user is working in."""
        shown = self.reader.article
        if shown is None or shown.id != article_id:
            return False
        try:
            stored = self.library.articles.get(article_id)
        except NotFound:
            return False
        from dataclasses import replace

        # (its counts of quotes, claims and highlights follow its annotations: not shown)
        return replace(stored, quotes=shown.quotes, claims=shown.claims,
                       highlights=shown.highlights) == shown

    def _reload_current_article(self) -> None:
        if self.article_id is None:
            return
        try:
            annotations = self.library.annotations.for_article(self.article_id)
        except NotFound:
            return
        colours = self.library.tags.colours()
        self.annotation_pane.set_annotations(annotations, tag_colours=colours)
        self.reader.set_annotations(self.annotation_pane.visible_annotations(), colours)

    # ---------------------------------------------------------------- annotating
    def tag_selection(self, kind: str, start: int, end: int) -> None:
        """Q / C / H in the reader: save the annotation at once and focus its speaker."""
        if self.article_id is None:
            return
        shown = self.reader.article
        fields = {}
        if kind == "quote":
            fields.update(self._prefill(start, end))
        if shown is not None:  # the library checks the text is still the one shown
            fields["seen"] = SeenSpan.of(shown.text, start, end)
        from .annotation_commands import CreateAnnotationCommand  # (loaded after the paint)

        command = CreateAnnotationCommand(self.library, self.article_id, start, end, kind, **fields)
        pushed = self.history.run(command)
        changed = self._reload_if_text_changed()
        if not pushed:
            return
        annotation = command.annotation
        self.right_tabs.setCurrentWidget(self.annotation_pane)
        self.annotation_pane.select(annotation.id, emit=False)
        self.reader.select_annotation(annotation.id)
        self._focus_after_tagging(kind)
        if changed:
            self.statusBar().showMessage(
                self.tr("The article had changed meanwhile; tagged {kind} “{text}” on the same "
                        "words in its new text.").format(kind=i18n.kind_name(kind),
                                                         text=clip_words(annotation.exact)),
                8000,
            )
        elif fields.get("tags"):  # (the check-speaker tag of a guessed speaker)
            self.statusBar().showMessage(
                self.tr("Tagged {kind}: “{text}”. The speaker, {speaker}, is a guess: check "
                        "it (tagged {tag}).").format(
                    kind=i18n.kind_name(kind), text=clip_words(annotation.exact),
                    speaker=annotation.speaker, tag=", ".join(fields["tags"])), 8000)
        else:
            self.statusBar().showMessage(self.tr("Tagged {kind}: “{text}”").format(
                kind=i18n.kind_name(kind), text=clip_words(annotation.exact)), 4000)

    def _library_read_failed(self, error: BaseException) -> None:
        """Rows of the library could not be read: one message, however often it happens."""
        from ..core.store import is_damage

        if is_damage(error):
            dialog_helpers.report_damage(self, self.library, error)
        elif not getattr(self, "_read_failure_shown", False):
            self._read_failure_shown = True
            dialog_helpers.show_error(self, "Kutip", core_text(error))  # (a StoreError)

    def _reload_if_text_changed(self) -> bool:
        """Show the article again if its text changed underneath (e.g. re-imported by the
        command line while shown), so the next selection is made on the text as it is."""
        shown = self.reader.article
        if shown is None or self.article_id is None:
            return False
        try:
            current = self.library.articles.get(self.article_id)
        except NotFound:
            return False
        if current.text == shown.text:
            return False
        self.open_article(self.article_id)
        return True

    def _focus_after_tagging(self, kind: str) -> None:
        """Where the next keystroke belongs: the speaker of a quote, the verdict of a claim,
        the text again after a highlight (to select and tag the next one)."""
        if not self.right_tabs.isVisible():  # reading mode: stay in the text
            self.reader.text_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif kind == "quote":
            self.annotation_pane.focus_speaker()
        elif kind == "claim":
            self.annotation_pane.verdict.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.reader.text_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prefill(self, start: int, end: int) -> dict:
        """The speaker a quote starts with, from the attribution around the span ("kata
        Lavrov") in the text the span was selected in (the one shown); a guess the engine
        is unsure of comes with the check-speaker tag (``Suggestions.prefill``)."""
        shown = self.reader.article
        if shown is None:
            return {}
        long = len(shown.text) >= PREFILL_WHOLE_BELOW
        # a long article's suggestions, when the tab worked them out (in its own process),
        # give the speaker; else only the text around the span is analysed here (R13-2)
        computed = self._suggestions.computed(shown.id) if (
            long and self._suggestions is not None) else None
        try:
            return self.library.suggestions.prefill(
                shown.text, start, end, self.speaker_aliases(), computed=computed,
                around=PREFILL_AROUND if long else None)
        except Exception:  # a suggestion must never stop the user from tagging
            return {}

    def speaker_aliases(self) -> dict[str, str]:
        """The speakers' names and aliases (``library.speakers.aliases()``) for the speaker
        pre-fill and the Suggestions tab, read again after any change to the speakers
        (another process's too: it is announced as a change to everything). The window
        hears of a change before the panes do (it subscribes first), so none of them
        gets the names from before it."""
        if self._aliases is None:
            self._aliases = self.library.speakers.aliases()
        return self._aliases

    def edit_annotation(self, annotation_id: int, changes: dict) -> None:
        """Save a change made in the annotation form. In a team library a save can be
        refused: someone changed the annotation meanwhile (the form keeps what was typed
        and the list shows theirs, so saving again keeps it), the connection was lost
        (the form keeps it, and it is saved when the connection is back), or the login may
        not change it (the form shows it as it is again)."""
        from .annotation_commands import EditAnnotationCommand

        try:
            annotation = self.library.annotations.get(annotation_id)
            done = self.history.run(EditAnnotationCommand(self.library, annotation, **changes),
                                    detail=lambda error: self._theirs(error, annotation_id,
                                                                      changes))
            refusal = self.history.refusal
        except NotFound:
            return
        except ConnectionLost as error:  # (reading it again failed)
            dialog_helpers.show_error(self, "Kutip", core_text(error))
            done, refusal = False, error
        self._save_when_connected = not done and isinstance(refusal, ConnectionLost)
        if isinstance(refusal, ChangedMeanwhile) and not done:
            from ..core.changes import Area

            self.library.notify_external_change(Area.ANNOTATIONS, annotation.article_id)
        elif isinstance(refusal, NotAllowed) and not done:
            self.annotation_pane.select(annotation_id, emit=False)

    def _theirs(self, error: BaseException, annotation_id: int, changes: dict) -> str:
        """For a save refused because someone changed the annotation meanwhile: what the
        fields being saved hold now (the form keeps what was typed, so theirs shows here)."""
        if not isinstance(error, ChangedMeanwhile):
            return ""
        try:
            now = self.library.annotations.get(annotation_id)
        except USER_ERRORS:
            return ""
        from .annotation_commands import EditAnnotationCommand

        lines = []
        for field in changes:
            value = getattr(now, field, None)
            if value is None:
                continue
            shown = ", ".join(value) if isinstance(value, list | tuple) else str(value)
            name = EditAnnotationCommand.FIELD_NAMES.get(field, field)
            lines.append(self.tr("Their {field} now: “{value}”").format(
                field=i18n.translate("Commands", name), value=clip_words(shown, 200) or "—"))
        return "\n".join(lines)

    def delete_annotation(self, annotation_id: int) -> None:
        try:
            annotation = self.library.annotations.get(annotation_id)
        except NotFound:
            return
        from .annotation_commands import DeleteAnnotationCommand

        self.history.run(DeleteAnnotationCommand(self.library, annotation))

    def delete_current_annotation(self) -> None:
        annotation = self.annotation_pane.current_annotation()
        if annotation is not None:
            self.delete_annotation(annotation.id)

    # -------------------------------------------------------------- change notices
    def _on_library_change(self, changes: Changes) -> None:
        """Refresh what a write changed (one ``Changes`` per write, also another process's).
        Another's write never throws away what is being typed in the annotation form."""
        from ..core.changes import Area

        if not changes.areas - {Area.TRAIL}:  # (the Quotes dock's own: nothing shown here)
            return
        unsaved = self.annotation_pane.unsaved() if changes.external else None
        self._refresh_for(changes)
        if unsaved is not None:
            self.annotation_pane.restore_unsaved(*unsaved)
            if getattr(self, "_save_when_connected", False):  # connected again: save it now
                self._save_when_connected = False
                self.annotation_pane.commit_pending()

    def _refresh_for(self, changes: Changes) -> None:
        from ..core.changes import Area  # (loaded with the first change notice)

        reloaded = False
        # the filter menus refilled once a notice (each area asked for it: R20-15)
        choices = bool({Area.ARTICLES, Area.TAGS, Area.SPEAKERS, Area.COLLECTIONS}
                       & changes.areas)
        if Area.SPEAKERS in changes:
            self._aliases = None
        if Area.ARTICLES in changes:
            self._article_total = None  # (only a change of articles changes how many)
            reloaded = True
            self.library_panel.model.reload()
            total = self.article_total()
            self.sidebar.refresh(total, counted=total is not None)
            current = self.library_panel.current_article_id()
            if self.article_id is not None and self.library_panel.select_article(
                self.article_id, emit=False
            ):
                if self._shown_as_stored(self.article_id):
                    self._reload_current_article()  # (the reader keeps its place)
                else:
                    self.open_article(self.article_id)
            elif current is not None:
                self.open_article(current)
            elif self.library_panel.model.rowCount():
                self.library_panel.table.selectRow(0)
            else:
                self.open_article(-1)
        elif Area.ANNOTATIONS in changes:
            self.library_panel.coder.stale = True  # (a new coder comes with their first)
            if changes.concerns(self.article_id):
                self._reload_current_article()
                reloaded = True
            if changes.article_ids is None:
                self.library_panel.model.refresh_rows()
            else:
                for article_id in sorted(changes.article_ids):
                    self.library_panel.model.refresh_article(article_id)
        if Area.TAGS in changes or Area.SPEAKERS in changes:
            self._refresh_completions(choices=False)
            if not reloaded:
                self._reload_current_article()
        if Area.COLLECTIONS in changes:
            self.sidebar.refresh()
            if Area.ARTICLES not in changes:
                self.library_panel.model.refresh_rows()
            if not {Area.TAGS, Area.SPEAKERS} & changes.areas:  # (coded blind or not:
                self._refresh_completions(choices=False)  # which names one sees)
        if choices:
            self.library_panel.refresh_choices()
        self._update_counts()

    def _refresh_completions(self, choices: bool = True) -> None:
        """The names the annotation form completes, and (``choices``) the filter menus."""
        self.annotation_pane.set_completions(
            self.library.speakers.names(), self.library.tags.names()
        )
        if choices:
            self.library_panel.refresh_choices()

    def article_total(self) -> int | None:
        """The library's number of articles, counted once per change of articles: the
        library list's own count when it lists them all (at 100,000 articles each count
        costs ~15 ms, ~0.1 s when the file is not in the system's cache), else counted
        here; None while the list reads them after its first page (``completed``)."""
        if self._article_total is None:
            model = self.library_panel.model
            if not model.filter.is_empty():
                self._article_total = self.library.articles.count()
            elif model.complete:
                self._article_total = model.rowCount()
        return self._article_total

    def _library_counted(self) -> None:
        """The library list has read all its rows: the counts it gives are known now."""
        if self.library_panel.model.filter.is_empty():
            self._article_total = None
            total = self.article_total()
            if total is not None:
                self.sidebar.set_total(total)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.article_total()
        model = self.library_panel.model
        if total is None or not model.complete:  # (said once the list has read its rows)
            self.counts_label.setText("")
            return
        shown = model.rowCount()
        text = (self.tr("1 article") if total == 1
                else self.tr("{n} articles").format(n=total))
        if shown != total:
            text = self.tr("{shown} of {total} shown").format(shown=shown, total=text)
        self.counts_label.setText(text)

    # ------------------------------------------------------------------ exporting
    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        annotation = self.annotation_pane.current_annotation()
        dialog = ExportDialog(
            self.library,
            annotation.id if annotation else None,
            self.article_id,
            self.library_panel.current_filter(),
            self,
            self.settings,
        )
        dialog.exec()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.import_paths(paths)

    # ---------------------------------------------------------- article commands
    def edit_details(self) -> None:
        if self.article_id is None:
            return
        from .article_details import ArticleDetailsDialog

        ArticleDetailsDialog.ask(self.library, self.article_id, self, run=self.history.run)

    def delete_articles(self) -> None:
        ids = self.library_panel.selected_article_ids() or (
            [self.article_id] if self.article_id is not None else []
        )
        if not ids:
            return
        from .article_commands import DeleteArticleCommand

        # (every coder's go: also those hidden while coding blind)
        notes = sum(len(self.library.annotations.for_article(i, everyone=True)) for i in ids)
        if not dialog_helpers.confirm(
            self,
            self.tr("Delete articles"),
            self.tr("Delete this article?") if len(ids) == 1
            else self.tr("Delete these {n} articles?").format(n=len(ids)),
            self.tr("Their {n} annotation(s) go too. You can undo this with Ctrl+Z.").format(
                n=notes),
            ok_text=self.tr("Delete"),
        ):
            return
        with self.history.macro(self.tr("delete this article") if len(ids) == 1
                                else self.tr("delete these {n} articles").format(n=len(ids))):
            for article_id in ids:
                self.history.run(DeleteArticleCommand(self.library, article_id))

    # -------------------------------------------------------------------- dialogs
    def manage_tags(self) -> None:
        from .tag_manager import TagManagerDialog

        TagManagerDialog(self.library, self.undo_stack, self).exec()

    def manage_speakers(self) -> None:
        from .speaker_manager import SpeakerManagerDialog

        SpeakerManagerDialog(self.library, self.undo_stack, self).exec()

    def manage_feeds(self) -> None:
        from .feeds_dialog import FeedsDialog

        FeedsDialog.open(self.library, self)

    def manage_backups(self) -> None:
        from .backups_dialog import BackupsDialog

        if isinstance(self.library.path, Path):
            BackupsDialog(self.library.path, self).exec()

    def focus_search(self) -> None:
        if not self.library_pane_action.isChecked():
            self.set_library_pane_shown(True)
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    # ------------------------------------------------------------------ libraries
    def recent_libraries(self) -> list[str]:
        """The libraries opened before, newest first; one whose file is not there now stays
        (its drive may be connected again) until the user removes it (``forget_recent``)."""
        value = self.settings.value("recent_libraries", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if p]

    def _remember_library(self) -> None:
        current = str(self.library.path)
        paths = [current] + [p for p in self.recent_libraries() if p != current]
        self.settings.setValue("recent_libraries", paths[: self.RECENT])

    def forget_recent(self, path: str) -> None:
        """Take ``path`` off File → Open Recent."""
        self.settings.setValue("recent_libraries",
                               [p for p in self.recent_libraries() if p != path])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_libraries():
            if path == str(self.library.path):
                continue
            there = is_team_url(path) or Path(path).exists()
            action = self.recent_menu.addAction(
                path if there else self.tr("{path} (not there)").format(path=path))
            action.triggered.connect(lambda _c=False, p=path: self.recentRequested.emit(p))
        self.recent_menu.setEnabled(True)
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def new_library(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("New library"),
            str(self._library_folder() / "library.sqlite"),
            self.tr("Kutip library (*.sqlite)"),
        )
        if not path:
            return
        if Path(path).exists():
            dialog_helpers.show_error(
                self,
                self.tr("New library"),
                self.tr("{name} already exists: use File → Open Library to open it.").format(
                    name=Path(path).name
                ),
            )
            return
        self.libraryRequested.emit(path)

    def open_library(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self,
            self.tr("Open library"),
            str(self._library_folder()),
            self.tr("Kutip library (*.sqlite);;All files (*)"),
        )
        if path:
            self.libraryRequested.emit(path)

    def open_team_library(self) -> None:
        from .team_dialog import TeamLibraryDialog

        last = str(self.settings.value("team_library", "") or "")
        url = TeamLibraryDialog.ask(self, last)
        if url:
            self.settings.setValue("team_library", url)
            self.libraryRequested.emit(url)

    def _library_folder(self) -> Path:
        """The open library file's folder (the user's data folder for a team library)."""
        if isinstance(self.library.path, Path):
            return self.library.path.parent
        return default_db_path().parent

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(self.library.path, Path):
            text = self.tr(
                "<h3>Kutip {version}</h3><p>Read news articles and tag the quotes and claims "
                "in them.</p><p>Your library is one SQLite file:<br><code>{path}</code></p>"
                "<p>Kutip makes no network request unless you import a URL.</p>")
        else:
            text = self.tr(
                "<h3>Kutip {version}</h3><p>Read news articles and tag the quotes and claims "
                "in them.</p><p>This is a team library on a PostgreSQL server:<br>"
                "<code>{path}</code></p><p>Besides that server, Kutip makes no network"
                " request unless you import a URL.</p>")
        from html import escape

        QMessageBox.about(self, self.tr("About Kutip"), text.format(
            version=__version__, path=escape(str(self.library.path))))

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._library_folder())))

    # ------------------------------------------------------------------- panes
    def set_library_pane_shown(self, shown: bool) -> None:
        self._want_pane(self.left_splitter, self.library_pane_action, shown)

    def set_annotation_pane_shown(self, shown: bool) -> None:
        self._want_pane(self.right_tabs, self.annotation_pane_action, shown)

    def _want_pane(self, pane: QWidget, action: QAction, shown: bool) -> None:
        """The user shows or hides a side pane: a pane asked for is the last to fold away
        (the other one makes room for it if the window is narrow)."""
        if pane in self._folded:
            self._folded.remove(pane)
        if shown:
            self._pane_priority.remove(pane)
            self._pane_priority.insert(0, pane)
        self._show_pane(pane, action, shown)
        self._fit_panes()

    def pane_wanted(self, pane: QWidget) -> bool:
        """Shown, or folded away only for lack of room."""
        return pane in self._folded or self._pane_action(pane).isChecked()

    def _pane_action(self, pane: QWidget) -> QAction:
        return self.library_pane_action if pane is self.left_splitter else (
            self.annotation_pane_action)

    def _fit_panes(self) -> None:
        """Keep the article's readable measure in a narrow window (a large font at 1000 px):
        side panes that do not fit beside it fold away, the library pane first, and come
        back by themselves when the window has room again. The window may be as narrow as
        the article alone. The right pane's tabs are named in full where there is room."""
        if not hasattr(self, "reading_mode_action"):
            return  # (still being built)
        article = self.reader.minimumWidth()
        if self.splitter.minimumWidth() != article:
            self.splitter.setMinimumWidth(article)
        if not self.isVisible() or self.reading_mode_action.isChecked():
            return
        room = self.splitter.width() - article
        for pane in self._pane_priority:
            if not self.pane_wanted(pane):
                continue
            need = SIDE_PANE_MIN if pane is self.right_tabs else (
                pane.minimumWidth() or pane.minimumSizeHint().width())
            need += self.splitter.handleWidth()
            action = self._pane_action(pane)
            if need <= room:
                room -= need
                if pane in self._folded:
                    self._folded.remove(pane)
                    self._show_pane(pane, action, True, leave_reading=False)
            elif pane not in self._folded:
                self._folded.append(pane)
                self._show_pane(pane, action, False, leave_reading=False)
        # the tabs' names in full if the room left allows, else shortened (not folded)
        self.right_tabs.fit_names(SIDE_PANE_MIN + room)

    def _show_pane(
        self, pane: QWidget, action: QAction, shown: bool, leave_reading: bool = True
    ) -> None:
        if leave_reading and self.reading_mode_action.isChecked() and shown:
            self._leave_reading_mode()
        pane.setVisible(shown)
        action.blockSignals(True)
        action.setChecked(shown)
        action.blockSignals(False)

    def set_legend_shown(self, shown: bool) -> None:
        self._show_pane(self.reader.legend, self.legend_action, shown, leave_reading=False)

    def set_reading_mode(self, on: bool) -> None:
        """Only the article: hide both panes and the toolbar; leaving puts back what was shown."""
        if on:
            self._before_reading = (
                self.pane_wanted(self.left_splitter),
                self.pane_wanted(self.right_tabs),
            )
            self.set_library_pane_shown(False)
            self.set_annotation_pane_shown(False)
            self.toolbar.hide()
            self.reader.text_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._leave_reading_mode()

    def _leave_reading_mode(self) -> None:
        library, annotations = getattr(self, "_before_reading", (True, True))
        self.reading_mode_action.blockSignals(True)
        self.reading_mode_action.setChecked(False)
        self.reading_mode_action.blockSignals(False)
        self.toolbar.show()
        self.set_library_pane_shown(library)
        self.set_annotation_pane_shown(annotations)

    def _default_sizes(self) -> None:
        """First run: side panes about a quarter each, the article the rest."""
        width = max(self.width(), 800)
        side = max(SIDE_PANE_MIN, min(420, int(width * 0.26)))
        right = max(self.right_tabs.minimumWidth(), min(380, int(width * 0.25)))
        self.splitter.setSizes([side, max(1, width - side - right), right])
        self.left_splitter.setSizes([90, 700])

    # ---------------------------------------------------------------- window state
    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(first_run_size(self.screen()))
        self._default_sizes()
        for key, widget in (("splitter", self.splitter), ("left_splitter", self.left_splitter)):
            state = s.value(key)
            if isinstance(state, QByteArray):
                widget.restoreState(state)
        self.set_library_pane_shown(_flag(s.value("show_library", True)))
        self.set_annotation_pane_shown(_flag(s.value("show_annotations", True)))
        self.set_legend_shown(_flag(s.value("show_legend", True)))
        if _flag(s.value("reading_mode", False)):
            self.reading_mode_action.setChecked(True)
            self._before_reading = (
                _flag(s.value("show_library_before_reading", True)),
                _flag(s.value("show_annotations_before_reading", True)),
            )
        header = s.value("library_header")
        if isinstance(header, QByteArray):
            self.library_panel.table.horizontalHeader().restoreState(header)
        state = s.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = s.value("last_article")
        try:
            self._start_article = int(last) if last is not None else None
        except (TypeError, ValueError):
            self._start_article = None

    def finish_start(self) -> None:
        """Open the article the window starts on: the last one read, else the first row
        (once; not when an article was opened meanwhile)."""
        if self.started:
            return
        self.started = True
        self.firstFrameShown.emit()
        self.reader.set_opening(False)
        import_after_first_paint()  # (the core's other parts: the first frame is on the screen)
        self.suggestions  # noqa: B018 (built now: the first frame is on the screen)
        from . import annotation_commands  # noqa: F401 (the undo commands: not before it)
        from .undo_base import UndoSteps

        self.undo_steps = UndoSteps(self)  # (after Undo or Redo: show what it changed)

        self._refresh_completions()  # (the names the form completes: read after the paint)
        self.annotation_pane.make_completers()
        if self.article_id is None:
            last = self._start_article
            if last is None or not self.library_panel.select_article(last):
                if self.library_panel.model.rowCount():
                    self.library_panel.table.selectRow(0)
            if self.article_id is None:  # an empty library: say how to begin
                self.annotation_pane.show_hint(True)
        self.startFinished.emit()
        if self.read_only:  # said on opening, not when a first write fails (R15-12)
            self.statusBar().showMessage(core_text(self.read_only))
        upgrade = getattr(self.library, "upgrade", None)
        if upgrade is not None:  # upgraded on opening: say where its copy is
            from .backups_dialog import show_upgrade_notice

            self.upgrade_notice = show_upgrade_notice(self, upgrade)

    def save_state(self) -> None:
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("window_state", self.saveState())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("left_splitter", self.left_splitter.saveState())
        s.setValue("show_library", self.pane_wanted(self.left_splitter))
        s.setValue("show_annotations", self.pane_wanted(self.right_tabs))
        s.setValue("show_legend", self.legend_action.isChecked())
        reading = self.reading_mode_action.isChecked()
        s.setValue("reading_mode", reading)
        if reading:
            library, annotations = getattr(self, "_before_reading", (True, True))
            s.setValue("show_library_before_reading", library)
            s.setValue("show_annotations_before_reading", annotations)
        s.setValue("library_header", self.library_panel.table.horizontalHeader().saveState())
        if self.article_id is not None:
            s.setValue("last_article", self.article_id)
        s.sync()

    def offer_unsaved(self) -> None:
        """What earlier closes kept in the data folder's ``unsaved`` (an annotation's text
        the library refused as the window closed, ``closeEvent``), offered back at the next
        start in one box, oldest first: Copy to Clipboard (the files stay: the clipboard
        may die with Kutip, RR18-7), Delete the Files (once the user has the text
        elsewhere), or keep them for the next start. Each text in a box of its own, each
        copied with its file deleted at once, lost the first when a second box's copy
        replaced it on the clipboard (RR21-6)."""
        from pathlib import Path

        from ..core.paths import user_data_dir

        folder = Path(user_data_dir()) / "unsaved"
        try:
            kept = sorted(folder.glob("unsaved-*.txt"), key=_kept_order)
        except OSError:
            return
        texts: list[tuple[Path, str]] = []
        for path in kept:
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    texts.append((path, handle.read().rstrip("\n")))
            except OSError:
                continue
        if not texts:
            return
        shown = "\n\n".join(f"{path}:\n{typed}" for path, typed in texts)
        if len(shown) > UNSAVED_SHOWN:
            shown = shown[:UNSAVED_SHOWN] + "…"
        text = self.tr("When Kutip last closed, what you typed in an annotation could not be "
                       "saved; it was kept in these files:\n\n{typed}").format(typed=shown)
        informative = self.tr("Copy it to the clipboard and paste it where it belongs; then "
                              "delete the files. Kept, they are offered again at the next "
                              "start.")
        copy, delete, keep = (self.tr("Copy to Clipboard"), self.tr("Delete the Files"),
                              self.tr("Keep for Later"))
        while True:
            answer = dialog_helpers.choose(self, self.tr("Not saved last time"), text,
                                           informative, [copy, delete, keep])
            if answer == 0:
                QApplication.clipboard().setText("\n\n".join(t for _, t in texts))
                informative = self.tr("Copied to the clipboard. Paste it where it belongs "
                                      "before you delete the files.")
                continue
            if answer == 1:
                for path, _ in texts:
                    with contextlib.suppress(OSError):
                        path.unlink()
            return

    def closeEvent(self, event) -> None:  # noqa: N802
        focused = QApplication.focusWidget()
        if isinstance(focused, QWidget):
            focused.clearFocus()  # finishes an edit in progress (saves on focus-out)
        left = self.annotation_pane.commit_pending()
        if left:  # (refused: kept on the clipboard rather than gone with the window, and
            # in a file: the clipboard may go with the process as Kutip quits, RR18-7)
            QApplication.clipboard().setText(left)
            from ..core.files import keep_unsaved
            from ..core.paths import user_data_dir

            try:
                kept = keep_unsaved(left, os.path.join(user_data_dir(), "unsaved"))
            except OSError:  # (the disk that refused the save may refuse this too)
                kept = ""
            if kept:
                text = self.tr("What you typed in the annotation could not be saved, so it "
                               "was copied to the clipboard and kept in the file {path}:"
                               "\n\n{typed}").format(path=kept, typed=left)
            else:
                text = self.tr("What you typed in the annotation could not be saved, so it "
                               "was copied to the clipboard:\n\n{typed}").format(typed=left)
            dialog_helpers.show_info(self, self.tr("Not saved"), text)
        self.save_state()
        self._external_timer.stop()
        self.library_panel.close_pending()
        self.search_purge.close()
        self.quotes.close()
        self.library.unsubscribe(self._on_library_change)
        if self._suggestions is not None:
            self._suggestions.close()
        # downloads and exports under way: only where their module was loaded (one was
        # started from it); importing it here to find none took the close 0.5 s (the
        # importers, http.client: R15-10's rest, closing during the trail build)
        for module, wait in ((".import_worker", "wait_for_downloads"),
                             (".export_dialog", "wait_for_exports")):
            loaded = sys.modules.get(f"{__package__}{module}")
            if loaded is not None:
                getattr(loaded, wait)()
        super().closeEvent(event)


class _HistoryTool(QAction):
    """A toolbar button's stand-in for the undo (or redo) action: the same icon and short
    text, enabled while there is something to undo, triggering the real action; its
    tooltip is the real action's (the step's name), put on the button when it is asked
    for, so a new step changes nothing the toolbar paints."""

    def __init__(self, action: QAction, can_changed, parent: QObject) -> None:
        super().__init__(parent)
        self.action = action
        self.setEnabled(action.isEnabled())
        can_changed.connect(self.setEnabled)
        self.triggered.connect(action.trigger)
        self.follow_icon()

    def follow_icon(self) -> None:
        self.setIcon(self.action.icon())
        self.setIconText(self.action.iconText())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API; on its button)
        if event.type() == QEvent.Type.ToolTip and isinstance(obj, QWidget):
            obj.setToolTip(self.action.toolTip())
        return False


class _SideTabs(QTabWidget):
    """Annotations | Suggestions (N), every tab's name in full, without scroll arrows
    (reviewer findings F9 and R7-7: at 1400×860 the narrowest pane showed "Annotati…" and
    "Suggesti… (5)"). The pane is never narrower than its tabs' names need in the
    interface's language and font, with room for a three-digit count so that it does not
    widen as suggestions come in — as long as the window has that room once the article
    and the library pane have theirs (``fit_names``, from ``MainWindow._fit_panes``). In a
    window too narrow for that (a large font at 1000 px), the pane may go down to
    ``SIDE_PANE_MIN`` rather than fold away: then the names are shortened with "…", each
    keeping its count, and the whole name is the tab's tooltip; ``tabText`` gives the
    whole name."""

    def __init__(self) -> None:
        super().__init__()
        bar = self.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideNone)  # (shortened here, keeping the count)
        self._names: list[str] = []
        self._most: int | None = None  # the widest the window lets its minimum be
        # (never shown: the style's frame width, see _bar_margin)
        self._frame = QFrame(self, frameShape=QFrame.Shape.StyledPanel, visible=False)

    def fit_names(self, most: int) -> None:
        """The window can give the pane up to ``most`` pixels: its minimum is what its
        names need in full if that fits, else ``SIDE_PANE_MIN``."""
        self._most = most
        self._fit()

    def tabInserted(self, index: int) -> None:  # noqa: N802 (Qt API)
        self._names.insert(index, super().tabText(index))
        self._fit()

    def tabRemoved(self, index: int) -> None:  # noqa: N802 (Qt API)
        del self._names[index]
        self._fit()

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802 (Qt API)
        if 0 <= index < len(self._names):
            self._names[index] = text
            self._fit()

    def tabText(self, index: int) -> str:  # noqa: N802 (Qt API)
        return self._names[index] if 0 <= index < len(self._names) else ""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        names = self._names

        def width(text: str) -> int:  # as the tab bar measures a tab's text
            return metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()

        # what a tab needs beside its text (padding, frame), from the tabs as shown
        extra = [bar.tabSizeHint(i).width() - width(bar.tabText(i))
                 for i in range(len(names))]
        widths = [width(name) for name in names]
        roomy = [width("".join(_split_count(name, 3))) for name in names]
        full = sum(roomy) + sum(extra) + self._bar_margin()
        least = max(SIDE_PANE_MIN, full if self._most is None or full <= self._most else 0)
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        over = sum(widths) + sum(extra) - self.width()
        shown = list(names)
        if over > 0 and self.width() > 0:
            for i, name in enumerate(names):
                head, count = _split_count(name)
                room = metrics.horizontalAdvance(head) - -(-over * widths[i] // sum(widths))
                shown[i] = metrics.elidedText(head, Qt.TextElideMode.ElideRight,
                                              max(room, 0)) + count
        for i, text in enumerate(shown):
            if bar.tabText(i) != text:
                bar.setTabText(i, text)
                bar.setTabToolTip(i, names[i] if text != names[i] else "")

    def _bar_margin(self) -> int:
        """What the pane has beside its tab bar: the style's frame on either side (its
        ``PM_DefaultFrameWidth``, as a styled panel's frame width: asking the style itself
        would hand a ``QStyle`` to Python before the window's first frame, see app_style)."""
        return 2 * self._frame.frameWidth()


def _split_count(name: str, digits: int = 0) -> tuple[str, str]:
    """"Suggestions (4)" -> ("Suggestions", " (4)"); a name without a count: (name, "").
    With ``digits``, the count as wide as that many zeros at least (" (000)"), to measure
    the room a growing count needs."""
    head, bracket, tail = name.rpartition(" (")
    if not (bracket and tail.endswith(")")):
        return name, ""
    if digits and len(tail) - 1 < digits:
        tail = "0" * digits + ")"
    return head, bracket + tail


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, in the turn of the event loop after ``window`` first paints."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _flag(value) -> bool:
    """A boolean from QSettings (an INI file gives back "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)
