"""Speakers in English news (issue 9, session 32): after an inverted speech verb, a
capitalised word (a club, a show, a party, a city), a lower-case noun that describes and
is no office word, then the name (“…,” said Chelsea star Cole Palmer. / said Love Island
star Ann Kerr / said Tory grandee Tom Vale / said Chelsea boss Enzo Maresca) gave the
capitalised word — a club or a place — as the speaker. Now the name after the noun
speaks. Made-up sentences; the guards keep a name followed by a time, a place, a clause
or a company's office."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“Leave our homes alone, and find the money somewhere else,” "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Chelsea star Cole Palmer.", "Cole Palmer"),
        ("said Hollywood star Tom Vale.", "Tom Vale"),
        ("said Love Island star Ann Kerr.", "Ann Kerr"),
        ("said Chelsea boss Enzo Maresca.", "Enzo Maresca"),
        ("said Chelsea fan Tom Vale.", "Tom Vale"),
        ("said Tory grandee Tom Vale.", "Tom Vale"),
        ("said Hollyoaks favourite Ann Kerr.", "Ann Kerr"),
        ("said former Chelsea star Tom Vale.", "Tom Vale"),
        # (an acronym or a party, read as a body's role)
        ("said TV star Ann Kerr.", "Ann Kerr"),
        ("added Labour grandee Tom Vale.", "Tom Vale"),
    ],
)
def test_name_after_a_descriptor_speaks(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Tom Vale on Monday.", "Tom Vale"),
        ("said Tom Vale in London on Monday.", "Tom Vale"),
        ("said Tom Vale after Chelsea won.", "Tom Vale"),
        ("said Acme Corp spokesman Tom Vale.", "Tom Vale"),
        ("said Chelsea striker Tom Vale.", "Tom Vale"),
        ("said Acme Corp.", "Acme Corp"),
        ("said NASA.", "NASA"),
    ],
)
def test_guards(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


# the same words before the verb, and after “according to”
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SAID + "Love Island star Ann Kerr said.", "Ann Kerr"),
        ("According to Chelsea star Cole Palmer, “Leave our homes alone, and find the money "
         "somewhere else.”", "Cole Palmer"),
    ],
)
def test_descriptor_before_the_verb_or_after_according_to(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_according_to_a_fan_stays_unnamed() -> None:
    assert speakers("According to a Chelsea fan, “Leave our homes alone.”") == [""]
