"""Undo in the window never loses what it restores (issue 17, item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.app import dialog_helpers
from reader.app.annotation_commands import CreateAnnotationCommand
from reader.core.store import CannotWriteNow, StoreError
from reader.core.textnorm import content_hash

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
    qtbot.waitUntil(lambda: bool(shown["error"]))  # (said once the stack has stepped)
    assert "busy" in shown["error"][0] and library.articles.count() == 0
    assert window.undo_stack.index() == 1  # back on top
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


# ---- undo of the step that MADE an annotation (review R17-5) -----------------------------
def test_undo_of_a_tag_keeps_it_once_a_colleague_corrected_it(qtbot, window, seed_id,
                                                               db_path, monkeypatch):
    """R17-5: Ctrl+Z of a Q (or of one accepted suggestion) deleted the quote even after a
    colleague set its speaker and a note: their correction was gone for good. Now the undo
    is refused in one line and their quote stays; without them, undo and redo as before."""
    from reader.app.annotation_commands import CreateAnnotationCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    start = library.articles.text(seed_id).index(LAVROV)
    window.history.run(CreateAnnotationCommand(library, seed_id, start, start + len(LAVROV),
                                               "quote"))
    [made] = library.annotations.for_article(seed_id)
    window.undo_stack.undo()
    assert library.annotations.for_article(seed_id) == []
    window.undo_stack.redo()
    assert library.annotations.get(made.id).exact == LAVROV
    with Library(db_path) as colleague:
        colleague.annotations.update(made.id, speaker="Sergey Lavrov", note="checked: MINA")
    window.undo_stack.undo()
    kept = library.annotations.get(made.id)
    assert (kept.speaker, kept.note) == ("Sergey Lavrov", "checked: MINA")
    [error] = shown["error"]
    assert "Someone else changed this annotation since" in error


def test_undo_of_a_tag_after_a_re_import_moved_its_words_still_deletes_it(
        qtbot, window, seed_id, db_path, monkeypatch):
    """Where its words are is nobody's edit: a re-import that moved them does not stop
    the undo."""
    from reader.app.annotation_commands import CreateAnnotationCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    text = library.articles.text(seed_id)
    start = text.index(LAVROV)
    window.history.run(CreateAnnotationCommand(library, seed_id, start, start + len(LAVROV),
                                               "quote"))
    with Library(db_path) as other:
        other.texts.replace(seed_id, "A new first paragraph.\n\n" + text)
    [moved] = library.annotations.for_article(seed_id)
    assert moved.start != start
    window.undo_stack.undo()
    assert library.annotations.for_article(seed_id) == []
    assert shown == {"error": [], "info": []}


def test_undo_of_accept_all_keeps_the_ones_a_colleague_corrected(qtbot, window, seed_id,
                                                                  db_path, monkeypatch):
    """R17-5: Ctrl+Z of Accept All deleted every accepted quote, a colleague's corrected
    one too, and Ctrl+Shift+Z brought back the engine's version. Now the undo deletes the
    untouched ones, keeps the corrected one and says so; redo brings back only those it
    deleted."""
    from reader.app.suggestion_commands import AcceptSuggestionsCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    suggestions = library.suggestions.for_article(seed_id)
    assert len(suggestions) >= 3
    window.history.run(AcceptSuggestionsCommand(library, seed_id, suggestions))
    accepted = library.annotations.for_article(seed_id)
    assert len(accepted) == len(suggestions)
    corrected = accepted[1]
    with Library(db_path) as colleague:
        colleague.annotations.update(corrected.id, speaker="Maria Zakharova",
                                     note="the ministry's spokeswoman said it")
    window.undo_stack.undo()
    [left] = library.annotations.for_article(seed_id)
    assert (left.id, left.speaker) == (corrected.id, "Maria Zakharova")
    [info] = shown["info"]
    assert "Kept 1 of them: someone else changed them since" in info
    assert shown["error"] == []
    window.undo_stack.redo()
    again = {a.id: a for a in library.annotations.for_article(seed_id)}
    assert set(again) == {a.id for a in accepted}
    assert (again[corrected.id].speaker, again[corrected.id].note) == (
        "Maria Zakharova", "the ministry's spokeswoman said it")


def test_redo_of_a_delete_keeps_a_quote_a_colleague_corrected_after_the_undo(
        qtbot, window, seed_id, db_path, monkeypatch):
    from reader.app.annotation_commands import DeleteAnnotationCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    window.history.run(DeleteAnnotationCommand(library, note))
    window.undo_stack.undo()
    with Library(db_path) as colleague:
        colleague.annotations.update(note.id, speaker="Sergey Lavrov")
    window.undo_stack.redo()
    assert library.annotations.get(note.id).speaker == "Sergey Lavrov"
    assert len(shown["error"]) == 1


def test_undo_of_a_speaker_description_keeps_a_colleague_s_later_one(
        qtbot, window, seed_id, db_path, monkeypatch):
    """R17-4, as R16-16 for tag colours."""
    from reader.app.speaker_commands import SpeakerDescriptionCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Sergey Lavrov")
    window.history.run(SpeakerDescriptionCommand(library, "Sergey Lavrov", "",
                                                 "Russia's foreign minister"))
    window.undo_stack.undo()
    assert library.speakers.get("Sergey Lavrov").description == ""
    window.undo_stack.redo()
    assert library.speakers.get("Sergey Lavrov").description == "Russia's foreign minister"
    with Library(db_path) as colleague:
        colleague.speakers.set_description("Sergey Lavrov", "Foreign minister since 2004")
    window.undo_stack.undo()
    assert library.speakers.get("Sergey Lavrov").description == "Foreign minister since 2004"
    [error] = shown["error"]
    assert "described" in error


# ---- undo of a merge (review R18-3) -------------------------------------------------------
def test_undo_of_a_merge_keeps_what_a_colleague_did_on_it_and_says_so(
        qtbot, window, seed_id, db_path, tmp_path, monkeypatch):
    """R18-3: Ctrl+Z of File › Exchange › Merge deleted the merged articles with a
    colleague's correction of a merged quote and the colleague's own highlight on them.
    Now those stay (the article with them), the rest of the merge is taken back, the
    window says how many were kept, and redo merges the rest again without a conflict."""
    from reader.app.exchange_controller import MergeCommand
    from reader.core.library import Library, open_library
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    shown = _collect(monkeypatch)
    library = window.library
    other = open_library(tmp_path / "budi.sqlite", seed=True)
    other.coders.use("Budi")
    text = "Menteri itu berkata, “Kami akan membangun jembatan baru tahun depan.”"
    article, _ = other.articles.add(ImportedArticle(title="Jembatan", text=text,
                                                    content_hash=content_hash(text)))
    quote = other.annotations.add_exact(article, "Kami akan membangun jembatan baru tahun"
                                        " depan.", kind="quote")
    other.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    other.exchange.export_file(tmp_path / "budi.kutip")
    other.close()
    command = MergeCommand(library, library.exchange.read(tmp_path / "budi.kutip"), "merge")
    window.history.run(command)
    merged = {n.uuid: n for n in library.annotations.where(everyone=True)}
    with Library(db_path) as colleague:
        colleague.coders.use("Cici")
        colleague.annotations.update(merged[quote.uuid].id, speaker="Menteri PUPR")
        new_id = next(a for a in colleague.articles.ids() if a != seed_id)
        own = colleague.annotations.add_exact(new_id, "jembatan baru", kind="highlight")

    window.undo_stack.undo()

    after = {n.uuid: n for n in library.annotations.where(everyone=True)}
    assert set(after) == {quote.uuid, own.uuid}  # Budi's Lavrov quote taken back
    assert after[quote.uuid].speaker == "Menteri PUPR"
    assert new_id in library.articles.ids()
    [info] = shown["info"]
    assert "Kept 1 of the merged annotations" in info and "Kept 1 of the merged articles" in info
    window.undo_stack.redo()
    after = {n.uuid: n for n in library.annotations.where(everyone=True)}
    assert len(after) == 3 and after[quote.uuid].speaker == "Menteri PUPR"
    assert not command.report.conflicts and shown["error"] == []


# ---- the same class, smaller (review R18-3) ----------------------------------------------
def test_undo_of_a_re_attach_keeps_a_colleague_s_later_speaker(qtbot, window, seed_id,
                                                                db_path, monkeypatch):
    """Undo of a re-attach put the orphan's old row back over a speaker a colleague set
    since; now refused in one line and theirs stays (a re-import moving the words since
    is nobody's edit: the span is the re-attach's own)."""
    from reader.app.annotation_commands import ReattachAnnotationCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    orphan = library.annotations.mark_orphan(note.id)
    start = library.articles.text(seed_id).index(LAVROV)
    window.history.run(ReattachAnnotationCommand(library, orphan, start, start + len(LAVROV)))
    window.undo_stack.undo()  # nobody in between: an orphan again, as before
    assert library.annotations.get(note.id).anchor == "orphan"
    window.undo_stack.redo()
    with Library(db_path) as colleague:
        colleague.annotations.update(note.id, speaker="Sergey Lavrov")
    window.undo_stack.undo()
    after = library.annotations.get(note.id)
    assert (after.speaker, after.start, after.anchor) == ("Sergey Lavrov", start, "anchored")
    [error] = shown["error"]
    assert "Someone else changed this annotation since" in error


def test_undo_of_a_new_tag_keeps_it_once_a_colleague_tagged_with_it(qtbot, window, seed_id,
                                                                    db_path, monkeypatch):
    """Undo of Create Tag took the tag off every annotation a colleague tagged with it
    since (redo put it back only if redone); now refused in one line."""
    from reader.app.tag_commands import CreateTagCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    window.history.run(CreateTagCommand(library, "diplomasi"))
    window.undo_stack.undo()  # nobody used it: gone, as before
    assert "diplomasi" not in {t.name for t in library.tags.all()}
    window.undo_stack.redo()
    with Library(db_path) as colleague:
        colleague.annotations.update(note.id, tags=["diplomasi"])
    window.undo_stack.undo()
    assert library.annotations.get(note.id).tags == ["diplomasi"]
    [error] = shown["error"]
    assert "Someone used the tag “diplomasi” since" in error


def test_undo_of_a_rename_leaves_a_tag_someone_made_under_that_name_since(
        qtbot, window, seed_id, db_path, monkeypatch):
    from reader.app.tag_commands import RenameTagCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    library.tags.create("konflik")
    window.history.run(RenameTagCommand(library, "konflik", "perang"))
    window.undo_stack.undo()  # nobody in between: as before
    assert {t.name for t in library.tags.all()} >= {"konflik"}
    window.undo_stack.redo()
    with Library(db_path) as colleague:  # theirs: deleted, and a new "perang" made
        colleague.tags.delete("perang")
        note = colleague.annotations.add_exact(seed_id, LAVROV, kind="quote", tags=["perang"])
    window.undo_stack.undo()
    names = {t.name for t in library.tags.all()}
    assert "perang" in names and "konflik" not in names
    assert library.annotations.get(note.id).tags == ["perang"]
    [error] = shown["error"]
    assert "“perang” is another tag since" in error


@pytest.fixture
def boxes():
    """The real modal error boxes' texts, each box closed as a user would a moment after it
    opens (review R18-12's case needs the real box: the stack steps once it is gone)."""
    said: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_it)
    timer.start()
    yield said
    timer.stop()


def _tag(window, seed_id):
    text = window.library.articles.text(seed_id)
    start = text.index(LAVROV)
    assert window.history.run(CreateAnnotationCommand(window.library, seed_id, start,
                                                      start + len(LAVROV), "quote"))


@pytest.mark.parametrize("how", ["action", "stack"])
def test_an_undo_the_file_refused_stays_on_top_with_the_real_modal_box(
        qtbot, window, seed_id, monkeypatch, boxes, how):
    """Review R18-12: the step was put back from inside the modal error box, before the
    stack had moved its index, so it was not: the next Ctrl+Z took back the OLDER step (a
    highlight) while the box said "Undo can try again", and Redo offered a step never
    undone. Now it is put back once the stack has stepped, then the box opens."""
    library = window.library
    older = library.annotations.add_exact(seed_id, "Rusia", kind="highlight")
    _tag(window, seed_id)
    [newer] = [n for n in library.annotations.for_article(seed_id) if n.id != older.id]
    real = library.annotations.delete
    busy = [True]

    def refused(*a, **k):
        if busy[0]:
            raise CannotWriteNow("The disk is full; nothing was changed.")
        return real(*a, **k)

    monkeypatch.setattr(library.annotations, "delete", refused)
    said = boxes
    at = window.undo_stack.index()
    window.undo_action.trigger() if how == "action" else window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(said))
    assert "The disk is full" in said[0] and "Undo can try again" in said[0]
    assert window.undo_stack.index() == at  # still on top
    assert window.undo_stack.undoText().startswith("tag")
    busy[0] = False  # (space freed)
    window.undo_action.trigger()
    assert library.annotations.get(older.id) == older  # the older step untouched
    assert newer.id not in {n.id for n in library.annotations.for_article(seed_id)}


def test_a_redo_the_file_refused_stays_to_redo_again(qtbot, window, seed_id, monkeypatch,
                                                   boxes):
    """R18-12's other half: a redo the file refused for a passing reason (busy, full) made
    the step obsolete: what the undo took back could never be redone. Now it stays."""
    library = window.library
    _tag(window, seed_id)
    window.undo_action.trigger()
    assert library.annotations.for_article(seed_id) == []
    real = library.annotations.restore
    busy = [True]

    def refused(*a, **k):
        if busy[0]:
            raise CannotWriteNow("The library is busy in another program; nothing was"
                                 " changed. Try again.")
        return real(*a, **k)

    monkeypatch.setattr(library.annotations, "restore", refused)
    said = boxes
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    assert "busy" in said[0] and "Redo can try again" in said[0]
    assert window.undo_stack.canRedo() and window.undo_stack.index() == 0
    busy[0] = False
    window.redo_action.trigger()
    assert [n.exact for n in library.annotations.for_article(seed_id)] == [LAVROV]

def test_undo_of_a_text_edit_places_a_colleague_s_later_quote_again(
        qtbot, window, seed_id, db_path, monkeypatch):
    """R18-7: undo of Edit Article Text left what a colleague tagged on the edited text
    at its offsets into that text, on other words; now placed again in the text put
    back, or kept with its words (and said) when they are only in the edit."""
    from reader.app.reanchor_controller import EditArticleTextCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    old = library.articles.text(seed_id)
    note = "Catatan redaksi: judul diperbarui.\n\n"
    window.history.run(EditArticleTextCommand(library, seed_id, note + old,
                                              based_on=content_hash(old)))
    with Library(db_path) as colleague:
        quote = colleague.annotations.add_exact(seed_id, LAVROV, kind="quote")
        edit_only = colleague.annotations.add_exact(seed_id, "judul diperbarui")
    window.undo_stack.undo()
    assert library.articles.text(seed_id) == old
    back = library.annotations.get(quote.id)
    assert old[back.start:back.end] == LAVROV
    assert library.annotations.get(edit_only.id).anchor == "orphan"
    [info] = shown["info"]
    assert "1 annotation(s) made on the edited text since could not be placed" in info


def test_undo_of_a_text_edit_keeps_a_colleague_s_later_title(qtbot, window, seed_id, db_path,
                                                             monkeypatch):
    """reread18 RR18-6: Edit Article Text changes the text only, yet its undo wrote back
    every detail of the article as it was before the edit: a title and byline a colleague
    corrected since were reverted, unsaid. Now the undo puts back the text alone."""
    from reader.app.reanchor_controller import EditArticleTextCommand
    from reader.core.library import Library

    _collect(monkeypatch)
    library = window.library
    old = library.articles.text(seed_id)
    window.history.run(EditArticleTextCommand(library, seed_id, old + "\n\nTambahan.",
                                              based_on=content_hash(old)))
    with Library(db_path) as colleague:
        colleague.articles.update(seed_id, title="Judul dari rekan", authors="Rekan")
    window.undo_stack.undo()
    article = library.articles.get(seed_id)
    assert library.articles.text(seed_id) == old
    assert (article.title, article.authors) == ("Judul dari rekan", "Rekan")
    window.undo_stack.redo()
    assert library.articles.text(seed_id) == old + "\n\nTambahan."
    assert library.articles.get(seed_id).title == "Judul dari rekan"


# ---- what a step made on the way: a speaker (session 18's leftover) ---------------------
def test_undo_of_a_quote_keeps_the_new_speaker_a_colleague_described_and_says_so(
        qtbot, window, seed_id, db_path, monkeypatch):
    """Undo of a quote that made a speaker deleted that speaker once unquoted, with the
    description and aliases a colleague gave them since. Now kept, and a line says so; a
    speaker nobody touched still goes (also after a redo made them again)."""
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    start = library.articles.text(seed_id).index(LAVROV)
    window.history.run(CreateAnnotationCommand(library, seed_id, start, start + len(LAVROV),
                                               "quote", speaker="Budi Santoso"))
    window.undo_stack.undo()  # nobody touched Budi: gone with the quote, as before
    assert library.speakers.all() == [] and shown == {"error": [], "info": []}
    window.undo_stack.redo()  # made again by the redo
    window.undo_stack.undo()
    assert library.speakers.all() == [] and shown == {"error": [], "info": []}
    window.undo_stack.redo()
    with Library(db_path) as colleague:
        colleague.speakers.set_description("Budi Santoso", "juru bicara Kemlu")
        colleague.speakers.add_alias("Budi Santoso", "Budi")
    window.undo_stack.undo()
    assert library.annotations.for_article(seed_id) == []
    [budi] = library.speakers.all()
    assert (budi.name, budi.description, budi.aliases) == (
        "Budi Santoso", "juru bicara Kemlu", ["Budi"])
    [info] = shown["info"]
    assert "Kept the speaker “Budi Santoso”: someone described them" in info
    window.undo_stack.redo()
    window.undo_stack.undo()  # theirs now: never pruned by this step again
    assert [s.name for s in library.speakers.all()] == ["Budi Santoso"]
    assert shown["error"] == []


@pytest.mark.parametrize("use", ["filed", "blind", "renamed"])
def test_undo_of_a_new_collection_keeps_it_once_a_colleague_used_it(
        qtbot, window, seed_id, db_path, monkeypatch, use):
    """Undo of New Collection deleted it with the articles a colleague filed in it since
    (back only if redone), or their blind coding or name; now refused in one line."""
    from reader.app.article_commands import CreateCollectionCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    command = CreateCollectionCommand(library, "Sampel")
    window.history.run(command)
    window.undo_stack.undo()  # nobody used it: gone, as before
    assert library.collections.all() == []
    window.undo_stack.redo()
    with Library(db_path) as colleague:
        if use == "filed":
            colleague.collections.add([seed_id], command.collection_id)
        elif use == "blind":
            colleague.coders.set_blind(command.collection_id)
        else:
            colleague.collections.rename(command.collection_id, "Sampel Ana")
    window.undo_stack.undo()
    [kept] = library.collections.all()
    assert kept.id == command.collection_id
    assert kept.articles == (1 if use == "filed" else 0)
    assert kept.name == ("Sampel Ana" if use == "renamed" else "Sampel")
    [error] = shown["error"]
    assert "Someone used the collection “" in error


def test_undo_of_removing_an_alias_does_not_give_it_to_another_speaker_of_that_name(
        qtbot, window, db_path, monkeypatch):
    """Undo of Remove Alias gave the alias back to whoever the name named by then: after a
    colleague renamed the speaker and made another one under the old name, "Lavrov" went
    to the wrong person. Now refused in one line; undo and redo of the same step still
    work when nobody came between."""
    from reader.app.speaker_commands import AliasCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    library.speakers.create("Sergey Lavrov", aliases=["Lavrov"])
    window.history.run(AliasCommand(library, "Sergey Lavrov", "Lavrov", add=False))
    window.undo_stack.undo()  # nobody in between: the alias is back
    assert library.speakers.get("Sergey Lavrov").aliases == ["Lavrov"]
    window.undo_stack.redo()
    assert library.speakers.get("Sergey Lavrov").aliases == []
    with Library(db_path) as colleague:  # the minister is "Sergei" now; a namesake came
        colleague.speakers.rename("Sergey Lavrov", "Sergei Lavrov", keep_alias=False)
        colleague.speakers.create("Sergey Lavrov", description="pelatih catur")
    window.undo_stack.undo()
    assert library.speakers.get("Sergey Lavrov").aliases == []
    assert library.speakers.aliases().get("lavrov") is None
    [error] = shown["error"]
    assert "“Sergey Lavrov” names another speaker since" in error


@pytest.mark.parametrize("colleague", ["renamed", "merged"])
def test_undo_of_a_speaker_rename_leaves_a_colleague_s_later_rename_or_merge(
        qtbot, window, seed_id, db_path, monkeypatch, colleague):
    """Review R19-5: undo of Rename Speaker renamed whoever the new name named by then:
    a colleague's later name was reverted (not even kept as an alias), and after their
    merge into another speaker THAT person was renamed. Now refused in one line; undo and
    redo still work when nobody came between."""
    from reader.app.speaker_commands import RenameSpeakerCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Budi")
    library.speakers.create("Rina Wati")
    window.history.run(RenameSpeakerCommand(library, "Budi", "Budi Santoso", []))
    window.undo_stack.undo()  # nobody in between: as before
    assert library.annotations.get(note.id).speaker == "Budi"
    window.undo_stack.redo()
    assert library.annotations.get(note.id).speaker == "Budi Santoso"
    with Library(db_path) as other:
        if colleague == "renamed":
            other.speakers.rename("Budi Santoso", "Budi S. Santoso (Kapolres)")
        else:
            other.speakers.merge("Budi Santoso", "Rina Wati")
    window.undo_stack.undo()
    names = {s.name for s in library.speakers.all()}
    assert "Budi" not in names
    assert library.annotations.get(note.id).speaker == (
        "Budi S. Santoso (Kapolres)" if colleague == "renamed" else "Rina Wati")
    [error] = shown["error"]
    assert "Someone renamed or merged the speaker “Budi Santoso” since" in error


def test_redo_of_a_tag_delete_leaves_a_tag_someone_made_under_that_name_since(
        qtbot, window, seed_id, db_path, monkeypatch):
    """Review R19-5: the redo of Delete Tag deleted whatever tag had the name by then:
    after the undo, a colleague renamed the tag and made a new one of that name, and the
    app's Ctrl+Shift+Z deleted THEIRS with its links. Now refused in one line; undo and
    redo still work when nobody came between."""
    from reader.app.tag_commands import DeleteTagCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote", tags=["framing"])
    window.history.run(DeleteTagCommand(library, "framing"))
    window.undo_stack.undo()
    window.undo_stack.redo()  # nobody in between: deleted again
    assert library.annotations.get(note.id).tags == []
    window.undo_stack.undo()
    assert library.annotations.get(note.id).tags == ["framing"]
    with Library(db_path) as colleague:
        colleague.tags.rename("framing", "framing-2019")
        theirs = colleague.annotations.add_exact(seed_id, "berperang", kind="highlight",
                                                 tags=["framing"])
    window.undo_stack.redo()
    assert library.annotations.get(theirs.id).tags == ["framing"]
    assert library.annotations.get(note.id).tags == ["framing-2019"]
    [error] = shown["error"]
    assert "Someone changed the tag “framing” since" in error


def test_redo_of_a_tag_merge_leaves_a_colleague_s_tagging_since(
        qtbot, window, seed_id, db_path, monkeypatch):
    from reader.app.tag_commands import MergeTagsCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    note = library.annotations.add_exact(seed_id, LAVROV, kind="quote", tags=["perang"])
    library.tags.create("konflik")
    window.history.run(MergeTagsCommand(library, "perang", "konflik"))
    window.undo_stack.undo()
    window.undo_stack.redo()  # nobody in between: merged again
    assert library.annotations.get(note.id).tags == ["konflik"]
    window.undo_stack.undo()
    with Library(db_path) as colleague:  # a colleague keeps "perang" apart on purpose
        theirs = colleague.annotations.add_exact(seed_id, "berperang", kind="highlight",
                                                 tags=["perang"])
    window.undo_stack.redo()
    assert library.annotations.get(theirs.id).tags == ["perang"]
    assert library.annotations.get(note.id).tags == ["perang"]
    [error] = shown["error"]
    assert "Someone changed the tag “perang” since" in error


@pytest.mark.parametrize("step", ["delete article", "delete collection", "merge speakers"])
def test_a_redo_leaves_what_a_colleague_did_after_the_undo(
        qtbot, window, seed_id, db_path, monkeypatch, step):
    """Review R19-5: a redo deleted or merged whatever was there by then: after the undo a
    colleague annotated the article and corrected its title (redo of Delete Article deleted
    them with it), filed an article in the collection (Delete Collection), quoted the
    speaker (Merge Speakers moved their quote to the other person). Now refused in one
    line; the redo still works when nobody came between."""
    from reader.app.article_commands import DeleteArticleCommand, DeleteCollectionCommand
    from reader.app.speaker_commands import MergeSpeakersCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    if step == "delete article":
        command = DeleteArticleCommand(library, seed_id)
    elif step == "delete collection":
        sample = library.collections.create("Sampel")
        command = DeleteCollectionCommand(library, sample.id, "Sampel")
    else:
        library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Budi")
        library.speakers.create("Budi Santoso")
        command = MergeSpeakersCommand(library, "Budi", "Budi Santoso")
    window.history.run(command)
    window.undo_stack.undo()
    window.undo_stack.redo()  # nobody in between: done again
    window.undo_stack.undo()
    with Library(db_path) as colleague:
        if step == "delete article":
            theirs = colleague.annotations.add_exact(seed_id, "berperang", kind="highlight",
                                                     note="cek")
            colleague.articles.update(seed_id, title="Judul yang dibetulkan")
        elif step == "delete collection":
            colleague.collections.add([seed_id], sample.id)
        else:
            theirs = colleague.annotations.add_exact(seed_id, "berperang", kind="quote",
                                                     speaker="Budi")
    window.undo_stack.redo()
    [error] = shown["error"]
    assert "since" in error and "as they made" in error
    if step == "delete article":
        assert library.articles.get(seed_id).title == "Judul yang dibetulkan"
        assert library.annotations.get(theirs.id).note == "cek"
    elif step == "delete collection":
        assert [c.name for c in library.collections.of_article(seed_id)] == ["Sampel"]
    else:
        assert library.annotations.get(theirs.id).speaker == "Budi"


def test_undo_of_a_delete_a_merge_took_back_since_puts_back_what_it_lacks(
        qtbot, window, seed_id, monkeypatch, tmp_path):
    """R20-4 / R20-13: the article deleted, then a merge brought it back under its UUID (a
    file exported before the deletion; the deletion keeps its annotation away); Ctrl+Z said
    "UNIQUE constraint failed" and stayed in the history "to try again", refusing at every
    press (R20-4), then was dropped with the annotation only in its snapshot (R20-13). The
    annotation is put back on the article the merge brought, a line says so, and Redo
    deletes that article again."""
    from reader.core.library import open_library

    shown = _collect(monkeypatch)
    library = window.library
    quote = library.annotations.add_exact(seed_id, LAVROV)
    library.exchange.export_file(tmp_path / "before.kutip")
    with open_library(tmp_path / "budi.sqlite") as budi:  # (a colleague's work on it since)
        budi.exchange.merge(tmp_path / "before.kutip")
        budi.annotations.add_exact(budi.articles.ids()[0], "Lavrov", kind="highlight")
        budi.exchange.export_file(tmp_path / "budi.kutip")
    window.delete_articles()
    library.exchange.merge(tmp_path / "budi.kutip")  # (behind the undo stack's back)
    [back] = library.articles.ids()
    window.undo_stack.undo()
    assert shown["error"] == []
    [info] = shown["info"]
    assert "1 of its annotations it did not bring are put back on it" in info
    assert quote.id in [a.id for a in library.annotations.for_article(back)]
    window.undo_stack.redo()
    assert library.articles.count() == 0 and shown["error"] == []


def test_an_undo_the_file_refuses_halfway_leaves_nothing_done_and_can_try_again(
        qtbot, window, seed_id, monkeypatch):
    """R20-10: Undo of Rename Speaker put the name back in one write and each alias in
    another; a file busy at the second (another program's write lock) left the first done
    (the alias "Perry" gone), said "Nothing was lost … Undo can try again", and the retry
    was refused for good ("Someone renamed … since"): the alias was lost. The step is one
    transaction: refused, nothing of it is done, and the retry puts everything back."""
    from reader.app.speaker_commands import RenameSpeakerCommand

    shown = _collect(monkeypatch)
    library = window.library
    library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Perry Warjiyo")
    library.speakers.add_alias("Perry Warjiyo", "Perry")
    library.speakers.add_alias("Perry Warjiyo", "Gubernur BI")

    def people():
        return [(s.name, sorted(s.aliases)) for s in library.speakers.all()]

    before = people()
    command = RenameSpeakerCommand(library, "Perry Warjiyo", "Perry",
                                   library.speakers.get("Perry Warjiyo").aliases)
    command.apply()
    window.undo_stack.push(command)
    renamed = people()
    assert renamed == [("Perry", ["Gubernur BI", "Perry Warjiyo"])]
    real = library.speakers.add_alias

    def busy(*args, **kwargs):
        raise CannotWriteNow("The library is busy in another program; nothing was changed.")

    monkeypatch.setattr(library.speakers, "add_alias", busy)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(shown["error"]))
    assert "try again" in shown["error"][0]
    assert people() == renamed  # (nothing of the step done: as it says)
    monkeypatch.setattr(library.speakers, "add_alias", real)
    window.undo_stack.undo()
    assert people() == before and len(shown["error"]) == 1


def test_a_redo_of_edit_article_details_the_file_refused_keeps_the_collection_it_made(
        qtbot, window, seed_id, monkeypatch):
    """Redo of Edit Article details puts back the collection the edit made, then saves the
    details; a file busy at the second write rolled the first back too (R20-10), but the
    step had already forgotten the collection's snapshot: the retry failed for good ("There
    is no collection 1") and the step was dropped. The retry now makes it again."""
    from reader.app.article_commands import EditArticleCommand

    shown = _collect(monkeypatch)
    library = window.library
    title = library.articles.get(seed_id).title
    window.history.run(EditArticleCommand(library, seed_id, {"title": title},
                                          {"title": "Judul baru"}, (set(), {"Baru"})))
    [made] = library.collections.all()
    window.undo_stack.undo()
    assert library.collections.all() == [] and library.articles.get(seed_id).title == title
    real = library.articles.update

    def busy(*args, **kwargs):
        raise CannotWriteNow("The library is busy in another program; nothing was changed.")

    monkeypatch.setattr(library.articles, "update", busy)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: bool(shown["error"]))
    assert "try again" in shown["error"][0]
    assert library.collections.all() == []  # (nothing of the step done: as it says)
    monkeypatch.setattr(library.articles, "update", real)
    window.undo_stack.redo()
    assert len(shown["error"]) == 1, shown["error"]
    assert library.articles.get(seed_id).title == "Judul baru"
    assert [(c.id, c.name) for c in library.collections.of_article(seed_id)] == [
        (made.id, "Baru")]
    window.undo_stack.undo()  # and undone again: gone again, as the step made it
    assert library.collections.all() == [] and library.articles.get(seed_id).title == title


class _FullAtCommit:
    """The library's connection, whose COMMIT fails once, as a full disk makes it fail
    (in WAL mode a step's pages are written at its commit)."""

    def __init__(self, conn):
        self._conn, self.armed = conn, False

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        if self.armed and sql.strip().upper() == "COMMIT":
            self.armed = False
            import sqlite3
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)


def _deleted_article(library, seed_id):
    from reader.app.article_commands import DeleteArticleCommand
    return DeleteArticleCommand(library, seed_id)


def _deleted_collection(library, seed_id):
    from reader.app.article_commands import DeleteCollectionCommand
    studi = library.collections.create("Studi")
    library.collections.add([seed_id], studi.id)
    return DeleteCollectionCommand(library, studi.id, "Studi")


def _deleted_tag(library, seed_id):
    from reader.app.tag_commands import DeleteTagCommand
    return DeleteTagCommand(library, "ekonomi")


def _merged_tags(library, seed_id):
    from reader.app.tag_commands import MergeTagsCommand
    return MergeTagsCommand(library, "bi", "ekonomi")


@pytest.mark.parametrize("step", [_deleted_article, _deleted_collection, _deleted_tag,
                                  _merged_tags])
def test_an_undo_refused_at_its_commit_puts_everything_back_when_tried_again(
        qtbot, window, seed_id, monkeypatch, step):
    """R21-2: an undo the file refused at COMMIT (a full disk) was rolled back and kept
    "to try again", but the step had already let go of what it restores (its snapshot):
    the retry did nothing (Delete Article, Delete collection) or failed with a TypeError
    (Delete tag, Merge tags), and the article, the collection or the tag was gone for
    good. Refused at any point, the step is as it was before, and the retry restores."""
    shown = _collect(monkeypatch)
    library = window.library
    library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov",
                                  note="my note", tags=["bi", "ekonomi"])

    def state():
        return ([(a.id, a.title) for a in map(library.articles.get, library.articles.ids())],
                [(a.exact, a.note, sorted(a.tags)) for i in library.articles.ids()
                 for a in library.annotations.for_article(i)],
                sorted(t.name for t in library.tags.all()),
                [(c.name, c.articles) for c in library.collections.all()])

    command = step(library, seed_id)
    before = state()
    command.apply()
    window.undo_stack.push(command)
    done = state()
    assert done != before
    db = library.stores.db
    full = _FullAtCommit(db.conn)
    monkeypatch.setattr(db, "conn", full)
    full.armed = True
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(shown["error"]))
    assert "try again" in shown["error"][0]
    assert state() == done  # (nothing of it done: as it says)
    window.undo_stack.undo()
    assert state() == before and len(shown["error"]) == 1, shown["error"]
    window.undo_stack.redo()
    assert state() == done


def test_redo_of_an_accept_another_window_made_meanwhile_is_refused_not_doubled(
        qtbot, window, seed_id, db_path, monkeypatch):
    """RR22-1: Enter on a suggestion, Ctrl+Z, a terminal accepts the article's suggestions,
    Ctrl+Shift+Z: the quote was stored a second time. The redo says so and writes nothing."""
    from reader.app.suggestion_commands import AcceptSuggestionCommand
    from reader.core.library import Library

    shown = _collect(monkeypatch)
    library = window.library
    first = library.suggestions.for_article(seed_id)[0]
    window.history.run(AcceptSuggestionCommand(library, seed_id, first))
    window.undo_stack.undo()
    with Library(db_path) as terminal:
        terminal.suggestions.accept_many(seed_id, terminal.suggestions.for_article(seed_id))
    before = library.annotations.for_article(seed_id)
    window.undo_stack.redo()
    assert library.annotations.for_article(seed_id) == before
    [error] = shown["error"]
    assert "accepted meanwhile" in error
