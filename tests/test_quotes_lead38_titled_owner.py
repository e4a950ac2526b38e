"""“…,” Mr. Vale's spokesman, Ann Kerr, said.: a title before the possessive of whose
spokesman it is; the one named after the office speaks, as without the title (“Vale's
spokesman, Ann Kerr, said”). Before, the words went to Tom Vale (marked as a guess): the
title's full stop hid the possessive. Text made up (session 38, the lead's probes)."""

import pytest

from tests.quote_helpers import speakers

_SAID = ('Tom Vale led the talks. "We will not accept any deal that leaves hostages '
         'behind," ')


@pytest.mark.parametrize("cue", [
    "Mr. Vale's spokesman, Ann Kerr, said.",
    "Dr. Vale's spokesman, Ann Kerr, said.",
    "Vale's spokesman, Ann Kerr, said.",
])
def test_the_one_named_after_the_office(cue):
    assert speakers(_SAID + cue) == ["Ann Kerr"]


def test_an_unnamed_lawyer_is_nobody():
    assert speakers(_SAID + "Mr. Vale's lawyer said.") == [""]
