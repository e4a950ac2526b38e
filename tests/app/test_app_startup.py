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
         "reader.core.library.trail"]

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
