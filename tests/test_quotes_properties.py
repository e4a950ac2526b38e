"""Property: suggest() never crashes, and every offset points at exactly its text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import attribute_speaker, suggest

PIECES = st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", "«", "»", "„", ", ", ". ", "\n", "\n\n", " kata ", " said ",
     "katanya", "Lavrov", "Sergey Lavrov", "she", " Menlu ", "(", ")", "50%", " menurut "]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_suggest_never_crashes_and_offsets_are_exact(text):
    for s in suggest(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.exact
        assert s.kind in ("quote", "claim")


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(-5, 60), st.integers(-5, 60))
def test_attribute_speaker_never_crashes(text, start, end):
    result = attribute_speaker(text, start, end)
    assert result is None or (isinstance(result, tuple) and len(result) == 2)
