"""A trade or an office given in an apposition after an Indonesian name (“Rina Wulandari,
pedagang beras di Pasar Minggu, …”, “Rina Wulandari, warga Cibubur, …”) is hers: a later
“kata pedagang itu”, “ujar warga Cibubur tersebut” points to her, not to whoever was the
subject last (issue 9, id, s31).

cast._apposed_roles read only the English apposition (“Joan Hale, the minister, …”); the
Indonesian one, with no article, opens with the role word itself. The paragraphs are made
up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai harga beras turun lagi,” "
_BUYER = " Budi Santoso membeli beras di sana."


def _text(middle: str, cue: str) -> str:
    return f"Harga beras naik\n\n{middle} {_SAID}{cue}\n"


@pytest.mark.parametrize(("middle", "cue"), [
    ("Rina Wulandari, pedagang beras di Pasar Minggu, sudah berjualan sejak 2010.",
     "kata pedagang itu."),
    ("Rina Wulandari, pedagang beras di Pasar Minggu, sudah berjualan sejak 2010.",
     "kata pedagang asal Garut itu."),
    ("Rina Wulandari, warga Cibubur, sudah berjualan sejak 2010.",
     "ujar warga Cibubur tersebut."),
])
def test_the_apposed_role_is_hers(middle: str, cue: str) -> None:
    assert speakers(_text(middle + _BUYER, cue)) == ["Rina Wulandari"]


# guards: an apposition that is no role, and a role given to the later subject


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Rina Wulandari, yang sudah berjualan sejak 2010, menolak kenaikan itu." + _BUYER,
     "kata Budi.", "Budi Santoso"),
    ("Rina Wulandari, pedagang beras di Pasar Minggu, sudah berjualan sejak 2010. Budi"
     " Santoso, pembeli langganan, membeli beras di sana.", "kata pembeli itu.", "Budi Santoso"),
])
def test_guards(middle: str, cue: str, expected: str) -> None:
    assert speakers(_text(middle, cue)) == [expected]
