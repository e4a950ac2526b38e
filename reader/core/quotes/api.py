"""attribute_speaker(): the speaker of a span the user selected by hand."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple, Protocol, TypeVar

from ..models import LOW_SPEAKER_CONFIDENCE
from .cast import Event
from .engine import (
    Candidate,
    Paragraphs,
    _inherit,
    _sentence_like,
    analyse,
    analysed,
    attribute,
    chain_anchor,
    interview_layout,
    quote_candidates,
    reading,
    remembered,
)
from .language import detect_language
from .marks import DOUBLE, SINGLE, QuoteSpan
from .names import People, Phrase, written
from .ranker import SpeakerOption, options, rank
from .speaker_weights import WEIGHTS

_MARKS = DOUBLE + SINGLE


class SpeakerGuess(NamedTuple):
    """Who said text[start:end] by the engine, with how sure it is (0–1)."""

    speaker: str
    role: str
    confidence: float

    @property
    def unsure(self) -> bool:
        """A guess to check (the Suggestions tab marks it; it is never stored unmarked)."""
        return self.confidence < LOW_SPEAKER_CONFIDENCE


def attribute_speaker(
    text: str, start: int, end: int, aliases: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """(speaker, role) for text[start:end], or None (see guess_speaker): the rules'
    speaker, not a guess of the learned scorer's alone (``engine.GUESS``: those are for the
    user to check, not for what reads speakers without asking, as the trail's ``speakers_of``
    does)."""
    found = guess_speaker(text, start, end, aliases)
    return (found.speaker, found.role) if found and not _scorer_guess(text, start, end,
                                                                   aliases) else None


def _scorer_guess(text: str, start: int, end: int, aliases: dict[str, str] | None) -> bool:
    """Is guess_speaker's speaker of text[start:end] the learned scorer's guess alone?"""
    fixed = reading(text)
    if fixed is not None:
        text, start, end = fixed.text, fixed.new(start), fixed.new(end, end=True)
    best = covering(analysed(text, aliases).candidates, start, end, lambda c: c.span)
    return best is not None and best.att.how == "ranked"


def guess_speaker(
    text: str, start: int, end: int, aliases: dict[str, str] | None = None
) -> SpeakerGuess | None:
    """The speaker of text[start:end] with its confidence, or None.

    One engine with suggest(): a selection that covers a quotation suggest() finds gets
    that suggestion's speaker and confidence; any other selection is attributed by the
    same rules, as if it were quoted.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start >= end or not text[start:end].strip():
        return None
    fixed = reading(text)  # (paragraph breaks a scraper lost put back, as suggest() reads)
    if fixed is not None:
        text, start, end = fixed.text, fixed.new(start), fixed.new(end, end=True)
    paras, spans, people, events, cands = analysed(text, aliases)  # the same for every span
    if not paras:
        return None
    best = covering(cands, start, end, lambda c: c.span)
    if best is not None:
        att = best.att
        return SpeakerGuess(att.speaker, att.role, att.confidence) if att.speaker else None
    return _uncovered(text, start, end, paras, spans, people, events)


def speakers_of(text: str, spans: Sequence[tuple[int, int]],
                aliases: dict[str, str] | None = None) -> list[tuple[str, str] | None]:
    """``attribute_speaker`` of each (start, end) of one text, for a caller that wants the
    speakers alone (the quote trail's versions no coder annotated, issue 15): the article
    is analysed once, and only as far as they need: not the learned scorer (it changes a
    confidence, never a speaker), nor the quotations after the last one asked for (each
    quotation is attributed with what those before it left; ``quote_candidates``). Not
    remembered for ``guess_speaker`` (a fuller analysis); a text it remembers answers
    from there. The same answers as ``attribute_speaker`` on every quotation of the
    labelled real texts (tests/test_quotes_speakers_of.py)."""
    if not spans:
        return []
    fixed = reading(text)
    read = fixed.text if fixed is not None else text
    if remembered(read, aliases):
        return [attribute_speaker(text, start, end, aliases) for start, end in spans]
    wanted: list[tuple[int, int] | None] = []
    for start, end in spans:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if start >= end or not text[start:end].strip():
            wanted.append(None)
        elif fixed is not None:
            wanted.append((fixed.new(start), fixed.new(end, end=True)))
        else:
            wanted.append((start, end))
    paras, quoted, people, events = analyse(read, aliases)
    if not paras:
        return [None] * len(spans)
    picks = [None if w is None else covering(range(len(quoted)), w[0], w[1],
                                             lambda i: quoted[i]) for w in wanted]
    if interview_layout(read, paras):
        # (an interview's answers go to the one answering most of the article's attributed
        # quotations, after the scorer's guesses: every quotation, scored, as analysed())
        cands = quote_candidates(read, paras, quoted, people, events)
    elif any(w is not None and i is None for w, i in zip(wanted, picks, strict=True)):
        # (a span no quotation stands for is attributed as if quoted, by every quotation's
        # analysis: ``guess_speaker``'s way, on this analysis)
        cands = quote_candidates(read, paras, quoted, people, events)
    else:
        upto = max((i + 1 for i in picks if i is not None), default=0)
        chain = quoted[upto - 1].chain if upto else -1
        while chain >= 0 and upto < len(quoted) and quoted[upto].chain == chain:
            upto += 1  # (a chain takes its speaker from any of its parts)
        cands = quote_candidates(read, paras, quoted, people, events, upto, confidence=False)
    out: list[tuple[str, str] | None] = []
    for w, i in zip(wanted, picks, strict=True):
        if w is None:
            out.append(None)
            continue
        found = (_uncovered(read, w[0], w[1], paras, quoted, people, events) if i is None
                 else SpeakerGuess(cands[i].att.speaker, cands[i].att.role, 0.0)
                 if cands[i].att.how != "ranked" else None)  # (not the scorer's guess)
        out.append((found.speaker, found.role) if found and found.speaker else None)
    return out


def _uncovered(text: str, start: int, end: int, paras: Paragraphs, spans: list[QuoteSpan],
               people: People, events: list[Event]) -> SpeakerGuess | None:
    """``guess_speaker`` of a selection no quotation stands for: attributed by the same
    rules, as if it were quoted."""
    p = max(0, bisect.bisect_right([a for a, _ in paras], start) - 1)
    lo, hi = paras[p]
    span = _synthetic(text, start, end, p, lo, hi)
    prev_end, anchor = lo, -1
    for idx, s in enumerate(spans):
        if s.para == p and s.outer_end <= span.open:
            prev_end = s.outer_end
        if s.open <= span.open < s.outer_end or span.open <= s.open < span.outer_end:
            span = replace(s, para=p)  # a copy: the analysis is shared (see analysed)
            anchor = chain_anchor(spans, idx)
            break
    att, how = attribute(text, span, lo, hi, prev_end, people, anchor)
    cand = Candidate(span, att, how, _sentence_like(text, span, lo, how))
    _inherit([cand], events, paras, text, people, detect_language(text) == "en")
    if not cand.att.speaker:
        return None
    return SpeakerGuess(cand.att.speaker, cand.att.role, cand.att.confidence)


class QuoteOptions(NamedTuple):
    """A quotation's possible speakers as the learned scorer ranks them, likeliest first:
    (probability, option), an option's ``name`` "" being nobody; ``speaker`` is the rules'
    pick (what suggest() gives)."""

    start: int
    end: int
    speaker: str
    ranked: list[tuple[float, SpeakerOption]]


def speaker_options(text: str, aliases: dict[str, str] | None = None) -> list[QuoteOptions]:
    """Every quoted stretch the engine found (as suggest() finds them, scare quotes and
    titles included), with its candidate speakers and the evidence for each."""
    fixed = reading(text)  # (offsets of the stored text, as suggest() gives them)
    read = fixed.text if fixed is not None else text
    an = analysed(read, aliases)
    fresh = options(read, an.paras, an.people, an.candidates, detect_language(read))
    back = fixed.old if fixed is not None else int
    return [QuoteOptions(back(c.span.start), back(c.span.end), c.att.speaker,
                         rank(c.options or made, WEIGHTS))
            for c, made in zip(an.candidates, fresh, strict=True)]


class Spanned(Protocol):
    """Anything with a span of the text (a quotation, a suggestion)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_T = TypeVar("_T")


def _cover(span: Spanned, start: int, end: int) -> float:
    """How much of the longer of a quotation and a selection the two share (0–1)."""
    inter = min(span.end, end) - max(span.start, start)
    return inter / max(span.end - span.start, end - start) if inter > 0 else 0.0


def covering(items: Iterable[_T], start: int, end: int,
             span: Callable[[_T], Spanned]) -> _T | None:
    """Of ``items``, the one whose ``span`` a selection of text[start:end] stands for: the
    one sharing the most with it, at least half of the longer of the two (the first such
    on a tie); None when none does. How a selection gets a suggestion's speaker
    (``guess_speaker``, and the pre-fill from the Suggestions tab's worked-out list)."""
    best = max(items, key=lambda item: _cover(span(item), start, end), default=None)
    return best if best is not None and _cover(span(best), start, end) >= 0.5 else None


def resolve_name(text: str, name: str, aliases: dict[str, str] | None = None) -> tuple[str, str]:
    """(full name, role) the article uses for a short name: "Lavrov" → "Sergey Lavrov".

    Returns the name unchanged (and no role) when the article names nobody fuller.
    """
    name = " ".join(name.split())
    if not name:
        return "", ""
    fixed = reading(text)
    _paras, _spans, people, _events, _cands = analysed(
        fixed.text if fixed is not None else text, aliases)
    full, role = people.resolve(Phrase(name=name))
    return (full or name), role


def written_name(text: str, speaker: str, aliases: dict[str, str] | None = None) -> str:
    """How the article writes ``speaker``, a library speaker's name, when it spells that
    person otherwise ("Sergey Lavrov" for the library's "Sergei Lavrov"): its fullest such
    spelling; "" when the article writes the speaker's own name, or none of theirs, or
    when there is no library (``aliases``) to differ from. The analysis is the one
    ``suggest`` and ``guess_speaker`` make of the same text and aliases (remembered), of
    the text they read (``reading``: a name with a control character inside is the name)."""
    if not speaker or not aliases or not text or written(text, speaker):
        return ""  # (``People.written_as``'s answer when the article writes the name itself,
        # without the analysis)
    fixed = reading(text)
    return analysed(fixed.text if fixed is not None else text,
                    aliases).people.written_as(speaker)


def _synthetic(text: str, start: int, end: int, para: int, lo: int, hi: int) -> QuoteSpan:
    """Treat a hand selection like a quotation, using marks next to it when there are any."""
    k = start - 1
    while k >= lo and text[k].isspace():
        k -= 1
    open_ = k if k >= lo and text[k] in _MARKS else start
    k = end
    while k < hi and text[k] in " ,":
        k += 1
    close = k if k < hi and text[k] in _MARKS else min(end, hi) - 1
    return QuoteSpan(open_, close, start, end, para)
