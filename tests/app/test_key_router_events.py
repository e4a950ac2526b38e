"""The window's key router (undo/redo/Delete to the field or the window) watches only the
widget with the keyboard focus: other widgets' events (a repaint of the library list, of
the article) do not pass through Python on their way (issue 12: the app's start and each
tag paint many widgets)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from reader.app import keyboard


def test_only_the_focused_widget_of_the_window_is_watched(qtbot, open_window, seeded_library,
                                                         monkeypatch):
    seen = []
    original = keyboard.KeyRouter.eventFilter

    def spy(self, obj, event):
        seen.append((obj, event.type()))
        return original(self, obj, event)

    monkeypatch.setattr(keyboard.KeyRouter, "eventFilter", spy)  # (before the window is made)
    window = open_window(seeded_library)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.reader.text_widget.setFocus()
    qtbot.waitUntil(lambda: window.reader.text_widget.hasFocus())
    seen.clear()
    window.library_panel.table.viewport().repaint()
    window.annotation_pane.repaint()
    assert {obj for obj, _ in seen} <= {window.reader.text_widget}  # the others: not filtered
    search = window.library_panel.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    seen.clear()
    search.repaint()
    qtbot.keyClick(search, "a")
    assert {obj for obj, _ in seen} == {search}
    assert QEvent.Type.KeyPress in {kind for _, kind in seen}


def test_a_dialog_field_keeps_its_own_keys(qtbot, window):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()  # a window of its own (qtbot closes and deletes it)
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert window.keys._watched is None  # another window's widget: left alone
