"""Who is coding (issue 14): Library > "Coding as …" chooses the coder the window's new
annotations are recorded under; the choice is kept in the settings and shown in the
status bar. Without one, annotations belong to the library's default coder. The first
start asks once (``ask_first_time``, called by ``main.run``).

``install(window)`` is the one hook the main window calls.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ..core.library import LibraryError
from . import blind_coding, i18n
from . import dialog_helpers as dh
from .i18n import translate

#: the settings key holding the coder's name
SETTING = "coding/coder"


class CodingAs:
    def __init__(self, window) -> None:
        self.window = window
        self.library = window.library
        self.action = QAction(window)
        self.action.setStatusTip(translate(
            "CodingAs", "Choose who is coding: new annotations are recorded as theirs"))
        self.action.triggered.connect(self.choose)
        menu = window.library_menu
        menu.addSeparator()
        menu.addAction(self.action)
        self.label = QLabel()
        dh.plain_label(self.label)
        window.add_status_item(self.label)
        self.fixed = self.library.coders.fixed  # a team library: the login codes
        if self.fixed is not None:
            self.action.setEnabled(False)
            self.action.setStatusTip(translate(
                "CodingAs", "In a team library you code as your login"))
        else:
            saved = window.settings.value(SETTING, "")
            try:
                self.library.coders.use(str(saved) if saved else None)
            except LibraryError:  # a name written by hand into the settings file
                window.settings.remove(SETTING)
        self.blind = blind_coding.install(window, self.label)  # Code Collection Blind
        self.agreement_action = install_agreement(window)  # Inter-coder Agreement…
        self._show()

    @property
    def current(self) -> str:
        return self.library.coders.current

    def _show(self) -> None:
        name = dh.clip_words(i18n.coder_name(self.current), 40)
        self.action.setText(
            translate("CodingAs", "C&oding as {name}…").format(name=name.replace("&", "&&")))
        self.window.annotation_pane.set_current_coder(self.current)
        self.blind.coder_changed()  # (also says "Coding as …" in the status bar)

    def choose(self, first_time: bool = False) -> bool:
        """Ask who is coding; True when a name was given (and taken)."""
        names = [c.name for c in self.library.coders.all()]
        if self.current not in names:
            names.insert(0, self.current)
        question = (translate("CodingAs", "Who is coding? Your annotations are recorded under"
                              " this name, so several people can code one library and"
                              " compare (Library → Coding as … changes it).")
                    if first_time else
                    translate("CodingAs",
                              "Record new annotations as made by (pick or type a name):"))
        dialog = dh.input_dialog(self.window, translate("CodingAs", "Coding As"), question)
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        dialog.setTextValue(self.current)
        if not dialog.exec():
            return False
        return self.use(dialog.textValue())

    def ask_first_time(self) -> None:
        """On the first start (no coder in the settings yet) ask once who is coding; the
        answer, or the default coder when the question is closed, is kept."""
        if self.window.settings.contains(SETTING) or self.fixed is not None:
            return
        if not self.choose(first_time=True):
            self.window.settings.setValue(SETTING, "")  # asked: not again

    def use(self, name: str) -> bool:
        """Code as ``name`` from now on; a bad name is refused with a message."""
        if not dh.guarded(self.window, translate("CodingAs", "Coding As"),
                          lambda: self.library.coders.use(name)):
            return False
        self.window.settings.setValue(SETTING, self.current)
        self._show()
        self.window.statusBar().showMessage(translate(
            "CodingAs", "New annotations are recorded as {name}'s.").format(name=self.current),
            4000)
        return True


def install_agreement(window) -> QAction:
    """Library → Inter-coder Agreement… on ``window``; the dialog's module (its widgets,
    the reader views it compares in) loads when it is first opened, not with the window."""
    action = QAction(translate("Agreement", "Inter-coder &Agreement…"), window)
    action.setStatusTip(translate("Agreement", "Krippendorff's α and Cohen's κ between coders,"
                                  " and their disagreements side by side"))
    action.triggered.connect(lambda: _open_agreement(window))
    window.library_menu.addAction(action)
    return action


def _open_agreement(window) -> None:
    from . import agreement_dialog

    agreement_dialog.open_agreement(window)


def install(window) -> CodingAs:
    """Add Library > Coding as … and the status-bar label to ``window`` (a MainWindow)."""
    return CodingAs(window)
