"""'Chief' before an office whose noun does not end like one ('Chief Guest', 'Chief Pilot')
then a name: the office, not a given name (the session's reviewer found 'Chief Guest Tunde
Adeyemi' read as the person 'Guest Tunde Adeyemi' after 0a5b9c77). The title of address
('Chief Gabriel Bamidele Adeniyi') stays a title. Texts made up."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("text", "expected"), [
    ('"The work goes on," said Chief Guest Tunde Adeyemi.\n', "Tunde Adeyemi"),
    ('"We land at noon," said Chief Pilot Ann Lee.\n', "Ann Lee"),
    ('Chief Umpire Priya Raman Nair said, "The match will resume after lunch."\n',
     "Priya Raman Nair"),
    # an office noun the parent already knew, then a given name
    ('"The door stays open," said Chief Whip Ann Lee.\n', "Ann Lee"),
])
def test_an_office_after_chief_then_a_name(text, expected):
    assert speakers(text)[-1] == expected


def test_chief_as_a_title_of_address_keeps_the_full_name():
    text = ('"We will rebuild the market," said Chief Gabriel Bamidele Adeniyi, the '
            'chairman of the traders.\n')
    assert speakers(text)[-1] == "Gabriel Bamidele Adeniyi"
