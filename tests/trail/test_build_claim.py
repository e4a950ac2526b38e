"""A build of the quote trail that does not finish (review F8-6): stopped on request (the
window closing) it leaves the trail as it was and withdraws its claim; a build whose
program was killed does not keep the library's trail locked: its claim names the program,
and the next Kutip on the computer sees that it is gone and builds at once."""

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader.core import processes
from reader.core.library import Cancelled, ClusterFilter, Library, LibraryError
from reader.core.library import trail as trail_module
from reader.core.models import ImportedArticle

from .conftest import LAVROV

ROOT = Path(__file__).resolve().parents[2]


def _figures(lib):
    return [(c.size, c.outlets, c.text) for c in lib.trail.clusters(ClusterFilter())]


def _state(db_path, key):
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT value FROM trail_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _leftover_tables(db_path):
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type ="
                                           " 'table' AND name LIKE 'trail%\\_next' ESCAPE '\\'"
                                           " OR name LIKE 'trail%\\_old' ESCAPE '\\'")]


def _cancel_after(calls):
    asked = []

    def should_cancel():
        asked.append(1)
        return len(asked) > calls
    return should_cancel, asked


@pytest.mark.parametrize("calls", [0, 1, 2, 3, 5])
def test_a_cancelled_rebuild_leaves_the_trail_as_it_was(three_outlets, db_path, calls):
    lib, quote, _ = three_outlets
    before = _figures(lib)
    should_cancel, asked = _cancel_after(calls)
    with pytest.raises(Cancelled):
        lib.trail.rebuild(should_cancel=should_cancel)
    assert len(asked) == calls + 1
    assert _state(db_path, trail_module.BUILDING) == ""
    # its unfinished tables aside stay for the next build to drop (R15-10: dropping a
    # 100k library's made closing the window wait 2.3 s); nothing reads them
    left = _leftover_tables(db_path)
    assert left and all(t.endswith("_next") for t in left)
    assert _figures(lib) == before and len(lib.trail.trail(quote.id).versions) == 3
    assert lib.trail.rebuild().rebuilt  # not held up by the cancelled one's claim
    assert _leftover_tables(db_path) == [] and _figures(lib) == before


def test_a_first_build_cancelled_is_built_on_the_next_read(seeded_library, seed_id, db_path):
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    lib.bulk.add_articles([ImportedArticle(
        title="Copy", source="Tempo", content_hash="tempo-cancel", published="2021-12-26",
        text=f"Moskow – “{LAVROV},” kata Lavrov.")])
    should_cancel, _ = _cancel_after(2)
    with pytest.raises(Cancelled):
        lib.trail.refresh(should_cancel=should_cancel)
    assert not lib.trail.built() and _state(db_path, trail_module.BUILDING) == ""
    with Library(db_path) as again:
        assert [v.source for v in again.trail.trail(quote.id).versions] == ["MINA", "Tempo"]


def test_a_cancelled_catch_up_keeps_the_parts_taken_in(three_outlets, db_path, monkeypatch):
    lib, quote, _ = three_outlets
    lib.trail.refresh()
    lib.bulk.add_articles([ImportedArticle(
        title=f"Copy {n}", source=f"Outlet {n}", content_hash=f"cancel-{n}",
        published="2021-12-26", text=f"Moskow – “{LAVROV},” kata Lavrov.") for n in range(4)])
    monkeypatch.setattr(trail_module, "REFRESH_PART", 1)
    should_cancel, _ = _cancel_after(2)
    with pytest.raises(Cancelled):
        lib.trail.refresh(should_cancel=should_cancel)
    store = lib._session.stores.trail
    assert store.pending_count()  # the rest still waits …
    assert len(lib.trail.trail(quote.id).versions) == 7  # … and the next read takes it in
    copy = Path(str(db_path) + ".copy")
    lib.stores.db.execute(f"VACUUM INTO '{copy}'")
    with Library(copy) as rebuilt:
        rebuilt.trail.rebuild()
        assert _figures(rebuilt) == _figures(lib)


def _claim(**fields):
    now = dt.datetime.now(dt.UTC)
    claim = {"since": now.isoformat(timespec="seconds"),
             "renewed": now.isoformat(timespec="seconds"), **processes.me(), **fields}
    return json.dumps(claim)


def _set_claim(db_path, value):
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT OR REPLACE INTO trail_state (key, value) VALUES (?, ?)",
                     [trail_module.BUILDING, value])


def _dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _ago(minutes):
    return (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)).isoformat(
        timespec="seconds")


@pytest.mark.parametrize("claim, waits", [
    (lambda: _claim(), True),  # this very program (another window of it) builds
    (lambda: _claim(pid=_dead_pid(), started=""), False),  # that program is gone
    (lambda: _claim(started="another-boot:1"), False),  # its id is another program's now
    (lambda: _claim(host="elsewhere", pid=1), True),  # another computer's, renewed now
    (lambda: _claim(host="elsewhere", pid=1, renewed=_ago(11)), False),  # … long ago
    (lambda: _ago(5), True),  # an older Kutip's claim (a time only) …
    (lambda: _ago(31), False),  # … after half an hour
    (lambda: "not a claim", False),
])
def test_who_holds_a_build_decides_whether_it_waits(three_outlets, db_path, claim, waits):
    lib, _, _ = three_outlets
    _set_claim(db_path, claim())
    if waits:
        with pytest.raises(LibraryError, match="being built by another window or command"):
            lib.trail.rebuild()
    else:
        assert lib.trail.rebuild().rebuilt
        assert _state(db_path, trail_module.BUILDING) == ""


def test_a_build_renews_its_claim_as_it_writes(three_outlets, db_path, monkeypatch):
    lib, _, _ = three_outlets
    monkeypatch.setattr(trail_module, "RENEW_EVERY", 0.0)
    seen = []

    def progress(stage, done, total):
        if stage == "summaries":
            seen.append(json.loads(_state(db_path, trail_module.BUILDING)))

    lib.trail.rebuild(progress)
    [claim] = seen
    assert claim["pid"] == os.getpid() and claim["host"] == processes.host()
    assert claim["renewed"] >= claim["since"]


KILLED_BUILDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from reader.core.library import Library
    from reader.core.library import trail_build

    def stuck(self, *args):  # the build is under way: say so, and hang until killed
        Path(sys.argv[2]).write_text("building")
        time.sleep(120)

    trail_build.Builder.check = stuck
    with Library(sys.argv[1]) as lib:
        lib.trail.rebuild()
""")


def test_a_killed_builder_does_not_hold_up_the_next_build(three_outlets, db_path, tmp_path):
    lib, quote, _ = three_outlets
    before = _figures(lib)
    lib.close()
    flag = tmp_path / "building"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    builder = subprocess.Popen([sys.executable, "-c", KILLED_BUILDER, str(db_path), str(flag)],
                               env=env, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while not flag.exists():
            assert builder.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        claim = json.loads(_state(db_path, trail_module.BUILDING))
        assert claim["pid"] == builder.pid
    finally:
        builder.send_signal(signal.SIGKILL)
        builder.wait()
    assert _leftover_tables(db_path)  # (it died mid-build: its tables written aside are left)
    with Library(db_path) as again:
        started = time.monotonic()
        assert again.trail.rebuild().rebuilt  # at once, not in half an hour
        assert time.monotonic() - started < 60
        assert _figures(again) == before
        assert len(again.trail.trail(quote.id).versions) == 3
    assert _leftover_tables(db_path) == [] and _state(db_path, trail_module.BUILDING) == ""
