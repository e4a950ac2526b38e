"""Speakers in English news (issue 9, session 32): “…,” it said. / “…,” they said. point
back at the body that spoke lately; a person who spoke with no office in the cast was kept
as such a body (for “the company said”), so “they said” after “Tom Vale said …” gave Tom
Vale. Now a body that reads as a person (a known given name, no body's word) is no one
“it” or “they” can be: nobody. Made-up sentences; the guards keep bodies and “he said”."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIRST = ("Tom Vale, who leads the tenants' union, said the plan was flawed.\n\n“The cuts "
         "will hurt the poorest families first and hardest,” Vale said.\n\n")
LATER = "“We have listened to every concern and the scheme stays,” "


@pytest.mark.parametrize(
    ("between", "cue", "expected"),
    [
        ("The council said the plan would go ahead.", "it said.", ""),
        ("The council said the plan would go ahead.", "they said.", ""),
        ("Residents said the plan would go ahead.", "they said.", ""),
        ("A report published on Friday said the plan would go ahead.", "it said.", ""),
        # (the body the sentence before names, once the person is passed over)
        ("Acme Corp said the plan would go ahead.", "it said.", "Acme Corp"),
        ("Bristol City Council said the plan would go ahead.", "it said.",
         "Bristol City Council"),
    ],
)
def test_it_or_they_is_no_person(between: str, cue: str, expected: str) -> None:
    assert speakers(FIRST + between + "\n\n" + LATER + cue) == ["Tom Vale", expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRST + "The weather was cold.\n\n" + LATER + "he said.", ["Tom Vale", "Tom Vale"]),
        ("Acme Corp said the plan would go ahead.\n\n" + LATER + "it said.", ["Acme Corp"]),
        ("Acme Corp said the plan would go ahead. " + LATER + "it said in a statement.",
         ["Acme Corp"]),
    ],
)
def test_bodies_and_he_keep_their_speaker(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
