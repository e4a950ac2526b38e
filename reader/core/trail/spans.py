"""Quoted spans of an article that are not annotated: the trail's suggested quotations.

The trail takes the quotations the quote engine suggests whatever their attribution
(``quotes.engine.sure_quote_spans``: spans ``suggest`` gives as quotes; not quoted
headlines, titles or scare phrases) of at least ``MIN_PART`` words, minus those a quote
annotation takes (``hides``: accepted, or overlapped) and those the user dismissed. It
works out no speakers here: a span the engine takes only when a speech verb sits beside
it is left out, since deciding it means analysing the whole article (10–25 times the cost
of the rest, at every build and catch-up), for few spans (0.5 % of the engine's
quotations over the labelled news texts, 2 % on saved web pages). Annotated, such a span
is in the trail as any quote is. No span the engine rejects is a statement. The engine is
asked without the library's aliases: a trail's statements must not change when a speaker
is renamed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..quotes.engine import sure_quote_spans
from .match import MIN_PART
from .text import keys


def hides(a: int, b: int, words: int, start: int, end: int, span_words: int) -> bool:
    """Whether a quote annotation at ``a``–``b`` of ``words`` words (``text.keys``) takes
    the suggested span at ``start``–``end`` of ``span_words`` out of the trail: it does
    when it overlaps it, unless it lies inside it as a part of ``MIN_PART`` words or more
    (fewer than the span's). A coder who quotes six words of an outlet's longer passage
    (maybe the words where that outlet reworded the statement, which alone match no
    other version) leaves the outlet's whole passage in the trail: the part is the same
    statement as the passage (``match``: a part), so it joins the passage's cluster, and
    the two are one version (``versions``). A quote under ``MIN_PART`` words is no
    statement of its own: it still hides the passage it lies in."""
    if not (a < end and start < b):
        return False
    return not (start <= a and b <= end and MIN_PART <= words < span_words)


def quoted_spans(text: str, taken: Iterable[tuple[int, int]] = (),
                 dismissed: Collection[str] = ()) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, exact, keys) of each open quoted span of ``text``, in reading order."""
    taken = sorted(taken)
    out = []
    for span in sure_quote_spans(text):
        start, end = span.start, span.end
        exact = text[start:end]
        if exact in dismissed:
            continue
        word_keys = keys(exact)
        if len(word_keys) < MIN_PART:
            continue
        if any(a < end and start < b and hides(a, b, _words_inside(text, a, b, start, end),
                                               start, end, len(word_keys)) for a, b in taken):
            continue
        out.append((start, end, exact, word_keys))
    return out


def _words_inside(text: str, a: int, b: int, start: int, end: int) -> int:
    """The words of ``text[a:b]`` if it lies inside ``start``–``end`` and is shorter (only
    then does ``hides`` ask), else 0: an accepted passage's words are not read again."""
    return len(keys(text[a:b])) if start <= a and b <= end and b - a < end - start else 0
