"""“Eksekutif” ends an Indonesian office (“Direktur Eksekutif”, “Sekretaris Eksekutif”)
as “Utama” does; it is no given name (issue 9, id, s30): “kata Direktur Eksekutif Rina
Wulandari” gave 'Eksekutif Rina Wulandari'. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("text", [
    "Kampus\n\n\"Kami menolak kenaikan biaya kuliah tahun ini,\" kata Direktur Eksekutif "
    "Rina Wulandari.\n",
    "Kampus\n\nDirektur Eksekutif Rina Wulandari mengatakan, \"Kami menolak kenaikan biaya "
    "kuliah tahun ini.\"\n",
])
def test_the_office_word_is_not_the_name(text: str) -> None:
    assert speakers(text) == ["Rina Wulandari"]


# guards


@pytest.mark.parametrize("text, who", [
    ("Kampus\n\nDirektur Eksekutif Lembaga Survei Nusantara, Rina Wulandari, mengatakan, "
     "\"Elektabilitas partai itu naik tajam bulan ini.\"\n", "Rina Wulandari"),
    ("Kampus\n\nKetua Badan Eksekutif Mahasiswa UI, Budi Santoso mengatakan, \"Kami menolak "
     "kenaikan biaya kuliah tahun depan.\"\n", "Budi Santoso"),
    ("Kampus\n\n\"Kami menolak kenaikan biaya kuliah tahun ini,\" kata Direktur Utama Rina "
     "Wulandari.\n", "Rina Wulandari"),
])
def test_other_offices_keep_their_holders(text: str, who: str) -> None:
    assert speakers(text) == [who]
