"""Speakers in English news (issue 9, session 34): an age or an epithet's noun as the
subject of a speech verb BEFORE a quotation (“The 34-year-old said: “…””, “The pollster
told reporters: “…””, “The Wexford boss added: “…””) gave nobody, where the same words
after a quotation (“…,” the 34-year-old said.) gave the person the article described so.
Made-up sentences; the guards keep an epithet the article gives nobody unnamed."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

MIDDLE = " The figures came out on Monday, and the argument went on all week. "
QUOTE = "“We will keep going whatever the weather does next.”"


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Tom Vale, 34, was arrested in March.", "The 34-year-old said: ", "Tom Vale"),
        ("Tom Vale, 34, was arrested in March.", "Speaking outside court, the 34-year-old said: ",
         "Tom Vale"),
        ("Ann Lee, a pollster at Ipsos, ran the survey.", "The pollster told reporters: ",
         "Ann Lee"),
        ("Epidemiologist Ann Lee studied the outbreak.", "The epidemiologist added: ", "Ann Lee"),
        ("Wexford manager Mikel Dorran praised the side.", "The Wexford boss said: ",
         "Mikel Dorran"),
    ],
)
def test_an_epithet_before_a_quotation_is_the_one_so_described(lead: str, cue: str,
                                                                 expected: str) -> None:
    assert speakers(lead + MIDDLE + cue + QUOTE) == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("The survey ran in May.", "The pollster told reporters: ", ""),
        ("Tom Vale, a pilot, landed the plane.", "The pollster said: ", ""),
        ("Wexford striker Tom Vale scored twice.", "The Carlow boss said: ", ""),
        ("Maria Lopez, a nurse at the clinic, worked late.", "The nurse said: ", "Maria Lopez"),
        ("Tom Vale, 34, was arrested in March.", "He said: ", "Tom Vale"),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + cue + QUOTE) == [expected]
