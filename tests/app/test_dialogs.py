"""Tests for the tag manager, speaker manager and article details dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from reader.app import dialog_helpers as dh
from reader.app import tag_manager
from reader.app.tag_manager import COL_NAME, NAME_ROLE, TagManagerDialog
from reader.core.changes import Area

LAVROV = "Kami tidak ingin berperang"
WHITE_HOUSE = "Gedung Putih meyakini"


@pytest.fixture
def stack(qapp):
    """An undo stack made after the application (a test may be the first of its xdist
    worker to touch Qt: one full-suite run lost a worker in a test that used this fixture
    without ``qapp``), cleared before the library it points to goes."""
    undo = QUndoStack()
    yield undo
    undo.clear()


@pytest.fixture
def tagged(seeded_library, seed_id):
    """The seed with two annotations tagged under ``framing``."""
    lib = seeded_library
    lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Sergey Lavrov",
                       tags=["framing/diplomacy", "peace"])
    lib.annotations.add_exact(seed_id, WHITE_HOUSE, kind="claim", tags=["framing/threat"])
    return lib


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail loudly if a real modal box would open; record errors instead."""
    errors: list[str] = []
    monkeypatch.setattr(dh, "show_error", lambda parent, title, msg: errors.append(msg))
    monkeypatch.setattr(dh, "show_info", lambda parent, title, msg: errors.append(msg))
    monkeypatch.setattr(dh, "confirm", lambda *a, **k: True)
    return errors


def tag_names(lib):
    return [t.name for t in lib.tags.all()]


def links(lib, seed_id):
    return {n.exact: n.tags for n in lib.annotations.for_article(seed_id)}


@pytest.fixture
def tag_dialog(qtbot, tagged, stack, no_dialogs):
    dialog = TagManagerDialog(tagged, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_tag_tree_nests_and_counts(tag_dialog, qtmodeltester):
    qtmodeltester.check(tag_dialog.model)
    framing = tag_dialog.index_of("framing")
    assert framing.isValid() and framing.data() == "framing"
    threat = tag_dialog.index_of("framing/threat")
    assert threat.parent() == framing and threat.data() == "threat"
    assert threat.siblingAtColumn(2).data() == "1"


def test_new_nested_tag_and_undo(tag_dialog, tagged, stack, monkeypatch):
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "war")
    tag_dialog.select("framing")
    tag_dialog.buttons["new"].click()
    assert "framing/war" in tag_names(tagged)
    assert tag_dialog.index_of("framing/war").parent() == tag_dialog.index_of("framing")
    stack.undo()
    assert "framing/war" not in tag_names(tagged)
    assert not tag_dialog.index_of("framing/war").isValid()
    stack.redo()
    assert "framing/war" in tag_names(tagged)


def test_rename_moves_children_and_undo(tag_dialog, tagged, stack, seed_id, monkeypatch):
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "frames")
    tag_dialog.select("framing")
    tag_dialog.buttons["rename"].click()
    assert {"frames", "frames/threat", "frames/diplomacy"} <= set(tag_names(tagged))
    assert links(tagged, seed_id)[WHITE_HOUSE] == ["frames/threat"]
    stack.undo()
    assert {"framing", "framing/threat", "framing/diplomacy"} <= set(tag_names(tagged))
    assert "frames" not in tag_names(tagged)
    stack.redo()
    assert "frames/threat" in tag_names(tagged)


def test_inline_rename_of_the_leaf(tag_dialog, tagged, stack, qtbot):
    item = tag_dialog.model.itemFromIndex(tag_dialog.index_of("framing/threat"))
    item.setText("danger")
    qtbot.waitUntil(lambda: "framing/danger" in tag_names(tagged))
    assert stack.count() == 1
    stack.undo()
    assert "framing/threat" in tag_names(tagged)


def test_rename_clash_is_a_message_not_a_traceback(tag_dialog, tagged, stack, no_dialogs,
                                                    monkeypatch):
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "peace")
    tag_dialog.select("framing")
    tag_dialog.buttons["rename"].click()
    assert no_dialogs and "already exists" in no_dialogs[0]
    assert stack.count() == 0 and "framing" in tag_names(tagged)


def test_recolour_and_undo(tag_dialog, tagged, stack, monkeypatch):
    old = tagged.tags.get("peace").colour
    monkeypatch.setattr(tag_manager, "pick_colour", lambda parent, current: "#123456")
    tag_dialog.select("peace")
    tag_dialog.buttons["recolour"].click()
    assert tagged.tags.get("peace").colour == "#123456"
    assert tag_dialog.index_of("peace").siblingAtColumn(1).data() == "#123456"
    stack.undo()
    assert tagged.tags.get("peace").colour == old


def test_recolour_cancelled_changes_nothing(tag_dialog, tagged, stack, monkeypatch):
    monkeypatch.setattr(tag_manager, "pick_colour", lambda parent, current: None)
    tag_dialog.select("peace")
    tag_dialog.buttons["recolour"].click()
    assert stack.count() == 0


def test_merge_and_undo(tag_dialog, tagged, stack, seed_id, monkeypatch):
    before_ids = {t.name: t.id for t in tagged.tags.all()}
    monkeypatch.setattr(dh, "ask_item", lambda *a, **k: "framing/threat")
    tag_dialog.select("peace")
    tag_dialog.buttons["merge"].click()
    assert "peace" not in tag_names(tagged)
    assert links(tagged, seed_id)[LAVROV] == ["framing/diplomacy", "framing/threat"]
    stack.undo()
    assert links(tagged, seed_id) == {LAVROV: ["framing/diplomacy", "peace"],
                                      WHITE_HOUSE: ["framing/threat"]}
    assert {t.name: t.id for t in tagged.tags.all()} == before_ids
    stack.redo()
    assert "peace" not in tag_names(tagged)


def test_merge_a_parent_moves_its_children(tag_dialog, tagged, stack, seed_id, monkeypatch):
    monkeypatch.setattr(dh, "ask_item", lambda *a, **k: "peace")
    tag_dialog.select("framing")
    tag_dialog.buttons["merge"].click()
    assert set(tag_names(tagged)) == {"peace", "peace/diplomacy", "peace/threat"}
    stack.undo()
    assert set(tag_names(tagged)) == {"peace", "framing", "framing/diplomacy", "framing/threat"}
    assert links(tagged, seed_id)[WHITE_HOUSE] == ["framing/threat"]


def test_merge_into_a_new_nested_target_undo_removes_created_parents(tagged, stack, seed_id):
    from reader.app.tag_commands import MergeTagsCommand

    before = set(tag_names(tagged))
    stack.push(MergeTagsCommand(tagged, "peace", "new/place"))
    assert {"new", "new/place"} <= set(tag_names(tagged))
    stack.undo()
    assert set(tag_names(tagged)) == before


def test_merging_a_parent_is_one_library_change_each_way(tagged, stack, monkeypatch):
    from reader.app.tag_commands import MergeTagsCommand

    real_where = tagged.annotations.where

    def no_scan(*args, **kwargs):  # the links come from the tag index, not every annotation
        if kwargs.get("ids") is None:  # (those linked, read by id to note their versions:
            raise AssertionError("merge read every annotation")  # R20-1)
        return real_where(*args, **kwargs)

    monkeypatch.setattr(tagged.annotations, "where", no_scan)
    changes = []
    tagged.subscribe(changes.append)
    stack.push(MergeTagsCommand(tagged, "framing", "peace"))
    [merged] = changes  # one transaction, one notice: merge and move the children
    assert merged.areas == {Area.TAGS, Area.ANNOTATIONS} and merged.tags_removed == ("framing",)
    changes.clear()
    stack.undo()
    [unmerged] = changes
    assert unmerged.areas == {Area.TAGS, Area.ANNOTATIONS}
    assert {"framing", "framing/diplomacy", "framing/threat"} <= set(tag_names(tagged))


def test_deleting_nested_tags_is_one_library_change_each_way(tagged, stack, seed_id):
    from reader.app.tag_commands import DeleteTagCommand

    before = {t.name: t.id for t in tagged.tags.all()}
    changes = []
    tagged.subscribe(changes.append)
    stack.push(DeleteTagCommand(tagged, "framing"))
    [deleted] = changes
    assert deleted.areas == {Area.TAGS, Area.ANNOTATIONS} and tag_names(tagged) == ["peace"]
    assert set(deleted.tags_removed) == {"framing", "framing/diplomacy", "framing/threat"}
    changes.clear()
    stack.undo()
    assert [c.areas for c in changes] == [{Area.TAGS, Area.ANNOTATIONS}]
    assert {t.name: t.id for t in tagged.tags.all()} == before
    assert links(tagged, seed_id)[WHITE_HOUSE] == ["framing/threat"]


def test_delete_with_count_confirmation_and_undo(tag_dialog, tagged, stack, seed_id,
                                                 monkeypatch):
    asked = []
    monkeypatch.setattr(dh, "confirm", lambda parent, title, text, detail="", **k:
                        asked.append(detail) or True)
    tag_dialog.select("framing")
    tag_dialog.buttons["delete"].click()
    assert "0 annotations" in asked[0] and "The 2 tags nested under it go too (used 2×)" in asked[0]
    assert tag_names(tagged) == ["peace"]
    assert links(tagged, seed_id)[WHITE_HOUSE] == []
    stack.undo()
    assert set(tag_names(tagged)) == {"peace", "framing", "framing/diplomacy", "framing/threat"}
    assert links(tagged, seed_id)[WHITE_HOUSE] == ["framing/threat"]


def test_delete_declined_keeps_the_tag(tag_dialog, tagged, stack, monkeypatch):
    monkeypatch.setattr(dh, "confirm", lambda *a, **k: False)
    tag_dialog.select("peace")
    tag_dialog.buttons["delete"].click()
    assert "peace" in tag_names(tagged) and stack.count() == 0


def test_drop_nests_a_tag(tag_dialog, tagged, stack):
    tag_dialog.move_tag("peace", "framing")
    assert "framing/peace" in tag_names(tagged)
    tag_dialog.move_tag("framing/peace", "")
    assert "peace" in tag_names(tagged)
    stack.undo()
    stack.undo()
    assert "peace" in tag_names(tagged) and "framing/peace" not in tag_names(tagged)


def test_refreshes_when_the_library_changes(tag_dialog, tagged):
    tagged.tags.create("framing/new")
    assert tag_dialog.index_of("framing/new").isValid()
    assert tag_dialog.model.index(0, COL_NAME).data(NAME_ROLE) == "framing"


def test_undo_shortcut_works_inside_the_dialog(tag_dialog, tagged, stack, monkeypatch):
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "x")
    tag_dialog.select("peace")
    tag_dialog.buttons["new"].click()
    assert "peace/x" in tag_names(tagged)
    tag_dialog.undo_action.trigger()
    assert "peace/x" not in tag_names(tagged)


def test_grab_tag_manager(tag_dialog, tmp_path):
    tag_dialog.select("framing/threat")
    tag_dialog.grab().save(str(tmp_path / "dlg_tags.png"))


# ----- article details -------------------------------------------------------------------

from reader.app.article_commands import DeleteArticleCommand, EditArticleCommand  # noqa: E402
from reader.app.article_details import ArticleDetailsDialog, date_hint  # noqa: E402


@pytest.fixture
def details(qtbot, seeded_library, seed_id, no_dialogs):
    seeded_library.collections.create("Ukraina")
    seeded_library.collections.create("Diplomasi")
    dialog = ArticleDetailsDialog(seeded_library, seed_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_details_shows_the_seed(details, tmp_path):
    assert details.edits["title"].text() == "AS dan Rusia akan Berunding Tentang Ukraina"
    assert details.edits["source"].text() == "MINA"
    assert details.edits["published"].text() == "2021-12-22"
    hint = details.date_hint.text()
    assert hint.startswith("Inferred: the story says 22/12 without a year") and "2021" in hint
    assert details.date_hint.isVisible()
    assert details.language_code() == "id"
    assert details.info_labels["original_format"].text() == "txt"
    assert details.collection_state() == {"Diplomasi": False, "Ukraina": False}
    details.grab().save(str(tmp_path / "dlg_details.png"))


def test_details_saves_fields_and_collections(details, seeded_library, seed_id, monkeypatch):
    details.edits["published"].setText("2021-12-21")  # a person corrects the inferred date
    assert not details.date_hint.isVisible()
    details.edits["authors"].setText("  Sajadi  ")
    details.language.setCurrentIndex(details.language.count() - 1)
    details.other_language.setText("MS")
    details.collection_checks[1].setChecked(True)  # Ukraina
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "Perang  dingin")
    details.new_collection_button.click()
    details.save()
    assert details.changes == {"published": "2021-12-21", "authors": "Sajadi", "language": "ms"}
    article = seeded_library.articles.get(seed_id)
    assert (article.published, article.authors, article.language) == ("2021-12-21", "Sajadi", "ms")
    assert not article.published_inferred and article.date_label() == "2021-12-21"
    assert [c.name for c in seeded_library.collections.of_article(seed_id)] == [
        "Perang dingin", "Ukraina"]


def test_details_removes_from_a_collection(qtbot, seeded_library, seed_id, no_dialogs):
    collection = seeded_library.collections.create("Ukraina")
    seeded_library.collections.add([seed_id], collection.id)
    dialog = ArticleDetailsDialog(seeded_library, seed_id)
    qtbot.addWidget(dialog)
    assert dialog.collection_state() == {"Ukraina": True}
    dialog.collection_checks[0].setChecked(False)
    dialog.save()
    assert dialog.changes == {} and seeded_library.collections.of_article(seed_id) == []


def test_details_save_is_all_or_nothing(qtbot, seeded_library, seed_id, no_dialogs):
    gone = seeded_library.collections.create("Arsip")
    dialog = ArticleDetailsDialog(seeded_library, seed_id)
    qtbot.addWidget(dialog)
    dialog.edits["title"].setText("Judul baru")
    dialog.collection_checks[0].setChecked(True)
    seeded_library.collections.delete(gone.id)  # meanwhile, elsewhere
    dialog.save()
    assert no_dialogs and dialog.changes is None  # the error is shown, the dialog stays
    assert seeded_library.articles.get(seed_id).title.startswith("AS dan Rusia")  # not half-saved


def test_details_refuses_an_empty_title(details, seeded_library, seed_id, no_dialogs):
    details.edits["title"].setText("   ")
    details.save()
    assert no_dialogs == ["An article needs a title."] and details.changes is None
    assert seeded_library.articles.get(seed_id).title.startswith("AS dan Rusia")


def test_ask_returns_changes_or_none(seeded_library, seed_id, monkeypatch):
    def accept(self):
        self.edits["editor"].setText("Rudi")
        self.save()
        return int(self.result())

    monkeypatch.setattr(ArticleDetailsDialog, "exec", accept)
    assert ArticleDetailsDialog.ask(seeded_library, seed_id) == {"editor": "Rudi"}
    monkeypatch.setattr(ArticleDetailsDialog, "exec", lambda self: 0)
    assert ArticleDetailsDialog.ask(seeded_library, seed_id) is None


def test_saving_runs_one_command_that_undoes_details_and_collections(
        qtbot, seeded_library, seed_id, stack, no_dialogs, monkeypatch):
    """The dialog writes nothing itself: it hands one command to the history's ``run``."""
    from reader.app.operations import History

    old = seeded_library.collections.create("Ukraina")
    dialog = ArticleDetailsDialog(seeded_library, seed_id, run=History(stack, None).run)
    qtbot.addWidget(dialog)
    dialog.edits["title"].setText("Judul baru")
    dialog.collection_checks[0].setChecked(True)
    monkeypatch.setattr(dh, "ask_text", lambda *a, **k: "Perang dingin")
    dialog.new_collection_button.click()
    dialog.save()
    assert stack.count() == 1 and stack.text(0) == "Edit article title"

    def state():
        return (seeded_library.articles.get(seed_id).title,
                [c.name for c in seeded_library.collections.of_article(seed_id)],
                [c.name for c in seeded_library.collections.all()])

    done = ("Judul baru", ["Perang dingin", "Ukraina"], ["Perang dingin", "Ukraina"])
    assert state() == done
    created = next(c.id for c in seeded_library.collections.all() if c.name == "Perang dingin")
    stack.undo()  # the title, the membership, and the collection it made
    assert state() == ("AS dan Rusia akan Berunding Tentang Ukraina", [], ["Ukraina"])
    stack.redo()  # the new collection comes back under its id
    assert state() == done
    assert created in {c.id for c in seeded_library.collections.all()}
    assert old.id in {c.id for c in seeded_library.collections.of_article(seed_id)}


def test_a_refused_save_pushes_nothing_and_keeps_the_dialog(
        qtbot, seeded_library, seed_id, stack, no_dialogs):
    from reader.app.operations import History

    gone = seeded_library.collections.create("Arsip")
    dialog = ArticleDetailsDialog(seeded_library, seed_id, run=History(stack, None).run)
    qtbot.addWidget(dialog)
    dialog.edits["title"].setText("Judul baru")
    dialog.collection_checks[0].setChecked(True)
    seeded_library.collections.delete(gone.id)  # meanwhile, elsewhere
    dialog.save()
    assert no_dialogs and dialog.changes is None and stack.count() == 0
    assert seeded_library.articles.get(seed_id).title.startswith("AS dan Rusia")


def test_ask_on_a_missing_article_is_a_message(seeded_library, no_dialogs):
    assert ArticleDetailsDialog.ask(seeded_library, 999) is None
    assert no_dialogs == ["There is no article 999."]


def test_date_hint():
    assert date_hint("2021-12-22") == "" and date_hint("") == ""
    assert "no year" in date_hint("22/12")
    assert "YYYY-MM-DD" in date_hint("Rabu, 22 Desember")


def test_edit_and_delete_article_commands(seeded_library, seed_id, stack):
    seeded_library.annotations.add_exact(seed_id, LAVROV, kind="quote", tags=["peace"])
    collection = seeded_library.collections.create("Ukraina")
    seeded_library.collections.add([seed_id], collection.id)
    stack.push(EditArticleCommand(seeded_library, seed_id, {"source": "MINA"},
                                  {"source": "Antara"}))
    assert seeded_library.articles.get(seed_id).source == "Antara"
    stack.push(DeleteArticleCommand(seeded_library, seed_id))
    assert seeded_library.articles.count() == 0
    stack.undo()
    article = seeded_library.articles.get(seed_id)
    assert article.source == "Antara" and article.quotes == 1
    assert seeded_library.annotations.for_article(seed_id)[0].tags == ["peace"]
    assert seeded_library.collections.of_article(seed_id)[0].name == "Ukraina"
    stack.undo()
    assert seeded_library.articles.get(seed_id).source == "MINA"
    stack.redo()
    stack.redo()
    assert seeded_library.articles.count() == 0


def test_undo_that_fails_is_reported_not_raised(seeded_library, seed_id, stack, no_dialogs):
    stack.push(EditArticleCommand(seeded_library, seed_id, {"source": "MINA"},
                                  {"source": "Antara"}))
    seeded_library.articles.delete(seed_id)  # behind the stack's back
    stack.undo()
    assert no_dialogs and "There is no article" in no_dialogs[0]


def test_undo_of_an_article_edit_never_overwrites_a_colleagues_later_edit(
        qapp, seeded_library, seed_id, stack, no_dialogs, db_path):
    """Review R16-7 (R15-11's class for articles): Ctrl+Z of a title edit put the ORIGINAL
    title back over a colleague's later one, and undoing a collection change reset the
    whole membership (the collection a colleague added since was removed too). Undo and
    redo now check the details still hold what the step left, and change only the
    collections the step itself added or removed."""
    from reader.core.library import Library

    lib = seeded_library
    original = lib.articles.get(seed_id).title
    mine = lib.collections.create("Mine")
    stack.push(EditArticleCommand(lib, seed_id, {"title": original},
                                  {"title": "My corrected title"},
                                  collections=(set(), {mine.id})))
    with Library(db_path) as colleague:  # (another program, a colleague on a team library)
        colleague.articles.update(seed_id, title="Colleague's better title")
        desk = colleague.collections.create("Desk A")
        colleague.collections.add([seed_id], desk.id)
    stack.undo()
    article = lib.articles.get(seed_id)
    assert article.title == "Colleague's better title"
    assert no_dialogs and "Someone else changed this article" in no_dialogs[0]
    assert {c.name for c in lib.collections.of_article(seed_id)} == {"Mine", "Desk A"}
    # with nothing changed in between, undo and redo work, on this step's collection only
    no_dialogs.clear()
    stack.push(EditArticleCommand(lib, seed_id, {"source": article.source},
                                  {"source": "Antara"},
                                  collections=({mine.id, desk.id}, {desk.id})))
    assert {c.name for c in lib.collections.of_article(seed_id)} == {"Desk A"}
    stack.undo()
    assert lib.articles.get(seed_id).source == article.source and not no_dialogs
    assert {c.name for c in lib.collections.of_article(seed_id)} == {"Mine", "Desk A"}
    with Library(db_path) as colleague:
        colleague.collections.remove([seed_id], desk.id)
    stack.redo()
    assert lib.articles.get(seed_id).source == "Antara" and not no_dialogs
    assert {c.name for c in lib.collections.of_article(seed_id)} == set()


def test_undo_of_a_tag_merge_recolour_or_collection_rename_keeps_a_colleagues_later_work(
        qapp, seeded_library, seed_id, stack, no_dialogs, db_path):
    """Review R16-16 (R16-7's class in the tag and collection managers): undoing a tag
    merge took the merged-into tag off an annotation a colleague tagged after the merge;
    undoing a recolour or a collection rename put my old value back over a colleague's."""
    from reader.app.article_commands import RenameCollectionCommand
    from reader.app.tag_commands import MergeTagsCommand, RecolourTagCommand
    from reader.core.library import Library

    lib = seeded_library
    n1 = lib.annotations.add(seed_id, 0, 5, kind="highlight", tags=["verify"])
    n2 = lib.annotations.add(seed_id, 10, 15, kind="highlight", tags=["check"])
    stack.push(MergeTagsCommand(lib, "verify", "check"))
    desk = lib.collections.create("Desk")
    stack.push(RenameCollectionCommand(lib, desk.id, "Desk", "Politics desk"))
    stack.push(RecolourTagCommand(lib, "check", lib.tags.get("check").colour, "#aa0000"))
    with Library(db_path) as colleague:
        n3 = colleague.annotations.add(seed_id, 20, 25, kind="highlight", tags=["check"])
        colleague.collections.rename(desk.id, "Politics desk (Jakarta)")
        colleague.tags.recolour("check", "#00aa00")
    stack.undo()  # the recolour: theirs stays
    assert lib.tags.get("check").colour == "#00aa00" and len(no_dialogs) == 1
    stack.undo()  # the rename: theirs stays
    assert [c.name for c in lib.collections.all() if c.id == desk.id] == [
        "Politics desk (Jakarta)"] and len(no_dialogs) == 2
    stack.undo()  # the merge: mine comes apart, theirs keeps its tag
    tags = {n.id: n.tags for n in lib.annotations.for_article(seed_id)}
    assert (tags[n1.id], tags[n2.id], tags[n3.id]) == (["verify"], ["check"], ["check"])
    assert all("Someone else" in m for m in no_dialogs)


# ----- speakers ----------------------------------------------------------------------------

from reader.app.speaker_manager import SpeakerManagerDialog  # noqa: E402


@pytest.fixture
def speakers(qtbot, tagged, seed_id, stack, no_dialogs):
    tagged.speakers.create("Joe Biden", "US president", aliases=["Biden"])
    tagged.annotations.add_exact(seed_id, "Gedung Putih", kind="quote", speaker="Gedung Putih")
    dialog = SpeakerManagerDialog(tagged, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def speaker(lib, name):
    return lib.speakers.get(name)


def test_speaker_list(speakers, qtmodeltester, tmp_path):
    qtmodeltester.check(speakers.model)
    rows = {speakers.model.item(r, 0).text(): (speakers.model.item(r, 1).text(),
                                               speakers.model.item(r, 2).text())
            for r in range(speakers.model.rowCount())}
    assert rows == {"Gedung Putih": ("", "1"), "Joe Biden": ("Biden", "0"),
                    "Sergey Lavrov": ("", "1")}
    speakers.select("Sergey Lavrov")
    speakers.description_edit.setText("Russian foreign minister")
    speakers.save_description()
    speakers.grab().save(str(tmp_path / "dlg_speakers.png"))


def test_rename_speaker_and_undo(speakers, tagged, stack, seed_id):
    speakers.select("Sergey Lavrov")
    speakers.name_edit.setText("Sergei Lavrov")
    speakers.rename_button.click()
    assert speaker(tagged, "Sergei Lavrov").aliases == ["Sergey Lavrov"]
    assert tagged.annotations.for_article(seed_id)[0].speaker in ("Sergei Lavrov", "Gedung Putih")
    assert speakers.selected_names() == ["Sergei Lavrov"]
    stack.undo()
    assert speaker(tagged, "Sergey Lavrov").aliases == []
    assert "Sergei Lavrov" not in {s.name for s in tagged.speakers.all()}
    stack.redo()
    assert speaker(tagged, "Sergei Lavrov").aliases == ["Sergey Lavrov"]


def test_rename_to_an_alias_undo_keeps_the_alias(speakers, tagged, stack):
    speakers.select("Joe Biden")
    speakers.name_edit.setText("Biden")
    speakers.rename_current()
    assert speaker(tagged, "Biden").name == "Biden"
    assert speaker(tagged, "Biden").aliases == ["Joe Biden"]
    stack.undo()
    assert speaker(tagged, "Joe Biden").aliases == ["Biden"]


def test_rename_clash_is_a_message(speakers, tagged, stack, no_dialogs):
    speakers.select("Joe Biden")
    speakers.name_edit.setText("Gedung Putih")
    speakers.rename_current()
    assert no_dialogs and "merge" in no_dialogs[0] and stack.count() == 0
    assert speakers.name_edit.text() == "Joe Biden"


def test_aliases_add_remove_and_undo(speakers, tagged, stack):
    speakers.select("Sergey Lavrov")
    speakers.alias_edit.setText("Lavrov")
    speakers.add_alias_button.click()
    assert speaker(tagged, "Sergey Lavrov").aliases == ["Lavrov"]
    assert speakers.alias_list.item(0).text() == "Lavrov"
    speakers.alias_list.setCurrentRow(0)
    speakers.remove_alias_button.click()
    assert speaker(tagged, "Sergey Lavrov").aliases == []
    stack.undo()
    assert speaker(tagged, "Sergey Lavrov").aliases == ["Lavrov"]
    stack.undo()
    assert speaker(tagged, "Sergey Lavrov").aliases == []


def test_alias_owned_by_another_speaker_is_a_message(speakers, tagged, stack, no_dialogs):
    speakers.select("Sergey Lavrov")
    speakers.alias_edit.setText("Biden")
    speakers.add_alias()
    assert no_dialogs and "another speaker" in no_dialogs[0] and stack.count() == 0


def test_description_and_undo(speakers, tagged, stack):
    speakers.select("Joe Biden")
    speakers.description_edit.setText("46th US president")
    speakers.description_button.click()
    assert speaker(tagged, "Joe Biden").description == "46th US president"
    stack.undo()
    assert speaker(tagged, "Joe Biden").description == "US president"


def test_merge_two_speakers_after_confirming(speakers, tagged, seed_id, monkeypatch):
    asked = []
    monkeypatch.setattr(dh, "ask_item", lambda parent, title, label, items, *a:
                        asked.append(items) or "Sergey Lavrov")
    monkeypatch.setattr(dh, "confirm", lambda parent, title, text, detail="", **k:
                        asked.append(detail) or True)
    speakers.select("Sergey Lavrov", "Gedung Putih")
    assert speakers.merge_button.isEnabled()
    speakers.merge_button.click()
    assert "Undo" in asked[1]
    names = {s.name: s for s in tagged.speakers.all()}
    assert set(names) == {"Joe Biden", "Sergey Lavrov"}
    assert names["Sergey Lavrov"].aliases == ["Gedung Putih"] and names["Sergey Lavrov"].quotes == 2
    assert speakers.model.rowCount() == 2


def test_merging_speakers_is_undoable(speakers, tagged, stack, monkeypatch):
    before = {s.name: (s.id, s.aliases, s.quotes) for s in tagged.speakers.all()}
    monkeypatch.setattr(dh, "ask_item", lambda *a, **k: "Sergey Lavrov")
    monkeypatch.setattr(dh, "confirm", lambda *a, **k: True)
    speakers.select("Sergey Lavrov", "Gedung Putih")
    speakers.merge_selected()
    assert len(tagged.speakers.all()) == 2
    stack.undo()
    assert {s.name: (s.id, s.aliases, s.quotes) for s in tagged.speakers.all()} == before
    stack.redo()
    assert len(tagged.speakers.all()) == 2


def test_merge_declined(speakers, tagged, monkeypatch):
    monkeypatch.setattr(dh, "ask_item", lambda *a, **k: "Sergey Lavrov")
    monkeypatch.setattr(dh, "confirm", lambda *a, **k: False)
    speakers.select("Sergey Lavrov", "Gedung Putih")
    speakers.merge_selected()
    assert len(tagged.speakers.all()) == 3


def test_speaker_filter(speakers):
    speakers.filter.setText("bid")
    assert speakers.proxy.rowCount() == 1


def test_undoing_a_date_correction_gives_back_the_inferred_mark(
        qtbot, seeded_library, seed_id, stack, no_dialogs):
    from reader.app.operations import History

    dialog = ArticleDetailsDialog(seeded_library, seed_id, run=History(stack, None).run)
    qtbot.addWidget(dialog)
    dialog.edits["published"].setText("2021-12-21")
    dialog.save()
    assert not seeded_library.articles.get(seed_id).published_inferred
    stack.undo()
    article = seeded_library.articles.get(seed_id)
    assert (article.published, article.published_inferred) == ("2021-12-22", True)
    stack.redo()
    assert not seeded_library.articles.get(seed_id).published_inferred


@pytest.mark.parametrize("language", ["en", "id"])
def test_speaker_hints_are_not_cut_off(qapp, qtbot, fresh_library, stack, language):
    """The alias and description hints read whole in both languages ("Nama lai…" was cut)."""
    from PySide6.QtCore import QLocale

    from reader.app import i18n

    before = QLocale()
    assert i18n.install(language, qapp)
    try:
        dialog = SpeakerManagerDialog(fresh_library, stack)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for edit in (dialog.alias_edit, dialog.description_edit):
            hint = edit.placeholderText()
            assert hint and (language == "en") == (hint in {"New alias, e.g. Lavrov",
                                                            "e.g. Russian foreign minister"})
            room = edit.contentsRect().width() - edit.textMargins().left() \
                - edit.textMargins().right()
            assert edit.fontMetrics().horizontalAdvance(hint) < room, hint
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(before)
