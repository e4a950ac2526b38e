"""A party's branch in a province, written by its short form, between the office and the
name (“kata Ketua DPD Golkar Jabar Ace Hasan Syadzily”) is no word of the name (issue 9, id,
s34).

names._past_region stepped past one region or party of the gazetteer before the name
(“Sekjen Gerindra Ahmad Muzani”, “Bupati Sleman Kustini Sri Purnomo”), but not past a
second one after it, so the province of the party's branch opened the name: “Jabar Ace Hasan
Syadzily”, “Sumut Ahmad Fauzi” (a wrong name, unmarked). Now a region right after the first
is stepped past too when two name words follow it (one after a province's short form, which
is never a name), and not when it is a given name of the lists (“Golkar Bima Arya
Sugiarto”). The sentences are made up.
"""

import pytest
from quote_helpers import speakers

_LEAD = "Rapat Partai\n\nBANDUNG - Partai itu menggelar rapat kerja daerah di Bandung, Sabtu. "


@pytest.mark.parametrize(("cue", "name"), [
    ("kata Ketua DPD Golkar Jabar Ace Hasan Syadzily.", "Ace Hasan Syadzily"),
    ("kata Sekretaris DPD Nasdem Sulsel Rina Marlina.", "Rina Marlina"),
    ("kata Ketua GP Ansor Jateng Ahmad Fauzi.", "Ahmad Fauzi"),
    ("kata Ketua DPD Golkar Sumut Ahmad.", "Ahmad"),
])
def test_the_branch_is_no_part_of_the_name(cue: str, name: str) -> None:
    assert speakers(f"{_LEAD}“Kami tetap solid sampai pemilu nanti,” {cue}") == [name]


def test_the_branch_before_a_pronoun() -> None:
    text = (f"{_LEAD}Ketua DPD Gerindra Sumut Ahmad Fauzi membuka rapat itu. “Kami tetap "
            "solid sampai pemilu nanti,” ujarnya.")
    assert speakers(text) == ["Ahmad Fauzi"]


# guards: a given name that is also a region, one region only, an acronym's branch


@pytest.mark.parametrize(("cue", "name"), [
    ("kata Ketua DPD Golkar Bima Arya Sugiarto.", "Bima Arya Sugiarto"),
    ("kata Sekjen Gerindra Ahmad Muzani.", "Ahmad Muzani"),
    ("kata Ketua DPW PKB Jatim Ahmad Fauzi.", "Ahmad Fauzi"),
    ("kata Bupati Sleman Kustini Sri Purnomo.", "Kustini Sri Purnomo"),
])
def test_names_stay(cue: str, name: str) -> None:
    assert speakers(f"{_LEAD}“Kami tetap solid sampai pemilu nanti,” {cue}") == [name]
