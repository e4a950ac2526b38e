"""A state's body as wire copy names it, in lower case after its country or people's word
(“Pakistan's foreign ministry said”, “Israel's military said”, “…,” said the Chinese
foreign ministry.): the body speaks, as “Britain's Foreign Office said” did already. Before,
nobody was given. Texts made up."""

import pytest

from tests.quote_helpers import speakers

_QUOTE = '"a blatant violation of our sovereignty and of international law."'
_WORDS = '"The strikes were a blatant violation of our sovereignty,"'


@pytest.mark.parametrize(("body", "expected"), [
    ("Pakistan's foreign ministry", "Pakistan's foreign ministry"),
    ("Pakistan’s foreign ministry", "Pakistan’s foreign ministry"),
    ("Israel's military", "Israel's military"),
    ("Japan's central bank", "Japan's central bank"),
    ("Russia's defence ministry", "Russia's defence ministry"),
    ("The Chinese foreign ministry", "Chinese foreign ministry"),
    ("Pakistan's foreign ministry on Sunday", "Pakistan's foreign ministry"),
    ("On Sunday, Pakistan's foreign ministry", "Pakistan's foreign ministry"),
])
def test_the_body_before_the_verb_speaks(body, expected):
    assert speakers(f"{body} said the strikes were {_QUOTE}\n") == [expected]


@pytest.mark.parametrize(("after", "expected"), [
    ("Pakistan's foreign ministry said.", "Pakistan's foreign ministry"),
    ("said Pakistan's foreign ministry.", "Pakistan's foreign ministry"),
    ("the Chinese foreign ministry said in a statement.", "Chinese foreign ministry"),
])
def test_the_body_after_the_quotation_speaks(after, expected):
    assert speakers(f"{_WORDS} {after}\n") == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # capitalised, the body was read before (passes on the parent too)
    (f"Britain's Foreign Office said the strikes were {_QUOTE}\n", "Britain's Foreign Office"),
    # a person's office is nobody named (not the person)
    (f"Ann Kerr's office said the strikes were {_QUOTE}\n", ""),
    (f"{_WORDS} Ann Kerr's office said.\n", ""),
    # an officer of the body, named, speaks
    (f"{_WORDS} Pakistan's foreign ministry spokesman Ali Khan said.\n", "Ali Khan"),
    # the body by its kind alone, nothing named before: nobody
    (f"The ministry said the strikes were {_QUOTE}\n", ""),
    # the body is not the subject (the reviewer's probes): as before
    (f"Ann Lee of Israel's military said the strikes were {_QUOTE}\n", "Ann Lee"),
    (f"Tom Vale from Japan's central bank said the strikes were {_QUOTE}\n", "Tom Vale"),
    (f"Critics of Israel's military said the strikes were {_QUOTE}\n", ""),
    (f"A spokesman for Pakistan's foreign ministry said the strikes were {_QUOTE}\n", ""),
    # a firm's kind of name: no state's body
    (f"A Swiss bank said the strikes were {_QUOTE}\n", ""),
    (f"The BBC Russian service said the strikes were {_QUOTE}\n", ""),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
