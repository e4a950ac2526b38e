"""A numbered post after a speech verb (“ujar Direktur Operasi 2 PT Hutama Karya Budi
Santoso”, “kata Wakil Ketua 1 …”): the number is the post's, and the holder's name comes
after it. Before, the number ended the phrase and the post's last word was read as a name
(“Operasi”: id41's 3022). Texts made up (session 40)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("after_verb", [
    "Direktur Operasi 2 PT Hutama Karya Budi Santoso",
    "Direktur Operasi 2 Budi Santoso",
])
def test_the_holder_after_a_numbered_post(after_verb):
    text = ("Judul\n\nPerusahaan meluncurkan rumah baru.\n"
            f'"Seluruh unit memiliki taman di depan dan belakang," ujar {after_verb}.')
    assert speakers(text) == ["Budi Santoso"]


def test_a_date_after_a_name_is_still_no_post():
    text = ('Judul\n\nWarga datang.\n"Kami siap menang pada pemilihan ini," kata Budi '
            "Santoso 2 Januari lalu.")
    assert speakers(text) == ["Budi Santoso"]
