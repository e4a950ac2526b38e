"""Indonesian given names written short with a full stop (“Moh. Teguh Jaya”, “Muh. Aris”,
“Abd. Rahman”, “Ign. Jonan”) are a name's first word, not a sentence's end: before, the
speaker was cut to “Moh” after a speech verb and to its last words before one. Texts made
up."""

import pytest

from tests.quote_helpers import speakers

_SAID = '"Kami sudah mengerahkan tim ke lokasi sejak pagi tadi," '


@pytest.mark.parametrize("name", [
    "Moh. Teguh Jaya", "Muh. Teguh Jaya", "Moch. Teguh Jaya", "Mhd. Teguh Jaya",
    "Abd. Rahman Hakim", "Ach. Rahman Hakim", "Ign. Jonan",
])
def test_a_short_given_name_after_the_verb(name):
    assert speakers(f"{_SAID}kata Kepala Dinas Pendidikan {name}.\n") == [name]


def test_a_short_given_name_before_the_verb():
    text = ("Kepala Dinas Pendidikan Moh. Teguh Jaya mengatakan, "
            '"Kami sudah mengerahkan tim ke lokasi sejak pagi tadi."\n')
    assert speakers(text) == ["Moh. Teguh Jaya"]


@pytest.mark.parametrize(("text", "expected"), [
    # initials and the short form without a stop were read before (pass on the parent)
    (f"{_SAID}kata Kepala Dinas Pendidikan M. Teguh Jaya.\n", "M. Teguh Jaya"),
    (f"{_SAID}kata Kepala Dinas Pendidikan Moh Teguh Jaya.\n", "Moh Teguh Jaya"),
    # a sentence that ends with the word before a capital is still a sentence's end
    ('Ia datang bersama Teguh. Jaya menolak hadir. "Kami tidak tahu," kata Jaya.\n', "Jaya"),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]


def test_a_short_given_name_without_its_full_stop_before_initials():
    # (session 38: “Moh Mahfud MD” after an office gave nobody, the name read as the
    # office's words: the initials' rule wanted no name's word before the given name)
    said = 'Pasar itu sepi sejak pagi. "Pembeli sepi sekali sejak harga cabai naik," '
    assert speakers(said + "kata Menko Polhukam Moh Mahfud MD.") == ["Moh Mahfud MD"]
