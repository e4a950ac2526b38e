"""Issue 12: the app's window starts without what only some actions need. No timings here
(bench/run.py --only gui-start measures them): which modules a fresh process has loaded
once the main window is shown on a library with an article open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ["numpy", "multiprocessing", "concurrent.futures", "reader.core.importers",
         "urllib.request", "charset_normalizer", "reader.core.trail.cluster",
         "reader.core.library.trail_build", "jinja2", "qtawesome", "qtpy", "sqlite_utils",
         "reader.core.library.trail", "reader.app.agreement_dialog", "uuid", "platform"]

SHOW = """
import json, os, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.core.library import Library
from reader.app.main_window import MainWindow
library = Library(sys.argv[1])
settings = QSettings(os.path.join(tempfile.mkdtemp(), "k.ini"), QSettings.Format.IniFormat)
window = MainWindow(library, settings)
window.show()
window.open_article(library.articles.ids()[0])
app.processEvents()
print(json.dumps({m: m in sys.modules for m in json.loads(sys.argv[2])}))
window.close()
library.close()
"""


def test_the_window_starts_without_importers_clustering_or_templates(seeded_library, db_path):
    seeded_library.close()
    assert _loaded_at_start(db_path, LATER) == []


def _loaded_at_start(db_path, modules: list[str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHOW, str(db_path), json.dumps(modules)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return [m for m, yes in loaded.items() if yes]


def test_the_file_dialog_filter_still_names_every_importable_kind():
    from reader.app import import_controller
    from reader.core.importers import SUPPORTED_SUFFIXES

    first = import_controller.import_filter().split(";;")[0]
    assert all(f"*{suffix}" in first for suffix in SUPPORTED_SUFFIXES)



def test_every_toolbar_icon_is_drawn_in_the_palette_colours(qapp):
    """The SVG icons (no icon font): each is drawn, in the button-text colour, and in the
    disabled colour for a disabled action."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QIcon, QPalette

    from reader.app import icons

    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText,
                     QColor("#102030"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#a0b0c0"))
    for name in icons.NAMES:
        for mode, colour in ((QIcon.Mode.Normal, "#102030"), (QIcon.Mode.Disabled, "#a0b0c0")):
            image = icons.icon(name, palette).pixmap(QSize(32, 32), mode).toImage()
            inked = [image.pixelColor(x, y) for x in range(32) for y in range(32)
                     if image.pixelColor(x, y).alpha() == 255]
            assert len(inked) > 40, (name, mode)
            assert {c.name() for c in inked} == {colour}, (name, mode)


def test_the_suggestions_panel_names_the_real_worker_module():
    from reader.app import suggestions_panel
    from reader.core.quotes import worker

    assert suggestions_panel.WORKER_MODULE == worker.MODULE


FIRST_PAINT = """
import json, os, sys, tempfile
CASCADE = ["QCalendarWidget", "QWizard", "QMdiArea", "QColumnView", "QLCDNumber"]
LATER_CLASSES = ["QTextFormat", "QTextCharFormat", "QTextBlockFormat", "QTextCursor",
                 "QTextLayout", "QTextBlock", "QGradient"]
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.core.library import Library
from reader.app.main_window import MainWindow
library = Library(sys.argv[1])
settings = QSettings(os.path.join(tempfile.mkdtemp(), "k.ini"), QSettings.Format.IniFormat)
window = MainWindow(library, settings)
seen = {}


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["article"] = window.article_id
            seen["loaded"] = {m: m in sys.modules for m in json.loads(sys.argv[2])}
            widgets = vars(sys.modules["PySide6.QtWidgets"])  # the classes PySide has built
            seen["built"] = [n for n in CASCADE if n in widgets]
            seen["completer class"] = "QCompleter" in widgets
            seen["style class"] = "QStyle" in widgets
            gui = vars(sys.modules["PySide6.QtGui"])
            seen["gui built"] = [n for n in LATER_CLASSES if n in gui]
            seen["notes made"] = [window.library_panel._empty_note.made,
                                  window.annotation_pane._hint.made]
        return False


watch = FirstPaint()
window.installEventFilter(watch)
window.show()
while not window.started:
    app.processEvents()
app.processEvents()
seen["then"] = window.article_id
seen["suggestions"] = len(window.reader._suggestions)
seen["loaded_then"] = {m: m in sys.modules for m in json.loads(sys.argv[2])}
pane = window.annotation_pane
seen["completers"] = [pane.speaker.completer() is not None, pane.tags.completer() is not None]
seen["gui built then"] = [n for n in LATER_CLASSES if n in vars(sys.modules["PySide6.QtGui"])]
seen["article bar style"] = type(window.reader.text_widget.verticalScrollBar().style()).__name__
print(json.dumps(seen))
window.close()
library.close()
"""
AFTER_PAINT = ["reader.core.quotes.engine", "reader.core.trail", "reader.app.quotes.panel",
               "rapidfuzz", "reader.core.export", "reader.app.suggestions_panel",
               "reader.app.annotation_commands", "reader.app.annotation_completers", "html"]
#: the core's parts the first frame does not need (``reader.app.import_after_first_paint``)
CORE_AFTER_PAINT = ["reader.core.changes", "reader.core.records", "reader.core.library.search",
                    "reader.core.library.annotations", "reader.core.store.sqlite.annotations",
                    "reader.core.store.sqlite.trail", "reader.core.store.trail"]


def test_the_window_paints_before_it_opens_its_article_and_the_quote_engine(seeded_library,
                                                                             db_path, seed_id):
    """Issue 12: the window shows first (without the quote engine, the trail and the
    Quotes panel); the article it starts on, and its suggestions, follow in the next turn
    of the event loop; the Quotes panel's modules wait until the dock is shown."""
    seeded_library.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(db_path),
                           json.dumps(AFTER_PAINT + CORE_AFTER_PAINT)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["article"] is None and [m for m, yes in seen["loaded"].items() if yes] == []
    assert seen["then"] == seed_id and seen["suggestions"] > 0
    assert seen["loaded_then"]["reader.core.quotes.engine"]
    assert seen["loaded_then"]["reader.app.suggestions_panel"]  # (its tab: after the paint)
    assert not seen["loaded_then"]["reader.app.quotes.panel"]
    # No widget Qt made reached Python before the first paint: the first that does makes
    # PySide build every QWidget subclass (calendars, wizards, MDI areas…); the lists'
    # notes (an empty list's) are not made while the lists have rows
    assert seen["built"] == [] and seen["notes made"] == [False, False]
    # the undo commands of annotations and the form's completers come after the paint
    # (as the dialogs' html escaping does: a tooltip at start escapes without ``html``)
    assert not seen["completer class"]
    # no QStyle reached Python (its 570 enum members): the library's rows are drawn by
    # ``QStyledItemDelegate`` without their text, and Kutip's scroll bar style is given to the
    # article's scroll bar once it has something to scroll (app_style)
    assert not seen["style class"]
    assert seen["article bar style"] == "KutipStyle"
    assert seen["loaded_then"]["reader.app.annotation_commands"]
    assert seen["completers"] == [True, True]
    # nor the text classes (with ``QTextFormat``'s 130 enum members: the reader builds its
    # text once the article opens), nor ``QGradient`` (the legend's pictures), nor the
    # core's change notices, annotations, search and the store's other areas
    assert seen["gui built"] == []
    assert {"QTextCursor", "QTextCharFormat", "QTextLayout"} <= set(seen["gui built then"])
    assert all(seen["loaded_then"][m] for m in CORE_AFTER_PAINT)


def test_the_quotes_dock_builds_its_panel_when_first_shown(qtbot, window, seed_id):
    quotes = window.quotes
    assert quotes._panel is None and quotes.dock.widget() is None
    window.library.collections.create("Talks")  # (a change while it is not built)
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: quotes._panel is not None and quotes.dock.isVisible())
    assert quotes.dock.widget() is quotes.panel
    # the thread ends with its job: waiting for it on the window's thread (which its
    # ``done`` needs) is not sitting out the timeout (it sat out 60 s in every run)
    thread = quotes._thread
    quotes.wait(5_000)
    assert thread is None or thread.isFinished()
    qtbot.waitUntil(lambda: not quotes.busy)
    assert "Talks" in [quotes.panel.collection.itemText(i)
                       for i in range(quotes.panel.collection.count())]


def test_the_core_the_window_needs_is_imported_before_pyside():
    """PySide6's import hook reads the source of each module imported after PySide6: the
    Qt-free core the window needs comes first (``reader/app/__init__.py``)."""
    order = """
import sys
import reader.app.main_window
names = list(sys.modules)
print(",".join(n for n in names[names.index("PySide6"):] if n.startswith("reader.core")))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", order], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_start_benchmark_starts_the_app_as_kutip_gui_does(seeded_library, db_path, tmp_path):
    """bench/run.py's start script runs ``kutip-gui LIBRARY`` itself (the launcher's
    ``main``: style, translations, icon, library, window) and times it to the first paint, to
    the first frame drawn (after every widget in the window has painted: what the row
    compares) and to the article open; the baseline's window is the same size."""
    from bench.run import _start_env, _start_times

    seeded_library.close()
    env = {**_start_env(str(tmp_path), bytecode=True), "PYTHONPATH": str(ROOT)}
    for kind in ("kutip", "qt"):
        paint_wall, paint_cpu, open_wall, open_cpu, frame_wall, frame_cpu = _start_times(
            kind, db_path, env)
        assert 0 < paint_cpu <= frame_cpu <= open_cpu, kind
        assert 0 < paint_wall <= frame_wall <= open_wall, kind
    probe = (
        "import sys\n"
        "from reader.app import main\n"
        "from reader.app.main_window import MainWindow\n"
        "from PySide6.QtWidgets import QApplication\n"
        "seen = []\n"
        "MainWindow.show = lambda w: seen.append(("
        "QApplication.instance().style().name().lower(), w.width(), w.height()))\n"
        "QApplication.exec = lambda app: print(seen) or 0\n"
        "sys.argv = ['kutip-gui', sys.argv[1]]\n"
        "try:\n    main.main()\nexcept SystemExit:\n    pass\n")
    done = subprocess.run([sys.executable, "-c", probe, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("[('fusion'")  # the app's style


def test_the_window_counts_the_articles_once_per_change(open_window, seeded_library,
                                                        monkeypatch):
    """Counting 100,000 articles costs ~15 ms: the library list, the collections' "All
    articles (N)" and the status bar share the list's count at start and after each change
    of articles, and all three show it (a library that fits the list's first page is
    counted by reading it: no count is run; a bigger one is counted in the list's thread,
    tests/app/test_library_first_page.py)."""
    real = seeded_library.articles.count
    counted: list[object] = []
    monkeypatch.setattr(seeded_library.articles, "count",
                        lambda where=None: counted.append(where) or real(where))
    window = open_window(seeded_library)

    def shown() -> list[str]:
        return [window.sidebar.item(0).text(), window.counts_label.text(),
                str(window.library_panel.model.rowCount())]

    assert counted == []
    first = shown()
    assert all(str(real()) in text for text in first), first
    seeded_library.imports.text("Satu lagi\n\nSebuah artikel lagi tentang harga beras.",
                                name="one more")
    assert counted == []  # (the change notice reaches the window at once)
    assert all(str(real()) in text for text in shown()) and shown() != first


SETTLED = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.app import main
seen = []


def check():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if app.activeModalWidget() is not None:  # the first start's "Who is coding?"
        app.activeModalWidget().reject()
        QTimer.singleShot(5, check)
    elif windows and windows[0].started:
        seen.append((windows[0].article_id, gc.get_freeze_count()))
        app.quit()
    else:
        QTimer.singleShot(5, check)


QTimer.singleShot(0, lambda: seen.append(("before", gc.get_freeze_count())))
QTimer.singleShot(5, check)
main.run(sys.argv[1])
print(seen)
"""


def test_the_app_moves_what_it_made_at_start_out_of_the_collectors_way(seeded_library, db_path,
                                                                       seed_id):
    """Issue 12: once its first article is open, the app freezes what start-up made
    (``gc.freeze``), so a full collection during work no longer walks all of it (it was
    the slowest tag of a run, 27–45 ms)."""
    seeded_library.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "KUTIP_CODER": "default"}
    done = subprocess.run([sys.executable, "-c", SETTLED, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (before, frozen_then), (article, frozen) = eval(done.stdout.strip().splitlines()[-1])
    assert before == "before" and frozen_then == 0
    assert article == seed_id and frozen > 10_000


def test_the_form_completes_speakers_and_tags_once_started(qtbot, window):
    """The completers made after the first paint: a speaker by any part of the name, any
    case; a tag after the last comma, keeping the tags before it."""
    pane = window.annotation_pane
    pane.set_completions(["Sergey Lavrov", "Retno Marsudi"], ["framing/threat", "peace"])
    speaker, tags = pane.speaker.completer(), pane.tags.completer()
    speaker.setCompletionPrefix("lavr")
    assert speaker.currentCompletion() == "Sergey Lavrov"
    pane.tags.setText("peace, framing/th")
    assert tags.splitPath(pane.tags.text()) == ["framing/th"]
    tags.setCompletionPrefix("framing/th")
    assert tags.pathFromIndex(tags.currentIndex()) == "peace, framing/threat"
    pane.make_completers()  # (once)
    assert pane.speaker.completer() is speaker and pane.tags.completer() is tags


def test_the_tooltips_escape_as_html_escape_does():
    import html

    from reader.app.dialog_helpers import escape_html

    for text in ["<b>x</b>", "a & b", "\"q\" 'r'", "&amp;", "plain", ""]:
        assert escape_html(text) == html.escape(text)


PAUSED = """
import gc, sys
import reader.app
seen = [gc.isenabled()]  # (importing the package leaves the collector as it was)
from reader.app import main
from reader.app.main_window import MainWindow
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and len(seen) == 1:
            seen.append(gc.isenabled())
        return False


watch = FirstPaint()
real_show = MainWindow.show
MainWindow.show = lambda window: (window.installEventFilter(watch), real_show(window))
MainWindow.finish_start = (lambda finish: lambda window: (finish(window),
                                                          seen.append(gc.isenabled())))(
    MainWindow.finish_start)


def run(app):
    window = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)][0]
    while not window.started:
        app.processEvents()
    return 0


QApplication.exec = run
main.run(sys.argv[1])
print(seen + [gc.isenabled()])
"""


def test_the_collector_is_paused_until_the_first_frame(seeded_library, db_path, tmp_path):
    """Issue 12: what the app builds until its window's first frame lives as long as the
    app; the cyclic collector walked it all ~70 times on the way (~10 ms of the start). It is
    paused from the launcher's start (and while ``reader.app`` imports the core and PySide)
    until the first frame is shown, then on again (it finds what the start left)."""
    from bench.run import _start_env

    seeded_library.close()
    # (a returning user's settings: who is coding was asked at the first start)
    env = {**_start_env(str(tmp_path), bytecode=False), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PAUSED, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    imported, at_first_paint, once_started, after = eval(done.stdout.strip().splitlines()[-1])
    assert imported and not at_first_paint and once_started and after


LAUNCHED = """
import sys
from reader.app import main
from reader.app.main_window import MainWindow
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
seen = []


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append("QStyle" in vars(sys.modules["PySide6.QtWidgets"]))
        return False


watch = FirstPaint()
real_show = MainWindow.show
MainWindow.show = lambda window: (window.installEventFilter(watch), real_show(window))


def run(app):
    window = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)][0]
    while not window.started:
        app.processEvents()
    seen.append(app.style().name().lower())
    seen.append(type(window.reader.text_widget.verticalScrollBar().style()).__name__)
    return 0


QApplication.exec = run
main.run(sys.argv[1])
print(seen)
"""


def test_the_launcher_draws_with_fusion_and_no_qstyle_before_the_first_frame(
        seeded_library, db_path, tmp_path):
    """Issue 12: ``kutip-gui`` chooses Fusion on its application's command line
    (``QApplication.setStyle`` would hand the style back to Python, and PySide would build
    ``QStyle``'s class for it before the first frame); the article's scroll bar, which keeps
    its looks, is drawn by Kutip's style once it has something to scroll."""
    from bench.run import _start_env

    seeded_library.close()
    env = {**_start_env(str(tmp_path), bytecode=False), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", LAUNCHED, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert eval(done.stdout.strip().splitlines()[-1]) == [False, "fusion", "KutipStyle"]
