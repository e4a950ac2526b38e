"""A rebuild of the quote trail leaves the library writable: it writes new tables beside the
live ones in short transactions and swaps them in at the end (issue 15). Meanwhile other
programs read the old trail and can write; what they change is taken in afterwards; a
failed build leaves the old trail as it was; two builds do not run at once."""

import sqlite3
from pathlib import Path

import pytest

from reader.core.library import ClusterFilter, Library, LibraryError
from reader.core.models import ImportedArticle

from .conftest import LAVROV
from .test_upkeep_random import _snapshot


def _tables(lib):
    return {r[0] for r in lib.stores.db.execute(
        "SELECT name FROM sqlite_master WHERE name LIKE 'trail%'")}


def _figures(lib):
    return [(c.size, c.outlets, c.text) for c in lib.trail.clusters(ClusterFilter())]


def test_another_program_writes_while_the_trail_is_rebuilt(three_outlets, db_path):
    lib, quote, _ = three_outlets
    before = _figures(lib)
    seen = {}

    def progress(stage, done, total):
        if stage != "checking" or seen:
            return
        # another program, with no patience at all for the write lock
        other = sqlite3.connect(db_path, timeout=0)
        try:
            with other:
                other.execute("UPDATE articles SET title = 'Renamed' WHERE source = 'ANTARA'")
            seen["wrote"] = True
        finally:
            other.close()
        with Library(db_path) as reader:  # and another window reads the trail so far
            seen["read"] = _figures(reader)
        lib2 = Library(db_path)
        try:
            lib2.bulk.add_articles([ImportedArticle(
                title="Copy", source="Tempo", content_hash="tempo-aside",
                published="2021-12-26", text=f"Moskow – “{LAVROV},” kata Lavrov.")])
        finally:
            lib2.close()

    report = lib.trail.rebuild(progress)
    assert report.rebuilt and seen == {"wrote": True, "read": before}
    # the article added during the build is taken in by the next read
    assert [v.source for v in lib.trail.trail(quote.id).versions] == [
        "MINA", "ANTARA", "Republika", "Tempo"]
    assert _tables(lib) >= {"trail_items", "trail_postings", "trail_links", "trail_clusters"}
    assert not {t for t in _tables(lib) if t.endswith(("_next", "_old"))}


def test_a_failed_rebuild_leaves_the_old_trail(three_outlets):
    lib, quote, _ = three_outlets
    before = _figures(lib)
    tables = _tables(lib)

    def progress(stage, done, total):
        if stage == "summaries":
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        lib.trail.rebuild(progress)
    assert _figures(lib) == before and _tables(lib) == tables
    assert lib.trail.rebuild().rebuilt  # not held up by the failed one's claim


def test_rebuilding_again_and_again_keeps_the_indexes(three_outlets):
    lib, quote, _ = three_outlets
    before = _figures(lib)
    for _ in range(3):
        lib.trail.rebuild()
        assert _figures(lib) == before
        indexed = {r[0] for r in lib.stores.db.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'index'"
            " AND name LIKE 'trail%' AND sql IS NOT NULL")}
        assert indexed >= {"trail_items", "trail_links", "trail_clusters"}
        plan = " ".join(str(r) for r in lib.stores.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM trail_items WHERE cluster = 1"))
        assert "USING" in plan and "INDEX" in plan


def test_one_build_at_a_time(three_outlets, db_path):
    lib, quote, _ = three_outlets
    errors = []

    def progress(stage, done, total):
        if stage == "checking" and not errors:
            with Library(db_path) as other:
                with pytest.raises(LibraryError) as raised:
                    other.trail.rebuild()
                errors.append(str(raised.value))
                # a read in the other window shows the trail so far rather than waiting
                assert other.trail.trail(quote.id).versions

    lib.trail.rebuild(progress)
    assert len(errors) == 1 and "being built" in errors[0] and "\n" not in errors[0]


def test_a_long_catch_up_is_taken_in_parts_others_can_write_between(three_outlets, db_path,
                                                                     monkeypatch):
    from reader.core.library import trail as trail_module

    lib, quote, _ = three_outlets
    lib.trail.refresh()
    for n in range(4):  # four articles queued by an edit each (their text changed)
        lib.bulk.add_articles([ImportedArticle(
            title=f"Copy {n}", source=f"Outlet {n}", content_hash=f"copy-{n}",
            published="2021-12-26", text=f"Moskow – “{LAVROV},” kata Lavrov.")])
    monkeypatch.setattr(trail_module, "REFRESH_PART", 1, raising=False)
    original = trail_module.QuoteTrail._apply
    seen = []

    def process(self, store, part):
        # what another program sees meanwhile: the parts before this one are committed (no
        # transaction is held from one part to the next: others write in between)
        other = sqlite3.connect(db_path, timeout=0)
        try:
            seen.append(other.execute("SELECT count(*) FROM trail_items WHERE article_id IN"
                                      " (SELECT id FROM articles WHERE source LIKE 'Outlet %')"
                                      ).fetchone()[0])
        finally:
            other.close()
        return original(self, store, part)

    monkeypatch.setattr(trail_module.QuoteTrail, "_apply", process)
    report = lib.trail.refresh()
    assert report.processed == 4 and seen == [0, 1, 2, 3]
    assert len(lib.trail.trail(quote.id).versions) == 7
    monkeypatch.setattr(trail_module.QuoteTrail, "_apply", original)
    assert lib.trail.refresh().processed == 0  # the marks moved up: nothing taken in twice


def _copies(lib, n, name):
    lib.bulk.add_articles([ImportedArticle(
        title=f"{name} {k}", source=f"{name} {k}", content_hash=f"{name}-{k}",
        published="2021-12-26", text=f"Moskow – “{LAVROV},” kata Lavrov.") for k in range(n)])


def test_a_catch_up_part_is_planned_without_the_write_lock(three_outlets, db_path,
                                                           monkeypatch):
    """A part's quotations are found, their postings read and pairs checked while other
    programs may write (``QuoteTrail._plan`` holds no transaction); only writing it takes
    the lock."""
    from reader.core.library import trail as trail_module

    lib, quote, _ = three_outlets
    lib.trail.refresh()
    _copies(lib, 3, "Copy")
    original = trail_module.QuoteTrail._plan
    writable = []

    def plan(self, store, part):
        other = sqlite3.connect(db_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # (raises "database is locked" if it is held)
            writable.append(True)
            other.rollback()
        finally:
            other.close()
        return original(self, store, part)

    monkeypatch.setattr(trail_module.QuoteTrail, "_plan", plan)
    assert lib.trail.refresh().processed == 3 and writable == [True]
    assert len(lib.trail.trail(quote.id).versions) == 6


@pytest.mark.parametrize("meanwhile", ["catch-up", "edit", "always"])
def test_a_plan_another_program_outdated_is_made_again(three_outlets, db_path, monkeypatch,
                                                       meanwhile):
    """Another program writes between a part's plan and its write: another Kutip taking
    the same changes in (``catch-up``), or a quote deleted (``edit``), or a write before
    every write (``always``: planned under the lock at last). The plan is made again, and
    the trail is what a rebuild makes: nothing taken in twice, nothing lost."""
    from reader.core.library import trail as trail_module

    lib, quote, _ = three_outlets
    lib.trail.refresh()
    _copies(lib, 4, "Copy")
    original = trail_module.QuoteTrail._plan
    plans = []
    mine = lib.trail

    def plan(self, store, part):
        made = original(self, store, part)
        if self is not mine:  # (the other program's)
            return made
        plans.append(len(part))
        if (meanwhile == "always" and not lib.stores.in_transaction) or len(plans) == 1:
            with Library(db_path) as other:
                if meanwhile == "catch-up":
                    other.trail.refresh()
                elif meanwhile == "edit":
                    copy = other.articles.ids()[-1]
                    note = other.annotations.where(article_ids=[copy])
                    if note:
                        other.annotations.delete(note[0].id)
                    else:
                        other.articles.delete(copy)
                else:
                    other.stores.db.execute("INSERT INTO trail_state (key, value) VALUES"
                                            " ('touched', ?) ON CONFLICT (key) DO UPDATE"
                                            " SET value = excluded.value", [str(len(plans))])
                    other.stores.db.conn.commit()
        return made

    monkeypatch.setattr(trail_module.QuoteTrail, "_plan", plan)
    lib.trail.refresh()
    # (``always``: the last plan is made under the lock, where no other program writes)
    assert len(plans) == (trail_module.PLAN_TRIES + 1 if meanwhile == "always" else 2)
    monkeypatch.setattr(trail_module.QuoteTrail, "_plan", original)
    lib.trail.refresh()
    assert not lib.trail.pending()
    assert lib.stores.db.execute(  # (no quotation taken in twice)
        'SELECT count(*) = count(DISTINCT article_id || ":" || start || ":" || "end")'
        " FROM trail_items").fetchone()[0]
    caught_up = _snapshot(lib)
    copy = Path(str(db_path) + ".copy")
    lib.stores.db.execute(f"VACUUM INTO '{copy}'")
    with Library(copy) as rebuilt:
        rebuilt.trail.rebuild()
        assert _snapshot(rebuilt) == caught_up


def test_every_order_of_the_quotes_list_reads_a_page_from_an_index(tmp_path):
    """Each order of the Quotes list (and its reverse) has its index, after the migration
    and after a rebuild (which makes its tables' indexes again): a page never sorts every
    cluster (the whole list took 0.9 s at 100k articles)."""
    from reader.core.library import Library

    with Library(tmp_path / "library.sqlite") as library:
        trail = library.stores.trail
        for when in ("migrated", "rebuilt"):
            if when == "rebuilt":
                library.trail.rebuild()
            for sort in ("outlets", "size", "date", "speaker"):
                for descending in (False, True):
                    order = ", ".join(trail.cluster_order(sort, descending))
                    plan = " ".join(r[3] for r in library.stores.db.execute(
                        "EXPLAIN QUERY PLAN SELECT c.id FROM trail_clusters c JOIN trail_items"
                        " i ON i.id = c.fullest WHERE c.outlets >= 1 AND c.size >= 2"
                        f" ORDER BY {order} LIMIT 200"))
                    assert "TEMP B-TREE" not in plan, (when, sort, descending, plan)
                    assert "USING INDEX trail_clusters_by_" in plan, (when, sort, plan)
