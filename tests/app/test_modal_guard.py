"""The suite's guard against a forgotten modal dialog: a test that meets an error box it
did not expect fails with the box's text instead of hanging the run (session 10 saw a
whole-suite run wait 20 minutes on "The disk is full" inside a test)."""

from PySide6.QtWidgets import QMessageBox


def test_a_forgotten_message_box_is_closed_and_named(qtbot, modal_guard):
    modal_guard.limit = 0.3
    box = QMessageBox(QMessageBox.Icon.Critical, "Kutip", "The disk is full; nothing was changed.")
    qtbot.addWidget(box)
    box.exec()  # returns only because the guard closes it
    assert modal_guard.closed == ["QMessageBox 'Kutip' 'The disk is full; nothing was changed.'"]
    modal_guard.closed.clear()  # (seen: this test must not fail at teardown)


def test_a_dialog_the_test_answers_in_time_is_left_alone(qtbot, modal_guard):
    from PySide6.QtCore import QTimer

    box = QMessageBox(QMessageBox.Icon.Question, "Kutip", "Delete it?")
    qtbot.addWidget(box)
    QTimer.singleShot(100, box.accept)
    box.exec()
    assert modal_guard.closed == []
