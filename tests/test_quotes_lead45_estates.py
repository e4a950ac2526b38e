"""Indonesian copy: a name ending in an English estate's word (“Sentosa Park”, “Grand
Kamala Residence”) is a housing estate or a mall, never who “ujarnya” points to (issue 9,
session 45)."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_an_estate_the_narration_opens_with_is_no_speaker():
    text = ("Direktur Pemasaran Grand Kamala Residence Budi Hartono memaparkan rencana "
            "pembangunan tahap kedua.\n\nMenurutnya, Grand Kamala Residence merupakan hunian "
            "dengan konsep modern bagi keluarga muda. “Kami siapkan 200 unit rumah tahun ini,” "
            "ujarnya.")
    assert _speakers(text) == ["Budi Hartono"]


def test_an_english_surname_park_is_still_a_person():
    text = ("Tom Park, the club's chairman, met the players on Monday. “We are not selling "
            "anyone this summer,” he said.")
    assert _speakers(text) == ["Tom Park"]
