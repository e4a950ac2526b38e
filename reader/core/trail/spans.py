"""Quoted spans of an article that are not annotated: the trail's suggested quotations.

The trail takes every quoted stretch the quote finder sees (``quotes.marks.find_quotes``)
of at least ``MIN_PART`` words, minus those inside a quote annotation (accepted) and those
the user dismissed. It does not run the speaker attribution here, which costs far more
than finding the marks; a trail works the speaker out when it is shown.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..quotes.marks import find_quotes
from .match import MIN_PART
from .text import keys


def quoted_spans(text: str, taken: Iterable[tuple[int, int]] = (),
                 dismissed: Collection[str] = ()) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, exact, keys) of each open quoted span of ``text``, in reading order."""
    taken = sorted(taken)
    out = []
    for span in find_quotes(text):
        start, end = span.start, span.end
        if any(a < end and start < b for a, b in taken):
            continue
        exact = text[start:end]
        if exact in dismissed:
            continue
        word_keys = keys(exact)
        if len(word_keys) >= MIN_PART:
            out.append((start, end, exact, word_keys))
    return out
