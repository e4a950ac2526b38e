"""A full stop's abbreviation test (``_ABBR_TAIL`` in the four characters before it) is
skipped when they are in lower case (session 44's speed work): the same answer as the
search."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes.attribution import _ABBR_TAIL, _abbreviation_stop

ABBREVIATED = st.lists(st.sampled_from(
    ["Dr", "dr", "Mr", "Jl", "Moh", "M.Pd", ".Sos", "sos", "QS", "Rt", "x", "ab", "A", "a",
     " ", ".", "5", "_", "é", "É", "ſ", "K", "(", "\n"]), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(ABBREVIATED)
def test_a_full_stops_abbreviation_test_is_the_patterns_search(text):
    text += "."
    for at in range(len(text)):
        assert _abbreviation_stop(text, at) == (
            _ABBR_TAIL.search(text, max(0, at - 4), at) is not None), (text, at)
