"""“Menurut dia, …” / “According to her, …” before a quotation: the one the pronoun points
to speaks, as after “Menurutnya, …”. Before, the explicit “according to” gave nobody.
Texts made up."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("text", "expected"), [
    ('Budi Santoso hadir dalam acara itu. Menurut dia, "Ini kebijakan yang keliru."\n',
     "Budi Santoso"),
    ("Budi Santoso hadir dalam acara itu. Menurut beliau, kebijakan itu "
     '"sangat keliru dan merugikan warga kecil."\n', "Budi Santoso"),
    ("Ann Kerr spoke at the meeting. According to her, the plan was "
     '"a betrayal of every family in this town."\n', "Ann Kerr"),
])
def test_the_pronoun_after_according_to_is_the_one_it_points_to(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # read before too (pass on the parent)
    ("Budi Santoso hadir dalam acara itu. Menurutnya, kebijakan itu "
     '"sangat keliru dan merugikan warga kecil."\n', "Budi Santoso"),
    # nobody the pronoun fits: nobody
    ("Tom Vale spoke at the meeting. According to her, the plan was "
     '"a betrayal of every family in this town."\n', ""),
    # a plural: no one person
    ("Warga Sukamaju menolak rencana itu. Menurut mereka, kebijakan itu "
     '"sangat keliru dan merugikan warga kecil."\n', ""),
    # the pronoun and others: not the one alone
    ("Budi Santoso hadir dalam acara itu. Menurut dia dan rekan-rekannya, kebijakan itu "
     '"sangat keliru dan merugikan warga kecil."\n', ""),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "not_them"), [
    # plural: no one of the two (the reviewer's probe)
    ("Tom Vale and Ann Lee spoke at the meeting. According to them, the plan was "
     '"a betrayal of every family in this town."\n', ("Tom Vale", "Ann Lee")),
    # somebody's speech verb after the comma: the words are not the pronoun's
    ("Ann Kerr spoke at the meeting. According to her, Tom Vale told the board the plan was "
     '"a betrayal of every family in this town."\n', ("Ann Kerr",)),
    ("Budi Santoso hadir. Menurut dia, Andi Wijaya mengatakan "
     '"ini kebijakan yang keliru dan merugikan warga."\n', ("Budi Santoso",)),
])
def test_not_the_pronoun(text, not_them):
    [found] = speakers(text)
    assert found not in not_them
