"""“kata Kepala Bidang Angkutan Sutarno”: the field after “Bidang” is no given name (issue 9,
id, s28).

split_phrase reads “Kepala Bidang Angkutan Sutarno” as the office “Kepala Bidang Angkutan”
and the one-word name “Sutarno” (``_past_field``), but ``People.fuller_in_text`` then took
the capitalised word before the name anywhere in the article as its given name: “Angkutan
Sutarno”. It now skips a word that follows “Bidang” or “Urusan” (the field of an office),
as it skips a town after “Wali Kota” and a village after “Desa”. The paragraphs here are
made up.
"""

from quote_helpers import speakers


def test_the_field_after_bidang_is_no_given_name() -> None:
    text = ("Armada Siap\n\n"
            "“Kita tentu ingin sesuai komitmen,” kata Kepala Bidang Angkutan Sutarno.\n")
    assert speakers(text) == ["Sutarno"]


def test_through_the_head_of_a_field_then_a_pronoun() -> None:
    text = ("Armada Siap\n\n"
            "Kepala Dishub Kota Salak Darmawan Pasaribu melalui Kepala Bidang Angkutan Sutarno "
            "menyebutkan, armada sudah siap.\n\n"
            "“Kita tentu ingin sesuai komitmen,” katanya.\n")
    assert speakers(text) == ["Sutarno"]


# guard


def test_a_given_name_before_a_surname_still_joins_it() -> None:
    # (“Santoso” written after its given name elsewhere, with no “Bidang” before: the
    # fuller form still stands)
    text = ("Armada Siap\n\n"
            "Armada baru itu diperiksa oleh Joko Santoso dari dinas perhubungan.\n\n"
            "“Kita tentu ingin sesuai komitmen,” kata Santoso.\n")
    assert speakers(text) == ["Joko Santoso"]
