"""Quoted spans of an article that are not annotated: the trail's suggested quotations.

The trail takes the quotations the quote engine suggests whatever their attribution
(``quotes.engine.sure_quote_spans``: spans ``suggest`` gives as quotes; not quoted
headlines, titles or scare phrases) of at least ``MIN_PART`` words, minus those inside a
quote annotation (accepted) and those the user dismissed. It works out no speakers here:
a span the engine takes only when a speech verb sits beside it is left out, since
deciding it means analysing the whole article (10–25 times the cost of the rest, at every
build and catch-up), for few spans (0.5 % of the engine's quotations over the labelled
news texts, 2 % on saved web pages). Annotated, such a span is in the
trail as any quote is. No span the engine rejects is a statement. The engine is asked
without the library's aliases: a trail's statements must not change when a speaker is
renamed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..quotes.engine import sure_quote_spans
from .match import MIN_PART
from .text import keys


def quoted_spans(text: str, taken: Iterable[tuple[int, int]] = (),
                 dismissed: Collection[str] = ()) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, exact, keys) of each open quoted span of ``text``, in reading order."""
    taken = sorted(taken)
    out = []
    for span in sure_quote_spans(text):
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
