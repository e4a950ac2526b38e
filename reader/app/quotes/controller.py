"""Wires the Quotes dock into the main window and keeps it current.

The trail's upkeep is the library's (``library.trail.refresh``): after a small change it
runs at once; a big backlog (the first use on a large library, a bulk import) and Rebuild
run in a thread on its own connection, and the list fills when it is done. The library
stays writable meanwhile (the build writes beside the live trail). Once the trail is up
to date and the window has been left alone for a moment, another thread works out the
speakers of the versions no coder accepted yet (``trail.find_speakers``), so opening
their trail does not (R12-1).
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from ...core.library import Cancelled, Library
from ...core.paths import library_location
from .. import dialog_helpers as dh
from ..i18n import core_text

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

    from ...core.changes import Changes
    from ...core.library import ClusterFilter

BACKGROUND_ABOVE = 500  # queued changes worked off in a thread rather than at once
REFRESH_DELAY_MS = 250
#: while another program keeps changing the library, the list is read again at most this
#: often (s); each reading is the window's (R14-7: 60-77 of them in a 300-text CLI import,
#: 7-16 s of its thread under load)
RELIST_EVERY = 2.0
#: the thread could keep nothing (another program holding the write lock): tried once more
#: after this pause, then not until the library changes (RR19-4: it was started again as
#: soon as it ended, each time listing and analysing articles, for as long as the lock held)
BUSY_RETRY_MS = 10_000
FIND_DELAY_MS = 1_000  # after the trail was brought up to date: its suggested versions'
# speakers are worked out in a thread once the library has not changed for this long
DOCK_MIN_HEIGHT = 260  # px: the dock's height when first shown, at least (else 3/10 of the window:
# 2/5 left the annotation list one and a half entries at 1400×900, R13-5)


class TrailWorker(QObject):
    """``Library(path).trail.refresh()`` (or ``rebuild()``) in a thread; emits the report
    or the error (neither once cancelled: the window is closing). With ``first_page`` (the
    list's filter) it then reads that page once, and its clusters' other statements, so
    the speakers the catch-up left to the listing are worked out here, not when the list
    shows it."""

    finished = Signal(object, str)  # RefreshReport or None, error message

    def __init__(self, db_path: str | Path, rebuild: bool = False,
                 first_page: ClusterFilter | None = None):
        super().__init__()
        self.db_path = library_location(db_path)  # a file, or a team library
        self.rebuild = rebuild
        self.first_page = first_page
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next step (from any thread): the trail stays as it was before the
        step, a build's claim is withdrawn."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        asked = self._cancel.is_set
        try:
            with Library(self.db_path) as library:
                trail = library.trail
                report = (trail.rebuild(should_cancel=asked) if self.rebuild
                          else trail.refresh(should_cancel=asked))
                if self.first_page is not None and not asked():
                    from .model import PAGE

                    with contextlib.suppress(*dh.USER_ERRORS):  # (the list says them)
                        trail.other_statements(trail.clusters(replace(
                            self.first_page, offset=0, limit=self.first_page.limit or PAGE)))
                if not report.held_back and not asked():
                    # (statements left to settle: the listing could not write them, another
                    # program holding the lock; held back, not started again at once: RR19-4)
                    with contextlib.suppress(*dh.USER_ERRORS):
                        report.held_back = trail.speakers_changed()
        except Cancelled:
            return
        except dh.USER_ERRORS as error:
            self.finished.emit(None, core_text(error))
            return
        self.finished.emit(report, "")


class SpeakerFinder(QObject):
    """``Library(path).trail.find_speakers()`` in a thread (its own connection): the
    speakers a trail's first open would work out, worked out in idle time and kept. Emits
    how many versions it worked out (0 when cancelled or when it could not: a trail
    opened then works its own out, as before)."""

    finished = Signal(int)

    def __init__(self, db_path: str | Path):
        super().__init__()
        self.db_path = library_location(db_path)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the step under way (a few articles: tens of milliseconds)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        found = 0
        try:
            with Library(self.db_path) as library:
                found = library.trail.find_speakers(should_cancel=self._cancel.is_set)
        except (Cancelled, *dh.USER_ERRORS):
            found = 0
        finally:  # (whatever happened: the controller may start another one)
            self.finished.emit(found)


class TrailFiller(QObject):
    """``Library(path).trail.trail_of_cluster(cluster, item)`` in a thread (its own
    connection): the trail the window showed (the statement of its version ``item``) with
    the speakers it had kept, its other versions' speakers worked out (and kept) here, not
    on the window's thread (R14-3). Emits the trail, or None when it could not."""

    finished = Signal(int, object)  # cluster, Trail or None

    def __init__(self, db_path: str | Path, cluster: int, item: int | None = None):
        super().__init__()
        self.db_path = library_location(db_path)
        self.cluster = cluster
        self.item = item

    @Slot()
    def run(self) -> None:
        trail = None
        try:
            with Library(self.db_path) as library:
                with library.trail.without_waiting():  # (another program writing: not kept)
                    trail = library.trail.trail_of_cluster(self.cluster, self.item)
        except dh.USER_ERRORS:
            trail = None
        finally:
            self.finished.emit(self.cluster, trail)


def _in_thread(parent: QObject, job, done, priority=None) -> QThread:
    """``job.run()`` in a new thread (``parent``'s child), ``done`` called on the window's
    thread with what ``job.finished`` sends: the worker, the speaker finder and the trail
    filler all start so."""
    from PySide6.QtCore import QThread

    thread = QThread(parent)
    # (it writes the trail alone: the window's poll says so, not "everything", R20-15)
    thread.kutip_library = parent.library
    parent.library.derived_writer(True)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    # (the thread's loop ends with its job, not only when ``done`` quits it on the window's
    # thread: a ``wait`` on the window's thread would otherwise block ``done`` and sit out
    # its whole timeout, 60 s)
    job.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    if priority is None:
        thread.start()
    else:
        thread.start(priority)
    return thread


def _ended(thread: QThread | None) -> None:
    """A job's thread, its job done: wait for it to end."""
    if thread is not None:
        thread.quit()
        thread.wait()
        library, thread.kutip_library = getattr(thread, "kutip_library", None), None
        if library is not None:
            library.derived_writer(False)


def _stopped(thread: QThread | None, job, done, cancel: bool = False) -> None:
    """A job no longer wanted: ``done`` no longer called; with ``cancel`` it stops at its
    next step; then its thread is waited for."""
    if thread is not None and job is not None:
        job.finished.disconnect(done)
        if cancel:
            job.cancel()
        _ended(thread)


class QuotesController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.library = window.library
        self._panel = None  # built when first needed (the dock shows): see ``panel``
        # the thread's last refresh could not write the library (read-only, busy): the
        # trail is listed as last kept, with a note, and not handed to a thread again
        # until its one retry (``_retry_held_back``) or the library's next change
        self._worker_held_back = False
        # the one quiet retry of a thread held back by another program's lock: it waits for
        # BUSY_RETRY_MS, once until the library changes (RR19-4)
        self._busy_retried = False
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(BUSY_RETRY_MS)
        self._retry_timer.timeout.connect(self._retry_held_back)
        # (its menu entry's name: "Quotes" alone read as the Quote kind, "Kutipan" in Indonesian)
        self.dock = QDockWidget(self.tr("Quotes Across Outlets"), window)
        self.dock.setObjectName("quotes-dock")
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(self.tr("&Quotes Across Outlets"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+3"))
        self.toggle_action.setStatusTip(self.tr("Statements quoted more than once, and how each "
                                                "outlet changed them (Ctrl+3)"))
        self.toggle_action.triggered.connect(self._toggled)
        self.show_trail_action = QAction(self.tr("Show &Quote Trail"), window)
        self.show_trail_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.show_trail_action.setStatusTip(self.tr("Every version of the selected quote "
                                                    "across outlets"))
        self.show_trail_action.triggered.connect(lambda _=False: self.show_current_trail())
        self.rebuild_action = QAction(self.tr("R&ebuild Quote Trails"), window)
        self.rebuild_action.setStatusTip(self.tr("Group every quotation of the library again"))
        self.rebuild_action.triggered.connect(lambda _=False: self.rebuild())
        for menu_name in ("view_menu", "library_menu"):
            menu = getattr(window, menu_name, None)
            if menu is not None:
                menu.addSeparator()
                if menu_name == "view_menu":
                    menu.addAction(self.toggle_action)
                else:
                    menu.addAction(self.show_trail_action)
                    menu.addAction(self.rebuild_action)
        annotations = window.annotation_pane.list
        annotations.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        annotations.customContextMenuRequested.connect(self._annotation_menu)
        hooks = getattr(window.reader, "context_menu_hooks", None)
        if hooks is not None:
            hooks.append(self._reader_menu)

        self._stale = True
        self._sized = False  # the dock was given its first height
        self._thread: QThread | None = None
        self._worker: TrailWorker | None = None
        self._pending_cluster: int | None = None
        self._listed = None  # the ClusterFilter the list shows
        self._listed_at = 0.0  # when it was read (time.monotonic)
        # an annotation, or (article, character) of a passage, whose trail waits for a build
        self._pending_trail: int | tuple[int, int] | None = None
        # the listing whose speakers not worked out yet were handed to the thread since the
        # last change (not again: it may not have been able to keep them, the library busy)
        self._guesses_asked: ClusterFilter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._finder_thread: QThread | None = None
        self._filler_thread: QThread | None = None
        self._filler: TrailFiller | None = None
        self._fill_next: int | None = None  # a trail shown while the filler was busy
        self._finder: SpeakerFinder | None = None
        self._find_again = False  # the trail changed while the finder ran: run it again
        self._closed = False
        self.speakers_found = 0  # versions the finder worked out (all its runs)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(FIND_DELAY_MS)
        self._find_timer.timeout.connect(self._start_finder)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        dh.listen(self.library, self, "_on_change")

    @property
    def panel(self):
        """The dock's list and trail view, built on first use: the window starts without
        the trail's modules (rapidfuzz, the export's), which load with it."""
        if self._panel is None:
            from .panel import QuotesPanel

            self._panel = panel = QuotesPanel()
            self.dock.setWidget(panel)
            panel.filterChanged.connect(self.reload)
            panel.clusterChosen.connect(self._row_chosen)
            panel.statementChosen.connect(self.show_statement)
            panel.trail_view.openRequested.connect(self.open_version)
            panel.trail_view.said.connect(
                lambda text: self.window.statusBar().showMessage(text, 5000))
            panel.trail_view.settings = self.window.settings  # (its export's language)
            self._add_list_actions(panel)
        return self._panel

    def _add_list_actions(self, panel) -> None:
        """The Quotes list's own actions, on its context menu and keys: open the statement's
        reference version (Enter, double-click), copy its words (Ctrl+C) or its reference
        for `kutip trail`. They work on every listed statement, annotated or not."""
        table = panel.table
        self.open_statement_action = QAction(self.tr("&Open Reference Version"), table)
        self.open_statement_action.triggered.connect(lambda _=False: self.open_statement())
        self.copy_statement_action = QAction(self.tr("&Copy Statement"), table)
        self.copy_statement_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_statement_action.triggered.connect(lambda _=False: self.copy_statement())
        self.copy_reference_action = QAction(self.tr("Copy &Reference for `kutip trail`"), table)
        self.copy_reference_action.triggered.connect(lambda _=False: self.copy_reference())
        for action in (self.open_statement_action, self.copy_statement_action,
                       self.copy_reference_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            table.addAction(action)
        table.activated.connect(lambda _index: self.open_statement())  # Enter, double-click
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._list_menu)

    def _list_menu(self, pos: QPoint) -> None:
        table = self.panel.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(table)
        for action in (self.open_statement_action, self.copy_statement_action,
                       self.copy_reference_action):
            menu.addAction(action)
        self.last_menu = menu
        menu.popup(table.viewport().mapToGlobal(pos))

    def _chosen_trail(self):
        """The trail of the statement chosen in the list (the one the trail view shows)."""
        shown = self.panel.trail_view.trail
        cluster = self.panel.current_cluster()
        if cluster is None:
            return None
        other = self.panel.current_statement()
        if other is not None and (shown is None or shown.cluster != cluster
                                  or shown.item != other.item_id):
            self.show_statement(cluster, other.item_id)
            shown = self.panel.trail_view.trail
        elif shown is None or shown.cluster != cluster:
            self.show_cluster(cluster)
            shown = self.panel.trail_view.trail
        return shown

    def open_statement(self) -> None:
        """Open the article of the chosen statement's reference version at its words."""
        trail = self._chosen_trail()
        if trail is not None:
            reference = trail.reference
            self.open_version(reference.article_id, reference.start, reference.end)

    def copy_statement(self) -> str:
        """Copy the chosen statement's words (its reference version) and who said it."""
        trail = self._chosen_trail()
        if trail is None:
            return ""
        reference = trail.reference
        if reference.speaker_pending:  # (it would be copied without its speaker)
            self.window.statusBar().showMessage(self.tr(
                "This statement's speaker is still being worked out: copy it again in a"
                " moment."), 5000)
            return ""
        from .trail_view import speaker_label  # (loaded with the panel)

        text = f"“{' '.join(reference.exact.split())}”"
        if reference.speaker:  # (a guess marked "(suggested)", as the trail shows it)
            text += f" — {speaker_label(reference)}"
        QApplication.clipboard().setText(text)
        return text

    def copy_reference(self) -> str:
        """Copy what `kutip trail` takes for the chosen statement: a quote annotation's id,
        or ARTICLE:CHARACTER of a passage not yet annotated."""
        row = self.panel.model.cluster_at(self.panel.table.currentIndex().row())
        if row is None:
            return ""
        other = self.panel.current_statement()  # (a line of another statement: its own)
        try:
            text = (other.reference if other is not None
                    else self.library.trail.references([row]).get(row.cluster, ""))
        except dh.USER_ERRORS as error:
            self.panel.status.setText(core_text(error))
            return ""
        if text:
            QApplication.clipboard().setText(text)
            self.window.statusBar().showMessage(
                self.tr("Copied {reference}: `kutip trail {reference}` shows this trail.")
                .format(reference=text), 5000)
        return text

    # ------------------------------------------------------------------ keeping current
    def _on_change(self, changes: Changes) -> None:
        from ...core.changes import Area

        if {Area.ANNOTATIONS, Area.ARTICLES, Area.SPEAKERS, Area.TAGS,
                Area.COLLECTIONS} & changes.areas:
            self._stale = True
            self._guesses_asked = None
            self._busy_retried = False  # (a thread held back may try again: RR19-4)
            self._worker_held_back = False
            if Area.COLLECTIONS in changes:
                self._collections_changed()
            if self.dock.isVisible():
                self._timer.start()

    def _toggled(self, shown: bool) -> None:
        """Opened from the menu or Ctrl+3: the keys go to the list (arrows choose a
        statement, Tab goes on to its trail)."""
        if shown:
            self.dock.raise_()
            self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _visibility_changed(self, visible: bool) -> None:
        if visible and not self._sized and not self.dock.isFloating():
            # (its first show: room for the list and a trail, not the filter bar alone)
            self._sized = True
            self.window.resizeDocks([self.dock], [max(DOCK_MIN_HEIGHT,
                                                      self.window.height() * 3 // 10)],
                                    Qt.Orientation.Vertical)
        if visible and self._stale:
            self._collections_changed(build=True)
            self.reload()

    def _collections_changed(self, build: bool = False) -> None:
        if self._panel is None and not build:
            return  # (it reads them when it is built, on first show)
        self.panel.set_collections([c.name for c in self.library.collections.all()])

    def close(self) -> None:
        """The window is closing: no refresh may run on a library about to be closed, and
        a refresh or build under way in the thread stops at its next step (its part
        written aside dropped, its claim on the library withdrawn) before the window goes."""
        self._closed = True
        self._timer.stop()
        self._retry_timer.stop()
        self._find_timer.stop()
        self._stale = False
        dh.unlisten(self.library, self)
        self._stop_finder()
        self._stop_filler()
        thread, worker = self._thread, self._worker
        if thread is not None and worker is not None:
            _stopped(thread, worker, self._worker_done, cancel=True)
            self._thread = self._worker = None
            self._pending_trail = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def reload(self, after_worker: bool = False) -> None:
        """Bring the trail up to date in a thread, then the list; meanwhile the list reads
        the trail as kept (R14-7: a catch-up of another program's import, and the speakers
        of the listed statements, froze the window for seconds on its thread): a long job's
        list waits for it, and the speakers not worked out yet read "working out…" until
        the thread has them. A change while the list is shown leaves it as shown until the
        thread has caught the trail up (``after_worker``: its end), then reads it once:
        read at once too, it was read twice for every tag, the first time the trail as
        kept, nothing new (~27 ms of the window's thread each at 100,000 articles)."""
        if self.busy:
            return
        trail = self.library.trail
        try:
            # (speakers to work out again: not in a library read-only here, where the
            # thread could keep nothing and was started again at once, forever: reread19)
            behind = (not trail.built() or trail.long_job(BACKGROUND_ABOVE)
                      or trail.pending() > 0
                      or (trail.speakers_changed() and not self.library.read_only))
        except dh.USER_ERRORS as error:  # (a team library has no trail yet)
            self.panel.status.setText(core_text(error))
            self.panel.model.set_rows([])
            return
        if behind and not self._worker_held_back:
            self._start_worker()
            if not trail.built() or trail.pending() > BACKGROUND_ABOVE:
                return
            if (self._pending_cluster is None and self._listed == self.panel.current_filter()
                    and (not after_worker
                         or time.monotonic() - self._listed_at < RELIST_EVERY)):
                return  # (the list shown is the trail as kept: the thread's end reads it
                # again; at that end, read moments ago, another program still writing: at
                # most every RELIST_EVERY s, R14-7)
            # (only the filter or the signature rows of a trail built before them to make,
            # R13-11: the thread's job; the list reads the trail as kept meanwhile)
        wanted = self.panel.current_filter()
        model = self.panel.model
        current = self._pending_cluster or self.panel.current_cluster()
        chosen = self.panel.current_statement() if not self._pending_cluster else None
        item = chosen.item_id if chosen is not None else None
        try:
            with trail.without_waiting(), trail.kept_speakers_only():  # (as last kept)
                total = trail.cluster_count(wanted)

            def fetch(offset: int, limit: int) -> list:
                with trail.without_waiting(), trail.kept_speakers_only():
                    rows = trail.clusters(replace(wanted, limit=limit, offset=offset))
                if any(row.speaker_pending for row in rows):
                    QTimer.singleShot(0, self._guess_listed)  # (after the list shows)
                return rows

            def others(rows: list) -> dict:  # (a line each under its cluster's row)
                with trail.without_waiting(), trail.kept_speakers_only():
                    found = trail.other_statements(rows)
                if any(o.speaker_pending for its in found.values() for o in its):
                    QTimer.singleShot(0, self._guess_listed)
                return found

            same = wanted == self._listed  # the same listing again: as many rows as read
            model.set_source(fetch, total, keep=len(model.rows) if same else 0,
                             others=others)
        except dh.USER_ERRORS as error:  # (a speaker filter that could be two people…)
            self.panel.status.setText(core_text(error))
            model.set_rows([])
            self._listed = None
            self.panel.trail_view.show_empty(self.panel.filtered())  # (not the last trail)
            return
        self._stale = False
        self._listed = wanted
        self._listed_at = time.monotonic()
        self._pending_cluster = None
        self.find_speakers_soon()
        self.panel.status.setText(self.quoted_more_than_once(total))
        self.show_behind()
        if current is not None and item is not None and self.panel.select_cluster(
                current, item):
            self.show_statement(current, item)
        elif current is not None and self.panel.select_cluster(current):
            self.show_cluster(current)
        elif not total and self.panel.trail_view.trail is None:  # (a trail opened at a
            # quote stays: its statement may be quoted once, so not listed, R16-18)
            self.panel.trail_view.show_empty(self.panel.filtered())

    def _guess_listed(self) -> None:
        """The listed statements' speakers not worked out yet: worked out (and kept) by the
        view's thread, as many rows as the list read; the list is read again when it is done
        (``_worker_done``)."""
        model = self.panel.model
        if (self._closed or self.busy or self._worker_held_back or self._listed is None
                or not (any(row.speaker_pending for row in model.rows)
                        or any(o.speaker_pending for its in model.others.values()
                               for o in its))):
            return
        listed = replace(self._listed, limit=max(len(model.rows), 1))
        if listed != self._guesses_asked:
            self._guesses_asked = listed
            self._start_worker(listed=listed)

    def show_behind(self) -> None:
        """A team library's reader: one line saying the trail is behind the library and who
        brings it up to date (hidden when it is not, or when this Kutip catches it up)."""
        try:
            behind = self.library.trail.behind(
                True if self._worker_held_back else None)  # (its thread's refresh)
        except dh.USER_ERRORS:
            behind = None
        self.panel.behind.setText(core_text(behind) if behind else "")
        self.panel.behind.setVisible(bool(behind))

    def quoted_more_than_once(self, count: int) -> str:
        """The list's status: how many statements it holds, in the singular or plural."""
        if count == 0:
            return self.tr("No statement quoted more than once")
        if count == 1:
            return self.tr("1 statement quoted more than once")
        return self.tr("{n} statements quoted more than once").format(
            n=QLocale().toString(count))

    def _start_worker(self, rebuild: bool = False, listed: ClusterFilter | None = None
                      ) -> None:
        if listed is None:  # (a catch-up or a build; else the list's speakers only)
            self.panel.status.setText(self.tr("Grouping the library's quotations…"))
        self._worker_held_back = False
        self._worker = TrailWorker(self.library.path, rebuild,
                                   listed or self.panel.current_filter())
        self._thread = _in_thread(self, self._worker, self._worker_done)

    def _worker_done(self, report, error: str) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        _ended(thread)
        if error:
            self._pending_trail = None
            self.panel.status.setText(error)
            return
        self._worker_held_back = bool(getattr(report, "held_back", False))
        if not self._worker_held_back:
            self._busy_retried = False
        elif not self._busy_retried and not self.library.read_only:
            self._busy_retried = True  # (once: another program may be done by then)
            self._retry_timer.start()
        self._stale = True
        self.reload(after_worker=True)
        waiting, self._pending_trail = self._pending_trail, None
        if waiting is not None and not self.busy:
            self._open_trail(waiting)

    def _retry_held_back(self) -> None:
        """The one retry of a thread another program's write lock held back (RR19-4)."""
        if self._closed or self.busy or not self._worker_held_back:
            return
        self._worker_held_back = False
        self.reload()

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until a background refresh is done (tests, closing the window)."""
        if self._thread is not None:
            self._thread.wait(timeout_ms)

    # ------------------------------------------------------------------ idle time
    def find_speakers_soon(self) -> None:
        """The trail was brought up to date: once the library has not changed for
        FIND_DELAY_MS, work out in a thread the speakers of the versions no coder accepted
        yet, so the first open of their trails finds them kept (each would analyse its
        whole article: ~60 ms for a trail of 12 outlets' suggested quotations)."""
        if self._closed or not self._may_keep():
            return
        if self._finder is not None:
            self._find_again = True
        else:
            self._find_timer.start()  # (again: a burst of changes waits for its end)

    def _may_keep(self) -> bool:
        """Whether this login may keep the speakers it works out (a team library's reader
        may not: no thread is started for it)."""
        try:
            return self.library.trail.keeps_speakers()
        except dh.USER_ERRORS:
            return False

    def _start_finder(self) -> None:
        from PySide6.QtCore import QThread

        if self._closed or self._finder is not None or self.busy:  # (a refresh under way:
            return  # it asks again when it is done, ``_worker_done``'s reload)
        self._find_again = False
        self._finder = SpeakerFinder(self.library.path)
        self._finder_thread = _in_thread(self, self._finder, self._finder_done,
                                         QThread.Priority.LowPriority)

    def _finder_done(self, found: int) -> None:
        self.speakers_found += found
        thread, self._finder_thread, self._finder = self._finder_thread, None, None
        _ended(thread)
        if self._find_again:
            self._find_again = False
            self._find_timer.start()

    def _stop_finder(self) -> None:
        """Cancel the finder (it stops after the step under way) and wait for its thread."""
        thread, finder = self._finder_thread, self._finder
        self._finder_thread = self._finder = None
        self._find_again = False
        _stopped(thread, finder, self._finder_done, cancel=True)

    def wait_for_speakers(self, timeout_ms: int = 60_000) -> None:
        """Block until the speaker finder under way is done (tests)."""
        if self._finder_thread is not None:
            self._finder_thread.wait(timeout_ms)

    def rebuild(self) -> None:
        """Group every quotation again, in a thread (a minute on a large library); the
        dock shows that it is working and fills when it is done."""
        if self.busy:
            return
        self.dock.show()
        self.dock.raise_()
        self._start_worker(rebuild=True)

    # ------------------------------------------------------------------ trails
    def _row_chosen(self, cluster: int) -> None:
        """A cluster's row chosen in the list: its statement's trail, unless the trail shown
        is another statement of that cluster (a quote's, opened from the window) that has
        no line of its own under the row."""
        shown = self.panel.trail_view.trail
        if shown is not None and shown.cluster == cluster and any(
                v.item_id == o.item_id for o in self.panel.model.others.get(cluster, [])
                for v in shown.versions):  # (left a line of its own for its row)
            self.show_statement(cluster, None)
        else:
            self.show_cluster(cluster)

    def show_statement(self, cluster: int, item: int | None) -> None:
        """The trail of the statement of a cluster that quotation ``item`` is a version of
        (None: the one its row shows): a line of the list under its cluster's row."""
        self.show_cluster(cluster, item, keep=False)

    def show_cluster(self, cluster: int, item: int | None = None, keep: bool = True) -> None:
        service = self.library.trail
        shown = self.panel.trail_view.trail  # (the list read again: the statement shown
        # stays, a cluster's trail being one of its statements, ``trail_of_cluster``)
        if keep and item is None:
            item = shown.item if shown is not None and shown.cluster == cluster else None
        try:
            with service.kept_speakers_only():  # (the others: the filler's thread, R14-3)
                trail = service.trail_of_cluster(cluster, item)
        except dh.USER_ERRORS as error:
            self.panel.status.setText(core_text(error))
            return
        self.panel.trail_view.show_trail(trail)
        self._fill_speakers(trail)

    def _fill_speakers(self, trail) -> None:
        """The shown trail's versions whose speakers are not worked out yet: worked out in
        a thread, and the trail shown again with them if it is still the one shown."""
        if self._closed or not trail.speakers_pending:
            return
        if self._filler is not None:
            self._fill_next = trail.cluster  # (after the one under way: the last shown)
            return
        self._filler = TrailFiller(self.library.path, trail.cluster, trail.item)
        self._filler_thread = _in_thread(self, self._filler, self._filler_done)

    def _filler_done(self, cluster: int, trail) -> None:
        filler = self._filler
        thread, self._filler_thread, self._filler = self._filler_thread, None, None
        _ended(thread)
        shown = self.panel.trail_view.trail
        if (trail is not None and shown is not None and shown.cluster == cluster
                and shown.speakers_pending and filler is not None
                and filler.item == shown.item):  # (the statement
            # shown: a cluster's trail shows one of its statements, ``trail_of_cluster``)
            bar = self.panel.trail_view.browser.verticalScrollBar()
            at = bar.value()  # (where the reader was in it)
            self.panel.trail_view.show_trail(trail)
            bar.setValue(at)
        waiting, self._fill_next = self._fill_next, None
        if waiting is not None and shown is not None and shown.cluster == waiting:
            self._fill_speakers(shown)

    def _stop_filler(self) -> None:
        thread, filler = self._filler_thread, self._filler
        self._filler_thread = self._filler = None
        self._fill_next = None
        _stopped(thread, filler, self._filler_done)

    def wait_for_trail(self, timeout_ms: int = 60_000) -> None:
        """Block until the shown trail's speakers are worked out (tests)."""
        if self._filler_thread is not None:
            self._filler_thread.wait(timeout_ms)

    def show_trail(self, annotation_id: int) -> None:
        """Open the dock on the trail of a quote annotation (once a long build in a thread,
        under way or needed first, is done)."""
        self._open_trail(annotation_id)

    def show_trail_at(self, article_id: int, at: int) -> None:
        """Open the dock on the trail of the quoted passage at character ``at`` of an
        article, annotated or not (what `kutip trail ARTICLE:CHARACTER` shows)."""
        self._open_trail((article_id, at))

    def _open_trail(self, where: int | tuple[int, int]) -> None:
        try:
            service = self.library.trail
            if self.busy or (service.long_job(BACKGROUND_ABOVE)
                             and not self._worker_held_back):
                self._pending_trail = where
                self.dock.show()
                self.dock.raise_()
                if not self.busy:
                    self._start_worker()
                return
            with service.without_waiting():  # (another program writing: as last kept)
                if isinstance(where, tuple):
                    trail = service.trail_at(*where)  # (brings the trail up to date itself)
                else:
                    service.refresh()
                    with service.kept_speakers_only():  # (R14-3: ``_fill_speakers``)
                        trail = service.trail(where)  # (the statement of this quote)
        except dh.USER_ERRORS as error:
            dh.show_error(self.window, self.tr("Quote trail"), core_text(error))
            return
        self.find_speakers_soon()  # (the other trails' versions, in idle time)
        self.dock.show()
        self.dock.raise_()
        if not self.panel.select_trail(trail):
            self.panel.table.clearSelection()
        self.panel.trail_view.show_trail(trail)
        self._fill_speakers(trail)
        self.show_behind()

    def show_current_trail(self) -> None:
        annotation = self.window.annotation_pane.current_annotation()
        if annotation is None:
            dh.show_error(self.window, self.tr("Quote trail"),
                    self.tr("Select a quote in the annotation list first."))
            return
        self.show_trail(annotation.id)

    def _annotation_menu(self, pos: QPoint) -> None:
        pane = self.window.annotation_pane
        index = pane.list.indexAt(pos)
        if not index.isValid():
            return
        pane.list.setCurrentIndex(index)
        annotation = pane.current_annotation()
        if annotation is None:
            return
        menu = QMenu(pane.list)
        action = menu.addAction(self.tr("Show Quote Trail"))
        action.setEnabled(annotation.kind == "quote")
        action.triggered.connect(lambda _=False, a=annotation.id: self.show_trail(a))
        menu.addAction(self.window.delete_annotation_action)
        self.last_menu = menu
        menu.popup(pane.list.viewport().mapToGlobal(pos))

    def _reader_menu(self, menu: QMenu, annotation, suggestion=None) -> None:
        """The article text's context menu on a quote, annotated or only suggested (its
        passage is in the trail all the same): Show Quote Trail."""
        if annotation is not None and annotation.kind == "quote":
            menu.addSeparator()
            action = menu.addAction(self.tr("Show Quote Trail"))
            action.triggered.connect(lambda _=False, a=annotation.id: self.show_trail(a))
        elif (annotation is None and suggestion is not None and suggestion.kind == "quote"
              and self.window.article_id is not None):
            menu.addSeparator()
            action = menu.addAction(self.tr("Show Quote Trail"))
            action.triggered.connect(lambda _=False, a=self.window.article_id,
                                     at=suggestion.start: self.show_trail_at(a, at))

    def open_version(self, article_id: int, start: int, end: int) -> None:
        """Open the article at the quotation and select its annotation if it has one, else
        the quote annotated inside it (a suggested passage a coder quoted part of)."""
        window = self.window
        window.library_panel.select_article(article_id, emit=False)
        window.open_article(article_id)
        if window.article_id != article_id:
            return
        window.reader.select_span(start, end)
        annotations = window.library.annotations.for_article(article_id)
        exact = [a for a in annotations if (a.start, a.end) == (start, end)]
        inside = sorted((a for a in annotations if a.kind == "quote" and a.anchor != "orphan"
                         and start <= a.start and a.end <= end), key=lambda a: a.start)
        chosen = (exact or inside)[:1]
        if chosen:
            window.annotation_pane.select(chosen[0].id, emit=False)


def install(window) -> QuotesController:
    """Add the Quotes dock and the trail actions to ``window`` (a MainWindow)."""
    return QuotesController(window)
