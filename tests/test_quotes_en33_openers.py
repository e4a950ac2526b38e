"""Speakers in English news (issue 9, session 33): an English preposition or conjunction
opening a sentence with no comma before a name or a place (“Unlike Ann Lee, …”, “Near
Kumasi, farmers …”, “Once Tom Vale left, …”) was read as the name's first word: the
speaker came out as “Unlike Ann Lee”, or a later “she said” went to “Near Kumasi”. Such
words are now no name's words (lexicon.NOT_NAME_WORDS). Made-up sentences; the guards
keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unlike Ann Lee, the council wanted the plan delayed.\n\n" + SAID + "Lee said.",
         "Ann Lee"),
        ("Among Tom Vale's critics, few spoke up.\n\n" + SAID + "Vale said.", "Tom Vale"),
        ("Once Tom Vale left the room, the vote began.\n\n" + SAID + "he said.", "Tom Vale"),
        ("Outside Ann Lee's office, a crowd gathered.\n\n" + SAID + "she said.", "Ann Lee"),
        ("Ann Lee said the budget was fair.\n\nNear Kumasi, farmers lost their crops.\n\n"
         + SAID + "she said.", "Ann Lee"),
        ("Ann Lee said the budget was fair.\n\nAcross Nairobi, shops stayed shut.\n\n"
         + SAID + "she said.", "Ann Lee"),
        ("Ann Lee said the budget was fair.\n\nWithout Tamale, the region would fail.\n\n"
         + SAID + "she said.", "Ann Lee"),
    ],
)
def test_opening_preposition_is_no_part_of_a_name(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kumasi, Ann Lee met the farmers.\n\n" + SAID + "she said.", "Ann Lee"),
        ("Ann Lee said the budget was fair.\n\nIn Kumasi, farmers lost their crops.\n\n"
         + SAID + "she said.", "Ann Lee"),
        # a given name that is a Latin preposition elsewhere is not on the list
        ("Per Nilsson met the players on Monday.\n\n" + SAID + "Nilsson said.",
         "Per Nilsson"),
        ("Like Tom Vale, Ann Lee backed the plan.\n\n" + SAID + "Lee said.", "Ann Lee"),
    ],
)
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
