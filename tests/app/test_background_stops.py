"""Background work stops when it is no longer wanted (issue 17, item 14): the suggestions
for a long article are worked out in a child process that closing the window, or opening
another article, ends at once.

"At once" is checked without a clock: the work left would take minutes (the slow workers
sleep 120 s, the slow download 200 s) and each test has a timeout well below that, so a
close that waited for the work instead of stopping it fails.
"""

from __future__ import annotations

import os
import time

import pytest

from reader.app import suggestions_panel
from reader.app.suggestions_panel import SYNC_LIMIT

LONG_PARA = ("“Kami tidak ingin berperang, dan kami akan terus berunding,” kata Lavrov. "
             "Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow pada hari Jumat. ")


def _long_article(library, name: str) -> int:
    text = f"Berita panjang {name}\n\nBerita {name}.\n\n" + "\n\n".join(
        [LONG_PARA] * (2 * SYNC_LIMIT // len(LONG_PARA) + 1))
    return library.imports.text(text, name=name).imported[0][1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (not yet reaped) counts as gone
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


@pytest.fixture
def endless(monkeypatch):
    """Suggestions that would take minutes, however they are worked out."""
    def slow_suggest(*args, **kwargs):
        time.sleep(30)
        return []

    monkeypatch.setattr(suggestions_panel, "suggest", slow_suggest)
    monkeypatch.setattr(suggestions_panel, "WORKER_MODULE", "tests.app.slow_suggest_worker",
                        raising=False)


def _running_pid(qtbot, window) -> int:
    job = window.suggestions._job
    qtbot.waitUntil(lambda: job.process.processId() > 0, timeout=5000)
    return job.process.processId()


@pytest.mark.timeout(60)
def test_closing_the_window_stops_the_suggestions_at_once(qtbot, window, endless):
    article_id = _long_article(window.library, "a")
    window.library_panel.select_article(article_id)
    pid = _running_pid(qtbot, window)
    window.close()
    assert not _alive(pid)


def test_opening_another_article_stops_the_work_for_the_first(qtbot, window, endless):
    first, second = _long_article(window.library, "a"), _long_article(window.library, "b")
    window.library_panel.select_article(first)
    pid = _running_pid(qtbot, window)
    window.library_panel.select_article(second)
    assert window.article_id == second
    assert not _alive(pid)
    assert _running_pid(qtbot, window) != pid


def test_the_child_process_finds_the_same_suggestions(qtbot, window):
    from reader.core.quotes import suggest

    article_id = _long_article(window.library, "a")
    window.library_panel.select_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.suggestions._raw, timeout=20_000)
    text, aliases, language = window.library.suggestions.input(article_id)
    assert window.suggestions._raw[article_id] == suggest(text, aliases, language or None)


@pytest.mark.timeout(60)
def test_closing_does_not_wait_for_a_cancelled_download(qtbot, window):
    import http.server
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from reader.app.import_worker import run_url_import

    class Trickle(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            for _ in range(400):  # one byte every half second: 200 seconds in all
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        def cancel() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QProgressDialog):
                    widget.canceled.emit()  # as its Cancel button does

        QTimer.singleShot(300, cancel)
        report = run_url_import(window, window.library,
                                f"http://127.0.0.1:{server.server_port}/slow")
        assert report.cancelled
        window.close()
        assert not window.isVisible()
    finally:
        server.shutdown()


QUIT_SCRIPT = r'''
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from reader.app import suggestions_panel
from reader.app.main_window import MainWindow
from reader.core.library import Library

def slow_suggest(*args, **kwargs):  # however the suggestions are worked out: minutes
    time.sleep(120)
    return []

suggestions_panel.suggest = slow_suggest
suggestions_panel.WORKER_MODULE = "tests.app.slow_suggest_worker"
folder = Path(sys.argv[1])
app = QApplication([])
library = Library(folder / "library.sqlite")
text = "Berita panjang\n\n" + "\n\n".join([sys.argv[2]] * int(sys.argv[3]))
article_id = library.imports.text(text, name="long").imported[0][1]
window = MainWindow(library, QSettings(str(folder / "kutip.ini"), QSettings.Format.IniFormat))
window.show()
window.library_panel.select_article(article_id)
QTimer.singleShot(500, window.close)
app.exec()
library.close()
print("closed", flush=True)
'''


def test_the_process_ends_promptly_once_the_window_is_closed(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(root),
                                                       os.environ.get("PYTHONPATH", "")]))}
    done = subprocess.run(  # the work left would take two minutes: a wait times out
        [sys.executable, "-c", QUIT_SCRIPT, str(tmp_path), LONG_PARA,
         str(2 * SYNC_LIMIT // len(LONG_PARA) + 1)],
        capture_output=True, text=True, timeout=90, env=env, cwd=root)
    assert "closed" in done.stdout, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_cancelled_export_stops_its_thread(qtbot, seeded_library, settings, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from reader.app import export_dialog
    from reader.app.export_dialog import ExportDialog

    class SlowExports:
        def render(self, progress=None, **options):
            for n in range(600):  # a minute of reading, reporting as it goes
                progress(n, 600, "Reading annotations")
                time.sleep(0.1)
            return "never wanted"

    class SlowLibrary:
        def __init__(self, path):
            self.exports = SlowExports()

        def close(self):
            pass

    monkeypatch.setattr(export_dialog, "Library", SlowLibrary)
    dialog = ExportDialog(seeded_library, settings=settings)
    qtbot.addWidget(dialog)

    def cancel() -> None:  # once the progress dialog shows (later under load), as its button does
        for widget in dialog.findChildren(QProgressDialog):  # not another test's leftover
            if widget.isVisible():
                widget.canceled.emit()
                timer.stop()

    timer = QTimer(dialog)
    timer.timeout.connect(cancel)
    timer.start(100)
    assert dialog._export_in_thread({}) is None
    export_dialog.wait_for_exports(5000)
    assert export_dialog._running == []  # stopped within the wait, not after its minute


def test_closing_loads_no_module_to_wait_for_work_never_started(qtbot, window, monkeypatch):
    """R15-10's rest: the close imported the URL and file importers (http.client, the
    document readers) to find no download to wait for: 0.5 s of a close during the trail
    build. A module not loaded started nothing; one loaded is waited for as before."""
    import sys

    for name in ("reader.app.import_worker", "reader.app.export_dialog"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    window.close()
    assert "reader.app.import_worker" not in sys.modules
    assert "reader.app.export_dialog" not in sys.modules


def test_closing_waits_for_downloads_and_exports_where_loaded(qtbot, open_window,
                                                              seeded_library, monkeypatch):
    from reader.app import export_dialog, import_worker

    waited: list[str] = []
    monkeypatch.setattr(import_worker, "wait_for_downloads", lambda: waited.append("downloads"))
    monkeypatch.setattr(export_dialog, "wait_for_exports", lambda: waited.append("exports"))
    open_window(seeded_library).close()
    assert waited == ["downloads", "exports"]
