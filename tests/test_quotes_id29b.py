"""An uncued quotation right after a sentence of narration that opens with a person's
name, nobody having spoken before it in the paragraph: a guess at that person, in
Indonesian too (issue 9, id, s29).

“Yanto Subagyo sudah tiga tahun berjualan … “Kadang sehari cuma laku sepuluh botol.””
was nobody's, or the speaker of the paragraph before; English read it so already
(engine._narrated_before). Not when the sentence opens with a function word (“Kepada Wali
Kota X, Gubernur Y meminta …”), when a speech verb after the quotation names somebody
the rules did not read, nor for a place or a thing the article names as a subject. The
paragraphs are made up.
"""

from quote_helpers import quotations, speakers

from reader.core.models import LOW_SPEAKER_CONFIDENCE

_NARRATED = ("Yanto Subagyo sudah tiga tahun berjualan bensin eceran di pinggir jalan. "
             "“Kadang sehari cuma laku sepuluh botol.”\n")


def test_the_person_the_sentence_before_opens_with() -> None:
    text = ("Bensin Eceran\n\n"
            "Harga bensin eceran di Manggarai naik pekan ini. Banyak pengecer mengeluh.\n\n"
            + _NARRATED)
    assert speakers(text) == ["Yanto Subagyo"]


def test_rather_than_the_speaker_of_the_paragraph_before() -> None:
    text = ("Bensin Eceran\n\n"
            "“Harga naik terus, pembeli makin sedikit,” kata Rina Wulandari, pengecer di "
            "Tebet.\n\n" + _NARRATED)
    assert speakers(text) == ["Rina Wulandari", "Yanto Subagyo"]


def test_a_guess_is_marked() -> None:
    text = ("Bensin Eceran\n\n"
            "Harga bensin eceran di Manggarai naik pekan ini. Banyak pengecer mengeluh.\n\n"
            + _NARRATED)
    [found] = quotations(text)
    assert found.speaker == "Yanto Subagyo"
    assert found.speaker_confidence < LOW_SPEAKER_CONFIDENCE


# guards


def test_not_after_a_sentence_opening_with_a_function_word() -> None:
    text = ("Bensin Eceran\n\n"
            "Harga bensin eceran di Manggarai naik pekan ini.\n\n"
            "Kepada Wali Kota Rina Wulandari, Gubernur Herman Santoso meminta harga "
            "dijaga. “Jangan sampai warga kesulitan.”\n")
    assert speakers(text) == [""]


def test_not_a_place_opening_the_sentence() -> None:
    text = ("Bensin Eceran\n\n"
            "Harga bensin eceran di Manggarai naik pekan ini.\n\n"
            "Taman Sari Indah ramai dikunjungi warga sejak pagi. “Kami datang dari jauh.”\n")
    assert speakers(text) == [""]


def test_a_speaker_in_the_paragraph_keeps_the_quotation() -> None:
    text = ("Bensin Eceran\n\n"
            "“Harga naik terus,” kata Rina Wulandari. Yanto Subagyo sudah tiga tahun "
            "berjualan bensin eceran di pinggir jalan. “Kadang sehari cuma laku sepuluh "
            "botol.”\n")
    assert speakers(text) == ["Rina Wulandari", "Rina Wulandari"]
