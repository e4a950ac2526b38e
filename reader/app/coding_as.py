"""Who is coding (issue 14): Library > "Coding as …" chooses the coder the window's new
annotations are recorded under; the choice is kept in the settings and shown in the
status bar. Without one, annotations belong to the library's default coder.

``install(window)`` is the one hook the main window calls.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ..core.library import LibraryError
from . import dialog_helpers as dh

#: the settings key holding the coder's name
SETTING = "coding/coder"


class CodingAs:
    def __init__(self, window) -> None:
        self.window = window
        self.library = window.library
        self.action = QAction(window)
        self.action.setStatusTip("Choose who is coding: new annotations are recorded as theirs")
        self.action.triggered.connect(self.choose)
        menu = window.library_menu
        menu.addSeparator()
        menu.addAction(self.action)
        self.label = QLabel()
        dh.plain_label(self.label)
        window.statusBar().addPermanentWidget(self.label)
        saved = window.settings.value(SETTING, "")
        try:
            self.library.coders.use(str(saved) if saved else None)
        except LibraryError:  # a name written by hand into the settings file
            window.settings.remove(SETTING)
        self._show()

    @property
    def current(self) -> str:
        return self.library.coders.current

    def _show(self) -> None:
        name = dh.clip_words(self.current, 40)
        self.action.setText(f"Coding as {name}…".replace("&", "&&"))
        self.label.setText(f"Coding as {name}")

    def choose(self) -> None:
        names = [c.name for c in self.library.coders.all()]
        if self.current not in names:
            names.insert(0, self.current)
        dialog = dh.input_dialog(self.window, "Coding As",
                                 "Record new annotations as made by (pick or type a name):")
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        dialog.setTextValue(self.current)
        if not dialog.exec():
            return
        self.use(dialog.textValue())

    def use(self, name: str) -> bool:
        """Code as ``name`` from now on; a bad name is refused with a message."""
        if not dh.guarded(self.window, "Coding As", lambda: self.library.coders.use(name)):
            return False
        self.window.settings.setValue(SETTING, self.current)
        self._show()
        self.window.statusBar().showMessage(f"New annotations are recorded as {self.current}'s.",
                                            4000)
        return True


def install(window) -> CodingAs:
    """Add Library > Coding as … and the status-bar label to ``window`` (a MainWindow)."""
    return CodingAs(window)
