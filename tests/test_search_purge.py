"""Review R21-8 (privacy): deleting is deleting. The words of a deleted article, of a deleted
or edited note and of text Edit Article Text took out are gone from the library file's bytes
once it is closed (the FTS5 indexes kept them, with positions, until their segments merged),
and a speaker quoted only in a deleted article goes with it. The purge runs in bounded steps,
never waits for another program's write lock, and goes on where it stopped."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from reader.core.library import Library, open_library
from reader.core.library import search as search_module

SOURCE = "Zyxwvut Qorbanov"


def _file_holds(path: Path, *words: str) -> list[str]:
    """The words (lower case) still found in the library file and its WAL beside it."""
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    return [w for w in words if w.lower().encode() in data.lower()]


def _library(tmp_path: Path, others: int = 30, words: int = 0) -> tuple[Library, int]:
    (tmp_path / "s.txt").write_text(
        "Bocoran memo soal tambang Plutonyx\n\nSumber kami, Zyxwvut Qorbanov, berkata: "
        "\"Dokumen Plutonyx disimpan di gudang Kelapa Gading nomor sembilan,\" katanya.\n\n"
        "Paragraf lain tentang cuaca cerah di Jakarta hari ini.")
    paths = [tmp_path / "s.txt"]
    for i in range(others):  # (enough rows that the index has segments of its own)
        path = tmp_path / f"o{i}.txt"
        path.write_text(f"Artikel {i}\n\n\"Kami siap bekerja nomor {i},\" kata Budi Santoso. "
                        + "lorem ipsum dolor sit amet " * 20
                        + " ".join(f"kata{i}x{j}" for j in range(words)))
        paths.append(path)
    library = open_library(tmp_path / "lib.sqlite")
    library.imports.paths(paths)
    article = next(a for a in library.articles.ids(sort="id")
                   if "Plutonyx" in library.articles.get(a).title)
    return library, article


def test_a_deleted_articles_words_are_gone_from_the_file_once_closed(tmp_path):
    library, article = _library(tmp_path)
    library.annotations.add_exact(article, "Dokumen Plutonyx disimpan", kind="quote",
                                  speaker=SOURCE, note="kontak lewat Signal Xylofonik")
    library.close()
    assert _file_holds(tmp_path / "lib.sqlite", "plutonyx", "qorbanov", "xylofonik") != []
    library = open_library(tmp_path / "lib.sqlite")
    library.articles.delete(article)
    assert library.search.purge_owed()
    library.close()
    # (words, not digits: a UUID or a hash holds "5550" by chance one time in a few dozen)
    assert _file_holds(tmp_path / "lib.sqlite", "plutonyx", "gading", "qorbanov", "zyxwvut",
                       "signal", "xylofonik") == []
    library = open_library(tmp_path / "lib.sqlite")
    assert not library.search.purge_owed()
    assert library.search.find("Budi")  # (the index still finds what is there)
    assert library.search.find("Plutonyx") == []
    library.close()


def test_words_edit_article_text_took_out_are_gone(tmp_path):
    library, article = _library(tmp_path)
    library.texts.replace(article, "Paragraf lain tentang cuaca cerah di Jakarta hari ini.")
    library.close()  # (the title keeps its own words)
    assert _file_holds(tmp_path / "lib.sqlite", "gading", "qorbanov", "zyxwvut") == []
    with open_library(tmp_path / "lib.sqlite") as library:
        assert [h.article_id for h in library.search.find("cuaca cerah")] == [article]


def test_a_note_edited_away_is_gone(tmp_path):
    library, article = _library(tmp_path)
    annotation = library.annotations.add_exact(article, "Dokumen Plutonyx disimpan",
                                               kind="quote", note="telepon Xylofonik")
    library.close()
    library = open_library(tmp_path / "lib.sqlite")
    library.annotations.update(annotation.id, note="sumber dirahasiakan")
    library.close()
    assert _file_holds(tmp_path / "lib.sqlite", "xylofonik") == []
    with open_library(tmp_path / "lib.sqlite") as library:
        assert [h.annotation_id for h in library.search.find("dirahasiakan")] == [annotation.id]


def test_a_purge_goes_in_bounded_steps_and_on_from_where_it_stopped(tmp_path, monkeypatch):
    library, article = _library(tmp_path, others=100, words=200)  # (20,000 words)
    library.close()
    library = open_library(tmp_path / "lib.sqlite")
    library.articles.delete(article)
    monkeypatch.setattr(search_module, "PURGE_PAGES", 2)  # (a step of 2 pages)
    assert library.search.purge(seconds=0) is False  # one step, and more owed
    assert library.search.purge_owed()
    steps = 1
    while not library.search.purge(seconds=0):
        steps += 1
    assert steps > 10
    assert not library.search.purge_owed()
    library.close()
    assert _file_holds(tmp_path / "lib.sqlite", "plutonyx", "qorbanov") == []


def test_nothing_changed_nothing_owed(tmp_path):
    library, article = _library(tmp_path, others=3)
    library.close()
    library = open_library(tmp_path / "lib.sqlite")
    assert not library.search.purge_owed()  # (imports add words: nothing to take out)
    library.articles.update(article, title=library.articles.get(article).title)  # the same
    assert not library.search.purge_owed()
    library.close()


def test_close_does_not_wait_for_another_programs_write_lock(tmp_path):
    library, article = _library(tmp_path)
    library.articles.delete(article)
    other = sqlite3.connect(tmp_path / "lib.sqlite")
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        library.close()
        assert time.monotonic() - started < 2  # (the busy timeout is 15 s)
    finally:
        other.rollback()
        other.close()
    with open_library(tmp_path / "lib.sqlite") as library:
        assert library.search.purge_owed()  # left for later…
    assert _file_holds(tmp_path / "lib.sqlite", "plutonyx") == []  # …which was that close


def test_a_speaker_quoted_only_in_a_deleted_article_goes_with_it(tmp_path):
    library, article = _library(tmp_path, others=3)
    library.annotations.add_exact(article, "Dokumen Plutonyx disimpan", kind="quote",
                                  speaker=SOURCE)
    library.annotations.add_exact(article, "Kelapa Gading", kind="quote", speaker="Budi Santoso")
    other = next(a for a in library.articles.ids(sort="id") if a != article)
    library.annotations.add_exact(other, "Kami siap bekerja", kind="quote",
                                  speaker="Budi Santoso")
    library.speakers.create("Rina Saputri")  # (quoted nowhere: not the deletion's to take)
    snapshot = library.articles.delete(article)
    assert sorted(library.speakers.names()) == ["Budi Santoso", "Rina Saputri"]
    library.articles.restore(snapshot)  # undo: the speaker is back, on the quote
    assert SOURCE in library.speakers.names()
    assert {a.speaker for a in library.annotations.where(article_ids=[article])} == {
        SOURCE, "Budi Santoso"}
    library.close()


@pytest.mark.parametrize("kept", ["description", "alias"])
def test_a_speaker_someone_described_stays(tmp_path, kept):
    library, article = _library(tmp_path, others=3)
    library.annotations.add_exact(article, "Dokumen Plutonyx disimpan", kind="quote",
                                  speaker=SOURCE)
    if kept == "description":
        library.speakers.set_description(SOURCE, "narasumber tambang")
    else:
        library.speakers.add_alias(SOURCE, "Qorbanov")
    library.articles.delete(article)
    assert SOURCE in library.speakers.names()
    library.close()


def test_an_upgrade_purges_the_words_deleted_before_it(tmp_path):
    """A library made before the purge (migration 0032) may hold deleted words already: its
    upgrade notes both indexes, and they are purged (a library with nothing in it owes
    nothing)."""
    from sqlite_utils import Database

    from reader.core.store.migrations import migrations

    path = tmp_path / "old.sqlite"
    old = Database(sqlite3.connect(path))
    migrations.apply(old, stop_before="0032_search_purge_owed")
    for i in range(40):
        old["articles"].insert({"id": i + 1, "title": f"Artikel {i}",
                                "text": "lorem ipsum dolor sit amet " * 30 + f"nomor{i}"})
    old["articles"].insert({"id": 99, "title": "Memo Plutonyx", "text": "Zyxwvut Qorbanov"})
    old.conn.commit()
    old.execute("DELETE FROM articles WHERE id = 99")
    old.conn.commit()
    old.close()
    assert _file_holds(path, "plutonyx", "qorbanov") != []
    library = open_library(path)
    assert library.search.purge_owed()
    library.close()  # (it changed nothing: its close leaves the purge to a writer, RR22-2)
    assert _file_holds(path, "plutonyx", "qorbanov") != []
    library = open_library(path)
    assert library.search.purge() is True
    library.close()
    assert _file_holds(path, "plutonyx", "qorbanov") == []
    empty = Database(sqlite3.connect(tmp_path / "empty.sqlite"))
    migrations.apply(empty)
    assert empty.execute("SELECT count(*) FROM search_purge_owed").fetchone()[0] == 0
    empty.close()


def test_a_close_that_wrote_nothing_purges_nothing(tmp_path):
    """Review RR22-2: a purge rewrites the whole index (220-840 MB at 100k), and a read-only
    command (``kutip list``) paid it at its close, writing the library."""
    library, article = _library(tmp_path)
    library.articles.delete(article)
    library.close(purge=False)
    library = open_library(tmp_path / "lib.sqlite")
    assert library.search.find("Budi")  # (reads)
    library.close()
    with open_library(tmp_path / "lib.sqlite") as library:
        assert library.search.purge_owed()
