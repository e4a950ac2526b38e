"""A title written in lower case with a full stop (“dr.”, “drg.”, “ir.”, “prof.”) before a
name ends no sentence (issue 9, session 46): “kata Kepala RS Harapan, dr. Budi Santoso.”
names Budi Santoso, the head of the hospital, not a person called “Harapan”."""

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.attribution import sentence_end


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("title", ["dr.", "drg.", "ir.", "prof."])
def test_the_name_after_the_office_and_its_comma_speaks(title):
    text = ("“Kami siap melayani pasien dengan sebaik-baiknya,” kata Kepala RS Harapan, "
            f"{title} Budi Santoso.")
    assert _speakers(text) == ["Budi Santoso"]


def test_a_hospital_named_by_two_words():
    text = ("“Pelayanan kami buka dua puluh empat jam setiap hari,” ujar Direktur RSUD Sehat "
            "Sentosa, dr. Rina Wulandari.")
    assert _speakers(text) == ["Rina Wulandari"]


def test_the_title_is_no_sentence_end_but_a_real_stop_is():
    text = "Ia diperiksa oleh dr. Ani Lestari di klinik. Hasilnya baik."
    assert sentence_end(text, 0, len(text)) == text.index(". Hasilnya") + 1
    ended = "Ia diperiksa dr. Ani di klinik dr.\nHasilnya baik."  # (no name after it)
    assert sentence_end(ended, 0, len(ended)) == ended.index("\n")
