"""Sasak nobility's “Lalu” opens a name after an office and its region (issue 9, session
46): “kata Sekda Lombok Tengah Lalu Firman Wijaya” is Lalu Firman Wijaya, as the article
calls him (the issue's own example: “kata Lalu” is a short form)."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("office", ["Sekda Lombok Tengah", "Gubernur NTB", "Sekda"])
def test_lalu_after_an_office_opens_the_name(office):
    text = ("\"Hasilnya diambil jalan tengah, pajak hiburan hanya dua puluh persen,\" kata "
            f"{office} Lalu Firman Wijaya.")
    assert _speakers(text) == ["Lalu Firman Wijaya"]


def test_the_common_word_opening_a_sentence_is_no_name():
    text = ("Warga berkumpul di balai desa. Lalu Kepala Desa Budi Santoso datang.\n\n"
            "\"Kami akan memperbaiki jalan ini tahun depan,\" kata Budi.")
    assert _speakers(text) == ["Budi Santoso"]
