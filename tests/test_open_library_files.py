"""The library Kutip has open is never opened as some other file (R15-1, R15-2).

Closing any descriptor of a file drops every POSIX lock the process holds on it, the locks
of its SQLite connections included; another program that then closes its last connection
deletes the write-ahead log under them, and their later writes are lost without an error
(R14-8). Naming the open library as the file to import, merge, read a template from or
export to must be refused by ``os.stat`` alone, before anything opens it; and no export
ever replaces a database file, whatever its format.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.files import is_open_library, open_library_refusal
from reader.core.library import Library, LibraryError, open_library

#: rounds of: this process refuses the file; `kutip annotate` writes and exits; this process
#: writes (before the fix, 8 rounds kept 9 of 16 annotations)
ROUNDS = 8


def _read_template(library: Library, path: Path) -> None:
    from reader.core.export.rendering import TemplateError, _read_template

    with pytest.raises(TemplateError, match="library that is open"):
        _read_template(path)


def _import(library: Library, path: Path) -> None:
    named = path.with_name("notes.txt")  # (a .sqlite is refused by its type, unread)
    if not named.exists():
        named.symlink_to(path)
    report = library.imports.paths([str(named)])
    assert not report.imported
    assert [reason for _path, reason in report.failed] == [
        "it is the Kutip library that is open, which Kutip never reads or writes as another file"]


def _import_annotations(library: Library, path: Path) -> None:
    with pytest.raises(ValueError, match="library that is open"):
        library.exports.import_annotations_file(path)


def _merge(library: Library, path: Path) -> None:
    with pytest.raises((ValueError, LibraryError), match="library that is open"):
        library.exchange.merge(path, dry_run=True)


def _import_qdpx(library: Library, path: Path) -> None:
    with pytest.raises((ValueError, LibraryError), match="library that is open"):
        library.exchange.import_qdpx(path, dry_run=True)


def _export_file(library: Library, path: Path) -> None:
    with pytest.raises(LibraryError):
        library.exchange.export_file(path)


def _export_qdpx(library: Library, path: Path) -> None:
    with pytest.raises(LibraryError):
        library.exchange.export_qdpx(path)


def _export_qdc(library: Library, path: Path) -> None:
    with pytest.raises(LibraryError):
        library.exchange.export_qdc(path)


ENTRY_POINTS: dict[str, Callable[[Library, Path], None]] = {
    "import": _import, "import-annotations": _import_annotations, "merge": _merge,
    "import-qdpx": _import_qdpx, "template": _read_template, "export-kutip": _export_file,
    "export-qdpx": _export_qdpx, "export-qdc": _export_qdc,
}


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_naming_the_open_library_keeps_every_write(db_path, entry):
    """Each entry point refuses the library it has open, and another program's writes and
    this process's own all stay (before: 'database disk image is malformed' within a few
    rounds, writes lost without an error)."""
    open_library(db_path, seed=True).close()
    setup = sqlite3.connect(db_path)
    marked = setup.execute("SELECT count(*) FROM annotations").fetchone()[0]
    setup.close()
    library = open_library(db_path)
    article = library.articles.ids()[0]
    before = db_path.stat()
    for _ in range(ROUNDS):
        ENTRY_POINTS[entry](library, db_path)
        subprocess.run([sys.executable, "-m", "reader", "--db", str(db_path), "annotate",
                        str(article), "Ukraina", "--kind", "highlight"],
                       check=True, capture_output=True)  # another program writes, and closes
        library.annotations.add_exact(article, "Rusia", kind="highlight")
    library.close()
    after = sqlite3.connect(db_path)
    assert after.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert after.execute("SELECT count(*) FROM annotations").fetchone()[0] == marked + 2 * ROUNDS
    after.close()
    assert db_path.stat().st_ino == before.st_ino  # never replaced


def test_the_open_library_is_told_by_its_file_not_its_spelling(db_path, tmp_path):
    library = open_library(db_path, seed=True)
    link = tmp_path / "link.sqlite"
    link.symlink_to(db_path)
    for name in (db_path, link, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"),
                 Path(f"{link}-journal")):
        assert is_open_library(name), name
        assert open_library_refusal(name) is not None
    other = tmp_path / "other.sqlite"
    open_library(other).close()  # a library this process no longer has open
    assert not is_open_library(other)
    assert not is_open_library(tmp_path / "missing.json")
    library.close()
    assert not is_open_library(db_path)  # closed: nothing of it held


def test_a_link_to_a_journal_under_another_name_is_the_open_library_too(db_path, tmp_path):
    """Review R16-15: a link (symbolic or hard) to the library's -wal or -shm under another
    name ("notes.json") was read and closed by the process holding the library, dropping
    its locks (the R14-8 class): the journal is known by its own file now."""
    import os

    library = open_library(db_path, seed=True)
    library.annotations.add(library.articles.ids()[0], 0, 5, kind="highlight")  # (a -wal)
    soft, hard = tmp_path / "notes.json", tmp_path / "page.html"
    soft.symlink_to(f"{db_path}-wal")
    os.link(f"{db_path}-shm", hard)
    try:
        for name in (soft, hard):
            assert is_open_library(name), name
            assert open_library_refusal(name) is not None
        assert not is_open_library(tmp_path / "missing.json")
    finally:
        library.close()


@pytest.mark.parametrize("fmt", ["kutip", "qdpx", "qdc", "md", "csv", "json"])
@pytest.mark.parametrize("target", ["library", "wal", "backup"])
def test_no_export_format_replaces_a_database(run, db_path, tmp_path, fmt, target):
    """R15-1: `kutip export --format kutip|qdpx|qdc -o LIBRARY` wrote a zip or XML over the
    library; md and table refused. Every format refuses the library, its journal and any
    other database (a backup), with one line, and leaves the file as it was."""
    run("list")  # (makes the library)
    backup = tmp_path / "old.sqlite"
    sqlite3.connect(backup).execute("CREATE TABLE t (x)").connection.close()
    path = {"library": db_path, "wal": Path(f"{db_path}-wal"), "backup": backup}[target]
    before = path.read_bytes() if path.exists() else None
    result = run("export", "--format", fmt, "-o", str(path))
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    if target != "wal":  # (the write-ahead log itself is SQLite's to change)
        assert (path.read_bytes() if path.exists() else None) == before
    assert run("list").exit_code == 0


def test_a_refused_second_connection_never_reads_the_header_of_a_held_library(
        db_path, monkeypatch):
    """Why SQLite refused a file is read from its header only when this process does not
    have it open already: a worker thread's second connection meeting damage must not drop
    the first connection's locks by opening and closing the file (review 15)."""
    import builtins

    from reader.core.store import connection

    library = open_library(db_path, seed=True)
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda f, *a, **k: opened.append(f) or real_open(
        f, *a, **k))
    assert connection._not_sqlite(str(db_path)) is None
    assert str(db_path) not in map(str, opened)
    monkeypatch.undo()
    library.close()
