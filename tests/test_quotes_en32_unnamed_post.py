"""Speakers in English news (issue 9, session 32): a sentence whose subject is a bare post
(“The sheriff said the cause was not yet known.”) that the article gives nobody is an
unnamed speaker standing between the person named before and a later “he said”: the
pronoun is that post's holder (nobody named), not the person the story named first
(cast._untied_posts, as “A police spokesman said …” already was). Made-up sentences; the
guards keep a post the article ties to its person."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIRST = ("Tom Vale, who owns the shop, said the fire started at night. “The cuts will "
         "hurt the poorest families first and hardest,” Vale said.\n\n")
LATER = "“Nobody was hurt, but the building is a total loss,” he said."


@pytest.mark.parametrize(
    "between",
    [
        "The sheriff said the cause was not yet known.",
        "The governor said the state would help with the cost.",
        "The spokesman said crews arrived within minutes.",
        "The fire chief said the cause was unclear.",
        "The mayor told reporters the town would rebuild.",
    ],
)
def test_pronoun_after_an_untied_post_is_nobody(between: str) -> None:
    assert speakers(FIRST + between + "\n\n" + LATER) == ["Tom Vale", ""]


@pytest.mark.parametrize(
    ("first", "between"),
    [
        ("Tom Vale, who has been mayor since 2019, toured the site. ",
         "The mayor said the town would rebuild."),
        ("Governor Tom Vale toured the site. ", "The governor said the state would help."),
        ("Sheriff Tom Vale toured the site. ", "The sheriff said the cause was not known."),
        ("Tom Vale toured the site. ", "A neighbour said she heard a loud bang."),
        ("Tom Vale toured the site. ", "The fire started in the kitchen."),
    ],
)
def test_tied_post_or_no_speaker_keeps_the_pronoun(first: str, between: str) -> None:
    text = (first + "“The cuts will hurt the poorest families first and hardest,” Vale "
            "said.\n\n" + between + "\n\n" + LATER)
    assert speakers(text) == ["Tom Vale", "Tom Vale"]
