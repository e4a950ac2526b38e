"""A speaker described before their name (issue 9, session 32): “…,” a tearful Nirupa Esau
told reporters. / an emotional Tony Hine said / the 45-year-old Ann Kerr said / said a visibly
shaken Tom Vale. gave nobody (an article, read as somebody unnamed, and lower-case words
before the name stopped the name's reading), or the person the paragraph before was about.
Made-up sentences; the guards keep somebody unnamed unnamed."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = '"We are going to keep fighting for the families who need this help," '
PLAIN = "The city council met on Monday to vote on the housing plan.\n\n"
NAMED = "Ann Kerr and Tom Vale spoke to the council on Monday about the housing plan.\n\n"


@pytest.mark.parametrize(("cue", "expected"), [
    ("a tearful Nirupa Esau told reporters.", "Nirupa Esau"),
    ("an emotional Tony Hine said.", "Tony Hine"),
    ("a visibly shaken Tony Hine said.", "Tony Hine"),
    ("an angry Tony Hine told the BBC.", "Tony Hine"),
    ("the 45-year-old Tony Hine said.", "Tony Hine"),
    ("the grieving Tony Hine said.", "Tony Hine"),
    ("said an emotional Tony Hine.", "Tony Hine"),
    ("said a visibly shaken Tony Hine, who lost his home.", "Tony Hine"),
])
def test_described_name_speaks(cue: str, expected: str) -> None:
    assert speakers(PLAIN + SAID + cue) == [expected]


@pytest.mark.parametrize(("cue", "expected"), [
    ("a defiant Kerr told reporters.", "Ann Kerr"),  # the short form, known from before
    ("a tearful Vale said.", "Tom Vale"),
    ("an emotional Ann Kerr said.", "Ann Kerr"),
])
def test_described_short_name_of_the_article(cue: str, expected: str) -> None:
    # (the paragraph before names both: the described one speaks, not the last named)
    assert speakers(NAMED + SAID + cue) == [expected]


@pytest.mark.parametrize("cue", [
    "a tearful mother told reporters.", "a lot of Americans said.", "a New York man said.",
    "an Acme spokesman said.", "the rest of Europe said.", "a spokesman said.",
    "a local Labour councillor said.", "a senior Hamas official said.", "said a tearful mother.",
    "the former Acme boss said.", "an unnamed Acme official said.", "a defiant Hine said.",
])
def test_unnamed_or_unknown_stays_nobody(cue: str) -> None:
    # (“a defiant Hine”: a lone word nobody of the article bears is left as it was)
    assert speakers(PLAIN + SAID + cue) == [""]
