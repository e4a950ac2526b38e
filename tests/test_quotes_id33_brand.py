"""A body of one word between an office and a holder who has one name (“Menurut Founder
Lentera Febriyana, …” … “ujar Febriyana, Founder Lentera.”) (issue 9, id, s33).

Indonesian news often gives a person one name. After an office and a one-word body, the
two words read as the person's given name and surname, and “ujar Febriyana” then took the
“fuller” two-word form. People._cut_brand cuts the body off when the pair follows an
office word, its first word is no given name on the list, the article writes the second
word on its own, and writes the first after an office word on its own (“Founder
Lentera.”). The paragraphs are made up. Landed as 839c8a8a: dev id 2506 -> 2508, dev en
2701 and never-tuned en 1344 / id 1085 unchanged.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“Kami ingin terus melayani pelanggan dengan sebaik-baiknya,” "


@pytest.mark.parametrize(("office", "again"), [
    ("Founder", "Founder"),
    ("CEO", "CEO"),
    ("Pendiri", "pendiri"),
    ("Direktur", "Direktur"),
])
def test_the_body_word_is_cut_off(office: str, again: str) -> None:
    text = ("Merek Lokal Tutup\n\nJAKARTA - Merek kosmetik lokal Lentera menutup semua gerainya "
            f"tahun ini. Menurut {office} Lentera Febriyana, keputusan itu diambil setelah "
            f"penjualan turun. {_QUOTE}ujar Febriyana, {again} Lentera.")
    assert speakers(text) == ["Febriyana"]


# guards: a two-word name called by its surname, the given name written alone elsewhere


def test_a_foreign_pair_stays_whole() -> None:
    text = ("Aktris Bicara\n\nJAKARTA - Aktris Kirana Ryder akhirnya buka suara. Kirana "
            f"tertawa saat ditanya wartawan. {_QUOTE}kata Ryder.")
    assert speakers(text) == ["Kirana Ryder"]


def test_a_pair_never_split_stays_whole() -> None:
    text = ("Merek Lokal Tutup\n\nJAKARTA - Penjualan kosmetik turun. Menurut Founder Lentera "
            f"Febriyana, keputusan itu berat. {_QUOTE}ujar Febriyana.")
    assert speakers(text) == ["Lentera Febriyana"]
