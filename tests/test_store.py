"""The store: schema version, migrations with a backup, pragmas, refusing foreign files."""

import os
import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from reader.core.store import (
    SCHEMA_VERSION,
    StoreError,
    applied_version,
    backup_path,
    open_database,
    transaction,
)
from reader.core.store.migrations import migrations


def test_new_database_is_at_the_current_schema_version(db_path):
    db = open_database(db_path)
    assert applied_version(db) == SCHEMA_VERSION >= 3
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_an_older_database_is_backed_up_then_migrated(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0003_suggestions_and_sources")
    old["articles"].insert({"title": "Old article", "text": "Kept through the migration."})
    old.close()

    db = open_database(db_path)

    assert applied_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT title, original_path FROM articles").fetchall() == [
        ("Old article", "")
    ]
    backup = Database(backup_path(db_path, 2))
    assert applied_version(backup) == 2
    assert backup.execute("SELECT title FROM articles").fetchall() == [("Old article",)]


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(db_path):
    db_path.write_bytes(b"This is my thesis draft, not a database.\n" * 10)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a Kutip library"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_opening_the_library_again_keeps_this_process_s_locks(db_path):
    """R14-8: a second open in one process (the app's worker threads) must not drop the
    locks of the first connection: another program closing its last connection would then
    delete the write-ahead log under it, and the first connection's writes were lost."""
    first = open_database(db_path)
    first.execute("CREATE TABLE scratch (who TEXT)")
    other = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "c.execute(\"INSERT INTO scratch VALUES ('other')\"); c.commit(); c.close()")
    for _ in range(6):
        open_database(db_path).close()  # (as a worker thread opens and closes its own)
        subprocess.run([sys.executable, "-c", other, str(db_path)], check=True)
        with transaction(first):
            first.execute("INSERT INTO scratch VALUES ('first')")
    seen = first.execute("SELECT who, count(*) FROM scratch GROUP BY who").fetchall()
    first.close()
    assert sorted(seen) == [("first", 6), ("other", 6)]
    fresh = sqlite3.connect(db_path)
    assert fresh.execute("SELECT count(*) FROM scratch").fetchone()[0] == 12


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_library_s_journal_is_never_opened_as_a_library(db_path, suffix):
    """R15-8: `kutip --db LIBRARY.sqlite-wal` made a new empty library inside the live
    write-ahead log of an open library (a checkpointed, empty log), silently."""
    library = open_database(db_path)
    library.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    journal = db_path.with_name(db_path.name + suffix)
    before = journal.read_bytes() if journal.exists() else None
    result = subprocess.run([sys.executable, "-m", "reader", "--db", str(journal), "list"],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"Error: {journal} is the journal SQLite keeps beside {db_path}: open {db_path} "
        "instead. It was left untouched."]
    assert (journal.read_bytes() if journal.exists() else None) == before
    library.close()
    with pytest.raises(StoreError, match="is the journal SQLite keeps beside"):
        open_database(journal)


def test_a_name_ending_like_a_journal_is_a_library_when_nothing_is_beside_it(tmp_path):
    """An existing one (made before R19-2): no new library takes that name any more
    (tests/test_journal_names.py)."""
    path = tmp_path / "notes-wal"
    open_database(tmp_path / "notes.sqlite").close()
    os.rename(tmp_path / "notes.sqlite", path)
    again = open_database(path)
    assert again.execute("PRAGMA quick_check").fetchone() == ("ok",)
    again.close()


def test_a_corrupt_database_gets_a_clear_error(db_path):
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        open_database(db_path)


def test_a_database_from_a_newer_kutip_is_refused(db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert({"migration_set": "kutip", "name": "9999_future",
                                     "applied_at": "2030-01-01"})
    db.close()
    with pytest.raises(StoreError, match="newer Kutip"):
        open_database(db_path)


def test_both_engines_number_their_migrations_in_order():
    from reader.core.store.numbered import NumberedMigrations
    from reader.core.store.postgres.migrations import migrations as pg_migrations

    for known in (migrations, pg_migrations):
        assert [name[:5] for name, _, _ in known.steps] == [
            f"{n:04d}_" for n in range(1, known.version + 1)]
    later = NumberedMigrations[object]("test")
    later(name="0001_first")(lambda db: None)
    with pytest.raises(ValueError, match="out of order: the next is 0002_"):
        later(name="0003_skipped")
    with pytest.raises(ValueError, match="out of order"):
        later(name="0001_first")  # the same number twice
    assert later.pending(["0001_first"]) == [] and later.version == 1


def test_a_failed_transaction_leaves_nothing_behind(db_path):
    db = open_database(db_path)
    with pytest.raises(RuntimeError), transaction(db):
        db["articles"].insert({"title": "half"})
        raise RuntimeError("crash mid-write")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_nested_transactions_roll_back_only_the_inner_part(db_path):
    db = open_database(db_path)
    with transaction(db):
        db["articles"].insert({"title": "outer"})
        with pytest.raises(ValueError), transaction(db):
            db["articles"].insert({"title": "inner"})
            raise ValueError
    assert [r[0] for r in db.execute("SELECT title FROM articles")] == ["outer"]


def test_full_text_index_follows_edits_and_deletes(db_path):
    db = open_database(db_path)
    with transaction(db):
        row = {"title": "Perundingan", "text": "Kami berperang"}
        article_id = db["articles"].insert(row).last_pk
    match = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    assert db.execute(match, ["berperang"]).fetchall() == [(article_id,)]
    with transaction(db):
        db["articles"].update(article_id, {"text": "Kami berdamai"})
    assert db.execute(match, ["berperang"]).fetchall() == []
    assert db.execute(match, ["berdamai"]).fetchall() == [(article_id,)]
    with transaction(db):
        db["articles"].delete(article_id)
    assert db.execute(match, ["berdamai"]).fetchall() == []


def test_ids_are_never_reused_after_a_delete(db_path):
    db = open_database(db_path)
    with transaction(db):
        first = db["articles"].insert({"title": "a"}).last_pk
        second = db["articles"].insert({"title": "b"}).last_pk
        db["articles"].delete(second)
        third = db["articles"].insert({"title": "c"}).last_pk
    assert third not in (first, second)


def test_a_version_3_library_is_rebuilt_with_its_data_indexes_and_triggers(db_path):
    from reader.core.library import Library

    old = Database(sqlite3.connect(db_path))
    old.execute("PRAGMA foreign_keys = ON")
    migrations.apply(old, stop_before="0004_ids_never_reused")
    with transaction(old):
        row = {"title": "Perundingan", "text": "Kami berperang."}
        article = old["articles"].insert(row).last_pk
        tag = old["tags"].insert({"name": "framing", "colour": "#fff"}).last_pk
        note = old["annotations"].insert({"article_id": article, "kind": "quote",
                                          "exact": "Kami berperang", "start": 0, "end": 14,
                                          "note": "catatan"}).last_pk
        old["annotation_tags"].insert({"annotation_id": note, "tag_id": tag})
    old.close()

    library = Library(db_path)

    assert applied_version(library.stores.db) == SCHEMA_VERSION
    assert library.stores.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert library.stores.db.execute("PRAGMA foreign_key_check").fetchall() == []
    [kept] = library.annotations.for_article(article)
    assert (kept.exact, kept.tags, kept.note) == ("Kami berperang", ["framing"], "catatan")
    assert library.articles.get(article).quotes == 1
    assert [h.kind for h in library.search.find("catatan")] == ["annotation"]
    assert [h.article_id for h in library.search.find("berperang")][0] == article
    library.annotations.delete(kept.id)
    assert library.articles.get(article).quotes == 0  # the count triggers came back too
    again = library.annotations.add(article, 0, 4, kind="highlight")
    assert again.id != kept.id
    library.close()


def test_speaker_and_collection_ids_are_never_reused(db_path):
    db = open_database(db_path)
    with transaction(db):
        first = db["speakers"].insert({"name": "Budi"}).last_pk
        db["speakers"].delete(first)
        again = db["speakers"].insert({"name": "Rina"}).last_pk
        gone = db["collections"].insert({"name": "a"}).last_pk
        db["collections"].delete(gone)
        other = db["collections"].insert({"name": "b"}).last_pk
    assert again != first and other != gone


def _version_3_library(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0004_ids_never_reused")
    with transaction(old):
        old["articles"].insert({"title": "Lama", "text": "Teks lama."})
    old.close()


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_opening_an_old_library_at_once_both_succeed(db_path, round_):
    _version_3_library(db_path)
    code = "import sys; from reader.core.store import open_database; open_database(sys.argv[1])"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db_path)],
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    db = open_database(db_path)
    assert applied_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT title FROM articles").fetchall() == [("Lama",)]


def test_a_migration_that_fails_its_own_check_is_a_clear_error(db_path, monkeypatch):
    from reader.core.store import migrations as module

    _version_3_library(db_path)

    def broken(conn, db, tables):
        raise RuntimeError("foreign key check failed after rebuilding")

    monkeypatch.setattr(module, "_rebuild", broken)
    with pytest.raises(StoreError, match="could not be upgraded"):
        open_database(db_path)
    monkeypatch.undo()
    db = open_database(db_path)
    assert db.execute("SELECT title FROM articles").fetchall() == [("Lama",)]


def test_finding_an_article_by_a_column_is_one_index_search_each(tmp_path):
    """``ArticleStore.find`` with several values (a re-import's URLs) searches an index per
    value; one ``url IN (…) ORDER BY id DESC LIMIT 1`` walked the whole table by id."""
    from reader.core.store.sqlite import SqliteStores
    from reader.core.store.sqlite.articles import find_sql

    db = open_database(tmp_path / "library.sqlite")
    try:
        for column in ("content_hash", "original_hash", "url", "original_path", "title"):
            for latest in (False, True):
                plan = " ".join(row[-1] for row in db.execute(
                    "EXPLAIN QUERY PLAN " + find_sql(column, latest), ["x"]).fetchall())
                assert "SEARCH articles USING" in plan and "SCAN" not in plan \
                    and "TEMP B-TREE" not in plan, (column, plan)
        stores = SqliteStores(db)
        with stores.transaction():
            a = stores.articles.insert({"title": "A", "url": "https://a.example/1"})
            b = stores.articles.insert({"title": "B", "url": "https://a.example/2"})
        urls = ["https://a.example/2", "https://a.example/1", "https://a.example/9"]
        run: list[str] = []
        db.conn.set_trace_callback(run.append)
        try:
            found = (stores.articles.find("url", urls), stores.articles.find("url", urls, True))
        finally:
            db.conn.set_trace_callback(None)
        assert found == (a, b)
        for sql in run:  # what find ran, with the values written in
            plan = " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN" not in plan and "TEMP B-TREE" not in plan, (sql, plan)
    finally:
        db.close()
