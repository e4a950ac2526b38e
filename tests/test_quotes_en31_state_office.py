"""Speakers in English news (issue 9, session 31): a state whose name is also a given name,
before its office and the holder (“Virginia Governor Tom Vale said”, “Victoria Premier Tom
Vale”), came out as one name “Virginia Governor Tom Vale”: names.split_phrase read the
office's word as a surname after a given name (“John Legend”, “Steve King”). That reading
now holds only at the end of the run; before a name the word is an office. Made-up
sentences; the guards keep office words as surnames."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will build the new bridge next year,” "


@pytest.mark.parametrize(("cue", "expected"), [
    ("Virginia Governor Tom Vale said.", "Tom Vale"),
    ("said Victoria Premier Tom Vale.", "Tom Vale"),
    ("said Victoria Governor Ann Kerr.", "Ann Kerr"),
])
def test_a_state_named_like_a_person_before_an_office_and_a_name(cue: str,
                                                                 expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(("cue", "expected"), [
    ("said John Legend.", "John Legend"),
    ("Steve King said.", "Steve King"),
    ("said Samuel West, the actor.", "Samuel West"),
    ("said Rep. Steve King of Iowa.", "Steve King"),
])
def test_guards(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]
