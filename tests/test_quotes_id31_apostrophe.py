"""A name with the apostrophe of Syafi'i written at a word's end (“Mohamad Syafi'
Alielha”, “Ahmad Syafi' Hasan”) is one name (issue 9, id, s31).

The tokenizer cut a closing apostrophe off every word as a possessive mark (“DeSantis’
(R) …”), so the name broke in two there: “Mohamad Syafi” with the office, “Alielha” apart,
and its bracketed short form (“(Savic Ali)”) was no alias of the person. A closing mark
right before a blank and a capitalised word, after a letter other than s, is now the
word's own. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai tambang ilegal itu ditutup,” "


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Kritik juga datang dari Ketua PBNU Mohamad Syafi' Alielha (Savic Ali). Ia menyoroti"
     " eksploitasi tambang. Rina Wulandari menolak.", "kata Savic kepada wartawan.",
     "Mohamad Syafi' Alielha"),
    ("Rina Wulandari menolak tambang itu.", "kata Ketua MUI Ahmad Syafi' Hasan.",
     "Ahmad Syafi' Hasan"),
])
def test_the_apostrophe_inside_the_name(middle: str, cue: str, expected: str) -> None:
    assert speakers(f"Tambang\n\n{middle} {_SAID}{cue}\n") == [expected]


# guard: a possessive after an s (“Halvard Brothers' Lund”: the firm's, then the name)


def test_a_possessive_after_an_s() -> None:
    text = "Shipping\n\nThe firm was sold.\n\n“We will not sell,” said Halvard Brothers' Lund.\n"
    assert speakers(text) == ["Lund"]
