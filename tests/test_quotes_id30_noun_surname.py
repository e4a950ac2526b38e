"""After an office and its comma, a full name whose last word is shaped like an Indonesian
noun (pe-…-an, ke-…-an: “Penanggungan”, “Kemayoran”) is still the name (issue 9, id,
s30): “kata Kepala BPBD Jawa Tengah, Rina Catursari Penanggungan.” gave nobody, the last word
being read as a common noun. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = "Longsor\n\nHujan deras turun sejak pagi. {}\n"


@pytest.mark.parametrize("text, who", [
    ("\"Kami fokus mencari korban yang hilang,\" kata Kepala Badan Penanggulangan Bencana "
     "Daerah Jawa Tengah, Rina Catursari Penanggungan.", "Rina Catursari Penanggungan"),
    ("\"Kami fokus mencari korban yang hilang,\" ujar Camat Salak Utara, Budi Wira "
     "Kemayoran, Senin.", "Budi Wira Kemayoran"),
])
def test_a_noun_shaped_surname_ends_the_name(text: str, who: str) -> None:
    assert speakers(_TEXT.format(text)) == [who]


# guards


@pytest.mark.parametrize("text, who", [
    ("\"Kami fokus mencari korban yang hilang,\" kata Kepala Badan Penanggulangan Bencana "
     "Daerah Jawa Tengah, Rina Catursari.", "Rina Catursari"),
    ("\"Kami fokus mencari korban yang hilang,\" kata Kepala Badan Penanggulangan Bencana "
     "Daerah Jawa Tengah.", ""),
])
def test_other_phrases_are_read_as_before(text: str, who: str) -> None:
    assert speakers(_TEXT.format(text)) == [who]
