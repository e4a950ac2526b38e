"""“Tgk” / “Teungku”, the Acehnese form of address for a religious scholar, is a title
before the name, never part of it (issue 9, id, s30): “kata Tgk Hasan Basri” gives
Hasan Basri, as “kata Pak Hasan Basri” does. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Dayah\n\nRatusan santri mengikuti pengajian di Banda Aceh, Minggu (2/3). {} "
         "\"Kami ingin anak-anak tetap belajar dengan tenang di dayah,\" ujarnya.\n")


@pytest.mark.parametrize("subject", [
    "Pimpinan dayah, Tgk Hasan Basri mengatakan, kegiatan itu rutin digelar.",
    "Teungku Hasan Basri mengatakan, kegiatan itu rutin digelar.",
    "Menurut Tgk. Hasan Basri, kegiatan itu rutin digelar.",
])
def test_the_title_is_not_the_name(subject: str) -> None:
    assert speakers(_TEXT.format(subject)) == ["Hasan Basri"]


def test_a_short_form_after_the_title_takes_the_full_name() -> None:
    text = ("Dayah\n\nTgk Hasan Basri memimpin pengajian itu. \"Kami ingin anak-anak tetap "
            "belajar dengan tenang,\" kata Tgk Hasan.\n")
    assert speakers(text) == ["Hasan Basri"]


# guards


@pytest.mark.parametrize("subject, who", [
    ("Pimpinan dayah, Hasan Basri mengatakan, kegiatan itu rutin digelar.", "Hasan Basri"),
    ("Pak Hasan Basri mengatakan, kegiatan itu rutin digelar.", "Hasan Basri"),
    ("Gus Yahya mengatakan, kegiatan itu rutin digelar.", "Gus Yahya"),
])
def test_other_subjects_keep_their_names(subject: str, who: str) -> None:
    assert speakers(_TEXT.format(subject)) == [who]
