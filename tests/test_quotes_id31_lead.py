"""Speakers in Indonesian news (issue 9, session 31): a nickname made of a form of address
and a word that is no word of the full name (“Muhaimin Iskandar … pria yang karib disapa Cak
Imin itu”, Gus Ipul for Saifullah Yusuf, Kang Emil for Ridwan Kamil) was not taken for the
person's other name once a speech verb had made a cast member of it (“kata Cak Imin”), so
the quotation went to “Cak Imin”. Made-up texts; the guards keep a nickname the story used
for somebody before giving it."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "\"Desa harus menjadi pusat ekonomi baru,\" {verb} {alias}."


@pytest.mark.parametrize(("full", "alias", "called", "verb"), [
    ("Saifullah Yusuf", "Gus Ipul", "akrab disapa", "kata"),
    ("Ridwan Kamil", "Kang Emil", "biasa dipanggil", "ujar"),
    ("Muhaimin Iskandar", "Cak Imin", "karib disapa", "kata"),
    ("Maruarar Sirait", "Bang Ara", "akrab disapa", "tutur"),
])
def test_a_nickname_of_address_and_another_word(full: str, alias: str, called: str,
                                                verb: str) -> None:
    text = (f"Calon wakil presiden, {full}, menilai ekonomi desa harus dibenahi.\n"
            f"Hal ini disampaikan pria yang {called} {alias} itu di hadapan warga.\n"
            + SAID.format(verb=verb, alias=alias))
    assert speakers(text) == [full]
    # (a headline may use the nickname before the story gives it)
    assert speakers(f"{alias}: Desa Harus Jadi Pusat Ekonomi\n\n{text}") == [full]


def test_guard_a_nickname_used_for_somebody_before() -> None:
    text = ("Jembatan Baru Diresmikan\n\nGubernur Jawa Barat Ridwan Kamil meresmikan jembatan "
            "baru.\nIa datang bersama Kang Emil, ketua RT setempat.\nPria yang biasa dipanggil "
            "Kang Emil itu meminta warga menjaga jembatan.\n\"Jembatan ini milik warga "
            "semua,\" ujar Kang Emil.")
    assert speakers(text) == ["Kang Emil"]


def test_guard_a_nickname_that_is_a_word_of_the_name() -> None:
    text = ("Tokoh agama Antonius Benny Susetyo hadir dalam diskusi itu.\nPria yang biasa "
            "disapa Romo Benny itu mengingatkan pemerintah.\n\"Negara harus hadir,\" kata "
            "Romo Benny.")
    assert speakers(text) == ["Antonius Benny Susetyo"]
