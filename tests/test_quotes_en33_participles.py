"""Speakers in English news (issue 9, session 33): a participle opening a sentence before
a name of two or three words (“Addressing Ann Lee's critics, …”, “Mourning Tom Vale, …”)
was read as the name's first word: the speaker came out as “Addressing Ann Lee”. A
three- or four-word member whose first word ends in -ing, is no given name and stands
nowhere but where a sentence opens is now its other words (cast._drop_sentence_openers;
two-word ones were already dropped). Made-up sentences; the guards keep the nearby
shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("opening", "cue", "expected"),
    [
        ("Addressing Ann Lee's critics, the board defended the plan.", "Lee said.",
         "Ann Lee"),
        ("Praising Tom Vale, the mayor opened the bridge.", "Vale told reporters.",
         "Tom Vale"),
        ("Citing Ann Lee's report, the council cut the budget.", "she said.", "Ann Lee"),
        ("Mourning Kofi Mensah Boateng, the village held a wake.", "Boateng said.",
         "Kofi Mensah Boateng"),
    ],
)
def test_opening_participle_is_no_part_of_a_name(opening: str, cue: str,
                                                 expected: str) -> None:
    assert speakers(f"{opening}\n\n{SAID}{cue}") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name ending in -ing stays
        ("Sterling K. Brown spoke on Monday.\n\n" + SAID + "Brown said.", "Sterling K. Brown"),
        # the word written elsewhere not opening a sentence: a surname, kept
        ("Channing Ewing Tatum spoke on Monday. The fans of Channing cheered.\n\n"
         + SAID + "Tatum said.", "Channing Ewing Tatum"),
    ],
)
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
