"""Issue 11: the window's first frame (painted before its article opens, issue 12) says what
is coming: "Opening the article…" when there is one to open, and in an empty library "No
article open" and how to begin, as after the start; never empty panes without a word."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from reader.app.main_window import MainWindow


class FirstFrame(QObject):
    """What the window shows when it first paints (before its article opens)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window, self.seen = window, {}
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self.seen:
            pane = self.window.annotation_pane
            self.seen = {"article": self.window.article_id,
                         "text": self.window.reader.text_widget.toPlainText(),
                         "placeholder": self.window.reader.text_widget.placeholderText(),
                         "hint": pane.empty_hint.isVisibleTo(pane)}
        return False


def first_frame(qtbot, library, settings) -> tuple[dict, MainWindow]:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    watch = FirstFrame(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    QApplication.processEvents()
    return watch.seen, window


def test_the_first_frame_says_the_article_is_opening(qtbot, seeded_library, settings, seed_id):
    seen, window = first_frame(qtbot, seeded_library, settings)
    assert seen["article"] is None and seen["text"] == ""  # (it opens after this frame)
    assert seen["placeholder"] == "Opening the article…"
    assert not seen["hint"]  # how to tag: once the article is there
    assert window.article_id == seed_id
    assert window.reader.text_widget.placeholderText().startswith("No article open.")


def test_an_empty_library_says_how_to_begin_from_the_first_frame(qtbot, fresh_library,
                                                                    settings):
    seen, window = first_frame(qtbot, fresh_library, settings)
    assert seen["placeholder"].startswith("No article open.")  # the same as after the start
    assert seen["hint"]
    assert window.reader.text_widget.placeholderText() == seen["placeholder"]
    assert window.annotation_pane.empty_hint.isVisible()
