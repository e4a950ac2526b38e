"""A speaker phrase with two offices of the same person (“kata Direktur RSUD Salak yang
juga anggota Gugus Tugas Salak, dr Eka Putri”, “… sekaligus Ketua Partai …, Budi
Santoso”): the holder is named after the comma that ends the second office (issue 9, id,
s30). The place at the end of the first office was read as the speaker. Made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Kabar\n\nRina Wati hadir dalam acara itu. \"Kami sudah menyiapkan semuanya dengan "
         "baik sekali,\" {}\n")


@pytest.mark.parametrize("cue, who", [
    ("ujar Direktur RSUD Bintuni yang juga anggota Gugus Tugas Kabupaten Bintuni, dr Eka "
     "Suradji.", "Eka Suradji"),
    ("kata Ketua DPRD Bintuni sekaligus Ketua Partai Golkar Bintuni, Budi Santoso.",
     "Budi Santoso"),
    ("ujar Direktur RSUD Bintuni yang juga anggota Gugus Tugas (Covid-19) Kabupaten Bintuni, "
     "dr Eka Suradji menjawab pertanyaan wartawan.", "Eka Suradji"),
])
def test_the_holder_after_the_second_office(cue: str, who: str) -> None:
    assert speakers(_TEXT.format(cue)) == [who]


# guards


@pytest.mark.parametrize("cue, who", [
    ("kata Ketua DPRD Bintuni, Budi Santoso.", "Budi Santoso"),
    ("kata Budi Santoso yang juga Ketua Partai Golkar Bintuni.", "Budi Santoso"),
])
def test_one_office_or_a_name_first_is_read_as_before(cue: str, who: str) -> None:
    assert speakers(_TEXT.format(cue)) == [who]
