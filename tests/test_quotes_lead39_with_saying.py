"""“…, with a source close to him saying: “…””: the one after “with” says the words, not the
sentence's subject. A pronoun there is its person, an office the article gave somebody
is them, anyone else is nobody named (en39's 2915 gave a source's words to Robert Jenrick,
unmarked). Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"We will not give in to threats from anyone at all."'


@pytest.mark.parametrize("who", [
    "a source close to him", "an ally", "his spokesman", "many of his supporters",
    "one aide",
])
def test_somebody_unnamed_after_with(who):
    text = (f"Ann Kerr met the unions.\n\nTom Vale left the talks on Monday, with {who} "
            f"saying: {_WORDS}")
    assert speakers(text) == [""]


def test_an_office_after_with_is_its_holder():
    text = ("Minister Ann Kerr met the unions.\n\nThe talks failed on Monday, with the "
            f"minister saying: {_WORDS}")
    assert speakers(text) == ["Ann Kerr"]


@pytest.mark.parametrize("tail", ["with him saying:", "with a smile, saying:",
                                  "with Tom Vale saying:"])
def test_the_subject_or_the_one_named_after_with(tail):
    text = f"Ann Kerr met the unions.\n\nTom Vale left the talks on Monday, {tail} {_WORDS}"
    assert speakers(text) == ["Tom Vale"]
