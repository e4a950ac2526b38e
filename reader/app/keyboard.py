"""Window-wide keys that text fields would otherwise swallow: undo, redo and Delete.

A ``QLineEdit`` claims Ctrl+Z for itself even when it has nothing to undo, so right after
Q (focus in the Speaker field) the window's Undo never ran. ``KeyRouter`` decides per key
press: a field with its own typing to undo (or redo) keeps the key; otherwise the key goes
to the window's history. Delete likewise deletes text in a field that has some to delete,
and otherwise the selected annotation.

The key lists come from ``history_keys``: the platform's standard keys plus Ctrl+Shift+Z
and Ctrl+Y, each once (binding a key twice makes Qt refuse it as "ambiguous").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

UNDO, REDO, DELETE = "undo", "redo", "delete"


def unique_keys(keys: Iterable[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without empty or repeated sequences, in their order."""
    seen: set[str] = set()
    out = []
    for key in keys:
        text = key.toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in seen:
            seen.add(text)
            out.append(key)
    return out


def history_keys() -> dict[str, list[QKeySequence]]:
    """The undo and redo keys on every platform: Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y."""
    standard = QKeySequence.keyBindings
    return {
        UNDO: unique_keys([QKeySequence("Ctrl+Z"), *standard(QKeySequence.StandardKey.Undo)]),
        REDO: unique_keys([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                           *standard(QKeySequence.StandardKey.Redo)]),
    }


def set_history_shortcuts(undo: QAction, redo: QAction) -> None:
    keys = history_keys()
    undo.setShortcuts(keys[UNDO])
    redo.setShortcuts(keys[REDO])


def _combination(event) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def _editable(widget: QObject) -> QWidget | None:
    """The text field ``widget`` is, if the user can type in it."""
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget
    return None


def can_undo_locally(field: QWidget, op: str) -> bool:
    """Has the field typing of its own to undo (or redo)?"""
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable() if op == UNDO else field.isRedoAvailable()
    if not field.isUndoRedoEnabled():
        return False
    doc = field.document()
    return doc.isUndoAvailable() if op == UNDO else doc.isRedoAvailable()


def can_delete_locally(field: QWidget) -> bool:
    """Would Delete remove something in the field (a selection, a character after it)?"""
    if isinstance(field, QLineEdit):
        return field.hasSelectedText() or field.cursorPosition() < len(field.text())
    cursor = field.textCursor()
    return cursor.hasSelection() or not cursor.atEnd()


class KeyRouter(QObject):
    """Sends undo/redo (and Delete in ``delete_scopes``) to the field or to the window.

    It filters the events of the widget with the keyboard focus while that widget lies in
    ``window`` (so dialogs keep their own keys): the key events go to the focus widget,
    and no other widget's events (paints, moves) pass through Python on their way.
    """

    def __init__(self, window: QWidget, undo: QAction, redo: QAction, delete: QAction,
                 delete_scopes: Iterable[QWidget] = ()) -> None:
        super().__init__(window)
        self.window = window
        self.actions = {UNDO: undo, REDO: redo, DELETE: delete}
        self.delete_scopes = list(delete_scopes)
        self._keys: dict[str, list[QKeySequence]] = {}
        self._watched: QWidget | None = None
        app = QApplication.instance()
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile (its filters went with it)
                pass
        self._watched = new if new is not None and self._in_window(new) else None
        if self._watched is not None:
            self._watched.installEventFilter(self)

    def _op(self, event) -> str | None:
        combo = _combination(event)
        for op in (UNDO, REDO):
            keys = self.actions[op].shortcuts()
            if any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in keys):
                return op
        if combo == QKeySequence("Del"):
            return DELETE
        return None

    def _in_window(self, widget: QObject) -> bool:
        return isinstance(widget, QWidget) and widget.window() is self.window

    def _in_delete_scope(self, widget: QWidget) -> bool:
        return any(scope is widget or scope.isAncestorOf(widget) for scope in self.delete_scopes)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        etype = event.type()
        if etype not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if obj is not QApplication.focusWidget() or not self._in_window(obj):
            return False
        op = self._op(event)
        if op is None:
            return False
        field = _editable(obj)
        if op == DELETE:
            return self._delete(obj, field, event)
        if field is None:
            return False  # the window's shortcut runs as usual
        if can_undo_locally(field, op):
            if etype == QEvent.Type.ShortcutOverride:
                event.accept()  # the field gets the key press ...
            else:
                field.undo() if op == UNDO else field.redo()  # ... and we run it (Ctrl+Y too)
            return True
        if etype == QEvent.Type.ShortcutOverride:
            event.ignore()  # not the field's: let the window's Undo/Redo shortcut fire
            return True
        return False

    def _delete(self, obj: QWidget, field: QWidget | None, event) -> bool:
        if not self._in_delete_scope(obj):
            return False
        if field is not None and can_delete_locally(field):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # keep Delete for the key press below
            return True
        action = self.actions[DELETE]
        if action.isEnabled():
            action.trigger()
            return True
        return False
