"""A Red Cross or Red Crescent national society keeps its country's words (“Kenya Red
Cross”, “Syrian Arab Red Crescent”): before, the country word was read as a role before a
name “Red Cross”. Texts made up."""

import pytest

from tests.quote_helpers import speakers

_QUOTE = 'the floods were "the worst the county has seen in decades."\n'


@pytest.mark.parametrize(("text", "expected"), [
    (f"The Kenya Red Cross said {_QUOTE}", "Kenya Red Cross"),
    (f"The British Red Cross said {_QUOTE}", "British Red Cross"),
    (f"The Syrian Arab Red Crescent said {_QUOTE}", "Syrian Arab Red Crescent"),
    ('"The floods are the worst the county has seen in decades," said the Kenya Red Cross.\n',
     "Kenya Red Cross"),
])
def test_the_society_keeps_its_country(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # read before too (pass on the parent)
    (f"The Red Cross said {_QUOTE}", "Red Cross"),
    (f"Kenya Red Cross Secretary General Ahmed Idris said {_QUOTE}", "Ahmed Idris"),
    (f"Red Cross spokeswoman Ann Kerr said {_QUOTE}", "Ann Kerr"),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
