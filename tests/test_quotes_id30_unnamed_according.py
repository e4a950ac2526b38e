"""“Menurut seorang …” / “Menurut salah satu …”: one unnamed source the sentence goes by
(issue 9, id, s30). A body named inside that source (“seorang mantan karyawan Acme”) is not
the speaker, and a “katanya” after the sentence names nobody rather than the last person
the article named. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_MAYOR = ("Banjir\n\nWali Kota Bandar, Budi Santoso, mengatakan, \"Kami sudah menyiapkan "
          "pompa air di semua titik rawan.\"\n\n")


@pytest.mark.parametrize("source", [
    "Menurut seorang warga, banjir sudah terjadi sejak pagi.",
    "Menurut salah satu warga yang enggan disebut namanya, banjir sudah terjadi sejak pagi.",
])
def test_the_pronoun_after_an_unnamed_source_names_nobody(source: str) -> None:
    text = _MAYOR + source + " \"Air masuk ke rumah kami sejak subuh tadi,\" katanya.\n"
    assert speakers(text) == ["Budi Santoso", ""]


def test_a_body_inside_the_unnamed_source_does_not_speak() -> None:
    text = ("Aplikasi\n\nAcme dikabarkan sedang membuat aplikasi baru. Menurut seorang mantan "
            "karyawan Acme yang enggan disebut namanya, aplikasi berkode nama \"Proyek "
            "Lasso\" itu memiliki banyak fitur. Dia juga menyatakan aplikasi itu berbeda. "
            "\"Yang mereka lakukan hanya mencoba untuk menjadi keren saja.\" ujarnya.\n")
    assert speakers(text) == [""]


# guards


@pytest.mark.parametrize("source, who", [
    ("Menurut seorang pengamat, Rina Wulandari, banjir sudah terjadi sejak pagi.",
     "Rina Wulandari"),
    ("Menurut Rina Wulandari, banjir sudah terjadi sejak pagi.", "Rina Wulandari"),
    ("Rina Wulandari mengatakan banjir sudah terjadi sejak pagi.", "Rina Wulandari"),
])
def test_a_named_source_keeps_the_pronoun(source: str, who: str) -> None:
    text = _MAYOR + source + " \"Air masuk ke rumah kami sejak subuh tadi,\" katanya.\n"
    assert speakers(text) == ["Budi Santoso", who]
