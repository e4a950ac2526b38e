"""Two offices joined by “dan”, then their two holders joined by “dan”, in order: “Bupati
dan Wakil Bupati Salak Utara Darmawan Putra dan Budi Santoso”, “Gubernur dan Wakil
Gubernur Jambi, Darmawan Putra dan Budi Santoso” (issue 9, id, s29).

The first holder was given both offices and the second the first one's name (“Wakil
Bupati … Darmawan Putra dan”), so “kata Bupati” named nobody (two held it) and “kata
Wakil Gubernur” the governor. cast._paired_offices gives each holder their own office,
the place after the second office being both's. The paragraphs are made up.
"""

from quote_helpers import speakers

_TEXT = """Bupati Lepas Kontingen

SALAK - Bupati dan Wakil Bupati Salak Utara Darmawan Putra dan Budi Santoso melepas \
keberangkatan kontingen olahraga di kantor bupati, Senin (23/5).

“Saya minta para atlet menjaga kekompakan,” kata Bupati.

“Jaga kesehatan selama bertanding,” ujar Wakil Bupati.
"""


def test_each_holder_holds_the_office_written_in_their_place() -> None:
    assert speakers(_TEXT) == ["Darmawan Putra", "Budi Santoso"]


def test_so_with_the_holders_listed_after_a_comma() -> None:
    text = (_TEXT.replace("Bupati dan Wakil Bupati Salak Utara Darmawan Putra dan Budi Santoso",
                          "Gubernur dan Wakil Gubernur Jambi, Darmawan Putra dan Budi Santoso,")
            .replace("kata Bupati", "kata Gubernur")
            .replace("ujar Wakil Bupati", "ujar Wakil Gubernur"))
    assert speakers(text) == ["Darmawan Putra", "Budi Santoso"]


# guards


def test_one_office_one_holder_is_unchanged() -> None:
    text = _TEXT.replace("Bupati dan Wakil Bupati Salak Utara Darmawan Putra dan Budi Santoso",
                         "Bupati Salak Utara Darmawan Putra")
    assert speakers(text)[0] == "Darmawan Putra"


def test_three_holders_are_not_paired() -> None:
    text = _TEXT.replace("Darmawan Putra dan Budi Santoso",
                         "Darmawan Putra, Budi Santoso dan Rina Wulandari")
    assert speakers(text)[0] != "Budi Santoso"
