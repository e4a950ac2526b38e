"""Speakers in English news (issue 9, session 35): “Chief” before three name words
(“Chief Gabriel Bamidele Adeniyi, chairman of the bakers' association, said …”) was read
as an office whose noun is the first of them (“Chief Gabriel”, as in “Chief Observer Ivars
Ijabs”), so the speaker lost the given name (“Bamidele Adeniyi”: dev round 183, Nigerian
Pilot). In West African copy “Chief” is also a title of address before a full name; the
word after it is now an office's noun only if it is shaped like one (“Observer”,
“Registrar”, “Economist”, “Marshal”, “Whip”). Made-up texts; the guards keep the offices."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIXED = [
    ("Chief Gabriel Bamidele Adeniyi, chairman of the state chapter of the bakers' "
     "association, disclosed this while speaking with newsmen in Lokoja.\n\n"
     "Adeniyi said the bakers joined the strike on Monday.\n\n"
     "“A loaf will now cost more, and we are not happy about it,” he said.\n",
     "Gabriel Bamidele Adeniyi"),
    ("The traders' leader, Chief Emeka Chukwuma Obi, addressed the market on Friday.\n\n"
     "“We will not pay the new levy,” Obi said.\n", "Emeka Chukwuma Obi"),
]

GUARDS = [
    ("At a press conference on Saturday, Chief Observer Ivars Ijabs said the poll was "
     "credible.\n\n“We are not looking at turnout only as a number,” he said.\n",
     "Ivars Ijabs"),
    ("Chief Economist Tom Vale Kerr said the bank would hold rates.\n\n"
     "“Inflation is still too high,” Kerr said.\n", "Tom Vale Kerr"),
    ("Chief Registrar Mark Bell Ode read the ruling.\n\n"
     "“The court will sit again on Monday,” Ode said.\n", "Mark Bell Ode"),
    ("Former president Chief Olusegun Obasanjo spoke at the launch.\n\n"
     "“Our youth must be given a chance,” Obasanjo said.\n", "Olusegun Obasanjo"),
]


@pytest.mark.parametrize(("text", "who"), FIXED)
def test_chief_as_a_title_of_address(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(("text", "who"), GUARDS)
def test_chief_as_an_office(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
