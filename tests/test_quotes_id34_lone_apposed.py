"""A one-word name between commas after an occupation (“Seorang pedagang, Rina, mengeluh.”)
or apposed to one after a passive verb (“Hal itu dirasakan Rina, pedagang di Pasar
Minggu.”), then “…,” katanya. (issue 9, id, s34).

Indonesian news introduces an ordinary person with one name and what they do. The cast took
a lone name so only where it opened a sentence (“Rina, pedagang cabai, mengeluh”) or came
after “Menurut”, “bernama” or “salah satu …, X,”; “Seorang pedagang, Rina, …” and
“dirasakan Rina, pedagang …” cast nobody, so the pronoun after the quotation found no one
(or someone named before). cast._role_then_lone_hits now reads a sentence that opens with
an occupation or a standing (ROLE_WORDS, a relative) in at most six words, then one word
between commas and a lower-case word (not “dan”, “serta”: a list; not a region of the
gazetteer); and an apposed name after a lower-case passive verb (“di…kan”, “di…i”) counts as
one opening a sentence. The paragraphs are made up; three of the five cases failed before
(the two others were already read, by the subject's verb, and stay as guards).
"""

import pytest
from quote_helpers import speakers

_LEAD = "Harga Cabai\n\nJAKARTA - Harga cabai rawit di pasar tradisional naik tajam pekan ini. "
_QUOTE = "“Pembeli makin sedikit, modal saya tidak kembali,” katanya."


@pytest.mark.parametrize(("intro", "name"), [
    ("Seorang pedagang, Rina, mengaku rugi.", "Rina"),
    ("Pedagang cabai di Pasar Minggu, Rina, mengaku rugi.", "Rina"),
    ("Seorang petani, Kadir, bahkan memilih tidak memanen cabainya.", "Kadir"),
    ("Hal itu dirasakan Rina, pedagang di Pasar Minggu.", "Rina"),
    ("Kondisi itu dialami Kadir, petani cabai di Garut.", "Kadir"),
])
def test_the_one_introduced_speaks(intro: str, name: str) -> None:
    assert speakers(f"{_LEAD}{intro} {_QUOTE}") == [name]


# guards: places in a list after an occupation, a day between commas, a person named after
# the one introduced, and the sentence-opening apposition read before


@pytest.mark.parametrize("intro", [
    "Pedagang cabai di Jakarta, Bogor, dan Depok mengeluh.",
    "Petani di Garut, Cianjur, dan Brebes merugi.",
    "Pedagang cabai di Pasar Minggu, Senin (12/5), mengeluh.",
])
def test_no_lone_name(intro: str) -> None:
    assert speakers(f"{_LEAD}{intro} “Pembeli makin sedikit,” kata seorang pedagang.") == [""]


def test_the_minister_named_last_speaks() -> None:
    text = (f"{_LEAD}Seorang pedagang, Rina, mengaku rugi. Menteri Perdagangan Budi Santoso "
            "meninjau pasar itu. “Harga akan turun minggu depan,” katanya.")
    assert speakers(text) == ["Budi Santoso"]


def test_the_opening_apposition_still_speaks() -> None:
    assert speakers(f"{_LEAD}Rina, pedagang cabai, mengaku rugi. {_QUOTE}") == ["Rina"]
