"""Small shared pieces for the dialogs: message boxes tests can replace, safe library listening.

Every user-facing message box goes through ``show_error``/``confirm``/``show_info`` so
tests can monkeypatch them (``monkeypatch.setattr(dialog_helpers, "confirm", ...)``) and
so no error from the library ever reaches the user as a traceback.
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

from ..core.library import LibraryError
from ..core.store import StoreError

USER_ERRORS = (LibraryError, StoreError, ValueError)


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` as it is: a tag named ``<b>x</b>`` is not markup."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                informative: str = "") -> QMessageBox:
    """A message box showing its texts as plain text (they may hold tag or file names)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    message_box(QMessageBox.Icon.Warning, title, message, parent).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    message_box(QMessageBox.Icon.Information, title, message, parent).exec()


def confirm(parent: QWidget | None, title: str, text: str, informative: str = "",
            ok_text: str = "OK") -> bool:
    box = message_box(QMessageBox.Icon.Question, title, text, parent, informative)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str],
             current: int = 0) -> str | None:
    value, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return value if ok else None


def guarded(parent: QWidget | None, title: str, action: Callable[[], object]) -> bool:
    """Run ``action``; a library error becomes a message box. True when it succeeded."""
    try:
        action()
    except USER_ERRORS as error:
        # look the helper up at call time so a monkeypatched ``show_error`` is used
        globals()["show_error"](parent, title, str(error))
        return False
    return True


def listen(library, owner, method_name: str) -> None:
    """Subscribe ``owner.<method_name>(change)`` to the library without keeping owner alive.

    The Library has no ``unsubscribe`` yet, so the listener stays registered but does
    nothing once ``owner`` (a QObject) is garbage or its C++ side has been deleted.
    """
    ref = weakref.ref(owner)

    def listener(change) -> None:
        target = ref()
        if target is None:
            return
        try:
            import shiboken6

            if not shiboken6.isValid(target):
                return
        except ImportError:  # pragma: no cover
            pass
        getattr(target, method_name)(change)

    library.subscribe(listener)
    owner._library_listener = listener  # so it can be unsubscribed when the API allows


def unlisten(library, owner) -> None:
    """Drop ``owner``'s listener when the Library can unsubscribe (it cannot yet)."""
    listener = getattr(owner, "_library_listener", None)
    unsubscribe = getattr(library, "unsubscribe", None)
    if listener is not None and unsubscribe is not None:
        try:
            unsubscribe(listener)
        except (ValueError, KeyError):
            pass
    owner._library_listener = None
