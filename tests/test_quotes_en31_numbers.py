"""Speakers in English news (issue 9, session 31): a number word opening a sentence
(“Nine others were rescued.”, “Dozens were arrested.”) came into the cast as a one-word
person, and a later “he said” / “she told” with nobody named in between pointed back to
it (“Nine”, “Seven”, “Dozens”). Number words are never names: lexicon.NOT_NAME_WORDS
holds them now (it held two, three and four), but for “ten”, a Dutch name's particle.
Made-up sentences; the guards keep a named person before the number, and “Ten Hag”."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("number", ["Nine", "Seven", "Twelve", "Twenty", "Dozens",
                                    "Hundreds", "Scores"])
def test_a_number_opening_a_sentence_is_nobody_a_pronoun_points_to(number: str) -> None:
    assert speakers(
        "Police raided the flats at dawn. "
        f"{number} were arrested. A neighbour watched from his door. "
        "“They came at five,” he said.") == [""]
    assert speakers(
        "The ferry sank near Dragon Island on Tuesday. "
        f"{number} others were rescued. The name of the dead woman was not released. "
        "Her sister told the Gazette, “She was on the boat.”") == [""]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Vale was pulled from the water. Nine others were rescued too. "
     "“I was lucky,” she said.", "Ann Vale"),
    ("Eleven miners came up on Monday. Tom Vale led them out. "
     "“We waited all night,” he said.", "Tom Vale"),
    ("“We lost the game,” Ten Hag said.", "Ten Hag"),  # (“ten” stays a name's particle)
    ("“We sold seven boats,” Seven Seas Ltd chief Tom Vale said.", "Tom Vale"),
])
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
