"""Speakers in English news (issue 9, session 34): a name apposed to the object of a
clause whose subject is a pronoun (“She hugged her daughter, Mary Vale, outside the
court.”) was read as the subject opening the sentence after the comma, so the next “she
said” went to it. A pronoun opening the words before the comma is the subject. Made-up
sentences; the guards keep a subject after an opening clause (“When she arrived, Mary Vale
…”) and after “and”."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speaker_of

SAID = "“We will keep fighting until the water is clean,” said Ann Lee, the campaign's leader. "
LAST = "“Nobody in the capital seems to care about us,” she said."


@pytest.mark.parametrize(
    "middle",
    [
        "She hugged her daughter, Mary Vale, outside the court. ",
        "She thanked her old teacher, Mary Vale, for coming. ",
        "She introduced her lawyer, Mary Vale, to the crowd. ",
    ],
)
def test_a_name_apposed_to_the_pronouns_object(middle: str) -> None:
    assert speaker_of(SAID + middle + LAST, "Nobody in") == "Ann Lee"


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        ("When she left the stage, Mary Vale, her deputy, took the microphone. ", "Mary Vale"),
        ("She left the stage early, and Mary Vale took the microphone. ", "Mary Vale"),
        ("She met Mary Vale, the city's mayor, on Monday. ", "Ann Lee"),
    ],
)
def test_guards(middle: str, expected: str) -> None:
    assert speaker_of(SAID + middle + LAST, "Nobody in") == expected
