"""Find an annotation again after its article text changed.

An annotation stores a W3C Web Annotation TextQuoteSelector (``exact`` plus
~32 characters of ``prefix``/``suffix`` context) and a TextPositionSelector
(``start``/``end``, Python code points). When an article is re-imported or
edited, :func:`reanchor` looks for the quote the way the Hypothesis client
does:

1. the old position still holds the exact text -> ``"anchored"``, same offsets;
2. the exact text occurs elsewhere -> ``"anchored"`` at the occurrence whose
   context matches best (closest to the old position on ties);
3. a fuzzy match of quote + context is good enough -> ``"reanchored"``;
   (where the stored span began or ended at a word's edge, an occurrence that begins or
   ends inside a word is not the same words, and a fuzzy span takes the whole words its
   edges cut: never "ah ekonom" of "Sejumlah ekonom", review R21-9)
4. otherwise ``"orphan"``.

A fuzzy candidate must resemble the quote itself (``MIN_QUOTE_SIMILARITY``), so
matching context alone never attaches an annotation to different words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

# rapidfuzz is imported where a span is scored, not here: every command that opens a
# library imports this module for ``make_selector``, and reading needs no scoring (issue 12).

__all__ = ["CONTEXT", "Anchor", "make_selector", "reanchor"]

CONTEXT = 32
"""Characters of prefix/suffix context stored on each side of a quote."""

# Weights of the combined fuzzy score, as in Hypothesis' match-quote.
W_QUOTE, W_PREFIX, W_SUFFIX, W_POSITION = 50.0, 20.0, 20.0, 2.0
MIN_QUOTE_SIMILARITY = 0.75
"""A fuzzy candidate's own text must be at least this similar to the old quote."""
MIN_SCORE = 0.65
PIECE = 64
REFINED = 3
"""Only the best few rough candidates get their (costlier) edge refinement."""
"""Quotes longer than two pieces are searched for by their first and last piece."""
"""Minimum combined (quote, context, position) score of a fuzzy candidate."""


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found: ``state`` is one of ``models.ANCHOR_STATES``."""

    state: str
    start: int | None
    end: int | None
    score: float


def make_selector(text: str, start: int, end: int) -> dict[str, Any]:
    """Selector fields for ``text[start:end]``: exact, prefix, suffix, start, end."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} is outside a text of {len(text)} characters")
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT) : start],
        "suffix": text[end : end + CONTEXT],
        "start": start,
        "end": end,
    }


def reanchor(new_text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> Anchor:
    """Locate the quote ``exact`` (once at ``start``..``end``) in ``new_text``."""
    if not exact:
        return _ORPHAN
    if not prefix and not suffix and start > 0 and _holds(new_text, exact, start):
        # a selector without its context (another tool's Web Annotation: Kutip's own has
        # both unless the quote is the whole text): where its position still holds its
        # words, the words around them there are its context. Without, its edges counted
        # as a word's edges, and a span chosen inside a word was widened to the whole
        # word ("gerahkan" of "mengerahkan": review RR21-2)
        prefix = new_text[max(0, start - CONTEXT):start]
        suffix = new_text[start + len(exact):start + len(exact) + CONTEXT]
    if _holds(new_text, exact, start) and _context_intact(new_text, prefix, suffix, start, end) \
            and not _glued(new_text, start, start + len(exact), exact, prefix, suffix):
        return Anchor("anchored", start, end, 1.0)
    scorer = _Scorer(new_text, exact, prefix, suffix, start)
    found = _best_exact(scorer)
    if found is not None:
        return found
    return _best_fuzzy(scorer)


_ORPHAN = Anchor("orphan", None, None, 0.0)


# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer,
# Myanmar, Tibetan): there no letter pair tells where a word ends, so no span edge there is
# "inside a word" (review R22-6: a quote next to an edited comma was orphaned or moved).
_NO_SPACES = ((0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
              (0x19E0, 0x19FF), (0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3040, 0x30FF),
              (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA9E0, 0xA9FF),
              (0xAA60, 0xAA7F), (0xF900, 0xFAFF), (0xFF66, 0xFF9F), (0x20000, 0x3FFFF))


_NO_SPACES_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _NO_SPACES)
#: a text's words, to count and compare texts: runs of letters and digits, but each
#: character of a script written without spaces on its own (a Chinese sentence is one
#: run of letters: review R22-11 counted it as one word)
WORDS = re.compile(rf"[{_NO_SPACES_CLASS}]|(?:(?![{_NO_SPACES_CLASS}])\w)+")


def _without_spaces(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _NO_SPACES)


def _inside_word(before: str, after: str) -> bool:
    """Whether a span edge between these two characters ('' at the text's edge) cuts a word.
    An edge before a combining mark always cuts (the mark belongs to the letter before it:
    Thai's tone marks, Devanagari's vowel signs); between two letters of a script written
    without spaces it never does (any letter may end a word there)."""
    if not before or not after:
        return False
    if unicodedata.category(after)[0] == "M":
        return not before.isspace()
    if not (before.isalnum() or unicodedata.category(before)[0] == "M") or not after.isalnum():
        return False
    return not (_without_spaces(before) or _without_spaces(after))


def _edges_cut(exact: str, prefix: str, suffix: str) -> tuple[bool, bool]:
    """Whether the stored span began, and ended, inside a word (the user's own choice)."""
    return _inside_word(prefix[-1:], exact[:1]), _inside_word(exact[-1:], suffix[:1])


def _glued(text: str, s: int, e: int, exact: str, prefix: str, suffix: str) -> bool:
    """Whether ``text[s:e]`` begins or ends inside a word where the stored span began or
    ended at a word's edge (review R21-9: "Suku bunga tetap" found as the start of "Suku
    bunga tetapkan" is not those words)."""
    began, ended = _edges_cut(exact, prefix, suffix)
    return (not began and _inside_word(text[s - 1:s] if s else "", text[s:s + 1])) or (
        not ended and _inside_word(text[e - 1:e] if e else "", text[e:e + 1]))


def _whole_words(text: str, s: int, e: int, exact: str, prefix: str, suffix: str
                 ) -> tuple[int, int]:
    """A found span's edges moved out to the edges of the words they cut, where the stored
    span began or ended at a word's edge (review R21-9: "ah ekonom menilai" of "Sejumlah
    ekonom menilai" for a highlight "Para ekonom menilai")."""
    began, ended = _edges_cut(exact, prefix, suffix)
    if s < e and not began:
        while s > 0 and _inside_word(text[s - 1], text[s]):
            s -= 1
    if s < e and not ended:
        while e < len(text) and _inside_word(text[e - 1], text[e]):
            e += 1
    return s, e


def _holds(text: str, exact: str, start: int) -> bool:
    return 0 <= start and text[start : start + len(exact)] == exact


def _context_intact(text: str, prefix: str, suffix: str, start: int, end: int) -> bool:
    return text[max(0, start - len(prefix)) : start] == prefix and (
        text[end : end + len(suffix)] == suffix
    )


class _Scorer:
    """Scores a candidate span of the new text against the stored selector."""

    def __init__(self, text: str, exact: str, prefix: str, suffix: str, start: int):
        self.text, self.exact, self.prefix, self.suffix = text, exact, prefix, suffix
        self.old_start = start
        from rapidfuzz import fuzz

        self._ratio = fuzz.ratio

    def quote(self, s: int, e: int) -> float:
        return self._ratio(self.exact, self.text[s:e]) / 100.0

    def context(self, s: int, e: int) -> tuple[float, float]:
        pre = _similar(self.prefix, self.text[max(0, s - len(self.prefix)) : s])
        suf = _similar(self.suffix, self.text[e : e + len(self.suffix)])
        return pre, suf

    def position(self, s: int) -> float:
        return 1.0 - min(1.0, abs(s - self.old_start) / max(len(self.text), 1))

    def total(self, s: int, e: int, quote: float | None = None) -> float:
        q = self.quote(s, e) if quote is None else quote
        pre, suf = self.context(s, e)
        weighted = W_QUOTE * q + W_PREFIX * pre + W_SUFFIX * suf + W_POSITION * self.position(s)
        return weighted / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION)


def _similar(old: str, new: str) -> float:
    """Context similarity; an empty old context (start/end of text) matches fully."""
    if not old:
        return 1.0
    from rapidfuzz import fuzz

    return fuzz.ratio(old, new) / 100.0


def _best_exact(scorer: _Scorer) -> Anchor | None:
    """Best-scoring exact occurrence of the quote, or None when there is none."""
    text, exact = scorer.text, scorer.exact
    best: tuple[float, int] | None = None
    i = text.find(exact)
    while i != -1:
        if not _glued(text, i, i + len(exact), exact, scorer.prefix, scorer.suffix):
            score = scorer.total(i, i + len(exact), quote=1.0)
            if best is None or score > best[0]:
                best = (score, i)
        i = text.find(exact, i + 1)
    if best is None:
        return None
    score, s = best
    return Anchor("anchored", s, s + len(exact), round(score, 4))


def _best_fuzzy(scorer: _Scorer) -> Anchor:
    """Best approximate span, refined at its edges, or an orphan."""
    best: tuple[float, int, int] | None = None
    rough = sorted(_rough_candidates(scorer), key=lambda span: -scorer.total(*span))
    for s, e in rough[:REFINED]:
        s, e = _whole_words(scorer.text, *_refine(scorer, s, e), scorer.exact, scorer.prefix,
                            scorer.suffix)
        quote = scorer.quote(s, e)
        if quote < MIN_QUOTE_SIMILARITY:
            continue
        score = scorer.total(s, e, quote)
        if best is None or score > best[0]:
            best = (score, s, e)
    if best is None or best[0] < MIN_SCORE:
        return _ORPHAN
    score, s, e = best
    return Anchor("reanchored", s, e, round(score, 4))


def _rough_candidates(scorer: _Scorer) -> set[tuple[int, int]]:
    """Approximate spans: best alignment near the old place, overall, and by context."""
    text, exact = scorer.text, scorer.exact
    n = len(exact)
    spans: set[tuple[int, int]] = set()
    slack = 2 * n + 2 * CONTEXT
    windows = [(max(0, scorer.old_start - slack), scorer.old_start + n + slack), (0, len(text))]
    # Context found verbatim hints at where the quote now sits.
    for needle, offset in ((scorer.prefix[-16:], 0), (scorer.suffix[:16], -n)):
        if len(needle) >= 8:
            for hit in _occurrences(text, needle, limit=20):
                at = hit + (len(needle) if offset == 0 else 0) + offset
                windows.append((max(0, at - n), at + 2 * n))
    for lo, hi in windows:
        window = text[lo:hi]
        if window:
            spans.update((lo + s, lo + e) for s, e in _align(exact, window))
    return spans


def _align(exact: str, window: str) -> list[tuple[int, int]]:
    """Rough spans of ``exact`` in ``window``.

    Aligning a long quote whole is slow (cost grows with quote x window), so
    long quotes are aligned by their head and tail pieces instead.
    """
    from rapidfuzz import fuzz

    n = len(exact)
    if n <= 2 * PIECE:
        a = fuzz.partial_ratio_alignment(exact, window)
        return [(a.dest_start, a.dest_end)] if a is not None and a.score > 0 else []
    head = fuzz.partial_ratio_alignment(exact[:PIECE], window)
    tail = fuzz.partial_ratio_alignment(exact[-PIECE:], window)
    spans = []
    if head is not None and head.score > 0:
        spans.append((head.dest_start, min(len(window), head.dest_start + n)))
    if tail is not None and tail.score > 0:
        spans.append((max(0, tail.dest_end - n), tail.dest_end))
    if head is not None and tail is not None and len(spans) == 2 \
            and head.dest_start < tail.dest_end:
        spans.append((head.dest_start, tail.dest_end))
    return spans


def _occurrences(text: str, needle: str, limit: int) -> list[int]:
    hits: list[int] = []
    i = text.find(needle)
    while i != -1 and len(hits) < limit:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def _refine(scorer: _Scorer, s: int, e: int) -> tuple[int, int]:
    """Move the span's edges to where quote and context fit best.

    The rough alignment has the quote's old length; an edit inside the quote
    changes the length. Edges first snap to nearby verbatim context, then are
    tuned within a small radius.
    """
    reach = len(scorer.exact) // 2 + CONTEXT
    s = _snap(scorer.text, scorer.prefix[-16:], s, reach, after=True)
    e = _snap(scorer.text, scorer.suffix[:16], e, reach, after=False)
    if e < s:
        return s, s
    radius = min(32, max(4, len(scorer.exact) // 4))
    size = len(scorer.text)
    for _ in range(2):
        s = max(
            range(max(0, s - radius), min(e, s + radius) + 1),
            key=lambda x: (scorer.total(x, e), -abs(x - s)),
        )
        e = max(
            range(max(s, e - radius), min(size, e + radius) + 1),
            key=lambda x: (scorer.total(s, x), -abs(x - e)),
        )
    return s, e


def _snap(text: str, needle: str, at: int, reach: int, after: bool) -> int:
    """Nearest edge within ``reach`` of ``at`` that touches verbatim ``needle``."""
    if len(needle) < 8:
        return at
    lo = max(0, at - reach - len(needle))
    hits = _occurrences(text[lo : at + reach + len(needle)], needle, limit=50)
    edges = [lo + h + (len(needle) if after else 0) for h in hits]
    edges = [x for x in edges if abs(x - at) <= reach]
    return min(edges, key=lambda x: abs(x - at)) if edges else at
