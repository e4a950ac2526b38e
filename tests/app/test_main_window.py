"""The main window driven like a user: select text, press Q, edit, undo, delete, filter, import."""

from __future__ import annotations

import marks_shown
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reader.app import dialog_helpers, import_worker
from reader.app.library_model import LibraryTableModel
from reader.app.main_window import MainWindow
from reader.core.models import Annotation

LAVROV = "Kami tidak ingin berperang"
EMOJI_STORY = "Judul 😀\n\n😀 Pagi ini 🎉 “Kami siap berunding,” kata Rina. Selesai."


def select_in_reader(window, phrase: str) -> tuple[int, int]:
    text = window.library.articles.get(window.article_id).text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    return start, start + len(phrase)


def press(qtbot, window, key) -> None:
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, key)


def highlighted(window, annotation: Annotation) -> bool:
    """Is the annotation's span drawn in the reader (as an extra selection / format)?

    A faint suggestion alone (the Suggestions tab's proposals) does not count."""
    start = window.reader.to_document(annotation.start)
    end = window.reader.to_document(annotation.end)
    return any(s <= start and end <= e and kinds != "suggestion"
               for s, e, kinds, *_ in marks_shown.ranges(window.reader))


def test_opens_on_the_seed_article(window, seed_id):
    assert window.article_id == seed_id
    assert window.library_panel.model.rowCount() == 1
    assert "AS dan Rusia" in window.windowTitle()
    assert "1 article" in window.counts_label.text()


def test_select_text_press_q_stores_and_highlights_a_quote(qtbot, window, seed_id):
    start, end = select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)

    [note] = window.library.annotations.for_article(seed_id)
    assert (note.kind, note.exact, note.start, note.end) == ("quote", LAVROV, start, end)
    assert note.speaker == "Sergey Lavrov"  # pre-filled from “…,” kata Lavrov
    assert highlighted(window, note)
    assert window.annotation_pane.current_annotation().id == note.id
    assert window.annotation_pane.speaker.hasFocus()
    assert window.library_panel.model.article(0).quotes == 1


def test_tagging_from_the_suggestions_tab_shows_the_new_annotation(qtbot, window, seed_id):
    window.right_tabs.setCurrentWidget(window.suggestions_panel)
    select_in_reader(window, "Gazprom")
    press(qtbot, window, Qt.Key.Key_H)
    assert window.right_tabs.currentWidget() is window.annotation_pane
    assert window.reader.text_widget.hasFocus()  # a highlight has no speaker to type


@pytest.mark.parametrize("key,kind", [(Qt.Key.Key_C, "claim"), (Qt.Key.Key_H, "highlight")])
def test_c_and_h_tag_claims_and_highlights(qtbot, window, seed_id, key, kind):
    select_in_reader(window, "Gedung Putih meyakini")
    press(qtbot, window, key)
    [note] = window.library.annotations.for_article(seed_id)
    assert note.kind == kind
    assert note.verdict == ("unchecked" if kind == "claim" else "")


def test_selection_with_spaces_is_trimmed(qtbot, window, seed_id):
    start, end = select_in_reader(window, " memberikan rancangan ")
    press(qtbot, window, Qt.Key.Key_H)
    [note] = window.library.annotations.for_article(seed_id)
    assert (note.exact, note.start, note.end) == ("memberikan rancangan", start + 1, end - 1)


def test_edit_speaker_then_undo_and_redo(qtbot, window, seed_id):
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)
    pane = window.annotation_pane
    pane.speaker.setText("Menlu Rusia")
    pane.speaker.editingFinished.emit()
    note = window.library.annotations.for_article(seed_id)[0]
    assert note.speaker == "Menlu Rusia"
    assert window.undo_action.text().startswith("&Undo edit speaker")

    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id)[0].speaker == "Sergey Lavrov"
    assert pane.speaker.text() == "Sergey Lavrov"
    window.undo_stack.redo()
    assert window.library.annotations.for_article(seed_id)[0].speaker == "Menlu Rusia"


def test_tags_note_kind_and_verdict_are_edited_in_place(qtbot, window, seed_id):
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)
    pane = window.annotation_pane
    pane.tags.setText("framing/diplomacy, perang")
    pane.tags.editingFinished.emit()
    pane.note.setPlainText("Wawancara RT")
    pane.note.editingFinished.emit()
    pane.kind.setCurrentIndex(1)
    pane.kind.activated.emit(1)
    pane.verdict.setCurrentIndex(2)
    pane.verdict.activated.emit(2)
    note = window.library.annotations.for_article(seed_id)[0]
    assert (note.tags, note.note, note.kind, note.verdict) == (
        ["framing/diplomacy", "perang"], "Wawancara RT", "claim", "false")
    assert "framing/diplomacy" in pane.tag_names.stringList()


def test_delete_then_undo_brings_it_back(qtbot, window, seed_id):
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)
    before = window.library.annotations.for_article(seed_id)[0]
    window.annotation_pane.list.setFocus()
    qtbot.keyClick(window.annotation_pane.list, Qt.Key.Key_Delete)
    assert window.library.annotations.for_article(seed_id) == []
    assert not marks_shown.ranges(window.reader) or not highlighted(window, before)
    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == [before]
    assert highlighted(window, before)
    window.undo_stack.undo()  # and the creation itself
    assert window.library.annotations.for_article(seed_id) == []
    window.undo_stack.redo()
    assert window.library.annotations.for_article(seed_id) == [before]


def test_clicking_a_highlight_selects_it_in_the_pane(qtbot, window, seed_id):
    first = window.library.annotations.add_exact(seed_id, LAVROV)
    second = window.library.annotations.add_exact(seed_id, "Gazprom", kind="highlight")
    window.open_article(seed_id)
    window.reader.annotationClicked.emit(second.id)
    assert window.annotation_pane.current_annotation().id == second.id
    window.reader.annotationClicked.emit(first.id)
    assert window.annotation_pane.current_annotation().id == first.id


def test_emoji_before_the_selection_still_stores_code_points(qtbot, window):
    report = window.library.imports.text(EMOJI_STORY, name="emoji")
    article_id = report.imported[0][1]
    window.library_panel.select_article(article_id)
    assert window.article_id == article_id
    start, end = select_in_reader(window, "Kami siap berunding,")
    press(qtbot, window, Qt.Key.Key_Q)
    [note] = window.library.annotations.for_article(article_id)
    text = window.library.articles.get(article_id).text
    assert text[note.start:note.end] == "Kami siap berunding," == note.exact
    assert note.speaker == "Rina"
    assert highlighted(window, note)


def test_search_box_filters_the_library_as_you_type(qtbot, window):
    window.library.imports.text("Berita lain\n\nTidak ada hubungannya dengan Rusia sama sekali.",
                               name="lain")
    panel = window.library_panel
    assert panel.model.rowCount() == 2
    qtbot.keyClicks(panel.search, "berperang")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert panel.model.article(0).title.startswith("AS dan Rusia")
    assert "1 of 2 articles shown" in window.counts_label.text()
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)


def test_filter_by_speaker_and_kind(qtbot, window, seed_id):
    window.library.imports.text("Lain\n\n“Tidak,” kata Budi.", name="lain")
    window.library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov")
    panel = window.library_panel
    panel.speaker.setCurrentIndex(panel.speaker.findData("Sergey Lavrov"))
    panel.apply_filter()
    assert [panel.model.article_id(r) for r in range(panel.model.rowCount())] == [seed_id]
    panel.speaker.setCurrentIndex(0)
    panel.kind.setCurrentIndex(panel.kind.findData("claim"))
    panel.apply_filter()
    assert panel.model.rowCount() == 0


@pytest.mark.parametrize("change", ["rename", "delete", "merge"])
def test_when_the_chosen_tag_vanishes_the_filter_shows_all_again(qtbot, window, seed_id,
                                                                  change):
    window.library.imports.text("Lain\n\n“Tidak,” kata Budi.", name="lain")
    window.library.annotations.add_exact(seed_id, LAVROV, tags=["peace", "framing"])
    panel = window.library_panel
    panel.tag.setCurrentIndex(panel.tag.findData("peace"))
    panel.apply_filter()
    assert panel.model.rowCount() == 1
    if change == "rename":
        window.library.tags.rename("peace", "damai")
    elif change == "delete":
        window.library.tags.delete("peace")
    else:
        window.library.tags.merge("peace", "framing")
    assert panel.tag.currentData() == "__all__"
    assert panel.current_filter().tag == ""
    assert panel.model.rowCount() == 2  # not "0 of 2 articles shown" under an "All tags" menu
    assert window.counts_label.text() == "2 articles"


def test_when_the_chosen_speaker_is_merged_away_the_filter_shows_all(qtbot, window, seed_id):
    window.library.imports.text("Lain\n\n“Tidak,” kata Budi.", name="lain")
    window.library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov")
    panel = window.library_panel
    panel.speaker.setCurrentIndex(panel.speaker.findData("Sergey Lavrov"))
    panel.apply_filter()
    assert panel.model.rowCount() == 1
    window.library.speakers.merge("Sergey Lavrov", "S. Lavrov")
    assert panel.speaker.currentData() == "__all__" and panel.model.rowCount() == 2


def test_drop_files_imports_them(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(import_worker, "show_report", lambda *a: shown.append(a))
    story = tmp_path / "reuters.txt"
    story.write_text("Talks to resume\n\nGENEVA (Reuters) - Talks resume, officials said.",
                     encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.library.articles.count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 2, timeout=5000)
    titles = {window.library_panel.model.article(r).title for r in range(2)}
    assert "Talks to resume" in titles
    assert window.library.articles.get(window.article_id).title == "Talks to resume"
    assert "1 imported" in window.statusBar().currentMessage()
    assert shown == []  # a clean import says so in the status bar, not in a box


def test_a_failed_drop_shows_the_report(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: shown.append(report))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window.imports.import_paths([empty])
    [report] = shown
    assert report.failed and report.failed[0][0].endswith("empty.txt")
    assert window.library.articles.count() == 1


def test_delete_article_is_confirmed_and_undoable(qtbot, window, seed_id, monkeypatch):
    window.library.annotations.add_exact(seed_id, LAVROV)
    monkeypatch.setattr(dialog_helpers, "confirm", lambda *a, **k: True)
    window.delete_articles()
    assert window.library.articles.count() == 0
    assert window.library_panel.model.rowCount() == 0
    window.undo_stack.undo()
    assert window.library.articles.count() == 1
    assert len(window.library.annotations.for_article(seed_id)) == 1
    assert window.library_panel.model.rowCount() == 1


def test_collections_in_the_sidebar(qtbot, window, seed_id, monkeypatch):
    monkeypatch.setattr(dialog_helpers, "ask_text", lambda *a, **k: "Ukraine talks")
    collection_id = window.collections.new_collection()
    window.library.collections.add([seed_id], collection_id)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == ["All articles (1)", "Ukraine talks (1)"]
    window.sidebar.setCurrentRow(1)
    assert window.library_panel.model.rowCount() == 1


def test_window_layout_and_last_article_are_remembered(qtbot, seeded_library, settings, seed_id):
    first = MainWindow(seeded_library, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.splitter.setSizes([200, 300, 200])
    first.library_panel.table.horizontalHeader().showSection(1)  # hidden at first
    first.library_panel.table.horizontalHeader().resizeSection(1, 123)
    splitter_state = first.splitter.saveState()
    first.close()
    assert not settings.value("geometry").isEmpty()
    second = MainWindow(seeded_library, settings)
    qtbot.addWidget(second)
    assert second.size().width() == 700
    assert second.splitter.saveState() == splitter_state
    assert second.library_panel.table.horizontalHeader().sectionSize(1) == 123
    assert second.article_id is None  # its article opens once it has painted
    second.show()
    qtbot.waitUntil(lambda: second.started)
    assert second.article_id == seed_id


def test_text_typed_in_the_note_is_saved_on_close(qtbot, window, seed_id):
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)
    window.annotation_pane.note.setFocus()
    window.annotation_pane.note.setPlainText("typed, never left the field")
    window.close()
    assert window.library.annotations.for_article(seed_id)[0].note == "typed, never left the field"


def test_library_model_passes_the_model_tester(qtmodeltester, seeded_library):
    for i in range(30):
        seeded_library.imports.text(f"Artikel {i}\n\nIsi berita nomor {i}.", name=f"a{i}")
    model = LibraryTableModel(seeded_library)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_annotation_model_passes_the_model_tester(qtmodeltester, window, seed_id):
    window.library.annotations.add_exact(seed_id, LAVROV)
    window.library.annotations.add_exact(seed_id, "Gazprom", kind="highlight")
    qtmodeltester.check(window.annotation_pane.model)


def test_article_details_are_edited_and_undoable(qtbot, window, seed_id, monkeypatch):
    from reader.app.article_details import ArticleDetailsDialog

    before = window.library.articles.get(seed_id).published

    def save(dialog):
        dialog.edits["published"].setText("2021-12-21")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ArticleDetailsDialog, "exec", save)
    window.edit_details()
    assert window.undo_stack.count() == 1  # one step, made through the window's history
    assert window.library.articles.get(seed_id).published == "2021-12-21"
    assert window.library_panel.model.article(0).published == "2021-12-21"
    window.undo_stack.undo()
    assert window.library.articles.get(seed_id).published == before
    assert window.library_panel.model.article(0).published == before


def test_a_refused_change_is_shown_and_leaves_nothing_to_undo(window, seed_id, monkeypatch):
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    text = window.library.articles.get(seed_id).text
    blank = text.index("\n\n")
    window.tag_selection("quote", blank, blank + 2)  # only whitespace
    assert shown == ["Select some text to annotate."]
    assert window.undo_stack.count() == 0
    assert window.library.annotations.for_article(seed_id) == []


def test_an_undo_the_library_refuses_is_reported_not_raised(qtbot, window, seed_id,
                                                            monkeypatch):
    shown = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: shown.append(a[-1]))
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)
    window.library.articles.delete(seed_id)  # behind the undo stack's back
    window.undo_stack.undo()
    assert len(shown) == 1 and "Could not undo" in shown[0]


def test_undo_removes_the_tags_and_speakers_a_change_created(qtbot, window, seed_id):
    select_in_reader(window, LAVROV)
    press(qtbot, window, Qt.Key.Key_Q)  # creates the speaker Sergey Lavrov
    pane = window.annotation_pane
    pane.tags.setText("framing/threat")
    pane.tags.editingFinished.emit()  # creates framing and framing/threat
    assert [t.name for t in window.library.tags.all()] == ["framing", "framing/threat"]
    window.undo_stack.undo()
    assert window.library.tags.all() == []
    assert "framing/threat" not in pane.tag_names.stringList()
    window.undo_stack.undo()
    assert window.library.speakers.all() == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    [note] = window.library.annotations.for_article(seed_id)
    assert (note.speaker, note.tags) == ("Sergey Lavrov", ["framing/threat"])


def test_article_details_show_the_start_of_a_long_title(qtbot, window, seed_id):
    """R13-10: the title field opened scrolled to its end ("an Rusia akan Berunding …"),
    its start hidden."""
    from reader.app.article_details import ArticleDetailsDialog

    dialog = ArticleDetailsDialog(window.library, seed_id, window)
    qtbot.addWidget(dialog)
    dialog.resize(420, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.edits["title"]
    qtbot.waitUntil(lambda: title.cursorPosition() == 0)
    assert title.text() and title.cursorRect().left() < title.width() // 4  # start in view
