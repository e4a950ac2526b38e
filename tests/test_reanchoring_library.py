"""Replacing an article's text (edit or re-import) keeps annotations where they belong."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.core.anchoring import _inside_word
from reader.core.importers import read_article
from reader.core.library import Library, LibraryError
from reader.core.textnorm import content_hash
from tests.conftest import SEED

LAVROV = "Kami tidak ingin berperang"
DONFRIED = ("Dialog dengan Rusia yang mana pun harus dapat mengatasi kekhawatiran NATO dan "
            "lainnya tentang perilaku mengancam Rusia yang terus berlanjut")
RYABKOV_PARAGRAPH = ("Namun, Sergei Ryabkov, Wakil Menteri Luar Negeri Rusia membantah klaim "
                     "yang menyebut Moskow berencana menyerang Ukraina.\n\n")
RYABKOV = "membantah klaim yang menyebut Moskow berencana menyerang Ukraina"
NEW_PARAGRAPH = "Paragraf baru: sebuah pembuka yang ditambahkan redaksi.\n\n"


@pytest.fixture
def copy(tmp_path, seed_path):
    path = tmp_path / "story.txt"
    shutil.copy(seed_path, path)
    return path


@pytest.fixture
def library(db_path, copy):
    library = Library(db_path)
    report = library.imports.paths([copy])
    assert len(report.imported) == 1
    yield library
    library.close()


@pytest.fixture
def tagged(library):
    article_id = library.articles.ids()[0]
    notes = {
        "lavrov": library.annotations.add_exact(article_id, LAVROV, speaker="Lavrov",
                                                tags=["denial"]),
        "donfried": library.annotations.add_exact(article_id, DONFRIED, speaker="Donfried"),
        "ryabkov": library.annotations.add_exact(article_id, RYABKOV, kind="claim", note="cek"),
    }
    return article_id, notes


def edited(text: str) -> str:
    """Insert a paragraph before, fix a 'typo' inside Donfried's quote, drop Ryabkov's paragraph."""
    assert RYABKOV_PARAGRAPH in text
    if "Moskow, MINA" in text:  # the file
        text = text.replace("Moskow, MINA", NEW_PARAGRAPH + "Moskow, MINA", 1)
    else:  # the stored text, whose dateline went to the article's details
        text = NEW_PARAGRAPH + text
    text = text.replace("yang mana pun", "yang manapun", 1)
    return text.replace(RYABKOV_PARAGRAPH, "", 1)


def test_reimport_of_an_edited_file_updates_the_article_and_reanchors(library, tagged, copy):
    article_id, notes = tagged
    copy.write_text(edited(copy.read_text(encoding="utf-8")), encoding="utf-8")

    report = library.imports.paths([copy])

    assert report.updated == [(str(copy), article_id)]
    assert not report.imported and not report.present
    assert "1 updated" in report.summary()
    assert library.articles.ids() == [article_id]
    text = library.articles.get(article_id).text
    assert NEW_PARAGRAPH in text and RYABKOV not in text

    lavrov = library.annotations.get(notes["lavrov"].id)
    assert lavrov.anchor == "anchored"
    assert lavrov.start == text.index(LAVROV) > notes["lavrov"].start + len(NEW_PARAGRAPH) - 1
    assert text[lavrov.start:lavrov.end] == LAVROV == lavrov.exact
    assert lavrov.tags == ["denial"] and lavrov.speaker == notes["lavrov"].speaker

    donfried = library.annotations.get(notes["donfried"].id)
    assert donfried.anchor == "reanchored"
    assert text[donfried.start:donfried.end] == donfried.exact
    assert donfried.exact == DONFRIED.replace("yang mana pun", "yang manapun")

    ryabkov = library.annotations.get(notes["ryabkov"].id)
    assert ryabkov.anchor == "orphan"
    assert (ryabkov.start, ryabkov.end) == (None, None)
    assert ryabkov.exact == RYABKOV and ryabkov.prefix and ryabkov.note == "cek"
    assert [n.id for n in library.annotations.orphans()] == [ryabkov.id]
    assert len(library.annotations.for_article(article_id)) == 3  # the orphan is kept
    assert library.articles.get(article_id).claims == 1


def test_replace_text_reports_counts_and_orphans(library, tagged):
    article_id, notes = tagged
    text = library.articles.get(article_id).text
    report = library.texts.replace(article_id, edited(text), title="Judul baru")
    assert report.moved == [notes["lavrov"].id]
    assert report.reanchored == [notes["donfried"].id]
    assert [n.id for n in report.orphaned] == [notes["ryabkov"].id]
    assert report.kept == []
    assert "1 could not be placed" in report.summary()
    article = library.articles.get(article_id)
    assert article.title == "Judul baru"
    assert article.content_hash != "" and article.text == edited(text)


def test_same_text_again_is_present_not_updated(library, tagged, copy):
    report = library.imports.paths([copy])
    assert report.updated == [] and len(report.present) == 1


def test_an_unrelated_file_is_a_new_article(library, tagged, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Judul lain\n\nIsi berita yang lain sama sekali.", encoding="utf-8")
    report = library.imports.paths([other])
    assert len(report.imported) == 1 and not report.updated


OTHER_STORY = ("Banjir rendam ratusan rumah\n\nJakarta - Banjir merendam ratusan rumah di "
               "Jakarta Timur sejak Senin pagi. “Kami sudah mengerahkan tim untuk membantu "
               "evakuasi warga,” kata kepala pelaksana BPBD DKI. Hujan deras turun sejak "
               "Minggu malam dan air sungai meluap ke permukiman warga di tiga kelurahan.")


def test_a_file_name_that_now_holds_another_story_is_a_new_article(library, tagged, copy):
    """R15-18: re-importing a file name (or URL) that now holds a DIFFERENT article replaced
    the old one as if it were an edit: its text gone, its annotations orphans, no undo
    (a scraper's day01.html, a reused article.html). A version shares text with the old;
    another story is a new article and the old one stays whole."""
    article_id, notes = tagged
    before = library.articles.get(article_id).text
    copy.write_text(OTHER_STORY, encoding="utf-8")
    report = library.imports.paths([copy])
    assert not report.updated and len(report.imported) == 1
    assert library.articles.get(article_id).text == before
    assert all(library.annotations.get(n.id).anchor == "anchored" for n in notes.values())
    assert len(library.articles.ids()) == 2


def test_a_cut_copy_under_the_same_name_is_a_new_article(library, tagged, copy):
    """R16-6: the file now holding a TRUNCATED copy (a paywall teaser, a half-saved page)
    replaced the full text: most of it gone from the library, annotations beyond the cut
    orphaned, no undo from the command line. A re-import that keeps less than half of the
    text is a new article; the full one stays whole. An edit that keeps most is one."""
    article_id, notes = tagged
    copy.write_text(edited(library.articles.get(article_id).text), encoding="utf-8")
    assert library.imports.paths([copy]).updated  # (an ordinary edit: still an update)
    before = library.articles.get(article_id).text
    kept = {n.id: library.annotations.get(n.id).anchor for n in notes.values()}
    teaser = before[: len(before) // 4].rsplit(" ", 1)[0] + "\n\nSubscribe to continue reading."
    copy.write_text(teaser, encoding="utf-8")
    report = library.imports.paths([copy])
    assert not report.updated and len(report.imported) == 1
    assert library.articles.get(article_id).text == before
    assert {n.id: library.annotations.get(n.id).anchor for n in notes.values()} == kept


def test_one_story_tells_a_version_from_another_story(seed_path):
    from reader.core.library.reanchoring import one_story

    text = seed_path.read_text(encoding="utf-8")
    assert one_story(text, edited(text))
    assert one_story(text, text[: len(text) // 3])  # cut short
    assert one_story(text, text + "\n\n" + OTHER_STORY)  # grown
    assert not one_story(text, OTHER_STORY)


def test_keeps_most_tells_an_edit_from_a_cut_copy(seed_path):
    from reader.core.library.reanchoring import keeps_most

    text = seed_path.read_text(encoding="utf-8")
    assert keeps_most(text, edited(text)) and keeps_most(text, text + "\n\n" + OTHER_STORY)
    assert keeps_most(text, text[: len(text) * 3 // 4])
    assert not keeps_most(text, text[: len(text) // 3])


def test_replace_text_is_one_transaction(library, tagged, monkeypatch):
    article_id, notes = tagged
    before = library.articles.get(article_id).text
    from reader.core.library import reanchoring

    def boom(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reanchoring, "place", boom)
    with pytest.raises(RuntimeError):
        library.texts.replace(article_id, edited(before))
    assert library.articles.get(article_id).text == before
    assert library.annotations.get(notes["lavrov"].id).start == notes["lavrov"].start


def test_empty_text_is_refused(library, tagged):
    with pytest.raises(LibraryError):
        library.texts.replace(tagged[0], "   \n")


def test_an_orphan_comes_back_when_its_text_returns(library, tagged):
    article_id, notes = tagged
    original = library.articles.get(article_id).text
    library.texts.replace(article_id, original.replace(RYABKOV_PARAGRAPH, ""))
    assert library.annotations.get(notes["ryabkov"].id).anchor == "orphan"
    report = library.texts.replace(article_id, original)
    back = library.annotations.get(notes["ryabkov"].id)
    assert (back.anchor, back.start, back.end) == ("anchored", notes["ryabkov"].start,
                                                    notes["ryabkov"].end)
    assert report.orphaned == []


def test_a_repeated_word_whose_place_is_gone_is_never_silently_moved(library):
    article_id = library.articles.ids()[0]
    text = library.articles.get(article_id).text
    # "Ukraina" occurs several times; tag the one in the deleted paragraph.
    start = text.index(RYABKOV_PARAGRAPH) + RYABKOV_PARAGRAPH.index("Ukraina")
    note = library.annotations.add(article_id, start, start + len("Ukraina"), kind="highlight")
    library.texts.replace(article_id, text.replace(RYABKOV_PARAGRAPH, ""))
    # Another "Ukraina." is followed by the same words: flagged for checking, not "anchored".
    assert library.annotations.get(note.id).anchor == "reanchored"
    library.texts.replace(article_id, text)
    again = library.annotations.add(article_id, start, start + len("Ukraina"), kind="highlight")
    guess = text.replace(RYABKOV_PARAGRAPH, "").replace("Ukraina.\n\nSementara", "Ukraina!\n\nX")
    library.texts.replace(article_id, guess)  # neither side of any "Ukraina" agrees: orphan
    assert library.annotations.get(again.id).anchor == "orphan"


def test_reattach_places_an_orphan_on_new_text(library, tagged):
    article_id, notes = tagged
    text = library.articles.get(article_id).text
    library.texts.replace(article_id, edited(text))
    new_text = library.articles.get(article_id).text
    start = new_text.index("Gedung Putih meyakini")
    placed = library.annotations.reattach(notes["ryabkov"].id, start - 1,
                                          start + len("Gedung Putih") + 1)
    assert (placed.anchor, placed.exact) == ("anchored", "Gedung Putih")  # spaces trimmed
    assert placed.note == "cek" and placed.kind == "claim"
    assert library.annotations.orphans() == []
    with pytest.raises(LibraryError):
        library.annotations.reattach(notes["ryabkov"].id, 5, 5)


def test_mark_orphan_keeps_the_quote(library, tagged):
    article_id, notes = tagged
    orphan = library.annotations.mark_orphan(notes["lavrov"].id)
    assert (orphan.anchor, orphan.start, orphan.exact) == ("orphan", None, LAVROV)


def test_text_snapshot_and_restore_undo_a_replacement(library, tagged):
    article_id, notes = tagged
    before = {n.id: n for n in library.annotations.for_article(article_id)}
    snapshot = library.texts.snapshot(article_id)
    library.texts.replace(article_id, edited(snapshot["article"]["text"]), title="x")
    library.texts.restore(snapshot)
    assert library.articles.get(article_id).text == snapshot["article"]["text"]
    assert library.articles.get(article_id).title != "x"
    assert {n.id: n for n in library.annotations.for_article(article_id)} == before


def test_restore_places_again_what_was_annotated_on_the_text_being_undone(
        db_path, library, tagged):
    """R18-7: undo of Edit Article Text put the old text back but left an annotation made
    after the edit (by a colleague, the command line) at its offsets into the edited text:
    'anchored', on other words. Now it is placed again in the text put back; one whose
    words are only in the edit is kept as an orphan with them, and said."""
    article_id, _ = tagged
    snapshot = library.texts.snapshot(article_id)
    old = snapshot["article"]["text"]
    library.texts.replace(article_id, NEW_PARAGRAPH + old)
    with Library(db_path) as colleague:
        later = colleague.annotations.add_exact(article_id, "Ukraina", kind="highlight")
        theirs = colleague.annotations.add_exact(article_id, "ditambahkan redaksi",
                                                 kind="highlight", note="di ralat")
    assert later.start == len(NEW_PARAGRAPH) + old.index("Ukraina")

    placed = library.texts.restore(snapshot, based_on=content_hash(NEW_PARAGRAPH + old))

    assert library.articles.text(article_id) == old
    back = library.annotations.get(later.id)
    assert (back.start, back.anchor) == (old.index("Ukraina"), "anchored")
    assert old[back.start:back.end] == "Ukraina"
    lost = library.annotations.get(theirs.id)
    assert (lost.start, lost.anchor, lost.note) == (None, "orphan", "di ralat")
    assert placed.moved == [later.id] and [n.id for n in placed.orphaned] == [theirs.id]
    for note in library.annotations.for_article(article_id, everyone=True):
        assert note.start is None or old[note.start:note.end] == note.exact


def test_cli_reimport_says_updated_and_lists_orphans(db_path, library, tagged, copy):
    article_id, notes = tagged
    library.close()
    copy.write_text(edited(copy.read_text(encoding="utf-8")), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db_path), "import", str(copy)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "0 imported, 0 already present, 1 updated, 0 failed" in result.output
    assert "1 annotation could not be placed: see `kutip show --orphans`" in result.output

    result = runner.invoke(cli, ["--db", str(db_path), "show", "--orphans"])
    assert f"#{notes['ryabkov'].id} (article {article_id}) claim: “{RYABKOV}”" in result.output
    assert "1 orphaned annotation(s)" in result.output

    result = runner.invoke(cli, ["--db", str(db_path), "show", str(article_id), "--no-text"])
    assert "(reanchored)" in result.output and "(orphan)" in result.output
    assert "(text not found)" in result.output and "None" not in result.output


# -- properties ----------------------------------------------------------------------------

ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
    " \n.,“”")


def _reset(library: Library, article_id: int, text: str) -> tuple[int, int]:
    """Every example starts from the seed text with two fresh quotes."""
    library.texts.replace(article_id, text)
    for note in library.annotations.for_article(article_id):
        library.annotations.delete(note.id)
    a = library.annotations.add_exact(article_id, LAVROV, speaker="Lavrov")
    b = library.annotations.add_exact(article_id, DONFRIED, speaker="Donfried")
    return a.id, b.id


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_edits_outside_annotations_keep_them_anchored(library, data):
    article_id = library.articles.ids()[0]
    original = read_article(SEED).text
    ids = _reset(library, article_id, original)
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        text = library.articles.get(article_id).text
        spans = [(n.start, n.end) for n in library.annotations.for_article(article_id)]
        # An edit [pos, pos+cut) -> insert, entirely outside every annotated span.
        pos = data.draw(st.integers(0, len(text)), label="pos")
        assume(not any(s < pos < e for s, e in spans))
        limit = min((s for s, _ in spans if s >= pos), default=len(text)) - pos
        cut = data.draw(st.integers(0, min(limit, 400)), label="cut")
        insert = data.draw(st.text(ALPHABET, max_size=120), label="insert")
        new = text[:pos] + insert + text[pos + cut:]
        assume(new.strip() and "\r" not in new and not new.startswith("\ufeff"))
        # an edit that glues a letter to a quote's first or last letter makes it part of a
        # longer word: not the same words any more (R21-9), so not "outside" it
        for s, e in spans:
            shift = len(insert) - cut if s >= pos else 0
            s, e = s + shift, e + shift
            assume(not _inside_word(new[s - 1:s], new[s:s + 1])
                   and not _inside_word(new[e - 1:e], new[e:e + 1]))
        library.texts.replace(article_id, new)
        for note_id, exact in zip(ids, (LAVROV, DONFRIED), strict=True):
            note = library.annotations.get(note_id)
            assert note.anchor == "anchored"
            assert note.exact == exact
            assert new[note.start:note.end] == exact


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_edits_inside_an_annotation_reanchor_near_it_or_orphan(library, data):
    article_id = library.articles.ids()[0]
    original = read_article(SEED).text
    ids = _reset(library, article_id, original)
    notes = [library.annotations.get(i) for i in ids]
    which = data.draw(st.integers(0, 1), label="which")
    target = notes[which]
    pos = data.draw(st.integers(target.start, target.end - 1), label="pos")
    cut = data.draw(st.integers(0, target.end - pos), label="cut")
    insert = data.draw(st.text(ALPHABET, max_size=40), label="insert")
    new = original[:pos] + insert + original[pos + cut:]
    new_exact = new[target.start:target.end - cut + len(insert)]
    assume(cut > 0 or pos > target.start)  # an insertion just before the quote is outside it
    assume(new_exact != target.exact and "\r" not in insert)
    library.texts.replace(article_id, new)

    moved = library.annotations.get(target.id)
    assert moved.anchor in ("reanchored", "orphan")
    if moved.anchor == "reanchored":
        image = (target.start, target.end - cut + len(insert))
        assert moved.start < image[1] and image[0] < moved.end, "placed on other text"
        assert new[moved.start:moved.end] == moved.exact
    other = library.annotations.get(notes[1 - which].id)
    assert other.anchor == "anchored"
    assert new[other.start:other.end] == other.exact == notes[1 - which].exact


def test_reimport_of_a_changed_url_updates_the_article(db_path, seed_path, monkeypatch):
    from reader.core.importers.url import Download
    from reader.core.library import importing

    url = "https://example.org/berita/1"
    page = seed_path.read_text(encoding="utf-8")

    def fake_fetch(address, should_cancel=None):
        return Download(page.encode(), address, "utf-8", "text/plain")

    monkeypatch.setattr(importing, "fetch_bytes", fake_fetch)
    library = Library(db_path)
    [(_, article_id)] = library.imports.url(url).imported
    note = library.annotations.add_exact(article_id, RYABKOV, kind="claim")
    assert library.imports.url(url).present == [(url, article_id)]
    page = page.replace(RYABKOV_PARAGRAPH, "")
    report = library.imports.url(url)
    assert report.updated == [(url, article_id)] and library.articles.ids() == [article_id]
    assert library.annotations.get(note.id).anchor == "orphan"
    library.close()
