"""Property tests: edits near an annotation never attach it to the wrong text."""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import make_selector, reanchor

LETTERS = "abcdefghijklmnopqrstuvwxyz .,"
texts = st.text(alphabet=LETTERS, min_size=40, max_size=400)
inserts = st.text(alphabet=LETTERS + "ABC\n", min_size=1, max_size=40)


def occurs_once(text: str, part: str) -> bool:
    """Unlike str.count, also rules out overlapping repeats ("aaa" in "aaaa")."""
    first = text.find(part)
    return first != -1 and text.find(part, first + 1) == -1


@st.composite
def annotated(draw):
    """A text with a span of at least 8 characters that occurs only once."""
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 8))
    end = draw(st.integers(start + 8, min(len(text), start + 80)))
    assume(occurs_once(text, text[start:end]))
    return text, start, end


def apply_edit(text: str, lo: int, hi: int, replacement: str) -> str:
    return text[:lo] + replacement + text[hi:]


def run(new_text: str, sel: dict):
    return reanchor(new_text, sel["exact"], sel["prefix"], sel["suffix"], sel["start"], sel["end"])


@st.composite
def outside_edits(draw):
    text, start, end = draw(annotated())
    before = draw(st.booleans()) and start > 0 or end == len(text)
    if before:
        lo = draw(st.integers(0, start))
        hi = draw(st.integers(lo, start))
    else:
        lo = draw(st.integers(end, len(text)))
        hi = draw(st.integers(lo, len(text)))
    replacement = draw(st.one_of(st.just(""), inserts))
    return text, start, end, lo, hi, replacement


def cuts(text: str, s: int, e: int) -> tuple[bool, bool]:
    """Whether the span text[s:e] begins, and ends, inside a word."""
    def inside(i: int) -> bool:
        return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()
    return inside(s), inside(e)


@settings(max_examples=300, deadline=None)
@given(outside_edits())
def test_edits_outside_the_span_keep_it_anchored(case):
    """Unless the edit joins a word onto the span's edge ("tetap," -> "tetapkan,"): then
    those are not the same words (R21-9), and wherever it is placed, it is on whole
    words where the span began and ended at a word's edge."""
    text, start, end, lo, hi, replacement = case
    sel = make_selector(text, start, end)
    new_text = apply_edit(text, lo, hi, replacement)
    found = run(new_text, sel)
    shift = len(replacement) - (hi - lo) if hi <= start else 0
    was = cuts(text, start, end)
    now = cuts(new_text, start + shift, end + shift)
    if (now[0] and not was[0]) or (now[1] and not was[1]):
        if found.state != "orphan":
            placed = cuts(new_text, found.start, found.end)
            assert (placed[0] <= was[0]) and (placed[1] <= was[1])
        return
    assert found.state == "anchored"
    assert new_text[found.start : found.end] == sel["exact"]
    if occurs_once(new_text, sel["exact"]):
        assert found.start == start + shift


@st.composite
def inside_edits(draw):
    text, start, end = draw(annotated())
    lo = draw(st.integers(start, end))
    hi = draw(st.integers(lo, end))
    replacement = draw(inserts if lo == hi else st.one_of(st.just(""), inserts))
    assume(text[lo:hi] != replacement)
    return text, start, end, lo, hi, replacement


@settings(max_examples=300, deadline=None)
@given(inside_edits())
def test_edits_inside_the_span_reanchor_where_the_text_went_or_orphan(case):
    text, start, end, lo, hi, replacement = case
    sel = make_selector(text, start, end)
    new_text = apply_edit(text, lo, hi, replacement)
    found = run(new_text, sel)
    if found.state == "orphan":
        assert found.start is None and found.end is None
        return
    went_start, went_end = start, end + len(replacement) - (hi - lo)
    assert found.start <= went_end and found.end >= went_start, (
        f"{new_text[found.start : found.end]!r} is not where {sel['exact']!r} went"
    )
    if found.state == "anchored":
        assert new_text[found.start : found.end] == sel["exact"]


@settings(max_examples=100, deadline=None)
@given(annotated())
def test_selector_round_trips_on_the_same_text(case):
    text, start, end = case
    found = run(text, make_selector(text, start, end))
    assert (found.state, found.start, found.end) == ("anchored", start, end)
