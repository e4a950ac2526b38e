"""Speakers in English news (issue 9, session 34): two words lists left out. A given name
ending in -ing before a surname (“Channing Tatum”, “Blessing Okafor”, a common Nigerian
and Zimbabwean given name) was read as a gerund opening the sentence in a name of two
words (the rule for three or four words already knew them), so “Tatum said” gave “Tatum”;
and a public body named “… Service” (“Ghana Health Service”, “Nigeria Customs Service”)
was split into a role and a person “Service” or “Customs Service”. Made-up sentences; the
guards keep a gerund opening a sentence and other bodies as they were."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

QUOTE = "“We will publish the full report before the end of the year,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blessing Okafor, a nurse in Lagos, treated the victims. " + QUOTE + "Okafor said.",
         "Blessing Okafor"),
        ("Channing Tatum spoke at the premiere. " + QUOTE + "Tatum said.", "Channing Tatum"),
        ("Sterling Brown, a teacher, spoke at the meeting. " + QUOTE + "Brown said.",
         "Sterling Brown"),
        ("Prices rose again in March. " + QUOTE + "Ghana Health Service said in a statement.",
         "Ghana Health Service"),
        ("Prices rose again in March. " + QUOTE + "Nigeria Customs Service said on Monday.",
         "Nigeria Customs Service"),
    ],
)
def test_given_names_in_ing_and_bodies_named_service(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund opening the sentence before a one-word name
        ("Forcing Apple to pay was the goal. " + QUOTE + "Tom Vale said.", "Tom Vale"),
        ("Raheem Sterling scored twice on Saturday. " + QUOTE + "Sterling said.",
         "Raheem Sterling"),
        # bodies read whole already
        ("Prices rose again in March. " + QUOTE + "South African Police Service said.",
         "South African Police Service"),
        ("Prices rose again in March. " + QUOTE + "Nigeria Police Force said in a statement.",
         "Nigeria Police Force"),
        # a person who works in a service
        ("Tom Vale, a civil service veteran, spoke on Monday. " + QUOTE + "Vale said.",
         "Tom Vale"),
    ],
)
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
