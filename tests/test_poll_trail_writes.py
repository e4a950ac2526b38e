"""Review R20-15 (part 1): the window's own trail thread wrote the trail after each quote,
and the window's poll announced that as "everything changed" (another process's write):
the library list read its filtered first page again and refilled its menus, 0.5-13 s of
the window's thread at 100,000 articles. A commit that only writes the trail, from a
thread of this process, is announced as the trail's alone; anybody else's write of data
still as everything."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.changes import Area, Changes
from reader.core.library import Library

LAVROV = "Kami tidak ingin berperang"
TRAIL_ONLY = Changes(frozenset({Area.TRAIL}), frozenset(), external=True)
EVERYTHING = Changes.everything(external=True)


@pytest.fixture
def window_library(seeded_library, seed_id):
    """The window's library: its trail built, a quote waiting to be taken in, nothing
    waiting to be announced."""
    seeded_library.trail.refresh()
    seeded_library.annotations.add_exact(seed_id, LAVROV, kind="quote")
    seeded_library.poll_external()
    return seeded_library


def _trail_thread(library: Library, before=None) -> None:
    """What the Quotes dock's thread does: the trail caught up on a connection of its own
    (``before``: another write made while it runs)."""
    library.derived_writer(True)
    try:
        if before is not None:
            before()
        with Library(library.path) as own:
            assert own.trail.refresh().processed
    finally:
        library.derived_writer(False)


def test_the_trail_thread_s_catch_up_is_announced_as_the_trail_s_alone(window_library):
    heard: list[Changes] = []
    window_library.subscribe(heard.append)
    _trail_thread(window_library)
    assert window_library.poll_external() == TRAIL_ONLY
    assert window_library.poll_external() is None
    assert heard == [TRAIL_ONLY]


def test_another_program_s_write_while_the_thread_runs_is_everything(window_library):
    def cli() -> None:
        with Library(window_library.path) as other:
            other.tags.create("dari-cli")

    _trail_thread(window_library, cli)
    assert window_library.poll_external() == EVERYTHING
    assert "dari-cli" in window_library.tags.names()


def test_another_s_write_hidden_behind_the_window_s_own_is_still_everything(
        window_library, seed_id):
    """The window writes after another program did (its write moves the stamp on past
    theirs): the poll after the trail thread still says everything."""
    with Library(window_library.path) as other:
        other.tags.create("dari-cli")
    window_library.tags.create("dari-jendela")
    _trail_thread(window_library)
    assert window_library.poll_external() == EVERYTHING


def test_a_write_outside_kutip_is_everything_once_no_trail_thread_ran(window_library):
    """A raw SQLite write moves no stamp: it is told apart only when no trail thread of
    this process ran since the last poll."""
    _trail_thread(window_library)
    assert window_library.poll_external() == TRAIL_ONLY
    raw = sqlite3.connect(window_library.path)
    with raw:
        raw.execute("UPDATE articles SET title = 'Judul baru'")
    raw.close()
    assert window_library.poll_external() == EVERYTHING


def test_the_window_s_own_writes_are_not_taken_for_another_s(window_library, seed_id):
    window_library.tags.create("dari-jendela")
    window_library.annotations.add_exact(seed_id, "Moskow", kind="highlight")
    assert window_library.poll_external() is None  # (its own: announced when made)
    _trail_thread(window_library)
    assert window_library.poll_external() == TRAIL_ONLY
