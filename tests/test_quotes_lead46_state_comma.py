"""A US state between two commas after an office's town, then a full name (issue 9,
session 46): “said the mayor of Springfield, Ohio, Rob Rue” is Rob Rue, not “Ohio”."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("town", "state"), [("Springfield", "Ohio"), ("Aurora", "Colorado")])
def test_the_holder_after_the_towns_state(town, state):
    text = f"“It was a good day for the city,” said the mayor of {town}, {state}, Rob Rue."
    assert _speakers(text) == ["Rob Rue"]


def test_a_day_after_the_state_is_no_name():
    text = "“It was a good day for the city,” said Ann Lee of Dayton, Ohio, Tuesday."
    assert _speakers(text) == ["Ann Lee"]
