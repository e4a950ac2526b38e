"""The backups written before an upgrade: said, listed, removed, never piled up, and never
written (nor the library changed) when the disk has no room for them."""

import sqlite3

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from reader.cli import cli
from reader.core.library import Library
from reader.core.store import SCHEMA_VERSION, StoreError, backup_path, backups
from reader.core.store import connection as store_connection
from reader.core.store.migrations import migrations


def _old_library(path, before="0003_suggestions_and_sources", title="Old article"):
    """A library as an older Kutip left it (schema 2 by default), holding one article."""
    old = Database(sqlite3.connect(path))
    migrations.apply(old, stop_before=before)
    old["articles"].insert({"title": title, "text": "Kept through the migration."})
    old.close()


def _version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return migrations.applied_count(conn)
    finally:
        conn.close()


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".writing"))


def test_an_upgrade_says_where_its_backup_is(db_path):
    _old_library(db_path)
    with Library(db_path) as library:
        upgrade = library.upgrade
        assert upgrade is not None
        assert (upgrade.from_version, upgrade.to_version) == (2, SCHEMA_VERSION)
        assert upgrade.backup.path == backup_path(db_path, 2).absolute()
        assert upgrade.backup.size == backup_path(db_path, 2).stat().st_size > 0
        text = upgrade.message()
        assert text.code == "store.upgraded-backup" and "\n" not in text
        assert str(upgrade.backup.path) in text and upgrade.backup.readable_size in text
    with Library(db_path) as again:  # said once: the next opening upgrades nothing
        assert again.upgrade is None


def test_a_new_library_has_no_upgrade_and_no_backup(db_path):
    with Library(db_path) as library:
        assert library.upgrade is None
    assert backups.list_backups(db_path) == []


def test_only_the_newest_backup_is_kept_after_the_upgrade_succeeded(db_path):
    older = backup_path(db_path, 2)
    _old_library(older)  # a backup left by an earlier upgrade
    _old_library(db_path, before="0005_speaker_and_collection_ids_never_reused")

    with Library(db_path) as library:
        upgrade = library.upgrade
    assert upgrade.backup.version == 4 and upgrade.removed[0].path.name == older.name
    assert not older.exists() and backup_path(db_path, 4).exists()
    assert upgrade.message().code == "store.upgraded-replaced-backup"
    assert older.name in upgrade.message()
    assert _version(backup_path(db_path, 4)) == 4  # the copy is the library as it was


def test_a_failed_upgrade_removes_no_backup_and_keeps_the_new_one(db_path, monkeypatch):
    older = backup_path(db_path, 2)
    _old_library(older)
    _old_library(db_path, before="0005_speaker_and_collection_ids_never_reused")

    def fails(db, attempts=5):
        raise RuntimeError("a migration's own check failed")

    monkeypatch.setattr(store_connection, "_migrate", fails)
    with pytest.raises(StoreError, match="could not be upgraded"):
        Library(db_path)
    assert older.exists() and backup_path(db_path, 4).exists()
    assert _version(db_path) == 4


@pytest.mark.parametrize("name", ["library.sqlite", "news"])
def test_a_backup_of_the_same_schema_is_not_written_over_before_the_upgrade_succeeds(
        tmp_path, monkeypatch, name):
    """Session 19's leftover: a backup already there under the name the new one takes
    (the same schema: a library put back from its backup and worked on, then opened by
    this Kutip again) was written over before the upgrade was known to succeed; a failed
    upgrade then left the earlier copy gone. It is written beside it, and the earlier one
    goes only once the upgrade succeeded, as an older backup does."""
    db_path = tmp_path / name
    earlier = backup_path(db_path, 2)
    _old_library(earlier, title="Only in the earlier backup")
    _old_library(db_path)

    def fails(db, attempts=5):
        raise RuntimeError("a migration's own check failed")

    monkeypatch.setattr(store_connection, "_migrate", fails)
    with pytest.raises(StoreError, match="could not be upgraded"):
        Library(db_path)
    assert "Only in the earlier backup" in "\n".join(_dump(earlier))  # (untouched)
    # (the copy written for the failed try went with it: the library is as it copied it,
    # RR21-7; one per try piled up)
    assert [b.path for b in backups.list_backups(db_path)] == [earlier.absolute()]
    assert "Kept through the migration." in "\n".join(_dump(db_path)) and _version(db_path) == 2
    monkeypatch.undo()
    with Library(db_path) as library:
        upgrade = library.upgrade
    assert upgrade.backup.version == 2 and "Only in the earlier backup" not in "\n".join(
        _dump(upgrade.backup.path))
    assert earlier.name in {b.path.name for b in upgrade.removed}
    assert [b.path for b in backups.list_backups(db_path)] == [upgrade.backup.path]


def test_failed_upgrades_leave_one_backup_per_schema_not_one_per_try(db_path, monkeypatch):
    """Review RR21-7: every failed try to upgrade left one more full copy beside the library
    (backup-2, -3 …; 1.1 GB each at 100k) until an upgrade succeeded. The first try's copy
    stays (the library as it was); a later failed try's copy of the same schema goes."""
    _old_library(db_path)

    def fails(db, attempts=5):
        raise RuntimeError("a migration's own check failed")

    monkeypatch.setattr(store_connection, "_migrate", fails)
    for _ in range(4):
        with pytest.raises(StoreError, match="could not be upgraded"):
            Library(db_path)
    assert [b.path for b in backups.list_backups(db_path)] == [backup_path(db_path, 2).absolute()]
    assert _version(backup_path(db_path, 2)) == 2 and _version(db_path) == 2
    monkeypatch.undo()
    with Library(db_path) as library:
        assert library.upgrade is not None
    assert [b.version for b in backups.list_backups(db_path)] == [2]


def test_a_failed_upgrade_that_applied_some_steps_keeps_its_copy(db_path, monkeypatch):
    """A try that failed after some steps were applied changed the library: its copy is
    the only one of the library as it was, and stays beside the earlier one."""
    earlier = backup_path(db_path, 2)
    _old_library(earlier, title="Only in the earlier backup")
    _old_library(db_path)

    def some_then_fails(db, attempts=5):
        migrations.apply(db.utils, stop_before="0004_ids_never_reused")
        raise RuntimeError("a migration's own check failed")

    monkeypatch.setattr(store_connection, "_migrate", some_then_fails)
    with pytest.raises(StoreError, match="could not be upgraded"):
        Library(db_path)
    assert _version(db_path) == 3 and len(backups.list_backups(db_path)) == 2


def test_no_room_for_the_backup_refuses_before_anything_is_written(db_path, monkeypatch):
    _old_library(db_path)
    before = _dump(db_path)
    monkeypatch.setattr(backups, "free_space", lambda folder: 4096)

    with pytest.raises(StoreError) as raised:
        Library(db_path)

    message = str(raised.value)
    assert "\n" not in message and "free some space" in message and "4.0 KB" in message
    assert raised.value.args[0].code == "store.backup-no-room"
    assert _dump(db_path) == before and _version(db_path) == 2  # never half-migrated
    assert backups.list_backups(db_path) == [] and _leftovers(db_path.parent) == []


def test_a_backup_that_fails_midway_leaves_no_file_and_no_upgrade(db_path, monkeypatch):
    _old_library(db_path)

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", disk_full)
    with pytest.raises(StoreError, match="No space left on device") as raised:
        Library(db_path)
    assert raised.value.args[0].code == "store.backup-failed"
    assert _version(db_path) == 2
    assert backups.list_backups(db_path) == [] and _leftovers(db_path.parent) == []


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_copy_left_by_a_killed_upgrade_is_removed_by_the_next_one(db_path, monkeypatch):
    """A kill during the copy leaves the hidden copy (and its journal) as big as the library;
    the next upgrade removes it before counting the free space, and keeps a live writer's
    (review R16-2)."""
    import os

    _old_library(db_path)
    folder = db_path.parent
    dead = _dead_pid()
    stale = [folder / f".{db_path.stem}.schema-v2.backup{db_path.suffix}.{dead}.writing{end}"
             for end in ("", "-journal")]
    live = [folder / f".{db_path.stem}.schema-v1.backup{db_path.suffix}.{pid}.writing"
            for pid in (os.getpid(), os.getppid())]
    other = folder / f".other.schema-v2.backup{db_path.suffix}.{dead}.writing"  # not ours
    for path in [*stale, *live, other]:
        path.write_bytes(b"x" * 4096)
    # room for the copy only once the stale one's room is given back
    monkeypatch.setattr(backups, "free_space",
                        lambda where: 0 if stale[0].exists() else 10**12)

    with Library(db_path) as library:
        assert library.upgrade is not None and library.upgrade.from_version == 2

    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in live) and other.exists()
    assert [b.version for b in backups.list_backups(db_path)] == [2]


def test_removing_takes_only_the_librarys_own_backups(db_path, tmp_path):
    _old_library(db_path)
    Library(db_path).close()
    other = tmp_path / "other.schema-v2.backup.sqlite"
    other.write_bytes(b"another library's backup")

    for name in (db_path.name, other.name, "notes.txt", str(tmp_path / "x" / db_path.name)):
        with pytest.raises(StoreError, match="is not a backup of"):
            backups.remove_backup(db_path, name)
    assert db_path.exists() and other.exists()

    removed = backups.remove_backup(db_path, backup_path(db_path, 2).name)
    assert removed.version == 2 and not removed.path.exists()
    assert backups.list_backups(db_path) == []


def test_a_library_whose_name_has_glob_characters_lists_its_own_backups(tmp_path):
    library = tmp_path / "news [2024].sqlite"
    _old_library(library)
    Library(library).close()
    (tmp_path / "news 2.schema-v2.backup.sqlite").write_bytes(b"")
    assert [b.path.name for b in backups.list_backups(library)] == [
        "news [2024].schema-v2.backup.sqlite"]


def test_a_library_without_a_suffix_and_its_namesake_keep_their_own_backups(tmp_path):
    """Review F8-7 (session 8): ``news`` and ``news.sqlite`` in one folder named their
    backups alike, so one's upgrade replaced or removed the other's copy."""
    bare, named = tmp_path / "news", tmp_path / "news.sqlite"
    _old_library(bare, title="Bare")
    _old_library(named, title="Named")
    Library(named).close()
    Library(bare).close()
    assert [b.path.name for b in backups.list_backups(bare)] == ["news.schema-v2.backup"]
    assert [b.path.name for b in backups.list_backups(named)] == [
        "news.schema-v2.backup.sqlite"]
    for library, title in ((bare, "Bare"), (named, "Named")):
        conn = sqlite3.connect(backups.list_backups(library)[0].path)
        try:
            assert conn.execute("SELECT title FROM articles").fetchone()[0] == title
        finally:
            conn.close()


def test_sizes_read_as_people_write_them():
    assert backups.readable_size(512) == "512 bytes"
    assert backups.readable_size(4096) == "4.0 KB"
    assert backups.readable_size(1_181_116_006) == "1.1 GB"
    assert backups.readable_size(250 * 2**20) == "250 MB"


# ------------------------------------------------------------------------ the CLI
def _kutip(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_the_cli_says_once_on_stderr_where_the_backup_is(db_path):
    _old_library(db_path)
    result = _kutip(db_path, "list")
    assert result.exit_code == 0, result.output
    assert "Old article" in result.stdout and "schema-v2" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and str(backup_path(db_path, 2).absolute()) in lines[0]
    assert "`kutip backups`" in lines[0]
    assert _kutip(db_path, "list").stderr == ""  # once


def test_kutip_backups_lists_and_removes(db_path):
    _old_library(db_path)
    assert "No backups of" in _kutip(db_path, "backups").stdout  # (opens nothing)
    assert _version(db_path) == 2
    _kutip(db_path, "list")

    listed = _kutip(db_path, "backups")
    backup = backup_path(db_path, 2).absolute()
    assert listed.exit_code == 0 and f"{backup}  schema 2" in listed.stdout
    as_json = _kutip(db_path, "backups", "--json")
    assert '"schema": 2' in as_json.stdout and str(backup) in as_json.stdout

    refused = _kutip(db_path, "backups", "remove", db_path.name)
    assert refused.exit_code == 1 and "is not a backup of" in refused.output
    assert len(refused.output.strip().splitlines()) == 1 and db_path.exists()
    assert _kutip(db_path, "backups", "remove").exit_code == 2  # names or --all

    removed = _kutip(db_path, "backups", "remove", "--all")
    assert removed.exit_code == 0 and f"Removed {backup}" in removed.stdout
    assert not backup.exists() and db_path.exists()


def test_kutip_backups_on_a_team_library_is_one_line(db_path):
    result = _kutip("postgresql://coder@localhost/news", "backups")
    assert result.exit_code == 1 and "team library" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_read_only_library_of_an_older_schema_is_one_line_and_gets_no_backup(
        db_path, monkeypatch):
    """R14-6: an older library that cannot be written here (immutable, a read-only mount)
    said "cannot be used as a Kutip library: attempt to write a readonly database" and wrote
    a full backup next to it first, at every try (1.1 GB at 100k). It says why now, and
    copies nothing."""
    _old_library(db_path)
    before = _dump(db_path)
    connect = store_connection._connect

    def read_only_media(path):  # (chmod does not stop root: SQLite's own read-only switch)
        conn, why = connect(path)
        conn.execute("PRAGMA query_only = ON")
        return conn, why

    monkeypatch.setattr(store_connection, "_connect", read_only_media)
    for _ in range(2):
        with pytest.raises(StoreError) as raised:
            Library(db_path)
        assert raised.value.args[0].code == "store.old-and-read-only"
        assert "older Kutip (schema 2) and is read-only here" in str(raised.value)
        assert "readonly database" not in str(raised.value)
        assert not backup_path(db_path, 2).exists() and _leftovers(db_path.parent) == []
    result = CliRunner().invoke(cli, ["--db", str(db_path), "list"])
    assert result.exit_code == 1 and "Nothing was changed" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    monkeypatch.undo()
    assert _dump(db_path) == before and _version(db_path) == 2
    with Library(db_path) as library:  # writable again: upgraded as ever
        assert library.upgrade is not None and _version(db_path) == SCHEMA_VERSION


def test_a_read_only_file_in_rollback_mode_is_still_read(tmp_path):
    """R14-6's neighbour: a file SQLite opened read-only cannot switch to WAL; the switch
    refused to open it at all ("attempt to write a readonly database"). It is read as it is."""
    path = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)  # (as SQLite opens it)
    store_connection._switch_to_wal(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
    conn.close()
