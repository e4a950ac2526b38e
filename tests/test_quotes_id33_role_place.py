"""A speaker named after a lower-case role, the words that say what kind, where they work
and a comma (“kata pedagang sayur di Pasar Minggu, Rina Marlina”, “ujar pengemudi ojek di
kawasan Tebet, Doni”) (issue 9, id, s33).

After the speech verb the role was read on past “di” only when the word before it was the
role itself (“kata pedagang di Pasar Minggu, Rina Marlina”); a describing word between
(“sayur”, “ojek”) ended the phrase, so nobody spoke, or the place (“Tebet”) did. The same
reading names the agent of “Hal senada disampaikan pedagang sayur di …, Rina Marlina.”,
whom a following “ujarnya” then points to. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_LEAD = "Harga Bensin\n\nJAKARTA - Harga bensin eceran naik sejak pekan lalu. "
_QUOTE = "“Saya tetap jualan seperti biasa, pembeli masih banyak,” "


@pytest.mark.parametrize(("cue", "who"), [
    ("kata pedagang sayur di Pasar Minggu, Rina Marlina.", "Rina Marlina"),
    ("ujar pengemudi ojek daring di kawasan Tebet, Doni Saputra.", "Doni Saputra"),
    ("tutur pemilik warung makan di Tebet, Rina Marlina.", "Rina Marlina"),
    ("kata penjual bensin di Jalan Saharjo, Doni.", "Doni"),
    ("ucap seorang pedagang sayur di Bogor, Rina Marlina, Senin (3/3).", "Rina Marlina"),
])
def test_role_words_then_place_then_name(cue: str, who: str) -> None:
    assert speakers(_LEAD + _QUOTE + cue) == [who]


def test_the_agent_of_a_passive_speech_verb_takes_the_pronoun() -> None:
    text = (_LEAD + "Doni, pedagang bensin di Manggarai, mengaku omzetnya turun. “Pembeli "
            "sekarang sepi sekali sejak harga naik,” kata Doni.\n\nHal senada disampaikan "
            "pedagang sayur di Pasar Minggu, Rina Marlina. " + _QUOTE + "ujarnya.")
    assert speakers(text) == ["Doni", "Rina Marlina"]


# guards: a day, a region or a street after the place's comma is no name


@pytest.mark.parametrize("cue", [
    "kata pedagang sayur di Bogor, Senin (3/3).",
    "kata pedagang sayur di Bogor, Jawa Barat.",
    "kata pedagang sayur di Pasar Minggu, Jalan Raya Ragunan.",
])
def test_no_name_after_the_place(cue: str) -> None:
    assert speakers(_LEAD + _QUOTE + cue) == [""]


def test_the_role_itself_before_di_was_read_before() -> None:
    assert speakers(_LEAD + _QUOTE + "kata pedagang di Pasar Minggu, Rina Marlina.") == [
        "Rina Marlina"]
