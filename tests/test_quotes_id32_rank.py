"""A name of four words after a rank, which the article then calls by its last word
(“Kabid Humas Kombes Ade Ary Syam Indradi … kata Indradi”) (issue 9, id, s32).

A run of four words or more the article calls by its last word kept only the last two
(“eks striker Aston Villa Gabriel Agbonlahor … Agbonlahor”: a club of two words before a
name of two). After a police or military rank (and its corps: “Kolonel Inf”) the whole
run is the name. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami akan meninjau semua kontrak yang ditandatangani tahun lalu,” "


@pytest.mark.parametrize(("subject", "call", "expected"), [
    ("Kabid Humas Polda Kombes Tomi Ary Hartawan Saputra", "Saputra",
     "Tomi Ary Hartawan Saputra"),
    ("Kapolres Bogor AKBP Tomi Wahyu Hartawan Putra", "Putra", "Tomi Wahyu Hartawan Putra"),
    ("Dandim 0501 Kolonel Inf Tomi Hartawan Saputra Jaya", "Jaya",
     "Tomi Hartawan Saputra Jaya"),
])
def test_the_name_after_a_rank_is_whole(subject: str, call: str, expected: str) -> None:
    text = f"Ekonomi\n\n{subject} mengatakan harga naik. {_SAID}kata {call}.\n"
    assert speakers(text) == [expected]


# guards: a club of two words before a name of two; a name of three after a rank


@pytest.mark.parametrize(("subject", "call", "expected"), [
    ("Eks striker Lentera Raya Gabriel Hartawan", "Hartawan", "Gabriel Hartawan"),
    ("Kapolsek Tanah Abang Kompol Tomi Akhmat Hartawan", "Hartawan", "Tomi Akhmat Hartawan"),
])
def test_guards(subject: str, call: str, expected: str) -> None:
    text = f"Ekonomi\n\n{subject} mengatakan harga naik. {_SAID}kata {call}.\n"
    assert speakers(text) == [expected]
