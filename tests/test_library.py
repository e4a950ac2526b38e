"""The service API, used the way the GUI and the CLI use it."""

import pytest

from reader.core.changes import Area
from reader.core.library import ArticleFilter, LibraryError, NotFound, open_library
from reader.core.models import Annotation, ImportedArticle

LAVROV = "Kami tidak ingin berperang"


def article(title="Judul", text="Isi berita.", **fields):
    return ImportedArticle(title=title, text=text, content_hash=f"hash-{title}-{text}", **fields)


def test_first_run_creates_the_library_from_the_seed(seeded_library):
    [seed] = seeded_library.articles.find()
    assert seed.title == "AS dan Rusia akan Berunding Tentang Ukraina"
    assert (seed.source, seed.authors, seed.editor) == ("MINA", "sajadi", "Ismet Rauf")
    assert seed.original_format == "txt" and len(seed.content_hash) == 64


def test_reopening_does_not_seed_again(db_path):
    open_library(db_path, seed=True).close()
    library = open_library(db_path, seed=True)
    assert library.articles.count() == 1
    library.close()


def test_only_the_users_own_library_gets_the_sample_article(tmp_path, monkeypatch):
    with open_library(tmp_path / "chosen.sqlite") as chosen:  # --db NEW_FILE, File → New
        assert chosen.articles.count() == 0
    with open_library() as named:  # $KUTIP_DB names a new file (the tests' fixture sets it)
        assert named.articles.count() == 0
    monkeypatch.delenv("KUTIP_DB")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "own"))
    with open_library() as own:  # the user's own library, on its first run
        assert [a.title for a in own.articles.find()] == [
            "AS dan Rusia akan Berunding Tentang Ukraina"]
    with open_library(tmp_path / "seeded.sqlite", seed=True) as seeded:
        assert seeded.articles.count() == 1


def test_annotate_stores_w3c_selectors(seeded_library, seed_id):
    text = seeded_library.articles.get(seed_id).text
    start = text.index(LAVROV)
    note = seeded_library.annotations.add(seed_id, start, start + len(LAVROV), kind="quote",
                                   speaker="Sergey Lavrov", tags=["framing/diplomacy"])
    assert (note.exact, note.start, note.end) == (LAVROV, start, start + len(LAVROV))
    assert text[note.start - len(note.prefix):note.start] == note.prefix
    assert text[note.end:note.end + len(note.suffix)] == note.suffix
    assert note.speaker == "Sergey Lavrov" and note.tags == ["framing/diplomacy"]
    assert seeded_library.articles.get(seed_id).quotes == 1


def test_annotate_trims_whitespace_around_the_selection(seeded_library, seed_id):
    text = seeded_library.articles.get(seed_id).text
    start = text.index(LAVROV)
    note = seeded_library.annotations.add(seed_id, start - 1, start + len(LAVROV) + 0,
                                          kind="highlight")
    assert note.exact == text[start - 1:start + len(LAVROV)].strip()


def test_annotate_exact_finds_the_text(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    assert seeded_library.articles.get(seed_id).text[note.start:note.end] == LAVROV


def test_annotate_exact_missing_text_is_a_clear_error(seeded_library, seed_id):
    with pytest.raises(LibraryError, match="does not occur"):
        seeded_library.annotations.add_exact(seed_id, "Kami ingin perang")


@pytest.mark.parametrize("start,end", [(-1, 5), (5, 5), (0, 10**9)])
def test_annotate_rejects_bad_spans(seeded_library, seed_id, start, end):
    with pytest.raises(LibraryError):
        seeded_library.annotations.add(seed_id, start, end)


def test_claims_start_unchecked_and_take_a_verdict(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, "Gedung Putih meyakini", kind="claim")
    assert note.verdict == "unchecked"
    assert seeded_library.annotations.update(note.id, verdict="false").verdict == "false"
    with pytest.raises(LibraryError):
        seeded_library.annotations.update(note.id, verdict="maybe")


def test_edit_then_delete_then_restore_an_annotation(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov", tags=["a"])
    edited = seeded_library.annotations.update(note.id, speaker="Sergey Lavrov", tags=["b", "c"],
                                              note="VOA interview", kind="claim")
    assert (edited.speaker, edited.tags, edited.note, edited.kind) == (
        "Sergey Lavrov", ["b", "c"], "VOA interview", "claim")
    gone = seeded_library.annotations.delete(note.id)
    assert seeded_library.annotations.for_article(seed_id) == []
    assert seeded_library.articles.get(seed_id).claims == 0
    back = seeded_library.annotations.restore(gone)
    assert back == edited


def test_annotations_come_in_reading_order(seeded_library, seed_id):
    later = seeded_library.annotations.add_exact(seed_id, "Dialog dengan Rusia")
    earlier = seeded_library.annotations.add_exact(seed_id, LAVROV)
    assert [n.id for n in seeded_library.annotations.for_article(seed_id)] == [earlier.id, later.id]


def test_the_same_content_is_not_imported_twice(fresh_library):
    first = fresh_library.articles.add(article())
    second = fresh_library.articles.add(article())
    assert first == (first[0], True) and second == (first[0], False)
    assert fresh_library.articles.count() == 1


def test_update_article_details(seeded_library, seed_id):
    updated = seeded_library.articles.update(seed_id, published="2021-12-22",
                                             url=" https://x.test ")
    assert (updated.published, updated.url) == ("2021-12-22", "https://x.test")
    with pytest.raises(ValueError):
        seeded_library.articles.update(seed_id, text="rewritten")


def test_delete_article_and_undo_it(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov", tags=["t"])
    collection = seeded_library.collections.create("Ukraine talks, Dec 2021")
    seeded_library.collections.add([seed_id], collection.id)
    snapshot = seeded_library.articles.delete(seed_id)
    assert seeded_library.articles.count() == 0
    assert seeded_library.search.find("berperang") == []
    with pytest.raises(NotFound):
        seeded_library.annotations.get(note.id)
    seeded_library.articles.restore(snapshot)
    assert seeded_library.annotations.get(note.id) == note
    assert seeded_library.articles.get(seed_id).quotes == 1
    assert [c.name for c in seeded_library.collections.of_article(seed_id)] == [collection.name]
    assert len(seeded_library.search.find("berperang")) == 2


def test_search_finds_articles_and_annotations_with_snippets(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, note="wawancara RT")
    hits = seeded_library.search.find("berperang")
    assert {h.kind for h in hits} == {"article", "annotation"}
    assert all("berperang" in h.plain_snippet() for h in hits)
    assert "[berperang]" in hits[0].plain_snippet()


@pytest.mark.parametrize("query", ["BERPERANG", "perundingan OR", 'NATO -"x"', "a:b*", "((", "'"])
def test_search_never_fails_on_odd_input(seeded_library, query):
    seeded_library.search.find(query)


def test_search_folds_accents_and_matches_prefixes(fresh_library):
    fresh_library.articles.add(article("Café crème", "Le président a déclaré la négociation."))
    assert fresh_library.search.find("cafe")
    assert fresh_library.search.find("negoc")
    assert fresh_library.search.find('"la negociation"')


def test_filters_narrow_the_list(seeded_library, seed_id):
    other, _ = seeded_library.articles.add(article("Other", "Tidak ada kutipan.", source="Antara"))
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov",
                                         tags=["framing/threat"])
    assert seeded_library.articles.ids(ArticleFilter(source="antara")) == [other]
    assert seeded_library.articles.ids(ArticleFilter(kind="quote")) == [seed_id]
    assert seeded_library.articles.ids(ArticleFilter(tag="framing")) == [seed_id]
    assert seeded_library.articles.ids(ArticleFilter(tag="framing/threat")) == [seed_id]
    assert seeded_library.articles.ids(ArticleFilter(speaker="sergey lavrov")) == [seed_id]
    assert seeded_library.articles.ids(ArticleFilter(query="kutipan")) == [other]
    assert seeded_library.articles.count(ArticleFilter(query="berperang")) == 1


def test_sorting_by_each_column(seeded_library, seed_id):
    other, _ = seeded_library.articles.add(article("Aardvark", "x", source="Zeta"))
    assert seeded_library.articles.ids(sort="title") == [other, seed_id]
    assert seeded_library.articles.ids(sort="source") == [seed_id, other]
    assert seeded_library.articles.ids(sort="imported", descending=True) == [other, seed_id]
    seeded_library.annotations.add_exact(seed_id, LAVROV)
    assert seeded_library.articles.ids(sort="quotes", descending=True) == [seed_id, other]


def test_nested_tags_create_their_parents_and_rename_together(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["framing/threat"])
    assert [t.name for t in seeded_library.tags.all()] == ["framing", "framing/threat"]
    seeded_library.tags.rename("framing", "frame")
    assert [t.name for t in seeded_library.tags.all()] == ["frame", "frame/threat"]
    assert seeded_library.annotations.for_article(seed_id)[0].tags == ["frame/threat"]


def test_merge_and_delete_tags_with_undo(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["threat"])
    seeded_library.tags.merge("threat", "framing/threat")
    assert seeded_library.annotations.get(note.id).tags == ["framing/threat"]
    snapshot = seeded_library.tags.delete("framing/threat")
    assert seeded_library.annotations.get(note.id).tags == []
    seeded_library.tags.restore(snapshot)
    assert seeded_library.annotations.get(note.id).tags == ["framing/threat"]
    assert seeded_library.tags.get("framing/threat").uses == 1


def test_tag_links_lists_the_annotations_of_one_tag(seeded_library, seed_id):
    first = seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["framing/threat", "peace"])
    second = seeded_library.annotations.add_exact(seed_id, "Saya berharap", tags=["peace"])
    assert seeded_library.tags.links("peace") == [first.id, second.id]
    assert seeded_library.tags.links("framing") == []  # nested tags are not included
    with pytest.raises(LibraryError):
        seeded_library.tags.links("missing")


def test_merging_a_parent_moves_its_nested_tags_or_nothing(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["framing/threat", "frame/threat"])
    with pytest.raises(LibraryError, match="“frame/threat” already exists"):
        seeded_library.tags.merge_tree("framing", "frame")
    assert {t.name for t in seeded_library.tags.all()} == {
        "framing", "framing/threat", "frame", "frame/threat"}  # nothing half-done
    seeded_library.tags.merge("frame/threat", "framing/threat")
    snapshot = seeded_library.tags.merge_tree("framing", "frame")
    assert [t.name for t in seeded_library.tags.all()] == ["frame", "frame/threat"]
    seeded_library.tags.unmerge_tree(snapshot)
    assert [t.name for t in seeded_library.tags.all()] == ["frame", "framing", "framing/threat"]


def test_speakers_with_aliases_rename_and_merge(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    seeded_library.speakers.rename("Lavrov", "Sergey Lavrov")
    seeded_library.speakers.add_alias("Sergey Lavrov", "Menlu Rusia")
    note = seeded_library.annotations.add_exact(seed_id, "Saya berharap", speaker="menlu rusia")
    assert note.speaker == "Sergey Lavrov"
    seeded_library.annotations.add_exact(seed_id, "Dialog dengan Rusia", speaker="S. Lavrov")
    seeded_library.speakers.merge("S. Lavrov", "Sergey Lavrov")
    [lavrov] = seeded_library.speakers.all()
    assert lavrov.quotes == 3
    assert lavrov.aliases == ["Lavrov", "Menlu Rusia", "S. Lavrov"]
    assert seeded_library.speakers.aliases()["menlu rusia"] == "Sergey Lavrov"


def test_an_alias_cannot_name_two_speakers(seeded_library):
    seeded_library.speakers.create("Sergey Lavrov", aliases=["Lavrov"])
    seeded_library.speakers.create("Sergei Ryabkov")
    with pytest.raises(LibraryError, match="another speaker"):
        seeded_library.speakers.add_alias("Sergei Ryabkov", "Lavrov")


def test_renaming_to_another_speakers_alias_is_refused(seeded_library):
    seeded_library.speakers.create("Sergey Lavrov", aliases=["Lavrov"])
    seeded_library.speakers.create("Sergei Ryabkov")
    with pytest.raises(LibraryError, match="alias of “Sergey Lavrov”.*merge"):
        seeded_library.speakers.rename("Sergei Ryabkov", "Lavrov")
    assert seeded_library.speakers.get("Lavrov").name == "Sergey Lavrov"  # alias not stolen
    assert seeded_library.speakers.get("Sergey Lavrov").aliases == ["Lavrov"]


def test_renaming_a_speaker_to_its_own_alias_swaps_them(seeded_library):
    seeded_library.speakers.create("Sergey Lavrov", aliases=["Lavrov"])
    speaker = seeded_library.speakers.rename("Sergey Lavrov", "Lavrov")
    assert speaker.name == "Lavrov" and speaker.aliases == ["Sergey Lavrov"]


def test_update_article_sets_details_and_collections_together(seeded_library, seed_id):
    talks = seeded_library.collections.create("Ukraine talks")
    article = seeded_library.articles.update(seed_id, title="Baru",
                                            collections={talks.id, "Perang dingin"})
    assert article.title == "Baru"
    assert [c.name for c in seeded_library.collections.of_article(seed_id)] == [
        "Perang dingin", "Ukraine talks"]
    with pytest.raises(LibraryError):
        seeded_library.articles.update(seed_id, title="Lagi", collections={999})
    assert seeded_library.articles.get(seed_id).title == "Baru"  # nothing of it was saved
    seeded_library.articles.update(seed_id, collections=set())
    assert seeded_library.collections.of_article(seed_id) == []


def test_collections(seeded_library, seed_id):
    talks = seeded_library.collections.create("Ukraine talks")
    seeded_library.collections.add([seed_id], talks.id)
    assert seeded_library.articles.ids(ArticleFilter(collection_id=talks.id)) == [seed_id]
    assert seeded_library.collections.all()[0].articles == 1
    seeded_library.collections.remove([seed_id], talks.id)
    assert seeded_library.articles.ids(ArticleFilter(collection_id=talks.id)) == []
    seeded_library.collections.delete(talks.id)
    assert seeded_library.collections.all() == [] and seeded_library.articles.count() == 1


def test_every_write_notifies_subscribers(seeded_library, seed_id):
    changes = []
    seeded_library.subscribe(changes.append)
    note = seeded_library.annotations.add_exact(seed_id, LAVROV)
    seeded_library.annotations.delete(note.id)
    assert [(c.areas, c.article_ids) for c in changes] == [({Area.ANNOTATIONS}, {seed_id})] * 2
    assert seeded_library.last_changes == changes[-1]


def test_a_short_speaker_name_becomes_the_full_name_the_article_uses(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    assert note.speaker == "Sergey Lavrov"
    [lavrov] = seeded_library.speakers.all()
    assert lavrov.aliases == ["Lavrov"]
    assert lavrov.description == "Menteri Luar Negeri (Menlu) Rusia"
    other = seeded_library.annotations.add_exact(seed_id, "Dialog dengan Rusia",
                                                 speaker="Budi Santoso")
    assert other.speaker == "Budi Santoso"  # nobody fuller in the article: kept as typed


def test_undoing_an_edit_after_the_text_changed_places_the_span_again(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    seeded_library.annotations.update(note.id, note="edited")
    text = seeded_library.articles.get(seed_id).text
    seeded_library.texts.replace(seed_id, "Paragraf baru di awal.\n\n" + text)
    restored = seeded_library.annotations.restore(note)  # undo of the edit
    new_text = seeded_library.articles.get(seed_id).text
    assert new_text[restored.start:restored.end] == LAVROV
    assert restored.note == "" and restored.anchor == "anchored"


def test_an_undone_edit_never_overwrites_a_later_change_by_someone_else(
        seeded_library, seed_id, db_path):
    """R15-11: an undo puts the value back only while the annotation still holds what the
    edit left; a redo only while it is as the undo left it."""
    library = seeded_library
    before = library.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote")
    after = library.annotations.update(before.id, note="mine", tags=["a", "b"])
    assert library.annotations.restore_edited(before, after).note == ""  # nobody between
    after = library.annotations.update(before.id, expected=before, note="mine")
    with open_library(db_path) as colleague:
        colleague.annotations.update(before.id, speaker="Sergey Lavrov")
    with pytest.raises(LibraryError, match="Someone else changed this annotation since"):
        library.annotations.restore_edited(before, after)
    kept = library.annotations.get(before.id)
    assert (kept.note, kept.speaker) == ("mine", "Sergey Lavrov")
    with pytest.raises(LibraryError, match="Someone else changed this annotation since"):
        library.annotations.update(before.id, expected=before, note="again")
    assert library.annotations.get(before.id) == kept


def test_restore_refuses_to_overwrite_a_different_annotation(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV)
    impostor = Annotation(**{**note.__dict__, "created_at": "1999-01-01T00:00:00+00:00"})
    with pytest.raises(LibraryError, match="taken this one's place"):
        seeded_library.annotations.restore(impostor)
    assert seeded_library.annotations.get(note.id) == note


def test_undo_of_an_article_delete_still_works_after_another_import(seeded_library, seed_id):
    snapshot = seeded_library.articles.delete(seed_id)
    other, _ = seeded_library.articles.add(article("Baru", "Artikel lain."))
    assert other != seed_id
    seeded_library.articles.restore(snapshot)
    assert seeded_library.articles.count() == 2


def test_a_write_that_creates_a_tag_or_speaker_announces_it(seeded_library, seed_id):
    changes = []
    seeded_library.subscribe(changes.append)
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov", tags=["baru"])
    [made] = changes  # one notice for the write, naming what it created on the way
    assert made.areas == {Area.ANNOTATIONS, Area.SPEAKERS, Area.TAGS}
    assert (made.speakers_created, made.tags_created) == (("Sergey Lavrov",), ("baru",))
    changes.clear()
    seeded_library.annotations.update(note.id, tags=["baru"], note="x")
    assert [c.areas for c in changes] == [{Area.ANNOTATIONS}]  # nothing new: no list to refresh


def test_a_merge_into_a_new_name_is_undone_completely(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Budi Santoso")
    before = seeded_library.speakers.all()
    snapshot = seeded_library.speakers.merge_undoable("Budi Santoso", "Budi S.")
    assert [s.name for s in seeded_library.speakers.all()] == ["Budi S."]
    seeded_library.speakers.unmerge(snapshot)
    assert seeded_library.speakers.all() == before
    assert seeded_library.annotations.for_article(seed_id)[0].speaker == "Budi Santoso"


def test_names_for_completion(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov",
                                         tags=["b/c", "a"])
    assert seeded_library.speakers.names() == ["Sergey Lavrov"]
    assert seeded_library.tags.names() == ["a", "b", "b/c"]


def test_names_from_before_the_split_are_gone(seeded_library):
    with pytest.raises(AttributeError):
        getattr(seeded_library, "get_article")  # noqa: B009  (now library.articles.get)
    with pytest.raises(TypeError):
        seeded_library.tags()  # now library.tags.all()


def test_a_write_through_another_connection_is_noticed_once(seeded_library, db_path, seed_id):
    from reader.core.changes import Changes
    from reader.core.library import Library

    changes = []
    seeded_library.subscribe(changes.append)
    assert seeded_library.poll_external() is None
    with Library(db_path) as other:  # e.g. the command line, while the app is open
        other.tags.create("dari-cli")
    assert seeded_library.poll_external() == Changes.everything(external=True)
    assert seeded_library.poll_external() is None  # announced once
    assert changes == [Changes.everything(external=True)]
    assert "dari-cli" in seeded_library.tags.names()


def test_a_tag_cannot_move_under_itself(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["a"])
    for new in ("a/b", "A/b/c", " a / b "):
        with pytest.raises(LibraryError, match="under itself"):
            seeded_library.tags.rename("a", new)
    assert seeded_library.tags.names() == ["a"]


def test_moving_a_tag_under_a_new_parent_makes_the_parent(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["ancaman/militer"])
    seeded_library.tags.rename("ancaman", "framing/ancaman")
    assert seeded_library.tags.names() == ["framing", "framing/ancaman",
                                          "framing/ancaman/militer"]


def test_kinds_verdicts_and_anchor_states_are_string_enums():
    from reader.core.models import ANCHOR_STATES, KINDS, VERDICTS, AnchorState, Kind, Verdict

    assert KINDS == ("quote", "claim", "highlight") and Kind.CLAIM == "claim"
    assert VERDICTS[0] == Verdict.UNCHECKED == "unchecked"
    assert ANCHOR_STATES == ("anchored", "reanchored", "orphan")
    assert AnchorState.ORPHAN in ANCHOR_STATES and type(KINDS[0]) is str


def test_a_corrected_date_loses_its_inferred_mark_unless_told(seeded_library, seed_id):
    articles = seeded_library.articles
    assert articles.get(seed_id).published_inferred  # the seed's 2021 is worked out
    articles.update(seed_id, published="2021-12-21")
    assert not articles.get(seed_id).published_inferred
    articles.update(seed_id, published="2021-12-22", inferred=True)  # e.g. an undo
    back = articles.get(seed_id)
    assert back.published_inferred and back.date_label() == "2021-12-22 [inferred]"


def test_a_library_is_never_made_in_a_folder_that_is_not_there(tmp_path, monkeypatch):
    """R15-16: `--db` or File → Open Recent on a library whose drive is not connected (or
    whose folder moved) made a new empty library there, folders and all. A path of the
    user's choosing is made only in a folder that is there; the user's own library (and
    its folder) is made on first run as before."""
    from reader.core.store import StoreError

    gone = tmp_path / "usbdrive" / "news.sqlite"
    with pytest.raises(StoreError, match="is not there .* no library was created"):
        open_library(gone)
    assert not gone.parent.exists()
    monkeypatch.setenv("KUTIP_DB", str(gone))
    with pytest.raises(StoreError, match="is not there"):
        open_library()
    monkeypatch.delenv("KUTIP_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-home" / "share"))
    own = open_library()  # the user's own: its folder is made
    assert own.articles.count() >= 1
    own.close()
    open_library(tmp_path / "new.sqlite").close()  # a new file in a folder that is there
