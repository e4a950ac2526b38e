"""Speakers in English news (issue 9, session 32): a person's words named right before
the quotation by a possessive and a noun of speech, then “was …:” (“Vale’s message was
simple: “…””, “Vale’s response was blunt: “…””, “Vale’s reply: “…””, “Vale’s post read:
“…””) gave nobody; only “statement”, “remarks”, “tweet” and a few more were read, and
only straight before the colon. Made-up sentences; the guards keep whose words they are
not (a spokesman’s or a lawyer’s, a view)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "Tom Vale runs the tenants' union in Leeds. He has fought the council for years.\n\n"
QUOTE = "“Leave our homes alone, and find the money somewhere else.”"


@pytest.mark.parametrize(
    "before",
    [
        "Vale’s message was simple: ",
        "Vale's response was blunt: ",
        "Vale’s reply: ",
        "Vale’s answer was short: ",
        "Vale’s words were clear: ",
        "Vale’s post read: ",
    ],
)
def test_owned_words_before_the_quotation(before: str) -> None:
    assert speakers(LEAD + before + QUOTE) == ["Tom Vale"]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Vale’s spokesman said: ", ""),
        ("Vale’s lawyer said: ", ""),
        ("In Vale’s view, ", ""),
        ("Vale’s statement read: ", "Tom Vale"),
        ("In Vale’s words: ", "Tom Vale"),
    ],
)
def test_guards(before: str, expected: str) -> None:
    assert speakers(LEAD + before + QUOTE) == [expected]


# and “his”/“her” opening the sentence: the one the pronoun is
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("His message was simple: ", "Tom Vale"),
        ("His reply: ", "Tom Vale"),
        ("His response was blunt: ", "Tom Vale"),
    ],
)
def test_pronoun_owned_words(before: str, expected: str) -> None:
    assert speakers(LEAD + before + QUOTE) == [expected]


@pytest.mark.parametrize("before", ["His lawyer said: ", "Her reply: "])
def test_pronoun_owned_guards(before: str) -> None:
    assert speakers(LEAD + before + QUOTE) == [""]
