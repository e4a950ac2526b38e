"""A player's or a coach's club written between the position and the name (“Bek Chelsea
Antonio Rudiger”, “kata gelandang Persikota Rian Maulana”) (issue 9, id, s31).

Three capitalised words after a squad's role word read as one name, the club's word
first: “Persikota Rian Maulana”. When the first word is no given name on the list and the
article never writes it on its own (a player called by it, “Ernando Ari Sutaryadi … kata
Ernando”, keeps it), it is the club's. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami akan bermain habis-habisan di laga berikutnya,” "


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Bek Persikota Rian Maulana mengaku timnya siap tampil.", "kata Maulana.",
     "Rian Maulana"),
    ("Timnya kalah dua gol tanpa balas.", "kata gelandang Persikota Rian Maulana.",
     "Rian Maulana"),
    ("Pelatih Chelsea Carlos Mendez memuji para pemainnya.", "ujar Mendez.", "Carlos Mendez"),
])
def test_the_club_is_no_part_of_the_name(middle: str, cue: str, expected: str) -> None:
    assert speakers(f"Sepak bola\n\n{middle} {_SAID}{cue}\n") == [expected]


# guards: a three-word name after the position, called by its first word or opening with a
# given name


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Kiper Ernando Ari Sutaryadi mengaku timnya siap tampil.", "kata Ernando.",
     "Ernando Ari Sutaryadi"),
    ("Timnya kalah dua gol tanpa balas.", "kata pemain Budi Santoso Putra.",
     "Budi Santoso Putra"),
])
def test_guards(middle: str, cue: str, expected: str) -> None:
    assert speakers(f"Sepak bola\n\n{middle} {_SAID}{cue}\n") == [expected]
