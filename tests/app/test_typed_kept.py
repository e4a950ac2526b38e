"""What the user typed is never thrown away when the library refuses to save it (review
R18-15): the corrected text of Article › Edit Article Text… when the article changed
meanwhile, and what is typed in the annotation form when the window closes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.app import dialog_helpers
from reader.app.text_editor_dialog import TextEditorDialog
from reader.core.library import Library
from reader.core.store import CannotWriteNow

LAVROV = "Kami tidak ingin berperang"


def test_an_edited_text_refused_because_the_article_changed_is_on_the_clipboard(
        qtbot, window, seed_id, db_path, monkeypatch):
    """The editor returned the user's corrections; meanwhile another program (the command
    line's re-import, a colleague) changed the text. The refusal is right (never over a
    newer text), but the corrections were nowhere: now on the clipboard, and said."""
    typed = window.library.articles.text(seed_id) + "\n\nKoreksi panjang dari pengguna."

    def ask(article, count, parent):
        with Library(db_path) as colleague:  # (while the editor was open)
            colleague.texts.replace(seed_id, "Ralat. " + colleague.articles.text(seed_id))
        return typed

    said = []
    monkeypatch.setattr(TextEditorDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: said.append(a[-1]))
    QApplication.clipboard().setText("")
    assert window.reanchoring.edit_text() is None
    assert QApplication.clipboard().text() == typed
    assert "text changed since it was opened" in said[0] and "clipboard" in said[0]
    assert window.library.articles.text(seed_id).startswith("Ralat. ")  # theirs stays


def test_a_note_refused_as_the_window_closes_is_on_the_clipboard(
        qtbot, window, seed_id, monkeypatch):
    """Closing the window saves what is typed in the form; a save refused then (the disk
    full, a busy file, a colleague's change) was shown and gone with the window."""
    note = window.library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    window.open_article(seed_id)
    window.annotation_pane.select(note.id)
    qtbot.waitUntil(lambda: window.annotation_pane.current_annotation() is not None)
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    monkeypatch.setattr(dialog_helpers, "show_info", lambda *a: shown.append(a[-1]))

    def full(*a, **k):
        raise CannotWriteNow("The disk is full; nothing was changed.")

    monkeypatch.setattr(window.library.annotations, "update", full)
    window.annotation_pane.note.setPlainText("Catatan penting yang panjang.")
    QApplication.clipboard().setText("")
    window.close()
    assert QApplication.clipboard().text() == "Note: Catatan penting yang panjang."
    assert any("disk is full" in s for s in shown)
    assert any("copied to the clipboard" in s for s in shown)
    # review RR18-7: as Kutip quits the clipboard may go with the process: a file too
    from pathlib import Path

    from reader.core.paths import user_data_dir

    [kept] = (Path(user_data_dir()) / "unsaved").glob("unsaved-*.txt")
    assert kept.read_text(encoding="utf-8") == "Note: Catatan penting yang panjang.\n"
    assert kept.stat().st_mode & 0o077 == 0  # (a journalist's note: the owner's only)
    assert any(f"kept in the file {kept}" in s for s in shown)
