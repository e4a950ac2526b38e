"""Speakers in English news (issue 9, session 34): an office written in capitals after a
firm's name and “the” (“…,” the Zanfold CEO said.) came out as a body called “Zanfold
CEO”, a confident wrong speaker, when the article gave nobody that office; and an
apposition ending in such an office (“Piet Moen, Zanfold's CEO, …”) gave its person no
role. Now the office is the one the article gave it, else somebody unnamed. Made-up
sentences; the guards keep bodies written in capitals."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

MIDDLE = " Shares fell by a tenth on Monday, and the board met again on Tuesday. "
QUOTE = "“We will build more of them next year, whatever it costs,” "


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("The plant opened in May.", "the Zanfold CEO said.", ""),
        ("The plant opened in May.", "said the Zanfold CFO.", ""),
        ("Piet Moen, Zanfold's CEO, spoke on Monday.", "the Zanfold CEO said.", "Piet Moen"),
        ("Piet Moen, Zanfold's CEO, spoke on Monday.", "the CEO said.", "Piet Moen"),
    ],
)
def test_an_office_in_capitals_is_no_body(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Zanfold CEO Piet Moen spoke on Monday.", "the Zanfold CEO said.", "Piet Moen"),
        ("The plant opened in May.", "NASA said.", "NASA"),
        ("The plant opened in May.", "the Bradford West MP said.", ""),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]
