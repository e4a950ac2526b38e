"""An uncued Indonesian quotation five sentences or more of narration after the last
speaker's cue does not take that speaker (issue 9, id, s29).

In a long paragraph a quotation with no cue inherited the last speaker however far back
the cue stood; after five sentences of narration (other people's deeds, a chant, a
crowd) the quotation is as often nobody's, and a wrong confident name is worse than none.
The paragraphs are made up.
"""

from quote_helpers import speakers

_NARRATION = ("Massa mulai berkumpul sejak pagi. Spanduk dibentangkan di depan gedung. "
              "Polisi berjaga di sekitar lokasi. Arus lalu lintas dialihkan. "
              "Beberapa toko memilih tutup lebih awal. ")


def test_far_after_the_cue_the_quotation_is_nobodys() -> None:
    text = ("Aksi Ibu-Ibu\n\n"
            "“Kami turun karena harga terus naik,” kata koordinator aksi Rina Wulandari. "
            + _NARRATION + "“Kalau mahasiswa belum bergerak, kenapa tidak ibu-ibunya?”\n")
    assert speakers(text) == ["Rina Wulandari", ""]


# guards


def test_near_the_cue_the_quotation_is_still_theirs() -> None:
    text = ("Aksi Ibu-Ibu\n\n"
            "“Kami turun karena harga terus naik,” kata koordinator aksi Rina Wulandari. "
            "Massa mulai berkumpul sejak pagi. “Kalau mahasiswa belum bergerak, kenapa "
            "tidak ibu-ibunya?”\n")
    assert speakers(text) == ["Rina Wulandari", "Rina Wulandari"]


def test_a_cued_quotation_after_the_narration_is_unchanged() -> None:
    text = ("Aksi Ibu-Ibu\n\n"
            "“Kami turun karena harga terus naik,” kata koordinator aksi Rina Wulandari. "
            + _NARRATION + "“Kalau mahasiswa belum bergerak, kenapa tidak ibu-ibunya?” "
            "ujarnya.\n")
    assert speakers(text) == ["Rina Wulandari", "Rina Wulandari"]
