"""Two capitals right after a one-word name, written nowhere else in the article, are the
person's initials (issue 9, session 46): “Cawapres nomor urut 3 Mahfud MD mengatakan …”,
then “kata Mahfud” gives Mahfud MD; a body's short form the article also writes alone is
no part of a name."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("opening", [
    "Jakarta (ANTARA) - Calon wakil presiden nomor urut 3 Fariz RM mengatakan",
    "Jakarta (ANTARA) - Fariz RM mengatakan",
])
def test_the_initials_complete_the_short_form(opening):
    text = (f"{opening} pesantren punya peran besar dalam membangun bangsa.\n\n"
            "\"Dulu pesantren dianggap kumuh, paling jadi guru madrasah,\" kata Fariz saat "
            "berkunjung ke pondok pesantren.")
    assert _speakers(text) == ["Fariz RM"]


def test_a_short_form_written_alone_is_a_bodys():
    text = ("Warga Desa Sukamaju, Tarno SD, mengantar anaknya. Murid SD di desa itu "
            "berjumlah seratus orang.\n\n"
            "\"Kami ingin sekolah ini segera diperbaiki,\" kata Tarno kepada wartawan.")
    assert _speakers(text) != ["Tarno SD"]
