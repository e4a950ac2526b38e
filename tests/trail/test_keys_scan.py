"""``text.keys`` cuts a quotation into runs of letters and runs of digits with patterns that
open with one class, so a search skips to the next letter or digit in C (the plain
alternations, ``[^\\W\\d_]+|\\d+`` and ``[a-z]+|[0-9]+``, were tried at every offset): the
same runs, kept here as the oracle, on generated text made of the characters that matter
(letters, ASCII and other digits, numbers that are no decimal digits, underscores, marks)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.trail import text

_RUNS = re.compile(r"[^\W\d_]+|\d+")
_ASCII_RUNS = re.compile(r"[a-z]+|[0-9]+")

CHARS = st.lists(st.sampled_from(
    list("ab Z09_.-’'\n,") + ["²", "①", "Ⅳ", "é", "À", "中", "\u0660", "\u0663", "ß", "İ", "K",
                              "don't", "COVID-19", "3Juli", "4,5%", " Jum’at "]),
    max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(CHARS)
def test_runs_of_letters_and_digits_are_what_the_alternations_found(s):
    assert text._TOKEN.findall(s) == _RUNS.findall(s)
    ascii_lower = s.encode("ascii", "ignore").decode().lower()
    assert text._ASCII_TOKEN.findall(ascii_lower) == _ASCII_RUNS.findall(ascii_lower)
