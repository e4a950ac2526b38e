"""Faults a real library meets: a killed import, a read-only file, a full disk, a corrupt file.

Each test breaks something on purpose and then checks the two promises the store
makes: the user gets one clear sentence (never a traceback), and the file holds
only whole changes (a whole article, or none of it; an annotation with its tags,
or nothing).
"""

import hashlib
import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.importers import read_article
from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.store import DamagedLibrary, StoreError, is_damage, mark_damaged

WORDS = (
    "pemerintah menteri mengatakan bahwa rakyat harus tetap tenang karena situasi ekonomi "
    "akan membaik dalam waktu dekat kata dia kepada wartawan di Jakarta the minister said "
    "talks would resume next week after officials met in Geneva to discuss security"
).split()


def write_story(path: Path, number: int, paragraphs: int = 30) -> Path:
    """A news text of about 10 kB, different for every ``number``."""
    rng = random.Random(number)
    lines = [f"Berita nomor {number}: {rng.choice(WORDS)} {rng.choice(WORDS)}"]
    for p in range(paragraphs):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        lines.append(f"{words.capitalize()}. Paragraf {number}-{p}.")
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    return [write_story(folder / f"berita-{n:04d}.txt", n) for n in range(count)]


def kutip(db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, **kwargs)


def count_articles(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=15)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def assert_database_whole(db: Path) -> None:
    """SQLite's own checks, the FTS indexes, and the counts kept by triggers all agree."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "annotations_fts"):
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        assert conn.execute(
            "SELECT count(*) FROM annotations WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM articles a WHERE quotes != (SELECT count(*) FROM annotations n"
            " WHERE n.article_id = a.id AND n.kind = 'quote')"
            " OR claims != (SELECT count(*) FROM annotations n"
            " WHERE n.article_id = a.id AND n.kind = 'claim')"
            " OR highlights != (SELECT count(*) FROM annotations n"
            " WHERE n.article_id = a.id AND n.kind = 'highlight')"
        ).fetchone()[0] == 0
    finally:
        conn.close()


def import_and_kill(db: Path, folder: Path, kill_at: int) -> int:
    """Start ``kutip import folder`` and SIGKILL it once ``kill_at`` articles are stored."""
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db), "import", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if count_articles(db) >= kill_at:
                break
            time.sleep(0.003)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    if process.returncode != -signal.SIGKILL:
        pytest.fail(f"the import ended on its own (exit {process.returncode}) before the kill")
    return count_articles(db)


def test_an_import_killed_part_way_keeps_whole_articles_and_a_rerun_imports_the_rest(
    tmp_path,
):
    files = write_corpus(tmp_path / "inbox", 400)
    db = tmp_path / "library.sqlite"
    Library(db).close()  # an existing library, so the first-run seed is not imported

    stored = import_and_kill(db, tmp_path / "inbox", kill_at=40)

    assert 0 < stored < len(files)
    assert_database_whole(db)
    stories = {str(path.resolve()): path for path in files}
    with Library(db) as library:
        for article_id in library.articles.ids():
            article = library.articles.get(article_id)
            row = library.stores.db.execute("SELECT original_path FROM articles WHERE id = ?",
                                     [article_id]).fetchone()
            assert article.text == read_article(stories[row[0]]).text

    rerun = kutip(db, "import", str(tmp_path / "inbox"), "--json")

    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (len(report["present"]), len(report["imported"]), report["failed"]) == (
        stored, len(files) - stored, [])
    assert count_articles(db) == len(files)
    assert_database_whole(db)


def _really_read_only(path: Path) -> bool:
    """chmod does not stop root: check whether this process can still write."""
    return not os.access(path, os.W_OK)


@pytest.mark.parametrize("how", ["file", "folder"])
def test_a_read_only_library_refuses_writes_with_a_clear_error(tmp_path, how, seed_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "library.sqlite"
    with Library(db) as library:
        article_id, _ = library.articles.add(read_article(seed_path))
    target = db if how == "file" else folder
    mode = target.stat().st_mode
    target.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH
                 | (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH if how == "folder" else 0))
    try:
        with pytest.raises(StoreError, match="read-only|cannot be opened|cannot be used"):
            library = Library(db)
            if not _really_read_only(target):  # running as root: simulate read-only media
                library.stores.db.execute("PRAGMA query_only = ON")
            try:
                library.annotations.add_exact(article_id, "Kami tidak ingin berperang",
                                              kind="quote",
                                       speaker="Sergey Lavrov", tags=["perang"])
            finally:
                library.close()
    finally:
        target.chmod(mode)

    with Library(db) as library:
        assert library.annotations.for_article(article_id) == []
        assert library.articles.get(article_id).quotes == 0
        assert library.tags.all() == [] and library.speakers.all() == []
    assert_database_whole(db)


def _full_library(db: Path) -> Library:
    """A library whose file may grow by one page only: a full disk, as SQLite sees it."""
    library = Library(db)
    pages = library.stores.db.execute("PRAGMA page_count").fetchone()[0]
    library.stores.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    return library


def test_a_full_disk_fails_an_import_cleanly_and_the_batch_goes_on(tmp_path):
    big = write_story(tmp_path / "big.txt", 1, paragraphs=400)
    db = tmp_path / "library.sqlite"
    Library(db).close()

    with _full_library(db) as library:
        report = library.imports.paths([big])

    assert report.imported == [] and len(report.failed) == 1
    assert "disk is full" in report.failed[0][1]
    assert count_articles(db) == 0
    assert_database_whole(db)


def test_a_full_disk_fails_an_annotation_cleanly(tmp_path, seed_path):
    db = tmp_path / "library.sqlite"
    with Library(db) as library:
        article_id, _ = library.articles.add(read_article(seed_path))

    with _full_library(db) as library, pytest.raises(StoreError, match="disk is full"):
        library.annotations.add_exact(article_id, "Kami tidak ingin berperang", speaker="Lavrov",
                               tags=["perang"], note="catatan panjang " * 5000)

    with Library(db) as library:
        assert library.annotations.for_article(article_id) == []
        assert library.tags.all() == [] and library.speakers.all() == []
    assert_database_whole(db)


def test_a_full_disk_fails_a_bulk_batch_as_a_whole(tmp_path):
    db = tmp_path / "library.sqlite"
    Library(db).close()
    items = [ImportedArticle(title=f"Berita {n}", text=f"Isi berita nomor {n}. " * 300,
                             content_hash=f"hash-{n}") for n in range(50)]

    with _full_library(db) as library, pytest.raises(StoreError, match="disk is full"):
        library.bulk.add_articles(items, batch=50)

    assert count_articles(db) == 0
    assert_database_whole(db)


def _valid_library(path: Path) -> Path:
    with Library(path) as library:
        for n in range(30):
            library.articles.add(ImportedArticle(title=f"Berita {n}", text=f"Isi nomor {n}. " * 500,
                                                content_hash=f"hash-{n}"))
        library.stores.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _damage(path: Path, how: str) -> None:
    if how == "not sqlite":
        path.write_bytes(b"This is my thesis draft, not a database.\n" * 200)
        return
    data = bytearray(_valid_library(path).read_bytes())
    if how == "header wiped":
        data[:100] = bytes(100)
    elif how == "schema pages garbled":
        data[100:8192] = b"\xff" * (8192 - 100)
    elif how == "truncated":
        data = data[: len(data) // 3]
    path.write_bytes(bytes(data))


DAMAGE = ["not sqlite", "header wiped", "schema pages garbled", "truncated"]
COMMANDS = [("list",), ("import", "{story}"), ("annotate", "1", "Isi"), ("search", "berita")]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_db_file_gets_one_clear_line_and_is_left_untouched(tmp_path, how, command):
    db = tmp_path / "library.sqlite"
    _damage(db, how)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    story = write_story(tmp_path / "story.txt", 7)

    result = kutip(db, *(arg.format(story=story) for arg in command))

    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    assert str(db.name) in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def _damage_deep_inside(db: Path) -> str:
    """Garble pages of the articles table in the middle of the file: SQLite opens the file
    and finds the damage only on reading (the pages are found with ``dbstat``, so a schema
    that grows by a page, as migrations make it, never lands under the garbling)."""
    data = bytearray(_valid_library(db).read_bytes())
    for at, size in _middle_article_pages(db):
        data[at:at + size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    return hashlib.sha256(bytes(data)).hexdigest()


def _middle_article_pages(db: Path, count: int = 10) -> list[tuple[int, int]]:
    """``(offset, size)`` of ``count`` leaf pages of the articles table around the middle."""
    conn = sqlite3.connect(db)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
            " ORDER BY pageno")]
    except sqlite3.OperationalError:  # no dbstat: 40 KB in the middle, as before
        length = db.stat().st_size
        return [(length // 2, 40960)]
    finally:
        conn.close()
    start = max(0, len(pages) // 2 - count // 2)
    return [((p - 1) * size, size) for p in pages[start:start + count]]


@pytest.mark.parametrize("command", [("search", "berita"), ("list",)], ids=lambda c: c[0])
def test_damage_deep_inside_the_file_gets_a_clear_error_too(tmp_path, command):
    db = tmp_path / "library.sqlite"
    before = _damage_deep_inside(db)
    backup = tmp_path / "library.schema-v2.backup.sqlite"
    backup.write_bytes(b"")

    result = kutip(db, *command)

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: The library file is damaged: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(db) in result.stderr and backup.name in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_once_damage_is_seen_the_library_refuses_every_write(tmp_path):
    db = tmp_path / "library.sqlite"
    before = _damage_deep_inside(db)
    library = Library(db)
    try:
        with pytest.raises(DamagedLibrary) as raised:  # the store's own error, marked
            library.search.find("berita")
        assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
        damaged = mark_damaged(library.stores.db, raised.value.__cause__)
        assert damaged is raised.value and is_damage(raised.value)
        assert "Restore it from a backup" in str(damaged)
        assert raised.value.args[0].code == "store.damaged"  # a Message: shown translated

        with pytest.raises(DamagedLibrary, match="The library file is damaged"):
            library.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="x"))
    finally:
        library.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_damage_met_while_rows_stream_is_the_stores_error_too(tmp_path):
    # rows read as the caller iterates (``kutip list``, an export) meet the damage later,
    # outside the store's method: they too raise the store's error, never sqlite3's
    db = tmp_path / "library.sqlite"
    _damage_deep_inside(db)
    library = Library(db)
    try:
        with pytest.raises(DamagedLibrary) as raised:
            for _article in library.articles.stream():
                pass
        assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
        assert (tmp_path / "library.sqlite.damaged").exists()  # no process writes to it now
    finally:
        library.close()


def test_an_engine_error_met_while_reading_is_a_store_error_in_words_of_its_own(tmp_path):
    db = tmp_path / "library.sqlite"
    with Library(db) as library:
        assert library.feeds.all() == []
        other = sqlite3.connect(db)  # (as a broken copy of another program might)
        other.execute("ALTER TABLE feeds RENAME TO feeds_gone")
        other.commit()
        other.close()

        with pytest.raises(StoreError) as raised:
            library.feeds.all()

        error = raised.value
        assert not isinstance(error, DamagedLibrary) and not is_damage(error)
        assert error.args[0].code == "store.library-could-not-read"  # a Message: translated
        assert str(error).startswith("The library could not be read (no such table: ")
        assert not (tmp_path / "library.sqlite.damaged").exists()
        library.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="x"))


def test_a_bulk_batch_with_a_bad_row_leaves_none_of_that_batch(tmp_path):
    db = tmp_path / "library.sqlite"
    items = [ImportedArticle(title=f"Berita {n % 6}", text=f"Menteri berkata nomor {n % 6}.",
                             content_hash=f"hash-{n % 6}") for n in range(12)]
    with Library(db) as library:
        assert library.bulk.add_articles(items, batch=4) == 6
        assert library.bulk.add_articles(items) == 0
        ids = library.articles.ids()
        good = [{"article_id": i, "kind": kind, "exact": "Menteri berkata", "start": 0,
                 "end": 15, "speaker": "Menteri", "tags": ["politik/dalam negeri"]}
                for i in ids for kind in ("quote", "claim")]
        bad = [*good[:3], {"article_id": 999_999, "kind": "quote", "exact": "x", "start": 0,
                           "end": 1}]

        assert library.bulk.add_annotations(good, batch=len(good)) == 12
        with pytest.raises(StoreError, match="could not be written"):
            library.bulk.add_annotations(bad, batch=len(bad))

        assert [(a.quotes, a.claims) for a in library.articles.find()] == [(1, 1)] * 6
        assert len(library.search.find("berkata", limit=100)) == 6 + 12
        assert [t.name for t in library.tags.all()] == ["politik", "politik/dalam negeri"]
    assert_database_whole(db)
