"""Speakers in English news (issue 9, session 31): an unnamed source after a fronted phrase
of time or place, with an apposition (“Earlier, a representative from Acme, the owner of
the brand, told reporters that …”), was not read as somebody unnamed speaking, so the next
“he said” pointed back past them to a person named paragraphs before. cast._unnamed_speaker
now reads past such a phrase (its first word one of lexicon.NOT_NAME_WORDS, a comma within
five words, “a”/“an”/“one” after it). Made-up sentences; the guards keep named subjects."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

BEFORE = "Tom Vale opened the store on Monday. He cut the ribbon.\n\n"
QUOTE = "“The city will be our fourth market,” he said."


@pytest.mark.parametrize("sentence", [
    "Earlier, a representative from Acme, the owner of the brand, told reporters that the "
    "store will open soon.",
    "On Monday, a spokesman for Acme, which owns the brand, said the store will open soon.",
    "Later, an official from Acme, the firm behind the brand, told the paper it had plans.",
])
def test_an_unnamed_source_after_a_fronted_phrase_takes_the_pronoun(sentence: str) -> None:
    assert speakers(f"{BEFORE}{sentence} {QUOTE}") == [""]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vale, a spokesman for Acme, said the store will open soon.", "Tom Vale"),
    ("Earlier, Tom Vale told reporters that the store will open soon.", "Tom Vale"),
    ("Earlier, the store manager, Tom Hale, told reporters it will open soon.", "Tom Hale"),
])
def test_guards(sentence: str, expected: str) -> None:
    assert speakers(f"{BEFORE}{sentence} {QUOTE}") == [expected]
