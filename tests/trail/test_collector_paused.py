"""A catch-up takes changes in with Python's cyclic garbage collector off (it makes tens of
thousands of objects no cycle holds: the collector's passes over them were 11-37 ms of a
100k catch-up), and turns it on again after, as it was, however pauses overlap."""

import gc
import threading

import pytest

from reader.core.library import trail as trail_module


@pytest.fixture
def collector_on():
    """The collector on for the test, and after it as it was before (a test that turns it
    off left it off for every later test of the process: test_cli_startup's
    'leaves its collector alone' failed when it ran after this file)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_a_catch_up_works_with_the_collector_off_and_turns_it_on_after(
        three_outlets, monkeypatch, collector_on):
    lib, _, _ = three_outlets
    seen = []
    real = trail_module.QuoteTrail._plan

    def plan(self, store, pending):
        seen.append(gc.isenabled())
        return real(self, store, pending)

    monkeypatch.setattr(trail_module.QuoteTrail, "_plan", plan)
    lib.trail.refresh()
    assert seen == [False]
    assert gc.isenabled()
    # (a part that fails: the collector is on again all the same)
    article = lib.articles.ids()[-1]
    lib.annotations.add_exact(article, lib.articles.text(article)[:60], kind="quote")

    def broken(self, store, pending):
        raise RuntimeError("broken")

    monkeypatch.setattr(trail_module.QuoteTrail, "_plan", broken)
    with pytest.raises(RuntimeError):
        lib.trail.refresh()
    assert gc.isenabled()


def test_overlapping_pauses_turn_the_collector_on_when_the_last_ends(collector_on):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states = []

    def first():
        with trail_module._collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with trail_module._collector_paused():
        second_in.set()
        first_out.wait(5)
        states.append(gc.isenabled())  # (the first ended: the second still works)
    thread.join(5)
    assert states == [False] and gc.isenabled()


def test_a_collector_someone_turned_off_stays_off(collector_on):
    gc.disable()
    with trail_module._collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_fold_merges_with_the_collector_off(three_outlets, monkeypatch, collector_on):
    lib, _, _ = three_outlets
    lib.trail.refresh()
    store = lib.stores.trail
    assert store.delta_size()
    seen = []
    real = store.fold_range
    monkeypatch.setattr(store, "fold_range",
                        lambda *args: seen.append(gc.isenabled()) or real(*args))
    assert lib.trail.fold()
    assert seen and not any(seen) and gc.isenabled()
