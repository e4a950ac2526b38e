"""A sentence that opens with the preposition “Per” and whose account it reports (“Per
Kerr's recollections, …”, “Per Kerr’s account, …”) and quotes words with no speech verb
after it: the words are that person's, as after “According to Kerr's account, …”
(test_quotes_en36_owned_source). Before, the cast read “Per Kerr” as a person (“Per” is
also a given name) and the words went to nobody. The given name “Per” stays a name
elsewhere. Texts made up."""

import pytest

from tests.quote_helpers import speakers

_INTRO = "Ann Kerr ran the harbour crew for ten years.\n"


@pytest.mark.parametrize("opening", [
    "Per Kerr's recollections,",
    "Per Kerr’s account,",
    "Per Kerr's own telling,",
    "Per Ann Kerr's memories,",
])
def test_the_owner_of_the_account_speaks(opening):
    text = _INTRO + f'{opening} the crew spent the night "waiting for a signal that never came."\n'
    assert speakers(text) == ["Ann Kerr"]


@pytest.mark.parametrize(("text", "expected"), [
    # the given name “Per”: a person who speaks
    ('Per Lund ran the harbour crew for ten years.\n'
     'Per Lund told the crew, "Wait for the signal that never came."\n', "Per Lund"),
    ('"We waited for a signal that never came," Per Lund said.\n', "Per Lund"),
    # “Per Lund's boat” is no account of anyone's words: Per Lund is still a person
    ('Per Lund\'s boat left at dawn. "We waited for a signal that never came," Lund said.\n',
     "Per Lund"),
    # “according to” an account, as before
    (_INTRO + 'According to Kerr\'s account, the crew spent the night "waiting for a signal."\n',
     "Ann Kerr"),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
