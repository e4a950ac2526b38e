"""Two capitals after a body's word, and a Jakarta city's short form, between an office
and its holder (“kata Kepala Dinas PU Tomi Hartawan”, “kata Humas PN Jaksel Tomi
Hartawan”) (issue 9, id, s32).

Two capitals before a name were read as the name's initials (“Sosiolog UGM AB Widyanta”)
unless an office word came right before them; after a body's word (“Dinas”, “Kantor”,
“Badan”: the lexicon's ORG_WORDS) they are the body's short form (“Dinas PU”). “Jaksel”,
“Jakbar”, “Jaktim”, “Jakut”, “Jakpus” are read as places like the provinces' short forms
(“Jatim”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Kontrak\n\nPemerintah daerah meninjau ulang kontrak proyek jalan.\n\n“Kami akan "
         "meninjau semua kontrak yang ditandatangani tahun lalu,” kata {}.\n")


@pytest.mark.parametrize(("cue", "expected"), [
    ("Kepala Dinas PU Tomi Hartawan", "Tomi Hartawan"),
    ("Kabid SDA Dinas PU Tomi Hartawan Saputra", "Tomi Hartawan Saputra"),
    ("Humas PN Jaksel Tomi Hartawan", "Tomi Hartawan"),
    ("Kepala Dinas PU Budi Santoso", "Budi Santoso"),
])
def test_the_body_and_the_place_are_no_part_of_the_name(cue: str, expected: str) -> None:
    assert speakers(_TEXT.format(cue)) == [expected]


# guards: two capitals after an office word are the body's already; initials after a
# one-word name stay the name's; a rank after the city opens the name


@pytest.mark.parametrize(("cue", "expected"), [
    ("Kapolres Metro Jakbar Kombes Hartawan", "Hartawan"),
    ("Ketua MK Tomi Hartawan", "Tomi Hartawan"),
    ("Sosiolog UGM AB Widyanta", "AB Widyanta"),
])
def test_guards(cue: str, expected: str) -> None:
    assert speakers(_TEXT.format(cue)) == [expected]
