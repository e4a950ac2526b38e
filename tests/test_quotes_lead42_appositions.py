"""Names beside ranks, teasers and scare quotes (issue 9, session 42: SURYA, detikSport).

A rank and a name before a comma are a person, the office after the comma theirs (“kata AKP
Rokani, Kasat Narkoba Polres Blitar”, no office called “AKP Rokani” held by “Blitar”); a
video's teaser inside a one-line body is no part of the name after it (“… Blaugrana. Video
Hansi Flick: Lamine Yamal …”); a word in single marks after a name the cast holds is a
headline's scare quote, not a nickname inside a name (“Hansi Flick 'Sindir' Timnas
Spanyol”, not “Flick Timnas” called “Sindir”)."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("kata AKP Rokani, Kasat Narkoba Polres Blitar, Jumat (10/6/2022).", "Rokani"),
    ("kata Kompol Rokani, Kasat Reskrim Polres Blitar, Jumat (10/6/2022).", "Rokani"),
    ("kata Kombes Pol Budi Santoso, Kabid Humas Polda Jatim, Jumat.", "Budi Santoso"),
    ("kata Iptu Rokani, Kanit Reskrim Polsek Sanan, Jumat.", "Rokani"),
    # (an office, a comma, then its holder: as before)
    ("kata Kasat Narkoba Polres Blitar, AKP Rokani, Jumat.", "Rokani"),
])
def test_a_rank_and_a_name_before_a_comma_are_the_speaker(cue, speaker):
    text = ("“Dua barangnya disembunyikan di dua tempat yang berbeda namun petugas bisa "
            f"menemukannya,” {cue}")
    assert _speakers(text) == [speaker]


def test_a_videos_teaser_and_a_headlines_scare_quote_are_no_part_of_a_name():
    text = (
        "Hansi Flick 'Sindir' Timnas Spanyol Gara-gara Lamine Yamal Cedera\n\nBarcelona - "
        "Cedera Lamine Yamal disesalkan Hansi Flick. Yamal cedera usai membela Timnas Spanyol. "
        "“Mereka tidak merawat pemain kami dengan baik sama sekali,” kata Flick. Yamal sudah "
        "mencetak dua gol untuk Blaugrana. Video Hansi Flick: Lamine Yamal Pasti Raih Ballon "
        "d'Or Suatu Hari Nanti. “Dia pemain terbaik yang pernah saya latih selama ini,” kata "
        "Flick.")
    assert _speakers(text) == ["Hansi Flick", "Hansi Flick"]
