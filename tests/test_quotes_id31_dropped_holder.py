"""An office said again with where its holder comes from (“kata pedagang asal Garut itu”,
“ujar petani dari Tegal tersebut”), where the place is also an ordinary Indonesian word
(garut, tegal, kudus, pati, batu) (issue 9, id, s31).

Reading the cue, the cast took the place for a one-word member with the office
(“pedagang” → “Garut”) and later dropped it as an ordinary word; but the office stayed on
file under the dropped word, so “kata pedagang … itu” went to “Garut”. An office now goes
only to members the cast still holds (or renamed), so the cue points back as any “kata
pedagang itu” does. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai harga beras turun lagi,” "


@pytest.mark.parametrize("cue", [
    "kata pedagang asal Garut itu.",
    "ujar pedagang dari Garut tersebut.",
    "kata petani asal Tegal itu.",
    "tutur pedagang kelahiran Kudus itu.",
])
def test_the_place_of_origin_is_nobody(cue: str) -> None:
    text = ("Harga beras naik\n\nBudi Santoso berjualan beras di Pasar Minggu sejak 2010."
            f" {_SAID}{cue}\n")
    assert speakers(text) == ["Budi Santoso"]


# guards: the office goes to whom the article gave it, by name or by its place


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Menurut pedagang beras Rina Wulandari, harga naik sejak pekan lalu. Budi Santoso"
     " membeli beras di sana.", "kata pedagang asal Garut itu.", "Rina Wulandari"),
    ("Pelatih Persib Bandung Carlos Mendez memimpin latihan pagi itu. Budi Santoso hadir di"
     " sana.",
     "kata pelatih asal Spanyol tersebut.", "Carlos Mendez"),
    ("Bupati Garut Rina Wulandari meninjau pasar itu bersama Budi Santoso.",
     "kata Bupati Garut itu.", "Rina Wulandari"),
])
def test_guards(middle: str, cue: str, expected: str) -> None:
    assert speakers(f"Harga beras naik\n\n{middle} {_SAID}{cue}\n") == [expected]
