"""Undo never loses what it restores (issue 17, item 6): rows that changed or went away
since the snapshot are worked around, what cannot come back is reported, the rest comes back."""

import pytest

from reader.core.library import LibraryError, NotFound

LAVROV = "Kami tidak ingin berperang"


def test_undo_of_an_article_delete_after_its_collection_was_deleted(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov", tags=["t"])
    talks = seeded_library.collections.create("Ukraine talks")
    seeded_library.collections.add([seed_id], talks.id)
    snapshot = seeded_library.articles.delete(seed_id)
    seeded_library.collections.delete(talks.id)  # now empty, deleted
    notes = seeded_library.articles.restore(snapshot)
    assert seeded_library.annotations.get(note.id) == note
    assert seeded_library.collections.of_article(seed_id) == []
    assert len(notes) == 1 and "Ukraine talks" in notes[0]


def test_undo_of_an_article_delete_after_its_speaker_and_tag_went(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Budi Santoso",
                                         tags=["framing/threat"])
    snapshot = seeded_library.articles.delete(seed_id)
    seeded_library.tags.delete_tree("framing")
    seeded_library.annotations.prune_unused(speakers=["Budi Santoso"])  # elsewhere, e.g. an undo
    assert seeded_library.speakers.all() == [] and seeded_library.tags.all() == []
    assert seeded_library.articles.restore(snapshot) == []
    back = seeded_library.annotations.get(note.id)
    assert (back.speaker, back.tags, back.exact) == ("Budi Santoso", ["framing/threat"],
                                                     LAVROV)


def test_an_article_restored_after_its_speaker_was_merged_keeps_the_merged_one(
        seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Budi Santoso")
    # (described: kept when the article goes, as a speaker with nothing but a name is not)
    seeded_library.speakers.set_description("Budi Santoso", "ekonom")
    seeded_library.speakers.create("Budi S.")
    snapshot = seeded_library.articles.delete(seed_id)
    seeded_library.speakers.merge("Budi Santoso", "Budi S.")
    seeded_library.articles.restore(snapshot)
    assert seeded_library.annotations.get(note.id).speaker == "Budi S."


def test_restoring_an_article_twice_is_refused_without_harm(seeded_library, seed_id):
    snapshot = seeded_library.articles.delete(seed_id)
    seeded_library.articles.restore(snapshot)
    with pytest.raises(LibraryError, match="already"):
        seeded_library.articles.restore(snapshot)
    assert seeded_library.articles.count() == 1


def test_undo_of_a_tag_delete_when_the_name_was_made_again(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["framing/threat"])
    snapshot = seeded_library.tags.delete_tree("framing")
    seeded_library.tags.create("framing")  # meanwhile, e.g. from the command line
    seeded_library.tags.restore_tree(snapshot)
    assert seeded_library.annotations.get(note.id).tags == ["framing/threat"]
    assert [t.name for t in seeded_library.tags.all()] == ["framing", "framing/threat"]


def test_undo_of_a_tag_merge_when_the_old_name_was_made_again(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["a/x"])
    snapshot = seeded_library.tags.merge_tree("a", "b")
    seeded_library.tags.create("a/x")  # meanwhile
    seeded_library.tags.unmerge_tree(snapshot)
    assert seeded_library.annotations.get(note.id).tags == ["a/x"]
    assert "b/x" not in {t.name for t in seeded_library.tags.all()}


def test_undo_of_a_merge_keeps_the_parent_it_made_once_something_uses_it(
        seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, tags=["a"])
    snapshot = seeded_library.tags.merge_tree("a", "new/home")
    other = seeded_library.annotations.add_exact(seed_id, "Gazprom", tags=["new"])  # meanwhile
    seeded_library.tags.unmerge_tree(snapshot)
    assert seeded_library.annotations.get(other.id).tags == ["new"]


def test_undo_of_a_speaker_merge_when_the_name_was_made_again(seeded_library, seed_id):
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Budi Santoso")
    seeded_library.speakers.create("Budi S.")
    snapshot = seeded_library.speakers.merge_undoable("Budi Santoso", "Budi S.")
    seeded_library.speakers.remove_alias("Budi S.", "Budi Santoso")
    seeded_library.speakers.create("Budi Santoso")  # meanwhile
    seeded_library.speakers.unmerge(snapshot)
    assert seeded_library.annotations.get(note.id).speaker == "Budi Santoso"


def test_undo_of_a_merge_into_a_new_speaker_keeps_it_once_quoted(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Budi Santoso")
    snapshot = seeded_library.speakers.merge_undoable("Budi Santoso", "Budi S.")
    other = seeded_library.annotations.add_exact(seed_id, "Gazprom", speaker="Budi S.")  # meanwhile
    seeded_library.speakers.unmerge(snapshot)
    assert seeded_library.annotations.get(other.id).speaker == "Budi S."


def test_a_collection_delete_is_undone_with_the_articles_still_there(seeded_library, seed_id):
    other, _ = seeded_library.articles.add(_article("Baru", "Artikel lain."))
    talks = seeded_library.collections.create("Ukraine talks")
    seeded_library.collections.add([seed_id, other], talks.id)
    snapshot = seeded_library.collections.delete(talks.id)
    seeded_library.articles.delete(other)
    notes = seeded_library.collections.restore(snapshot)
    [back] = seeded_library.collections.all()
    assert (back.id, back.name, back.articles) == (talks.id, "Ukraine talks", 1)
    assert notes == ["1 of its articles was deleted since and is not in “Ukraine talks” again."]


def test_an_annotation_restore_whose_article_is_gone_is_a_clear_error(seeded_library, seed_id):
    note = seeded_library.annotations.delete(
        seeded_library.annotations.add_exact(seed_id, LAVROV).id)
    seeded_library.articles.delete(seed_id)
    with pytest.raises(NotFound, match="no article"):
        seeded_library.annotations.restore(note)


def _article(title, text):
    from reader.core.models import ImportedArticle

    return ImportedArticle(title=title, text=text, content_hash=f"hash-{title}")


def test_an_article_delete_takes_its_undo_snapshot_in_its_own_transaction(
        seeded_library, seed_id, monkeypatch):
    """R17-10: the snapshot was read before the delete's transaction began, so a
    colleague's annotation committed in between was deleted with the article but left out
    of the snapshot: Ctrl+Z brought the article back without it. Read inside it, nothing
    can come in between."""
    store = seeded_library.stores.articles
    conn = seeded_library.stores.db.conn
    seen = []
    real = store.deleted_with

    def noting(article_id):
        seen.append(conn.in_transaction)
        return real(article_id)

    monkeypatch.setattr(store, "deleted_with", noting)
    note = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Lavrov")
    snapshot = seeded_library.articles.delete(seed_id)
    assert seen == [True]
    seeded_library.articles.restore(snapshot)
    assert seeded_library.annotations.get(note.id) == note


def test_pruning_says_what_it_removed_and_what_it_kept(seeded_library, seed_id):
    """Review RR19-9: ``prune_unused`` returned only the lines of the speakers it kept; a
    write returns what it changed too."""
    library = seeded_library
    library.speakers.create("Budi Santoso")
    library.speakers.create("Rina Wati")
    made = library.speakers.as_made(["Budi Santoso", "Rina Wati"])
    library.speakers.set_description("Rina Wati", "juru bicara")  # (someone's, since)
    pruned = library.annotations.prune_unused(speakers=["Budi Santoso", "Rina Wati"],
                                              made=made)
    assert "Budi Santoso" in pruned.changes.speakers_removed
    assert [str(note.params["name"]) for note in pruned.kept] == ["Rina Wati"]
    assert [s.name for s in library.speakers.all()] == ["Rina Wati"]


def test_undo_of_a_delete_after_a_merge_brought_the_annotation_back_says_so(tmp_path):
    """R20-4: Ana deletes a quote; Budi had edited it (he never saw the deletion); Ana
    merges Budi's file, which brings it back under the same UUID (a conflict, as
    documented); her Undo of the deletion was refused with SQLite's own words ("UNIQUE
    constraint failed: annotations.uuid", a StoreError: read as a disk problem, and the
    step kept "to try again" for good). It is refused in one line that says why (a
    LibraryError: the app drops the step), and nothing changes."""
    import time

    from reader.core.library import open_library
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    text = "Para ekonom menilai “Suku bunga tetap,” kata Perry."
    article = ImportedArticle(title="Suku bunga", content_hash=content_hash(text), text=text)
    with open_library(tmp_path / "a.sqlite") as ana, \
            open_library(tmp_path / "b.sqlite") as budi:
        article_id, _ = ana.articles.add(article)
        quote = ana.annotations.add_exact(article_id, "Suku bunga tetap", kind="quote",
                                          speaker="Perry Warjiyo")
        ana.exchange.export_file(tmp_path / "a1.kutip")
        budi.exchange.merge(tmp_path / "a1.kutip")
        time.sleep(1.1)  # (Budi's edit is later, to the second)
        [his] = budi.annotations.for_article(budi.articles.ids()[0])
        budi.annotations.update(his.id, note="Budi: confirmed")
        budi.exchange.export_file(tmp_path / "b1.kutip")
        deleted = ana.annotations.delete(quote.id, expected=quote)
        ana.exchange.merge(tmp_path / "b1.kutip")
        before = ana.annotations.for_article(article_id)
        assert [a.uuid for a in before] == [quote.uuid]  # (back, under its UUID)
        with pytest.raises(LibraryError, match="back in this library already") as refused:
            ana.annotations.restore(deleted)
        assert not isinstance(refused.value, NotFound)
        assert ana.annotations.for_article(article_id) == before


def test_undo_of_an_article_delete_after_a_merge_brought_it_back_says_so(tmp_path):
    """R20-4's class for articles: Ana deletes an article, then merges a colleague's file
    that still has it (it comes back under its UUID; her deletion keeps the annotation
    away); her Undo of the deletion was refused with "UNIQUE constraint failed:
    articles.uuid" for good. What the article lacks is put back on it (R20-13), and once
    it lacks nothing the undo is refused in one line that says why (a LibraryError: the
    app drops the step)."""
    from reader.core.library import open_library
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    text = "Para ekonom menilai “Suku bunga tetap,” kata Perry."
    article = ImportedArticle(title="Suku bunga", content_hash=content_hash(text), text=text)
    with open_library(tmp_path / "a.sqlite") as ana, \
            open_library(tmp_path / "b.sqlite") as budi:
        article_id, _ = ana.articles.add(article)
        ana.annotations.add_exact(article_id, "Suku bunga tetap", kind="quote")
        ana.exchange.export_file(tmp_path / "a1.kutip")
        budi.exchange.merge(tmp_path / "a1.kutip")
        # (Budi's later work on it: an older file no longer brings it back, R20-5)
        budi.annotations.add_exact(budi.articles.ids()[0], "Para ekonom", kind="highlight")
        budi.exchange.export_file(tmp_path / "b1.kutip")
        deleted = ana.articles.delete(article_id)
        ana.exchange.merge(tmp_path / "b1.kutip")
        before = ana.articles.ids()
        assert len(before) == 1
        assert ana.articles.restore(dict(deleted)) == [
            "A merge had brought this article back since; 1 of its annotations it did not"
            " bring are put back on it."]
        assert [a.exact for a in ana.annotations.for_article(before[0])] == [
            "Para ekonom", "Suku bunga tetap"]
        with pytest.raises(LibraryError, match="back in this library already") as refused:
            ana.articles.restore(deleted)
        assert not isinstance(refused.value, NotFound)
        assert ana.articles.ids() == before


def test_undo_of_an_article_delete_after_a_merge_brought_it_back_puts_back_what_it_lacks(
        tmp_path):
    """R20-13 (in R20-4's fix): Ana tags more after her last export, deletes the article,
    then merges Budi's older file, whose copy he worked on since: the article comes back
    with his work only (her deletion buried the quote both had). Her Undo was refused and
    dropped: her quote and her claim of today, only in the undo's snapshot, were lost. They
    are put back on the article the merge brought, and a line says so."""
    from reader.core.library import open_library
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    text = ("Para ekonom menilai “Suku bunga tetap,” kata Perry. Menteri Keuangan"
            " menyambutnya.")
    article = ImportedArticle(title="Suku bunga", content_hash=content_hash(text), text=text)
    with open_library(tmp_path / "a.sqlite") as ana, \
            open_library(tmp_path / "b.sqlite") as budi:
        article_id, _ = ana.articles.add(article)
        ana.annotations.add_exact(article_id, "Suku bunga tetap", kind="quote",
                                  speaker="Perry Warjiyo", tags=["moneter"])
        ana.exchange.export_file(tmp_path / "a1.kutip")
        budi.exchange.merge(tmp_path / "a1.kutip")
        budi.annotations.add_exact(budi.articles.ids()[0], "Menteri Keuangan",
                                   kind="highlight", note="Budi since")
        budi.exchange.export_file(tmp_path / "b1.kutip")
        ana.annotations.add_exact(article_id, "Para ekonom", kind="claim", verdict="false",
                                  note="Ana today, never sent")
        deleted = ana.articles.delete(article_id)
        ana.exchange.merge(tmp_path / "b1.kutip")
        [back] = ana.articles.ids()
        assert [a.note for a in ana.annotations.for_article(back)] == ["Budi since"]
        notes = ana.articles.restore(deleted)
        assert notes == ["A merge had brought this article back since; 2 of its annotations"
                         " it did not bring are put back on it."]
        after = {(a.kind, a.exact, a.note, tuple(a.tags), a.speaker)
                 for a in ana.annotations.for_article(back)}
        assert after == {("highlight", "Menteri Keuangan", "Budi since", (), ""),
                         ("quote", "Suku bunga tetap", "", ("moneter",), "Perry Warjiyo"),
                         ("claim", "Para ekonom", "Ana today, never sent", (), "")}
        assert all(text[a.start:a.end] == a.exact for a in ana.annotations.for_article(back))
        assert deleted["left"]["article"]["id"] == back  # (what a redo deletes)
        with pytest.raises(LibraryError, match="back in this library already"):
            ana.articles.restore(deleted)  # (again: it lacks nothing now)


def test_undo_of_an_article_delete_after_the_same_file_was_imported_again(tmp_path):
    """Delete an article, import the same file again, undo the delete: the undo put the
    old article back beside the new import, two copies of one file (an import would have
    called the second "already present"). The import stays; what the deleted article had
    (annotations with their tags and speakers, collections) is put back on it, and a
    line says so; a redo deletes that one."""
    from reader.core.library import open_library

    story = tmp_path / "story.txt"
    story.write_text("Para ekonom menilai “Suku bunga tetap,” kata Perry Warjiyo di Jakarta."
                     " Menteri Keuangan menyambutnya.\n", encoding="utf-8")
    with open_library(tmp_path / "a.sqlite") as lib:
        lib.imports.paths([story])
        [old] = lib.articles.ids()
        lib.annotations.add_exact(old, "Suku bunga tetap", kind="quote",
                                  speaker="Perry Warjiyo", tags=["moneter"])
        talks = lib.collections.create("Ekonomi")
        lib.collections.add([old], talks.id)
        deleted = lib.articles.delete(old)
        report = lib.imports.paths([story])
        [(_, again)] = report.imported
        lib.annotations.add_exact(again, "Menteri Keuangan", kind="highlight")
        notes = lib.articles.restore(deleted)
        assert lib.articles.ids() == [again]
        assert notes == ["This article was imported again since; that copy stays, and what"
                         " the deleted one had (annotations: 1) is put back on it."]
        got = {(a.kind, a.exact, tuple(a.tags), a.speaker)
               for a in lib.annotations.for_article(again)}
        assert got == {("quote", "Suku bunga tetap", ("moneter",), "Perry Warjiyo"),
                       ("highlight", "Menteri Keuangan", (), "")}
        assert [c.name for c in lib.collections.of_article(again)] == ["Ekonomi"]
        assert deleted["left"]["article"]["id"] == again  # (what a redo deletes)


def test_undo_of_an_article_delete_after_a_re_import_brings_its_corrections_once(tmp_path):
    """RR21-4: the undo kept the re-import with the importer's details (the title, authors
    and date corrected on the deleted article gone, unsaid) and put a quote the person had
    made again on the re-import back a second time. Now the corrected details come back on
    the copy where it still has the importer's (a detail corrected on the copy too stays
    the copy's, and a line says which), and the same quote is not doubled: its tags join
    the one made again."""
    from reader.core.library import open_library

    story = tmp_path / "story.txt"
    story.write_text("Para ekonom menilai “Suku bunga tetap,” kata Perry Warjiyo di Jakarta."
                     " Menteri Keuangan menyambutnya.\n", encoding="utf-8")
    with open_library(tmp_path / "a.sqlite") as lib:
        lib.imports.paths([story])
        [old] = lib.articles.ids()
        lib.articles.update(old, title="BI menahan suku bunga (judul dibetulkan)",
                            authors="Rina Susanti", published="2026-11-30", editor="Andi")
        lib.annotations.add_exact(old, "Suku bunga tetap", kind="quote",
                                  speaker="Perry Warjiyo", tags=["moneter"])
        lib.annotations.add_exact(old, "Menteri Keuangan", kind="highlight", note="cek")
        deleted = lib.articles.delete(old)
        [(_, again)] = lib.imports.paths([story]).imported
        raw = lib.articles.get(again)
        lib.articles.update(again, editor="Budi")  # (corrected on the copy as well)
        lib.annotations.add_exact(again, "Suku bunga tetap", kind="quote",
                                  speaker="Perry Warjiyo", tags=["bi"])
        notes = lib.articles.restore(deleted)
        assert lib.articles.ids() == [again]
        article = lib.articles.get(again)
        assert (article.title, article.authors, article.published, article.editor) == (
            "BI menahan suku bunga (judul dibetulkan)", "Rina Susanti", "2026-11-30", "Budi")
        assert raw.title != article.title and raw.authors == ""
        got = sorted((a.kind, a.exact, tuple(sorted(a.tags)), a.speaker, a.note)
                     for a in lib.annotations.for_article(again))
        assert got == [("highlight", "Menteri Keuangan", (), "", "cek"),
                       ("quote", "Suku bunga tetap", ("bi", "moneter"), "Perry Warjiyo", "")]
        assert [str(n) for n in notes] == [
            "This article was imported again since; that copy stays, and what the deleted"
            " one had (annotations: 1) is put back on it.",
            "1 of its annotations had been made again on that copy; they are not put back"
            " twice (their tags are added to those).",
            "Its details corrected before it was deleted are put back on that copy: title,"
            " authors, date.",
            "Its details corrected before it was deleted were corrected on that copy too;"
            " the copy's are kept: editor."]
        assert deleted["left"]["article"]["title"] == article.title  # (what a redo expects)


def test_undo_of_an_article_delete_after_a_merge_brought_it_back_under_another_uuid(
        tmp_path):
    """Review R22-12: Ana and Citra imported the same page (two UUIDs, matched at their
    first exchange); Ana corrected hers by a re-import, quoted it and deleted it; Citra's
    file (she had quoted hers) brought the story back under Citra's UUID; Ana's undo put
    her article back beside it: two copies of the story for good, unsaid. Now her
    annotations go on the copy the merge brought back, and a line says its text stays."""
    from reader.core.library import open_library

    story = ("Anggaran dipangkas\n\nMenteri Keuangan Sri Mulyani mengatakan pada Senin bahwa"
             " anggaran akan dipangkas. \"Kita harus berhemat,\" kata Sri Mulyani di Jakarta."
             " Gubernur Bank Indonesia Perry Warjiyo hadir dalam rapat itu.\n")
    for who in ("ana", "citra"):
        (tmp_path / who).mkdir()
        (tmp_path / who / "s.txt").write_text(story, encoding="utf-8")
    ana, citra = open_library(tmp_path / "ana.sqlite"), open_library(tmp_path / "citra.sqlite")

    def send(source, target, name):
        source.exchange.export_file(tmp_path / name)
        return target.exchange.merge(tmp_path / name)

    ana.imports.paths([tmp_path / "ana" / "s.txt"])
    citra.imports.paths([tmp_path / "citra" / "s.txt"])
    send(ana, citra, "1.kutip")
    send(citra, ana, "2.kutip")
    [aid] = ana.articles.ids()
    ana.annotations.add_exact(aid, "Perry Warjiyo", kind="quote", note="Ana's")
    (tmp_path / "ana" / "s.txt").write_text(story.replace("pada Senin", "pada Selasa"),
                                            encoding="utf-8")
    ana.imports.paths([tmp_path / "ana" / "s.txt"])
    snapshot = ana.articles.delete(aid)
    [cid] = citra.articles.ids()
    citra.annotations.add_exact(cid, "Sri Mulyani", kind="quote", note="Citra's")
    assert send(citra, ana, "3.kutip").articles_added == 1
    notes = ana.articles.restore(snapshot)
    assert [str(n) for n in notes][-1] == (
        "The copy the merge brought back has another text; it stays, and the annotations"
        " were placed in it.")
    [back] = ana.articles.ids()
    assert sorted(n.note for n in ana.annotations.for_article(back)) == ["Ana's", "Citra's"]
    for n in range(2):
        send(ana, citra, f"a{n}.kutip")
        send(citra, ana, f"c{n}.kutip")
    assert (len(ana.articles.ids()), len(citra.articles.ids())) == (1, 1)
    ana.close()
    citra.close()
