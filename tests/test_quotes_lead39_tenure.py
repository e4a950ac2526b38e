"""An office's tenure word before its noun ("former", "acting", "interim", "outgoing"…) is
part of the speaker phrase read back from a speech verb: "Jonathan Gullis, a Conservative
former minister wrote …" (an apposition whose closing comma the writer left out) is
Jonathan Gullis, not "minister" resolved to another minister of the article (en39's
2915). Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"deeply disappointing and undermines our efforts"'
_OTHER = "\n\nMinister Ann Kerr told the BBC the threshold should rise."


@pytest.mark.parametrize("apposition", [
    "a Conservative former minister", "a former minister", "the interim chief executive",
    "an outgoing Labour councillor",
])
def test_an_apposition_left_open_before_the_verb(apposition):
    text = f"Tom Vale is under fire.\n\nJonathan Gullis, {apposition} wrote that it was {_WORDS}."
    assert speakers(text + _OTHER) == ["Jonathan Gullis"]

