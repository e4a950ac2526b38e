"""“…,” the president told Jeffrey Goldberg.: a speech verb between an office and a name
makes the name the listener, not the office's holder (the cast read “president told” as
Jeffrey Goldberg's office, and gave him the president's words, unmarked: en41's 3012).
Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"We got a mandate and we built a coalition that worked,"'


@pytest.mark.parametrize("cue", [
    "the president told Jeffrey Goldberg.", "the president told The Atlantic's Jeffrey Goldberg.",
    "the minister told reporter Ann Kerr.", "the coach told Ann Kerr of the BBC.",
])
def test_the_listener_is_not_the_office(cue):
    text = f"Regarding the war, the government defended the process. {_WORDS} {cue}"
    assert speakers(text) == [""]  # (the president is named nowhere)


def test_the_office_given_by_its_holder_still_resolves():
    text = (f"President Tom Vale defended the process on Monday.\n\n{_WORDS} the president "
            "told Jeffrey Goldberg.")
    assert speakers(text) == ["Tom Vale"]
