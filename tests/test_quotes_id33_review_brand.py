"""A one-word body that opens the article is still cut off its holder's name (issue 9, id,
s33 review of 839c8a8a).

People._cut_brand looks for the body's word written alone after an office (“…, Pendiri
Sarang.”) by walking its occurrences with ``while at > 0``: when the text opens with the
body's word (“Sarang menutup …”, a body's name as the article's first word, as scraped
articles without a title have it), the walk stopped at 0 and never reached the later
“Pendiri Sarang”. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_BODY = ("Menurut Pendiri Sarang Wulandari, keputusan itu diambil setelah penjualan turun. "
         "“Kami perlu berhenti sebentar untuk menata ulang semua produk,” ujar Wulandari, "
         "Pendiri Sarang.")


@pytest.mark.parametrize("opening", [
    "Sarang menutup semua tokonya tahun ini. ",
    "Sarang, merek tas lokal, menutup semua tokonya tahun ini. ",
])
def test_the_body_word_first_in_the_text_is_cut_off(opening: str) -> None:
    assert speakers(opening + _BODY) == ["Wulandari"]


# guards: the same body word later in the text (cut before and after); a pair never split


def test_the_body_word_later_is_cut_off() -> None:
    text = "JAKARTA - Merek tas lokal Sarang menutup semua tokonya tahun ini. " + _BODY
    assert speakers(text) == ["Wulandari"]


def test_a_pair_never_written_apart_stays_whole() -> None:
    text = ("Sarang Wulandari menutup semua tokonya tahun ini. Menurut Pendiri Sarang "
            "Wulandari, keputusan itu berat. “Kami perlu berhenti sebentar untuk menata "
            "ulang semua produk,” ujar Wulandari.")
    assert speakers(text) == ["Sarang Wulandari"]
