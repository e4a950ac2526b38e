"""A library's name that SQLite gives a journal, and a path naming a folder (review R19-2).

A library could be made as ``X.sqlite-wal`` while ``X.sqlite`` was absent; opening
``X.sqlite`` then called that library "its journal" and advised deleting it. ``--db
folder/`` made a FILE named ``folder``. Now a new library may not take a journal's name, a
file beside a library that holds an SQLite database is never called its journal (nor is
SQLite let to write over it), and a path ending in a separator is refused in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from reader.core.library import Library, open_library
from reader.core.store.connection import open_database
from reader.core.store.errors import StoreError


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "reader.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_no_new_library_takes_a_journals_name(tmp_path, suffix):
    path = tmp_path / f"a.sqlite{suffix}"
    with pytest.raises(StoreError) as refused:
        open_database(path)
    assert refused.value.args[0].code == "store.journal-name"
    assert "nothing was created" in str(refused.value)
    assert not path.exists() and os.listdir(tmp_path) == []
    done = _cli("--db", str(path), "list", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
    assert f"does not end in “{suffix}”" in done.stderr and not path.exists()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_library_under_a_journals_name_is_never_called_a_journal(tmp_path, suffix):
    made = tmp_path / "made.sqlite"
    open_library(made, seed=True).close()
    odd = tmp_path / f"a.sqlite{suffix}"
    shutil.copyfile(made, odd)  # (as an older Kutip let it be made)
    before = odd.read_bytes()
    path = tmp_path / "a.sqlite"
    with pytest.raises(StoreError) as refused:
        open_database(path)
    message = str(refused.value)
    assert refused.value.args[0].code == "store.library-under-journal-name"
    assert "delete" not in message.lower() and f"a-{suffix[1:]}.sqlite" in message
    assert not path.exists() and odd.read_bytes() == before
    done = _cli("--db", str(path), "list", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
    assert "is a library" in done.stderr and "delete" not in done.stderr.lower()
    assert not path.exists() and odd.read_bytes() == before
    with Library(odd) as library:  # alone, it opens as the library it is
        assert library.articles.ids()


def test_a_library_under_a_journals_name_beside_its_library_is_refused_both_ways(tmp_path):
    path = tmp_path / "a.sqlite"
    Library(path).close()
    odd = tmp_path / "a.sqlite-wal"
    shutil.copyfile(path, odd)
    before = odd.read_bytes()
    for opened in (path, odd):
        with pytest.raises(StoreError) as refused:
            open_database(opened)
        assert refused.value.args[0].code == "store.library-under-journal-name"
    assert odd.read_bytes() == before


def test_a_real_journal_left_behind_is_still_named_as_one(tmp_path):
    path = tmp_path / "a.sqlite"
    (tmp_path / "a.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a WAL header
    with pytest.raises(StoreError) as refused:
        open_database(path)
    assert refused.value.args[0].code == "store.journal-left-behind"


@pytest.mark.parametrize("name", ["folder/", "sub/folder/"])
def test_a_path_ending_in_a_separator_names_a_folder(tmp_path, name):
    with pytest.raises(StoreError) as refused:
        open_database(str(tmp_path / name.rstrip("/")) + "/")
    assert refused.value.args[0].code == "file.folder-named"
    done = _cli("--db", name, "list", cwd=tmp_path)
    assert done.returncode != 0 and "names a folder" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and os.listdir(tmp_path) == []
