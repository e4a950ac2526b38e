"""The window's key router (undo/redo/Delete to the field or the window) watches only the
widget with the keyboard focus: other widgets' events (a repaint of the library list, of
the article) do not pass through Python on their way (issue 12: the app's start and each
tag paint many widgets)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit


def test_only_the_focused_widget_of_the_window_is_watched(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for widget in (window.reader.text_widget, window.library_panel.search):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert window.keys._watched is widget  # the one widget whose events it filters
    search = window.library_panel.search
    qtbot.keyClick(search, "a")
    assert search.text() == "a"


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


def test_a_search_still_waiting_is_dropped_when_the_window_closes(qtbot, window):
    """Typing in the search starts a short wait before the search runs; closing the window
    meanwhile drops it (it ran after the library had closed: 'Cannot operate on a closed
    database')."""
    qtbot.keyClick(window.library_panel.search, "a")
    assert window.library_panel._debounce.isActive()
    window.close()
    assert not window.library_panel._debounce.isActive()
