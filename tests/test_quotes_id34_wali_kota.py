"""“Wali Kota” before a given name with no city written (“kata Wali Kota Budi Santoso”)
(issue 9, id, s34: the session's reviewer's finding).

The word after “Kota” was always read as the city, so “kata Wali Kota Budi Santoso.”
gave “Santoso” and a later “katanya” the surname alone (the cast held the office “Wali
Kota Budi”). A given name of the lists after “Wali Kota”, with a word more and no region
called so, is now the mayor's name, as “warga Budi Santoso” is a resident's. A city of
the lists stays the city (“Wali Kota Bogor Bima Arya”, “Wali Kota Cimahi Ngatiyana”).
The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“Kami sudah menyiapkan pompa di setiap kelurahan,” "


@pytest.mark.parametrize("name", ["Budi Santoso", "Ahmad Fauzi", "Siti Rahmawati",
                                  "Agus Hermawan Putra"])
def test_the_given_name_after_wali_kota_is_the_mayors(name: str) -> None:
    text = ("Banjir Lagi\n\nHujan deras sejak pagi merendam ratusan rumah. "
            f"{_QUOTE}kata Wali Kota {name} di balai kota, Senin.")
    assert speakers(text) == [name]


def test_a_pronoun_after_the_mayor_named_so() -> None:
    text = ("Banjir Lagi\n\nWali Kota Ahmad Fauzi meninjau lokasi banjir bersama camat. "
            f"{_QUOTE}katanya.")
    assert speakers(text) == ["Ahmad Fauzi"]


# guards: a city of the lists after “Wali Kota” stays the city


@pytest.mark.parametrize(("office", "name"), [
    ("Wali Kota Bogor", "Bima Arya"), ("Wali Kota Cimahi", "Ngatiyana"),
    ("Wali Kota Surabaya", "Eri Cahyadi"), ("Wali Kota Depok", "Mohammad Idris"),
    ("Bupati", "Budi Santoso")])
def test_the_city_after_wali_kota_stays_a_place(office: str, name: str) -> None:
    text = ("Banjir Lagi\n\nHujan deras sejak pagi merendam ratusan rumah. "
            f"{_QUOTE}kata {office} {name}.")
    assert speakers(text) == [name]
