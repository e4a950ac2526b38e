"""Where a person comes from, said after their office (“kata pedagang asal Sleman itu”,
“ujar petani kelahiran Cikupa tersebut”, “pedagang yang berasal dari Sleman”) (issue 9, id,
s31).

The cast read the place after “asal”, “kelahiran” or “dari” as a one-word person holding
the office (“Sleman”, a trader), so the cue went to the place. A lone capitalised word
there is now the origin, nobody; a place of one word glued to a name of two or more
(“pedagang asal Cikupa Rina Wulandari”) is cut off the name, as after “warga”. The
paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai harga beras turun lagi,” "
_BUDI = "Budi Santoso berjualan beras di Pasar Minggu sejak 2010."


def _text(middle: str, cue: str) -> str:
    return f"Harga beras naik\n\n{middle} {_SAID}{cue}\n"


@pytest.mark.parametrize("cue", [
    "kata pedagang asal Sleman itu.",
    "ujar petani kelahiran Cikupa tersebut.",
    "kata pedagang yang berasal dari Sleman itu.",
])
def test_the_place_of_origin_is_nobody(cue: str) -> None:
    assert speakers(_text(_BUDI, cue)) == ["Budi Santoso"]


@pytest.mark.parametrize("cue", ["kata Rina.", "kata Wulandari."])
def test_a_place_of_origin_glued_to_the_name(cue: str) -> None:
    middle = f"{_BUDI} Ia bertemu pedagang asal Cikupa Rina Wulandari di pasar."
    assert speakers(_text(middle, cue)) == ["Rina Wulandari"]


# guards: a name after the origin and a comma, or before it, keeps its answer


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    (_BUDI, "kata pedagang asal Sleman, Rina Wulandari.", "Rina Wulandari"),
    (_BUDI, "kata Rina Wulandari, pedagang asal Sleman.", "Rina Wulandari"),
    (f"{_BUDI} Rina Wulandari, mahasiswa asal Sleman, ikut membantu.", "kata Rina.",
     "Rina Wulandari"),
    (_BUDI, "ujar kuasa hukum dari Rina Wulandari.", "Rina Wulandari"),
])
def test_guards(middle: str, cue: str, expected: str) -> None:
    assert speakers(_text(middle, cue)) == [expected]
