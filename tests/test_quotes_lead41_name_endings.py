"""Indonesian and Javanese names end in words that read like a glued word (“Danadiputra”:
“Dana” and a passive “diputra”; “Hariyanto”: “Hari”, a given name the article writes
twice, and “yanto”). The unglue step cut them (dev's 3190_cnbcresearch gave “I Gusti
Ngurah Askhara Dana”, 1803_tanjabtim “Romi Hari”). -putra, -putri, -yanto, -yanti, -wanto,
-wanti are names' ends. Texts made up (session 41)."""

from collections import Counter

import pytest

from reader.core.quotes.names import unglue_name
from tests.quote_helpers import quotations


@pytest.mark.parametrize(("name", "seen"), [
    ("I Gusti Ngurah Askhara Danadiputra", {}),
    ("Romi Hariyanto", {"Hari": 3}),
    ("Dewi Sekarputri", {}),
])
def test_a_names_own_end_is_no_glued_word(name, seen):
    assert unglue_name(name, Counter(seen)) == name


def test_a_glued_verb_is_still_cut():
    assert unglue_name("Anies Baswedanmenjadi", Counter({"Baswedan": 2})) == "Anies Baswedan"


def test_the_whole_name_speaks():
    text = ("Judul\n\nPeringatan Hari Kebangkitan Nasional digelar di alun-alun. Hari itu "
            "ramai.\n\n\"Kita harus bersatu,\" ujar Bupati Romi Hariyanto.")
    [q] = quotations(text)
    assert q.speaker == "Romi Hariyanto"
