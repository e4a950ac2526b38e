"""File modes of what Kutip writes (review R15-13).

Exports are for sharing: a new ``.kutip`` or ``.qdpx`` gets the umask's mode as a Markdown or
CSV export does (a colleague's ``kutip merge`` on a shared drive must read it), and an
existing file keeps its own. A library is private: a new one, its journals and the backups
written before an upgrade are its owner's alone (``0600``) whatever the umask; an existing
library keeps the mode its owner gave it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import zipfile

import pytest
from sqlite_utils import Database

from reader.core.export.kutipfile import write_zip
from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.store import SCHEMA_VERSION, backup_path
from reader.core.store.migrations import migrations

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_zip_gets_the_umasks_mode_and_an_existing_one_keeps_its_own(tmp_path, umask_022):
    fresh = tmp_path / "fresh.kutip"
    write_zip(fresh, {"a.json": b"{}"})
    assert _mode(fresh) == 0o644
    with zipfile.ZipFile(fresh) as archive:
        assert archive.read("a.json") == b"{}"
    kept = tmp_path / "kept.kutip"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_zip(kept, {"b.json": b"[]"})
    assert _mode(kept) == 0o640 and zipfile.is_zipfile(kept)
    os.umask(0o077)
    private = tmp_path / "private.kutip"
    write_zip(private, {"a.json": b"{}"})
    assert _mode(private) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.kutip", "kept.kutip",
                                                          "private.kutip"]


def test_a_zip_through_a_symlink_replaces_its_target(tmp_path, umask_022):
    real = tmp_path / "real.qdpx"
    real.write_bytes(b"old")
    real.chmod(0o660)
    link = tmp_path / "link.qdpx"
    link.symlink_to(real)
    write_zip(link, {"project.qde": b"<x/>"})
    assert link.is_symlink() and zipfile.is_zipfile(real) and _mode(real) == 0o660


@pytest.mark.parametrize("fmt", ["kutip", "qdpx", "md", "qdc"])
def test_every_export_format_writes_a_new_file_with_the_same_mode(run, tmp_path, umask_022,
                                                                  fmt):
    target = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o644


def test_a_new_library_and_its_journals_are_its_owners_alone(tmp_path, umask_022):
    path = tmp_path / "notes.sqlite"
    with Library(path) as library:
        library.articles.add(ImportedArticle(title="Judul", text="Kami setuju, kata Budi."))
        journals = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        assert all(j.exists() for j in journals)
        assert [_mode(p) for p in (path, *journals)] == [0o600, 0o600, 0o600]
    with Library(path) as again:  # opened again: still private, nothing else changed
        assert len(again.articles.ids()) == 1
    assert _mode(path) == 0o600


def test_the_cli_makes_a_new_library_private(run, tmp_path, umask_022):
    path = tmp_path / "cli.sqlite"
    assert run("list", db=path).exit_code == 0
    assert _mode(path) == 0o600


def test_an_existing_library_keeps_its_mode_and_its_backup_is_private(tmp_path, umask_022):
    path = tmp_path / "shared.sqlite"
    old = Database(sqlite3.connect(path))
    migrations.apply(old, stop_before="0003_suggestions_and_sources")
    old.close()
    path.chmod(0o640)  # its owner shares it with a group: Kutip keeps that
    with Library(path) as library:
        assert library.upgrade is not None and library.upgrade.to_version == SCHEMA_VERSION
        assert _mode(path) == 0o640
    backup = backup_path(path, 2)
    assert backup.exists() and _mode(backup) == 0o600


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node takes root")
def test_a_zip_export_into_a_device_writes_through_it_never_replaces_it(tmp_path):
    """R15-19: `kutip export --format kutip -o <device>` os.replace()d the node with a
    regular file (as root, `-o /dev/null` would have replaced /dev/null for everyone). A
    private copy of /dev/null's node, never the real one."""
    node = tmp_path / "mynull"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    write_zip(node, {"manifest.json": b"{}"})
    assert stat.S_ISCHR(os.stat(node).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mynull"]  # no temporary left


def test_a_zip_export_into_a_fifo_writes_through_it(tmp_path):
    """A named pipe: written into (a reader takes it), never replaced; and the database
    check of the target no longer opens it for reading first (that waited forever for a
    writer)."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_zip(fifo, {"manifest.json": b"{}"})
    reader.join(10)
    assert not reader.is_alive() and got and got[0][:2] == b"PK"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("form", ["md", "csv", "kutip"])
def test_an_export_to_dev_stdout_reaches_a_pipe(tmp_path, form):
    """`kutip export -o /dev/stdout | …` (review R15-13): /dev/stdout is a link to
    /proc/self/fd/1, whose link reads ``pipe:[…]`` when stdout is a pipe, so the real path
    named no file and the export failed with "No such file or directory". Written through
    the name given, the export reaches the pipe, and the report stays on stderr."""
    import subprocess

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    done = subprocess.run(
        [sys.executable, "-m", "reader.cli", "--db", str(library), "export", "--format",
         form, "-o", "/dev/stdout"], capture_output=True, timeout=120)  # stdout: a pipe
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"PK" if form == "kutip" else b"")
    assert len(done.stdout) > 20 and b"Wrote" not in done.stdout
    assert b"Wrote /dev/stdout" in done.stderr
    assert not list(tmp_path.glob(".*part"))


@pytest.mark.parametrize("form", ["md", "csv", "kutip"])
def test_an_export_to_dash_is_standard_output_not_a_file_named_dash(tmp_path, form):
    """Review R16-9: `kutip export -o -` wrote a file named "-" (and said "Wrote -"),
    while `kutip import -` reads standard input."""
    import subprocess

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    done = subprocess.run(
        [sys.executable, "-m", "reader.cli", "--db", str(library), "export", "--format",
         form, "-o", "-"], capture_output=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "-").exists()
    assert done.stdout.startswith(b"PK") if form == "kutip" else len(done.stdout) > 20
