"""Quoted spans of an article that are not annotated: the trail's suggested quotations.

The trail takes the quotations the quote engine suggests (``quotes.engine.quote_spans``:
the spans ``suggest`` gives as quotes, not quoted headlines, titles or scare phrases) of
at least ``MIN_PART`` words, minus those inside a quote annotation (accepted) and those
the user dismissed. It does not work out their speakers here, which costs far more than
deciding which spans are quotations; a trail works the speaker out when it is shown. The
engine is asked without the library's aliases: they bear on who spoke, and a trail's
statements must not change when a speaker is renamed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..quotes.engine import quote_spans
from .match import MIN_PART
from .text import keys


def quoted_spans(text: str, taken: Iterable[tuple[int, int]] = (),
                 dismissed: Collection[str] = ()) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, exact, keys) of each open quoted span of ``text``, in reading order."""
    taken = sorted(taken)
    out = []
    for span in quote_spans(text):
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
