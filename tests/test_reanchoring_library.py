"""Replacing an article's text (edit or re-import) keeps annotations where they belong."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.core.importers import read_article
from reader.core.library import Library, LibraryError
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
    report = library.import_paths([copy])
    assert len(report.imported) == 1
    yield library
    library.close()


@pytest.fixture
def tagged(library):
    article_id = library.article_ids()[0]
    notes = {
        "lavrov": library.annotate_exact(article_id, LAVROV, speaker="Lavrov", tags=["denial"]),
        "donfried": library.annotate_exact(article_id, DONFRIED, speaker="Donfried"),
        "ryabkov": library.annotate_exact(article_id, RYABKOV, kind="claim", note="cek"),
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

    report = library.import_paths([copy])

    assert report.updated == [(str(copy), article_id)]
    assert not report.imported and not report.present
    assert "1 updated" in report.summary()
    assert library.article_ids() == [article_id]
    text = library.get_article(article_id).text
    assert NEW_PARAGRAPH in text and RYABKOV not in text

    lavrov = library.get_annotation(notes["lavrov"].id)
    assert lavrov.anchor == "anchored"
    assert lavrov.start == text.index(LAVROV) > notes["lavrov"].start + len(NEW_PARAGRAPH) - 1
    assert text[lavrov.start:lavrov.end] == LAVROV == lavrov.exact
    assert lavrov.tags == ["denial"] and lavrov.speaker == notes["lavrov"].speaker

    donfried = library.get_annotation(notes["donfried"].id)
    assert donfried.anchor == "reanchored"
    assert text[donfried.start:donfried.end] == donfried.exact
    assert donfried.exact == DONFRIED.replace("yang mana pun", "yang manapun")

    ryabkov = library.get_annotation(notes["ryabkov"].id)
    assert ryabkov.anchor == "orphan"
    assert (ryabkov.start, ryabkov.end) == (None, None)
    assert ryabkov.exact == RYABKOV and ryabkov.prefix and ryabkov.note == "cek"
    assert [n.id for n in library.orphans()] == [ryabkov.id]
    assert len(library.annotations(article_id)) == 3  # the orphan is kept
    assert library.get_article(article_id).claims == 1


def test_replace_text_reports_counts_and_orphans(library, tagged):
    article_id, notes = tagged
    text = library.get_article(article_id).text
    report = library.replace_text(article_id, edited(text), title="Judul baru")
    assert report.moved == [notes["lavrov"].id]
    assert report.reanchored == [notes["donfried"].id]
    assert [n.id for n in report.orphaned] == [notes["ryabkov"].id]
    assert report.kept == []
    assert "1 could not be placed" in report.summary()
    article = library.get_article(article_id)
    assert article.title == "Judul baru"
    assert article.content_hash != "" and article.text == edited(text)


def test_same_text_again_is_present_not_updated(library, tagged, copy):
    report = library.import_paths([copy])
    assert report.updated == [] and len(report.present) == 1


def test_an_unrelated_file_is_a_new_article(library, tagged, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Judul lain\n\nIsi berita yang lain sama sekali.", encoding="utf-8")
    report = library.import_paths([other])
    assert len(report.imported) == 1 and not report.updated


def test_replace_text_is_one_transaction(library, tagged, monkeypatch):
    article_id, notes = tagged
    before = library.get_article(article_id).text
    from reader.core.library import reanchoring

    def boom(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reanchoring, "_place", boom)
    with pytest.raises(RuntimeError):
        library.replace_text(article_id, edited(before))
    assert library.get_article(article_id).text == before
    assert library.get_annotation(notes["lavrov"].id).start == notes["lavrov"].start


def test_empty_text_is_refused(library, tagged):
    with pytest.raises(LibraryError):
        library.replace_text(tagged[0], "   \n")


def test_an_orphan_comes_back_when_its_text_returns(library, tagged):
    article_id, notes = tagged
    original = library.get_article(article_id).text
    library.replace_text(article_id, original.replace(RYABKOV_PARAGRAPH, ""))
    assert library.get_annotation(notes["ryabkov"].id).anchor == "orphan"
    report = library.replace_text(article_id, original)
    back = library.get_annotation(notes["ryabkov"].id)
    assert (back.anchor, back.start, back.end) == ("anchored", notes["ryabkov"].start,
                                                    notes["ryabkov"].end)
    assert report.orphaned == []


def test_a_repeated_word_whose_place_is_gone_is_never_silently_moved(library):
    article_id = library.article_ids()[0]
    text = library.get_article(article_id).text
    # "Ukraina" occurs several times; tag the one in the deleted paragraph.
    start = text.index(RYABKOV_PARAGRAPH) + RYABKOV_PARAGRAPH.index("Ukraina")
    note = library.annotate(article_id, start, start + len("Ukraina"), kind="highlight")
    library.replace_text(article_id, text.replace(RYABKOV_PARAGRAPH, ""))
    # Another "Ukraina." is followed by the same words: flagged for checking, not "anchored".
    assert library.get_annotation(note.id).anchor == "reanchored"
    library.replace_text(article_id, text)
    again = library.annotate(article_id, start, start + len("Ukraina"), kind="highlight")
    guess = text.replace(RYABKOV_PARAGRAPH, "").replace("Ukraina.\n\nSementara", "Ukraina!\n\nX")
    library.replace_text(article_id, guess)  # neither side of any "Ukraina" agrees: orphan
    assert library.get_annotation(again.id).anchor == "orphan"


def test_reattach_places_an_orphan_on_new_text(library, tagged):
    article_id, notes = tagged
    text = library.get_article(article_id).text
    library.replace_text(article_id, edited(text))
    new_text = library.get_article(article_id).text
    start = new_text.index("Gedung Putih meyakini")
    placed = library.reattach(notes["ryabkov"].id, start - 1, start + len("Gedung Putih") + 1)
    assert (placed.anchor, placed.exact) == ("anchored", "Gedung Putih")  # spaces trimmed
    assert placed.note == "cek" and placed.kind == "claim"
    assert library.orphans() == []
    with pytest.raises(LibraryError):
        library.reattach(notes["ryabkov"].id, 5, 5)


def test_mark_orphan_keeps_the_quote(library, tagged):
    article_id, notes = tagged
    orphan = library.mark_orphan(notes["lavrov"].id)
    assert (orphan.anchor, orphan.start, orphan.exact) == ("orphan", None, LAVROV)


def test_text_snapshot_and_restore_undo_a_replacement(library, tagged):
    article_id, notes = tagged
    before = {n.id: n for n in library.annotations(article_id)}
    snapshot = library.text_snapshot(article_id)
    library.replace_text(article_id, edited(snapshot["article"]["text"]), title="x")
    library.restore_text(snapshot)
    assert library.get_article(article_id).text == snapshot["article"]["text"]
    assert library.get_article(article_id).title != "x"
    assert {n.id: n for n in library.annotations(article_id)} == before


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
    library.replace_text(article_id, text)
    for note in library.annotations(article_id):
        library.delete_annotation(note.id)
    a = library.annotate_exact(article_id, LAVROV, speaker="Lavrov")
    b = library.annotate_exact(article_id, DONFRIED, speaker="Donfried")
    return a.id, b.id


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_edits_outside_annotations_keep_them_anchored(library, data):
    article_id = library.article_ids()[0]
    original = read_article(SEED).text
    ids = _reset(library, article_id, original)
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        text = library.get_article(article_id).text
        spans = [(n.start, n.end) for n in library.annotations(article_id)]
        # An edit [pos, pos+cut) -> insert, entirely outside every annotated span.
        pos = data.draw(st.integers(0, len(text)), label="pos")
        assume(not any(s < pos < e for s, e in spans))
        limit = min((s for s, _ in spans if s >= pos), default=len(text)) - pos
        cut = data.draw(st.integers(0, min(limit, 400)), label="cut")
        insert = data.draw(st.text(ALPHABET, max_size=120), label="insert")
        new = text[:pos] + insert + text[pos + cut:]
        assume(new.strip() and "\r" not in new and not new.startswith("\ufeff"))
        library.replace_text(article_id, new)
        for note_id, exact in zip(ids, (LAVROV, DONFRIED), strict=True):
            note = library.get_annotation(note_id)
            assert note.anchor == "anchored"
            assert note.exact == exact
            assert new[note.start:note.end] == exact


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_edits_inside_an_annotation_reanchor_near_it_or_orphan(library, data):
    article_id = library.article_ids()[0]
    original = read_article(SEED).text
    ids = _reset(library, article_id, original)
    notes = [library.get_annotation(i) for i in ids]
    which = data.draw(st.integers(0, 1), label="which")
    target = notes[which]
    pos = data.draw(st.integers(target.start, target.end - 1), label="pos")
    cut = data.draw(st.integers(0, target.end - pos), label="cut")
    insert = data.draw(st.text(ALPHABET, max_size=40), label="insert")
    new = original[:pos] + insert + original[pos + cut:]
    new_exact = new[target.start:target.end - cut + len(insert)]
    assume(cut > 0 or pos > target.start)  # an insertion just before the quote is outside it
    assume(new_exact != target.exact and "\r" not in insert)
    library.replace_text(article_id, new)

    moved = library.get_annotation(target.id)
    assert moved.anchor in ("reanchored", "orphan")
    if moved.anchor == "reanchored":
        image = (target.start, target.end - cut + len(insert))
        assert moved.start < image[1] and image[0] < moved.end, "placed on other text"
        assert new[moved.start:moved.end] == moved.exact
    other = library.get_annotation(notes[1 - which].id)
    assert other.anchor == "anchored"
    assert new[other.start:other.end] == other.exact == notes[1 - which].exact


def test_reimport_of_a_changed_url_updates_the_article(db_path, seed_path, monkeypatch):
    from reader.core.importers import article_from_text
    from reader.core.library import importing

    url = "https://example.org/berita/1"
    page = seed_path.read_text(encoding="utf-8")

    def fake_fetch(address):
        article = article_from_text(page, name=address)
        article.url = address
        return article

    monkeypatch.setattr(importing, "fetch_url", fake_fetch)
    library = Library(db_path)
    [(_, article_id)] = library.import_url(url).imported
    note = library.annotate_exact(article_id, RYABKOV, kind="claim")
    assert library.import_url(url).present == [(url, article_id)]
    page = page.replace(RYABKOV_PARAGRAPH, "")
    report = library.import_url(url)
    assert report.updated == [(url, article_id)] and library.article_ids() == [article_id]
    assert library.get_annotation(note.id).anchor == "orphan"
    library.close()
