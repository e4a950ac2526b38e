"""The first-run window fits the screen it opens on (a window manager would shrink it, but
a bare X session or a kiosk would leave it running off a 1366×768 laptop screen)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIRST_RUN = """
import json, os, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.core.library import Library
from reader.app.main_window import MainWindow
settings = QSettings(os.path.join(tempfile.mkdtemp(), "k.ini"), QSettings.Format.IniFormat)
window = MainWindow(Library(sys.argv[1]), settings)
window.show()
app.processEvents()
free = window.screen().availableGeometry()
print(json.dumps({"window": [window.width(), window.height()],
                  "screen": [free.width(), free.height()],
                  "article": window.splitter.sizes()[1]}))
"""


@pytest.mark.parametrize(("screen", "expected"), [
    ((1366, 768), (1326, 708)),   # a common laptop: the free area minus room for a frame
    ((1920, 1080), (1400, 860)),  # a desktop screen: the usual first size
    ((1024, 600), (984, 540)),    # a netbook
])
def test_the_first_run_window_fits_its_screen(tmp_path, db_path, screen, expected):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "s", "x": 0, "y": 0, "width": screen[0], "height": screen[1]}]}))
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", FIRST_RUN, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == list(screen)
    assert tuple(seen["window"]) == expected
    assert seen["article"] > seen["window"][0] // 3  # the article keeps the widest pane
