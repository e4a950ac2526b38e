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
         "reader.core.library.trail_build", "jinja2"]

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
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHOW, str(db_path), json.dumps(LATER)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert [m for m, yes in loaded.items() if yes] == []


def test_the_file_dialog_filter_still_names_every_importable_kind():
    from reader.app import import_controller
    from reader.core.importers import SUPPORTED_SUFFIXES

    first = import_controller.import_filter().split(";;")[0]
    assert all(f"*{suffix}" in first for suffix in SUPPORTED_SUFFIXES)

