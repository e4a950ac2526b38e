"""Speakers in English news (issue 9, session 31): a thing the article names after
“called”, “named” or “dubbed” (“a shop called Delos Antiques”, “The group, named Free
Voices, …”) came into the cast as a person, and a later “he says” / “she said” pointed
back to it. People.is_body now holds such names (names._called_names: after a thing's
noun — shop, store, firm, group, band, show, … — only), so no pronoun points to them.
Made-up sentences; the guards keep a person “called” so, and a thing's name that speaks
in its own right."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("text", [
    "Down the road is a shop called Delos Antiques. It opened in 2010. "
    "“Business is slow these days,” he says.",
    "The store is called Delos Antiques. It opened in 2010. "
    "“Business is slow these days,” he says.",
    "The group, named Free Voices, met on Monday. “We will march again,” she said.",
    "Her new band, dubbed Pale Lanterns, plays on Friday. “We are nervous,” she said.",
])
def test_a_thing_named_so_is_nobody_a_pronoun_points_to(text: str) -> None:
    assert speakers(text) == [""]


@pytest.mark.parametrize(("text", "expected"), [
    ("A man called Tom Vale runs the shop. “Business is slow,” he says.", "Tom Vale"),
    ("A firm called Maple Works sent a statement. “We regret the delay,” Maple Works said.",
     "Maple Works"),
    ("Ann Kerr owns a shop called Delos Antiques. “Business is slow,” she says.", "Ann Kerr"),
])
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
