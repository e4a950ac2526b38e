"""A detik-style page ends with its editors' initials in brackets and then its tags in
lower case (“(aff/krs) arsenal napoli vs arsenal mikel arteta liga champions”), names among
them. The cast counts words the article writes in lower case as common words, so “arteta”
there made “Arteta” no name: “ujar Arteta” and every “ujarnya” after it gave nobody. The
tags are no words of the article (session 38: the Indonesian development texts id38 of
detik.com, 2026, showed it; text made up)."""

import pytest

from tests.quote_helpers import speakers

_TEXT = ("Jakarta - Napoli vs Arsenal akan main pada laga perdana Liga Champions. Manajer "
         "Arsenal, Mikel Arteta menegaskan timnya harus memulai dengan hebat. \"Saya dan tim "
         "antusias menyambut Liga Champions musim ini,\" ujar Arteta dilansir dari situs resmi "
         "klub. \"Kami harus memulai dengan performa yang hebat,\" tegasnya. (aff/krs) ")


@pytest.mark.parametrize("tags", [
    "arsenal napoli vs arsenal mikel arteta liga champions\n",
    "arsenal mikel arteta",
])
def test_the_tags_after_the_initials_are_no_words_of_the_article(tags):
    assert speakers(_TEXT + tags) == ["Mikel Arteta", "Mikel Arteta"]



def test_a_short_verb_glued_to_the_name():
    # (id38 2854, CNN Indonesia: “(Menkeu)Purbaya Yudhi Sadewamemuji kinerja …”: a link's
    # name glued to a six-letter verb; longer ones (“Sadewamenyebut”) were cut before)
    text = ("Menteri Keuangan (Menkeu)Purbaya Yudhi Sadewamemuji kinerja ekonomi 10 bulan "
            'pemerintahan PresidenPrabowo Subianto. "Dengan mengucap syukur alhamdulillah, '
            'kinerja ekonomi kita berjalan dengan baik," tuturnya dalam Rapat Kerja.')
    assert speakers(text) == ["Purbaya Yudhi Sadewa"]
