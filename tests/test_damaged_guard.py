"""A damaged library is never written to again, by any process (issue 17, item 10)."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.store import DamagedLibrary, damage_marker
from tests.test_faults import _damage_deep_inside, _valid_library, kutip, write_story


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_one_process_found_stops_the_next_process_from_writing(tmp_path):
    db = tmp_path / "library.sqlite"
    before = _damage_deep_inside(db)
    story = write_story(tmp_path / "story.txt", 3)

    assert kutip(db, "search", "berita").returncode == 1  # finds the damage
    assert damage_marker(db).exists()
    result = kutip(db, "import", str(story))  # a new process: refused, file untouched

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error: The library file is damaged: ")
    assert _digest(db) == before


def test_a_library_already_open_honours_damage_found_elsewhere(tmp_path):
    db = tmp_path / "library.sqlite"
    _damage_deep_inside(db)
    library = Library(db)  # opened before anyone noticed
    try:
        assert kutip(db, "list").returncode == 1
        with pytest.raises(DamagedLibrary):
            library.articles.add(ImportedArticle(title="Baru", text="Isi.", content_hash="b"))
    finally:
        library.close()


def test_a_library_restored_from_a_backup_is_writable_again(tmp_path):
    db = tmp_path / "library.sqlite"
    good = _valid_library(tmp_path / "good.sqlite")
    _damage_deep_inside(db)
    assert kutip(db, "search", "berita").returncode == 1
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"library.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copyfile(good, db)  # the user restores the backup

    result = kutip(db, "import", str(write_story(tmp_path / "story.txt", 4)))

    assert result.returncode == 0, result.stderr
    assert not damage_marker(db).exists()


def test_a_marked_library_is_opened_for_reading_only(tmp_path):
    db = tmp_path / "library.sqlite"
    _damage_deep_inside(db)
    damage_marker(db).write_text("The library file is damaged: earlier.\n")
    with Library(db) as library:
        with pytest.raises(DamagedLibrary, match="earlier"):
            library.tags.create("baru")
