"""Fixtures for the Qt tests: settings in a temporary file, and the real main window."""

import pytest
from PySide6.QtCore import QSettings

from reader.app.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "kutip.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings):
    """Show a MainWindow on a library, the way `kutip` does."""

    def open_on(library) -> MainWindow:
        win = MainWindow(library, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.started)  # (its article opens after the first paint)
        return win

    return open_on


@pytest.fixture
def window(open_window, seeded_library):
    win = open_window(seeded_library)
    yield win
    win.close()  # before its library closes (a pending search must not run on a closed one)
