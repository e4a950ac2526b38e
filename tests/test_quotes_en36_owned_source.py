"""A sentence that opens with whose account it reports (“According to Kerr’s account, …”,
“In Kerr's own words, …”) and quotes words with no speech verb after it: the words are that
person's. (Dev's “Per Rocos's recollections, …” is the same class; “Per” is not read yet.)
Texts made up."""

import pytest

from tests.quote_helpers import speakers

_INTRO = "Ann Kerr ran the harbour crew for ten years.\n"


@pytest.mark.parametrize("opening", [
    "According to Kerr's recollections,",
    "According to Kerr’s account,",
    "In Kerr's own words,",
    "In Kerr's telling,",
])
def test_the_owner_of_the_account_speaks(opening):
    text = _INTRO + f'{opening} the crew spent the night "waiting for a signal that never came."\n'
    assert speakers(text) == ["Ann Kerr"]


@pytest.mark.parametrize(("text", "expected"), [
    # a speech verb in the sentence: its subject speaks (passes on the parent too)
    (_INTRO + 'Per Kerr\'s account, Tom Vale told the crew, "Wait for the signal."\n', "Tom Vale"),
    # an opening that is no account of anyone's words
    (_INTRO + 'In Kerr\'s boat, the crew kept "a lamp for every hour of the night."\n', ""),
    # somebody else named after the opening: the account reports that one's words
    (_INTRO + 'In Kerr\'s words, Tom Vale had called the offer "a joke and an insult."\n',
     "Tom Vale"),
    # “according to” a person, as before
    (_INTRO + 'According to Kerr, the crew spent the night "waiting for a signal."\n',
     "Ann Kerr"),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
