"""The items' signatures kept again 1,024 a row (``trail_sigs``: SQLite migration 0027,
PostgreSQL 0024), which a catch-up reads instead of a ``trail_items`` row per old item:
every row holds exactly the signatures of ``trail_items.sig`` after a build and after
catch-ups, on both engines; a read answers what reading each item's row answers, whatever
the mix of ids (many of a row, few, none there, items without one); a trail built before
the table gets its rows at its next update and catches up as a rebuild builds."""

import random

import pytest

from reader.core.library import Library
from reader.core.store.trail import SIGS_PART, sigs_pack, sigs_unpack

from .test_signatures import built  # noqa: F401 (a fixture; place is conftest's)
from .test_upkeep_random import _articles, _snapshot, _statement


def _rows_signatures(lib: Library) -> dict[int, bytes]:
    return {int(i): bytes(s) for i, s in lib.stores.db.execute(
        "SELECT id, sig FROM trail_items WHERE sig IS NOT NULL").fetchall()}


@pytest.fixture
def small_parts(monkeypatch):
    """Rows of 4 items (not 1,024), so that a small library's items fill many rows."""
    import reader.core.store.portable.trail as portable
    import reader.core.store.trail as shapes

    monkeypatch.setattr(shapes, "SIGS_PART", 4)
    monkeypatch.setattr(portable, "SIGS_PART", 4)
    monkeypatch.setattr(portable, "SIGS_AT_ONCE", 2)


@pytest.fixture
def grown(small_parts, built):  # noqa: F811 (the fixture imported above)
    """``test_signatures``' randomized library with its trail built (file and team), its
    signatures in rows of 4, and what adds thirty more articles."""
    return built


def _parts_4(lib: Library) -> dict[int, bytes]:
    out = {}
    for part, ends, data in lib.stores.db.execute(
            "SELECT part, ends, data FROM trail_sigs").fetchall():
        ends, data = bytes(ends), bytes(data)
        bounds = [0, *(int.from_bytes(ends[k:k + 4], "little") for k in range(0, len(ends), 4))]
        assert len(bounds) == 5
        for at in range(4):
            sig = data[2 * bounds[at]:2 * bounds[at + 1]]
            if sig:
                out[int(part) * 4 + at] = sig
    return out


def test_the_rows_hold_every_items_signature_after_a_build_and_catch_ups(grown):
    lib, more = grown
    assert _parts_4(lib) == _rows_signatures(lib) != {}
    for _ in range(2):
        more()
        assert not lib.trail.refresh().rebuilt
        assert _parts_4(lib) == _rows_signatures(lib)
    lib.trail.rebuild()
    assert _parts_4(lib) == _rows_signatures(lib)


def test_a_read_answers_what_each_items_row_answers(grown):
    """Ids many of a row wants (read from the row), few (read from their items' rows),
    ids of no item, and items a row does not hold (a row lost, an entry blanked: read from
    the item's own row)."""
    lib, more = grown
    more()
    lib.trail.refresh()
    store = lib.stores.trail
    stored = _rows_signatures(lib)
    last = max(stored)
    rng = random.Random(4)
    with lib.stores.transaction():  # a row gone, and an item's entry blanked in another
        lib.stores.db.execute("DELETE FROM trail_sigs WHERE part = 3")
        ends, data = lib.stores.db.execute(
            "SELECT ends, data FROM trail_sigs WHERE part = 5").fetchone()
        bounds = [0, *(int.from_bytes(bytes(ends)[k:k + 4], "little") for k in (0, 4, 8, 12))]
        pieces = [bytes(data)[2 * bounds[k]:2 * bounds[k + 1]] for k in range(4)]
        pieces[1] = b""
        new_ends = b"".join(sum(len(p) // 2 for p in pieces[:k + 1]).to_bytes(4, "little")
                            for k in range(4))
        lib.stores.db.execute("UPDATE trail_sigs SET ends = ?, data = ? WHERE part = 5",
                              [new_ends, b"".join(pieces)])
    for _ in range(20):
        ids = rng.sample(range(1, last + 20), rng.randint(1, 60))
        assert store.item_signatures(ids) == {i: stored[i] for i in ids if i in stored}
    every = list(range(1, last + 1))
    assert store.item_signatures(every) == stored
    assert store.item_signatures([]) == {}


def test_ids_that_fill_rows_read_no_item_row(tmp_path):
    rng = random.Random(8)
    statements = [_statement(rng) for _ in range(10)]
    with Library(tmp_path / "library.sqlite") as lib:
        lib.bulk.add_articles(_articles(rng, statements, 40, 1))
        lib.trail.refresh()
        stored = _rows_signatures(lib)
        assert len(stored) > 20
        statements_run: list[str] = []
        lib.stores.db.conn.set_trace_callback(statements_run.append)
        try:
            got = lib.stores.trail.item_signatures(sorted(stored))
        finally:
            lib.stores.db.conn.set_trace_callback(None)
        assert got == stored
        assert not any("FROM trail_items" in sql for sql in statements_run)


def test_a_trail_built_before_the_rows_gets_them_and_catches_up_as_a_rebuild(grown):
    lib, more = grown
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_sigs")
    assert lib.stores.trail.sigs_missing()
    more()
    assert not lib.trail.refresh().rebuilt
    assert not lib.stores.trail.sigs_missing()
    assert _parts_4(lib) == _rows_signatures(lib)
    caught_up = _snapshot(lib)
    assert sum(len(c) > 1 for c in caught_up[0]) >= 5
    lib.trail.rebuild()
    assert caught_up == _snapshot(lib)


def test_a_row_packs_and_unpacks():
    pieces = [b"", b"a\x00b\x00", b"", b"\x01\x02" * 40] + [b""] * (SIGS_PART - 4)
    ends, data = sigs_pack(pieces)
    assert len(ends) == 4 * SIGS_PART and data == b"a\x00b\x00" + b"\x01\x02" * 40
    assert sigs_unpack(ends, data) == pieces
    assert sigs_unpack(None, None) == [b""] * SIGS_PART


def test_migration_0027_makes_the_table(tmp_path):
    with Library(tmp_path / "library.sqlite") as lib:
        columns = [r[1] for r in lib.stores.db.execute("PRAGMA table_info(trail_sigs)")]
        assert columns == ["part", "ends", "data"]


def test_the_rows_of_a_trail_built_before_them_are_made_a_short_transaction_a_step(
        grown, monkeypatch):
    """R13-11: a trail built before ``trail_sigs`` got every row in ONE write transaction
    (1.5–1.75 s CPU at 100,000 articles; another program's write waited). Now a step of
    ids at a time (here 8), each its own transaction, ``should_cancel`` asked between: a
    refresh cancelled after three steps keeps them (the next goes on from there), items a
    catch-up adds meanwhile get theirs, and the rows end as a build writes them."""
    from reader.core.library import Cancelled
    from reader.core.store.trail import SIGS_LEFT

    lib, more = grown
    store = lib.stores.trail
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_sigs")
    real = store.make_sigs
    started: list[str | None] = []

    def step(items=0):
        assert lib.stores.in_transaction
        started.append(store.state(SIGS_LEFT))
        return real(8)

    monkeypatch.setattr(store, "make_sigs", step)
    asked = iter([False, False, False, True])
    with pytest.raises(Cancelled):
        lib.trail.refresh(should_cancel=lambda: next(asked))
    assert started == [None, "8", "16"]
    assert store.sigs_missing() and store.state(SIGS_LEFT) == "24"
    assert lib.trail.long_job(500)
    more()
    assert not lib.trail.refresh().rebuilt
    assert started[3] == "24" and len(started) > 5 and store.state(SIGS_LEFT) is None
    assert not store.sigs_missing() and not lib.trail.long_job(500)
    assert _parts_4(lib) == _rows_signatures(lib)
    with lib.stores.transaction():
        store.set_state(SIGS_LEFT, "16")  # (a build meanwhile writes every row)
    lib.trail.rebuild()
    assert store.state(SIGS_LEFT) is None and not store.sigs_missing()
    assert _parts_4(lib) == _rows_signatures(lib)


def test_a_windows_read_makes_no_rows(grown):
    """R13-11: the window's reads (``without_waiting``) leave the rows to the Quotes view's
    thread (``long_job`` says so): what they show is the same without them."""
    lib, _more = grown
    store = lib.stores.trail
    listed = lib.trail.clusters()
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_sigs")
    with lib.trail.without_waiting():
        assert lib.trail.clusters() == listed
    assert store.sigs_missing() and lib.trail.long_job(500)
    lib.trail.refresh()
    assert not store.sigs_missing()
