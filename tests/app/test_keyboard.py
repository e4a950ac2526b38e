"""The journalist's loop from the keyboard: select, Q, type the speaker, undo, redo, delete.

These tests also run under Xvfb with the xcb platform (see ``test_real_keys.py``), where
Qt's standard keys are the ones Linux users get (Redo is Ctrl+Shift+Z there, not Ctrl+Y).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LAVROV = "Kami tidak ingin berperang"


@pytest.fixture
def active(window, qtbot):
    """The window, active (window shortcuts only fire in the active window)."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def tag(qtbot, window, phrase: str, key=Qt.Key.Key_Q) -> None:
    text = window.library.articles.get(window.article_id).text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, key)


def key(qtbot, key_, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as the user would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key_, modifiers)


def test_ctrl_z_right_after_q_removes_the_quote(qtbot, active, seed_id):
    tag(qtbot, active, LAVROV)
    assert active.annotation_pane.speaker.hasFocus()
    assert len(active.library.annotations.for_article(seed_id)) == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id) == []
    assert active.reader.text_widget.hasFocus()  # not some widget Qt picked


@pytest.mark.parametrize("redo", [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)],
                         ids=["ctrl+shift+z", "ctrl+y"])
def test_redo_keys_bring_the_quote_back(qtbot, active, seed_id, redo, qtlog):
    tag(qtbot, active, LAVROV)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id) == []
    key(qtbot, *redo)
    [note] = active.library.annotations.for_article(seed_id)
    assert note.exact == LAVROV
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_after_undo_and_redo_the_pane_shows_the_quote(qtbot, active, seed_id):
    """F9-5: after Q, Ctrl+Z, Ctrl+Shift+Z the quote was selected in the text but the
    annotation pane stayed empty (its Kind disabled). Undo leaves its text selected (as
    before Q); Redo selects it in the text and the pane, as Q did."""
    pane = active.annotation_pane
    tag(qtbot, active, LAVROV)
    [note] = active.library.annotations.for_article(seed_id)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert pane.current_annotation() is None and not pane.kind.isEnabled()
    assert active.reader.selection_span() == (note.start, note.end)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert pane.current_annotation() is not None and pane.current_annotation().id == note.id
    assert pane.kind.isEnabled() and pane.kind.currentIndex() == 0  # a quote
    assert pane.speaker.text() == note.speaker
    assert active.reader.selection_span() == (note.start, note.end)
    assert active.right_tabs.currentWidget() is pane
    key(qtbot, Qt.Key.Key_Z, CTRL)  # and again: the same both ways
    assert pane.current_annotation() is None
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert pane.current_annotation().id == note.id and pane.kind.isEnabled()


def test_undo_of_enter_in_suggestions_selects_the_suggestion_again(qtbot, active, seed_id):
    """Enter accepts the suggestion; Ctrl+Z brings it back selected in its tab and in the
    text, Ctrl+Shift+Z selects the quote it became."""
    panel = active.suggestions_panel
    active.right_tabs.setCurrentWidget(panel)
    panel.select(1)
    chosen = panel.current_suggestion()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    [note] = active.library.annotations.for_article(seed_id)
    assert panel.current_suggestion() != chosen  # moved on to the next
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id) == []
    assert panel.current_suggestion() == chosen
    assert active.reader.selection_span() == (chosen.start, chosen.end)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert active.annotation_pane.current_annotation().id == note.id
    assert active.right_tabs.currentWidget() is active.annotation_pane


def test_the_speaker_field_undoes_its_own_typing_first(qtbot, active, seed_id):
    tag(qtbot, active, LAVROV)
    speaker = active.annotation_pane.speaker
    qtbot.keyClicks(speaker, "Menlu")
    assert speaker.text() == "Menlu"
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the typing
    assert speaker.text() == "Sergey Lavrov"
    assert len(active.library.annotations.for_article(seed_id)) == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)  # then the app's history: the quote
    assert active.library.annotations.for_article(seed_id) == []


def test_a_saved_field_edit_is_undone_from_the_field(qtbot, active, seed_id):
    tag(qtbot, active, LAVROV)
    speaker = active.annotation_pane.speaker
    speaker.selectAll()
    qtbot.keyClicks(speaker, "Menlu Rusia")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)  # saved
    assert active.library.annotations.for_article(seed_id)[0].speaker == "Menlu Rusia"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id)[0].speaker == "Sergey Lavrov"


def test_delete_after_h_deletes_the_highlight(qtbot, active, seed_id):
    tag(qtbot, active, "Gazprom", Qt.Key.Key_H)
    assert active.reader.text_widget.hasFocus()  # back in the text for the next one
    key(qtbot, Qt.Key.Key_Delete)
    assert active.library.annotations.for_article(seed_id) == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(active.library.annotations.for_article(seed_id)) == 1


def test_delete_in_the_speaker_field_edits_text_then_deletes_the_quote(qtbot, active, seed_id):
    tag(qtbot, active, LAVROV)
    speaker = active.annotation_pane.speaker
    key(qtbot, Qt.Key.Key_Delete)  # the pre-filled name is selected: it goes
    assert speaker.text() == ""
    assert len(active.library.annotations.for_article(seed_id)) == 1
    key(qtbot, Qt.Key.Key_Delete)  # nothing left to delete in the field: the quote goes
    assert active.library.annotations.for_article(seed_id) == []


def test_focus_after_c_is_on_the_verdict(qtbot, active, seed_id):
    tag(qtbot, active, "Gedung Putih meyakini", Qt.Key.Key_C)
    assert active.annotation_pane.verdict.hasFocus()


def test_a_verdict_chosen_with_arrow_keys_is_one_undo_step(qtbot, active, seed_id):
    tag(qtbot, active, "Gedung Putih meyakini", Qt.Key.Key_C)
    steps = active.undo_stack.count()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert active.library.annotations.for_article(seed_id)[0].verdict == "misleading"
    assert active.undo_stack.count() == steps + 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id)[0].verdict == "unchecked"
    assert len(active.library.annotations.for_article(seed_id)) == 1


def test_arrowing_back_to_the_first_verdict_leaves_nothing_to_undo(qtbot, active, seed_id):
    tag(qtbot, active, "Gedung Putih meyakini", Qt.Key.Key_C)
    steps = active.undo_stack.count()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Up)
    assert active.undo_stack.count() == steps


def test_no_key_is_bound_twice_in_the_window(active):
    seen: dict[str, str] = {}
    clashes = []
    for obj in [*active.findChildren(QAction), *active.findChildren(QShortcut)]:
        if isinstance(obj, QAction):
            if obj.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                continue
            keys, name = obj.shortcuts(), obj.text()
        else:
            if obj.context() == Qt.ShortcutContext.WidgetShortcut:
                continue
            keys, name = [obj.key()], obj.objectName()
        for sequence in keys:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text in seen and seen[text] != name:
                clashes.append((text, seen[text], name))
            seen[text] = name
    assert clashes == []
    assert "Ctrl+Y" in seen and "Ctrl+Shift+Z" in seen and "Ctrl+Z" in seen


def test_keyboard_shortcuts_window_lists_the_keys(qtbot, active):
    from reader.app.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(active)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    text = "\n".join(f"{what}\t{keys}" for what, keys in rows)
    assert "Ctrl+Shift+Z" in text and "Ctrl+Y" in text
    assert any(keys == "Q" for _what, keys in rows)
    assert active.shortcuts_action in active.help_menu.actions()


def test_platform_is_the_one_asked_for():
    import os

    wanted = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    assert QGuiApplication.platformName() == wanted.split(":")[0]


FOCUS = {  # where the keyboard focus may be when the user reaches for Ctrl+Z
    "article": lambda w: w.reader.text_widget,
    "speaker field": lambda w: w.annotation_pane.speaker,
    "tags field": lambda w: w.annotation_pane.tags,
    "note field": lambda w: w.annotation_pane.note,
    "kind menu": lambda w: w.annotation_pane.kind,
    "verdict menu": lambda w: w.annotation_pane.verdict,
    "annotation list": lambda w: w.annotation_pane.list,
    "library search": lambda w: w.library_panel.search,
    "library table": lambda w: w.library_panel.table,
    "collections": lambda w: w.sidebar,
    "suggestions": lambda w: w.suggestions_panel.list,
}


@pytest.mark.parametrize("where", list(FOCUS))
def test_undo_and_redo_work_from_every_focus(qtbot, active, seed_id, where):
    """Nothing typed there: Ctrl+Z undoes the tag, Ctrl+Shift+Z and Ctrl+Y bring it back."""
    tag(qtbot, active, LAVROV, Qt.Key.Key_C if where == "verdict menu" else Qt.Key.Key_Q)
    assert len(active.library.annotations.for_article(seed_id)) == 1
    target = FOCUS[where](active)
    if where == "suggestions":
        active.right_tabs.setCurrentWidget(active.suggestions_panel)
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=3000)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert active.library.annotations.for_article(seed_id) == []
    target.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(active.library.annotations.for_article(seed_id)) == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    target.setFocus()
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert len(active.library.annotations.for_article(seed_id)) == 1


def test_the_shortcuts_window_lists_every_key_the_window_answers(qtbot, active):
    """Menu actions list themselves; keys bound to one widget (QShortcut) are written out by
    hand in widget_keys(): each must be there."""
    from reader.app.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(active)
    qtbot.addWidget(dialog)
    listed = " / ".join(keys for _what, keys in dialog.rows()).replace(", ", " / ")
    names = set(listed.split(" / "))
    same = {"Return": "Enter", "Del": "Delete"}
    for action in active.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            assert text in names, (action.text(), text)
    for shortcut in active.findChildren(QShortcut):
        text = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        assert same.get(text, text) in names | {same.get(n, n) for n in names}, text
