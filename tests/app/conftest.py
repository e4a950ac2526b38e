"""Fixtures for the Qt tests: settings in a temporary file, the real main window, the
interface in Indonesian (or in each language), and a guard that turns a forgotten modal
dialog into a failure instead of a hung suite."""

import time

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.app import i18n
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


class ModalGuard:
    """Closes a modal dialog that stays open longer than `limit` seconds (an error box the
    test did not expect: "The disk is full", a failed write…) and remembers what it said,
    so the test fails with that text rather than the suite waiting on it for ever."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.closed: list[str] = []
        self._open: tuple[object, float] | None = None
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            self._open = None
            return
        if self._open is None or self._open[0] is not modal:
            self._open = (modal, time.monotonic())
            return
        if time.monotonic() - self._open[1] < self.limit:
            return
        said = modal.text() if isinstance(modal, QMessageBox) else ""
        self.closed.append(f"{type(modal).__name__} {modal.windowTitle()!r} {said!r}".strip())
        self._open = None
        modal.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture(autouse=True)
def modal_guard(request):
    """In every test that runs Qt: a modal dialog left open 60 s is closed and fails it."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield None
        return
    request.getfixturevalue("qapp")
    guard = ModalGuard(limit=60.0)
    yield guard
    guard.stop()
    if guard.closed:
        pytest.fail("a modal dialog was left open and closed by the test guard: "
                    + "; ".join(guard.closed), pytrace=False)


def _interface_in(language: str, qapp):
    """The interface in ``language`` while the test runs; English and the locale it had
    after."""
    before = QLocale()
    assert i18n.install(language, qapp)
    yield language
    i18n.install("en", qapp)
    QLocale.setDefault(before)


@pytest.fixture
def indonesian(qapp):
    """The interface in Indonesian."""
    yield from _interface_in("id", qapp)


@pytest.fixture(params=["en", "id"])
def language(request, qapp):
    """The test once with the interface in each language; the language's code."""
    yield from _interface_in(request.param, qapp)
