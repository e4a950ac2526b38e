"""The Suggestions tab driven through the real main window."""

from __future__ import annotations

import marks_shown
import pytest
from PySide6.QtCore import QSettings, Qt

from reader.app.main_window import MainWindow
from reader.app.suggestions_panel import SYNC_LIMIT, SuggestionListModel
from reader.core.library import Library
from reader.core.models import Suggestion

LAVROV, DONFRIED = "Sergey Lavrov", "Karen Donfried"


def make_window(qtbot, library, settings) -> MainWindow:
    win = MainWindow(library, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.started)  # (its article opens after the first paint)
    return win


@pytest.fixture
def window(qtbot, seeded_library, settings):
    return make_window(qtbot, seeded_library, settings)


def panel(window):
    return window.suggestions_panel


def shown(window) -> list[Suggestion]:
    return panel(window).model.suggestions()


def highlighted(window, start: int, end: int, kind: str | None = None) -> bool:
    a, b = window.reader.to_document(start), window.reader.to_document(end)
    return any(s <= a and b <= e and (kind is None or kind in kinds)
               for s, e, kinds, *_ in marks_shown.ranges(window.reader))


def test_model_passes_qtmodeltester(qtmodeltester, seeded_library, seed_id):
    model = SuggestionListModel()
    model.set_suggestions(seeded_library.suggestions.for_article(seed_id))
    qtmodeltester.check(model)
    model.set_suggestions([])
    qtmodeltester.check(model)


def test_opening_the_seed_lists_five_quotes_with_speakers(window, seed_id):
    assert window.article_id == seed_id
    assert [s.speaker for s in shown(window)] == [LAVROV] * 3 + [DONFRIED] * 2
    assert window.right_tabs.tabText(1) == "Suggestions (5)"
    text = panel(window).model.index(0, 0).data()
    assert "“Kami tidak ingin berperang”" in text and LAVROV in text and "kata Lavrov" in text
    first = shown(window)[0]
    assert highlighted(window, first.start, first.end, "suggestion")


def test_accept_all_stores_five_quotes_highlights_them_and_undo_removes_them(
        qtbot, window, seed_id, settings):
    window.right_tabs.setCurrentWidget(panel(window))
    qtbot.mouseClick(panel(window).accept_all_button, Qt.MouseButton.LeftButton)

    notes = window.library.annotations.for_article(seed_id)
    assert [(n.kind, n.speaker) for n in notes] == [("quote", LAVROV)] * 3 + [
        ("quote", DONFRIED)] * 2
    assert all(highlighted(window, n.start, n.end, "quote") for n in notes)
    assert not any("suggestion" in kinds for *_, kinds, _c in
                   marks_shown.ranges(window.reader))
    assert shown(window) == []
    assert window.right_tabs.tabText(1) == "Suggestions (0)"
    assert window.library_panel.model.article(0).quotes == 5

    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == []
    assert len(shown(window)) == 5
    window.undo_stack.redo()
    assert [n.id for n in window.library.annotations.for_article(seed_id)] == [n.id for n in notes]


def test_enter_accepts_and_delete_dismisses(qtbot, window, seed_id):
    window.right_tabs.setCurrentWidget(panel(window))
    view = panel(window).list
    panel(window).select(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    [note] = window.library.annotations.for_article(seed_id)
    assert (note.exact, note.speaker) == ("Kami tidak ingin berperang", LAVROV)
    assert len(shown(window)) == 4
    assert panel(window).current_suggestion() == shown(window)[0]  # moves on to the next

    dismissed = panel(window).current_suggestion()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert dismissed not in shown(window) and len(shown(window)) == 3
    assert window.library.suggestions.dismissed(seed_id) == [("quote", dismissed.exact)]

    window.undo_stack.undo()  # the dismissal
    assert dismissed in shown(window)
    window.undo_stack.undo()  # the accept
    assert window.library.annotations.for_article(seed_id) == [] and len(shown(window)) == 5


def test_dismissed_stays_dismissed_after_reopening(qtbot, db_path, seeded_library, settings,
                                                   seed_id, tmp_path):
    win = make_window(qtbot, seeded_library, settings)
    gone = shown(win)[1]
    panel(win).select(1)
    qtbot.mouseClick(panel(win).dismiss_button, Qt.MouseButton.LeftButton)
    assert gone not in shown(win)
    win.close()
    seeded_library.close()

    with Library(db_path) as library:
        again = make_window(qtbot, library, QSettings(str(tmp_path / "k2.ini"),
                                                      QSettings.Format.IniFormat))
        assert again.article_id == seed_id
        assert len(shown(again)) == 4
        assert gone.exact not in [s.exact for s in shown(again)]
        again.close()


def test_edit_accepts_then_focuses_the_speaker_field(qtbot, window, seed_id):
    window.right_tabs.setCurrentWidget(panel(window))
    panel(window).select(3)
    qtbot.mouseClick(panel(window).edit_button, Qt.MouseButton.LeftButton)
    [note] = window.library.annotations.for_article(seed_id)
    assert note.speaker == DONFRIED
    assert window.right_tabs.currentWidget() is window.annotation_pane
    assert window.annotation_pane.current_annotation().id == note.id
    assert window.annotation_pane.speaker.hasFocus()
    assert window.annotation_pane.speaker.text() == DONFRIED


def test_clicking_a_suggestion_in_the_reader_selects_it(window):
    window.reader.suggestionClicked.emit(2)
    assert window.right_tabs.currentWidget() is panel(window)
    assert panel(window).list.currentIndex().row() == 2


def test_selecting_a_suggestion_shows_it_in_the_reader(window):
    target = shown(window)[4]
    panel(window).select(4)
    assert window.reader.selection_span() == (target.start, target.end)


def test_tagging_by_hand_hides_the_overlapping_suggestion(qtbot, window, seed_id):
    first = shown(window)[0]
    assert window.right_tabs.currentWidget() is not panel(window)
    window.library.annotations.add(seed_id, first.start, first.end, kind="quote")
    # the Suggestions tab is not shown: it (and the faint span) follow after the paint
    assert first in shown(window) and first in window.reader._suggestions
    qtbot.waitUntil(lambda: first not in shown(window))
    assert len(shown(window)) == 4 and first not in window.reader._suggestions
    window.right_tabs.setCurrentWidget(panel(window))  # shown: at once
    second = shown(window)[0]
    window.library.annotations.add(seed_id, second.start, second.end, kind="quote")
    assert second not in shown(window) and len(shown(window)) == 3


def test_kind_choice_lists_claims(window):
    panel(window).kinds.setCurrentIndex(1)
    assert shown(window) and all(s.kind == "claim" for s in shown(window))
    panel(window).kinds.setCurrentIndex(2)
    assert {s.kind for s in shown(window)} == {"quote", "claim"}


def test_a_long_article_is_analysed_without_blocking(qtbot, window):
    para = ("“Kami tidak ingin berperang, dan kami akan terus berunding,” kata Lavrov. "
            "Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow pada hari Jumat. ")
    text = "Berita panjang\n\n" + "\n\n".join([para] * (2 * SYNC_LIMIT // len(para) + 1))
    report = window.library.imports.text(text, name="long")
    article_id = report.imported[0][1]
    window.library_panel.select_article(article_id)
    assert window.article_id == article_id  # open, while the engine still works (no wait):
    tabs = window.right_tabs
    assert tabs.tabText(tabs.indexOf(panel(window))) == "Suggestions (…)"
    qtbot.waitUntil(lambda: len(shown(window)) > 10, timeout=10_000)
    assert all(s.speaker == LAVROV for s in shown(window) if s.kind == "quote")


def test_grab_the_window(qtbot, window, settings, tmp_path):
    window.resize(1400, 860)
    window.right_tabs.setCurrentWidget(panel(window))
    panel(window).select(0)
    assert window.grab().save(str(tmp_path / "sugg_main.png"))


@pytest.fixture
def small_batches(monkeypatch):
    """Accept All's progress dialog and batches at the seed's five suggestions (the real
    threshold is a few hundred)."""
    from reader.app import suggestions_panel
    from reader.core.library import suggesting

    monkeypatch.setattr(suggestions_panel, "ACCEPT_WITH_PROGRESS", 3)
    monkeypatch.setattr(suggesting, "ACCEPT_BATCH", 2)


def _watch_progress(monkeypatch, cancel_at=None):
    from PySide6.QtWidgets import QProgressDialog

    seen = []
    real = QProgressDialog.setValue

    def set_value(dialog, value):
        seen.append((value, dialog.maximum(), dialog.isVisible(), dialog.labelText(),
                     dialog.windowModality()))
        real(dialog, value)
        if value == cancel_at:
            dialog.cancel()

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    return seen


def test_accept_all_of_many_shows_its_progress_and_is_one_undo_step(
        qtbot, window, seed_id, small_batches, monkeypatch):
    """Accept All of a transcript's 3,000 suggestions froze the window 13.9 s (review
    R15-13): above a few hundred, batches under a progress dialog; still one undo step."""
    seen = _watch_progress(monkeypatch)
    window.right_tabs.setCurrentWidget(panel(window))
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel(window).accept_all_button, Qt.MouseButton.LeftButton)

    assert [value for value, *_ in seen] == [0, 2, 4, 5]
    assert all(total == 5 and label == "Accepting 5 suggestions…"
               and modality == Qt.WindowModality.WindowModal
               for _, total, _visible, label, modality in seen)
    assert all(visible for _, _, visible, *_ in seen[1:])  # on screen while it works
    assert len(window.library.annotations.for_article(seed_id)) == 5 and shown(window) == []
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "accept 5 suggestions"
    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == [] and len(shown(window)) == 5
    window.undo_stack.redo()
    assert len(window.library.annotations.for_article(seed_id)) == 5


def test_cancelling_accept_all_keeps_what_was_stored_as_one_undo_step(
        qtbot, window, seed_id, small_batches, monkeypatch):
    _watch_progress(monkeypatch, cancel_at=2)
    window.right_tabs.setCurrentWidget(panel(window))
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel(window).accept_all_button, Qt.MouseButton.LeftButton)

    assert len(window.library.annotations.for_article(seed_id)) == 2
    assert len(shown(window)) == 3
    assert window.statusBar().currentMessage() == ("Accepted 2 of 5 suggestions. Ctrl+Z "
                                                   "undoes them.")
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "accept 2 suggestions"
    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == [] and len(shown(window)) == 5


def test_a_refusal_midway_keeps_the_stored_batches_undoable_and_says_so(
        qtbot, window, seed_id, small_batches, monkeypatch):
    from reader.app import dialog_helpers

    said = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *args: said.append(args[1:]))
    found = shown(window)
    broken = Suggestion("quote", 1, 5, "not in the article at all", "Nobody New")
    monkeypatch.setattr(panel(window).model, "suggestions",
                        lambda: [*found[:3], broken, found[3]])
    window.right_tabs.setCurrentWidget(panel(window))
    qtbot.mouseClick(panel(window).accept_all_button, Qt.MouseButton.LeftButton)

    assert len(window.library.annotations.for_article(seed_id)) == 2
    [(title, text)] = said
    assert title == "Accept All" and text.startswith("2 of 5 suggestions were accepted")
    assert "no longer in the article" in text
    assert window.undo_stack.undoText() == "accept 2 suggestions"
    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == []


def _many(n: int) -> list[Suggestion]:
    return [Suggestion("quote", 100 * i, 100 * i + 60,
                       f"We will build {i} new schools in the region this year"
                       + " and more" * (i % 4),
                       "Jane Doe", reason="quotation attributed by 'said Jane Doe'")
            for i in range(n)]


def test_a_long_list_measures_only_the_rows_it_shows(qtbot, monkeypatch):
    """Opening the tab with a transcript's 3,000 suggestions measured every row first
    (a word-wrapped layout each, twice: 6,020 sizes, 1.75 s CPU, 6-10 s under load); the
    list asks the size of the rows it shows, and scrolls to its end without the others."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    from reader.app import suggestions_panel

    asked: list[int] = []
    size_hint = suggestions_panel._SuggestionDelegate.sizeHint

    def counted(delegate, option, index):
        asked.append(index.row())
        return size_hint(delegate, option, index)

    monkeypatch.setattr(suggestions_panel._SuggestionDelegate, "sizeHint", counted)
    widget = suggestions_panel.SuggestionsPanel()
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.set_suggestions(_many(3000))
    widget.show()
    qtbot.waitExposed(widget)
    # (the pointer away from the list: a row under it, hovered, is repainted after each
    # scroll, which measures the rows between it and the top one shown, once; another
    # test's clicks may have left the pointer where this list is)
    QCursor.setPos(widget.mapToGlobal(QPoint(widget.width() + 200, widget.height() + 200)))
    widget.list.viewport().repaint()
    assert 0 < len(set(asked)) < 40, len(set(asked))  # (those shown, the last page's)
    assert widget.heading.text() == "3000 suggested quotes"
    for row in (2999, 1500, 20):  # (a faint suggestion clicked far down in the text)
        widget.select(row)
        widget.list.viewport().repaint()
        assert widget.list.viewport().rect().contains(
            widget.list.visualRect(widget.model.index(row, 0)))
        assert widget.current_suggestion() == widget.model.suggestion(row)
    assert len(set(asked)) < 80, len(set(asked))


def test_rows_wrap_again_when_the_list_narrows(qtbot):
    """Rows take the height their words need at the list's width, as it changes."""
    from reader.app.suggestions_panel import SuggestionsPanel

    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.set_suggestions(_many(5))
    widget.show()
    qtbot.waitExposed(widget)
    first = widget.model.index(3, 0)  # (the longest quotation)
    wide = widget.list.visualRect(first).height()
    widget.resize(220, 500)
    qtbot.waitUntil(lambda: widget.list.visualRect(first).height() > wide, timeout=3000)
    narrow = widget.list.visualRect(first).height()
    widget.list.doItemsLayout()  # (measured afresh: the same)
    assert widget.list.visualRect(first).height() == narrow
