"""Things taken for people (issue 9, session 32): a fuel, a bus line, a society the article names
(“BBM jenis Pertalite”, “Halte Trans Siginjai”, “perkumpulan Boedi Oetomo”) were cast members
that “jelasnya” / “ujarnya” pointed back at, and a sentence's first word glued to a thing's name
(“Harga Pertamax naik …”, “Halte Trans Siginjai sudah dibangun”) read as a name. A name written
after a word only a thing's or a body's name follows is a thing. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("text", "expected"), [
    ("Kepala Dinas Perhubungan Varial Adhi Putra mengatakan, Halte Trans Siginjai sudah "
     "dibangun. Trans Siginjai akan segera beroperasi. “Kita juga nanti akan tambah bus,” "
     "jelasnya.", "Varial Adhi Putra"),
    ("Ketua panitia Romi Hariyanto membuka acara. Ia menyebut lahirnya perkumpulan Boedi "
     "Oetomo sebagai awal kebangkitan. Boedi Oetomo menjadi tonggak sejarah. “Kita patut "
     "tetap waspada,” ujarnya.", "Romi Hariyanto"),
    ("Budi Santoso, sopir angkot, mengeluh. Harga Pertamax naik lagi pekan ini. Pertamax kini "
     "Rp13 ribu. “Kami makin susah,” katanya.", "Budi Santoso"),
    ("Edi Susanto berjualan bensin eceran di Manggarai. Pertalite yang dijualnya Rp10 ribu per "
     "liter, sama dengan BBM jenis Pertalite di SPBU. “Soalnya antreannya panjang,” "
     "jelasnya.", "Edi Susanto"),
])
def test_a_pronoun_skips_a_thing(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Budi Santoso menjual bensin. Ani Lestari, pembeli, datang pagi itu. “Harganya naik "
     "terus,” katanya.", "Ani Lestari"),
    ("Pengusaha bus Ani Lestari membuka rute baru. “Kami siap melayani warga,” katanya.",
     "Ani Lestari"),
    ("Budi Santoso, warga Bekasi, memakai aplikasi Gojek setiap hari. Gojek memudahkan dia. "
     "“Saya tinggal pesan saja,” katanya.", "Budi Santoso"),
])
def test_people_stay_people(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
