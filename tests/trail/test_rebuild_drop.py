"""A rebuild frees the replaced trail's pages without writing them again (issue 15): SQLite
built with SECURE_DELETE (Debian's and Ubuntu's) overwrote every page of the dropped tables
with zeros, through the journal, so a second Rebuild Quote Trails on a big library wrote
about twice what a first does and waited on the disk. The quotations of articles deleted
since the trail last caught up, or whose text was edited since, are still deleted as any
delete is (their words gone from the file); a kill between the swap
and the drop leaves the new trail, and the next rebuild drops what was left."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.models import ImportedArticle

ROOT = Path(__file__).resolve().parents[2]


def _word(n: int, part: int, w: int) -> str:
    """A word of its own for each place of each statement (letters only: one key each)."""
    number, letters = (n * 2 + part) * 12 + w, ""
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
    return "zq" + letters


def _said(n: int, part: int) -> str:
    return " ".join(_word(n, part, w) for w in range(12))


def _articles(count: int, start: int = 0) -> list[ImportedArticle]:
    """Articles each quoting two statements of their own (no word shared with another's)."""
    said = _said

    return [ImportedArticle(title=f"Berita {n}", source=f"Outlet {n % 7}",
                            content_hash=f"drop-{n}", published="2021-12-24",
                            text=f"Jakarta – “{said(n, 0)},” kata Budi {n}. Lalu “{said(n, 1)},”"
                                 f" ujar Ani {n}.")
            for n in range(start, start + count)]


def _wal_frames_of_rebuild(lib: Library, wal: Path) -> int:
    """The pages a rebuild writes (the journal is not copied back meanwhile: it only grows)."""
    db = lib.stores.db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert wal.stat().st_size == 0
    lib.trail.rebuild()
    return (wal.stat().st_size - 32) // (db.execute("PRAGMA page_size").fetchone()[0] + 24)


def test_a_second_rebuild_writes_no_more_than_the_first(db_path):
    lib = Library(db_path)
    try:
        db = lib.stores.db
        db.execute("PRAGMA secure_delete = 1")  # (as Debian's SQLite has it: here on any)
        db.execute("PRAGMA wal_autocheckpoint = 0")
        lib.bulk.add_articles(_articles(400))
        wal = Path(f"{db_path}-wal")
        first = _wal_frames_of_rebuild(lib, wal)
        second = _wal_frames_of_rebuild(lib, wal)
        freed = db.execute("PRAGMA freelist_count").fetchone()[0]
        assert freed > 100  # (the replaced trail's pages: enough to tell)
        # before: the drop wrote every freed page again (second ≈ first + freed)
        assert second < first + freed / 4, (first, second, freed)
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1  # (set back)
    finally:
        lib.close()


def _deleted(lib: Library, article_id: int) -> None:
    lib.articles.delete(article_id)


def _edited(lib: Library, article_id: int) -> None:
    lib.texts.replace(article_id, "Jakarta – Teks ini sudah disunting: redacted.")


@pytest.mark.parametrize("removed", [_deleted, _edited])
def test_the_quotations_an_article_no_longer_has_are_not_left_in_the_file(db_path, removed):
    """An article deleted, or its text edited (Edit Article Text), since the trail last
    caught up: the replaced trail's quotations of it are deleted as any delete is before
    the fast drop, so the removed words are gone from the file (an edit's were freed
    unzeroed, still readable in it, misc21)."""
    lib = Library(db_path)
    try:
        db = lib.stores.db
        db.execute("PRAGMA secure_delete = 1")
        lib.bulk.add_articles(_articles(60))
        lib.trail.refresh()
        gone = db.execute("SELECT id FROM articles WHERE title = 'Berita 17'").fetchone()[0]
        removed(lib, gone)
        lib.trail.rebuild()  # (the removed words still in the replaced trail's items)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert not db.execute("SELECT 1 FROM trail_items WHERE article_id = ?", [gone]
                              ).fetchone()
    finally:
        lib.close()
    data = Path(db_path).read_bytes()
    assert _said(17, 0).encode() not in data and _said(17, 1).encode() not in data
    assert _said(18, 0).encode() in data  # (the test reads the file right)


KILLED_AFTER_SWAP = """
import importlib, os, signal, sys
sys.path.insert(0, {root!r})
from reader.core.library import Library
trail = importlib.import_module("reader.core.store.sqlite.trail")

def killed(self, keep_unfinished=False):
    os.kill(os.getpid(), signal.SIGKILL)  # (between the swap and the drop)

trail.SqliteTrail.end_build = killed
with Library(sys.argv[1]) as lib:
    lib.trail.rebuild()
"""


def _figures(lib: Library) -> list[tuple[int, int, str]]:
    return [(c.size, c.outlets, c.text) for c in lib.trail.clusters(ClusterFilter())]


def _tables(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'trail%'"))


def test_a_kill_between_the_swap_and_the_drop_leaves_the_new_trail(db_path):
    with Library(db_path) as lib:
        lib.bulk.add_articles(_articles(30))
        lib.bulk.add_articles([ImportedArticle(  # (a second outlet's copy: one cluster)
            title="Salinan", source="Lain", content_hash="drop-copy", published="2021-12-25",
            text=f"Bandung – “{_said(3, 0)},” kata Budi.")])
        lib.trail.refresh()
        before = _figures(lib)
        live = _tables(db_path)
    assert before
    done = subprocess.run([sys.executable, "-c", KILLED_AFTER_SWAP.format(root=str(ROOT)),
                           str(db_path)], env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == -signal.SIGKILL
    assert [t for t in _tables(db_path) if t not in live] == sorted(
        t + "_old" for t in ("trail_items", "trail_postings", "trail_links", "trail_clusters",
                             "trail_words", "trail_sigs"))
    with Library(db_path) as again:
        started = time.monotonic()
        assert _figures(again) == before  # the new trail, whole
        assert again.trail.rebuild().rebuilt
        assert time.monotonic() - started < 60
        assert _figures(again) == before
    assert _tables(db_path) == live
