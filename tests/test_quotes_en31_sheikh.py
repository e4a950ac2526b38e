"""Speakers in English news (issue 9, session 31): South Asian press writes “Sheikh” as
the first word of a two-word name (“Prime Minister Sheikh Hasina”, “Sheikh Rehana”), but
names.split_phrase read it as an office before a one-word name and gave “Hasina”. Now
“Sheikh” right before a one-word name stays in the name; before a longer name it stays a
title (“Emir Sheikh Tamim bin Hamad” gives “Tamim bin Hamad”, as before). Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will hold the vote in January,” "


@pytest.mark.parametrize("cue", ["Prime Minister Sheikh Hasina said.",
                                 "Sheikh Rehana told reporters.",
                                 "said party chief Sheikh Rehana."])
def test_sheikh_before_a_one_word_name_is_the_name(cue: str) -> None:
    assert speakers(SAID + cue)[0].startswith("Sheikh ")


@pytest.mark.parametrize(("cue", "expected"), [
    ("said Emir Sheikh Tamim bin Hamad.", "Tamim bin Hamad"),
    ("Prime Minister Tom Vale said.", "Tom Vale"),
    ("Hasina said.", "Hasina"),
])
def test_guards(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]
