"""The article keeps a readable measure at any window size; panes fold away and come back."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtWidgets import QApplication

from reader.app.main_window import MainWindow


def letters_per_line(window) -> float:
    """Median characters per full line of the article's longest paragraph, as laid out."""
    reader = window.reader
    doc = reader.text_widget.document()
    doc.documentLayout().documentSize()  # lay out
    block = doc.findBlock(reader.story_start)
    longest = block
    while block.isValid():
        if block.length() > longest.length():
            longest = block
        block = block.next()
    layout = longest.layout()
    lengths = [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
    assert lengths, "the longest paragraph fits one line: no measure to take"
    return statistics.median(lengths)


def settle(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.reader.text_widget.viewport().width() > 0)
    window.reader.update_margins()


@pytest.mark.parametrize("size", [(1000, 650), (1400, 900), (2560, 1440)])
def test_the_article_keeps_45_letters_per_line(qtbot, window, size):
    settle(qtbot, window, *size)
    assert letters_per_line(window) >= 45


def test_at_the_smallest_window_the_article_still_reads(qtbot, window):
    settle(qtbot, window, 200, 300)  # the window refuses to be smaller than its panes need
    assert letters_per_line(window) >= 45


def test_side_panes_give_way_before_the_article(qtbot, window):
    settle(qtbot, window, 1000, 650)
    library, article, annotations = window.splitter.sizes()
    assert article >= max(library, annotations)


def test_panes_fold_away_from_the_view_menu_and_come_back(qtbot, window):
    assert window.view_menu is not None
    window.library_pane_action.trigger()
    assert not window.left_splitter.isVisible()
    window.annotation_pane_action.trigger()
    assert not window.right_tabs.isVisible()
    window.library_pane_action.trigger()
    window.annotation_pane_action.trigger()
    assert window.left_splitter.isVisible() and window.right_tabs.isVisible()


def test_reading_mode_shows_only_the_article_and_restores_what_was_shown(qtbot, window):
    window.annotation_pane_action.trigger()  # annotations hidden before reading
    window.reading_mode_action.trigger()
    assert not window.left_splitter.isVisible() and not window.right_tabs.isVisible()
    assert not window.toolbar.isVisible()
    assert window.reader.isVisible()
    window.reading_mode_action.trigger()
    assert window.left_splitter.isVisible() and not window.right_tabs.isVisible()
    assert window.toolbar.isVisible()


def test_ctrl_l_brings_the_library_pane_back(qtbot, window):
    window.library_pane_action.trigger()
    window.focus_search()
    assert window.left_splitter.isVisible()


def test_hidden_panes_and_reading_mode_are_remembered(qtbot, seeded_library, settings):
    first = MainWindow(seeded_library, settings)
    qtbot.addWidget(first)
    first.show()
    first.library_pane_action.trigger()
    first.close()
    second = MainWindow(seeded_library, settings)
    qtbot.addWidget(second)
    second.show()
    assert not second.library_pane_action.isChecked()
    assert not second.left_splitter.isVisible() and second.right_tabs.isVisible()
    second.reading_mode_action.trigger()
    second.close()
    third = MainWindow(seeded_library, settings)
    qtbot.addWidget(third)
    third.show()
    assert third.reading_mode_action.isChecked() and not third.right_tabs.isVisible()
    third.reading_mode_action.trigger()  # leaving restores the panes from before reading
    assert third.right_tabs.isVisible() and not third.left_splitter.isVisible()
