"""A body's name with a country's or a body's word in it, its initials in brackets after it
(“Indonesia Corruption Watch (ICW)”), is the body the initials stand for: not a person
“Corruption Watch” of the office “Indonesia” whose short name “ICW” would be, as a
person's initials are (“Susilo Bambang Yudhoyono (SBY)”). id39's 2891 gave ICW's words to
“Corruption Watch”. Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"Kasus ini harus dijadikan sebagai mekanisme koreksi dan evaluasi,"'


@pytest.mark.parametrize(("body", "short"), [
    ("Indonesia Corruption Watch", "ICW"), ("Indonesia Police Watch", "IPW"),
])
def test_the_initials_of_a_body(body, short):
    text = f"{body} ({short}) menilai keputusan itu keliru.\n\n{_WORDS} ungkap {short}."
    assert speakers(text) == [body]


def test_a_persons_initials_stay_theirs():
    text = ("Mantan Presiden Susilo Bambang Yudhoyono (SBY) hadir di acara itu.\n\n"
            f"{_WORDS} kata SBY.")
    assert speakers(text) == ["Susilo Bambang Yudhoyono"]
