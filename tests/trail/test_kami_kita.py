"""Issue 15 (session 15): Indonesian outlets swap the two words for "we" when they quote one
statement: one writes what the speaker said, "kami" (we, not you), another "kita" (we
together), or the reverse. Real pairs of partial.json (detik and Kompas quoting one police
spokesman and one official) were kept apart for that alone; "kami" is the key "kita"
(``text.VARIANTS``, KEYS_VERSION 14), and a library built before upgrades once."""

import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.trail.text import KEYS_VERSION, keys

from .conftest import listed_outlets, quoted_articles, same
from .test_upkeep_random import _snapshot


@pytest.mark.parametrize("a, b", [
    # real (tests/data/trail/partial.json: detik / Kompas)
    ("Kita berharap ini bisa terus kita pertahankan",
     "Kami berharap ini bisa terus kami pertahankan"),
    ("Masih kita dalami info tersebut mendasari adanya aduan",
     "Masih kami dalami informasi tersebut mendasari adanya aduan"),
])
def test_kami_and_kita_swapped_are_one_statement(a, b):
    assert same(a, b)


def test_the_swap_is_one_word_and_nothing_else():
    """"kami" folds to "kita" only: "kamu" (you) and "kalian" stay themselves, and a
    different statement that keeps its function words stays apart (R13-9)."""
    assert keys("Kami") == keys("kita") == ["kita"]
    assert keys("kamu kalian") == ["kamu", "kalian"]
    assert int(KEYS_VERSION) >= 14  # (stored links changed: every trail built again once)
    assert not same("Kita tidak ingin berperang", "Kami tidak ingin berdamai")
    assert not same(
        "Kami tidak ingin berperang dengan Ukraina dan kami tidak akan menyerang siapa pun"
        " di kawasan itu",
        "Kita tidak ingin berunding dengan NATO dan kita tidak akan menerima siapa pun"
        " di kawasan itu")


HOPE = "Kami berharap program ini bisa terus kami pertahankan sampai akhir tahun depan"
ADUAN = "Masih kami dalami informasi yang mendasari adanya aduan dari para orang tua murid"


def _articles(texts: list[tuple[str, tuple[str, str]]], first: int):
    return quoted_articles(texts, first, "2025-02", "kata {speaker}, Senin.")


def test_a_library_joins_them_in_a_catch_up_as_in_a_rebuild(place):
    """Two statements, then each quoted by another outlet with "kita" for "kami": the
    Quotes list has each statement with its two outlets; a rebuild agrees."""
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles([("A", (HOPE, "Dadan")), ("B", (ADUAN, "Ade"))], 1))
        lib.trail.refresh()
        assert lib.trail.built()
        lib.bulk.add_articles(_articles([
            ("C", (HOPE.replace("kami", "kita").replace("Kami", "Kita"), "Dadan")),
            ("D", (ADUAN.replace("kami", "kita"), "Ade"))], 3))
        report = lib.trail.refresh()
        assert not report.rebuilt
        listed = lib.trail.clusters(ClusterFilter())
        assert listed_outlets(lib, listed) == [["OutletA", "OutletC"], ["OutletB", "OutletD"]]
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()
