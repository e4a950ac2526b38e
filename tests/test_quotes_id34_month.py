"""A month that is also a given name, dated after a speaker's name (“kata Budi Santoso Mei
lalu”) (issue 9, id, s34).

Mei, Juni, Juli, Agustus and April are given names too, so the cast glued “Mei” to the
name before it and “kata Budi Santoso Mei lalu” gave “Budi Santoso Mei”. A capitalised
run of the cast now stops before a month the next word dates (“lalu”, “ini”, “depan”,
“kemarin”, a number), as parse_forward already did. A month not dated stays a name.
The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“Kami akan menyelesaikan jembatan itu sebelum musim hujan tiba,” "


@pytest.mark.parametrize("when", ["Mei lalu", "Juni lalu", "Agustus ini", "Juli 2024",
                                  "April kemarin"])
def test_the_dated_month_is_no_name(when: str) -> None:
    text = ("Jembatan Molor\n\nBANDUNG - Pembangunan jembatan di Cibiru molor dua bulan. "
            f"{_QUOTE}kata Kepala Dinas PU Bandung Budi Santoso {when}.")
    assert speakers(text) == ["Budi Santoso"]


def test_the_dated_month_after_a_plain_name() -> None:
    text = ("Jembatan Molor\n\nBANDUNG - Pembangunan jembatan di Cibiru molor. "
            f"{_QUOTE}ujar Rahmat Hidayat Mei lalu di kantornya.")
    assert speakers(text) == ["Rahmat Hidayat"]


# guards: a given name Mei or Juni, not dated, stays the name's


def test_a_name_ending_in_mei_stays() -> None:
    text = ("Jembatan Molor\n\nBANDUNG - Pembangunan jembatan di Cibiru molor. "
            f"{_QUOTE}ujar warga, Lestari Mei, kepada wartawan.")
    assert speakers(text) == ["Lestari Mei"]


def test_a_name_opening_with_juni_stays() -> None:
    text = ("Jembatan Molor\n\nBANDUNG - Pembangunan jembatan di Cibiru molor. "
            f"{_QUOTE}kata Juni Astuti, Senin (5/5).")
    assert speakers(text) == ["Juni Astuti"]
