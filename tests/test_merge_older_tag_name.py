"""Review R24-1: a library renamed a tag ("banjir" -> "bencana") and a colleague, who still
has the old name, made the same edit of an annotation carrying it (the same note, or the
same speaker through a speaker merge both made). Merging the colleague's file, the
annotation differed only by the tag's older name, which this library keeps as renamed
here later: it was reported as a conflict and the annotation held twice, identical, for
good (found by a random walk of three libraries with speaker merges, seed 16 of 40). The
file's version is read with the tags as named here: the same version, nothing to do."""

from __future__ import annotations

import pytest

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"
WORDS = "Kami sudah mengerahkan tim"


@pytest.fixture
def pair(tmp_path):
    a = open_library(tmp_path / "a.sqlite")
    a.imports.paths([STORY])
    [article_id] = a.articles.ids()
    a.annotations.add_exact(article_id, WORDS, kind="quote", tags=["banjir"],
                            speaker="Kapusdatin")
    a.annotations.add_exact(article_id, "BNPB", kind="quote", speaker="Abdul Muhari")
    a.exchange.export_file(tmp_path / "a0.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a0.kutip")
    yield a, b
    a.close()
    b.close()


def _quotes(library):
    return sorted((n.exact, n.tags, n.note, n.speaker) for n in library.annotations.where())


def _only(library):
    return next(n for n in library.annotations.where() if n.exact == WORDS)


@pytest.mark.parametrize("edit", ["note", "speaker merge"])
def test_the_same_edit_on_both_sides_of_a_tag_renamed_here_is_one_annotation(pair, tmp_path,
                                                                              edit):
    a, b = pair
    a.tags.rename("banjir", "bencana")
    for library in (a, b):
        if edit == "note":
            library.annotations.update(_only(library).id, note="cek lagi")
        else:
            library.speakers.merge("Kapusdatin", "Abdul Muhari")
    b.exchange.export_file(tmp_path / "b1.kutip")
    to_a = a.exchange.merge(tmp_path / "b1.kutip")
    a.exchange.export_file(tmp_path / "a1.kutip")
    to_b = b.exchange.merge(tmp_path / "a1.kutip")

    note, speaker = ("cek lagi", "Kapusdatin") if edit == "note" else ("", "Abdul Muhari")
    expected = [("BNPB", [], "", "Abdul Muhari"), (WORDS, ["bencana"], note, speaker)]
    assert _quotes(a) == _quotes(b) == expected  # (was: the quote twice in both)
    assert to_a.conflicts == [] and to_b.conflicts == []  # (was: one in A's merge)
    a.exchange.export_file(tmp_path / "a2.kutip")
    b.exchange.export_file(tmp_path / "b2.kutip")
    assert not a.exchange.merge(tmp_path / "b2.kutip").changed_anything
    assert not b.exchange.merge(tmp_path / "a2.kutip").changed_anything
    assert _quotes(a) == _quotes(b) == expected


def test_a_tag_renamed_here_and_the_note_edited_there_still_combine(pair, tmp_path):
    """(Unchanged: the file's older tag name with another edit there is combined.)"""
    a, b = pair
    a.tags.rename("banjir", "bencana")
    b.annotations.update(_only(b).id, note="cek lagi")
    b.exchange.export_file(tmp_path / "b1.kutip")
    to_a = a.exchange.merge(tmp_path / "b1.kutip")
    assert to_a.conflicts == []
    assert (WORDS, ["bencana"], "cek lagi", "Kapusdatin") in _quotes(a)
    assert len(_quotes(a)) == 2
