"""A body written in title case between an office and its holder's name (“Dirut Pertamina
Nicke Widyawati”, “Pemred Tempo Setri Yasra”, “Ekonom Indef Esther Sri Astuti”) (issue 9,
id, s32).

The body's word was read as the name's first: “Lentera Tomi Hartawan”. When the run
follows an office word, its first word is no given name on the list, and the article
tells where the name starts (it calls the person by the run's second word, or writes the
first word elsewhere as a body's: “PT Lentera”, “di Lentera”), the first word is the
body's. And a squad member's own three-word name (“kata penyerang Gilang Sukmana Putra”)
is no longer cut as if its first word were a club when nothing says so (the reviewer's
finding on f02bcdc6). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami akan meninjau semua kontrak yang ditandatangani tahun lalu,” "


@pytest.mark.parametrize(("lead", "cue", "expected"), [
    ("Direktur Eksekutif Lentera Tomi Hartawan mengatakan harga naik.", "kata Tomi.",
     "Tomi Hartawan"),
    ("Harga pupuk naik lagi.", "ujar Pemimpin Redaksi Sinar Tomi Hartawan. Tomi menambahkan "
     "hal itu.", "Tomi Hartawan"),
    ("Antrean di Lentera makin panjang. Dirut Lentera Tomi Hartawan mengatakan harga naik.",
     "kata Hartawan.", "Tomi Hartawan"),
    ("Ekonom Lentera Tomi Hartawan Saputra mengatakan harga naik.", "kata Tomi.",
     "Tomi Hartawan Saputra"),
])
def test_the_body_is_no_part_of_the_name(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"Ekonomi\n\n{lead} {_SAID}{cue}\n") == [expected]


def test_a_players_own_three_word_name() -> None:
    text = ("Sepak bola\n\nTimnya kalah dua gol tanpa balas. “Kami akan bermain habis-habisan "
            "di laga berikutnya,” kata penyerang Tomi Sukmana Putra.\n")
    assert speakers(text) == ["Tomi Sukmana Putra"]


# guards: a rank before the name, a three-word name called by its first or last word, and
# nothing telling where the name starts


@pytest.mark.parametrize(("lead", "cue", "expected"), [
    ("Kasat Reskrim AKBP Tomi Hartawan Saputra mengatakan harga naik.", "kata Hartawan.",
     "Tomi Hartawan Saputra"),
    ("Direktur Tomi Hartawan Saputra mengatakan harga naik.", "kata Tomi.",
     "Tomi Hartawan Saputra"),
    ("Direktur Tomi Hartawan Saputra mengatakan harga naik.", "kata Saputra.",
     "Tomi Hartawan Saputra"),
    ("Harga pupuk naik lagi.", "ujar Pemimpin Redaksi Sinar Tomi Hartawan.",
     "Sinar Tomi Hartawan"),
])
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"Ekonomi\n\n{lead} {_SAID}{cue}\n") == [expected]
