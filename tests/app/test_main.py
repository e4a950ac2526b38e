"""The app's last line of defence: errors nobody caught become a message box and a log line."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.app import dialog_helpers, main
from reader.app.main_window import MainWindow
from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.store import DamagedLibrary, damage_marker
from tests.conftest import SEED


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(dialog_helpers, "show_error",
                        lambda parent, title, message: calls.append((title, message)))
    return calls


@pytest.fixture
def hook():
    """Install the app's hook for one test and put the previous one back afterwards."""
    previous = sys.excepthook
    yield main.install_excepthook
    sys.excepthook = previous


def damaged_library(path, count: int = 30, repeat: int = 500, everywhere: bool = False):
    """A library with garbled pages in the middle (``everywhere``: all over the file)."""
    with Library(path) as library:
        for n in range(count):
            library.articles.add(ImportedArticle(title=f"Berita {n}",
                                                 text=f"Isi nomor {n}. " * repeat,
                                                content_hash=f"hash-{n}"))
        library.stores.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    if everywhere:  # pages of the articles table all over the file (met while painting rows)
        spots, size = _article_pages(path), 4096
    else:  # ten pages of the articles table in the middle (never a page of the schema)
        pages = _article_pages(path, count=len(_article_pages(path, count=1000)))
        middle = len(pages) // 2
        spots, size = pages[max(0, middle - 5):middle + 5], 4096
    for at in spots:
        data[at:at + size] = b"\xa5" * size
    path.write_bytes(bytes(data))
    return Library(path)


def _article_pages(path, count: int = 7) -> list[int]:
    """Offsets of ``count`` pages of the articles table spread over the file (not the pages of
    its indexes, which opening the window reads whatever is painted). Where SQLite has no
    ``dbstat``, evenly spread offsets."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
            " ORDER BY pageno")]
    except sqlite3.OperationalError:
        length = path.stat().st_size
        return list(range(length // 8, length, length // 8))[:count]
    finally:
        conn.close()
    step = max(1, len(pages) // (count + 1))
    return [(p - 1) * size for p in pages[step::step][:count]]


def test_a_damaged_library_met_while_reading_gets_one_message_and_no_more_writes(
        tmp_path, shown, hook):
    library = damaged_library(tmp_path / "library.sqlite")
    try:
        hook(library)
        with pytest.raises(DamagedLibrary) as raised:  # the store's error, never sqlite3's
            library.search.find("berita")
        assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
        sys.excepthook(raised.type, raised.value, raised.tb)

        [(title, message)] = shown
        assert title == "The library file is damaged"
        assert message.startswith(f"The library file is damaged: {library.path}")
        assert "backup" in message and "\n" not in message
        assert "DatabaseError" in main.error_log_path().read_text()  # (the cause's trace)
        with pytest.raises(DamagedLibrary):
            library.articles.add(ImportedArticle(title="Baru", text="Isi.", content_hash="b"))
    finally:
        library.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_and_logged_not_lost(qtbot, shown, hook, tmp_path):
    hook(None)

    def broken() -> None:
        raise RuntimeError("the sidebar fell over")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)

    [(title, message)] = shown
    assert title == "Something went wrong"
    assert "RuntimeError: the sidebar fell over" in message
    log = main.error_log_path()
    assert str(log) in message and str(tmp_path) in str(log)
    assert "the sidebar fell over" in log.read_text()


def test_run_reports_damage_found_while_building_the_window(qtbot, monkeypatch, shown, tmp_path):
    def damaged_window(library):  # as the stores raise it: the store's error
        raise library.mark_damaged(sqlite3.DatabaseError("database disk image is malformed"))

    monkeypatch.setattr("reader.app.main_window.MainWindow", damaged_window)
    before = sys.excepthook

    assert main.run(tmp_path / "library.sqlite") == 1

    [(title, message)] = shown
    assert title == "The library file is damaged" and "library.sqlite" in message
    assert sys.excepthook is before


@pytest.mark.qt_no_exception_capture
def test_a_damaged_library_shows_one_message_however_much_is_painted(
        qtbot, tmp_path, settings, shown, hook):
    path = tmp_path / "library.sqlite"
    library = damaged_library(path, count=400, repeat=80, everywhere=True)
    try:
        hook(library)
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        table = window.library_panel.table
        for row in range(0, window.library_panel.model.rowCount(), 20):  # scroll it all
            table.scrollTo(window.library_panel.model.index(row, 0))
            table.viewport().repaint()  # the rows shown are read (and met damaged) now
        qtbot.waitUntil(lambda: bool(shown))
        QApplication.processEvents()  # and whatever else the reads queued: still one message
        damaged = [m for t, m in shown if t == "The library file is damaged"]
        assert len(shown) == 1 and len(damaged) == 1, shown
        assert damage_marker(path).exists()
        with pytest.raises(DamagedLibrary):
            library.tags.create("baru")
    finally:
        library.close()


def test_starting_on_a_library_found_damaged_before_says_so_once(monkeypatch, shown, tmp_path):
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "library.sqlite"
    damaged_library(path).close()
    damage_marker(path).write_text("The library file is damaged: found by the command line.\n")
    windows = []

    class Window:
        class libraryRequested:  # noqa: N801 (stands in for the window's signal)
            @staticmethod
            def connect(slot):
                pass

        startFinished = libraryRequested  # (other signals the launcher connects)
        firstFrameShown = libraryRequested
        recentRequested = libraryRequested

        def __init__(self, library):
            self.library = library
            windows.append(self)

        def show(self):
            pass

        def offer_unsaved(self):  # (what the launcher connects to startFinished)
            pass

        class coding_as:  # noqa: N801 (stands in for Library > Coding as …)
            @staticmethod
            def ask_first_time():
                pass

    monkeypatch.setattr("reader.app.main_window.MainWindow", Window)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    before = sys.excepthook

    assert main.run(path) == 0  # opens (for reading) …

    [(title, message)] = shown  # … and says once why nothing can be changed
    assert title == "The library file is damaged" and "command line" in message
    assert sys.excepthook is before


def test_kutip_gui_given_articles_imports_them_into_the_library(monkeypatch, tmp_path,
                                                                 qtbot):
    """R20-14: the launcher claims text, Markdown, HTML and PDF files and passes them
    (``%F``), and kutip-gui opened the first as the LIBRARY: "berita.txt is not a Kutip
    library", and an empty one was made into a 483 KB database. Articles are imported
    into the library (the default one, or one named with them), as a drop does; a file
    that is a library stays one."""
    from reader.app.coding_as import CodingAs
    from reader.app.import_controller import ImportController

    monkeypatch.setattr(CodingAs, "ask_first_time", lambda self: None)  # (its own tests')
    story = tmp_path / "berita.txt"
    story.write_text("Judul\n\nIsi berita yang cukup panjang.", encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    page = tmp_path / "halaman.html.gz"
    page.write_bytes(b"\x1f\x8b")
    library = tmp_path / "library.sqlite"
    assert main.given([str(story)]) == (None, [story])  # (the default library)
    assert main.given([str(library), str(story), str(empty), str(page)]) == (
        library, [story, empty, page])
    Library(library).close()
    disguised = tmp_path / "pustaka.txt"  # (a library, whatever its name)
    disguised.write_bytes(library.read_bytes())
    assert main.given([str(disguised)]) == (disguised, [])
    assert main.given(["postgresql://h/tim", str(story)]) == ("postgresql://h/tim", [story])

    imported = []
    monkeypatch.setattr(ImportController, "import_paths",
                        lambda self, paths: imported.append(list(paths)))

    def run_until_imported(self):
        qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_imported)
    monkeypatch.setattr(sys, "argv", ["kutip-gui", str(library), str(story), str(empty)])
    with pytest.raises(SystemExit):
        main.main()
    assert imported == [[story, empty]]
    assert empty.read_bytes() == b""  # (never made into a library)


def test_kutip_gui_given_a_library_file_merges_it_asking_first(monkeypatch, tmp_path, qtbot):
    """`kutip-gui lib.sqlite ana.kutip` (a colleague's file, opened with Kutip) said "one
    library at a time". A .kutip or .qdpx given is merged into the library opened, with
    the Merge dialog's question; one that is not there is a typo, not a new library."""
    from reader.app.coding_as import CodingAs

    monkeypatch.setattr(CodingAs, "ask_first_time", lambda self: None)
    ana = tmp_path / "ana.sqlite"
    with Library(ana) as colleague:
        colleague.imports.paths([SEED])
        colleague.exchange.export_file(tmp_path / "ana.kutip")
    library = tmp_path / "library.sqlite"
    Library(library).close()
    kutip = tmp_path / "ana.kutip"
    assert main.given([str(library), str(kutip)]) == (library, [kutip])
    assert main.given([str(kutip)]) == (None, [kutip])  # (the default library)
    with pytest.raises(ValueError, match="no such file"):
        main.given([str(library), str(tmp_path / "ani.kutip")])

    asked = []
    monkeypatch.setattr(dialog_helpers, "confirm",
                        lambda parent, title, question, *a, **k: asked.append(question) or True)
    monkeypatch.setattr(dialog_helpers, "show_info", lambda *a, **k: None)

    def run_until_merged(self):
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_merged)
    monkeypatch.setattr(sys, "argv", ["kutip-gui", str(library), str(kutip)])
    with pytest.raises(SystemExit):
        main.main()
    assert asked == ["Merge ana.kutip?"]
    with Library(library) as merged:
        assert len(merged.articles.ids()) == 1


@pytest.mark.parametrize(("args", "out", "err"), [
    (["--help"], "Usage: kutip-gui [LIBRARY] [ARTICLE…]", ""),
    (["-h"], "Usage: kutip-gui [LIBRARY] [ARTICLE…]", ""),
    (["--version"], "kutip-gui 0.1.0", ""),
    (["--verbose"], "", "kutip-gui: there is no option --verbose (kutip-gui --help)."),
    (["berita-typo.html"], "", "kutip-gui: no such file: berita-typo.html"),
    (["satu.sqlite", "dua.sqlite"], "", "kutip-gui: one library at a time: satu.sqlite and"
                                        " dua.sqlite were both given."),
])
def test_kutip_gui_arguments_it_cannot_take_are_one_line_and_no_library(
        monkeypatch, tmp_path, capsys, args, out, err):
    """R21-1: `kutip-gui --help`, `--version` or a mistyped article's name each made a
    library file of that name and opened the window on it; a second library was ignored.
    Help and the version are printed, the rest refused in one line; no file is made."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setattr(sys, "argv", ["kutip-gui", *args])
    monkeypatch.setattr(main, "run", lambda *a, **k: pytest.fail("the app was started"))
    with pytest.raises(SystemExit) as ended:
        main.main()
    said = capsys.readouterr()
    assert ended.value.code == (0 if out else 2)
    assert said.out.startswith(out) if out else said.out == ""
    assert said.err.strip() == err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [
    ["-platform", "offscreen"], ["--platform", "offscreen"], ["-platform=offscreen"],
    ["-style", "Fusion", "-reverse"], ["-qwindowtitle", "Kutip kantor", "-platform", "offscreen"],
])
def test_kutip_gui_passes_qts_own_options_to_qt(monkeypatch, tmp_path, args):
    """ae7c33a5 (R21-1) refused every option, Qt's own too: `kutip-gui -platform offscreen`
    said 'there is no option -platform'. Qt's options (and their values) pass through to
    QApplication, which takes them from sys.argv; the library is still the default one."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # (main sets it from -platform)
    monkeypatch.setattr(sys, "argv", ["kutip-gui", *args])
    started = []
    monkeypatch.setattr(main, "run", lambda library, articles: started.append(
        (library, articles)) or 0)
    with pytest.raises(SystemExit) as ended:
        main.main()
    assert ended.value.code == 0 and started == [(None, [])]
    assert main.given([*args, "lib.sqlite"]) == (Path("lib.sqlite"), [])
    assert list(tmp_path.iterdir()) == []
    assert main.platform_given(args) == ("offscreen" if "offscreen" in " ".join(args) else "")


def test_an_option_that_only_looks_like_qts_is_still_refused():
    with pytest.raises(ValueError):
        main.given(["-platformx", "offscreen"])
    with pytest.raises(ValueError):
        main.given(["-reverse=1"])


@pytest.mark.parametrize("args", [
    ["-platform", "lib.sqlite"], ["lib.sqlite", "-platform"], ["-style", "-platform", "xcb"],
    ["-platform", "./kutip/lib.sqlite"],
])
def test_a_qt_option_without_its_value_is_one_line_not_qts_abort(args):
    """RR22-5: `kutip-gui -platform lib.sqlite` gave the library's name to Qt as a platform
    (Qt's abort and core dump); `kutip-gui lib.sqlite -platform` the same with none."""
    with pytest.raises(ValueError) as refused:
        main.given(args)
    assert "needs its value right after it" in str(refused.value)
    assert main.given(["-platform", "offscreen:fontengine=freetype", "lib.sqlite"]) == (
        Path("lib.sqlite"), [])
