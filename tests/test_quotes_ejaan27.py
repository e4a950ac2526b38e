"""A short name in today's spelling finds a full name in the old one (issue 9, s27).

Indonesian names keep the spelling of before 1972 (“Soetrisno”, “Djoko”, “Chairul”) or end
in “y” for “i” (“Budy”, “Andy”), and an article often writes the short form the other way:
“Kepala Dinas …, Darma Budy mengatakan …” then “kata Budi” (dev 1567_sumsel_id), “Djoko
Santoso” then “kata Joko”. The short form matched no word of the full name (too short for
the misspelling test, or another first letter), so the speaker was the bare short form.
A name word and a word of a cast member that fold to the same word in today's spelling
(``names._ejaan``: oe→u, dj→j, tj→c, nj→ny, sj→sy, ch→kh, a final y→i) are one name, below
the same spelling. The paragraphs here are made up.
"""

import pytest
from quote_helpers import speakers


def _article(full: str, short: str) -> str:
    return (f"Kepala Dinas PUBM Sumsel, {full} mengatakan lahan sudah bebas.\n\n"
            "Sementara itu warga masih menunggu ganti rugi dari pemerintah.\n\n"
            f"“Persil yang sudah bebas kita bersihkan dulu,” kata {short}.\n")


@pytest.mark.parametrize("full, short", [
    ("Darma Budy", "Budi"),
    ("Djoko Santoso", "Joko"),
    ("Soetrisno Hadi", "Sutrisno"),
    ("Andi Wijaya", "Andy"),
    ("Chairul Tanjung", "Khairul"),
])
def test_old_and_new_spelling_are_one_name(full: str, short: str) -> None:
    assert speakers(_article(full, short)) == [full]


def test_the_same_spelling_comes_first() -> None:
    text = ("Rapat dihadiri Budi Santoso dan Darma Budy, Senin.\n\n"
            "“Kami sepakat lahan itu dibersihkan pekan depan,” kata Budi.\n")
    assert speakers(text) == ["Budi Santoso"]


@pytest.mark.parametrize("full, short", [
    ("Budi Hartono", "Hartanto"),  # another name, not another spelling
    ("Yoga Pratama", "Yogi"),
])
def test_other_names_stay_apart(full: str, short: str) -> None:
    assert speakers(_article(full, short)) != [full]
