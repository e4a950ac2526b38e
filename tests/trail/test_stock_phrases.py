"""R14-1 (issue 15): a stock phrase ("I don't know.", "What do you think?", "Saya juga tidak
tahu") lies inside statements of anyone; linked to each as a part, it joined 18 different
statements by 14 people into one cluster on real saved pages. It links no longer quotation
(``match.stock_phrase``); its copies still join it, and a short part with a word of its
own still joins the statement it is cut from."""

import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.trail.match import stock_phrase
from reader.core.trail.text import keys

from .conftest import listed_outlets, quoted_articles, same
from .test_upkeep_random import _snapshot

HARBOUR = ("I don't know when the harbour will open again, but the fishermen have waited"
           " three weeks for the dredgers")
STRIKE = ("I don't know whether the drivers will accept the offer, the union has not seen"
          " the figures yet")


@pytest.mark.parametrize("phrase, longer", [
    ("I don't know.", HARBOUR),
    ("What do you think?", "What do you think the council should do about the flooded"
     " market now that the pumps have failed?"),
    ("What do you mean?", "What do you mean by sanctions, when the trucks are still"
     " crossing the border every night?"),
    ("I don't really think about it", "I don't think it is anything but greed that is"
     " pushing the rents up in this town"),
    ("Saya juga tidak tahu", "Saya juga tidak tahu kapan jembatan itu selesai, tetapi warga"
     " sudah dua bulan memutar lewat kebun"),
    ("Kami tidak tahu apa-apa", "Kami tidak tahu apa-apa soal dana desa itu, semua diurus"
     " oleh kepala desa yang lama"),
])
def test_a_stock_phrase_is_part_of_no_longer_statement(phrase, longer):
    assert stock_phrase(keys(phrase))
    assert not same(phrase, longer)


def test_its_copies_still_join_it():
    """A stock phrase quoted as long (a copy, other marks) is still one statement: "We got
    her! We got her!" in two outlets (real saved pages)."""
    assert same("We got her! We got her!", "“We got her, we got her,”")
    assert same("I don't know.", "I do not know")


def test_a_part_with_a_word_of_its_own_still_joins():
    """Only function words and one common verb of talk make a stock phrase: a part that
    holds a noun, or another verb, is the statement's (dev: "We do not want wars," in
    Lavrov's answer, "ini masih di bawah"; real: "You didn't build that" ×9)."""
    for part, longer in (
            ("We do not want wars", "We do not want wars, but we will not let anyone"
             " ignore our interests"),
            ("You didn't build that", "If you've got a business, you didn't build that."
             " Somebody else made that happen."),
            ("ini masih di bawah", "Angka inflasi bulan ini masih di bawah target yang"
             " ditetapkan pemerintah"),
            ("I don't know the man", "I don't know the man, I have never met him and I have"
             " never spoken to him")):
        assert not stock_phrase(keys(part)), part
        assert same(part, longer), part


def _articles(texts: list[tuple[str, tuple[str, str]]], first: int):
    return quoted_articles(texts, first, "2024-01", "{speaker} said.")


def test_a_library_keeps_the_statements_apart_in_a_catch_up_as_in_a_rebuild(place):
    """Two unrelated statements by two people, then the stock phrase they both open with
    (two outlets) and a copy of each statement: the Quotes list has each statement with its
    copy and the phrase with its own copy, none joined through it; a rebuild agrees."""
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles([("A", (HARBOUR, "Tan")), ("B", (STRIKE, "Morin"))], 1))
        lib.trail.refresh()
        assert lib.trail.built()
        lib.bulk.add_articles(_articles([
            ("C", ("I don't know.", "Walker")), ("D", ("I don't know", "Walker")),
            ("E", (HARBOUR, "Tan")), ("F", (STRIKE, "Morin"))], 3))
        for article in lib.articles.ids()[2:4]:  # (a quote this short is no suggestion)
            lib.annotations.add_exact(article, "I don't know", kind="quote", speaker="Walker")
        report = lib.trail.refresh()
        assert not report.rebuilt
        listed = lib.trail.clusters(ClusterFilter())
        assert listed_outlets(lib, listed) == [["OutletA", "OutletE"], ["OutletB", "OutletF"],
                                               ["OutletC", "OutletD"]]
        assert all(c.outlets == 2 and c.size == 2 for c in listed)
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()
