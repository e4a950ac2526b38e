"""“…,” ujar Menkeu di Gedung DPR, Senayan, Jakarta: where the office spoke goes on past the
comma, a chain of places; one word there is a place, not the office's holder (was
“Senayan”, unmarked; review 39's side finding). A holder named after the place and its comma
still is. Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Menteri Keuangan Purbaya Yudhi Sadewa hadir dalam rapat kerja dengan DPR.\n\n"
_WORDS = '"Defisit APBN masih terjaga di bawah tiga persen," '


@pytest.mark.parametrize("cue", [
    "ujar Menkeu di Gedung DPR, Senayan, Jakarta, Senin (1/12/2026).",
    "ujar Menteri Keuangan di Gedung DPR, Senayan, Jakarta.",
])
def test_a_chain_of_places_after_the_office(cue):
    assert speakers(_LEAD + _WORDS + cue) == ["Purbaya Yudhi Sadewa"]


def test_a_holder_named_after_the_place():
    text = ('"Pelaku sudah kami tangkap tadi malam," kata Kapolres di Mapolres Bogor, '
            "AKBP Budi Santoso, kepada wartawan.")
    assert speakers(text) == ["Budi Santoso"]


def test_a_holder_after_the_place_and_before_the_day():
    # (review 39b, finding 3: “…, Sutrisno, Senin” is a name, then the day)
    text = ('"Kami akan memperbaiki jalan itu tahun depan," ujar Bupati di Pendopo, Sutrisno, '
            "Senin (7/12/2026).")
    assert speakers(text) == ["Sutrisno"]
