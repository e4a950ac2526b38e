"""The window never tags the wrong words when the article changed underneath (issue 17, #7)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.app import dialog_helpers
from reader.core.library import Library

LAVROV = "Kami tidak ingin berperang"
LEAD = "Catatan redaksi: berita ini diperbarui.\n\n"


def _elsewhere(library, change) -> None:
    other = Library(library.path)  # another connection, as the command line would open
    try:
        change(other)
    finally:
        other.close()


def _select_and_press(qtbot, window, phrase, key=Qt.Key.Key_Q) -> None:
    text = window.reader.article.text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, key)


def test_a_tag_after_a_reimport_elsewhere_lands_on_the_selected_words(qtbot, window, seed_id):
    _elsewhere(window.library, lambda lib: lib.texts.replace(
        seed_id, LEAD + lib.articles.get(seed_id).text))
    _select_and_press(qtbot, window, LAVROV)  # selected in the text still shown
    [note] = window.library.annotations.for_article(seed_id)
    assert note.exact == LAVROV
    assert window.reader.article.text.startswith(LEAD)  # the new text is shown now
    assert "changed meanwhile" in window.statusBar().currentMessage()


def test_a_tag_on_words_gone_elsewhere_is_refused_and_the_new_text_shown(
        qtbot, window, seed_id, monkeypatch):
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    _elsewhere(window.library, lambda lib: lib.texts.replace(
        seed_id, lib.articles.get(seed_id).text.replace(LAVROV, "Kami siap berunding")))
    _select_and_press(qtbot, window, LAVROV)
    assert window.library.annotations.for_article(seed_id) == []
    assert len(shown) == 1 and "changed since it was shown" in shown[0]
    assert LAVROV not in window.reader.article.text
    assert window.undo_stack.count() == 0


def test_undo_of_a_text_edit_keeps_a_newer_text_from_elsewhere(qtbot, window, seed_id,
                                                               monkeypatch):
    from reader.app.reanchor_controller import EditArticleTextCommand
    from reader.core.library import text_hash

    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    library = window.library
    old = library.articles.get(seed_id).text
    window.history.run(EditArticleTextCommand(library, seed_id, old + "\n\nTambahan.",
                                        based_on=text_hash(old)))
    _elsewhere(library, lambda lib: lib.texts.replace(
        seed_id, LEAD + lib.articles.get(seed_id).text))
    newer = library.articles.get(seed_id).text
    window.undo_stack.undo()
    assert library.articles.get(seed_id).text == newer
    assert len(shown) == 1 and "not put back" in shown[0]
