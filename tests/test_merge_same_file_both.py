"""Review R20-11: two people import the same file (two UUIDs, one text: matched by content
hash); one re-imports the outlet's corrected story and sends it. The other's quote stayed
on the old copy with the new copy's offsets (other words), and that library's own file was
refused everywhere. An annotation is now placed in the text it is on: the file's offsets
are never written against another text."""

import shutil

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"
WORDS = "Kami sudah mengerahkan tim"


def _on_its_words(library):
    return [library.articles.text(n.article_id)[n.start:n.end] == n.exact
            for n in library.annotations.where()]


def test_a_corrected_copy_from_the_other_side_leaves_the_quote_on_its_words(tmp_path):
    story = tmp_path / "antara_banjir.txt"
    shutil.copy(STORY, story)
    a, b = open_library(tmp_path / "a.sqlite"), open_library(tmp_path / "b.sqlite")
    a.imports.paths([story])
    b.imports.paths([story])
    a.annotations.add_exact(a.articles.ids()[0], WORDS, kind="quote", speaker="Abdul Muhari")
    a.exchange.export_file(tmp_path / "a1.kutip")
    b.exchange.merge(tmp_path / "a1.kutip")
    # the outlet corrects a sentence above the quote: every offset after it moves
    story.write_text(story.read_text(encoding="utf-8").replace(
        "mencatat ratusan rumah", "mencatat sedikitnya ratusan rumah"), encoding="utf-8")
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
