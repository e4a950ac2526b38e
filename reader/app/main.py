"""Start the desktop app: ``kutip`` with no command, or the ``kutip-gui`` launcher."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

from ..core.paths import is_team_url

LOG_NAME = "kutip-errors.log"
LOG_LIMIT = 1_000_000  # bytes; the log is started afresh (one old copy kept) beyond this


def error_log_path() -> Path:
    """Where unexpected errors are written: ``kutip-errors.log`` in the user data folder."""
    import platformdirs

    from ..core.paths import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / LOG_NAME


def log_error(exc_type, error, tb) -> Path | None:
    """Append the traceback to the error log; returns its path, or None if it cannot be written."""
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_suffix(".log.1"))
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n{''.join(traceback.format_exception(exc_type, error, tb))}")
    except OSError:
        return None
    return path


def cannot_open() -> str:
    from .i18n import translate

    return translate("Main", "Kutip cannot open the library")


def say_kept(parent, kept: str | None) -> None:
    """Tell what closing a library kept, when its file was replaced while it was open (a
    sync tool renamed another copy over it, review R17-1): its changes are in a copy."""
    if not kept:
        return
    from . import dialog_helpers
    from .i18n import translate

    dialog_helpers.show_info(
        parent, translate("Main", "The library file was replaced while open"),
        translate("Main", "Another program put a different file where this library was "
                  "while Kutip had it open. What Kutip had, with its latest changes, is kept "
                  "in {path}; the file now in the library's place was left as it is.")
        .format(path=kept))


def aside(parent, text: str, work):
    """``work()`` on a thread of its own, the window's thread showing a busy dialog saying
    ``text`` if it takes longer than a moment (the window keeps painting); its result, or
    its exception raised here. For what can take long on a large library and must not
    freeze the window: keeping a copy of a library replaced while open (``Library.close``,
    26 s at 100,000 articles on this machine) or of one read with another file's journal
    (opening), an upgrade's backup (opening)."""
    import threading
    import time

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog

    done: dict[str, object] = {}

    def run() -> None:
        try:
            done["result"] = work()
        except BaseException as error:  # (raised again on the window's thread)
            done["error"] = error

    thread = threading.Thread(target=run, name="kutip-aside")
    thread.start()
    thread.join(0.3)
    if thread.is_alive():
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)  # (a copy half made is of no use: it finishes)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        started = time.monotonic()
        while thread.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.05 if time.monotonic() - started < 1 else 0.1)
        dialog.close()
        dialog.deleteLater()
    thread.join()
    if "error" in done:
        raise done["error"]  # type: ignore[misc]
    return done.get("result")


def close_library(parent, library) -> str | None:
    """Close ``library`` (``Library.close``), aside from the window's thread when its file
    was replaced while open: the copy of what it had is then made first."""
    from .i18n import translate

    if not library.replaced():
        return library.close()
    return aside(parent, translate("Main", "Keeping a copy of what Kutip had of the library "
                                           "whose file was replaced…"), library.close)


def describe_error(error: BaseException, library=None, log: Path | None = None) -> tuple[str, str]:
    """A message box title and one clear message for an error nobody caught."""
    from ..core.store import damaged_message, is_damage
    from .dialog_helpers import USER_ERRORS
    from .i18n import core_text, translate

    damaged = translate("Main", "The library file is damaged")
    if is_damage(error):
        if library is not None:  # and refuse every later write to that file
            return damaged, core_text(library.mark_damaged(error))
        return damaged, core_text(damaged_message(translate("Main", "the library"), error))
    if isinstance(error, USER_ERRORS):
        return "Kutip", core_text(error)
    where = (" " + translate("Main", "The details were written to {path}.").format(path=log)
             if log else "")
    return (translate("Main", "Something went wrong"),
            translate("Main", "Kutip met an unexpected error: {error}.").format(
                error=f"{type(error).__name__}: {error}") + where)


def install_excepthook(library=None):
    """Show errors nobody caught in a message box and log them, instead of dying silently.

    Returns the previous hook (to put back).
    """
    from . import dialog_helpers

    previous = sys.excepthook

    def hook(exc_type, error, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, error, tb)
            return
        log = log_error(exc_type, error, tb)
        try:
            from PySide6.QtWidgets import QApplication

            from ..core.store import is_damage

            if library is not None and is_damage(error):  # said once, however often met
                dialog_helpers.report_damage(QApplication.activeWindow(), library, error)
                return
            title, message = describe_error(error, library, log)
            dialog_helpers.show_error(QApplication.activeWindow(), title, message)
        except Exception:  # no GUI left to show it: at least print it
            previous(exc_type, error, tb)

    sys.excepthook = hook
    return previous


def settle_after_start() -> None:
    """What was made while starting (modules, classes, the window and its panes) lives as
    long as the app: move it out of the cyclic collector's way (``gc.freeze``). A full
    collection during work walked all of it (27–45 ms, the slowest tag with Q of a run);
    frozen, it walks only what was made since."""
    import gc

    gc.freeze()


def tidy_data_folder() -> None:
    """Once the window has started: forget the journal marks of libraries that are gone
    (``store.prune_journal_owners``; a few ms for hundreds)."""
    from ..core.store import prune_journal_owners

    prune_journal_owners()


def run(db: Path | str | None = None, articles: list[Path] | None = None) -> int:
    """The app on ``db`` (None: the default library); ``articles``: files to import into
    it once the window has started (``given``)."""
    import gc
    import os

    from ..core.desktop import no_display
    from ..core.export.language import locale_language, translated

    reason = no_display(os.environ, sys.platform)
    if reason is not None:  # (Qt would abort with a core dump and wrong advice: R21-13)
        print(translated(reason, locale_language(os.environ)), file=sys.stderr)
        return 1

    # What is built until the window's first frame (modules, classes, the window) lives as long
    # as the app, and makes few cycles: Python's collector, walking it all again and again on
    # the way (~70 collections), is paused until that frame is shown (issue 12)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(db, collecting, articles or [])
    finally:
        if collecting:
            gc.enable()


def _run(db: Path | str | None, collecting: bool, articles: list[Path]) -> int:
    import gc

    from PySide6.QtWidgets import QApplication

    from ..core.library import open_library
    from ..core.store import StoreError
    from . import app_style, dialog_helpers, i18n
    from .main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        app = app_style.new_application(sys.argv)  # (drawn by Fusion)
    else:
        app_style.apply(app)  # Fusion
    app.setOrganizationName("Kutip")
    app.setApplicationName("Kutip")
    app.setApplicationDisplayName("Kutip")

    i18n.install(i18n.chosen_language())
    app.setDesktopFileName("io.github.kutip.Kutip")  # matches resources/linux/*.desktop
    from .icons import app_icon

    app.setWindowIcon(app_icon())
    try:
        if db is not None and is_team_url(db):  # (asking for its password if need be)
            from .password_dialog import open_asking_password

            library = open_asking_password(None, str(db))
            if library is None:
                return 1
        else:
            library = open_library(db)  # only the default library's first run: the sample
    except StoreError as error:
        dialog_helpers.show_error(None, cannot_open(), i18n.core_text(error))
        return 1
    previous_hook = install_excepthook(library)
    try:
        try:
            window = MainWindow(library)
            if collecting:  # (the collector back on: it finds what the start left)
                window.firstFrameShown.connect(gc.enable)
            window.startFinished.connect(settle_after_start)
            window.startFinished.connect(tidy_data_folder)
            window.startFinished.connect(window.offer_unsaved)  # (what the last close kept)
            merged = [p for p in articles if p.name.lower().endswith(MERGED_SUFFIXES)]
            articles = [p for p in articles if p not in merged]
            if articles:  # (opened with Kutip from the desktop: imported, R20-14)
                window.startFinished.connect(lambda: window.imports.import_paths(articles))
            for path in merged:  # (each asked about, as File › Merge Library File… does)
                window.startFinished.connect(
                    lambda path=path: window.exchange.merge_path(str(path)))
        except StoreError as error:  # e.g. damage met while reading the first rows
            dialog_helpers.show_error(None, *describe_error(error, library))
            return 1
        window.show()
        window.coding_as.ask_first_time()  # the first start: who is coding?
        try:  # damage found earlier (by any process): open for reading, say it once
            library.refuse_if_damaged()
        except StoreError as error:
            dialog_helpers.report_damage(window, library, error)
        session = Session(library, window)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        say_kept(None, close_library(
            None, session.library if "session" in locals() else library))


def _opening() -> str:
    from .i18n import translate

    return translate("Main", "Opening the library…")


class Session:
    """The open library and its window; File → New/Open Library switches both."""

    def __init__(self, library, window) -> None:
        self.library, self.window = library, window
        window.libraryRequested.connect(self.switch)
        window.recentRequested.connect(self.open_recent)

    def open_recent(self, path: str) -> bool:
        """File → Open Recent: a library opened before is opened, never made anew; when it is
        not there any more, say so and offer to take it off the list (review R15-16)."""
        return self.switch(path, existing=True)

    def switch(self, path: str, existing: bool = False) -> bool:
        from ..core.library import open_library
        from ..core.store import StoreError
        from . import dialog_helpers
        from .i18n import core_text

        if not is_team_url(path) and self._replaced_here(path):
            return self._reopen_replaced(path, existing)
        try:
            # a new library starts empty; a team library is named by its URL (and may ask
            # for its password)
            if is_team_url(path):
                from .password_dialog import open_asking_password

                library = open_asking_password(self.window, path)
                if library is None:
                    return False
            else:
                library = aside(self.window, _opening(), lambda: open_library(
                    Path(path), existing=existing))
        except (StoreError, OSError) as error:
            code = getattr(error.args[0] if error.args else None, "code", "")
            if existing and code in ("store.library-not-there", "store.folder-not-there"):
                self._offer_to_forget(path, core_text(error))
            else:
                dialog_helpers.show_error(self.window, cannot_open(), core_text(error))
            return False
        old_window, old_library = self.window, self.library
        old_window.close()  # saves the window's state and what was being typed
        kept = close_library(old_window, old_library)
        self._show(library, old_window, kept)
        return True

    def _show(self, library, old_window, kept: str | None) -> None:
        """``library`` in a new window in place of ``old_window`` (closed, its library
        too); then what closing kept, if its file was replaced while open."""
        from .main_window import MainWindow

        self.library = library
        self.window = MainWindow(library, old_window.settings)
        self.window.startFinished.connect(settle_after_start)
        self.window.libraryRequested.connect(self.switch)
        self.window.recentRequested.connect(self.open_recent)
        self.window.show()
        old_window.deleteLater()
        say_kept(self.window, kept)

    def _replaced_here(self, path: str) -> bool:
        """Whether ``path`` is where the open library is, and another file was put there
        while it was open (review R17-1)."""
        try:
            same = (os.path.realpath(path) == os.path.realpath(os.fspath(self.library.path)))
        except (OSError, ValueError):
            return False
        return same and self.library.replaced()

    def _reopen_replaced(self, path: str, existing: bool) -> bool:
        """Open the file that replaced the open library at ``path``: opened next to the open
        one, it would be read with that one's journal, so it was refused until Kutip quit
        (review17). The open library is closed first (what it had is kept in a copy beside
        the file, and said), then the new file opened; should that fail, the kept copy is
        opened instead, else the user's own library, so a window stays."""
        from ..core.library import open_library
        from ..core.store import StoreError
        from . import dialog_helpers
        from .i18n import core_text

        old_window, old_library = self.window, self.library
        old_window.close()
        kept = close_library(old_window, old_library)
        library = None
        for where in (path, *([kept] if kept else []), None):  # (None: the user's own)
            try:
                library = aside(None, _opening(), lambda where=where: (
                    open_library(Path(where), existing=existing) if where == path
                    else open_library(Path(where) if where else None)))
            except (StoreError, OSError) as error:
                dialog_helpers.show_error(None, cannot_open(), core_text(error))
                continue
            break
        if library is None:  # (not even the user's own library: no window to show)
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return False
        self._show(library, old_window, kept)
        return where == path


    def _offer_to_forget(self, path: str, said: str) -> None:
        from . import dialog_helpers
        from .i18n import translate

        if dialog_helpers.confirm(
                self.window, cannot_open(), said,
                translate("Main", "Remove it from File → Open Recent?"),
                ok_text=translate("Main", "Remove from List")):
            self.window.forget_recent(path)


#: Qt's own command-line options (QGuiApplication, QApplication, X11), which QApplication
#: takes out of ``sys.argv`` itself: those after which a value follows, then the others.
#: Qt reads ``--name`` as ``-name`` too.
QT_OPTIONS_WITH_VALUE = frozenset({
    "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
    "qwindowicon", "qwindowtitle", "session", "style", "stylesheet", "display", "geometry"})
QT_OPTIONS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})


def _qt_option(arg: str) -> tuple[str, bool] | None:
    """``arg``'s Qt option name and whether its value is the next argument (False: none,
    or given as ``-name=value``); None when it is not one of Qt's."""
    name = arg[2:] if arg.startswith("--") else arg[1:]
    name, equals, _ = name.partition("=")
    if name in QT_OPTIONS_WITH_VALUE:
        return name, not equals
    if name.startswith("qmljsdebugger") or (name in QT_OPTIONS and not equals):
        return name, False
    return None


def given(args: list[str]) -> tuple[Path | str | None, list[Path]]:
    """``kutip-gui``'s arguments: the library to open (a file, a team library's URL; None:
    the default one) and the article files to import into it, as a drop on the window does.
    The desktop's "Open with Kutip" passes articles (the launcher claims text, Markdown,
    HTML and PDF: ``%F``), which were opened as the library: refused, and an empty one
    made into a database (R20-14). An article is a file Kutip imports (by its name) that
    is no SQLite database; anything else is the library, as before (a new file too). Qt's
    own options (``-platform offscreen``, ``-style``, ``-reverse`` …) are Qt's: skipped
    here, and QApplication takes them from ``sys.argv``."""
    from ..core.desktop import no_such_article, no_such_option, one_library, option_needs_value

    library: Path | str | None = None
    articles: list[Path] = []
    value_next = False
    option = ""
    for arg in args:
        if value_next:  # (Qt's: ``-platform offscreen``)
            value_next = False
            if arg.startswith("-") or (":" not in arg and ("." in arg or "/" in arg)):
                raise ValueError(option_needs_value(option))  # (a file: RR22-5, Qt aborted)
            continue
        qt = _qt_option(arg) if arg.startswith("-") else None
        if qt is not None:  # (Qt's own options pass through to Qt: ae7c33a5 refused them)
            value_next, option = qt[1], arg
            continue
        if arg.startswith("-"):  # (never a library made of "--help": R21-1)
            raise ValueError(no_such_option(arg))
        if not is_team_url(arg) and (_an_article(Path(arg)) or _to_merge(Path(arg))):
            articles.append(Path(arg))  # (a .kutip or .qdpx: merged, as File › Merge does)
            continue
        if not is_team_url(arg) and _missing_article(Path(arg)):  # (a typo: not a library)
            raise ValueError(no_such_article(arg))
        if library is not None:
            raise ValueError(one_library(str(library), arg))
        library = arg if is_team_url(arg) else Path(arg)
    if value_next:  # (``kutip-gui lib.sqlite -platform``: Qt aborted, RR22-5)
        raise ValueError(option_needs_value(option))
    return library, articles


#: files kutip-gui merges into the library it opens (the app's Merge Library File… and
#: Import REFI-QDA Project…), by their suffix: "kutip-gui lib.sqlite ana.kutip" said "one
#: library at a time" (review note, session 22)
MERGED_SUFFIXES = (".kutip", ".qdpx")


def _to_merge(path: Path) -> bool:
    """A library file (.kutip) or REFI-QDA project (.qdpx) there: a zip, merged."""
    if not path.name.lower().endswith(MERGED_SUFFIXES):
        return False
    try:
        with open(path, "rb") as handle:
            return path.is_file() and handle.read(2) == b"PK"
    except OSError:
        return False


def _missing_article(path: Path) -> bool:
    """A name Kutip imports as an article or merges (by its suffix) of no file there."""
    from ..core.importers.paths import SUPPORTED_SUFFIXES

    if not path.name.lower().removesuffix(".gz").endswith(
            SUPPORTED_SUFFIXES + MERGED_SUFFIXES):
        return False
    try:
        return not path.exists()
    except OSError:
        return False  # (``_an_article`` took it: the import says why)


def _an_article(path: Path) -> bool:
    from ..core.files import SQLITE_HEADER
    from ..core.importers.paths import SUPPORTED_SUFFIXES

    name = path.name.lower().removesuffix(".gz")
    if not name.endswith(SUPPORTED_SUFFIXES):
        return False
    try:
        if not path.is_file():
            return False
    except OSError:  # (a name too long for the file system: the import says so, R21-11)
        return True
    try:  # (no library is open in this process yet: reading its header drops no lock)
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except OSError:
        return True  # (the import says why it cannot be read)


def main() -> None:
    from .. import __version__
    from ..core.desktop import gui_usage
    from ..core.export.language import locale_language, translated

    args = sys.argv[1:]
    language = locale_language(os.environ)
    if args[:1] in (["--help"], ["-h"]):
        print(translated(gui_usage(), language))
        sys.exit(0)
    if args[:1] == ["--version"]:
        print(f"kutip-gui {__version__}")
        sys.exit(0)
    try:
        library, articles = given(args)
    except ValueError as error:
        print(translated(error.args[0], language), file=sys.stderr)
        sys.exit(2)
    platform = platform_given(args)
    if platform:  # (Qt takes it before QT_QPA_PLATFORM: the display check must too)
        os.environ["QT_QPA_PLATFORM"] = platform
    sys.exit(run(library, articles))


def platform_given(args: list[str]) -> str:
    """The value of Qt's ``-platform`` option among ``args`` (the last one), or ""."""
    found = ""
    for i, arg in enumerate(args):
        qt = _qt_option(arg) if arg.startswith("-") else None
        if qt is not None and qt[0] == "platform":
            found = (args[i + 1] if i + 1 < len(args) else "") if qt[1] else arg.partition("=")[2]
    return found
