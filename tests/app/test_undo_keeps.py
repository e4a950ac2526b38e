"""Undo in the window never loses what it restores (issue 17, item 6)."""

from __future__ import annotations

from reader.app import dialog_helpers
from reader.core.store import StoreError

LAVROV = "Kami tidak ingin berperang"


def _collect(monkeypatch) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown["error"].append(a[-1]))
    monkeypatch.setattr(dialog_helpers, "show_info", lambda *a: shown["info"].append(a[-1]))
    monkeypatch.setattr(dialog_helpers, "confirm", lambda *a, **k: True)
    return shown


def test_delete_article_then_its_collection_then_undo_both(qtbot, window, seed_id,
                                                            monkeypatch):
    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    talks = library.collections.create("Ukraine talks")
    library.collections.add([seed_id], talks.id)
    window.delete_articles()
    window.sidebar.setCurrentRow(1)
    window.collections.delete_collection()  # now empty; undoable too
    assert library.collections.all() == []
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert library.annotations.get(note.id) == note
    assert [c.name for c in library.collections.of_article(seed_id)] == ["Ukraine talks"]
    assert shown == {"error": [], "info": []}


def test_undo_after_the_collection_went_elsewhere_restores_and_reports(
        qtbot, window, seed_id, monkeypatch):
    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV)
    talks = library.collections.create("Ukraine talks")
    library.collections.add([seed_id], talks.id)
    window.delete_articles()
    library.collections.delete(talks.id)  # behind the undo stack's back (not undoable here)
    window.undo_stack.undo()
    assert library.annotations.get(note.id) == note
    assert shown["error"] == []
    [info] = shown["info"]
    assert "Ukraine talks" in info
    window.undo_stack.redo()  # still in the history: redo deletes it again
    assert library.articles.count() == 0


def test_an_undo_that_could_not_write_stays_on_top_to_try_again(qtbot, window, seed_id,
                                                                 monkeypatch):
    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV)
    window.delete_articles()
    real = library.articles.restore
    calls = []

    def busy_once(snapshot):
        calls.append(snapshot)
        if len(calls) == 1:
            raise StoreError("The library is busy in another program; nothing was changed.")
        return real(snapshot)

    monkeypatch.setattr(library.articles, "restore", busy_once)
    window.undo_stack.undo()
    assert "busy" in shown["error"][0] and library.articles.count() == 0
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)  # back on top
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()  # try again
    assert library.annotations.get(note.id) == note


def test_undo_never_writes_an_older_note_over_someone_else_s_later_one(
        qtbot, window, seed_id, db_path, monkeypatch):
    """R15-11: the user edits a note, another program (a colleague, a script, another
    window) changes it after; Ctrl+Z restored the note from before the user's edit and
    erased theirs. Now the undo is refused in one line and theirs stays; with nobody else
    in between, undo and redo work as before."""
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    window.edit_annotation(note.id, {"note": "mine"})
    window.undo_stack.undo()
    assert library.annotations.get(note.id).note == ""
    window.undo_stack.redo()
    assert library.annotations.get(note.id).note == "mine"
    with Library(db_path) as colleague:
        colleague.annotations.update(note.id, note="colleague note")
    window.undo_stack.undo()
    assert library.annotations.get(note.id).note == "colleague note"
    [error] = shown["error"]
    assert "Someone else changed this annotation since" in error
    assert shown["info"] == []


def test_redo_never_writes_over_a_change_made_after_the_undo(qtbot, window, seed_id, db_path,
                                                             monkeypatch):
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    window.edit_annotation(note.id, {"note": "mine"})
    window.undo_stack.undo()
    with Library(db_path) as colleague:
        colleague.annotations.update(note.id, tags=["checked"])
    window.undo_stack.redo()
    after = library.annotations.get(note.id)
    assert (after.note, after.tags) == ("", ["checked"])
    assert len(shown["error"]) == 1
