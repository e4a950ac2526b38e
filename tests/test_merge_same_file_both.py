"""Review R20-11: two people import the same file (two UUIDs, one text: matched by content
hash); one re-imports the outlet's corrected story and sends it. The other's quote stayed
on the old copy with the new copy's offsets (other words), and that library's own file was
refused everywhere. An annotation is now placed in the text it is on: the file's offsets
are never written against another text. And the content-hash match is remembered (file
UUID <-> article here, ``same:``): the corrected text, a corrected title or source, a
deletion reach the same article, never a second one."""

import shutil

import pytest

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"
WORDS = "Kami sudah mengerahkan tim"


def _on_its_words(library):
    return [library.articles.text(n.article_id)[n.start:n.end] == n.exact
            for n in library.annotations.where()]


FIX = ("mencatat ratusan rumah", "mencatat sedikitnya ratusan rumah")


def _both_imported(tmp_path):
    """Ana and Budi each imported the same file (two UUIDs, one text)."""
    story = tmp_path / "antara_banjir.txt"
    shutil.copy(STORY, story)
    a, b = open_library(tmp_path / "a.sqlite"), open_library(tmp_path / "b.sqlite")
    a.imports.paths([story])
    b.imports.paths([story])
    return story, a, b


def _articles(library):
    return [(library.articles.get(i).title, library.articles.get(i).source,
             len(library.annotations.for_article(i))) for i in library.articles.ids(sort="id")]


def _send(tmp_path, sender, receiver, name):
    """The sender's whole library as a file, merged by the receiver: the merge's report."""
    sender.exchange.export_file(tmp_path / name)
    return receiver.exchange.merge(tmp_path / name)


def _correct(story):
    story.write_text(story.read_text(encoding="utf-8").replace(*FIX), encoding="utf-8")


def test_a_corrected_copy_from_the_other_side_leaves_the_quote_on_its_words(tmp_path):
    story, a, b = _both_imported(tmp_path)
    a.annotations.add_exact(a.articles.ids()[0], WORDS, kind="quote", speaker="Abdul Muhari")
    a.exchange.export_file(tmp_path / "a1.kutip")
    b.exchange.merge(tmp_path / "a1.kutip")
    # the outlet corrects a sentence above the quote: every offset after it moves
    _correct(story)
    a.imports.paths([story])
    a.exchange.export_file(tmp_path / "a2.kutip")
    b.exchange.merge(tmp_path / "a2.kutip")
    assert _on_its_words(b) == [True]
    # and B's own file is merged again anywhere
    b.exchange.export_file(tmp_path / "b2.kutip")
    a.exchange.merge(tmp_path / "b2.kutip")
    assert all(_on_its_words(a))
    a.close()
    b.close()


# -- the content-hash match is remembered (R20-11's rest) -------------------------------------
def test_the_outlets_corrected_text_reaches_the_same_article_both_ways(tmp_path):
    """The corrected text Ana re-imported is a re-import of Budi's article there (his and
    her annotations placed again in it), not a second article; Budi's file back to Ana is
    her article too."""
    story, a, b = _both_imported(tmp_path)
    b.annotations.add_exact(b.articles.ids()[0], "BNPB", kind="highlight", note="Budi's")
    a.annotations.add_exact(a.articles.ids()[0], WORDS, kind="quote", speaker="Abdul Muhari")
    assert _send(tmp_path, a, b, "a1.kutip").articles_present == 1
    _correct(story)
    a.imports.paths([story])
    report = _send(tmp_path, a, b, "a2.kutip")
    assert (report.articles_added, report.articles_present, len(report.texts_replaced)) == (
        0, 1, 1)
    (only,) = b.articles.ids()
    assert FIX[1] in b.articles.text(only)
    assert sorted(n.exact for n in b.annotations.for_article(only)) == ["BNPB", WORDS]
    assert _on_its_words(b) == [True, True]
    report = _send(tmp_path, b, a, "b2.kutip")
    assert (report.articles_added, report.articles_present) == (0, 1)
    assert len(a.articles.ids()) == 1 and all(_on_its_words(a))
    assert sorted(n.exact for n in a.annotations.where()) == ["BNPB", WORDS]
    a.close()
    b.close()


def test_the_text_corrected_on_the_side_that_matched_it_reaches_the_other(tmp_path):
    """Budi merged Ana's file (his article found by its text) and re-imports the corrected
    story; Ana never merged a file of his: his file names her article as his (``same:``),
    so the correction is a re-import of hers."""
    story, a, b = _both_imported(tmp_path)
    a.annotations.add_exact(a.articles.ids()[0], WORDS, kind="quote", speaker="Abdul Muhari")
    _send(tmp_path, a, b, "a1.kutip")
    _correct(story)
    b.imports.paths([story])
    report = _send(tmp_path, b, a, "b1.kutip")
    assert (report.articles_added, report.articles_present, len(report.texts_replaced)) == (
        0, 1, 1)
    (only,) = a.articles.ids()
    assert FIX[1] in a.articles.text(only) and _on_its_words(a) == [True]
    a.close()
    b.close()


def test_a_title_and_source_corrected_in_details_reach_the_same_article(tmp_path):
    """Review r20-11c: Ana corrects the title and source of the article Budi's merge found
    by its text; his next merge updates his article's details (the same text is no other
    outlet's copy), and his file back to her adds nothing."""
    _, a, b = _both_imported(tmp_path)
    _send(tmp_path, a, b, "a1.kutip")
    a.articles.update(a.articles.ids()[0], title="Banjir (judul dikoreksi)", source="Kompas")
    report = _send(tmp_path, a, b, "a2.kutip")
    assert (report.articles_added, len(report.details_updated)) == (0, 1)
    assert _articles(b) == [("Banjir (judul dikoreksi)", "Kompas", 0)]
    assert _send(tmp_path, b, a, "b2.kutip").articles_added == 0
    assert _articles(a) == [("Banjir (judul dikoreksi)", "Kompas", 0)]
    a.close()
    b.close()


def test_the_merges_undo_forgets_the_same_article(tmp_path):
    """What a merge remembered of the file's article (``same:``) goes with its undo."""
    _, a, b = _both_imported(tmp_path)
    a.exchange.export_file(tmp_path / "a1.kutip")
    a_uuid, b_uuid = a.articles.get(a.articles.ids()[0]).uuid, b.articles.get(
        b.articles.ids()[0]).uuid
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert b.exchange._versions([a_uuid, b_uuid]) == {a_uuid: {"same:" + b_uuid},
                                                      b_uuid: {"same:" + a_uuid}}
    b.exchange.undo_merge(report)
    assert b.exchange._versions([a_uuid, b_uuid]) == {}
    a.close()
    b.close()


def test_a_team_library_takes_a_corrected_copy_as_the_same_article(tmp_path, pg_url):
    """The team library (PostgreSQL): Ana pushes, Budi pushes his own import of the same
    file (found there by its text), then corrects its title and pushes again: the team's
    article gets the title; Ana pulls it onto hers. One article everywhere."""
    from reader.core.library import Library

    _, a, b = _both_imported(tmp_path)
    with Library(pg_url) as team:
        team.exchange.merge_bundle(a.exchange.snapshot())
        assert team.exchange.merge_bundle(b.exchange.snapshot()).articles_present == 1
    b.articles.update(b.articles.ids()[0], title="Banjir (judul dikoreksi)")
    with Library(pg_url) as team:
        report = team.exchange.merge_bundle(b.exchange.snapshot())
        assert (report.articles_added, len(report.details_updated)) == (0, 1)
        assert _articles(team) == [("Banjir (judul dikoreksi)", b.articles.get(
            b.articles.ids()[0]).source, 0)]
        pulled = team.exchange.snapshot()
    assert a.exchange.merge_bundle(pulled).articles_added == 0
    assert [t for t, _, _ in _articles(a)] == ["Banjir (judul dikoreksi)"]
    a.close()
    b.close()


def test_a_deletion_of_the_corrected_article_reaches_the_same_article(tmp_path):
    """Ana re-imports the corrected story, then deletes the article; Budi's copy (found by
    its text at the first merge, its text the old one) is that article: deleted too, as
    an article of his own UUID is (review R20-5), not left as if it were another."""
    story, a, b = _both_imported(tmp_path)
    _send(tmp_path, a, b, "a1.kutip")
    _correct(story)
    a.imports.paths([story])
    a.articles.delete(a.articles.ids()[0])
    report = _send(tmp_path, a, b, "a2.kutip")
    assert (report.articles_deleted, b.articles.ids()) == (1, [])
    a.close()
    b.close()


@pytest.mark.parametrize("change", ["text", "title"])
def test_three_libraries_of_one_file_take_the_third_ones_correction(tmp_path, change):
    """Review R21-10: Ana, Budi and Citra each imported the file; Ana -> Budi, Budi ->
    Citra (each found the article by its text). Citra's correction sent to Ana was a
    second article there (Ana had never met Citra's UUID): Budi's file now carries every
    UUID he knows the article by (Ana's too), so Citra knows it and her file names it."""
    story, a, b = _both_imported(tmp_path)
    c = open_library(tmp_path / "c.sqlite")
    c.imports.paths([story])
    _send(tmp_path, a, b, "a1.kutip")
    _send(tmp_path, b, c, "b1.kutip")
    if change == "text":
        _correct(story)
        c.imports.paths([story])
    else:
        c.articles.update(c.articles.ids()[0], title="Banjir (judul dikoreksi)")
    report = _send(tmp_path, c, a, "c1.kutip")
    assert report.articles_added == 0
    (only,) = a.articles.ids()
    if change == "text":
        assert FIX[1] in a.articles.text(only) and len(report.texts_replaced) == 1
    else:
        assert _articles(a)[0][0] == "Banjir (judul dikoreksi)"
    for library in (a, b, c):
        library.close()
