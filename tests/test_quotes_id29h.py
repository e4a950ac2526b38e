"""An unnamed source after the verb (“kata seorang warga”, “tulis salah satu netizen”,
“ujar salah seorang pedagang”, “komentar lainnya”) gives nobody, not the one who spoke
before it in the paragraph; a quotation ending in a comma right before another shares the
cue after the second (“…,” “…,” tulis salah satu netizen.) (issue 9, id, s29).

Issue 9: an unnamed source (“kata seorang warga”) gives no speaker rather than a wrong
one. The cue was read as no cue, and the quotation inherited the last speaker. The
paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Casemiro Pamit\n\n"
         "\"Terima kasih kepada semua pemain dan staf,\" kata Casemiro Henrique. Pernyataan "
         "itu viral. \"Terima kasih, pejuang sejati,\" {}. Laga berikutnya digelar pekan "
         "depan. Budi Santoso datang.\n")


@pytest.mark.parametrize("cue", [
    "tulis salah satu netizen", "tulis seorang netizen", "kata seorang warga",
    "kata salah satu warga", "ujar salah seorang pedagang", "kata seorang sumber",
    "komentar lainnya", "komentar netizen lainnya",
])
def test_an_unnamed_source_is_nobody(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Casemiro Henrique", ""]


def test_two_quotations_run_on_share_the_cue_after_the_second() -> None:
    text = _TEXT.replace("\"Terima kasih, pejuang sejati,\" {}",
                         "\"Dia pekerja keras,\" \"Terima kasih, pejuang sejati,\" {}")
    assert speakers(text.format("tulis salah satu netizen")) == ["Casemiro Henrique", "", ""]


# guards


@pytest.mark.parametrize("cue", [
    "kata seorang warga, Budi Santoso", "kata salah satu warga Cibinong, Budi Santoso",
    "kata Budi",
])
def test_a_name_after_the_unnamed_words_still_speaks(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Casemiro Henrique", "Budi Santoso"]



# (s29, the same class before the quotation, and many after the verb)


@pytest.mark.parametrize("cue", ["kata para pedagang", "kata sebagian warga"])
def test_many_after_the_verb_are_nobody(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Casemiro Henrique", ""]


def test_others_before_the_quotation_are_nobody() -> None:
    text = ("Banjir Cibinong\n\n\"Air datang cepat sekali,\" kata Ketua RT 05 Budi Santoso. "
            "Warga mulai mengungsi. Warga lain mengatakan, \"Kami butuh bantuan makanan.\" "
            "Hujan masih turun.\n")
    assert speakers(text) == ["Budi Santoso", ""]


def test_the_one_named_after_bernama_speaks() -> None:
    text = _TEXT.format("kata seorang ibu rumah tangga bernama Siti Aminah") + (
        "Siti Aminah tinggal di Cibinong.\n")
    assert speakers(text) == ["Casemiro Henrique", "Siti Aminah"]
