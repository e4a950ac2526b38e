"""Issue 15 (session 19): outlets quoting one English statement write a noun with or without
its possessive "'s" ("playing the woman card" / "the woman's card"), and "toward" or
"towards". A four-word part with such a word in its middle shares no three-word shingle with
the longer quotation, so the trail never even compared them (partial.json, half A: Hillary
Clinton's "woman card", Reince Priebus quoting Paul Ryan's "positive step toward
unification"). The possessive "'s" is no key of its own now and "towards" is the key
"toward" (``text.keys``, KEYS_VERSION 16: every trail built again once)."""

import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.trail.evaluate import linked
from reader.core.trail.text import KEYS_VERSION, keys

from .conftest import listed_outlets, quoted_articles
from .test_upkeep_random import _snapshot


@pytest.mark.parametrize("long, part", [
    # real (tests/data/trail/partial.json, half A)
    ("If fighting for paid family leave and equal pay is playing the woman card, then deal"
     " me in.", "playing the woman's card."),
    ("This was our first meeting, but it was a very positive step toward unification.",
     "positive step towards unification"),
])
def test_a_part_with_a_possessive_or_towards_is_linked(long, part):
    assert linked(keys(long), keys(part))


def test_only_the_possessive_goes():
    """"'s" after a word is dropped; "it's", "he's", "that's" … are still "it is", and
    "let's" still "let us"; "workers'" (a plural's) was "workers" already."""
    assert keys("the woman’s card") == keys("the woman card") == ["the", "woman", "card"]
    assert keys("Trump's plan, it's his; he's sure, let's go") == [
        "trump", "plan", "it", "is", "his", "he", "is", "sure", "let", "us", "go"]
    assert keys("workers' rights") == ["workers", "rights"]
    assert keys("towards") == keys("toward") == ["toward"]
    assert int(KEYS_VERSION) >= 16  # (stored links changed: every trail built again once)


CARD = ("If fighting for paid family leave and equal pay is playing the woman card, then deal"
        " me in")


def test_a_library_joins_them_in_a_catch_up_as_in_a_rebuild(place):
    lib = Library(place)
    try:
        lib.bulk.add_articles(quoted_articles([("A", (CARD, "Hillary Clinton")),
                                               ("B", (CARD, "Hillary Clinton"))],
                                              1, "2016-04", "{speaker} said."))
        lib.trail.refresh()
        lib.bulk.add_articles(quoted_articles([("C", ("playing the woman's card",
                                                      "Hillary Clinton"))],
                                              3, "2016-04", "{speaker} said."))
        assert not lib.trail.refresh().rebuilt
        listed = lib.trail.clusters(ClusterFilter())
        assert listed_outlets(lib, listed) == [["OutletA", "OutletB", "OutletC"]]
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()
