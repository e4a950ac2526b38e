"""Orphans in the main window: re-attach one to selected text (undoable); edit an article's text."""

from __future__ import annotations

import marks_shown
import pytest
from PySide6.QtCore import QSettings, Qt

from reader.app import dialog_helpers
from reader.app.main_window import MainWindow
from reader.app.text_editor_dialog import TextEditorDialog
from reader.core.models import Annotation

RYABKOV_PARAGRAPH = ("Namun, Sergei Ryabkov, Wakil Menteri Luar Negeri Rusia membantah klaim "
                     "yang menyebut Moskow berencana menyerang Ukraina.\n\n")
RYABKOV = "membantah klaim yang menyebut Moskow berencana menyerang Ukraina"
LAVROV = "Kami tidak ingin berperang"


def highlighted(window, annotation: Annotation) -> bool:
    start = window.reader.to_document(annotation.start)
    end = window.reader.to_document(annotation.end)
    return any(s <= start and end <= e for s, e, *_ in marks_shown.ranges(window.reader))


@pytest.fixture
def orphan(window, seed_id) -> Annotation:
    library = window.library
    note = library.annotations.add_exact(seed_id, RYABKOV, kind="claim", note="cek")
    library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    text = library.articles.get(seed_id).text
    report = library.texts.replace(seed_id, text.replace(RYABKOV_PARAGRAPH, ""))
    assert [n.id for n in report.orphaned] == [note.id]
    return library.annotations.get(note.id)


def select_in_reader(window, phrase: str) -> tuple[int, int]:
    text = window.library.articles.get(window.article_id).text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    return start, start + len(phrase)


def test_orphan_is_listed_with_its_old_text_and_a_reattach_button(qtbot, window, orphan,
                                                                    tmp_path):
    pane = window.annotation_pane
    assert "1 without text" in pane.heading.text()
    row = pane.model.row_of(orphan.id)
    assert row == pane.model.rowCount() - 1  # orphans last
    assert RYABKOV in pane.model.data(pane.model.index(row, 0))
    pane.select(orphan.id)
    assert pane.reattach_button.isVisible()
    assert not pane.reattach_button.isEnabled()  # nothing selected in the reader yet
    select_in_reader(window, "Gedung Putih meyakini")
    assert pane.reattach_button.isEnabled()
    assert "no longer in the article" in pane.anchor_label.text()
    window.resize(1400, 860)
    assert window.grab().save(str(tmp_path / "orphan.png"))

    window.reader.select_span(0, 0)
    assert not pane.reattach_button.isEnabled()
    pane.select(window.library.annotations.for_article(window.article_id)[0].id)  # an anchored one
    assert not pane.reattach_button.isVisible()


def test_reattach_to_selection_stores_highlights_and_undoes(qtbot, window, orphan):
    pane = window.annotation_pane
    pane.select(orphan.id)
    start, end = select_in_reader(window, "Gedung Putih meyakini")
    qtbot.mouseClick(pane.reattach_button, Qt.MouseButton.LeftButton)

    placed = window.library.annotations.get(orphan.id)
    assert (placed.anchor, placed.start, placed.end) == ("anchored", start, end)
    assert placed.exact == "Gedung Putih meyakini" and placed.note == "cek"
    assert highlighted(window, placed)
    assert pane.current_annotation().id == orphan.id
    assert not pane.reattach_button.isVisible()
    assert "without text" not in pane.heading.text()
    assert window.undo_stack.undoText().startswith("re-attach claim")

    window.undo_stack.undo()
    again = window.library.annotations.get(orphan.id)
    assert again == orphan  # orphan again, with the same old quote and context
    assert (again.start, again.exact, again.prefix, again.suffix) == (
        None, RYABKOV, orphan.prefix, orphan.suffix)
    assert not any(s <= window.reader.to_document(start) < e
                   for s, e, *_ in marks_shown.ranges(window.reader))
    assert "1 without text" in pane.heading.text()

    window.undo_stack.redo()
    assert window.library.annotations.get(orphan.id).start == start


def test_redo_of_a_reattach_finds_its_words_in_a_text_reimported_since(
        qtbot, window, orphan, db_path):
    """Undo, another process re-imports the article with a paragraph added above, redo:
    the same words, never the old offsets in the new text (review R17-3)."""
    from reader.core.library import Library

    pane = window.annotation_pane
    pane.select(orphan.id)
    select_in_reader(window, "Gedung Putih meyakini")
    qtbot.mouseClick(pane.reattach_button, Qt.MouseButton.LeftButton)
    window.undo_stack.undo()
    other = Library(db_path)
    try:
        text = other.articles.get(window.article_id).text
        other.texts.replace(window.article_id, "Catatan redaksi di awal artikel.\n\n" + text)
    finally:
        other.close()
    window.undo_stack.redo()
    placed = window.library.annotations.get(orphan.id)
    now = window.library.articles.get(window.article_id).text
    assert placed.anchor == "anchored"
    assert now[placed.start:placed.end] == "Gedung Putih meyakini"


def test_edit_article_text_replaces_reanchors_and_undoes(qtbot, window, seed_id, monkeypatch):
    library = window.library
    lavrov = library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    gone = library.annotations.add_exact(seed_id, RYABKOV, kind="claim")
    old = library.articles.get(seed_id).text
    new = "Koreksi: paragraf baru.\n\n" + old.replace(RYABKOV_PARAGRAPH, "")
    monkeypatch.setattr(TextEditorDialog, "ask", classmethod(lambda cls, *a, **k: new))
    told = []
    monkeypatch.setattr(dialog_helpers, "show_info", lambda *a: told.append(a[2]))

    assert window.reanchoring.edit_text_action in window.article_menu.actions()
    window.reanchoring.edit_text_action.trigger()

    assert library.articles.get(seed_id).text == new
    moved = library.annotations.get(lavrov.id)
    assert moved.start == lavrov.start + len("Koreksi: paragraf baru.\n\n")
    assert highlighted(window, moved)
    assert library.annotations.get(gone.id).anchor == "orphan"
    assert "1 could not be placed" in window.statusBar().currentMessage()
    assert told and "Re-attach" in told[0]
    assert window.reader.article.text == new

    window.undo_stack.undo()
    assert library.articles.get(seed_id).text == old
    assert library.annotations.get(gone.id) == gone
    assert library.annotations.get(lavrov.id) == lavrov
    assert window.reader.article.text == old


def test_text_editor_dialog_needs_a_change(qtbot, window, seed_id):
    article = window.library.articles.get(seed_id)
    dialog = TextEditorDialog(article, 2, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.editor.setPlainText(article.text + "\n\nTambahan.")
    assert ok.isEnabled() and dialog.text().endswith("Tambahan.")
    dialog.editor.setPlainText("  ")
    assert not ok.isEnabled()


def test_reimporting_an_edited_file_in_the_window_updates_the_open_article(
        qtbot, tmp_path, seed_path, db_path):
    from reader.core.library import Library

    library = Library(db_path)
    copy = tmp_path / "story.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    [(_, article_id)] = library.imports.paths([copy]).imported
    note = library.annotations.add_exact(article_id, RYABKOV, kind="claim")
    settings = QSettings(str(tmp_path / "kutip.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.article_id == article_id

    copy.write_text(copy.read_text(encoding="utf-8").replace(RYABKOV_PARAGRAPH, ""),
                    encoding="utf-8")
    window.imports.import_paths([copy])

    qtbot.waitUntil(lambda: "without text" in window.annotation_pane.heading.text())
    assert "1 updated" in window.statusBar().currentMessage()
    assert library.articles.ids() == [article_id]
    assert library.annotations.get(note.id).anchor == "orphan"
    assert RYABKOV not in window.reader.article.text
    window.close()
    library.close()
