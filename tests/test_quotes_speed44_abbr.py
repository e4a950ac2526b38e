"""A full stop's abbreviation test (``_ABBR_TAIL`` in the four characters before it) is
skipped when they are in lower case (session 44's speed work): the same answer as the
search (session 46: but for a title in lower case before a capitalised word, “dr. Ani”,
which ends no sentence either)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes.attribution import _ABBR_TAIL, _abbreviation_stop
from reader.core.quotes.lexicon import LOWER_TITLES

_TITLE_BEFORE = re.compile(r"(?<![^\W_])(?:" + "|".join(LOWER_TITLES) + r")$")

ABBREVIATED = st.lists(st.sampled_from(
    ["Dr", "dr", "Mr", "Jl", "Moh", "M.Pd", ".Sos", "sos", "QS", "Rt", "x", "ab", "A", "a",
     " ", ".", "5", "_", "é", "É", "ſ", "K", "(", "\n", "drg", " Ani", "prof", "RS "]), max_size=20
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ABBREVIATED)
def test_a_full_stops_abbreviation_test_is_the_patterns_search(text):
    text += "."
    for at in range(len(text)):
        titled = (_TITLE_BEFORE.search(text, 0, at) is not None
                  and text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].isupper())
        assert _abbreviation_stop(text, at) == (
            titled or _ABBR_TAIL.search(text, max(0, at - 4), at) is not None), (text, at)
