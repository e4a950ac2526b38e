"""A body's name, opened by its type's word, between an office and its holder (“kata
Ekonom Bank Mandiri Faisal Rachman”, “kata Ketua Yayasan Cahaya Hati Budi Santoso”)
(issue 9, id, s32).

The body's words after “Bank”, “Yayasan”, “Komunitas”, “Universitas” … (names.BODY_TYPES)
were read as the holder's first names. Now the name starts at the first given name on
the list after the type's word; else, the type's word right before the run, after the
ordinary Indonesian words that open it (“Cahaya Hati”, “Mandiri”) while two words are
left. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Ekonomi\n\nHarga bahan pokok naik lagi pekan ini.\n\n“Kami akan meninjau semua "
         "kontrak yang ditandatangani tahun lalu,” kata {}.\n")


@pytest.mark.parametrize(("cue", "expected"), [
    ("Ekonom Bank Permata Tomi Hartawan", "Tomi Hartawan"),
    ("Ketua Yayasan Cahaya Hati Budi Santoso", "Budi Santoso"),
    ("Ketua Yayasan Cahaya Hati Tomi Hartawan", "Tomi Hartawan"),
    ("Ketua Serikat Petani Merdeka Budi Santoso", "Budi Santoso"),
    ("Rektor Universitas Lentera Bangsa Tomi Hartawan", "Tomi Hartawan"),
    # (two words left: “Agung”, an ordinary word too, stays the name's)
    ("Ketua Yayasan Lentera Agung Hartawan", "Agung Hartawan"),
])
def test_the_body_is_no_part_of_the_name(cue: str, expected: str) -> None:
    assert speakers(_TEXT.format(cue)) == [expected]


# guards: a body after an office word with a comma; a company's name; a name that opens
# with a given name


@pytest.mark.parametrize(("cue", "expected"), [
    ("Ekonom Bank Permata, Tomi Hartawan", "Tomi Hartawan"),
    ("Direktur PT Sinar Jaya Tomi Hartawan", "Tomi Hartawan"),
    ("Ketua Yayasan Budi Santoso Putra", "Budi Santoso Putra"),
])
def test_guards(cue: str, expected: str) -> None:
    assert speakers(_TEXT.format(cue)) == [expected]
