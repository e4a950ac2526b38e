"""A group of people at the start of the sentence before a quotation (issue 9, session 33):
“Critics said “…”” gave the speaker “Critics”, unmarked (the capital read as a name's), and
“Economists said: “…”” gave the last person named, where the article names nobody. Plural
groups (critics, analysts, experts, researchers …) opened with a capital are now somebody
unnamed, as the same words after a quotation were (“…,” critics said.). Made-up sentences;
the guards keep a named speaker and a party's name."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = ("Mayor Ann Kerr announced the housing plan on Monday. \"We will build ten thousand "
        "homes by 2030,\" Kerr said.\n\n")
QUOTE = "\"The city must take every step to protect tenants from unfair evictions.\""


@pytest.mark.parametrize("opening", [
    "Critics said", "Analysts said", "Experts warned", "Critics said:", "Economists said:",
    "Researchers said:", "Scientists said", "Observers noted:",
])
def test_a_group_at_the_sentence_start_is_nobody_named(opening: str) -> None:
    assert speakers(LEAD + f"{opening} {QUOTE}\n\nThe vote was delayed.") == ["Ann Kerr", ""]


@pytest.mark.parametrize(("opening", "expected"), [
    # guards (passed before)
    ("Officials said", ""), ("Residents said:", ""), ("Kerr said:", "Ann Kerr"),
    ("Democrats said", "Democrats"), ("Housing minister Tom Vale said", "Tom Vale"),
])
def test_named_speakers_and_bodies_stay(opening: str, expected: str) -> None:
    assert speakers(LEAD + f"{opening} {QUOTE}\n\nThe vote was delayed.") == ["Ann Kerr", expected]


@pytest.mark.parametrize("opener", [
    "Critics warned the plan would fail.", "Analysts warned the plan would fail.",
    "Experts warned the plan would fail.",
])
def test_a_group_that_spoke_is_no_one_a_pronoun_means(opener: str) -> None:
    # “Critics warned …” registered “Critics” as a person of the cast, and a later “she
    # said” pointed to it (found by the session's English helper)
    text = LEAD + f"{opener} {QUOTE[:-2]},\" she said.\n\nThe vote was delayed."
    assert speakers(text) == ["Ann Kerr", "Ann Kerr"]
