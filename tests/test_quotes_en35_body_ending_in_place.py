"""Speakers in English news (issue 9, session 35): a body whose name ends with the country
it serves (“Statistics South Africa”, “Public Health England”) was parsed as an office
(“Statistics South”, “Public Health”) and a person named after the country (“Africa”,
“England”), so the speaker lost the body's first words (session 34's lead; dev
1510_code4sa). Capitalised words that hold no role, rank, title or epithet, then a
country or a continent, are now one body's name. Made-up texts; the guards keep people
whose surname is a country or a place and an office before a one-word name."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIXED = [
    ("Statistics South Africa released the census results on Tuesday.\n\n"
     "“The count reached every province this time,” Statistics South Africa said.\n",
     "Statistics South Africa"),
    ("Public Health England said on Monday that cases were falling.\n\n"
     "“We urge everyone to get the booster,” Public Health England said in a statement.\n",
     "Public Health England"),
]

GUARDS = [
    ("Tom England, a farmer, lost his crop to the flood.\n\n"
     "“We had nothing left,” England said.\n", "Tom England"),
    ("Ann Holland spoke after the vote.\n\n“We won fairly,” Holland said.\n", "Ann Holland"),
    ("Prime Minister Tom Vale spoke in Lagos.\n\n“We will finish the road,” Vale said.\n",
     "Tom Vale"),
]


@pytest.mark.parametrize(("text", "who"), FIXED)
def test_body_named_after_its_country(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(("text", "who"), GUARDS)
def test_people_and_places_stay(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
