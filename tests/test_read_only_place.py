"""A library in a folder that cannot be written (a read-only mount, a write-protected USB
stick, a snapshot, a colleague's folder) opens read-only (review R16-3). SQLite cannot
make the WAL index beside such a library and failed to open it at all: "cannot be opened
as a Kutip library: unable to open database file" for every command, reading included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from reader.core.library import Library, open_library
from reader.core.store.connection import READ_ONLY_PLACE
from reader.core.store.errors import CannotWriteNow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders")


@pytest.fixture
def locked_folder(tmp_path):
    """A folder holding a library (closed, its journals gone, as a copy is), which may
    not be written afterwards: 0555, or immutable for root (who writes a 0555 folder)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    with open_library(folder / "news.sqlite", seed=True) as library:
        library.annotations.add(library.articles.ids()[0], 0, 20, kind="highlight")
    assert sorted(p.name for p in folder.iterdir()) == ["news.sqlite"]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("no way to make a folder read-only for root here")
    else:
        folder.chmod(0o555)
    yield folder
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_a_library_in_a_read_only_folder_is_read_and_says_why(locked_folder):
    with Library(locked_folder / "news.sqlite") as library:
        assert library.read_only == READ_ONLY_PLACE
        [article] = library.articles.ids()
        assert len(library.annotations.for_article(article)) == 1
        assert library.search.find("Lavrov")
        with pytest.raises(CannotWriteNow) as refused:
            library.annotations.add(article, 0, 10, kind="highlight")
        assert str(refused.value) == str(READ_ONLY_PLACE)
    assert sorted(p.name for p in locked_folder.iterdir()) == ["news.sqlite"]


def test_the_cli_lists_it_and_refuses_a_write_in_one_line(locked_folder):
    path = str(locked_folder / "news.sqlite")

    def kutip(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "reader.cli", "--db", path, *args],
                              capture_output=True, text=True, timeout=120)

    listed = kutip("list")
    assert listed.returncode == 0, listed.stderr
    assert "Lavrov" in listed.stdout or "Rusia" in listed.stdout
    refused = kutip("annotate", "1", "Lavrov", "--kind", "highlight")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().count("\n") == 0, refused.stderr
    assert "read-only here" in refused.stderr
