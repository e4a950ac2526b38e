"""After Undo and after Redo the window shows what the step changed, for every kind of
undoable change: the article it happened in (opened, its library row chosen), the
annotation selected in the text and the pane, the text of one that went away, the
suggestion back in the Suggestions tab. The change notices already refreshed what was on
the screen; before this an undo in another article changed nothing visible, and a redo
left the annotation pane empty (F9-5). The keys themselves: test_keyboard.py (also on xcb).
"""

from __future__ import annotations

import marks_shown
import pytest

from reader.app.annotation_commands import CreateAnnotationCommand
from reader.app.speaker_commands import MergeSpeakersCommand
from reader.core.models import ImportedArticle

LAVROV = "Kami tidak ingin berperang"
OTHER = ("Menteri Keuangan Sri Mulyani mengatakan, “Anggaran negara tetap aman tahun ini,” "
         "dalam jumpa pers di Jakarta.")


@pytest.fixture
def two(seeded_library, seed_id):
    """The seed and a second article (opened after the change, to undo from elsewhere)."""
    seeded_library.bulk.add_articles([ImportedArticle(
        title="Anggaran Aman", text=OTHER, source="Antara", content_hash="other-1")])
    return seed_id, next(i for i in seeded_library.articles.ids() if i != seed_id)


def span_of(window, phrase: str) -> tuple[int, int]:
    start = window.library.articles.get(window.article_id).text.index(phrase)
    return start, start + len(phrase)


def tag(window, phrase: str, kind: str = "quote"):
    window.tag_selection(kind, *span_of(window, phrase))
    return window.annotation_pane.current_annotation()


def selected(window):
    """(article, library row's article, pane's annotation id, reader selection)."""
    current = window.annotation_pane.current_annotation()
    return (window.article_id, window.library_panel.current_article_id(),
            current.id if current is not None else None, window.reader.selection_span())


def marked(window, annotation) -> bool:
    """The reader draws ``annotation`` (its id among a segment's)."""
    return any(str(annotation.id) in ids.split(",")
               for *_, ids in marks_shown.ranges(window.reader))


def counts(window, article_id: int) -> tuple[int, int, int]:
    """The library row's counts of quotes, claims and highlights."""
    model = window.library_panel.model
    row = model.article(model.row_of(article_id))
    return row.quotes, row.claims, row.highlights


def elsewhere(window, article_id: int) -> None:
    window.library_panel.select_article(article_id)
    assert window.article_id == article_id


@pytest.mark.parametrize("kind", ["quote", "claim", "highlight"])
def test_a_tag_undone_and_redone_from_another_article(window, two, kind):
    seed, other = two
    note = tag(window, LAVROV, kind)
    elsewhere(window, other)
    window.undo_action.trigger()
    assert window.library.annotations.for_article(seed) == []
    assert selected(window) == (seed, seed, None, (note.start, note.end))  # its text
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Undone: tag {kind} “") and LAVROV in said, said
    window.redo_action.trigger()
    assert selected(window) == (seed, seed, note.id, (note.start, note.end))
    assert window.statusBar().currentMessage().startswith("Redone: tag ")
    assert window.annotation_pane.kind.isEnabled()
    assert window.right_tabs.currentWidget() is window.annotation_pane
    assert marked(window, note)
    assert counts(window, seed) == tuple(int(kind == k) for k in ("quote", "claim", "highlight"))
    window.undo_action.trigger()
    assert not marked(window, note) and counts(window, seed) == (0, 0, 0)


@pytest.mark.parametrize(("field", "value"), [
    ("speaker", "Maria Zakharova"), ("kind", "claim"), ("note", "cek rekaman"),
    ("tags", ["ancaman", "framing"])])
def test_an_edit_undone_and_redone_shows_the_annotation_as_it_is(window, two, field, value):
    seed, other = two
    note = tag(window, LAVROV)
    window.edit_annotation(note.id, {field: value})
    assert getattr(window.library.annotations.get(note.id), field) == value
    elsewhere(window, other)
    pane = window.annotation_pane
    window.undo_action.trigger()
    assert selected(window) == (seed, seed, note.id, (note.start, note.end))
    assert getattr(pane.current_annotation(), field) == getattr(note, field)
    form = {"speaker": lambda: pane.speaker.text(), "kind": lambda: pane.kind.currentIndex(),
            "note": lambda: pane.note.toPlainText(), "tags": lambda: pane.tags.text()}[field]
    before = form()
    elsewhere(window, other)
    window.redo_action.trigger()
    assert selected(window) == (seed, seed, note.id, (note.start, note.end))
    assert getattr(pane.current_annotation(), field) == value and form() != before


def test_a_delete_undone_selects_the_annotation_and_redone_its_text(window, two):
    seed, other = two
    note = tag(window, LAVROV)
    window.delete_annotation(note.id)
    elsewhere(window, other)
    window.undo_action.trigger()
    assert selected(window) == (seed, seed, note.id, (note.start, note.end))
    assert window.annotation_pane.speaker.text() == note.speaker
    elsewhere(window, other)
    window.redo_action.trigger()
    assert window.library.annotations.for_article(seed) == []
    assert selected(window) == (seed, seed, None, (note.start, note.end))


def _suggestions(window):
    return window.suggestions_panel.model.suggestions()


def test_an_accepted_suggestion_comes_back_selected_in_its_tab(qtbot, window, two):
    seed, other = two
    suggestion = _suggestions(window)[1]
    window.right_tabs.setCurrentWidget(window.suggestions_panel)
    note = window.suggestions.accept(1)
    elsewhere(window, other)
    window.undo_action.trigger()
    assert window.right_tabs.currentWidget() is window.suggestions_panel
    assert window.suggestions_panel.current_suggestion() == suggestion
    assert selected(window) == (seed, seed, None, (suggestion.start, suggestion.end))
    window.redo_action.trigger()
    assert window.right_tabs.currentWidget() is window.annotation_pane
    assert selected(window) == (seed, seed, note.id, (note.start, note.end))
    assert suggestion not in _suggestions(window)


def test_accept_all_undone_shows_the_suggestions_and_redone_the_first_quote(window, two):
    seed, other = two
    first = _suggestions(window)[0]
    window.suggestions.accept_all()
    notes = window.library.annotations.for_article(seed)
    assert len(notes) == 5
    elsewhere(window, other)
    window.undo_action.trigger()
    assert len(_suggestions(window)) == 5
    assert window.right_tabs.tabText(1) == "Suggestions (5)"
    assert window.right_tabs.currentWidget() is window.suggestions_panel
    assert window.suggestions_panel.current_suggestion() == first
    window.redo_action.trigger()
    assert selected(window) == (seed, seed, notes[0].id, (notes[0].start, notes[0].end))
    assert window.right_tabs.tabText(1) == "Suggestions (0)"


def test_a_dismissal_undone_brings_the_suggestion_back_selected(window, two):
    seed, other = two
    window.right_tabs.setCurrentWidget(window.suggestions_panel)
    gone = _suggestions(window)[2]
    window.suggestions.dismiss(2)
    assert gone not in _suggestions(window)
    elsewhere(window, other)
    window.undo_action.trigger()
    assert window.article_id == seed
    assert window.suggestions_panel.current_suggestion() == gone
    assert window.reader.selection_span() == (gone.start, gone.end)
    window.redo_action.trigger()
    assert gone not in _suggestions(window)
    assert window.right_tabs.currentWidget() is window.suggestions_panel


def test_a_speaker_merge_undone_and_redone_shows_in_the_pane(window, seed_id):
    pane = window.annotation_pane
    window.history.run(CreateAnnotationCommand(window.library, seed_id,
                                               *span_of(window, "Sergey Lavrov"), "quote",
                                               speaker="Sergey Lavrov"))
    note = tag(window, LAVROV)
    window.edit_annotation(note.id, {"speaker": "Lavrov Sergey"})
    assert pane.current_annotation().id == note.id
    window.history.run(MergeSpeakersCommand(window.library, "Lavrov Sergey", "Sergey Lavrov"))
    assert pane.speaker.text() == "Sergey Lavrov"
    window.undo_action.trigger()
    assert pane.current_annotation().id == note.id and pane.speaker.text() == "Lavrov Sergey"
    window.redo_action.trigger()
    assert pane.current_annotation().id == note.id and pane.speaker.text() == "Sergey Lavrov"


def test_a_deleted_article_undone_is_opened_on_its_row(window, two):
    seed, other = two
    from reader.app.article_commands import DeleteArticleCommand

    note = tag(window, LAVROV)
    window.history.run(DeleteArticleCommand(window.library, seed))
    assert window.article_id == other
    window.undo_action.trigger()
    assert selected(window)[:2] == (seed, seed)
    assert [a.id for a in window.library.annotations.for_article(seed)] == [note.id]
    assert window.windowTitle().startswith("AS dan Rusia")
    window.redo_action.trigger()
    assert window.article_id == other and window.library_panel.current_article_id() == other


def test_edited_details_undone_and_redone_open_the_article(window, two):
    seed, other = two
    from reader.app.article_commands import EditArticleCommand

    old = window.library.articles.get(seed).title
    window.history.run(EditArticleCommand(window.library, seed, {"title": old},
                                          {"title": "Judul Baru"}))
    elsewhere(window, other)
    window.undo_action.trigger()
    assert selected(window)[:2] == (seed, seed) and window.windowTitle() == f"{old} — Kutip"
    elsewhere(window, other)
    window.redo_action.trigger()
    assert selected(window)[:2] == (seed, seed)
    assert window.windowTitle() == "Judul Baru — Kutip"


RYABKOV_PARAGRAPH = ("Namun, Sergei Ryabkov, Wakil Menteri Luar Negeri Rusia membantah klaim "
                     "yang menyebut Moskow berencana menyerang Ukraina.\n\n")
RYABKOV = "membantah klaim yang menyebut Moskow berencana menyerang Ukraina"


def test_a_reattach_undone_and_redone_selects_the_annotation(window, two):
    seed, other = two
    library = window.library
    note = library.annotations.add_exact(seed, RYABKOV, kind="claim", note="cek")
    text = library.articles.get(seed).text
    library.texts.replace(seed, text.replace(RYABKOV_PARAGRAPH, ""))
    window.annotation_pane.select(note.id)
    start, end = span_of(window, "Gedung Putih meyakini")
    window.reader.select_span(start, end)
    assert window.reanchoring.reattach(note.id)
    elsewhere(window, other)
    window.undo_action.trigger()
    assert library.annotations.get(note.id).anchor == "orphan"
    assert selected(window)[:3] == (seed, seed, note.id)  # (an orphan: no text to select)
    assert "no longer in the article" in window.annotation_pane.anchor_label.text()
    elsewhere(window, other)
    window.redo_action.trigger()
    assert selected(window) == (seed, seed, note.id, (start, end))


def test_an_edited_text_undone_and_redone_opens_the_article(window, two, monkeypatch):
    seed, other = two
    from reader.app.text_editor_dialog import TextEditorDialog

    old = window.library.articles.get(seed).text
    new = "Koreksi: paragraf baru.\n\n" + old
    monkeypatch.setattr(TextEditorDialog, "ask", classmethod(lambda cls, *a, **k: new))
    window.reanchoring.edit_text_action.trigger()
    elsewhere(window, other)
    window.undo_action.trigger()
    assert selected(window)[:2] == (seed, seed) and window.reader.article.text == old
    elsewhere(window, other)
    window.redo_action.trigger()
    assert selected(window)[:2] == (seed, seed) and window.reader.article.text == new


def test_several_articles_deleted_in_one_step_come_back_on_the_first(window, two):
    seed, other = two
    from reader.app.article_commands import DeleteArticleCommand

    with window.history.macro("delete 2 articles"):
        for article_id in (seed, other):
            window.history.run(DeleteArticleCommand(window.library, article_id))
    assert window.article_id is None
    window.undo_action.trigger()
    assert sorted(window.library.articles.ids()) == sorted([seed, other])
    assert selected(window)[:2] == (seed, seed)


def test_a_tag_renamed_undone_and_redone_shows_in_the_pane(window, seed_id):
    from reader.app.tag_commands import RenameTagCommand

    pane = window.annotation_pane
    note = tag(window, LAVROV)
    window.edit_annotation(note.id, {"tags": ["ancaman"]})
    window.history.run(RenameTagCommand(window.library, "ancaman", "framing/ancaman"))
    assert pane.current_annotation().id == note.id and pane.tags.text() == "framing/ancaman"
    window.undo_action.trigger()
    assert pane.current_annotation().id == note.id and pane.tags.text() == "ancaman"
    window.redo_action.trigger()
    assert pane.current_annotation().id == note.id and pane.tags.text() == "framing/ancaman"
