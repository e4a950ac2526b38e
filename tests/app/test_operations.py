"""One way to change the library from the app: History.run, used by window, controllers and
dialogs; collections are undoable, imports say they are not."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from reader.app import dialog_helpers, import_worker


def test_collections_are_undoable(window, seed_id, monkeypatch):
    monkeypatch.setattr(dialog_helpers, "ask_text", lambda *a, **k: "Ukraine talks")
    collection_id = window.collections.new_collection()
    names = lambda: [c.name for c in window.library.collections.all()]  # noqa: E731
    assert names() == ["Ukraine talks"]
    window.library_panel.select_article(seed_id)
    monkeypatch.setattr(dialog_helpers, "ask_item", lambda *a, **k: "Ukraine talks")
    window.collections.add_to_collection()
    members = lambda: [c.name for c in window.library.collections.of_article(seed_id)]  # noqa: E731
    assert members() == ["Ukraine talks"]
    window.undo_stack.undo()
    assert members() == []
    window.undo_stack.undo()
    assert names() == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert names() == ["Ukraine talks"] and members() == ["Ukraine talks"]
    assert window.library.collections.id_of("Ukraine talks") == collection_id


def test_renaming_a_collection_is_undoable(window, monkeypatch):
    collection = window.library.collections.create("Lama")
    window.sidebar.refresh()
    monkeypatch.setattr(window.sidebar, "current_collection_id", lambda: collection.id)
    monkeypatch.setattr(dialog_helpers, "ask_text", lambda *a, **k: "Baru")
    window.collections.rename_collection()
    assert [c.name for c in window.library.collections.all()] == ["Baru"]
    window.undo_stack.undo()
    assert [c.name for c in window.library.collections.all()] == ["Lama"]


def test_a_refused_change_is_shown_and_not_pushed(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(dialog_helpers, "ask_text", lambda *a, **k: "Sama")
    window.library.collections.create("Sama")
    before = window.undo_stack.count()
    assert window.collections.new_collection() is None
    assert shown and window.undo_stack.count() == before


def test_the_edit_menu_says_imports_cannot_be_undone(window, tmp_path, monkeypatch):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    notes = [a for a in edit.actions() if "cannot be undone" in a.text()]
    assert notes and not notes[0].isEnabled()
    monkeypatch.setattr(import_worker, "show_report", lambda *a: None)
    story = tmp_path / "a.txt"
    story.write_text("Judul\n\nIsi berita yang cukup panjang.", encoding="utf-8")
    before = window.undo_stack.count()
    window.imports.import_paths([story])
    assert window.undo_stack.count() == before
    assert "cannot be undone" in window.statusBar().currentMessage()


def test_the_tag_manager_makes_each_change_once(qtbot, seeded_library, monkeypatch):
    from reader.app.tag_manager import TagManagerDialog

    calls = []
    create = seeded_library.tags.create
    monkeypatch.setattr(seeded_library.tags, "create",
                        lambda *a, **k: calls.append(a) or create(*a, **k))
    stack = QUndoStack()
    dialog = TagManagerDialog(seeded_library, stack)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog_helpers, "ask_text", lambda *a, **k: "framing")
    dialog.new_tag()
    assert len(calls) == 1 and stack.count() == 1
    stack.undo()
    assert seeded_library.tags.names() == []


def test_choosing_an_article_ignores_the_keys_held_down(qtbot, window, seed_id):
    """selectRow follows the keyboard's modifiers: with Ctrl held (here: pressed and not yet
    released), choosing the open article again toggled it off and left nothing selected."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table = window.library_panel.table
    window.library_panel.select_article(seed_id)
    QTest.keyPress(table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        window.library_panel.select_article(seed_id)
        assert window.library_panel.selected_article_ids() == [seed_id]
    finally:
        QTest.keyRelease(table, Qt.Key.Key_Control)
