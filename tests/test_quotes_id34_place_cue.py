"""Residents or an office of a place the article names, in a cue (“ujar warga Cilandak.”,
“ujar Lurah Pondok Labu.”) (issue 9, id, s34).

After “warga” or an office over a district or a village (camat, lurah, kades, kapolsek …),
the capitalised words were read as a person's name when the gazetteer did not know the
place: a wrong speaker named after a place. names._place_not_name: when the article also
writes those words (one or two) as a place (“di Cilandak”, “Kecamatan …”, “Kelurahan …”,
“Desa …”, “Kampung …”, “kawasan …”, “wilayah …”), the phrase is the residents or the office
of that place, nobody named (or the office's holder, if the article names one). A word
never written as a place (“kata Camat Rudi”) stays a name. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“Air masuk ke rumah sampai setinggi lutut orang dewasa,” "


@pytest.mark.parametrize(("where", "cue"), [
    ("di Cilandak", "ujar warga Cilandak."),
    ("di Kelurahan Pondok Labu", "ujar Lurah Pondok Labu."),
    ("di kawasan Pondok Labu", "kata warga Pondok Labu."),
    ("di Desa Sukamaju", "kata Kades Sukamaju."),
])
def test_the_place_is_no_name(where: str, cue: str) -> None:
    text = (f"Banjir Lagi\n\nJAKARTA - Banjir merendam puluhan rumah {where} sejak Senin "
            f"malam. {_QUOTE}{cue}")
    assert speakers(text) == [""]


# guards: a resident or an office holder named by a word never written as a place


def test_a_resident_named_before_the_place_stays() -> None:
    text = ("Banjir Lagi\n\nJAKARTA - Banjir merendam puluhan rumah di Cilandak sejak Senin "
            f"malam. {_QUOTE}ujar Rina, warga Cilandak.")
    assert speakers(text) == ["Rina"]


def test_an_office_holder_named_stays() -> None:
    text = ("Banjir Lagi\n\nJAKARTA - Banjir merendam puluhan rumah di Cilandak sejak Senin "
            f"malam. {_QUOTE}kata Camat Rudi.")
    assert speakers(text) == ["Rudi"]
