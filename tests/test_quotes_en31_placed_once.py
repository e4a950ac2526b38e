"""Speakers in English news (issue 9, session 31): a place of two words written once after
“in”/“at”/“near” and then as a sentence's subject (“Tom Vale lives in Maple Town. Maple
Town is growing.”) stayed a person a later “he said” pointed to: People.placed needed two
placing mentions. Now one is enough for a name of two words with three mentions or fewer
that never speaks and holds no office, in English text, unless its first word is a given
name or it is written as a possessive (“In Kwame Vale's view, …”: a person). Made-up
sentences; the guards keep people."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will not give up on the town,” he said."


@pytest.mark.parametrize("text", [
    f"Tom Vale lives in Maple Town. Maple Town is growing fast. {SAID}",
    f"Tom Vale grew up near Cedar Falls. Cedar Falls has one school. {SAID}",
])
def test_a_place_placed_once_is_not_who_he_is(text: str) -> None:
    assert speakers(text) == ["Tom Vale"]


@pytest.mark.parametrize(("text", "expected"), [
    (f"In Kwame Vale's view, the plan will fail. {SAID}", "Kwame Vale"),
    (f"The prize went to Ann Kerr at Tom Vale's urging. Tom Vale is proud. {SAID}",
     "Tom Vale"),
    (f"Kwame Vale lives in Maple Town. {SAID}", "Kwame Vale"),
])
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
