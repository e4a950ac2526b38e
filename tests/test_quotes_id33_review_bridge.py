"""A bridge sentence that names the one a thing was put to is no bridge to the next speaker
(issue 9, id, s33 review of 9e86f3e0).

“Keluhan itu disampaikan kepada Lurah Rina Marlina.” names who heard the complaint, not who
made it: the “ujarnya” after it goes on with the one who complained. The person after “oleh”
still takes it (“… kepada wartawan oleh Rina Marlina.”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_FIRST = ("Pasar Sepi\n\nJAKARTA - Harga beras naik sejak awal bulan. Doni Saputra, pedagang "
          "beras di Kramat Jati, mengaku pembelinya berkurang. “Orang sekarang beli seperlunya "
          "saja,” kata Doni.{}")
_NEXT = "“Sampai sekarang belum ada jawaban dari kelurahan,” ujarnya."


@pytest.mark.parametrize("bridge", [
    "Keluhan itu sudah disampaikan kepada Lurah Kramat Jati, Rina Marlina.",
    "Hal itu juga diungkapkan kepada Rina Marlina, ketua paguyuban pedagang.",
    "Masalah tersebut telah dikeluhkan terhadap Rina Marlina.",
])
def test_the_one_spoken_to_does_not_speak_next(bridge: str) -> None:
    text = _FIRST.format(" " + bridge + " " + _NEXT)
    assert speakers(text) == ["Doni Saputra", "Doni Saputra"]


@pytest.mark.parametrize("bridge", [
    "Hal itu disampaikan kepada wartawan oleh Rina Marlina, pedagang sayur di Kramat Jati.",
    "Keluhan serupa datang dari pedagang sayur, Rina Marlina.",
    "Hal itu juga dirasakan oleh Rina Marlina, pedagang sayur di Kramat Jati.",
])
def test_the_one_brought_in_still_speaks(bridge: str) -> None:
    text = _FIRST.format(" " + bridge + " " + _NEXT)
    assert speakers(text) == ["Doni Saputra", "Rina Marlina"]
