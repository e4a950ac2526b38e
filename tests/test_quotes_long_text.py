"""A long text in one paragraph (a pasted transcript) costs suggest() work in proportion
to its length, not to its square (review R16-12: 130k words took 19 s CPU, every quotation
reading the paragraph from its start for the sentence it ends, and every "he said" reading
the paragraph's every mention back to its start).

No timing here: the tests count what the two stages read (sentence ends the pattern gives,
``People.is_body`` calls) for a text and for one twice as long. bench/quotes_long.py has the
CPU times.
"""

import bisect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import attribution, suggest
from reader.core.quotes.attribution import _ABBR_TAIL, _SENT_END, sentence_start
from reader.core.quotes.engine import forget_analyses
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold
from reader.core.quotes.names import People
from reader.core.quotes.unglue import Unglued

PIECES = st.sampled_from(
    [" ", "\n", ". ", ".", "! ", "? ", "…", "”", "“", "\"", "'", "Mr. ", "Dr. ", "A. ",
     "U.S. ", "said", "Tom", "Baker", "JAKARTA.", "ABC", "ends.The", "is.AB ", "x", "5.5"])
TEXT = st.lists(PIECES, max_size=60).map("".join)


def _sentence_start_reading_forwards(text, pos, lo):
    """sentence_start as it was: every sentence end from lo to pos."""
    start = lo
    for m in _SENT_END.finditer(text, lo, pos):
        if m.group() == "." and _ABBR_TAIL.search(text, max(0, m.start() - 4), m.start()):
            continue
        start = m.end()
    return start


@settings(max_examples=500, deadline=None)
@given(TEXT, st.integers(0, 400), st.integers(0, 400), st.sampled_from([1, 3, 7, 400]))
def test_reading_back_from_the_end_finds_the_sentence_reading_forwards_found(
        text, a, b, window):
    lo, pos = sorted((min(a, len(text)), min(b, len(text))))
    old = attribution._BACK_WINDOW
    attribution._BACK_WINDOW = window  # small windows: the widening is what is tested
    try:
        assert sentence_start(text, pos, lo) == _sentence_start_reading_forwards(text, pos, lo)
    finally:
        attribution._BACK_WINDOW = old


def _one_paragraph(words: int) -> str:
    """Real dev articles (each a different story, different names) run together into one
    paragraph of about ``words`` words."""
    parts, count = [], 0
    for article in load_gold(REAL_DEV_DIR):
        parts.append(article.text)
        count += len(article.text.split())
        if count >= words:
            break
    return " ".join(" ".join(parts).split())


class _CountingEnds:
    """attribution._SENT_END, counting the sentence ends it hands out."""

    def __init__(self):
        self.read = 0

    def finditer(self, text, pos=0, endpos=None):
        for m in _SENT_END.finditer(text, pos, len(text) if endpos is None else endpos):
            self.read += 1
            yield m

    def __getattr__(self, name):
        return getattr(_SENT_END, name)


@pytest.fixture
def counted(monkeypatch):
    ends = _CountingEnds()
    monkeypatch.setattr(attribution, "_SENT_END", ends)
    calls = {"is_body": 0}
    is_body = People.is_body

    def counting_is_body(self, name):
        calls["is_body"] += 1
        return is_body(self, name)

    monkeypatch.setattr(People, "is_body", counting_is_body)

    def run(words):
        text = _one_paragraph(words)
        assert not re.search(r"\n", text)
        forget_analyses()
        ends.read, calls["is_body"] = 0, 0
        found = suggest(text)
        assert found  # a text with quotations: the stages ran
        return len(text.split()), ends.read, calls["is_body"]

    return run


def test_a_paragraph_twice_as_long_is_read_twice_not_four_times(counted):
    n1, ends1, body1 = counted(20_000)
    n2, ends2, body2 = counted(40_000)
    grown = n2 / n1
    # measured (40k words): 3,547 sentence ends read, 2,512 is_body calls; before:
    # 241,538 and 75,168 (20k -> 40k grew 3.2x each)
    assert ends2 <= 1.3 * grown * ends1, (ends1, ends2)
    assert body2 <= 1.3 * grown * body1, (body1, body2)
    assert ends2 < 0.15 * n2, ends2  # about one end read per sentence of the text


def _old_position_by_list(glued, pos):
    """Unglued.old as it was: the end of every break listed for each call."""
    ends = [q + glued.shift[k + 1] for k, q in enumerate(glued.at)]
    k = bisect.bisect_right(ends, pos)
    if k < len(glued.at) and glued.at[k] + glued.shift[k] <= pos:
        return glued.at[k]
    return pos - glued.shift[k]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 3)), max_size=12,
                unique_by=lambda b: b[0]),
       st.integers(0, 120))
def test_a_position_maps_back_as_the_list_of_every_break_end_mapped_it(breaks, pos):
    # (breaks of one width or several: a paragraph's "\n\n", a glued word's blank)
    breaks = sorted(breaks)
    shift = [0]
    for _, width in breaks:
        shift.append(shift[-1] + width)
    glued = Unglued("", [q for q, _ in breaks], shift, [], [])
    assert glued.old(pos) == _old_position_by_list(glued, pos)
