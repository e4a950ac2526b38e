"""Speakers in English news (issue 9, session 35): a role written before a name with whose
it is in capitals (“The national women leader of the Progressive Alliance Party, Dr Ann
Lee, …”, “The chairman of the Independent Electoral Board (IEB), Prof. Tom Vale, …”) was
not hers, so “the women leader said” later gave nobody or the body; the same role with a
lower-case owner (“The chairman of the party, Ann Lee”) already was. Two things stopped
it: the title before the name (“Dr”, “Prof.”, “Chief”) hid the comma that ends the
apposition, and the role's pattern wanted a lower-case last word. Nigerian online press
writes every office so (dev round 183); so do wire stories (“The chief executive of the
Football Association, …”). Made-up texts; the guards keep the lower-case owner, a second
office holder named after the first, and a deputy apart from the minister."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

CASES = [
    ("The national women leader of the Progressive Alliance Party, Dr Ann Lee has commended "
     "the party's presidential candidate, Tom Vale, for his support of women.\n\n"
     "The candidate was governor of the state for eight years.\n\n"
     "“He started the trend of having a woman as deputy governor,” the women leader said.\n",
     "Ann Lee"),
    ("The chairman of the Independent Electoral Board (IEB), Prof. Tom Vale, said on Tuesday "
     "the vote would hold.\n\nThe board met in the capital.\n\n"
     "“We are ready for the polls,” the chairman said.\n", "Tom Vale"),
    ("The head of the Lagos Traders Union, Chief Ann Kerr, has urged calm after talks with "
     "the governor, Tom Vale.\n\nTraders closed their shops on Monday.\n\n"
     "“Prices will come down soon,” the union head said.\n", "Ann Kerr"),
]

GUARDS = [
    ("The chief executive of the Football Association, Mark Bell, said the final would go "
     "ahead.\n\nThe league has been paused since March.\n\n"
     "“We owe it to the fans,” the chief executive said.\n", "Mark Bell"),
    ("The chairman of the party, Ann Lee, has said she will stay.\n\n"
     "“He started the trend,” the chairman said.\n", "Ann Lee"),
    ("The chairman of the Progressive Party, Ann Lee, met the governor, Tom Vale, on "
     "Monday.\n\n“We agreed on the budget,” the governor said.\n", "Tom Vale"),
    ("The minister of the Interior, Ann Lee, spoke first. Her deputy, Tom Vale, spoke "
     "later.\n\n“The borders stay open,” the deputy said.\n", "Tom Vale"),
]


@pytest.mark.parametrize(("text", "who"), CASES)
def test_role_of_a_body_before_a_titled_name(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(("text", "who"), GUARDS)
def test_roles_already_right(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
