"""A one-word name given after “bernama” (“Sopir angkot bernama Udin mengeluh. “…,”
katanya.”) (issue 9, id, s34).

Indonesian news often introduces an ordinary person with one name only, after “bernama”
(“named”). The cast holds no one-word name without such evidence, so the pronoun cue after
the quotation found nobody. cast._apposed_lone_hits now also reads “bernama X” when no
capitalised word follows X and one of the two words before “bernama” is a person's noun
(an occupation or role of ROLE_WORDS, a relative, “seorang”, “pria”, “nenek”, …), not a
thing's (“kapal bernama Sinar”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize(("intro", "name"), [
    ("Sopir angkot bernama Udin mengeluhkan sepinya penumpang.", "Udin"),
    ("Tukang parkir bernama Jaja ikut merasakan dampaknya.", "Jaja"),
    ("Kami bertemu seorang ibu bernama Imas di lorong pasar.", "Imas"),
])
def test_the_one_named_speaks(intro: str, name: str) -> None:
    text = ("Pasar Sepi\n\nBOGOR - Pasar tradisional di Bogor makin sepi sejak tahun lalu. "
            f"{intro} “Dulu ramai sekali, sekarang sehari hanya lima pembeli,” katanya.")
    assert speakers(text) == [name]


# guards: a thing so named is nobody; the named one who does not speak stays out; the
# subject after “bernama” was read before


def test_the_named_subject_still_speaks() -> None:
    text = ("Pasar Sepi\n\nBOGOR - Pasar tradisional di Bogor makin sepi sejak tahun lalu. Ada "
            "juga pedagang bernama Tarno yang sudah 20 tahun berjualan. “Dulu ramai sekali, "
            "sekarang sehari hanya lima pembeli,” ucapnya.")
    assert speakers(text) == ["Tarno"]


def test_a_ship_so_named_is_no_speaker() -> None:
    text = ("Kapal Tenggelam\n\nBANTEN - Kapal bernama Sinar tenggelam di Selat Sunda. "
            "“Ombaknya sangat tinggi malam itu,” kata seorang nelayan.")
    assert speakers(text) == [""]


def test_the_officer_speaks_about_the_one_named() -> None:
    text = ("Pencurian Motor\n\nJAKARTA - Polisi menangkap seorang pria bernama Udin. Kapolsek "
            "Tebet Kompol Budi Hartono mengatakan, pelaku sudah lama diincar. “Dia sudah kami "
            "pantau sejak Januari,” ujarnya.")
    assert speakers(text) == ["Budi Hartono"]
