"""Speakers in English news (issue 9, session 32): a pronoun that finds nobody in the cast
takes a one-word subject opening a sentence (cast._lone_subjects); “Officials said …” and
“One firefighter said …” made “Officials” and “One” such subjects, so “…,” she said. gave
“Officials” or “One”. Now “One”, “Another” and the plural of an office or a person's noun
are no one-word name. Made-up sentences; the guard keeps a one-word name."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIRST = ("Tom Vale, who owns the shop, said the fire started at night. “The cuts will "
         "hurt the poorest families first and hardest,” Vale said.\n\n")
LATER = "“Nobody was hurt, but the building is a total loss,” she said."


@pytest.mark.parametrize(
    "between",
    [
        "Officials said the investigation continues.",
        "One firefighter said the roof had collapsed.",
        "Firefighters said the roof had collapsed.",
    ],
)
def test_plural_or_one_is_no_name(between: str) -> None:
    assert speakers(FIRST + between + "\n\n" + LATER) == ["Tom Vale", ""]


def test_one_word_name_still_taken() -> None:
    text = FIRST + "Marisol watched from across the road.\n\n" + LATER
    assert speakers(text) == ["Tom Vale", "Marisol"]
