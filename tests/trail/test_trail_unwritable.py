"""R13-1 / R13-7: a trail is read as last kept when the library file cannot be written now.

A read-only library whose trail was behind showed no trail at all ("The library is
read-only; nothing was changed." and "No statement is quoted more than once yet"), and
opening a trail in the app while another program held the write lock froze the window for
two busy timeouts (~30 s): bringing the trail up to date, then keeping the speakers found.
Now the trail shows as it was last brought up to date, and ``behind`` says how far."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from reader.core.store import CannotWriteNow

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
QUOTE = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas"
         " memastikan keamanan kami")


@pytest.fixture
def behind(seeded_library, seed_id):
    """A library whose trail holds the Lavrov statement, then one more outlet's copy
    imported: the trail is behind by that article."""
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, QUOTE, kind="quote", speaker="Lavrov")
    lib.imports.paths([DATA / "antara-lavrov.txt"])
    lib.trail.refresh()
    kept = len(lib.trail.trail(quote.id).versions)
    assert kept == 2  # (the seed and ANTARA)
    lib.imports.paths([DATA / "republika-lavrov.txt"])
    assert lib.trail.pending() > 0
    return lib, quote, kept


def test_a_read_only_library_reads_its_trail_as_last_kept(behind):
    lib, quote, kept = behind
    lib._session.stores.db.conn.execute("PRAGMA query_only = ON")  # (writes: read-only)
    with pytest.raises(CannotWriteNow):  # (what a write meets: one line, nothing changed)
        lib.annotations.add_exact(lib.articles.ids()[0], QUOTE, kind="quote")
    report = lib.trail.refresh()  # no error: nothing could be taken in
    assert report.processed == 0
    assert lib.trail.clusters(), "the statement quoted more than once is still listed"
    assert len(lib.trail.trail(quote.id).versions) == kept
    note = lib.trail.behind()
    assert note is not None and "Changes not in the quote trail yet" in note
    lib._session.stores.db.conn.execute("PRAGMA query_only = OFF")
    lib.trail.refresh()
    assert lib.trail.behind() is None
    assert len(lib.trail.trail(quote.id).versions) == kept + 1


def test_a_read_only_library_reads_a_trail_an_older_kutip_built(behind):
    """Review 15: after a KEYS bump, a read-only library's Quotes list (an archive, a file on
    a read-only share) was empty with "The library is read-only; nothing was changed.": the
    trail of older keys had to be built again, which cannot be written. It is shown as the
    older Kutip left it, and ``behind`` says so; once writable, it is built again."""
    lib, quote, kept = behind
    stores = lib._session.stores
    with stores.transaction():
        stores.trail.set_state("keys", "0")  # (as an older Kutip left it)
    stores.db.conn.execute("PRAGMA query_only = ON")
    report = lib.trail.refresh()
    assert report.held_back and not report.rebuilt
    assert lib.trail.clusters()
    assert len(lib.trail.trail(quote.id).versions) == kept
    assert "built by an older Kutip and the library cannot be written now" in str(
        lib.trail.behind())
    stores.db.conn.execute("PRAGMA query_only = OFF")
    assert lib.trail.refresh().rebuilt
    assert lib.trail.behind() is None
    assert len(lib.trail.trail(quote.id).versions) == kept + 1


def test_a_trail_read_without_waiting_gives_up_at_once_when_another_program_writes(
        behind, db_path):
    lib, quote, kept = behind
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        started = time.monotonic()
        with lib.trail.without_waiting():
            trail = lib.trail.trail(quote.id)
        assert time.monotonic() - started < 5  # (was two waits of 15 s)
        assert len(trail.versions) == kept
        assert "Changes not in the quote trail yet" in lib.trail.behind()
    finally:
        other.rollback()
        other.close()
    lib.trail.refresh()
    assert len(lib.trail.trail(quote.id).versions) == kept + 1


def test_a_trail_not_built_on_a_read_only_library_says_so(seeded_library):
    """R18-4: the line said the library "can be read, but nothing can be tagged or changed",
    which reads as if listing quotes should work; it says the trail is not built, that it is
    kept in the library, why it cannot be written, and what to do."""
    seeded_library._session.stores.db.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(CannotWriteNow, match="read-only folder or drive") as raised:
        seeded_library.trail.refresh()
    assert "quote trail is not built yet" in str(raised.value)
    assert "Copy the library to a folder you can write to" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_finding_speakers_in_idle_time_never_waits_for_another_writer(behind, db_path):
    """R13-13: the app's idle-time step (``find_speakers``, in the Quotes view's thread)
    waited out the busy timeout (15 s) to keep what it found while another program held
    the write lock, and closing the window waited for it. It now gives up at once, keeping
    nothing (the open works its trail out, as before), and finds them once it can write."""
    lib, quote, _ = behind
    lib.trail.refresh()
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(CannotWriteNow):
            lib.trail.find_speakers()
        assert time.monotonic() - started < 5  # (was 15 s a step)
    finally:
        other.rollback()
        other.close()
    assert lib.trail.find_speakers() == 1  # Republika's version (ANTARA's kept by the open)


def test_finding_speakers_on_a_read_only_library_stops_at_the_first_step(behind):
    lib, _, _ = behind
    lib.trail.refresh()
    lib._session.stores.db.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(CannotWriteNow):
        lib.trail.find_speakers()
    lib._session.stores.db.conn.execute("PRAGMA query_only = OFF")
    assert lib.trail.find_speakers() == 1


def test_a_trail_without_its_signature_rows_is_made_up_to_date_in_a_thread(behind):
    """R13-11: a trail built before ``trail_sigs`` got its rows on the first refresh, on
    the window's thread when few changes waited (~9 s at 100,000 articles, one write): that
    is a long job too, for the Quotes view's thread."""
    lib, _quote, _kept = behind
    lib.trail.refresh()
    assert not lib.trail.long_job(500)
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_sigs")  # (as a trail built before them)
    assert lib.trail.pending() == 0 and lib.trail.long_job(500)
    lib.trail.refresh()
    assert not lib.trail.long_job(500)
