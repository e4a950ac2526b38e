"""Two processes opening one old library: one upgrades it, the other waits and does nothing,
and the backup stays the library as it was (review F8-11: without a lock, the second could
read the old version, then copy the file the first had just upgraded over the true backup)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_backups import _old_library, _version

from reader.cli import cli
from reader.core.store import SCHEMA_VERSION, StoreError, backup_path, backups

ROOT = Path(__file__).resolve().parents[1]

# A process opening the library; PAUSE names where it stops until GO exists (after creating
# AT): "read" = right after it read the library's version, "copied" = after its backup.
OPEN = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from reader.core.store import connection, backups

    db, pause, at, go = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])

    def wait():
        at.touch()
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    if pause == "read":
        real, calls = connection.applied_version, []
        def applied_version(db):
            version = real(db)
            calls.append(version)
            if len(calls) == 1:
                wait()
            return version
        connection.applied_version = applied_version
    elif pause == "copied":
        real_write = backups.write_backup
        def write_backup(*args):
            done = real_write(*args)
            wait()
            return done
        backups.write_backup = write_backup

    db = connection.open_database(db)
    upgrade = db.kutip_upgrade
    print("upgraded" if upgrade else "nothing to do",
          upgrade.from_version if upgrade else "", flush=True)
    db.close()
""")


def _start(tmp_path, db_path, pause, name):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen(
        [sys.executable, "-c", OPEN, str(db_path), pause, str(tmp_path / f"{name}.at"),
         str(tmp_path / f"{name}.go")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env)


def _wait_for(path: Path, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(process.communicate())
        assert time.monotonic() < deadline, f"{path.name} never came"
        time.sleep(0.02)


def _finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.strip()


def test_a_process_that_read_the_old_version_before_the_other_upgraded_does_nothing(
        tmp_path, db_path):
    """The reviewer's race: B reads schema 2, A backs up and upgrades, then B goes on."""
    _old_library(db_path)
    late = _start(tmp_path, db_path, "read", "late")
    _wait_for(tmp_path / "late.at", late)  # B has read schema 2 and stands still
    first = _start(tmp_path, db_path, "", "first")
    assert _finish(first) == "upgraded 2"
    assert _version(backup_path(db_path, 2)) == 2
    (tmp_path / "late.go").touch()
    said = _finish(late)
    assert _version(backup_path(db_path, 2)) == 2  # still the library as it was
    assert said == "nothing to do" and _version(db_path) == SCHEMA_VERSION


def test_a_second_process_waits_while_the_first_backs_up_and_upgrades(tmp_path, db_path):
    _old_library(db_path)
    first = _start(tmp_path, db_path, "copied", "first")
    _wait_for(tmp_path / "first.at", first)  # A has copied the library, not yet migrated
    second = _start(tmp_path, db_path, "", "second")
    time.sleep(1.0)
    assert second.poll() is None  # B waits for A's upgrade to end
    assert _version(db_path) == 2
    (tmp_path / "first.go").touch()
    assert _finish(first) == "upgraded 2"
    assert _finish(second) == "nothing to do"
    assert [b.version for b in backups.list_backups(db_path)] == [2]
    assert _version(backup_path(db_path, 2)) == 2 and _version(db_path) == SCHEMA_VERSION
    assert not list(tmp_path.glob(".*.upgrading"))  # the lock file went with the lock


def test_a_library_being_upgraded_elsewhere_for_too_long_is_one_line(
        tmp_path, db_path, monkeypatch):
    _old_library(db_path)
    monkeypatch.setattr(backups, "UPGRADE_WAIT", 0.3)
    with backups.upgrade_lock(db_path):  # as another process would hold it
        result = CliRunner().invoke(cli, ["--db", str(db_path), "list"])
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: {db_path} is being upgraded by another Kutip; "
                                     "try again when it has finished.")
    assert _version(db_path) == 2 and backups.list_backups(db_path) == []  # nothing done


def test_the_lock_is_one_for_every_name_of_the_library(tmp_path, db_path):
    _old_library(db_path)
    link = tmp_path / "link.sqlite"
    link.symlink_to(db_path)
    with backups.upgrade_lock(db_path):
        with pytest.raises(StoreError, match="being upgraded by another Kutip"):
            with backups.upgrade_lock(link, wait=0.1):
                pass
    with backups.upgrade_lock(link):  # free again once released
        pass


def test_a_file_system_without_locks_still_upgrades(db_path, monkeypatch):
    import errno

    def no_locks(fd):
        raise OSError(errno.ENOLCK, "No locks available")

    _old_library(db_path)
    monkeypatch.setattr(backups, "_try_lock", no_locks)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "list"])
    assert result.exit_code == 0 and "Upgraded library.sqlite" in result.output
    assert _version(backup_path(db_path, 2)) == 2 and _version(db_path) == SCHEMA_VERSION
